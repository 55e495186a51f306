"""A result whose change names no measure is hollow, number or not (issue 21, check47): "At the
bank I learned SQL and improved processes by 40%", "I picked up Excel and boosted efficiency by
25%", "I learned Salesforce and grew the business by 50%" were judged Strong, a number standing
in for what changed. A number needs a measure it is of: the change's conjunct must name one
beyond the words of ``specific.unmeasured_outcomes`` (acts of change, abstractions,
intensifiers), or the sentence must tell the act that made it. Sentences written for this
file, in corporate, chatty, typed and second-language registers, beside their look-alikes."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _check(text: str):
    check = check_answer(text)
    return {f.code: f for f in check.findings}, check.verdict


@pytest.mark.parametrize("text", [
    "At the bank I learned SQL from scratch and improved processes by 40%.",
    "I picked up Excel at the warehouse and boosted efficiency by 25%.",
    "I learned Salesforce there and I grew the business by 50%.",
    "I learned to negotiate at the firm and generated significant value for the company.",
    "I learned to do rotas and contributed to a 10% increase in performance.",
    "Learnt agile there, delivered a 30% uplift in productivity.",
    "In this company I learn the SAP and I improve the processes of 35 percent.",
    "honestly i learned so much about jira and we boosted performance by like 20%",
])
def test_a_change_with_no_measure_is_no_result(text):
    found, verdict = _check(text)
    assert found["skill_growth"].ok, found["skill_growth"].message
    assert not found["company_result"].ok, found["company_result"].message
    assert not verdict.strong


@pytest.mark.parametrize("text", [
    # the change names its measure
    "At the bank I learned SQL and increased sales by 20%.",
    "I learned to slot the fast movers and cut picking errors by 25%.",
    "I learned to cost the menu and reduced food costs by 12 percent.",
    "At the garage I learned diagnostics and improved first-time fix rates by 30%.",
    "I learned to code in Python and improved the test suite's speed by 40%.",
    "I learnt scheduling, then I grew the Saturday bookings by half.",
    # the act that made the change is told beside it, or the change points back to it
    "I learned lean methods. Using the new scanner, I boosted productivity by a fifth.",
    "I learned to map the process end to end. I moved the packing bench next to the dock. "
    "That boosted efficiency by 25%.",
    "I learned Power BI and my reports improved month-end performance: we closed in 3 days "
    "instead of 8.",
    "I learned to run the kitchen, which improved our hygiene rating from 3 to 5.",
])
def test_a_measured_change_stays_a_result(text):
    found, verdict = _check(text)
    assert found["company_result"].ok, found["company_result"].message
    assert verdict.strong, verdict.message
