"""The number reader and the answer check on numbers as people write and say them locally
(issue 21, check19): rough counts that end a change ("dropped into single digits"), rates per
shift or night told as a change, a hedge such as "like" or "just", the hours of a working day
("on the tills from 8 till 4") that are no change, and the speaker's own speed or rate ("my own
call times", "45 -> 80 wpm") that is no result for the organisation. The sentences here are
written apart from the studied set ``tests/eval/probe_numbers/`` that showed the classes."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.numbers import first_quantity, quantities


def _codes(text: str) -> dict[str, bool]:
    return {f.code: f.ok for f in check_answer(text).findings}


@pytest.mark.parametrize("text, value", [
    ("Missed deliveries dropped into single digits by spring.", 9.0),
    ("Our write-offs came down to a handful each quarter.", 5.0),
    ("Complaints fell to just single figures once the new menu went in.", 9.0),
])
def test_a_change_that_ends_at_a_rough_count_holds_that_count(text, value):
    """"Fell to single figures", "down to a handful": a count told without a digit, where a
    change ends, measures the change."""
    found = quantities(text)
    assert [q.value for q in found] == [value]


@pytest.mark.parametrize("text, value, before", [
    ("Spills went from about 14 a night to just 2.", 2.0, 14.0),
    ("Call-outs went from 40-odd a month to under ten.", 10.0, 40.0),
    ("Re-work dropped from like 9 a shift to only 1.", 1.0, 9.0),
])
def test_a_rate_per_period_told_as_a_change_is_one_change(text, value, before):
    """"From about 14 a night to just 2": one count a period, its old value kept, whatever
    hedge stands before either number."""
    (q,) = quantities(text)
    assert (q.value, q.before) == (value, before)


@pytest.mark.parametrize("text", [
    "I was on the tills from 8 till 4 most days.",
    "She worked 10 to 6 on the help desk.",
    "I did the 3-11 shift on the ward.",
    "The kitchen was open 11 to 11 and I ran the pass.",
])
def test_the_hours_of_a_working_day_are_no_quantity(text):
    """A range of two hours of the day beside a word of work time is when, not how much."""
    assert quantities(text) == []


@pytest.mark.parametrize("text, value", [
    ("Wrong orders went from 8 to 3 a week.", 3.0),
    ("We cut the rota gaps from 9 to 4.", 4.0),
    ("Late vans fell from 12 to 2 each shift.", 2.0),
])
def test_two_small_numbers_after_a_word_of_change_stay_a_change(text, value):
    """The same shape after "went", "cut" or "fell" is a change, shift word or not."""
    assert [q.value for q in quantities(text)] == [value]


def test_a_result_beside_the_hours_of_a_shift_holds_no_number():
    """"I was on reception from 6 to 2" beside a result: the result is read, and has no
    number (the hours are no measure of it)."""
    codes = _codes("I worked reception from 6 to 2 and learned to use the booking system, "
                   "and I got the double bookings to stop.")
    assert codes["company_result"] and not codes["quantified"]


@pytest.mark.parametrize("text", [
    "At the agency I learned shorthand, and my own dictation speed went from 60 to 110.",
    "learned audio typing at the surgery, 45 -> 80 wpm by christmas",
    "I learned to key the invoices, and went from 200 lines an hour to 500.",
])
def test_the_speakers_own_speed_is_no_result_for_the_organisation(text):
    """How fast the speaker got ("my own ... went from", words a minute, lines an hour) shows
    the skill grew; it is no result for the organisation, and its number no result's."""
    codes = _codes(text)
    assert not codes["company_result"] and not codes["quantified"]


@pytest.mark.parametrize("text", [
    "I learned to plan the pick waves, and the warehouse went from 3 late trucks a day to 1.",
    "I trained the night staff, and our own waste bill went down by half."
])
def test_an_organisations_rate_stays_a_result(text):
    """The organisation's rate (its trucks, its waste bill) is still a result with a number."""
    codes = _codes(text)
    assert codes["company_result"] and codes["quantified"]


@pytest.mark.parametrize("text", [
    "We were turning round close to double what the other yard managed.",
    "I learned the pricing tool and we cut markdowns by like a quarter.",
])
def test_a_multiple_or_fraction_after_a_hedge_is_read(text):
    """"Close to double what ...", "by like a quarter": the hedge does not hide the amount."""
    assert quantities(text)


@pytest.mark.parametrize("text", [
    "1/" * 2500, "1 " * 2500, "1:" * 2500, "x " * 3000 + "we saved 40%", "ab 12 cd " * 600,
    "from 7 to 3 " * 400,
])
def test_the_first_quantity_of_a_long_text_is_its_whole_reading_first(text):
    """``first_quantity`` reads a long paste's first stretch only, and gives what reading it
    all gives first."""
    whole = quantities(text)
    first = first_quantity(text)
    assert (first is None and not whole) or first == whole[0]


def test_a_spoken_aside_between_by_and_a_fraction_keeps_the_fraction():
    """"Went down by, I reckon, a third": the aside does not cut the fraction from its verb."""
    (q,) = quantities("Food waste went down by I reckon a third.")
    assert q.value == pytest.approx(33.3, abs=0.1)


@pytest.mark.parametrize("text", [
    "Wages \u00a318k \u2192 \u00a323k in two years at the depot.",
    "I got Driver of the Year twice running.",
    "That was four grades up in under three years.",
])
def test_the_speakers_pay_awards_and_steps_up_are_no_result(text):
    """A salary drawn with an arrow, an award of the month or year, steps up a ladder: the
    speaker's own gain, neither a result for the organisation nor its number."""
    codes = _codes(text)
    assert not codes["company_result"] and not codes["quantified"]
