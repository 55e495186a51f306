"""What is told like a result and is not one (issue 21, class 3): an award or a title won, the
organisation's growth told as what happened during the speaker's years there, and help that
keeps things as they were ("by keeping the yard tidy", "to stay on top of the post"). And a
"going to" that names where something went, not a plan, does not stop a result. The sentences
are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok


@pytest.mark.parametrize("text", [
    "The crew was wonderful and we won Depot of the Year twice.",
    "I learned to braid and I won the salon's stylist of the month award.",
    "The charity tripled its donor base in the four years I was there.",
    "I helped the surgery by keeping the waiting room tidy all day.",
    "I helped the office to stay on top of its post.",
])
def test_told_like_a_result_but_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "We won a three-year cleaning contract with the council after my pitch.",
    "In the two years I was there I rebuilt the price list, and margins rose 6%.",
    "I helped the shop keep its energy bill down by 15%.",
    "I learned to mediate, and the disputes going to court fell from twenty a year to five.",
])
def test_the_look_alike_results_still_count(text):
    assert _ok(text, "company_result")


def test_an_offer_to_the_listener_is_no_result_and_backs_no_goal():
    """"I can ... for you" is what the speaker offers the new job, not what changed."""
    from workshop.check import check_answer

    check = check_answer("I can reduce your costs and speed up your deliveries for you.",
                         ["reduce costs"])
    assert not check.finding("company_result").ok
    assert not check.finding("goals_match").ok


# A duty, a plan or a target told as what was meant to happen (issue 21, check40): "my job was
# to", "the plan was", "we were aiming for" before a result's words make them no change; a
# promotion or a pay rise told as "the result" is the speaker's own gain. Beside them, the same
# frames with what then happened: the target met, the budget beaten, the duty done.
@pytest.mark.parametrize("text", [
    "My job was to keep each event within its budget of £20,000.",
    "My role was to keep the van fleet within budget every quarter.",
    "Part of my job was bringing in new donors for the hospice.",
    "We were aiming for 200 new members in January but we didn't hit it.",
    "We were hoping for a 10% rise in footfall over Christmas.",
    "The target was 50 new foster carers that year, but we only found 30.",
    "And the plan was I'd get us into the farmers' market to bring in a whole new crowd.",
    "The idea was that my rota would bring in more weekend cover.",
    "The result was that I moved up two grades in eighteen months.",
    "I stayed five years and got a pay rise every year.",
    "I was given a rise after my first year on the tills.",
])
def test_a_duty_a_plan_a_target_or_a_pay_rise_is_no_result(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "We were aiming for 200 new members in January and we signed 230, most of them through the "
    "referral offer I came up with.",
    "The target was 50 new foster carers that year, and we recruited 64 after I rewrote the "
    "adverts.",
    "We were hoping for 100 sign-ups at the open day and we ended up with 140 because of the "
    "leaflets I made.",
    "My job was to keep each event within its budget, and I brought the spring conference in "
    "£4,000 under.",
    "I renegotiated the catering contract and brought the conference in £8,000 under its "
    "£50,000 budget.",
    "The Christmas party came in £600 below the budget after I switched caterers.",
])
def test_a_target_met_or_a_budget_beaten_is_a_result(text):
    assert _ok(text, "company_result")
