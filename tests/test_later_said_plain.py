"""A later use said the way a person says it (issue 20, blind hiring managers r26): the later
doing with its own subject and time ("I went on to write the ward's rota guide", "In my next
job, I went on to set up ...", "Now I use it to ..."), never the kit's frame round the skill
("I used that skill when I ...", "I drew on that skill when ...", "I used that skill at my
next job too, when ...", "Later, I used that skill on ..."); the answer check still hears it
as a later use. And a skill's name with a slash inside an abbreviation is said as written
("P/L reporting", never "P and L reporting"). Material in other words than the workspaces."""

from __future__ import annotations

import re

import pytest

from workshop.check import check_answer
from workshop.later_said import spoken_pointer, went_on
from workshop.model import Skill
from workshop.skill_story import base_verb, later_use_sentence
from workshop.skill_words import skill_words

KIT_FRAME = re.compile(r"\b(?:used|use|drew on) (?:that skill|my [\w ]+ skills|my skills in)\b"
                       r"|\bI used that skill\b|\bthat skill\b")

PAST_NOTES = [
    "wrote the ward's rota guide for agency staff",
    "set up the weekly stock count at the depot",
    "rebuilt the volunteer sign-up form, which the charity still uses",
]
GROWN = ("At first I could not fill a rota without gaps, but by the end I planned cover for three "
         "sites.")


@pytest.mark.parametrize("note", PAST_NOTES)
@pytest.mark.parametrize("when", ["", "next", "after", "same", "since"])
def test_a_past_later_doing_is_said_as_what_the_speaker_went_on_to_do(note, when):
    skill = Skill(name="rota planning", before="novice", after="proficient", used_later=note)
    said = later_use_sentence(skill, 0, False, named=True, when=when)
    assert said, note
    assert not KIT_FRAME.search(said), said
    assert "went on to" in said, said
    check = check_answer(f"{GROWN} {said}")
    assert check.finding("used_later").ok, said


def test_a_present_use_of_the_skill_just_told_is_it_not_that_skill():
    skill = Skill(name="rota planning", before="novice", after="proficient",
                  used_later="at the hospice I plan the volunteer rota every week")
    said = later_use_sentence(skill, 0, False, named=True, when="next")
    assert "that skill" not in said and re.search(r"\buse it\b", said), said
    assert check_answer(f"{GROWN} {said}").finding("used_later").ok, said


def test_a_use_on_a_later_place_keeps_it_and_says_too():
    assert spoken_pointer("Later, I used that skill on the new depot build.") == \
        "Later, I used it on the new depot build too."
    assert spoken_pointer("I still use that skill to plan rotas.") == \
        "I still use it to plan rotas."
    assert spoken_pointer("I drafted the guide.") == "I drafted the guide."


@pytest.mark.parametrize("own", [
    "I was the rota lead",            # no doing
    "I still plan the rota",          # no past verb
    "I built the guide and ran the training",   # a second past verb clashes
    "I used it for the new depot",    # the use itself
    "I frobnicated the guide",        # a verb with no base the kit knows
])
def test_went_on_says_nothing_it_cannot_say(own):
    assert went_on(own, "", base_verb) is None


def test_went_on_keeps_the_time_and_the_participants_words():
    assert went_on("I wrote the ward's rota guide, which is still used", "In my next job, ",
                   base_verb) == "In my next job, I went on to write the ward's rota guide, " \
        "which is still used."


@pytest.mark.parametrize("name,said", [
    ("P/L reporting", "P/L reporting"),
    ("I/O troubleshooting", "I/O troubleshooting"),
    ("rostering/payroll", "rostering and payroll"),
    ("stock control / ordering", "stock control and ordering"),
])
def test_a_slash_inside_an_abbreviation_is_said_as_written(name, said):
    skill = Skill(name=name, before="novice", after="competent")
    assert skill_words(skill).topic == said
