"""A role's ``personal_value``: what the job gave the participant, in their own words (schema 4).

Checked like the role's other free text, saved and read back as typed, brought in from a version
3 file with nothing lost, merged like the role's other text fields, and named in messages.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from helpers_sample import role_dict, workspace_dict

from workshop.edits import with_role
from workshop.errors import ValidationError
from workshop.fields import MAX_TEXT
from workshop.merge import describe_path, merge_workspaces
from workshop.migrations import migrate
from workshop.model import SCHEMA_VERSION, Role, Workspace
from workshop.session import Session
from workshop.store import read_workspace

WORDS = "It showed me I could keep a ward calm on a bad night."


def test_the_field_came_with_schema_version_4():
    """personal_value came with version 4; later versions (5: a scope in the participant's
    own word, a rough value) keep it."""
    assert SCHEMA_VERSION >= 4


def test_a_role_holds_the_words_trimmed_and_writes_them_back(tmp_path):
    """Typed with spaces around, kept as the words; a version 4 file with the field loads in the
    kit and saves the same words back."""
    data = workspace_dict(role_dict(personal_value=f"  {WORDS}  "))
    path = tmp_path / "ws.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    ws = read_workspace(path)

    assert ws.role("r1").personal_value == WORDS
    assert ws.to_dict()["roles"][0]["personal_value"] == WORDS
    assert Workspace.from_dict(ws.to_dict()) == ws


def test_an_empty_field_is_not_written():
    """A role without the words writes no key for them, so files stay as they were."""
    assert "personal_value" not in Role(title="Cook").to_dict()


@pytest.mark.parametrize("value, says", [
    (42, "should be text"),
    ("x" * (MAX_TEXT + 1), f"keep it under {MAX_TEXT}"),
    ("half \ud83d", "broken character"),
])
def test_bad_words_are_refused_like_the_other_text_fields(value, says):
    """The same checks as the summary: text, under the length limit, no broken characters;
    the message names the field."""
    with pytest.raises(ValidationError) as refused:
        Role.from_dict(role_dict(personal_value=value))
    assert says in str(refused.value)
    assert refused.value.field == "personal_value"
    with pytest.raises(ValidationError) as summary:
        Role.from_dict(role_dict(summary=value))
    assert says in str(summary.value)


def test_a_version_3_file_loads_unchanged(tmp_path):
    """A version 3 file reads as it did: every field the same, no words invented, the file
    untouched until the next change."""
    data = {**workspace_dict(), "schema_version": 3}
    path = tmp_path / "ws.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    raw = path.read_bytes()

    ws = read_workspace(path)

    assert path.read_bytes() == raw
    assert all(r.personal_value == "" for r in ws.roles)
    current = Workspace.from_dict({**data, "schema_version": SCHEMA_VERSION})
    assert ws == current


def test_a_version_3_role_with_another_tools_field_of_that_name_keeps_it():
    """Version 3 knew no ``personal_value``: a tool's own field of that name that is not text
    is kept aside (``personal_value_v3``) instead of the file being refused; text is read as
    the words."""
    data = {**workspace_dict(role_dict(personal_value={"score": 3}),
                             role_dict("Barista", id="r2", personal_value=WORDS)),
            "schema_version": 3}

    ws = Workspace.from_dict(migrate(data))

    assert ws.role("r1").personal_value == ""
    assert ws.role("r1").extra == {"personal_value_v3": {"score": 3}}
    assert ws.role("r2").personal_value == WORDS
    assert ws.to_dict()["roles"][0]["personal_value_v3"] == {"score": 3}


def _words(ws: Workspace, text: str) -> Workspace:
    return with_role(ws, "r1", lambda r: replace(r, personal_value=text))


def test_two_notebooks_editing_it_and_the_summary_keep_both():
    """Merged like the role's other text fields: one notebook's words and the other's summary
    both kept."""
    base = Workspace.from_dict(workspace_dict())
    ours = _words(base, WORDS)
    theirs = with_role(base, "r1", lambda r: replace(r, summary="Ran the late shift"))

    outcome = merge_workspaces(base.to_dict(), ours.to_dict(), theirs.to_dict())

    merged = Workspace.from_dict(outcome.data).role("r1")
    assert (merged.personal_value, merged.summary) == (WORDS, "Ran the late shift")
    assert outcome.overwritten == []


def test_both_editing_it_is_a_conflict_named_in_words():
    """Both notebooks changed the words: the saver's stay, and the message names the field as
    the forms do."""
    base = Workspace.from_dict(workspace_dict())
    ours, theirs = _words(base, WORDS), _words(base, "It taught me patience.")

    outcome = merge_workspaces(base.to_dict(), ours.to_dict(), theirs.to_dict())

    assert Workspace.from_dict(outcome.data).role("r1").personal_value == WORDS
    [path] = outcome.overwritten
    said = describe_path(path, ours.to_dict())
    assert said == "what the job gave you of the role 'Shift Supervisor, Northwind Logistics'"


def test_a_session_saves_and_reloads_the_words(tmp_path):
    """Saved by one notebook, seen by another opened later."""
    path = tmp_path / "ws.json"
    first = Session.open(path)
    first.change(lambda ws: Workspace.from_dict(workspace_dict()), "start")
    first.change(lambda ws: _words(ws, WORDS), "words")

    assert Session.open(path).workspace.role("r1").personal_value == WORDS
