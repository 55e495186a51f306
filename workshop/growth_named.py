"""A grown skill named by the sentence's shape where its words name nothing by themselves.

``specific.sift`` keeps a growth claim when the words around it name something. Two shapes
name a skill with words that, read one by one, are empty:

- a name typed right after the learning: "I learnt Go on that job", "learned C at the
  factory", "Picked up R": a word typed with a capital inside the sentence, or a single letter
  other than "a" and "I", as the learning's object. A bare verb cannot follow "learned" (that
  is "learned *to* go"), so "I learned to go with the flow" is not this shape (and is a lesson,
  ``lesson_doing`` in ``data/phrases.json``);
- a skill learned alone and taken up by "it": "Nobody showed me the rota software, so I had to
  learn it on my own", "I had to work it out myself": the pronoun points back to what the
  sentence named before the learning's clause, and the clause says the speaker learned it
  alone ("on my own", "by myself", "myself", "alone").
"""

from __future__ import annotations

__all__ = ["typed_name_after", "taken_up_alone"]

# single letters that are words of their own, never a skill's name
_NOT_NAMES = frozenset(("a", "i"))
# pronouns that take up a thing named before them
_PRONOUNS = frozenset(("it", "them", "everything"))
# words that say the speaker learned it alone
_ALONE = frozenset(("myself", "alone", "own"))


def typed_name_after(words, claim) -> bool:
    """True when the word right after the growth claim's match, in its clause, is typed as a
    name: a capital inside the sentence ("learnt Go", "learned BSL") or a single letter that is
    no word of its own ("learned C", "picked up R")."""
    i = claim.match.end
    if i >= claim.clause.hi or i <= claim.sentence.lo:
        return False
    w = words[i]
    if not w.is_word or not w.text[:1].isalpha():
        return False
    if len(w.text) == 1:
        return w.lower not in _NOT_NAMES
    return w.text[0].isupper() and w.lower not in _NOT_NAMES


def taken_up_alone(words, claim, names) -> bool:
    """True when the growth claim learns "it" (or "them") alone and the sentence named the
    thing before the claim's clause: ``names(lo, hi)`` says whether words ``lo`` to ``hi``
    name something. "Nobody showed me the rota software, so I had to learn it on my own"."""
    c, m = claim.clause, claim.match
    if not any(words[i].lower in _PRONOUNS for i in range(m.start, min(m.end + 1, c.hi))):
        return False
    if not any(words[i].lower in _ALONE for i in range(m.start, c.hi)):
        return False
    return c.lo > claim.sentence.lo and names(claim.sentence.lo, c.lo)
