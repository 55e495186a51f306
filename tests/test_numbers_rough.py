"""A rough number told with "-odd" or "-ish" ("200-odd sheets", "30-ish minutes") is a number of
what follows it (issue 21, check36): it measures a result as "about 200 sheets" would. Sentences
in other words than the eval material that showed the class."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.numbers import quantities


@pytest.mark.parametrize(("text", "unit"), [
    ("we stopped binning 300-odd labels a shift", "labels"),
    ("the wait came down to 15-ish minutes", "minutes"),
    ("it saved us 40odd calls a week", "calls"),
])
def test_a_rough_number_counts_what_follows_it(text, unit):
    found = quantities(text)
    assert found and found[0].unit == unit


def test_a_rough_number_measures_a_result():
    check = check_answer("I learned to set up the label printer. I re-ran the templates and we "
                         "stopped binning 300-odd labels a shift.")
    findings = {f.code: f for f in check.findings}
    assert findings["company_result"].ok and findings["quantified"].ok


def test_a_rough_number_of_routine_is_still_no_result_number():
    check = check_answer("I learned to set up the label printer. We printed 300-odd labels a "
                         "shift on it, and I kept the stock of rolls.")
    assert not {f.code: f for f in check.findings}["quantified"].ok


def test_a_word_that_only_starts_like_a_hedge_is_no_number():
    assert quantities("the Model 200-Odyssey printer") == []
