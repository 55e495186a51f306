"""The coach's questions fit the entries, and a reply of "none / both / it ended there" lands
(issue 20, round 27). Blind sessions answering the coach in 05 met questions with nothing to
say: "Where did you use X later?" of a skill that ended with the job (a machine, a local
procedure, a student job); "Which skill made this possible?" where two skills did, or none did
(the team, luck); "For a 90-second version:" read as part of the question; "what was your own
part in 'we'?" of a result that says what "I" did. Each is tested as a class, through 05's
public driver where 05 shows the questions, in workspaces of several fields and registers
written for these tests, with look-alikes that must keep their question.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.check import check_answer
from workshop.coach import LINK_NONE, NINETY_MARK, apply_reply
from workshop.draft import coach_questions, draft_versions
from workshop.model import Workspace
from workshop.reply_meaning import ENDED_KEY, NONE_KEY, use_ended
from workshop.session import Session
from workshop.widgets.answer import AnswerStudio

REASON = "It taught me to plan a week ahead instead of a day."
FIELDS = {
    "factory": {
        "title": "Press Operator", "organization": "Kessler Plastics",
        "organization_kind": "company", "summary": "Ran an injection moulding press",
        "skills": [{"name": "setting up the Engel press", "before": "novice",
                    "after": "proficient"},
                   {"name": "first-article checks", "before": "novice", "after": "competent"}],
        "results": [{"statement": "I cut scrap on my line from 6% to 2%", "value": 2,
                     "from_value": 6, "unit": "%", "kind": "change", "period": "a year",
                     "scope": "team", "my_part": "I reset the mould temperatures every shift."}],
    },
    "cafe": {  # a student job, typed loosely
        "title": "barista (student job)", "organization": "Bean There",
        "organization_kind": "company", "summary": "weekend shifts while at uni",
        "skills": [{"name": "latte art", "before": "novice", "after": "competent"},
                   {"name": "opening the shop alone", "before": "novice",
                    "after": "proficient"}],
        "results": [{"statement": "I got the morning queue down from 15 mins to 5",
                     "value": 5, "from_value": 15, "kind": "change", "period": "one term",
                     "scope": "team", "my_part": "I set up a second till."}],
    },
    "clinic": {
        "title": "Dental Nurse", "organization": "Riverside Dental",
        "organization_kind": "company", "summary": "Chairside nurse in a four-chair practice",
        "skills": [{"name": "the practice's own sterilising log", "before": "novice",
                    "after": "proficient"},
                   {"name": "calming nervous patients", "before": "advanced beginner",
                    "after": "proficient"}],
        "results": [{"statement": "I brought missed appointments down from 30 to 12 a month",
                     "value": 12, "from_value": 30, "kind": "change", "period": "six months",
                     "scope": "department", "my_part": "I phoned every patient the day before."}],
    },
}


def _ws(field: str, *, end: str | None = "2023-06", **role) -> Workspace:
    base = {**FIELDS[field], "personal_value": REASON,
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}, **role}
    return one_role_workspace(base, "Operations Lead", ("cut costs",), start="2020-03", end=end)


def _studio(tmp_path, ws: Workspace) -> AnswerStudio:
    session = Session.open(tmp_path / "ws.json")
    session.replace(ws, "test set-up")
    return AnswerStudio(session)


def _codes(ws: Workspace) -> list[str]:
    return [q.key for q in coach_questions(ws, "r1")]


# --- 1. a later use that ended with the job --------------------------------------------------

@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("end", ["2023-06", None])
def test_the_later_use_question_offers_a_way_to_say_it_ended(field, end):
    asked = [q.text for q in coach_questions(_ws(field, end=end), "r1") if q.code == "used_later"]
    assert asked
    for text in asked:
        assert re.search(r"'it ended there'|'not yet'|If not yet, say so", text), text


ENDED = ["it ended there", "None, the press was scrapped when I left", "n/a",
         "nah it was only for that machine", "never used it again", "No.", "not yet",
         "didnt use it after, the system was retired"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("reply", ENDED[:4])
def test_it_ended_there_is_kept_and_not_asked_again_through_the_studio(tmp_path, field, reply):
    ws = _ws(field)
    studio = _studio(tmp_path, ws)
    before = draft_versions(ws, "r1")
    topic = "Where did you use"
    asked = [q for q in studio.driver.questions if q.startswith(topic)]
    assert asked
    studio.driver.reply(asked[0][:60], reply)
    after = Session.open(tmp_path / "ws.json").workspace
    skills = after.role("r1").skills
    assert any(s.extra.get(ENDED_KEY) == reply for s in skills)  # kept as typed
    assert asked[0] not in studio.driver.questions  # not asked again
    assert len([q for q in studio.driver.questions if q.startswith(topic)]) == len(asked) - 1
    assert draft_versions(after, "r1") == before  # the draft leaves that piece out


@pytest.mark.parametrize("reply", ENDED)
def test_each_way_of_saying_it_ended_is_read_as_such(reply):
    assert use_ended(reply), reply


@pytest.mark.parametrize("reply", ["dunno", "no idea", "see above",
                                   "At my next job I ran the same press checks",
                                   "No, but I train new starters on it now",
                                   "Never used it again until my new job, where I ran the rota"])
def test_a_reply_that_does_not_know_or_names_a_use_is_not_an_end(reply):
    assert not use_ended(reply), reply


# --- 2. which skill made it possible: one, both, or none --------------------------------------

def _link_question(ws: Workspace):
    return next(q for q in coach_questions(ws, "r1") if q.code == "enabled_by")


@pytest.mark.parametrize("field", FIELDS)
def test_the_link_question_offers_both_and_none(field):
    q = _link_question(_ws(field))
    assert "Both of them" in q.options and LINK_NONE in q.options
    assert "none" in q.text and "team" in q.text


@pytest.mark.parametrize("field", FIELDS)
def test_none_of_them_is_kept_never_said_and_not_asked_again_through_the_studio(tmp_path, field):
    ws = _ws(field)
    studio = _studio(tmp_path, ws)
    text = next(q for q in studio.driver.questions if q.startswith("Which of your skills"))
    studio.driver.reply(text[:50], LINK_NONE)
    after = Session.open(tmp_path / "ws.json").workspace
    result = after.role("r1").results[0]
    assert result.extra.get(NONE_KEY) == LINK_NONE and not result.enabled_by
    assert not any(q.startswith("Which of your skills") for q in studio.driver.questions)
    for said in draft_versions(after, "r1").values():
        assert "luck" not in said and "None of" not in said and "something else" not in said


@pytest.mark.parametrize("reply", ["Both of them", "both", "all of them"])
@pytest.mark.parametrize("field", FIELDS)
def test_both_links_every_skill(field, reply):
    ws = _ws(field)
    after = apply_reply(ws, "r1", _link_question(ws), reply)
    role = after.role("r1")
    assert role.results[0].enabled_by == tuple(s.name for s in role.skills)


@pytest.mark.parametrize("reply, linked", [
    ("latte art and opening the shop alone", 2), ("mostly Latte Art", 1),
    ("neither", 0), ("the team", 0), ("pure luck tbh", 0)])
def test_skills_named_in_a_typed_reply_are_linked_and_none_is_kept(reply, linked):
    ws = _ws("cafe")
    after = apply_reply(ws, "r1", _link_question(ws), reply)
    result = after.role("r1").results[0]
    assert len(result.enabled_by) == linked
    assert bool(result.extra.get(NONE_KEY)) == (linked == 0)


# --- 3. the 90-second note closes the question, never leads it -------------------------------

@pytest.mark.parametrize("field", FIELDS)
def test_no_question_opens_on_the_90_second_note(tmp_path, field):
    thin = {**FIELDS[field], "results": [], "summary": ""}
    studio = _studio(tmp_path, _ws(field, **thin))
    for q in studio.driver.questions:
        assert not q.startswith("For a 90-second version"), q
        assert NINETY_MARK.strip() not in q or q.endswith(NINETY_MARK), q


# --- 4. the own part of a result that says "I" -----------------------------------------------

@pytest.mark.parametrize("statement", [
    "I rebuilt the rota and we cut overtime by a third",
    "we cut waste by 20% after i set up the stock count",
    "Our ward halved falls once I brought in hourly rounds",
    "I've trained the crew, so we now load in half the time"])
def test_a_result_that_says_what_i_did_is_not_asked_the_own_part(statement):
    ws = _ws("factory", results=[{"statement": statement, "scope": "team"}])
    assert not [k for k in _codes(ws) if k.startswith("my_part")], statement


@pytest.mark.parametrize("statement", [
    "we cut overtime by a third", "we all cut overtime by a third",
    "the crew cut loading time in half", "Our ward halved falls"])
def test_look_alikes_with_no_deed_of_the_speakers_keep_the_question(statement):
    ws = _ws("factory", results=[{"statement": statement, "scope": "team"}])
    assert [k for k in _codes(ws) if k.startswith("my_part")], statement


# --- 5. a quote is the participant's words, cut on a word ------------------------------------

def test_a_result_with_no_one_in_it_is_quoted_as_typed():
    ws = _ws("factory", results=[{"statement": "first-time fix rate went up", "scope": "team"}])
    asked = [q.text for q in coach_questions(ws, "r1") if q.code == "my_part"]
    assert asked and "'first-time fix rate went up'" in asked[0]


def test_a_long_quote_ends_on_a_word_never_a_comma():
    statement = ("we cut the backlog of unbilled hours, which had sat for months, "
                 "and then the partners asked us to do it again")
    ws = _ws("factory", results=[{"statement": statement, "scope": "team"}])
    for q in coach_questions(ws, "r1"):
        for quoted in re.findall(r"'([^']+) \.\.\.'", q.text):
            assert re.search(r"\w$", quoted), quoted


# --- 6. a later use told in the present ------------------------------------------------------

PRESENT = ["I still use the checklist at Brightline",
           "I am still using these checks in my current job at Brightline",
           "at Brightline I still check every pallet this way",
           "still using the same checks at Brightline",
           "Nowadays i teach it to new starters at Brightline",
           "these days teach it to the new starters at Brightline",
           "use it daily at Brightline", "train new starters on it at Brightline",
           "now using it on every shift at Brightline"]


@pytest.mark.parametrize("note", PRESENT)
@pytest.mark.parametrize("field", ["factory", "clinic"])
@pytest.mark.parametrize("end", ["2023-06", None])
def test_a_later_use_told_in_the_present_is_a_later_use(field, note, end):
    skills = [dict(FIELDS[field]["skills"][0], used_later=note), FIELDS[field]["skills"][1]]
    ws = _ws(field, skills=skills, end=end)
    assert "used_later:0:None" not in _codes(ws)
    text = draft_versions(ws, "r1")[90]
    assert "Brightline" in text and check_answer(text).finding("used_later").ok, text
    assert not re.search(r"\bit\b[^.]*with that skill|use it to teach", text), text


@pytest.mark.parametrize("note", ["I apply it every day in my job at Brightline",
                                  "I teach it to every new starter at Brightline"])
def test_a_present_use_of_a_job_that_is_over_is_said_as_one_since(note):
    skills = [dict(FIELDS["cafe"]["skills"][0], used_later=note), FIELDS["cafe"]["skills"][1]]
    ws = _ws("cafe", skills=skills)
    text = draft_versions(ws, "r1")[90]
    # "it" is said as the skill where another thing was told last ("I set up a second till.
    # These days I teach my skills in latte art ...": never the till), as typed otherwise
    said = re.escape(note).replace(r"\ it\ ", r"\ (?:it|[\w\s]+?)\ ")
    assert re.search(f"These days {said}\\.", text), text
    assert check_answer(text).finding("used_later").ok


@pytest.mark.parametrize("note", ["my team at Brightline still runs it every shift",
                                  "I still have the checklist somewhere",
                                  "I still remember the checks"])
def test_look_alikes_someone_elses_use_or_a_keepsake_are_no_later_use(note):
    skills = [dict(FIELDS["factory"]["skills"][0], used_later=note),
              FIELDS["factory"]["skills"][1]]
    ws = _ws("factory", skills=skills)
    text = draft_versions(ws, "r1")[90]
    assert not check_answer(text).finding("used_later").ok, text
