"""A count told inside a result's means is not the result's number (issue 21, check47): "I cut
our costs by dropping one supplier" was counted as quantified by "one supplier", which is what
the speaker did, not how much changed. The means ("by", "through", "via" and a doing, up to a
comma or a subject of its own) is read by its shape; a change told in it, or a count after it,
still measures. Sentences written for this file, in plain, typed and second-language registers,
beside their look-alikes."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _findings(text: str) -> dict:
    return {f.code: f for f in check_answer(text).findings}


@pytest.mark.parametrize("text", [
    "I learned to negotiate with suppliers and cut our costs by dropping one supplier.",
    "I learned rota planning and cut overtime through moving two nurses onto the late shift.",
    "Learnt the booking system, cut no-shows by sending 1 reminder text the day before.",
    "I learn the scheduling program and we reduce the waiting by simply adding three more slots "
    "in the morning.",
    "At the depot I learned to load for the drops and cut the fuel bill via combining four "
    "rounds into two.",
])
def test_a_count_in_the_means_is_no_measure(text):
    found = _findings(text)
    assert found["company_result"].ok, found["company_result"].message
    assert not found["quantified"].ok, found["quantified"].message


@pytest.mark.parametrize("text, number", [
    # the result's own count, before the means
    ("I learned to plan routes and we saved two hours a day by merging three rounds into one.",
     "two hours"),
    # a change told inside the means still measures
    ("I learned to cost recipes and saved the kitchen money by cutting waste by 20%.", "20%"),
    # a count after the means' end, with a subject of its own, is the result's
    ("I learned to plan routes and by merging rounds we needed two fewer vans.", "two fewer"),
    # a change told with where it started, and the means after it
    ("I learned Excel and cut month-end from eight days to three by automating two reports.",
     "from eight days to three"),
    ("I learned to plan rotas and we cut agency shifts by 40 a month by swapping two patterns.",
     "40"),
])
def test_the_results_own_number_stays_counted(text, number):
    found = _findings(text)["quantified"]
    assert found.ok, found.message
    assert number in found.number.text
