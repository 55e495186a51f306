"""draft_eval's figures of thin answers beside rich entries (issue 20, draft54,
``benchmarks/draft_thin.py``): "stock share", the sentences that carry no entry fact, and
"entries unused", the results and growth notes a 90-second draft with room left leaves out.
Written for this test."""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.model import SCHEMA_VERSION, Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_thin import entries_unused, stock_sentences  # noqa: E402

MAIN = {"statement": "cut no-shows at the Saturday club from 15 to 4", "scope": "team",
        "enabled_by": ["session planning"]}
OUTCOME = "two of the girls went on to coach their own teams"


def _ws(results: list[dict], how_far: str = "") -> Workspace:
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Sports Development Officer", "goals": ["plan sessions"]},
        "roles": [{"id": "r1", "title": "Community Sports Coach",
                   "organization": "Eastfield Leisure Trust", "start": "2018-04",
                   "end": "2022-01", "summary": "",
                   "skills": [{"name": "session planning", "before": "novice",
                               "after": "proficient", "how_far": how_far}],
                   "results": results,
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}]})


def test_stock_share_counts_sentences_with_no_entry_fact():
    """A sentence with a meaningful word or a figure of the entries is no stock line."""
    ws = _ws([MAIN])
    stock, said = stock_sentences("I cut no-shows at the Saturday club from 15 to 4. "
                                  "It was the best time of my life. I learned a lot there.", ws)
    assert (stock, said) == (2, 3)
    assert stock_sentences("Session planning grew there. No-shows fell to 4.", ws) == (0, 2)


def test_entries_unused_names_what_a_short_draft_leaves_out():
    """A result or a growth note is told with half its meaningful words (two at least) or a
    figure of it; a draft of 75 s or more had no room and counts none."""
    ws = _ws([MAIN, {"statement": OUTCOME, "scope": "team"}],
             how_far="from copying old plans to writing the whole season's")
    role = ws.role("r1")
    short = "I coached at Eastfield. I cut no-shows at the Saturday club from 15 to 4."
    assert entries_unused(short, role) == [OUTCOME, role.skills[0].how_far]
    told = short + " Two of the girls went on to coach their own teams. I went from copying " \
                   "old plans to writing the whole season's."
    assert entries_unused(told, role) == []
    assert entries_unused(short + " and then" * 200, role) == []  # no room left: none counted
    assert entries_unused("", role) == [] and entries_unused(short, None) == []
