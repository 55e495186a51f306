"""Two numbers read as one change, and a length of time read as a measured change.

- a change "from X to Y" (or "X -> Y", "Y, up from X") is Y, with X kept in ``before`` and given
  in Y's unit ("from 3 days to 4 hours": 72 hours before); a range "X to Y", "X-Y" or "between
  X and Y" is read as Y;
- "6 to 33%", "40 to 25 minutes": the first number takes the unit of the second; "from 6 days
  to 4": the second, bare, takes the first's;
- a duration is a ``time_span`` when it is stated as a change or a rate ("by 2 hours", "saved
  10 hours", "5 hours a week").

``workshop/numbers.py`` asks these once it has read each number's unit and kind. Nothing here
raises on any text.
"""

from __future__ import annotations

import re

from .number_units import Atom
from .number_words import Quantity, Vocabulary

__all__ = ["inherit_units", "pairs", "time_span"]

_ARROW = re.compile(r"->|\u2192|=>")


def time_span(text: str, atom: Atom, v: Vocabulary) -> bool:
    """A duration stated as a change or a rate ("by 2 hours", "5 hours a week")."""
    return bool(v.ctx.span_before.search(text[max(0, atom.start - 30):atom.start])
                or v.ctx.span_after.match(text[atom.end:atom.end + 40]))


def _to_quantity(text: str, atom: Atom, before: float | None = None,
                 start: int | None = None) -> Quantity:
    start = atom.start if start is None else start
    value = atom.value
    return Quantity(value, atom.unit, atom.kind, text[start:atom.end], start, atom.end, before)


def pairs(text: str, atoms: list[Atom], v: Vocabulary) -> list[Quantity]:
    """Join "from X to Y", "X -> Y", "Y, up from X" and ranges "X-Y" into one quantity."""
    out: list[Quantity] = []
    i, n = 0, len(atoms)
    change, up_from = v.ctx.change.match, v.ctx.up_from.match
    # the hours of a working day need a word of work time: a text with none (most pastes of
    # numbers) is not asked at each pair
    clock = n > 1 and v.ctx.clock_words.search(text.lower()) is not None
    while i < n:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < n else None
        if clock and b is not None and _hours_of_day(text, a, b, v):
            i += 2  # "covered the desk from 7 to 3", "worked 9 to 5": when, not how much
            continue
        if b is not None and b.start - a.end <= 24 and (
                change(text, a.end, b.start) or _between(text, a, b, v)):
            before = text[max(0, a.start - 40):a.start]  # "from" is asked only where it is
            frm = v.ctx.from_.search(before) if "from" in before.lower() else None
            arrow = _ARROW.search(text, a.end, b.start)
            if a.kind in ("", "amount") or not a.unit or a.unit == b.unit or (
                    a.kind in ("duration", "time_span") and b.kind in ("duration", "time_span")):
                before_value = _convert(a, b, v)
                kind = b.kind
                if kind == "duration" and (frm or arrow):
                    kind = "time_span"
                b.kind = kind
                if frm or arrow:
                    start = max(0, a.start - 40) + frm.start() if frm else a.start
                    out.append(_to_quantity(text, b, before_value, start))
                else:
                    out.append(_to_quantity(text, b, None, a.start))
                i += 2
                continue
        if b is not None and a.kind in _UP_FROM_KINDS and (
                m := up_from(text, a.end, a.end + 30)) and \
                b.start == m.end() and (b.unit == a.unit or b.kind == "amount"):
            q = _to_quantity(text, a, _convert(b, a, v))
            out.append(Quantity(q.value, q.unit, "time_span" if q.kind == "duration" else q.kind,
                                text[a.start:b.end], a.start, b.end, q.before))
            i += 2
            continue
        out.append(_to_quantity(text, a))
        i += 1
    return out


_HOURS = frozenset(float(h) for h in range(1, 25))


def _hours_of_day(text: str, a: Atom, b: Atom, v: Vocabulary) -> bool:
    """Two hours of the day joined as a range, the hours of a working day ("covered the desk
    from 7 to 3", "worked 9 to 5", "the 2-10 shift", "from 10 till 6"): two whole numbers up to
    24, bare (or the second counting shifts), joined by "to", "till" or a dash, beside a word of
    work time (``clock_range_words``) and after no word of change (``clock_range_changes``:
    "errors went from 7 to 3" is a change)."""
    if a.value not in _HOURS or b.value not in _HOURS or a.words != b.words \
            or b.start - a.end > 8 or (a.unit and a.unit != b.unit):
        return False  # ("the 2-10 shift": the first took the second's unit, inherit_units)
    if b.unit and not v.ctx.clock_words.fullmatch(b.unit.lower()) or b.kind not in ("", "amount",
                                                                             "count"):
        return False
    if not v.ctx.clock_link.fullmatch(text, a.end, b.start):
        return False
    before = text[max(0, a.start - 40):a.start]
    if v.ctx.clock_changes.search(before):
        return False
    return bool(v.ctx.clock_words.search(before.lower()) or b.unit
                or v.ctx.clock_words.search(text[b.end:b.end + 24].lower()))


_UP_FROM_KINDS = frozenset(("percent", "money", "count", "amount", "duration"))


def _between(text: str, a: Atom, b: Atom, v: Vocabulary) -> bool:
    """"between 20 and 30 stores": a range."""
    return bool(v.ctx.range_link.fullmatch(text, a.end, b.start)
                and v.ctx.range_before.search(text[max(0, a.start - 10):a.start]))


def _convert(a: Atom, b: Atom, v: Vocabulary) -> float:
    """The "from" value in the unit of the "to" value (3 days -> 72 hours)."""
    if a.unit != b.unit and a.unit in v.in_hours and b.unit in v.in_hours:
        return round(a.value * v.in_hours[a.unit] / v.in_hours[b.unit], 6)
    return a.value


def inherit_units(atoms: list[Atom], text: str, v: Vocabulary) -> None:
    """"6 to 33%" or "40 to 25 minutes": the first number takes the unit of the second; "from 6
    days to 4", "from 12 people to more than 30": the second, bare, takes the first's."""
    for a, b in zip(atoms, atoms[1:], strict=False):
        if b.start - a.end > 24 or not v.ctx.change_start.search(text, a.end, b.start) \
                or not v.ctx.change.match(text, a.end, b.start):
            continue  # a gap with no link's first character ("1/2/3", "4 5 6") links nothing
        if a.kind == "amount" and b.kind != "amount":
            a.kind, a.unit = b.kind, b.unit
        elif b.kind == "amount" and not b.unit and a.kind != "amount" and a.unit \
                and v.ctx.from_.search(text[max(0, a.start - 40):a.start]):
            b.kind, b.unit = a.kind, a.unit
