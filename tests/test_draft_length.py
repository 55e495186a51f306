"""Drafts long enough to say, from what the entries hold, and one growth telling (issue 20,
draft12): the 30-second version under the check's shortest answer takes the entries' next
result, never padding; a thin 90-second draft's questions area asks the one thing to add; a
second skill told after a later use at another job names the job it was grown in; no close
reads as a second growth telling."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers_sample import one_role_workspace

from workshop.check import MIN_SECONDS, speaking_seconds
from workshop.coach import NINETY_MARK
from workshop.draft import THIN_SECONDS, VERSIONS, offered_draft, plan_draft
from workshop.draft_compose import Piece, compose
from workshop.session import Session
from workshop.widgets.answer import AnswerDriver, AnswerStudio

WORDING = json.loads((Path(__file__).resolve().parent.parent / "data" / "wording.json")
                     .read_text(encoding="utf-8"))


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


# --- the 30-second version -------------------------------------------------------------------


def test_a_fill_piece_comes_in_only_while_the_pieces_fall_short():
    """``compose``: a piece marked ``fill`` is taken only while the chosen ones are under the
    shortest answer, in priority order, and never past the most."""
    story = [Piece(0, 0, "one two three four five"), Piece(2, 0, "six seven eight")]
    extra = [Piece(5.1, 1, "alpha beta gamma", fill=True),
             Piece(5.2, 1, "delta epsilon zeta eta", fill=True)]
    assert compose(story + extra, 8, 40) == "one two three four five six seven eight"
    assert compose(story + extra, 10, 40) == \
        "one two three four five six seven eight alpha beta gamma"
    assert compose(story + extra, 12, 40, hard=True) == \
        "one two three four five six seven eight alpha beta gamma delta epsilon zeta eta"
    assert compose(story + extra, 12, 12, hard=True) == \
        "one two three four five six seven eight alpha beta gamma"


ROLE = {
    "title": "Bakery Supervisor", "organization": "Oakmill Breads",
    "skills": [{"name": "dough scheduling", "before": "novice", "after": "proficient"}],
    "results": [{"statement": "I cut unsold loaves from 40 to 15 a day", "scope": "team",
                 "enabled_by": ["dough scheduling"]},
                {"statement": "Our stall sold out on 48 of 52 Saturdays",
                 "metric": "sell-out Saturdays", "value": 48, "unit": "Saturdays",
                 "scope": "customers"}],
}
# the same role where the participant linked the sell-outs to dough scheduling as well
LINKED = {**ROLE, "results": [ROLE["results"][0],
                              {**ROLE["results"][1], "enabled_by": ["dough scheduling"]}]}


def test_a_short_version_under_the_checks_shortest_answer_tells_the_next_result():
    """A main story of under 30 s: the 30-second version takes the further result the entries
    hold of the story's skill (more of what that skill did), with its number as typed;
    without it, it would be shorter than the check's shortest answer."""
    ws = one_role_workspace(LINKED, "Production Manager", start="2019-01", end="2023-06")
    short = plan_draft(ws, "r1", 30)
    told = [s for s in _sentences(short.text) if "48 of 52" in s]
    assert told, short.text
    rest = " ".join(s for s in _sentences(short.text) if s not in told)
    assert speaking_seconds(rest) < MIN_SECONDS, short.text
    assert short.seconds <= VERSIONS[30][1]


def test_a_short_version_long_enough_takes_nothing_more():
    """The same role with a reason, growth words and a later use of the participant's: the
    short version
    reaches 30 s without the further result, so it is not told (no padding); the reason is
    said whole, and the later use gives way to it where both do not fit."""
    rich = {**ROLE, "personal_value": "It was the first job where people trusted my planning, "
                                      "and I learned I could keep a bakery calm at four in "
                                      "the morning",
            "skills": [{**ROLE["skills"][0],
                        "how_far": "At first I baked to a fixed list and threw the rest away. "
                                   "By the end I planned every batch from the till data of "
                                   "the week before",
                        "used_later": "At Rye Lane Bakery I plan the dough for three "
                                      "shops"}]}
    ws = one_role_workspace(rich, "Production Manager", start="2019-01", end="2023-06")
    short = plan_draft(ws, "r1", 30)
    assert "48 of 52" not in short.text, short.text
    assert "keep a bakery calm" in short.text, short.text
    assert short.seconds >= MIN_SECONDS - 2, short.text


# --- the 90-second version's length question ---------------------------------------------------


def test_a_thin_90_second_draft_is_offered_once_with_a_question_per_missing_piece(tmp_path):
    """In 05 (headless, through the studio's driver): a role whose entries hold too little
    for 90 seconds gets one draft whatever the length picked (no "90-second" text that is
    the short one with a line added), its real time in the message, and in the questions
    area how long the entries hold, then one question per missing piece, each marked for the
    90-second version and asked about the participant's own skill or result."""
    ws = one_role_workspace(ROLE, "Production Manager", start="2019-01", end="2023-06")
    plan = offered_draft(ws, "r1", 90)
    assert plan.thin and plan.text == offered_draft(ws, "r1", 30).text
    assert plan.seconds == speaking_seconds(plan.text) < THIN_SECONDS
    session = Session.open(tmp_path / "ws.json")
    session.replace(ws, "test set-up")
    studio = AnswerStudio(session)
    studio.driver.press(AnswerDriver.DRAFT)
    assert studio.driver.answer_box.value == plan.text
    assert f"about {plan.seconds} of the 90 seconds" in studio.driver.message
    assert "no separate 90-second version" in studio.driver.message
    shown = studio.driver.questions
    head = next((q for q in shown if "no separate 90-second version" in q), "")
    assert f"about {plan.seconds} seconds" in head, shown
    marked = [q for q in shown if q.endswith(NINETY_MARK)]
    assert len(marked) >= 2, shown
    assert len({q[:-len(NINETY_MARK)] for q in marked}) == len(marked)  # one piece each
    assert any("dough scheduling" in q for q in marked), marked  # the skill as they named it
    assert all(q.endswith("?") or "?" in q for q in marked), marked


# --- one growth telling ------------------------------------------------------------------------


ANALYST = {
    "title": "Data Analyst", "organization": "Pinecrest Foods",
    "skills": [{"name": "experiment design", "before": "novice", "after": "proficient",
                "used_later": "At Brookvale I design the pricing tests for the whole shop"},
               {"name": "dashboard building", "before": "novice", "after": "proficient",
                "used_later": "At Brookvale I built the weekly sales dashboard the board "
                              "reads"},
               {"name": "Python", "before": "novice", "after": "competent",
                "used_later": "At Brookvale I automate the stock forecasts in Python every "
                              "morning"}],
    "results": [{"statement": "I found that free delivery over 40 pounds lifts basket size by "
                              "8%", "scope": "company", "enabled_by": ["experiment design"]}],
}


def test_a_skill_told_after_a_later_use_at_another_job_names_the_job_it_grew_in():
    """After a sentence about a later job, "In that job I also learned X" would be heard as
    that later job: the skill's sentence names the job it grew in (the organisation as
    spoken) or points back to its time ("Back then, ..."), the employer said once (r28: "a
    stock line that repeats the employer's name"); the first "also grew" sentence, after the
    story's own job, does not need to."""
    ws = one_role_workspace(ANALYST, "Senior Analyst", start="2018-01", end="2021-06")
    text = plan_draft(ws, "r1", 90).text
    sentences = _sentences(text)
    for n, sentence in enumerate(sentences[1:], start=1):
        if "Brookvale" in sentences[n - 1] and re.search(r"\b(?:also|picked up|as well)\b",
                                                         sentence) and "Brookvale" not in \
                sentence:
            assert "Pinecrest Foods" in sentence or sentence.startswith("Back then,"), text
            assert not re.search(r"\b(?:that|this) job\b|\bthere\b", sentence), text
    assert "Pinecrest Foods" in sentences[0], text


def test_a_job_still_held_keeps_this_job():
    """A job still held has no later job to confuse it with: its "also grew" sentences keep
    "this job" and never name the organisation again."""
    ws = one_role_workspace(ANALYST, "Senior Analyst", start="2018-01", end=None)
    text = plan_draft(ws, "r1", 90).text
    assert not any("Pinecrest Foods" in s for s in _sentences(text)[1:]), text
