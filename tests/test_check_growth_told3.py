"""Growth as people tell it, and the hollow claims that only look like it (issue 21, check41):
classes from the studied growth and verdict sets and the raters' probes. Every sentence here
is written for these tests, in other words and fields than those sets."""

import pytest

from workshop.check import check_answer


def _ok(text: str, code: str = "skill_growth") -> bool:
    return check_answer(text).finding(code).ok


@pytest.mark.parametrize("text", [
    "I'd love to learn how they price freight contracts.",
    "I'd love to get better at running the monthly close.",
    "We'd love to learn the new booking system next year.",
    "My dream is to learn how to restore old furniture properly.",
])
def test_a_wish_to_learn_is_no_growth(text):
    """"I'd love to learn", "my dream is to": a wish, as "I'd like to" already was."""
    assert not _ok(text), text


def test_growth_had_beside_a_wish_still_counts():
    text = ("At the depot I learned to plan delivery routes for twelve vans. I'd love to learn "
            "fleet budgeting next.")
    assert _ok(text)


@pytest.mark.parametrize("text", [
    "I went from zero to hero in that job.",
    "I upskilled massively and became a real strategic thinker.",
    "It gave me a growth mindset and a winning mentality.",
    "In 2021 I completed my level 2 certificate.",
    "I got my diploma while I was there.",
    "The bakery was where I learned the most.",
    "Honestly, the call centre taught me the most.",
    "I developed a wide range of skills.",
])
def test_rubric_words_and_certificates_that_name_no_skill_are_no_growth(text):
    """Buzzwords ("zero to hero", "mindset", "strategic thinker"), a certificate or a diploma
    with nothing named, and "where I learned the most" name no job skill."""
    assert not _ok(text), text


@pytest.mark.parametrize("text", [
    "I learned the most about rota planning at the care home.",
    "In 2021 I completed my food hygiene certificate.",
    "I got my forklift certification in my first month.",
    "I upskilled in Sage payroll within a year.",
])
def test_the_same_shapes_naming_a_skill_are_growth(text):
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "That garage made a decent mechanic of me.",
    "Three years on the sites made a proper welder of me.",
    "The print shop made me a careful copywriter.",
    "The agency made a good translator out of me.",
])
def test_the_job_made_me_a_tradesperson_is_growth(text):
    """"made me a proper X", "made an X of me": the job grew a trade it names."""
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "I was drilled in stock rotation until I could do it half asleep.",
    "At the lab we were schooled in sterile technique from the first week.",
    "I got coached on handling complaints by the duty manager.",
    "I was brought up to speed on the tendering rules in a month.",
    "By March I was signed off to dispense controlled drugs.",
    "Within a year they trusted me to open the pharmacy on my own.",
])
def test_growth_told_in_the_passive_or_as_trust_given_is_growth(text):
    """The passive ("was drilled in", "got coached on", "was signed off to") and trust given
    to work alone: the skill grew though the speaker is not the subject of a learn verb."""
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "They never trusted me to open the shop on my own.",
    "I'd love to be trusted to run the bar on my own.",
    "On my first day the manager left me to it alone.",
])
def test_trust_denied_wished_or_a_first_day_alone_is_no_growth(text):
    assert not _ok(text), text


@pytest.mark.parametrize("text", [
    "At first I froze on the phones; by spring they sent me the angry callers.",
    "In my first week I kept mixing up the codes. Soon the supervisor handed me the tricky "
    "returns.",
])
def test_an_arc_ending_in_the_harder_work_handed_over_is_growth(text):
    """A start, then the harder work others sent or handed over: growth with no learn verb."""
    assert _ok(text), text
