"""Growth told from what the participant wrote, and a 30-second draft that keeps their reason
(issue 20, blind raters r18).

Raters quoted, as the worst sentence, growth scenes the kit made up from the levels ("I had no
background in X at first, but now I do it without anyone checking", "soon I was the one
colleagues asked", "the X side of the job") and 30-second drafts of one bare result with no
why. Each class is tested here on workspaces written for this file (a dispatcher, a baker, a
lifeguard, a museum guide), in other words than the drafts that showed it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from helpers_sample import one_role_workspace

from workshop.check import check_answer
from workshop.coach import apply_reply
from workshop.draft import plan_draft
from workshop.skill_story import own_end

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_story import made_up_growth  # noqa: E402

# What a kit made of levels would say, and what the participant never wrote.
SCENE = re.compile(r"at first|by the end|by the time|when I started|on my first day|beginner|"
                   r"no background|no experience|knew nothing|colleagues|the one (?:people|"
                   r"others)|teach|training others|confident|side of the job|without "
                   r"(?:help|supervision|anyone)|on my own|soon|before long|these days",
                   re.IGNORECASE)

LEVELS = [("novice", "expert"), ("advanced beginner", "proficient"), ("competent", "expert"),
          ("novice", "competent")]
NAMES = ["route planning", "sourdough lamination", "Rota Cloud", "water rescue",
         "planning school tours", "allergen knowledge"]


def _role(skill: dict, results: list[dict], value: str = "", current: bool = False,
          summary: str = ""):
    role = {"title": "Dispatcher", "organization": "Brightline Couriers",
            "organization_kind": "company", "summary": summary, "skills": [skill],
            "results": results, "personal_value": value,
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}
    return one_role_workspace(role, "Operations Coordinator", start="2016-04",
                              end=None if current else "2021-08")


RESULT = {"statement": "I cut late deliveries from 14% to 5% in a year", "scope": "customers"}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("levels", LEVELS)
@pytest.mark.parametrize("current", [True, False])
@pytest.mark.parametrize("seconds", [30, 90])
def test_levels_alone_make_no_growth_scene(name, levels, current, seconds):
    """With no words of the participant's about how the skill grew, the draft says no start
    and no end of its own making: at most what the levels say (learned it, got better at
    it), once."""
    ws = _role({"name": name, "before": levels[0], "after": levels[1]},
               [dict(RESULT, enabled_by=[name])], current=current)
    text = plan_draft(ws, "r1", seconds).text
    assert text and not SCENE.search(text), text
    assert made_up_growth(text, ws.roles[0]) == 0, text


def test_the_participant_s_own_arc_is_told_and_counts_as_no_made_up_growth():
    """Where the participant wrote how far the skill grew, the draft tells their words, and
    the benchmark does not count a scene the entries hold."""
    arc = ("At first I could only take the calls. By the end I planned the routes for all "
           "twelve vans")
    ws = _role({"name": "route planning", "before": "novice", "after": "expert", "how_far": arc},
               [dict(RESULT, enabled_by=["route planning"])])
    text = plan_draft(ws, "r1", 90).text
    assert "planned the routes for all twelve vans" in text, text
    assert made_up_growth(text, ws.roles[0]) == 0


def test_the_benchmark_counts_a_level_made_scene():
    """The benchmark's own list finds the scenes a kit makes from levels, wherever they come
    from (not read from data/wording.json)."""
    ws = _role({"name": "route planning", "before": "novice", "after": "expert"}, [RESULT])
    made = ("It was my time at Brightline Couriers. I had no background in route planning at "
            "first, but soon I was the one colleagues asked. I cut late deliveries.")
    assert made_up_growth(made, ws.roles[0]) == 1
    assert made_up_growth("I cut late deliveries from 14% to 5% in a year.", ws.roles[0]) == 0


@pytest.mark.parametrize("reply,current,said", [
    ("I could plan the routes for all twelve vans on my own", False,
     "By the end, I could plan the routes for all twelve vans on my own."),
    ("Plan the routes for all twelve vans", True, "Now I can plan the routes for all twelve vans."),
    ("I can now cover the whole county rota", False,
     "By the end, I could cover the whole county rota."),
    ("By the end I was planning the Saturday routes", False,
     "By the end I was planning the Saturday routes."),
])
def test_where_the_skill_got_to_is_told_in_the_first_person_and_the_job_s_tense(
        reply, current, said):
    assert own_end(reply, current) == said


@pytest.mark.parametrize("note", ["", "At first I only took the calls", "loved it",
                                  "great team, learned loads"])
def test_a_note_with_no_end_of_the_participant_s_is_not_told_as_one(note):
    assert own_end(note, False) == ""


def test_the_coach_asks_what_they_could_do_at_the_end_and_the_draft_tells_the_reply():
    """Without the participant's words of how far, the coach asks what they could do at the
    end that they could not at the start; the reply goes into the workspace and the draft
    tells it, with the growth the check reads."""
    ws = _role({"name": "water rescue", "before": "novice", "after": "proficient"},
               [{"statement": "I ran 40 swim safety sessions for local schools",
                 "scope": "customers", "enabled_by": ["water rescue"]}])
    plan = plan_draft(ws, "r1", 90)
    asked = [q for q in plan.questions if q.code == "how_far"]
    assert asked and "could not do at the start" in asked[0].text, plan.questions
    ws = apply_reply(ws, "r1", asked[0], "I could lead a rescue drill for the whole pool team")
    text = plan_draft(ws, "r1", 90).text
    assert "I could lead a rescue drill for the whole pool team" in text, text
    assert check_answer(text).finding("skill_growth").ok, text
    assert not [q for q in plan_draft(ws, "r1", 90).questions if q.code == "how_far"]


# --- the 30-second version keeps the reason -----------------------------------------------------

GUIDE_SKILL = {"name": "planning school tours", "before": "novice", "after": "proficient"}
GUIDE_RESULTS = [
    {"statement": "I planned 130 school tours a year for the museum", "scope": "company",
     "enabled_by": ["planning school tours"]},
    {"statement": "School bookings went from 60 to 130 a year", "scope": "company",
     "enabled_by": ["planning school tours"]},
]


def _guide(value: str):
    role = {"title": "Museum Guide", "organization": "Harbour Maritime Museum",
            "organization_kind": "public service", "skills": [GUIDE_SKILL],
            "results": GUIDE_RESULTS, "personal_value": value,
            "summary": "Ran the school visits programme"}
    return one_role_workspace(role, "Learning Officer", start="2015-02", end="2020-07")


@pytest.mark.parametrize("value,kept", [
    # a first sentence the next one turns: the turn is the reason
    ("I was shy in front of groups when I started. I wasn't sure I would ever enjoy talking to "
     "a room of thirty ten-year-olds, but it turned out I could hold a class's attention for "
     "an hour.", "could hold a class's attention for an hour"),
    # one sentence with no short clause of its own
    ("Seeing a class who came in bored leave arguing about shipwrecks made every early "
     "start worth it.", "arguing about shipwrecks"),
])
def test_the_30_second_draft_keeps_the_reason(value, kept):
    """The 30-second version opens with the job and what it gave in the participant's own
    words, then its strongest piece: their reason is not what gives way to the time."""
    text = plan_draft(_guide(value), "r1", 30).text
    first_three = " ".join(re.split(r"(?<=[.!?])\s+", text)[:3])
    assert kept in first_three, text
    assert "Harbour Maritime Museum" in text.split(".")[0], text


def test_a_reason_that_says_a_result_again_is_said_where_that_result_is_not():
    """A reason sentence that says again what a result says is left out only where the draft
    tells that result: when the version leaves the result out, the reason is said."""
    value = "Stopping a scam against one of our oldest visitors. That felt good."
    role = {"title": "Front of House Lead", "organization": "Harbour Maritime Museum",
            "organization_kind": "public service",
            "skills": [{"name": "ticketing systems", "before": "novice", "after": "competent"}],
            "results": [{"statement": "I sold 900 annual passes in one season",
                         "scope": "company", "enabled_by": ["ticketing systems"]},
                        {"statement": "Stopping a scam against one of our oldest visitors",
                         "scope": "customers"}],
            "personal_value": value}
    ws = one_role_workspace(role, "Visitor Services Manager", start="2017-01", end=None)
    for seconds in (30, 90):
        text = plan_draft(ws, "r1", seconds).text
        assert "scam against one of our oldest visitors" in text.lower(), text
