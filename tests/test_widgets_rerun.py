"""Running a notebook cell again replaces its widget: the old one stops following the session
and says, in words, that it moved (never a blank output)."""

from __future__ import annotations

import ipywidgets as w
import pytest

from workshop.edits import add_roles, rate
from workshop.model import Ratings, Role
from workshop.session import Session
from workshop.widgets import (
    answer_studio,
    results_editor,
    role_editor,
    skill_growth_editor,
    start_panel,
    strongest_role_view,
)
from workshop.widgets._base import MOVED

FACTORIES = [start_panel, role_editor, skill_growth_editor, results_editor, strongest_role_view,
             answer_studio]


@pytest.fixture
def session(tmp_path):
    s = Session.open(tmp_path / "ws.json")
    s.change(
        lambda ws: add_roles(ws, Role(title="Clerk", id="r1", ratings=Ratings(3, 3, 3))), "add")
    return s


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
def test_a_second_run_of_the_cell_retires_the_first_widget(session, factory):
    """Building the step's widget again leaves one listener on the session, not two; the
    first one shows only the sentence that it moved, with the way back."""
    before = len(session._listeners)
    first = factory(session)
    after_first = len(session._listeners)
    second = factory(session)

    assert after_first > before
    assert len(session._listeners) == after_first
    assert first.retired and not second.retired
    assert first.driver.text().startswith(MOVED)
    assert "run this cell again to use it here" in first.driver.text()
    assert not any(isinstance(x, (w.Button, w.Text, w.Textarea)) for x in first.driver.widgets())
    assert second.comm is not None
    session.change(lambda ws: rate(ws, "r1", "relevance", 5), "rate")
