"""The sixth round (issue 21, branch ``check6``): pitfalls read by meaning and by whose words
they are, and tense and mood. Each class has sentences in several wordings and the look-alikes
it must not read. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer, pitfall_phrases

_GREW = "At the bakery I learned to plan the weekly bake schedule for four ovens. "


# --- pitfalls by meaning ------------------------------------------------------------------------


@pytest.mark.parametrize("text, category", [
    # what mattered to the speaker
    ("The shifts were flexible, which mattered a great deal to me.", "perks"),
    ("I could do two days a week from home.", "perks"),  # a perk told with "could" is one
    ("We had a flexible rota, and that meant the world to me.", "enjoyment"),
    ("It gave me some spare cash for the weekends.", "perks"),
    # the job's conditions told as harsh
    ("The hours were brutal.", "complaints"),
    ("Honestly the workload there was soul-destroying.", "complaints"),
    ("It was a gruelling schedule with a measly wage.", "complaints"),
    ("I had a moody boss who changed her mind daily.", "complaints"),
    # a feeling grown against the job
    ("After a year I grew to hate it.", "complaints"),
    ("By the second winter I dreaded going in.", "complaints"),
    ("I came to resent the place.", "complaints"),
    ("The hours were brutal, so I left.", "complaints"),  # leaving fixes nothing
])
def test_pitfalls_told_without_the_old_words(text, category):
    assert category in pitfall_phrases(text), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "The hours were never brutal.",  # denied inside the pattern's gap
    "The team wasn't great at first, so I set up a weekly huddle.",
    "I never grew to hate it.",
    "I never hated the job.",
    "I hated it when orders went out late, so I built a packing checklist.",  # the problem
    "I would hate it if a patient fell, so I checked the rails each round.",
    "The backlog was brutal, so I built a triage sheet.",  # the problem, not the job
    "One trip to the kitchen and I could carry six plates.",  # no perk trip
    "It mattered to the patients that the meds were on time.",
    # a harsh condition the speaker went on to fix is the problem, not a complaint
    "The rota was exhausting for everyone until I rebuilt it around the deliveries.",
    "The old schedule was brutal, so I redesigned it with the drivers.",
    "I automated the tedious job of matching invoices.",  # a task described
])
def test_look_alikes_of_pitfalls_by_meaning(text):
    assert _ok(text, "pitfalls"), pitfall_phrases(text)


def test_a_perk_trip_is_still_a_perk():
    assert "perks" in pitfall_phrases("The best thing was the paid trips to Lisbon every spring.")


# --- whose words --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I dealt with rude customers every day and learned to calm them down.",
    "I handled rude, demanding callers on the complaints line.",
    "I served rude and impatient diners on Saturday nights.",
    "My job was making sure the kids had fun at every party.",
    "I ran fun children's parties on Saturdays.",
    "The patients found the new menu rewarding.",
])
def test_the_people_served_are_not_the_speaker(text):
    assert _ok(text, "pitfalls"), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "I had fun with the customers.",  # the speaker's fun, with them
    "The manager was rude to the customers.",  # rude to them: a dig at the manager
    "I had a difficult manager and rude customers.",  # two nouns: the manager is the dig
])
def test_the_speaker_s_own_words_beside_the_people_served(text):
    assert not _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "Over time I became the one other branches called with their hardest cases.",
    "Other depots came to me with their most complicated claims.",
    "What I liked most was learning to read the engine diagnostics.",
    "What I enjoyed most was learning how to plan the loads.",
])
def test_being_the_go_to_person_and_liking_to_learn_are_no_pitfall(text):
    assert _ok(text, "pitfalls"), pitfall_phrases(text)


# --- tense and mood -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I'll always remember the crew at the depot, the best bunch of people I've known.",
    "I'll never forget how friendly the team was.",
    "Nothing beat the excitement of opening night.",
])
def test_memory_and_superlatives_do_not_hide_a_pitfall(text):
    assert not _ok(text, "pitfalls")


def test_a_hedge_is_no_wish():
    assert _ok("I would say I learned to plan the bake schedule for four ovens.", "skill_growth")
    assert not _ok("I would like to learn to plan the bake schedule.", "skill_growth")


@pytest.mark.parametrize("text", [
    _GREW + "I still use the same planning method in my current job.",
    _GREW + "That planning was to stand me in good stead in every job since.",
    "I have learned to plan the delivery routes, and I use that planning in my current role.",
])
def test_a_use_made_is_no_plan(text):
    check = check_answer(text)
    assert check.finding("used_later").ok, check.finding("used_later").message
    assert "plan" not in check.finding("used_later").message.split(":")[0]


@pytest.mark.parametrize("text", [
    _GREW + "I would have liked to use it in my next job.",
    _GREW + "I hope to use it in my next job.",
    _GREW + "It will stand me in good stead in my next job.",
])
def test_wishes_and_plans_of_later_use_still_do_not_count(text):
    assert not _ok(text, "used_later")


def test_a_past_learning_beside_a_future_aside_is_growth():
    assert _ok("Although I am always going to be nervous on stage, I have learned to present "
               "our quarterly figures to the board.", "skill_growth")


# --- non-results --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "As a result, I tried to avoid these situations.",
    "After that I avoided him whenever I could.",
    "After a while I grew to hate it.",
])
def test_an_intention_or_a_feeling_is_no_result(text):
    check = check_answer(text)
    assert not check.finding("company_result").ok
    assert "plan" not in check.finding("company_result").message.split(":")[0]


def test_avoiding_a_loss_is_still_a_result():
    assert _ok("I rebuilt the booking checks and we avoided two penalty fines that year.",
               "company_result")


@pytest.mark.parametrize("text", [
    _GREW + "I'd like to think I still use the same planning method in my current job.",
    _GREW + "You could say I still use that planning method at the hospital today.",
    _GREW + "I'm sure I still use that planning method in my current job.",
])
def test_a_hedge_before_a_use_made_is_no_plan(text):
    assert _ok(text, "used_later"), check_answer(text).finding("used_later").message


@pytest.mark.parametrize("text", [
    "I would like to think about learning the accounts side.",  # a plan, hedge or not
    "I'm sure I could learn to plan the bake schedule.",
    "I'd say I want to learn the accounts side.",
])
def test_a_hedge_does_not_make_a_plan_real(text):
    assert not _ok(text, "skill_growth")


def test_what_meant_everything_to_the_speaker_is_a_pitfall():
    assert not _ok("Working from home meant everything to me.", "pitfalls")


@pytest.mark.parametrize("text", [
    "The other branches called me with their hardest cases, and my manager told everyone I was "
    "brilliant at it.",
    "My boss said I'm the best planner she has had.",
])
def test_praise_of_the_speaker_is_not_the_great_team(text):
    assert "team" not in pitfall_phrases(text), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "The team I worked with was amazing.",
    "The crew was great and we had each other's backs.",
])
def test_praise_of_the_team_beside_the_speaker_is_still_the_team(text):
    assert "team" in pitfall_phrases(text)


@pytest.mark.parametrize("text, category", [
    # money earned for the speaker
    ("I made decent money there.", "perks"),
    ("I earned enough to run a car that year.", "perks"),
    ("That job paid for my degree.", "perks"),
    ("The wages were generous.", "perks"),
    # enjoyment told without "enjoy"
    ("It never felt like work.", "enjoyment"),
    ("I couldn't wait to get in every morning.", "enjoyment"),
    ("It was the most satisfying summer job I've had.", "enjoyment"),
    ("I got a kick out of it.", "enjoyment"),
    ("We went for a pint after every shift.", "fun"),
    # complaints told without a complaint word
    ("The owners didn't have a clue.", "complaints"),
    ("They paid me peanuts.", "complaints"),
    ("The supervisor played favourites.", "complaints"),
    ("Head office treated staff like robots.", "complaints"),
    # promotion and wanting in other words
    ("After two years they made me shift manager.", "promotion"),
    ("The hours suited my family.", "wanted"),
])
def test_pitfalls_in_everyday_words(text, category):
    assert category in pitfall_phrases(text), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "I paid for the stock with the petty cash.",
    "The customers couldn't wait to get in.",  # theirs
    "Satisfying customers was my main job.",
    "I treated every caller like a guest.",
    "I never treated customers like numbers.",
    "They made me responsible for the stock count.",
    "Our customers went for drinks after the show.",
])
def test_look_alikes_of_pitfalls_in_everyday_words(text):
    assert _ok(text, "pitfalls"), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "I moved up two grades in eighteen months.",
    "Within a year I went up two levels.",
    "I climbed three grades in four years.",
])
def test_a_grade_moved_up_is_a_promotion_not_a_result(text):
    check = check_answer(text)
    assert "promotion" in pitfall_phrases(text), pitfall_phrases(text)
    assert not check.finding("company_result").ok


@pytest.mark.parametrize("text", [
    "My salary went up 30% in a year.",
    "My pay doubled in two years.",
])
def test_the_speaker_s_own_pay_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I helped the store move up to level 3 in the hygiene ratings.",  # the store's
    "Our team moved up two places in the regional league table.",
    "My hours went up and our waste went down 20%.",
])
def test_look_alikes_of_a_promotion_are_results(text):
    assert _ok(text, "company_result")
    assert "promotion" not in pitfall_phrases(text)
