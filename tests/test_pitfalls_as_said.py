"""Pitfalls as people say them (issue 21, check16): what the job gave the speaker told in words
that avoid the keywords is a pitfall; a perk or a complaint that the speaker then took on as
the work's problem is none; "meant the world" to the people served is none. The "No pitfalls"
message names every kind looked for. Written in other words than any eval set."""

from __future__ import annotations

import pytest

from workshop.check import check_answer, pitfall_phrases
from workshop.check_rules import rules


@pytest.mark.parametrize("text, category", [
    ("My workmates were my tribe.", "team"),
    ("The night crew were my family, really.", "team"),
    ("I honestly couldn't wait for the night shifts.", "enjoyment"),
    ("I was always buzzing on the drive in.", "enjoyment"),
    ("A chat with the old boys at the counter made my day.", "enjoyment"),
    ("They gave me a van for the job, and it meant the world.", "enjoyment"),
    ("Having my evenings to myself was what I valued.", "perks"),
    ("I finished early each day and had the school run covered.", "perks"),
    ("Ideally my next step is a firm where I can develop.", "wanted"),
])
def test_what_the_job_gave_in_other_words_is_a_pitfall(text, category):
    """The team as the speaker's people, eagerness for the shifts, time off and a want told
    without the usual keywords."""
    assert category in pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "The pension scheme paperwork was a mess, so I rebuilt the filing.",
    "The staff discount was being misused, so I introduced a sign-off.",
    "The salary bill was overspent, and I brought it back in line within a quarter.",
    "The new playground meant the world to the children.",
    "Our volunteers could not wait for the new van to arrive.",
])
def test_a_perk_or_complaint_taken_on_as_the_work_is_none(text):
    """A perk or a complaint that sets the scene for what the speaker then did, a perk's word
    naming what the work handled ("the wages budget"), and what mattered to those served."""
    assert pitfall_phrases(text) == {}


def test_leaving_is_no_answer_to_a_perk():
    """"so I changed jobs" takes nothing on: the perk stays a pitfall."""
    assert "perks" in pitfall_phrases("The bonus was pitiful, so I changed jobs.")


def test_no_pitfalls_names_every_kind_looked_for():
    """05's "No pitfalls" message names each kind the check looks for, ease and blame of the
    one in charge among them."""
    finding = check_answer("I rebuilt the stock count and cut waste by 12%.").finding("pitfalls")
    assert finding.ok
    labels = rules().pitfall_labels
    for category in dict.fromkeys(rules().pitfall_category.values()):
        assert labels.get(category, category) in finding.message
    assert "an easy job" in finding.message and "blaming" in finding.message


@pytest.mark.parametrize("text, category", [
    ("Being home by lunchtime on Fridays suited me perfectly.", "perks"),
    ("The envelope of cash on Fridays was what kept me going.", "perks"),
    ("On Sunday nights I couldn't wait to get back.", "enjoyment"),
])
def test_time_off_cash_and_eagerness_in_plain_words(text, category):
    """Leaving early, the cash as what kept the speaker going, eagerness to be back."""
    assert category in pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "I joined a friendly team of porters on the night shift.",
    "Our regulars enjoyed the autumn specials I costed.",
    "Drivers hated the old tablet app, so I tested the new one with them.",
    "I ran the office party and raised 600 pounds for the hospice.",
    "The Christmas party budget was mine, and I kept it under.",
    "I made sure the tips were split fairly across the floor.",
    "The perks budget was cut, so I found cheaper suppliers.",
])
def test_the_setting_others_feelings_and_perks_as_the_work_are_none(text):
    """The team joined as the setting, the feelings of those served or of other staff, and a
    party, the tips or the perks as what the speaker ran or handled."""
    assert pitfall_phrases(text) == {}


@pytest.mark.parametrize("text, category", [
    ("The benefits package was generous.", "perks"),
    ("I joined a great team and made friends for life.", "team"),
    ("It was the easiest gig I've had.", "ease"),
    ("The commission on big sales was what made it worth it.", "perks"),
    ("Leaving by three most days was the real pull.", "perks"),
])
def test_the_same_words_said_as_what_the_job_gave_stay_pitfalls(text, category):
    """The look-alikes' words, said as what the job gave the speaker."""
    assert category in pitfall_phrases(text)
