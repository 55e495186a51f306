"""The public test driver every view has (``view.driver``): it finds controls by the labels a
participant reads, refuses what a participant could not do, and reads what the view shows."""

from __future__ import annotations

import pytest

from workshop.model import Role, Skill, Workspace
from workshop.session import Session
from workshop.widgets import RoleEditor, SkillGrowthEditor


@pytest.fixture
def session(tmp_path) -> Session:
    s = Session.open(tmp_path / "ws.json")
    s.replace(Workspace(roles=[Role(id="r1", title="Cook", skills=[Skill(name="knives")])]),
              "start")
    return s


def test_a_disabled_button_is_refused_unless_the_click_comes_anyway(session):
    """Pressing a disabled button fails the test (a participant can't); ``even_if_disabled``
    clicks it, as a page not yet updated would."""
    editor = RoleEditor(session)
    assert editor.driver.button("Save changes").disabled  # no role picked
    with pytest.raises(AssertionError, match="disabled"):
        editor.driver.press("Save changes")
    assert editor.driver.message == ""
    editor.driver.press("Save changes", even_if_disabled=True)
    assert "Pick a role" in editor.driver.message


def test_a_label_nobody_shows_is_an_error_not_a_guess(session):
    """A label no control has raises LookupError instead of picking some other control."""
    editor = RoleEditor(session)
    with pytest.raises(LookupError, match="no control labelled 'Nickname:'"):
        editor.driver.type("Nickname:", "x")


def test_controls_are_found_by_description_tooltip_or_the_start_of_their_placeholder(session):
    """A box is found by its description ("Skill"), a button by its tooltip, a text area by
    the first words of its placeholder ("Used later")."""
    editor = SkillGrowthEditor(session)
    row = editor.driver.rows()[0]
    assert row.value("Skill") == "knives"
    row.type("Used later", "sharpened the whole kitchen's knives")
    assert row.value("Used later") == "sharpened the whole kitchen's knives"
    assert editor.driver.button("save the skills of this role").description == "Save skills"


def test_outlined_names_only_the_boxes_marked_wrong(session):
    """``outlined()`` lists the boxes a refusal outlined, and nothing once it is fixed."""
    editor = RoleEditor(session)
    assert editor.driver.outlined() == []
    editor.driver.type("Job title:", "Porter")
    editor.driver.type("Start:", "Nov 19")
    editor.driver.press("Add as new role")
    assert editor.driver.outlined() == ["Start:"]


def test_a_disabled_rating_is_refused_like_a_button(tmp_path):
    """With no roles the ratings are off: clicking one fails unless it comes anyway."""
    editor = SkillGrowthEditor(Session.open(tmp_path / "empty.json"))
    with pytest.raises(AssertionError, match="disabled"):
        editor.driver.rate("skill_growth", 3)
    editor.driver.rate("skill_growth", 3, even_if_disabled=True)
    assert editor.driver.message_kind == "error"


def test_every_box_a_button_saves_sends_its_value_ahead_of_the_click(tmp_path):
    """A form's boxes update the kernel when left (``form_text``), so a click right after typing
    cannot overtake the last keys; only the answer box sends every key (its check follows the
    typing, and late keys go into the card: see test_widgets_strongest_answer)."""
    import ipywidgets as w

    from workshop.resources import persona_paths
    from workshop.widgets import AnswerStudio, ResultsEditor, StartPanel

    path = tmp_path / "ws.json"
    path.write_bytes(persona_paths()["career_changer"].read_bytes())
    session = Session.open(path)
    continuous = {}
    for view in (StartPanel(session), RoleEditor(session), SkillGrowthEditor(session),
                 ResultsEditor(session), AnswerStudio(session)):
        boxes = [x for x in view.driver.widgets() if isinstance(x, (w.Text, w.Textarea))]
        assert boxes, f"{type(view).__name__} shows no box"
        continuous[type(view).__name__] = sum(x.continuous_update for x in boxes)
    assert continuous == {"StartPanel": 0, "RoleEditor": 0, "SkillGrowthEditor": 0,
                          "ResultsEditor": 0, "AnswerStudio": 1}
