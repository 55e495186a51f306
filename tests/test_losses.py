"""A loss or harm the speaker's work stopped (``workshop/losses.py`` and the conditional read by
``claims._prevented``), and look-alikes: the speaker's own day, a harm with no work of theirs,
a stop that is denied, a condition that prevented nothing."""

import pytest

from workshop.check import check_answer

STOPPED = [
    "I learned to reconcile the supplier statements, and I blocked a fake invoice for eight "
    "thousand pounds that had come in with new bank details.",
    "I learned to calm callers who wanted to cancel. One furious customer ended the call "
    "with a renewal instead of a cancellation.",
    "On the ward I learned to read early warning scores, and one night I called the outreach "
    "team before a patient's breathing got any worse... before it got critical.",
    "I learned the gas safety checks, and if we didn't spot the cracked flue, the landlord "
    "would face a fine of several thousand pounds.",
    "At the bank I learned the fraud screens well, and I caught a duplicate transfer before "
    "it left the account.",
    "I learned to read the utility bills and found a standing charge that had been costing "
    "the school about two hundred pounds a quarter for a meter it no longer had.",
]

NOT_STOPPED = [
    # the speaker's own day
    "I learned to budget on a student wage, and I paid for the course in cash instead of a "
    "loan.",
    # a harm with no work of the speaker's
    "The warehouse had a small fire before it got serious, but the sprinklers handled it.",
    # a stop that is denied
    "I learned the alarm codes, but I never stopped a single theft in two years.",
    # a condition that prevented nothing: the speaker's own loss
    "I learned to drive the forklift, and if I didn't pass the test I would lose my place "
    "on the course.",
    # a fault found that cost nothing
    "I learned to check the meters, and once I found a leak that cost nothing in the end.",
]


@pytest.mark.parametrize("text", STOPPED)
def test_a_loss_or_harm_the_speaker_stopped_is_a_result(text):
    finding = check_answer(text).finding("company_result")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", NOT_STOPPED)
def test_the_speaker_s_own_day_or_a_harm_no_work_stopped_is_no_result(text):
    finding = check_answer(text).finding("company_result")
    assert not finding.ok, finding.message
