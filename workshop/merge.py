"""Three-way merge of two edits of one workspace file, so two kernels never erase each other.

``base`` is what a kernel last read, ``ours`` what it wants to write, ``theirs`` what another
kernel wrote meanwhile. Whatever only one side changed is kept; lists of records with an ``id``
(the roles) are merged record by record, so roles added, removed or edited in two notebooks all
survive. Other lists (goals, a role's skills and results) are merged item by item: what either
side added is kept, what either side removed goes (an item edited on both sides is kept in both
versions, so nothing typed is lost). Where both sides changed the same value differently, the
later writer (``ours``) wins, and the merge reports the path of that field (``conflicts``) so
that both notebooks can be told.

``merge_workspaces`` merges two workspaces and keeps the result valid without dropping edits: a
record the merge made invalid (one side's start after the other side's end) takes back only the
saver's conflicting field, and a merge that breaks a workspace-wide limit (more roles than a
workspace holds) refuses the saver's change whole, keeping what the other notebook saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ConflictError, ValidationError
from .glossary import field_words
from .model import Workspace

__all__ = ["merge3", "merge_workspaces", "MergeOutcome", "describe_path"]

_MISSING = object()


def _is_id_list(*values) -> bool:
    return all(
        isinstance(v, list) and all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in v)
        for v in values
    )


def _merge_dicts(base: dict, ours: dict, theirs: dict, path: tuple, conflicts) -> dict:
    out = {}
    keys = list(ours) + [k for k in theirs if k not in ours] + \
        [k for k in base if k not in ours and k not in theirs]
    for key in keys:
        value = _merge(base.get(key, _MISSING), ours.get(key, _MISSING),
                       theirs.get(key, _MISSING), (*path, key), conflicts)
        if value is not _MISSING:
            out[key] = value
    return out


def _merge_id_lists(base: list, ours: list, theirs: list, path: tuple, conflicts) -> list:
    b = {i["id"]: i for i in base}
    o = {i["id"]: i for i in ours}
    t = {i["id"]: i for i in theirs}
    common_ours = [i for i in o if i in b and i in t]
    common_base = [i for i in b if i in o and i in t]
    # If we did not reorder, their order of the shared records stands.
    skeleton = [i for i in t] if common_ours == common_base else [i for i in o]
    order = []
    for rid in skeleton:
        if rid not in order:
            order.append(rid)
    # Records missing from the skeleton go after their predecessor in their own list.
    for side in (list(o), list(t)):
        for idx, rid in enumerate(side):
            if rid not in order:
                prev = next((p for p in reversed(side[:idx]) if p in order), None)
                order.insert(order.index(prev) + 1 if prev else 0, rid)
    out = []
    for rid in order:
        value = _merge(b.get(rid, _MISSING), o.get(rid, _MISSING), t.get(rid, _MISSING),
                       (*path, rid), conflicts)
        if value is not _MISSING:
            out.append(value)
    return out


def _remaining(items: list, removed: list) -> list:
    """``items`` without one occurrence of each item of ``removed`` (lists of JSON values)."""
    out, pending = [], list(removed)
    for item in items:
        if item in pending:
            pending.remove(item)
        else:
            out.append(item)
    return out


def _merge_plain_lists(base: list, ours: list, theirs: list) -> list:
    removed_by_them = _remaining(base, theirs)  # in base, gone from theirs
    added_by_them = _remaining(theirs, base)
    result = _remaining(ours, removed_by_them)
    return result + [item for item in added_by_them if item not in result]


def merge3(base, ours, theirs, conflicts: list | None = None):
    """Merge JSON values; ``_MISSING`` (internal) stands for a key or record that is absent.

    ``conflicts``, when given, receives one ``(path, winner)`` per field both sides changed
    differently: ``path`` a tuple of keys (a role by its id), ``winner`` "ours" or "theirs".
    """
    return _merge(base, ours, theirs, (), conflicts)


def _merge(base, ours, theirs, path: tuple, conflicts):
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if isinstance(base, dict) and isinstance(ours, dict) and isinstance(theirs, dict):
        return _merge_dicts(base, ours, theirs, path, conflicts)
    if _is_id_list(ours, theirs) and (base is _MISSING or _is_id_list(base)):
        return _merge_id_lists([] if base is _MISSING else base, ours, theirs, path, conflicts)
    if isinstance(base, list) and isinstance(ours, list) and isinstance(theirs, list):
        return _merge_plain_lists(base, ours, theirs)
    winner = "ours"
    if ours is _MISSING:
        # We deleted what they edited: keep their edit, a deletion is easy to redo.
        winner = "theirs"
    if conflicts is not None:
        conflicts.append((path, winner))
    return theirs if winner == "theirs" else ours


# --- whole workspaces ---------------------------------------------------------------------------

def _role_name(rid, workspaces: tuple) -> str:
    """A role's name for a message ("Title, Org"), from the first workspace that holds it; its
    id when none does."""
    for ws in workspaces:
        for role in ws.get("roles", []) if isinstance(ws, dict) else []:
            if isinstance(role, dict) and role.get("id") == rid and role.get("title"):
                org = role.get("organization")
                return f"{role['title']}, {org}" if org else role["title"]
    return rid


def _describe_role_field(rest: tuple, workspaces: tuple) -> str:
    """A field of a role in words; ``rest`` is the path after "roles" (id first)."""
    role = f"the role '{str(_role_name(rest[0], workspaces))[:80]}'"
    if len(rest) == 1:
        return role
    what = field_words(str(rest[-1] if rest[1] == "ratings" else rest[1]))
    return f"{what} of {role}"


def _describe_target_role(rest: tuple) -> str:
    if rest[:1] == ("goals",):
        return "the hiring manager's goals"
    return "the target role" + (f"'s {rest[0]}" if rest else "")


def describe_path(path: tuple, *workspaces: dict) -> str:
    """A field of a workspace file in words: "the end date of the role 'Nurse, St Mary's'"."""
    if not path:
        return "the workspace"
    head, rest = path[0], path[1:]
    if head == "target_role":
        return _describe_target_role(rest)
    if head == "answer":
        return "the role your answer is about" if rest[:1] == ("role_id",) else "your answer"
    if head == "participant":
        return "your details"
    if head == "roles" and rest:
        return _describe_role_field(rest, workspaces)
    return f"'{'.'.join(str(p) for p in path)}'"


@dataclass
class MergeOutcome:
    """What ``merge_workspaces`` made of two edits.

    Attributes:
        data: the merged workspace file's object (valid).
        overwritten: fields where the saver's value replaced the other notebook's.
        kept_theirs: fields where the other notebook's value stayed and the saver's did not
            (the saver deleted what they edited, or the saver's value would make a role invalid).
        reasons: for each field of ``kept_theirs`` refused as invalid, the reason in words.
    """

    data: dict
    overwritten: list[tuple] = field(default_factory=list)
    kept_theirs: list[tuple] = field(default_factory=list)
    reasons: dict[tuple, str] = field(default_factory=dict)


def _validate(data: dict) -> None:
    Workspace.from_dict(data)


def merge_workspaces(base: dict, ours: dict, theirs: dict) -> MergeOutcome:
    """Merge the saver's edit (``ours``) with what another notebook saved (``theirs``).

    Raises ``ConflictError`` when the two can't be combined into a valid workspace without
    dropping the other notebook's work (say, more roles than a workspace holds): then nothing
    of ``ours`` should be saved.
    """
    conflicts: list = []
    data = merge3(base, ours, theirs, conflicts)
    outcome = MergeOutcome(data=data)
    for path, winner in conflicts:
        (outcome.overwritten if winner == "ours" else outcome.kept_theirs).append(path)
    base_roles = {r.get("id"): r for r in base.get("roles", []) if isinstance(r, dict)}
    ours_roles = {r.get("id"): r for r in ours.get("roles", []) if isinstance(r, dict)}
    theirs_roles = {r.get("id"): r for r in theirs.get("roles", []) if isinstance(r, dict)}
    for _ in range(4 * len(data.get("roles", [])) + 4):
        try:
            _validate(data)
            return outcome
        except ValidationError as exc:
            m = re.match(r"roles\[(\d+)\](?:\.(\w+))?", exc.field or "")
            role = data["roles"][int(m.group(1))] if m else None
            rid = role.get("id") if isinstance(role, dict) else None
            if rid not in theirs_roles:
                raise _refused(exc, data, ours, theirs) from None
            # Take back the saver's change to one field of this role: the one named first.
            mine = ours_roles.get(rid, {})
            was = base_roles.get(rid, {})
            changed = [k for k in mine if mine.get(k, _MISSING) != was.get(k, _MISSING)
                       and mine.get(k, _MISSING) != theirs_roles[rid].get(k, _MISSING)]
            if m.group(2) in changed:
                changed.remove(m.group(2))
                changed.insert(0, m.group(2))
            if not changed:
                raise _refused(exc, data, ours, theirs) from None
            key = changed[0]
            if key in theirs_roles[rid]:
                role[key] = theirs_roles[rid][key]
            else:
                role.pop(key, None)
            path = ("roles", rid, key)
            outcome.overwritten = [p for p in outcome.overwritten if p[:3] != path]
            outcome.kept_theirs.append(path)
            outcome.reasons[path] = exc.message
    raise ConflictError("the two notebooks' edits could not be combined.")  # pragma: no cover


def _refused(exc: ValidationError, data: dict, ours: dict, theirs: dict) -> ConflictError:
    return ConflictError(
        f"another notebook saved changes meanwhile, and together with yours the workspace would "
        f"not be valid ({exc.message.rstrip('.')}). Your change was not saved, so the other "
        "notebook's work is kept; look at the workspace again and redo your change within the "
        "limits.", field=exc.field)
