"""A goal is backed by meaning, not by its words standing in a claim's sentence (issue 21, class
6, second pass). Two classes, each from ``data/`` so a facilitator can edit it:

- a measure told from the other side, or in another word of the same side: "improve
  attendance" is backed by "absences fell by a third", "reduce escaped defects" by "bugs
  reaching customers dropped" (``data/goal_measures.json``), only in a result's sentence;
- a goal's topic named as a problem, a duty or what the speaker is still working on is no
  evidence, though the sentence holds a real claim in another clause ("Stock losses were our
  biggest headache, ...", "I was responsible for ...", "I'm still working on my ...":
  ``topic_words`` of ``data/goal_meanings.json``).

The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_data import own_data, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


# --- a measure told from either side, in a result ----------------------------------------------

@pytest.mark.parametrize(("goal", "text"), [
    ("Improve attendance",
     "I set up a breakfast club before registration, and lateness and absences dropped by a "
     "quarter over the year."),
    ("Reduce customer complaints",
     "I rewrote the delivery promise on the website, and customer satisfaction went up from "
     "3.1 to 4.4 stars in six months."),
    ("Equipment reliability",
     "I set up a weekly greasing round for the presses, and stoppages fell from eight a month "
     "to two."),
    ("Improve punctuality",
     "I rebuilt the driver rota around the school runs, and late departures fell from one in "
     "five to one in twenty."),
    ("Regulatory compliance",
     "I wrote a checklist for the night shift, and the fines from the council stopped "
     "altogether, saving about 4,000 pounds."),
    ("Operational efficiency",
     "I redrew the picking routes, and overtime fell by 30 percent in a quarter."),
])
def test_a_measure_told_from_either_side_in_a_result_backs_its_goal(goal, text):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("goal", "text"), [
    # a growth alone names the measure's word, no change in it
    ("Improve pupil attendance",
     "I learned to keep the absence register for the whole school in my first term."),
    # the measure of another goal
    ("Improve machine uptime",
     "I set up a weekly greasing round for the presses, and complaints from the night shift "
     "fell by half."),
])
def test_a_measure_backs_nothing_outside_a_result_or_for_another_measure(goal, text):
    assert _credited(text, [goal]) == []


def test_a_facilitator_s_measures_decide(tmp_path, monkeypatch):
    text = ("I moved the stock checks to Mondays, and slip-ups at the packing bench fell by 30 "
            "percent in a quarter.")
    assert _credited(text, ["Order accuracy"]) == []
    own_data(tmp_path, monkeypatch, "goal_measures.json",
             set_at(["measures"], [[["accuracy"], ["slip-ups"]]]))
    assert _credited(text, ["Order accuracy"]) == ["Order accuracy"]


@pytest.mark.parametrize("value", ["accuracy", [["accuracy"]], [[["accuracy"], []]],
                                   [[["accuracy"], ["errors"], ["slips"]]]])
def test_broken_measures_are_said_naming_the_key(tmp_path, monkeypatch, value):
    own_data(tmp_path, monkeypatch, "goal_measures.json", set_at(["measures"], value))
    with pytest.raises(ValidationError) as caught:
        check_answer("I learned to plan rotas and cut overtime by 20%.", ["reduce costs"])
    assert caught.value.field == "measures"


# --- a goal's topic named as a problem, a duty or an effort is no evidence ------------------------

@pytest.mark.parametrize(("goal", "text"), [
    ("Reduce stock losses",
     "Stock losses were the big headache in that warehouse, so most weeks I learned to drive "
     "a different forklift."),
    ("Improve patient flow",
     "Patient flow was terrible on the ward, and I learned to take bloods in my first month."),
    ("Manage the maintenance budget",
     "I was in charge of the maintenance budget, and I learned to weld in my second year."),
    ("Accurate invoicing",
     "I learned to answer the switchboard, and I'm still working on my invoicing accuracy."),
])
def test_a_goal_s_topic_named_as_a_problem_a_duty_or_an_effort_is_not_backed(goal, text):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize(("goal", "text"), [
    # the duty's words stop at the comma: the claim after it still speaks to the goal
    ("Reduce stock write-offs",
     "As the person responsible for the cold store, I cut stock write-offs by 30 percent."),
    # a problem solved is told by its result, not named as the problem
    ("Reduce waiting times",
     "I learned to triage the phone queue, and waiting times fell from forty minutes to ten."),
])
def test_a_claim_beside_a_topic_still_backs_its_goal(goal, text):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize("value", [[], "problem", {"problem": []}, {"worry": ["be a worry"]}])
def test_broken_topic_words_are_said_naming_the_key(tmp_path, monkeypatch, value):
    own_data(tmp_path, monkeypatch, "goal_meanings.json", set_at(["topic_words"], value))
    with pytest.raises(ValidationError) as caught:
        check_answer("I learned to plan rotas and cut overtime by 20%.", ["reduce costs"])
    assert caught.value.field == "topic_words"
