"""Two listener figures of ``benchmarks/draft_eval.py`` (issue 20, r19), read with the
benchmark's own short patterns, never the draft code's choices:

- ``the unknown``: definite references a listener cannot follow: "the" before a number or a
  thing ("the 17 stores", "the trust", "the new system", "the backlog") that the draft never
  introduced (no word of the phrase said before it, the opening's title and employer
  included), that says nothing after it to introduce it ("the backlog of claims", "the stores
  in my region", "the system I built"), and whose head is a thing bound to one context (a
  project, a system, a backlog, a trust: ``_BOUND``) or a count; a word of the hiring
  manager's goals is common ground;
- ``no own part``: sentences after the opening that tell a result with a figure or a change
  whose subject is not the speaker ("We ...", "Sales went up ...", "The team ..."), with no
  sentence of the speaker's ("I ...") beside it (the one before, unless it is the opening, or
  the one after): a hiring manager asks "what did you do?".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

__all__ = ["unknown_refs", "no_own_part"]

# things a listener needs introduced: a definite "the" before them points at one the speaker
# knows of (a project, a system, a backlog), and a count said with "the" ("the 17") at things
# the listener has not heard of; other "the" phrases in a participant's words ("the safe", "the
# produce guy") are the job's own ground and are not counted
_BOUND = frozenset("""trust project projects system systems backlog programme program pilot
    rollout migration scheme initiative process platform tool app contract account client
    merger launch campaign review changes change plan approach framework model solution
    software board committee deal tender bid""".split())
_AFTER = frozenset("of in at for that which who whose where i we my our across between"
                   .split())
_THE = re.compile(r"\bthe ((?:\d[\d,.]*%?|new|same|whole|old)(?: [A-Za-z][\w'-]*){0,2}|"
                  r"[a-z][\w'-]*(?: [a-z][\w'-]*)?)\b")
_STOP = frozenset("and or but so by as than was were is are had has have went came got "
                  "because since while after before it to on with from when into".split())
_SUBJECT_RESULT = re.compile(r"^(?:We|Our|The team|The [a-z]+|[A-Z][a-z]+(?: [a-z]+){0,3}) "
                             r"(?:[a-z]+ ){0,2}?(?:went|rose|fell|dropped|grew|improved|"
                             r"increased|decreased|doubled|halved|cut|reduced|raised|came|"
                             r"were|was|hit|reached|scaled|passed|saved|won|got|made)\b")
_FIGURE = re.compile(r"\d")
_SPEAKER = re.compile(r"\bI\b(?! (?:think|believe|would|feel))")


def _phrase(m: re.Match) -> list[str]:
    """The words of the noun phrase after "the", up to a word that ends it."""
    words = []
    for word in m.group(1).split():
        if word.lower() in _STOP or word.lower() in _AFTER:
            break
        words.append(word)
    return words


def unknown_refs(text: str, goals: list[str]) -> list[str]:
    """The definite references of the draft's sentences after the opening that it never
    introduced (see the module docstring)."""
    said = sentences(text)
    if len(said) < 2:
        return []
    before = said[0].lower()
    common = {w for g in goals for w in re.findall(r"[a-z]+", g.lower())}
    out = []
    for sentence in said[1:]:
        for m in _THE.finditer(sentence):
            words = _phrase(m)
            if not words:
                continue
            rest = sentence[m.start(1) + len(" ".join(words)):].split()
            nxt = rest[0].lower().strip(",.;:!?") if rest else ""
            heads = [w.lower().strip(",.;:!?'") for w in words]
            head = heads[-1]
            counted = any(w[0].isdigit() for w in heads)
            if nxt in _AFTER or not (counted or head in _BOUND) or head in common:
                continue
            named = [w for w in heads if len(w) > 2 and w not in ("new", "same", "whole", "old")]
            if any(re.search(rf"\b{re.escape(w)}", before) for w in named):
                continue  # a word of it said before: introduced
            out.append(" ".join(words))
        before += " " + sentence.lower()
    return out


def no_own_part(text: str) -> int:
    """Sentences after the opening that tell a result whose subject is not the speaker, with
    a figure or a change, and no sentence of the speaker's beside it."""
    said = sentences(text)
    count = 0
    for i, sentence in enumerate(said[1:], start=1):
        if sentence.startswith("I ") or not _SUBJECT_RESULT.match(sentence):
            continue
        if not (_FIGURE.search(sentence) or re.search(r"\b(?:went|rose|fell|dropped|grew|"
                                                      r"improved|doubled|halved)\b", sentence)):
            continue
        beside = ([said[i - 1]] if i > 1 else []) + said[i + 1:i + 2]
        if _SPEAKER.search(sentence) or any(_SPEAKER.search(s) for s in beside):
            continue
        count += 1
    return count
