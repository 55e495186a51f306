"""The 90-second version tells the story the entries hold (issue 20, blind raters r22: "true
but thin", "the 90-second version is the 30-second one"): the thread's second result told as
more of its story, one bridge to a goal of the role applied for that the story backs, and a
90-second version offered wherever it tells a beat more than the 30-second one
(``draft.THIN_SECONDS``, ``draft.MORE_SECONDS``). The workspaces here are invented, in other
words than the evaluation sets.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.check import speaking_seconds
from workshop.draft import MORE_SECONDS, THIN_SECONDS, offered_draft, plan_draft
from workshop.story_bridge import bridge_sentence, goal_said, with_bridge
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


def test_the_bridge_names_a_goal_the_story_backs_and_comes_last():
    full = plan_draft(_ws(), "r1", 90).text
    last = _sentences(full)[-1]
    assert "reducing turf disease outbreaks" in last.lower(), full
    assert "budget" not in full, full  # a goal with no evidence is never bridged to
    assert "Course Manager" not in last, full  # no close written round the title


def test_no_bridge_where_the_story_backs_no_goal():
    full = plan_draft(_ws(goals=("Manage the machinery budget",)), "r1", 90).text
    assert "budget" not in full, full
    assert bridge_sentence("I sold 12 cakes.", ["Manage the machinery budget"], 0) == ""


def test_a_goal_is_said_as_a_doing_or_a_thing():
    assert goal_said("Oversee and train seasonal staff") == "overseeing and training seasonal staff"
    assert goal_said("Control chemical costs") == "controlling chemical costs"
    assert goal_said("Irrigation design (CAD)") == "your irrigation design work"
    assert goal_said("GPS spraying") == "your GPS spraying work"
    assert goal_said("Plan, cost and deliver the winter works programme") == ""  # a list
    assert goal_said(None) == ""


@pytest.mark.parametrize("goal", [
    "Prune the orchard rows for the estate's 3 farms",  # a verb the list lacks, a clause
    "Whittle oak benches and repair gates",  # two doings, neither known
    "Healthy turf across every pitch",  # a thing that runs on past a preposition
    "Soil testing of all beds",
    "Spring bedding display planning",  # four words: no longer a short name
])
def test_a_goal_that_is_no_short_name_and_no_known_doing_gets_no_bridge(goal):
    assert goal_said(goal) == ""
    assert bridge_sentence(f"I learned {goal.lower()} and it went well.", [goal], 0) == ""


def test_the_short_version_takes_the_bridge_only_below_its_time():
    long_story = "word " * 80
    assert with_bridge(long_story.strip(), ["x"], 0, 90, 70) == long_story.strip()


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


def test_the_bridge_goes_to_the_goal_the_story_says_most_of():
    story = ("That job is where I learned turf disease control. I treated 40 greens for "
             "fusarium, and turf disease outbreaks went down from 9 to 2.")
    goals = ["Improve the greens", "Reduce turf disease outbreaks"]
    assert "turf disease outbreaks" in bridge_sentence(story, goals, 0), \
        bridge_sentence(story, goals, 0)


def test_no_bridge_form_puts_the_job_in_a_time_or_holds_a_pitfall():
    """A bridge speaks of the role applied for: never "this job", "that job" or "that is
    where" (which would place the job told about now or in the past, whichever it is), never
    a pitfall, and no two forms open alike (a shared close is a tell of the template)."""
    from workshop.check import pitfall_phrases
    from workshop.resources import load_json

    forms = load_json("story.json")["bridges"]
    filled = [f.format(goal="reducing pallet damage", Goal="Reducing pallet damage")
              for f in forms]
    for sentence in filled:
        assert not re.search(r"\b(?:this job|that job|that is where|in this job)\b",
                             sentence, re.I), sentence
        assert not pitfall_phrases(sentence), sentence
        assert re.search(r"\bthat\b", sentence, re.I), sentence  # points back at the story
    assert len({" ".join(s.split()[:4]) for s in filled}) == len(filled)
