"""What practice mode adds to each pause in typing in notebook 05: a table, not a test.

Each pause redraws the answer check; practice mode adds ``timer_fit`` and ``follow_ups`` (the
questions for the answer in the box). Measured on the hand-written workspaces of
``tests/eval/drafts_dev`` with their 90-second drafts, and on the longest answer a workspace
holds: the median of alternating timed runs (after a warm-up), the check as the floor.

    .venv/bin/python benchmarks/practice_bench.py
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.answer_choice import answer_role_id  # noqa: E402
from workshop.check import check_answer  # noqa: E402
from workshop.draft import plan_draft  # noqa: E402
from workshop.practice import follow_ups, timer_fit  # noqa: E402
from workshop.store import read_workspace  # noqa: E402

REPEATS = 15


def _median_ms(func) -> float:
    func()
    times = []
    for _ in range(REPEATS):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    cases = []
    for path in sorted((ROOT / "tests" / "eval" / "drafts_dev").glob("ws*.json"))[:10]:
        ws = read_workspace(path)
        rid = answer_role_id(ws)
        if rid is not None:
            cases.append((path.name, ws, rid, plan_draft(ws, rid).text))
    name, ws, rid, text = cases[0]
    cases.append((f"{name}, 20,000 characters", ws, rid, (text + " ") * (20_000 // len(text))))
    print("| answer | words | check (ms) | practice: fit + questions (ms) | share |")
    print("|---|---:|---:|---:|---:|")
    for name, ws, rid, text in cases:
        goals = ws.target_role.goals
        check = _median_ms(lambda: check_answer(text, goals))  # noqa: B023
        practice = _median_ms(lambda: (timer_fit(text, 60), follow_ups(ws, rid, text)))  # noqa: B023
        print(f"| {name} | {len(text.split())} | {check:.2f} | {practice:.2f} | "
              f"{practice / (check + practice):.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
