"""The answer check reads what a sentence is about by its structure (issue 21, classes 3 and
6): a result verb as the topic of a job ("it was all about cutting ...") is no result, and a
growth arc told over two sentences backs a goal with either of them. The sentences are written
for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer


@pytest.mark.parametrize("text", [
    "My job was all about improving patient flow, reducing agency spend and improving retention.",
    "I was in charge of reducing waste in the canteen.",
    "As buyer I was responsible for lowering costs and growing the supplier base.",
])
def test_what_a_job_was_about_is_not_a_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I helped with everything, saving the firm $6,000 a year.",
    "I was responsible for the rota, and I cut overtime by 20%.",
    "I focused on reducing waste, which cut our bins by half.",
    "I reorganised the stockroom, saving the shop two hours a day.",
])
def test_a_result_beside_a_topic_still_counts(text):
    assert _ok(text, "company_result")


def test_a_recital_of_the_goals_as_the_job_s_topic_backs_none():
    text = ("My role as ward manager was all about improving patient flow and reducing agency "
            "spend, which are your priorities too. I have developed myself a great deal.")
    check = check_answer(text, ["improve patient flow", "reduce agency spend"])
    assert not check.finding("goals_match").ok


def test_a_growth_arc_backs_a_goal_named_in_its_first_sentence():
    text = ("When I started at the pharmacy I needed a colleague for every phone call to the GP "
            "surgeries. After one year I made all the calls myself and ran the repeat "
            "prescriptions.")
    check = check_answer(text, ["good relationships with GP practices"])
    assert check.finding("skill_growth").ok
    assert check.finding("goals_match").ok


def test_a_goal_named_only_outside_any_claim_is_not_backed():
    text = ("The GP surgeries near us were always busy. I learned to run the repeat "
            "prescriptions, and late ones went from 30 a week to 5.")
    check = check_answer(text, ["good relationships with GP practices"])
    assert not check.finding("goals_match").ok


@pytest.mark.parametrize("text", [
    "My coaching skills improved a great deal over my time there.",
    "I have kept using these improved skills ever since.",
    "My confidence grew with every shift.",
])
def test_the_speaker_s_own_skills_improving_is_not_a_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "As desk manager I brought our review score from 7.8 to 8.9 by answering every review.",
    "I helped the depot bring its backlog down from 1,100 jobs to 240.",
])
def test_a_decimal_or_a_thousands_figure_is_one_number_in_a_result(text):
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert check.finding("quantified").ok


def test_a_goal_s_work_verb_done_in_a_claim_backs_it():
    """"lead", "build", "automate" name the work itself: a claim that does it backs the goal,
    as "built a knowledge base" backs "build self-service help content"."""
    text = ("On the night shift I learned to plan the picking waves, and I led twelve pickers "
            "through the peak, cutting mis-picks by half.")
    assert check_answer(text, ["lead the warehouse team"]).finding("goals_match").ok


def test_a_direction_verb_alone_backs_no_goal():
    text = "I learned to plan the picking waves, and we reduced our walking by a third."
    assert not check_answer(text, ["reduce supplier costs"]).finding("goals_match").ok


def test_a_work_verb_in_a_wish_backs_no_goal():
    text = "I learned to plan the picking waves. I would love to lead a team one day."
    assert not check_answer(text, ["lead the warehouse team"]).finding("goals_match").ok


@pytest.mark.parametrize("text", [
    "By the summer nine of the twelve pupils in my group reached the expected level.",
    "At my next job we got our turnaround from ten days to four.",
    "Plant sales were up a quarter on the year before.",
])
def test_outcomes_told_without_a_change_verb_are_results(text):
    assert _ok(text, "company_result")


def test_reaching_a_level_oneself_is_no_result():
    assert not _ok("After two years I reached the level of a senior technician.", "company_result")


def test_a_goal_written_with_a_hyphen_is_met_by_the_words_apart():
    text = ("I learned to plan the bake so the dough was ready an hour earlier, and the vans left "
            "on time every day after that.")
    assert check_answer(text, ["on-time deliveries"]).finding("goals_match").ok


def test_since_i_joined_runs_within_the_same_job():
    text = ("I learned to run swallow screens on the stroke ward. Since I joined the screening "
            "rota, no patient has been fed before a screen.")
    assert not _ok(text, "used_later")


def test_a_close_team_is_praise_of_the_team():
    assert not _ok("It was a good job because the team was really close.", "pitfalls")


def test_a_loss_prevented_is_a_result_with_its_number():
    text = ("I caught a supplier billing us twice for one delivery; if I hadn't, the firm would "
            "have paid out $12,000 for nothing.")
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert check.finding("quantified").ok


@pytest.mark.parametrize("text", [
    "If I had stayed, the firm would have saved $12,000.",
    "If I hadn't left, I would have lost my nerve completely.",
    "The firm would have paid out $12,000 for nothing.",
])
def test_a_condition_that_prevented_nothing_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "After my first year the company can do more installations every month.",
    "The planners changed how they allocated the rooms.",
])
def test_what_the_organisation_can_now_do_or_changed_is_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "After my first year I can do more installations every month.",
    "With these skills you can do more in less time.",
])
def test_what_the_speaker_or_anyone_can_do_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "On my first day I didn't know what an invoice run was. Seventeen months on, I ran the "
    "invoice run for four sites.",
    "My Excel skills went from basic to advanced: I ended up writing the macros for the weekly "
    "report.",
    "Working there, my German went from classroom level to fluent enough to argue with hauliers.",
    "I started as a junior clerk and was soon handling the big client files on my own.",
    "I gained a reach truck licence in my first month.",
    "Through that job I grew into a careful project planner.",
])
def test_growth_told_as_a_level_move_a_qualification_or_an_arc_is_found(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "My Excel skills went from basic to advanced.",
    "My German went from classroom level to fluent.",
])
def test_a_skill_s_level_move_is_growth_not_a_result(text):
    assert not _ok(text, "company_result")


def test_a_metric_s_move_is_still_a_result():
    assert _ok("Our weekly sales went from 10 to 20 orders.", "company_result")


@pytest.mark.parametrize("text", [
    "Because of the new checklist, the ward had no medication errors that winter.",
    "The backlog was gone within three weeks.",
    "Customers stopped complaining about the queues.",
    "My changes meant the kitchen threw away half as much food.",
    "It meant we could take on 15 more clients a month.",
    "Thanks to my preparation the store passed its audit for the first time in years.",
    "My handover sheet is still used by the night staff.",
])
def test_outcomes_told_as_an_absence_a_consequence_or_an_adoption_are_results(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I stopped complaining and got on with it.",
    "I had no idea how to do it.",
    "It is a good place and I have no complaints about it.",
    "It would have meant we could take on more clients.",
    "I passed the audit course in my first month.",
])
def test_the_speaker_s_own_state_or_a_condition_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize(("goal", "result"), [
    ("reduce customer churn", "Fewer customers cancelled their boxes, down by a fifth."),
    ("improve data accuracy", "Errors in the supplier records fell from 8% to under 1%."),
    ("reduce patient waiting times", "People waited 20 minutes less to be seen."),
])
def test_a_goal_is_met_by_a_result_in_everyday_words(goal, result):
    text = "I learned to clean up the records with a few scripts. " + result
    check = check_answer(text, [goal])
    assert check.finding("company_result").ok
    assert check.finding("goals_match").ok


@pytest.mark.parametrize("text", [
    "The best part was the discount on shoes.",
    "My colleagues were the kindest people I've worked with.",
    "I was hoping for a job with more responsibility.",
    "The crew was one big family.",
    "I got on so well with everyone there.",
])
def test_pitfalls_told_in_everyday_words_are_found(text):
    assert not _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "I negotiated a discount with our biggest supplier.",
    "I got on well with the new till system quickly.",
])
def test_a_pitfall_s_words_about_the_work_are_no_pitfall(text):
    assert _ok(text, "pitfalls")


def test_so_before_a_word_of_degree_does_not_split_the_clause():
    """"so close", "so well": "so" says how much; "so the team ..." starts a new clause."""
    assert not _ok("It was a good job because the team was so close.", "pitfalls")
    assert _ok("I wrote the rota, so the team was never short on a Saturday.", "pitfalls")
