"""Growth told with no learn verb, as a before and an after (issue 21, check48, class 1): a start
told as how the speaker was ("I was painfully shy", "I started slow", "my first drafts came
back"; "a porter who'd never ...") and an end told as what others then did with the speaker
(put them on the tills, sent trainees to watch them, came to them with problems: "I was the
person everyone came to when ..."), or "a year later my <work> was ...". Each in several fields
and registers; the look-alikes stay no growth: someone else as the person people go to, a
contract that ended, a card at leaving, tenure, a duty, a course attended. Sentences written for
this test."""

from __future__ import annotations

import pytest

from tests.helpers_check import finding_ok

STRONG_GROWTH = [
    # a start told as how the speaker was, an end told as what others then did
    "I was so shy back then that I let the phone ring out. By the time I left the practice they "
    "were putting me on the front desk for the Monday rush.",
    "At the garage I started slow, checking every torque setting twice. After a few months I was "
    "doing the MOT prep on my own.",
    "When I started on the wards I was painfully shy. Two years on I was the person the other "
    "nurses came to with a difficult family.",
    "honestly at first i was useless with the till system, now im the person everyone on the "
    "shop floor goes to when a refund gets stuck",
    "My first term I couldn't get the Year 8s to sit down. By the summer the deputy head was "
    "sending her trainees to watch my lessons.",
    "My first funding bids came back from the panel with pages of comments. I started writing "
    "the outcome in the first line of each section. A year later my bids were going through "
    "with no changes.",
    "I was a cleaner who'd never ordered stock in my life, and after a year I was running the "
    "supplies for all three buildings.",
    "My first attempts at a payroll run took me two days. By my third quarter everyone in the "
    "office came to me when the pension figures would not balance.",
]

NO_GROWTH = [
    # someone else is the person people go to
    "I was really shy as a kid. My supervisor was the person everyone went to when the tills "
    "jammed.",
    # the after names no growth: a contract that ended, a card at leaving
    "When I joined I had never used SAP. A year later my contract ended and I moved to Leeds.",
    # tenure, a duty, more responsibility: nothing grown
    "I was there for three years and I answered the phones and booked the rooms.",
    "I was nervous at first. Over time I was given more responsibility and a bigger desk.",
    # customers coming to the counter is the duty, not colleagues asking
    "I was so shy at first. The customers came to me for their prescriptions every morning.",
    # a start with no end
    "I was very nervous on my first day on the ward and I still am sometimes.",
]


@pytest.mark.parametrize("text", STRONG_GROWTH)
def test_growth_told_as_a_before_and_an_after_counts(text):
    assert finding_ok(text, "skill_growth")


@pytest.mark.parametrize("text", NO_GROWTH)
def test_look_alikes_are_no_growth(text):
    assert not finding_ok(text, "skill_growth")
