"""The answer check's shortcuts for long pastes read exactly what the full way reads.

A paste of numbers or list marks used to cost the check a question per reader per number and per
list of phrases per sentence. Three shortcuts skip the questions whose answer is known to be
"nothing": the number reader asks only the readers whose mark stands around a number (the
character after it, a word after it, a currency's last character before it, an "of" in the
text); a list of phrases that can start nowhere in the text is not asked sentence by sentence
(``Patterns.nowhere``: reading's clauses, growth, results, later use); a word where only
one-word patterns can start is matched once per kind of word; a currency is looked for only
where one can end. The third round added: a suffix is read only where one can start, the word
after a number only where one can start, the word before it once per stretch of text; a
phrase search leaves out, as a phrase find does, a pattern whose words the run lacks; and the
number reader's patterns look first at the characters a match can start with (``guarded``).
Each test turns a shortcut off and asks for the same answer on generated texts and on every
kind of long paste the bench times, and shows the shortcut is taken where it should be.
"""

from __future__ import annotations

import contextlib
import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_check_linear import _ATOMS, KINDS

from workshop import number_names, number_units, number_words, numbers, phrases
from workshop.check import check_answer
from workshop.check_rules import rules
from workshop.number_units import READERS
from workshop.number_words import vocabulary
from workshop.numbers import quantities
from workshop.phrases import Patterns

# The pieces of the linear-time test, and what the readers look for around a number.
_PIECES = _ATOMS + ("$", "USD ", " EUR", "\u00a3", "/5", " / 10", "-month", "-person", "MB",
                    "kg", " times a week", " new clients", "a team of ", "of ", "up from ",
                    "between ", " and ", "+", "\n", "4.8", "2.5M", "300k", "$ \n", " %", " k",
                    " thousand", " lakh", "-fold", " x", "\u00d7", "pp", " Mio.", "Python ",
                    "Lesson ", "9:30", "+44 20 7946 0958", "2019-11-01", "March 3", "#", "No. ")
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextlib.contextmanager
def _full_way():
    """The check with its shortcuts off: every reader asked of every number, every list of
    phrases asked of every sentence, a currency looked for before every number."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(number_units, "_asked", lambda text, atom, v: READERS)
        patch.setattr(number_units, "money_before", number_units.money_ending_at)
        patch.setattr(Patterns, "nowhere", lambda self, ws: False)
        patch.setattr(Patterns, "_one_word", lambda self, word: phrases._SEVERAL)
        patch.setattr(number_units, "may_have_suffix", lambda text, end, v: True)
        patch.setattr(number_names, "_previous_word", _previous_word_in_full)
        patch.setattr(phrases, "_present", lambda ws, lo, hi: None)
        patch.setattr(number_words, "_may_start_word", lambda text, pos: True)
        patch.setattr(number_words, "_NEXT", ("", {}))  # the words after numbers read afresh
        patch.setattr(Patterns, "reach", lambda self: None)  # each stretch of a paste matched
        patch.setattr(numbers, "_LONG_TEXT", float("inf"))  # each number of a paste read
        yield


def _previous_word_in_full(text: str, pos: int) -> tuple[str, int]:
    """``_previous_word`` read afresh at every number, not looked up by the text before it."""
    word, back = number_names.read_previous_word(text[max(0, pos - 40):pos])
    return word, pos - back


def _read(text: str):
    return (check_answer(text, ["reduce costs", "lead a team"]).to_dict(),
            [dataclasses.astuple(q) for q in quantities(text)])


@_SETTINGS
@given(text=_TEXTS)
def test_the_shortcuts_read_what_the_full_way_reads(text):
    """The check's findings and every quantity are the same with the shortcuts on and off."""
    fast = _read(text)
    with _full_way():
        full = _read(text)
    assert fast == full


@pytest.mark.parametrize("text", ["I helped cut costs by $1,200 (from 5 to 3 hours a week).",
                                  "$ \n5 and EUR\n7", "a team of 8; 4.8/5; a 3-month pilot",
                                  "rated 4.8 / 5 by guests, 3 times a week, 5MB, 500 EUR"])
def test_the_shortcuts_read_what_the_full_way_reads_on_known_cases(text):
    fast = _read(text)
    with _full_way():
        assert _read(text) == fast


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_TEXTS, min_size=1, max_size=4), times=st.integers(40, 400))
def test_a_long_paste_read_once_per_stretch_reads_what_the_full_way_reads(pieces, times):
    """A paste long enough for the stretch shortcuts (over 1,000 words, over 4,000 characters):
    a few generated pieces repeated, with a change now and then, read the same with the
    shortcuts on and off (a stretch of words matched once; a number read once per stretch of
    text around it)."""
    text = "".join(pieces[i % len(pieces)] + (" 7 hours " if i % 37 == 5 else "")
                   for i in range(times))[:20_000]
    fast = _read(text)
    with _full_way():
        assert _read(text) == fast


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_of_long_paste_reads_the_same_once_per_stretch(kind):
    """Every kind of long paste the bench times, at 6,000 characters, the same both ways."""
    text = (KINDS[kind] * (6_000 // len(KINDS[kind]) + 1))[:6_000]
    fast = _read(text)
    with _full_way():
        assert _read(text) == fast


def test_a_stretch_seen_before_is_matched_and_read_once():
    """The shortcuts are taken: in 1,500 repeats of "from 1 to 2 " the results list is
    matched the full way at a few stretches (one per word of the repeat, and the last ones, cut
    by the text's end, once each), not at each of the 1,500 places; each number is read the
    full way a few dozen times (the first and last stretches differ), not 3,000 times."""
    r = rules()
    ws = r.grammar.lexicon.words("from 1 to 2 " * 1_500)
    results = r.lists["company_result"]
    calls = []
    with pytest.MonkeyPatch.context() as patch:
        full = Patterns._longest_at
        patch.setattr(Patterns, "_longest_at",
                      lambda self, *a: calls.append(1) or full(self, *a))
        found = results.find(ws)
    assert len(found) == 1_500 and len(calls) < 60
    read = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numbers, "named", lambda *a: read.append(1) or number_names.named(*a))
        assert len(quantities("from 1 to 2 " * 1_500)) == 1_500
    assert 0 < len(read) < 60


def test_a_bare_number_is_asked_fewer_questions():
    """The shortcut is taken: a number with nothing around it is asked one reader or none, a
    number with a unit and a currency around it the readers of both."""
    bare = number_units._readers_for(" ", False, False, False)
    assert bare == (number_units._rating,)
    dressed = number_units._readers_for(" ", True, True, True)
    assert dressed == tuple(r for r in READERS if r not in (number_units._glued_unit,
                                                            number_units._hyphened_unit))


def test_lists_that_start_nowhere_in_a_paste_of_numbers_are_left_out():
    """In 2,000 characters of list marks ("•1. •1. ...") no growth, result or later-use
    phrase can start; in an answer that says one, its list is asked."""
    r = rules()
    paste = r.grammar.lexicon.words("\u20221. " * 500)
    assert all(r.lists[name].nowhere(paste) for name in ("skill_growth", "company_result",
                                                         "used_later"))
    told = r.grammar.lexicon.words("I learned to plan the rota and cut overtime by 20%.")
    assert not r.lists["skill_growth"].nowhere(told)
    assert not r.lists["company_result"].nowhere(told)


@_SETTINGS
@given(text=_TEXTS, lo=st.integers(0, 40), span=st.integers(1, 40))
def test_a_list_that_starts_nowhere_finds_nothing_anywhere(text, lo, span):
    r = rules()
    ws = r.grammar.lexicon.words(text)
    for patterns in list(r.lists.values()) + [r.grammar.breaks, r.grammar.negation]:
        if patterns.nowhere(ws):
            assert patterns.find(ws) == [] and patterns.find(ws, lo, lo + span) == []
            assert patterns.search(ws, lo, lo + span) is None


@_SETTINGS
@given(text=_TEXTS, at=st.integers(0, 200))
def test_a_currency_is_found_where_the_full_look_finds_it(text, at):
    v = vocabulary()
    start = min(at, len(text))
    assert number_units.money_before(text, start, v) == number_units.money_ending_at(text, start, v)


@_SETTINGS
@given(text=_TEXTS)
def test_a_word_matched_alone_is_matched_as_the_full_way_matches_it(text):
    """Every list of phrases finds the same matches with the one-word shortcut on and off."""
    r = rules()
    lists = list(r.lists.values()) + [r.grammar.breaks, r.grammar.negation, r.grammar.irrealis,
                                      r.grammar.nominal]
    ws = r.grammar.lexicon.words(text)
    fast = [p.find(ws) for p in lists]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Patterns, "_one_word", lambda self, word: phrases._SEVERAL)
        assert [p.find(r.grammar.lexicon.words(text)) for p in lists] == fast


def test_a_clause_break_of_one_word_is_matched_once_per_kind_of_word():
    """The shortcut is taken: ":" cuts a clause by a pattern of one word; "," may begin ", but"
    (two parts), so it is matched the full way."""
    r = rules()
    colon, comma = r.grammar.lexicon.words(": ,")
    assert r.grammar.breaks._one_word(colon) == ":"
    assert r.grammar.breaks._one_word(comma) is phrases._SEVERAL


@pytest.mark.parametrize("patterns", [["=learned", "learn"], ["learn", "=learned"],
                                      ["learn*", "learn", "=learned"], ["learn", "learn more"]])
def test_of_one_word_patterns_that_match_one_word_the_first_is_kept(patterns):
    """Where several one-word patterns match a word, the first listed is the match, the
    shortcut on or off (the longest-match rule keeps the first of equal length)."""
    lexicon = rules().grammar.lexicon
    plist = Patterns(patterns, lexicon)
    ws = lexicon.words("I learned it, then I learned more.")
    fast = plist.find(ws)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Patterns, "_one_word", lambda self, word: phrases._SEVERAL)
        assert Patterns(patterns, lexicon).find(lexicon.words("I learned it, then I learned "
                                                              "more.")) == fast
    assert fast and fast[0].pattern == patterns[0].replace("learn more", "learn")


def _guarded_patterns() -> list:
    """Every pattern of the number reader compiled behind a look at its first characters."""
    import re

    from test_check_linear import _walk_patterns

    from workshop import number_changes, number_told, numbers

    seen: dict = {}
    for module in (number_words, number_told, numbers, number_changes, number_names, number_units):
        for value in list(vars(module).values()):
            _walk_patterns(value, seen)
    _walk_patterns(vocabulary(), seen)
    found = [p for p in seen.values() if isinstance(p, re.Pattern) and p.pattern.startswith("(?=[")]
    assert len(found) >= 12  # every pattern that scans a whole text
    return found


@_SETTINGS
@given(text=_TEXTS)
def test_a_guarded_pattern_finds_what_the_pattern_alone_finds(text):
    """The number reader's patterns put behind a look at the characters their matches can
    start with (``guarded``) find, search and match what the patterns alone do."""
    import re

    for pattern in _guarded_patterns():
        bare = re.compile(pattern.pattern.split(")(?:", 1)[1][:-1], pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == \
            [m.span() for m in bare.finditer(text)], pattern.pattern[:60]
        for at in range(0, len(text) + 1, 7):
            assert bool(pattern.match(text, at)) == bool(bare.match(text, at))
            assert bool(pattern.search(text[at:at + 40])) == bool(bare.search(text[at:at + 40]))


def _never_alternatives() -> tuple[list[str], int]:
    """The alternatives of the spans that are never an amount, as the number reader joins them."""
    import json
    import re

    from workshop.resources import data_dir

    data = json.loads((data_dir() / "numbers_vocabulary.json").read_text(encoding="utf-8"))
    month = "(?:" + "|".join(data["months"]) + ")"
    return [p.replace("{month}", month) for group in data["never_amounts"].values()
            for p in group], re.IGNORECASE


@_SETTINGS
@given(text=_TEXTS)
def test_a_choice_guarded_run_by_run_finds_what_the_plain_choice_finds(text):
    """The spans that are never an amount, their alternatives put behind a look at their first
    characters run by run (``guarded_choice``: a letter only a month can start tries no digit-led
    alternative), are the spans the plain choice finds, and the reader uses that pattern."""
    import re

    from workshop.pattern_start import guarded_choice

    alternatives, flags = _never_alternatives()
    plain = re.compile("|".join(alternatives), flags)
    grouped = guarded_choice(alternatives, flags)
    assert grouped.pattern == vocabulary().never.pattern
    assert grouped.pattern.count("(?=[") > 4
    for sample in (text, *(KINDS[k] * 8 for k in KINDS), "from 3 May 2021 to no. 4, 12:30"):
        assert [m.span() for m in grouped.finditer(sample)] == \
            [m.span() for m in plain.finditer(sample)]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_long_paste_reads_the_same_with_the_shortcuts_off(kind):
    """The bench's kinds of paste (``make bench --only long``), at a few hundred characters:
    every finding and every quantity the same with each shortcut on and off."""
    text = (KINDS[kind] * (300 // len(KINDS[kind]) + 1))[:300]
    fast = _read(text)
    with _full_way():
        assert _read(text) == fast


@pytest.mark.parametrize(("pattern", "first"), [
    (r"(?<![\w.])\d{1,2}:\d{2}", r"\d"), (r"#\s?\d+", r"\#"), (r"(?:\+\d)?\(\d", r"\(\+"),
    (r"(?:jan|feb)\.?\s\d|no\.?\d", "fjn"), (r"v?\d+", r"\dv"), (r"[a-c]x|\sy", r"\sa-c"),
    (r"x*", None), (r".y", None), (r"[^a]y", None), (r"(?i:a)b", None), (r"(a)\1", "a"),
])
def test_the_first_characters_of_a_pattern_are_read_from_its_parse(pattern, first):
    """What a match can start with, or None where that can't be told (then no guard is used)."""
    from workshop.number_words import first_characters

    assert first_characters(pattern) == first
