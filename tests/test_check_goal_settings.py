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


# --- the goal's own place, and a place that names no skill (check46) -----------------------------
# A goal that names where its work is done ("... on site", "... on the ward") asks for what comes
# before: a claim that shares only the place word, wherever it stands in the claim ("the site
# diary", "the whole ward"), backs nothing; a place told with "onto" is a place ("I came onto
# site as ..."); and a place of work names no skill ("In the warehouse ..." is no warehouse
# management).

@pytest.mark.parametrize("text, goals", [
    ("I came onto site as a groundworker who could hardly read a plan. By my second year the "
     "site manager had me setting out the drainage runs on my own.",
     ["Maintain a zero-harm safety culture on site"]),
    ("I moved onto the ward as a healthcare assistant who had never taken a blood pressure. "
     "Within a year the sister had me doing the observations for the whole bay on my own.",
     ["Maintain infection control on the ward"]),
    ("I learned to write care plans the whole ward could follow, and the handovers got ten "
     "minutes shorter.", ["Deliver infection control on the ward"]),
    ("By my second year I was keeping the site diary and ordering the concrete for each pour.",
     ["Maintain safety on site"]),
    ("In the warehouse I taught myself Excel and built a pivot table for the weekly stock "
     "count.", ["Maintain warehouse safety"]),
])
def test_a_goal_shared_only_by_its_own_place_or_a_place_of_work_is_not_backed(text, goals):
    finding = _goals(text, goals)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text, goals", [
    ("On the ward I learned to audit hand hygiene, and our infection rates fell by a third in "
     "a year.", ["Improve infection control on the ward"]),
    ("I set up a one-way route for the forklifts in the warehouse, and near-misses fell from "
     "five a month to none.", ["Maintain warehouse safety"]),
    # a goal that is only its place keeps its words
    ("I learned to run the whole bar on my own, and by my second summer I was doing the stock "
     "orders too.", ["Work behind the bar"]),
])
def test_the_goal_met_beside_its_own_place_is_backed(text, goals):
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


# --- a list of duties told as "-ing" forms is the duty's to its end (check46) ---------------------
# "My role involved X, Y and Z": every item of the list is a duty, not only the one before the
# first comma; a clause after the list that tells a growth or a result is still read.

@pytest.mark.parametrize("text, goals", [
    ("My role involved delivering person-centred care, following NMC standards and doing falls "
     "risk assessments on admission.", ["Reduce patient falls"]),
    ("At the surgery my role involved booking appointments, answering the phones and chasing "
     "missed appointments, and I learned to use the booking system really fast.",
     ["Reduce missed appointments"]),
    ("I was responsible for opening the bar, cashing up and training the new bar staff, and over "
     "two summers I learned to make every cocktail on the menu.", ["Train new bar staff"]),
    ("My job included checking the fire doors, logging the alarm tests and updating the risk "
     "register, and I learned to read building plans.", ["Maintain the risk register"]),
    # second-language English
    ("In the office my duties was answering emails, filing the contracts and preparing invoices "
     "for the clients, and I learned Excel very good there.", ["Prepare accurate client invoices"]),
])
def test_every_duty_of_a_list_backs_no_goal(text, goals):
    finding = _goals(text, goals)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text, goals", [
    ("I was responsible for the rota, and after I moved it onto a shared sheet, agency shifts "
     "fell by half in three months.", ["Reduce agency shifts"]),
    ("My job involved booking the vans, and I rebuilt the booking sheet so double-bookings "
     "dropped from weekly to none.", ["Reduce double-bookings"]),
])
def test_a_result_told_after_a_duty_still_backs_the_goal(text, goals):
    finding = _goals(text, goals)
    assert finding.ok, finding.message
