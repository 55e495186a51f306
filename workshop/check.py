"""The answer check: rule based, offline and explainable.

``check_answer(text, goals)`` reads an answer and reports one finding per code in ``CODES``, each
with a plain message: what was found, or a concrete suggestion from ``data/phrases.json``.
The phrase lists live in that file, not here; this module only knows how to match them.

How phrases match: case-insensitively, on word boundaries, with any run of spaces between the
words of a phrase; a trailing ``*`` stands for any word ending (``enjoy*`` finds "enjoyed").
Punctuation inside a phrase must touch its words as in the phrase ("on-time", "i'd").
Curly apostrophes count as straight ones. Text in square brackets is a placeholder left by the
draft ("[add a result with a number]") and is not read for phrases, only counted as words.

The rules, one per finding:

- ``skill_growth``: a phrase of the ``skill_growth`` list ("grew my", "from novice", ...).
- ``company_result``: a phrase of the ``company_result`` list ("I helped the company to", ...).
- ``quantified``: a number (digits, a percentage, money, or a number word such as "doubled") in a
  *result sentence*, or in the sentence right after one. A result sentence holds a
  ``company_result`` phrase or a ``result_verbs`` word ("cut", "saved", ...). Years and dates
  ("in 2019", "2019-11", "2019 to 2021") are not counted as numbers.
- ``used_later``: a phrase of the ``used_later`` list ("at my next job", "since then", ...).
- ``goals_match``: each goal's content words (its ``stopwords`` and bare numbers removed, the
  rest lightly stemmed) are looked up in the answer; a goal is addressed when at least half of its
  content words appear. Ok when at least one goal is addressed, or when no goals were given.
- ``pitfalls``: ok when no phrase of any ``pitfalls`` category is found; the finding lists the
  matched phrases as they appear in the text.
- ``length``: words are whitespace-separated pieces holding a letter or digit; spoken at
  ``WORDS_PER_MINUTE``, the answer should take ``MIN_SECONDS`` to ``MAX_SECONDS``.

The check never raises on a string, whatever it holds. It reads the phrase lists once per
process into look-up tables (no regular expression is built from them: see "phrase matching").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .resources import data_dir, load_json

__all__ = [
    "CODES",
    "WORDS_PER_MINUTE",
    "MIN_SECONDS",
    "MAX_SECONDS",
    "MAX_CHECKED_CHARS",
    "Finding",
    "AnswerCheck",
    "check_answer",
    "count_words",
    "speaking_seconds",
    "pitfall_phrases",
]

CODES = ("skill_growth", "company_result", "quantified", "used_later", "goals_match", "pitfalls",
         "length")
WORDS_PER_MINUTE = 140
MIN_SECONDS = 30
MAX_SECONDS = 120

_PHRASES_FILE = "phrases.json"
_MAX_SHOWN = 12  # matched phrases listed in one finding
# Phrases are looked for in the first this-many characters (an answer is at most 20,000 in a
# workspace); words are counted in all of it, so an overlong text still fails on length.
MAX_CHECKED_CHARS = 200_000

# One character for one character, so that positions in the cleaned text are positions in the
# original and matched phrases can be shown as the participant typed them.
_CLEAN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
                        "\u00a0": " ", "\u2010": "-", "\u2011": "-"})


@dataclass(frozen=True)
class Finding:
    """One line of the answer check.

    Attributes:
        code: which rule, one of ``CODES``.
        ok: True when the answer meets the rule.
        message: a short plain sentence: what was found, or what to do.
        phrases: the matched pitfall phrases as they appear in the text (only for ``pitfalls``).
    """

    code: str
    ok: bool
    message: str
    phrases: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = {"code": self.code, "ok": self.ok, "message": self.message}
        if self.code == "pitfalls":
            out["phrases"] = list(self.phrases)
        return out


@dataclass
class AnswerCheck:
    """The result of checking one answer.

    Attributes:
        words: how many words the answer has.
        seconds: about how long it takes to say, at ``WORDS_PER_MINUTE``.
        findings: one ``Finding`` per code, in ``CODES`` order.
    """

    words: int
    seconds: int
    findings: list[Finding] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when every finding is ok."""
        return all(f.ok for f in self.findings)

    def finding(self, code: str) -> Finding:
        """The finding with this code; ``NotFoundError`` (a ``KeyError``) if there is none."""
        from .errors import NotFoundError

        for f in self.findings:
            if f.code == code:
                return f
        raise NotFoundError(f"there is no finding '{code}' in this check.")

    def to_dict(self) -> dict:
        return {"words": self.words, "seconds": self.seconds, "passed": self.passed,
                "findings": [f.to_dict() for f in self.findings]}


# --- phrase matching --------------------------------------------------------------------------
#
# A phrase list is not turned into a regular expression: compiling alternations of the ~465
# phrases cost 10 to 35 ms at the first check of every process. Instead the text is split once
# per check into tokens (runs of word characters, and single other characters; whitespace
# separates them), and each list is a tree of tokens: its phrases' first tokens, then what may
# follow each. A phrase matches at a token when its tokens equal the text's tokens in turn,
# separated by whitespace where the phrase has a space and touching where it has none
# ("on-time", "i'd"); a last word with ``*`` only has to start the text's token.
# What matches is exactly what the regex ``(?<!\w)phrase(?!\w)`` with ``re.IGNORECASE`` (a space
# as ``\s+``, a last ``*`` as ``\w*``) matched, including which phrase wins where several could:
# tests/test_check_matcher.py keeps a copy of that regex and compares the two on random texts.
# One difference is known and left: re folds the combining ypogegrammeni (U+0345, not a word
# character) with the Greek iota (a word character), which tokens can't mirror; it matters only
# for a facilitator's phrase list containing a Greek iota, read against text holding U+0345.

# re.IGNORECASE treats these letters as the same as another lowercase letter (CPython's
# re/_casefix.py); folding maps each group to one of its letters, so that a phrase's letter
# matches a text's letter exactly when their folded forms are equal.
_FOLD_SAME = str.maketrans({
    "\u0131": "i", "\u017f": "s", "\u03b9": "\u0345", "\u03bc": "\u00b5", "\u03c3": "\u03c2",
    "\u03d0": "\u03b2", "\u03d1": "\u03b8", "\u03d5": "\u03c6", "\u03d6": "\u03c0",
    "\u03f0": "\u03ba", "\u03f1": "\u03c1", "\u03f5": "\u03b5", "\u1c80": "\u0432",
    "\u1c81": "\u0434", "\u1c82": "\u043e", "\u1c83": "\u0441", "\u1c84": "\u0442",
    "\u1c85": "\u0442", "\u1c86": "\u044a", "\u1c87": "\u0463", "\u1e9b": "\u1e61",
    "\u1fbe": "\u0345", "\u1fd3": "\u0390", "\u1fe3": "\u03b0", "\ua64b": "\u1c88",
    "\ufb06": "\ufb05"})
_TOKEN_SPLIT = re.compile(r"(\w+)|[^\w\s]")


def _fold(text: str) -> str:
    """The text with case folded as ``re.IGNORECASE`` compares letters, one character for one.

    The dotted capital I is the one letter whose lowercase is two characters; the regex engine
    lowers it to a plain "i", and so does this.
    """
    if text.isascii():
        return text.lower()
    return text.replace("\u0130", "i").lower().translate(_FOLD_SAME)


class _Tokens:
    """A text split for phrase matching: where each token starts and ends, its folded form, and
    whether it is a run of word characters (else it is one other character)."""

    __slots__ = ("text", "starts", "ends", "folded", "words")

    def __init__(self, clean: str) -> None:
        folded = _fold(clean)
        self.text = clean
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.folded: list[str] = []
        self.words: list[bool] = []
        for m in _TOKEN_SPLIT.finditer(clean):
            start, end = m.span()
            self.starts.append(start)
            self.ends.append(end)
            self.folded.append(folded[start:end])
            self.words.append(m.lastindex is not None)


def _tokenize(clean: str) -> _Tokens:
    return _Tokens(clean)


def _normal_phrase(phrase: str) -> tuple[str, bool] | None:
    """A phrase lowercased with single spaces, and whether it ended in ``*``; None if empty."""
    phrase = " ".join(phrase.lower().translate(_CLEAN).split())
    star = phrase.endswith("*")
    phrase = phrase.rstrip("*").rstrip()
    return (phrase, star) if phrase else None


def _ranks(phrases: Iterable[tuple[str, bool]]) -> dict[tuple[str, bool], int]:
    """The order in which the former regex tried the phrases at one place in the text.

    It held the phrases as a trie of characters, each node's branches in the order they were
    first added, and a phrase's continuation tried before stopping where a shorter phrase ends
    ("i helped the company to" before "i helped the company"). The first phrase in that order
    that matches is the one reported.
    """
    trie: dict = {}
    for phrase, star in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        if star:
            node = node.setdefault("\\w*", {})  # never one of a phrase's own characters
        node.setdefault("", (phrase, star))
    ranks: dict[tuple[str, bool], int] = {}
    stack: list = [iter(trie.items())]
    ends: list = [None]
    while stack:
        for key, child in stack[-1]:
            if key:
                stack.append(iter(child.items()))
                ends.append(child.get(""))
                break
        else:
            stack.pop()
            leaf = ends.pop()
            if leaf is not None:
                ranks[leaf] = len(ranks)
    return ranks


def _phrase_tokens(phrase: str) -> list[tuple[str, bool, bool]]:
    """A normalised phrase as (folded token, whitespace before it, is a word) triples."""
    folded = _fold(phrase)
    if all(word.isalnum() for word in phrase.split(" ")):  # most phrases: words and spaces
        return [(token, n > 0, True) for n, token in enumerate(folded.split(" "))]
    out = []
    previous_end = 0
    for m in _TOKEN_SPLIT.finditer(phrase):
        out.append((folded[m.start():m.end()], m.start() > previous_end, m.lastindex is not None))
        previous_end = m.end()
    return out


_NEVER = 1 << 62  # the rank of no phrase


class _Node:
    """The phrases that go on after the same tokens. A child's key is its token, after a space
    when whitespace comes before it in the phrase. The ranks are those of the phrases ending here:
    ``end`` without ``*``, ``star_end`` with a ``*`` after a punctuation token, and ``star_words``
    those whose last token is a word ending in ``*`` (whitespace before it?, its start, rank)."""

    __slots__ = ("children", "word", "end", "star_end", "star_words")

    def __init__(self, word: bool) -> None:
        self.children: dict[str, _Node] = {}
        self.word = word
        self.end = _NEVER
        self.star_end = _NEVER
        self.star_words: list[tuple[bool, str, int]] = []


class _Matcher:
    """A phrase list as a tree of tokens. ``spans`` finds its phrases in a text."""

    __slots__ = ("_root", "_prefixes", "_prefix_ranks")

    def __init__(self, phrases: Iterable[str]) -> None:
        normal = [n for n in map(_normal_phrase, (p for p in phrases if isinstance(p, str))) if n]
        root: dict[str, _Node] = {}
        prefixes: list[tuple[int, str]] = []
        for (phrase, star), rank in _ranks(normal).items():
            tokens = _phrase_tokens(phrase)
            last, last_gap, last_word = tokens[-1]
            if star and last_word:
                if len(tokens) == 1:
                    prefixes.append((rank, last))  # "enjoy*": any word starting so
                    continue
                tokens = tokens[:-1]
            children, node = root, None
            for n, (token, gap, word) in enumerate(tokens):
                key = " " + token if gap and n else token
                node = children.get(key)
                if node is None:
                    node = children[key] = _Node(word)
                children = node.children
            if not (star and last_word):
                if star:
                    node.star_end = min(node.star_end, rank)
                else:
                    node.end = min(node.end, rank)
            else:
                node.star_words.append((last_gap, last, rank))
                node.star_words.sort(key=lambda entry: entry[2])
        prefixes.sort()
        self._root = root
        self._prefixes = tuple(prefix for _, prefix in prefixes)
        self._prefix_ranks = prefixes

    def __bool__(self) -> bool:
        return bool(self._root or self._prefixes)

    def spans(self, tk: _Tokens, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each match within tokens ``lo`` to ``hi``, left to right, not
        overlapping, as ``re.finditer`` gave them: where several phrases match at one place,
        the one first in ``_ranks`` order wins."""
        starts, ends, folded, words = tk.starts, tk.ends, tk.folded, tk.words
        if hi is None:
            hi = len(folded)
        root, prefixes = self._root, self._prefixes
        if prefixes:
            places = [i for i in range(lo, hi)
                      if folded[i] in root or folded[i].startswith(prefixes)]
        else:
            places = [i for i in range(lo, hi) if folded[i] in root]
        free = lo
        for i in places:
            if i < free:
                continue
            token = folded[i]
            best, last = _NEVER, -1
            if prefixes and token.startswith(prefixes):
                best = next(rank for rank, p in self._prefix_ranks if token.startswith(p))
                last = i
            node = root.get(token)
            if not words[i] and i and words[i - 1] and ends[i - 1] == starts[i]:
                node = None  # a word character just before a phrase starting with punctuation
            k = i
            while node is not None:
                touching = k + 1 < hi and starts[k + 1] == ends[k]
                word_after = touching and words[k + 1]
                if node.end < best and (node.word or not word_after):
                    best, last = node.end, k
                if node.star_end < best:
                    best, last = node.star_end, (k + 1 if word_after else k)  # "*" takes it
                if k + 1 >= hi:
                    break
                following = folded[k + 1]
                for gap, prefix, rank in node.star_words:
                    if rank >= best:
                        break
                    if gap != touching and following.startswith(prefix):
                        best, last = rank, k + 1
                        break
                node = node.children.get(following if touching else " " + following)
                k += 1
            if last >= 0:
                yield starts[i], ends[last]
                free = last + 1

    def search(self, tk: _Tokens, lo: int = 0, hi: int | None = None) -> bool:
        """True when a phrase of the list is within tokens ``lo`` to ``hi``."""
        return next(self.spans(tk, lo, hi), None) is not None


def _matcher(phrases: Iterable[str]) -> _Matcher | None:
    matcher = _Matcher(phrases)
    return matcher if matcher else None


_DIGITS = re.compile(r"(?<!\w)\d(?:[\d.,/:\-\u2013]*\d)?")
_DATE_LIKE = re.compile(r"^(?:(?:19|20)\d\d[-/\u2013](?:\d{1,2}|(?:19|20)\d\d)"
                        r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|from|until|till|during|through|between|of|early|late|mid|year|summer|"
    r"spring|autumn|fall|winter|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)\s*[-,]?\s*$",
    re.IGNORECASE)
_YEAR_LINK = re.compile(r"(?:\b(?:to|and|until|till|through)|[-\u2013])\s*$", re.IGNORECASE)
_NUMBER_TAIL = re.compile(r"\s?%|(?:k|m|bn|x)(?!\w)", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?\u2026])\s+|\n\s*")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_HAS_ALNUM = re.compile(r"[^\W_]")
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{0,2000}\]")


@dataclass(frozen=True)
class _Rules:
    skill_growth: _Matcher | None
    company_result: _Matcher | None
    result_verbs: _Matcher | None
    used_later: _Matcher | None
    number_words: _Matcher | None
    pitfalls: tuple[tuple[str, _Matcher], ...]
    pitfall_labels: dict
    stopwords: frozenset
    suggestions: dict


def _as_list(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v.strip()]


@functools.lru_cache(maxsize=8)
def _rules_for(path: str) -> _Rules:
    data = load_json(_PHRASES_FILE)
    if not isinstance(data, dict):
        data = {}
    pitfalls = data.get("pitfalls") if isinstance(data.get("pitfalls"), dict) else {}
    compiled = []
    for category, phrases in pitfalls.items():
        matcher = _matcher(_as_list(phrases))
        if matcher is not None:
            compiled.append((str(category), matcher))
    labels = data.get("pitfall_labels") if isinstance(data.get("pitfall_labels"), dict) else {}
    suggestions = data.get("suggestions") if isinstance(data.get("suggestions"), dict) else {}
    return _Rules(
        skill_growth=_matcher(_as_list(data.get("skill_growth"))),
        company_result=_matcher(_as_list(data.get("company_result"))),
        result_verbs=_matcher(_as_list(data.get("result_verbs"))),
        used_later=_matcher(_as_list(data.get("used_later"))),
        number_words=_matcher(_as_list(data.get("number_words"))),
        pitfalls=tuple(compiled),
        pitfall_labels={str(k): str(v) for k, v in labels.items()},
        stopwords=frozenset(w.lower() for w in _as_list(data.get("stopwords"))),
        suggestions={str(k): str(v) for k, v in suggestions.items()},
    )


def _rules() -> _Rules:
    # Keyed by the file's path, so a facilitator's WORKSHOP_DATA folder gets its own lists.
    return _rules_for(str(data_dir() / _PHRASES_FILE))


# --- helpers ----------------------------------------------------------------------------------


def _prepare(text: str) -> str:
    """The text as the patterns read it: same length, apostrophes straightened, placeholders
    blanked (so positions still point into the original)."""
    return _PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text.translate(_CLEAN))


def count_words(text: str) -> int:
    """Words in a text: whitespace-separated pieces holding at least one letter or digit."""
    if not isinstance(text, str):
        return 0
    return sum(1 for piece in text.split() if _HAS_ALNUM.search(piece))


def speaking_seconds(text: str) -> int:
    """About how many seconds the text takes to say, at ``WORDS_PER_MINUTE``."""
    return _seconds(count_words(text))


def _seconds(words: int) -> int:
    return round(words / WORDS_PER_MINUTE * 60)


def _distinct(matches: Iterable[str], limit: int = _MAX_SHOWN) -> list[str]:
    """Matched phrases, whitespace tidied, first spelling of each kept, in order of appearance."""
    seen: set[str] = set()
    out = []
    for m in matches:
        shown = " ".join(m.split())
        key = shown.lower()
        if key not in seen:
            seen.add(key)
            out.append(shown)
            if len(out) >= limit:
                break
    return out


def _found(matcher: _Matcher | None, tokens: _Tokens, original: str) -> list[str]:
    if matcher is None:
        return []
    return _distinct(original[start:end] for start, end in matcher.spans(tokens))


def _quote(phrases: Sequence[str], limit: int = 3) -> str:
    shown = [f'"{p}"' for p in phrases[:limit]]
    return ", ".join(shown)


def _suggest(rules: _Rules, key: str, fallback: str) -> str:
    return rules.suggestions.get(key) or fallback


def _numbers(sentence: str, rules: _Rules, tokens: _Tokens, lo: int, hi: int) -> list[str]:
    """Numbers in a sentence (tokens ``lo`` to ``hi`` of the text), years and dates left out."""
    found = []
    previous_was_year = False
    for m in _DIGITS.finditer(sentence):
        token = m.group(0)
        before = sentence[max(0, m.start() - 24):m.start()]
        if _DATE_LIKE.match(token):
            previous_was_year = True
            continue
        if _YEAR.match(token) and (_YEAR_BEFORE.search(before)
                                   or (previous_was_year and _YEAR_LINK.search(before))):
            previous_was_year = True
            continue
        previous_was_year = False
        head = sentence[m.start() - 1:m.start()] if m.start() else ""
        tail = _NUMBER_TAIL.match(sentence, m.end())
        found.append((head if head in "$€£¥" and head else "") + token
                     + (tail.group(0) if tail else ""))
    if rules.number_words is not None:
        found.extend(tokens.text[start:end]
                     for start, end in rules.number_words.spans(tokens, lo, hi))
    return found


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A light stemmer: enough for "reduce", "reduces" and "reducing" to meet."""
    w = word.lower()
    if w.endswith("'s") and len(w) > 3:
        w = w[:-2]
    for _ in range(2):
        for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ers",
                       "er", "ed", "es", "ly", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                if suffix == "s" and w.endswith("ss"):
                    continue
                w = w[:-len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
                break
        else:
            break
    if w.endswith("e") and len(w) >= 4:
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


def _content_words(text: str, stopwords: frozenset) -> list[str]:
    words = []
    for token in _TOKEN.findall(text.lower()):
        if token in stopwords or token.isdigit() or len(token) < 2:
            continue
        stem = _stem(token)
        if stem not in words:
            words.append(stem)
    return words


class _StemIndex:
    """The answer's stems, for exact and prefix look-ups ("deliv" meets "deliver")."""

    PREFIX_MIN = 5

    def __init__(self, text: str) -> None:
        self._set = {_stem(t) for t in set(_TOKEN.findall(text.lower()))}
        self._sorted = sorted(self._set)

    def __contains__(self, stem: str) -> bool:
        if stem in self._set:
            return True
        if len(stem) < self.PREFIX_MIN:
            return False
        i = bisect.bisect_left(self._sorted, stem)
        if i < len(self._sorted) and self._sorted[i].startswith(stem):
            return True
        return any(stem[:k] in self._set for k in range(self.PREFIX_MIN, len(stem)))


# --- the findings -----------------------------------------------------------------------------


def _presence(code: str, rules: _Rules, matcher: _Matcher | None, tokens: _Tokens,
              original: str, found_text: str, fallback: str) -> Finding:
    phrases = _found(matcher, tokens, original)
    if phrases:
        return Finding(code, True, f"{found_text}: {_quote(phrases)}.")
    return Finding(code, False, _suggest(rules, code, fallback))


def _sentences(clean: str, tokens: _Tokens) -> list[tuple[int, int, int, int]]:
    """The sentences of a text: where each starts and ends, and its first and after-last token.

    The same pieces as ``_SENTENCE_SPLIT.split(clean)``, blank ones left out. They are split at
    whitespace, so no token straddles two of them.
    """
    out = []
    begin = 0
    cuts = [(m.start(), m.end()) for m in _SENTENCE_SPLIT.finditer(clean)]
    cuts.append((len(clean), len(clean)))
    for cut, after in cuts:
        if cut > begin and not clean[begin:cut].isspace():
            out.append((begin, cut, bisect.bisect_left(tokens.starts, begin),
                        bisect.bisect_left(tokens.starts, cut)))
        begin = after
    return out


def _quantified(rules: _Rules, clean: str, tokens: _Tokens) -> Finding:
    anywhere: list[str] = []
    previous_helped = False
    for start, end, lo, hi in _sentences(clean, tokens):
        sentence = clean[start:end]
        helped = bool(rules.company_result and rules.company_result.search(tokens, lo, hi))
        verb = bool(rules.result_verbs and rules.result_verbs.search(tokens, lo, hi))
        numbers = _numbers(sentence, rules, tokens, lo, hi)
        if numbers and (helped or verb or previous_helped):
            return Finding("quantified", True,
                           f"A result has a number: {_quote(_distinct(numbers), 2)}.")
        if numbers and len(anywhere) < _MAX_SHOWN:
            anywhere.extend(numbers)
        previous_helped = helped
    suggestion = _suggest(rules, "quantified", "Put a number into a result sentence.")
    if anywhere:
        return Finding("quantified", False,
                       f"There is a number ({_quote(_distinct(anywhere), 2)}) but not in a result "
                       f"sentence. {suggestion}")
    return Finding("quantified", False, f"No result has a number yet. {suggestion}")


def _goals(rules: _Rules, clean: str, goals: Sequence[str]) -> Finding:
    goals = [" ".join(g.split()) for g in goals if isinstance(g, str) and g.strip()]
    if not goals:
        return Finding("goals_match", True,
                       "No goals were given, so the match with the hiring manager's goals was not "
                       "checked.")
    index = _StemIndex(clean)
    matched, missing = [], []
    for goal in goals:
        words = _content_words(goal, rules.stopwords)
        hits = sum(1 for w in words if w in index)
        needed = (len(words) + 1) // 2
        (matched if words and hits >= needed else missing).append(goal)
    listed = "; ".join
    if matched:
        message = f"Matches {len(matched)} of {len(goals)} goals: {listed(matched)}."
        if missing:
            message += f" Not yet addressed: {listed(missing)}."
        return Finding("goals_match", True, message)
    suggestion = _suggest(rules, "goals_match", "Use the words of at least one goal.")
    return Finding("goals_match", False,
                   f"None of the goals is addressed ({listed(goals)}). {suggestion}")


def pitfall_phrases(text: str) -> dict[str, list[str]]:
    """The pitfall phrases found in a text, by category (categories with none left out)."""
    if not isinstance(text, str):
        return {}
    rules = _rules()
    text = text[:MAX_CHECKED_CHARS]
    tokens = _tokenize(_prepare(text))
    out = {}
    for category, matcher in rules.pitfalls:
        found = _found(matcher, tokens, text)
        if found:
            out[category] = found
    return out


def _pitfalls(rules: _Rules, tokens: _Tokens, original: str) -> Finding:
    by_category: dict[str, int] = {}  # category -> where it first appears
    hits: list[tuple[int, str]] = []
    for category, matcher in rules.pitfalls:
        for start, end in matcher.spans(tokens):
            by_category.setdefault(category, start)
            if len(hits) < 10_000:
                hits.append((start, original[start:end]))
    if not by_category:
        return Finding("pitfalls", True,
                       "No pitfalls: nothing about fun, enjoyment, the team, perks, a promotion, "
                       "what you wanted or complaints.")
    phrases = tuple(_distinct((text for _, text in sorted(hits)), limit=10**6))
    order = sorted(by_category, key=by_category.get)
    names = [rules.pitfall_labels.get(c, c) for c in order]
    tips = " ".join(_suggest(rules, c, "") for c in order).strip()
    message = (f"Pitfalls found: {', '.join(names)} ({_quote(phrases, 4)}). {tips}").strip()
    return Finding("pitfalls", False, message, phrases)


def _length(rules: _Rules, words: int, seconds: int, truncated: bool = False) -> Finding:
    said = f"{words} words, about {seconds} seconds spoken"
    if MIN_SECONDS <= seconds <= MAX_SECONDS:
        return Finding("length", True,
                       f"{said}: within {MIN_SECONDS} to {MAX_SECONDS} seconds.")
    if seconds < MIN_SECONDS:
        tip = _suggest(rules, "length_short", _suggest(rules, "length", ""))
        return Finding("length", False, f"{said}: under {MIN_SECONDS} seconds. {tip}".strip())
    tip = _suggest(rules, "length_long", _suggest(rules, "length", ""))
    if truncated:
        tip += f" Only the first {MAX_CHECKED_CHARS:,} characters were checked for phrases."
    return Finding("length", False, f"{said}: over {MAX_SECONDS} seconds. {tip}".strip())


def check_answer(text: str, goals: Sequence[str] = ()) -> AnswerCheck:
    """Check an answer against the rules in the module docstring, optionally against goals."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if isinstance(goals, str):
        goals = [goals]
    try:
        goals = list(goals or ())
    except TypeError:
        goals = []
    rules = _rules()
    words = count_words(text)
    seconds = _seconds(words)
    truncated = len(text) > MAX_CHECKED_CHARS
    if truncated:
        text = text[:MAX_CHECKED_CHARS]
    clean = _prepare(text)
    tokens = _tokenize(clean)
    findings = [
        _presence("skill_growth", rules, rules.skill_growth, tokens, text,
                  "Skill growth is there", "Name a skill the job grew and how far."),
        _presence("company_result", rules, rules.company_result, tokens, text,
                  "A result for the organisation is there",
                  'Add a result that starts "I helped the company to ...".'),
        _quantified(rules, clean, tokens),
        _presence("used_later", rules, rules.used_later, tokens, text,
                  "You say where a skill was used later",
                  "Say where you used the grown skill later."),
        _goals(rules, clean, goals),
        _pitfalls(rules, tokens, text),
        _length(rules, words, seconds, truncated),
    ]
    return AnswerCheck(words=words, seconds=seconds, findings=findings)
