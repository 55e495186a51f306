"""The 90-second version tells what else the entries hold (issue 20, blind raters' class 3:
"47-52 words for 90 s"): a further result with a number said as what it is, told even when no
skill is linked to it, and a second skill the job grew with what it carries (its later use or
its result), told as grown there, never a second skill with nothing to carry led into a close
made from a goal's name (blind raters, r17); the 30-second version keeps to the main story.
Where the entries hold too little, the draft is not padded (tests/test_draft_frame_classes.py).
"""

from __future__ import annotations

import re

from helpers_sample import one_role_workspace

from workshop.check import MIN_SECONDS, check_answer, speaking_seconds
from workshop.draft import plan_draft

ROLE = {
    "title": "Shift Lead", "organization": "Dunmore Logistics",
    "skills": [{"name": "pick accuracy", "before": "novice", "after": "proficient"},
               {"name": "carrier scheduling", "before": "novice", "after": "competent"},
               {"name": "forklift", "before": "competent", "after": "proficient"}],
    "results": [{"statement": "I cut mis-picks on my shift from 25 to 3 a week", "scope": "team",
                 "enabled_by": ["pick accuracy"]},
                {"statement": "We shipped 99% of orders on time in my last year",
                 "metric": "on-time orders", "value": 99, "unit": "%", "scope": "customers"}],
}
GOALS = ("improve carrier scheduling", "cut warehouse costs")


def _drafts(goals=GOALS):
    ws = one_role_workspace(ROLE, "Warehouse Supervisor", goals, start="2019-01", end="2023-06")
    return plan_draft(ws, "r1", 90), plan_draft(ws, "r1", 30)


def test_the_90_second_version_tells_a_further_result_with_a_number():
    full, short = _drafts()
    # linked to no skill, off the thread, speaking to no goal: no aside of a version long
    # enough without it (draft38, issue 20 r28: "a budget line tacked on"); in a draft under
    # the check's shortest answer without it, the participant's typed result is said once,
    # before the story, which ends on its own result (draft44: thin drafts left typed results
    # out; draft64: a fact tacked on after the story is heard as a list)
    assert full.text.count("99%") == 1 and full.text.endswith("3 a week."), full.text
    assert full.text.index("99%") < full.text.index("mis-picks"), full.text
    on_time = plan_draft(one_role_workspace(ROLE, "Warehouse Supervisor",
                                            (*GOALS, "ship orders on time"), start="2019-01",
                                            end="2023-06"), "r1", 90)
    assert "99%" in on_time.text, on_time.text
    # a second skill with nothing to carry is no close, even for a goal about it
    assert "carrier scheduling" not in full.text, full.text
    assert "forklift" not in full.text, full.text  # grown one level, no goal: not stacked on
    assert "carrier scheduling" not in short.text, short.text
    # the further result comes into the short version only to bring it up to the check's
    # shortest answer (``draft_compose``: ``fill``), never past it
    if "99%" in short.text:
        rest = [s for s in re.split(r"(?<=[.!?])\s+", short.text) if "99%" not in s]
        assert speaking_seconds(" ".join(rest)) < MIN_SECONDS, short.text
    assert full.seconds - short.seconds >= 8 or short.seconds < MIN_SECONDS, \
        (full.seconds, short.seconds)
    assert check_answer(full.text).verdict.strong, full.text


def test_a_second_skill_is_told_only_for_a_goal_it_speaks_to():
    full, _short = _drafts(goals=("cut warehouse costs",))
    assert "carrier scheduling" not in full.text, full.text


def test_the_second_skill_is_told_in_the_job_before_the_story_skills_later_use():
    """The job's own story first, then where it led: a second skill the job grew is told
    before the story skill's later use at another job, never after it with "Back then" (blind
    hiring managers, round 31: a confusing jump back in time, a skill bolted on), and that
    later use names its skill, so no "that skill" or "it" points at the second one."""
    role = {**ROLE, "skills": [{**ROLE["skills"][0],
                                "used_later": "I set up the same pick checks at my next site"},
                               {**ROLE["skills"][1], "used_later": "At Fastway I plan the "
                                "carrier slots for two depots"},
                               *ROLE["skills"][2:]]}
    ws = one_role_workspace(role, "Warehouse Supervisor", GOALS, start="2019-01",
                            end="2023-06")
    text = plan_draft(ws, "r1", 90).text
    assert "same pick checks" in text and "carrier scheduling" in text, text
    assert text.index("carrier scheduling") < text.index("same pick checks"), text
    assert "Back then" not in text, text
    later = next(s for s in re.split(r"(?<=[.!?])\s+", text) if "same pick checks" in s)
    assert "pick" in later.split("same pick checks")[0], later
    assert not re.search(r"\bthat skill\b|\bused it\b", later), later
