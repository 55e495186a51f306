"""The workspace records: what they accept, what they refuse, and how errors point at the field."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest
from fuzzing import fuzz
from helpers_sample import role_dict, workspace_dict
from hypothesis import given
from hypothesis import strategies as st

from workshop.errors import ValidationError, WorkshopError
from workshop.fields import MAX_ITEMS, months_between, parse_date
from workshop.model import (
    LEVELS,
    RATING_NAMES,
    SCHEMA_VERSION,
    SCOPES,
    Answer,
    Ratings,
    Result,
    Role,
    Skill,
    TargetRole,
    Workspace,
    new_role_id,
)


def error_for(data: dict) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        Workspace.from_dict(data)
    return info.value


# --- field paths and role titles in errors ----------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r: r["ratings"].update(skill_growth=7), "roles[1].ratings.skill_growth"),
        (lambda r: r["ratings"].update(company_results="4"), "roles[1].ratings.company_results"),
        (lambda r: r["ratings"].update(relevance=0), "roles[1].ratings.relevance"),
        (lambda r: r.update(enjoyment=9), "roles[1].enjoyment"),
        (lambda r: r.update(start="Nov 2019"), "roles[1].start"),
        (lambda r: r.update(end="2015"), "roles[1].end"),
        (lambda r: r["skills"][0].update(after="guru"), "roles[1].skills[0].after"),
        (lambda r: r["skills"][0].update(before="expert"), "roles[1].skills[0].after"),
        (lambda r: r["results"][0].update(value="lots"), "roles[1].results[0].value"),
        (lambda r: r["results"][0].update(scope=["ward"]), "roles[1].results[0].scope"),
        (lambda r: r["results"][0].update(statement=""), "roles[1].results[0].statement"),
        (lambda r: r.update(organization=["a", "b"]), "roles[1].organization"),
        (lambda r: r.update(skills="scheduling"), "roles[1].skills"),
    ],
)
def test_a_field_error_names_the_field_path_and_the_role_title(change, field):
    """An invalid value inside the second role names its full path and that role's title."""
    data = workspace_dict()
    change(data["roles"][1])

    exc = error_for(data)

    assert exc.field == field
    assert "Barista" in str(exc)
    assert field in str(exc)


def test_an_error_outside_the_roles_names_its_field():
    """Errors in the target role and the answer are located there too."""
    data = workspace_dict()
    data["target_role"]["goals"] = ["reduce costs", 42]
    assert error_for(data).field == "target_role.goals[1]"

    data = workspace_dict()
    data["answer"]["text"] = 5
    assert error_for(data).field == "answer.text"


def test_a_missing_title_is_reported_on_the_title_field():
    """A role without a title says so at ``roles[i].title``."""
    data = workspace_dict(role_dict(), role_dict(title=None, id="r2"))

    assert error_for(data).field == "roles[1].title"


def test_an_error_message_is_one_line():
    """str() of an error is a single line, fit for a widget message or a CLI's stderr."""
    data = workspace_dict()
    data["roles"][0]["ratings"]["relevance"] = 6

    assert "\n" not in str(error_for(data))


# --- ratings --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 6, -1, 2.5, "4", True, False, float("nan"), float("inf"),
                                   [4], {"v": 4}])
@pytest.mark.parametrize("name", RATING_NAMES)
def test_a_rating_outside_whole_numbers_one_to_five_is_refused(name, value):
    """Ratings are whole numbers 1 to 5; 0, 6, 2.5, "4", True and friends are refused."""
    with pytest.raises(ValidationError) as info:
        Ratings(**{name: value})
    assert info.value.field == name


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
def test_every_whole_rating_from_one_to_five_is_accepted(value):
    """1, 2, 3, 4 and 5 are all valid ratings."""
    assert Ratings(skill_growth=value).skill_growth == value


def test_a_whole_float_rating_is_accepted_as_an_integer():
    """4.0 (as a JSON parser or a slider may give it) is stored as the integer 4."""
    ratings = Ratings(skill_growth=4.0, company_results=5.0, relevance=1.0)

    assert ratings.skill_growth == 4
    assert type(ratings.skill_growth) is int
    assert ratings.to_dict() == {"skill_growth": 4, "company_results": 5, "relevance": 1}


def test_ratings_are_complete_only_when_all_three_are_given():
    """A role can be ranked only once skill growth, company results and relevance are rated."""
    assert Ratings(4, 4, 3).complete
    assert not Ratings(4, 4).complete
    assert not Ratings().complete


def test_an_absent_rating_is_left_out_of_the_file():
    """Unrated values are absent in the file, not null."""
    assert Ratings(skill_growth=3).to_dict() == {"skill_growth": 3}


@pytest.mark.parametrize("value", [0, 6, 2.5, "5", True])
def test_enjoyment_follows_the_rating_rules(value):
    """Enjoyment is 1 to 5 like a rating (or absent)."""
    with pytest.raises(ValidationError) as info:
        Role(title="Barista", enjoyment=value)
    assert info.value.field == "enjoyment"


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2019", "2019-11", "2019-01", "1990-12", " 2019-11 "])
def test_dates_as_year_or_year_and_month_are_accepted(value):
    """``YYYY`` and ``YYYY-MM`` are the two date forms (surrounding spaces are trimmed)."""
    assert Role(title="Barista", start=value).start == value.strip()


@pytest.mark.parametrize("value", ["2019-13", "2019-00", "2019-0", "Nov 2019", "11/2019", "19",
                                   "2019-11-05", "1850", "2019-11x"])
def test_other_date_forms_are_refused_with_an_example(value):
    """A date the kit can't read is refused, and the message shows the expected form."""
    with pytest.raises(ValidationError) as info:
        Role(title="Barista", start=value)
    assert info.value.field == "start"
    assert "YYYY-MM" in info.value.message


def test_a_non_text_date_is_refused():
    """A date given as a number is refused rather than guessed."""
    with pytest.raises(ValidationError) as info:
        Role(title="Barista", end=2019)
    assert info.value.field == "end"


def test_an_empty_date_counts_as_not_given():
    """An empty start or end (a cleared text box) means no date; an empty end is a current role."""
    role = Role(title="Barista", start="2019", end="")

    assert role.end is None
    assert role.current
    assert Role(title="Barista", start="").start is None


def test_an_end_before_the_start_is_refused():
    """A role can't end before it starts; the error is on ``end``."""
    with pytest.raises(ValidationError) as info:
        Role(title="Barista", start="2019-11", end="2019-10")
    assert info.value.field == "end"
    assert "before" in info.value.message


def test_a_role_may_end_in_the_month_it_starts():
    """Start and end in the same month is a short role, not an error."""
    assert Role(title="Temp", start="2019-11", end="2019-11").end == "2019-11"
    assert Role(title="Temp", start="2019", end="2019").end == "2019"


def test_a_bare_year_end_in_the_start_year_is_accepted():
    """Someone who remembers only the year they left (2019) can still enter a 2019-03 start."""
    assert Role(title="Temp", start="2019-03", end="2019").end == "2019"


def test_a_bare_year_is_read_as_january():
    """parse_date reads ``YYYY`` as January of that year."""
    assert parse_date("2019") == (2019, 1)
    assert parse_date("2019-11") == (2019, 11)


def test_months_between_counts_whole_months_and_at_least_one():
    """Durations count months, a current role runs to today, and a role is at least a month."""
    assert months_between("2019-01", "2020-01") == 12
    assert months_between("2019-05", "2019-05") == 1
    assert months_between("2019-01", None, today=(2019, 7)) == 6


def test_a_current_roles_months_need_the_month_passed_in():
    """The model never asks the clock: a current role's duration without ``today`` is a
    caller's mistake, said at once (the callers pass ``clock.this_month()``)."""
    with pytest.raises(TypeError):
        months_between("2019-01", None)


# --- levels, skills and results -------------------------------------------------------------


@pytest.mark.parametrize("before", LEVELS)
def test_every_level_is_accepted_and_a_skill_may_stay_level(before):
    """All five levels are valid, and after may equal before (the skill was kept, not grown)."""
    skill = Skill(name="scheduling", before=before, after=before)

    assert skill.levels_grown == 0


@pytest.mark.parametrize("level", ["master", "", None, 3])
def test_a_level_outside_the_list_is_refused(level):
    """Only the five named levels are accepted, or a slip near only one of them
    (``tests/test_typed_entries.py``)."""
    with pytest.raises(ValidationError) as info:
        Skill(name="scheduling", before=level, after="expert")
    assert info.value.field == "before"


def test_a_skill_ending_below_where_it_started_is_refused():
    """'after' below 'before' is refused on the 'after' field."""
    with pytest.raises(ValidationError) as info:
        Skill(name="scheduling", before="proficient", after="competent")
    assert info.value.field == "after"


def test_levels_grown_counts_the_steps_up():
    """novice to expert is four levels."""
    assert Skill(name="x", before="novice", after="expert").levels_grown == 4


def test_a_skill_without_after_stays_at_its_before_level():
    """In a file, a skill giving only 'before' is read as not yet grown."""
    assert Skill.from_dict({"name": "x", "before": "competent"}).after == "competent"


def test_a_skill_needs_a_name():
    """A skill with an empty name is refused."""
    with pytest.raises(ValidationError) as info:
        Skill(name="  ")
    assert info.value.field == "name"


@pytest.mark.parametrize(("given_value", "stored"), [("18", 18), ("2,500", 2500), (18.0, 18),
                                                     (2.5, 2.5), ("2.5", 2.5), (None, None)])
def test_a_result_value_typed_as_text_is_stored_as_a_number(given_value, stored):
    """A number typed into a text box becomes a number; a whole float becomes an int."""
    assert Result(statement="I helped", value=given_value).value == stored


@pytest.mark.parametrize("value", ["lots", "nan", "inf", float("nan"), True, [18]])
def test_a_result_value_that_is_not_a_finite_number_is_refused(value):
    """Words, NaN, infinity and booleans are not result values."""
    with pytest.raises(ValidationError) as info:
        Result(statement="I helped", value=value)
    assert info.value.field == "value"


def test_a_result_scope_is_one_of_the_scopes_or_a_word_kept():
    """Scope is team, department, company or customers; another word is kept as typed
    (``tests/test_typed_entries.py``); what is not text is refused."""
    for scope in SCOPES:
        assert Result(statement="I helped", scope=scope).scope == scope
    assert Result(statement="I helped", scope="world").scope_said == "world"
    with pytest.raises(ValidationError):
        Result(statement="I helped", scope=12)


def test_a_role_knows_its_evidence():
    """A role is quantified with a numbered result, and used_later with a skill used later."""
    role = Role.from_dict(role_dict())
    bare = Role(title="Barista", skills=[Skill(name="latte art")],
                results=[Result(statement="I helped the cafe to sell more")])

    assert role.quantified and role.used_later
    assert not bare.quantified and not bare.used_later


def test_a_role_label_joins_title_and_organisation():
    """The label is "Title, Organisation", or just the title."""
    assert Role(title="Barista", organization="Bean There").label == "Barista, Bean There"
    assert Role(title="Barista").label == "Barista"


def test_text_is_trimmed_and_overlong_text_is_refused():
    """Spaces around text are trimmed; a title over 200 characters is refused."""
    assert Role(title="  Barista ").title == "Barista"
    with pytest.raises(ValidationError) as info:
        Role(title="x" * 201)
    assert info.value.field == "title"


def test_new_role_ids_differ():
    """Two roles added at the same moment get different ids."""
    assert len({new_role_id() for _ in range(1000)}) == 1000


def test_goals_are_tidied_and_blank_goals_dropped():
    """Goals lose extra spaces, and empty ones are left out."""
    target = TargetRole(title="Ops", goals=["  reduce   costs ", "", "   "])

    assert target.goals == ("reduce costs",)


def test_an_answer_with_an_empty_role_id_has_none():
    """An answer not yet tied to a role has role_id None."""
    assert Answer(role_id="").role_id is None


# --- the workspace --------------------------------------------------------------------------


def test_two_roles_with_the_same_id_are_refused():
    """Role ids are unique: a duplicate is refused at the second role's id."""
    data = workspace_dict(role_dict(), role_dict("Barista"))

    exc = error_for(data)

    assert exc.field == "roles[1].id"
    assert "r1" in exc.message


def test_more_roles_than_the_limit_are_refused():
    """A workspace holds at most MAX_ITEMS roles."""
    roles = [role_dict(id=f"r{i}") for i in range(MAX_ITEMS + 1)]

    assert error_for(workspace_dict(*roles)).field == "roles"


@pytest.mark.parametrize("value", [None, [], "roles", 3, True])
def test_a_workspace_must_be_an_object(value):
    """Anything but a JSON object is refused as a workspace."""
    with pytest.raises(ValidationError):
        Workspace.from_dict(value)


def test_a_role_without_an_id_gets_one():
    """Roles typed in a file without ids get fresh, distinct ids."""
    data = workspace_dict(role_dict(id=None), role_dict("Barista", id=None))

    ids = [r.id for r in Workspace.from_dict(data).roles]

    assert len(set(ids)) == 2 and all(ids)


def test_roles_are_found_by_id():
    """role() and index_of() look roles up by id and raise KeyError for an unknown one."""
    ws = Workspace.from_dict(workspace_dict())

    assert ws.role("r2").title == "Barista"
    assert ws.index_of("r2") == 1
    with pytest.raises(KeyError):
        ws.role("nope")
    with pytest.raises(KeyError):
        ws.index_of("nope")


def test_records_are_frozen_and_an_edit_makes_a_new_one():
    """A record can't be changed in place (undo and every view depend on it): an edit builds a
    new one with ``dataclasses.replace``, validated as it is made, and the original stays."""
    ws = Workspace.from_dict(workspace_dict())
    with pytest.raises(AttributeError):
        ws.roles[0].ratings.skill_growth = 1
    with pytest.raises(AttributeError):
        ws.roles.pop()
    edited = replace(ws, roles=ws.roles[:-1])
    with pytest.raises(ValidationError):
        replace(ws.roles[0].ratings, skill_growth=7)

    assert len(edited.roles) == len(ws.roles) - 1
    assert ws.to_dict() == Workspace.from_dict(workspace_dict()).to_dict()


def test_to_dict_then_from_dict_gives_the_same_workspace():
    """Saving and loading a workspace changes nothing."""
    data = workspace_dict()

    once = Workspace.from_dict(data).to_dict()
    twice = Workspace.from_dict(once).to_dict()

    assert once == twice == data


def test_the_round_trip_survives_json():
    """The dict survives json.dumps and json.loads unchanged."""
    once = Workspace.from_dict(workspace_dict()).to_dict()

    assert Workspace.from_dict(json.loads(json.dumps(once))).to_dict() == once


def test_schema_version_comes_first_in_the_file():
    """The file starts with its schema version, so a person opening it sees it first."""
    assert next(iter(Workspace().to_dict())) == "schema_version"


def test_unknown_top_level_fields_survive_a_round_trip():
    """Fields another tool added at the top level are kept when the kit saves."""
    data = workspace_dict()
    data["facilitator_notes"] = {"cohort": "2024-spring", "seen": [1, 2]}
    data["x_tool"] = "kept"

    out = Workspace.from_dict(data).to_dict()

    assert out["facilitator_notes"] == {"cohort": "2024-spring", "seen": [1, 2]}
    assert out["x_tool"] == "kept"
    assert Workspace.from_dict(out).to_dict() == out


def test_an_unknown_field_cannot_replace_a_known_one():
    """extra never overrides the schema version or the kit's own fields."""
    ws = Workspace(extra={"schema_version": 99, "roles": "nope", "keep": 1})

    out = ws.to_dict()

    assert out["schema_version"] == SCHEMA_VERSION
    assert out["roles"] == []
    assert out["keep"] == 1


# --- property tests -------------------------------------------------------------------------

_json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    _json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=5),
    max_leaves=30,
)


def _maybe(strategy):
    return st.one_of(strategy, json_values)


# Workspace-shaped values whose fields are sometimes right and sometimes anything at all, so the
# fuzzing reaches the checks deep inside roles.
_ratings = st.fixed_dictionaries({}, optional={n: _maybe(st.integers(0, 6)) for n in RATING_NAMES})
_skill = st.fixed_dictionaries(
    {"name": _maybe(st.text(max_size=10))},
    optional={"before": _maybe(st.sampled_from(LEVELS)), "after": _maybe(st.sampled_from(LEVELS)),
              "used_later": _maybe(st.text(max_size=10))})
_result = st.fixed_dictionaries(
    {"statement": _maybe(st.text(max_size=10))},
    optional={"value": _maybe(st.floats() | st.integers() | st.text(max_size=5)),
              "scope": _maybe(st.sampled_from(SCOPES))})
_date = st.from_regex(r"\A(19|20)\d\d(-(0[1-9]|1[0-2]))?\Z") | st.text(max_size=8)
_role = st.fixed_dictionaries(
    {"title": _maybe(st.text(max_size=10))},
    optional={"id": _maybe(st.sampled_from(["r1", "r2", "r3"])), "start": _maybe(_date),
              "end": _maybe(_date), "skills": _maybe(st.lists(_maybe(_skill), max_size=3)),
              "results": _maybe(st.lists(_maybe(_result), max_size=3)),
              "ratings": _maybe(_ratings), "enjoyment": _maybe(st.integers(0, 6))})
workspace_like = st.fixed_dictionaries(
    {},
    optional={"schema_version": _maybe(st.just(1)), "roles": _maybe(st.lists(_maybe(_role),
                                                                             max_size=4)),
              "target_role": _maybe(st.fixed_dictionaries(
                  {}, optional={"title": _maybe(st.text(max_size=10)),
                                "goals": _maybe(st.lists(_maybe(st.text(max_size=10))))})),
              "participant": json_values, "answer": json_values, "extra": json_values})


@fuzz
@given(json_values | workspace_like)
def test_any_json_value_gives_a_workspace_or_a_workshop_error(value):
    """Workspace.from_dict never fails with anything but the kit's own errors."""
    try:
        ws = Workspace.from_dict(value)
    except WorkshopError:
        return
    assert isinstance(ws, Workspace)


@fuzz
@given(workspace_like)
def test_whatever_from_dict_accepts_round_trips_unchanged(value):
    """Once accepted, a workspace's dict reads back to the same dict, also through JSON."""
    try:
        once = Workspace.from_dict(value).to_dict()
    except WorkshopError:
        return
    # compared as JSON text, so that a NaN kept in an unknown field equals itself
    assert json.dumps(Workspace.from_dict(once).to_dict()) == json.dumps(once)
    assert json.dumps(Workspace.from_dict(json.loads(json.dumps(once))).to_dict()) == \
        json.dumps(once)


# --- bugs -------------------------------------------------------------------------------------


def test_an_enormous_whole_number_result_value_is_refused_as_a_validation_error():
    """A result value too large to be a real measurement is refused with the kit's error."""
    with pytest.raises(ValidationError):
        Result(statement="I helped", value=10**400)


def test_a_date_in_non_ascii_digits_is_refused():
    """Only ASCII digits make a date, as in the workspace JSON Schema."""
    with pytest.raises(ValidationError):
        Role(title="Barista", start="\u0662\u0660\u0661\u0669")


def test_huge_numbers_are_not_mistaken_for_ratings():
    """A huge integer or float as a rating is refused like any other out-of-range rating."""
    for value in (10**400, 1e308, -math.inf):
        with pytest.raises(ValidationError):
            Ratings(relevance=value)


def test_a_date_of_only_spaces_counts_as_no_date():
    """A date box left with spaces in it is the same as an empty one."""
    role = Role(title="Volunteer", start="2020", end="   ")
    assert role.end is None and role.current


def test_a_goal_holding_half_an_emoji_gets_the_same_plain_message_as_a_title():
    """A goal with a lone surrogate (half of "🙂", as a broken paste gives) is refused where the
    target role is made, in the same words as a title, naming the goal: not left to fail later
    as "Something went wrong" when the file is written."""
    half = "Cut waiting times \ud83d"
    with pytest.raises(ValidationError) as goal:
        TargetRole(title="Ward manager", goals=["Lead the team", half])
    with pytest.raises(ValidationError) as title:
        TargetRole(title=half)

    assert goal.value.field == "goals[1]"
    assert "broken character (half of an emoji or symbol)" in goal.value.message
    assert "broken character (half of an emoji or symbol)" in title.value.message


# --- a result's links to the role's skills (issue 25) ------------------------------------------

LINKED = {"statement": "I helped the company to cut overtime", "metric": "overtime hours",
          "value": 18, "unit": "%", "scope": "department", "enabled_by": ["scheduling"]}


def test_a_result_linked_to_a_skill_its_role_lacks_is_refused_naming_role_result_and_fix():
    """A result whose ``enabled_by`` names a skill the role does not list (another role's, or
    none at all) is refused by the loader: the field path, the role, the result, the skill
    and the two ways to fix it are in the message."""
    other_role_skill = role_dict("Barista", id="r2", organization="Bean There", start="2016",
                                 end="2019-10",
                                 skills=[{"name": "latte art", "before": "novice",
                                          "after": "competent"}])
    role = role_dict(results=[{**LINKED, "enabled_by": ["scheduling", "latte art"]}])
    error = error_for(workspace_dict(role, other_role_skill))

    assert error.field == "roles[0].results[0].enabled_by[1]"
    for part in ("'latte art'", "result 1", "cut overtime", "'scheduling'",
                 "role 'Shift Supervisor'", "notebook 02", "notebook 03"):
        assert part in error.message, (part, error.message)
    no_skills = error_for(workspace_dict(role_dict(skills=[], results=[LINKED])))
    assert no_skills.field == "roles[0].results[0].enabled_by[0]"
    assert "no skills yet" in no_skills.message


def test_a_link_is_refused_where_the_role_is_made_and_by_the_file_reader(tmp_path):
    """The same rule holds for a role built in code (an edit) and for a file read from disk,
    which is then never replaced."""
    from workshop.errors import UnreadableWorkspace
    from workshop.store import read_workspace

    with pytest.raises(ValidationError) as made:
        Role(title="Chef", skills=[Skill(name="knife work")],
             results=[Result(statement="cut waste", enabled_by=["pastry"])])
    assert made.value.field == "results[0].enabled_by[0]"
    role = Role(title="Chef", skills=[Skill(name="knife work")],
                results=[Result(statement="cut waste", enabled_by=["knife work"])])
    with pytest.raises(ValidationError):
        replace(role, skills=())

    path = tmp_path / "ws.json"
    raw = json.dumps(workspace_dict(role_dict(skills=[], results=[LINKED]))).encode()
    path.write_bytes(raw)
    with pytest.raises(UnreadableWorkspace) as read:
        read_workspace(path)
    assert "roles[0].results[0].enabled_by[0]" in str(read.value)
    assert path.read_bytes() == raw


def test_a_link_matches_its_skill_whatever_the_case_and_spacing():
    """"Scheduling " and "data  analysis" name the skills "scheduling" and "data analysis":
    accepted, and the draft's and practice's one test (``made_possible_by``) agrees."""
    role = Role.from_dict(role_dict(
        skills=[{"name": "scheduling", "before": "novice", "after": "proficient"},
                {"name": "data  analysis", "before": "novice", "after": "competent"}],
        results=[{**LINKED, "enabled_by": ["Scheduling ", "DATA analysis"]}]))
    result = role.results[0]
    assert [result.made_possible_by(s) for s in role.skills] == [True, True]
    assert not result.made_possible_by(Skill(name="budgeting"))


@pytest.mark.parametrize("bad", [7, True, 1.5, "scheduling", {"name": "scheduling"}])
def test_links_that_are_not_a_list_are_refused_in_plain_words(bad):
    """``enabled_by`` as a number, a word or an object is refused naming the field (a number
    used to end in a TypeError)."""
    error = error_for(workspace_dict(role_dict(results=[{**LINKED, "enabled_by": bad}])))
    assert error.field == "roles[0].results[0].enabled_by"
    assert "should be a list of the role's skills" in error.message


def test_skills_edited_carry_their_results_links():
    """``edits.with_skills``: a renamed skill's links take the new name, a removed skill's
    links go, other links stay: the edit never makes a role the model refuses."""
    from workshop.edits import with_skills

    role = Role.from_dict(role_dict(
        skills=[{"name": "scheduling", "before": "novice", "after": "proficient"},
                {"name": "budgeting", "before": "novice", "after": "competent"}],
        results=[{**LINKED, "enabled_by": ["Scheduling", "budgeting"]},
                 {**LINKED, "statement": "I helped the team to plan", "enabled_by": []}]))
    renamed = with_skills(role, (replace(role.skills[0], name="rostering"), role.skills[1]),
                          {"scheduling": "rostering"})
    assert renamed.results[0].enabled_by == ("rostering", "budgeting")
    removed = with_skills(role, (role.skills[1],))
    assert removed.results[0].enabled_by == ("budgeting",)
    assert removed.results[1] is role.results[1]
    assert with_skills(role, ()).results[0].enabled_by == ()


@pytest.mark.parametrize(("typed", "read"), [("2022-6", "2022-06"), ("2022/06", "2022-06"),
                                             ("2021.9", "2021-09"), ("2020 / 11", "2020-11")])
def test_a_month_typed_another_common_way_in_a_file_is_read_as_yyyy_mm(typed, read):
    """A workspace file typed by hand ("2022-6", a blind writer's file was refused for it) is
    read as the month it names and saved the way the format writes it; the JSON Schema
    accepts it too. A month that is none ("2022-13") is still refused with the example."""
    from pathlib import Path

    import jsonschema

    import workshop
    from workshop.model import SCHEMA_VERSION, Workspace
    data = {"schema_version": SCHEMA_VERSION,
            "roles": [{"id": "r1", "title": "Barista", "start": typed, "end": typed}]}
    schema = json.loads((Path(workshop.__file__).parent / "schema" /
                         "workspace.schema.json").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data)) == []
    ws = Workspace.from_dict(data)
    assert ws.roles[0].start == read and ws.to_dict()["roles"][0]["end"] == read
    data["roles"][0]["start"] = "2022-13"
    with pytest.raises(ValidationError) as info:
        Workspace.from_dict(data)
    assert "YYYY-MM" in info.value.message
