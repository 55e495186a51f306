"""What is told like a result and is not one (issue 21, class 3): an award or a title won, the
organisation's growth told as what happened during the speaker's years there, and help that
keeps things as they were ("by keeping the yard tidy", "to stay on top of the post"). And a
"going to" that names where something went, not a plan, does not stop a result. The sentences
are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok


@pytest.mark.parametrize("text", [
    "The crew was wonderful and we won Depot of the Year twice.",
    "I learned to braid and I won the salon's stylist of the month award.",
    "The charity tripled its donor base in the four years I was there.",
    "I helped the surgery by keeping the waiting room tidy all day.",
    "I helped the office to stay on top of its post.",
])
def test_told_like_a_result_but_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "We won a three-year cleaning contract with the council after my pitch.",
    "In the two years I was there I rebuilt the price list, and margins rose 6%.",
    "I helped the shop keep its energy bill down by 15%.",
    "I learned to mediate, and the disputes going to court fell from twenty a year to five.",
])
def test_the_look_alike_results_still_count(text):
    assert _ok(text, "company_result")


def test_an_offer_to_the_listener_is_no_result_and_backs_no_goal():
    """"I can ... for you" is what the speaker offers the new job, not what changed."""
    from workshop.check import check_answer

    check = check_answer("I can reduce your costs and speed up your deliveries for you.",
                         ["reduce costs"])
    assert not check.finding("company_result").ok
    assert not check.finding("goals_match").ok
