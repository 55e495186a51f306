"""A number counts for a result only when it measures the change (issue 21, "a number belongs
to that change"): an hour of the day, a place's number and how often a duty was done are no
measure; a ranking place that moved, a rough share and a change told beside the result are."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.numbers import quantities


def _number(text: str):
    return check_answer(text).finding("quantified").number


@pytest.mark.parametrize("text", [
    "The bakery van was loaded by nine, so the cafes had bread before opening.",
    "We would lock the gates at five and head to the pub.",
    "I mopped the floors until 11, and the kitchen passed its hygiene visit.",
    "Before eight the phones rang nonstop, and my new menu options cut the wait.",
])
def test_an_hour_of_the_day_is_no_amount(text):
    assert [q.text for q in quantities(text) if q.value in (5, 8, 9, 11)] == []


@pytest.mark.parametrize("text,value", [
    ("We cut the wait by four and the clinic kept the new slots.", 4),
    ("Our team beat the target by ten.", 10),
    ("Satisfaction stood at 4 after the change.", 4),
    ("The score went up to nine.", 9),
])
def test_a_margin_a_level_or_a_change_after_at_or_by_is_still_an_amount(text, value):
    assert value in [q.value for q in quantities(text)]


def test_a_range_of_hours_keeps_its_own_reading():
    assert quantities("I covered the counter from 7 till 3 on Saturdays.") == []


@pytest.mark.parametrize("text", [
    "Line four used to stop every shift.",
    "The patients on ward nine were the ones I looked after.",
    "Bay two was where the forklifts queued.",
    "Route eleven was the longest run in the depot.",
])
def test_a_number_word_after_a_place_label_names_the_place(text):
    assert quantities(text) == []


def test_a_count_after_a_word_that_labels_nothing_stays_a_count():
    assert [q.value for q in quantities("We opened two new kiosks.")] == [2.0]


@pytest.mark.parametrize("text", [
    "Nearly half stayed on after the trial month.",
    "Just over half of the callers were sorted on the first call.",
])
def test_a_rough_half_is_a_share(text):
    assert [(q.value, q.kind) for q in quantities(text)] == [(50.0, "percent")]


def test_a_part_of_something_named_half_is_no_share():
    assert quantities("In the second half we went quiet.") == []


@pytest.mark.parametrize("text,value,before", [
    ("Our depot climbed from 9th to 2nd in the league table.", 2.0, 9.0),
    ("The bay went from the slowest in the region to third.", 3.0, None),
    ("The column went from the least-read page to one of the top five.", 5.0, None),
    ("The shop rose from the bottom of the area on returns to second.", 2.0, None),
])
def test_a_ranking_place_that_moved_is_a_change(text, value, before):
    (q,) = quantities(text)
    assert (q.value, q.before) == (value, before)


def test_an_ordinal_alone_is_still_no_amount():
    assert quantities("Our stall came 3rd at the county show.") == []


def test_time_taken_off_by_an_article_is_time_saved():
    (q,) = quantities("The wait for a table came down by about an hour.")
    assert (q.value, q.kind) == (1.0, "time_span")


def test_a_change_told_beside_the_result_measures_it():
    q = _number("Within a year our delivery times were down from an average of nine days to "
                "under four, and the customer base grew because word got round.")
    assert q is not None and q.before == 9.0


def test_a_plain_count_beside_the_result_does_not():
    assert _number("I phoned about 40 suppliers a week, and the surgery kept the new triage "
                   "line.") is None


@pytest.mark.parametrize("text", [
    "A resident's son told the nurse his mum was eating again after I changed her meals to "
    "little bowls every three hours, and the home made it the rule for everyone losing weight.",
    "I checked the fridges each 4 hours, and food waste fell.",
])
def test_how_often_a_duty_was_done_is_no_measure(text):
    assert _number(text) is None


@pytest.mark.parametrize("text", [
    "We'd finish the lifts at four and after that the ski school kept my booking sheet.",
    "Line three used to go down constantly and it mostly stopped once I caught the faults.",
])
def test_an_hour_or_a_place_beside_a_result_is_no_measure(text):
    assert _number(text) is None


def test_a_ranking_place_in_a_result_is_its_number():
    q = _number("After I redid the window displays the store climbed from 12th to 4th in the "
                "region.")
    assert q is not None and (q.value, q.before) == (4.0, 12.0)


def test_04_and_the_draft_count_a_ranking_place_as_05_does():
    """One reading of a result: the rank the check counts is the entry's number for 04 and the
    draft too, said with its own words (no "from 11th to 3rd what?")."""
    from workshop.model import Result
    from workshop.result_number import read_result

    statement = "our depot's safety ranking climbed from 11th to 3rd in the group"
    read = read_result(Result(statement))
    assert read.kind == "change" and read.number == "from 11th to 3rd" and not read.why
    assert _number(f"I ran the toolbox talks and {statement}.") is not None
