"""The speaker's own speed told as a change is growth, not a result (issue 21, check47, class 3):
"I got way quicker at truing, went from an hour a wheel to 15 minutes", "by the second year I
could do the post in half the time", "I could do the round and finish an hour early" were read as
results for the organisation, so a one-pillar answer was judged Strong. A change told by its
shape after the speaker's speed or capacity (``result_own_speed``), with no subject of its own,
is the speaker's own gain; a change with a subject of its own stays a result. Sentences written
for this file, in plain, typed and second-language registers, beside their look-alikes."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _check(text: str):
    check = check_answer(text)
    return {f.code: f for f in check.findings}, check.verdict


@pytest.mark.parametrize("text", [
    "At the tyre place I got way quicker at balancing, went from half an hour a car to ten "
    "minutes.",
    "In the sorting office I learned the postcodes, and by spring I could do my whole frame in "
    "half the time.",
    "I learned the village roads properly; by August I could do the round without the map and "
    "finish an hour early.",
    "At the print shop I learned to set up the press faster, and went from forty minutes a "
    "changeover to ten.",
    "after 6 months in the kitchen i become much faster with the knife, went from 1 hour prep to "
    "20 min",
    "I learned to use the scanner gun and I was able to finish the count earlier.",
])
def test_the_speakers_own_speed_is_no_result(text):
    found, verdict = _check(text)
    assert found["skill_growth"].ok, found["skill_growth"].message
    assert not found["company_result"].ok, found["company_result"].message
    assert not verdict.strong


@pytest.mark.parametrize("text", [
    # a subject of the change's own
    "I learned to fix the self-checkout faults myself, and the engineer call-outs went from ten "
    "a week to none.",
    "I learned to plan the loads, and we went from twelve late drops a week to two.",
    "By my second year I could plan the bay layout, and the lorries went from queuing an hour "
    "to straight in.",
    "I learned to plan the rota, then the ward finished the handover twenty minutes earlier "
    "every day.",
    # a change the speaker made to the organisation's work
    "I learned the new stock system, and I cut the weekly count from two days to half a day.",
])
def test_a_change_of_the_organisations_stays_a_result(text):
    found, verdict = _check(text)
    assert found["company_result"].ok, found["company_result"].message
    assert verdict.strong, verdict.message
