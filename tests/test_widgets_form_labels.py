"""Every box of notebooks 02 and 03's forms says on the page what it is (a placeholder vanishes
once the box is filled), each box is wide enough for what participants type in it, and 03's
skill list says how to pick more than one."""

from __future__ import annotations

import pytest

from workshop.resources import persona_paths
from workshop.session import Session
from workshop.store import read_workspace
from workshop.widgets import results_editor, skill_growth_editor

PX_PER_CHAR = 7.5  # JupyterLab's 13 px sans-serif: about 7 pixels a character, and a little room
PADDING = 12  # pixels of an input's own padding and border

# the single-line boxes, by label: which saved field each shows
SKILL_BOXES = {"Skill": "name"}
RESULT_BOXES = {"metric": "metric", "value": "value", "unit": "unit", "from": "from_value",
                "in what time": "period"}
TYPED = {"unit": ["percentage", "percentage points", "customers a week"]}  # typed in tests


def _longest(kind: str, field: str) -> str:
    values = list(TYPED.get(field, []))
    for path in persona_paths().values():
        for role in read_workspace(path).to_dict()["roles"]:
            values += [str(item.get(field) or "") for item in role.get(kind, [])]
    return max(values, key=len)


@pytest.fixture
def session(tmp_path) -> Session:
    s = Session.open(tmp_path / "ws.json")
    path = persona_paths()["new_graduate"]
    s.replace(read_workspace(path), "start")
    return s


def _editors(session):
    return {"02": skill_growth_editor(session), "03": results_editor(session)}


@pytest.mark.parametrize("step", ["02", "03"])
def test_every_box_of_a_row_has_a_visible_label_of_its_own(session, step):
    """Each box, list and menu of a skill or a result carries a label shown beside it, and no two
    in one row share a label: "How far" and "Used later" stay told apart once filled."""
    editor = _editors(session)[step]
    editor.driver.add()
    rows = editor.driver.rows()
    assert rows
    for row in rows:
        labels = [f.description for f in row.fields()]
        assert all(label.strip() for label in labels), labels
        assert len(set(labels)) == len(labels), labels


def test_02_names_how_far_and_used_later_on_the_page(session):
    """The two text boxes of a skill are labelled "How far" and "Used later", not only by
    their placeholders."""
    row = _editors(session)["02"].driver.rows()[0]
    assert {"How far", "Used later"} <= {f.description for f in row.fields()}
    row.type("Used later", "at my next job")
    assert row.control("Used later").value == "at my next job"


def _room(box) -> float:
    """The pixels a single-line box has for its text (a box as wide as its row: plenty)."""
    width = box.layout.width
    if width.endswith("%"):
        return 700.0
    label = box.style.description_width if box.description else "0px"
    if label == "initial":  # the label as wide as its words
        label = f"{len(box.description) * PX_PER_CHAR + 8}px"
    assert label.endswith("px"), (box.description, label)
    return float(width[:-2]) - float(label[:-2]) - PADDING


@pytest.mark.parametrize(("step", "kind", "boxes"), [("02", "skills", SKILL_BOXES),
                                                     ("03", "results", RESULT_BOXES)])
def test_single_line_boxes_hold_the_longest_value_participants_type(session, step, kind, boxes):
    """Each single-line box is wide enough for the longest value of its field in the sample
    personas (and "percentage points" in the unit box): nothing typed is cut off."""
    row = _editors(session)[step].driver.rows()[0]
    for label, field in boxes.items():
        longest = _longest(kind, field)
        assert _room(row.control(label)) >= len(longest) * PX_PER_CHAR, (label, longest)


def test_03_says_on_the_page_how_to_pick_several_skills(session):
    """Where a role has skills to link, the row says that Ctrl (Cmd on a Mac) picks more than
    one; a role without skills shows where to add them instead."""
    editor = _editors(session)["03"]
    ws = session.workspace
    with_skills = next(r for r in ws.roles if r.skills and r.results)
    editor.driver.select(with_skills.id)
    text = editor.driver.rows()[0].text()
    assert "Ctrl" in text and "Cmd" in text
    assert len(editor.driver.rows()[0].options("made possible by")) == len(with_skills.skills)
