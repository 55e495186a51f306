"""Personal value and links that hang together, the classes blind raters named (round r11):

- what the job changed for the speaker is told right after the opening, in the participant's
  own words of where they started and where they got to (``how_far``); without those words no
  stock "What I value most ..." line claims it, and the coach asks for them;
- a later use in a job still held is never "beyond my own tasks/job" nor "later"; "again" is
  never said of a skill told once; a later use that gives a told figure again, rounded ("over
  200 teachers" after "212 teachers"), is not told;
- a result the participant did not link to the skill is not told straight after the growth
  line as if the skill produced it; a result that says the skill again
  ("precepting new starters" -> "I trained 9 new starters": half its words) is not linked.

Each rule is tested on workspaces of its own (a dental nurse, a barista trainer, a site
surveyor, a payroll clerk, a youth coach), none of them from the eval sets.
"""

from __future__ import annotations

import re

import pytest
from helpers_links import LINK
from helpers_sample import one_role_workspace

from workshop.coach import role_questions
from workshop.draft import draft_versions, plan_draft
from workshop.draft_read import RoleReading
from workshop.model import Workspace


def workspace(role: dict, title: str = "Team Lead", goals: tuple[str, ...] = ()) -> Workspace:
    return one_role_workspace(role, title, goals, start="2016-03", end="2020-09")


DENTAL = {"title": "Dental Nurse", "organization": "Brookside Dental Practice",
          "skills": [{"name": "infection control", "before": "novice", "after": "proficient",
                      "how_far": "At first I needed a checklist for every surgery. By the end "
                                 "I ran the decontamination room and audited it each month"}],
          "results": [{"statement": "I cut failed sterilisation cycles", "metric": "failed cycles",
                       "value": 1, "from_value": 9, "unit": "cycles a month", "scope": "company",
                       "enabled_by": ["infection control"]}]}
BARISTA = {"title": "Barista Trainer", "organization": "Copperpot Coffee", "end": None,
           "skills": [{"name": "training baristas", "before": "novice", "after": "proficient",
                       "how_far": "When I started I could only pour a flat white. Now I train "
                                  "every new barista across our 4 shops",
                       "used_later": "I wrote the drinks guide every shop uses"}],
           "results": [{"statement": "I cut drink remakes", "metric": "remakes", "value": 12,
                        "from_value": 40, "unit": "remakes a week", "scope": "company",
                        "enabled_by": ["training baristas"]}]}
SURVEY = {"title": "Site Surveyor", "organization": "Ashdown Surveys Ltd",
          "skills": [{"name": "drone surveying", "before": "advanced beginner",
                      "after": "expert",
                      "how_far": "I had never flown a drone before that job. By the end I "
                                 "planned and flew every site survey myself"}],
          "results": [{"statement": "I cut survey time per site", "metric": "survey days",
                       "value": 2, "from_value": 5, "unit": "days", "scope": "company",
                       "enabled_by": ["drone surveying"]}]}
OWN_WORDS = {"dental": DENTAL, "barista": BARISTA, "survey": SURVEY}

PAYROLL = {"title": "Payroll Clerk", "organization": "Hartwell Foods Ltd", "end": None,
           "skills": [{"name": "payroll reconciliation", "before": "novice",
                       "after": "proficient",
                       "used_later": "automated the holiday pay check, the whole team runs it now"},
                      {"name": "Xero", "before": "novice", "after": "competent"}],
           "results": [{"statement": "I won the office quiz for the finance team",
                        "metric": "quiz wins", "value": 3, "kind": "count", "scope": "team"},
                       {"statement": "I cut payroll errors", "metric": "errors a month",
                        "value": 2, "from_value": 15, "unit": "errors", "scope": "company"}]}
COACH = {"title": "Youth Football Coach", "organization": "Eastfield Juniors",
         "skills": [{"name": "coaching young players", "before": "novice", "after": "proficient",
                     "used_later": "ran training camps for over 100 young players"}],
         "results": [{"statement": "I coached 104 young players through their first season",
                      "metric": "players", "value": 104, "kind": "count", "scope": "company",
                      "enabled_by": ["coaching young players"]}]}
PRECEPT = {"title": "Staff Nurse", "organization": "Kingsway Hospital",
           "skills": [{"name": "precepting new starters", "before": "novice",
                       "after": "proficient"}],
           "results": [{"statement": "I trained 9 new starters on the ward", "metric": "starters",
                        "value": 9, "kind": "count", "scope": "company",
                        "enabled_by": ["precepting new starters"]}]}


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)


@pytest.mark.parametrize("name", list(OWN_WORDS))
def test_what_the_job_changed_follows_the_opening_in_the_participants_words(name):
    """The sentence after the opening names the skill, and the next tells where the speaker
    started (90 s) and where they got to (both versions), in their own words."""
    role = OWN_WORDS[name]
    start, end = re.split(r"\.\s+", role["skills"][0]["how_far"])
    for seconds, text in draft_versions(workspace(role)).items():
        said = _sentences(text)
        after = " ".join(said[1:4])
        assert end in after, (seconds, text)
        if seconds == 90:
            assert start in after, text
        assert "What I value most" not in text, text


def test_the_line_that_names_the_grown_skill_varies_with_the_content():
    """Three participants do not get one frame for what the job changed for them."""
    seconds = [_sentences(plan_draft(workspace(role)).text)[1] for role in OWN_WORDS.values()]
    frames = {re.sub(r"\b(?:this|that|This|That)\b", "X", s).split()[:3].__str__()
              for s in seconds}
    assert len(frames) >= 2, seconds


@pytest.mark.parametrize("name", ["payroll", "coach", "precept"])
def test_without_the_participants_words_no_stock_value_line_and_the_coach_asks(name):
    role = {"payroll": PAYROLL, "coach": COACH, "precept": PRECEPT}[name]
    ws = workspace(role)
    for text in draft_versions(ws).values():
        assert not re.search(r"What I value most|value most from", text), text
    asked = role_questions(ws, RoleReading(ws.roles[0]))
    assert any(q.code == "how_far" for q in asked), asked


def test_a_later_use_in_the_job_held_is_never_beyond_it_nor_later():
    for role in (PAYROLL, BARISTA):
        for text in draft_versions(workspace(role)).values():
            assert not re.search(r"beyond my own|\blater\b|\bagain\b", text, re.I), text
    text = plan_draft(workspace(PAYROLL)).text
    assert "automated the holiday pay check" in text, text


def test_again_is_never_said_of_a_skill_told_once():
    role = {**SURVEY, "skills": [{**SURVEY["skills"][0], "how_far": "",
                                  "used_later": "mapped a wind farm site for my next employer"}]}
    for text in draft_versions(workspace(role)).values():
        assert "mapped a wind farm" in text and not re.search(r"\bagain\b", text), text


def test_a_later_use_that_gives_a_told_figure_again_rounded_is_left_out():
    for text in draft_versions(workspace(COACH)).values():
        assert "104 young players" in text and "over 100" not in text, text


def test_an_unlinked_result_is_not_told_straight_after_the_growth_as_its_effect():
    """Payroll errors were linked to no skill: not told right after "... payroll
    reconciliation ..." as if that produced it, and with no causal lead."""
    for text in draft_versions(workspace(PAYROLL)).values():
        said = _sentences(text)
        grew = next((i for i, s in enumerate(said) if "payroll reconciliation" in s), None)
        errors = next(i for i, s in enumerate(said) if "payroll errors" in s)
        assert grew is None or errors != grew + 1, text
        assert not re.search(LINK + r"[^.]*payroll errors", text)


def test_a_result_that_says_half_the_skills_words_again_is_not_linked_to_it():
    for text in draft_versions(workspace(PRECEPT)).values():
        assert "I trained 9 new starters" in text, text
        assert not re.search(LINK + r"I trained", text), text


def test_a_further_result_inside_a_fuller_one_is_told_once():
    role = {**SURVEY, "results": [*SURVEY["results"],
                                  {"statement": "I won 6 council contracts", "scope": "company",
                                   "metric": "contracts", "value": 6, "kind": "count",
                                   "enabled_by": ["drone surveying"]},
                                  {"statement": "I won 6 council contracts and brought in 3 new "
                                                "rail clients", "scope": "company",
                                   "enabled_by": ["drone surveying"]}]}
    text = plan_draft(workspace(role)).text
    assert text.count("6 council contracts") == 1, text


@pytest.mark.parametrize("title, said", [("Account Executive, Mid-Market SaaS",
                                          "Account Executive"),
                                         ("Lead Pharmacist – Medicines Optimisation",
                                          "Lead Pharmacist")])
def test_the_close_names_no_ads_title(title, said):
    """The draft never recites the ad's title, whole or as a person says it: a close written
    around the title ("as your Lead Pharmacist") reads as a template (issue 20)."""
    text = plan_draft(workspace(DENTAL, title=title)).text
    assert title not in text and said not in text, text
