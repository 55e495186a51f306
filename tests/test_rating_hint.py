"""04 says where a role's skill-growth rating and its own levels in 02 disagree, by 02's
rubric (issue 20: a participant rated growth 2, "one skill moved one level", while their own
entry moved the skill two levels, and 04 said nothing). The hint quotes the rating's rubric
line and what the levels say, and leaves both as they are: the participant decides which to
correct. A rating the levels fit gets no hint."""

from __future__ import annotations

import pytest

from workshop.model import Ratings, Role, Skill, TargetRole, Workspace
from workshop.rating_hint import growth_fit, growth_hint
from workshop.scoring import explain, rank


def _role(skills: tuple[Skill, ...], growth: int) -> Role:
    return Role(id="r1", title="Line Cook", organization="Harbour Grill", start="2018-01",
                end="2021-06", skills=skills, ratings=Ratings(growth, 3, 3))


ONE_FAR = (Skill("knife work", "novice", "competent"),)          # one skill, two levels
TWO_ONE = (Skill("knife work", "novice", "advanced beginner"),
           Skill("ordering stock", "competent", "proficient"))     # two skills, one each
ONE_ONE = (Skill("knife work", "novice", "advanced beginner"),)  # one skill, one level
FLAT = (Skill("knife work", "competent", "competent"),)           # nothing moved

DISAGREE = [(ONE_FAR, 2), (TWO_ONE, 2), (ONE_FAR, 1), (ONE_ONE, 3), (ONE_ONE, 5), (FLAT, 2)]
AGREE = [(ONE_FAR, 3), (ONE_FAR, 4), (TWO_ONE, 3), (ONE_ONE, 2), (FLAT, 1)]


@pytest.mark.parametrize(("skills", "growth"), DISAGREE)
def test_a_rating_the_levels_do_not_fit_gets_a_hint_in_04(skills, growth):
    role = _role(skills, growth)
    hint = growth_hint(role)
    assert hint and f"you rated it {growth}" in hint and "notebook 02" in hint
    fit = growth_fit(role)
    assert not fit.low <= growth <= fit.high
    ws = Workspace(target_role=TargetRole("Sous Chef"), roles=(role,))
    assert hint in explain(rank(ws))
    assert ws.roles[0].ratings.skill_growth == growth  # never changed by the kit


@pytest.mark.parametrize(("skills", "growth"), AGREE)
def test_a_rating_the_levels_fit_gets_none(skills, growth):
    role = _role(skills, growth)
    assert growth_hint(role) == ""
    ws = Workspace(target_role=TargetRole("Sous Chef"), roles=(role,))
    assert "Check the skill growth rating" not in explain(rank(ws))


def test_the_hint_names_the_skill_and_how_far_it_moved():
    hint = growth_hint(_role(ONE_FAR, 2))
    assert "'knife work' moved two levels, novice to competent" in hint
    assert "rates 3" in hint
