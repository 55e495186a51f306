"""The own result material of issue 21's check27 round (tests/eval/results_own2/) is well formed:
complete records, labels that follow the guide's rules, and halves split by the fixed rule its
README states (n % 4 in 1 or 2: half A), each holding whole pairs (a look-alike and its mirror)."""

from __future__ import annotations

import json
from pathlib import Path

FOLDER = Path(__file__).parent / "eval" / "results_own2"


def _rows(half: str) -> list[dict]:
    return [json.loads(line) for line in
            (FOLDER / f"answers_{half}.jsonl").read_text(encoding="utf-8").splitlines()]


def test_halves_follow_the_fixed_split_and_hold_whole_pairs():
    """48 answers a half; an id's number decides its half; each look-alike's mirror is the next
    id, in the same half."""
    for half, keep in (("a", {1, 2}), ("b", {3, 0})):
        rows = _rows(half)
        assert len(rows) == 48
        numbers = [int(r["id"][2:]) for r in rows]
        assert all(n % 4 in keep for n in numbers)
        for row, n in zip(rows, numbers, strict=True):
            assert row["mirror"] == (n % 2 == 0)
            if not row["mirror"]:
                assert n + 1 in numbers


def test_labels_follow_the_guide_rules():
    """A number only in a result, later use only with growth, no goals and no pitfalls here, the
    verdict strong exactly when both pillars hold; every mirror says a result and no look-alike
    does."""
    for half in "ab":
        for row in _rows(half):
            labels = row["labels"]
            assert not labels["quantified"] or labels["company_result"]
            assert not labels["used_later"] or labels["skill_growth"]
            assert row["goals"] == [] and labels["goals_match"] is None
            assert row["pitfall_kinds"] == [] and labels["pitfalls"] is False
            strong = labels["skill_growth"] and labels["company_result"]
            assert labels["verdict"] == ("strong" if strong else "weak")
            assert labels["company_result"] == row["mirror"]
