"""Notebook 00 says where the workspace file really is: its name when it lies beside the
notebook, else its whole path (the home folder written ~), in the summary and the status line."""

from __future__ import annotations

import pytest

from workshop.notebook import summary
from workshop.session import Session
from workshop.widgets import StartPanel


@pytest.fixture
def place(tmp_path, monkeypatch):
    home, notebooks = tmp_path / "home", tmp_path / "kit" / "notebooks"
    notebooks.mkdir(parents=True)
    (home / "work").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(notebooks)
    return home, notebooks, tmp_path


def _shown(session: Session) -> tuple[str, str]:
    panel = StartPanel(session, on_binder=False)
    return summary(session).splitlines()[0], panel.driver.status


def test_a_file_beside_the_notebook_is_named_alone(place):
    _, notebooks, _ = place
    line, status = _shown(Session.open(notebooks / "my_workspace.json"))
    assert line == "Workspace file: my_workspace.json (saved after every change)"
    assert "saved to <b>my_workspace.json: 0 roles" in status


def test_a_file_in_the_home_folder_is_shown_from_home(place):
    """WORKSHOP_WORKSPACE on a hub, ~/work/my_workspace.json: said as such, not as the name
    alone (which points at a file beside the notebook that is not there)."""
    home, _, _ = place
    line, status = _shown(Session.open(home / "work" / "my_workspace.json"))
    assert line == "Workspace file: ~/work/my_workspace.json (saved after every change)"
    assert "~/work/my_workspace.json: 0 roles" in status


def test_a_file_elsewhere_is_shown_by_its_whole_path(place):
    _, _, root = place
    path = root / "shared" / "ws.json"
    path.parent.mkdir()
    line, status = _shown(Session.open(path))
    assert line == f"Workspace file: {path} (saved after every change)"
    assert f"{path}: 0 roles" in status


def test_a_hostile_folder_name_is_escaped_in_the_status(place):
    _, _, root = place
    path = root / "<i>x" / "ws.json"
    path.parent.mkdir()
    _, status = _shown(Session.open(path))
    assert "&lt;i&gt;x" in status and "<i>x" not in status
