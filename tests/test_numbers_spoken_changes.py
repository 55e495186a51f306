"""A result's measure as people say it (issue 21, check48): a change from a rough count to
another ("from hundreds of tickets to a handful", "from several a month to none"), a number word
after a hedge of size ("from over a hundred to under ten"), a hedge of two words ("something
like a third"), a length of time against another ("after a week instead of a month"), and a
spoken aside between the change and its amount ("went up, I think by about a fifth"; "by, I'd
say, a quarter"). Each in several fields and registers, with look-alikes that stay no result's
number. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers_check import finding_ok
from workshop.numbers import quantities


@pytest.mark.parametrize(("text", "value", "before"), [
    ("the queue went from hundreds of tickets to a handful", 5.0, 100.0),
    ("complaints about the bins went from dozens to none", 0.0, 12.0),
    ("late loads went from several a week to none", 0.0, 4.0),
    ("we went from a few a night to zero", 0.0, 3.0),
    ("misfiled records fell from over a hundred to under ten", 10.0, 100.0),
    ("the wait list went from more than a thousand to about fifty", 50.0, 1000.0),
])
def test_a_change_told_in_rough_counts_is_one_quantity(text, value, before):
    found = [q for q in quantities(text) if q.before is not None]
    assert found and found[0].value == value and found[0].before == before


@pytest.mark.parametrize("text", [
    "I moved from several teams to a handful of projects",  # no fall: a handful is more
    "I went from hundreds of pages to a few",  # "a few" ends nothing: no count word for it
    "I talked to a few customers",
    "we went over a hundred ideas",
])
def test_look_alikes_are_no_rough_change(text):
    assert not [q for q in quantities(text) if q.before is not None]


@pytest.mark.parametrize(("text", "said"), [
    ("new staff were on the tills alone after a week instead of a month", "a week"),
    ("the lab got its results in a day rather than a week", "a day"),
    ("we turned the orders round in an hour instead of two days", "an hour"),
])
def test_a_length_of_time_against_another_is_a_measure(text, said):
    assert [q.text for q in quantities(text) if q.kind == "time_span"] == [said]


def test_a_length_of_time_against_a_doing_is_none():
    assert quantities("I chose a week instead of going abroad") == []


@pytest.mark.parametrize("text", [
    "it went up by something like a third",
    "bookings rose by somewhere around 20%",
    "waste came down by in the region of a quarter",
])
def test_a_hedge_of_two_words_keeps_its_amount(text):
    assert [q for q in quantities(text) if q.kind == "percent"]


GREW = "When I started I couldn't read a delivery note; by the end I ran the goods-in desk. "


@pytest.mark.parametrize("result", [
    "The missed-dose reports on nights went from several a month to none.",
    "That one macro took the month-end queue from hundreds of invoices to a handful.",
    "the backlog of open requests went from over a hundred to under ten.",
    "New drivers were out on their own after a week instead of a month.",
    "And the loans, they went up, I think by something like a third, in my two years.",
    "We cut what went in the skip by, I'd say, a quarter.",
    "so our returns dropped, i reckon by about a fifth",
    "Wastage come down, I think, by maybe half.",
])
def test_the_result_told_so_is_quantified(result):
    assert finding_ok(GREW + result, "quantified")


@pytest.mark.parametrize("result", [
    "We cut what went in the skip, I'd say, and the yard looked better in 2019.",
    "I ordered the stock, I think for about twelve stores.",
    "I worked there a week instead of a month, then the contract ended.",
    "Sales went up, I think because of the weather.",
])
def test_look_alikes_stay_without_a_number(result):
    assert not finding_ok(GREW + result, "quantified")


# A number in a result's sentence that is no measure of the change (class 2's look-alikes):
# a length told as seasons or terms, a scope ("across its three sites", "the other two
# hotels"), the speaker's own group ("there were two of us") and a career's steps ("two
# grades"); beside each, its mirror that measures the change.
@pytest.mark.parametrize(("result", "measured"), [
    ("We had no lost-time injuries on my site over two seasons.", False),
    ("Lost-time injuries on my site fell from six to two over two seasons.", True),
    ("The council decided to use my checklist across its four depots.", False),
    ("The council cut missed bins across its four depots by a third.", True),
    ("Now the other three branches of the chain use my rota too.", False),
    ("Now the other three branches use my rota and their overtime fell by 15%.", True),
    ("Because there were two of us who could drive the crane, the site stopped hiring one in.",
     False),
    ("Because I could drive the crane, the site stopped hiring one in and saved £8,000.", True),
    ("The best thing it gave me was moving up two grades in a year.", False),
    ("Moving the orders to the new system cut our errors by two thirds in a year.", True),
])
def test_numbers_that_measure_no_change_are_not_the_results(result, measured):
    assert finding_ok(GREW + result, "quantified") is measured


def test_grades_a_change_is_told_in_stay_its_measure():
    assert finding_ok("Tutoring taught me to find where a pupil gets lost. My pupils went up by "
                      "at least one grade on average.", "quantified")
