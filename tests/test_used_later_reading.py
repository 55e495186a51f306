"""One reading of "a grown skill used later" (issue 20): 04's score gives a role the "used
later" points exactly when 05's answer check credits a later use in the role's draft.

Blind raters found the check in 05 crediting a later use in a draft whose role 04's score gave
0 used-later points: the draft of a job still held, with the reason "I train the new guys now".
What the check had credited was the opening ("the one I have now", a "now" that says the job is
held) beside a word of the growth line; and 04 counted any note, even one the draft cannot say
("yes"). The score now asks ``workshop.used_later.role_used_later``, the check's reading of the
sentences the draft says from the entries, and "the job I have now" is no time of a later use.
"""

from __future__ import annotations

import pytest
from helpers_sample import one_role_workspace

from workshop.check import check_answer
from workshop.draft import plan_draft
from workshop.scoring import Weights, explain, rank
from workshop.used_later import role_used_later

RATINGS = {"skill_growth": 4, "company_results": 4, "relevance": 4}
TRAINING = {"name": "training new starters", "before": "novice", "after": "proficient"}
RESULT = {"statement": "I cut mis-picks from 25 to 4 a month", "scope": "team",
          "enabled_by": ["training new starters"]}


def _workspace(skill: dict, reason: str = "", end: str | None = None):
    role = {"title": "Shipping Lead", "organization": "Kessler Depot", "ratings": RATINGS,
            "skills": [skill], "results": [RESULT], "personal_value": reason}
    return one_role_workspace(role, "Shipping Supervisor", start="2020-02", end=end)


CASES = {
    # a job still held, its reason telling the grown skill in use today ("now", a word of the
    # skill the draft says was learned there): a later use for both, as the check reads it
    "reason": (TRAINING, "I train the new starters now, and nobody on my shift got hurt", None),
    # a note the draft tells: a later use for both
    "note": ({**TRAINING, "used_later": "I trained 12 new starters at my next job"}, "",
             "2023-01"),
    # a note the draft cannot say: a later use for neither
    "yes": ({**TRAINING, "used_later": "yes"}, "", "2023-01"),
    # a note on a skill that did not grow: a later use for neither
    "flat": ({**TRAINING, "before": "proficient", "used_later": "I trained 12 new starters "
              "at my next job"}, "", "2023-01"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_score_and_the_check_read_a_later_use_alike(case):
    """For each case the score's "used later" points, the explanation's "a grown skill you
    used later" and the check's used_later finding on the role's 90- and 30-second drafts all
    say the same: a later use, or none."""
    skill, reason, end = CASES[case]
    ws = _workspace(skill, reason, end)
    role = ws.roles[0]
    scored = rank(ws, Weights()).strongest
    points = scored.parts["used_later"] > 0
    assert points == role_used_later(role, tuple(ws.roles)), case
    assert ("a grown skill you used later" in explain(rank(ws, Weights()))) == points, case
    for seconds in (90, 30):
        text = plan_draft(ws, "r1", seconds).text
        credited = check_answer(text).finding("used_later").ok
        if seconds == 90 or credited:  # the short version may leave the later use out
            assert credited == points, (case, seconds, points, text)
    assert points == (case in ("note", "reason")), case


@pytest.mark.parametrize("opening", [
    "The job that means the most to me is the one I have now, as a shipping lead.",
    "It is the job I have now: a shipping lead at Kessler Depot.",
    "The role I am in now, as a shipping lead, has given me the most.",
])
def test_the_job_held_now_named_in_an_opening_is_no_later_use(opening):
    """A "now" that says which job the answer is about (the opening of a job still held) is
    no time of a later use, even beside a word of the growth line ("the one people ask")."""
    growth = ("I had no background in training new starters at first, but now I am the one "
              "people ask about it. I cut mis-picks from 25 to 4 a month.")
    assert not check_answer(f"{opening} {growth}").finding("used_later").ok
    later = f"{opening} {growth} At my next job I trained 12 new starters the same way."
    assert check_answer(later).finding("used_later").ok


@pytest.mark.parametrize("growth", [
    "In my first months I was still green at claims handling, but now I am the one who "
    "trains others in it.",
    "We were still new to the rota software when I started, and now I run it on my own.",
])
def test_a_start_told_with_still_is_no_later_use(growth):
    """"I was still green at ..." tells where a skill started, not a use that goes on ("I
    still use it"): a growth line of a job still held is no later use, so 04 gives no points
    for the kit's own wording of it."""
    assert not check_answer(growth).finding("used_later").ok
    assert check_answer(f"{growth} I still use claims handling at my next job.").finding(
        "used_later").ok
