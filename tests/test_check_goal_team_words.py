"""A goal about the people an organisation serves is not backed by its own staff: "team
members", "staff member", "crew members" are colleagues, not the members or customers a goal
names (participant look, issue 21: "I learned how to coach new team members" was quoted as
evidence for "Deliver an exceptional customer experience")."""

from __future__ import annotations

import pytest

from workshop.check import check_answer

COACHING = "That job is where I learned how to coach new team members on the tills."


@pytest.mark.parametrize("goal", ["Deliver an exceptional customer experience",
                                  "Deliver excellent patient care", "Grow gym membership"])
def test_the_teams_own_members_back_no_goal_about_those_served(goal):
    assert not check_answer(COACHING, (goal,)).finding("goals_match").ok


@pytest.mark.parametrize(("sentence", "goal"), [
    ("I signed up 40 new members for the credit union in a year.", "Grow membership"),
    ("I cut the wait for new patients from 14 to 5 days.", "Deliver excellent patient care"),
])
def test_members_and_customers_of_the_organisation_still_back_their_goal(sentence, goal):
    assert check_answer(sentence, (goal,)).finding("goals_match").ok
