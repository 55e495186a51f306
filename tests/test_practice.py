"""Practice mode's logic (workshop.practice): whether the answer fits the timer, the pace the
participant spoke at against the check's rate, and the follow-up questions an interviewer would
ask about this answer, made from its entries, whole sentences for every kind of entry."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from fuzzing import fuzz
from helpers_hostile import HOSTILE
from hypothesis import given
from hypothesis import strategies as st

from workshop.answer_choice import answer_role_id
from workshop.check import WORDS_PER_MINUTE
from workshop.draft import plan_draft
from workshop.model import Result, Role, Skill, TargetRole, Workspace
from workshop.practice import (
    MOST_QUESTIONS,
    PACE_BAND,
    TIMERS,
    FollowUp,
    follow_ups,
    pace,
    timer_fit,
)
from workshop.store import read_workspace

EVAL = Path(__file__).parent / "eval"
WORKSPACES = sorted((EVAL / "drafts_dev").glob("ws*.json")) + \
    sorted((EVAL / "drafts_holdout").glob("*.json"))


def words(n: int) -> str:
    return " ".join(["word"] * n)


def one_role(*, results=(), skills=(), current=False, goals=(), org="Northwind Logistics",
             kind="") -> Workspace:
    role = Role(title="Shift Supervisor", organization=org, organization_kind=kind,
                start="2019-01", end=None if current else "2022-06",
                skills=list(skills), results=list(results), id="r1")
    return Workspace(target_role=TargetRole("Operations Manager", list(goals)), roles=[role])


def asked(ws: Workspace, text: str) -> list[str]:
    return [q.text for q in follow_ups(ws, "r1", text)]


# --- the timer and the pace ----------------------------------------------------------------------


def test_the_timers_are_30_60_and_90_seconds():
    assert TIMERS == (30, 60, 90)


def test_an_answer_that_fits_the_timer_says_so_with_the_checks_rate():
    """140 words at the check's 140 a minute is 60 seconds: it fits 60 and 90, not 30."""
    assert WORDS_PER_MINUTE == 140
    text = words(140)
    assert "about 60 seconds at 140 words a minute" in timer_fit(text, 60)
    assert "fits in 60 seconds" in timer_fit(text, 60)
    too_long = timer_fit(text, 30)
    assert "280 words a minute" in too_long and "cut about 70 words" in too_long


def test_a_short_answer_for_a_long_timer_is_told_it_leaves_time_empty():
    assert "leaves much of the 90 seconds empty" in timer_fit(words(40), 90)


def test_an_empty_box_asks_for_an_answer_before_the_timer():
    assert timer_fit("   ", 60).startswith("Put your answer in the box first")
    assert pace("", 40).verdict == "" and "no answer" in pace("", 40).message


@pytest.mark.parametrize("seconds, per_minute, verdict", [
    (60, 140, "good"), (60 * 140 / (WORDS_PER_MINUTE + PACE_BAND + 5), 165, "fast"),
    (60 * 140 / (WORDS_PER_MINUTE - PACE_BAND - 5), 115, "slow"), (45, 187, "fast"),
    (30, 280, "fast"),
    (80, 105, "slow")])
def test_the_pace_is_words_a_minute_against_the_checks_rate(seconds, per_minute, verdict):
    """140 words said in ``seconds``: the words a minute, and fast, good or slow by the band of
    PACE_BAND around the check's WORDS_PER_MINUTE; the message says both numbers."""
    got = pace(words(140), seconds)
    assert (got.per_minute, got.verdict) == (per_minute, verdict)
    assert f"{per_minute} words a minute" in got.message
    assert str(WORDS_PER_MINUTE) in got.message


def test_the_edges_of_the_good_band_are_good():
    low, high = WORDS_PER_MINUTE - PACE_BAND, WORDS_PER_MINUTE + PACE_BAND
    assert pace(words(low), 60).verdict == "good"
    assert pace(words(high), 60).verdict == "good"
    assert pace(words(high + 1), 60).verdict == "fast"
    assert pace(words(low - 1), 60).verdict == "slow"


def test_a_pace_no_one_could_speak_at_asks_whether_the_timer_was_stopped_early():
    got = pace(words(140), 20)  # 420 words a minute
    assert got.verdict == "fast" and "before the end" in got.message


def test_a_timer_stopped_at_once_gives_no_pace_but_says_how_to_time_it():
    got = pace(words(100), 2)
    assert got.verdict == "" and got.per_minute == 0 and "Press Start" in got.message


# --- follow-up questions: from the entries, by their kind --------------------------------------


def test_a_change_without_a_start_is_asked_how_it_was_measured():
    """"How did you measure the 35%?": the participant's own number, read as a change."""
    ws = one_role(results=[Result("I helped the company to cut overtime", metric="overtime",
                                  value=35, unit="%", kind="change")])
    questions = asked(ws, "I helped the company to cut overtime by 35%.")
    assert any(q in questions for q in (
        "How did you measure the 35%?",
        "What was it before you started, and how do you know it changed by 35%?"))


def test_a_change_from_one_level_to_another_names_both_or_asks_before_and_after():
    ws = one_role(results=[Result("cut month end close", metric="days to close", value=6,
                                  unit="days", from_value=10, kind="change")])
    first = asked(ws, "I cut month end close from 10 to 6 days.")[0]
    assert first in ("How did you measure days to close, before and after?",
                     "What did you change first to move days to close from 10 to 6 days?")


def test_a_unit_the_metric_names_is_not_said_twice():
    ws = one_role(results=[Result("grew the instagram", metric="followers", value=3100,
                                  unit="followers", from_value=1900)])
    text = " ".join(asked(ws, "I grew the instagram from 1,900 to 3,100 followers."))
    assert "followers followers" not in text and "1,900 followers to" not in text


def test_a_count_asks_how_it_was_reached_with_its_noun():
    ws = one_role(results=[Result("trained new drivers", metric="drivers trained", value=23,
                                  unit="drivers", kind="count")])
    first = asked(ws, "I trained 23 new drivers.")[0]
    assert "23 drivers" in first and first.endswith("?")


def test_an_amount_asks_where_the_figure_comes_from():
    ws = one_role(results=[Result("reduced late payment fees", metric="late fees", value=3200,
                                  unit="USD", kind="amount")])
    assert "$3,200" in asked(ws, "I reduced late payment fees by $3,200 a year.")[0]


def test_a_zero_level_is_asked_how_it_was_kept_at_zero():
    ws = one_role(results=[Result("passed every inspection", metric="critical violations",
                                  value=0, unit="violations", kind="level")])
    first = asked(ws, "I passed every inspection with zero critical violations.")[0]
    assert "zero" in first.lower() and "0 violations" not in first


def test_a_result_without_a_number_asks_for_evidence_quoting_it():
    ws = one_role(results=[Result("customers were happier with delivery times")])
    first = asked(ws, "Customers were happier with delivery times.")[0]
    assert "\u201ccustomers were happier with delivery times\u201d" in first


def test_a_we_result_without_the_speakers_part_asks_for_it_and_not_once_it_is_given():
    we = Result("we cut the backlog to zero")
    ws = one_role(results=[we])
    assert any("own part" in q or "\u201cwe\u201d" in q for q in asked(ws, "We cut the backlog."))
    mine = one_role(results=[Result("we cut the backlog to zero", my_part="I wrote the triage "
                                                                          "rules")])
    assert not any("own part" in q or "\u201cwe\u201d" in q
                   for q in asked(mine, "We cut the backlog."))


def test_a_skill_that_grew_is_asked_about_by_its_shape():
    """A noun is learned ("learning triage"); an activity is done ("coaching a team")."""
    noun = one_role(skills=[Skill("triage", "novice", "proficient")])
    activity = one_role(skills=[Skill("coach a team", "novice", "proficient")])
    noun_q = next(q for q in asked(noun, "I learned triage.") if "triage" in q)
    act_q = next(q for q in asked(activity, "I grew at coaching a team.") if "coaching" in q)
    assert "learning coaching" not in act_q and "coach a team" not in act_q
    assert noun_q in ("What was hardest about learning triage?",
                      "How did you get better at triage: training, practice, someone who "
                      "showed you?",
                      "Can you walk me through a difficult case where you used triage?")


def test_a_skill_is_linked_to_a_result_only_where_the_participant_linked_them():
    result = Result("cut the backlog", metric="open tickets", value=40, unit="%",
                    kind="change")
    skill = Skill("ticket triage", "novice", "proficient")
    text = "I learned ticket triage and cut the backlog by 40%."
    unlinked = follow_ups(one_role(results=[result], skills=[skill]), "r1", text)
    assert not any(q.about.startswith("your link") for q in unlinked)
    result = replace(result, enabled_by=["ticket triage"])
    linked = follow_ups(one_role(results=[result], skills=[skill]), "r1", text)
    assert any(q.about.startswith("your link") for q in linked)


def test_later_use_is_asked_about_in_the_participants_words():
    skill = Skill("scheduling", "novice", "proficient",
                  used_later="planned rosters for 40 staff at my next job")
    text = "I learned scheduling. Later I planned rosters for 40 staff at my next job."
    questions = asked(one_role(skills=[skill]), text)
    assert any("\u201cplanned rosters for 40 staff at my next job\u201d" in q for q in questions)


def test_a_goal_is_asked_about_only_when_the_answer_speaks_to_it():
    result = Result("I helped the company to cut overtime costs", metric="overtime", value=18,
                    unit="%", kind="change")
    ws = one_role(results=[result], goals=["reduce costs", "lead a team of 8"])
    spoke = follow_ups(ws, "r1", "I helped the company to cut overtime costs by 18%, which "
                                 "reduced costs.")
    assert any(q.about == "the hiring manager's goal: reduce costs" for q in spoke)
    silent = follow_ups(ws, "r1", "I helped the company to cut overtime by 18%.")
    assert not any(q.about.startswith("the hiring manager's goal") for q in silent)


def test_the_job_question_fits_a_current_or_a_past_job():
    past = asked(one_role(), "My time at Northwind.")[-1]
    now = asked(one_role(current=True), "My job now at Northwind.")[-1]
    assert past in ("Why did you move on from Northwind Logistics?",
                    "What would your manager at Northwind Logistics say was your biggest "
                    "contribution?",
                    "What would you do differently if you did that job again?")
    assert now in ("What would make you leave a job that has given you this much?",
                   "What would your manager at Northwind Logistics say you still have to "
                   "learn?")


def test_questions_are_about_what_this_answer_tells():
    """Of two results, the one the answer tells is asked about; the other is not."""
    told = Result("cut overtime", metric="overtime hours", value=18, unit="%", kind="change")
    untold = Result("opened a second warehouse", metric="sites", value=2, kind="count")
    ws = one_role(results=[told, untold])
    abouts = [q.about for q in follow_ups(ws, "r1", "I cut overtime by 18%.")]
    assert "your result: cut overtime" in abouts
    assert "your result: opened a second warehouse" not in abouts


def test_an_answer_in_other_words_still_gets_questions_from_the_role():
    ws = one_role(results=[Result("cut overtime", metric="overtime hours", value=18, unit="%",
                                  kind="change")],
                  skills=[Skill("scheduling", "novice", "proficient")])
    abouts = [q.about for q in follow_ups(ws, "r1", "Something quite different entirely.")]
    assert abouts[:2] == ["your result: cut overtime", "your skill: scheduling"]


def test_no_role_or_an_unknown_role_gives_no_questions():
    assert follow_ups(Workspace(), None, "text") == []
    assert follow_ups(one_role(), "nope", "text") == []


def test_the_same_answer_gets_the_same_questions():
    ws = read_workspace(WORKSPACES[0])
    rid = answer_role_id(ws)
    text = plan_draft(ws, rid).text
    assert follow_ups(ws, rid, text) == follow_ups(ws, rid, text)


# --- over every hand-written workspace: whole sentences, varied ---------------------------------

_QUOTED = re.compile(r"\u201c([^\u201d]*)\u201d")


def _whole_sentence(q: FollowUp) -> None:
    text = q.text
    assert text[:1].isupper() or text[:1] == "\u201c", text
    assert text.endswith("?"), text
    assert text.count("\u201c") == text.count("\u201d"), text
    assert "  " not in text and "None" not in text and "{" not in text, text
    outside = _QUOTED.sub("", text)
    assert not re.search(r"\bmy\b", outside), text  # the interviewer says "your"
    assert not re.search(r"\b(\w+) \1\b", outside, re.IGNORECASE), text
    for quoted in _QUOTED.findall(text):
        assert len(quoted) <= 84, text


@pytest.mark.parametrize("path", WORKSPACES, ids=lambda p: p.name)
def test_every_role_of_every_workspace_gets_whole_questions(path):
    """For each role of the 45 hand-written workspaces, about its 90 and 30 second drafts and
    an empty box: at most MOST_QUESTIONS, each a whole question, the job's question last."""
    ws = read_workspace(path)
    for role in ws.roles:
        for seconds in (90, 30):
            for text in (plan_draft(ws, role.id, seconds).text, ""):
                questions = follow_ups(ws, role.id, text)
                assert 1 <= len(questions) <= MOST_QUESTIONS
                assert questions[-1].about.startswith("the job: ")
                for q in questions:
                    _whole_sentence(q)


def test_ten_participants_do_not_get_one_list():
    """Over the first ten dev workspaces' drafts the first questions all differ, and so do the
    lists' skeletons (each question's first three words, in order)."""
    firsts, skeletons = set(), set()
    for path in WORKSPACES[:10]:
        ws = read_workspace(path)
        rid = answer_role_id(ws)
        questions = follow_ups(ws, rid, plan_draft(ws, rid).text)
        firsts.add(questions[0].text)
        skeletons.add(tuple(" ".join(q.text.split()[:3]) for q in questions))
    assert len(firsts) == 10
    assert len(skeletons) == 10


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_entries_are_quoted_not_run(hostile):
    """Hostile text is quoted as it is (the widget escapes it); nothing breaks."""
    ws = one_role(org=hostile, results=[Result(hostile, metric=hostile, value=3,
                                               unit=hostile[:40])],
                  skills=[Skill(hostile, "novice", "expert", used_later=hostile)],
                  goals=[hostile])
    for q in follow_ups(ws, "r1", hostile):
        assert q.text.endswith("?")


@fuzz
@given(st.text(max_size=300), st.integers(min_value=0, max_value=100_000))
def test_any_text_and_any_time_give_a_pace_without_error(text, seconds):
    got = pace(text, seconds)
    assert got.verdict in ("", "slow", "good", "fast") and got.message
    assert timer_fit(text, 60)


def test_a_rate_unit_is_said_as_a_person_says_it():
    """"USD/month" and "invoices/month" are said "$3,000 a month", "400 invoices a month"."""
    amount = one_role(results=[Result("upsell revenue", metric="upsell", value=3000,
                                      unit="USD/month", kind="amount")])
    count = one_role(results=[Result("processed invoices", metric="invoices processed",
                                     value=400, unit="invoices/month", kind="count")])
    assert "$3,000 a month" in asked(amount, "Upsell revenue came to $3,000 a month.")[0]
    assert "400 invoices a month" in asked(count, "I processed 400 invoices a month.")[0]
