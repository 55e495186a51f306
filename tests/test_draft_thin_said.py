"""A thin draft says what the participant typed (issue 20, draft44: dev "too thin" 25/28 and
30-second drafts under 20 s 9/28, with typed results left out): a result nothing joins to the
story is told, in their words and once, only while the draft is under the check's shortest
answer, one at most, before the story (the answer ends on the story's result, not on a fact
tacked on: draft64); a draft long enough without it never takes it, and no
line is inferred. Written for this test, in other words than the evaluation workspaces."""

from __future__ import annotations

import re

import pytest

from workshop.check import MIN_SECONDS, speaking_seconds
from workshop.draft import offered_draft
from workshop.model import SCHEMA_VERSION, Workspace


def _ws(results: list[dict], *, skills: list[dict] | None = None,
        goals: tuple[str, ...] = ("run a safe, tidy kitchen",)) -> Workspace:
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Kitchen Manager", "goals": list(goals)},
        "roles": [{"id": "r1", "title": "Line Cook", "organization": "Copper Pot Bistro",
                   "start": "2018-04", "end": "2022-01", "summary": "",
                   "skills": skills if skills is not None else [
                       {"name": "prep planning", "before": "novice", "after": "proficient"}],
                   "results": results,
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}]})


MAIN = {"statement": "cut prep waste from 12 kg a night to 5", "scope": "team",
        "enabled_by": ["prep planning"]}
LOOSE = [  # results with a number, typed in the statement or in the fields, nothing joins
    ({"statement": "brunch covers went from 60 to 110 on Sundays"}, "brunch covers"),
    ({"statement": "sold 400 tickets for the charity supper club", "value": 400,
      "unit": "tickets", "kind": "count"}, "400 tickets"),
    ({"statement": "food safety score went up from 3 to 5 stars"}, "food safety score"),
    ({"statement": "raised £2,300 for the food bank at the supper club"}, "£2,300"),
    ({"statement": "complaints about cold plates fell by half"}, "cold plates"),
]


@pytest.mark.parametrize("typed, words", LOOSE)
@pytest.mark.parametrize("seconds", [30, 90])
def test_a_typed_result_is_said_in_a_draft_too_thin_without_it(typed, words, seconds):
    loose = dict(typed, scope="company")
    without = offered_draft(_ws([MAIN]), "r1", seconds).text
    assert speaking_seconds(without) < MIN_SECONDS, without
    text = offered_draft(_ws([MAIN, loose]), "r1", seconds).text
    assert words.lower() in text.lower(), text
    assert text.lower().count(words.lower()) == 1, text  # once
    # before the story: the draft ends on its own result, not on the fact tied to nothing
    assert text.lower().index(words.lower()) < text.lower().index("prep waste"), text
    assert "prep waste" in re.split(r"(?<=[.!?])\s+", text)[-1].lower(), text


def test_one_loose_result_at_most():
    results = [MAIN] + [dict(typed, scope="company") for typed, _w in LOOSE]
    for seconds in (30, 90):
        text = offered_draft(_ws(results), "r1", seconds).text
        said = [w for _s, w in LOOSE if w.lower() in text.lower()]
        assert len(said) <= 1, text


def test_a_draft_long_enough_without_it_never_takes_a_loose_result():
    rich = [{"name": "prep planning", "before": "novice", "after": "proficient",
             "how_far": "At first I prepped by feel and ran out by eight; by my second year I "
                        "planned prep from the covers forecast and the other cooks used my sheet",
             "used_later": "I planned the prep for the new brunch menu at my next job, and we "
                           "never ran out on a Sunday"},
            {"name": "knife skills", "before": "advanced beginner", "after": "proficient",
             "used_later": "taught knife skills to two new commis cooks"}]
    loose = {"statement": "raised £2,300 for the food bank at the supper club",
             "scope": "company"}
    ws = _ws([MAIN, loose], skills=rich)
    plain = offered_draft(_ws([MAIN], skills=rich), "r1", 90).text
    assert speaking_seconds(plain) >= MIN_SECONDS, plain
    assert "2,300" not in offered_draft(ws, "r1", 90).text


def test_nothing_is_inferred_around_the_typed_result():
    """The loose result is said as the participant typed it: no frame of the kit's ("That
    shows ...", "As a result ...", "which helped ...") and no word they did not type (an
    "also" that marks it as one more thing aside)."""
    loose = {"statement": "brunch covers went from 60 to 110 on Sundays", "scope": "company"}
    text = offered_draft(_ws([MAIN, loose]), "r1", 90).text
    sentence = next(s for s in re.split(r"(?<=[.!?])\s+", text) if "brunch" in s.lower())
    typed = set(re.findall(r"[a-z0-9]+", loose["statement"].lower())) | {"i", "also"}
    assert set(re.findall(r"[a-z0-9]+", sentence.lower())) <= typed, sentence
