"""More of how people talk (issue 21), each class with its look-alike: complaints told as the
bosses' cluelessness; perks praised as overtime money; pay and praise that are no pitfall (a
recruiter's salary conversation, a manager calling the speaker the best); growth told as a
course taken or as "and got competent in"; a skill named inside its growth ("got my forklift
ticket") used later; a goal's short form spelt out ("CRM"); results told as "results" that name
nothing. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer


@pytest.mark.parametrize("text", [
    "The directors had no idea, and the owner changed the priorities every week.",
    "Honestly the overtime money was brilliant, that kept me there.",
])
def test_pitfalls_told_in_other_words(text):
    assert not _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "I learned to handle the salary conversation early, so fewer offers fell through.",
    "My supervisor said I was the best planner she had trained.",
    "When I joined I had no idea how to read a wiring diagram.",
    "When I started at the company I had no idea how to use the till.",
    "I learned to plan the rota and cut overtime pay by 18%.",
])
def test_their_look_alikes_are_no_pitfall(text):
    assert _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "I went on the food hygiene course and ended up running the kitchen's safety checks.",
    "I was moved to the cardiac ward and got competent in reading ECG strips within weeks.",
    "I completed the bookkeeping apprenticeship while working there.",
])
def test_growth_told_as_a_course_or_a_state_reached(text):
    assert _ok(text, "skill_growth")


def test_a_skill_named_inside_its_growth_is_used_later():
    text = ("At the timber yard I got my forklift ticket. I have driven forklifts in every "
            "yard job since.")
    assert _ok(text, "used_later")


def test_a_goal_s_short_form_spelt_out_backs_it():
    text = ("I learned to set up the customer relationship management tool, and repeat orders "
            "rose 15%.")
    check = check_answer(text, ["CRM experience"])
    assert check.finding("goals_match").ok


def test_initials_by_chance_outside_a_claim_back_nothing():
    text = "Customer relations matter. I loved my job."
    check = check_answer(text, ["CRM experience"])
    assert not check.finding("goals_match").ok


def test_results_that_name_only_results_are_none():
    text = "I helped the company achieve its business results."
    assert not _ok(text, "company_result")
