"""An organisation's figure with no part of the speaker's (issue 21, check36;
``workshop/result_owner.py``): a change told of the organisation over a period ("that year",
"by the time I left") in a sentence the speaker is not in is theirs only when they act before it
or right after it; growing in the job is not acting on the figure. Sentences here are in other
words than the eval material that showed the class."""

from __future__ import annotations

import json

import pytest

from workshop.check import check_answer
from workshop.cli import main


def _result(text: str):
    return {f.code: f for f in check_answer(text).findings}["company_result"]


@pytest.mark.parametrize("text", [
    "At the bakery I learned to laminate croissant dough by hand. The bakery's turnover rose by "
    "a quarter that summer.",
    "I was a porter at the museum and learned to handle paintings safely. By the time I left, "
    "the museum's visitor numbers had doubled.",
    "In the planning office I learned AutoCAD from scratch. The practice won three new council "
    "contracts that year.",
    "I learned to keep the stock ledger at the co-op. Over those years the co-op's losses fell "
    "from 6 percent to 2.",
])
def test_a_figure_over_a_period_with_only_growth_is_not_the_speakers(text):
    finding = _result(text)
    assert not finding.ok
    assert "organisation's figure" in finding.message


@pytest.mark.parametrize("text", [
    # the speaker acts before the figure
    "At the bakery I learned to laminate croissant dough by hand, and I put a tray of them by "
    "the door every morning. The bakery's turnover rose by a quarter that summer.",
    # results first, the speaker's part right after
    "The co-op's losses fell from 6 percent to 2 that year. I had rebuilt the stock ledger and "
    "counted the shelves every Friday.",
    # the speaker in the sentence itself
    "I learned to keep the stock ledger, and that year I got the co-op's losses down from 6 "
    "percent to 2.",
    # the speaker's own area
    "I learned to keep the stock ledger. That year losses in my aisle fell from 6 percent to 2.",
    # told as a change, with no period: the speaker's method
    "I learned to check the cold store with a data logger. Spoiled deliveries fell from ten a "
    "month to one.",
    # a pointer back to the work
    "I learned to rebuild the stock ledger and this cut the co-op's losses that year.",
])
def test_a_figure_tied_to_the_speakers_work_stays_a_result(text):
    assert _result(text).ok


def test_the_json_of_workshop_check_keeps_its_shape(tmp_path, capsys):
    answer = tmp_path / "answer.txt"
    answer.write_text("At the bakery I learned to laminate croissant dough by hand. The "
                      "bakery's turnover rose by a quarter that summer.", encoding="utf-8")
    main(["check", str(answer), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    codes = {f["code"]: f for f in out["findings"]}
    assert codes["company_result"]["ok"] is False
    assert codes["quantified"]["ok"] is False


@pytest.mark.parametrize("text", [
    "I learned to load the dishwasher racks properly. That winter our shift cut breakages by half.",
    "I was the one who rebuilt the spa's booking diary. Turned-away bookings fell by half that "
    "spring.",
    "Learned the booking system in a week.\nRebuilt the spa's diary.\nTurned-away bookings fell "
    "by half that spring.",
])
def test_the_speaker_with_others_a_role_or_a_note_keeps_the_result(text):
    assert _result(text).ok


def test_a_doing_as_the_subject_is_the_speakers_work():
    assert _result("I learned to price stock. Re-pricing the slow lines cut the waste by half "
                   "that winter.").ok


def test_a_figure_of_what_the_grown_skill_names_is_the_skill_at_work():
    assert _result("I taught myself to plan the kitchen's prep lists in a shared sheet. Prep "
                   "waste fell by a third that spring.").ok
    assert not _result("I taught myself to plan the kitchen's prep lists in a shared sheet. The "
                       "restaurant's takings rose by a third that spring.").ok


# The speaker acts in words the first reading took for being, having or wanting (issue 21,
# check40): a habit ("I'd", "I would", "I used to" before a doing), a duty done ("I had to
# rebuild"), staying or coming in to do something, a verb that acts with its particle
# ("worked out", "came up with", "went through"), "worked with ... to" or "used ... to" before a
# doing, "me and a colleague" as the subject. The organisation's figure after it is theirs.
@pytest.mark.parametrize("text", [
    "On the ward I would check every syringe driver at handover. Doses given late on the ward "
    "fell to none that winter.",
    "I used to ring every lapsed member on a Friday afternoon. Renewals at the club went up a "
    "fifth that season.",
    "I had to rebuild the cleaning schedule from nothing. The kitchen's hygiene scores went from "
    "three stars to five that year.",
    "I stayed back every Friday to recount the shelves in the stores. Stores picking errors "
    "halved in that time.",
    "I worked out a fairer way of splitting the tips. Staff turnover at the cafe fell by half "
    "that summer.",
    "I came up with a checklist for the night porters. Lost keys dropped from a dozen a month "
    "to two that year.",
    "I worked with the chef to cut the menu down to twelve dishes. Food waste fell by a third "
    "that spring.",
    "I used the old sales data to plan the Christmas stock. Takings went up 15 percent that "
    "Christmas.",
    "Me and another volunteer rewrote the rota for the food bank. No-shows fell by half that "
    "winter.",
    "I went through every open file on the team's desk. The backlog fell from 300 cases to 40 "
    "in those months.",
    "I'd sit with each new clerk for their first week on the returns. The practice's late "
    "filings dropped to zero that year.",
])
def test_a_habit_a_duty_done_or_a_verb_with_its_particle_is_the_speaker_acting(text):
    assert _result(text).ok


@pytest.mark.parametrize("text", [
    # a wish, a feeling, a negation, growth, a plain post: no doing of the speaker's
    "I wanted to fix the rota but never got the chance. Staff turnover at the cafe fell by half "
    "that summer.",
    "I used to work on the tills on Saturdays. The shop's takings went up 15 percent that "
    "Christmas.",
    "I worked on the tills and learned to cash up. The shop's takings went up 15 percent that "
    "Christmas.",
    "I never touched the stock ledger myself. The co-op's losses fell from 6 percent to 2 that "
    "year.",
    "I had to learn the booking system in a week. Turned-away bookings fell by half that spring.",
    "I spent two years on the pass and learned to plate fast. Food waste fell by a third that "
    "spring.",
    "I would love to have run the rota. Staff turnover at the cafe fell by half that summer.",
    # time spent doing tells a post as often as a piece of work
    "I spent my days answering the phones on the help desk. Complaints to the council fell by "
    "a quarter that year.",
    "I spent most shifts restocking the chillers. The shop's takings went up 15 percent that "
    "Christmas.",
])
def test_a_wish_a_feeling_a_negation_or_a_post_is_not_the_speaker_acting(text):
    assert not _result(text).ok


# What the grown skill names is read in the rest of its sentence, past its clause (issue 21,
# check40): "I learned to take the orders, check the stock, and in the end plan the delivery
# routes" names the deliveries; a figure of them is the skill at work. The organisation named as
# an owner or a place ("the garden centre's sales", "sales at the depot") is no such word.
@pytest.mark.parametrize("text", [
    "I learned to take phone orders, log them on the system, check the stock, and after a few "
    "months sort out the delivery routes for the vans. Late deliveries fell by half that year.",
    "I taught myself the basics of bookkeeping, from the ledgers and VAT returns to the monthly "
    "accounts, and in the end the reconciliations too. Errors in the reconciliations dropped to "
    "almost none over those months.",
    "On the ward I learned to take bloods, set up drips, chart fluids and, by spring, manage the "
    "discharge paperwork on my own. Delayed discharges fell from ten a week to three that "
    "winter.",
])
def test_a_skill_named_later_in_its_sentence_is_the_skill_at_work(text):
    assert _result(text).ok


@pytest.mark.parametrize("text", [
    "I learned to take phone orders, log them on the system, check the stock, and after a few "
    "months sort out the delivery routes for the vans. The firm's turnover went up a fifth that "
    "year.",
    "I learned to run the tills at the garden centre, handle refunds and answer questions about "
    "compost. That year the garden centre's sales went up 20 percent.",
    "I learned to load the vans at the depot, read the route sheets and, in the end, drive a "
    "route of my own. Profits at the depot rose a tenth that year.",
    "I got much better at handling angry callers. The company's profits went up a fifth that "
    "winter.",
])
def test_the_organisation_named_as_owner_or_place_is_not_the_skill(text):
    assert not _result(text).ok


@pytest.mark.parametrize("text", [
    "Bookings at the hostel rose by a quarter that summer. What I took away was how to run the "
    "night desk alone.",
    "The branch's profits went up a tenth that year. What I liked most was learning the "
    "lending rules.",
])
def test_what_the_speaker_took_from_the_job_is_no_part_in_the_figure(text):
    assert not _result(text).ok


def test_what_the_speaker_did_told_as_a_cleft_is_their_part():
    assert _result("Bookings at the hostel rose by a quarter that summer. What I did was put the "
                   "rooms on two more booking sites.").ok
