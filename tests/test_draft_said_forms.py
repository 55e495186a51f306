"""Two kit-made forms blind raters (r19) heard as broken, as classes, in other words than theirs.

- A reason that is a clause with its own subject and verb ("my manager trusts me with the
  keys") is said after "that", never as a thing the job gave ("It has given me my manager
  trusts me ...", "What I value most is the drivers trust me ..."); a reason typed with a
  capital "To ..." is said in the middle of the sentence in lower case.
- A later use whose note names its own place or time ("used it loads in my current role") is
  said with no time of the kit's: never "In my next job, I used ... in my current role".
"""

from __future__ import annotations

import pytest

from workshop.draft import plan_draft
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.personal_value import say_value
from workshop.skill_words import skill_words


@pytest.mark.parametrize(("typed", "current", "said"), [
    ("my manager trusts me with the keys now", True,
     "What I value most is that my manager trusts me with the keys now."),
    ("the drivers trust me with the hard routes", False,
     "What I valued most was that the drivers trusted me with the hard routes."),
    ("our patients come back to thank us", True,
     "What I value most is that our patients come back to thank us."),
])
def test_a_reason_with_its_own_subject_and_verb_is_said_after_that(typed, current, said):
    assert say_value(typed, current=current).sentence == said


@pytest.mark.parametrize("typed", ["the confidence to speak up", "my kids",
                                   "the respect of the drivers", "my confidence on the phone"])
def test_a_thing_the_job_gave_is_still_said_as_one(typed):
    sentence = say_value(typed, current=True).sentence
    assert sentence and " that " not in sentence


def test_a_reason_typed_with_a_capital_to_is_said_in_lower_case():
    sentence = say_value("To stand in front of a room of managers", current=False).sentence
    assert sentence == "It taught me to stand in front of a room of managers."


def _workspace(note: str) -> Workspace:
    past = Role(title="Store Supervisor", organization="Kellet Foods", id="r1", start="2016-01",
                end="2020-05", ratings=Ratings(5, 4, 4),
                skills=[Skill("stock ordering", "novice", "proficient", note)],
                results=[Result("I cut waste from 9% to 4%", metric="waste", value=4,
                                from_value=9, unit="%", kind="change",
                                enabled_by=["stock ordering"])])
    now = Role(title="Operations Lead", organization="Brandt", id="r2", start="2020-06")
    return Workspace(target_role=TargetRole("Ops Manager", []), roles=[past, now])


@pytest.mark.parametrize("note", [
    "used it loads in my current role, I run the weekly stock meeting now",
    "used it a lot in my new job, and I chair the rota meeting now",
    "used it every week after I left, on the cold-store orders",
])
def test_a_later_use_that_names_its_own_place_gets_no_time_of_the_kits(note):
    text = plan_draft(_workspace(note), "r1", 90).text
    assert "In my next job" not in text
    assert "I used" in text


def test_a_later_use_with_no_place_of_its_own_keeps_the_time_the_entries_hold():
    text = plan_draft(_workspace("used it again at Brandt to cut overtime"), "r1",
                      90).text
    assert "In my next job, I used" in text


@pytest.mark.parametrize("name", ["care plans", "audit prep", "test automation",
                                  "process mapping in Visio", "cost control"])
def test_a_noun_made_of_two_nouns_is_never_said_as_a_doing(name):
    """A skill named as two nouns whose first is also a verb ("audit prep") is a field, never
    "learned to audit prep" or "learned to care plans" (blind raters r19)."""
    words = skill_words(Skill(name, "novice", "proficient"))
    assert not words.activity and not words.learned


@pytest.mark.parametrize(("name", "learned"), [
    ("audit the stores", "learned to audit the stores"),
    ("care for residents", "learned to care for residents"),
    ("set up tills", "learned to set up tills"),
    ("handle complaints", "learned to handle complaints"),
])
def test_a_doing_with_its_object_stays_a_doing(name, learned):
    assert skill_words(Skill(name, "novice", "proficient")).learned == learned


@pytest.mark.parametrize(("typed", "said"), [
    ("Watching the new volunteers turn a pile of donations into hot meals",
     "What I valued most was watching the new volunteers turn a pile of donations into hot "
     "meals."),
    ("For the first time I feel my ideas matter here",
     "For the first time I felt my ideas matter here."),
])
def test_a_reason_is_said_whole_in_the_past_of_a_job_that_is_over(typed, said):
    """A bare verb after what was seen ("watching the volunteers turn ...") is no present to
    put in the past ("turned"), and a reason that opens on a time before "I" is the speaker's
    own sentence, never "It gave me for the first time I ..." (blind raters r20)."""
    assert say_value(typed, current=False).sentence == said
