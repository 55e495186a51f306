"""The phrase engine: words with their base forms, and patterns a facilitator can write.

The answer check (``workshop/check.py``) reads a text as words and looks for patterns from
``data/phrases.json`` in them. This module knows nothing about answers: it splits text into
``Word``\\ s, gives each a ``base`` form, and matches ``Patterns`` against a run of words.

Words and their base forms
    ``words(text)`` splits a text into words (letters and digits, with inner apostrophes and
    hyphens: "didn't", "on-time", "co-workers") and single punctuation marks. Each word knows
    where it is in the text, its lowercase form and its ``base``: the lowercase form with its
    inflection taken off, the same for "save", "saves", "saved" and "saving" ("sav"), for
    "company" and "companies", "plan" and "planned". Irregular forms ("grew", "taught", "was")
    are looked up in the ``irregular`` table given to ``Lexicon`` (``data/phrases.json``). A base
    is a key for matching, not always a dictionary word.

The pattern language (one pattern per string)
    - words separated by spaces; a word matches any form with the same base: ``help the company``
      finds "helped the company" and "helping the companies";
    - ``=word`` only that exact form (``=like`` finds "like", not "liked" or "likes");
    - ``word*`` any word starting so (``micromanag*``); ``*ing`` any word ending so;
    - ``a|b|c`` any of these words (each may be ``=`` or ``*`` too);
    - ``<name>`` any word or phrase of the class ``name`` (classes are lists of patterns too);
    - ``...`` up to six words of any kind, inside the same run;
    - ``#`` a number (digits, or a number word from the class ``number``);
    - between any two parts of a pattern, the lexicon's *optional words* may stand and are skipped
      (adverbs such as "really", "just"; determiners; "a number of"), at most three in a row. So
      ``i want`` finds "I really wanted" and ``develop skill`` finds "developed a number of
      important skills" when "important" is optional too.

    Case never matters; a curly apostrophe is a straight one.

Public API: ``Lexicon`` (base forms, optional words, classes), ``words``, ``Word``, ``Patterns``
(compiled from strings, ``find`` and ``search`` in a run of words), ``Match``.
The engine is pure Python with no data of its own, so it also runs in Pyodide (JupyterLite).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .phrase_words import Word, Words, strip_suffix

__all__ = ["Word", "Words", "Match", "Lexicon", "Patterns", "words"]

MAX_SKIPPED = 3  # optional words skipped between two parts of a pattern
GAP_WORDS = 6  # words a "..." may stand for
_LONG_TEXT_WORDS = 1_000  # words and marks: about four times a two-minute answer

_WORD_RE = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['\u2019\-][^\W_]+)*|[^\w\s]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"})
_CURRENCY = frozenset("$€£¥")


@dataclass(frozen=True, slots=True)
class Match:
    """Where a pattern matched: words ``start`` to ``end`` (not included), and which pattern."""

    start: int
    end: int
    pattern: str


class Lexicon:
    """Base forms, optional words and word classes: what patterns are matched with.

    ``irregular`` maps a form to its dictionary form ("grew": "grow"); ``optional`` lists the
    words and short phrases a pattern may skip; ``classes`` maps a name to its patterns.
    """

    def __init__(self, irregular: Mapping[str, str] | None = None,
                 optional: Iterable[str] = (), classes: Mapping[str, Iterable[str]] | None = None,
                 ) -> None:
        self._irregular = {str(k).lower(): str(v).lower() for k, v in (irregular or {}).items()}
        self._cache: dict[str, str] = {}
        self._pieces: dict[str, tuple[str, str, bool]] = {}  # a piece: (lower, base, is_word)
        singles, multis = set(), []
        for phrase in optional:
            parts = str(phrase).lower().translate(_APOSTROPHES).split()
            if len(parts) == 1:
                singles.add(parts[0])
            elif parts:
                multis.append(tuple(parts))
        self.optional_words = frozenset(singles)
        self.optional_phrases = tuple(sorted(multis, key=len, reverse=True))
        self.optional_by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for phrase in self.optional_phrases:
            self.optional_by_first[phrase[0]] = self.optional_by_first.get(phrase[0], ()) + (
                phrase,)
        self._class_sources = {str(k): [p for p in v if isinstance(p, str)]
                               for k, v in (classes or {}).items()}
        self._classes: dict[str, Patterns] = {}
        self._class_words: dict[str, frozenset] = {}
        self.number_cache: dict[str, bool] = {}
        # a pattern's word ("cut|cuts|reduc*") compiled once: the lists hold 12,000 such words
        # and 2,400 kinds of them
        self.compiled_words: dict[str, tuple | None] = {}

    def class_words(self, name: str) -> frozenset:
        """The one-word entries of the word class ``name``, lowercase, without a pattern's
        marks ("=people" is "people")."""
        found = self._class_words.get(name)
        if found is None:  # asked per sentence (check_goals): made once per class
            found = self._class_words[name] = frozenset(
                p.lower().lstrip("=") for p in self._class_sources.get(name, ())
                if len(p.split()) == 1)
        return found

    def base(self, lower: str) -> str:
        """The matching key of a lowercase word."""
        cached = self._cache.get(lower)
        if cached is None:
            word = self._irregular.get(lower, lower)
            cached = strip_suffix(word)
            if len(self._cache) < 50_000:
                self._cache[lower] = cached
        return cached

    def word_class(self, name: str) -> Patterns | None:
        """The compiled patterns of a class, or None when there is no such class."""
        if name not in self._classes:
            source = self._class_sources.get(name)
            if source is None:
                return None
            self._classes[name] = Patterns([], self)  # a class naming itself matches nothing
            self._classes[name] = Patterns(source, self)
        return self._classes[name]

    def words(self, text: str) -> Words:
        """The text as words with their base forms."""
        clean = text.translate(_APOSTROPHES)
        same = clean == text  # no apostrophe straightened: a piece is the text as typed
        out = Words()
        append, known, word = out.append, self._pieces, Word
        for m in _WORD_RE.finditer(clean):
            piece = m.group()
            read = known.get(piece)
            if read is None:  # each kind of piece read once: a paste repeats them
                lower = piece.lower()
                is_word = piece[0].isalnum()
                read = (lower, self.base(lower) if is_word else lower, is_word)
                if len(known) < 50_000:
                    known[piece] = read
            start, end = m.span()
            append(word(piece if same else text[start:end], read[0], read[1], start, end,
                        read[2]))
        return out


def words(text: str, lexicon: Lexicon | None = None) -> Words:
    """The text as words (with base forms from ``lexicon``, or from the regular rules alone)."""
    return (lexicon or Lexicon()).words(text)


# --- patterns ---------------------------------------------------------------------------------

# A part of a compiled pattern: (kind, value). Kinds: "base" (a frozenset of bases),
# "exact" (frozenset of lowercase forms), "prefix" (tuple of prefixes), "any" (a tuple of parts,
# alternatives mixing the three), "class" (a name), "gap", "number".


def _compile_alternative(token: str, lexicon: Lexicon) -> tuple[str, object]:
    if token.startswith("="):
        return ("exact", token[1:])
    if token.endswith("*") and len(token) > 1:
        return ("prefix", token[:-1])
    if token.startswith("*") and len(token) > 1:
        return ("suffix", token[1:])
    lower = token.lower()
    if not lower[:1].isalnum():
        return ("exact", lower)
    return ("base", lexicon.base(lower))


def _any(alternatives: list[tuple[str, object]]) -> tuple[str, tuple]:
    """An "any" part: its bases and exact forms as sets (one look-up each, however many), and
    the prefixes and suffixes tried one by one."""
    bases = frozenset(v for k, v in alternatives if k == "base")
    exacts = frozenset(v for k, v in alternatives if k == "exact")
    others = tuple((k, v) for k, v in alternatives if k not in ("base", "exact"))
    return ("any", (bases, exacts, others))


def _compile(pattern: str, lexicon: Lexicon) -> tuple | None:
    parts = []
    for token in pattern.lower().translate(_APOSTROPHES).split():
        if token == "...":
            parts.append(("gap", None))
        elif token == "#":
            parts.append(("number", None))
        elif token.startswith("<") and token.endswith(">") and len(token) > 2:
            parts.append(("class", token[1:-1]))
        else:
            part = lexicon.compiled_words.get(token, _UNKNOWN)
            if part is _UNKNOWN:
                alternatives = [_compile_alternative(a, lexicon) for a in token.split("|") if a]
                part = None if not alternatives else alternatives[0] if len(
                    alternatives) == 1 else _any(alternatives)
                lexicon.compiled_words[token] = part
            if part is not None:
                parts.append(part)
    if not parts or parts[0][0] == "gap":
        return None
    return tuple(parts)


def _first_keys(part: tuple, lexicon: Lexicon, seen: set) -> set | None:
    """The dictionary keys a part can match first, or None (a prefix, a number, a gap)."""
    kind, value = part
    if kind in ("base", "exact"):
        return {(kind, value)}
    if kind == "any":
        bases, exacts, others = value
        if others:
            return None
        return {("base", v) for v in bases} | {("exact", v) for v in exacts}
    if kind == "class" and value not in seen:
        seen.add(value)
        patterns = lexicon.word_class(value)
        if patterns is None:
            return set()
        return None if patterns.first_keys is None else set(patterns.first_keys)
    return None


def _is_number(word: Word, lexicon: Lexicon) -> bool:
    if word.lower[:1].isdigit():
        return True
    cache = lexicon.number_cache
    known = cache.get(word.lower)
    if known is None:
        numbers = lexicon.word_class("number")
        known = cache[word.lower] = bool(numbers and numbers.starts_at_word(word))
    return known


def _one(kind: str, value, word: Word) -> bool:
    if not word.is_word and kind != "exact":
        return False
    if kind == "base":
        return word.base == value
    if kind == "exact":
        return word.lower == value
    if kind == "prefix":
        return word.lower.startswith(value)
    if kind == "suffix":
        return word.lower.endswith(value) and len(word.lower) > len(value) + 1
    bases, exacts, others = value  # "any"
    return word.base in bases or word.lower in exacts or any(_one(k, v, word) for k, v in others)


def _reach(patterns: Patterns) -> int | None:
    """``Patterns.reach``: per part, the optional words skipped before it (up to MAX_SKIPPED
    phrases of them), the words the part itself takes, and one more word read to stop."""
    lexicon = patterns.lexicon
    skipped = MAX_SKIPPED * max(map(len, lexicon.optional_phrases), default=1)
    most = 1
    for _, parts in patterns._compiled:
        total = 0
        for kind, value in parts:
            if kind == "class":
                inner = lexicon.word_class(value)  # (no such class: it matches nothing)
                width = 1 if inner is None else inner.reach()
                if width is None:
                    return None
            else:
                width = {"gap": GAP_WORDS, "number": 2}.get(kind, 1)
            total += skipped + width + 1
        most = max(most, total)
    return most


def _present(ws: Sequence[Word], lo: int, hi: int) -> set:
    """The bases and ("=" and) the exact forms of words ``lo`` to ``hi`` (worked out once per
    run of a ``Words`` list)."""
    kept = getattr(ws, "present", None)
    if kept is not None and (lo, hi) in kept:
        return kept[lo, hi]
    out = set()
    for k in range(lo, hi):
        word = ws[k]
        out.add(word.base)
        out.add("=" + word.lower)
    if kept is not None:
        kept[lo, hi] = out
    return out


_ONE_WORD_KINDS = frozenset(("base", "exact", "prefix", "suffix", "any"))  # matched by ``_one``
_UNKNOWN, _SEVERAL = object(), object()


class Patterns:
    """A list of patterns compiled once; ``find`` and ``search`` look for them in words.

    Where several patterns match at one word, the longest match is kept; matches don't overlap.
    """

    def __init__(self, patterns: Iterable[str], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._compiled: list[tuple[str, tuple]] = []
        # The first part's simple keys, so that most words are rejected by one dict look-up.
        self._by_base: dict[str, list[int]] = {}
        self._by_exact: dict[str, list[int]] = {}
        self._other: list[int] = []  # first part a prefix or suffix: tried at every word
        self._digits: list[int] = []  # first part a number: tried at words starting with one
        self._required: list[frozenset] = []
        self._one_of: list[tuple[frozenset, ...]] = []
        for pattern in patterns:
            if not isinstance(pattern, str):
                continue
            parts = _compile(pattern, lexicon)
            if parts is None:
                continue
            index = len(self._compiled)
            self._compiled.append((" ".join(pattern.split()), parts))
            # Words every match holds: a pattern is tried only where they all stand.
            self._required.append(frozenset(v for k, v in parts[1:] if k == "base")
                                  | frozenset("=" + v for k, v in parts[1:] if k == "exact"))
            # and of each "a|b|c" of plain words, one ("# up|down on" is not tried on "1 1 1")
            self._one_of.append(tuple(v[0] | frozenset("=" + e for e in v[1])
                                      for k, v in parts[1:] if k == "any" and not v[2]))
            first = parts[0]
            if first[0] == "number":
                self._digits.append(index)
                numbers = lexicon.word_class("number")
                first = ("class", "number") if numbers is not None else first
            keys = _first_keys(first, lexicon, set())
            if keys is None:
                if index not in self._digits:
                    self._other.append(index)
                continue
            for k, v in keys:
                table = self._by_base if k == "base" else self._by_exact
                table.setdefault(v, []).append(index)
        self._memo: dict[tuple[str, str], tuple[int, ...]] = {}
        # By kind of word, when every pattern that may start at it is one plain word: the
        # pattern that matches it alone (or None), so a word repeated thousands of times ("1:1:1"
        # cut at each ":") is matched once. _SEVERAL: some pattern there has more parts.
        self._alone: dict[tuple[str, str], str | None | object] = {}
        self._any_parts = [index for index, keys in enumerate(self._one_of) if keys]
        self.first_keys = self._keys()
        self._reach: int | None | object = _UNKNOWN

    def _keys(self) -> frozenset | None:
        """Every (kind, value) a match can start with, or None when a start can't be listed."""
        if self._other or self._digits:
            return None
        return frozenset([("base", k) for k in self._by_base]
                         + [("exact", k) for k in self._by_exact])

    def __len__(self) -> int:
        return len(self._compiled)

    def _candidates(self, word: Word) -> tuple[int, ...]:
        key = (word.base, word.lower)
        found = self._memo.get(key)
        if found is None:
            out = self._by_base.get(word.base, []) + self._by_exact.get(word.lower, [])
            if self._digits and word.lower[:1].isdigit():
                out += self._digits
            if self._other:
                out += [i for i in self._other if _one(*self._compiled[i][1][0], word)]
            found = tuple(sorted(set(out)))
            if len(self._memo) < 20_000:
                self._memo[key] = found
        return found

    def _end(self, parts: tuple, k: int, ws: Sequence[Word], i: int, hi: int) -> int:
        """Where the parts from ``k`` on end when matched from word ``i``, or -1."""
        if k == len(parts):
            return i
        kind, value = parts[k]
        if kind == "gap":
            return self._gap_end(parts, k, ws, i, hi)
        starts = self._starts(ws, i, hi, k)
        if kind == "class":
            return self._class_end(parts, k, value, ws, starts, hi)
        best = -1
        for j in starts:
            if j >= hi:
                break
            after = self._after_word(kind, value, ws, j, hi)
            if after >= 0:
                best = max(best, self._end(parts, k + 1, ws, after, hi))
        return best

    def _gap_end(self, parts: tuple, k: int, ws: Sequence[Word], i: int, hi: int) -> int:
        """A gap part: the first end of the rest after skipping 0 to GAP_WORDS words."""
        for j in range(i, min(hi, i + GAP_WORDS) + 1):
            end = self._end(parts, k + 1, ws, j, hi)
            if end >= 0:
                return end
        return -1

    def _starts(self, ws: Sequence[Word], i: int, hi: int, k: int) -> list[int]:
        """Where part ``k`` may start: at word ``i`` or, between two parts, after up to
        MAX_SKIPPED optional words."""
        starts = [i]
        if k:
            j, skipped = i, 0
            while j < hi and skipped < MAX_SKIPPED:
                step = self._optional_at(ws, j, hi)
                if not step:
                    break
                j += step
                skipped += 1
                starts.append(j)
        return starts

    def _class_end(self, parts: tuple, k: int, value, ws: Sequence[Word], starts: list[int],
                   hi: int) -> int:
        """A word-class part: the furthest end of the rest after any of the class's phrases."""
        patterns = self.lexicon.word_class(value)
        if patterns is None:
            return -1
        best = -1
        for j in starts:
            if j >= hi:
                break
            for end in patterns._ends_at(ws, j, hi):
                best = max(best, self._end(parts, k + 1, ws, end, hi))
        return best

    def _after_word(self, kind: str, value, ws: Sequence[Word], j: int, hi: int) -> int:
        """Where a one-word part matched at word ``j`` ends (a number may follow its currency
        sign), or -1 when the word does not match."""
        word = ws[j]
        if kind == "number":
            if word.lower in _CURRENCY and j + 1 < hi:  # "£180,000": the sign, then digits
                word, j = ws[j + 1], j + 1
            return j + 1 if _is_number(word, self.lexicon) else -1
        return j + 1 if _one(kind, value, word) else -1

    def _optional_at(self, ws: Sequence[Word], j: int, hi: int) -> int:
        lexicon = self.lexicon
        lower = ws[j].lower
        for phrase in lexicon.optional_by_first.get(lower, ()):
            n = len(phrase)
            if j + n <= hi and all(ws[j + m].lower == phrase[m] for m in range(1, n)):
                return n
        return 1 if lower in lexicon.optional_words else 0

    def _ends_at(self, ws: Sequence[Word], i: int, hi: int) -> list[int]:
        ends = []
        for index in self._candidates(ws[i]):
            end = self._end(self._compiled[index][1], 0, ws, i, hi)
            if end > i:
                ends.append(end)
        return ends

    def starts_at_word(self, word: Word) -> bool:
        """True when a one-word pattern matches this word alone."""
        return any(self._end(self._compiled[index][1], 0, [word], 0, 1) == 1
                   for index in self._candidates(word))

    def _one_word(self, word: Word) -> str | None | object:
        """The pattern that matches ``word`` alone when every pattern that may start at it is one
        plain word (the first that matches, as the longest-match rule keeps the first of equal
        length), None when none does; ``_SEVERAL`` when a pattern there has more parts."""
        key = (word.base, word.lower)
        found = self._alone.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = None
            for index in self._candidates(word):
                pattern, parts = self._compiled[index]
                if len(parts) != 1 or parts[0][0] not in _ONE_WORD_KINDS:
                    found = _SEVERAL
                    break
                if found is None and _one(*parts[0], word):
                    found = pattern
            if len(self._alone) < 20_000:
                self._alone[key] = found
        return found

    def _match_at(self, ws: Sequence[Word], i: int, hi: int,
                  present: set | None = None) -> Match | None:
        alone = self._one_word(ws[i])
        if alone is not _SEVERAL:
            return None if alone is None else Match(i, i + 1, alone)
        stretches = getattr(ws, "stretches", None)
        if stretches is None or len(ws) <= _LONG_TEXT_WORDS or self.reach() is None:
            return self._longest_at(ws, i, hi, present)
        # A long paste repeats itself ("from 1 to 2 from 1 to 2 ..."): what matches at a word
        # depends only on the kinds of the words a match can reach, so a stretch of words seen
        # before is matched once.
        key = (self, tuple(ws.ids()[i:min(hi, i + self.reach())]))
        known = stretches.get(key, _UNKNOWN)
        if known is _UNKNOWN:
            match = self._longest_at(ws, i, hi, present)
            known = None if match is None else (match.end - i, match.pattern)
            if len(stretches) < 20_000:
                stretches[key] = known
        return None if known is None else Match(i, i + known[0], known[1])

    def reach(self) -> int | None:
        """The most words a match (and what matching it reads) can span from where it starts,
        or None when that can't be bounded (a class that names itself)."""
        if self._reach is _UNKNOWN:
            self._reach = None  # while it is worked out: a class reached again is unbounded
            self._reach = _reach(self)
        return self._reach

    def _longest_at(self, ws: Sequence[Word], i: int, hi: int,
                    present: set | None) -> Match | None:
        best: Match | None = None
        for index in self._candidates(ws[i]):
            if present is not None and (not self._required[index] <= present or (
                    self._one_of[index] and any(present.isdisjoint(keys)
                                                for keys in self._one_of[index]))):
                continue
            pattern, parts = self._compiled[index]
            end = self._end(parts, 0, ws, i, hi)
            if end > i and (best is None or end > best.end):
                best = Match(i, end, pattern)
        return best

    def match_at(self, ws: Sequence[Word], i: int, hi: int | None = None) -> Match | None:
        """The longest match starting at word ``i`` (ending by ``hi``), or None."""
        hi = len(ws) if hi is None else min(hi, len(ws))
        return self._match_at(ws, i, hi) if i < hi else None

    def _may_start(self, word: Word) -> bool:
        """Whether any pattern may start at this word (what ``_candidates`` says, with two
        look-ups for the words no pattern starts with: most of a text)."""
        return (word.base in self._by_base or word.lower in self._by_exact
                or bool((self._digits and word.lower[:1].isdigit())
                        or (self._other and self._candidates(word))))

    def _first_words(self, ws: Sequence[Word]) -> list[int] | None:
        """Where a pattern may start in a ``Words`` list, in order (found in one pass over its
        kinds of words, then kept); None for a plain list."""
        kept = getattr(ws, "starts", None)
        if kept is None:
            return None
        starts = kept.get(self)
        if starts is None:
            may_start = self._may_start
            # A pattern whose words the text lacks starts nowhere in it: worth asking of a long
            # paste (more words than any spoken answer, and than the list has patterns), where
            # one pattern tried at every number or mark costs more than asking of them all.
            long = len(ws) > max(_LONG_TEXT_WORDS, len(self._compiled))
            possible = self._possible(ws.keys()) if long else None
            if possible is not None and len(possible) < len(self._compiled):
                def may_start(word: Word) -> bool:
                    return any(index in possible for index in self._candidates(word))
            starts = kept[self] = sorted(itertools.chain.from_iterable(
                where for word, where in ws.kinds() if may_start(word)))
        return starts

    def _possible(self, present: set) -> set[int]:
        """The patterns whose required words are all in ``present`` (each pattern's words asked
        in one C-level pass over the list; the few with an "a|b|c" part then one by one)."""
        possible = set(itertools.compress(itertools.count(),
                                          map(present.issuperset, self._required)))
        for index in self._any_parts:
            if any(present.isdisjoint(keys) for keys in self._one_of[index]):
                possible.discard(index)
        return possible

    def _starts_in(self, ws: Sequence[Word], lo: int, hi: int) -> Iterable[int]:
        """The words from ``lo`` to before ``hi`` where a pattern may start, in order."""
        starts = self._first_words(ws)
        if starts is None:
            may_start = self._may_start
            return [i for i in range(lo, hi) if may_start(ws[i])]
        k = bisect.bisect_left(starts, lo)
        if k == len(starts) or starts[k] >= hi:
            return ()  # most runs: nothing starts in them
        return itertools.takewhile(hi.__gt__, itertools.islice(starts, k, None))

    def nowhere(self, ws: Sequence[Word]) -> bool:
        """True when no pattern of the list can start anywhere in ``ws`` (a ``Words`` list; worked
        out once per text): then ``find`` and ``search`` find nothing in any part of it, and a
        reader that asks the list of every sentence can leave it out for the whole text."""
        starts = self._first_words(ws)
        return starts is not None and not starts

    def find(self, ws: Sequence[Word], lo: int = 0, hi: int | None = None) -> list[Match]:
        """Every match in words ``lo`` to ``hi``, left to right, longest first, not overlapping."""
        kept = getattr(ws, "starts", None)  # asked of every clause: nothing in most, said fast
        starts = kept.get(self) if kept is not None else None
        if starts is not None:
            if not starts or starts[-1] < lo:
                return []  # no pattern starts anywhere in the text, or after ``lo``
            k = bisect.bisect_left(starts, lo)
            if hi is not None and starts[k] >= hi:
                return []
        hi = len(ws) if hi is None or hi > len(ws) else hi
        out = []
        present: set | None = None
        i = lo
        for start in self._starts_in(ws, lo, hi):
            if start < i:
                continue  # inside the match before
            if present is None:
                present = _present(ws, lo, hi)
            match = self._match_at(ws, start, hi, present)
            if match is not None:
                out.append(match)
                i = match.end
        return out

    def search(self, ws: Sequence[Word], lo: int = 0, hi: int | None = None) -> Match | None:
        """The first match in words ``lo`` to ``hi``, or None."""
        kept = getattr(ws, "starts", None)
        starts = kept.get(self) if kept is not None else None
        if starts is not None and (not starts or starts[-1] < lo):
            return None  # no pattern starts anywhere in the text, or after ``lo``
        hi = len(ws) if hi is None or hi > len(ws) else hi
        present: set | None = None  # as ``find`` does: a pattern whose words the run lacks
        for start in self._starts_in(ws, lo, hi):  # is not tried at each place it may start
            if present is None:
                present = _present(ws, lo, hi)
            match = self._match_at(ws, start, hi, present)
            if match is not None:
                return match
        return None
