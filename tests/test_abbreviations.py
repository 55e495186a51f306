"""One list of abbreviations (data/abbreviations.json) for both readers of sentences: the
answer check's reading and the importers' sentences. Both agree on which full stops are an
abbreviation's, for every listed word and for an initial, and a facilitator's own list changes
both."""

from __future__ import annotations

import json

import pytest

from workshop.abbreviations import abbreviations, ends_before_name, ends_in_abbreviation
from workshop.check_rules import rules
from workshop.errors import ValidationError
from workshop.importers.text import sentences
from workshop.reading import read
from workshop.resources import load_json


def _check_sentences(text: str) -> list[str]:
    reading = read(text, rules().grammar)
    return [text[s.start:s.end].strip() for s in reading.sentences]


def _both(word: str) -> tuple[int, int]:
    """How many sentences each reader makes of a text with ``word`` and a full stop before a
    figure (where both readers would otherwise end a sentence)."""
    text = f"We cut waste by {word}. 40 kg a week."
    return len(_check_sentences(text)), len(sentences(text))


@pytest.mark.parametrize("word", sorted(abbreviations()) + ["J", "Approx", "E.G", "(ca"])
def test_both_readers_read_a_listed_abbreviation_as_no_sentence_end(word):
    assert _both(word) == (1, 1)


@pytest.mark.parametrize("word", ["waste", "3", "proxy", "bestetc", "2019"])
def test_both_readers_end_a_sentence_after_any_other_word(word):
    assert _both(word) == (2, 2)


def test_each_listed_word_is_found_only_as_a_whole_word():
    """"est." is listed, "best." is no abbreviation (a dotted one, "u.k.", ends in an initial
    anyway)."""
    for word in abbreviations():
        assert ends_in_abbreviation(f"so {word}.", len(f"so {word}."))
        if "." not in word:
            assert not ends_in_abbreviation(f"so x{word}.", len(f"so x{word}."))


def _own_list(tmp_path, monkeypatch, words, titles=None) -> None:
    data = {"abbreviations": words} if titles is None else {"abbreviations": words,
                                                            "titles": titles}
    (tmp_path / "abbreviations.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "phrases.json").write_text(json.dumps(load_json("phrases.json")),
                                           encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(tmp_path))


def test_a_facilitators_own_list_changes_both_readers(tmp_path, monkeypatch):
    assert _both("circa") == (2, 2)
    _own_list(tmp_path, monkeypatch, ["circa"])
    assert _both("circa") == (1, 1)
    assert _both("ca") == (2, 2)  # not in that list any more


@pytest.mark.parametrize("words", [[], "approx", ["approx", ""], ["two words"], [3]])
def test_a_bad_list_is_said_naming_the_file_and_the_key(tmp_path, monkeypatch, words):
    _own_list(tmp_path, monkeypatch, words)
    with pytest.raises(ValidationError) as caught:
        sentences("Costs fell approx. 40 a week.")
    assert caught.value.field == "abbreviations" and "abbreviations.json" in str(caught.value)


@pytest.mark.parametrize("title", ["Mrs", "Dr", "St", "Mr", "Ms", "Prof", "dr", "MRS"])
def test_a_title_before_a_name_never_ends_a_sentence(title):
    """"Mrs.", "Dr.", "St." stand before a name: the check reads "I worked with Dr. Patel at
    St. Luke's." as one sentence, as the importers do; the sentence after it still starts
    where it does."""
    text = f"I trained under {title}. Okafor at the clinic. Then I ran the rota."
    assert _check_sentences(text) == [f"I trained under {title}. Okafor at the clinic.",
                                      "Then I ran the rota."]
    assert len(sentences(text)) == 2


@pytest.mark.parametrize("text", ["I worked at Acme Inc. Then it grew.",
                                  "We served the U.S. Then we grew.", "I met Luke's. Then I left.",
                                  "It was plan B. Then we cut costs."])
def test_other_abbreviations_and_initials_before_a_capital_end_the_sentence_in_the_check(text):
    """Only a title holds the sentence open before a capital: "Inc.", "U.S." or an initial
    may end one ("...at Acme Inc. Then ..."), and a possessive's "s." is no initial."""
    assert len(_check_sentences(text)) == 2


def test_the_drafts_sentences_are_split_by_the_same_list():
    """``benchmarks/draft_eval.py`` (the third reader) asks the same module: a title or an
    initial before a name ends no sentence, "Inc." before "Then" does."""
    from pathlib import Path

    from helpers_scripts import load_script

    root = Path(__file__).resolve().parent.parent
    draft_eval = load_script(root / "benchmarks" / "draft_eval.py", "draft_eval_sentences")
    assert draft_eval._sentences("I nursed at St. Luke's for the U.S. Army. Then Dr. Patel "
                                 "came. I worked at Acme Inc. Then it grew.") == [
        "I nursed at St. Luke's for the U.S. Army.", "Then Dr. Patel came.",
        "I worked at Acme Inc.", "Then it grew."]
    assert ends_before_name("the U.S.", 8, initials=True)
    assert not ends_before_name("the U.S.", 8)


def test_a_facilitators_own_titles_hold_a_sentence_open(tmp_path, monkeypatch):
    text = "I trained under Sister. Okafor ran the ward. Then I led it."
    assert len(_check_sentences(text)) == 3
    _own_list(tmp_path, monkeypatch, ["approx"], titles=["sister"])
    assert len(_check_sentences(text)) == 2
