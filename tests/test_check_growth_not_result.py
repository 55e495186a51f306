"""Growth and states told like results (issue 21, check49): what the speaker can now do or is
now the one doing, a measure of their own speed, the speaker as the object of "grew" or
"improved", a change word used as a noun's modifier ("the cutting lists") and a multiple told
as a state's size ("we had double the staff") are no result for the organisation. Beside them,
the same frames with a change for the organisation stay results. The sentences are written for
these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer


# the speaker's growth, their own act or a count told as a state: nothing changed for anyone
# else, though the learned second opinion reads a result there
@pytest.mark.parametrize("text", [
    "At the clinic I learned to use the new booking system, and by my second month I was the "
    "one doing the rota for the whole team.",
    "I learned to pack orders faster: from 40 boxes an hour to 90 by my second month.",
    "I learned to read the stock reports, and by my second year I was the one running the "
    "Monday stock count for the whole store.",
    "I learned to read the tide tables, and by my second season I was the one planning the "
    "boat trips for the whole centre.",
    "I learned to run the intake desk. We had over 300 people on the housing list every month.",
    "I learned to sort the returns. There were about 40 open repair jobs on the board each day.",
])
def test_nothing_changed_for_anyone_else_is_no_result(text):
    assert not _ok(text, "company_result")


# the same frames with what changed for the organisation: still results
@pytest.mark.parametrize("text", [
    "I learned to pitch the membership offer in under a minute, and I took sign-ups at my "
    "branch from about 10 a week to 60.",
    "I learned to plan the rota, and by my second year I was the one who cut the agency bill "
    "by a third.",
    "I learned to plan the rota, and after that the agency bill fell by a third.",
    "By my second year I was the one running the stock count, and the shrinkage had halved.",
    "After I took over the ordering, we never ran out of milk again.",
    "Because there were three of us trained on it by spring, the depot stopped hiring agency "
    "drivers.",
    "I learned to cold-call properly, and in my first year I signed 14 new accounts for the "
    "branch.",
])
def test_growth_beside_a_change_for_others_stays_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "The part of the job that grew me most was the night shifts.",
    "Working the front desk improved me as a speaker more than any course.",
    "I spent two years doing the cutting lists in the joinery.",
    "I worked on the trimming line and learned to set the blades myself.",
    "Our depot had nearly double the drivers of the other site, and I learned to plan the "
    "rounds for all of them.",
    "We were twice the size of the old branch and I ran the rota.",
])
def test_no_change_for_the_organisation(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I rebuilt the booking page and we grew our bookings by 30%.",
    "After I redid the posters we sold double the tickets of the year before.",
    "Cutting the waste was my idea, and it saved the kitchen £4,000 a year.",
    "I learned to coach new starters and it improved our retention by a third.",
    "I reworked the delivery rounds and we doubled the orders we could take in a day.",
])
def test_look_alike_results_still_count(text):
    assert _ok(text, "company_result")


def test_a_hollow_growth_answer_is_not_strong():
    """A growth sentence with the speaker's own act after it, and an act the second opinion
    reads as growth: one pillar only."""
    check = check_answer("At the clinic I learned to use the new booking system, and by my "
                         "second month I was the one doing the rota for the whole team. After "
                         "a year I take every supplier call in Spanish and even agree the "
                         "delivery dates.")
    assert check.finding("skill_growth").ok
    assert not check.verdict.strong
