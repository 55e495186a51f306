"""The participant's reason said as they typed it, never wrapped in a frame that changes what
it claims (r27 hiring managers: "What I valued most was that my english was not good when I
started." made a story's set-up the thing valued; "What mattered most to me was that but it
turned out ..." left a join with nothing before it; a downside kept beside a pitfall)."""

from __future__ import annotations

import pytest

from workshop.personal_value import say_value


def _said(value: str) -> str:
    """The reason as the draft says it, for a job that is over (both sentences)."""
    return say_value(value, False).sentence


@pytest.mark.parametrize("typed, start", [
    ("my hands trembled on every call in my first month", "My hands trembled on every call"),
    ("the old manager had never let anyone my age near the till", "The old manager had never"),
    ("a dog bit me in my first week and after that I learned to read their body language",
     "A dog bit me"),
    ("nobody there had trusted a teenager with the keys before", "Nobody there had trusted"),
    ("I couldn't handle the phones at first", "I couldn't handle"),
])
def test_a_story_start_is_told_as_it_was_typed(typed, start):
    said = _said(typed)
    assert start in said
    assert "valued most was that" not in said and "mattered most to me was that" not in said


def test_a_first_sentence_that_opens_on_but_is_told_without_its_join():
    said = _said("but it ended up being the best thing I ever did")
    assert "that but" not in said and not said.lower().startswith("but")
    assert "ended up being the best thing" in said


def test_a_lasting_state_the_job_gave_is_still_said_as_what_was_valued():
    said = _said("the owners trust me with the keys")
    assert "valued most was that the owners trusted me with the keys" in said or \
        "mattered most to me was that the owners trusted me with the keys" in said


def test_a_downside_beside_a_pitfall_is_never_said_as_the_reason():
    said = _said("the hours were flexible, the downside is every weekend gone")
    assert "downside" not in said
