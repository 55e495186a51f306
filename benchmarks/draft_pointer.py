"""Two reason figures of ``benchmarks/draft_eval.py`` (issue 20, r27), read with the
benchmark's own short patterns, never the draft code's choices:

- ``pointer no referent``: drafts with a sentence that points with "that", "this", "those" or
  "these" at a thing ("stopping that elder fraud check", "watching those kids") none of whose
  words the draft said before (the opening included), with no clause after it that says which
  ("those kids who ...");
- ``liking held / said``: drafts of a role whose summary says the speaker liked a doing of
  theirs ("I love training ...", "I change the menu every season, I love it") and no other
  reason (``personal_value`` empty), and of those the drafts that say the doing (two of its
  meaningful words, all where fewer, in the draft's first three sentences).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

__all__ = ["pointer_no_referent", "liking_held", "liking_said"]

_POINTS = re.compile(r"\b(?:[a-z]+ing|of|with|for|about|from|at|on|in|to|by)\s+(?:that|this|"
                     r"those|these)\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?",
                     re.IGNORECASE)
_NOT_THING = frozenset("""i we they he she it you is was are were one ones much many way kind sort
all too the a an my our his her their its no every some any there what how job role work place
team year years time week day month company""".split())
_SAYS_WHICH = frozenset("who which when where whose that".split())


def pointer_no_referent(text: str) -> bool:
    """True when a sentence of the draft points at a thing it never named (see above)."""
    said = ""
    for sentence in sentences(text):
        for m in _POINTS.finditer(sentence):
            words = [w.lower() for w in m.groups() if w]
            if words[0] in _NOT_THING or _SAYS_WHICH & set(words[1:]):
                continue
            before = (said + " " + sentence[:m.start()]).lower()
            if not any(len(w) > 3 and re.search(r"\b" + re.escape(w[:5]), before)
                       for w in words):
                return True
        said += " " + sentence
    return False


_LIKING = re.compile(r"\bI\s+(?:really\s+)?(?:love|loved|enjoy|enjoyed|adore|adored)\b",
                     re.IGNORECASE)
_SMALL = frozenset("""i the a an and my our to of in on for with at it this that every each is
was love loved enjoy enjoyed really""".split())


def _liked_words(role) -> set[str]:
    if role is None or " ".join((role.personal_value or "").split()):
        return set()
    parts = re.split(r"(?<=[.!?])\s+", " ".join((role.summary or "").split()))
    for n, part in enumerate(parts):
        m = _LIKING.search(part)
        if not m:
            continue
        rest = part[m.end():]
        # the doing after the verb, else what the sentence (or the one before) says first
        text = rest if re.match(r"\s+\w+ing\b", rest) else (part[:m.start()] or
                                                            (parts[n - 1] if n else ""))
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)} - _SMALL
        if len(words) >= 2:
            return words
    return set()


def liking_held(role) -> bool:
    """True for a role whose summary says a liked doing and no other reason (see above)."""
    return bool(_liked_words(role))


def liking_said(text: str, role) -> bool:
    """True when the draft says the liked doing in its first three sentences."""
    words = _liked_words(role)
    head = " ".join(sentences(text)[:3]).lower()
    stems = {w[:5] for w in words}
    hit = sum(1 for s in stems if re.search(r"\b" + re.escape(s), head))
    return bool(words) and hit >= min(2, len(stems))
