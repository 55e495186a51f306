"""The kit's skill vocabulary, and the one rule that names a participant's skill with it.

The anonymised class export may carry a skill's name only when it is in the vocabulary
(``data/skill_vocabulary.json``: a few hundred common job skills in families such as "data and
analysis" or "customer service", each with the ways people write it). ``canonical_skill`` is the
rule every caller uses (the export, the share preview, the class dashboard): it returns the
vocabulary's name for a skill, or ``"other"``, so no free text ever leaves the participant's
machine.

How leniently it matches. Both the vocabulary and the participant's words go through the same
``phrase_key``: Unicode compatibility folding, case folding, punctuation as spaces (with ``c++``,
``c#`` and ``.net`` kept as words), small words dropped ("and", "of", "the"), British spelling
folded into American (``-ise``/``-ize``, ``-isation``, ``-yse``, ``-our``, ``-tre``,
``-elling``, ``programme``, ``catalogue``...), then a light suffix stripper (plurals, ``-ing``,
``-ed``, ``-er``, ``-ment``, ``-ation``, a final ``e``) so "Scheduling", "schedules" and
"schedule" meet. A key that is not in the vocabulary is searched for its longest run of words
that is ("writing SQL queries" holds "sql queries", "customer data analysis" holds "data
analysis"; among equally long runs the last wins, as English puts the head noun last). A single
word matches alone only as the name's first or last word and with three letters or more ("R" is
statistics only when it is the whole name; "keeping the forklift crew cheerful" is not forklift
operation). Only the whole name or a run of two words or more is a close match, shared on its
own; a single word of a longer name ("triage" in "ticket triage", which is not healthcare) is a
suggestion the share preview offers, and the skill is shared as "other" until the participant
picks (issue 24). A word with other senses (``senses`` in the data file: "triage" of patients,
of tickets, of escalations) is not even that unless a word of its skill's sense stands beside
it ("patient triage"): the phrase decides, not the one word (check23).

Why a hand-written stripper, not a stemming library: both sides of every comparison go through
the same function, so what matters is only that two different vocabulary entries never fold
into one key, which a test checks for the whole file; a dozen suffix rules do that, and the
Binder image's pinned requirements need no new package. Matching the ~240 skills and ~1,150
synonyms costs about 20 microseconds a skill.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from .resources import load_json, per_data_folder

__all__ = ["OTHER_SKILL", "VOCABULARY_FILE", "canonical_skill", "nearest_skill", "skill_family",
           "skill_names",
           "skill_set",
           "skill_families", "phrase_key", "skills_named", "vocabulary_problems"]

OTHER_SKILL = "other"
VOCABULARY_FILE = "skill_vocabulary.json"
_MAX_WORDS = 12  # a longer name is a sentence, not a skill: only its first 12 words are read

_STOP = frozenset({"a", "an", "and", "the", "of", "in", "for", "with", "to", "on", "my", "at",
                   "by", "from"})
_SPECIAL = (("c++", " cplusplus "), ("c#", " csharp "), (".net", " dotnet "),
            ("node.js", " nodejs "), ("a/b", " ab "), ("ci/cd", " ci cd "), ("&", " and "),
            ("r&d", " r and d "))
_WORDS = {"programme": "program", "programmes": "programs", "catalogue": "catalog",
          "catalogues": "catalogs", "catalogued": "cataloged", "cataloguing": "cataloging",
          "dialogue": "dialog", "analogue": "analog", "licence": "license", "defence": "defense",
          "offence": "offense", "judgement": "judgment", "ageing": "aging", "enquiry": "inquiry",
          "enquiries": "inquiries", "fulfilment": "fulfillment", "enrolment": "enrollment",
          "cheque": "check", "cheques": "checks", "tyre": "tire", "tyres": "tires",
          "maths": "math", "counsellor": "counselor", "mgmt": "management",
          "mgr": "manager", "dev": "development"}
# (letters the word must hold, pattern, replacement): the cheap test first, as the vocabulary's
# ~1,400 names are folded at the first check that asks about skills
_SPELLING = (
    ("is", re.compile(r"(\w{2,})is(ation|ations|e|es|ed|ing|er|ers)$"), r"\1iz\2"),
    ("ys", re.compile(r"(\w{2,})ys(e|es|ed|ing|er|ers)$"), r"\1yz\2"),
    ("our", re.compile(r"(\w{3,})our(s|ed|ing|ite|ites|able)?$"), r"\1or\2"),
    ("tre", re.compile(r"(\w{2,})tre(s|d)?$"), r"\1ter\2"),
    ("ell", re.compile(r"(\w{2,})ell(ing|ed|er|ers)$"), r"\1el\2"),
)
# (suffix, minimum stem left): the first that fits is stripped, up to three times
_SUFFIXES = (("ations", 4), ("ation", 4), ("ments", 4), ("ment", 4), ("ings", 4), ("ing", 4),
             ("ies", 3), ("ied", 3), ("ers", 4), ("er", 4), ("ed", 4), ("es", 4), ("s", 3),
             ("e", 4))
_UNDOUBLE = re.compile(r"([b-df-hj-kmnp-rtv-z])\1$")  # "plann" -> "plan"; "sell" stays


def _fold_spelling(word: str) -> str:
    word = _WORDS.get(word, word)
    for letters, pattern, repl in _SPELLING:
        if letters not in word:
            continue
        new = pattern.sub(repl, word)
        if new != word:
            return new
    return word


@functools.lru_cache(maxsize=8192)  # the vocabulary's 2,600 words are 1,200 kinds of word
def _lemma(word: str) -> str:
    if not word.isalpha():
        return word
    word = _fold_spelling(word)
    for _ in range(3):
        for suffix, stem in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= stem:
                if suffix in ("s", "es") and word.endswith(("ss", "us", "is", "sses")):
                    continue
                word = word[:-len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
                if suffix in ("ing", "ings", "ed", "er", "ers"):
                    word = _UNDOUBLE.sub(r"\1", word)
                break
        else:
            break
    return word


@functools.lru_cache(maxsize=4096)
def phrase_key(text: str) -> tuple[str, ...]:
    """The words of ``text`` as the matcher compares them (see the module docstring)."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    for old, new in _SPECIAL:
        text = text.replace(old, new)
    words = re.sub(r"[^\w]+|_", " ", text).split()[:_MAX_WORDS]
    return tuple(_lemma(w) for w in words if w not in _STOP)


@per_data_folder
def _vocabulary() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """(key -> canonical name, canonical name -> family), read once from the data file."""
    data = load_json(VOCABULARY_FILE)
    table: dict[tuple[str, ...], str] = {}
    families: dict[str, str] = {}
    for family, skills in data["families"].items():
        for canonical, synonyms in skills.items():
            families[canonical] = family
            for name in (canonical, *synonyms):
                key = phrase_key(name)
                if key:
                    table.setdefault(key, canonical)
    return table, families


def canonical_skill(name: str, share_as: str | None = None) -> str:
    """The vocabulary's name for a participant's skill when it matches one closely, or
    ``"other"``.

    ``share_as`` is the participant's own choice (the share preview lets them map a skill to a
    listed one): a listed name, or ``"other"``, wins over the automatic match; anything else is
    ignored. A close match is the whole name, or a run of two words or more in it; a single
    word of a longer name ("triage" in "ticket triage") is only a suggestion
    (:func:`nearest_skill`), never shared on its own: the participant picks.
    """
    _, families = _vocabulary()
    if share_as is not None and (share_as in families or share_as == OTHER_SKILL):
        return share_as
    found, close = _match(name)
    return found if close else OTHER_SKILL


def nearest_skill(name: str) -> str:
    """The listed skill a name comes nearest to, close or not ("other" when none): what the
    share preview suggests for a skill :func:`canonical_skill` does not name."""
    return _match(name)[0]


@per_data_folder  # 05 names every skill for sharing at every change
def _match(name: str) -> tuple[str, bool]:
    """(the vocabulary name ``name`` matches, or "other"; whether the match is close)."""
    table, _ = _vocabulary()
    if not isinstance(name, str):
        return OTHER_SKILL, False
    key = phrase_key(name)
    if not key:
        return OTHER_SKILL, False
    found = table.get(key)
    if found is not None:
        return found, True
    n = len(key)
    for size in range(n - 1, 0, -1):
        for start in range(n - size, -1, -1):  # the last run first: the head noun
            run = key[start:start + size]
            if size == 1 and (len(run[0]) < 3 or 0 < start < n - 1
                              or not _in_its_sense(run[0], key)):
                continue
            found = table.get(run)
            if found is not None:
                return found, size >= 2
    return OTHER_SKILL, False


_RUN = 4  # the longest name looked for in a text, in words ("accounts receivable" is two)


@per_data_folder
def skills_named(text: str, turned: bool = False) -> frozenset[str]:
    """The listed skills a text names anywhere in it: every run of two to four of its words
    (as ``phrase_key`` reads them) that is a name or synonym in the vocabulary; with
    ``turned`` (a goal, told as a verb and its object), a run of two read the other way round
    too ("manage vendors" is vendor management; in a story "serviced the customers' cars" is
    no customer service); and a single word spelt exactly as a one-word name or in a form of
    it ("SQL", "Excel", "negotiate" for negotiation; a person's noun in "-er" only as written,
    or "customer" would be "customs"). Linear in the text: at most four look-ups a word."""
    table, _ = _vocabulary()
    single = _single_words()
    if not isinstance(text, str):
        return frozenset()
    folded = unicodedata.normalize("NFKC", text).casefold()
    for old, new in _SPECIAL:
        folded = folded.replace(old, new)
    raw = [w for w in re.sub(r"[^\w]+|_", " ", folded).split() if w not in _STOP]
    words = [_lemma(w) for w in raw]
    found = {single.get(w) or single.get(_lemma(w)) for w in raw
             if (w in single or (not w.endswith(("er", "ers")) and _lemma(w) in single))
             and (len(raw) == 1 or _in_its_sense(_lemma(w), words))}
    for i in range(len(words)):
        for size in range(2, min(_RUN, len(words) - i) + 1):
            run = tuple(words[i:i + size])
            name = table.get(run) or (table.get(run[::-1]) if turned and size == 2 else None)
            if name is not None:
                found.add(name)
    return frozenset(found)


@per_data_folder
def _senses() -> dict[str, frozenset[str]]:
    """A one-word name with other senses (its ``phrase_key`` word) -> the keys of the words
    that must stand beside it for it to name its skill (``senses`` in the data file)."""
    data = load_json(VOCABULARY_FILE)
    table = data.get("senses") if isinstance(data, dict) else None
    out: dict[str, frozenset[str]] = {}
    for word, beside in (table or {}).items():
        if word == "about" or not isinstance(beside, list):
            continue
        key = phrase_key(word)
        if len(key) == 1:
            out[key[0]] = frozenset(k for b in beside if isinstance(b, str)
                                    for k in phrase_key(b))
    return out


def _in_its_sense(word: str, words: Iterable[str]) -> bool:
    """True when a single word of a longer name or sentence names its skill there: it has no
    other sense (``senses``), or a word of its skill's sense stands beside it ("triage" in
    "patient triage", not in "escalation triage" or "ticket triage")."""
    beside = _senses().get(word)
    return beside is None or not beside.isdisjoint(words)


@per_data_folder
def _single_words() -> dict[str, str]:
    """One-word names and synonyms, as written (case folded) and as their ``_lemma`` of five
    letters or more -> canonical name."""
    data = load_json(VOCABULARY_FILE)
    out: dict[str, str] = {}
    for skills in data["families"].values():
        for canonical, synonyms in skills.items():
            for name in (canonical, *synonyms):
                folded = unicodedata.normalize("NFKC", name).casefold()
                for old, new in _SPECIAL:
                    folded = folded.replace(old, new)
                words = folded.split()
                if len(words) == 1 and len(words[0]) >= 3:
                    out.setdefault(words[0], canonical)
                    if len(_lemma(words[0])) >= 5:
                        out.setdefault(_lemma(words[0]), canonical)
    return out


def skill_set() -> frozenset[str]:
    """Every canonical skill name, as a set (cached with the vocabulary)."""
    return _known()


@per_data_folder
def _known() -> frozenset[str]:
    return frozenset(_vocabulary()[1])


def skill_family(canonical: str) -> str | None:
    """The family a canonical skill belongs to ("data and analysis"), or ``None``."""
    return _vocabulary()[1].get(canonical)


def skill_names() -> list[str]:
    """Every canonical skill name, in the order of the data file."""
    return list(_vocabulary()[1])


def skill_families() -> dict[str, list[str]]:
    """The families and their canonical skills, in the order of the data file."""
    out: dict[str, list[str]] = {}
    for skill, family in _vocabulary()[1].items():
        out.setdefault(family, []).append(skill)
    return out


def vocabulary_problems(data: dict | None = None) -> list[str]:
    """What is wrong with a vocabulary (the kit's file by default): a name or synonym that folds
    into the key of another skill, a skill listed twice, an empty name. Empty when all is well;
    a facilitator who edits the file can run it."""
    data = data if data is not None else load_json(VOCABULARY_FILE)
    problems: list[str] = []
    owner: dict[tuple[str, ...], str] = {}
    seen: set[str] = set()
    for family, skills in data.get("families", {}).items():
        for canonical, synonyms in skills.items():
            if canonical in seen:
                problems.append(f"'{canonical}' is listed twice (again in '{family}').")
            seen.add(canonical)
            for name in _names(canonical, synonyms):
                key = phrase_key(name)
                if not key:
                    problems.append(f"'{name}' (under '{canonical}') has no words.")
                elif owner.setdefault(key, canonical) != canonical:
                    problems.append(f"'{name}' (under '{canonical}') reads the same as a name "
                                    f"under '{owner[key]}'.")
    return problems


def _names(canonical: str, synonyms: Iterable[str]) -> list[str]:
    return [canonical, *synonyms]
