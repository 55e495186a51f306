"""The answer check reads ordinary speech (issue 21, classes 2 to 5): growth and results told
without the textbook verbs are found; what only looks like a result, later use or pitfall is
not taken for one. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer


@pytest.mark.parametrize("text", [
    "This post developed me as a negotiator with suppliers.",
    "The warehouse job shaped me into a careful route planner.",
    "At first I could barely read a delivery note; a year later I was planning the routes for "
    "nine drivers.",
    "At first, I could not price a repair. By my second year I quoted every job on the van.",
    "I was taught how to cost a menu by the head chef.",
])
def test_growth_told_without_a_learn_verb_is_found(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "The depot decided to use my loading plan on every shift.",
    "The ward adopted my handover checklist.",
    "We met every delivery target that winter.",
    "My checklist became the standard for the whole region.",
])
def test_outcomes_without_a_number_or_change_verb_are_results(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "As a result, I tried to avoid the night shifts.",
    "It paid well at first, but I grew to hate it.",
    "After a year I landed a position as a supervisor.",
    "I moved up two grades in eighteen months.",
    "We signed up for our own shifts on a board.",
    "I learned about wine and how to serve it at the table.",
    "Once I dropped a tray of glasses in front of the owner.",
    "I tried to cut the waste in the kitchen.",
])
def test_what_only_looks_like_a_result_is_not_one(text):
    assert not _ok(text, "company_result")


def test_a_change_that_others_made_up_a_band_is_still_a_result():
    """"I moved up two grades" is a promotion; pupils moving up a band is an outcome."""
    assert _ok("Most of my pupils moved up a reading band by the spring.", "company_result")
    assert _ok("Complaints dropped by about half.", "company_result")


def test_growth_told_in_the_present_perfect_is_not_later_use():
    text = "I learned to plan loads. I still developed my negotiating on the side."
    assert not _ok(text, "used_later")


@pytest.mark.parametrize("text", [
    "The hours were flexible and I could work from home, which meant a lot to me.",
    "It put some extra cash in my pocket.",
    "It's not where you work, it's the awesome co-workers.",
    "I find it very rewarding to look after the residents.",
    "After work we hung out with the other waiters.",
])
def test_pitfalls_told_in_other_words_are_found(text):
    assert not _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "So I wanted to bring this up because no course teaches it.",
    "I learned to reconcile the tills to the penny.",
])
def test_what_only_looks_like_a_pitfall_is_none(text):
    assert _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "People come to the fair for a fun night out, and I kept the queues moving.",
    "The guests loved the quiz nights I ran.",
    "A customer was rude to me once and I learned to stay calm.",
    "She said she looked forward to our next meeting.",
])
def test_someone_elses_fun_wish_or_complaint_is_not_the_speakers_pitfall(text):
    assert _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "I loved the quiz nights.",
    "My manager was rude to everyone.",
    "I looked forward to every shift.",
])
def test_the_speakers_own_are_still_pitfalls(text):
    assert not _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "I got to help them during a hard time in their lives.",
    "I helped customers with their forms.",
])
def test_help_with_no_outcome_after_it_is_service_not_a_result(text):
    assert not _ok(text, "company_result")


def test_present_use_without_a_grown_skill_is_told_to_name_the_skill_not_called_a_plan():
    finding = check_answer("I still use the same rota method in my current job.") \
        .finding("used_later")
    assert not finding.ok
    assert "plan" not in finding.message and "name the skill" in finding.message
    assert _ok("I learned to build rotas from the sales forecast. I still use the same rota "
               "method in my current job.", "used_later")


def test_a_side_clause_wish_does_not_make_a_past_learning_a_wish():
    text = ("While I am always going to be annoyed at my own mistakes, I have learned to trace "
            "each one to a missing step in the release checklist.")
    assert _ok(text, "skill_growth")


def test_a_hedge_is_not_a_wish():
    """"I think my best result was when I cut ..." is a past result told modestly."""
    text = "I think my proudest moment was when I cut our delivery times by half in six months."
    assert _ok(text, "company_result") and _ok(text, "quantified")


@pytest.mark.parametrize("text", [
    "I spent the next weeks growing more and more impatient.",
    "Over the years I grew tired of the night shifts.",
])
def test_growing_a_feeling_is_not_a_result(text):
    assert not _ok(text, "company_result")


def test_coming_away_a_better_person_is_not_later_use():
    text = "I learned to plan the dock schedule. I still came away a better person."
    assert not _ok(text, "used_later")


def test_a_story_told_in_time_is_not_later_use_and_the_real_later_use_is_quoted():
    """"A year later I was planning ..." tells the growth; the later use is where the answer
    says it ("I still use ... in my current job")."""
    text = ("At first I could barely read a shipping manifest. A year later I was planning the "
            "loads, and the depot decided to use my loading plan on every shift. I still use the "
            "same load-planning method in my current job.")
    finding = check_answer(text).finding("used_later")
    assert finding.ok and "current job" in finding.message
    alone = "At first I could barely read a manifest. A year later I used a plan for every shift."
    assert not _ok(alone, "used_later")


@pytest.mark.parametrize("text", [
    "First-attempt pass rate is now 88% (was 71%).",
    "I helped the library stay within the e-resource budget. That adds up to £95,000 a year.",
])
def test_a_number_said_as_now_and_before_or_in_the_next_sentence_belongs_to_the_result(text):
    """The shapes the kit's own draft uses (issue 21: 04 and 05 agree on a result's number)."""
    assert _ok(text, "company_result") and _ok(text, "quantified")


def test_a_story_that_opens_on_a_scene_is_read_for_its_growth_and_result():
    text = ("Imagine a warehouse at dawn, thirty vans queued and no plan. That was my first week. "
            "By spring I had built a loading plan, and the vans left forty minutes earlier every "
            "day.")
    check = check_answer(text)
    assert check.finding("skill_growth").ok and check.finding("company_result").ok
    assert "forty minutes" in check.finding("quantified").message


def test_an_outcome_told_with_its_cause_is_a_result_but_a_change_of_job_is_not():
    text = ("Customers were spending thousands and thousands of dollars at a time after I "
            "changed the flyers.")
    assert _ok(text, "company_result") and _ok(text, "quantified")
    assert not _ok("After I changed jobs, I earned more.", "company_result")
