"""One story that uses its time (issue 20, draft34: blind hiring managers r26: a 30-second
version of two facts in 8-15 seconds), and draft_eval's rows for it. The examples are other
words than the workspaces that showed the class (a ward's turnover, a kitchen's food cost)."""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.check import speaking_seconds
from workshop.draft import offered_draft, plan_draft
from workshop.draft_compose import short_told
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_hedge import hedge_hardened, under_seconds  # noqa: E402


def _role(*results: Result, skills: list[Skill] | None = None, summary: str = "") -> Role:
    return Role(id="r1", title="Depot Planner", organization="Northgate Freight",
                summary=summary, start="2017", end="2022",
                skills=skills or [Skill(name="route planning", before="novice",
                                        after="proficient")],
                results=list(results), ratings=Ratings(4, 4, 4), enjoyment=4)


# --- A: the 30-second version tells what thin entries hold --------------------------------


def _thin_workspace() -> Workspace:
    skills = [Skill(name="route planning", before="novice", after="proficient"),
              Skill(name="forklift training", before="novice", after="competent",
                    used_later="I run the forklift refresher course for the whole site now")]
    result = Result(statement="late deliveries went from 40 to 12 a week",
                    metric="late deliveries", from_value=40, value=12, unit="",
                    kind="change", scope="company", enabled_by=["route planning"])
    role = _role(result, skills=skills)
    return Workspace(participant={"name": "Sam"},
                     target_role=TargetRole(title="Transport Manager", goals=[]),
                     roles=(role,))


def test_thin_entries_give_one_draft_at_both_lengths():
    """Entries too thin for a separate 90-second version: the 30-second version a view offers
    is the one draft (the skill's later use told too), not two facts in 15 seconds."""
    ws = _thin_workspace()
    ninety, thirty = offered_draft(ws, "r1", 90), offered_draft(ws, "r1", 30)
    assert ninety.thin
    assert "refresher course" in thirty.text, thirty.text
    assert thirty.text == ninety.text
    assert speaking_seconds(thirty.text) <= 38
    # plan_draft (not a view's offer) keeps the one thread
    assert "refresher" not in plan_draft(ws, "r1", 30).text


def test_the_short_version_never_runs_past_its_most():
    long_one = "word " * 120
    assert short_told("Short one.", lambda: long_one, 38) == "Short one."
    assert short_told("Short one.", lambda: "", 38) == "Short one."
    assert short_told("A b c.", lambda: "A b c. D e f g.", 38) == "A b c. D e f g."


def test_a_short_version_that_is_already_an_answer_keeps_its_one_thread():
    answer = "word " * 50  # about 21 seconds
    assert speaking_seconds(answer) >= 20
    assert short_told(answer, lambda: answer + "more words here.", 38) == answer


# --- D: the benchmark's rows ---------------------------------------------------------------


def test_the_benchmark_hears_a_hardened_hedge():
    role = _role(Result(statement="lowered breakage (maybe 10-15%)", metric="breakage",
                        value=15, unit="%", scope="company"),
                 skills=[Skill(name="packing", before="novice", after="competent",
                               used_later="trained 3 new packers")])
    assert hedge_hardened("I lowered breakage by 15%.", role) == ["15"]
    assert hedge_hardened("I lowered breakage by maybe 10 to 15%.", role) == []
    assert hedge_hardened("I trained 3 new packers.", role) == []


def test_the_benchmark_counts_short_thirty_second_drafts():
    rows = [{"file": "a", "length": 30, "text": "x", "seconds": 12},
            {"file": "a", "length": 90, "text": "x", "seconds": 12},
            {"file": "b", "length": 30, "text": "x", "seconds": 28}]
    assert under_seconds(rows, 30, 20) == "1/2"
