"""A workspace file typed the way people type it is read, not refused (round 31): a scope in the
participant's own word, a figure known only roughly or as a range, a level with a slip, and
(round 32) an organisation's kind as people name it ("University", "charity", "the army"). The word
typed is kept in the file, said by the draft where the kit places it, and never exported."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from helpers_data import own_data

import workshop
from workshop.cli import main
from workshop.draft import draft_answer
from workshop.errors import ValidationError
from workshop.model import SCHEMA_VERSION, Result, Role, Skill, Workspace
from workshop.report import build_report
from workshop.scope_words import scope_kind, scope_of, scope_spoken
from workshop.share import export_dict
from workshop.store import dumps, parse_workspace
from workshop.typed_entries import nearest_kind, nearest_level, read_value


def _role(results, skills=None, rid="r1", title="Ward clerk"):
    return {"id": rid, "title": title, "organization": "Harbourside Clinic", "start": "2017",
            "end": "2020",
            "skills": skills or [{"name": "bed booking", "before": "novice",
                                  "after": "proficient"}],
            "results": results,
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}


def _file(tmp_path, *roles, version=4):
    path = tmp_path / "typed.json"
    path.write_text(json.dumps({"schema_version": version, "roles": list(roles)}),
                    encoding="utf-8")
    return path


# --- scope words ----------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "kind"), [
    ("the maternity ward", "department"), ("Depot", "department"), ("night crew", "team"),
    ("bay 2", "team"), ("our members", "customers"), ("tenants", "customers"),
    ("the whole council", "company"), ("the trust", "company"), ("Customers", "customers"),
])
def test_a_scope_word_people_use_is_read_as_its_kind_and_kept(word, kind):
    result = Result(statement="Queues got shorter", scope=word)
    assert scope_of(result) == kind
    assert result.scope_said == ("" if word.lower() in ("customers",) else word)


def test_a_scope_word_the_list_does_not_place_is_kept_and_not_scored():
    result = Result(statement="More boxes went out", scope="the pantry rota sheet")
    assert (scope_of(result), result.scope_said) == ("", "the pantry rota sheet")
    assert scope_kind("myself") == "" and scope_kind("") == ""


def test_a_pick_beside_a_word_wins_over_the_list():
    # the participant typed "crew" and picked department in 03: both kept
    result = Result.from_dict({"statement": "Fewer call-outs", "scope": "department",
                               "scope_said": "crew"})
    assert (result.scope, result.scope_said) == ("department", "crew")
    assert Result.from_dict(result.to_dict()) == result


def test_the_file_keeps_the_word_and_reads_again_the_same(tmp_path):
    raw = _file(tmp_path, _role([{"statement": "Discharges before noon doubled",
                                  "scope": "ward"},
                                 {"statement": "Parcels went out faster",
                                  "scope": "soup run"}])).read_bytes()
    ws = parse_workspace(raw)
    saved = json.loads(dumps(ws))
    results = saved["roles"][0]["results"]
    assert saved["schema_version"] == SCHEMA_VERSION == 5
    # the word is kept as typed; its kind is read from the list whenever the file is read
    assert [(r["scope"], r["scope_said"]) for r in results] == [("", "ward"), ("", "soup run")]
    assert [scope_of(r) for r in ws.roles[0].results] == ["department", ""]
    assert parse_workspace(dumps(ws)) == ws


def test_a_word_a_facilitator_adds_to_the_list_is_placed(tmp_path, monkeypatch):
    assert scope_kind("soup run") == ""
    own_data(tmp_path, monkeypatch, "scope_words.json",
             lambda data: data["kinds"]["customers"].append("soup run"))
    assert scope_kind("the soup run") == "customers"
    # a file saved with the word not placed reads it placed now
    result = Result.from_dict({"statement": "Parcels went out faster", "scope": "",
                               "scope_said": "soup run"})
    assert scope_of(result) == "customers"


def test_the_draft_says_the_word_typed():
    ws = Workspace.from_dict({"roles": [_role([
        {"statement": "reach every discharge letter on the same day", "scope": "ward",
         "value": 100, "unit": "%", "kind": "level"}])]})
    text = draft_answer(ws)
    assert "I helped the ward reach" in text, text
    assert scope_spoken("our regulars") == "our regulars"
    assert scope_spoken("site") == "the site"


def test_the_anonymised_export_holds_no_scope_word(tmp_path):
    ws = Workspace.from_dict({"roles": [_role([
        {"statement": "Missed scans fell", "scope": "Ravenscroft annexe", "value": "10-15",
         "unit": "%"},
        {"statement": "Waits fell", "scope": "the oncology ward", "value": "about 20?"}])]})
    text = json.dumps(export_dict(ws, export_id="x" * 32))
    for word in ("Ravenscroft", "annexe", "oncology", "ward"):
        assert word not in text, text
    scopes = [r["scope"] for role in export_dict(ws)["roles"] for r in role["results"]]
    assert sorted(scopes) == ["", "department"]


# --- a figure known roughly or as a range ---------------------------------------------------


@pytest.mark.parametrize(("typed", "number", "hedge"), [
    ("45ish", 45, "about "), ("about 12?", 12, "about "), ("~70", 70, "about "),
    ("c. 8", 8, "about "), ("250+", 250, "over "), ("12 or so", 12, "about "),
    ("nearly 40", 40, "nearly "), ("15-20", 20, "15 to "), ("between 3 and 5", 5, "3 to "),
])
def test_a_hedged_or_ranged_value_keeps_its_hedge(typed, number, hedge):
    result = Result(statement="Call-backs fell", value=typed)
    assert result.value == number
    assert result.extra["number_hedge"] == hedge
    assert result.read_notes


@pytest.mark.parametrize("typed", ["lots", "9-3", "n/a", "twelve-ish dozen", "about"])
def test_what_is_no_figure_is_still_refused_with_what_to_type(typed):
    assert read_value(typed) is None
    with pytest.raises(ValidationError) as caught:
        Result(statement="Call-backs fell", value=typed)
    assert caught.value.field == "value"
    assert "about 60" in caught.value.message and "80 to 100" in caught.value.message


def test_the_draft_says_a_rough_figure_as_typed_never_firmer():
    for typed, said in (("25ish", "about 25%"), ("10-15", "10 to 15%")):
        ws = Workspace.from_dict({"roles": [_role([
            {"statement": "cut repeat prescriptions sent back", "value": typed, "unit": "%",
             "kind": "change"}])]})
        text = draft_answer(ws)
        assert said in text, text
        assert f"by {said.split()[-1]}" not in text.replace(said, ""), text


def test_a_percent_typed_in_the_value_fills_an_empty_unit():
    result = Result(statement="Returns fell", value="20-30%")
    assert (result.value, result.unit) == (30, "%")
    assert Result(statement="Returns fell", value="~5%", unit="points").unit == "points"


# --- a level with a slip --------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "level"), [
    ("competant", "competent"), ("Proficiant", "proficient"), ("novise", "novice"),
    ("advanced-beginner", "advanced beginner"), ("EXPERT", "expert"), ("expret", "expert"),
])
def test_a_level_slip_near_one_level_is_read_as_it(typed, level):
    skill = Skill(name="stock counts", before="novice", after=typed)
    assert skill.after == level
    assert nearest_level(typed, ("novice", "advanced beginner", "competent", "proficient",
                                 "expert")) == level


@pytest.mark.parametrize("typed", ["wizard", "intermediate", "ok", ""])
def test_a_level_near_none_is_refused_naming_the_field_and_the_levels(typed):
    with pytest.raises(ValidationError) as caught:
        Skill(name="stock counts", before="novice", after=typed)
    assert caught.value.field == "after"
    assert "novice, advanced beginner, competent, proficient, expert" in caught.value.message


# --- organisation kinds ---------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "kind"), [
    ("University", "school"), ("college", "school"), ("a charity", "non-profit"),
    ("Non profit", "non-profit"), ("nonprofit", "non-profit"), ("NGO", "non-profit"),
    ("the Army", "armed forces"), ("Royal Navy", "armed forces"), ("armed-forces", "armed forces"),
    ("NHS", "hospital"), ("clinic", "hospital"), ("Council", "public service"), ("uni", "school"),
    ("government", "public service"), ("freelance", "client"), ("Publc service", "public service"),
    ("COMPANY", "company"), ("hospitl", "hospital")])
def test_a_kind_typed_as_people_name_it_is_read_as_that_kind(typed, kind):
    role = Role(title="Porter", organization="Eastgate", organization_kind=typed)
    assert role.organization_kind == kind
    assert role.to_dict()["organization_kind"] == kind
    assert (role.read_notes == ()) == (typed.lower() == kind), role.read_notes


@pytest.mark.parametrize("typed", ["banana", "work", "shop or school", "  "])
def test_a_kind_that_names_no_kind_or_two_is_not_read_as_one(typed):
    assert nearest_kind(typed, ("company", "school")) is None


def test_a_kind_naming_none_is_refused_with_the_kinds_to_pick():
    with pytest.raises(ValidationError) as caught:
        Role(title="Porter", organization_kind="the place")
    assert caught.value.field == "organization_kind"
    assert "pick one of: company, hospital, school" in caught.value.message


def test_the_report_says_how_a_typed_kind_was_read_and_the_file_saves_it_plainly(tmp_path,
                                                                                capsys):
    role = _role([{"statement": "Discharge letters went out the same day"}])
    role["organization_kind"] = "University"
    path = _file(tmp_path, role)
    assert main(["report", str(path), "--format", "json"]) == 0
    notes = " ".join(json.loads(capsys.readouterr().out)["read_notes"])
    assert "'University' read as 'school'" in notes, notes
    saved = json.loads(dumps(parse_workspace(path.read_bytes())))
    assert saved["roles"][0]["organization_kind"] == "school"


# --- the command line -------------------------------------------------------------------------


def test_the_report_reads_a_typed_file_and_says_what_it_read(tmp_path, capsys):
    path = _file(tmp_path, _role(
        [{"statement": "Discharge letters went out the same day", "scope": "the ward",
          "value": "90ish", "unit": "%"},
         {"statement": "More tins reached families", "scope": "pantry shelf"}],
        skills=[{"name": "bed booking", "before": "novise", "after": "competant"}]))
    assert main(["report", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    notes = " ".join(report["read_notes"])
    assert "'pantry shelf'" in notes and "not scored" in notes, notes
    assert "'novise' read as 'novice'" in notes and "“about 90%”" in notes, notes
    assert main(["report", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Read from your file" in out and "data/scope_words.json" in out, out


def test_the_report_refuses_what_it_cannot_read_naming_every_field(tmp_path, capsys):
    path = _file(tmp_path,
                 _role([{"statement": "Waits fell", "value": "loads"}],
                       skills=[{"name": "bed booking", "before": "rookie",
                                "after": "competent"}]),
                 _role([{"statement": "Fewer no-shows", "value": "some?"}], rid="r2",
                       title="Receptionist"))
    assert main(["report", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for field in ("roles[0].skills[0].before", "roles[0].results[0].value",
                  "roles[1].results[0].value"):
        assert field in err, err
    assert "more." not in err


def test_a_clean_file_has_no_notes():
    ws = Workspace.from_dict({"roles": [_role([{"statement": "Waits fell by 20%",
                                                "scope": "department", "value": 20,
                                                "unit": "%"}])]})
    assert build_report(ws)["read_notes"] == []


def test_what_the_kit_saves_of_a_typed_file_meets_the_schema(tmp_path):
    schema_path = Path(workshop.__file__).parent / "schema" / "workspace.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    ws = parse_workspace(_file(tmp_path, _role([
        {"statement": "Stock-outs fell", "scope": "shop floor", "value": "30-35"},
        {"statement": "Stock-outs fell", "scope": "corner of the yard", "value": "5ish"}]))
        .read_bytes())
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(dumps(ws)))) \
        == []


# --- notebook 03's form -----------------------------------------------------------------------


def test_the_form_shows_the_word_and_keeps_it_until_a_kind_is_picked():
    from workshop.widgets.results import _ResultRow

    saved = Result(statement="Parcels went out faster", scope="<i>soup run</i>").to_dict()
    row = _ResultRow(saved)
    assert row._scope.value == "" and ("not one of these", "") in row._scope.options
    assert "&lt;i&gt;soup run&lt;/i&gt;" in row._said.value and "<i>" not in row._said.value
    assert Result.from_dict(row.values()) == Result.from_dict(saved)
    row._scope.value = "customers"  # the participant picks a kind: the word stays beside it
    picked = Result.from_dict(row.values())
    assert (picked.scope, picked.scope_said) == ("customers", "<i>soup run</i>")
    plain = _ResultRow(Result(statement="Waits fell", scope="team").to_dict())
    assert ("not one of these", "") not in plain._scope.options and plain._said.value == ""


def test_a_rough_value_typed_in_the_form_is_kept_rough_and_shown_so():
    from workshop.widgets.results import _ResultRow

    row = _ResultRow(Result(statement="Waits fell", value=18, unit="%").to_dict())
    row._value.value = "about 20"
    rough = Result.from_dict(row.values())
    assert (rough.value, rough.extra.get("number_hedge")) == (20, "about ")
    again = _ResultRow(rough.to_dict())
    assert again._value.value == "about 20"  # shown as typed, never "20"
    assert Result.from_dict(again.values()) == rough  # an untouched row is unchanged
    again._value.value = "25"  # the hedge taken out: the number is said plain
    plain = Result.from_dict(again.values())
    assert (plain.value, "number_hedge" in plain.extra) == (25, False)
