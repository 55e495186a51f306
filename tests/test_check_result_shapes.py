"""What counts as a result for the organisation, by the shape it is told in (issue 21, check26):
an aim or a target is no result, however it names a change; a stop told with its own negation far
before "anymore" is one; "grew" with an
object and a measure is the organisation's figure, not the speaker's growth. The sentences are
written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok


@pytest.mark.parametrize("text", [
    "The branch's aim for the spring was to raise footfall by a tenth, and I ran the window "
    "displays.",
    "My objective in that post was to reduce agency spend across the two wards.",
    "The KPI for our desk was to cut average handling time to four minutes.",
    "I was tasked with growing online bookings by 25 percent.",
    "In that role I was responsible for reducing late deliveries on the northern routes.",
])
def test_an_aim_or_a_target_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "The aim was to cut the queue, and after I split the counter the queue fell by half.",
    "I was given the target of fewer stock-outs, and after my reorder sheet the shelves "
    "were full every Monday for the first time.",
])
def test_a_change_told_after_its_aim_still_counts(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I moved the key safe to the front desk, and after that the cleaners weren't standing "
    "about in the car park at six in the morning waiting for someone anymore.",
    "Once I put the labels on the freezer shelves, the cooks weren't digging through "
    "every single box of frozen stock hunting for the fish anymore.",
])
def test_a_stop_told_with_a_far_negation_is_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "After I left, the place just wasn't somewhere I wanted to spend my weekends anymore.",
    "If I had stayed, the drivers wouldn't have been waiting around at the gate for hours anymore.",
])
def test_an_anymore_that_tells_no_change_of_the_speakers_is_none(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I grew the mailing list by 60 percent in a year with a monthly recipe card.",
    "- Grew repeat bookings by 30% through a follow-up call I introduced",
    "I improved our first-time fix rate by 12 points after rewriting the fault guide.",
    # a bare measure noun with no article ('revenue', 'sales'), as CVs and forms write it: read
    # as the speaker's own growth before, so 'I grew territory revenue from $0.9 million to $1.4
    # million' (dev ws20, said so once the unit was realised) lost its result and its number
    "I grew revenue by 20% in my second year.",
    "I grew territory revenue from $0.9 million to $1.4 million.",
    "- Grew regional sales by 20% in eighteen months",
    "I improved takings on the market stall by 15% after moving the pitch.",
    "i grew followers from 1,900 to 3,100 in one term",
])
def test_grew_with_an_object_and_a_measure_is_a_result(text):
    assert _ok(text, "company_result")
    assert _ok(text, "quantified")


@pytest.mark.parametrize("text", [
    "I grew a lot as a person in those two years.",
    "I grew by leaps and bounds there.",
    "I improved my typing by 20 words a minute.",
    "I grew my sales skills by 20% on the course.",
    "I grew my confidence in sales by a lot.",
    "I improved my revenue forecasting by practising on old accounts.",
])
def test_the_speakers_own_growth_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I set up the shared calendar, and the landlords were hearing back about repairs in hours "
    "rather than days.",
    "After I moved the parts bins next to the benches, the fitters had their kits in minutes "
    "instead of hours.",
])
def test_a_wait_told_in_units_rather_than_units_is_a_result_without_a_number(text):
    assert _ok(text, "company_result")
    assert not _ok(text, "quantified")


def test_the_speakers_own_pace_in_units_rather_than_units_is_none():
    assert not _ok("I was answering the emails in minutes rather than hours by the spring.",
                   "company_result")


@pytest.mark.parametrize("text", [
    "The shop's sales rose by a third that year, but honestly that was the new owner's doing; "
    "I was on the tills.",
    "Our ward cut its falls by half while I was on maternity leave, so I can't take any credit "
    "for it.",
])
def test_a_change_the_speaker_gives_to_someone_else_is_none_of_theirs(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I rewrote the cleaning rota, and the guests stopped complaining about the showers; the "
    "owners still use it three years after I left.",
    "I changed the order form so the kitchen stopped running out of milk, and two years on, "
    "the café still uses it.",
])
def test_a_time_after_the_speaker_left_is_no_number_of_the_result(text):
    assert _ok(text, "company_result")
    assert not _ok(text, "quantified")


def test_a_measure_before_after_i_is_still_the_results_number():
    text = "We got the queue at the pharmacy down from 30 to 10 minutes after I split the counter."
    assert _ok(text, "quantified")


def test_a_place_doing_better_is_no_credit_given_away():
    """"the store's doing better": the store is doing, not someone's doing."""
    assert _ok("Since I changed the layout, the store's doing far better on Saturdays, with "
               "sales up 20%.", "company_result")
