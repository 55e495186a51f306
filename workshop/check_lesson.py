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
  the work the speaker did, not a skill that grew (``claims.arc_ends`` finds neither half).

The rules' finding then stands. A learning the rules could not name ("I got good at it:
staying level, ...", "I learn there how to handle the complaints") is no lesson, and growth the
model reads after it, or in any sentence that is not a result, or in an answer that tells where
a growth started or got to, still counts.
"""

from __future__ import annotations

from .check_rules import Rules
from .claims import Found, arc_ends
from .reading import Reading

__all__ = ["lesson_then_result"]


def lesson_then_result(rules: Rules, reading: Reading, found: Found, finding, ruled,
                       learned: dict):
    """(the skill-growth finding, ``learned``): the rules' finding ``ruled`` and ``learned``
    without its growth sentence when the model alone passed growth (``finding`` is not
    ``ruled``) in a sentence that holds a result the rules read and follows a lesson
    (``lesson_of_life``) or stands in an answer with no growth arc's start or end; else both
    as they are."""
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
    if not lesson and arc_ends(rules, reading) != (None, None):
        return finding, learned
    return ruled, {k: v for k, v in learned.items() if k != "skill_growth"}
