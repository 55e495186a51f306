"""Results that only look like results (issue 21, check27 and check30): a generic claim that
names no change ("Boosted revenue, optimised processes and delivered value"), a guess at an effect
("I'd like to think the new labels brought more people in"), a change verb in what the speaker
learned to do ("I learned to cut hair") and a plan that fell through are no result for the
organisation; the same claims told with what changed, as fact, are, and so is others still
working from what the speaker made. Sentences in other words than the material that showed each
class."""

from __future__ import annotations

import pytest

from workshop.check import check_answer

GREW = "At the print shop I learned to run the big Heidelberg press on my own. "


def _result(text: str):
    return next(f for f in check_answer(text).findings if f.code == "company_result")


@pytest.mark.parametrize("text", [
    GREW + "Boosted revenue, optimised processes and delivered value.",
    GREW + "I helped the firm increase profits and improve productivity.",
    GREW + "In that job I reduced expenses and raised standards.",
])
def test_a_generic_claim_names_no_change(text):
    """Every naming word of the sentence is a generic measure or act, and there is no number."""
    finding = _result(text)
    assert not finding.ok
    assert "names no change" in finding.message
    assert not check_answer(text).verdict.strong


@pytest.mark.parametrize("text", [
    GREW + "I reprinted the menus in-house, which cut what the shop spent on outside printing "
    "by a third.",
    GREW + "Once I took over the press, we stopped sending the wedding orders out to another "
    "printer.",
    GREW + "I helped the firm increase profits by 8% in my second year.",
])
def test_the_same_claim_with_what_changed_is_a_result(text):
    """A thing named or a number keeps the claim a result."""
    assert _result(text).ok


@pytest.mark.parametrize("text", [
    GREW + "I'd like to think the new price list I made brought in a few more customers.",
    GREW + "It probably saved the shop a bit of money on wasted paper, I reckon.",
    GREW + "The job cards I designed were expected to cut reprints, in theory anyway.",
])
def test_a_guess_at_an_effect_is_no_result(text):
    """A hedge in the sentence ("I'd like to think", "probably", "expected to") makes the effect
    a guess, and the learned second opinion does not pass it either."""
    finding = _result(text)
    assert not finding.ok
    assert not check_answer(text).verdict.strong


@pytest.mark.parametrize("text", [
    GREW + "The new price list I made brought in a few more customers, the owner told me.",
    GREW + "Once I set up the paper log, the shop stopped wasting whole reams on misprints.",
])
def test_the_effect_said_as_fact_is_a_result(text):
    assert _result(text).ok


def test_the_kits_own_bare_sample_is_generic_and_with_what_or_how_much_a_result():
    """By the labelling guide a result names what changed: the bare "I helped the company to
    cut costs." names nothing that a generic claim does not (check30's decision, as the studied
    sets label "I helped the company save money"); with the costs named or a number it counts."""
    assert not _result(GREW + "I helped the company to cut costs.").ok
    assert _result(GREW + "I helped the company to cut its courier costs.").ok
    assert _result(GREW + "I helped the company to cut costs by 12%.").ok


@pytest.mark.parametrize("text", [
    "At the barber's I learned to cut and shape beards for every kind of face.",
    "My first chef taught me how to cut vegetables evenly and trim meat without waste.",
    "At the garage I learned how to reduce brake noise and raise a car on the lift.",
    "At the depot I learned to load a trailer evenly and lower the tail lift safely.",
])
def test_a_change_verb_in_what_the_speaker_learned_to_do_is_growth_not_a_result(text):
    """A change verb in the "to ..." of a learning is the skill learned, not a change made."""
    finding = _result(text)
    assert not finding.ok
    assert not check_answer(text).verdict.strong


@pytest.mark.parametrize("text", [
    "At the depot I learned to load a trailer evenly, and we cut damaged pallets by half.",
    "At the depot I learned to load a trailer evenly and reduced damaged pallets by half.",
    "At the depot I learned to load a trailer evenly, which cut damaged pallets by half.",
    "At the depot I learned to load a trailer evenly and cut the damaged pallets.",
    "At the depot I learned to load a trailer evenly and bring the damage claims down.",
    "At the depot I learned to halve the damage claims on every trailer we sent out.",
    "At the depot I learned to cut damage claims by a quarter.",
])
def test_a_change_with_its_own_subject_or_in_the_past_after_a_learning_is_a_result(text):
    """A subject of its own, a relative clause, a verb in the past (after "and", "cut" is read as
    the past: ``past_as_base``), a result pattern that names what changed, or a size makes it the
    change."""
    assert _result(text).ok


def test_a_plan_that_fell_through_is_no_fall():
    """"fall through" and "fall apart" say a failure, not a number going down."""
    grew = "At the lettings agency I learned to negotiate between landlords and tenants. "
    assert not _result(grew + "Every month a dozen lets fell through at the last minute.").ok
    assert _result(grew + "After I started weekly calls, lets falling through fell by a third.").ok


def test_the_organisation_still_working_from_the_speakers_work_is_a_result():
    """Others still running or working from what the speaker made is an uptake that lasted."""
    grew = "At the clinic I learned to write clear protocols. "
    assert _result(grew + "The night nurses still work from the sepsis checklist I drew up.").ok
    assert not _result(grew + "I still work from home two days a week.").ok
