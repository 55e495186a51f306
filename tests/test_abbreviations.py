"""One list of abbreviations (data/abbreviations.json) for both readers of sentences: the
answer check's reading and the importers' sentences. Both agree on which full stops are an
abbreviation's, for every listed word and for an initial, and a facilitator's own list changes
both."""

from __future__ import annotations

import json

import pytest

from workshop.abbreviations import abbreviations, ends_in_abbreviation
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


def _own_list(tmp_path, monkeypatch, words) -> None:
    (tmp_path / "abbreviations.json").write_text(json.dumps({"abbreviations": words}),
                                                 encoding="utf-8")
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
