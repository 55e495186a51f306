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
    "1/" * 10_000, "1 " * 10_000, "1:" * 10_000, "ab 12 cd " * 2_200, "from 7 to 3 " * 1_600,
    *("x" * at + " went from about 20 a shift to just 5, then 9:30 " * 40 for at in
      (7_000, 7_230, 7_300, 7_420, 7_440, 7_460, 14_700, 19_000)),
    "no number at all here, " * 800,
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
    "Pay \u00a318k \u2192 \u00a323k in two years at the depot.",
    "I got Driver of the Year twice running.",
    "That was four grades up in under three years.",
])
def test_the_speakers_pay_awards_and_steps_up_are_no_result(text):
    """A salary drawn with an arrow, an award of the month or year, steps up a ladder: the
    speaker's own gain, neither a result for the organisation nor its number."""
    codes = _codes(text)
    assert not codes["company_result"] and not codes["quantified"]


@pytest.mark.parametrize("text", [
    "Orders out the same day: 55% -> 90% after I rebuilt the picking plan.",
    "Wage bill: \u00a340k \u2192 \u00a331k a month once I redid the rota.",
])
def test_a_labelled_measure_with_a_colon_is_a_result_with_its_number(text):
    """Notes write a measure as a label, a colon and its change: the label is what changed."""
    codes = _codes(text)
    assert codes["company_result"] and codes["quantified"]


def test_the_speakers_own_pay_as_a_labelled_change_is_no_result():
    """"Base pay: 24k -> 29k": a label and a colon do not make the speaker's pay a result."""
    codes = _codes("Base pay: 24k -> 29k in a year.")
    assert not codes["company_result"] and not codes["quantified"]


@pytest.mark.parametrize("text", [
    "Support engineer, 2017\u201319, at a software house.",
    "I was there 2008-11 on the night desk.",
])
def test_the_two_digit_end_of_a_range_of_years_is_a_year(text):
    """"2017\u201319": the range's end is a year, no amount."""
    assert quantities(text) == []


@pytest.mark.parametrize("text", [
    "when I raised it with my line manager, nothing happened.",
    "I raised a grievance about the rota.",
])
def test_raising_an_issue_is_no_result(text):
    """"I raised it", "raised a grievance": a complaint made, not something that went up."""
    assert not _codes(text)["company_result"]


def test_a_span_ahead_of_a_date_is_a_measured_change():
    """"Two weeks ahead of the deadline", "a month early": time gained, a result's number."""
    found = quantities("We signed the building off two weeks ahead of the deadline.")
    assert [q.kind for q in found] == ["time_span"]


def test_a_number_measuring_the_speakers_skill_is_not_the_results():
    """"Going from 50 to 90 words a minute" beside a result: the typing speed measures the
    skill; the result ("the practice stopped sending letters out to be typed") has no number."""
    codes = _codes("At the surgery I got quick at audio typing, going from 50 to 90 words a "
                   "minute, so the practice stopped sending its letters out to be typed.")
    assert codes["company_result"] and not codes["quantified"]


@pytest.mark.parametrize("text", [
    "Missed payments dropped to nil within the year after I set up the reminders.",
    "Chargebacks came down to nil once I tightened how we checked refunds.",
])
def test_a_change_down_to_nil_holds_a_number(text):
    """"Down to nil": a count of zero where the change ends."""
    assert _codes(text)["quantified"]


def test_a_company_growing_while_the_speaker_was_there_is_no_result_of_theirs():
    """"I joined when it was ... by the time I left ...": the company's growth told beside the
    speaker's time there, with no part of theirs in it, is no result of theirs."""
    codes = _codes("I joined the agency when it had three clients, and by the time I left it "
                   "had forty and turnover had doubled.")
    assert not codes["company_result"] and not codes["quantified"]


@pytest.mark.parametrize("text", [
    "Switched the couriers, shipping spend down roughly 25k a year.",
    "Rewrote the FAQ. Call volume down a quarter.",
])
def test_a_note_with_a_measure_down_by_a_hedged_amount_or_fraction_is_a_result(text):
    """Typed notes drop the verb: "spend down roughly 25k", "volume down a quarter"."""
    codes = _codes(text)
    assert codes["company_result"] and codes["quantified"]


@pytest.mark.parametrize("text", [
    "I jotted down about 30 ideas for the stand.",
    "I set up a fifth till at weekends.",
])
def test_a_phrasal_verb_of_the_speaker_before_an_amount_is_no_result(text):
    """"I jotted down about 30", "I set up a fifth till": the speaker's doing, no change."""
    assert not _codes(text)["company_result"]
