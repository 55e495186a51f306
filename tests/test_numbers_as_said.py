"""Numbers as people say them (issue 21, check16): a fraction in words is a share, not a count;
a currency letter or a multiple's mark written against the digits is money or a multiple; "pc"
after a number is a percentage. Written in other words than any eval set."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.numbers import quantities


def _read(text: str) -> list[tuple[str, float]]:
    return [(q.kind, round(q.value, 1)) for q in quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("We closed three quarters of the open tickets.", [("percent", 75.0)]),
    ("She answered two thirds of the letters herself.", [("percent", 66.7)]),
    ("Complaints fell by three quarters.", [("percent", 75.0)]),
    ("Attendance went from roughly two thirds to nearly everyone.", [("percent", 66.7)]),
    ("Four fifths of the vans now leave on time.", [("percent", 80.0)]),
    ("Eight in ten callers were sorted on the first call.", [("percent", 80.0)]),
])
def test_a_fraction_in_words_is_a_share_not_a_count(text, expected):
    """"two thirds of X" is 66.7%, never a count of 2 thirds; "three quarters of" is a share,
    not three quarters of a year."""
    assert _read(text) == expected


def test_quarters_alone_stay_a_length_of_time():
    """With no "of" and no change before it, "three quarters" is a length of time."""
    assert _read("I stayed for three quarters.") == [("duration", 3.0)]


@pytest.mark.parametrize("text, unit, value", [
    ("The new supplier saved the farm R240 000 in a year.", "ZAR", 240000.0),
    ("It cut the fuel bill by R3,200 a month.", "ZAR", 3200.0),
    ("That brought in Rs750 more per order.", "\u20b9", 750.0),
    ("We recovered KSh12,500 in late fees.", "KES", 12500.0),
    ("The sponsorship raised R1.5m.", "ZAR", 1500000.0),
])
def test_a_currency_letter_against_the_digits_is_money(text, unit, value):
    """"R240 000", "Rs750", "KSh12,500": money in that currency."""
    found = quantities(text)
    assert [(q.kind, q.unit, q.value) for q in found] == [("money", unit, value)]


@pytest.mark.parametrize("text", ["The R2 is a small robot.", "We drove the R5 north.",
                                  "It ran on x86 servers.", "We bought a 4x4 for the farm."])
def test_a_letter_or_mark_before_a_small_number_is_a_name(text):
    """"R2", "R5" (a road, a model) and "x86" are names, not money or a multiple."""
    assert not [q for q in quantities(text) if q.kind in ("money", "multiple")]


@pytest.mark.parametrize("text, expected", [
    ("Sign-ups went x4 after the redesign.", [("multiple", 4.0)]),
    ("Returns dropped 9pc in a quarter.", [("percent", 9.0)]),
    ("Margins rose 3 pc.", [("percent", 3.0)]),
])
def test_a_mark_before_or_pc_after_a_number(text, expected):
    """"x4" is a multiple; "9pc" and "3 pc" are percentages, as newspapers write them."""
    assert _read(text) == expected


def test_the_check_counts_a_glued_currency_in_a_result():
    """05's check gives the result its number when the amount is written "R60 000"."""
    answer = ("At the co-op I learned to price the harvest; at first I couldn't read a market "
              "report, and by my second year I set the prices for every crop. I moved our "
              "sales to the town market and it earned the co-op R60 000 more that season.")
    finding = check_answer(answer).finding("quantified")
    assert finding.ok and "R60 000" in finding.message


_GROWN = ("At the bakery I learned to plan the ovens; at first I could only follow the sheet, and "
          "by spring I wrote the baking plan for both shops. ")


@pytest.mark.parametrize("result, number", [
    ("I moved the proving to the night shift and unsold loaves dropped. Just over 20 percent, "
     "by the owner's count.", "20 percent"),
    ("I rewrote the order sheet and mistakes fell away. The tally: from 9 a week to 1.",
     "from 9 a week to 1"),
    ("I changed the delivery round and fuel costs dropped. The owner ran the sums and it came "
     "out near a fifth lower.", "a fifth"),
])
def test_a_measure_told_in_the_next_sentence_counts(result, number):
    """The size of a result said in the sentence after it: a bare figure, a few words and a
    colon, or a later clause that points back ("it came out near a fifth lower")."""
    finding = check_answer(_GROWN + result).finding("quantified")
    assert finding.ok and number in finding.message


@pytest.mark.parametrize("result", [
    "I changed the delivery round and cut fuel costs. 25 drivers worked out of that yard.",
    "I changed the delivery round and cut fuel costs. The owner said it was the best round "
    "in 30 years.",
])
def test_a_size_in_the_next_sentence_is_no_measure(result):
    """A count or a length of time in the next sentence measures nothing."""
    assert not check_answer(_GROWN + result).finding("quantified").ok


def test_a_count_a_period_that_changed_keeps_its_period():
    """"from 9 a week to 1" is one count a week, down from nine, not two bare amounts."""
    (q,) = quantities("Breakages went from 9 a week to 1.")
    assert (q.kind, q.value, q.before, q.unit) == ("count", 1.0, 9.0, "a week")


@pytest.mark.parametrize("result, number", [
    ("I cleaned up the van loading and breakages dropped. The depot manager reckoned it at "
     "roughly 30 percent.", "30 percent"),
    ("I rebuilt the supplier list and we cut spend; the auditors' figure was \u00a340,000.",
     "40,000"),
])
def test_a_measure_pointed_back_at_in_other_words(result, number):
    """"reckoned it at ...", "the auditors' figure was ...": the measure of the result before."""
    finding = check_answer(_GROWN + result).finding("quantified")
    assert finding.ok and number in finding.message


def test_a_share_of_the_speakers_own_time_is_no_result_number():
    """"three quarters of my week" says how the speaker spent the time, not what changed."""
    answer = _GROWN + ("Three quarters of my week went on the ovens, and the shop was calmer "
                       "after I changed the order of the bakes.")
    assert not check_answer(answer).finding("quantified").ok


@pytest.mark.parametrize("text, value, before, unit", [
    ("Turnaround went from 5 days to 2.", 2.0, 5.0, "days"),
    ("Sign-ups went from 40 members to nearly 90.", 90.0, 40.0, "members"),
])
def test_a_bare_second_number_of_a_change_takes_the_first_ones_unit(text, value, before, unit):
    """"from 5 days to 2" is two days down from five, one change, not "5 days" and a bare 2."""
    (q,) = quantities(text)
    assert (q.value, q.before, q.unit) == (value, before, unit)


@pytest.mark.parametrize("text", ["The orders were double what we planned for.",
                                  "By spring the class list was triple the autumn one."])
def test_was_double_is_a_multiple(text):
    """"were double", "was triple": a multiple, as "doubled" is."""
    assert [(q.kind, q.value) for q in quantities(text)][:1] in ([("multiple", 2.0)],
                                                                  [("multiple", 3.0)])


def test_was_double_booked_is_no_multiple():
    """"was double-booked" names a mix-up, not a multiple."""
    assert [(q.kind, q.value) for q in quantities("The hall was double-booked twice.")] == \
        [("multiple", 2.0)]  # "twice" alone

