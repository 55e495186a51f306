"""One reading of "a grown skill used later" everywhere a participant or a facilitator sees it
(issue 20, issue 21): 04's score, the coach's question in 05, the share file and the class
dashboard all ask ``workshop.used_later``, so a note that 04 gives no points for is never
"used later" in the share file or counted on the dashboard, and the coach says why it does not
count and what would make it count."""

from __future__ import annotations

import json

import pytest

from workshop.check import check_answer
from workshop.classroom import summarise_folder
from workshop.coach import role_questions
from workshop.draft import plan_draft
from workshop.draft_read import RoleReading
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.scoring import rank
from workshop.session import Session
from workshop.share import export_dict, write_export
from workshop.used_later import later_use_gap, role_used_later, skill_used_later
from workshop.widgets.answer import AnswerStudio

SKILL = "bookkeeping"
# a job still held: notes that tell no use beyond it
NOT_BEYOND = [
    "nothing outside this firm so far, though I balance the ledgers every month",
    "I have never had the chance to use it anywhere else",
    "I balance the ledgers for our two shops every month",
]
# a job that is over: a note of a use in the next one
LATER = "I used it at my next job to close the books in 4 days"


def _workspace(note: str, end: str | None = None) -> Workspace:
    role = Role(id="r1", title="Accounts Assistant", organization="Hartley Tiles",
                organization_kind="company", start="2021-04", end=end,
                skills=(Skill(SKILL, "novice", "competent", used_later=note),),
                results=(Result("I cut the month-end close from 9 days to 5 days", value=5,
                                from_value=9, unit="days", metric="month-end close"),),
                ratings=Ratings(4, 4, 4))
    return Workspace(target_role=TargetRole("Finance Officer", ("close the books faster",)),
                     roles=(role,))


def _later_question(ws: Workspace) -> str | None:
    qs = role_questions(ws, RoleReading(ws.roles[0]))
    return next((q.text for q in qs if q.code == "used_later"), None)


@pytest.mark.parametrize("note", NOT_BEYOND)
def test_a_note_04_gives_no_points_is_no_later_use_anywhere(tmp_path, note):
    """The score's part, the skill's and the role's flag in the share file, the strongest
    role's flag, and the dashboard's count of strongest roles lacking a later use agree: none."""
    ws = _workspace(note)
    role, jobs = ws.roles[0], tuple(ws.roles)
    assert not role_used_later(role, jobs)
    assert rank(ws).strongest.parts["used_later"] == 0
    data = export_dict(ws)
    assert data["roles"][0]["used_later"] is False
    assert data["roles"][0]["skills"][0]["used_later"] is False
    assert data["strongest_has_used_later"] is False
    write_export(ws, tmp_path)
    assert summarise_folder(tmp_path).lacks_used_later == 1


@pytest.mark.parametrize("note", NOT_BEYOND)
def test_the_coach_keeps_asking_and_says_why_the_note_does_not_count(note):
    """The coach's question stays while the note does not count, quotes the note, says why
    and says what would make it count (where beyond this job, and what it produced)."""
    ws = _workspace(note)
    text = _later_question(ws)
    assert text is not None
    gap = later_use_gap(ws.roles[0], 0, tuple(ws.roles))
    assert gap and gap in text
    assert note[:20] in text
    assert "Say where" in text or "When you have, say where" in text


def test_a_denied_later_use_is_told_as_such():
    """A note that says the skill has not been used elsewhere yet is told so, not as a
    grammar fault: the coach says it is no later use yet."""
    ws = _workspace(NOT_BEYOND[1])
    assert "have not used" in later_use_gap(ws.roles[0], 0, tuple(ws.roles))


def test_a_later_use_counts_everywhere_and_the_coach_stops_asking(tmp_path):
    """A note of a use beyond the job: points in 04, true in the share file, not counted as
    lacking on the dashboard, no coach's question and no gap."""
    ws = _workspace(LATER, end="2024-01")
    role, jobs = ws.roles[0], tuple(ws.roles)
    assert role_used_later(role, jobs) and skill_used_later(role, 0, jobs)
    data = export_dict(ws)
    assert data["roles"][0]["used_later"] and data["roles"][0]["skills"][0]["used_later"]
    assert data["strongest_has_used_later"] is True
    write_export(ws, tmp_path)
    assert summarise_folder(tmp_path).lacks_used_later == 0
    assert later_use_gap(role, 0, jobs) == ""
    assert _later_question(ws) is None


def test_an_older_export_counts_a_later_use_only_on_a_grown_skill(tmp_path):
    """An export written before the role's own flag: a skill that did not grow is no later
    use on the dashboard, whatever its flag says."""
    data = export_dict(_workspace(LATER, end="2024-01"))
    for key in ("strongest_has_used_later",):
        data.pop(key)
    data["roles"][0].pop("used_later")
    data["roles"][0]["skills"][0].update(levels_grown=0, used_later=True)
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    assert summarise_folder(tmp_path).lacks_used_later == 1


def test_a_reply_that_does_not_count_says_why_in_the_studio(tmp_path):
    """In 05, a reply to the later-use question of a job held now ("Where else do you use ...
    now", there being no later job to ask about) that tells no later use is kept, and the
    message says it does not count yet, why, and what would make it count."""
    session = Session.open(tmp_path / "ws.json")
    session.replace(_workspace(""), "test set-up")
    studio = AnswerStudio(session)
    studio.driver.reply("Where else do you use", NOT_BEYOND[0])
    message = studio.driver.message
    assert studio.driver.message_kind == "warning", message
    # the reply's "no ..., though I ..." is read for its fact (draft51, reply_meaning): the
    # message says why that fact is no later use ("not a use beyond it") or, for a plain no,
    # that it has not been used beyond this job; either way, what would make it count
    assert ("have not used" in message or "not a use beyond it" in message) \
        and "say where" in message.lower()


def test_a_note_the_draft_leaves_out_as_a_result_said_again_is_no_later_use():
    """A later-use note that gives only a result's figure again, rounded ("150+ nurses" after
    146 nurses in the result's fields), is left out of the draft as the same fact; 04 gives it
    no points either, and the check on the 90-second draft agrees."""
    role = Role(id="r1", title="Clinical Educator", organization="Westmoor Hospital",
                organization_kind="hospital", start="2017-03", end="2020-09",
                skills=(Skill("teaching adults", "advanced beginner", "proficient",
                              used_later="ran refresher sessions for 150+ nurses"),),
                results=(Result("trained nurses on the new infusion pumps", value=146,
                                unit="nurses", metric="nurses trained", kind="count"),),
                ratings=Ratings(4, 4, 4))
    ws = Workspace(target_role=TargetRole("Nurse Educator", ("train ward staff",)),
                   roles=(role,))
    scored = rank(ws).strongest
    draft = plan_draft(ws, "r1", 90).text
    assert scored.used_later == check_answer(draft).finding("used_later").ok, draft
    assert not skill_used_later(role, 0, tuple(ws.roles))
