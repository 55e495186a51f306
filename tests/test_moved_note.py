"""A note of a measure that moved, typed with no verb ("unfilled BSL bookings down from about 1 in 5
to around 1 in 20"), is said with "went", never as the speaker's doing: blind raters (r34) marked
"I unfilled BSL bookings down from ..." in five drafts. A verb that takes "down"/"up" with an
object ("cut costs down by 20%") keeps it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from workshop.spoken import moved_note, speech


@pytest.mark.parametrize("note, said", [
    ("Helped redesign interpreter booking \u2013 unfilled BSL bookings down from about 1 in 5 to "
     "around 1 in 20",
     "Helped redesign interpreter booking. Unfilled BSL bookings went down from about 1 in 5 to "
     "around 1 in 20"),
    ("rebuilt the rota - missed shifts down from 12 to 3 a month",
     "rebuilt the rota. Missed shifts went down from 12 to 3 a month"),
    ("missed calls down by half", "missed calls went down by half"),
    ("late deliveries down from 30 to 4 a week", "late deliveries went down from 30 to 4 a week"),
    ("unsold loaves up by a third", "unsold loaves went up by a third"),
])
def test_a_measure_that_moved_is_said_with_went(note, said):
    assert speech(note) == said


@pytest.mark.parametrize("note", [
    "I brought waste down by a third",  # the speaker's doing, a verb with "down"
    "cut costs down by 20%",
    "pushed prices up by 5%",
    "sales up by 20%",  # one word: left as it is
    "we went up to 35",
    "managed crew of up to 35 freelancers on show days",  # a ceiling, no move
])
def test_a_verb_that_takes_down_or_up_keeps_it(note):
    assert moved_note(note) == note


@pytest.mark.parametrize("statement", [
    "managed crew of up to 35 freelancers on show days",
    "ran a team of up to 12 on nights",
])
def test_a_ceiling_in_a_result_is_never_said_as_a_move(statement):
    """'a crew of up to 35' is at most 35: never 'Managed crew of went up to 35' (r34)."""
    from workshop.model import Result
    from workshop.result_number import read_result

    told = read_result(Result(statement=statement, value=35, unit="crew", scope="team")).told
    assert "went up" not in told
