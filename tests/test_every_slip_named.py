"""A file with the same slip in several places is refused once, naming every place: a person
fixes it in one pass instead of one run per slip (blind workspace writers, rounds 27 and 28:
14 of 16 hand-written files were refused, each run naming one free-text result scope). Since
round 31 a scope word is read, not refused (``tests/test_typed_entries.py``); what is still
refused is named in full, never cut to "and N more"."""

from __future__ import annotations

import json

import pytest
from helpers_sample import role_dict

from workshop.cli import main
from workshop.errors import ValidationError
from workshop.model import Role, Workspace
from workshop.scope_words import scope_of


def _result(statement: str, scope: str = "team", value=None) -> dict:
    return {"statement": statement, "scope": scope, "value": value}


def _write(tmp_path, *roles) -> str:
    path = tmp_path / "ws.json"
    path.write_text(json.dumps({"schema_version": 4, "roles": list(roles)}), encoding="utf-8")
    return str(path)


def test_the_command_line_names_every_bad_value_in_every_role(tmp_path, capsys):
    path = _write(tmp_path,
                  role_dict("Staff Nurse", results=[_result("Falls went down", value="loads"),
                                                    _result("Fewer complaints", value="n/a?")]),
                  role_dict("Line Cook", id="r2", results=[_result("Waste halved",
                                                                   value="heaps")]))
    assert main(["report", path, "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    for field, value in (("roles[0].results[0].value", "loads"),
                         ("roles[0].results[1].value", "n/a?"),
                         ("roles[1].results[0].value", "heaps")):
        assert f"'{field}'" in err and f"'{value}'" in err, err
    # how to fix it is said once, not once per slip
    assert err.count("type a number such as") == 1, err


def test_the_scope_words_a_writer_typed_are_read_not_refused():
    role = Role.from_dict(role_dict(results=[_result("Falls went down", "ward"),
                                             _result("Fewer complaints", "self")]))
    assert [(scope_of(r), r.scope_said) for r in role.results] == [("department", "ward"),
                                                                   ("", "self")]


def test_different_slips_each_keep_their_own_fix():
    bad = role_dict(skills=[{"name": "triage", "before": "guru", "after": "expert"}],
                    results=[_result("Falls went down", value="plenty")])
    with pytest.raises(ValidationError) as caught:
        Workspace.from_dict({"roles": [bad]})
    text = str(caught.value)
    assert "'before' is 'guru'; pick one of: novice" in text, text
    assert "'roles[0].results[0].value': 'value' is 'plenty'; type a number" in text, text


def test_a_long_list_of_slips_is_named_in_full():
    results = [_result(f"Result {i}", value=f"lots{i}") for i in range(12)]
    with pytest.raises(ValidationError) as caught:
        Workspace.from_dict({"roles": [role_dict(results=results)]})
    text = str(caught.value)
    for i in range(12):
        assert f"'roles[0].results[{i}].value'" in text and f"'lots{i}'" in text, text
    assert "more." not in text, text


def test_one_slip_reads_as_before():
    with pytest.raises(ValidationError) as caught:
        Workspace.from_dict({"roles": [role_dict(results=[_result("Falls went down",
                                                                  value="tons")])]})
    assert "Also to fix" not in str(caught.value)
    assert caught.value.field == "roles[0].results[0].value"


def test_the_valid_rest_of_a_file_still_reads():
    ws = Workspace.from_dict({"roles": [role_dict(), role_dict("Barista", id="r2")]})
    assert [r.title for r in ws.roles] == ["Shift Supervisor", "Barista"]
