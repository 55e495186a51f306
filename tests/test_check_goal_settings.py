"""Goals met by evidence, not by a place or a duty (issue 21, check42): a goal shares its words
with a claim's sentence only where the work was done ("on site", "on the ward", "in the
warehouse", "at the front desk", "behind the counter") or only in a duty recited ("my role
involved scheduling", "I raised purchase orders", "part of my job was the rota"): neither is
evidence of the goal's skill or outcome. The mirrors meet the goal in a growth or a result
that shows it. Sentences written for this file; each class in several wordings."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _goals(text: str, goals: list[str]):
    return next(f for f in check_answer(text, goals).findings if f.code == "goals_match")


@pytest.mark.parametrize("text, goals", [
    ("I learned to read the drawings on site.", ["Ensure safety on site", "Reduce rework"]),
    ("On site I picked up how to set out a wall with a laser level.",
     ["Promote a safe working culture on site"]),
    ("I learned to use the hoist on the ward.", ["Deliver compassionate care on the ward"]),
    ("Out in the yard I learned to chain a load down properly.", ["Keep the yard tidy and safe"]),
    ("At the depot I learned to reverse an artic onto a loading bay.",
     ["Improve depot turnaround times"]),
    ("In the kitchen I learned to bone a whole salmon.", ["Maintain kitchen hygiene standards"]),
    ("Behind the counter I got quick at mental arithmetic.",
     ["Keep the counter display fully stocked"]),
    ("I got really good at chatting to regulars behind the bar.",
     ["Run an efficient bar operation"]),
])
def test_a_goal_shared_only_by_where_the_work_was_done_is_not_backed(text, goals):
    """The growth is real, but it shares with the goal only the place it happened."""
    finding = _goals(text, goals)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text, goals", [
    ("I learned to run a toolbox talk every morning, and accidents on site went from one a "
     "month to none in a year.", ["Ensure safety on site", "Reduce rework"]),
    ("On the ward I learned to spot a patient going downhill and get a nurse before it became "
     "an emergency.", ["Deliver compassionate patient care on the ward"]),
    ("I cut the warehouse's stock errors by half by counting one aisle a day.",
     ["Keep warehouse stock records accurate"]),
    ("At the front desk I learned to check guests in while the queue was still outside, and "
     "complaints about waiting went from a few a week to none.",
     ["Reduce check-in complaints at the front desk"]),
])
def test_the_goal_met_where_the_place_is_also_said_is_backed(text, goals):
    """The place stands in the sentence, and the goal's skill or outcome does too."""
    finding = _goals(text, goals)
    assert finding.ok, finding.message


@pytest.mark.parametrize("text, goals", [
    ("I learned to use Excel. My role involved scheduling the engineers.",
     ["Field engineer scheduling"]),
    ("I learned to stay calm with angry callers, and my job involved the weekly rota too.",
     ["Rota planning for a team of 20"]),
    ("I learned to use SAP. I raised purchase orders and chased suppliers.",
     ["Accurate processing of purchase orders"]),
    ("I learned to use SAP, and part of my job was raising the purchase orders.",
     ["Accurate processing of purchase orders"]),
    ("I learned the till inside out. The role included cashing up at night.",
     ["Accurate cash handling and cashing up"]),
])
def test_a_goal_recited_as_a_duty_is_not_backed(text, goals):
    """The goal's topic told only as what the job involved."""
    finding = _goals(text, goals)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text, goals", [
    ("I took over the engineers' schedule and learned to group the jobs by postcode, so each "
     "van did two more calls a day.", ["Field engineer scheduling"]),
    ("I learned to build the rota four weeks ahead, and we stopped paying for agency cover.",
     ["Rota planning for a team of 20"]),
    ("I learned to match every purchase order to its delivery note, and the supplier queries "
     "fell from about thirty a month to five.", ["Accurate processing of purchase orders"]),
])
def test_the_duty_told_as_a_growth_or_a_result_is_backed(text, goals):
    """The same topic, with the skill grown or the outcome it brought."""
    finding = _goals(text, goals)
    assert finding.ok, finding.message
