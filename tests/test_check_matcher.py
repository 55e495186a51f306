"""The answer check's phrase matcher finds exactly what the regular expressions it replaced found.

``workshop/check.py`` used to compile each phrase list of ``data/phrases.json`` into one big
regular expression; compiling about 465 phrases cost 10 to 35 ms at the first check of every
process. It now splits the text into tokens once per check and walks a tree of each list's
phrase tokens. The reference below is a private copy of the regex matching as it was, and the
tests here hold the two to the same matches (same spans, same text) on random texts and lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from fuzzing import fuzz
from hypothesis import example, given
from hypothesis import strategies as st

from workshop import check
from workshop.resources import load_json

# --- the reference: the regex matching as check.py had it, copied unchanged --------------------

_REF_CLEAN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
                            "\u00a0": " ", "\u2010": "-", "\u2011": "-"})
_REF_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{0,2000}\]")
_REF_SENTENCE_SPLIT = re.compile(r"(?<=[.!?\u2026])\s+|\n\s*")


def _ref_phrase_atoms(phrase: str) -> list[str]:
    """A phrase as regex pieces: a character each, spaces as ``\\s+``, a last ``*`` as ``\\w*``."""
    phrase = " ".join(phrase.lower().translate(_REF_CLEAN).split())
    star = phrase.endswith("*")
    phrase = phrase.rstrip("*").rstrip()
    atoms = [r"\s+" if ch == " " else re.escape(ch) for ch in phrase]
    if star:
        atoms.append(r"\w*")
    return atoms


def _ref_trie_regex(phrases: Iterable[str]) -> str | None:
    """One alternation for many phrases, as a trie so a long list stays fast on long texts.

    Longer phrases are tried before their prefixes ("i helped the company to" before "i helped").
    """
    trie: dict = {}
    for phrase in phrases:
        if not isinstance(phrase, str):
            continue
        atoms = _ref_phrase_atoms(phrase)
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


def _ref_compile(phrases: Iterable[str]) -> re.Pattern | None:
    body = _ref_trie_regex(phrases)
    if body is None:
        return None
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


def _ref_prepare(text: str) -> str:
    return _REF_PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text.translate(_REF_CLEAN))


# --- the two side by side ---------------------------------------------------------------------


def _phrase_lists() -> dict[str, list[str]]:
    """Every phrase list of the shipped phrases.json, by name."""
    data = load_json("phrases.json")
    lists = {name: data[name] for name in ("skill_growth", "company_result", "result_verbs",
                                            "used_later", "number_words")}
    lists.update({f"pitfalls.{name}": phrases for name, phrases in data["pitfalls"].items()})
    return lists


_LISTS = _phrase_lists()
_REFERENCE = {name: _ref_compile(phrases) for name, phrases in _LISTS.items()}
_MATCHERS = {name: check._Matcher(phrases) for name, phrases in _LISTS.items()}


def _regex_spans(pattern: re.Pattern | None, text: str) -> list[tuple[int, int]]:
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def _assert_same_matches(text: str) -> None:
    clean = check._prepare(text)
    assert clean == _ref_prepare(text)
    tokens = check._tokenize(clean)
    for name, pattern in _REFERENCE.items():
        expected = _regex_spans(pattern, clean)
        found = list(_MATCHERS[name].spans(tokens))
        assert found == expected, (name, [text[s:e] for s, e in found],
                                   [text[s:e] for s, e in expected])


# --- random texts -----------------------------------------------------------------------------


def _words_of_the_lists() -> list[str]:
    words = set()
    for phrases in _LISTS.values():
        for phrase in phrases:
            for word in re.split(r"[\s'\-*]+", phrase):
                if word:
                    words.add(word)
    return sorted(words)


_WORDS = _words_of_the_lists()
_PHRASES = sorted({p for phrases in _LISTS.values() for p in phrases})
_PUNCTUATION = [".", ",", "!", "?", "\u2026", ";", ":", "-", "\u2010", "\u2011", "\u2013", "'",
                "\u2019", "\u2018", "\u02bc", "\u00b4", '"', "(", ")", "[", "]", "*", "_", "/",
                "%", "$", "\u20ac", "&", "#", "\u0345", "\u0307"]
_SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\r\n", "\x0b", "\u2028", "\u3000", "\x1c", " \n "]
_UNICODE = ["\u00e9", "\u00df", "\u0130", "\u0131", "\u017f", "\u212a", "\u00b5", "\u03a3",
            "\u03c2", "\u00fc", "\u0436", "\u4e2d", "\u00c9", "\u0399", "\u03b9", "\ufb05",
            "\U0001d400", "\u2167", "\U0001f389"]
_DIGITS = ["0", "7", "18", "2019", "3.5", "40,000", "\u0661", "\u00b2", "\u00bd"]
_ENDINGS = ["", "", "ed", "s", "ing", "ment", "able", "'s", "_x", "9"]

_CASES = st.sampled_from([str, str.upper, str.title, str.swapcase, str.capitalize])


@st.composite
def _pieces(draw) -> str:
    kind = draw(st.sampled_from(["word", "word", "word", "phrase", "phrase", "punct", "space",
                                 "unicode", "digit"]))
    if kind == "word":
        piece = draw(st.sampled_from(_WORDS)) + draw(st.sampled_from(_ENDINGS))
    elif kind == "phrase":
        piece = draw(st.sampled_from(_PHRASES)).replace("*", draw(st.sampled_from(_ENDINGS)))
        if draw(st.booleans()):  # other spaces, or other apostrophes and hyphens, inside it
            piece = piece.replace(" ", draw(st.sampled_from(_SPACES)))
            piece = piece.replace("'", draw(st.sampled_from(["'", "\u2019", " ' ", "\u00b4"])))
            piece = piece.replace("-", draw(st.sampled_from(["-", "\u2011", " - ", ""])))
    elif kind == "punct":
        piece = draw(st.sampled_from(_PUNCTUATION))
    elif kind == "space":
        piece = draw(st.sampled_from(_SPACES))
    elif kind == "unicode":
        piece = draw(st.sampled_from(_UNICODE))
    else:
        piece = draw(st.sampled_from(_DIGITS))
    piece = draw(_CASES)(piece)
    return piece + draw(st.sampled_from(["", " ", " ", " ", "\n", ".", ", ", "\u00a0"]))


_TEXTS = st.lists(_pieces(), max_size=40).map("".join)

_TRICKY = [
    "It was so much FUN, and I   enjoyed\tthe great\u00a0team; I\u2019d always wanted it.",
    "I helped the company to cut costs. I helped the company.",
    "funfun fun_ _fun fun9 9fun enjoy enjoyed enjoyment enjoy_ enjoy-ing",
    "great co-workers, great co - workers, great co\u2011workers, great co-workersx",
    "I'd always wanted, I 'd always wanted, i\u00b4d ALWAYS wanted, I\u2019dalways wanted",
    "I learned how to\nlearn. Learned how to code. Learnt, learning to",
    "\u0130 helped the company, \u0131 helped, \u212aept fun, \u017fo much fun",
    "[I helped the company to] grow. [fun] fun [",
    "my skills, my skill, my skillset, MySkills, my\nskill*",
    "which led to more. which\nled to more! that led\u2026 to",
]


@fuzz(examples=300)
@given(text=_TEXTS)
@example(text="")
@example(text=_TRICKY[0])
def test_matcher_finds_what_the_regex_found(text):
    """For random texts of phrase words, punctuation, spaces, capitals, other scripts and digits,
    the token matcher finds the same matches as the regex did, for every list in phrases.json."""
    _assert_same_matches(text)


@pytest.mark.parametrize("text", _TRICKY)
def test_matcher_agrees_on_tricky_texts(text):
    """Word endings, apostrophes, hyphens, odd spaces, dotted and dotless i, the Kelvin sign and
    the long s, placeholders: the token matcher and the regex agree on each."""
    _assert_same_matches(text)


@fuzz(examples=300)
@given(text=_TEXTS)
@example(text=_TRICKY[9])
def test_sentences_and_their_matches_are_the_same(text):
    """The sentences the quantified rule reads are the same pieces the regex split gave, and in
    each the result phrases, result verbs and number words are found as the regex found them."""
    clean = check._prepare(text)
    tokens = check._tokenize(clean)
    sentences = check._sentences(clean, tokens)
    expected = [s for s in _REF_SENTENCE_SPLIT.split(clean) if s and not s.isspace()]
    assert [clean[start:end] for start, end, _, _ in sentences] == expected
    for start, end, lo, hi in sentences:
        sentence = clean[start:end]
        for name in ("company_result", "result_verbs", "number_words"):
            regex = [(m.start() + start, m.end() + start)
                     for m in _REFERENCE[name].finditer(sentence)]
            found = list(_MATCHERS[name].spans(tokens, lo, hi))
            assert found == regex, (name, sentence)
            assert _MATCHERS[name].search(tokens, lo, hi) == bool(regex)


# --- random phrase lists, as a facilitator might write them -----------------------------------

_PHRASE_ALPHABET = st.sampled_from(["a", "b", "ab", "ba", "x", "i", "s", "k", " ", "  ", "-",
                                    "'", "\u2019", "*", ".", "_", "1", "\u00e9", "\u0131",
                                    "\u0130", "\u212a", "\u017f", "A"])
_TEXT_ALPHABET = st.sampled_from(["a", "b", "ab", "ba", "x", "i", "s", "k", "I", "S", "K", " ",
                                  "  ", "\n", "\t", "\u00a0", "-", "\u2011", "'", "\u2019", "*",
                                  ".", "_", "1", "\u00e9", "\u00c9", "\u0131", "\u0130",
                                  "\u212a", "\u017f", "[", "]", "\u0345"])


@fuzz(examples=300)
@given(phrases=st.lists(st.lists(_PHRASE_ALPHABET, min_size=1, max_size=6).map("".join),
                        max_size=8),
       text=st.lists(_TEXT_ALPHABET, max_size=60).map("".join))
@example(phrases=["enjoy*", "enjoy it"], text="I enjoy it")
@example(phrases=["enjoy it", "enjoy*"], text="I enjoy it")
@example(phrases=["co-*", "co-workers are"], text="co-workers are, co- are, co-")
@example(phrases=["-", "'s", "a-", "a *", "*", "  ", "a*b"], text="a-b -a 's a*b a- a--")
@example(phrases=["\u0131t", "it x"], text="IT x, \u0130t x, it")
@example(phrases=["'s", "-*", "'", ".x"], text="it's a-b x'y -z 's .x a.x")
@example(phrases=["co-work*", "i'd*", "a b*"], text="co- workers, co-workers, i' dx, i'dx, a bc")
def test_matcher_follows_the_regex_on_any_phrase_list(phrases, text):
    """For made-up phrase lists (stars, hyphens, apostrophes, dots, odd letters) the matcher picks
    the same phrase as the regex wherever several could match, and finds the same spans."""
    pattern = _ref_compile(phrases)
    clean = check._prepare(text)
    expected = _regex_spans(pattern, clean)
    found = list(check._Matcher(phrases).spans(check._tokenize(clean)))
    assert found == expected, (phrases, text)


# --- how letters compare ----------------------------------------------------------------------

_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def test_folding_agrees_with_re_ignorecase_for_every_character():
    """A phrase letter matches a character of the text exactly when re.IGNORECASE would let it:
    checked against every Unicode character for each character the phrase lists use and for
    the letters with unusual case rules."""
    folded = check._fold(_EVERY_CHARACTER)
    assert len(folded) == len(_EVERY_CHARACTER)
    used = {ch for phrases in _LISTS.values() for phrase in phrases
            for ch in phrase.lower().translate(_REF_CLEAN) if not ch.isspace() and ch != "*"}
    unusual = set("\u0131\u0130\u017f\u212a\u00b5\u03bc\u03c2\u03c3\u03a3\u03b2\u03d0\u1e9b"
                  "\ufb05\ufb06\u00e9\u00df\u1e9e")
    for ch in sorted(used | unusual):
        by_regex = {m.start() for m in re.finditer(re.escape(ch), _EVERY_CHARACTER, re.I)}
        target = check._fold(ch)
        by_fold = {i for i, f in enumerate(folded) if f == target}
        assert by_fold == by_regex, ch


def test_folding_keeps_positions():
    """Folding never changes a text's length, so a match's position is its place in the text
    (the dotted capital I, the final sigma and the long s stay one character each)."""
    text = "\u0130STANBUL \u039f\u0394\u039f\u03a3 \u017fo \u212aelvin"
    assert len(check._fold(text)) == len(text)
    assert check._fold(text).startswith("istanbul")


# --- no big regular expression any more -------------------------------------------------------


def test_loading_the_phrase_lists_compiles_no_regular_expression(monkeypatch):
    """Reading the phrase lists builds look-up tables only: no regular expression is compiled, so
    the first check of a process does not pay for compiling hundreds of alternatives."""
    compiled = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda *a, **k: compiled.append(a) or real_compile(*a, **k))
    check._rules_for.cache_clear()
    try:
        rules = check._rules()
    finally:
        check._rules_for.cache_clear()
    assert compiled == []
    assert rules.pitfalls


def test_a_long_run_of_near_misses_stays_fast():
    """A text made of the first words of many phrases, over and over, is matched in one pass and
    quickly (no backtracking over the whole text)."""
    import time

    text = ("I helped the I helped the company i helped " * 6000)[:check.MAX_CHECKED_CHARS]
    start = time.perf_counter()
    check.check_answer(text)
    assert time.perf_counter() - start < 5
