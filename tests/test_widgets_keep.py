"""Nothing a participant typed is lost, and a role is never silently changed (branch keep1).

- 01: after "Add as new role" the form is a new role's, empty; "Save changes" writes only into
  the role picked, and only the fields typed.
- 01, 02, 03: typing not saved is kept beside the workspace (``.<name>.drafts.json``) and comes
  back in a view built again: the cell run again, the page reloaded, the kernel restarted.
- A view replaced by a later run of its cell (another tab of the same notebook) says so in
  words and keeps what was typed there.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from workshop.drafts import DraftFile, drafts_path
from workshop.edits import add_roles, remove_role, with_role
from workshop.model import Role, Skill
from workshop.session import Session
from workshop.store import read_workspace
from workshop.widgets import (
    ResultsEditor,
    RoleEditor,
    SkillGrowthEditor,
    StartPanel,
    results_editor,
    role_editor,
    skill_growth_editor,
    start_panel,
)
from workshop.widgets._base import MOVED, STOPPED

BOXES = ("Job title:", "Organisation:", "Start:", "End:", "In one line:", "It gave me:")


@pytest.fixture
def session(tmp_path) -> Session:
    return Session.open(tmp_path / "ws.json")


@pytest.fixture
def barista(session) -> Session:
    session.change(lambda ws: add_roles(ws, Role(
        id="r1", title="Barista", organization="Bean There", start="2016-01", end="2019-10",
        summary="coffee for 300 a day", personal_value="patience with a queue",
        skills=(Skill(name="customer care", before="novice", after="competent"),))), "add")
    return session


def restarted(session: Session) -> Session:
    """The same workspace file opened by a new kernel (nothing of the old one's memory)."""
    return Session.open(session.path)


def fill(editor: RoleEditor, **boxes: str) -> None:
    for label, text in boxes.items():
        editor.driver.type(label, text)


# --- 01: Add leaves a new role's form -----------------------------------------------------------


def test_after_add_the_form_is_a_new_roles_and_the_next_role_takes_nothing_of_it(session):
    """Add A with "It gave me"; type B's title, organisation and dates only: B is added
    without A's words, A is unchanged, and "Save changes" is never offered on the way."""
    editor = RoleEditor(session)
    fill(editor, **{"Job title:": "Barista", "Organisation:": "Bean There", "Start:": "2016-01",
                    "End:": "2019-10", "It gave me:": "patience with a queue"})
    editor.driver.press("Add as new role")
    assert [editor.driver.value(b) for b in BOXES] == [""] * len(BOXES)
    assert editor.driver.button("Save changes").disabled
    fill(editor, **{"Job title:": "Shift Supervisor", "Organisation:": "Northwind Logistics",
                    "Start:": "2019-11"})
    assert editor.driver.button("Save changes").disabled
    assert "Add as new role" in editor.driver.form_status
    assert "Save changes" not in editor.driver.form_status
    editor.driver.press("Add as new role")
    a, b = read_workspace(session.path).roles
    assert (a.title, a.personal_value) == ("Barista", "patience with a queue")
    assert (b.title, b.organization, b.personal_value) == (
        "Shift Supervisor", "Northwind Logistics", "")


def test_save_changes_writes_only_into_the_role_picked_and_only_the_fields_typed(barista):
    """A picked role's form saves only what was typed: a summary saved meanwhile in another
    notebook stays, and the role keeps its skills."""
    editor = RoleEditor(barista)
    editor.driver.select("r1")
    Session.open(barista.path).change(lambda ws: _with_summary(ws, "ran the morning rush"),
                                      "edit elsewhere")
    editor.driver.type("Job title:", "Head Barista")
    editor.driver.press("Save changes")
    role = read_workspace(barista.path).role("r1")
    assert (role.title, role.summary) == ("Head Barista", "ran the morning rush")
    assert [s.name for s in role.skills] == ["customer care"]


def _with_summary(ws, summary: str):
    return with_role(ws, "r1", lambda r: replace(r, summary=summary))


def test_a_picked_role_removed_elsewhere_leaves_the_typing_as_a_new_roles_form(barista):
    """The role being edited leaves the list (removed in another notebook): the form keeps
    what was typed, is no longer tied to it, and offers only "Add as new role"."""
    editor = RoleEditor(barista)
    editor.driver.select("r1")
    editor.driver.type("It gave me:", "a calm voice under pressure")
    Session.open(barista.path).change(
        lambda ws: remove_role(ws, "r1"), "remove elsewhere")
    editor.poll()
    assert editor.selected is None
    assert editor.driver.value("It gave me:") == "a calm voice under pressure"
    assert editor.driver.value("Job title:") == "Barista"
    assert editor.driver.button("Save changes").disabled
    assert "no longer in your list" in editor.driver.message
    editor.driver.press("Add as new role")
    (role,) = read_workspace(barista.path).roles
    assert role.id != "r1" and role.personal_value == "a calm voice under pressure"


def test_a_picked_role_changed_elsewhere_is_shown_as_saved_when_nothing_is_typed(barista):
    """Every open view shows the saved workspace: an untouched form follows the picked role."""
    editor = RoleEditor(barista)
    editor.driver.select("r1")
    Session.open(barista.path).change(lambda ws: _with_summary(ws, "ran the morning rush"),
                                      "edit elsewhere")
    editor.poll()
    assert editor.driver.value("In one line:") == "ran the morning rush"
    assert editor.driver.form_status == ""


# --- typing kept beside the workspace -------------------------------------------------------------


def test_the_role_forms_typing_comes_back_after_a_restart_and_goes_once_added(session):
    """A new role typed and not added is back in the form of a new kernel's editor."""
    editor = RoleEditor(session)
    fill(editor, **{"Job title:": "Barista", "It gave me:": "patience with a queue"})
    assert "kept beside your workspace" in editor.driver.form_status
    again = RoleEditor(restarted(session))
    assert again.driver.value("Job title:") == "Barista"
    assert again.driver.value("It gave me:") == "patience with a queue"
    assert "back in the form" in again.driver.message
    again.driver.press("Add as new role")
    assert DraftFile(session.path).keys() == []
    assert RoleEditor(restarted(session)).driver.value("Job title:") == ""


def test_a_listed_roles_unsaved_edit_comes_back_when_it_is_picked_after_a_restart(barista):
    editor = RoleEditor(barista)
    editor.driver.select("r1")
    editor.driver.type("In one line:", "opened the shop at six")
    again = RoleEditor(restarted(barista))
    assert again.driver.value("In one line:") == ""
    assert "pick it in the list" in again.driver.message
    again.driver.select("r1")
    assert again.driver.value("In one line:") == "opened the shop at six"
    assert again.driver.value("Job title:") == "Barista"
    again.driver.press("Save changes")
    assert read_workspace(barista.path).role("r1").summary == "opened the shop at six"
    assert DraftFile(barista.path).keys() == []


@pytest.mark.parametrize("kind", ["skills", "results"])
def test_unsaved_rows_of_02_and_03_come_back_after_a_restart_until_saved(barista, kind):
    """A skill or result typed and not saved is kept on disk, shown again by a new kernel's
    editor with the same words, and forgotten once saved."""
    build = SkillGrowthEditor if kind == "skills" else ResultsEditor
    label, text = (("Used later", "trained 12 new starters") if kind == "skills"
                   else ("I helped the company to ...", "I helped the shop to cut waiting"))
    editor = build(barista)
    editor.driver.add()
    editor.driver.rows()[-1].type(label, text)
    if kind == "skills":
        editor.driver.rows()[-1].type("Skill", "training")
    assert "kept beside your workspace" in editor.driver.status
    assert text in drafts_path(barista.path).read_text(encoding="utf-8")

    again = build(restarted(barista))
    assert again.driver.rows()[-1].value(label) == text
    assert "still here" in again.driver.message
    again.driver.save()
    saved = getattr(read_workspace(barista.path).role("r1"), kind)
    assert text in json.dumps([x.to_dict() for x in saved])
    assert DraftFile(barista.path).keys() == []
    assert build(restarted(barista)).driver.rows()[-1].value(label) == text  # saved, once


def test_a_saved_skill_removed_from_an_edited_form_after_a_restart_removes_that_skill(barista):
    """A row brought back keeps which saved skill it shows: removing it removes that one."""
    editor = SkillGrowthEditor(barista)
    editor.driver.rows()[0].type("Used later", "calmed queues at my next job")
    again = SkillGrowthEditor(restarted(barista))
    again.driver.rows()[0].remove()
    assert read_workspace(barista.path).role("r1").skills == ()


def test_a_file_at_the_drafts_place_that_is_not_the_kits_is_left_as_it_is(barista):
    """Nothing at a path the kit writes is replaced unless it is its own file: the typing then
    stays in this kernel, and the page says it would be lost on a restart."""
    theirs = drafts_path(barista.path)
    theirs.write_text("my own notes\n", encoding="utf-8")
    editor = SkillGrowthEditor(barista)
    editor.driver.rows()[0].type("Used later", "calmed queues at my next job")
    assert theirs.read_text(encoding="utf-8") == "my own notes\n"
    assert "lost if the notebook restarts" in editor.driver.status
    assert editor.driver.rows()[0].value("Used later") == "calmed queues at my next job"


# --- the same notebook run again, or in another tab --------------------------------------------


@pytest.mark.parametrize("factory", [role_editor, skill_growth_editor, results_editor])
def test_a_view_run_again_elsewhere_says_it_moved_and_its_typing_is_in_the_new_one(
        barista, factory):
    first = factory(barista)
    if factory is role_editor:
        first.driver.type("Job title:", "Night Porter")
        read = ("Job title:", "Night Porter")
    else:
        first.driver.add()
        box = "Skill" if factory is skill_growth_editor else "metric"
        first.driver.rows()[-1].type(box, "rostering")
        read = (box, "rostering")
    second = factory(barista)
    text = first.driver.text()
    assert text.startswith(MOVED)
    assert "had not saved" in text and "is kept" in text
    if factory is role_editor:
        assert second.driver.value(read[0]) == read[1]
    else:
        assert second.driver.rows()[-1].value(read[0]) == read[1]


def test_the_target_roles_typing_in_00_comes_back_after_a_restart_until_saved(session):
    panel = start_panel(session)
    panel.driver.type("Goals:", "reduce costs\nlead a team of 8")
    again = StartPanel(restarted(session))
    assert again.driver.value("Goals:") == "reduce costs\nlead a team of 8"
    assert "back in its boxes" in again.driver.message
    again.driver.type("Job title:", "Operations Manager")
    again.driver.press("Save target role")
    assert list(read_workspace(session.path).target_role.goals) == ["reduce costs",
                                                                    "lead a team of 8"]
    assert DraftFile(session.path).keys() == []


# --- the drafts file ----------------------------------------------------------------------------


def test_two_kernels_keeping_drafts_keep_each_others_keys(tmp_path):
    """02 and 03 open in two kernels write the same drafts file: neither erases the other's."""
    one, two = DraftFile(tmp_path / "ws.json"), DraftFile(tmp_path / "ws.json")
    one.put("skills/r1", {"rows": [1]})
    two.put("results/r1", {"rows": [2]})
    one.put("skills/r2", {"rows": [3]})
    assert sorted(DraftFile(tmp_path / "ws.json").keys()) == ["results/r1", "skills/r1",
                                                              "skills/r2"]
    two.drop("results/r1")
    assert sorted(DraftFile(tmp_path / "ws.json").keys()) == ["skills/r1", "skills/r2"]


def test_a_link_at_the_drafts_place_is_never_replaced(tmp_path):
    target = tmp_path / "elsewhere.json"
    target.write_text('{"kind": "workshop-drafts", "drafts": {}}', encoding="utf-8")
    drafts_path(tmp_path / "ws.json").symlink_to(target)
    drafts = DraftFile(tmp_path / "ws.json")
    drafts.put("skills/r1", {"rows": [1]})
    assert drafts_path(tmp_path / "ws.json").is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["drafts"] == {}
    assert not drafts.kept and drafts.get("skills/r1") == {"rows": [1]}  # in memory only


def test_every_view_says_run_the_cell_again_once_its_kernel_is_gone(barista):
    """JupyterLab marks a view whose kernel restarted ``jupyter-widgets-disconnected``; every
    view carries the rule that shows STOPPED over it, and never as text while it lives."""
    for factory in (start_panel, role_editor, skill_growth_editor, results_editor):
        view = factory(barista)
        assert "workshop-view" in view._dom_classes
        css = [v for v in view.driver.html_values() if "jupyter-widgets-disconnected" in v]
        assert css and STOPPED in css[0] and "::before" in css[0]
        assert STOPPED not in view.driver.text()


def test_typing_kept_for_a_role_never_lands_in_another_job_with_the_same_id(barista, tmp_path):
    """A sample or a file loaded since may reuse the id "r1" for another job: the rows and the
    form typed for the Barista are not put into it."""
    SkillGrowthEditor(barista).driver.rows()[0].type("Used later", "calmed queues")
    editor = RoleEditor(barista)
    editor.driver.select("r1")
    editor.driver.type("In one line:", "opened the shop at six")
    other = restarted(barista)
    other.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, title="Night Porter", organization="Harbour Hotel", skills=())),
        "another job, same id")
    skills = SkillGrowthEditor(restarted(barista))
    assert skills.driver.rows() == [] and "still here" not in skills.driver.message
    roles = RoleEditor(restarted(barista))
    roles.driver.select("r1")
    assert roles.driver.value("In one line:") == "coffee for 300 a day"
    assert roles.driver.form_status == ""


def test_rows_typed_for_a_role_renamed_since_come_back(barista):
    """Renamed in 01 after the skills were typed in 02: still the same job (its saved skills
    are the same), so the typing comes back."""
    SkillGrowthEditor(barista).driver.rows()[0].type("Used later", "calmed queues")
    restarted(barista).change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, title="Head Barista")), "renamed in 01")
    skills = SkillGrowthEditor(restarted(barista))
    assert skills.driver.rows()[0].value("Used later") == "calmed queues"
