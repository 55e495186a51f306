"""One owner for the words of the kit's own names (``workshop.glossary``): every view names a
score part and a workspace field the glossary's way, and no other module keeps a copy."""

from __future__ import annotations

import re
from pathlib import Path

import workshop
from workshop.charts import chart_legend
from workshop.glossary import FIELD_WORDS, PART_WORDS, field_words
from workshop.merge import describe_path
from workshop.report import build_report, render
from workshop.resources import persona_path
from workshop.scoring import PARTS
from workshop.store import read_workspace
from workshop.widgets.messages import plain_message
from workshop.widgets.strongest import SLIDER_LABELS, TABLE_HEADERS

PACKAGE = Path(workshop.__file__).parent


def test_the_glossary_names_exactly_the_scores_parts():
    """Each part of the score (``scoring.PARTS``) has its words, in the same order."""
    assert tuple(PART_WORDS) == PARTS


def test_every_view_names_a_score_part_the_glossarys_way():
    """The report (text, Markdown, HTML) heads its columns with the glossary's headings, the
    ranking table with "pts: " and the heading, the chart legend and the sliders with its
    legends."""
    report = build_report(read_workspace(persona_path("career_changer")))
    for fmt in ("text", "markdown", "html"):
        shown = render(report, fmt)
        assert all(PART_WORDS[p].heading in shown for p in PARTS), fmt
    assert [TABLE_HEADERS[f"{p}_pts"] for p in PARTS] == \
        [f"pts: {PART_WORDS[p].heading}" for p in PARTS]
    assert [entry["label"] for entry in chart_legend()] == [PART_WORDS[p].legend for p in PARTS]
    assert [SLIDER_LABELS[p] for p in PARTS] == [PART_WORDS[p].legend.capitalize() for p in PARTS]


def test_a_field_is_called_the_same_in_a_form_message_and_a_merge_message():
    """The job title is "the job title" in a widget's message and in the merge's message about
    a conflict; a field the glossary lacks is said by its own name."""
    assert plain_message("'title' must not be empty.") == "The job title must not be empty."
    ws = {"roles": [{"id": "r1", "title": "Nurse", "organization": "St Mary's"}]}
    assert describe_path(("roles", "r1", "title"), ws) == \
        "the job title of the role 'Nurse, St Mary's'"
    assert describe_path(("roles", "r1", "ratings", "relevance"), ws).startswith(
        FIELD_WORDS["relevance"] + " of ")
    assert field_words("share_as") == "the share as"


def test_no_other_module_keeps_a_copy_of_the_words():
    """The legends and the field words of messages ("the job title") are written in glossary.py
    only (a copy elsewhere is how two views came to disagree; a form's own label, "who felt
    it", is the form's)."""
    copies = []
    words = [w.legend for w in PART_WORDS.values() if " " in w.legend] + \
        [w for w in FIELD_WORDS.values() if w.startswith("the ") and w.count(" ") >= 2]
    for path in PACKAGE.rglob("*.py"):
        if path.name == "glossary.py":
            continue
        text = path.read_text(encoding="utf-8")
        copies += [f"{path.name}: {w}" for w in words
                   if re.search(r"[\"']" + re.escape(w) + r"[\"']", text)]
    assert copies == []
