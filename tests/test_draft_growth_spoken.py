"""Growth and later use said the way a person says them (issue 20, blind hiring managers r27):
no canned add-on of a second skill ("I also picked up X in this job, and after that I ..."),
the later use with its own subject, time and place as typed ("..., which I use in Poland for
import now" of "in Poland I do the same for import now"), a past doing as what the speaker
went on to do, never a job named as the place of a learning. Written in other words than the
dev workspaces."""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop import skill_story
from workshop.draft import plan_draft
from workshop.later_said import own_use
from workshop.model import Skill

JOB_PLACE = re.compile(r"\bin (?:this|that) job\b", re.IGNORECASE)


@pytest.mark.parametrize("name, before, current", [
    ("Jira", "novice", True),
    ("payroll runs", "novice", False),
    ("grant writing", "advanced beginner", True),
    ("vendor audits", "competent", False),
])
def test_a_second_grown_skill_never_names_the_job_as_the_place_of_the_learning(
        name, before, current):
    for variant in range(4):
        said = skill_story.also_grew_sentence(Skill(name=name, before=before, after="expert"),
                                              current, variant, set())
        assert said and not JOB_PLACE.search(said), said
        # a job held: no place word ("here" is the interviewer's place); one over: "there"
        assert not re.search(r"\bhere\b", said), said
        assert current or re.search(r"\bthere\b", said), said
        assert "  " not in said and " ." not in said, said


def test_a_doing_after_a_skill_in_a_job_held_follows_with_and_never_and_after_that():
    joined = skill_story.also_with("I also picked up Jira.",
                                   "After that, I set up a release board for the squad.")
    assert "after that" not in joined.lower(), joined
    assert joined == "I also picked up Jira and set up a release board for the squad."


@pytest.mark.parametrize("note, told", [
    ("in Spain I do the same for my own clients now",
     "I also learned tax returns there, and in Spain I do the same for my own clients now."),
    ("at the depot I plan the night loads",
     "I also learned tax returns there, and at the depot I plan the night loads."),
])
def test_a_later_use_typed_as_the_speakers_own_clause_is_said_as_typed(note, told):
    assert own_use("I also learned tax returns there", None, note) == told


def test_a_later_use_told_in_the_present_after_a_past_growth_says_when():
    said = own_use("I learned bike repair there", None, "I run a repair stall at the market")
    assert said == "I learned bike repair there, and now I run a repair stall at the market."


def test_a_past_doing_typed_with_no_subject_is_what_the_speaker_went_on_to_do():
    said = own_use("I also learned first aid there", None, "wrote the club's safety manual",
                   skill_story.base_verb)
    assert said == "I also learned first aid there and went on to write the club's safety manual."


@pytest.mark.parametrize("note", ["I don't use it anymore", "used it on the next build",
                                  "the team still runs my rota"])
def test_a_note_that_denies_says_the_use_itself_or_is_someone_elses_is_not_joined(note):
    assert own_use("I also learned rota planning there", None, note) == ""


def test_do_the_same_right_after_the_growth_is_kept_as_typed():
    skill = Skill(name="customs paperwork", before="novice", after="proficient",
                  used_later="in Latvia I do the same for exports now")
    assert "do the same" in skill_story.said_note(skill, True)
    assert "do the same" not in skill_story.said_note(skill)


def _workspace(used_later: str, current: bool = False):
    role = {
        "title": "Warehouse Clerk", "organization": "Northway Freight",
        "summary": "Booked inbound trucks and kept the stock records.",
        "skills": [
            {"name": "stock control", "before": "novice", "after": "proficient",
             "used_later": ""},
            {"name": "export paperwork", "before": "novice", "after": "proficient",
             "used_later": used_later},
        ],
        "results": [{"statement": "cut stock write-offs from 4% to 1%", "metric": "write-offs",
                     "value": 1, "unit": "%", "scope": "department",
                     "enabled_by": ["stock control"]}],
    }
    return one_role_workspace(role, "Logistics Coordinator", start="2016-01",
                              end=None if current else "2020-06")


@pytest.mark.parametrize("used_later, typed", [
    ("in Latvia I do the same for exports now", "in Latvia I do the same for exports now"),
    ("wrote the export checklist", "went on to write the export checklist"),
])
def test_a_drafts_second_skill_and_its_later_use_read_as_the_person_typed_them(
        used_later, typed):
    text = plan_draft(_workspace(used_later), "r1", 90).text
    assert typed in text, text
    assert not JOB_PLACE.search(text), text
    assert not re.search(r"\bwhich I (?:use|used)\b|\bthat skill\b|after that", text), text


def test_a_job_held_tells_the_second_skills_doing_without_after_that():
    text = plan_draft(_workspace("set up a barcode check on the dock", True), "r1", 90).text
    assert "set up a barcode check on the dock" in text, text
    assert not re.search(r"after that|in this job", text, re.IGNORECASE), text
