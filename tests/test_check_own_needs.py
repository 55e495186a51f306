"""What the speaker no longer needs is growth, not a result for the organisation (issue 21,
check27): "I no longer needed a senior to check my work" says the speaker became able to work
alone; "the office no longer needed an outside designer" says what changed for the
organisation. Sentences in other words than the material that showed the class."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _finding(text: str, code: str):
    return next(f for f in check_answer(text).findings if f.code == code)


@pytest.mark.parametrize("text", [
    "I learned to write the payroll journals in Sage. After six months I no longer needed the "
    "finance manager to go through them with me.",
    "At the garage I learned to diagnose faults with the scan tool, and within a year I no "
    "longer had to ask the workshop foreman about the electrics.",
    "- learned the booking system and the till\n- no longer need the manual for refunds",
])
def test_what_the_speaker_no_longer_needs_is_no_result(text):
    """A "no longer need / have to / ask" whose subject is "I" (or no one, in a note) names no
    change for the organisation, and the learned second opinion does not pass it either."""
    finding = _finding(text, "company_result")
    assert not finding.ok
    assert not check_answer(text).verdict.strong


@pytest.mark.parametrize("text", [
    "I learned to lay out the newsletter in InDesign, and once I set up the templates the "
    "office no longer needed an outside designer.",
    "I learned to service the forklifts myself, so the depot no longer had to call out the "
    "dealer for every small repair.",
])
def test_what_the_organisation_no_longer_needs_is_a_result(text):
    """The same "no longer needed" with the organisation as its subject stays a result."""
    assert _finding(text, "company_result").ok
