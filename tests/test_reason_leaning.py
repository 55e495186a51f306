"""A reason whose first clause leans on the next ("When the power tripped one night, I kept calm
...") is said with that clause, never as a half-sentence of its own. Blind raters (r34) marked a
draft down that opened on "When the temporary supply ... tripped ... and the site manager gone
home." : the comma that closes the "when" clause was read as a splice of two sentences, and a
long sentence was cut before its main clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from workshop.personal_value import say_value
from workshop.spoken import SUBORDINATE_HEAD


def _sentences(text: str) -> list[str]:
    return [s for s in text.replace("!", ".").split(". ") if s]


def _no_half_sentence(said: str) -> None:
    for sentence in _sentences(said):
        if SUBORDINATE_HEAD.match(sentence):
            assert "," in sentence, f"half-sentence said alone: {sentence!r}"


@pytest.mark.parametrize("text, main", [
    ("When the power tripped one night, I kept calm and had it back in forty minutes.",
     "I kept calm"),
    ("If a driver was off sick, I covered the route and nobody ever noticed.", "I covered"),
    ("Once the rota went up on the wall, I stopped getting calls at home.",
     "I stopped getting calls"),
    ("Because nobody else would take the night shift, I ran it alone and we never missed a "
     "delivery.", "I ran it alone"),
    ("when the lift broke with forty people waiting for the show and the manager off sick i "
     "sorted the queue, got everyone up the back stairs and we started on time.",
     "I sorted the queue"),
    ("When the power to the east wing tripped at eleven one night with patients on monitors and "
     "the duty manager gone home, I kept calm, found the breaker off the plans in the van, "
     "moved the critical circuits to the generator in the order we had planned and had it all "
     "back in forty minutes with no alarms, and that is when I knew I could run the whole job "
     "myself without ringing the boss, which is why they put me forward for the next two "
     "contracts.", "I kept calm"),
])
def test_a_leaning_clause_is_said_with_its_main_clause(text, main):
    value = say_value(text, False, 0, ())
    for said in (value.sentence, value.brief):
        if said:
            _no_half_sentence(said)
    assert main.lower() in value.sentence.lower()


@pytest.mark.parametrize("text, expected", [
    # a real splice of two sentences still reads as two (or joined with "and")
    ("I ran the stall, we sold out every Saturday and the owner gave me the keys.",
     "I ran the stall. We sold out every Saturday and the owner gave me the keys."),
    ("I automated the template, everyone uses it now.",
     "I automated the template, and everyone uses it now."),
])
def test_a_splice_of_two_sentences_is_still_mended(text, expected):
    assert say_value(text, False, 0, ()).sentence == expected
