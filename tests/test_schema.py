"""The workspace JSON Schema: valid, true to the model, and met by every file the kit writes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from fuzzing import fuzz
from hypothesis import given
from hypothesis import strategies as st

import workshop
from workshop.errors import WorkshopError
from workshop.fields import MAX_ITEMS, MAX_LONG_TEXT, MAX_TEXT
from workshop.model import LEVELS, RATING_NAMES, SCHEMA_VERSION, SCOPES, Workspace
from workshop.resources import persona_paths
from workshop.store import dumps, parse_workspace

SCHEMA_PATH = Path(workshop.__file__).parent / "schema" / "workspace.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
ROLE = SCHEMA["$defs"]["role"]["properties"]
SPEC_EXAMPLE = {
    "schema_version": SCHEMA_VERSION,  # the spec's example, in the current version
    "participant": {"name": "optional"},
    "target_role": {"title": "Operations Manager", "goals": ["reduce costs", "lead a team of 8"]},
    "roles": [
        {
            "id": "r1",
            "title": "Shift Supervisor",
            "organization": "Northwind Logistics",
            "organization_kind": "company",
            "start": "2019-11",
            "end": None,
            "summary": "one line",
            "skills": [
                {"name": "scheduling", "before": "novice", "after": "proficient",
                 "used_later": "planned rosters for 40 staff at my next job"}
            ],
            "results": [
                {"statement": "I helped the company to cut overtime", "metric": "overtime hours",
                 "value": 18, "unit": "%", "scope": "department", "kind": "change",
                 "enabled_by": ["scheduling"]}
            ],
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 3},
            "enjoyment": 2,
        }
    ],
    "answer": {"role_id": "r1", "text": ""},
}


def errors_of(data) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(data)]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    """The schema file itself passes the JSON Schema meta-schema."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"].endswith("2020-12/schema")


def test_the_example_from_the_spec_is_valid_and_loads():
    """The workspace shown in the specification passes the schema and the model, unchanged."""
    assert errors_of(SPEC_EXAMPLE) == []
    assert Workspace.from_dict(SPEC_EXAMPLE).to_dict() == SPEC_EXAMPLE


def test_a_fresh_workspace_is_valid():
    """A workspace with nothing entered yet is a valid file."""
    assert errors_of(json.loads(dumps(Workspace()))) == []


@pytest.mark.parametrize("persona", sorted(persona_paths()))
def test_every_persona_is_valid(persona):
    """The sample personas are valid workspace files."""
    data = json.loads(persona_paths()[persona].read_text(encoding="utf-8"))

    assert errors_of(data) == []


def test_the_schema_and_the_model_name_the_same_choices():
    """Levels, scopes, rating names and the schema version agree between schema and model."""
    defs = SCHEMA["$defs"]

    assert tuple(defs["level"]["enum"]) == LEVELS
    # a scope is the participant's word or one of the four kinds the kit reads it as
    assert tuple(ROLE["results"]["items"]["properties"]["scope"]["examples"]) == SCOPES
    assert tuple(ROLE["ratings"]["properties"]) == RATING_NAMES
    assert SCHEMA["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert (defs["rating"]["minimum"], defs["rating"]["maximum"]) == (1, 5)


def test_the_schema_and_the_model_share_their_limits():
    """Length and count limits are the same in both, so neither refuses what the other allows."""
    assert SCHEMA["properties"]["roles"]["maxItems"] == MAX_ITEMS
    assert ROLE["summary"]["maxLength"] == MAX_TEXT
    assert ROLE["skills"]["items"]["properties"]["used_later"]["maxLength"] == MAX_TEXT
    assert ROLE["results"]["items"]["properties"]["statement"]["maxLength"] == MAX_TEXT
    assert SCHEMA["properties"]["answer"]["properties"]["text"]["maxLength"] == MAX_LONG_TEXT
    assert ROLE["title"]["maxLength"] == ROLE["organization"]["maxLength"] == 200


def test_the_field_names_of_the_contract_are_in_the_schema():
    """The field names the spec calls a contract are all present."""
    assert set(SCHEMA["properties"]) >= {"schema_version", "participant", "target_role",
                                         "roles", "answer"}
    assert set(ROLE) >= {"id", "title", "organization", "start", "end", "summary", "skills",
                         "results", "ratings", "enjoyment"}


def test_unknown_fields_are_allowed():
    """Tools may add fields freely; the schema does not forbid them."""
    data = copy.deepcopy(SPEC_EXAMPLE)
    data["facilitator_notes"] = "kept"
    data["roles"][0]["source"] = "linkedin"

    assert errors_of(data) == []


def _spoil(path, value):
    def spoil(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return spoil


@pytest.mark.parametrize("spoil", [
    _spoil(["roles", 0, "ratings", "skill_growth"], 6),
    _spoil(["roles", 0, "ratings", "relevance"], 2.5),
    _spoil(["roles", 0, "ratings", "company_results"], "4"),
    _spoil(["roles", 0, "enjoyment"], 0),
    _spoil(["roles", 0, "start"], "2019-13"),
    _spoil(["roles", 0, "end"], "Nov 2019"),
    _spoil(["roles", 0, "skills", 0, "after"], "guru"),
    _spoil(["roles", 0, "results", 0, "scope"], 7),
    _spoil(["roles", 0, "title"], ""),
    _spoil(["roles", 0, "skills"], "scheduling"),
    _spoil(["target_role", "goals"], "reduce costs; lead a team"),
    _spoil(["schema_version"], SCHEMA_VERSION + 1),
    _spoil(["roles"], {"r1": {}}),
], ids=["rating 6", "rating 2.5", "rating text", "enjoyment 0", "month 13", "date in words",
        "unknown level", "scope a number", "empty title", "skills as text", "goals as text",
        "newer version", "roles as object"])
def test_the_schema_and_the_kit_refuse_the_same_mistakes(spoil):
    """A mistake the schema catches, the kit refuses too when reading the file."""
    data = copy.deepcopy(SPEC_EXAMPLE)
    spoil(data)

    assert errors_of(data)
    with pytest.raises(WorkshopError):
        parse_workspace(json.dumps(data).encode())


# --- whatever the kit accepts, it writes valid -------------------------------------------------

_text = st.text(max_size=12) | st.text(min_size=195, max_size=205) | st.just("  padded  ")
_date = st.from_regex(r"\A(19[0-9][0-9]|20[0-9][0-9])(-(0[1-9]|1[0-2]))?\Z") | st.just("")
_rating = st.integers(0, 6) | st.sampled_from([1.0, 4.0, 2.5])
_ratings = st.fixed_dictionaries({}, optional={n: _rating for n in RATING_NAMES})
_skill = st.fixed_dictionaries(
    {"name": _text},
    optional={"before": st.sampled_from(LEVELS), "after": st.sampled_from(LEVELS),
              "used_later": _text})
_result = st.fixed_dictionaries(
    {"statement": _text},
    optional={"value": st.none() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False)
              | st.sampled_from(["18", "2,500", "2.5"]),
              "metric": _text, "unit": st.text(max_size=45), "scope": st.sampled_from(SCOPES)})
_role = st.fixed_dictionaries(
    {"title": _text},
    optional={"id": st.sampled_from(["r1", "r2", "r3", " r4 "]), "organization": _text,
              "start": _date, "end": st.none() | _date, "summary": _text,
              "skills": st.lists(_skill, max_size=3), "results": st.lists(_result, max_size=3),
              "ratings": _ratings, "enjoyment": st.none() | _rating})
workspaces = st.fixed_dictionaries(
    {"roles": st.lists(_role, max_size=4)},
    optional={"schema_version": st.just(1),
              "participant": st.fixed_dictionaries({}, optional={"name": st.text(max_size=10)}),
              "target_role": st.fixed_dictionaries(
                  {}, optional={"title": _text,
                                "goals": st.lists(_text | st.text(min_size=298, max_size=310),
                                                  max_size=3)}),
              "answer": st.fixed_dictionaries(
                  {}, optional={"role_id": st.none() | st.sampled_from(["r1", ""]),
                                "text": _text}),
              "x_extra": st.integers() | st.text(max_size=5)})


@fuzz
@given(workspaces)
def test_every_workspace_the_kit_accepts_is_saved_valid_against_the_schema(data):
    """The model never lets through a value that would make its file fail the schema."""
    try:
        ws = Workspace.from_dict(data)
    except WorkshopError:
        return
    assert errors_of(json.loads(dumps(ws))) == []


def test_a_participant_name_that_is_not_text_is_refused_or_saved_valid():
    """A participant name given as a number is either refused or written as the schema wants."""
    try:
        ws = Workspace.from_dict({"roles": [], "participant": {"name": 5}})
    except WorkshopError:
        return
    assert errors_of(json.loads(dumps(ws))) == []
