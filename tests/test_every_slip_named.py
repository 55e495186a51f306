"""A file with the same slip in several places is refused once, naming every place: a person
fixes it in one pass instead of one run per slip (blind workspace writers, rounds 27 and 28:
14 of 16 hand-written files were refused, each run naming one free-text result scope)."""

from __future__ import annotations

import json

import pytest
from helpers_sample import role_dict

from workshop.cli import main
from workshop.errors import ValidationError
from workshop.model import Role, Workspace


def _result(statement: str, scope: str) -> dict:
    return {"statement": statement, "scope": scope}


def _write(tmp_path, *roles) -> str:
    path = tmp_path / "ws.json"
    path.write_text(json.dumps({"schema_version": 4, "roles": list(roles)}), encoding="utf-8")
    return str(path)


def test_the_command_line_names_every_bad_scope_in_every_role(tmp_path, capsys):
    path = _write(tmp_path,
                  role_dict("Staff Nurse", results=[_result("Falls went down", "ward"),
                                                    _result("Fewer complaints", "self")]),
                  role_dict("Line Cook", id="r2", results=[_result("Waste halved", "hotel")]))
    assert main(["report", path, "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    for field, value in (("roles[0].results[0].scope", "ward"),
                         ("roles[0].results[1].scope", "self"),
                         ("roles[1].results[0].scope", "hotel")):
        assert f"'{field}'" in err and f"'{value}'" in err, err
    # how to fix it is said once, not once per slip
    assert err.count("pick one of") == 1, err


def test_the_scope_message_says_what_each_scope_covers():
    with pytest.raises(ValidationError) as caught:
        Role.from_dict(role_dict(results=[_result("Falls went down", "ward")]))
    message = caught.value.message
    for words in ("ward", "patients", "pupils", "the whole organisation", "shift"):
        assert words in message, message


def test_different_slips_each_keep_their_own_fix():
    bad = role_dict(skills=[{"name": "triage", "before": "expert-ish", "after": "expert"}],
                    results=[_result("Falls went down", "clinic")])
    with pytest.raises(ValidationError) as caught:
        Workspace.from_dict({"roles": [bad]})
    text = str(caught.value)
    assert "'before' is 'expert-ish'; pick one of: novice" in text, text
    assert "'roles[0].results[0].scope': 'scope' is 'clinic'; pick one of: team" in text, text


def test_a_long_list_of_slips_is_cut_with_a_count():
    results = [_result(f"Result {i}", f"place{i}") for i in range(9)]
    with pytest.raises(ValidationError) as caught:
        Workspace.from_dict({"roles": [role_dict(results=results)]})
    text = str(caught.value)
    assert "'place5'" in text and "'place6'" not in text, text
    assert text.endswith("and 3 more."), text


def test_one_slip_reads_as_before():
    with pytest.raises(ValidationError) as caught:
        Workspace.from_dict({"roles": [role_dict(results=[_result("Falls went down", "ward")])]})
    assert "Also to fix" not in str(caught.value)
    assert caught.value.field == "roles[0].results[0].scope"


def test_the_valid_rest_of_a_file_still_reads():
    ws = Workspace.from_dict({"roles": [role_dict(), role_dict("Barista", id="r2")]})
    assert [r.title for r in ws.roles] == ["Shift Supervisor", "Barista"]
