"""A noun's verb by its derivational ending (``workshop/word_roots.py``; issue 21, class 6;
check58): a goal naming an act by its noun ("equipment maintenance") is backed by a claim that
tells the act by its verb ("I maintained our lifts"), though the two share fewer than six
letters. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import credited

from workshop.check_rules import rules
from workshop.word_roots import root


def _root(word: str) -> str | None:
    lexicon = rules().grammar.lexicon
    return root(lexicon.base(word), lexicon.base)


@pytest.mark.parametrize(("noun", "verb"), [
    ("maintenance", "maintain"), ("retention", "retain"), ("compliance", "comply"),
    ("compliant", "comply"), ("resolution", "resolve"), ("reduction", "reduce"),
    ("expansion", "expand"), ("security", "secure"), ("description", "describe"),
    ("supervision", "supervise"), ("decision", "decide"), ("verification", "verify"),
])
def test_a_noun_is_read_as_the_verb_it_is_made_from(noun, verb):
    assert _root(noun) == rules().grammar.lexicon.base(verb)


@pytest.mark.parametrize("word", ["statement", "department", "payment", "giant", "team",
                                  "nation", "station"])
def test_a_word_of_no_such_ending_has_no_root(word):
    assert _root(word) is None



def test_the_verb_told_backs_a_goal_that_names_its_noun():
    text = ("At the lift company I learned to read the controller fault logs, and after I "
            "maintained our twelve lifts on a fixed cycle, call-outs fell by half in a year.")
    assert credited(text, ["Planned equipment maintenance"]) == ["Planned equipment maintenance"]


def test_a_word_only_looking_alike_backs_no_goal():
    text = ("At the lift company I learned to read the controller fault logs, and after I "
            "attained my electrical ticket, call-outs to our twelve lifts fell by half.")
    assert credited(text, ["Planned equipment maintenance"]) == []
