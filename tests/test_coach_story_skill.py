"""The coach asks about the skill the draft's story is about, not the most grown one: one rule
(``RoleReading.story``) decides the story's skill for the draft and for the coach's growth and
later-use questions, so a reply to the coach always changes the story the draft tells.

The workspaces here have two grown skills: the most grown one (novice to expert) linked to no
result, and a skill grown less that the participant linked to the role's best result, which
the story therefore tells."""

from __future__ import annotations

import pytest

from workshop.draft import entry_questions, plan_draft
from workshop.draft_read import RoleReading
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.session import Session
from workshop.widgets.answer import AnswerStudio

HOW_FAR = "could not do at the start"


def _workspace(linked: str = "rota planning", *, used_later: str = "") -> Workspace:
    role = Role(id="r1", title="Shift Supervisor", organization="Northwind Logistics",
                organization_kind="company", start="2019-03", end="2022-08",
                personal_value="It showed me I could run a shift on my own.",
                skills=(Skill("spreadsheet modelling", "novice", "expert"),
                        Skill("rota planning", "competent", "proficient",
                              used_later=used_later)),
                results=(Result("I cut overtime on the night shift by 18% in six months",
                                value=18, unit="%", period="six months",
                                enabled_by=(linked,)),),
                ratings=Ratings(4, 4, 4))
    return Workspace(target_role=TargetRole("Operations Manager", ("reduce costs",)),
                     roles=(role,))


def _growth_question(questions) -> str:
    found = [q for q in questions if q.code == "how_far"]
    assert len(found) == 1, [q.text for q in questions]
    return found[0].text


def test_the_story_is_about_the_linked_skill_not_the_most_grown():
    """The story's skill is the one linked to the best result, though another grew more."""
    read = RoleReading(_workspace().roles[0])
    assert read.skills()[0][1].name == "spreadsheet modelling"  # the most grown
    assert read.story_skill().name == "rota planning"
    assert "rota planning" in plan_draft(_workspace(), "r1").text


@pytest.mark.parametrize("linked", ["rota planning", "spreadsheet modelling"])
def test_the_growth_question_asks_about_the_skill_the_draft_tells(linked):
    """Whichever skill the participant linked to the result, the coach's growth question and
    the draft's story name the same skill, and not the other one."""
    ws = _workspace(linked)
    story = RoleReading(ws.roles[0]).story_skill().name
    other = next(s.name for s in ws.roles[0].skills if s.name != story)
    assert story == linked
    asked = _growth_question(entry_questions(ws, "r1"))
    assert story in asked and other not in asked
    drafted = _growth_question(plan_draft(ws, "r1").questions)
    assert story in drafted and other not in drafted


def test_the_later_use_question_asks_first_about_the_story_skill():
    """Where no grown skill has a later use, the first later-use question is about the story's
    skill; once it has one, the coach asks no later-use question about it."""
    questions = [q for q in entry_questions(_workspace(), "r1") if q.code == "used_later"]
    assert questions and "rota planning" in questions[0].text
    told = _workspace(used_later="I planned the rotas for 40 staff at my next job.")
    asked = [q.text for q in entry_questions(told, "r1") if q.code == "used_later"]
    assert not any("rota planning" in text for text in asked)


def test_a_reply_in_05_changes_the_growth_the_draft_tells(tmp_path):
    """In 05 (driven as a participant does), the growth question names the story's skill, and
    the reply goes into that skill: the next draft says it."""
    session = Session.open(tmp_path / "ws.json")
    session.replace(_workspace(), "test set-up")
    studio = AnswerStudio(session)
    driver = studio.driver
    asked = next(q for q in driver.questions if HOW_FAR in q)
    assert "rota planning" in asked and "spreadsheet" not in asked
    reply = ("At first I copied last month's rota; by the end I planned the rotas for three "
             "shifts myself.")
    driver.reply(HOW_FAR, reply)
    skills = {s.name: s for s in session.workspace.roles[0].skills}
    assert "planned the rotas for three shifts" in skills["rota planning"].how_far
    assert not skills["spreadsheet modelling"].how_far
    driver.press(driver.DRAFT)
    assert "three shifts" in studio.text
    assert not any(HOW_FAR in q for q in driver.questions)
