"""One reading of a result's number: 04's score, 05's answer check and the draft agree on it.

A result's number is read once (``workshop.result_number``): what it is (a change, a count, an
amount, a level, or none) and the sentence that says it. Notebook 04 gives a role its points for
"a result with a number" exactly when 05's check finds a result's number in the role's drafts,
on the development workspaces, the personas and hand-written cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workshop.check import check_answer
from workshop.draft import plan_draft
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.result_number import read_result, role_number, why_no_number
from workshop.scoring import Weights, explain, has_number, rank, score_role

ROOT = Path(__file__).resolve().parent.parent
# Development material only: the held-out drafts (tests/eval/drafts_holdout) are never read here.
WORKSPACE_FILES = sorted((ROOT / "tests" / "eval" / "drafts_dev").glob("*.json")) + sorted(
    (ROOT / "data" / "personas").glob("*.json"))


def _workspace(path: Path) -> Workspace:
    return Workspace.from_dict(json.loads(path.read_text(encoding="utf-8")))


def _agree(ws: Workspace, role: Role) -> list[str]:
    """The drafts of ``role`` (90 and 30 s) where 04's score and 05's check disagree on
    whether the answer holds a result's number, each with what the check said."""
    points = score_role(role, Weights())
    scored = has_number(role)
    if points is not None:
        assert (points[1]["quantified"] > 0) == scored  # the score's part is this reading
    out = []
    for seconds in (90, 30):
        text = plan_draft(ws, role.id, seconds).text
        found = check_answer(text, ws.target_role.goals).finding("quantified")
        if found.ok != scored:
            out.append(f"{seconds} s: 04 {'counts' if scored else 'does not count'} a number; "
                       f"05 says: {found.message} | {text}")
    return out


def test_there_are_workspaces_to_compare():
    """The property below runs on the development drafts' workspaces and the personas."""
    assert len(WORKSPACE_FILES) >= 30


# Known disagreement, left open on purpose (round 31): the check reads a loss the speaker
# stopped as a result ("stopped an elder fraud check for $9,500"); ws15 gives it as a skill's
# later use at another employer, which the draft says joined to the skill's line ("I also
# learned to spot fraud and stopped ... at the credit union") and 05 counts, while 04 reads the
# same note in its own words ("I drew on what I learned ... when I stopped ...") and counts no
# number. Strict: once the two readings agree, this marker fails and must go.
_KNOWN = {"ws15": "a later use's prevented loss: 05 counts its number, 04 does not"}


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=_KNOWN[p.stem]))
    if p.parent.name == "drafts_dev" and p.stem in _KNOWN else p for p in WORKSPACE_FILES],
    ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_04_and_05_agree_on_every_roles_number(path):
    """For every role of every development workspace and persona, rated or not, 04 counts a
    result with a number exactly when 05's check finds one in the kit's draft, both lengths."""
    ws = _workspace(path)
    problems = [f"{role.id}: {p}" for role in ws.roles for p in _agree(ws, role)]
    assert not problems, "\n".join(problems)


def _role(*results: Result, skills=(), current=False, summary="") -> Role:
    return Role(id="r1", title="Ward Manager", organization="St Mary's Hospital",
                organization_kind="hospital", start="2019-01", end=None if current else "2023-06",
                summary=summary, skills=tuple(skills) or (
                    Skill(name="rota planning", before="novice", after="proficient"),),
                results=results, ratings=Ratings(4, 4, 4))


# (the result's entries, the kind read, the number as the check quotes it)
CASES = {
    "a level in the sentence": (
        dict(statement="I helped the ward to reach 94% readiness for the inspection"),
        "level", "94%"),
    "a level in the fields": (
        dict(statement="I helped the ward to get ready for the inspection",
             metric="inspection readiness", value=94, unit="%", kind="level"), "level", "94%"),
    "a count in the sentence": (dict(statement="I recruited 14 nurses for the night shift"),
                                "count", "14 nurses"),
    "a count in the fields": (dict(statement="I helped the hospital to recruit nurses",
                                   metric="nurses", value=14, kind="count"), "count", "14 nurses"),
    "a change from and to": (dict(statement="I cut the readmission rate from 34% to 28%"),
                             "change", "from 34% to 28%"),
    "a change in the fields": (dict(statement="I cut the readmission rate",
                                    metric="readmission rate", from_value=34, value=28,
                                    unit="%"), "change", "from 34% to 28%"),
    "by half": (dict(statement="I cut agency spend by half"), "change", "half"),
    "hours a week": (dict(statement="I cut paperwork", metric="paperwork", value=12,
                          unit="hours/week", kind="change"), "change", "12 hours"),
    "money in millions": (dict(statement="I won a 2.3 million USD contract for the hospital"),
                          "amount", "2.3 million USD"),
    "money in the fields": (dict(statement="I helped the hospital to win a new contract",
                                 metric="contract value", value=2_300_000, unit="USD",
                                 kind="amount"), "amount", "$2.3 million"),
    "a change verb and money, no kind": (dict(statement="I reduced agency fees", value=3200,
                                              unit="USD"), "change", "$3,200"),
    "a note told with up": (dict(statement="average waiting time up", value=22, unit="%"),
                            "change", "22%"),
    "a note told with down to": (dict(statement="agency spend down to 4% of budget"),
                                 "level", "4%"),
    "a past verb before the figure": (dict(statement="the summer fair raised \u00a38,400"),
                                      "amount", "\u00a38,400"),
}


@pytest.mark.parametrize("entries, kind, number", CASES.values(), ids=CASES.keys())
def test_a_result_is_read_once_as_what_its_number_is(entries, kind, number):
    """The reading says what the number is and quotes it as the check finds it; 04 scores it
    and 05's check finds it in the draft."""
    role = _role(Result(**entries))
    read = read_result(role.results[0], role)
    assert (read.kind, read.number) == (kind, number)
    assert read.counts and number in read.told
    assert role_number(role).number == number
    ws = Workspace(roles=(role,), target_role=TargetRole(title="Head of Nursing"))
    assert not _agree(ws, role)


NOT_COUNTED = {
    "a duty's count": (dict(statement="I answered 40 calls a day", value=40, kind="count"),
                       "a duty, a size or a time"),
    "a team size": (dict(statement="I led a team of 8"), "a duty, a size or a time"),
    "a tenure": (dict(statement="I worked on the ward for 3 years"), "a duty, a size or a time"),
    "a number of no known kind": (dict(statement="I cut overtime", value=18),
                                  "18 what?"),
    "a note, not a sentence": (dict(statement="CSAT 4.6/5", metric="CSAT", value=4.6,
                                    unit="/5", kind="level"), "a note, not a sentence"),
    "a promotion": (dict(statement="I was promoted to ward manager in 2 years"),
                    "a pitfall"),
}


@pytest.mark.parametrize("entries, why", NOT_COUNTED.values(), ids=NOT_COUNTED.keys())
def test_a_number_that_is_no_result_counts_nowhere_and_04_says_why(entries, why):
    """A duty's count, a team size, a tenure, a number whose kind is open, a note or a
    promotion: 04 gives no points for it, 05's check finds none in the draft, and 04's
    explanation says why the number does not count."""
    role = _role(Result(**entries))
    read = read_result(role.results[0], role)
    assert read.kind == "none" and not read.counts
    assert why in read.why and why in why_no_number(role)
    ws = Workspace(roles=(role,), target_role=TargetRole(title="Head of Nursing"))
    assert not has_number(role) and not _agree(ws, role)
    assert "Its number does not count yet" in explain(rank(ws, Weights()))


def test_04_explains_which_number_the_winner_holds():
    """"Why the winner wins" names the number and what it is."""
    role = _role(Result(statement="I cut the readmission rate from 34% to 28%"))
    text = explain(rank(Workspace(roles=(role,)), Weights()))
    assert "a result with a number (\u201cfrom 34% to 28%\u201d, a change)" in text


def test_the_runner_up_is_told_why_its_number_does_not_count():
    """A runner-up whose only number is a duty's count is told so, not "no number yet"."""
    win = _role(Result(statement="I cut the readmission rate from 34% to 28%"))
    duty = Role(id="r2", title="Nurse", organization="St Mary's Hospital", start="2015-01",
                end="2018-12", results=(Result(statement="I answered 40 calls a day", value=40,
                                               kind="count"),),
                ratings=Ratings(4, 4, 4))
    text = explain(rank(Workspace(roles=(win, duty)), Weights()))
    assert "no number in its results counts yet (\u201cI answered 40 calls a day\u201d" in text


@pytest.mark.parametrize("where", ["my part", "later use", "growth words"])
def test_a_number_the_draft_tells_from_another_entry_is_the_roles_number(where):
    """A result's number told in the speaker's own part, or a grown skill's note of what it
    produced: the draft says it, 05's check finds it, so 04 counts it too."""
    result = Result(statement="We cut agency spend")
    skill = Skill(name="rota planning", before="novice", after="proficient")
    if where == "my part":
        result = Result(statement="We cut agency spend",
                        my_part="I rebuilt the rota, which cut agency spend by 20%")
    elif where == "later use":
        skill = Skill(name="rota planning", before="novice", after="proficient",
                      used_later="at my next hospital I used it to cut overtime by 20%")
    else:
        skill = Skill(name="rota planning", before="novice", after="proficient",
                      how_far="At first I could not fill a rota; by the end I cut overtime "
                              "by 20% on my ward")
    role = _role(result, skills=(skill,))
    ws = Workspace(roles=(role,), target_role=TargetRole(title="Head of Nursing"))
    assert has_number(role)
    assert not _agree(ws, role)


def test_a_summary_holding_a_results_number_stays_out_of_the_opening():
    """The 90-second opening says the role's one-line summary, but not one holding a result's
    number (it belongs in a result, where 04 scores it): the two lengths and 04 agree."""
    role = _role(Result(statement="I helped the hospital to run smoother shifts"),
                 summary="ran 3 wards with 40 staff and cut agency spend by 20%")
    ws = Workspace(roles=(role,), target_role=TargetRole(title="Head of Nursing"))
    assert not has_number(role)
    assert not _agree(ws, role)
    assert "20%" not in plan_draft(ws, role.id, 90).text


def test_a_current_job_is_read_in_the_present():
    """The same entries of a current job are read in its own tense, and still agree."""
    role = _role(Result(statement="cut agency spend", metric="agency spend", value=20,
                        unit="%", kind="change"), current=True)
    read = read_result(role.results[0], role)
    assert read.counts and read.kind == "change" and "20%" in read.told
    ws = Workspace(roles=(role,), target_role=TargetRole(title="Head of Nursing"))
    assert not _agree(ws, role)


# --- a change told with how it was brought about ---------------------------------------------
# A participant's walk-through: "cut repeat complaints ... by tracing them to one faulty supplier
# part", 30 -> 9, was said "... one faulty supplier part from 30 to 9" and the check took
# "one faulty" for the number. The from-to goes on what changed, before the means.

@pytest.mark.parametrize("statement, told", [
    ("cut repeat complaints about e-bike repairs by tracing them to one faulty supplier part",
     "I cut repeat complaints about e-bike repairs from 30 to 9 by tracing them to one faulty "
     "supplier part."),
    ("reduced no-shows by calling every client two days ahead",
     "I reduced no-shows from 30 to 9 by calling every client two days ahead."),
    ("Cut returns by rebuilding the packing bench",
     "I cut returns from 30 to 9 by rebuilding the packing bench."),
    ("cut waste, by switching to one supplier", "I cut waste from 30 to 9, by switching to one "
     "supplier."),
    ("cut open tickets through moving the FAQ onto the login page",
     "I cut open tickets from 30 to 9 through moving the FAQ onto the login page."),
])
def test_a_change_goes_on_what_changed_not_on_how(statement, told):
    reading = read_result(Result(statement=statement, value=9, from_value=30))
    assert reading.told == told
    assert reading.kind == "change" and reading.number == "from 30 to 9"


@pytest.mark.parametrize("statement, told", [
    ("cut repeat complaints", "I cut repeat complaints from 30 to 9."),  # no means: at the end
    ("cut the backlog by spring", "I cut the backlog from 30 to 9 by spring."),
    ("cut complaints by 40% by fixing the form",  # its own figure first: the order kept
     "I cut complaints by 40% by fixing the form from 30 to 9."),
])
def test_look_alikes_of_a_means_clause(statement, told):
    assert read_result(Result(statement=statement, value=9, from_value=30)).told == told
