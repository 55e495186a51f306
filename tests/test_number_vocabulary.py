"""The number reader's words are data (data/numbers_vocabulary.json): a facilitator's copy in
WORKSHOP_DATA changes what it reads, and a bad edit of that copy is said in one line naming the
file and the key, never a traceback and never a reader that silently finds no numbers."""

from __future__ import annotations

import json
import shlex
import sys

import pytest
from helpers_data import drop, own_data, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError
from workshop.numbers import quantities
from workshop.resources import load_json

CLI = f"{shlex.quote(sys.executable)} -m workshop.cli"


def _own_vocabulary(tmp_path, monkeypatch, edit) -> None:
    own_data(tmp_path, monkeypatch, "numbers_vocabulary.json", edit)


def test_the_words_around_a_number_are_read_from_the_data_file(tmp_path, monkeypatch):
    """A word added to ``contexts.span_before`` makes a duration after it a measured change,
    as "saved" does: the pattern is compiled from the list, not written in code."""
    text = "We trimmed 3 hours from the weekly close."
    assert [q.kind for q in quantities(text)] == ["duration"]
    _own_vocabulary(tmp_path, monkeypatch,
                    lambda d: d["contexts"]["span_before"].append("trimmed"))
    assert [q.kind for q in quantities(text)] == ["time_span"]


def test_a_hedge_added_to_the_data_joins_a_change(tmp_path, monkeypatch):
    """``contexts.change_hedges``: "from 9 to barely 6 days" is one change once "barely" is
    listed."""
    text = "Lead time went from 9 to barely 6 days."
    assert [q.before for q in quantities(text)] == [None, None]
    _own_vocabulary(tmp_path, monkeypatch,
                    lambda d: d["contexts"]["change_hedges"].append("barely"))
    assert [(q.value, q.before) for q in quantities(text)] == [(6.0, 9.0)]


# The lists that were last written in code (issue 21): each read from the data file and not
# empty, and an edit of one changes what is read.
_MOVED = ("times_words", "fraction_counts", "single_counts", "plural_scales", "period_adverbs")
_MOVED_CONTEXTS = ("every_words", "times_per", "to_one_links", "to_one_hedges", "to_one_per",
                   "rate_counts", "rate_links", "scale_articles", "article_scales", "team_hedges",
                   "problem_hedges", "saved_verbs", "saved_whom", "saved_hedges", "saved_units",
                   "and_a_half_counts", "and_a_half_units", "multiple_verb_forms",
                   "multiple_verbs_before_object", "multiple_object_determiners",
                   "half_time_units", "half_multiple_before", "half_multiple_after",
                   "half_percent_after", "half_not_before", "not_rate_before", "comparatives",
                   "range_before", "range_links", "lone_ones")


@pytest.mark.parametrize("key", _MOVED + tuple(f"contexts.{k}" for k in _MOVED_CONTEXTS)
                         + tuple(f"suffixes.{k}" for k in ("percent", "glued_multipliers",
                                                          "word_multipliers", "multiple_marks",
                                                          "folds")))
def test_each_list_is_read_from_the_data_file_and_may_not_be_empty(tmp_path, monkeypatch, key):
    """The kit's file holds each list, not empty; a copy without it, or with it empty, is said
    naming the key (the reader never falls back on words of its own)."""
    data = load_json("numbers_vocabulary.json")
    table, _, last = key.rpartition(".")
    parent = data[table] if table else data
    assert parent[last], key
    path = [table, last] if table else [last]
    _own_vocabulary(tmp_path, monkeypatch, set_at(path, {} if isinstance(parent[last], dict)
                                                else []))
    with pytest.raises(ValidationError) as caught:
        quantities("I cut costs by 40%.")
    assert caught.value.field == (table or key) if table == "suffixes" else key


@pytest.mark.parametrize(("text", "edit", "before", "after"), [
    ("That saved us roughly a year.",
     lambda d: d["contexts"]["saved_units"].append("year"), [], [(1.0, "time_span")]),
    ("It took one and a half decades.",
     lambda d: d["contexts"]["and_a_half_units"].append("decade"), [], [(1.5, "time_span")]),
    ("Visits went from fortnightly to weekly.",
     lambda d: d["period_adverbs"].update(fortnightly="fortnight"), [], [(1.0, "count")]),
    ("Costs fell, thrice a week.",
     lambda d: d["times_words"].update(thrice=3), [], [(3.0, "count")]),
    ("We had scores of complaints.",
     lambda d: d["plural_scales"].update(scores=20), [], [(20.0, "count")]),
    ("Sales rose 12 prc.", lambda d: d["suffixes"]["percent"].append("prc"), [(12.0, "count")],
     [(12.0, "percent")]),
])
def test_an_edit_of_a_moved_list_changes_what_is_read(tmp_path, monkeypatch, text, edit, before,
                                                      after):
    """The words that were in code (the time "saved us about a week", "one and a half days",
    "from weekly to", "twice a week", "hundreds of") are read from the data: a
    word added to the list is read as its neighbours are."""
    def read():
        return [(q.value, q.kind) for q in quantities(text)]
    assert read() == before
    _own_vocabulary(tmp_path, monkeypatch, edit)
    assert read() == after


@pytest.mark.parametrize(("edit", "field", "says"), [
    (drop("scales"), "scales", "missing"),
    (set_at(["measures"], "kg"), "measures", "list of words"),
    (set_at(["number_words", "one"], "1"), "number_words", "words to numbers"),
    (set_at(["never_amounts"], []), "never_amounts", "list of patterns"),
    (set_at(["contexts", "span_before"], []), "contexts.span_before", "not empty"),
    (set_at(["contexts", "hedges"], ["about", "more than ("]), "contexts.hedges",
     "not a regular expression"),
    (set_at(["year_words"], ["in", "[19"]), "year_words", "not a regular expression"),
    (drop("contexts"), "contexts", "missing"),
])
def test_a_bad_edit_is_said_naming_the_file_and_the_key(tmp_path, monkeypatch, edit, field, says):
    _own_vocabulary(tmp_path, monkeypatch, edit)
    with pytest.raises(ValidationError) as caught:
        quantities("I cut costs by 40%.")
    message = str(caught.value)
    assert caught.value.field == field
    assert says in message and "numbers_vocabulary.json" in message and "\n" not in message
    with pytest.raises(ValidationError):  # the check says it too: no "no number yet" instead
        check_answer("I cut costs by 40%.")


def test_a_file_that_is_not_json_is_said_in_one_line(tmp_path, monkeypatch):
    (tmp_path / "numbers_vocabulary.json").write_text('{"number_words": {', encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(tmp_path))
    with pytest.raises(ValidationError, match="not valid JSON"):
        quantities("40%")


def test_the_command_line_says_a_bad_edit_in_one_line(tmp_path):
    """`workshop check` with a broken vocabulary or phrase list: exit 2, one line on stderr
    naming the file, no traceback."""
    import subprocess

    data = tmp_path / "data"
    data.mkdir()
    vocabulary = load_json("numbers_vocabulary.json")
    vocabulary = {**vocabulary, "contexts": {**vocabulary["contexts"], "span_before": ["by("]}}
    (data / "numbers_vocabulary.json").write_text(json.dumps(vocabulary), encoding="utf-8")
    (data / "phrases.json").write_text(json.dumps(load_json("phrases.json")), encoding="utf-8")
    (tmp_path / "answer.txt").write_text("I cut costs by 40%.\n", encoding="utf-8")
    for broken in ("numbers_vocabulary.json", "phrases.json"):
        if broken == "phrases.json":
            (data / "numbers_vocabulary.json").unlink()
            (data / "phrases.json").write_text('{"pitfalls": [', encoding="utf-8")
        done = subprocess.run(f"WORKSHOP_DATA={shlex.quote(str(data))} {CLI} check answer.txt",
                              shell=True, cwd=tmp_path, capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert broken in done.stderr
