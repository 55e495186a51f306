"""The 90-second version tells the story the entries hold (issue 20, blind raters r22: "true
but thin", "the 90-second version is the 30-second one"): the thread's second result told as
more of its story, no bridge to a goal of the role applied for (blind raters r24 heard it as
a stock closing line copied from the job ad), and a 90-second version offered wherever it tells
a beat more than the 30-second one (``draft.THIN_SECONDS``, ``draft.MORE_SECONDS``). The
workspaces here are invented, in other words than the evaluation sets.
"""

from __future__ import annotations

import re

from helpers_sample import one_role_workspace

from workshop.check import speaking_seconds
from workshop.draft import MORE_SECONDS, THIN_SECONDS, offered_draft, plan_draft
from workshop.story_thread import on_thread

ROLE = {
    "title": "Head Groundskeeper", "organization": "Ashcombe Golf Club",
    "summary": "Looked after 18 holes with a crew of 5",
    "skills": [{"name": "turf disease control", "before": "novice", "after": "proficient",
                "used_later": "wrote the club's spraying plan, still used by the new crew"},
               {"name": "irrigation repair", "before": "novice", "after": "competent"}],
    "results": [{"statement": "I treated 40 greens for fusarium", "value": 40,
                 "unit": "greens", "kind": "count", "scope": "team",
                 "enabled_by": ["turf disease control"]},
                {"statement": "turf disease outbreaks went down", "value": 2, "from_value": 9,
                 "unit": "outbreaks", "scope": "company"},
                {"statement": "I sold 12 memberships at the open day", "value": 12,
                 "unit": "memberships", "kind": "count", "scope": "company"}],
}
GOALS = ("Reduce turf disease outbreaks across the estate", "Manage the machinery budget")


def _ws(goals=GOALS, role=ROLE):
    return one_role_workspace(role, "Course Manager", goals, start="2016-03", end="2022-09")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def test_a_result_on_the_threads_topic_is_part_of_its_story():
    role = _ws().role("r1")
    disease, outbreaks, memberships = role.results
    assert on_thread(disease, role.skills[0]) and on_thread(outbreaks, role.skills[0])
    assert not on_thread(memberships, role.skills[0])
    # a result the participant linked to another skill is that skill's, not the thread's
    assert not on_thread(disease, role.skills[1])


def test_the_90_second_version_tells_the_threads_second_result_with_its_first():
    full = plan_draft(_ws(), "r1", 90).text
    assert "40 greens" in full and "from 9 to 2" in full, full  # both of the thread's
    said = _sentences(full)
    grew = next(i for i, s in enumerate(said) if "turf disease control" in s)
    # the result linked to no skill is never told right after the growth, as its effect
    assert "from 9 to 2" not in said[grew + 1], full
    assert "memberships" not in full.split("spraying plan")[-1], full  # no aside after it


def test_a_90_second_version_is_offered_where_it_tells_a_beat_more():
    ws = _ws(role=dict(ROLE, personal_value="It was the first job where the greens were mine "
                       "to look after, and the members noticed the difference"))
    full, short = offered_draft(ws, "r1", 90), offered_draft(ws, "r1", 30)
    assert not full.thin, (full.seconds, full.text)
    assert full.seconds >= THIN_SECONDS and full.seconds - short.seconds >= MORE_SECONDS
    assert full.text != short.text


def test_entries_that_tell_nothing_more_get_one_draft():
    bare = {"title": "Porter", "organization": "Ashcombe Golf Club",
            "skills": [{"name": "buggy upkeep", "before": "novice", "after": "competent"}],
            "results": [{"statement": "I kept 20 buggies running", "value": 20,
                         "unit": "buggies", "kind": "count", "scope": "company",
                         "enabled_by": ["buggy upkeep"]}]}
    ws = _ws(goals=("Keep the fleet running",), role=bare)
    full, short = offered_draft(ws, "r1", 90), offered_draft(ws, "r1", 30)
    assert full.thin and full.text == short.text, (full.text, short.text)
    assert speaking_seconds(full.text) < THIN_SECONDS


def test_the_short_version_tells_the_threads_second_result_in_the_same_sentence():
    """B: a complete small answer: the skill and both results of its thread, where the
    short answer has the room."""
    lean = dict(ROLE, summary="", results=ROLE["results"][:2])
    short = plan_draft(_ws(role=lean), "r1", 30).text
    assert "40 greens" in short and "from 9 to 2" in short, short
    assert speaking_seconds(short) <= 38, short


