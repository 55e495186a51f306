"""The ``untold referent`` figure of ``benchmarks/draft_eval.py`` (issue 20, r35), read with the
benchmark's own short patterns, never the draft code's choices: sentences of a draft that lean
on something the draft never told, so a listener who never saw the entries cannot follow them.

- a pointer at a thing, "the same <noun>", "that/this <noun>" (after a doing or a
  preposition, or opening the sentence), whose noun the draft has not said before ("I used the
  same bookkeeping habits as PTA treasurer", "we rolled that method out to 3 sites") and that
  no clause after it says ("that method I built"); "the same way" and "the same" of a doing
  point at what was done: told where another meaningful word of their sentence was said before
  ("I run discovery the same way at Cloudly" after "I was running discovery"). A time, the job,
  the team and such stay ("the same day", "that year", "this job", "that team");
- a bare "it" ("it's how he went from ...", "I use it with families") that a note of a skill
  typed as the skill ("used it on the hospital programme": its first thing) said where neither
  the sentence before nor its own sentence before it names the skill as the last thing said
  ("I picked up earned value and cost control there and delivered a £38m school campus ...
  Later, I used it on the £240m hospital programme": "it" is heard as the campus; blind
  raters, r35). An "it" of a dummy subject ("it was hard", "it turned out", "it
  took a year", "it was my idea to ...") is no pointer.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

from workshop.referents import owner_it  # noqa: E402

__all__ = ["untold_referents"]

_SAME = re.compile(r"\bthe\s+(?:very\s+|exact\s+)?same\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?",
                   re.IGNORECASE)
_POINT = re.compile(r"(?:^|\b(?:[a-z]+ing|[a-z]+ed|use|uses|run|runs|ran|did|do|does|of|with|"
                    r"for|about|from|at|on|in|to|by|into|through|under|via|like)\s+)"
                    r"(that|this)\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?",
                    re.IGNORECASE)
# words after a pointer that are no thing of the story (a time, the job, a person's group, a
# function word, a verb of a clause: "that is", "this meant")
_NOT_THING = frozenset("""i we they he she it you me us them is was are were be been has have
had do does did can could will would should may might must one ones much many kind sort all
too the a an my our his her their its no every some any there what how who which when where
as than to of and or but so not also still just really very only now then here if
hour hours minute minutes quarter quarters decade fortnight half
job jobs role roles work position place post team teams company firm office year years time
times day days week weeks month months morning mornings evening evenings night nights shift
shifts term terms season seasons summer winter spring autumn weekend moment point period
age level stage part people person lot end start beginning first last next way thing things
meant made helped gave showed taught let nobody everyone everybody everything something
nothing someone anyone new old big small whole own other same skill skills experience means
makes helps gives shows teaches lets got kept changed led brought turned became matters mattered
turns stuck stayed saved put""".split())
# verbs after which "that" opens a clause ("I learned that paperwork is ...", "I made sure that
# nobody ..."), never a pointer at a thing
_SAYING = re.compile(r"\b(?:learned|learnt|found|realised|realized|knew|know|showed|shows|meant|"
                     r"means|felt|feel|thought|think|decided|noticed|saw|see|said|say|told|"
                     r"proved|sure|understood|discovered|believe|believed|hoped|seeing|so|such|"
                     r"knowing|hearing|learning|realising|realizing|"
                     r"now)\s+that\s+$", re.IGNORECASE)
_WAYS = frozenset("way thing things".split())
# what a pointer's noun may be followed by that says which ("that method I built", "the same
# checklist we used at X", "those kids who ...")
_SAYS_WHICH = frozenset("who which that whose where i we my our".split())
_STOP = frozenset("""the a an and or but so to of in on at for with from by as is was are were
be been it its this that these those i my me we our us you they them he she his her their
there here now then also still just very really same way thing things do did does done use
used uses using have has had get got""".split())


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z][a-z'-]+", text.lower())
            if len(w) > 2 and w not in _STOP}


def _said(stem: str, before: str) -> bool:
    return bool(re.search(r"\b" + re.escape(stem[:5]), before.lower()))


def _pointers(sentence: str, before: str) -> list[str]:
    """The pointers at things of ``sentence`` whose noun ``before`` (the draft up to it) never
    said."""
    out = []
    found = [(m.start(), m.group(0), [w for w in m.groups() if w]) for m in _SAME.finditer(
        sentence)] + [(m.start(1), m.group(0), [w for w in m.groups()[1:] if w])
                      for m in _POINT.finditer(sentence)]
    for start, phrase, words in found:
        words = [w.lower() for w in words]
        head = words[0]
        earlier = before + " " + sentence[:start]
        if head in _WAYS and phrase.lower().startswith("the"):
            # "the same way": what was done; told where the sentence's doing was said before
            rest = _stems(sentence[:start] + " " + sentence[start + len(phrase):])
            if not rest or any(_said(s, before) for s in rest):
                continue
            out.append(phrase.strip())
            continue
        if head in _NOT_THING or _SAYING.search(sentence[:start] + sentence[start:].split(
                " ", 1)[0] + " "):
            continue
        nouns = [w for w in words[:2] if w not in _NOT_THING and len(w) > 2]
        after = sentence[start + len(phrase):].split()[:1]
        if len(words) > 1 and words[1] in _SAYS_WHICH or after and after[0].lower().strip(
                ",.") in _SAYS_WHICH:
            continue
        if not nouns or any(_said(w, earlier) for w in nouns):
            continue
        out.append(phrase.strip())
    return out


def _owner_it(note: str) -> str:
    """The words right after a note's "it" where that "it" is the note's first thing (the
    skill the note is about), else "": the note's own reading, the kit's
    (``referents.owner_it``), lower-cased; what this figure judges is the draft, not it."""
    return owner_it(note).lower()


def _names(text: str, name: str) -> bool:
    """True where ``text`` says a meaningful word of the skill's ``name`` with no thing said
    after it ("... cost control there and delivered a £38m school campus": "it" is heard as
    the campus)."""
    hits = [m.end() for s in _stems(name) for m in re.finditer(r"\b" + re.escape(s), text,
                                                                  re.IGNORECASE)]
    return bool(hits) and not any(
        m[1].lower() not in _NOT_THING for m in re.finditer(
            r"\b(?:a|an|the|my|our|their|his|her|this|that)\s+([\w£$€]+)", text[max(hits):],
            re.IGNORECASE))


def _bare_its(said: list[str], role) -> list[str]:
    """Sentences that say a skill note's "it" (``_owner_it``) where neither the sentence
    before nor their own words before the "it" name the skill."""
    out = []
    for skill in getattr(role, "skills", ()) or ():
        for note in (skill.used_later, skill.how_far):
            after = _owner_it(note)
            if not after:
                continue
            for n, sentence in enumerate(said[1:], start=1):
                m = re.search(r"\bit\W+" + re.escape(after).replace(r"\ ", r"\W+"),
                              sentence, re.IGNORECASE)
                if m is None or _names(said[n - 1], skill.name) or \
                        _names(sentence[:m.start()], skill.name):
                    continue
                out.append(sentence)
    return out


def untold_referents(text: str, role=None) -> list[str]:
    """The sentences of the draft after its opening that lean on something untold (see the
    module docstring), each once."""
    said = sentences(text)
    out = []
    for n, sentence in enumerate(said[1:], start=1):
        if _pointers(sentence, " ".join(said[:n])):
            out.append(sentence)
    out += [s for s in _bare_its(said, role) if s not in out]
    return out
