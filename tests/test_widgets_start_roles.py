"""The start panel (notebook 00) and the role editor (notebook 01), driven headless: set values on
their fields, click their buttons, then read the session, the saved file and the messages."""

from __future__ import annotations

import base64
import json
from dataclasses import replace

import pytest
from helpers_hostile import SCRIPT as EVIL

from workshop.edits import add_roles
from workshop.model import Ratings, Role, Skill, TargetRole, Workspace
from workshop.session import Session
from workshop.store import dumps, read_workspace
from workshop.widgets.roles import RoleEditor, RoleEditorDriver, role_editor, role_line
from workshop.widgets.start import StartDriver, StartPanel, running_on_binder, start_panel

RESUME = {
    "basics": {"name": "Ana Example"},
    "work": [
        {"name": "Harbour Cafe", "position": "Barista", "startDate": "2016-05",
         "endDate": "2018-02", "summary": "Made coffee for 300 guests a day."},
        {"name": "Riverside Hotel", "position": "Night Manager", "startDate": "2018-03",
         "highlights": ["Cut guest complaints by 30%"]},
    ],
}
POSITIONS_CSV = ("\ufeffCompany Name,Title,Description,Location,Started On,Finished On\r\n"
                 'Northwind Logistics,Shift Supervisor,"Ran the night shift,\r\n40 staff",'
                 "Leeds,Nov 2019,\r\n"
                 "Contoso Retail,Sales Assistant,,Leeds,Mar 2017,Oct 2019\r\n").encode("utf-8")


FRESH = StartDriver.FRESH  # the start fresh button, by its tooltip (its label changes)
SAMPLE = StartDriver.SAMPLE  # 'Try this sample', by its tooltip (its label changes too)
REMOVE = RoleEditorDriver.REMOVE  # the remove button, by its tooltip

# --- helpers ----------------------------------------------------------------------------------


@pytest.fixture
def session(tmp_path) -> Session:
    return Session.open(tmp_path / "ws.json")


def two_roles() -> Workspace:
    return Workspace(
        target_role=TargetRole(title="Operations Manager", goals=["reduce costs"]),
        roles=[
            Role(id="r1", title="Shift Supervisor", organization="Northwind Logistics",
                 start="2019-11", summary="ran the night shift",
                 skills=[Skill(name="scheduling", before="novice", after="proficient")],
                 ratings=Ratings(skill_growth=4, company_results=4, relevance=3)),
            Role(id="r2", title="Sales Assistant", organization="Contoso Retail",
                 start="2017-03", end="2019-10"),
        ])


@pytest.fixture
def filled(session) -> Session:
    session.replace(two_roles(), "set up")
    return session


def assert_escaped(view) -> None:
    joined = "\n".join(view.driver.html_values())
    assert "<script>" not in joined
    assert "&lt;script&gt;" in joined


def titles(ws: Workspace) -> list[str]:
    return [r.title for r in ws.roles]


# --- start panel: Binder and notices ------------------------------------------------------------


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, False),
    ({"BINDER_SERVICE_HOST": "10.0.0.1"}, True),
    ({"BINDER_REPO_URL": "https://github.com/x/y"}, True),
    ({"BINDER_LAUNCH_HOST": "https://mybinder.org/"}, True),
    ({"JUPYTERHUB_SERVICE_PREFIX": "/binder/jupyter/user/x-y-abc/"}, True),
    ({"JUPYTERHUB_SERVICE_PREFIX": "/user/ana/"}, False),
    ({"BINDER_SERVICE_HOST": ""}, False),
])
def test_running_on_binder_reads_only_the_environment_given(environ, expected):
    """Binder is recognised by its environment variables, or 'binder' in the hub's prefix."""
    assert running_on_binder(environ) is expected


def test_binder_notice_tells_that_nothing_is_kept(session, monkeypatch):
    """On Binder the panel warns that the session is temporary and to download the file."""
    monkeypatch.setenv("BINDER_REPO_URL", "https://github.com/x/y")
    panel = StartPanel(session)
    assert "Binder keeps nothing" in panel.driver.binder_notice
    assert "10 minutes" in panel.driver.binder_notice
    assert "Download" in panel.driver.binder_notice


def test_no_binder_notice_elsewhere(session):
    """Off Binder the temporary-session notice stays empty."""
    assert StartPanel(session, on_binder=False).driver.binder_notice == ""


def test_session_notice_is_shown(tmp_path):
    """When the saved file could not be read, the panel says where it was kept."""
    path = tmp_path / "ws.json"
    path.write_text("{ not json", encoding="utf-8")
    session = Session.open(path)
    panel = StartPanel(session, on_binder=False)
    assert panel.driver.notice_kind == "warning"
    assert "can't be used" in panel.driver.notice
    assert "ws-new.json" in panel.driver.notice


# --- start panel: three ways to begin -------------------------------------------------------------


def test_start_fresh_on_an_empty_workspace_changes_nothing(session):
    """Start fresh on an empty workspace only says it is empty already."""
    panel = StartPanel(session, on_binder=False)
    panel.driver.press(FRESH)
    assert not session.can_undo
    assert "already empty" in panel.driver.message


def test_start_fresh_asks_for_a_second_click_and_can_be_undone(filled):
    """Start fresh with roles asks to confirm; the second click empties it; Undo brings it back."""
    panel = StartPanel(filled, on_binder=False)
    panel.driver.press(FRESH)
    assert len(filled.workspace.roles) == 2
    assert panel.driver.message_kind == "warning"
    assert panel.driver.button(FRESH).description == "Yes, start fresh"
    panel.driver.press(FRESH)
    assert filled.workspace.roles == ()
    assert read_workspace(filled.path).roles == ()
    assert panel.driver.button(FRESH).description == "Start fresh"
    assert panel.driver.undo_button.description == "Undo: start fresh"
    panel.driver.undo()
    assert titles(read_workspace(filled.path)) == ["Shift Supervisor", "Sales Assistant"]


def test_start_fresh_confirmation_lapses_after_another_action(filled):
    """Doing something else between the two clicks cancels the pending start fresh."""
    panel = StartPanel(filled, on_binder=False)
    panel.driver.press(FRESH)
    panel.driver.press("Save target role")
    panel.driver.press(FRESH)
    assert len(filled.workspace.roles) == 2
    assert panel.driver.button(FRESH).description == "Yes, start fresh"


def test_loading_a_saved_file_replaces_the_workspace(session):
    """A workspace file picked in 'Load a saved file' becomes the workspace and is saved."""
    panel = StartPanel(session, on_binder=False)
    panel.driver.upload("Load a saved file", "mine.json", dumps(two_roles()))
    assert titles(session.workspace) == ["Shift Supervisor", "Sales Assistant"]
    assert titles(read_workspace(session.path)) == ["Shift Supervisor", "Sales Assistant"]
    assert panel.driver.message_kind == "ok"
    assert "mine.json" in panel.driver.message
    assert panel.driver.value("Load a saved file") == ()
    assert panel.driver.undo_button.description == "Undo: load 'mine.json'"


@pytest.mark.parametrize("raw", [b"{ cut sho", b"", b"[1, 2]", b"\xff\xfe\x00garbage",
                                 json.dumps({"roles": [{"title": "A", "start": "Nov 19"}]})
                                 .encode()])
def test_a_broken_saved_file_is_refused_inline(filled, raw):
    """A file that is not a workspace gets a plain message naming it; nothing changes."""
    panel = StartPanel(filled, on_binder=False)
    before = filled.path.read_bytes()
    panel.driver.upload("Load a saved file", "broken.json", raw)
    assert panel.driver.message_kind == "error"
    assert "'broken.json' can't be loaded" in panel.driver.message
    assert filled.path.read_bytes() == before
    assert len(filled.workspace.roles) == 2


def test_persona_dropdown_lists_every_sample_with_a_readable_label(session):
    """Each persona file is offered under a label in words, not its file name."""
    from workshop.resources import persona_paths

    panel = StartPanel(session, on_binder=False)
    assert [v for _, v in panel.driver.control("Sample:").options] == list(persona_paths())
    for label, _name in panel.driver.control("Sample:").options:
        assert "_" not in label and not label.endswith(".json")


def test_trying_a_persona_loads_it_and_saves_it(session, tmp_path, monkeypatch):
    """'Try this sample' puts the chosen persona in the workspace, saved and undoable."""
    data = tmp_path / "data"
    (data / "personas").mkdir(parents=True)
    persona = replace(two_roles(), participant={"name": "Sam"})
    (data / "personas" / "career_changer.json").write_bytes(dumps(persona))
    monkeypatch.setenv("WORKSHOP_DATA", str(data))
    panel = StartPanel(session, on_binder=False)
    assert panel.driver.control("Sample:").options == (("Career changer (Sam)", "career_changer"),)
    panel.driver.pick("Sample:", "Career changer (Sam)")
    panel.driver.press("Try this sample")
    assert read_workspace(session.path).participant == {"name": "Sam"}
    assert titles(session.workspace) == ["Shift Supervisor", "Sales Assistant"]
    assert "Career changer (Sam)" in panel.driver.message
    assert session.can_undo


def _sample_data(tmp_path, monkeypatch) -> None:
    """One sample persona, 'Career changer (Sam)', in a facilitator's data folder."""
    data = tmp_path / "data"
    (data / "personas").mkdir(parents=True)
    persona = two_roles()
    persona = replace(persona, participant={"name": "Sam"}, roles=persona.roles[:1])
    (data / "personas" / "career_changer.json").write_bytes(dumps(persona))
    monkeypatch.setenv("WORKSHOP_DATA", str(data))


def test_trying_a_sample_asks_before_it_replaces_a_participants_work(filled, tmp_path,
                                                                     monkeypatch):
    """'Try this sample' over rated roles says what it would replace and waits for 'Yes,
    replace my work'; the second click loads it, and Undo brings the work back."""
    _sample_data(tmp_path, monkeypatch)
    panel = StartPanel(filled, on_binder=False)
    before = filled.path.read_bytes()
    panel.driver.press(SAMPLE)
    assert filled.path.read_bytes() == before
    assert panel.driver.message_kind == "warning"
    assert "Your workspace has 2 roles" in panel.driver.message
    assert "'Career changer (Sam)' replaces all of that" in panel.driver.message
    assert panel.driver.button(SAMPLE).description == "Yes, replace my work"
    panel.driver.press(SAMPLE)
    assert read_workspace(filled.path).participant == {"name": "Sam"}
    assert panel.driver.button(SAMPLE).description == "Try this sample"
    panel.driver.undo()
    assert titles(read_workspace(filled.path)) == ["Shift Supervisor", "Sales Assistant"]


def test_a_pending_sample_lapses_after_another_action(filled, tmp_path, monkeypatch):
    """Doing anything else between the two clicks (saving the target, Start fresh) cancels the
    pending replacement: the next click asks again."""
    _sample_data(tmp_path, monkeypatch)
    panel = StartPanel(filled, on_binder=False)
    panel.driver.press(SAMPLE)
    panel.driver.press("Save target role")
    assert panel.driver.button(SAMPLE).description == "Try this sample"
    panel.driver.press(SAMPLE)
    panel.driver.press(FRESH)  # asks about start fresh; the sample's question lapses
    assert panel.driver.button(SAMPLE).description == "Try this sample"
    assert panel.driver.button(FRESH).description == "Yes, start fresh"
    panel.driver.press(SAMPLE)
    assert panel.driver.button(FRESH).description == "Start fresh"
    assert len(filled.workspace.roles) == 2


def test_an_empty_workspace_takes_a_sample_at_once_and_says_where_to_type(session):
    """Nothing to lose, nothing asked; the already-empty message points up to the boxes."""
    panel = StartPanel(session, on_binder=False)
    panel.driver.press(FRESH)
    assert "name the job you are applying for above" in panel.driver.message
    panel.driver.press(SAMPLE)
    assert session.workspace.roles and panel.driver.message_kind == "ok"


# --- start panel: target role, undo, download, status ---------------------------------------------


def test_target_role_is_saved_one_goal_per_line(session):
    """The title and the goals (one per line, blank lines dropped) are saved to the file."""
    panel = StartPanel(session, on_binder=False)
    panel.driver.type("Job title:", "Operations Manager")
    panel.driver.type("Goals:", "reduce costs\n\n  lead a team of 8  \n")
    panel.driver.press("Save target role")
    target = read_workspace(session.path).target_role
    assert target.title == "Operations Manager"
    assert target.goals == ("reduce costs", "lead a team of 8")
    assert panel.driver.message_kind == "ok"


def test_a_bad_target_role_is_refused_and_the_text_stays(session):
    """A goal longer than the model allows is refused with what to fix; the typed text stays."""
    panel = StartPanel(session, on_binder=False)
    long_goal = "x" * 400
    panel.driver.type("Job title:", "Analyst")
    panel.driver.type("Goals:", f"reduce costs\n{long_goal}")
    panel.driver.press("Save target role")
    assert panel.driver.message_kind == "error"
    assert "Goal 2 is 400 characters" in panel.driver.message
    assert panel.driver.value("Goals:") == f"reduce costs\n{long_goal}"
    assert panel.driver.value("Job title:") == "Analyst"
    assert not session.path.exists()


def test_undo_button_names_the_change_and_is_off_when_nothing_to_undo(session):
    """Undo is disabled at first, then says what it would take back, and takes it back."""
    panel = StartPanel(session, on_binder=False)
    undo = panel.driver.undo_button
    assert undo.disabled and undo.description == "Nothing to undo"
    panel.driver.type("Job title:", "Analyst")
    panel.driver.press("Save target role")
    assert not panel.driver.undo_button.disabled
    assert panel.driver.undo_button.description == "Undo: save the target role"
    panel.driver.undo()
    assert session.workspace.target_role.title == ""
    assert panel.driver.value("Job title:") == ""
    assert panel.driver.undo_button.disabled


def test_download_link_carries_the_current_workspace(session):
    """The download link is made when asked, from the workspace file as saved then; a later
    change takes it away (no older file is handed over), and asking again gives the new one."""
    panel = StartPanel(session, on_binder=False)
    assert panel.driver.download_html == ""  # nothing built until asked
    panel.driver.press("Get my workspace file")
    panel.driver.type("Job title:", "Analyst")
    panel.driver.press("Save target role")
    assert "workshop-download" not in panel.driver.download_html
    assert "Your workspace changed after the link was made" in panel.driver.download_html
    panel.driver.press("Get my workspace file")
    link = panel.driver.download_html
    assert 'download="ws.json"' in link
    assert "Download my workspace file" in link
    payload = link.split("base64,", 1)[1].split('"', 1)[0]
    assert base64.b64decode(payload) == session.path.read_bytes()


def test_status_line_names_the_file_the_roles_and_the_target(filled, monkeypatch):
    """The status line says where the work is saved, how many roles and which target role."""
    monkeypatch.chdir(filled.path.parent)  # the notebook's folder: the file's name alone
    panel = StartPanel(filled, on_binder=False)
    assert "Saved to" in panel.driver.status
    assert "ws.json: 2 roles, target role Operations Manager" in panel.driver.status
    assert repr(panel) == "StartPanel: ws.json: 2 roles, target role Operations Manager"


def test_start_panel_follows_changes_made_elsewhere(filled):
    """A change made by another widget refreshes the panel, but never overwrites typing."""
    panel = StartPanel(filled, on_binder=False)
    filled.change(
        lambda ws: replace(ws, target_role=replace(ws.target_role, title="Head of Ops")), "rename")
    assert panel.driver.value("Job title:") == "Head of Ops"
    assert "2 roles, target role Head of Ops" in panel.driver.status
    panel.driver.type("Job title:", "typed but not saved")
    filled.change(lambda ws: replace(ws, roles=ws.roles[:-1]), "drop one")
    assert panel.driver.value("Job title:") == "typed but not saved"
    assert "1 role, target role Head of Ops" in panel.driver.status


def test_start_panel_escapes_what_the_participant_typed(session):
    """Participant text in titles, goals and file names is escaped in every HTML value."""
    panel = StartPanel(session, on_binder=False)
    panel.driver.type("Job title:", EVIL)
    panel.driver.type("Goals:", EVIL)
    panel.driver.press("Save target role")
    assert_escaped(panel)
    panel.driver.upload("Load a saved file", f"{EVIL}.json", b"not json")
    assert panel.driver.message_kind == "error"
    assert_escaped(panel)


def test_start_panel_factory_uses_the_default_workspace(tmp_path, monkeypatch):
    """start_panel() opens the workspace named by WORKSHOP_WORKSPACE and displays nothing."""
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(tmp_path / "default.json"))
    panel = start_panel()
    assert isinstance(panel, StartPanel)
    assert panel.session.path == (tmp_path / "default.json").resolve()
    assert repr(panel) == (f"StartPanel: {panel.session.path}: 0 roles, no target role yet")


# --- role editor: add and edit --------------------------------------------------------------------


def fill(editor: RoleEditor, title="", organization="", start="", end="", summary="",
         current=False) -> None:
    editor.driver.type("Job title:", title)
    editor.driver.type("Organisation:", organization)
    editor.driver.type("Start:", start)
    editor.driver.type("End:", end)
    editor.driver.type("In one line:", summary)
    editor.driver.set("I still work here", current)


def test_adding_a_role_saves_it_lists_it_and_tables_it(session):
    """'Add as new role' adds the form as a role, saved, listed, in the table and selected."""
    editor = RoleEditor(session)
    fill(editor, "Barista", "Harbour Cafe", "2016-05", "2018-02", "coffee for 300 a day")
    editor.driver.press("Add as new role")
    saved = read_workspace(session.path).roles
    assert [(r.title, r.organization, r.start, r.end, r.summary) for r in saved] == [
        ("Barista", "Harbour Cafe", "2016-05", "2018-02", "coffee for 300 a day")]
    assert editor.driver.control("Your roles:").options == (
        ("1. Barista, Harbour Cafe (2016-05 to 2018-02)", saved[0].id),)
    assert editor.selected is None  # the form is a new role's, empty (keep1)
    assert all(editor.driver.value(box) == "" for box in
               ("Job title:", "Organisation:", "Start:", "End:", "In one line:", "It gave me:"))
    assert "Barista" in editor.driver.table and "Harbour Cafe" in editor.driver.table
    assert editor.driver.message_kind == "ok"
    assert "form is empty for another role" in editor.driver.message


def test_clicking_add_twice_does_not_add_the_same_role_twice(session):
    """A second click on 'Add as new role' with the form unchanged adds nothing and says why."""
    editor = RoleEditor(session)
    fill(editor, "Barista", "Harbour Cafe", "2016-05", "2018-02")
    editor.driver.press("Add as new role")
    editor.driver.press("Add as new role")  # the form emptied by the first click
    assert len(read_workspace(session.path).roles) == 1
    assert editor.driver.message_kind == "info"
    assert "The form is empty: 'Barista, Harbour Cafe (2016-05 to 2018-02)' is added" in \
        editor.driver.message and editor.driver.outlined() == []
    fill(editor, "Barista", "Harbour Cafe", "2016-05", "2018-02")  # typed again
    editor.driver.press("Add as new role")
    assert len(read_workspace(session.path).roles) == 1
    assert editor.driver.message_kind == "warning"
    assert "already in your list" in editor.driver.message
    fill(editor, "Barista", "Harbour Cafe", "2018-03", "2019-02")
    editor.driver.press("Add as new role")
    assert len(read_workspace(session.path).roles) == 2


def test_an_empty_end_or_the_current_box_make_a_current_role(session):
    """An empty end, or ticking 'I still work here', saves the role with no end."""
    editor = RoleEditor(session)
    fill(editor, "Night Manager", "Riverside Hotel", "2018-03", "2020-01", current=True)
    editor.driver.press("Add as new role")
    fill(editor, "Volunteer", "Food Bank", "2021")
    editor.driver.press("Add as new role")
    assert [r.end for r in read_workspace(session.path).roles] == [None, None]
    assert "now" in editor.driver.table


@pytest.mark.parametrize(("start", "end", "box", "words"), [
    ("Nov 19", "", "Start:", "write it as YYYY or YYYY-MM"),
    ("2019-11", "Dec 2020", "End:", "write it as YYYY or YYYY-MM"),
    ("2019-11", "2018-01", "End:", "is before the start date"),
    ("2019-13", "", "Start:", "write it as YYYY or YYYY-MM"),
])
def test_bad_dates_are_refused_and_the_typed_text_stays(session, start, end, box, words):
    """An invalid date or an end before the start is refused with the model's message."""
    editor = RoleEditor(session)
    fill(editor, "Barista", "Harbour Cafe", start, end, "coffee")
    editor.driver.press("Add as new role")
    assert editor.driver.message_kind == "error"
    assert words in editor.driver.message
    assert [editor.driver.value(label) for label in ("Job title:", "Start:", "End:")] == [
        "Barista", start, end]
    assert box in editor.driver.outlined()
    assert session.workspace.roles == ()
    assert not session.path.exists()


def test_a_role_without_a_title_is_refused(session):
    """A role needs a title; the message says so and the other fields stay filled."""
    editor = RoleEditor(session)
    fill(editor, "  ", "Harbour Cafe", "2016")
    editor.driver.press("Add as new role")
    assert "The job title is empty" in editor.driver.message
    assert editor.driver.value("Organisation:") == "Harbour Cafe"
    assert session.workspace.roles == ()


def test_the_error_outline_goes_once_the_entry_is_fixed(session):
    """After a refused date is corrected the role is added and no field stays outlined."""
    editor = RoleEditor(session)
    fill(editor, "Barista", "Harbour Cafe", "Nov 19")
    editor.driver.press("Add as new role")
    editor.driver.type("Start:", "2019-11")
    editor.driver.press("Add as new role")
    assert [r.start for r in session.workspace.roles] == ["2019-11"]
    assert editor.driver.outlined() == []


def test_picking_a_role_fills_the_form_and_save_changes_keeps_its_ratings(filled):
    """Editing a role changes its fields and keeps its skills and ratings."""
    editor = RoleEditor(filled)
    editor.driver.select("r1")
    boxes = ("Job title:", "Organisation:", "Start:", "End:", "I still work here")
    assert tuple(editor.driver.value(label) for label in boxes) == (
        "Shift Supervisor", "Northwind Logistics", "2019-11", "", True)
    editor.driver.type("Organisation:", "Northwind Logistics Ltd")
    editor.driver.set("I still work here", False)
    editor.driver.type("End:", "2023-06")
    editor.driver.press("Save changes")
    role = read_workspace(filled.path).role("r1")
    assert (role.organization, role.end) == ("Northwind Logistics Ltd", "2023-06")
    assert role.ratings.skill_growth == 4 and [s.name for s in role.skills] == ["scheduling"]
    assert len(filled.workspace.roles) == 2
    assert editor.driver.message_kind == "ok"


def test_a_bad_edit_is_refused_and_the_saved_role_is_unchanged(filled):
    """Saving an end before the start is refused; the file keeps the old role, the form the text."""
    editor = RoleEditor(filled)
    editor.driver.select("r2")
    editor.driver.type("End:", "2010")
    editor.driver.press("Save changes")
    assert "is before the start date" in editor.driver.message
    assert editor.driver.value("End:") == "2010"
    assert read_workspace(filled.path).role("r2").end == "2019-10"


def test_save_changes_without_a_picked_role_says_to_pick_one(filled):
    """Save changes with nothing picked asks to pick a role and changes nothing."""
    editor = RoleEditor(filled)
    fill(editor, "Barista", "Harbour Cafe", "2016")
    assert editor.driver.button("Save changes").disabled
    editor.driver.press("Save changes", even_if_disabled=True)  # from a page not yet updated
    assert "Pick a role" in editor.driver.message
    assert titles(filled.workspace) == ["Shift Supervisor", "Sales Assistant"]


def test_empty_the_form_unpicks_the_role(filled):
    """'Empty the form' clears every field and unpicks the role, ready for a new one."""
    editor = RoleEditor(filled)
    editor.driver.select("r1")
    editor.driver.press("Empty the form")
    assert editor.selected is None
    assert editor.driver.value("Job title:") == editor.driver.value("Start:") == ""
    assert editor.driver.button("Save changes").disabled and editor.driver.button(REMOVE).disabled


# --- role editor: remove and reorder --------------------------------------------------------------


def test_remove_asks_for_a_second_click(filled):
    """Remove asks first, then removes the picked role on the second click; Undo restores it."""
    editor = RoleEditor(filled)
    editor.driver.select("r1")
    editor.driver.press(REMOVE)
    assert len(filled.workspace.roles) == 2
    assert editor.driver.message_kind == "warning"
    assert "with its 1 skill" in editor.driver.message
    editor.driver.press(REMOVE)
    assert titles(read_workspace(filled.path)) == ["Sales Assistant"]
    assert editor.selected is None and editor.driver.value("Job title:") == ""
    editor.driver.undo()
    assert titles(read_workspace(filled.path)) == ["Shift Supervisor", "Sales Assistant"]


def test_remove_confirmation_lapses_when_another_role_is_picked(filled):
    """Picking another role between the two clicks cancels the pending removal."""
    editor = RoleEditor(filled)
    editor.driver.select("r1")
    editor.driver.press(REMOVE)
    editor.driver.select("r2")
    editor.driver.press(REMOVE)
    assert len(filled.workspace.roles) == 2
    assert editor.driver.button(REMOVE).description == "Yes, remove it"
    assert "Sales Assistant" in editor.driver.message


def test_move_up_and_down_reorder_the_saved_roles(filled):
    """Move up and Move down change the order in the file and keep the role picked."""
    editor = RoleEditor(filled)
    editor.driver.select("r2")
    assert editor.driver.button("Move down").disabled
    assert not editor.driver.button("Move up").disabled
    editor.driver.press("Move up")
    assert titles(read_workspace(filled.path)) == ["Sales Assistant", "Shift Supervisor"]
    assert editor.selected == "r2"
    assert editor.driver.button("Move up").disabled
    assert editor.driver.control("Your roles:").options[0][0].startswith("1. Sales Assistant")
    editor.driver.press("Move down")
    assert titles(read_workspace(filled.path)) == ["Shift Supervisor", "Sales Assistant"]


def test_the_table_lists_roles_in_the_participants_order(filled):
    """The table shows title, organisation, dates and months in list order, not ranked."""
    editor = RoleEditor(filled)
    table = editor.driver.table
    assert table.index("Shift Supervisor") < table.index("Sales Assistant")
    for header in ("Job title", "Organisation", "Start", "End", "Months"):
        assert f"<th>{header}</th>" in table
    assert "r1" not in table  # ids are not for participants


# --- role editor: import ------------------------------------------------------------------------


def test_importing_a_json_resume_appends_roles_with_fresh_ids(filled):
    """A JSON Resume's jobs are added after the existing roles, each with a new id."""
    editor = RoleEditor(filled)
    editor.driver.upload("Import jobs from a file", "resume.json", json.dumps(RESUME).encode())
    saved = read_workspace(filled.path)
    assert titles(saved) == ["Shift Supervisor", "Sales Assistant", "Barista", "Night Manager"]
    ids = [r.id for r in saved.roles]
    assert len(set(ids)) == 4 and ids[:2] == ["r1", "r2"]
    assert saved.target_role.title == "Operations Manager"
    assert editor.driver.message.startswith("Imported 2 roles from resume.json")
    assert "Night Manager" in editor.driver.table
    assert editor.driver.value("Import jobs from a file") == ()


def test_importing_a_linkedin_csv_appends_its_positions(session):
    """A LinkedIn Positions.csv (byte-order mark, CRLF, multi-line cell) adds its positions."""
    editor = RoleEditor(session)
    editor.driver.upload("Import jobs from a file", "Positions.csv", POSITIONS_CSV)
    saved = read_workspace(session.path).roles
    assert [(r.title, r.start, r.end) for r in saved] == [
        ("Shift Supervisor", "2019-11", None), ("Sales Assistant", "2017-03", "2019-10")]
    assert editor.driver.message.startswith("Imported 2 roles from Positions.csv")


def test_importing_the_same_file_twice_adds_nothing_and_says_why(session):
    """The second import of the same file adds no role: every job in it is already in the
    list, named with its number and what the file's copy holds."""
    editor = RoleEditor(session)
    editor.driver.upload("Import jobs from a file", "resume.json", json.dumps(RESUME).encode())
    before = session.path.read_bytes()
    editor.driver.upload("Import jobs from a file", "resume.json", json.dumps(RESUME).encode())
    assert session.path.read_bytes() == before
    assert editor.driver.message_kind == "warning"
    assert editor.driver.message.startswith("Nothing was added from 'resume.json': every job "
                                            "in it is already in your list.")
    assert "'Night Manager, Riverside Hotel (2018-03 to now)' is already your role number 2 " \
           "(the file's copy has 1 result" in editor.driver.message


def test_an_imported_role_typed_by_hand_before_is_named_not_added(session):
    """A role typed by hand with the same title (in any case), organisation and dates as one
    in the file is not added again; the others are, with ids of their own."""
    editor = RoleEditor(session)
    drive = editor.driver
    drive.type("Job title:", "barista")
    drive.type("Organisation:", "Harbour  Cafe")
    drive.type("Start:", "2016-05")
    drive.type("End:", "2018-02")
    drive.press("Add as new role")
    drive.upload("Import jobs from a file", "resume.json", json.dumps(RESUME).encode())
    roles = read_workspace(session.path).roles
    assert [r.title for r in roles] == ["barista", "Night Manager"]
    assert len({r.id for r in roles}) == 2
    assert drive.message_kind == "warning"
    assert drive.message.startswith("Read 2 roles from resume.json")
    assert ("Added 1 role after your other roles, not the 1 job you already have: 'Barista, "
            "Harbour Cafe (2016-05 to 2018-02)' is already your role number 1.") in drive.message
    drive.undo()
    assert [r.title for r in read_workspace(session.path).roles] == ["barista"]


def test_a_job_twice_in_one_file_is_added_once(session):
    """Two identical entries in one file give one role, and the message says so."""
    twice = {"work": [RESUME["work"][0], RESUME["work"][0], RESUME["work"][1]]}
    editor = RoleEditor(session)
    editor.driver.upload("Import jobs from a file", "resume.json", json.dumps(twice).encode())
    assert [r.title for r in session.workspace.roles] == ["Barista", "Night Manager"]
    assert "'Barista, Harbour Cafe (2016-05 to 2018-02)' is in the file twice" in \
        editor.driver.message


@pytest.mark.parametrize(("name", "raw"), [
    ("resume.json", b'{"work": [ {"position": "Barista"'),
    ("resume.json", json.dumps({"work": [{"position": "Barista", "startDate": "soon"}]})
     .encode()),
    ("Positions.csv", b"Name,Job\nAna,Barista\n"),
    ("Positions.csv", b"\xff\xfeC\x00o\x00"),
    ("notes.txt", b"hello"),
])
def test_a_broken_import_file_is_refused_and_the_roles_stay(filled, name, raw):
    """A file that can't be imported gets a plain message naming it; no role changes."""
    editor = RoleEditor(filled)
    before = filled.path.read_bytes()
    editor.driver.upload("Import jobs from a file", name, raw)
    assert editor.driver.message_kind == "error"
    assert f"'{name}' can't be imported" in editor.driver.message
    assert filled.path.read_bytes() == before


# --- role editor: refresh, escaping, repr, factory ---------------------------------------------


def test_role_editor_follows_changes_made_elsewhere(filled):
    """A change saved by another widget updates the list and the table, keeping the pick."""
    editor = RoleEditor(filled)
    editor.driver.select("r2")
    filled.change(lambda ws: add_roles(ws, Role(title="Tutor", start="2015")), "add tutor")
    assert len(editor.driver.control("Your roles:").options) == 3
    assert "Tutor" in editor.driver.table
    assert editor.selected == "r2"
    assert editor.driver.undo_button.description == "Undo: add tutor"


def test_role_editor_escapes_what_the_participant_typed(session):
    """Titles, organisations, summaries and file names are escaped in every HTML value."""
    editor = RoleEditor(session)
    fill(editor, EVIL, EVIL, "2019", "", EVIL)
    editor.driver.press("Add as new role")
    assert_escaped(editor)
    editor.driver.upload("Import jobs from a file", f"{EVIL}.csv", b"Name\nx\n")
    assert editor.driver.message_kind == "error"
    assert_escaped(editor)
    fill(editor, EVIL, EVIL, "Nov 19", "", EVIL)
    editor.driver.press("Add as new role")
    assert editor.driver.message_kind == "error"
    assert_escaped(editor)


def test_role_editor_repr_is_a_stable_summary(filled):
    """The repr names every role and its organisation, in order, and no dates or ids."""
    assert repr(RoleEditor(filled)) == ("RoleEditor: 2 roles: Shift Supervisor, Northwind "
                                        "Logistics; Sales Assistant, Contoso Retail")


def test_role_editor_repr_stays_short_with_many_roles(filled):
    """A long list of roles is clipped with an ellipsis so the repr stays one short line, cut
    after a whole word."""
    filled.change(lambda ws: add_roles(ws, *(Role(title=f"Job number {i}", organization="Org")
                                             for i in range(20))), "many")
    text = repr(RoleEditor(filled))
    assert len(text) <= 111 and text.endswith("…")
    whole = "RoleEditor: 22 roles: " + "; ".join(
        ["Shift Supervisor, Northwind Logistics", "Sales Assistant, Contoso Retail"]
        + [f"Job number {i}, Org" for i in range(20)])
    kept = text[:-1]
    assert whole.startswith(kept) and whole[len(kept)] in " ;,"
    assert text.startswith("RoleEditor: 22 roles: Shift Supervisor, Northwind Logistics; ")


def test_role_editor_factory_uses_the_default_workspace(tmp_path, monkeypatch):
    """role_editor() opens the workspace named by WORKSHOP_WORKSPACE and displays nothing."""
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(tmp_path / "default.json"))
    editor = role_editor()
    assert isinstance(editor, RoleEditor)
    assert repr(editor) == "RoleEditor: no roles yet"


def test_role_line_reads_as_a_sentence():
    """A role is listed as 'title, organisation (start to end)', 'now' for a current role."""
    assert role_line(Role(title="Barista", organization="Cafe", start="2016-05",
                          end="2018")) == "Barista, Cafe (2016-05 to 2018)"
    assert role_line(Role(title="Manager", start="2019")) == "Manager (2019 to now)"
    assert role_line(Role(title="Helper")) == "Helper"


def test_closing_a_widget_stops_it_listening(filled):
    """A closed widget no longer refreshes (and is no longer kept alive by the session)."""
    editor = RoleEditor(filled)
    panel = StartPanel(filled, on_binder=False)
    editor.close()
    panel.close()
    filled.change(lambda ws: replace(ws, roles=ws.roles[:-1]), "drop one")
    assert len(editor.driver.control("Your roles:").options) == 2


def test_role_form_keeps_a_new_role_typed_but_not_added_when_a_listed_role_is_clicked(filled):
    """A role typed into the form but not yet added is put aside when the participant clicks a
    role in the list, and comes back with 'Empty the form'; nothing typed is lost."""
    editor = RoleEditor(filled)
    drive = editor.driver
    drive.type("Shift Supervisor", "Night Porter")  # the title box, found by its placeholder
    drive.type("Northwind Logistics", "Harbour Hotel")
    editor.pick(2)
    assert drive.box("Job title:").value == "Sales Assistant"
    assert "kept aside" in editor.message
    drive.press("Empty the form")
    assert drive.box("Job title:").value == "Night Porter"
    assert drive.box("Organisation:").value == "Harbour Hotel"
    assert "back in the form" in editor.message
    drive.press("Add as new role")
    assert [r.title for r in filled.workspace.roles][-1] == "Night Porter"


def test_role_form_keeps_edits_to_a_listed_role_when_another_is_clicked(filled):
    """Unsaved edits to a listed role survive picking another role and coming back."""
    editor = RoleEditor(filled)
    editor.pick(1)
    editor.driver.type("Job title:", "Shift Lead")
    editor.pick(2)
    editor.pick(1)
    assert editor.driver.box("Job title:").value == "Shift Lead"
    assert filled.workspace.roles[0].title == "Shift Supervisor"  # still unsaved, as it was


def test_plain_words_in_messages_never_an_internal_field_name(session):
    """A refused role names the box as the form does ('The job title is empty'), not the
    field ('title'); loading a class-share file in 00 says what it is instead of quoting a
    missing field."""
    import json

    from workshop.share import export_dict

    editor = RoleEditor(session)
    editor.driver.press("Add as new role")
    assert editor.message.startswith("The job title is empty")
    assert "'title'" not in editor.message
    panel = StartPanel(session, on_binder=False)
    share = json.dumps(export_dict(session.workspace)).encode("utf-8")
    panel.driver.upload("Load a saved file", "share-1234.json", share)
    assert "class-share file" in panel.message and "'name'" not in panel.message


def test_role_form_names_typed_text_that_is_not_saved_until_it_is(filled):
    """As in 02 and 03, the line under 01's buttons says when the form holds text that is not
    saved (a new role not added, a listed role's unsaved edit, typing kept aside) and what to
    click; it is empty again once the text is saved."""
    editor = RoleEditor(filled)
    drive = editor.driver
    assert drive.form_status == ""
    drive.type("Shift Supervisor", "Night Porter")
    assert "Not saved yet: 'Night Porter' is only in the form" in drive.form_status
    assert "Add as new role" in drive.form_status
    editor.pick(1)  # the typing goes aside; the listed role's form is as saved
    assert drive.form_status.startswith("Unsaved typing for 1 other role is kept aside")
    drive.type("In one line:", "ran the night shift for 40 staff")
    assert drive.form_status.startswith("Unsaved changes to this role: click “Save changes”")
    assert "1 other role is kept aside" in drive.form_status
    drive.press("Save changes")
    assert drive.form_status.startswith("Unsaved typing for 1 other role")
    drive.press("Empty the form")  # the new role's typing comes back
    assert "'Night Porter' is only in the form" in drive.form_status
    drive.press("Add as new role")
    assert drive.form_status == ""
    assert [r.title for r in read_workspace(filled.path).roles][-1] == "Night Porter"


def test_role_form_status_shows_typed_markup_as_text(session):
    """The unsaved line repeats the typed title: as text, never as markup."""
    editor = RoleEditor(session)
    editor.driver.type("Job title:", "<script>alert(1)</script>")
    assert "'<script>alert(1)</script>' is only in the form" in editor.driver.form_status
    assert_escaped(editor)
