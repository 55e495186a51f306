"""A goal that asks an act done to the organisation's own people it names with a qualifier
("lead a maintenance team", "develop junior colleagues") is backed by the act done to people,
or by the goal's other words, never by the people word alone (issue 21, class 6; check58): "the
finance team stopped overpaying" tells another team's work, not the leading of one. The people
may stand before the act, in a relative clause ("the temps I trained"). A goal that names such
an act as a skill ("excellent mentoring skills", "leadership") is backed by the act told as a
verb and done to people ("I mentored three new starters", "I led a team of six pickers"), not
by its bare form ("lead times", "a mentor") nor done to the speaker ("my manager mentored me").
The sentences are written for these tests (none is from a corpus).
"""

from __future__ import annotations

import pytest
from helpers_check import credited


@pytest.mark.parametrize("text", [
    "I learned to read the supplier contracts line by line, and within a year the finance team "
    "stopped overpaying the fruit wholesaler by about 8%.",
    "I learned to plan the cover rota, and within a year the evening team stopped running short "
    "and overtime fell by a third.",
])
def test_another_team_in_a_result_backs_no_goal_to_lead_a_team(text):
    assert credited(text, ["Lead a maintenance team"]) == []


@pytest.mark.parametrize(("text", "goal"), [
    # the act done to the people the goal names
    ("I led the maintenance team through the boiler replacement, and breakdowns fell from "
     "weekly to twice a year.", "Lead a maintenance team"),
    # the people before the act, in a relative clause
    ("Becoming a supervisor taught me to give feedback straight away; four of the temps I "
     "trained were kept on permanently by the summer.", "Train and develop junior colleagues"),
])
def test_the_act_done_to_people_backs_the_goal(text, goal):
    assert credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    ("At the depot I learned to plan the picking waves, and I led a team of six pickers on "
     "nights; mis-picks fell by half in a year.", "Develop leadership skills"),
    ("I mentored three new starters on the tills, and all of them were serving alone within a "
     "fortnight.", "Excellent mentoring skills"),
])
def test_an_act_named_as_a_skill_is_backed_by_the_act_done_to_people(text, goal):
    assert credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    ("At the depot I learned to plan the picking waves, and lead times on our orders fell by a "
     "third in a year.", "Develop leadership skills"),
    ("At the depot my manager mentored me for a year, and I learned to plan the picking waves; "
     "lead times fell by a third.", "Excellent mentoring skills"),
])
def test_an_act_named_as_a_skill_is_not_backed_by_a_look_alike(text, goal):
    assert credited(text, [goal]) == []
