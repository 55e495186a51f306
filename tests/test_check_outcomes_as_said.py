"""Outcomes as people say them (issue 21, check45): with no number and no change verb, or as what
others now do or no longer do ("hardly anyone missed their slot after that", "fewer of them
asked", "the complaints dropped off", "head office still sends it out to every branch", "these
days nobody rings back about it"). Their look-alikes are not results: the problem's size, company
routine, the speaker's own mood, a duty ("I dropped off the post"). Sentences written for this
file, each class in several wordings beside its look-alikes."""

from __future__ import annotations

import pytest

from workshop.check import check_answer

GREW = "At the surgery I learned to run the appointment book and calm nervous patients. "


def _result(text: str):
    return next(f for f in check_answer(text).findings if f.code == "company_result")


@pytest.mark.parametrize("tail", [
    "I rewrote the reminder text, and after that hardly anyone missed their slot.",
    "Once I moved the slots, hardly anybody waited more than ten minutes.",
    "I rewrote the reminder text, and fewer of them asked about it after that.",
    "After I changed the leaflet, fewer customers came back with the same question.",
    "I rewrote the reminder text and complaints dropped off.",
    "I put the opening times on the voicemail, and the angry calls tailed off.",
    "Once I put the queue on the screen, the crowd at the desk disappeared.",
    "I set up a callback log, and these days nobody rings back about it.",
    "I set up a callback log, and nobody rings back chasing a repair any more.",
])
def test_a_failure_or_a_demand_that_fell_away_is_a_result(tail):
    """Said with "hardly anyone", "fewer of them", "dropped off", "these days nobody"."""
    finding = _result(GREW + tail)
    assert finding.ok, finding.message


@pytest.mark.parametrize("tail", [
    "I made a checklist, and head office still sends it out to every branch.",
    "I put together a cheat sheet of screw sizes, and head office still sends it out to every "
    "branch.",
    "I made a welcome pack; the area manager now hands it out at every induction.",
])
def test_the_organisation_handing_out_the_speakers_work_is_a_result(tail):
    """The one who takes the work up ("head office") is not who made it."""
    finding = _result(GREW + tail)
    assert finding.ok, finding.message


@pytest.mark.parametrize("tail", [
    "People rang back about it all day, sometimes five times.",
    "Head office sends the price list out to every branch.",
    "My supervisor wrote a protocol, and head office still sends it out to every branch.",
    "I made a rota, and my manager sends it out to me every week.",
    "Hardly anyone rang me at first, so I felt lonely.",
    "Fewer of us were on shift that winter.",
    "My interest dropped off after a year.",
    "Our morale dropped off after the merger.",
    "I dropped off the post every evening.",
    "One trip out to the floor: take an order at one table, drop off sauce at another.",
    "Nobody rings the front desk now, they use the app.",
])
def test_look_alikes_are_no_result(tail):
    """A problem's size, routine, another's work, the speaker's mood, a duty."""
    finding = _result(GREW + tail)
    assert not finding.ok, finding.message
