"""A loss or a harm the speaker's work stopped, told as what did not happen.

A prevented loss is a result for the organisation though nothing went up or down: "she left us
a thank-you card instead of a complaint", "I blocked a fake supplier's invoice for £8,000",
"I got the fire door shut before the smoke got worse". ``losses(lists, reading, sentence,
acted)`` reads, in each clause of the sentence:

- ``loss_averted``: a bad outcome spared, told as a noun after "instead of" or "rather than"
  ("instead of a chargeback", "rather than a fine"), after the speaker's act or growth in the
  answer (``acted``), its subject not the speaker ("I paid cash instead of a card" is their own
  day);
- ``loss_stopped``: a verb of stopping with a loss as its object ("stopped a fraudulent
  withdrawal", "caught the duplicate payment", "prevented a leak"), not negated;
- ``loss_cost``: a fault found and stopped, told with what it cost ("caught billing errors
  that had been costing us a few hundred a month", "plugged a leak that was losing the farm
  water");
- ``loss_before``: harm cut short, "before it got serious", "before things got out of hand",
  after "I" or "we" in the same sentence.

The conditional telling ("if I hadn't caught it, the company would have paid ...") is read by
``claims._prevented`` with ``prevented_if`` and ``prevented_loss``. One search per list and
clause: linear.
"""

from __future__ import annotations

from .phrases import Patterns
from .reading import Reading, Sentence

__all__ = ["losses"]

_SPEAKER = frozenset("i i'd i've i'm".split())
_ACTORS = _SPEAKER | {"we"}
_STOPS = frozenset(", ; : and but so".split())
_SUBJECT_WORDS = 8  # how far back from "instead of" its subject may stand


def losses(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
           acted: int | None) -> list[tuple]:
    """(clause, match) of the first loss or harm stopped in each clause of the sentence
    (module docstring)."""
    ws = reading.words
    out = []
    cost = lists["loss_cost"].search(ws, sentence.lo, sentence.hi)  # once: it spans clauses
    for clause in sentence.clauses:
        m = lists["loss_stopped"].search(ws, clause.lo, clause.hi)
        if m is None and cost is not None and clause.lo <= cost.start < clause.hi:
            m = cost  # its "that ... cost us" runs into the clauses after
        if m is None and acted is not None and acted < clause.lo:
            m = next((a for a in lists["loss_averted"].find(ws, clause.lo, clause.hi)
                      if not _speaker_before(ws, clause.lo, a.start)), None)
        if m is None:
            m = lists["loss_before"].search(ws, clause.lo, clause.hi)
            if m is not None and not any(ws[k].lower in _ACTORS
                                         for k in range(sentence.lo, m.start)):
                m = None  # "the roof leaked before it got worse": no work of the speaker's
        if m is not None and clause.real(m):
            out.append((clause, m))
    return out


def _speaker_before(ws, lo: int, at: int) -> bool:
    """True when the speaker is the subject of what stands before ``at``, back to a comma or a
    conjunction."""
    for i in range(at - 1, max(lo, at - _SUBJECT_WORDS) - 1, -1):
        low = ws[i].lower
        if low in _STOPS:
            return False
        if low in _SPEAKER:
            return True
    return False
