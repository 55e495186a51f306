"""Where a pattern's matches can start, read from the pattern itself (``first_characters``),
and a pattern compiled behind a look at that one character (``guarded``): a pattern that scans
a whole pasted text tries none of its many alternatives where no match can start. Used by the
number readers (``number_words.py``, ``numbers.py``); the same matches either way
(``tests/test_check_shortcuts.py``)."""

from __future__ import annotations

import re

__all__ = ["guarded", "guarded_choice", "first_characters"]


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled behind a look at the one character its matches can start with,
    when that can be told (``first_characters``), for a pattern that scans a whole text: where
    no match can start (a space or a digit for a number word, a space, a slash or most letters
    for a span that is never an amount) none of its many alternatives is tried. The same
    matches either way."""
    first = first_characters(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


def guarded_choice(alternatives: list[str], flags: int = 0) -> re.Pattern:
    """The choice of ``alternatives`` (``"|".join``) guarded as ``guarded`` does, and each run of
    neighbours that start with the same characters behind its own look at that character: at a
    letter that only a month name can start, the digit-led alternatives are not tried one by
    one. Order is kept, so the same matches as the plain choice."""
    groups: list[tuple[str | None, list[str]]] = []
    for alternative in alternatives:
        first = first_characters(alternative, flags)
        if groups and groups[-1][0] == first:
            groups[-1][1].append(alternative)
        else:
            groups.append((first, [alternative]))
    choice = "|".join((f"(?=[{first}])" if first else "") + "(?:" + "|".join(run) + ")"
                      for first, run in groups)
    first = first_characters("|".join(alternatives), flags)
    return re.compile(f"(?=[{first}])(?:{choice})" if first else choice, flags)


_CLASS_ITEMS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class's inside ("\\d+#(") holding every character a match of ``pattern``
    can start with, read from the pattern's parse; None when a match can be empty or starts
    with something this does not read (any character, a class negated, a flag set inside):
    then no guard is put in front, and nothing is lost."""
    try:
        from re import _parser  # the standard library's own parser, as the linear test uses

        items, empty = _first(_parser.parse(pattern, flags).data)
    except Exception:  # noqa: BLE001  (a parser that changed: no guard, the same matches)
        return None
    return None if empty or not items else "".join(sorted(items))


def _first(nodes) -> tuple[set[str], bool]:
    """(the class items a run of parsed nodes can start with, whether it can match nothing);
    raises ``LookupError`` for a node it does not read."""
    items: set[str] = set()
    for op, av in nodes:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next node starts the match
        if name == "LITERAL":
            return items | {re.escape(chr(av))}, False
        if name == "IN":
            return items | {_class_item(op2, val) for op2, val in av}, False
        more, empty = _first_inside(name, av)
        items |= more
        if not empty:
            return items, False
    return items, True


def _first_inside(name: str, av) -> tuple[set[str], bool]:
    """``_first`` of a group, a choice or a repeat."""
    if name == "SUBPATTERN" and not (av[1] or av[2]):
        return _first(av[3])
    if name == "BRANCH":
        firsts = [_first(branch) for branch in av[1]]
        return set().union(*(f for f, _ in firsts)), any(e for _, e in firsts)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        items, empty = _first(av[2])
        return items, empty or av[0] == 0
    raise LookupError(name)  # a flag set inside, a back reference, any character


def _class_item(op, value) -> str:
    name = str(op)
    if name == "LITERAL":
        return re.escape(chr(value))
    if name == "RANGE":
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if name == "CATEGORY" and str(value) in _CLASS_ITEMS:
        return _CLASS_ITEMS[str(value)]
    raise LookupError(name)  # a negated class: anything may start
