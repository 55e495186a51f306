"""The shape of a draft's story (issue 20, point 4, round 31): one thread told in an order a
listener follows, no sentence opening like another, a second skill folded into what it
carries, never a line bolted on or told after a jump back in time.

Blind hiring managers gave 3 of 5 to drafts that read as a list: "In that job I learned X. ...
In that job I learned Y.", "Back then, I also learned X." after a later job, a bare "I also
picked up X there." before its use. The entries and sentences here are written for this file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from workshop.draft import plan_draft
from workshop.draft_once import openers_varied
from workshop.model import SCHEMA_VERSION, Workspace
from workshop.skill_story import also_with

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_openers import also_bolted, it_unclear, openers_again  # noqa: E402


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9£$€])", text.strip()) if s]


def _greenkeeper() -> Workspace:
    """A job that ended, its story skill used at the next job, a second skill used there too."""
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Head Greenkeeper", "goals": []},
        "roles": [
            {"id": "r1", "title": "Assistant Groundskeeper", "organization": "Fernhill Golf Club",
             "start": "2016-03", "end": "2020-08",
             "skills": [{"name": "turf irrigation", "before": "novice", "after": "proficient",
                         "used_later": "At Oakbrook Golf Club I planned the sprinkler upgrade "
                                       "for the whole course"},
                        {"name": "mower maintenance", "before": "novice", "after": "competent",
                         "used_later": "At Oakbrook I service the whole mower fleet myself"}],
             "results": [{"statement": "I cut water use on the greens by 20% in one summer",
                          "scope": "company", "enabled_by": ["turf irrigation"]}],
             "ratings": {"skill_growth": 5, "company_results": 4, "relevance": 5}},
            {"id": "r2", "title": "Groundskeeper", "organization": "Oakbrook Golf Club",
             "start": "2020-09", "end": None},
        ],
        "answer": {"role_id": "r1", "text": ""},
    })


# --- the second skill told in the job's own time ---------------------------------------------


def test_a_second_skill_is_told_in_the_job_and_the_story_ends_on_its_later_use():
    text = plan_draft(_greenkeeper(), "r1", 90).text
    said = _sentences(text)
    assert "mower" in text and "sprinkler" in text, text
    assert not any(s.startswith(("Back then", "In those days")) for s in said), text
    # the job first (both skills), then where the story's skill went: the close is its use
    assert text.index("mower maintenance") < text.index("sprinkler"), text
    assert "sprinkler" in said[-1], text
    # that close names its own skill: "it" would be heard as the mower skill just told
    assert "irrigation" in said[-1] and not re.search(r"\b(?:used|use) it\b|that skill",
                                                      said[-1]), said[-1]


def test_the_short_version_keeps_one_thread_and_its_it():
    text = plan_draft(_greenkeeper(), "r1", 30).text
    assert "mower" not in text, text
    # nothing told between the skill and its use: "it" still points at the one skill
    assert "sprinkler" in text, text


# --- a second skill's line folded into what it carries ----------------------------------------


@pytest.mark.parametrize(("also", "after", "glue"), [
    ("I also picked up rope access there.",
     "I still run the rope rescue drills for the new riggers.", ", and I still"),
    ("I also learned stage lighting there.",
     "Now I plan the rig for every touring show, and the crew follow my plot.", ": now I plan"),
])
def test_a_bare_second_skill_line_takes_its_evidence_into_one_sentence(also, after, glue):
    said = also_with(also, after)
    assert len(_sentences(said)) == 1, said
    assert glue in said, said


@pytest.mark.parametrize("after", [
    "Hartwell Theatre still books me for the rig.",  # a name keeps its capital and sentence
    "At the depot.",  # a note's fragment is no evidence to join
    "I also ran the fire drills every month.",  # "also" said twice
])
def test_what_is_no_evidence_of_the_skill_stays_apart(after):
    also = "I also learned stage lighting there."
    assert also_with(also, after) == f"{also} {after}"


# --- no opening said twice --------------------------------------------------------------------


def test_a_growth_frame_that_opens_like_the_reason_is_said_with_its_place_last():
    text = ("It was my time as a ferry deckhand at Solway Crossings. In that job I learned "
            "to keep calm when the weather turned. We kept every crossing on time that winter. "
            "In that job I learned knot work.")
    said = _sentences(openers_varied(text))
    assert said[-1] == "I learned knot work there.", said
    assert said[1].startswith("In that job I learned to keep calm"), said  # theirs: kept


def test_a_second_growth_verb_said_again_takes_another_verb():
    text = ("It was my time at Quarry Lane Bakery. I picked up lamination here and sold out "
            "every Saturday. I picked up sourdough as well and ran the starter programme.")
    said = _sentences(openers_varied(text))
    assert said[2].startswith("I learned sourdough as well"), said
    assert said[1].startswith("I picked up lamination"), said


def test_sentences_that_open_in_other_ways_are_left_as_they_are():
    text = ("It was my time at Quarry Lane Bakery. By the end I ran the ovens alone. "
            "By the end of the year we opened a second shop.")
    assert openers_varied(text) == text


# --- the benchmark's own reading -------------------------------------------------------------


def test_the_benchmark_counts_openings_said_twice_anywhere():
    text = ("It was my job at Millbrook Farm. In that job I learned hedging. The hedges passed "
            "inspection. In that job I learned fencing.")
    assert openers_again(text) == ["in that job"]
    assert openers_again("It was Millbrook. I laid hedges. We fenced fields.") == []


def test_the_benchmark_counts_a_skill_bolted_on():
    assert also_bolted("It was Millbrook. I laid hedges. I also got better at fencing there.")
    assert also_bolted("It was Millbrook. Now I teach it. Back then, I also learned fencing.")
    assert also_bolted("It was Millbrook. I picked up fencing as well.")
    assert not also_bolted("It was Millbrook. I also got better at fencing there, and I fence "
                           "the whole estate now.")


def test_the_benchmark_counts_it_after_a_sentence_with_no_skill():
    assert it_unclear("It was Millbrook. Yields rose by a tenth. Now I use it to plan crops.")
    assert not it_unclear("It was Millbrook. I learned crop rotation there. Now I use it to "
                          "plan crops.")
    assert not it_unclear("It was Millbrook. Yields rose. The figure is rough, don't use it.")
