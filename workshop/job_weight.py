"""Why this job, where the participant typed no reason: a fact of the entries, never a feeling.

Blind hiring managers (r28) rated drafts of entries alone lowest, and named the cause: "no
reason why the job mattered". Until the participant answers the coach's question (which is
still asked, ``coach``), the opening can still say what made this job stand out among their
roles, from what the entries state and nothing else: the first job in which they were in
charge. Its title holds a word that puts its holder in charge of others (``lead_titles`` in
``data/personal_value.json``: "Shipping Lead", "Charge Nurse"), and every role that began
before it has a title without one, said at the end of the opening ("... as a Charge Nurse at
St. Luke's, the first time I was put in charge."): no sentence of its own, which would
be heard as a line of the kit's.

It never says how the participant felt ("I loved", "I was proud") or why they did it: a
feeling the entries don't hold is the kit's invention (``benchmarks/draft_feeling.py``
counts them). A promotion is no such fact here: the answer check reads a promotion given as
the reason as a pitfall (``check.pitfall_phrases``).
"""

from __future__ import annotations

import re

from .model import Role, Workspace
from .reason_short import value_data

__all__ = ["job_weight", "first_in_charge"]


def _in_charge(title: str) -> bool:
    words = set(re.findall(r"[a-z]+", str(title or "").lower()))
    return bool(words & set(value_data()["lead_titles"]))


def first_in_charge(workspace: Workspace, role: Role) -> bool:
    """True when ``role``'s title puts its holder in charge and every role that began before
    it (one at least, by its start date) has a title that does not."""
    if not role.start or not _in_charge(role.title):
        return False
    before = [r for r in workspace.roles if r.id != role.id and r.start and r.start < role.start]
    return bool(before) and not any(_in_charge(r.title) for r in before)


def job_weight(workspace: Workspace, role: Role) -> str:
    """What made this job stand out, from the entries (see the module), as a phrase the
    opening ends on (``draft_frame.first_line``'s ``gave``); "" when they state no such fact."""
    if not first_in_charge(workspace, role):
        return ""
    # "the first time", not "the first job": the opening names the job already ("the job I
    # have now, ..., the first job where" says it twice)
    return "the first time I have been put in charge" if role.current else \
        "the first time I was put in charge"
