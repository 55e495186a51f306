"""What each family of ``data/goal_meanings.json`` does on the studied sets: ``make eval``'s
studied sets (the development set and the studied blind probe sets, never a held-out one),
checked with every family and again without each one in turn.

    .venv/bin/python benchmarks/goal_families.py

For each family and set it prints the goals the family alone credits (goals credited with it
and not without it, over all answers with goals) and the change in ``goals_match`` agreement
with the labels when the family is taken out (a family that helps has a negative change:
agreement falls without it). A family kept in the data file should credit goals somewhere
without costing agreement on any set.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval import DEV, PROBES, read_corpus  # noqa: E402

STUDIED = ("probe", "probe3", "probe5", "probe7", "goals")


def _sets() -> dict[str, list[dict]]:
    sets = {"dev": read_corpus(DEV)}
    for name, path, _title in PROBES:
        if name in STUDIED and path.is_file():
            sets[name] = read_corpus(path)
    return {k: [r for r in rows if r.get("goals")] for k, rows in sets.items()}


def _run(rows: list[dict]) -> tuple[set, int]:
    """(the (answer, goal) pairs credited, answers whose goals_match agrees with the label)."""
    from workshop.check import check_answer

    credited, agree = set(), 0
    for row in rows:
        finding = check_answer(row["text"], row["goals"]).finding("goals_match")
        if finding.ok:
            credited |= {(row.get("id"), g) for g in row["goals"] if g not in finding.unbacked}
        agree += finding.ok == bool(row["labels"].get("goals_match"))
    return credited, agree


def main() -> int:
    from workshop import check_goals
    from workshop.goal_meanings import meanings

    sets = _sets()
    full = check_goals.meanings
    whole = {name: _run(rows) for name, rows in sets.items()}
    names = [f.name for f in full(_lexicon()).families]
    print("family            " + "".join(f"{name:>18}" for name in sets))
    print("(goals credited by the family alone / agreement change without it)")
    for family in names:
        def without(lexicon, family=family):
            m = meanings(lexicon)
            return dataclasses.replace(m, families=tuple(f for f in m.families
                                                         if f.name != family))
        check_goals.meanings = without
        try:
            cells = []
            for name, rows in sets.items():
                credited, agree = _run(rows)
                alone = len(whole[name][0] - credited)
                cells.append(f"{alone:>10} / {agree - whole[name][1]:+d}")
        finally:
            check_goals.meanings = full
        print(f"{family:<18}" + "".join(f"{c:>18}" for c in cells))
    print("answers with goals " + "".join(f"{len(rows):>17}" for rows in sets.values()))
    return 0


def _lexicon():
    from workshop.check_rules import rules

    return rules().grammar.lexicon


if __name__ == "__main__":
    raise SystemExit(main())
