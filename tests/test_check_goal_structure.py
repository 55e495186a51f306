"""A goal is backed by what the answer says of the thing the goal asks for, read from the goal's
structure (issue 21, check31). The sentences are written for these tests (none is from a
corpus).

- People named as the object of a goal's act, before a complement ("Coach new employees to our
  service standards", "Lead a team of engineers to deliver results"): the act done to people
  backs the goal, though the goal's last word ("standards", "results") names no people.
"""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


# --- people as the act's object, a complement after them --------------------------------------

@pytest.mark.parametrize(("text", "goal"), [
    ("At the garage I mentored four apprentice fitters through their first year, and all four "
     "passed at the first attempt.", "Mentor junior technicians to City and Guilds standard"),
    ("On nights I led a crew of six packers, and mis-picks fell by half within a month.",
     "Lead and motivate colleagues to exceed productivity targets"),
    ("At the gym I trained nine new instructors in the induction routine, and member "
     "cancellations dropped by a quarter.",
     "Train and develop colleagues in line with company policy"),
])
def test_people_as_the_acts_object_before_a_complement_back_the_goal(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # the act is done to something else than people
    ("At the print shop I trained my eye for colour, and reprints fell by half.",
     "Train new employees to brand standards"),
    # the people of the goal stand after a preposition: whom the work is for
    ("At the depot I learned to lead the night loading, and late departures fell by half.",
     "Lead service improvements for residents and tenants"),
])
def test_an_act_not_done_to_the_goals_people_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []


# --- the act told just before its result -------------------------------------------------------
# A result often comes in two sentences: what the speaker did, then what changed. The act names
# what the goal asks for ("wrote macros", "set up a rota"); the result says it worked.

@pytest.mark.parametrize(("text", "goal"), [
    ("At the wholesaler I wrote Excel macros for the weekly stock report. Orders we had to "
     "turn away fell from about twenty a week to three.",
     "Develop macros to automate reporting"),
    ("At the print works I built a planning spreadsheet in Google Sheets for the two presses. "
     "Jobs going out late dropped from about one in five to one in twenty.",
     "Develop production planning spreadsheets"),
    ("At the clinic I rewrote the discharge leaflets in plain English. Calls from worried "
     "callers fell by half.", "Write clear, plain-English leaflets"),
])
def test_the_act_told_just_before_a_result_backs_the_goal(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # the sentence before is no act of the speaker's: a recital, a wish, a negation
    ("I know you need someone to automate reporting. Sales at the wholesaler rose by 12 "
     "percent that year after I took over the Saturday counter.", "automate reporting"),
    ("I never got round to automating the reporting. Sales at the wholesaler rose by 12 "
     "percent that year after I took over the Saturday counter.", "automate reporting"),
    # the act before no result
    ("At the wholesaler I wrote a set of Excel macros for the weekly figures. I enjoyed the "
     "people there.", "Develop macros to automate reporting"),
])
def test_no_act_of_the_speakers_before_a_result_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []


# --- what a grown skill changed, told in the sentence after the growth ---------------------------
# The sentence after a growth that tells a move or a figure says what the skill changed, though
# it is told as the speaker's own doing ("I was getting ... when the others got ...").

@pytest.mark.parametrize(("text", "goal"), [
    ("At the garage I learned to explain the quote line by line at the counter. I was getting "
     "about four in five customers to say yes to the full repair, when the others got one in "
     "two.", "Increase repair uptake"),
    ("At the bakery I learned to read the weather forecast against last year's till rolls. I "
     "was getting the bread order within a dozen loaves most days, when the manager's guess "
     "was often out by sixty.", "Improve the accuracy of daily production orders"),
])
def test_the_change_told_after_a_growth_backs_the_goal(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # the sentence after tells no move and no figure, or denies it
    ("At the garage I learned to explain the quote line by line at the counter. Customers "
     "saying yes to the full repair was what the owner cared about.", "Increase repair uptake"),
    ("At the bakery I learned to read the weather forecast against last year's till rolls. I "
     "was never getting the bread order within a dozen loaves, sadly.",
     "Improve the accuracy of daily production orders"),
])
def test_no_change_told_after_a_growth_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []
