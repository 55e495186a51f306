"""Results told as what the people an organisation serves began or kept doing with it after the
speaker's work (issue 21, class 2; check52): "the regulars started ordering the new dishes",
"he said he'd keep banking with us", "I got the members renewing early"; and a failure that
stopped, told with a verb that alone is no result ("the orders stopped falling through"). Each
beside look-alikes that must stay uncredited: the place's news with no work of the speaker's,
people who began doing what is worse when more do it, people who came to the speaker, the
speaker's own habit, and a stop of the speaker's or of a machine. The sentences are written for
these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer


@pytest.mark.parametrize("text", [
    # the people served as the subject of a start, then a gain
    "I redesigned the lunch menu, and the office workers started ordering from us every day.",
    "At the garage I learned to diagnose electrical faults. Drivers who had given up on other "
    "garages began bringing their vans to us.",
    "After I took over the children's corner, families started to visit the library on "
    "Saturdays.",
    # kept, and a pronoun pointing to the people
    "After I fixed the damp in block C, the tenants there kept renewing their leases with us.",
    "A farmer rang my manager to say he'd keep buying his feed from us, since I had sorted his "
    "order out the same day.",
    # the speaker's causative
    "I ran the gym's induction sessions, rewrote the beginner plans, and got the new members "
    "renewing after their first month.",
])
def test_people_who_began_or_kept_coming_are_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # the place's news: no act or growth of the speaker's in the sentence or the one before
    "It was a busy café. Customers started ordering online in the second year.",
    # what is worse when more people do it
    "I changed the opening hours, and customers started complaining about the queues.",
    "I rearranged the stock room and shoppers started returning the faulty kettles.",
    # people who came to the speaker: a following, told as growth elsewhere
    "I learned the billing rules, and the patients started coming to me with their questions.",
    # the speaker's own habit, and "we"
    "I started coming in early to set up the tills.",
    "We started visiting the suppliers every month.",
])
def test_look_alikes_of_custom_stay_uncredited(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I rebuilt the supplier checklist. Orders stopped falling through at the last minute.",
    "I set up the handover board, and night cover stopped falling apart at weekends.",
])
def test_a_failure_that_stopped_is_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I rebuilt the supplier checklist. The old printer stopped working in March.",
    "I stopped worrying about the audits after a while.",
    "I rebuilt the supplier checklist. The deal with the wholesaler fell through anyway.",
])
def test_a_stop_of_no_failure_stays_uncredited(text):
    assert not _ok(text, "company_result")


def test_a_whole_answer_with_custom_won_is_strong():
    """Growth told as an arc and a result told as what customers began to do: Strong."""
    text = ("When I joined the bakery I could only shape rolls; by the spring I was planning "
            "the whole weekend bake on my own. I added a sourdough range, and cafés in the town "
            "started buying our loaves for their sandwiches.")
    assert check_answer(text).verdict.strong


def test_a_hollow_answer_with_people_starting_stays_weak():
    """People who started doing something, with no skill grown and no work of the speaker's
    tied to it, do not make an answer strong."""
    text = ("I worked at the cinema for two years. It was a great place and people started "
            "coming more often after the refit. I learned a lot there.")
    assert not check_answer(text).verdict.strong


@pytest.mark.parametrize("text", [
    # a failure state that no longer held, told against how it used to be
    "I took over the banking, and the petty cash was never short again.",
    "I rebuilt the booking sheet, and the clinic was no longer overbooked on Mondays.",
    "I learned to plan the deliveries, and the van was never late, which it used to be most "
    "weeks.",
    # an emphatic zero: not a single one
    "I learned to sequence the refit. We did it over two weekends and didn't lose a single "
    "opening day.",
    # a deadline met every time
    "I learned to run the print room, and on my shifts we made the morning deadline every day.",
    # a recurring cost ended, with its amount
    "I taught myself the accounts software and took the bookkeeping in-house, ending the "
    "£6,500 a year agency contract.",
])
def test_absences_targets_and_ended_costs_are_results(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I was never late in three years.",
    "We never went out much, we used to be too busy.",
    "I learned a lot and I never missed a single shift.",
    "Nobody wanted to cancel the cleaning contract.",
])
def test_look_alikes_of_absences_stay_uncredited(text):
    assert not _ok(text, "company_result")
