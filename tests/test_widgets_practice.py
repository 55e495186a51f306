"""Notebook 05 driven headless: looking at another role's draft never changes which role the
answer is about (the participant chooses), and practice mode (the timer, the pace, the
follow-up questions) follows the answer in the box."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace

from helpers_hostile import SCRIPT as HOSTILE

from workshop.check import WORDS_PER_MINUTE
from workshop.coach import NINETY_MARK
from workshop.draft import draft_answer
from workshop.edits import with_role
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.practice import follow_ups
from workshop.session import Session
from workshop.store import read_workspace
from workshop.widgets.answer import AnswerDriver, AnswerStudio

DRAFT = AnswerDriver.DRAFT
SWITCH = "Answer about this role instead"


def _workspace() -> Workspace:
    alpha = Role(title="Alpha Lead", organization="Acme", id="ra", start="2018-01",
                 end="2021-06", ratings=Ratings(5, 5, 3),
                 skills=[Skill("scheduling", "novice", "proficient",
                               "planned rosters for 40 staff at my next job")],
                 results=[Result("I helped the company to cut overtime", metric="overtime hours",
                                 value=35, unit="%", kind="change",
                                 enabled_by=["scheduling"])])
    beta = Role(title="Beta Analyst", organization="Bolt", id="rb", start="2021-07",
                ratings=Ratings(3, 3, 5),
                skills=[Skill("ticket triage", "novice", "competent")],
                results=[Result("we cut the backlog", metric="open tickets", value=120,
                                from_value=400, kind="change")])
    return Workspace(target_role=TargetRole("Operations Manager", ["reduce overtime costs"]),
                     roles=[alpha, beta])


def _studio(tmp_path) -> tuple[Session, AnswerStudio]:
    session = Session.open(tmp_path / "ws.json")
    session.replace(_workspace(), "test set-up")
    return session, AnswerStudio(session)


def _shown(studio) -> str:
    return "\n".join(studio.driver.html_values())


# --- which role the answer is about -----------------------------------------------------------


def test_looking_at_another_roles_draft_never_changes_the_answers_role(tmp_path):
    """Picking Beta in the list shows Beta's draft and says the answer is still about Alpha;
    nothing is saved, the box keeps Alpha's answer, and the draft button gives way to the one
    that makes the answer about Beta."""
    session, studio = _studio(tmp_path)
    studio.driver.press(DRAFT)
    text = studio.text
    saved = (tmp_path / "ws.json").read_bytes()
    studio.driver.control("The role:").value = "rb"
    assert studio.role_id == "ra" and studio.looking_at == "rb"
    assert session.workspace.answer.role_id == "ra"
    assert (tmp_path / "ws.json").read_bytes() == saved
    assert studio.text == text
    shown = _shown(studio)
    assert "Your answer is still about <b>Alpha Lead, Acme</b>" in shown
    assert "the draft for <b>Beta Analyst, Bolt</b>" in shown
    assert draft_answer(session.workspace, "rb")[:60] in shown
    assert studio.driver.button(DRAFT).layout.display == "none"
    assert studio.driver.button(SWITCH).layout.display is None
    # typing while Beta is in view saves the text about Alpha
    studio.driver.write(text + " I would do it again.")
    assert read_workspace(tmp_path / "ws.json").answer.role_id == "ra"
    # the practice questions stay about the answer's role
    assert any("35%" in q for q in studio.practice.driver.questions)


def test_answering_about_the_looked_at_role_is_a_choice_and_drafts_over_a_kit_draft(tmp_path):
    session, studio = _studio(tmp_path)
    studio.driver.press(DRAFT)
    studio.driver.control("The role:").value = "rb"
    studio.driver.press(SWITCH)
    assert studio.role_id == "rb" and session.workspace.answer.role_id == "rb"
    assert "Beta Analyst" in studio.text
    assert studio.driver.message.startswith("Your answer is now about Beta Analyst, Bolt")
    assert "Your answer is about <b>Beta Analyst, Bolt</b>" in _shown(studio)
    assert studio.driver.button(DRAFT).layout.display is None
    studio.driver.undo()
    assert studio.role_id == "ra" and "Alpha Lead" in studio.text


def test_answering_about_another_role_keeps_the_participants_own_text(tmp_path):
    session, studio = _studio(tmp_path)
    studio.driver.write("My own words about the analyst job at Bolt.")
    studio.driver.control("The role:").value = "rb"
    studio.driver.press(SWITCH)
    assert studio.text == "My own words about the analyst job at Bolt."
    assert session.workspace.answer.role_id == "rb"
    assert session.workspace.answer.text == "My own words about the analyst job at Bolt."
    assert "Your own text is kept" in studio.driver.message


def test_the_answers_role_changed_elsewhere_is_followed_unless_another_is_in_view(tmp_path):
    session, studio = _studio(tmp_path)
    session.change(
        lambda ws: replace(ws, answer=replace(ws.answer, role_id="rb")), "choose elsewhere")
    assert studio.role_id == "rb" and studio.looking_at == "rb"
    studio.driver.control("The role:").value = "ra"
    session.change(
        lambda ws: replace(ws, target_role=replace(ws.target_role, title="Ops Lead")),
        "rename target")
    assert studio.looking_at == "ra" and studio.role_id == "rb"  # the view is kept


def test_a_reply_for_a_looked_at_role_improves_its_entries_not_the_answer(tmp_path):
    session, studio = _studio(tmp_path)
    studio.driver.press(DRAFT)
    text = studio.text
    studio.driver.control("The role:").value = "rb"
    reply = next(b for b in studio.driver.widgets()
                 if getattr(b, "description", "") == "Reply:" and hasattr(b, "placeholder"))
    reply.value = "I wrote the triage rules"
    next(b for b in studio.driver.widgets() if getattr(b, "description", "") ==
         "Add to my entries").click()
    assert session.workspace.answer.role_id == "ra" and studio.text == text
    assert "Your answer is still about Alpha Lead, Acme" in studio.driver.message


def test_the_coach_questions_show_before_any_draft_and_stay_after_it(tmp_path):
    """A participant who writes their own answer sees the coach's questions about what the
    entries leave out as soon as 05 opens, before any draft; drafting keeps them (those that
    add a piece to a draft too thin for 90 seconds marked so, ``coach.NINETY_MARK``)."""
    _session, studio = _studio(tmp_path)
    assert studio.text == "" and studio.driver.questions
    assert "A coach's questions" in _shown(studio)
    before = studio.driver.questions
    studio.driver.press(DRAFT)
    assert set(before) <= {q.removesuffix(NINETY_MARK) for q in studio.driver.questions}
    assert "A coach's questions" in _shown(studio)


def test_a_reply_is_typed_over_several_lines_and_kept_across_redraws(tmp_path):
    """The reply box is a multi-line box; what is typed in it and not yet added stays when the
    view is redrawn for a change saved elsewhere, and when the cell is run again."""
    session, studio = _studio(tmp_path)
    studio.driver.press(DRAFT)
    box = next(b for b in studio.driver.widgets()
               if getattr(b, "description", "") == "Reply:" and hasattr(b, "placeholder"))
    assert box.__class__.__name__ == "Textarea"
    box.value = "First line of my reply\nand a second one"
    other = Session.open(tmp_path / "ws.json")
    other.change(
        lambda ws: replace(ws, target_role=replace(ws.target_role, title="Ops Lead")),
        "rename elsewhere")
    studio.poll()
    again = AnswerStudio(session)
    for view in (studio, again):
        kept = [b.value for b in view.driver.widgets()
                if getattr(b, "description", "") == "Reply:" and hasattr(b, "placeholder")]
        assert "First line of my reply\nand a second one" in kept


def test_a_hostile_role_name_is_escaped_in_the_role_note_and_preview(tmp_path):
    session, studio = _studio(tmp_path)
    session.change(lambda ws: with_role(ws, "rb", lambda r: replace(r, title=HOSTILE)), "rename")
    studio.driver.control("The role:").value = "rb"
    assert "<script" not in _shown(studio)


# --- practice mode ------------------------------------------------------------------------------


def test_practice_is_off_until_the_box_holds_an_answer(tmp_path):
    _session, studio = _studio(tmp_path)
    practice = studio.practice
    assert practice.timer.disabled
    assert practice.driver.fit.startswith("Put your answer in the box first")
    assert practice.driver.questions == []


def test_the_timer_starts_on_the_length_that_fits_and_says_whether_it_fits(tmp_path):
    """The first timer is the shortest one the answer fits (a 45-second answer: 60 seconds);
    picking 30 says how much to cut; the participant's pick then stays."""
    _session, studio = _studio(tmp_path)
    sentence = ("At Acme I learned to plan rosters for forty staff, and with that I helped the "
                "company to cut overtime by a third. ")
    studio.driver.write(sentence * 5)  # 105 words: 45 seconds said aloud
    practice = studio.practice
    said = studio.check.seconds
    assert 30 < said <= 60
    assert practice.seconds == 60 and practice.timer.seconds == 60
    assert not practice.timer.disabled
    assert "fits in 60 seconds" in practice.driver.fit
    practice.driver.pick("Timer:", "30 seconds")
    assert practice.timer.seconds == 30
    assert "cut about" in practice.driver.fit
    studio.driver.write(studio.text + " More words.")  # the participant's pick stays
    assert practice.seconds == 30


def test_the_pace_is_shown_when_the_participant_finishes(tmp_path):
    _session, studio = _studio(tmp_path)
    studio.driver.write(" ".join(["word"] * 140))
    practice = studio.practice
    practice.driver.say(60)
    assert practice.driver.pace.startswith("You said 140 words in 60 seconds: 140 words a "
                                           "minute. A good pace")
    practice.driver.say(40)
    assert "210 words a minute" in practice.driver.pace and "faster" in practice.driver.pace
    practice.driver.run_out()
    assert practice.driver.pace.startswith(f"Time is up: {practice.seconds} seconds")
    assert str(WORDS_PER_MINUTE) in studio.practice.driver.fit


def test_the_follow_up_questions_follow_the_answer_in_the_box(tmp_path):
    session, studio = _studio(tmp_path)
    studio.driver.write("I helped the company to cut overtime by 35%. I learned scheduling.")
    shown = studio.practice.driver.questions
    expected = follow_ups(session.workspace, "ra", studio.text)
    assert shown == [q.text for q in expected]
    assert any("35%" in q for q in shown)
    studio.driver.write("I learned scheduling, from novice to proficient.")
    assert not any("35%" in q for q in studio.practice.driver.questions)


def test_follow_up_questions_are_escaped(tmp_path):
    session, studio = _studio(tmp_path)

    def hostile(ws):
        return with_role(ws, "ra", lambda r: replace(
            r, results=(replace(r.results[0], statement=HOSTILE, enabled_by=(HOSTILE,)),
                        *r.results[1:]),
            skills=(replace(r.skills[0], name=HOSTILE), *r.skills[1:])))

    session.change(hostile, "hostile entries")
    studio.driver.write(HOSTILE)
    html = "\n".join(studio.practice.driver.html_values())
    assert "<script" not in html and re.search(r"&lt;script", html)


# --- the share preview in 05: read in words, nothing out of a keyboard's reach ------------------


def test_the_share_preview_is_in_words_with_the_file_unfolded_on_demand(tmp_path):
    """Once "Show exactly what will be sent" is pressed, the export is said in a list (each
    role's ratings, skills under their shared names, results with a number, the answer's
    checks); the exact JSON follows in a closed ``details`` whose ``pre`` wraps and never
    scrolls (axe: scrollable-region-focusable). Before that press nothing of it is shown."""
    _session, studio = _studio(tmp_path)
    panel = studio.share_panel
    assert "A role (1)" not in "\n".join(panel.driver.html_values())
    data = panel.driver.preview()  # presses "Show exactly what will be sent"
    shown = "\n".join(panel.driver.html_values())
    assert data == panel.preview()
    assert "A role (1): ranked 1, score" in shown
    assert "scheduling: novice to proficient, used later" in shown
    assert "1 result(s), 1 with a number" in shown
    assert "the text itself is not sent" in shown
    pre = re.search(r"<pre[^>]*>", shown).group(0)
    assert "overflow:auto" not in pre and "max-height" not in pre and "pre-wrap" in pre
    assert "<details><summary>The file itself (JSON)</summary>" in shown


def test_the_coach_questions_name_the_role_looked_at(tmp_path):
    _session, studio = _studio(tmp_path)
    studio.driver.control("The role:").value = "rb"
    assert "A coach's questions for Beta Analyst, Bolt, the role you are looking at" in \
        _shown(studio)


def test_the_timer_the_panel_suggests_follows_the_answer_and_keeps_the_time_taken(tmp_path):
    """Until the participant picks a timer, the panel's suggestion follows the answer both
    ways (a longer answer, a longer timer; shorter again, shorter again), and a suggestion
    never clears the time the participant last took."""
    _session, studio = _studio(tmp_path)
    practice = studio.practice
    studio.driver.write(" ".join(["word"] * 140))  # 60 seconds said aloud
    assert practice.seconds == 60
    practice.driver.say(50)
    studio.driver.write(" ".join(["word"] * 200))
    assert practice.seconds > 60 and practice.timer.seconds == practice.seconds
    assert practice.timer.elapsed == 50.0
    assert "You said 140 words" in practice.driver.pace
    studio.driver.write(" ".join(["word"] * 20))
    assert practice.seconds == 30 and practice.timer.elapsed == 50.0
    practice.driver.pick("Timer:", "60 seconds")  # now the participant's: it stays
    assert practice.timer.elapsed == 0.0
    studio.driver.write(" ".join(["word"] * 300))
    assert practice.seconds == 60


def test_an_answer_about_a_role_other_than_the_strongest_says_which_is_strongest(tmp_path):
    """The answer's role is the participant's choice; where it is not 04's strongest, 05 says
    which role 04 ranks strongest (escaped as typed), and says nothing of it where they agree."""
    session, studio = _studio(tmp_path)
    assert "ranks" not in _shown(studio)  # about Alpha, the strongest
    studio.driver.control("The role:").value = "rb"
    studio.driver.press(SWITCH)
    shown = _shown(studio)
    assert "Your answer is about <b>Beta Analyst, Bolt</b>." in shown
    assert "04 ranks <b>Alpha Lead, Acme</b> as your strongest answer" in shown
    ws = session.workspace
    alpha = dataclasses.replace(ws.roles[0], organization="<i>Acme</i> & Co")
    session.replace(dataclasses.replace(ws, roles=[alpha, *ws.roles[1:]]),
                    "test: a name with markup")
    studio.refresh()
    assert "04 ranks <b>Alpha Lead, &lt;i&gt;Acme&lt;/i&gt; &amp; Co</b>" in _shown(studio)
