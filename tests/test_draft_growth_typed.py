"""A grown skill's growth is said from what the participant typed, never a stock frame round its
name (issue 20, draft48): blind hiring managers marked "That job is where I learned X." down as
"true but thin, generic, no reason" where the entries held more: the levels set in 02 (how far it
moved), a note of how it was learned, what they can do now. The frame is chosen by what the
entries hold; nothing is said that they do not hold.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from workshop.check import check_answer
from workshop.draft import offered_draft, plan_draft
from workshop.growth_typed import how_learned, levels_sentence, quality
from workshop.model import Skill, Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_growth import stock_growth_lines, stock_joins  # noqa: E402

STOCK = re.compile(r"\b(?:job is where I|was the job where I|It was in (?:that|this) job that|"
                   r"In (?:that|this) job I (?:learned|got better|picked up)|, where I "
                   r"(?:learned|got better|picked up))\b")


def _ws(skills, results, current=False, summary=""):
    return Workspace.from_dict({
        "schema_version": 5,
        "target_role": {"title": "Operations Manager", "goals": []},
        "roles": [{"id": "r1", "title": "Night Auditor", "organization": "Harbor Inn",
                   "organization_kind": "company", "start": "2018-01",
                   "end": None if current else "2021-06", "summary": summary,
                   "skills": skills, "results": results,
                   "ratings": {"skill_growth": 4, "company_results": 3, "relevance": 3}}]})


def _skill(name, before="novice", after="proficient", how_far="", used_later=""):
    return {"name": name, "before": before, "after": after, "used_later": used_later,
            "how_far": how_far}


_RESULT = {"statement": "cut cash differences", "metric": "cash differences", "value": 30,
           "unit": "%", "scope": "team"}


def _drafts(ws):
    return [offered_draft(ws, "r1", seconds).text for seconds in (90, 30)]


@pytest.mark.parametrize("name, before, after, current, said", [
    ("vault management", "novice", "proficient", False,
     "I went from a beginner to proficient at vault management there."),
    ("training adults", "advanced beginner", "proficient", False,
     "I went from knowing the basics to proficient at training adults there."),
    ("cash office", "novice", "expert", False,
     "I went from a beginner to an expert at running the cash office there."),
    ("Opera PMS", "novice", "competent", True,
     "I've gone from a beginner to competent at using Opera PMS."),
    ("English", "advanced beginner", "proficient", True,
     "I've gone from knowing the basics to proficient in English."),
    ("Canva", "novice", "advanced beginner", False,
     "I went from a beginner to knowing the basics of Canva there."),
    ("dementia care", "competent", "expert", False,
     "I went from competent to an expert at dementia care there."),
])
def test_the_levels_are_said_as_how_far_the_skill_moved(name, before, after, current, said):
    """Levels only: one sentence of how far they moved, by the name's shape, in the job's
    tense, and the answer check reads it as growth."""
    line = levels_sentence(Skill(name=name, before=before, after=after), current)
    assert line == said
    assert check_answer(line).finding("skill_growth").ok


@pytest.mark.parametrize("name", ["patience", "more patience", "Confidence", "resilience",
                                  "work ethic", "being assertive"])
def test_a_quality_gets_no_level_words(name):
    """Nobody is "proficient at patience": a skill named as a quality of the person gets no
    levels sentence."""
    skill = Skill(name=name, before="novice", after="proficient")
    assert quality(skill)
    assert levels_sentence(skill, False) == ""


@pytest.mark.parametrize("name", ["property accountability", "data integrity",
                                  "patient handling", "confidence intervals",
                                  "budget discipline", "resilience testing"])
def test_a_skill_that_only_shares_a_word_with_a_quality_is_a_skill(name):
    """Look-alikes: a skill whose name holds a quality's word is said by its levels."""
    skill = Skill(name=name, before="novice", after="proficient")
    assert not quality(skill)
    assert levels_sentence(skill, False).startswith("I went from a beginner to proficient")


@pytest.mark.parametrize("skill", [
    Skill(name="vault management", before="competent", after="competent"),
    Skill(name="people stuff", before="novice", after="competent"),
    Skill(name="claims knowledge", before="novice", after="expert"),
])
def test_no_levels_sentence_where_the_levels_say_nothing_or_the_name_is_hedged(skill):
    assert levels_sentence(skill, False) == ""


_VAULT = Skill(name="vault management", before="novice", after="proficient")
_BETTER = Skill(name="vault management", before="advanced beginner", after="proficient")


@pytest.mark.parametrize("note, skill, current, said", [
    ("by doing the night audit on my own every weekend", _VAULT, False,
     "I learned it by doing the night audit on my own every weekend."),
    ("By shadowing the vault manager", _BETTER, True,
     "I got better at it by shadowing the vault manager."),
    ("from my manager, she was very patient", _VAULT, False, ""),
    ("on the job mostly", _VAULT, False, "I learned it on the job mostly."),
    ("shadowed the vault manager for 6 months and then took over the weekly counts", _VAULT,
     False, "I shadowed the vault manager for 6 months and then took over the weekly counts."),
    ("took the NVQ level 3 in care", _VAULT, False, "I took the NVQ level 3 in care."),
    ("i did a course at the college", _VAULT, False, "I did a course at the college."),
    ("using Power BI and SQL for the weekly occupancy report", _VAULT, False,
     "I used Power BI and SQL for the weekly occupancy report."),
    ("very patient now", _VAULT, False, ""),
    ("lots", _VAULT, False, ""),
    ("", _VAULT, False, ""),
])
def test_a_note_of_how_it_was_learned_is_said_in_their_words(note, skill, current, said):
    """A how-learned note (lower case, no "I", a lead of its own) is said in the first person
    and the job's tense; a fragment or a note of no clause is not said (the coach asks)."""
    assert how_learned(note, skill, current) == said


@pytest.mark.parametrize("skills, current, wanted", [
    ([_skill("vault management")], False,
     [", where I went from a beginner to proficient at vault management."]),
    ([_skill("vault management", how_far="shadowed the vault manager for 6 months")], False,
     ["I went from a beginner to proficient at vault management",
      "I shadowed the vault manager for 6 months."]),
    ([_skill("night audit", after="competent",
             how_far="by doing the night audit on my own every weekend")], False,
     ["I learned it by doing the night audit on my own every weekend."]),
    ([_skill("Opera PMS", how_far="i can fix most booking errors without calling IT")], True,
     ["I've gone from a beginner to proficient at using Opera PMS.",
      "Now I can fix most booking errors without calling IT."]),
    ([_skill("English", before="advanced beginner")], False,
     ["I went from knowing the basics to proficient in English"]),
])
def test_drafts_tell_the_growth_from_what_was_typed(skills, current, wanted):
    """Whole drafts of several workspace shapes (levels only, a how-learned note, lower case,
    a job held, a language): each tells the growth in the typed words and the levels (a skill
    with nothing behind it in the opening's clause, never a bare last line), with no stock
    growth line and no stock join, at both lengths."""
    ws = _ws(skills, [_RESULT], current)
    for text in _drafts(ws):
        for sentence in wanted:
            assert sentence in text, text
        assert not STOCK.search(text), text
        assert not stock_growth_lines(text, ws.roles[0]), text
        assert not stock_joins(text), text
        assert check_answer(text).finding("skill_growth").ok, text


def test_a_second_skill_is_told_by_its_levels_with_what_it_carries():
    """A second skill grown in the job is said by how far it moved, then its later use: never
    "I also got better at X there." on its own."""
    ws = _ws([_skill("vault management", used_later="at my next hotel I run the vault"),
              _skill("Opera PMS", before="advanced beginner", after="expert",
                     used_later="I train new starters on Opera at the Grand now")],
             [{**_RESULT, "statement": "I cut cash differences by 30%",
               "enabled_by": ["vault management"]}])
    text = plan_draft(ws, "r1", 90).text
    assert "I also went from knowing the basics to an expert at using Opera PMS." in text, text
    assert "I train new starters on Opera at the Grand now." in text, text
    assert not stock_growth_lines(text, ws.roles[0]), text


def test_a_quality_is_never_said_with_level_words_in_a_draft():
    """"patience": no "proficient at patience" anywhere in the draft."""
    ws = _ws([_skill("patience", before="advanced beginner")],
             [{"statement": "complaints went down", "metric": "guest complaints", "value": 12,
               "from_value": 30, "kind": "change", "unit": "", "scope": "customers"}])
    for text in _drafts(ws):
        assert not re.search(r"(?:proficient|competent|an expert|beginner)\b[^.]*patience",
                             text), text


def test_nothing_is_said_that_the_entries_do_not_hold():
    """No number, no scene: every number in the draft is in the entries, and no "by the end"
    or "soon I was" the participant did not type."""
    ws = _ws([_skill("vault management")], [_RESULT])
    for text in _drafts(ws):
        assert set(re.findall(r"\d+", text)) <= {"30"}, text
        assert not re.search(r"\b(?:by the end|soon I was|the one (?:people|colleagues))\b",
                             text, re.IGNORECASE), text
