"""The misses engineers noticed after the third round (issue 21, branch ``check4``), each read
as a class of speech with look-alikes it must not read: a named skill's growth told without a
learn verb, a personal win or an identity told like a result, and money handled as a duty read
as perks. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer, pitfall_phrases


@pytest.mark.parametrize("text", [
    "At the builders' merchant my spreadsheet skills grew there too.",
    "In that post my bookkeeping skills improved a great deal.",
    "Working the night desk took my negotiating skills much further.",
    "My Excel went from basic formulas to building the whole forecast model.",
    "My bookkeeping went from shaky to running the month-end on my own.",
])
def test_a_named_skill_grows_without_a_learn_verb(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "My pedagogical skills improved significantly over my time there.",  # names no job skill
    "That job took my skills much further.",  # which skills?
    "My mood went from bad to worse that winter.",  # a mood is no skill
    "My problems grew there too.",
    "My route went from about 95 drops a day to 130.",  # a measure in numbers, not a level
    "My Excel went from bad.",  # no "to": no move
])
def test_look_alikes_of_growth_without_a_learn_verb(text):
    assert not _ok(text, "skill_growth")


def test_a_skill_level_move_is_growth_not_a_result():
    check = check_answer("My bookkeeping went from shaky to solid in a year.")
    assert check.finding("skill_growth").ok
    assert not check.finding("company_result").ok


@pytest.mark.parametrize("text", [
    "I won the staff raffle twice.",
    "I won the pub quiz four times with the bakers.",
    "I won a holiday voucher in the Christmas draw.",
    "I was named employee of the month three times.",
    "Reducing costs is what I am all about.",
    "Cutting waste is what I'm all about.",
    "Speeding up deliveries is my passion.",
])
def test_a_personal_win_or_an_identity_is_no_result(text):
    check = check_answer(text)
    assert not check.finding("company_result").ok
    assert not check.finding("quantified").ok


@pytest.mark.parametrize("text", [
    "I won three new wholesale accounts worth $40,000 a year.",
    "I won back two lost cafe customers within a month.",
    "Reducing costs is what I did at the depot: I cut fuel spend by 8%.",
])
def test_wins_and_claims_for_the_organisation_still_count(text):
    assert _ok(text, "company_result")
    assert _ok(text, "quantified")


def test_an_identity_backs_no_goal():
    check = check_answer("At the depot I learned route planning from scratch to running the "
                         "whole rota. Reducing costs is what I am all about.", ["reduce costs"])
    assert not check.finding("goals_match").ok


@pytest.mark.parametrize("text", [
    "I handled the money side of the shop: budgeting, banking and paying suppliers.",
    "I was in charge of the money for the club and kept the budget.",
    "I was responsible for all the money at the tills.",
    "I counted the money every night and banked it.",
])
def test_money_handled_as_a_duty_is_no_perk(text):
    assert "perks" not in pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "Honestly the money was great.",
    "I only took it for the money.",
    "I stayed for the money and the hours.",
    "I kept the books, and the money was brilliant.",
])
def test_real_perks_about_money_are_still_flagged(text):
    assert "perks" in pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "I trained hard and within weeks went from chaos to calm.",  # a preposition's object
    "I practised every night and then suddenly dropped the old habit.",  # adverbs
    "I trained hard, and in March went from two shifts to four.",
    "I kept at it and eventually stopped.",
])
def test_no_subject_but_the_speaker_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I rebuilt the rota, and the queue at the depot fell from forty minutes to ten.",
    "I rebuilt the rota, and it fell from forty minutes to ten.",
    "The queue shrank and then fell by a third after I rebuilt the rota.",
    "I rebuilt the rota, and the supply costs quickly fell by 12%.",
    "I rebuilt the rota, and within six months overdue service charges fell by half.",
    "I put the stock online, and after that the shop was making more money online than "
    "from the window.",
])
def test_a_real_subject_before_the_verb_is_read(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I got my forklift licence there, then cleared a returns backlog of about six hundred "
    "parcels.",
    "I learned rostering from scratch and worked through a pile of 300 unfiled claims.",
])
def test_a_problems_size_is_not_the_results_number(text):
    assert not _ok(text, "quantified")


@pytest.mark.parametrize("text", [
    "I learned rostering from scratch and cut the returns backlog from 600 parcels to 40.",
    "I learned rostering from scratch, and the queue of trucks fell from 40 to 12.",
])
def test_a_backlog_that_shrank_by_a_number_is_quantified(text):
    assert _ok(text, "quantified")


@pytest.mark.parametrize("text", [
    "I learned to cost recipes there. We now waste a third less than we used to.",
    "I learned to cost recipes there. The kitchen now orders half what it used to.",
])
def test_a_habitual_used_to_beside_now_is_no_later_use(text):
    assert not _ok(text, "used_later")


@pytest.mark.parametrize("text", [
    "I learned to cost recipes there, and I still use that costing method in my current job.",
    "I learned to cost recipes there. Now, at the hotel, I use the same costing sheet every week.",
])
def test_reuse_beside_now_is_still_later_use(text):
    assert _ok(text, "used_later")
