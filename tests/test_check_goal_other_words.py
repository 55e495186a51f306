"""A goal met in other words (issue 21 point 6, check56): the outcome named concretely for an
abstract goal ("breakdowns" and "jams" are downtime), a kind of a general thing the goal names
(a quiz night is entertainment), a synonym family ("lonely" for isolation), another part of
speech ("safely" for "safe"), a measure told as a rank ("the best rebooking rate in the
salon"). The look-alikes: a kind names no general thing the other way round, a word that only
shares a change verb with the goal ("complaints stopped" for downtime) backs nothing, and a
recital stays a recital. The sentences are written for these tests (none is from a corpus).
"""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


@pytest.mark.parametrize(("text", "goal"), [
    # jams are downtime, told with no number
    ("The envelope folder at the mailing house kept stopping with paper caught in the rollers. "
     "I moved the paper store away from the door. The jams nearly disappeared.",
     "Minimise equipment downtime"),
    # a bingo night and karaoke are entertainment
    ("On the holiday park I learned to host the Friday bingo and the karaoke for two hundred "
     "guests, and by August I was running the whole programme.",
     "Plan and deliver evening entertainment"),
    # lonely is isolation
    ("I phoned every older tenant on the estate once a week, and the number of lonely "
     "residents coming to our Tuesday club went from six to thirty in a year.",
     "Tackle isolation among older residents"),
    # safely is safe
    ("In the care home I learned to move residents safely with a hoist and slide sheets, and "
     "by spring I was the one showing new carers how.", "Promote safe practice"),
    # a rank is a measure
    ("The senior stylist taught me to ask about their month and fix a date for the next cut at "
     "the till. By the spring my chair was never empty, and my rebooking was the best in the "
     "salon.", "Grow loyal clients through rebooking"),
    # parcels are orders
    ("At the online bookshop I went from wrapping forty parcels an hour to ninety by the end of "
     "my first month, once I laid the bench out the way I reached for things.",
     "Process orders quickly"),
    # a form on the homepage is digital
    ("At the surgery I got the practice to put a repeat-prescription form on the homepage and "
     "showed patients at the desk how to find it; phone requests fell from 200 a week to 60.",
     "Improve digital uptake among patients"),
    # changeovers are what OEE and SMED measure
    ("On the canning line I filmed our size changeovers and moved the change parts onto a cart "
     "by the machine, and changeovers went from an hour to fifteen minutes.",
     "Drive OEE improvement"),
])
def test_a_goal_met_in_other_words_is_backed(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # a change verb shared with the goal's outcome is no downtime
    ("At the travel agency I rewrote the refund letter, and complaints about refunds stopped "
     "within a month.", "Reduce downtime"),
    # one way: a quiz night is entertainment, entertainment is no quiz
    ("At the hotel I learned to plan the whole entertainment programme for the summer season, "
     "and bookings for the half-board package went up by a fifth.", "Host quiz nights"),
    # the same answer with no rank: the goal's word said, nothing measured
    ("The senior stylist taught me to ask about their month and fix a date for the next cut at "
     "the till. By the spring my chair was never empty, and my rebooking was superb.",
     "Grow loyal clients through rebooking"),
    # the shop's work named, no order moved
    ("At the bookshop I learned to wrap gifts neatly and chat to customers at the till.",
     "Process orders quickly"),
])
def test_a_look_alike_in_other_words_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []
