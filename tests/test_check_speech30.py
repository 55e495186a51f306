"""Issue 21, round 30: goals, pitfalls and growth as people say them, each class beside its
look-alike (the cases are written for this file, not taken from any corpus)."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _pitfall(text: str) -> bool:
    return not check_answer(text).finding("pitfalls").ok


def _growth(text: str) -> bool:
    return check_answer(text).finding("skill_growth").ok


def _credited(text: str, goals: list[str]) -> bool:
    return check_answer(text, goals).finding("goals_match").ok


# --- pitfalls: a promotion, the team or a perk told as what the job gave -----------------------

@pytest.mark.parametrize("text", [
    "I learned to audit the tills. But what I value most is how quickly I rose, from "
    "stock assistant to floor supervisor in two years.",
    "I learned the loading plans. What that post really gave me was the step up: inside a "
    "year I had my own branch.",
    "I learned to book the freight. The folks in the yard, we played darts every Thursday, "
    "they were basically my second family, and that's what I took from it.",
    "I learned to price the menus. And the best part, honestly, was eating free at any "
    "restaurant in the chain.",
    "The surveying firm, because they covered my exams and gave me study leave, which was "
    "great.",
    "I learned to run payroll. The head office was hard going: nobody told us anything and "
    "the directors changed their minds weekly.",
])
def test_what_the_job_gave_told_as_a_pitfall_is_one(text):
    assert _pitfall(text)


@pytest.mark.parametrize("text", [
    # the speaker disowns it: another's assumption about the pay, then "it wasn't that"
    "Friends often assume I stayed at the depot for the salary. It wasn't that; the salary "
    "was standard.",
    # "the money" as a till task
    "I learned to take the money and count back change while the next customer ordered.",
    # a pitfall word named only as the option turned down
    "I could pick the most fun or the most useful job, so I'll go with useful.",
    # praise of the speaker, not the job or the team
    "Three guests wrote to the manager about me, and that recognition meant a lot to me.",
    "My supervisor said my handover notes were the best on the ward.",
    # a ranking that changed, a car part, a cost no longer paid
    "While I was there the depot went from one of the worst for late loads to one of the "
    "best.",
    "I worked at a tyre and exhaust centre on the ring road.",
    "After that the garage wasn't paying for parts that never fixed anything.",
])
def test_a_pitfall_word_disowned_or_in_another_sense_is_none(text):
    assert not _pitfall(text)


def test_a_team_praised_beside_my_own_work_is_still_the_team():
    assert _pitfall("My supervisor and my workmates were brilliant.")


# --- growth: a life lesson or a rank is no job skill; present ability is growth ---------------

@pytest.mark.parametrize("text", [
    "In a role like that you learn that the work is about setting priorities and trusting "
    "people.",
    "What I learned is that customers are rarely angry at you.",
    "I learned a lot about running a business there.",
    "I think that job made me a more rounded professional.",
    "I went in a teenager and came out an adult.",
    "I started knowing nothing and left as one of the best lads on the shop floor.",
    "We opened on Sundays and trade picked up.",
])
def test_a_lesson_or_a_rank_is_no_growth(text):
    assert not _growth(text)


@pytest.mark.parametrize("text", [
    "Now I can run the whole payroll on my own and file the pension returns.",
    "I learned a lot about procurement and how to run a tender.",
    "I picked up Python in my first month.",
])
def test_a_named_skill_or_present_ability_is_growth(text):
    assert _growth(text)


# --- goals: met in other words; never by a promise to the new employer -------------------------

@pytest.mark.parametrize(("goal", "text"), [
    ("staff scheduling", "I learned to plan the rota around everyone's childcare, and "
     "last-minute gaps on Sundays stopped."),
    ("improve onboarding of new hires", "I learned to write the induction week for every new "
     "intake, and the managers made it standard at all five depots."),
    ("lead organisational change", "I learned to run a staff consultation when two of our "
     "clinics merged, and we kept every nurse we wanted."),
    ("manage social media channels", "I learned to plan our Instagram a month ahead, and "
     "enquiries through it doubled."),
    ("provide personal care", "I learned to manage my father's medication with a blister-pack "
     "system and to help him with toileting at night."),
    ("automate repetitive tasks", "I learned to write a macro so nobody had to copy the "
     "orders across by hand."),
    ("coordinate schedules", "I learned the booking software inside out and cut the "
     "double-bookings to almost none."),
])
def test_a_goal_met_in_other_words_is_credited(goal, text):
    assert _credited(text, [goal])


@pytest.mark.parametrize(("goal", "text"), [
    ("reduce energy costs", "I put in a proposal to switch the boilers, but it never went "
     "ahead. That's the kind of idea I'd bring to cutting your energy costs."),
    ("reduce case backlog", "When I joined there was a backlog of 500 claims. I learned to "
     "write decision letters that stood up at tribunal."),
])
def test_a_promise_or_the_problem_alone_backs_no_goal(goal, text):
    assert not _credited(text, [goal])
