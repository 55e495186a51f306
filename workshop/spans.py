"""Spans of words or characters, asked about overlaps in log time.

A reading asks of thousands of places whether a veto, an exception or a never-an-amount span
overlaps them (``workshop/reading.py``, ``claims.py``, ``check.py``, the number reader): each
question is a binary search, not a scan of every span, so a long pasted text is read in linear
time. A ``Spans`` is read-only once made (``plus`` makes a new one), so one empty set serves
every sentence that has none.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .phrases import Match

__all__ = ["Spans"]


class Spans:
    """Spans ``(start, end)`` of words or characters, asked about overlaps in log time: a long
    pasted text holds thousands of matches, and a scan of them all per question would make
    reading it quadratic. The spans may overlap one another; a question's range is not empty."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        if not self._spans:  # most sentences' vetoes and exceptions: none, said at once
            self._starts = self._reach = self._ends = self._spans
            return
        self._starts = [s for s, _ in self._spans]
        # The furthest end among the spans up to each one: what the spans starting before a
        # point reach.
        self._reach = list(itertools.accumulate((e for _, e in self._spans), max))
        self._ends = sorted(e for _, e in self._spans)

    @classmethod
    def of(cls, matches: Sequence[Match]) -> Spans:
        if not matches:  # asked of every sentence: most have none, one empty set serves all
            return _NO_SPANS if cls is Spans else cls()
        return cls((m.start, m.end) for m in matches)

    def __len__(self) -> int:
        return len(self._spans)

    def plus(self, spans: Iterable[tuple[int, int]]) -> Spans:
        more = list(spans)
        return Spans(self._spans + more) if more else self  # read-only: the same set serves

    def _furthest(self, end: int) -> int:
        """How far the spans that start before ``end`` reach (-1 when none does)."""
        before = bisect.bisect_left(self._starts, end)
        return self._reach[before - 1] if before else -1

    def overlaps(self, start: int, end: int) -> bool:
        """A span overlaps ``start`` to ``end``."""
        return self._furthest(end) > start

    def overlaps_ascending(self):
        """``overlaps`` for questions asked in order of their ends (a text's numbers, left to
        right): one walk over the spans for all of them, not a binary search each."""
        starts, reach, n = self._starts, self._reach, len(self._starts)
        at = 0

        def overlaps(start: int, end: int) -> bool:
            nonlocal at
            while at < n and starts[at] < end:
                at += 1
            return at > 0 and reach[at - 1] > start

        return overlaps

    def covers(self, start: int, end: int) -> bool:
        """A span overlaps ``start`` to ``end`` and reaches at least as far."""
        return self._furthest(end) >= end

    def apart(self, start: int, end: int) -> bool:
        """A span lies wholly before or after ``start`` to ``end``."""
        after = len(self._starts) - bisect.bisect_left(self._starts, end)
        return after > 0 or bisect.bisect_right(self._ends, start) > 0


_NO_SPANS = Spans()  # read-only, like every Spans: one empty set serves all
