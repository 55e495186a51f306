"""A later use typed in the coach's reply box names its skill once (issue 20, draft66): a
skill's growth and where it went later, said in words other than the ones raters quoted.

- a later use whose doing names the skill by its verb ("I steer the survey crew" of "steering
  a crew") is said as the speaker's own doing, never "I use what I learned about steering a
  crew to steer ..." (the name twice in one sentence);
- a place the note typed before its doing stays before it ("At Harrow Mills I run the kiln
  room"), never "I use it at Harrow Mills to run the kiln room" (the kit's frame round a
  note that already names the skill);
- a note told after a colon that names the skill again says it as "it" ("I also learned
  glaze mixing: at Harrow Mills I do it for every firing");
- the doing is said alone only where the answer check still hears a later use: 04's score and
  05's check keep agreeing on "used later".
"""

from __future__ import annotations

import re

from workshop.check import check_answer
from workshop.draft import plan_draft
from workshop.draft_later import unglued
from workshop.later_said import name_as_it
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.skill_story import also_with


def _skill(name: str, note: str) -> Skill:
    return Skill(name, "novice", "proficient", note)


def _twice(sentence: str, name: str) -> bool:
    return len(re.findall(re.escape(name), sentence, re.IGNORECASE)) > 1


def test_a_place_before_the_doing_stays_before_it():
    skill = _skill("kiln firing", "At Harrow Mills I run the kiln firing on weekends")
    said = unglued("I use it at Harrow Mills to run the kiln firing on weekends.", skill)
    assert said == "At Harrow Mills I run the kiln firing on weekends.", said
    later = unglued("Today I use it at Harrow Mills to run the kiln firing on weekends.", skill)
    assert later == "Today at Harrow Mills I run the kiln firing on weekends.", later


def test_a_doing_named_by_its_verb_keeps_the_frame_only_where_the_check_needs_it():
    skill = _skill("leading a crew", "At Fenmoor Council I lead the survey team for the maps")
    framed = ("At Fenmoor Council I use what I learned about leading a crew to lead the "
              "survey team for the maps.")
    alone = "At Fenmoor Council I lead the survey team for the maps."
    # the doing alone, unless the check reads a later use only in the frame (then the frame
    # stays: a later use the check no longer hears would split 04 from 05)
    heard = check_answer(alone).finding("used_later").ok or \
        not check_answer(framed).finding("used_later").ok
    assert unglued(framed, skill) == (alone if heard else framed)
    now = "Today I use what I learned about leading a crew to lead the survey team at the depot."
    # the check hears "use ... today" in the frame and nothing in "Today I lead ...": the
    # sentence is kept whole, never emptied
    assert unglued(now, _skill("leading a crew", "I lead the survey team at the depot now")) \
        == now


def test_a_frame_the_check_does_not_need_goes():
    skill = _skill("glaze mixing", "At Harrow Mills I mix the glaze for every firing")
    framed = "I use it at Harrow Mills to mix the glaze for every firing."
    said = unglued(framed, skill)
    assert "use it" not in said and said.startswith("At Harrow Mills I mix"), said


def test_a_note_after_a_colon_says_the_skill_as_it():
    head = "I also learned glaze mixing there"
    note = "At Harrow Mills I do glaze mixing for every firing, so no batch is wasted"
    assert name_as_it(note, head) == "At Harrow Mills I do it for every firing, so no batch " \
                                     "is wasted"
    joined = also_with(f"{head}.", "Today I use it at Harrow Mills, so no batch is wasted.",
                       note)
    assert not _twice(joined, "glaze mixing"), joined


def test_a_name_not_said_again_is_left_as_typed():
    assert name_as_it("I run the night shift now", "I also learned glaze mixing") == \
        "I run the night shift now"


def _potter() -> Workspace:
    role = Role(
        id="r1", title="Studio Potter", organization="Clayworks Studio", start="2016-02",
        end="2021-09", summary="made tableware for cafés and ran the kiln",
        ratings=Ratings(5, 4, 4), enjoyment=5,
        skills=[Skill("glaze mixing", "novice", "proficient",
                      "At Harrow Mills I mix the glaze for every firing, and no batch has "
                      "been wasted since")],
        results=[Result("cut seconds from 12% of each firing to 4%",
                        enabled_by=("glaze mixing",))])
    now = Role(id="r2", title="Kiln Supervisor", organization="Harrow Mills",
               start="2021-10", ratings=Ratings(3, 3, 3))
    return Workspace(target_role=TargetRole(title="Production Lead"), roles=[role, now])


def test_a_draft_names_the_later_use_once_and_keeps_it():
    ws = _potter()
    for seconds in (30, 90):
        text = plan_draft(ws, "r1", seconds).text
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            assert not _twice(sentence, "glaze"), sentence
        assert "Harrow Mills" in text, text
        assert "use it at Harrow Mills to" not in text, text

