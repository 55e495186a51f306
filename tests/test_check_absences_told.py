"""Results told as a failure that no longer happened (issue 21, class 2; check52): a stop of
what alone is no result ("the orders stopped falling through"), a failure state that no longer
held ("the petty cash was never short again", told against how it used to be, or as "not a
single"), a deadline met every day, and a recurring cost ended with its amount. Each beside
look-alikes that must stay uncredited: a stop of the speaker's or of a machine, the speaker's own
record, a "used to" of the speaker's own life, a cost nobody ended. The sentences are written for
these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok


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
