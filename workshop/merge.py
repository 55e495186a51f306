"""Three-way merge of two edits of one workspace file, so two kernels never erase each other.

``base`` is what a kernel last read, ``ours`` what it wants to write, ``theirs`` what another
kernel wrote meanwhile. Whatever only one side changed is kept; lists of records with an ``id``
(the roles) are merged record by record, so roles added, removed or edited in two notebooks all
survive. Other lists (goals, a role's skills and results) are merged item by item: what either
side added is kept, what either side removed goes (an item edited on both sides is kept in both
versions, so nothing typed is lost). Where both sides changed the same value differently, the
later writer (``ours``) wins.
"""

from __future__ import annotations

__all__ = ["merge3"]

_MISSING = object()


def _is_id_list(*values) -> bool:
    return all(
        isinstance(v, list) and all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in v)
        for v in values
    )


def _merge_dicts(base: dict, ours: dict, theirs: dict) -> dict:
    out = {}
    keys = list(ours) + [k for k in theirs if k not in ours] + \
        [k for k in base if k not in ours and k not in theirs]
    for key in keys:
        value = merge3(base.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING))
        if value is not _MISSING:
            out[key] = value
    return out


def _merge_id_lists(base: list, ours: list, theirs: list) -> list:
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
        value = merge3(b.get(rid, _MISSING), o.get(rid, _MISSING), t.get(rid, _MISSING))
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


def merge3(base, ours, theirs):
    """Merge JSON values; ``_MISSING`` (internal) stands for a key or record that is absent."""
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if isinstance(base, dict) and isinstance(ours, dict) and isinstance(theirs, dict):
        return _merge_dicts(base, ours, theirs)
    if _is_id_list(ours, theirs) and (base is _MISSING or _is_id_list(base)):
        return _merge_id_lists([] if base is _MISSING else base, ours, theirs)
    if isinstance(base, list) and isinstance(ours, list) and isinstance(theirs, list):
        return _merge_plain_lists(base, ours, theirs)
    if ours is _MISSING:
        # We deleted what they edited: keep their edit, a deletion is easy to redo.
        return theirs
    if theirs is _MISSING:
        return ours
    return ours
