"""Results that only look like results (issue 21, check27): a generic claim that names no
change ("Boosted revenue, optimised processes and delivered value") and a guess at an effect
("I'd like to think the new labels brought more people in") are no result for the organisation;
the same claims told with what changed, as fact, are. Sentences in other words than the material
that showed each class."""

from __future__ import annotations

import pytest

from workshop.check import check_answer

GREW = "At the print shop I learned to run the big Heidelberg press on my own. "


def _result(text: str):
    return next(f for f in check_answer(text).findings if f.code == "company_result")


@pytest.mark.parametrize("text", [
    GREW + "I'd like to think the new price list I made brought in a few more customers.",
    GREW + "It probably saved the shop a bit of money on wasted paper, I reckon.",
    GREW + "The job cards I designed were expected to cut reprints, in theory anyway.",
])
def test_a_guess_at_an_effect_is_no_result(text):
    """A hedge in the sentence ("I'd like to think", "probably", "expected to") makes the effect
    a guess, and the learned second opinion does not pass it either."""
    finding = _result(text)
    assert not finding.ok
    assert not check_answer(text).verdict.strong


@pytest.mark.parametrize("text", [
    GREW + "The new price list I made brought in a few more customers, the owner told me.",
    GREW + "Once I set up the paper log, the shop stopped wasting whole reams on misprints.",
])
def test_the_effect_said_as_fact_is_a_result(text):
    assert _result(text).ok
