"""How the ranking rule treats a current job, which can have no "used later" yet (issue 24).

Careers of the issue's shape: an earlier job E (ended) and the current job C, each with a
result with a number; E has a grown skill used later, C has none (nothing came after it yet).
For every rating of both (skill growth, company results, relevance: 1 to 5 each, 15,625 pairs)
this prints how often each job ranks first under the kit's rule (``workshop.scoring``, default
weights: C gets 0 of the 8 "used later" points) and under the alternative a reader might call
fairer (C's "used later" part left out and its other parts scaled up to 100), and what the
alternative changes. Nothing here is a test; it prints a table.

    .venv/bin/python benchmarks/current_job.py
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workshop.model import Ratings, Result, Role, Skill, Workspace  # noqa: E402
from workshop.scoring import DEFAULT_WEIGHTS, rank  # noqa: E402

LEVELS = range(1, 6)


def _role(rid: str, ratings: tuple[int, int, int], *, current: bool) -> Role:
    skill = Skill("ticket triage", "novice", "proficient",
                  "" if current else "ran the support queue at my next job")
    return Role(id=rid, title=rid, organization="Tallyfox", start="2019-01" if not current
                else "2022-03", end=None if current else "2022-02",
                skills=[skill], results=[Result("I helped the team to cut the backlog", "backlog",
                                                120, "tickets", "team")],
                ratings=Ratings(*ratings))


def _alternative(scores: dict[str, float], parts: dict[str, dict[str, float]]) -> str:
    """The winner when the current job's used-later part is left out and rescaled."""
    c = parts["C"]  # points, as the kit gives them
    without = sum(c[p] for p in ("pillars", "relevance", "quantified"))
    c_score = without * 100 / (100 - DEFAULT_WEIGHTS["used_later"])
    return "C" if c_score > scores["E"] + 0.005 else "E"


def main() -> int:
    counts = {"kit": {"E": 0, "C": 0}, "alternative": {"E": 0, "C": 0}}
    flips = 0
    equal_ratings_e = 0
    margins = []
    for e, c in itertools.product(itertools.product(LEVELS, repeat=3), repeat=2):
        ws = Workspace(roles=[_role("E", e, current=False), _role("C", c, current=True)])
        ranking = rank(ws)
        scores = {s.role.id: s.score for s in ranking.ranked}
        parts = {s.role.id: s.parts for s in ranking.ranked}
        kit = ranking.strongest.role.id
        alt = _alternative(scores, parts)
        counts["kit"][kit] += 1
        counts["alternative"][alt] += 1
        flips += kit != alt
        if e == c:
            equal_ratings_e += kit == "E"
        if kit == "C":
            margins.append(scores["C"] - scores["E"])
    total = 5 ** 6
    print(f"{total:,} rating pairs of an earlier job E (a skill used later) and the current "
          "job C (none yet)\n")
    print("| rule | E ranks first | C ranks first |")
    print("|---|---:|---:|")
    for name, label in (("kit", "the kit's (C: 0 of 8 used-later points)"),
                        ("alternative", "C's used-later part left out, rescaled")):
        e, c = counts[name]["E"], counts[name]["C"]
        print(f"| {label} | {e:,} ({e / total:.1%}) | {c:,} ({c / total:.1%}) |")
    print(f"\nEqual ratings: E first in {equal_ratings_e} of 125 pairs under the kit's rule "
          "(the used-later evidence decides).")
    print(f"The alternative changes the winner in {flips:,} pairs ({flips / total:.1%}), "
          "every one towards the current job.")
    if margins:
        ties = sum(m < 0.05 for m in margins)
        print(f"When C ranks first under the kit's rule its ratings outweigh the 8 used-later "
              f"points: it leads by up to {max(margins):.1f} points ({ties} equal scores, "
              "ordered by the tie rule, which puts the more recent job first).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
