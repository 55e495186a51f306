"""Goals backed by the measure they name, told from either side, for the goals match
(``workshop/check_goals.py``): ``data/goal_measures.json`` read strictly (a key misspelt or of
the wrong shape is said naming the file and the key).

A job ad names a measure from one side ("improve attendance", "accuracy", "reduce escaped
defects"); a speaker tells the change from whichever side they lived it ("absences fell by a
third", "errors dropped", "bugs reaching customers dropped to almost none"). One measure is a
pair of word lists, the side a goal asks more of and the side that goes down instead: a goal
that names a word of either side is backed by a result's sentence that names a word of the
same measure. One table of about ten measures serves every goal that names one, in place of
an entry per goal.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .resources import data_file, read_checked_json

__all__ = ["MEASURES_FILE", "Measures", "measures"]

MEASURES_FILE = "goal_measures.json"
_KEYS = ("about", "measures")


@dataclass(frozen=True)
class Measures:
    """``data/goal_measures.json``.

    Attributes:
        of: a word (lowercase, and its base) -> the (measure, side) pairs it names (the
            measure's place in the file; side 0 or 1).
    """

    of: dict[str, frozenset]

    def named(self, words) -> frozenset:
        """The (measure, side) pairs a goal's words (bases) name."""
        return frozenset().union(*(self.of.get(w, frozenset()) for w in words))

    def said(self, goal_sides: frozenset, bases: set[str]) -> bool:
        """True when a claim's sentence (its bases) names a measure of ``goal_sides``, on
        either side ("absences" for a goal on attendance)."""
        wanted = {m for m, _ in goal_sides}
        return bool(wanted) and any(m in wanted for b in bases
                                    for m, _ in self.of.get(b, ()))

    def other_side(self, goal_sides: frozenset, bases: set[str]) -> bool:
        """True when a claim's sentence names a measure of ``goal_sides`` from its other side
        only ("customer satisfaction went up" for "reduce customer complaints"): its move
        goes the other way from the goal's verb, as it should."""
        told = {pair for b in bases for pair in self.of.get(b, ())}
        wanted = {m for m, _ in goal_sides}
        return bool(told) and any(m in wanted for m, _ in told) and not (told & goal_sides)


def measures(lexicon) -> Measures:
    """The measures file of the data folder in use (a facilitator's ``WORKSHOP_DATA`` copy
    first, the kit's where that folder has none), read once per file and lexicon. Raises
    ``ValidationError`` naming the file and the key for the first key that is unknown or of
    the wrong shape."""
    return _read(str(data_file(MEASURES_FILE)), lexicon)


@functools.lru_cache(maxsize=8)
def _read(path: str, lexicon) -> Measures:
    data = read_checked_json(path, _problem, MEASURES_FILE)
    of: dict[str, set] = {}
    for m, pair in enumerate(data["measures"]):
        for side, w in ((side, w) for side, words in enumerate(pair) for w in words):
            low = w.strip().lower()
            for form in (low, lexicon.base(low)):
                of.setdefault(form, set()).add((m, side))
    return Measures({k: frozenset(v) for k, v in of.items()})


def _words(value: object) -> bool:
    return isinstance(value, list) and bool(value) \
        and all(isinstance(w, str) and w.strip() for w in value)


def _problem(data: object) -> tuple[str, str] | None:
    """(the key, what is wrong) for the first key that is unknown, missing or of the wrong
    shape."""
    if not isinstance(data, dict):
        return "", "The file must hold an object of keys."
    unknown = [k for k in data if k not in _KEYS]
    if unknown:
        return unknown[0], f"Unknown key {unknown[0]!r}: the keys are {', '.join(_KEYS)}."
    if "measures" not in data:
        return "measures", "The key 'measures' is missing."
    if not isinstance(data.get("about", ""), str):
        return "about", "'about' must be a text."
    pairs = data["measures"]
    if not isinstance(pairs, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(_words(s) for s in p) for p in pairs):
        return "measures", "'measures' must be a list of pairs of word lists."
    return None
