"""A story told short the way a coach shortens it: in the participant's own sentences, the one
that sets the scene, the turn (what the speaker did) and the payoff (how it ended, what it
showed them); the middle detail gives way first, the end never.

Blind hiring managers (r31) marked down, first of all, a reason told as a story of several
sentences ("The night the sailing got caught beam-on ... The bosun was below with a cut hand
... and we got every passenger off dry.") said by its first sentences only: a scene with no
point. A story is told here by whole sentences only (a run-on "..., and then I ..." is read as
the sentences it runs together), never spliced; a last sentence that is an aside ("Anyway.",
"Good times.": ``story_asides`` in ``data/personal_value.json``) is no payoff; and where even
the scene, the turn and the payoff do not fit, the payoff is said alone where it makes sense
alone (no "she", "them" before whom it means), else with the sentence that names them.
"""

from __future__ import annotations

import re

from .reason_grammar import dangling
from .reason_short import says_value, sets_scene, value_data
from .spoken import strip_end

__all__ = ["aside", "is_story", "payoff_at", "points_back", "story_sentences", "told_short",
           "turn_at"]

# A run-on sentence's "and then" before a clause of its own ("..., and then I grabbed the kit
# and then we ..."): each clause is a sentence of the story.
_AND_THEN = re.compile(r",?\s+and\s+then,?\s+(?=(?:I|we|he|she|they|it|the|my|our|his|her|"
                       r"their|everyone|everybody|nobody|no one|all|every|(?:by|after|within|"
                       r"at)\s+(?:the\s+)?(?:evening|morning|night|end|midnight|noon|lunch|"
                       r"time|\d))\b)", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[\w)%'’\"])[.!?]+\s+(?=\S)")
# An event in the past ("we got every passenger off", "a learner had failed"), never a state
# ("I was trusted with the keys": a past participle after "was" is no event).
_PAST = re.compile(r"\b(?<!was )(?<!were )(?:did|got|went|came|took|ran|told|said|asked|made|"
                   r"\w{3,}ed)\b", re.IGNORECASE)
_I_DID = re.compile(r"\bI\s+(?!(?:was|am|felt|feel|think|"
                    r"thought|guess|mean)\b)(?:\w+\s+){0,2}?\w+", re.IGNORECASE)
_WE_DID = re.compile(r"\bwe\s+(?!(?:were|are|felt|had\s+no)\b)\w+", re.IGNORECASE)
# A sentence that opens on a pointer to the one before it ("This made me proud.", "That was
# when ...", "So I ..."): said alone it points at nothing.
_POINTS_BACK = re.compile(r"^(?:this|that|it|which|so|after that|because of that)\b"
                          r"(?!\s+(?:was|is)\s+(?:the|a|one|my|our)\s)", re.IGNORECASE)


def points_back(sentence: str) -> bool:
    """True for a sentence that speaks of someone it does not name or opens on a pointer to
    the sentence before it: said alone, it points at nothing."""
    return dangling(sentence) or bool(_POINTS_BACK.match(sentence))


def story_sentences(parts: list[str] | str) -> list[str]:
    """The story's sentences as typed: each run-on "..., and then <clause>" read as the
    sentences it runs together, and the asides at its end left out (``aside``)."""
    text = " ".join(parts) if isinstance(parts, list) else parts
    out: list[str] = []
    for part in _SENTENCE.split(" ".join(str(text or "").split()).strip()):
        pieces = [q.strip(" ,;") for q in _AND_THEN.split(strip_end(part))]
        # a clause the run-on joined with "and then" keeps its "Then": a sentence of the
        # story with its link, never a list of bare "I ..." sentences
        out += [("Then " if n else "") + p if n else p[:1].upper() + p[1:]
                for n, p in enumerate(pieces) if p]
    while out and aside(out[-1]):
        out.pop()
    return out


def _asides() -> re.Pattern:
    words = sorted(value_data()["story_asides"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def aside(sentence: str) -> bool:
    """True for a sentence that only comments on the story ("Anyway.", "Good times.", "Those
    were the days, haha."): nothing left once its aside words (``story_asides``) are out."""
    return not re.search(r"[A-Za-z0-9]", _asides().sub(" ", sentence))


def is_story(sentences: list[str]) -> bool:
    """True for a text told as a story: two sentences or more whose first sets a scene (a
    time before its clause: "The night the ...", "During covid ...", ``sets_scene``), or three
    or more whose first tells an event or a state in the past."""
    if len(sentences) < 2:
        return False
    return sets_scene(sentences[0]) or len(sentences) >= 3 and bool(_PAST.search(sentences[0]))


def _ends() -> re.Pattern:
    words = sorted(value_data()["story_payoffs"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _outcome(sentence: str) -> bool:
    """True for a sentence that says how a story ended or what it was worth: an end
    (``story_payoffs``: "never been prouder", "in the end", "passed", "made it") or its own
    value ("... is the thing I'm proudest of": ``reason_short.says_value``); a feeling alone
    ("I was terrified", "the first time") is a scene's as often as an end's."""
    return says_value(sentence) or bool(_ends().search(sentence))


def payoff_at(sentences: list[str]) -> int:
    """Where the story's payoff is: its last sentence (its asides already left out), unless
    the story is told outcome first: a first sentence that says how it ended or what it meant
    (``_outcome``) before a last one that says neither."""
    last = len(sentences) - 1
    if last > 0 and _outcome(sentences[0]) and not _outcome(sentences[last]):
        return 0
    return last


def turn_at(sentences: list[str], payoff: int) -> int | None:
    """Where the turn is: what the speaker did ("I took the wheel"), the one nearest the
    payoff, else what "we" did; None when no sentence but the scene and the payoff tells it."""
    inner = [n for n in range(1, len(sentences)) if n != payoff]
    if payoff == 0:
        inner.reverse()  # outcome first: the speaker's doing nearest the start
    for rx in (_I_DID, _WE_DID):
        found = [n for n in inner if rx.search(sentences[n])]
        if found:
            return found[-1]
    return None


def _words(sentences: list[str], kept: list[int]) -> int:
    return sum(len(sentences[n].split()) for n in kept)


def _starts_clear(sentences: list[str], kept: list[int]) -> bool:
    """True when the first kept sentence speaks of no one it does not name ("She passed.")."""
    return not points_back(sentences[kept[0]]) or kept[0] == 0


def told_short(sentences: list[str], most: int) -> str:
    """The story in at most ``most`` words as a coach would tell it: whole where it fits, else
    the scene, the turn and the payoff, else the turn and the payoff, else the scene and the
    payoff, else the payoff alone where it makes sense alone; a kept sentence whose "she",
    "them" would point at nothing brings the sentence before it that names them. "" where
    nothing ending on the payoff fits."""
    if not sentences:
        return ""
    everything = list(range(len(sentences)))
    payoff = payoff_at(sentences)
    turn = turn_at(sentences, payoff)
    tries = [everything]
    for kept in ([0, turn, payoff], [turn, payoff], [0, payoff], [payoff]):
        tries.append(sorted({n for n in kept if n is not None}))
    for kept in tries:
        kept = _named(sentences, kept)
        if _words(sentences, kept) <= most and _starts_clear(sentences, kept):
            told = " ".join(strip_end(sentences[n]) + "." for n in kept)
            return told[5].upper() + told[6:] if told.startswith("Then ") else told
    return ""


def _named(sentences: list[str], kept: list[int]) -> list[int]:
    """``kept`` with, for a kept sentence that speaks of someone it does not name ("She
    passed."), the nearest sentence before it that names them (one that does not speak of
    them first itself), unless one between them is kept already."""
    out = set(kept)
    for n in sorted(kept):
        m = n
        while m > 0 and (points_back(sentences[m]) if m == n else dangling(sentences[m])) \
                and m - 1 not in out:
            m -= 1
        if m != n:
            out.add(m)
    return sorted(out)
