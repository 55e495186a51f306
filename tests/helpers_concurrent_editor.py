"""A child process for the concurrency test: one of two "notebooks" editing the same workspace.

Run as ``python helpers_concurrent_editor.py WORKSPACE NAME EDITS``. It opens the workspace with
its own ``Session``, prints ``READY``, waits for a line on stdin (so both start together), then
makes EDITS edits through ``Session.change``, each touching only what belongs to NAME
(``apply_edit``). After every save it reads the file back and checks that its own edit n is
there: a save by the other process that dropped it would be caught at once. It ends by printing
one JSON line: ``{"name", "edits", "merged_other_edits", "lost"}``, where
``merged_other_edits`` counts the saves that found and merged the other process's newer edits.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace

from workshop.edits import add_roles, with_role
from workshop.model import Ratings, Role, Skill, Workspace

ADD_ROLE_EVERY = 6
ADD_SKILL_EVERY = 7


def own_id(name: str) -> str:
    return f"own-{name}"


def ratings_for(n: int) -> dict:
    return {"skill_growth": n % 5 + 1, "company_results": (n // 3) % 5 + 1,
            "relevance": (n // 7) % 5 + 1}


def apply_edit(ws: Workspace, name: str, n: int) -> Workspace:
    """Edit n of process NAME: its own role's summary and ratings; now and then a new role of
    its own, or a new skill on its own role."""
    if not any(r.id == own_id(name) for r in ws.roles):
        ws = add_roles(ws, Role(id=own_id(name), title=f"{name}'s own role", start="2018"))
    own = ws.role(own_id(name))
    skills = own.skills
    if n % ADD_SKILL_EVERY == 0:
        skills = (*skills, Skill(name=f"{name} skill {n}", before="novice", after="competent"))
    ws = with_role(ws, own.id, lambda r: replace(r, summary=f"{name} edit {n}",
                                                 ratings=Ratings(**ratings_for(n)),
                                                 skills=skills))
    if n % ADD_ROLE_EVERY == 0:
        ws = add_roles(ws, Role(id=f"{name}-{n}", title=f"{name} role added at edit {n}",
                                start="2010", end="2011"))
    return ws


def problems(data: dict, name: str, n: int) -> list[str]:
    """What of NAME's edits 1..n is missing from a workspace file's object."""
    roles = {r["id"]: r for r in data.get("roles", [])}
    own = roles.get(own_id(name))
    if own is None:
        return [f"{own_id(name)} is missing"]
    out = []
    if own.get("summary") != f"{name} edit {n}":
        out.append(f"summary is {own.get('summary')!r}, not edit {n}")
    if own.get("ratings") != ratings_for(n):
        out.append(f"ratings are {own.get('ratings')}, not those of edit {n}")
    for k in range(ADD_ROLE_EVERY, n + 1, ADD_ROLE_EVERY):
        if f"{name}-{k}" not in roles:
            out.append(f"role {name}-{k} is missing")
    skills = [s["name"] for s in own.get("skills", [])]
    wanted = [f"{name} skill {k}" for k in range(ADD_SKILL_EVERY, n + 1, ADD_SKILL_EVERY)]
    if skills != wanted:
        out.append(f"skills are {skills[-3:]}..., not the {len(wanted)} added")
    return out


def main(path: str, name: str, edits: int) -> None:
    from workshop.session import Session
    from workshop.store import read_workspace

    session = Session.open(path)
    print("READY", flush=True)
    sys.stdin.readline()
    merged = 0
    lost: list[str] = []

    def others(ws: Workspace) -> list:
        return [(r.id, r.summary) for r in ws.roles if not r.id.startswith((name, own_id(name)))]

    for n in range(1, edits + 1):
        before = others(session.workspace)
        session.change(lambda ws, n=n: apply_edit(ws, name, n), f"{name} edit {n}")
        if others(session.workspace) != before:  # the save merged in the other's edits
            merged += 1
        found = problems(session.workspace.to_dict(), name, n) + \
            problems(read_workspace(path).to_dict(), name, n)
        lost.extend(f"after edit {n}: {p}" for p in found)
        time.sleep(random.uniform(0, 0.003))  # a breath outside the lock, as a person takes
    print(json.dumps({"name": name, "edits": edits, "merged_other_edits": merged,
                      "lost": lost[:20]}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
