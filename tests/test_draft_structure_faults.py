"""The grammar figure finds a sentence built wrong by its structure, on every set (issue 20,
draft25): a subject a statement does not have, a number said as the kit's arithmetic, a name
glued into a frame. Sentences written for the test (never a participant's), and look-alikes
that must stay clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def draft_eval():
    return load_script(ROOT / "benchmarks" / "draft_eval.py", "draft_eval_structure")


@pytest.mark.parametrize(("text", "kind"), [
    ("I picked parcel accuracy went up from 91% to 98%.", "two verbs"),
    ("Member numbers rise went from 300 to 400.", "two verbs"),
    ("I checked in guests were happier with the new desk.", "two verbs"),
    ("As a night porter on the surgical wing, it's how the patients got to theatre on time.",
     "dangling"),
    ("I learned that a shorter form raises sign-ups, a change of 12%.", "number tacked"),
    ("I rebuilt the returns desk, a drop of 30%.", "number tacked"),
    ("Later I used my soil chemistry skills on the river survey.", "skills glued"),
    ("I spent four years as a shift manager night deliveries at Harlow Foods.", "title glued"),
    ("Today I use my wound dressing skills to teach students wound dressing.", "said again"),
    ("I coached 30 apprentices, and all qualified. I coached the 30 apprentices and all "
     "qualified.", "said again"),
    ("It was my job at the depot. By the end I ran the yard on my own.", "no start"),
    ("I ran the the evening rota.", "doubled"),
])
def test_a_sentence_built_wrong_is_a_grammar_fault(draft_eval, text, kind):
    """Each structural class is found, whatever the words."""
    assert kind in [k for k, _s in draft_eval.grammar_faults(text)]


@pytest.mark.parametrize("text", [
    "I found that parcel accuracy went up from 91% to 98%.",
    "I trained the pickers, and accuracy went up from 91% to 98%.",
    "As a night porter, I got patients to theatre on time.",
    "I cut the returns queue by 30%.",
    "Later I used my customer service skills and my selling skills at the bank.",
    "I spent four years as a Head of Science at Harlow Academy.",
    "I spent four years as a Chef de Partie at Harlow Foods.",
    "At first I only watched. By the end I ran the yard on my own.",
    "Today I use what I learned to teach students wound care.",
])
def test_a_look_alike_built_right_is_no_fault(draft_eval, text):
    """A sentence of the same shape built right is not counted."""
    assert draft_eval.grammar_faults(text) == []


def test_a_bare_change_with_nobody_in_it_is_counted_apart(draft_eval):
    """A change said as a sentence with no person in it is its own row, not grammar."""
    said = ["I was a picker.", "Parcel accuracy went up from 91% to 98%.",
            "That is why parcel accuracy went up from 91% to 98%."]
    assert draft_eval.untied_numbers(said) == [said[1]]
