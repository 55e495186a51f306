"""Text that reaches a view only after a newer view of the same cell took its place is never
lost, in every notebook's form (branch live43).

A box sends its text to the kernel when the participant leaves it; the box the cursor is in
when the same notebook runs in a second tab sends it only as the page drops the retired view.
Here that late text is set on the retired view's box after the newer view was built: it must
be kept beside the workspace, come into the newer view's form where nothing was typed there,
and the retired view must say only what is true.
"""

from __future__ import annotations

import pytest

from workshop.drafts import DraftFile
from workshop.edits import add_roles
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.session import Session
from workshop.widgets import (
    answer_studio,
    results_editor,
    role_editor,
    skill_growth_editor,
    start_panel,
)
from workshop.widgets._base import MOVED


@pytest.fixture
def session(tmp_path) -> Session:
    s = Session.open(tmp_path / "ws.json")
    s.change(lambda ws: add_roles(ws, Role(
        id="r1", title="Warehouse Lead", organization="Pine Freight", start="2018-02",
        end="2021-06", skills=(Skill(name="rota planning", before="novice", after="competent"),),
        ratings=Ratings(3, 3, 3)), Role(id="r2", title="Steward", organization="Lakeside Club",
                                        start="2021-07")), "add")
    return s


def _kept(session: Session) -> str:
    draft = DraftFile.of(session.path)
    return repr({k: draft.get(k) for k in draft.keys()})


def test_01_a_new_roles_box_sent_late_reaches_the_newer_form_and_is_kept(session):
    first = role_editor(session)
    first.driver.type("Job title:", "Food runner")
    cursor_box = first.driver.box("Organisation:")  # the cursor is here: nothing sent yet
    second = role_editor(session)
    assert first.retired and second.driver.value("Job title:") == "Food runner"
    cursor_box.value = "Harbour Kitchen"  # the page drops the old view: its text arrives now
    assert "Harbour Kitchen" in _kept(session)
    assert second.driver.value("Organisation:") == "Harbour Kitchen"
    assert second.driver.value("Job title:") == "Food runner"
    said = first.driver.text()
    assert said.startswith(MOVED) and "is kept: the newer view shows it" in said


def test_01_a_late_box_never_overwrites_what_was_typed_in_the_newer_view(session):
    first = role_editor(session)
    first.driver.type("Job title:", "Food runner")
    cursor_box = first.driver.box("Organisation:")
    second = role_editor(session)
    second.driver.type("Start:", "2015-04")  # the participant went on typing in the new tab
    cursor_box.value = "Harbour Kitchen"
    assert second.driver.value("Start:") == "2015-04"
    assert second.driver.value("Organisation:") == "Harbour Kitchen"  # not typed in there
    assert "the newer view shows it" in first.driver.text()


def test_01_a_late_box_that_meets_typing_in_the_newer_view_is_shown_to_copy(session):
    first = role_editor(session)
    cursor_box = first.driver.box("Organisation:")
    second = role_editor(session)
    second.driver.type("Organisation:", "Harbour Bistro")  # typed here first
    cursor_box.value = "Harbour Kitchen"
    assert second.driver.value("Organisation:") == "Harbour Bistro"
    said = first.driver.text()
    assert "the newer view shows it" not in said  # not true: it kept its own
    assert "Organisation Harbour Kitchen" in said


@pytest.mark.parametrize("factory,label,typed", [
    (skill_growth_editor, "Used later", "planned the winter rota for four depots"),
    (results_editor, "value", "4321"),
], ids=["02", "03"])
def test_02_03_a_rows_box_sent_late_reaches_the_newer_form(session, factory, label, typed):
    first = factory(session)
    first.driver.add()
    row = first.driver.rows()[-1]
    row.type("Skill" if factory is skill_growth_editor else "result",
             "stock counts" if factory is skill_growth_editor else
             "I helped the depot to ship more orders a day")
    cursor_box = row.box(label)
    second = factory(session)
    cursor_box.value = typed
    assert typed in _kept(session)
    assert second.driver.rows()[-1].value(label) == typed
    assert first.driver.text().startswith(MOVED)
    assert "the newer view shows it" in first.driver.text()


def test_00_the_target_boxes_sent_late_reach_the_newer_panel(session):
    first = start_panel(session)
    first.driver.type("Job title:", "Logistics Coordinator")
    cursor_box = first.driver.box("Goals:")
    second = start_panel(session)
    cursor_box.value = "cut delivery delays\nrun the night shift"
    assert second.driver.value("Goals:") == "cut delivery delays\nrun the night shift"
    assert second.driver.value("Job title:") == "Logistics Coordinator"


def test_05_a_coach_reply_sent_late_fills_the_newer_views_empty_box(tmp_path):
    session = Session.open(tmp_path / "ws.json")
    role = Role(id="r1", title="Purchasing Assistant", organization="Baltic Freight",
                start="2019-03", end="2022-08",
                skills=(Skill("negotiating with suppliers", "novice", "proficient"),),
                results=(Result("I cut late deliveries by 30% in a year", value=30, unit="%",
                                period="a year"),), ratings=Ratings(4, 4, 4))
    session.replace(Workspace(target_role=TargetRole("Buyer", ("cut costs",)), roles=(role,)),
                    "set-up")
    first = answer_studio(session)
    question = next(q for q, _row, box in first._questions.rows.values()
                    if box is not _row.children[0] and not q.options).text
    cursor_box = first.driver.reply_box(question)
    second = answer_studio(session)
    cursor_box.value = "weekly calls with the three biggest suppliers"
    assert second.driver.reply_box(question).value == \
        "weekly calls with the three biggest suppliers"


# --- 02, 03: unsaved rows of another role that came back are named --------------------------


@pytest.mark.parametrize("factory,box", [(skill_growth_editor, "Skill"),
                                         (results_editor, "result")], ids=["02", "03"])
def test_rows_of_another_role_that_come_back_after_a_restart_are_named(session, factory, box):
    """The editor opens on the first role; unsaved rows typed for the second one before a
    reload or a restart come back beside the workspace, and the message names that role."""
    first = factory(session)
    first.driver.select("r2")
    first.driver.add()
    first.driver.rows()[-1].type(box, "opening the club at six")
    again = factory(Session.open(session.path))
    assert again.driver.selected == "r1"
    said = again.driver.message
    assert "Steward, Lakeside Club" in said and "came back" in said
    again.driver.select("r2")
    assert again.driver.rows()[-1].value(box) == "opening the club at six"
