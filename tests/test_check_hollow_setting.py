"""Hollow results told after a setting (issue 21, check45): "At the bank I improved customer
satisfaction, increased efficiency and optimised processes" names where, then only generic
claims; it was judged a result because the setting's noun named something. The setting is read
past, up to the speaker; a plain result after a setting stays a result. Sentences written for
this file, in corporate, chatty and second-language registers, beside their look-alikes."""

from __future__ import annotations

import pytest

from workshop.check import check_answer

GREW = "In that job I learned to handle mortgage queries over the phone. "


def _result(text: str):
    return next(f for f in check_answer(text).findings if f.code == "company_result")


@pytest.mark.parametrize("tail", [
    "At the bank I improved customer satisfaction, increased efficiency and optimised processes.",
    "In the warehouse we boosted productivity and cut costs.",
    "During my time at the hotel I drove revenue and improved quality.",
    "While I was at the council, I streamlined processes and delivered savings.",
    "At the council I improved workflows and reduced costs significantly.",
    "In this company I increased the sales and I improved the quality very much.",
])
def test_generic_claims_after_a_setting_are_no_result(tail):
    finding = _result(GREW + tail)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("tail", [
    "At the bank I cut the queue at the counter from forty minutes to ten.",
    "At the hotel I rebuilt the check-in desk layout and complaints about waiting stopped.",
    "In the warehouse we cut costs by 12 percent on packaging.",
    "At the shop I increased sales of the loyalty card.",
])
def test_a_plain_result_after_a_setting_stays_a_result(tail):
    finding = _result(GREW + tail)
    assert finding.ok, finding.message
