"""Goals and results read by meaning (issue 21, classes 3 and 6), the classes found on material
written blind to the rules: an act named as a trait of the speaker is no result and backs no
goal; a claim that shares with a goal only the words of its scope ("in order processing")
speaks to something else. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok
from helpers_data import own_data, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


@pytest.mark.parametrize("text", [
    "Lowering running costs is one of the things I do best.",
    "Keeping diners happy has always been my focus.",
    "Growing the donor base is what I bring to every charity.",
    "And signing up new tenants is my favourite part of the work.",
])
def test_an_act_named_as_a_present_trait_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize(("text", "goal"), [
    ("Lowering running costs is one of the things I do best.", "lower running costs"),
    ("Signing up new tenants is my favourite part of the work.", "sign up new tenants"),
])
def test_a_goal_named_as_a_present_trait_backs_nothing(text, goal):
    assert not check_answer(text, [goal]).finding("goals_match").ok


@pytest.mark.parametrize("text", [
    "Cutting the queue at the pharmacy was the hardest thing I did, and it fell from 40 to 10 "
    "people at lunchtime.",
    "Working nights with the bakers, I cut flour waste by a fifth.",
])
def test_a_past_act_or_a_gerund_before_its_subject_still_counts(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "After I rebuilt the intake form, new patients were booked within a week instead of "
    "waiting a month.",
    "Once my checklist was in use, the night crew closed the bar in twenty minutes instead of "
    "staying on past one.",
    "I spotted the broken seal on the freezer in time, so none of the ice cream had to be "
    "binned.",
])
def test_a_time_against_the_old_one_or_a_loss_that_never_came_is_a_result(text):
    assert _ok(text, "company_result")


def test_the_speaker_s_own_time_against_the_old_one_is_no_result():
    assert not _ok("I did the weekly count in a day instead of a week.", "company_result")


# --- a goal's scope: the words after "in", "from", "across" say where or whose ----------------

@pytest.mark.parametrize(("text", "goal"), [
    ("I learned to key in invoices quickly and cleared sixty invoices a day.",
     "cut mistakes in invoice handling"),
    ("I learned to lay out the members' newsletter and posted it to our loyalty members "
     "every month.", "grow sales from our loyalty members"),
    ("I learned the booking screens and took every phone booking across the three branches.",
     "reduce queues across the three branches"),
])
def test_a_claim_sharing_only_a_goal_s_scope_backs_no_goal(text, goal):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize(("text", "goal"), [
    ("I made a two-step check for the invoices, and mistakes dropped from ten a week to one.",
     "cut mistakes in invoice handling"),
    ("I learned to suggest the next size up, and sales to loyalty members rose by a quarter.",
     "grow sales from our loyalty members"),
    ("After I added a second till at lunch, the queues in all three branches halved.",
     "reduce queues across the three branches"),
])
def test_a_claim_on_what_the_goal_is_still_backs_it(text, goal):
    assert _credited(text, [goal]) == [goal]


def test_a_facilitator_s_scope_words_decide_what_is_scope(tmp_path, monkeypatch):
    text = "I learned to key in invoices quickly and cleared sixty invoices a day."
    own_data(tmp_path, monkeypatch, "goal_meanings.json",
             set_at(["scope_words"], ["throughout"]))
    assert _credited(text, ["cut mistakes in invoice handling"]) == [
        "cut mistakes in invoice handling"]


@pytest.mark.parametrize("value", [[], "in", [""]])
def test_broken_scope_words_are_said_naming_the_key(tmp_path, monkeypatch, value):
    own_data(tmp_path, monkeypatch, "goal_meanings.json", set_at(["scope_words"], value))
    with pytest.raises(ValidationError) as caught:
        check_answer("I learned to plan rotas and cut overtime by 20%.", ["reduce costs"])
    assert caught.value.field == "scope_words"


# --- results in ordinary speech: a rank, a client signed, the people trained qualified ------

@pytest.mark.parametrize("text", [
    "After I started the reading club, my year group's attendance was the best in the school.",
    "Once I took over the demos, two regional chains signed up with us.",
    "I ran the forklift course on site, and all nine operatives qualified at the first attempt.",
])
def test_an_outcome_told_in_ordinary_speech_is_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I was the fastest picker in the depot.",
    "The coffee there was the best in the city.",
    "I passed my driving test first time.",
])
def test_the_speaker_s_rank_or_a_place_s_praise_is_no_result(text):
    assert not _ok(text, "company_result")


# --- a goal's outcome told in other words, in a result -------------------------------------

@pytest.mark.parametrize(("text", "goal"), [
    ("After I rebuilt the payroll checks, nobody was paid the wrong amount again that year.",
     "reduce errors in payroll"),
    ("After I reworked the crew rota, our buses stopped running late on the morning routes.",
     "improve on-time arrivals"),
    ("After my demo days, three law firms signed contracts with us.",
     "win new corporate customers"),
    ("I ran the forklift course on site, and all nine operatives qualified at the first attempt.",
     "train warehouse operatives"),
])
def test_a_goal_s_outcome_told_in_other_words_backs_it(text, goal):
    assert _credited(text, [goal]) == [goal]


# --- a goal copied into a result with nothing of its own is a recital ----------------------

@pytest.mark.parametrize(("text", "goal"), [
    ("At the depot I lowered vehicle repair bills.", "lower vehicle repair bills"),
    ("I helped the charity grow regular giving income.", "grow regular giving income"),
])
def test_a_goal_copied_into_a_result_without_a_figure_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize(("text", "goal"), [
    ("At the depot I lowered vehicle repair bills by half.", "lower vehicle repair bills"),
    ("I helped the charity grow regular giving income. That came to £30,000 more a year.",
     "grow regular giving income"),
])
def test_a_copied_goal_with_its_figure_still_backs_it(text, goal):
    assert _credited(text, [goal]) == [goal]
