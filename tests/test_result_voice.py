"""A result said as the participant said it (issue 20, s20: blind hiring managers r24/r25): their
verb, their part, their number. The examples are other words than the workspaces that showed
each class (a kitchen's food cost, a team's month-end close, mis-ships that "went down a lot")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workshop.check import check_answer
from workshop.draft import plan_draft
from workshop.draft_read import RoleReading
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.result_number import read_result, role_number
from workshop.result_voice import as_entered, helped_unit, number_told
from workshop.wording import org_words

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_voice import voice_faults  # noqa: E402


def _role(*results: Result, organization: str = "Dockside Logistics",
          current: bool = False, summary: str = "") -> Role:
    return Role(id="r1", title="Warehouse Supervisor", organization=organization,
                summary=summary,
                start="2016", end=None if current else "2021",
                skills=[Skill(name="slotting", before="novice", after="proficient")],
                results=list(results), ratings=Ratings(4, 4, 4), enjoyment=4)


def _told(result: Result, **kw) -> str:
    role = _role(result, **kw)
    return RoleReading(role).said(result).told


def test_the_speakers_help_is_never_made_a_sole_claim():
    """"I helped the depot to lower scrap" is said "I helped the depot lower scrap ...",
    with the fields' number: never "I lowered scrap ..." (a claim the entry does not make),
    never the form's "to" (raters heard it as the kit's frame)."""
    result = Result(statement="I helped the depot to lower scrap", metric="scrap rate",
                    from_value=9, value=4, unit="%", kind="change", scope="department")
    told = _told(result)
    assert told.startswith("I helped the depot lower scrap"), told
    assert "from 9% to 4%" in told, told
    assert " to lower" not in told
    assert check_answer(told).finding("quantified").ok


def test_a_finding_the_speaker_helped_with_stays_theirs_to_share():
    result = Result(statement="I helped the company to discover that a loyalty card doubles "
                    "repeat visits", metric="repeat visits", value=2, unit="x", scope="company")
    told = _told(result)
    assert told.startswith("I helped the company discover that"), told
    assert not told.startswith("I discovered")


def test_a_helped_result_in_the_draft_keeps_the_help():
    """In the draft itself (both lengths) the result keeps the speaker's part as typed."""
    result = Result(statement="I helped the depot to lower scrap", metric="scrap rate",
                    from_value=9, value=4, unit="%", kind="change", scope="department",
                    enabled_by=["slotting"])
    ws = Workspace(participant={"name": "Ana"},
                   target_role=TargetRole(title="Ops Lead", goals=[]), roles=(_role(result),))
    for seconds in (30, 90):
        text = plan_draft(ws, "r1", seconds).text
        assert "lowered scrap" not in text.replace("helped the depot lower scrap", ""), text
        assert "helped the depot lower scrap" in text, text


def test_the_number_the_score_keeps_is_said_as_entered_too():
    """Where the draft says the number 04 scores apart from the story, that sentence keeps the
    team's "we" as the story's reading does."""
    result = Result(statement="shortened the weekly payroll run", metric="hours",
                    from_value=12, value=5, unit="hours", kind="change", scope="team")
    role = _role(result)
    number = role_number(role)
    assert number is not None and number.told.startswith("I shortened")
    assert number_told(number, role).startswith("We shortened the weekly payroll run")


def test_a_teams_change_typed_with_no_subject_is_told_as_we():
    """A change with no subject whose scope is the team ("shortened the payroll run", scope
    team) is the team's: "We shortened ...", never the speaker's alone."""
    result = Result(statement="shortened the weekly payroll run", metric="hours",
                    from_value=12, value=5, unit="hours", kind="change", scope="team")
    role = _role(result)
    said = RoleReading(role).said(result)
    assert said.told.startswith("We shortened the weekly payroll run"), said.told
    assert said.shape == "we"


@pytest.mark.parametrize("result", [
    # a count of the speaker's own doing stays theirs, whatever its scope
    Result(statement="coached 9 apprentices", metric="apprentices", value=9,
           unit="apprentices", kind="count", scope="team"),
    # the statement names the team as the one helped
    Result(statement="saved the team 6 hours a week", metric="hours", value=6,
           unit="hours/week", kind="change", scope="team"),
    # a change felt by customers, typed with no subject, is the speaker's doing
    Result(statement="shortened delivery times", metric="days", from_value=5, value=2,
           unit="days", kind="change", scope="customers"),
])
def test_the_speakers_own_doing_stays_i(result):
    assert _told(result).startswith("I "), _told(result)


def test_how_much_said_in_words_stays_beside_the_number():
    """"Complaints dropped sharply" with the pair 60 -> 15 in the fields is said "dropped
    sharply, from 60 to 15", with the metric's rate: never the number alone, as if the note
    had been exact."""
    result = Result(statement="customer complaints dropped sharply",
                    metric="complaints per week", from_value=60, value=15, unit="",
                    kind="change", scope="customers")
    told = _told(result)
    assert "dropped sharply, from 60 to 15 a week" in told, told
    assert check_answer(told).finding("quantified").ok


def test_a_rate_the_sentence_says_already_is_not_said_twice():
    result = Result(statement="returns fell a lot", metric="returns per day",
                    from_value=30, value=8, unit="", period="per day", kind="change",
                    scope="customers")
    told = _told(result)
    assert told.count("day") == 1, told


@pytest.mark.parametrize("statement", ["helped", "I helped the to to", "we", "!!!",
                                       "helped the " + "very " * 40 + "to cut"])
def test_odd_statements_never_raise(statement):
    result = Result(statement=statement, value=3, unit="%", from_value=5, scope="team")
    role = _role(result)
    said = as_entered(read_result(result, role), result, org_words(role))
    assert said.told == read_result(result, role).told or said.told


def test_helped_unit_reads_the_forms_frame():
    assert helped_unit("I helped the night shift to cut errors") == ("the night shift", "cut")
    assert helped_unit("helped new starters settle in") is None


# --- the benchmark's row ------------------------------------------------------------------------


def test_the_row_counts_a_sole_claim_where_the_entry_says_helped():
    result = Result(statement="I helped the line to cut rework", metric="rework",
                    from_value=20, value=8, unit="%", kind="change", scope="department")
    role = _role(result)
    bad = voice_faults("Opening. I cut rework from 20% to 8%.", role)
    good = voice_faults("Opening. I helped the line cut rework from 20% to 8%.", role)
    assert [k for k, _s in bad] == ["sole claim"] and good == []


def test_the_row_counts_a_passive_where_the_entry_has_an_owner():
    result = Result(statement="cut rework", metric="rework", from_value=20, value=8,
                    unit="%", kind="change", scope="company")
    role = _role(result)
    assert [k for k, _s in voice_faults("Opening. Rework was cut from 20% to 8%.", role)] \
        == ["passive no owner"]


def test_the_row_counts_a_number_said_more_exactly_than_the_words():
    result = Result(statement="rework went down a lot", metric="rework", from_value=20,
                    value=8, unit="%", kind="change", scope="company")
    role = _role(result)
    assert [k for k, _s in voice_faults("Opening. Rework went down from 20% to 8%.", role)] \
        == ["too precise"]
    assert voice_faults("Opening. Rework went down a lot, from 20% to 8%.", role) == []
    role = _role(Result(statement="coached apprentices", scope="team"),
                 summary="I coached 40+ apprentices over the years")
    assert [k for k, _s in voice_faults("Opening. I coached 43 apprentices.", role)] \
        == ["too precise"]


def test_the_row_counts_a_fields_number_said_twice():
    result = Result(statement="cut rework", metric="rework", from_value=20, value=8,
                    unit="%", kind="change", scope="company")
    role = _role(result)
    text = "Opening. I cut rework from 20% to 8%. Rework at 8% was the lowest on site."
    assert ("number twice" in [k for k, _s in voice_faults(text, role)])
