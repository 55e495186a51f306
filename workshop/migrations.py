"""Bringing workspace files written by older versions of the kit up to the current schema.

Version 0 is the prototype's file (no ``schema_version`` key, or ``0``): roles said ``company``
for ``organization``, carried their ratings flat as ``growth``, ``results`` and ``relevance``, and
the target role was ``target`` with its goals in one string separated by semicolons.
Version 1 is the first kit's file; version 2 adds the fields the draft needs to say only
what the entries hold (what kind of organisation, what a number is, which skill made a result
possible). Each step takes a dict of one version and returns a dict of the next; a file is
migrated on load and saved in the current version the next time something changes.
"""

from __future__ import annotations

import copy

from .errors import NewerSchemaError, UnreadableWorkspace
from .model import SCHEMA_VERSION

__all__ = ["migrate"]


def schema_version_of(data: dict, *, file: str | None = None) -> int:
    """The file's schema version (0 when absent); refuses anything that is not a whole number."""
    version = data.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise UnreadableWorkspace(f"'schema_version' is {version!r}; it should be a whole number "
                                  f"such as {SCHEMA_VERSION}.", file=file, field="schema_version")
    return version


def _v0_target_role(target: dict) -> dict:
    """Version 0's ``target`` (goals a list, or one string split on ";") as a ``target_role``."""
    goals = target.get("goals", [])
    if isinstance(goals, str):
        goals = [g.strip() for g in goals.split(";") if g.strip()]
    return {"title": target.get("title", ""), "goals": goals}


def _v0_role(role):
    """A version 0 role in version 1: ``company`` is ``organization``, and the loose ratings
    (``growth``, ``results``, ``relevance``) gathered in ``ratings``. Anything not a dict is
    left as it is, for validation to refuse."""
    if not isinstance(role, dict):
        return role
    role = dict(role)
    if "organization" not in role and "company" in role:
        role["organization"] = role.pop("company")
    if "ratings" not in role:
        ratings = {}
        for old, new in (("growth", "skill_growth"), ("results", "company_results"),
                         ("relevance", "relevance")):
            if old in role and not isinstance(role[old], list):
                ratings[new] = role.pop(old)
        role["ratings"] = ratings
    return role


def _v0_to_v1(data: dict) -> dict:
    out = {k: v for k, v in data.items() if k not in ("target",)}
    target = data.get("target")
    if "target_role" not in data and isinstance(target, dict):
        out["target_role"] = _v0_target_role(target)
    if not isinstance(data.get("roles", []), list):
        out["schema_version"] = 1
        return out  # left as it is, so that validation refuses it and the file is kept
    if "roles" in data:
        out["roles"] = [_v0_role(role) for role in data["roles"]]
    out["schema_version"] = 1
    return out


def _v1_to_v2(data: dict) -> dict:
    """Version 2 adds optional fields only (a role's ``organization_kind``; a result's
    ``kind``, ``from_value``, ``period``, ``my_part`` and ``enabled_by``). Version 1 files
    written by the importers kept a change's starting point as ``from_value`` among a result's
    extra fields: it is the same key, so it is read as the new field."""
    out = dict(data)
    out["schema_version"] = 2
    return out


_STEPS = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(data: dict, *, file: str | None = None, owned: bool = False) -> dict:
    """Return ``data`` in the current schema version (a new dict; the argument is not changed).

    ``owned``: the caller made ``data`` for this call alone (JSON just parsed) and reads it no
    more, so a file already in the current version is returned as it is, without the deep copy
    (a tenth of a millisecond per role, paid by every open notebook at every save).
    """
    version = schema_version_of(data, file=file)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"this file is schema version {version}, written by a newer Job Value Workshop; this "
            f"kit reads up to version {SCHEMA_VERSION}. Update the kit (pip install -U "
            "job-value-workshop) or open the file with the kit that wrote it.",
            file=file, field="schema_version")
    if owned and version == SCHEMA_VERSION:
        return data
    data = copy.deepcopy(data)
    while version < SCHEMA_VERSION:
        data = _STEPS[version](data)
        version += 1
    return data
