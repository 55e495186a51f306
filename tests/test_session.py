"""A participant's session: autosave after every change, undo, listeners, and other notebooks."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest

from workshop.edits import add_roles, rate, with_role
from workshop.errors import UnreadableWorkspace, ValidationError
from workshop.model import Ratings, Role, Workspace
from workshop.session import UNDO_DEPTH, Session, open_session
from workshop.store import read_workspace


def file_dict(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def add_role(title, **kwargs):
    return lambda ws: add_roles(ws, Role(title=title, **kwargs))


@pytest.fixture
def path(tmp_path):
    return tmp_path / "ws.json"


@pytest.fixture
def session(path):
    """A session with one saved role, 'Barista' (id r1)."""
    s = Session.open(path)
    s.change(add_role("Barista", id="r1"), label="add Barista")
    return s


# --- autosave ---------------------------------------------------------------------------------


def test_a_change_is_saved_at_once(session, path):
    """After change(), the file holds exactly the session's workspace."""
    session.change(lambda ws: rate(ws, "r1", "skill_growth", 4))

    assert file_dict(path) == session.workspace.to_dict()
    assert read_workspace(path).role("r1").ratings.skill_growth == 4


def test_change_returns_the_saved_workspace(session):
    """change() returns the workspace as written, which is also session.workspace."""
    saved = session.change(add_role("Tutor"))

    assert saved is session.workspace
    assert [r.title for r in saved.roles] == ["Barista", "Tutor"]


def test_an_edit_returns_a_new_workspace_and_the_old_one_stays(session):
    """The edit function gets the workspace as it is (frozen: it can't be changed in place) and
    returns the edited one; the one it got is left as it was."""
    seen = []

    def edit(ws):
        seen.append(ws)
        return with_role(ws, "r1", lambda r: replace(r, summary="Morning shifts"))

    session.change(edit)

    assert seen[0].role("r1").summary == ""
    assert session.workspace.role("r1").summary == "Morning shifts"
    with pytest.raises(AttributeError):
        seen[0].role("r1").summary = "changed in place"


def test_an_edit_that_returns_nothing_is_refused(session, path):
    """An edit must return the new workspace: one that returns None saves nothing."""
    before = path.read_bytes()
    with pytest.raises(TypeError):
        session.change(lambda ws: None)
    assert path.read_bytes() == before


@pytest.mark.parametrize("edit", [
    lambda ws: rate(ws, "r1", "skill_growth", 7),
    lambda ws: with_role(ws, "r1", lambda r: replace(r, end="Nov 2019")),
    lambda ws: with_role(ws, "r1", lambda r: replace(r, title="")),
    lambda ws: add_roles(ws, Role(title="Copy", id="r1")),
], ids=["rating 7", "bad date", "empty title", "duplicate id"])
def test_an_invalid_edit_raises_and_changes_nothing(session, path, edit):
    """An edit breaking a rule raises ValidationError; memory, file and undo stay as they were."""
    before_memory = session.workspace.to_dict()
    before_file = path.read_bytes()
    before_undo = session.undo_label

    with pytest.raises(ValidationError):
        session.change(edit)

    assert session.workspace.to_dict() == before_memory
    assert path.read_bytes() == before_file
    assert session.undo_label == before_undo


def test_opening_starts_with_what_was_saved(session, path):
    """A new session on the same file starts where the last one left off."""
    assert Session.open(path).workspace.to_dict() == session.workspace.to_dict()


# --- undo -------------------------------------------------------------------------------------


def test_undo_restores_the_previous_state_and_saves_it(session, path):
    """Undo takes back the last change in memory and on disk, and returns its label."""
    before = session.workspace.to_dict()
    session.change(lambda ws: rate(ws, "r1", "relevance", 2), label="rate")

    assert session.undo() == "rate"

    assert session.workspace.to_dict() == before
    assert file_dict(path) == before


def test_undo_steps_back_one_change_at_a_time(session):
    """Several undos take back several changes, newest first."""
    session.change(add_role("Tutor"), label="add Tutor")
    session.change(add_role("Clerk"), label="add Clerk")

    assert session.undo() == "add Clerk"
    assert session.undo() == "add Tutor"
    assert [r.title for r in session.workspace.roles] == ["Barista"]


def test_undo_with_nothing_to_undo_returns_none(path):
    """A fresh session has nothing to undo: undo() returns None and writes nothing."""
    session = Session.open(path)

    assert not session.can_undo
    assert session.undo_label is None
    assert session.undo() is None
    assert not path.exists()


def test_undo_label_says_what_undo_would_take_back(session):
    """undo_label names the last change, and can_undo says whether there is one."""
    assert session.can_undo
    assert session.undo_label == "add Barista"


def test_undo_remembers_a_limited_number_of_changes(session):
    """Only the last UNDO_DEPTH changes can be undone."""
    for i in range(UNDO_DEPTH + 5):
        session.change(lambda ws, i=i: with_role(ws, "r1", lambda r: replace(r, summary=f"v{i}")))

    undone = 0
    while session.undo() is not None:
        undone += 1

    assert undone == UNDO_DEPTH
    assert session.workspace.role("r1").summary == "v4"


def test_replacing_the_workspace_can_be_undone(session, tmp_path):
    """Loading a saved file or a persona replaces the workspace, and undo brings it back."""
    other = tmp_path / "other.json"
    other_session = Session.open(other)
    other_session.change(add_role("Nurse"))
    before = session.workspace.to_dict()

    session.load_file(other, label="load other.json")

    assert [r.title for r in session.workspace.roles] == ["Nurse"]
    assert session.undo() == "load other.json"
    assert session.workspace.to_dict() == before


def test_loading_an_invalid_file_changes_nothing(session, path, tmp_path):
    """A bad file chosen for loading raises the kit's error and leaves the session as it was."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "roles": [{"title": ""}]}')
    before = path.read_bytes()

    with pytest.raises(UnreadableWorkspace) as info:
        session.load_file(bad)

    assert info.value.file == str(bad)
    assert info.value.field == "roles[0].title"
    assert path.read_bytes() == before
    assert bad.read_text() == '{"schema_version": 1, "roles": [{"title": ""}]}'


# --- listeners --------------------------------------------------------------------------------


def test_listeners_hear_every_change_undo_and_refresh(session, path):
    """A listener is called with the session after change, undo and a refresh that finds news."""
    calls = []
    session.observe(lambda s: calls.append([r.title for r in s.workspace.roles]))

    session.change(add_role("Tutor"))
    session.undo()
    other = Session.open(path)
    other.change(add_role("Clerk"))
    session.refresh()

    assert calls == [["Barista", "Tutor"], ["Barista"], ["Barista", "Clerk"]]


def test_a_listener_is_added_once_and_can_be_removed(session):
    """observe() twice registers once; unobserve() stops the calls."""
    calls = []

    def listener(s):
        calls.append(1)

    session.observe(listener)
    session.observe(listener)
    session.change(add_role("Tutor"))
    session.unobserve(listener)
    session.change(add_role("Clerk"))

    assert calls == [1]


def test_a_failing_listener_does_not_break_the_save_or_the_others(session, path, caplog):
    """A broken view is logged; the change is saved and the other listeners still hear it."""
    heard = []

    def broken(s):
        raise RuntimeError("chart exploded")

    session.observe(broken)
    session.observe(lambda s: heard.append(len(s.workspace.roles)))

    with caplog.at_level(logging.ERROR, logger="workshop.session"):
        session.change(add_role("Tutor"))

    assert heard == [2]
    assert [r.title for r in read_workspace(path).roles] == ["Barista", "Tutor"]
    assert "listener" in caplog.text and "chart exploded" in caplog.text


def test_an_invalid_edit_tells_no_listener(session):
    """Nothing changed, so nobody is told."""
    calls = []
    session.observe(lambda s: calls.append(1))

    with pytest.raises(ValidationError):
        session.change(lambda ws: rate(ws, "r1", "relevance", 0))

    assert calls == []


# --- other notebooks --------------------------------------------------------------------------


def test_refresh_picks_up_the_other_sessions_edits(session, path):
    """Another notebook's saved change appears after refresh(), which returns True."""
    other = Session.open(path)
    other.change(lambda ws: rate(ws, "r1", "company_results", 5))

    assert session.refresh() is True
    assert session.workspace.role("r1").ratings.company_results == 5


def test_refresh_without_news_returns_false(session):
    """Nothing changed on disk: refresh() returns False and tells no one."""
    calls = []
    session.observe(lambda s: calls.append(1))

    assert session.refresh() is False
    assert calls == []


def test_refresh_keeps_the_session_when_the_file_turned_unreadable(session, path):
    """A spoiled file does not wipe the session's workspace on refresh."""
    before = session.workspace.to_dict()
    path.write_bytes(b"garbage")

    assert session.refresh() is False
    assert session.workspace.to_dict() == before
    assert path.read_bytes() == b"garbage"


def test_two_sessions_edit_in_turn_and_end_up_equal(session, path):
    """Edits alternating between two notebooks are all kept, and both see the same at the end."""
    other = Session.open(path)

    other.change(add_role("Tutor"))
    session.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, ratings=Ratings(4, 4, 4))))
    other.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, summary="Morning shifts")))
    session.refresh()

    assert session.workspace.to_dict() == other.workspace.to_dict() == file_dict(path)
    role = session.workspace.role("r1")
    assert role.summary == "Morning shifts" and role.ratings.complete
    assert [r.title for r in session.workspace.roles] == ["Barista", "Tutor"]


def test_open_session_shares_one_session_per_file_and_refreshes_it(tmp_path):
    """Widgets of one notebook share one session, which picks up other notebooks' saves."""
    path = tmp_path / "shared.json"
    first = open_session(path)
    Session.open(path).change(add_role("Tutor"))

    again = open_session(path)

    assert again is first
    assert [r.title for r in again.workspace.roles] == ["Tutor"]
    assert open_session(path, fresh=True) is not first


def test_an_unreadable_file_gives_a_session_with_a_notice(path):
    """Opening a file that can't be read starts empty and carries the notice to show."""
    path.write_bytes(b"\x00\x01garbage")

    session = Session.open(path)

    assert session.workspace.roles == ()
    assert "can't be used" in session.notice
    assert "ws-new.json" in session.notice


def test_download_copy_writes_the_saved_file(session, tmp_path):
    """The download copy is byte for byte the saved workspace."""
    target = session.download_copy(tmp_path / "download.json")

    assert target.read_bytes() == session.path.read_bytes()


def test_download_copy_of_a_never_saved_workspace_saves_it_first(tmp_path):
    """A participant who changed nothing still gets a valid file to download."""
    session = Session.open(tmp_path / "ws.json")

    target = session.download_copy(tmp_path / "download.json")

    assert read_workspace(target).to_dict() == Workspace().to_dict()


# --- bugs -------------------------------------------------------------------------------------


def test_undo_takes_back_only_this_notebooks_change(session, path):
    """Undoing my last change keeps the role another notebook added meanwhile."""
    other = Session.open(path)
    other.change(add_role("Added elsewhere", id="r2"))
    session.change(
        lambda ws: with_role(ws, "r1", lambda r: replace(r, summary="mine")), label="summary")

    session.undo()

    titles = [r.title for r in read_workspace(path).roles]
    assert titles == ["Barista", "Added elsewhere"]
    assert read_workspace(path).role("r1").summary == ""


def test_undo_after_refresh_keeps_what_the_refresh_brought(session, path):
    """An edit seen through refresh survives undoing an earlier change of my own."""
    session.change(
        lambda ws: with_role(ws, "r1", lambda r: replace(r, summary="mine")), label="summary")
    other = Session.open(path)
    other.change(lambda ws: rate(ws, "r1", "relevance", 5))
    session.refresh()

    session.undo()

    role = read_workspace(path).role("r1")
    assert role.ratings.relevance == 5
    assert role.summary == ""


def test_a_file_spoiled_during_the_session_is_left_alone_and_the_participant_told(session, path):
    """If another program spoils the file, the next save goes beside it and says so in words."""
    path.write_bytes(b'{"schema_version": 1, "roles": [')

    session.change(add_role("Tutor"))

    assert path.read_bytes() == b'{"schema_version": 1, "roles": ['
    kept = path.with_name(path.stem + "-new.json")
    assert "Tutor" in [r.title for r in read_workspace(kept).roles]
    assert kept.name in session.notice and "another program" in session.notice
