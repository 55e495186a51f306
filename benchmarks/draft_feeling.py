"""A figure of ``benchmarks/draft_eval.py`` (issue 20, r28), read with the benchmark's own short
list, never the draft code's choices:

- ``feeling unsaid``: drafts that state a feeling or a motive of the speaker's ("I loved",
  "I was proud", "my passion", "it meant a lot", "rewarding", "I always wanted to") whose word
  is in no entry of the workspace nor in the participant's replies: a feeling the kit gave
  them. The leads the kit puts before the participant's own reason ("What I valued most
  was", "What matters most to me is") present a reason the participant typed as one and are
  not counted; the word "felt" or "feel" counts like any other.
"""

from __future__ import annotations

import re

__all__ = ["feeling_unsaid"]

_FEELING = re.compile(
    r"\b(?:lov(?:e|ed|es|ing)|proud(?:est)?|pride|passion(?:ate)?|enjoy(?:ed|s)?|happ(?:y|ier|"
    r"iest)|favou?rite|rewarding|fulfilling|meant (?:a lot|the world|so much|everything)|"
    r"excit(?:ed|ing)|grateful|thrill(?:ed|ing)|inspir(?:ed|ing)|motivat(?:ed|ing)|"
    r"dream job|always wanted|car(?:ed|e) about|f(?:elt|eel)|nervous|scared|confiden(?:t|ce))\b",
    re.IGNORECASE)


def feeling_unsaid(text: str, entries: str) -> bool:
    """True when the draft says a feeling (``_FEELING``) whose word's first four letters start
    no word of ``entries`` (the workspace file and the replies, as typed)."""
    typed = entries.lower()
    for m in _FEELING.finditer(text or ""):
        stem = {"felt": "fe"}.get(m.group(0).lower()[:4], m.group(0).lower()[:4])  # "I feel"
        if not re.search(r"\b" + re.escape(stem), typed):
            return True
    return False
