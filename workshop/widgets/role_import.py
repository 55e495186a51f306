"""Notebook 01's import: the jobs of a JSON Resume, a LinkedIn ``Positions.csv`` or its export
zip added after the participant's roles, the jobs already listed left out and named; and the one
rule for what makes two roles the same job (``same_job``), which "Add as new role" asks too.
"""

from __future__ import annotations

import dataclasses

from .. import importers
from ..edits import add_roles
from ..errors import WorkshopError
from ..fields import MAX_TEXT, clip
from ..model import Role, new_role_id
from ..session import Session
from ._base import plural
from .messages import plain_message

__all__ = ["import_roles", "role_line", "same_job", "same_role", "is_form_draft"]


def role_line(role: Role) -> str:
    """"Shift Supervisor, Northwind Logistics (2019-11 to now)": the role's display name
    (``Role.label``) with its dates, one role in one line."""
    if role.start:
        return f"{role.label} ({role.start} to {role.end or 'now'})"
    if role.end:
        return f"{role.label} (until {role.end})"
    return role.label


def import_roles(name: str, raw: bytes, session: Session) -> tuple[str, str]:
    """Add the jobs of the file ``name`` (its bytes ``raw``) after the session's roles; returns
    the message to show and its kind ("ok", "warning", "error")."""
    try:
        imported = importers.import_bytes_with_report(name, raw)
    except WorkshopError as exc:
        where = ""
        if exc.row is not None:
            is_csv = name.lower().endswith(".csv")
            where = f" (row {exc.row})" if is_csv else f" (job {exc.row} in its list)"
        return (f"'{name}' can't be imported{where}: {plain_message(exc.message)} Your roles "
                "are unchanged.", "error")
    roles = [dataclasses.replace(r, id=new_role_id()) for r in imported.workspace.roles]
    if not roles:
        return f"'{name}' holds no jobs; nothing was added.", "warning"
    session.refresh()  # compare with what the file holds now
    roles, doubles = _without_doubles(roles, session.workspace.roles)
    report = imported.report.lines()  # the same lines `workshop import` prints
    said = " ".join(f"{d[0].upper()}{d[1:]}." for d in doubles)
    if not roles:
        return (f"Nothing was added from '{name}': every job in it is already in your list. "
                f"{said}", "warning")
    session.change(lambda ws: add_roles(ws, *roles),
                   f"import {plural(len(roles), 'role')} from '{clip(name, 40)}'")
    if doubles:
        head = report[0].replace("Imported ", "Read ", 1)
        added = (f"Added {plural(len(roles), 'role')} after your other roles, not the "
                 f"{plural(len(doubles), 'job')} you already have: {said}")
    else:
        head = report[0]
        added = ("They are added" if len(roles) > 1 else "It is added") + \
            " after your other roles."
    return (" ".join([head, added, "Check the dates and rate the new roles in notebooks 02 and "
                      "03.", *report[1:]]), "warning" if doubles else "ok")


def same_job(role: Role) -> tuple:
    """What makes two roles the same job (the one rule for Add and import): title,
    organisation, start and end, with case and spacing ignored."""
    def norm(text: str | None) -> str:
        return " ".join((text or "").split()).casefold()

    return norm(role.title), norm(role.organization), role.start or "", role.end or ""


def _without_doubles(imported: list[Role], mine: list[Role]) -> tuple[list[Role], list[str]]:
    """The imported roles that are not already in ``mine`` (nor earlier in the file), and a
    phrase for each one left out."""
    numbers = {same_job(r): i for i, r in enumerate(mine, start=1)}
    kept: list[Role] = []
    said: list[str] = []
    for role in imported:
        key = same_job(role)
        if key not in numbers:
            numbers[key] = 0  # 0: earlier in the same file
            kept.append(role)
            continue
        brought = [plural(len(role.results), "result")] if role.results else []
        if role.skills:
            brought.append(plural(len(role.skills), "skill"))
        extra = (f" (the file's copy has {' and '.join(brought)}: add what you want of them "
                 "to yours in notebooks 02 and 03)") if brought else ""
        where = (f"already your role number {numbers[key]}" if numbers[key]
                 else "in the file twice")
        said.append(f"'{role_line(role)}' is {where}{extra}")
    return kept, said


def same_role(values: dict) -> tuple:
    """What tells a role's form apart from another job's that had the same id."""
    return values["title"], values["organization"]


def is_form_draft(draft, form: dict) -> bool:
    """True when ``draft`` (read from the drafts file) is a form's typing of the same shape as
    ``form``: each value of the same kind, text no longer than a field holds."""
    if not isinstance(draft, dict) or not all(isinstance(draft.get(k), dict)
                                              for k in ("form", "baseline")):
        return False
    return all(set(d) == set(form) and all(type(d[k]) is type(form[k]) for k in form)
               and all(len(v) <= MAX_TEXT for v in d.values() if isinstance(v, str))
               for d in (draft["form"], draft["baseline"]))
