"""The answer check: rule based, offline and explainable.

``check_answer(text, goals)`` reads an answer and reports one finding per code in ``CODES``, each
with a plain message: what was found, or a concrete suggestion from ``data/phrases.json``.
The phrase lists live in that file, not here; this module only knows how to match them.

How phrases match: case-insensitively, on word boundaries, with any run of spaces between the
words of a phrase; a trailing ``*`` stands for any word ending (``enjoy*`` finds "enjoyed").
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

The check never raises on a string, whatever it holds, and compiles its patterns once.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
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
        """The finding with this code; ``KeyError`` if there is none."""
        for f in self.findings:
            if f.code == code:
                return f
        raise KeyError(code)

    def to_dict(self) -> dict:
        return {"words": self.words, "seconds": self.seconds, "passed": self.passed,
                "findings": [f.to_dict() for f in self.findings]}


# --- patterns ---------------------------------------------------------------------------------


def _phrase_atoms(phrase: str) -> list[str]:
    """A phrase as regex pieces: a character each, spaces as ``\\s+``, a last ``*`` as ``\\w*``."""
    phrase = " ".join(phrase.lower().translate(_CLEAN).split())
    star = phrase.endswith("*")
    phrase = phrase.rstrip("*").rstrip()
    atoms = [r"\s+" if ch == " " else re.escape(ch) for ch in phrase]
    if star:
        atoms.append(r"\w*")
    return atoms


def _trie_regex(phrases: Iterable[str]) -> str | None:
    """One alternation for many phrases, as a trie so a long list stays fast on long texts.

    Longer phrases are tried before their prefixes ("i helped the company to" before "i helped").
    """
    trie: dict = {}
    for phrase in phrases:
        if not isinstance(phrase, str):
            continue
        atoms = _phrase_atoms(phrase)
        if not atoms or atoms == [r"\w*"]:
            continue
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [atom + emit(child) for atom, child in node.items() if atom]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    if not trie:
        return None
    return emit(trie)


def _compile(phrases: Iterable[str]) -> re.Pattern | None:
    body = _trie_regex(phrases)
    if body is None:
        return None
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


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
    skill_growth: re.Pattern | None
    company_result: re.Pattern | None
    result_verbs: re.Pattern | None
    used_later: re.Pattern | None
    number_words: re.Pattern | None
    pitfalls: tuple[tuple[str, re.Pattern], ...]
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
        pattern = _compile(_as_list(phrases))
        if pattern is not None:
            compiled.append((str(category), pattern))
    labels = data.get("pitfall_labels") if isinstance(data.get("pitfall_labels"), dict) else {}
    suggestions = data.get("suggestions") if isinstance(data.get("suggestions"), dict) else {}
    return _Rules(
        skill_growth=_compile(_as_list(data.get("skill_growth"))),
        company_result=_compile(_as_list(data.get("company_result"))),
        result_verbs=_compile(_as_list(data.get("result_verbs"))),
        used_later=_compile(_as_list(data.get("used_later"))),
        number_words=_compile(_as_list(data.get("number_words"))),
        pitfalls=tuple(compiled),
        pitfall_labels={str(k): str(v) for k, v in labels.items()},
        stopwords=frozenset(w.lower() for w in _as_list(data.get("stopwords"))),
        suggestions={str(k): str(v) for k, v in suggestions.items()},
    )


def _rules() -> _Rules:
    # Keyed by the file's path, so a facilitator's WORKSHOP_DATA folder gets its own patterns.
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


def _found(pattern: re.Pattern | None, clean: str, original: str) -> list[str]:
    if pattern is None:
        return []
    return _distinct(original[m.start():m.end()] for m in pattern.finditer(clean))


def _quote(phrases: Sequence[str], limit: int = 3) -> str:
    shown = [f'"{p}"' for p in phrases[:limit]]
    return ", ".join(shown)


def _suggest(rules: _Rules, key: str, fallback: str) -> str:
    return rules.suggestions.get(key) or fallback


def _numbers(sentence: str, rules: _Rules) -> list[str]:
    """Numbers in a sentence, years and dates left out."""
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
        found.extend(m.group(0) for m in rules.number_words.finditer(sentence))
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


def _presence(code: str, rules: _Rules, pattern: re.Pattern | None, clean: str, original: str,
              found_text: str, fallback: str) -> Finding:
    phrases = _found(pattern, clean, original)
    if phrases:
        return Finding(code, True, f"{found_text}: {_quote(phrases)}.")
    return Finding(code, False, _suggest(rules, code, fallback))


def _quantified(rules: _Rules, clean: str) -> Finding:
    sentences = [s for s in _SENTENCE_SPLIT.split(clean) if s and not s.isspace()]
    anywhere: list[str] = []
    previous_helped = False
    for sentence in sentences:
        helped = bool(rules.company_result and rules.company_result.search(sentence))
        verb = bool(rules.result_verbs and rules.result_verbs.search(sentence))
        numbers = _numbers(sentence, rules)
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
    clean = _prepare(text)
    out = {}
    for category, pattern in rules.pitfalls:
        found = _found(pattern, clean, text)
        if found:
            out[category] = found
    return out


def _pitfalls(rules: _Rules, clean: str, original: str) -> Finding:
    by_category: dict[str, int] = {}  # category -> where it first appears
    hits: list[tuple[int, str]] = []
    for category, pattern in rules.pitfalls:
        for m in pattern.finditer(clean):
            by_category.setdefault(category, m.start())
            if len(hits) < 10_000:
                hits.append((m.start(), original[m.start():m.end()]))
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
    findings = [
        _presence("skill_growth", rules, rules.skill_growth, clean, text,
                  "Skill growth is there", "Name a skill the job grew and how far."),
        _presence("company_result", rules, rules.company_result, clean, text,
                  "A result for the organisation is there",
                  'Add a result that starts "I helped the company to ...".'),
        _quantified(rules, clean),
        _presence("used_later", rules, rules.used_later, clean, text,
                  "You say where a skill was used later",
                  "Say where you used the grown skill later."),
        _goals(rules, clean, goals),
        _pitfalls(rules, clean, text),
        _length(rules, words, seconds, truncated),
    ]
    return AnswerCheck(words=words, seconds=seconds, findings=findings)
