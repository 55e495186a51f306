"""The rating widgets of notebooks 02 and 03, driven headless: set values, click, read back."""

from __future__ import annotations

from dataclasses import replace

import ipywidgets as w
import pytest
from helpers_hostile import SCRIPT as HOSTILE
from helpers_hostile import SCRIPT_ESCAPED as HOSTILE_ESCAPED
from helpers_sample import sample_role

from workshop.edits import add_roles, rate, with_role, with_target
from workshop.model import LEVELS, Role, Skill, TargetRole, Workspace
from workshop.resources import load_json
from workshop.session import Session
from workshop.store import read_workspace
from workshop.widgets import (
    RatingControl,
    ResultsEditor,
    SkillGrowthEditor,
    results_editor,
    skill_growth_editor,
)


def _workspace() -> Workspace:
    return Workspace(
        target_role=TargetRole(title="Operations Manager",
                               goals=["reduce costs", "lead a team of 8"]),
        roles=[
            sample_role(summary="", ratings={}, enjoyment=None),
            Role(id="r2", title="Barista", organization="Bean There", start="2016-01",
                 end="2019-10",
                 skills=[Skill(name="customer care", before="novice", after="competent")]),
            Role(id="r3", title="Intern", organization="", start="2015-06", end="2015-09"),
        ],
    )


@pytest.fixture
def session(tmp_path) -> Session:
    s = Session.open(tmp_path / "ws.json")
    s.replace(_workspace(), "start")
    return s


def _saved(session: Session) -> Workspace:
    return read_workspace(session.path)


# --- RatingControl ---------------------------------------------------------------------------


def test_rating_control_shows_its_rubric_beside_the_buttons():
    """The rubric's question and its five level texts sit beside the buttons, not rated at first."""
    rubric = load_json("rubrics.json")["skill_growth"]
    control = RatingControl("skill_growth")
    assert control.value is None
    left, rubric_html = control.children
    assert isinstance(rubric_html, w.HTML)
    for i in range(1, 6):
        assert rubric["levels"][str(i)].split(";")[0].replace('"', "&quot;") in rubric_html.value
    assert control.driver.labels == ["not rated", "1", "2", "3", "4", "5"]
    assert "Not rated yet" in control.driver.chosen
    assert repr(control) == "RatingControl: Skill growth: not rated"


def test_rating_control_highlights_the_chosen_level():
    """Choosing 4 marks level 4 in the rubric and repeats its words below the buttons."""
    control = RatingControl("company_results")
    control.driver.click(4)
    assert control.value == 4
    text = load_json("rubrics.json")["company_results"]["levels"]["4"]
    assert "◀ your rating" in control.driver.rubric_html
    marked = control.driver.rubric_html.split("◀ your rating")[0]
    assert marked.rstrip().endswith("<b>4</b>")
    assert "4 of 5" in control.driver.chosen
    assert control.level_text == text
    assert repr(control) == "RatingControl: Company results: 4 of 5"


def test_rating_control_calls_listeners_on_clicks_only():
    """A participant's click reaches on_change listeners; setting value from code does not."""
    seen = []
    control = RatingControl("relevance")
    control.on_change(seen.append)
    control.value = 3
    assert seen == [] and control.value == 3
    control.driver.click(5)
    control.driver.click(None)  # "not rated"
    assert seen == [5, None]
    assert control.value is None


def test_rating_control_refuses_an_unknown_rubric_and_value():
    """A rubric missing from rubrics.json and a rating outside 1 to 5 are refused."""
    with pytest.raises(KeyError):
        RatingControl("no_such_rubric")
    control = RatingControl("enjoyment")
    with pytest.raises(ValueError):
        control.value = 7


# --- SkillGrowthEditor -----------------------------------------------------------------------


def test_skill_editor_shows_the_first_role_and_progress(session):
    """The editor opens on the first role with its saved skills, ratings and a progress line."""
    editor = skill_growth_editor(session)
    assert isinstance(editor, SkillGrowthEditor)
    assert editor.driver.selected == "r1"
    assert [r.value("Skill") for r in editor.driver.rows()] == ["scheduling"]
    assert editor.driver.rows()[0].value("after") == "proficient"
    assert editor.driver.progress == "0 of 3 roles rated for skill growth"
    assert editor.driver.rating("skill_growth").value is None
    assert repr(editor) == ("SkillGrowthEditor: Shift Supervisor selected, 1 skill; "
                            "0 of 3 roles rated")


def test_adding_and_saving_a_skill_writes_the_file(session):
    """A new skill typed into the form is saved to the workspace and the file on Save."""
    editor = skill_growth_editor(session)
    editor.driver.add()
    row = editor.driver.rows()[-1]
    row.type("Skill", "  forklift safety ")
    row.pick("before", "advanced beginner")
    row.pick("after", "expert")
    row.type("Used later", "trained 12 new starters at my next job")
    assert "Unsaved changes" in editor.driver.status
    editor.driver.save()
    expected = ["scheduling", "forklift safety"]
    assert [s.name for s in session.workspace.role("r1").skills] == expected
    saved = _saved(session).role("r1").skills[1]
    assert (saved.before, saved.after) == ("advanced beginner", "expert")
    assert saved.used_later == "trained 12 new starters at my next job"
    assert editor.driver.message_kind == "ok" and "Saved 2 skills" in editor.driver.message
    assert "saved" in editor.driver.status and "Unsaved" not in editor.driver.status


def test_how_far_in_own_words_is_saved_and_other_fields_are_kept(session):
    """02 asks how far the skill grew in the participant's own words and saves it on the skill
    (the draft tells the growth in those words); a field another tool added to the skill is
    kept through the save, not dropped."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(replace(r.skills[0], extra={"source": "imported"}), *r.skills[1:]))))
    editor = skill_growth_editor(session)
    row = editor.driver.rows()[0]
    row.type("How far", "at first I could hardly fill a rota; by the end I planned three sites")
    editor.driver.save()
    saved = _saved(session).role("r1").skills[0]
    assert saved.how_far == "at first I could hardly fill a rota; by the end I planned three sites"
    assert saved.extra == {"source": "imported"}


def test_after_below_before_is_refused_and_the_typed_text_stays(session):
    """'after' below 'before' is refused in the form's words (the level after, the level before);
    the form keeps what was typed."""
    editor = skill_growth_editor(session)
    editor.driver.add()
    row = editor.driver.rows()[-1]
    row.type("Skill", "negotiation")
    row.pick("before", "proficient")
    row.pick("after", "novice")
    row.type("Used later", "closed the supplier deal")
    editor.driver.save()
    assert editor.driver.message_kind == "error"
    assert "Skill 2" in editor.driver.message
    assert "The level after (novice) is below the level before" in editor.driver.message
    assert "below" in row.error
    assert [row.value(label) for label in ("Skill", "before", "after", "Used later")] == \
        ["negotiation", "proficient", "novice", "closed the supplier deal"]
    assert [s.name for s in _saved(session).role("r1").skills] == ["scheduling"]
    assert editor.driver.rows()[-1] is row


def test_an_empty_skill_name_is_refused_and_other_fields_stay(session):
    """A skill without a name is refused; its other fields and the other rows stay as typed."""
    editor = skill_growth_editor(session)
    editor.driver.rows()[0].type("Used later", "edited, not yet saved")
    editor.driver.add()
    editor.driver.rows()[-1].type("Used later", "ran the night shift alone")
    editor.driver.save()
    assert editor.driver.message_kind == "error"
    assert "The skill name is empty" in editor.driver.message
    assert editor.driver.rows()[-1].value("Used later") == "ran the night shift alone"
    assert editor.driver.rows()[0].value("Used later") == "edited, not yet saved"
    assert _saved(session).role("r1").skills[0].used_later == "planned rosters for 40 staff"


def test_rating_skill_growth_and_enjoyment_autosaves(session):
    """Clicking a rating saves it at once; enjoyment is saved apart from the three ratings."""
    editor = skill_growth_editor(session)
    editor.driver.rate("skill_growth", 4)
    editor.driver.rate("enjoyment", 2)
    saved = _saved(session).role("r1")
    assert saved.ratings.skill_growth == 4
    assert saved.enjoyment == 2
    assert editor.driver.progress == "1 of 3 roles rated for skill growth"
    assert "1 of 3 roles rated" in repr(editor)
    editor.driver.rate("skill_growth", None)
    assert _saved(session).role("r1").ratings.skill_growth is None
    assert session.undo_label == "rate skill growth"


def test_rating_keeps_unsaved_skill_edits(session):
    """Rating a role while a skill is half typed keeps the half-typed skill in the form."""
    editor = skill_growth_editor(session)
    editor.driver.add()
    editor.driver.rows()[-1].type("Skill", "half typed")
    editor.driver.rate("skill_growth", 3)
    assert [r.value("Skill") for r in editor.driver.rows()] == ["scheduling", "half typed"]
    assert "Unsaved changes" in editor.driver.status


def test_removing_a_saved_skill_saves_and_keeps_other_edits(session):
    """Remove deletes a saved skill from the file; unsaved edits of other rows stay."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(*r.skills, Skill(name="radio", after="expert")))))
    editor = skill_growth_editor(session)
    editor.driver.rows()[1].type("Used later", "not saved yet")
    editor.driver.rows()[0].remove()
    assert [s.name for s in _saved(session).role("r1").skills] == ["radio"]
    assert [r.value("Skill") for r in editor.driver.rows()] == ["radio"]
    assert editor.driver.rows()[0].value("Used later") == "not saved yet"
    assert editor.driver.message_kind == "ok"


def test_removing_an_unsaved_skill_changes_nothing_saved(session):
    """A row never saved is simply taken out of the form."""
    editor = skill_growth_editor(session)
    editor.driver.add()
    before = session.path.read_bytes()
    editor.driver.rows()[-1].remove()
    assert len(editor.driver.rows()) == 1
    assert session.path.read_bytes() == before
    assert "Unsaved" not in editor.driver.status


def test_switching_roles_shows_that_roles_saved_data(session):
    """Picking another role shows its own skills and ratings; unsaved edits wait for the return."""
    session.change(lambda ws: rate(ws, "r2", "skill_growth", 2))
    editor = skill_growth_editor(session)
    editor.driver.rows()[0].type("Skill", "rostering")
    editor.driver.select("r2")
    assert [r.value("Skill") for r in editor.driver.rows()] == ["customer care"]
    assert editor.driver.rating("skill_growth").value == 2
    assert "Barista selected" in repr(editor)
    editor.driver.select("r3")
    assert editor.driver.rows() == []
    assert "No skills yet" in editor.driver.status
    editor.driver.select("r1")
    assert [r.value("Skill") for r in editor.driver.rows()] == ["rostering"]
    assert "unsaved changes" in editor.driver.message
    assert _saved(session).role("r1").skills[0].name == "scheduling"


def test_skill_editor_follows_changes_made_elsewhere(session):
    """A change from another widget or an undo shows up in the editor without a click."""
    editor = skill_growth_editor(session)
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(*r.skills, Skill(name="budgeting")))))
    assert [r.value("Skill") for r in editor.driver.rows()] == ["scheduling", "budgeting"]
    session.change(lambda ws: rate(ws, "r1", "skill_growth", 5))
    assert editor.driver.rating("skill_growth").value == 5
    assert editor.driver.progress == "1 of 3 roles rated for skill growth"
    session.change(lambda ws: add_roles(ws, Role(id="r4", title="Cook")), "add a role")
    assert [label for label, _ in editor.driver.control("Role").options][-1] == "Cook"
    assert editor.driver.selected == "r1"
    session.undo()
    session.undo()
    assert editor.driver.rating("skill_growth").value is None
    assert len(editor.driver.control("Role").options) == 3


def test_skill_editor_picks_up_another_kernels_save(session, tmp_path):
    """Edits another notebook saved to the same file appear after the session refreshes."""
    editor = skill_growth_editor(session)
    other = Session.open(session.path)
    other.change(lambda ws: rate(ws, "r1", "skill_growth", 3))
    assert session.refresh()
    assert editor.driver.rating("skill_growth").value == 3


def test_a_role_removed_elsewhere_moves_the_editor_on(session):
    """When the selected role disappears, the editor shows the next one instead of failing."""
    editor = skill_growth_editor(session)
    session.change(lambda ws: replace(ws, roles=ws.roles[1:]))
    assert editor.driver.selected == "r2"
    assert [r.value("Skill") for r in editor.driver.rows()] == ["customer care"]


def test_skill_editor_on_an_empty_workspace_says_what_to_do(tmp_path):
    """With no roles yet, the editor says to list jobs first and its controls are off."""
    editor = skill_growth_editor(Session.open(tmp_path / "empty.json"))
    assert "No roles yet" in editor.driver.message
    assert editor.driver.button("Add a skill").disabled
    assert editor.driver.button("Save skills").disabled
    assert editor.driver.rating("skill_growth").disabled
    assert repr(editor) == "SkillGrowthEditor: no roles yet; 0 of 0 roles rated"
    # clicked anyway (a page not yet updated): refused, no traceback
    editor.driver.rate("skill_growth", 3, even_if_disabled=True)
    assert editor.driver.message_kind == "error"


def test_level_definitions_are_explained(session):
    """The level names come with the definitions from levels.json, as a legend and a tooltip."""
    editor = skill_growth_editor(session)
    for level in load_json("levels.json")["levels"]:
        assert level["definition"] in editor.driver.legend
        assert level["definition"] in editor.driver.rows()[0].control("before").tooltip
    assert tuple(editor.driver.rows()[0].control("after").options) == LEVELS


def test_default_session_is_the_kernels_workspace(tmp_path, monkeypatch):
    """Without a session the factories open the default workspace (WORKSHOP_WORKSPACE)."""
    path = tmp_path / "default.json"
    Session.open(path).replace(_workspace())
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(path))
    editor = skill_growth_editor()
    results = results_editor()
    assert editor.session is results.session
    assert editor.session.path.resolve() == path.resolve()
    assert editor.driver.selected == "r1"


def test_skill_editor_escapes_hostile_text(session):
    """A hostile role title and skill name are escaped in every HTML value the editor shows."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, title=HOSTILE)))
    editor = skill_growth_editor(session)
    editor.driver.add()
    editor.driver.rows()[-1].type("Skill", HOSTILE)
    editor.driver.rows()[-1].type("Used later", HOSTILE)
    editor.driver.rows()[-1].pick("before", "expert")
    editor.driver.rows()[-1].pick("after", "novice")
    editor.driver.save()  # refused: the error repeats nothing raw
    assert editor.driver.message_kind == "error"
    values = editor.driver.html_values()
    joined = "\n".join(values)
    assert "<script>" not in joined and HOSTILE not in joined
    assert HOSTILE_ESCAPED in editor.driver.heading
    editor.driver.rows()[-1].pick("after", "expert")
    editor.driver.save()
    assert _saved(session).role("r1").skills[-1].name == HOSTILE
    editor.driver.rate("skill_growth", 4)
    joined = "\n".join(editor.driver.html_values())
    assert "<script>" not in joined and HOSTILE not in joined
    assert HOSTILE_ESCAPED in editor.driver.message_html


# --- ResultsEditor ---------------------------------------------------------------------------


def test_results_editor_shows_goals_results_and_progress(session):
    """The editor shows the hiring manager's goals, the role's results and a progress line."""
    editor = results_editor(session)
    assert isinstance(editor, ResultsEditor)
    assert "reduce costs" in editor.driver.goals and "lead a team of 8" in editor.driver.goals
    assert "Operations Manager" in editor.driver.goals
    row = editor.driver.rows()[0]
    assert row.value("I helped the company to ...") == "I helped the company to cut overtime"
    assert [row.value(label) for label in ("metric", "value", "unit", "who felt it")] == \
        ["overtime hours", "18", "%", "department"]
    assert row.control("I helped the company to ...").placeholder == "I helped the company to ..."
    assert editor.driver.progress == ("0 of 3 roles rated for company results, "
                                      "0 of 3 for relevance")
    assert repr(editor) == "ResultsEditor: Shift Supervisor selected, 1 result; 0 of 3 roles rated"


def test_saving_a_result_stores_a_number(session):
    """A result typed in the form is saved with its value as a number."""
    editor = results_editor(session)
    editor.driver.add()
    row = editor.driver.rows()[-1]
    row.type("I helped the company to ...", "I helped the department to answer calls faster")
    row.type("metric", "waiting time")
    row.type("value", "2.5")
    row.type("unit", "minutes")
    row.pick("who felt it", "customers")
    editor.driver.save()
    saved = _saved(session).role("r1").results[-1]
    assert (saved.metric, saved.value, saved.unit, saved.scope) == \
        ("waiting time", 2.5, "minutes", "customers")
    editor.driver.rows()[-1].type("value", "1,200")
    editor.driver.save()
    assert _saved(session).role("r1").results[-1].value == 1200
    assert editor.driver.rows()[-1].value("value") == "1200"


@pytest.mark.parametrize("typed, example", [("roughly loads", "20"), ("18%", "18"),
                                            ("1,5", "1.5"), ("lots", "20"), ("nan", "20")])
def test_a_value_that_is_not_a_number_is_refused_and_kept(session, typed, example):
    """A value that is not a number is refused with an example number; the text stays typed."""
    editor = results_editor(session)
    editor.driver.rows()[0].type("value", typed)
    editor.driver.save()
    assert editor.driver.message_kind == "error"
    assert f"Type a number like {example}" in editor.driver.message
    assert "Result 1" in editor.driver.rows()[0].error
    assert editor.driver.rows()[0].value("value") == typed
    assert _saved(session).role("r1").results[0].value == 18


def test_an_empty_value_means_not_quantified(session):
    """Clearing the value saves the result without a number."""
    editor = results_editor(session)
    editor.driver.rows()[0].type("value", "  ")
    editor.driver.save()
    assert editor.driver.message_kind == "ok"
    assert _saved(session).role("r1").results[0].value is None


def test_a_statement_not_starting_with_i_helped_gets_a_gentle_hint(session):
    """A statement not starting "I helped" shows a tip, and it still saves: it is not an error."""
    editor = results_editor(session)
    row = editor.driver.rows()[0]
    assert row.hint == ""
    row.type("I helped the company to ...", "Cut overtime on the night shift")
    assert "I helped the company to" in row.hint
    editor.driver.save()
    assert editor.driver.message_kind == "ok"
    assert _saved(session).role("r1").results[0].statement == "Cut overtime on the night shift"
    assert "I helped" in editor.driver.rows()[0].hint
    editor.driver.rows()[0].type("I helped the company to ...", "I helped the team to cut overtime")
    assert editor.driver.rows()[0].hint == ""


def test_an_empty_statement_is_refused(session):
    """A result with a number but no statement is refused, and its number stays typed."""
    editor = results_editor(session)
    editor.driver.add()
    editor.driver.rows()[-1].type("value", "40")
    editor.driver.save()
    assert editor.driver.message_kind == "error"
    assert "The result sentence is empty" in editor.driver.message
    assert editor.driver.rows()[-1].value("value") == "40"
    assert len(_saved(session).role("r1").results) == 1


def test_company_results_and_relevance_ratings_autosave(session):
    """Clicking either rating saves it to the file at once and moves the progress line."""
    editor = results_editor(session)
    editor.driver.rate("company_results", 4)
    editor.driver.rate("relevance", 3)
    ratings = _saved(session).role("r1").ratings
    assert (ratings.company_results, ratings.relevance) == (4, 3)
    assert editor.driver.progress == ("1 of 3 roles rated for company results, "
                                      "1 of 3 for relevance")
    assert repr(editor).endswith("1 of 3 roles rated")
    editor.driver.rate("company_results", None)
    assert repr(editor).endswith("0 of 3 roles rated")  # rated means both ratings given
    rubric = load_json("rubrics.json")["relevance"]["levels"]["3"]
    assert editor.driver.rating("relevance").level_text == rubric


def test_results_editor_switches_roles_and_removes(session):
    """Switching shows each role's own results; Remove takes a saved result out of the file."""
    editor = results_editor(session)
    editor.driver.select("r2")
    assert editor.driver.rows() == []
    assert "No results yet" in editor.driver.status
    editor.driver.select("r1")
    assert len(editor.driver.rows()) == 1
    editor.driver.rows()[0].remove()
    assert _saved(session).role("r1").results == ()
    assert editor.driver.rows() == []


def test_both_editors_stay_in_step(session):
    """A rating clicked in one editor shows in the other, as two notebooks in one kernel."""
    skills = skill_growth_editor(session)
    results = results_editor(session)
    results.driver.rate("company_results", 5)
    skills.driver.rate("skill_growth", 4)
    role = session.workspace.role("r1")
    assert (role.ratings.skill_growth, role.ratings.company_results) == (4, 5)
    session.change(lambda ws: replace(ws, target_role=replace(ws.target_role, goals=["cut waste"])))
    assert "cut waste" in results.driver.goals and "reduce costs" not in results.driver.goals


def test_results_editor_without_goals_says_where_to_add_them(tmp_path):
    """With no goals yet, the editor points to notebook 00 instead of an empty list."""
    s = Session.open(tmp_path / "ws.json")
    s.replace(Workspace(roles=[Role(id="r1", title="Cook")]))
    editor = results_editor(s)
    assert "notebook 00" in editor.driver.goals


def test_results_editor_escapes_hostile_text(session):
    """Hostile goals, titles, statements and units are escaped in every HTML value shown."""
    def hostile(ws):
        ws = with_target(ws, HOSTILE, [HOSTILE])
        return with_role(ws, "r1", lambda r: replace(
            r, organization=HOSTILE,
            results=(replace(r.results[0], statement=HOSTILE), *r.results[1:])))
    session.change(hostile)
    editor = results_editor(session)
    assert "Tip" in editor.driver.rows()[0].hint
    editor.driver.rows()[0].type("value", HOSTILE)
    editor.driver.save()
    assert editor.driver.message_kind == "error"
    joined = "\n".join(editor.driver.html_values())
    assert "<script>" not in joined and HOSTILE not in joined
    assert HOSTILE_ESCAPED in editor.driver.goals
    assert HOSTILE_ESCAPED in editor.driver.rows()[0].error
    assert HOSTILE_ESCAPED in editor.driver.message_html
    editor.driver.rows()[0].type("value", "7")
    editor.driver.save()
    assert editor.driver.message_kind == "ok"
    joined = "\n".join(editor.driver.html_values())
    assert "<script>" not in joined and HOSTILE not in joined


def test_reprs_are_short_enough_for_a_notebook(session):
    """The text a notebook stores for each editor stays whole (ipywidgets cuts at 110)."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, title="A" * 200)))
    for editor in (skill_growth_editor(session), results_editor(session)):
        text = editor._repr_mimebundle_()["text/plain"]
        assert text == repr(editor) and len(text) <= 110


def test_skill_growth_4_with_no_used_later_asks_where_the_skill_was_used(session):
    """A 4 or 5 says a grown skill was used later: with every 'Used later' box of the role
    empty, the rating is saved and the message asks for one, quoting the rubric (issue 24);
    with a 'Used later' typed but not saved it says to save it; with one saved, or a 3, it only
    says saved."""
    editor = skill_growth_editor(session)
    drive = editor.driver
    drive.select("r2")  # Barista: one skill, no used-later
    drive.rate("skill_growth", 4)
    assert _saved(session).role("r2").ratings.skill_growth == 4
    assert drive.message_kind == "warning"
    assert drive.message.startswith("Saved: Skill growth for Barista, Bean There: 4 of 5. "
                                    "A 4 says: “Several skills moved up")
    assert "No skill of this role says where you used it later yet: fill a skill's 'Used " \
           "later' box and press “Save skills”" in drive.message
    drive.rate("skill_growth", 3)
    assert drive.message_kind == "ok" and "A 3 says" not in drive.message
    drive.rows()[0].type("Used later", "ran the till training at my next job")
    drive.rate("skill_growth", 5)
    assert "typed but not saved yet: press “Save skills” to keep it." in drive.message
    drive.save()
    drive.rate("skill_growth", 5)
    assert drive.message_kind == "ok"
    drive.select("r1")  # a saved used-later already
    drive.rate("skill_growth", 4)
    assert drive.message_kind == "ok"
    drive.select("r3")  # no skills at all
    drive.rate("skill_growth", 4)
    assert "No skill of this role is listed yet: add the skills it grew with “Add a skill”" \
        in drive.message


# --- a result's links follow the role's skills (issue 25) ---------------------------------------


def _link_scheduling(session: Session) -> None:
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, results=(replace(r.results[0], enabled_by=("scheduling",)),))), "link")


def test_renaming_a_linked_skill_in_02_renames_the_results_link(session):
    """A skill renamed in notebook 02 keeps its results' links, under its new name."""
    _link_scheduling(session)
    editor = skill_growth_editor(session)
    editor.driver.rows()[0].type("Skill", "rostering")
    editor.driver.save()
    assert editor.driver.message_kind == "ok", editor.driver.message
    saved = _saved(session).role("r1")
    assert [s.name for s in saved.skills] == ["rostering"]
    assert saved.results[0].enabled_by == ("rostering",)
    assert session.undo() is not None  # the rename and its link come back together
    saved = _saved(session).role("r1")
    assert [s.name for s in saved.skills] == ["scheduling"]
    assert saved.results[0].enabled_by == ("scheduling",)


def test_removing_a_linked_skill_in_02_takes_the_link_out_and_the_file_stays_readable(session):
    """Removing a skill a result names (by its Remove button, or saving the form without it)
    saves, and the result no longer names it: the file loads again."""
    _link_scheduling(session)
    editor = skill_growth_editor(session)
    editor.driver.rows()[0].remove()
    assert editor.driver.message_kind == "ok", editor.driver.message
    saved = _saved(session).role("r1")
    assert saved.skills == () and saved.results[0].enabled_by == ()


def test_03_offers_only_the_roles_skills_and_saves_links_the_model_accepts(session):
    """Notebook 03's "made possible by" lists exactly the role's skills; what it saves loads."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(*r.skills, Skill(name="radio", after="expert")))))
    editor = results_editor(session)
    row = editor.driver.rows()[0]
    assert row.options("made possible by") == ["scheduling", "radio"]
    row.set("made possible by", ("radio", "scheduling"))
    editor.driver.save()
    assert _saved(session).role("r1").results[0].enabled_by == ("radio", "scheduling")
    editor.driver.select("r2")
    editor.driver.add()
    assert editor.driver.rows()[0].options("made possible by") == ["customer care"]


def test_03_refuses_a_link_to_a_skill_removed_elsewhere_and_keeps_the_form(session):
    """A skill picked in 03's unsaved form and meanwhile removed in 02 (another notebook) is
    refused on Save with the skill named and what to do; the file stays as 02 left it."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(*r.skills, Skill(name="radio", after="expert")))))
    results = results_editor(session)
    row = results.driver.rows()[0]
    row.set("made possible by", ("radio",))
    row.type("metric", "overtime hours per week")
    other = Session.open(session.path)
    other.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, skills=r.skills[:1])))
    assert session.refresh()
    results.driver.save()
    assert results.driver.message_kind == "error"
    assert "'radio'" in results.driver.message and "notebook 02" in results.driver.message
    saved = _saved(session).role("r1")
    assert [s.name for s in saved.skills] == ["scheduling"]
    assert saved.results[0].enabled_by == () and saved.results[0].metric == "overtime hours"
    assert results.driver.rows()[0].value("metric") == "overtime hours per week"


def test_03s_skill_choices_follow_the_roles_skills_as_saved_and_keep_the_form(session):
    """A skill added, renamed or removed in 02 while 03's form is open (edited or not) is
    offered, renamed or marked at once, without losing what was typed or picked; a pick of a
    removed skill is refused on Save by name."""
    results, skills = results_editor(session), skill_growth_editor(session)
    row = results.driver.rows()[0]
    row.set("made possible by", ("scheduling",))
    row.type("metric", "overtime hours per week")
    skills.driver.add()
    skills.driver.rows()[1].type("Skill", "radio")
    skills.driver.save()
    assert skills.driver.message_kind == "ok", skills.driver.message
    row = results.driver.rows()[0]
    assert row.options("made possible by") == ["scheduling", "radio"]
    assert row.value("made possible by") == ("scheduling",)
    assert row.value("metric") == "overtime hours per week"
    skills.driver.rows()[1].type("Skill", "Radio work")  # renamed, with nothing linked yet
    skills.driver.save()
    assert results.driver.rows()[0].options("made possible by") == ["scheduling", "Radio work"]
    row.set("made possible by", ("scheduling", "Radio work"))
    skills.driver.rows()[0].remove()  # "scheduling" goes while the form still picks it
    row = results.driver.rows()[0]
    assert row.options("made possible by")[0] == "Radio work"
    assert row.options("made possible by")[1].startswith("scheduling (no longer a skill")
    assert row.value("made possible by") == ("scheduling", "Radio work")
    results.driver.save()
    assert results.driver.message_kind == "error" and "'scheduling'" in results.driver.message
    row.set("made possible by", ("Radio work",))  # taken out: the save goes through
    results.driver.save()
    assert results.driver.message_kind == "ok", results.driver.message
    saved = _saved(session).role("r1").results[0]
    assert saved.enabled_by == ("Radio work",) and saved.metric == "overtime hours per week"
    assert results.driver.rows()[0].options("made possible by") == ["Radio work"]


def test_03s_first_row_offers_skills_added_after_it_was_shown(session):
    """A role with no skills shows a note instead of the list; a skill added in 02 brings
    the list into the open form (typed text kept)."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(), results=tuple(replace(x, enabled_by=()) for x in r.results))))
    results = results_editor(session)
    row = results.driver.rows()[0]
    assert "Add this role's skills in notebook 02" in row.text()
    with pytest.raises(LookupError):
        row.control("made possible by")
    row.type("metric", "kept")
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(Skill(name="rostering", after="expert"),))))
    row = results.driver.rows()[0]
    assert row.options("made possible by") == ["rostering"] and row.value("metric") == "kept"
    assert "Add this role's skills" not in row.text()


@pytest.mark.parametrize("stored", ["SCHEDULING", "Scheduling", "scheduling"])
def test_03_shows_a_link_as_picked_by_the_models_rule_for_naming_a_skill(session, stored):
    """A saved link that differs from the skill's listed name in case is still shown as
    picked (the model's ``skill_key`` decides), the form has no unsaved change, and saving it
    untouched writes the link as it was."""
    from workshop.model import skill_key

    assert skill_key(stored) == skill_key("scheduling")
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, results=(replace(r.results[0], enabled_by=(stored,)),))), "link")
    results = results_editor(session)
    row = results.driver.rows()[0]
    assert row.value("made possible by") == ("scheduling",)
    assert "Unsaved" not in results.driver.status
    results.driver.save()
    assert _saved(session).role("r1").results[0].enabled_by == (stored,)
    results.driver.rows()[0].set("made possible by", ())
    results.driver.save()
    assert _saved(session).role("r1").results[0].enabled_by == ()


def test_03_shows_a_skill_with_spaces_around_or_inside_its_link_as_picked(session):
    """A skill listed as "Data  analysis" (two spaces) is picked by the link "data analysis"."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(Skill(name="Data  analysis", after="expert"),),
        results=(replace(r.results[0], enabled_by=(" data analysis ",)),))), "link")
    assert _saved(session).role("r1").results[0].enabled_by == ("data analysis",)
    row = results_editor(session).driver.rows()[0]
    assert row.value("made possible by") == ("Data  analysis",)


# --- the view-model of the role list, and the editors' own saves ----------------------------


def test_the_role_list_model_hears_only_a_participants_pick():
    """``RoleChoice`` lists the roles and the one picked; ``bind`` shows them in a list widget.
    Setting the list's options (which makes ipywidgets pick its first option on the way) never
    reaches ``on_pick``: a new, renamed, reordered or removed role keeps the pick or moves it
    without a call; a participant's pick sets the model and calls ``on_pick`` once."""
    from workshop.widgets.role_choice import RoleChoice, bind

    roles = [Role(id=f"r{i}", title=f"Job {i}") for i in range(1, 4)]
    choice, picker, picks = RoleChoice(), w.Dropdown(), []
    bind(choice, picker, lambda i, r: f"{i}. {r.title}", picks.append)
    assert choice.follow(roles, first=True) == "r1" and picker.value == "r1"
    picker.value = "r3"  # the participant picks the third role
    assert choice.selected == "r3" and [p["new"] for p in picks] == ["r3"]
    renamed = [replace(roles[2], title="Job 3!"), roles[0], roles[1]]  # renamed and moved up
    assert choice.follow(renamed, first=True) == "r3"
    assert picker.value == "r3" and picker.options[0] == ("1. Job 3!", "r3")
    assert choice.follow(roles[:2], first=True) == "r1"  # the picked role was removed
    assert picker.value == "r1" and choice.follow(roles[:2], first=False) == "r1"
    assert choice.follow([], first=True) is None and picker.value is None
    assert len(picks) == 1


def test_a_save_that_writes_the_same_list_shows_the_form_as_saved(session):
    """A value typed "6.0" where "6" is saved changes nothing in the file, yet the form shows
    it as saved ("6"), as any save does, and the status says every result is saved."""
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, results=(replace(r.results[0], value=6),))))
    editor = results_editor(session)
    editor.driver.rows()[0].type("value", "6.0")
    assert "Unsaved changes" in editor.driver.status
    editor.driver.save()
    assert editor.driver.rows()[0].value("value") == "6"
    assert editor.driver.status.startswith("All 1 result")
    assert editor.driver.message.startswith("Saved 1 result")


def test_a_remove_the_file_refuses_keeps_the_row_and_says_why(session, monkeypatch):
    """When the save of a removal is refused (here the file can't be written), the row stays
    in the form as it was, with the others' unsaved edits, and the message says why."""
    from workshop.errors import FileAccessError

    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(*r.skills, Skill(name="radio", after="expert")))))
    editor = skill_growth_editor(session)
    editor.driver.rows()[1].type("Used later", "not saved yet")

    def refuse(_workspace):
        raise FileAccessError("the disk is full", file=str(session.path))

    monkeypatch.setattr(session.store, "save", refuse)
    editor.driver.rows()[0].remove()
    assert [r.value("Skill") for r in editor.driver.rows()] == ["scheduling", "radio"]
    assert editor.driver.rows()[1].value("Used later") == "not saved yet"
    assert editor.driver.message_kind == "error" and "disk is full" in editor.driver.message
    assert [s.name for s in _saved(session).role("r1").skills] == ["scheduling", "radio"]


def test_removing_a_saved_row_shows_one_message_and_builds_no_row(session, monkeypatch):
    """Removing a saved skill, with or without another row edited, takes out that row alone (no
    widget is built) and shows the one message that says so: the redraw its own save causes
    finds the form as saved, and never says the skills were changed elsewhere."""
    from workshop.widgets.messages import Message

    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(*r.skills, Skill(name="radio", after="expert"),
                   Skill(name="filing", after="competent")))))
    editor = skill_growth_editor(session)
    area = next(x for x in editor.driver.widgets() if isinstance(x, Message))
    shown, opened = [], []
    area.observe(lambda change: shown.append(change["new"]), names="value")
    real_open = w.Widget.open
    monkeypatch.setattr(w.Widget, "open", lambda self: opened.append(self) or real_open(self))
    editor.driver.rows()[0].remove()
    editor.driver.rows()[1].type("Used later", "not saved yet")
    editor.driver.rows()[0].remove()
    assert [r.value("Skill") for r in editor.driver.rows()] == ["filing"]
    assert editor.driver.rows()[0].value("Used later") == "not saved yet"
    assert opened == [] and len(shown) == 2
    assert "Removed and saved: scheduling." in shown[0] and "radio" in shown[1]
