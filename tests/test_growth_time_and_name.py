"""A growth line told in the job's own time and naming its employer once (issue 20, blind hiring
managers r28: "Over my time there ..." said of a job still held; a second skill said "at
<employer>" right after the opening named that employer). Written in other words than the
development workspaces."""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop import skill_story
from workshop.draft import plan_draft
from workshop.growth_said import level_growth
from workshop.model import LEVELS, Skill

PAST_PLACE = re.compile(r"\bthere\b|\bover my time\b", re.IGNORECASE)


@pytest.mark.parametrize("name", ["parcel sorting", "Tableau", "the loading bay",
                                  "taking minutes for the board", "Welsh"])
@pytest.mark.parametrize("before", LEVELS[:3])
def test_a_job_still_held_is_never_told_as_a_time_that_is_over(name, before):
    """However the growth line is chosen, a job held is "this job", never "there" nor "over
    my time there"; the same forms stay open to a job that is over."""
    skill = Skill(name=name, before=before, after="expert")
    for variant in range(8):
        said = level_growth(skill, True, variant, set())
        assert not PAST_PLACE.search(said), said


def _two_jobs_story(current_next: bool = True):
    """A depot supervisor's job that is over, two grown skills each used in the next job, and
    a later job that names its own employer."""
    skills = [
        {"name": "shift rostering", "before": "novice", "after": "proficient",
         "used_later": "at Fernside Freight I roster 40 drivers every week"},
        {"name": "forklift audits", "before": "advanced beginner", "after": "expert",
         "used_later": "at Fernside Freight I run the quarterly forklift audits"},
    ]
    results = [{"statement": "I cut missed shifts from 12 to 3 a month", "scope": "department",
                "enabled_by": ["shift rostering"]}]
    return one_role_workspace({"title": "Depot Supervisor", "organization": "Kestrel Haulage",
                               "skills": skills, "results": results},
                              "Operations Manager", start="2014-02", end="2020-09")


@pytest.mark.parametrize("seconds", [30, 90])
def test_the_employer_of_the_story_is_named_once(seconds):
    """The opening names the employer; a second skill told after a later use elsewhere says
    its time back ("Back then"), never the employer's name again."""
    text = plan_draft(_two_jobs_story(), "r1", seconds).text
    assert text.count("Kestrel Haulage") == 1, text


@pytest.mark.parametrize("before", LEVELS[:3])
def test_a_second_skill_after_a_later_use_elsewhere_says_its_time_back(before):
    """The second skill's sentence, told after a later use at another job, says "Back then"
    and holds no name, no "there", no "in that job" (that job would be the later one)."""
    for variant in range(4):
        said = skill_story.also_grew_sentence(Skill(name="pallet audits", before=before,
                                                    after="expert"), False, variant, set(),
                                              where="Kestrel Haulage")
        assert said.startswith("Back then, I "), said
        assert "Kestrel" not in said and not re.search(r"\bthere\b|\bthat job\b", said), said
        assert "pallet audits" in said and "  " not in said, said
