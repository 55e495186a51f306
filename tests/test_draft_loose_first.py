"""A fact the participant tied to nothing is not tacked on after the story (issue 20, draft64:
hiring managers quoted a last line such as "... which I use at my new job now. I also
shipped 98% on time." as "a list, not one story").

- A loose fact (a result linked to no skill, told only while the draft is thin) is said
  before the story, after the opening and the reason, in the participant's words with no
  "also": the answer ends on the story's payoff, its result or later use, and the fact is
  still said (a typed result is not dropped).
- Where a bare fact already comes before the story's growth line, or the loose fact names a
  skill a told beat is about, it stays after the story as one more thing ("I also ...").
- ``benchmarks/draft_story.tacked_on`` counts the drafts that end on such a fact.

Written for this test, in other fields and words than the evaluation workspaces.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.draft import offered_draft
from workshop.draft_compose import Piece, compose
from workshop.model import SCHEMA_VERSION, Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_grammar import sentences  # noqa: E402
from draft_story import tacked_on  # noqa: E402

SCOUTING = {"name": "pest scouting", "before": "novice", "after": "proficient",
            "used_later": "I run the scouting rota for all six glasshouses at Oakbank now"}
LINKED = {"statement": "cut pesticide spend from £9,000 to £5,500 a year",
          "metric": "pesticide spend", "value": 5500, "from_value": 9000, "unit": "GBP",
          "kind": "change", "scope": "company", "enabled_by": ["pest scouting"]}
LOOSE = {"statement": "potted up 4,000 plug plants a day in spring", "metric": "plugs a day",
         "value": 4000, "unit": "", "kind": "level", "scope": "team"}


def _nursery(results: list[dict]) -> Workspace:
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Nursery Manager", "goals": ["lower growing costs"]},
        "roles": [{"id": "g1", "title": "Grower", "organization": "Fernhill Plant Nursery",
                   "start": "2016-03", "end": "2021-09", "summary": "",
                   "skills": [SCOUTING], "results": results,
                   "ratings": {"skill_growth": 5, "company_results": 4, "relevance": 5}}],
        "answer": {"role_id": None, "text": ""}})


def test_a_loose_fact_comes_before_the_story_and_the_draft_ends_on_its_payoff():
    text = offered_draft(_nursery([LINKED, LOOSE]), "g1", 90).text
    said = sentences(text)
    at = next(n for n, s in enumerate(said) if "4,000" in s)
    growth = next(n for n, s in enumerate(said) if "scouting" in s.lower())
    assert 0 < at < growth, text
    assert "also" not in said[at].split(), text
    assert "glasshouses" in said[-1], text
    assert not tacked_on(text, _nursery([LINKED, LOOSE]).role("g1")), text


def _pieces(before: str = "", loose: str = "We won the county show's gold medal.") -> list:
    pieces = [Piece(0, 0, "For me it was my five years as a Grower at Fernhill."),
              Piece(1, 0, "I learned pest scouting there and cut pesticide spend by a third.",
                    fact=True, skills=frozenset({"pest scouting"})),
              Piece(8, 0, "I run the scouting rota at Oakbank now."),
              Piece(6, 2, loose, fact=True, aside=True, loose=True)]
    if before:
        pieces.append(Piece(0.7, 0, before, fact=True))
    return pieces


def test_compose_tells_the_loose_fact_right_after_the_opening():
    text = compose(_pieces(), 10, 200, loose_words=200)
    assert sentences(text)[1] == "We won the county show's gold medal.", text
    assert text.endswith("Oakbank now."), text


def test_after_a_bare_fact_before_the_growth_it_stays_after_the_story_with_also():
    text = compose(_pieces(before="I potted up 4,000 plugs a day."), 10, 200, loose_words=200)
    assert text.endswith("We also won the county show's gold medal."), text
    assert sentences(text)[1] == "I potted up 4,000 plugs a day.", text


def test_a_fact_naming_a_told_skill_stays_beside_that_skill():
    text = compose(_pieces(loose="Pest damage complaints fell to 2 a season."), 10, 200,
                   loose_words=200)
    assert text.endswith("Pest damage complaints fell to 2 a season."), text


def test_a_draft_long_enough_takes_no_loose_fact():
    text = compose(_pieces(), 10, 200, loose_words=5)
    assert "gold medal" not in text, text


def test_the_tacked_on_figure():
    role = _nursery([LINKED, LOOSE]).role("g1")
    story = ("For me it was my five years as a Grower at Fernhill Plant Nursery. I learned pest "
             "scouting there and cut pesticide spend from £9,000 to £5,500 a year. I run the "
             "scouting rota for all six glasshouses at Oakbank now.")
    assert tacked_on(story + " I also potted up 4,000 plug plants a day in spring.", role)
    assert not tacked_on(story, role)
    # the linked result said last is the story's own payoff, not a tacked-on fact
    assert not tacked_on("For me it was Fernhill. I learned pest scouting there. I cut "
                         "pesticide spend from £9,000 to £5,500 a year.", role)
    # with no story told before it there is nothing to tack a fact onto
    assert not tacked_on("For me it was Fernhill. It was hard work. I potted up 4,000 plug "
                         "plants a day in spring.", role)
