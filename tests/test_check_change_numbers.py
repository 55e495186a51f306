"""Numbers that belong to a change (issue 21): a span of time told with how much earlier or
sooner something now happens ("half a day sooner"), and a time told as where a change went
("from four days to overnight"), are a result with its number, when something other than the
speaker changed. The speaker's own timetable ("I came in an hour earlier") and the length of a
job are not. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer


@pytest.mark.parametrize("text", [
    "Once the new picking list was in place, the vans left the yard an hour earlier.",
    "With my checklist the ward round finished half an hour sooner.",
    "After I rebuilt the quote template, customers got their prices a day faster.",
    "Because I planned the print runs, the magazine went to the shops a week ahead.",
])
def test_a_span_of_time_earlier_or_sooner_is_a_result_with_a_number(text):
    check = check_answer(text)
    assert check.finding("company_result").ok, check.finding("company_result").message
    assert check.finding("quantified").ok, check.finding("quantified").message


@pytest.mark.parametrize("text", [
    "I rewrote the refund steps and took refunds from four days to same day.",
    "I cut the wait for a repair quote from a week to overnight.",
    "We brought the month-end close from ten working days to three.",
    "My new intake form took the time to book a first visit from two weeks to a day.",
])
def test_a_time_a_change_went_to_is_a_result_with_a_number(text):
    check = check_answer(text)
    assert check.finding("company_result").ok, check.finding("company_result").message
    assert check.finding("quantified").ok, check.finding("quantified").message


@pytest.mark.parametrize("text", [
    "I came in an hour earlier than everyone else.",
    "I usually left a day sooner than planned to beat the traffic.",
    "I worked there from two thousand and nineteen to the spring of the next year.",
])
def test_the_speaker_s_own_timetable_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # a frequency that changed
    "After I wrote the smoke tests, outages went from about two a month to one a year.",
    # a count brought to none
    "I helped the depot to stop losing pallets: six the quarter before I redid the yard map, "
    "none after.",
    # a result and its measure joined by a colon, either way round
    "Twelve thousand pounds a year: that is what the surgery stopped spending on agency cover "
    "once I rebuilt the rota.",
    # a share of what it used to be
    "After I changed the ordering, we threw out roughly half what we used to.",
])
def test_a_number_told_around_the_change_is_the_result_s_number(text):
    check = check_answer(text)
    assert check.finding("company_result").ok, check.finding("company_result").message
    assert check.finding("quantified").ok, check.finding("quantified").message


@pytest.mark.parametrize("text", [
    # money caught before it went out
    "I learned to reconcile statements and caught overpayments worth about $8,000.",
    # a comparison with the season before
    "I took over the ordering and we binned two crates of fruit a week, against nine a week "
    "the summer before.",
    # an absence since the speaker's change
    "Since I rewrote the checklist we haven't had a single failed inspection.",
    # a fault that stopped
    "I learned to balance the boiler circuits, and after I rezoned them the cold spots stopped.",
])
def test_results_without_a_change_verb(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I stopped at the depot on my way home.",
    "I used to work weekends there.",
    "I found a job worth having.",
])
def test_their_look_alikes_are_no_result(text):
    assert not _ok(text, "company_result")
