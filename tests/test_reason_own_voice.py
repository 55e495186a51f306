"""The participant's reason for the job is said in their own voice though its grammar slips.

note_faults keeps a typed note with a tense, agreement, word-order or spelling slip from
being said as typed (the coach asks for it again). The reason (``personal_value``) keeps a tense,
an agreement or a spelling slip: it is what a listener remembers, and such a slip is how a
second-language speaker talks, so leaving the reason out costs more than the slip (draft29's
held-out figures: value said fell and no reason rose where the slip sat in the reason). A word
order no speaker uses is still not said."""

from __future__ import annotations

import pytest

from workshop.personal_value import say_value
from workshop.spoken import speech

SLIPPED = [
    "The owner give me the keys after one month and for the first time I felt somebody "
    "trusted me.",
    "On the night desk I learned I can stay calm, and the manager tell everybody I was the "
    "safe pair of hands.",
]


@pytest.mark.parametrize("reason", SLIPPED)
def test_a_slipped_note_is_not_said_as_typed(reason):
    assert speech(reason) == ""


@pytest.mark.parametrize("reason", SLIPPED)
def test_the_reason_keeps_the_participants_voice(reason):
    said = say_value(reason, current=False)
    assert said.problem == ""
    assert "keys" in said.sentence or "calm" in said.sentence
