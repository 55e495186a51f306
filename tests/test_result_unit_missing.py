"""A result's number with no unit (issue 20, "a number with no unit"): "handling time fell by
3", or a value of 3 with an empty unit for "average handling time". Three what? The one reading
of a result does not count it, so 04 gives no points for it, the draft leaves the number out
(never "fell by 3"), the share file counts no number, and the coach's question area asks
"3 what?" and says where to add the unit. Where the unit is plain (things counted, a
percentage or a unit typed in the statement, a unit field) nothing is asked and the number
counts."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.coach import role_questions
from workshop.draft import plan_draft
from workshop.draft_read import RoleReading
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.result_number import read_result
from workshop.scoring import has_number, rank
from workshop.share import export_dict

SKILL = "phone coaching"


def _workspace(result: Result) -> Workspace:
    role = Role(id="r1", title="Call Centre Agent", organization="Lumen Energy",
                organization_kind="company", start="2019-05", end="2023-02",
                skills=(Skill(SKILL, "novice", "proficient"),), results=(result,),
                ratings=Ratings(4, 4, 4))
    return Workspace(target_role=TargetRole("Team Leader", ("coach new agents",)),
                     roles=(role,))


NO_UNIT = {
    "field": Result("I helped the team to shorten average handling time",
                    metric="average handling time", value=3, kind="change"),
    "field, from and to": Result("I brought down our energy costs",
                                 metric="monthly energy costs", value=900, from_value=1500),
    "typed": Result("Our average handling time fell by 3", scope="team"),
    "typed, from and to": Result("I cut the wait for a callback from 50 to 20", scope="team",
                                 metric="callback wait"),
}
PLAIN = {
    "things counted": Result("Complaints fell by 15 in a quarter", scope="team"),
    "a percentage typed": Result("I cut the average handling time by 15%", scope="team"),
    "a unit typed": Result("I cut the callback wait from 50 to 20 minutes", scope="team"),
    "a unit field": Result("I helped the team to shorten average handling time",
                           metric="average handling time", value=3, unit="minutes",
                           kind="change"),
}


def _unit_questions(ws: Workspace) -> list:
    return [q for q in role_questions(ws, RoleReading(ws.roles[0])) if q.code == "unit"]


@pytest.mark.parametrize("case", sorted(NO_UNIT))
def test_a_number_with_no_unit_counts_nowhere_and_the_draft_leaves_it_out(case):
    """No points in 04, no number in the share file, the draft and its check hold no number
    of that result, and the result's reading says why, in the participant's terms."""
    ws = _workspace(NO_UNIT[case])
    role = ws.roles[0]
    said = read_result(role.results[0], role)
    assert not said.counts, said.told
    assert "no unit" in said.why and "notebook 03" in said.why
    assert not has_number(role)
    assert rank(ws).strongest.parts["quantified"] == 0
    assert export_dict(ws)["roles"][0]["results"][0]["quantified"] is False
    for seconds in (30, 90):
        text = plan_draft(ws, "r1", seconds).text
        assert not check_answer(text).finding("quantified").ok, text
        for figure in ("3", "900", "1,500", "1500", "50", "20"):
            assert f" {figure} " not in f" {text} ".replace(".", " "), text


@pytest.mark.parametrize("case", sorted(NO_UNIT))
def test_the_coach_asks_what_the_number_counts_and_where_to_add_it(case):
    """One "unit" question, quoting the result and the number, saying where the unit goes
    (notebook 03); no question about the same number's size, change or time."""
    ws = _workspace(NO_UNIT[case])
    asked = _unit_questions(ws)
    assert len(asked) == 1
    q = asked[0]
    assert q.where == "03" and q.result == 0
    assert "what?" in q.text and "notebook 03" in q.text
    others = role_questions(ws, RoleReading(ws.roles[0]))
    assert not [o for o in others if o.result == 0 and o.code in
                ("number", "number_kind", "from_to", "period")]


@pytest.mark.parametrize("case", sorted(PLAIN))
def test_where_the_unit_is_plain_nothing_is_asked_and_the_number_counts(case):
    ws = _workspace(PLAIN[case])
    assert not _unit_questions(ws)
    assert has_number(ws.roles[0])
    assert export_dict(ws)["roles"][0]["results"][0]["quantified"] is True


def test_bad_input_never_raises():
    """A unit of spaces, a value of 0, a statement of digits: read without a traceback."""
    for result in (Result("I cut average handling time", value=0, unit="  "),
                   Result("1 2 3 4", metric="time"), Result("time by 5 5", value=5)):
        ws = _workspace(result)
        role_questions(ws, RoleReading(ws.roles[0]))
        plan_draft(ws, "r1", 90)
