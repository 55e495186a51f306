"""Notebook 05 asks first what raises the answer most, a few questions at a time, and uses the
participant's replies whole (issue 20, "the participant's own words, asked for and used
well"). The widget is driven through the studio's public driver only."""

from __future__ import annotations

from workshop.coach import OPEN_AT_ONCE, Question, apply_reply, role_questions, studio_order
from workshop.draft_read import RoleReading
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.personal_value import say_value
from workshop.session import Session
from workshop.widgets.answer import AnswerStudio

VALUE = "What did this job give you personally"


def _workspace(personal_value: str = "") -> Workspace:
    """A role whose entries leave much unsaid: no reason, no growth in words, a "we" result
    with no part and no time, a skill used later with no note."""
    role = Role(id="r1", title="Shift Supervisor", organization="Halden Bakery",
                start="2017-01", end="2021-06", personal_value=personal_value,
                skills=(Skill("scheduling bakers", "novice", "proficient"),
                        Skill("food safety audits", "advanced beginner", "competent")),
                results=(Result("We cut flour waste from 9% to 4%", value=4, unit="%",
                                from_value=9, kind="change"),
                         Result("we opened a second oven line")),
                ratings=Ratings(4, 4, 4))
    return Workspace(target_role=TargetRole("Production Manager", ("run a night shift",)),
                     roles=(role,))


def _studio(tmp_path, ws: Workspace) -> AnswerStudio:
    session = Session.open(tmp_path / "ws.json")
    session.replace(ws, "test set-up")
    return AnswerStudio(session)


# --- the order: the reason, the growth, the headline result's part and number ---------------

def test_the_studio_asks_the_reason_then_the_growth_then_the_headline_results_part():
    """Whatever order the entries raise them in, the reason comes first, the "how far"
    second, then the first result's own part and number, and the rest keep their order."""
    asked = [Question("used_later", "later?", skill=0),
             Question("enabled_by", "which skill?", result=0, options=("a",)),
             Question("period", "in what time?", result=0),
             Question("my_part", "your part?", result=0),
             Question("my_part", "your part in the second?", result=1),
             Question("how_far", "how far?", skill=0),
             Question("personal_value", "what did it give you?"),
             Question("goals", "goals?", where="00")]
    order = [q.text for q in studio_order(asked)]
    assert order[:4] == ["what did it give you?", "how far?", "your part?", "in what time?"]
    assert order.index("later?") < order.index("your part in the second?") < order.index(
        "goals?")


def test_where_to_add_a_story_comes_before_anything_else_but_the_reason():
    """A role with no skills: the question that says where to add them is among the first."""
    role = Role(id="r1", title="Cashier", organization="Corner Shop", ratings=Ratings(3, 3, 3))
    ws = Workspace(roles=(role,))
    first = studio_order(role_questions(ws, RoleReading(role)))[:OPEN_AT_ONCE]
    assert any(q.code == "skills" for q in first)


# --- three open at once, the rest behind "More questions (N)" ------------------------------

def test_three_questions_are_open_and_the_rest_wait_behind_more_questions(tmp_path):
    studio = _studio(tmp_path, _workspace())
    everything, shown = studio.driver.questions, studio.driver.open_questions
    assert len(everything) > OPEN_AT_ONCE
    assert len(shown) == OPEN_AT_ONCE and shown[0].startswith(VALUE)
    assert studio.driver.more_label == f"More questions ({len(everything) - OPEN_AT_ONCE})"
    studio.driver.more()
    assert studio.driver.open_questions == everything


def test_a_reply_takes_its_question_away_and_the_next_comes_up(tmp_path):
    studio = _studio(tmp_path, _workspace())
    before = studio.driver.open_questions
    studio.driver.reply(VALUE, "Running the night shift showed me I could keep twelve people "
                               "calm when the ovens broke down at three in the morning.")
    after = studio.driver.open_questions
    assert not any(q.startswith(VALUE) for q in after)
    assert len(after) == OPEN_AT_ONCE and after[0] == before[1]


def test_a_reply_typed_behind_more_questions_survives_a_restart(tmp_path):
    """A reply typed in a box behind "More questions" and not added comes back in a new
    kernel's studio (the drafts file beside the workspace keeps it)."""
    from workshop import drafts

    studio = _studio(tmp_path, _workspace())
    hidden = "Where did you use scheduling bakers later"
    assert not any(hidden in q for q in studio.driver.open_questions)
    studio.driver.more()
    studio.driver.reply_box(hidden).value = "the oven line took about four months"
    drafts._files.clear()  # a restart: the kernel's memory is gone
    again = AnswerStudio(Session.open(tmp_path / "ws.json"))
    assert again.driver.reply_box(hidden).value == "the oven line took about four months"


# --- a reply the kit cannot use: said why, asked again, never the reason --------------------

def test_one_word_is_never_the_reason_and_the_coach_says_why(tmp_path):
    for word in ("dunno", "ok", "Nothing."):
        assert say_value(word, False).sentence == ""
    studio = _studio(tmp_path, _workspace())
    studio.driver.reply(VALUE, "idk")
    assert "idk" not in studio.text
    asked = next(q for q in studio.driver.questions if VALUE in q)
    assert asked.lower().startswith("one word, 'idk'")


def test_the_pay_is_never_said_as_the_reason():
    for typed in ("good money for a student", "It paid the bills while I studied.",
                  "the tips were decent", "Money."):
        said = say_value(typed, False)
        assert said.sentence == "" and said.problem == "pitfall", typed
    # a reason beside the pay is still said
    said = say_value("The bonus was fine. But teaching the apprentices showed me I can "
                     "explain hard things simply.", False)
    assert said.sentence.startswith("Teaching the apprentices showed me"), said


# --- a reply used whole --------------------------------------------------------------------

def test_a_lowercase_reply_goes_into_the_entries_as_sentences():
    ws = _workspace()
    question = Question("my_part", "your part?", result=0)
    after = apply_reply(ws, "r1", question, "i weighed every batch myself. we didnt throw "
                                            "out a tray after march")
    assert after.role("r1").results[0].my_part == (
        "I weighed every batch myself. We didn't throw out a tray after march.")


def test_a_later_sentence_said_alone_keeps_the_sentence_that_says_who_they_are():
    """The 30-second reason never opens on "them" before anyone is named."""
    said = say_value("Coaching the apprentices. Seeing them pass their exams first time is "
                     "what I'm proudest of.", False)
    for version in (said.short, said.brief):
        assert "apprentices" in version.split("them")[0], version


def test_a_reason_clause_kept_beside_a_pitfall_keeps_whom_it_is_about():
    said = say_value("I loved the fun atmosphere. When I took over the rota the juniors "
                     "stopped dreading weekends and some of them stayed on, it was a laugh, "
                     "I felt I had made their working lives better.", False)
    assert "juniors" in said.sentence.split("their")[0], said.sentence
    assert "laugh" not in said.sentence


def test_a_perk_typed_as_the_reason_is_kept_out_of_the_draft_and_asked_again(tmp_path):
    """The reply is kept in the entries (nothing typed is lost), the draft in the box follows
    without it, and the message says why and asks again."""
    studio = _studio(tmp_path, _workspace())
    studio.driver.press(studio.driver.DRAFT)
    studio.driver.reply(VALUE, "good money for a student, and free bread")
    assert "money" not in studio.text.lower() and "bread" not in studio.text.lower()
    message = studio.driver.message
    assert "perks" in message and VALUE in message, message
    assert studio.driver.open_questions[0].startswith("Your words")


def test_the_money_side_of_a_job_is_no_pay():
    """"The money side", the wages of a payroll: what the work was about, said as the
    reason; one word that names something ("purpose") is said too."""
    assert say_value("purpose", False).sentence == "It gave me purpose."
    said = say_value("It was where I was first trusted with the money side of a business.",
                     False)
    assert "money side" in said.sentence and not said.problem
