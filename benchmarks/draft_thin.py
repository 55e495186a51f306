"""Thin answers beside rich entries (issue 20, draft54: raters marked down a draft that says a
stock line and one figure while the entries hold more).

``stock_sentences(text, ws)``: how many of the draft's sentences, and of how many, carry no
meaningful word of the workspace's entries (the kit's glue words aside, ``draft_shapes``) and
no figure of theirs: the kit's own sentences, which say no entry fact. ``stock share`` is their
share of all sentences.

``entries_unused(text, role)``: the results and growth notes (a skill's "how far" note) of the
answered role that a 90-second draft under ``ROOM_SECONDS`` leaves out: a note is told when
half of its meaningful words (two at least, all when fewer) are in the draft, or a figure of
it is (a result's own, typed or in its fields); a draft that runs ``ROOM_SECONDS`` or more
had no room left and counts none. Read here with the benchmark's own threshold, not the
kit's, so a rule of the kit cannot hide a note.
"""

from __future__ import annotations

from draft_grammar import sentences as _sentences
from draft_shapes import _GLUE, _entry_numbers, _entry_stems, _numbers

from workshop.check import speaking_seconds
from workshop.wording import content_stems

__all__ = ["ROOM_SECONDS", "stock_sentences", "entries_unused"]

# a 90-second draft shorter than this had room for a note it left out
ROOM_SECONDS = 75


def stock_sentences(text: str, ws) -> tuple[int, int]:
    """(sentences with no entry word or figure, sentences) of ``text``."""
    said = _sentences(text)
    own, figures = _entry_stems(ws) - _GLUE, _entry_numbers(ws)
    stock = sum(not (content_stems(s) - _GLUE) & own and not _numbers(s) & figures
                for s in said)
    return stock, len(said)


def _told(note: str, said: set[str], figures: set[float], own: set[float]) -> bool:
    stems = content_stems(note)
    if own & figures:
        return True
    return not stems or len(stems & said) >= min(len(stems), max(2, 0.5 * len(stems)))


def entries_unused(text: str, role) -> list[str]:
    """The role's result statements and growth notes a draft under ``ROOM_SECONDS`` leaves
    out (none for a longer draft, an empty one, or no role)."""
    if role is None or not text or speaking_seconds(text) >= ROOM_SECONDS:
        return []
    said, figures = content_stems(text), _numbers(text)
    notes = [(r.statement, _numbers(r.statement) | {v for v in (r.value, r.from_value)
                                                     if v is not None})
             for r in role.results]
    notes += [(sk.how_far, _numbers(sk.how_far)) for sk in role.skills if sk.levels_grown > 0]
    return [n for n, own in notes if (n or "").strip() and not _told(n, said, figures, own)]
