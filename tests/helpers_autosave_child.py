"""A child process for the crash test: autosaves edits in a loop until it is killed.

Run as ``python helpers_autosave_child.py WORKSPACE``. It opens the workspace through
``workshop.session.Session`` (as a notebook does), reads the edit counter the file holds, prints
``READY <counter>`` and then, for n = counter + 1, counter + 2, ...:

    B <n>      (flushed) about to save edit n
    A <n>      (flushed) edit n is saved

The workspace after edit n is a pure function of n (``apply_edit``), so the parent can tell
exactly which state a file holds: edit n sets the counter, rewrites the main role's ratings and
summary, and adds or removes extra roles so that there are ``n % 7`` of them.
"""

from __future__ import annotations

import sys
from dataclasses import replace

from workshop.model import Ratings, Role, Workspace


def apply_edit(ws: Workspace, n: int) -> Workspace:
    """Turn any workspace of this test into the state after edit ``n``."""
    roles = list(ws.roles)
    if not any(r.id == "main" for r in roles):
        roles.insert(0, Role(id="main", title="Main role", organization="Crash Test Ltd",
                             start="2019-11"))
    roles = [replace(r, ratings=Ratings(skill_growth=n % 5 + 1, company_results=(n // 5) % 5 + 1,
                                        relevance=(n // 25) % 5 + 1), summary=f"edit {n}")
             if r.id == "main" else r for r in roles]
    want = [f"x{k}" for k in range(n % 7)]
    roles = [r for r in roles if r.id == "main" or r.id in want]
    for rid in want:
        if not any(r.id == rid for r in roles):
            roles.append(Role(id=rid, title=f"Extra role {rid}", start="2015", end="2016"))
    return replace(ws, participant={**ws.participant, "counter": n}, roles=tuple(roles))


def expected(n: int) -> dict:
    """The workspace file's object after edit ``n`` (``n == 0``: the empty workspace)."""
    ws = Workspace()
    if n:
        ws = apply_edit(ws, n)
    return Workspace.from_dict(ws.to_dict()).to_dict()


def counter_of(ws: Workspace) -> int:
    return int(ws.participant.get("counter", 0))


def main(path: str) -> None:
    from workshop.session import Session

    session = Session.open(path)
    if session.notice:  # the file could not be read: the parent must hear of it
        print(f"NOTICE {session.notice}", flush=True)
    n = counter_of(session.workspace)
    print(f"READY {n}", flush=True)
    while True:
        n += 1
        print(f"B {n}", flush=True)
        session.change(lambda ws, n=n: apply_edit(ws, n), f"edit {n}")
        print(f"A {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
