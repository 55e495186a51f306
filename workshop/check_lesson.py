"""A plain result told after a lesson is no growth (issue 21, check35).

The learned second opinion (``workshop.check_learned``) reads each sentence with the words of
the one before it, so a result told right after a learning ("I learned how important it is to
listen. After that, our scores went up from 72 to 85.") reads to it as growth told in other
words. Where the sentence before tells a lesson about life, oneself or a value
(``data/phrases.json``'s ``lesson_of_life``) and no growth the rules read, and the model's
sentence is one the rules read as a result, the growth the answer told is that lesson: the
rules' finding stands. A learning the rules could not name ("I got good at it: staying level,
...", "I learn there how to handle the complaints") is no lesson, and growth the model reads
after it, or in any other sentence, still counts.
"""

from __future__ import annotations

from .check_rules import Rules
from .claims import Found
from .reading import Reading

__all__ = ["lesson_then_result"]


def lesson_then_result(rules: Rules, reading: Reading, found: Found, finding, ruled,
                       learned: dict):
    """(the skill-growth finding, ``learned``): the rules' finding ``ruled`` and ``learned``
    without its growth sentence when the model alone passed growth (``finding`` is not
    ``ruled``) in a sentence that holds a result the rules read and follows a lesson
    (``lesson_of_life``); else both as they are."""
    said = learned.get("skill_growth")
    if said is None or finding is ruled or found.growth:
        return finding, learned
    at = next((k for k, s in enumerate(reading.sentences) if s is said), None)
    if not at:
        return finding, learned
    before = reading.sentences[at - 1]
    lesson = rules.lists["lesson_of_life"].search(reading.words, before.lo, before.hi) is not None
    result = any(c.sentence is said and c.real for c in found.results)
    if not (lesson and result):
        return finding, learned
    return ruled, {k: v for k, v in learned.items() if k != "skill_growth"}
