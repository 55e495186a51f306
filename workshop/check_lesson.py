"""A plain result read as growth is no growth (issue 21, check35 and check41).

The learned second opinion (``workshop.check_learned``) reads each sentence with the words of
the one before it, and the studied sets tell many growths beside a result, so it reads some
plain results as growth told in other words. Two shapes, where the rules read no growth and the
model's sentence is one the rules read as a result:

- after a lesson ("I learned how important it is to listen. After that, our scores went up from
  72 to 85."): where the sentence before tells a lesson about life, oneself or a value
  (``data/phrases.json``'s ``lesson_of_life``), the growth the answer told is that lesson;
- a task and its result, with no start and no end of a growth told anywhere in the answer ("I
  took over the rotas and grouped visits by street; missed calls went from ten a week to two."):
  the work the speaker did, not a skill that grew (``claims.arc_ends`` finds no start, and no
  end says where the *speaker* got to: "within two months mis-picks had dropped", "over the
  next six months we went from ..." time the result, not a growth; "within a year I ..." is an
  end, ``speaker_end``).

The rules' finding then stands. A learning the rules could not name ("I got good at it:
staying level, ...", "I learn there how to handle the complaints") is no lesson, and growth the
model reads after it, or in any sentence that is not a result, or in an answer that tells where
a growth started or got to, still counts.
"""

from __future__ import annotations

from .check_rules import Rules
from .claims import Found, arc_ends
from .reading import Reading

__all__ = ["lesson_then_result", "speaker_end"]


def lesson_then_result(rules: Rules, reading: Reading, found: Found, finding, ruled,
                       learned: dict):
    """(the skill-growth finding, ``learned``): the rules' finding ``ruled`` and ``learned``
    without its growth sentence when the model alone passed growth (``finding`` is not
    ``ruled``) in a sentence that holds a result the rules read and follows a lesson
    (``lesson_of_life``) or stands in an answer with no growth arc's start and no end said of
    the speaker (``speaker_end``); else both as they are."""
    said = learned.get("skill_growth")
    if said is None or finding is ruled or found.growth:
        return finding, learned
    at = next((k for k, s in enumerate(reading.sentences) if s is said), None)
    if at is None or not any(c.sentence is said and c.real for c in found.results):
        return finding, learned
    if at:
        before = reading.sentences[at - 1]
        lesson = rules.lists["lesson_of_life"].search(reading.words, before.lo,
                                                      before.hi) is not None
    else:
        lesson = False
    if not lesson and (arc_ends(rules, reading)[0] is not None or speaker_end(rules, reading)):
        return finding, learned
    return ruled, {k: v for k, v in learned.items() if k != "skill_growth"}


_SPEAKER = frozenset(("i", "i'd", "i'm", "i've", "i'll", "me", "my", "myself"))
_SUBJECT_GAP = 3  # how many words after an end its subject may come: "by the end, I ..."


def speaker_end(rules: Rules, reading: Reading) -> bool:
    """True when a ``growth_after`` of the text says where the speaker got to: it holds "I",
    "me" or "my" ("now I", "they were putting me on ...") or one of them follows it within
    ``_SUBJECT_GAP`` words ("within a year I was ..."). Not a time that only frames a result
    ("within two months mis-picks had dropped", "by the end of the year half our bookings ...")."""
    ws = reading.words
    for sentence in reading.sentences:
        for m in rules.lists["growth_after"].find(ws, sentence.lo, sentence.hi):
            if any(_said(ws[i].lower) in _SPEAKER for i in range(m.start, m.end)):
                return True
            after = [i for i in range(m.end, min(m.end + _SUBJECT_GAP, sentence.hi))
                     if ws[i].is_word]
            if after and _said(ws[after[0]].lower) in _SPEAKER:
                return True
    return False


def _said(word: str) -> str:
    return word.replace("\u2019", "'")
