"""A gain for the organisation told in plain words (``workshop/gains.py``): money or business
won for it, an asset it kept, a place among its best, more of its business; and their
look-alikes, the speaker's own pay, prize or duty, and a gain with no work of the speaker's."""

import pytest

from workshop.check import check_answer

GAINS = [
    "I learned to write sponsorship letters at the rugby club, and my letters won the club "
    "six thousand pounds for new kit.",
    "I took over the tender paperwork for the cleaning firm and taught myself the council's "
    "scoring rules; we held on to the hospital contract the next spring.",
    "I taught myself to service the coffee machines, so we kept the repairs in house instead "
    "of calling out an engineer.",
    "I started a Thursday storytime for toddlers that became one of the library's "
    "best-attended sessions.",
    "I learned to photograph the menu properly for the delivery apps, and the restaurant got "
    "a lot more weekday orders.",
]

NOT_GAINS = [
    # the speaker's own pay or prize
    "I learned to sell the extended warranties, and I got a bonus of five hundred pounds.",
    "I learned to plan the floor layouts and I won employee of the month twice.",
    # a duty: the speaker keeping records, not the organisation keeping an asset
    "I learned the filing system and I kept the client records up to date.",
    # the speaker's own rank
    "I learned to cut hair fast and became one of the best stylists in the salon.",
    # a gain with no work or growth of the speaker's before it
    "The museum got a lot more visitors that year. It was a lovely place to work.",
]


@pytest.mark.parametrize("text", GAINS)
def test_a_gain_for_the_organisation_told_in_plain_words_is_a_result(text):
    finding = check_answer(text).finding("company_result")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", NOT_GAINS)
def test_the_speaker_s_own_gain_or_a_duty_is_no_result(text):
    finding = check_answer(text).finding("company_result")
    assert not finding.ok, finding.message


def test_money_won_for_the_organisation_is_the_result_s_number():
    check = check_answer("I learned to write funding bids at the food bank, and my first bid "
                         "got us twelve thousand pounds for a second van.")
    assert check.finding("company_result").ok
    assert check.finding("quantified").ok, check.finding("quantified").message
