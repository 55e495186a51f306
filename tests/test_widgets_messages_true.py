"""Every message a participant reads says what is true, in words they can act on (branch
live43, participant trial s23): a button with nothing to act on says so; the practice area
never shows the pace of a text the box no longer holds; a weight's points are found on its
slider; a refusal with nothing to fix never asks to fix it, and a name is never quoted inside
quotes; the sample person's pictures say that they are pictures."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from workshop.edits import with_role
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.session import Session
from workshop.widgets import role_editor
from workshop.widgets.answer import AnswerStudio
from workshop.widgets.practice import PracticePanel
from workshop.widgets.strongest import StrongestRoleView

ROOT = Path(__file__).resolve().parent.parent


def _workspace() -> Workspace:
    later = Role(id="r1", title="Stores Clerk", organization="Vale Hospital", start="2019-01",
                 end="2023-05", skills=(Skill("stock control", "novice", "proficient",
                                             used_later="ran stock control at my next job"),),
                 results=(Result("I helped the ward to cut wasted stock by 12%", value=12,
                                 unit="%"),), ratings=Ratings(4, 4, 3))
    now = Role(id="r2", title="Buyer", organization="Fenn Foods", start="2023-06",
               skills=(Skill("negotiating", "competent", "proficient"),),
               results=(Result("I helped the firm to save 40000 pounds", value=40000),),
               ratings=Ratings(5, 5, 5))
    return Workspace(target_role=TargetRole("Procurement Lead", ("cut costs",)),
                     roles=(later, now))


def _session(tmp_path) -> Session:
    session = Session.open(tmp_path / "ws.json")
    session.replace(_workspace(), "set-up")
    return session


@pytest.mark.parametrize("reply", ["", "   \n "])
def test_an_empty_coach_reply_says_nothing_was_added(tmp_path, reply):
    studio = AnswerStudio(_session(tmp_path))
    before = studio.session.workspace
    question = next(q for q, row, box in studio._questions.rows.values()
                    if box is not row.children[0] and not q.options).text
    studio.driver.reply(question, reply)
    assert studio.session.workspace == before
    assert "empty" in studio.driver.message and "Nothing was added" in studio.driver.message


def test_the_pace_of_an_earlier_text_is_never_shown_as_the_pace_of_the_box(tmp_path):
    ws = _workspace()
    panel = PracticePanel()
    short = "I ran stock control for the wards and cut wasted stock by twelve percent."
    panel.show(ws, "r1", short)
    panel.driver.say(6)
    assert "words" in panel.driver.pace and "earlier text" not in panel.driver.pace
    panel.show(ws, "r1", short + " " + "and then much more " * 900)  # a paste, refused or not
    assert "earlier text" in panel.driver.pace
    assert "Start the timer again" in panel.driver.pace
    panel.driver.say(300)
    assert "earlier text" not in panel.driver.pace


def test_a_weights_points_are_found_on_its_slider(tmp_path):
    view = StrongestRoleView(_session(tmp_path))
    for part, value in {"pillars": 60, "relevance": 73, "quantified": 8, "used_later": 8}.items():
        view.driver.weigh(part, value)
    said = re.sub(r"<[^>]+>", "", view.driver.explanation + view.driver.verdict)
    points = re.findall(r"without the ([\d.]+) points", said)
    assert points and all(len(p.split(".")[-1]) <= 1 for p in points)  # as the table rounds
    assert "add up to 149" in said and "8 of 149, so 5.4 points" in said


def test_a_refused_undo_asks_nothing_to_fix_and_quotes_no_quote(tmp_path):
    session = Session.open(tmp_path / "ws.json")
    editor = role_editor(session)
    editor.driver.type("Job title:", "Porter")
    editor.driver.type("Organisation:", "Vale Hospital")
    editor.driver.press("Add as new role")
    rid = session.workspace.roles[0].id
    other = Session.open(session.path)  # another notebook renames the role since
    other.change(lambda ws: with_role(ws, rid, lambda r: r.__class__(
        **{**r.__dict__, "title": "Head Porter"})), "rename")
    session.refresh()
    editor.driver.undo()
    said = editor.driver.message
    assert "can't be undone" in said
    assert "fix it" not in said
    assert not re.search(r"'[^']*'[^']*'[^']*'", said.split(":")[0])  # no 'a 'b'' nesting


def test_a_refused_value_still_asks_to_fix_it(tmp_path):
    session = Session.open(tmp_path / "ws.json")
    editor = role_editor(session)
    editor.driver.type("Job title:", "Porter")
    editor.driver.type("Start:", "not a date")
    editor.driver.press("Add as new role")
    assert "fix it and try again" in editor.driver.message


def test_every_sample_picture_says_it_is_a_picture():
    sys.path.insert(0, str(ROOT / "tools"))
    from notebook_pictures import is_stamped

    pictures = sorted((ROOT / "notebooks" / "images").glob("[0-9][0-9].png"))
    assert pictures and all(is_stamped(p) for p in pictures)


def test_the_stamp_goes_over_a_new_picture(tmp_path):
    from PIL import Image

    sys.path.insert(0, str(ROOT / "tools"))
    from notebook_pictures import is_stamped, stamp

    path = tmp_path / "99.png"
    Image.new("RGB", (300, 80), (255, 255, 255)).save(path)
    assert not is_stamped(path)
    stamp(path)
    assert is_stamped(path)
