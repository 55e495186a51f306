"""A result told as the organisation's later state after the speaker's work
(``workshop/later_states.py``), and its look-alikes: the speaker's own growth or work, a pointer
to the speaker's rate, company news with no work of the speaker's, a state no better than before."""

import pytest

from workshop.check import check_answer

LATER_STATES = [
    "Invoices at the printers used to go out whenever someone remembered. I built a billing "
    "calendar in the shared drive and walked the two partners through it. By the spring we were "
    "sending every invoice on the first of the month.",
    "The stockroom was a mess when I took over. I labelled every shelf and wrote a put-away "
    "routine for the Saturday staff; within two months the Saturday team found each order first "
    "time.",
    "I set up a phone round for parents whose children missed school without a note, and the "
    "following term most of those pupils were still coming in every day.",
    "I rewrote the hand-over sheet for the night nurses. For the rest of the year, my patients "
    "stayed free of missed doses.",
    "I learned to run the daily huddle on the ward, and in the first year far fewer of our "
    "falls happened at night.",
    "I learned to script the test runs; when I joined we released by hand once a month, and "
    "by the time I left we released every week without a late night.",
    "I learned to forecast the ice order for the kiosk, and by July we had stopped turning "
    "customers away on hot afternoons.",
    "Before I joined, the depot lost a van's worth of parcels a week. I redesigned the scanning "
    "bays, and a few months later the depot was closing every night with nothing unaccounted "
    "for.",
]

LOOK_ALIKES = [
    # the speaker's own growth: the subject is "I"
    "When I started I could barely read a tide table. By the second summer I was running the "
    "sailing school's safety boat on my own.",
    # the speaker's own work, not the organisation's state
    "My early audit notes were sent back covered in comments. A year later my notes were going "
    "through with no changes at all.",
    # a pointer back to the speaker's own rate
    "When I started I packed about 40 boxes an hour; by the end of the summer it was 90 with "
    "no mistakes.",
    # company news with no work of the speaker's before it
    "The agency was small when I arrived. By the end of the year, every desk in the office was "
    "full.",
    # the speaker's standing, not a change for the organisation
    "I started answering the plant questions on the shop floor. By the second spring the "
    "regulars were bringing me photos of every border they had.",
    # a month that opens the speaker's own state
    "I learned to drive the tractor, and by June I was ploughing the top field on my own.",
    # a later state that is no better and no before told
    "I wrote the weekly rota for the café. By the summer we were working from the new building "
    "in town.",
]


@pytest.mark.parametrize("text", LATER_STATES)
def test_a_better_later_state_after_the_speaker_s_work_is_a_result(text):
    finding = check_answer(text).finding("company_result")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_later_state_of_the_speaker_or_of_no_work_of_theirs_is_no_result(text):
    finding = check_answer(text).finding("company_result")
    assert not finding.ok, finding.message


def test_a_later_state_is_no_arc_of_the_speaker_s_growth():
    """The same reading serves growth: a time after the work that tells the organisation's
    state is not read as the end of the speaker's arc."""
    text = ("Members at the climbing wall usually stopped coming after a month. I started a "
            "Tuesday club for beginners, and by the end of the year over half our members "
            "were people who had come back.")
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert not check.finding("skill_growth").ok
    assert not check.verdict.strong
