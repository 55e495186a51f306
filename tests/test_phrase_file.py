"""The phrase lists (data/phrases.json) are read strictly: a facilitator's copy with a key the
check does not read, or a key of the wrong type, is said in one line naming the file and the key;
never ignored in silence (a misspelt list would simply stop counting), never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers_data import own_data, rename, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError
from workshop.resources import load_json


def _own_phrases(tmp_path, monkeypatch, edit) -> None:
    own_data(tmp_path, monkeypatch, "phrases.json", edit)


def _rename_in(table, key, new):
    def edit(d):
        d[table][new] = d[table].pop(key)
    return edit


@pytest.mark.parametrize(("edit", "field", "says"), [
    (rename("skill_growth", "skil_growth"), "skil_growth", "not a key the check reads"),
    (_rename_in("scope", "negation", "negations"), "scope.negations", "not a list the check"),
    (_rename_in("specific", "duty_verbs", "duties"), "specific.duties", "not a list the check"),
    (set_at(["company_result"], "helped the company"), "company_result", "a list of patterns"),
    (set_at(["used_later", 0], 3), "used_later[0]", "not a number"),
    (set_at(["stopwords", 1], " "), "stopwords[1]", "not an empty text"),
    (set_at(["pitfalls"], ["fun"]), "pitfalls", "from a name to a list"),
    (set_at(["pitfalls", "fun"], "so much fun"), "pitfalls.fun", "a list of patterns"),
    (set_at(["classes", "org"], {"a": "b"}), "classes.org", "a list of patterns"),
    (set_at(["irregular", "grew"], ["grow"]), "irregular.grew", "a text"),
    (set_at(["suggestions", "quantified"], None), "suggestions.quantified", "a text"),
    (set_at(["goal_synonyms", 0], "cost"), "goal_synonyms[0]", "a list of patterns"),
    (set_at(["scope"], []), "scope", "an object with the lists"),
    (set_at(["about"], 1), "about", "a text"),
])
def test_a_key_misspelt_or_of_the_wrong_type_is_said_naming_the_file_and_the_key(
        tmp_path, monkeypatch, edit, field, says):
    _own_phrases(tmp_path, monkeypatch, edit)
    with pytest.raises(ValidationError) as caught:
        check_answer("I learned to plan rotas and cut overtime by 20%.")
    message = str(caught.value)
    assert caught.value.field == field
    assert says in message and "phrases.json" in message and "\n" not in message


def test_the_kits_own_file_and_a_copy_without_some_lists_are_read(tmp_path, monkeypatch):
    """The kit's file passes; a copy that leaves a list out is read (a list not given is an
    empty one), so a facilitator may keep a shorter file."""
    assert check_answer("I learned to plan rotas and cut overtime by 20%.").findings
    _own_phrases(tmp_path, monkeypatch, lambda d: d.pop("goal_outcomes"))
    assert check_answer("I learned to plan rotas and cut overtime by 20%.").findings


def test_the_command_line_says_a_misspelt_key_in_one_line(tmp_path):
    """`workshop check` with a misspelt key in the facilitator's phrase lists: exit 2, one
    line on stderr naming the file and the key, no traceback."""
    data = tmp_path / "data"
    data.mkdir()
    phrases = load_json("phrases.json")
    phrases = {("pitfall" if k == "pitfalls" else k): v for k, v in phrases.items()}
    (data / "phrases.json").write_text(json.dumps(phrases), encoding="utf-8")
    (data / "numbers_vocabulary.json").write_text(
        json.dumps(load_json("numbers_vocabulary.json")), encoding="utf-8")
    (tmp_path / "answer.txt").write_text("I cut costs by 40%.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "workshop.cli", "check",
                           str(tmp_path / "answer.txt")], capture_output=True, text=True,
                          env={"WORKSHOP_DATA": str(data), "PATH": "/usr/bin:/bin"},
                          timeout=120)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "phrases.json" in lines[0] and "'pitfall'" in lines[0]
    assert "Traceback" not in done.stderr
