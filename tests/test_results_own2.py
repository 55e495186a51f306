"""The own result material of issue 21's check27 and check30 rounds (tests/eval/results_own2/,
tests/eval/results_own3/) is well formed: complete records, labels that follow the guide's rules,
and halves split by the fixed rule each README states (n % 4 in 1 or 2: half A), each holding
whole pairs (a look-alike and its mirror)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EVAL = Path(__file__).parent / "eval"
SETS = ("results_own2", "results_own3")


def _rows(folder: str, half: str) -> list[dict]:
    return [json.loads(line) for line in
            (EVAL / folder / f"answers_{half}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("folder", SETS)
def test_halves_follow_the_fixed_split_and_hold_whole_pairs(folder):
    """48 answers a half; an id's number decides its half; each look-alike's mirror is the next
    id, in the same half."""
    for half, keep in (("a", {1, 2}), ("b", {3, 0})):
        rows = _rows(folder, half)
        assert len(rows) == 48
        numbers = [int(r["id"][2:]) for r in rows]
        assert all(n % 4 in keep for n in numbers)
        for row, n in zip(rows, numbers, strict=True):
            assert row["mirror"] == (n % 2 == 0)
            if not row["mirror"]:
                assert n + 1 in numbers


@pytest.mark.parametrize("folder", SETS)
def test_labels_follow_the_guide_rules(folder):
    """A number only in a result, later use only with growth, no goals, a pitfall exactly when a
    kind is named (only a look-alike names one), the verdict strong exactly when both pillars
    hold and no pitfall; every mirror says a result and no look-alike does."""
    for half in "ab":
        for row in _rows(folder, half):
            labels = row["labels"]
            assert not labels["quantified"] or labels["company_result"]
            assert not labels["used_later"] or labels["skill_growth"]
            assert row["goals"] == [] and labels["goals_match"] is None
            assert labels["pitfalls"] == bool(row["pitfall_kinds"])
            assert not row["pitfall_kinds"] or not row["mirror"]
            strong = (labels["skill_growth"] and labels["company_result"]
                      and not labels["pitfalls"])
            assert labels["verdict"] == ("strong" if strong else "weak")
            assert labels["company_result"] == row["mirror"]
