"""A gain for the organisation told in plain words: money or business won, something kept,
a place among its best.

People tell what their work brought in without a change verb: "the appeal I wrote won the
hospice nine thousand pounds", "we held on to our biggest contract that winter", "the quiz
night I started became one of the pub's busiest evenings", "the gallery got a lot more school
bookings". ``gains(lists, reading, sentence, acted)`` reads, in each clause of the sentence
after the speaker's act or growth (``acted``: where it is first told), the first of:

- ``gain_for``: a verb of gaining with who gained ("got us", "won the charity", "brought the
  club", "earned the shop") and, close after it, money or new business (``gain_what``: a sum,
  "new clients", "more bookings");
- ``gain_kept``: an asset the organisation kept or won ("kept our grant", "renewed the
  contract", "won the tender", "kept that work in house"), told by "we", "our ..." or the
  speaker's work, never by "I" alone ("I kept the accounts" is a duty);
- ``gain_rank``: a place among the organisation's best ("became one of the shop's best
  sellers", "was our most-read page");
- ``gain_more``: the organisation seeing or getting more of its business ("the store saw more
  people coming in", "the agency got many new bookings"), its subject not the speaker.

"I got a bonus", "I won employee of the month" and "I kept on top of my caseload" are the
speaker's own, and none of these shapes. One search per list and clause: linear.
"""

from __future__ import annotations

from .phrases import Match, Patterns
from .reading import Reading, Sentence

__all__ = ["gains"]

_SPEAKER = frozenset("i i'd i've i'm me".split())
_KEEPERS = frozenset("we we've we'd our they".split())
_RELATIVES = frozenset("that which".split())
_NEAR = 8  # how far after a verb of gaining its money or new business may stand


def gains(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
          acted: int | None) -> list[tuple]:
    """(clause, match) of the first gain told in each clause of the sentence (module
    docstring), after where the speaker's act or growth is first told (``acted``)."""
    if acted is None or acted >= sentence.hi:
        return []
    out = []
    for clause in sentence.clauses:
        if clause.hi <= acted:
            continue
        m = _gain(lists, reading, clause)
        if m is not None:
            out.append((clause, m))
    return out


def _gain(lists: dict[str, Patterns], reading: Reading, clause) -> Match | None:
    ws, lo, hi = reading.words, clause.lo, clause.hi
    for m in lists["gain_for"].find(ws, lo, hi):
        if lists["gain_what"].search(ws, m.end, min(hi, m.end + _NEAR)) is not None:
            return m
    for m in lists["gain_kept"].find(ws, lo, hi):
        if _kept_by_others(ws, lo, m.start):
            return m
    for name in ("gain_rank", "gain_more"):
        for m in lists[name].find(ws, lo, hi):
            # not "is one of the things I do best": the speaker inside it
            if not _speaker_subject(ws, lo, m.start) \
                    and not any(ws[k].lower in _SPEAKER for k in range(m.start, m.end)):
                return m
    return None


def _subject(ws, lo: int, at: int) -> str:
    """The nearest word before ``at`` in its clause that may be a subject, lowercase, or ""."""
    for i in range(at - 1, max(lo, at - _NEAR) - 1, -1):
        if ws[i].is_word:
            low = ws[i].lower
            if low in _RELATIVES:
                return ""  # "a roundup I started that became ...": the work is the subject
            if low in _SPEAKER or low in _KEEPERS:
                return low
    return ""


def _speaker_subject(ws, lo: int, at: int) -> bool:
    return _subject(ws, lo, at) in _SPEAKER


def _kept_by_others(ws, lo: int, at: int) -> bool:
    """True when an asset kept is told by "we", "our ..." or the speaker's work, not "I"."""
    who = _subject(ws, lo, at)
    return who in _KEEPERS or (who == "" and any(w.lower == "my" for w in ws[lo:at]))
