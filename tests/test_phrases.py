"""The phrase engine: words with base forms, and the pattern language of data/phrases.json."""

from __future__ import annotations

import pytest
from fuzzing import fuzz
from hypothesis import given
from hypothesis import strategies as st

from workshop.phrases import Lexicon, Patterns, words

LEXICON = Lexicon(
    irregular={"grew": "grow", "taught": "teach", "was": "be"},
    optional=["really", "just", "a", "the", "my", "important", "a number of"],
    classes={"org": ["company", "team", "store", "back office"], "number": ["two", "half"]},
)


def found(patterns: list[str], text: str) -> list[str]:
    ws = LEXICON.words(text)
    return [" ".join(w.text for w in ws[m.start:m.end])
            for m in Patterns(patterns, LEXICON).find(ws)]


@pytest.mark.parametrize("forms", [
    ("save", "saves", "saved", "saving"),
    ("company", "companies"),
    ("plan", "plans", "planned", "planning"),
    ("grow", "grows", "grew", "growing"),
    ("reach", "reaches", "reached"),
])
def test_inflected_forms_share_a_base(forms):
    """The forms of one word have one base, so a pattern word finds each of them."""
    assert len({LEXICON.base(f) for f in forms}) == 1


def test_a_word_finds_its_forms_but_not_longer_words():
    """"fun" finds "fun" and "FUN", never "fund", "funding" or "function"."""
    assert found(["fun"], "FUN, fund, funding, function, fun.") == ["FUN", "fun"]


def test_optional_words_may_stand_between_the_parts():
    """Adverbs, determiners and "a number of" may stand inside a pattern: "i want" finds
    "I really wanted", "develop skill" finds "developed a number of important skills"."""
    assert found(["i want"], "I really wanted it.") == ["I really wanted"]
    assert found(["develop skill"], "I developed a number of important skills.") == [
        "developed a number of important skills"]
    assert found(["i want"], "I never wanted it.") == []


def test_exact_prefix_suffix_and_alternatives():
    """=word is that form only; word* a start; *ing an ending; a|b either word."""
    assert found(["=like"], "I like it, I liked it.") == ["like"]
    assert found(["micromanag*"], "She micromanaged us.") == ["micromanaged"]
    assert found(["stop *ing"], "They stopped paying; they stopped it.") == ["stopped paying"]
    assert found(["cut|halve cost"], "We halved costs and cut costs.") == ["halved costs",
                                                                        "cut costs"]


def test_classes_gaps_and_numbers():
    """<name> is any phrase of a class, ... up to six words, # a number (digits or words)."""
    assert found(["help the <org>"], "I helped the back office.") == ["helped the back office"]
    assert found(["cut ... by #"], "We cut the long queue by 45%.") == ["cut the long queue by 45"]
    assert found(["cut ... by #"], "We cut it by half.") == ["cut it by half"]
    assert found(["cut ... by #"], "We cut it down over many long slow weeks by 3.") == []


def test_the_longest_match_wins_and_matches_do_not_overlap():
    """Where two patterns start at one word, the longer match is kept."""
    assert found(["i help", "i help the company to"], "I helped the company to grow.") == [
        "I helped the company to"]


def test_curly_apostrophes_are_straight_ones():
    """A curly apostrophe in the text matches a straight one in the pattern."""
    assert found(["can't stand"], "I can\u2019t stand it.") == ["can\u2019t stand"]


def test_words_keep_their_place_in_the_text():
    """Each word knows where it is, so a match can be shown as typed."""
    text = "  Saved\u00a0$40k!"
    ws = words(text, LEXICON)
    assert [(w.text, text[w.start:w.end]) for w in ws][0] == ("Saved", "Saved")
    assert all(text[w.start:w.end] == w.text for w in ws)


def test_a_class_naming_itself_matches_nothing():
    """A facilitator's class that names itself does not loop."""
    lexicon = Lexicon(classes={"loop": ["<loop>", "x"]})
    ws = lexicon.words("x y")
    assert [m.start for m in Patterns(["<loop> y"], lexicon).find(ws)] == [0]


@fuzz
@given(text=st.text(max_size=300), pattern=st.text(max_size=40))
def test_any_pattern_on_any_text_never_raises(text, pattern):
    """Whatever a facilitator writes as a pattern and whatever the text, matching never raises
    and matches stay inside the text."""
    ws = LEXICON.words(text)
    for m in Patterns([pattern], LEXICON).find(ws):
        assert 0 <= m.start < m.end <= len(ws)


def test_a_decimal_or_a_thousands_figure_is_one_word():
    """"7.8" and "1,100" are one word each (a pattern's ``#`` then reads them whole); a full
    stop or comma after a number still stands apart."""
    from workshop.phrases import words

    assert [w.text for w in words("from 7.8 to 1,100.")] == ["from", "7.8", "to", "1,100", "."]
    assert [w.text for w in words("in 2019, then")] == ["in", "2019", ",", "then"]


def _rule_patterns() -> dict[str, Patterns]:
    """Every list of patterns the answer check asks, by where it sits in its rules."""
    from dataclasses import fields, is_dataclass

    from workshop.check_rules import rules

    out: dict[str, Patterns] = {}

    def walk(obj, name, depth):
        if isinstance(obj, Patterns):
            out[name] = obj
        elif isinstance(obj, dict):
            for key, value in obj.items():
                walk(value, f"{name}.{key}", depth + 1)
        elif is_dataclass(obj) and depth < 3:
            for f in fields(obj):
                walk(getattr(obj, f.name), f"{name}.{f.name}", depth + 1)

    walk(rules(), "rules", 0)
    return out


def test_the_rule_walk_sees_the_check_s_lists():
    names = _rule_patterns()
    assert len(names) >= 30 and "rules.lists.company_result" in names \
        and "rules.grammar.breaks" in names and "rules.pitfalls" in names \
        and "rules.specific.change_words" in names


# Words and phrases the check's lists hold, numbers, marks and other scripts, in any order.
_PIECES = ("I", "we", "the", "company", "team", "learned to", "cut costs by 40%", "12",
           "from 3 to 5 hours", "not", "never", "I loved the team", "fun", "I helped the company",
           "a lot", "I still use it today", "because", "but", ",", ".", ";", "and", "a year later",
           "instead of 12", "versus", "12 more", "new customers", "$1,000", "twenty", "really",
           "I wanted a promotion", "the perks", "since then", "in my current job", "saving",
           "went from", "by the end I could", "at first I could not", "\u00e9t\u00e9", "\u5e74")


@fuzz(examples=60)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.integers(0, 70), st.integers(0, 70))
def test_a_words_list_finds_what_a_plain_list_finds(pieces, lo, hi):
    """``Lexicon.words`` keeps where each list of patterns may start (``Words``); every list of
    the check finds and searches the same matches in it as word by word in a plain list, in
    any run of it."""
    from workshop.check_rules import rules

    lexicon = rules().grammar.lexicon
    ws = lexicon.words(" ".join(pieces))
    plain = list(ws)
    for name, patterns in _rule_patterns().items():
        for a, b in ((0, None), (lo, hi), (min(lo, hi), max(lo, hi))):
            assert patterns.find(ws, a, b) == patterns.find(plain, a, b), (name, a, b)
            assert patterns.search(ws, a, b) == patterns.search(plain, a, b), (name, a, b)


def test_a_part_of_alternatives_finds_what_each_alternative_finds():
    """"cut|=reduced|lower* costs" finds where "cut costs", "=reduced costs" or "lower* costs"
    does, and no more (an alternative is a word, never a mark)."""
    text = ("We cut costs, reduced costs, reduces costs, lowered costs, slow costs; "
            "cutting the costs and , costs")
    ws = LEXICON.words(text)
    joined = [(m.start, m.end) for m in Patterns(["cut|=reduced|lower* costs"], LEXICON).find(ws)]
    apart = [(m.start, m.end) for m in Patterns(["cut costs", "=reduced costs", "lower* costs"],
                                                 LEXICON).find(ws)]
    assert joined == apart and len(joined) == 4
    assert Patterns([",|and costs"], LEXICON).find(ws) == Patterns(["and costs"], LEXICON).find(ws)


@fuzz(examples=10)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.integers(0, 1500),
       st.integers(0, 1500))
def test_a_long_paste_finds_what_a_plain_list_finds(pieces, lo, hi):
    """The same in a paste longer than any spoken answer, where a list leaves out at once the
    patterns whose words the text lacks."""
    from workshop.check_rules import rules

    ws = rules().grammar.lexicon.words(" ".join(pieces * (1_200 // len(pieces) + 1)))
    assert len(ws) > 1_000
    plain = list(ws)
    for name, patterns in _rule_patterns().items():
        for a, b in ((0, None), (min(lo, hi), max(lo, hi))):
            assert patterns.find(ws, a, b) == patterns.find(plain, a, b), (name, a, b)
            assert patterns.search(ws, a, b) == patterns.search(plain, a, b), (name, a, b)
