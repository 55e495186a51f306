"""check22's classes, each read by the clause's structure: a want whose infinitive is work done
for or with the listener is the new job's work, not the 'wanted' pitfall; a want for oneself
stays one whoever it names."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _pitfall(text: str) -> bool:
    return not check_answer(text, []).finding("pitfalls").ok


@pytest.mark.parametrize("text", [
    "I want to sort out your stock room the way I sorted out ours at the depot.",
    "I'd love to take the month-end reporting off your plate.",
    "What I would love is to set up the same intake form for your clinic.",
    "I want to help you open the second site on time.",
])
def test_a_want_for_the_listeners_work_is_no_pitfall(text):
    assert not _pitfall(text)


@pytest.mark.parametrize("text", [
    "I want to join your firm because the salary is better.",
    "I'd love to become a shift manager with you one day.",
    "I want to earn more than I do now.",
    "I want a position where I get weekends off.",
    "What I'd love is to get a company car.",
])
def test_a_want_for_oneself_stays_one(text):
    assert _pitfall(text)


def test_a_word_that_starts_with_not_negates_nothing():
    """"notes", "notebook": no "not" (a negation is never inflected)."""
    text = ("I built a parts list from the engineers' handover notes, and the depot decided to "
            "use it for every shift.")
    assert check_answer(text, []).finding("company_result").ok


@pytest.mark.parametrize("text", [
    "That warehouse taught me to lead people.",
    "I learned how to lead a team over there.",
    "It's where I learned to lead.",
    "It taught me how to head up a team.",
])
def test_leading_people_said_as_a_verb_names_the_skill(text):
    assert check_answer(text, []).finding("skill_growth").ok


@pytest.mark.parametrize("text", [
    "My lead taught me a lot.",
    "I learned a lot from the head of the unit.",
    "The staff taught me so much.",
])
def test_the_lead_or_the_staff_as_a_noun_names_nothing(text):
    assert not check_answer(text, []).finding("skill_growth").ok


@pytest.mark.parametrize("text, pitfall", [
    ("When the head chef left I stepped up to run the pass on Saturdays.", False),
    ("The coordinator was off for a month, so I moved up to cover the bookings.", False),
    ("After a year I stepped up to assistant manager.", True),
    ("I moved up to a team leader role within months.", True),
])
def test_a_step_up_to_do_the_work_is_the_setting_not_the_promotion(text, pitfall):
    """A step up "to" a verb is the work taken on (the guide's setting); "to" a role is the
    promotion."""
    assert (not check_answer(text, []).finding("pitfalls").ok) == pitfall
