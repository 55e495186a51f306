"""A later use or a close that says the use, the time or the goal's link once (blind raters,
r17): "I still use that skill to use ...", "I drew on that skill when I used it again when
...", "In my next job, I used that skill in my current job ...", "..., and with it I used X
...", and a close led by a second skill that shares one word with a goal."""

import re

import pytest

from workshop import skill_story

IT = "that skill"


@pytest.mark.parametrize("note, when", [
    ("I use Excel macros every week in my volunteer work", "since"),
    ("I use the same checklist at the depot now", "next"),
    ("I applied the same rota method in my next post", ""),
])
def test_a_note_that_says_the_use_gets_no_second_use(note, when):
    said = skill_story._speakers_note(note, IT, False, when)
    assert not re.search(r"\buse[sd]? (?:that|my) skill\w* to (?:use|apply)\b", said), said
    assert len(re.findall(r"\b(?:use|used|applied)\b", said)) == 1, said


@pytest.mark.parametrize("note", [
    "I used it again when I planned the club's summer tournament",
    "I used it once more when the warehouse moved sites, and nothing was lost",
])
def test_a_note_with_its_own_when_gets_no_lead_with_another(note):
    said = skill_story._speakers_note(note, IT, False, "")
    assert len(re.findall(r"\bwhen\b", said)) == 1, said
    assert "drew on" not in said, said
    assert re.match(r"^I used that skill (?:again|once more) when", said), said


def test_a_note_that_names_its_own_job_gets_no_other_time():
    said = skill_story._speakers_note(
        "I used it in my current job to set up the new booking system", IT, False, "next")
    assert "next job" not in said and "my current job" in said, said


def test_a_second_skill_with_a_note_that_says_the_use_is_joined_without_with_it():
    joined = skill_story.also_with("That job also taught me Sage.",
                                   "I used Sage at my next job to close the books in four days.")
    assert "with it" not in joined, joined
    assert joined == ("That job also taught me Sage, and I used Sage at my next job to close "
                      "the books in four days."), joined


@pytest.mark.parametrize("name", [
    "building trust with young people who don't trust adults",
    "planning the loads for the whole dock each night",
    "writing grant reports for three different funders",
])
def test_a_long_doing_new_to_the_speaker_is_said_as_a_verb_after_learned(name):
    from workshop.model import Skill
    said = skill_story.growth_sentence(Skill(name=name, before="novice", after="expert"),
                                       False, 0)
    assert not re.search(r"\blearned \w+ing\b", said), said
    assert re.search(r"\b(?:learned to|got good at) ", said), said
