"""A noun's verb by its derivational ending, for the goals match (``workshop/check_goals.py``).

A job ad names an act by its noun ("customer retention", "equipment maintenance", "regulatory
compliance", "complaint resolution", "cost reduction", "market expansion") where a speaker tells
the act by its verb ("we retained", "I maintained", "complied", "resolved", "reduced",
"expanded"), and the other way round. The kit's lexicon gives each word a base ("retention",
"retain"), and two bases of one family that share their first six letters are already one word
(``check_goals._kin``: "validation", "validate"); the families whose noun changes the verb's
ending are not: "retention" and "retain" share four. ``root`` turns such a noun's base into its
verb's base by the English endings that make it (a closed set of endings, no word list):
"-ention" is "-ain" (retention), "-enance" "-ain" (maintenance), "-iance"/"-iant" "-y"
(compliance, compliant), "-ution" "-ve" (resolution), "-uction" "-uce" (reduction), "-ansion"
"-and" (expansion), "-urity" "-ure" (security), "-iption" "-ibe" (description), "-vision" "-vise"
(supervision), "-ision" "-ide" (decision), "-ication" "-y" (verification). "-ment" is left
out: "statement", "department", "payment" are no acts of "state", "depart", "pay". Each ending
is looked at once: linear.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["root", "rooted"]

# (the noun's ending, the verb's ending), longest first where one ends another
_ENDINGS = (
    ("ention", "ain"), ("enance", "ain"), ("enanc", "ain"),
    ("iance", "y"), ("ianc", "y"), ("iant", "y"),
    ("ution", "ve"), ("uction", "uce"), ("ansion", "and"), ("urity", "ure"),
    ("iption", "ibe"), ("vision", "vise"), ("ision", "ide"), ("ication", "y"),
)
_SHORTEST = 3  # letters of the noun a verb keeps at least before its ending ("giant": none)


def root(base: str, to_base: Callable[[str], str]) -> str | None:
    """The base of the verb a noun's base is made from (``to_base``, the lexicon's base of a
    word: "retain"), or None when it ends in none of the endings or too little is left."""
    for ending, verb in _ENDINGS:
        if base.endswith(ending) and len(base) - len(ending) >= _SHORTEST:
            return to_base(base[: len(base) - len(ending)] + verb)
    return None


def rooted(to_base: Callable[[str], str], bases: set[str]) -> set[str]:
    """The bases with the verbs their nouns are made from ("maintenance" adds "maintain")."""
    return bases | {r for r in (root(b, to_base) for b in bases) if r is not None}
