"""Notebook 05's coach's questions as a participant meets them (issue 20, "Ask, don't invent"):
shown as soon as 05 opens, answered in plain words in a reply box of their own, the reply
added to what the participant wrote, and the goals asked about exactly as the check reads
them. Driven through the studio's public driver only."""

from __future__ import annotations

import pytest
from helpers_hostile import SCRIPT as HOSTILE

from workshop.check import check_answer, growth_arc
from workshop.coach import joined_note
from workshop.edits import add_roles, with_answer
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.session import Session
from workshop.widgets.answer import AnswerStudio

GOALS = ("reduce shipping delays", "manage supplier relations", "improve inventory accuracy",
         "lead small team")
HOW_FAR = "could not do at the start"


def _workspace(how_far: str = "") -> Workspace:
    role = Role(id="r1", title="Purchasing Assistant", organization="Baltic Freight",
                organization_kind="company", start="2019-03", end="2022-08",
                personal_value="It showed me I could hold my own with suppliers.",
                skills=(Skill("negotiating with suppliers", "novice", "proficient",
                              how_far=how_far),),
                results=(Result("I cut late deliveries from our suppliers by 30% in a year",
                                value=30, unit="%", period="a year",
                                enabled_by=("negotiating with suppliers",)),),
                ratings=Ratings(4, 4, 4))
    return Workspace(target_role=TargetRole("Supply Chain Coordinator", GOALS), roles=(role,))


def _answered(ws: Workspace, text: str) -> Workspace:
    return with_answer(ws, text, "r1")


def _studio(tmp_path, ws: Workspace) -> AnswerStudio:
    session = Session.open(tmp_path / "ws.json")
    session.replace(ws, "test set-up")
    return AnswerStudio(session)


def _how_far_question(studio: AnswerStudio) -> str | None:
    return next((q for q in studio.driver.questions if HOW_FAR in q), None)


# --- 1. a start and an end in plain words ---------------------------------------------------

PLAIN_ARCS = [
    "first I only sent the orders; at the end I negotiated the yearly contracts myself",
    "At start I only send the orders by email. At the end I negotiate alone with suppliers.",
    "In the beginning I only typed up the orders. Now I run the supplier calls myself.",
    "First I only sent the orders, then I negotiated the contracts on my own.",
    "At first I could only send the orders; by the end I negotiated the contracts.",
]


@pytest.mark.parametrize("reply", PLAIN_ARCS)
def test_a_start_and_an_end_in_plain_words_answers_the_growth_question(tmp_path, reply):
    """Any tense, 'at start', 'in the beginning', 'first', 'then', 'now', 'at the end': the
    reply is taken, the question goes, and the check reads the same words as a growth arc."""
    studio = _studio(tmp_path, _workspace())
    assert _how_far_question(studio) is not None
    studio.driver.reply(HOW_FAR, reply)
    assert _how_far_question(studio) is None, studio.driver.message
    assert growth_arc(reply).told
    assert "no room" not in studio.driver.message
    assert studio.driver.message_kind == "ok"


def test_half_an_arc_is_kept_and_the_coach_says_which_half_is_missing(tmp_path):
    """A reply with only a start stays in the entries; the coach says, quoting it, that where
    the participant got to is missing; the next reply with the end is added to it, not put
    in its place, and then the question is answered."""
    studio = _studio(tmp_path, _workspace())
    studio.driver.reply(HOW_FAR, "At first I only sent the orders by email.")
    assert studio.driver.message_kind == "warning"
    assert "not where you got to" in studio.driver.message
    assert "'At first I only sent the orders by email.'" in studio.driver.message
    assert "not where you got to" in _how_far_question(studio)
    studio.driver.reply(HOW_FAR, "After a year I negotiated the yearly contracts alone.")
    note = studio._session.workspace.roles[0].skills[0].how_far
    assert note.startswith("At first I only sent the orders by email.")
    assert note.endswith("After a year I negotiated the yearly contracts alone.")
    assert _how_far_question(studio) is None
    assert "now reads" in studio.driver.message


def test_an_end_alone_asks_for_the_start():
    """The check's reading says which half a note lacks."""
    arc = growth_arc("After a year I negotiated the yearly contracts myself.")
    assert not arc.told and arc.end and not arc.start


def test_a_reply_that_replaces_a_note_shows_what_it_read_before(tmp_path):
    """A note that tells no growth at all is replaced by the reply, and the message quotes
    the old note and says Undo brings it back: nothing the participant wrote is lost unseen."""
    studio = _studio(tmp_path, _workspace(how_far="lots of emails"))
    assert "neither where you started" in _how_far_question(studio)
    studio.driver.reply(HOW_FAR, PLAIN_ARCS[0])
    assert "It read 'lots of emails' before: Undo brings that back." in studio.driver.message
    studio.driver.undo()
    assert studio._session.workspace.roles[0].skills[0].how_far == "lots of emails"


@pytest.mark.parametrize("note, reply, joined", [
    ("At first I only sent the orders", "by the end I negotiated alone",
     "At first I only sent the orders. By the end I negotiated alone"),
    ("At first I only sent the orders.", "at first I only sent the orders and by the end I "
     "negotiated", "at first I only sent the orders and by the end I negotiated"),
    ("", "by the end I negotiated alone", "by the end I negotiated alone"),
])
def test_joined_note(note, reply, joined):
    assert joined_note(note, reply) == joined


# --- 2. the goals question agrees with the check ---------------------------------------------

ANSWER = ("The job that gave me the most was Purchasing Assistant at Baltic Freight. I learned "
          "to negotiate with suppliers: at first I only sent the orders, by the end I ran the "
          "yearly contract talks myself. I cut late deliveries from our suppliers by 30%, so "
          "shipping delays went down, and I kept our supplier relations strong.")


def test_the_goals_question_asks_only_about_the_goals_the_check_finds_no_evidence_for(tmp_path):
    studio = _studio(tmp_path, _answered(_workspace(), ANSWER))
    finding = studio.check.finding("goals_match")
    assert finding.unbacked and len(finding.unbacked) < len(GOALS)
    question = next(q for q in studio.driver.questions if "no evidence yet" in q)
    for goal in GOALS:
        assert (f"'{goal}'" in question) == (goal in finding.unbacked), (goal, question)
        if goal in finding.unbacked:
            assert goal in finding.message.split("Not yet backed")[1]


def test_the_goals_question_has_its_own_reply_box_and_the_reply_ends_the_answer(tmp_path):
    studio = _studio(tmp_path, _answered(_workspace(), ANSWER))
    before = studio.driver.answer_box.value
    studio.driver.reply("no evidence yet", "I also raised our inventory accuracy from 92% to "
                                           "99% with weekly cycle counts.")
    text = studio._session.workspace.answer.text
    assert text.startswith(before.strip()) and text.endswith("with weekly cycle counts.")
    assert studio.driver.answer_box.value.strip() == text
    assert "improve inventory accuracy" not in check_answer(text, GOALS).finding(
        "goals_match").unbacked


def test_the_goals_question_follows_the_answer_as_it_is_edited(tmp_path):
    """Edited to back every goal, the question goes; the check and the question agree."""
    studio = _studio(tmp_path, _answered(_workspace(), ANSWER))
    assert any("no evidence yet" in q for q in studio.driver.questions)
    studio.driver.write(ANSWER + " I also kept inventory accuracy at 99% with weekly counts, "
                                 "and I led a small team of three buyers who cut errors by half.")
    unbacked = studio.check.finding("goals_match").unbacked
    asked = [q for q in studio.driver.questions if "no evidence yet" in q]
    assert bool(asked) == bool(unbacked)
    for goal in unbacked:
        assert f"'{goal}'" in asked[0]


# --- 3. questions as soon as 05 opens ---------------------------------------------------------


def test_questions_show_as_soon_as_05_opens_without_a_draft(tmp_path):
    """A participant who writes their own answer sees the coach's questions from the start."""
    studio = _studio(tmp_path, _workspace())
    assert studio.driver.answer_box.value == ""
    assert _how_far_question(studio) is not None
    assert "A coach's questions" in studio.driver.text()


# --- 4. the answer box has a visible label ----------------------------------------------------


def test_the_answer_box_has_a_visible_label(tmp_path):
    studio = _studio(tmp_path, _workspace())
    assert studio.driver.answer_box.description.startswith("Your answer")
    assert studio.driver.box("Your answer (what you would say):") is studio.driver.answer_box


def test_a_hostile_note_and_reply_are_escaped_in_the_question_and_the_message(tmp_path):
    studio = _studio(tmp_path, _workspace(how_far=f"At first {HOSTILE}"))
    studio.driver.reply(HOW_FAR, f"by the end I negotiated {HOSTILE}")
    assert HOSTILE in studio.driver.message
    assert not any("<script" in h for h in studio.driver.html_values())


def test_bad_replies_get_a_plain_message_and_keep_the_entries(tmp_path):
    """An empty reply is refused in plain words; nothing in the entries changes."""
    studio = _studio(tmp_path, _workspace(how_far="At first I only sent the orders."))
    before = studio._session.workspace
    studio.driver.reply(HOW_FAR, "   ")
    assert studio.driver.message_kind == "error" and "empty" in studio.driver.message
    assert studio._session.workspace.roles == before.roles


def test_a_role_looked_at_asks_its_goals_of_its_draft_with_no_reply_box(tmp_path):
    """Looking at another role's draft: its goals question reads that draft (the text shown
    above), and is answered in 03, so it has no reply box that could be taken for one."""
    ws = _answered(_workspace(), ANSWER)
    other = Role(id="r2", title="Stock Clerk", organization="Baltic Freight",
                 skills=(Skill("stock counting", "novice", "competent"),),
                 results=(Result("I cut picking errors by 20%", value=20, unit="%"),),
                 ratings=Ratings(2, 2, 2))
    studio = _studio(tmp_path, add_roles(ws, other))
    studio.driver.pick("The role:", "Stock Clerk, Baltic Freight")
    asked = [q for q in studio.driver.questions if "no evidence yet" in q]
    assert asked and "notebook 03" in asked[0]
    with pytest.raises(LookupError):
        studio.driver.reply("no evidence yet", "anything")


def test_a_reply_typed_and_not_added_comes_back_after_a_restart(tmp_path):
    """What was typed in a reply box and not yet added is kept beside the workspace: a kernel
    restart (this kernel's memory gone) builds the box again with it; once added, it is
    dropped."""
    from workshop import drafts

    studio = _studio(tmp_path, _workspace())
    typed = "First I only sent the orders; by the end I ran the supplier calls."
    studio.driver.reply_box(HOW_FAR).value = typed
    drafts._files.clear()  # a restart: the kernel's memory is gone
    again = AnswerStudio(Session.open(tmp_path / "ws.json"))
    assert again.driver.reply_box(HOW_FAR).value == typed

    again.driver.reply(HOW_FAR, typed)
    drafts._files.clear()
    kept = drafts.DraftFile.of(tmp_path / "ws.json")
    assert not [k for k in kept.keys("coach/") if kept.get(k)]
