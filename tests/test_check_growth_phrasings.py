"""Growth told in other words than "I learned" (issue 21): a state the speaker got to ("got
fluent in", "got competent with"), a ticket or qualification earned, being taught a named skill,
leaving able to do something, and an arc told season by season or as what the speaker ended up
doing after a start they had never done. Each class has look-alikes that are no growth: a
promotion, someone else's skill, a plan. The sentences are written for these tests (none is
from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok


@pytest.mark.parametrize("text", [
    "At the print works I got fluent in the imposition software within a season.",
    "On the ward I got competent with syringe drivers in my first month.",
    "I got quick at costing quotes for loft conversions.",
    "I qualified as a dental nurse while I worked at the practice.",
    "I qualified in British Sign Language there.",
    "Got my HGV ticket at the depot, paid for by the firm.",
    "I was taught dry-stone walling by the estate's head waller.",
    "I walked in knowing nothing about wine, and I came out able to run the cellar orders.",
    "My first summer I washed pots. My second, I was running the grill on Saturdays.",
    "In my first month of the traineeship I could only file. By my final year I was drafting "
    "leases on my own.",
    "I had never handled a complaint before, and I ended up dealing with every escalation for "
    "the branch.",
])
def test_growth_told_without_a_learn_verb_is_growth(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "I got promoted twice in three years.",
    "My colleague got fluent in Spanish while we worked there.",
    "I hope to qualify as an accountant next year.",
    "I got my own desk by the window.",
    "I was taught nothing at all in that job.",
])
def test_look_alikes_are_no_growth(text):
    assert not _ok(text, "skill_growth")


@pytest.mark.parametrize(("text", "growth"), [
    ("In four years I went from checkout assistant to deputy store manager.", False),
    ("I went from trainee to head of the accounts section in three years.", False),
    ("I went from dreading spreadsheets to building the branch's stock model.", True),
])
def test_a_climb_through_job_titles_is_a_promotion_not_growth(text, growth):
    assert _ok(text, "skill_growth") is growth


@pytest.mark.parametrize(("text", "growth"), [
    ("At the garage I learned a lot about diagnosing electrical faults.", True),
    ("The nursery taught me so much, and I learned so much about settling new toddlers.", True),
    ("I learned a lot about life in that job.", False),
    ("I learned a lot about myself.", False),
    ("I learned a lot about things.", False),
    ("I learned a lot.", False),
])
def test_learning_a_lot_about_something_names_it(text, growth):
    assert _ok(text, "skill_growth") is growth


@pytest.mark.parametrize("text", [
    "I learned so much about life there.",
    "I learned loads about people in that café.",
    "I learned so much about the world on those night shifts.",
])
def test_learning_much_about_life_names_no_skill(text):
    assert not _ok(text, "skill_growth")
