"""One fact said once, and no stock join that claims a link (issue 20, draft60).

Blind hiring managers marked down drafts that strung the entries together ("I also ...", "On
top of that, ...", "Another thing ...", "As well as that, ...") and drafts that said one thing
twice (a result and a later use telling one outcome, the opening and the close, a skill's name
said again right after its growth, one number twice). Each rule is tested on sentences of this
file's own, in several wordings, with look-alikes that must stay as they are.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import offered_draft, plan_draft
from workshop.draft_once import (
    fillers_dropped,
    later_joined,
    name_as_it,
    repeats_dropped,
    said_once,
    sentences,
)
from workshop.model import Skill

OPEN = "My four years as a depot supervisor at Harrow Freight gave me the most."
FILLER = re.compile(r"^(?:On top of|As well as (?:that|this)|Another thing|In addition|"
                    r"Additionally|Also|Plus|What's more|Besides (?:that|this))\b|"
                    r"\b(?:I|We|we) also\b|\bas well(?=[.,])")
# a second skill's growth, whose "also" says it is another skill (kept: see below)
GROWTH_ALSO = re.compile(r"\b(?:also (?:learned|picked up|got better|got good)|(?:learned|"
                         r"picked up|got better at) [^,.]{1,60}? as well)\b")


def _fillers(text: str) -> int:
    return sum(bool(FILLER.search(s)) and not GROWTH_ALSO.search(s) for s in sentences(text))


# --- fillers: a plain sequence where the entries give no link --------------------------------

@pytest.mark.parametrize("said, plain", [
    ("On top of that, I cut pallet damage by 20%.", "I cut pallet damage by 20%."),
    ("On top of this we opened a second loading bay.", "We opened a second loading bay."),
    ("As well as that, I wrote the depot's fire drill plan.",
     "I wrote the depot's fire drill plan."),
    ("Another thing is that the night shift stopped losing parcels.",
     "The night shift stopped losing parcels."),
    ("Another thing I did was set up a returns desk.", "Set up a returns desk."),
    ("In addition, I ran the Christmas rota.", "I ran the Christmas rota."),
    ("Also, we passed the DVSA audit.", "We passed the DVSA audit."),
])
def test_a_stock_filler_of_the_kit_is_taken_out(said, plain):
    assert fillers_dropped(f"{OPEN} {said}", "") == f"{OPEN} {plain}"


@pytest.mark.parametrize("said, entries", [
    ("I also plan the shifts for the whole depot.", "I also plan the shifts for the whole depot"),
    ("We had too many late trucks, so I split the dock.", ""),  # "too" of degree
    ("Besides the forklift licence, I hold a first aid card.", ""),  # "besides" a thing
    ("Plus-size lines sold out twice.", ""),
    ("Alsop Road was my first depot.", ""),
    ("It was a depot of 40 drivers as well as 12 office staff.", ""),  # "as well as" a thing
    # a second skill's growth: its "also" says it is another skill, not the story's growth
    # told again (one growth line a story: tests/test_draft_growth_once.py)
    ("Back then, I also picked up route planning.", ""),
    ("I also learned forklift training there and trained nine drivers.", ""),
    ("I picked up route planning as well and built the van schedule.", ""),
    # an "also" inside a sentence marks one more fact: without it the draft's last fact stood
    # alone (an orphan end, merge28), so it stays
    ("I also trained nine forklift drivers.", ""),
    ("Back then, we also cut the van count to nine.", ""),
    ("I wrote the van schedule as well, so the drivers knew their rounds.", ""),
])
def test_words_that_only_look_like_fillers_stay(said, entries):
    text = f"{OPEN} {said}"
    assert fillers_dropped(text, entries) == text


# --- one fact said once -----------------------------------------------------------------------

@pytest.mark.parametrize("first, again", [
    # a result, then a later use or summary telling the same outcome in other words
    ("Waiting times for a permit fell from 42 to 19 days.",
     "The wait for a permit went from 42 days to 19."),
    ("I cut month-end close from 10 to 6 days.",
     "Month-end close went from 10 days to 6 days."),
    ("I raised the food hygiene rating from 3 to 5 stars.",
     "Our food hygiene rating went from 3 to 5 stars."),
    # the opening said again as the close
    (OPEN, "Those four years as a depot supervisor at Harrow Freight gave me the most."),
    # one deed in two tenses
    ("I train the new drivers on every city route.",
     "I trained the new drivers on every city route."),
])
def test_one_fact_told_twice_is_said_once(first, again):
    text = f"{OPEN} {first} I set up a weekly safety huddle with the drivers. {again}" \
        if first != OPEN else f"{OPEN} I set up a weekly safety huddle with the drivers. {again}"
    out = repeats_dropped(text)
    assert again not in out or first == again, out
    assert (first in out) and out.startswith(OPEN), out
    assert "safety huddle" in out, out


def test_of_two_sentences_of_one_fact_the_fuller_stays():
    short = "Late deliveries went down from 14% to 3%."
    full = "I rebuilt the loading order by postcode and late deliveries went down from 14% to 3%."
    out = repeats_dropped(f"{OPEN} {short} {full}")
    assert full in out and short not in out, out


@pytest.mark.parametrize("one, two", [
    # two different results that share a word
    ("I cut food waste by 30%.", "I cut overtime by 12 hours a week."),
    ("I trained 14 new drivers.", "I trained the office staff on the new scanner."),
    # a number that honestly appears in a result and in its later use
    ("I onboarded 12 new starters in my first year.",
     "At Loop I used the same plan to bring in 12 engineers across two teams."),
    ("We hit 98% on-time delivery.", "In my next job I set 98% as the target for the vans."),
    ("I grew membership by 20% in a year.",
     "At the Leeds branch I grew membership by 20% again."),
    # a growth's end and a result that share words but not their numbers
    ("By the end I planned the cover for four depots and two hundred staff.",
     "I cut agency costs across the four depots by planning the staff cover two weeks ahead."),
    # a close that names the target role
    ("I cut pallet damage by 20%.", "That is the work I want to do as an operations manager."),
])
def test_look_alikes_stay(one, two):
    text = f"{OPEN} {one} {two}"
    assert repeats_dropped(text) == text


def test_the_participants_reason_is_never_left_out():
    reason = "Training the new drivers mattered most to me, because all of them passed."
    text = f"{OPEN} {reason} All of the new drivers passed, and training them mattered most."
    out = repeats_dropped(text, keep=[reason])
    assert reason in out, out


# --- a skill's growth and what the entries say came of it -------------------------------------

SKILLS = [Skill(name="dementia care", before="novice", after="proficient",
                used_later="Now I train new carers in dementia care"),
          Skill(name="route planning", before="novice", after="competent",
                used_later="At Parcelfast I plan the van rounds the same way")]


@pytest.mark.parametrize("text, told", [
    (f"{OPEN} I learned dementia care there. Now I train new carers in dementia care.",
     "I learned dementia care there, and now I train new carers in it."),
    (f"{OPEN} That job is where I learned dementia care. Now I train new carers in dementia "
     "care.", "That job is where I learned dementia care. Now I train new carers in it."),
    (f"{OPEN} I got good at route planning there. At Parcelfast I plan the van rounds the "
     "same way.",
     "I got good at route planning there, and at Parcelfast I plan the van rounds the same "
     "way."),
])
def test_a_growth_and_its_later_use_are_one_told_step(text, told):
    out = later_joined(name_as_it(text, SKILLS), SKILLS)
    assert told in out, out


@pytest.mark.parametrize("text", [
    # the later use does not follow the growth
    f"{OPEN} I learned dementia care there. I ran the music evenings. Now I train new carers "
    "in it.",
    # the sentence before tells no growth
    f"{OPEN} I ran the dementia care unit. Now I train new carers in dementia care.",
    # a note that says the skill is not used
    f"{OPEN} I picked up route planning there. I don't plan routes any more, but it helped.",
])
def test_no_join_where_the_entries_give_none(text):
    out = later_joined(text, SKILLS)
    assert ", and now" not in out and ", and I don't" not in out, out


def test_a_name_said_again_becomes_it_only_right_after_it_was_named():
    two = f"{OPEN} I learned dementia care there. Now I train new carers in dementia care."
    assert name_as_it(two, SKILLS).endswith("in it.")
    apart = f"{OPEN} I learned dementia care there. I ran the music evenings. Now I train " \
        "new carers in dementia care."
    assert name_as_it(apart, SKILLS) == apart
    own_it = f"{OPEN} I learned dementia care there. It helps me train carers in dementia care."
    assert name_as_it(own_it, SKILLS) == own_it
    # another thing told after the name: "it" would be heard as that thing
    after = f"{OPEN} I learned route planning there and cut the van count. I used route " \
        "planning at Parcelfast."
    assert name_as_it(after, SKILLS) == after
    # a frame that names the skill is never "my skills in it"
    frame = f"{OPEN} I learned route planning there. I used my skills in route planning at " \
        "Parcelfast."
    assert name_as_it(frame, SKILLS) == frame


def test_an_empty_draft_stays_empty():
    role = one_role_workspace({"title": "Carer"}, "Lead", start="2019-01", end=None).roles[0]
    assert said_once("", role) == ""
    assert said_once("   ", role) == "   "


# --- drafts of whole workspaces ---------------------------------------------------------------

def _ws(results, skills, value="", end="2022-06"):
    role = {"title": "Depot Supervisor", "organization": "Harrow Freight",
            "personal_value": value, "skills": skills, "results": results}
    return one_role_workspace(role, "Operations Manager", ("cut late deliveries",),
                              start="2018-03", end=end)


LOOSE = [
    ([{"statement": "I cut late deliveries from 14% to 3%", "scope": "team",
       "enabled_by": ["route planning"]},
      {"statement": "I passed every DVSA audit", "scope": "company"}],
     [{"name": "route planning", "before": "novice", "after": "proficient",
       "used_later": "At Parcelfast I plan the van rounds the same way"}]),
    ([{"statement": "we opened a second loading bay", "scope": "team"},
      {"statement": "I trained 9 forklift drivers", "scope": "team",
       "enabled_by": ["forklift training"]}],
     [{"name": "forklift training", "before": "novice", "after": "competent"},
      {"name": "Excel", "before": "advanced beginner", "after": "proficient",
       "used_later": "I still use Excel for the weekly cost sheet"}]),
    ([{"statement": "pallet damage went down by a fifth", "scope": "team"},
      {"statement": "I kept the depot at 99% stock accuracy", "scope": "company",
       "enabled_by": ["stock counts"]}],
     [{"name": "stock counts", "before": "novice", "after": "proficient"},
      {"name": "rota planning", "before": "novice", "after": "competent",
       "used_later": "I plan the rota for 30 staff at Parcelfast now"}]),
]


@pytest.mark.parametrize("results, skills", LOOSE)
def test_drafts_string_no_entries_together_with_a_filler(results, skills):
    ws = _ws(results, skills)
    for seconds in (30, 90):
        for draft in (plan_draft(ws, seconds=seconds), offered_draft(ws, seconds=seconds)):
            assert _fillers(draft.text) == 0, draft.text


def test_the_participants_own_also_is_kept_in_the_draft():
    ws = _ws([{"statement": "I cut late deliveries from 14% to 3%, and I also wrote the "
                            "depot's fire drill plan", "scope": "team",
               "enabled_by": ["route planning"]}],
             [{"name": "route planning", "before": "novice", "after": "proficient"}])
    text = plan_draft(ws, seconds=90).text
    assert "I also wrote the depot's fire drill plan" in text, text


def test_a_draft_says_a_number_once_where_the_summary_says_it_again():
    ws = _ws([{"statement": "I cut late deliveries from 14% to 3%", "scope": "team",
               "enabled_by": ["route planning"]}],
             [{"name": "route planning", "before": "novice", "after": "proficient",
               "used_later": "At Parcelfast I plan the van rounds the same way"}])
    for seconds in (30, 90):
        text = plan_draft(ws, seconds=seconds).text
        assert text.count("14%") == 1, text
