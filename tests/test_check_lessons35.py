"""Issue 21 (check35): a lesson or a value is no job skill whichever verb tells it, a plain result
told after a lesson is no growth, pay named without praise is no perk while pay praised or valued
by what it paid for is one, and pitfalls told by meaning in one clause of a strong answer.
Written in other words than tests/eval/verdict_own3."""

from __future__ import annotations

import pytest

from workshop.check import check_answer

STRONG = "I learned to rebuild the delivery schedule, and late drops fell by 20 percent."


def _finding(text: str, code: str):
    return next(f for f in check_answer(text, []).findings if f.code == code)


@pytest.mark.parametrize("text", [
    "The warehouse taught me the importance of punctuality.",
    "Reception showed me how much a kind word matters.",
    "The main thing I learned was to trust myself.",
])
def test_a_lesson_is_no_skill_growth_whatever_verb_tells_it(text):
    assert not _finding(text, "skill_growth").ok


def test_a_plain_result_told_after_a_lesson_is_no_growth():
    text = ("Working there taught me how much patience matters. From then on, our returns "
            "dropped by a third.")
    check = check_answer(text, [])
    assert not check.findings[0].ok
    assert not check.verdict.strong


def test_a_result_after_a_named_skill_stays_strong():
    text = "I learned to triage calls by urgency. After that, complaints on my ward fell by half."
    assert check_answer(text, []).verdict.strong


@pytest.mark.parametrize("text", [
    "The pay was the going rate for the area. " + STRONG,
    "I learned to process the pension contributions for 40 staff in the new payroll system, and "
    "the monthly run errors fell from nine to one.",
    "The salary was nothing special. " + STRONG,
    "I learned to run the payroll checks myself, and payroll errors fell by 90 percent, so "
    "everyone's wages went out on time.",
    "At the gym I learned to plan group classes by level, and class bookings rose by a third.",
])
def test_pay_named_without_praise_is_no_perk(text):
    assert _finding(text, "pitfalls").ok
    assert check_answer(text, []).verdict.strong


@pytest.mark.parametrize("tail", [
    "The weekend premium was brilliant.",
    "The overtime helped a lot with my rent.",
    "Six months in I was made up to shift supervisor.",
    "I'd have done that job for nothing.",
    "Twice a week I worked from the sofa.",
])
def test_a_pitfall_told_by_meaning_in_one_clause_of_a_strong_answer(tail):
    check = check_answer(STRONG + " " + tail, [])
    assert not next(f for f in check.findings if f.code == "pitfalls").ok
    assert not check.verdict.strong


@pytest.mark.parametrize("text", [
    "I learned to plan the delivery runs from the orders, and we made up to 40 more drops a week.",
    "I learned to sort the returns by reason, and we cut refunds by a fifth. On Sundays I did the "
    "stock counts at the food bank for free.",
])
def test_look_alikes_stay_strong(text):
    assert _finding(text, "pitfalls").ok
