"""How one sentence made from the entries is said: four listener figures of
``benchmarks/draft_eval.py`` (issue 20, s17), read with the benchmark's own short patterns,
never the draft code's word lists or choices, so a form taken out of the data still shows:

- ``overstated learning``: sentences that say the speaker "learned", was "taught", "picked
  up" or "gained" a skill of the role (most of its name's words said) whose ``before`` level
  was already past novice: a hiring manager hears an overstatement;
- ``stiff skill line``: a skill's name put in a frame that does not fit it: "skills" glued
  onto a noun that names no skill ("my visit skills", "my e-file skills"), "growing my ...
  skills", "I grew what I learned about ...", "taught me" before a name of two words or more that is
  no doing ("taught me cash office"), "learned"/"taught me" straight before a plural task
  ("learned account reconciliations");
- ``cut name``: the role's title or organisation not said as typed: a name cut after a
  joining word ("Primrose &."), or a word put between two words of the title ("Head for
  Sommelier");
- ``subject changed``: a result said with another subject than the participant's: a doing of
  theirs made the team's ("I helped my team train the new clerks" of "train the new clerks"),
  or "I" put before a statement that has its own subject ("I forecast accuracy improved ...");
- ``splice``: a note pasted after a frame ("... to now curate ...", "which I used now to
  ...", a comma before a past verb with no subject of its own: "..., built their report").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

__all__ = ["said_rows", "said_totals", "SAID_FIGURES"]

SAID_FIGURES = ("overstated learning", "stiff skill line", "cut name", "subject changed",
                "splice")
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_LEARNED = re.compile(r"\b(?:learned|learnt|taught me|picked up|gained)\b", re.IGNORECASE)
_JOINERS = frozenset("& and of for + und et".split())
_QUALITY = frozenset("patience confidence resilience empathy discipline tact calm".split())
_GLUED = re.compile(r"\bmy ((?:[\w-]+ ){0,3}[\w-]+) skills\b", re.IGNORECASE)
_GREW = re.compile(r"\bgrowing my [^.,;]*\bskills\b|\bgrew (?:my [^.,;]*\bskills\b|what I "
                   r"learned)", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"^\S+(?: \S+){0,3} (?:went|improved|rose|fell|dropped|increased|"
                          r"decreased|grew|was|were|is|are)\b", re.IGNORECASE)
_PASTS = ("built|made|wrote|ran|set|led|created|designed|trained|cut|started|launched|"
          "organised|organized|planned|taught")
_SPLICE = re.compile(rf"\bto now \w+|\bwhich I used now\b|, (?:{_PASTS}) (?:their|our|his|her)"
                     r"\b(?![^.]*\band\b)", re.IGNORECASE)


def _name(text: str) -> str:
    return " ".join(re.sub(r"\([^()]*\)", " ", text or "").split())


def _named(sentence: str, name: str) -> bool:
    """True when ``sentence`` says most (60%) of the name's words of three letters or more."""
    words = {w for w in _WORD.findall(_name(name).lower()) if len(w) >= 3}
    said = set(_WORD.findall(sentence.lower()))
    return bool(words) and len(words & said) >= 0.6 * len(words)


def overstated(text: str, role) -> int:
    if role is None:
        return 0
    past_novice = [s.name for s in role.skills if s.before != "novice"]
    return sum(1 for s in sentences(text)
               if _LEARNED.search(s) and any(_named(s, n) for n in past_novice))


def _plural_heads(role) -> set[str]:
    """The singular of each skill name's last word where it is a plural ("visits" ->
    "visit"), and each lower-case hyphenated word of a name ("e-file")."""
    out = set()
    for skill in role.skills:
        words = _WORD.findall(_name(skill.name).lower())
        if len(words) > 4 or set(words) & {"for", "of", "with", "to", "in", "and"}:
            continue  # a name with a complement ("teaching for older adults") is no task noun
        if words and words[-1].endswith("s") and not words[-1].endswith(("ss", "skills")) \
                and words[-1] not in ("basics", "analysis", "logistics", "sales"):
            out.add(words[-1][:-1])
        out |= {w for w in words if "-" in w and not w.endswith("-")}
    return out


def stiff(text: str, role) -> int:
    if role is None:
        return 0
    heads = _plural_heads(role)
    bad = 0
    for s in sentences(text):
        glued = any(set(m[1].lower().split()) & heads for m in _GLUED.finditer(s))
        taught = any(
            re.search(rf"\btaught me {re.escape(_name(sk.name).lower())}\b", s.lower())
            and len(_name(sk.name).split()) >= 2 and not sk.name.lower().endswith("ing")
            or re.search(rf"\b(?:learned|taught me) {re.escape(_name(sk.name).lower())}\b",
                         s.lower()) and _name(sk.name).lower().split()[-1][:-1] in heads
            for sk in role.skills if _name(sk.name).lower() not in _QUALITY)
        bad += bool(glued or taught or _GREW.search(s))
    return bad


def cut_name(text: str, role) -> int:
    """Names of the role (title, organisation) not said as typed."""
    if role is None:
        return 0
    bad = 0
    for typed in (role.title, role.organization):
        words = _name(typed).split()
        for i, word in enumerate(words[:-1]):
            prefix = re.escape(" ".join(words[:i + 1]))
            if word.lower() in _JOINERS and re.search(rf"{prefix}(?=\s*(?:[.,;!?]|$))", text):
                bad += 1
            inserted = re.search(rf"\b{re.escape(word)} (?:for|of|in) "
                                 rf"{re.escape(words[i + 1])}\b", text, re.IGNORECASE)
            if inserted and inserted[0].lower() not in typed.lower():
                bad += 1
    return bad


def subject_changed(text: str, role) -> int:
    if role is None:
        return 0
    low = " ".join(text.lower().split())
    bad = 0
    for result in role.results:
        statement = " ".join((result.statement or "").split()).rstrip(".")
        words = statement.split()
        if len(words) < 3:
            continue
        tail = re.escape(" ".join(words[1:]).lower())
        if words[0].lower() != "we" and re.search(
                rf"\bhelped (?:my|our|the) [\w-]+(?: [\w-]+)? (?:to )?\w+ {tail}", low):
            bad += 1  # the speaker's doing made the team's
        elif _OWN_SUBJECT.match(statement) and words[0].lower() not in ("i", "we") and \
                f"i {statement.lower()}" in low:
            bad += 1  # "I" put before a statement with a subject of its own
    return bad


def splices(text: str) -> int:
    return sum(1 for s in sentences(text) if _SPLICE.search(s))


def said_rows(text: str, role) -> dict:
    """The five figures of one draft of ``role`` (None: no role, all 0)."""
    return {"overstated learning": overstated(text, role), "stiff skill line": stiff(text, role),
            "cut name": cut_name(text, role), "subject changed": subject_changed(text, role),
            "splice": splices(text)}


def said_totals(rows: list[dict]) -> dict:
    """The figures summed over a set's drafts."""
    return {name: sum(r.get(name, 0) for r in rows) for name in SAID_FIGURES}
