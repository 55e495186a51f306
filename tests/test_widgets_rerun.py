"""Running a notebook cell again replaces its widget: the old one stops following the session."""

from __future__ import annotations

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

FACTORIES = [start_panel, role_editor, skill_growth_editor, results_editor, strongest_role_view,
             answer_studio]


@pytest.fixture
def session(tmp_path):
    s = Session.open(tmp_path / "ws.json")
    s.change(
        lambda ws: add_roles(ws, Role(title="Clerk", id="r1", ratings=Ratings(3, 3, 3))), "add")
    return s


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
def test_a_second_run_of_the_cell_closes_the_first_widget(session, factory):
    """Building the step's widget again leaves one listener on the session, not two."""
    before = len(session._listeners)
    first = factory(session)
    after_first = len(session._listeners)
    second = factory(session)

    assert after_first > before
    assert len(session._listeners) == after_first
    assert first.comm is None  # closed
    assert second.comm is not None
    session.change(lambda ws: rate(ws, "r1", "relevance", 5), "rate")
