"""Three shape figures of ``benchmarks/draft_eval.py`` (issue 20, round 31: what blind hiring
managers quoted as "a list of facts without a thread"), read with the benchmark's own short
patterns, never the draft code's choices:

- ``opener again``: drafts in which two sentences after the opening open on the same three
  words ("In that job I learned X. ... In that job I learned Y.", "I picked up X here ... I
  picked up Y as well"), anywhere in the draft, not only one after the other (``opened
  twice`` counts those): a listener hears the frame said again;
- ``also bolted``: drafts with a sentence that tells one more skill and nothing else ("I also
  got better at safeguarding there.", "I picked up Camtasia as well."), or tells it after a
  lead that jumps back in time ("Back then, I also learned personal care: ..."): a line
  bolted on, not a step of the story;
- ``it unclear``: drafts with a sentence that uses "it" as a skill ("Now I use it to check
  ...", "I used it to open accounts") right after a sentence that tells no learning: the
  listener last heard a result or a duty, not a skill, so "it" points at nothing said.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

__all__ = ["openers_again", "also_bolted", "it_unclear"]

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def _head(sentence: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(sentence.lower())[:3])


def openers_again(text: str) -> list[str]:
    """The three-word openings said by two sentences of the draft after its first."""
    seen: set[tuple[str, ...]] = set()
    again: list[str] = []
    for sentence in sentences(text)[1:] if text else []:
        head = _head(sentence)
        if len(head) == 3 and head in seen and " ".join(head) not in again:
            again.append(" ".join(head))
        seen.add(head)
    return again


_GROWN = r"(?:learned|learnt|picked up|got (?:better|good) at|grew|developed|built up)"
_PLACE = r"(?:\s+(?:there|here|in (?:that|this) job|as well|too))?"
# one more skill and nothing after it: no clause, no result, no later use in the sentence
_BARE_ALSO = re.compile(rf"^(?:[A-Z][a-z]+(?: [a-z]+)?, )?I (?:also {_GROWN}|{_GROWN}) "
                        rf"(?!.*(?:,|;|:| and | which | so | when ))[^.!?]+?{_PLACE}\.$")
_AS_WELL = re.compile(rf"^I {_GROWN} [^,;:.!?]+? (?:as well|too)\.$")
_BACK = re.compile(r"^(?:Back then|In those days|At the time),? I\b")


def also_bolted(text: str) -> list[str]:
    """The sentences after the opening that bolt one more skill on (see the docstring)."""
    out = []
    for sentence in sentences(text)[1:] if text else []:
        bare = (_BARE_ALSO.match(sentence) and re.search(r"\balso\b", sentence)) or \
            _AS_WELL.match(sentence)
        if bare or (_BACK.match(sentence) and re.search(_GROWN, sentence)):
            out.append(sentence)
    return out


_USES_IT = re.compile(r"(?<!n't )(?<!not )(?<!never )\b(?:use|uses|used|using|apply|applies|"
                      r"applied|teach|teaches|taught|put|puts)\s+it\b"
                      r"(?!\s+(?:was|is|had|has)\b)", re.IGNORECASE)
_LEARNS = re.compile(rf"\b(?:{_GROWN}|taught me|trained (?:in|on)|how to|skills?)\b",
                     re.IGNORECASE)


def it_unclear(text: str) -> list[str]:
    """The sentences that use "it" as a skill after a sentence that tells no learning."""
    said = sentences(text) if text else []
    return [s for before, s in zip(said, said[1:], strict=False)
            if _USES_IT.search(s) and not _LEARNS.search(before)
            and not _LEARNS.search(s[:_USES_IT.search(s).start()])]
