"""Perks as people type them (blind raters r19 heard a draft say a typed perk as the
participant's reason: the check had not read it as a perk, so the draft told it). In other
words than theirs; the look-alikes are the work itself, not what the job gave."""

from __future__ import annotations

import pytest

from workshop.check import pitfall_phrases
from workshop.personal_value import say_value


@pytest.mark.parametrize("typed", [
    "two days WFH and a laptop",
    "hybrid, 2 days in the office",
    "TOIL for every late shift, i.e. time off in lieu",
    "staff travel, so I flew home cheap",
    "the cheap flights to see my parents",
])
def test_a_typed_perk_is_a_perk(typed):
    assert "perks" in pitfall_phrases(typed)


@pytest.mark.parametrize("typed", [
    "I set up remote working for 40 staff in a week",
    "I wrote the hybrid working policy the board signed off",
    "I planned the travel for the sales team",
])
def test_the_work_itself_is_no_perk(typed):
    assert "perks" not in pitfall_phrases(typed)


def test_a_typed_perk_is_never_said_as_the_reason():
    said = say_value("hybrid, 3 days WFH and staff travel", current=True)
    assert said.sentence == "" and said.problem == "pitfall"
