"""Bringing workspace files written by older versions of the kit up to the current schema.

Version 0 is the prototype's file (no ``schema_version`` key, or ``0``): roles said ``company``
for ``organization``, carried their ratings flat as ``growth``, ``results`` and ``relevance``, and
the target role was ``target`` with its goals in one string separated by semicolons.
Version 1 is the first kit's file; version 2 adds the fields the draft needs to say only
what the entries hold (what kind of organisation, what a number is, which skill made a result
possible); version 3 holds a result's ``enabled_by`` to its own role's skills; version 4 adds a
role's ``personal_value`` (what the job gave the participant, in their words); version 5 lets a
result's ``scope`` be empty beside the participant's own word for it (``scope_said``: "ward",
"clients"), a word the kit cannot place. Each step takes
a dict of one version and returns a dict of the next; a file is migrated on load and saved in
the current version the next time something changes.
"""

from __future__ import annotations

import copy

from .errors import NewerSchemaError, UnreadableWorkspace, ValidationError
from .fields import text_field
from .model import SCHEMA_VERSION, skill_key

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


def _each_role(data: dict, step, version: int) -> dict:
    """``data`` at ``version``, each of its roles passed through ``step`` (roles that are not
    a list are left as they are, for validation to refuse)."""
    out = dict(data)
    roles = data.get("roles")
    if isinstance(roles, list):
        out["roles"] = [step(role) for role in roles]
    out["schema_version"] = version
    return out


def _v2_to_v3(data: dict) -> dict:
    """Version 3 refuses a result whose ``enabled_by`` names a skill its role does not list.
    Version 2 kits wrote such links (notebook 02 left a result's link behind when its skill was
    renamed or removed), and the draft never used them, as it links a result only to its own
    role's skills: they are dropped, so the file reads as it did. Anything not in the expected
    shape is left as it is, for validation to refuse."""
    return _each_role(data, _v2_role, 3)


def _v2_role(role):
    skills, results = (role.get("skills"), role.get("results")) if isinstance(role, dict) \
        else (None, None)
    if not isinstance(skills, list) or not isinstance(results, list):
        return role
    known = {skill_key(s["name"]) for s in skills
             if isinstance(s, dict) and isinstance(s.get("name"), str)}

    def kept(result):
        links = result.get("enabled_by") if isinstance(result, dict) else None
        if not isinstance(links, list) or not all(isinstance(n, str) for n in links):
            return result
        return dict(result, enabled_by=[n for n in links if skill_key(n) in known])

    return dict(role, results=[kept(r) for r in results])


def _v3_to_v4(data: dict) -> dict:
    """Version 4 adds a role's optional ``personal_value`` (text). A version 3 file knew no
    such field; another tool may have kept one of that name among a role's extra fields, and
    where it is not text the kit can hold it is kept under ``personal_value_v3`` (an extra
    field, saved as it is), so the file loads with everything it held."""
    return _each_role(data, _v3_role, 4)


def _v3_role(role):
    if not isinstance(role, dict) or "personal_value" not in role:
        return role
    try:
        text_field(role, "personal_value")
    except ValidationError:
        role = dict(role)
        role["personal_value_v3"] = role.pop("personal_value")
    return role


def _v4_to_v5(data: dict) -> dict:
    """Version 5 adds a result's optional ``scope_said`` (who felt it, in the participant's
    word) and lets ``scope`` be "" beside it. A version 4 file holds neither; a word typed in
    its ``scope`` ("ward") is read as any version's is (``typed_entries.read_scope``), and a
    ``scope_said`` another tool kept among a result's extra fields is the same key, read as
    the new field. Only the version changes."""
    out = dict(data)
    out["schema_version"] = 5
    return out


_STEPS = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


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
