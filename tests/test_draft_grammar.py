"""A participant's notes said as grammatical speech, or not said (issue 20, draft14).

Each test states a class of fault blind raters heard in drafts, with sentences written for the
test (never a participant's), and look-alikes that must stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def draft_eval():
    return load_script(ROOT / "benchmarks" / "draft_eval.py", "draft_eval_grammar")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Invoices were paid within 30 days went from 40% to 75%.", "clause+change"),
    ("I rejected claims down from 9% to 4% after the form change.", "I+noun"),
    ("I missed appointments from 12% to 5%.", "I+noun"),
    ("Parcel returns from 8% to 3%.", "no verb"),
    ("When I start at the depot my forklift was poor.", "tense clash"),
    ("I set up the text reminders and the late arrivals go down a lot.", "tense clash"),
    ("My skills in stock control and supplier invoicing has grown.", "skills has"),
    ("I used it for the audit, see report.", "fragments"),
    ("I cut the queue (ask about the figure).", "fragments"),
    ("I ran the pilot -> rollout.", "fragments"),
    ("Handover time TBC.", "fragments"),
])
def test_the_benchmark_hears_each_class_of_grammar_fault(draft_eval, sentence, kind):
    """draft_eval's grammar figure counts each class in a sentence that has it."""
    assert kind in [k for k, _s in draft_eval.grammar_faults(sentence)]


@pytest.mark.parametrize("sentence", [
    "Time to hire went from 40 to 31 days.",
    "I cut overtime from 30 to 12 hours a week.",
    "I brought waiting times down from 50 to 20 minutes.",
    "I picked up stock control there as well.",
    "I built the rota that everyone still uses.",
    "My skills in stock control have grown.",
    "I cut food cost again when I took over as head chef.",
    "Claims were paid within 30 days, and the backlog went down.",
    "We passed every inspection.",
])
def test_the_benchmark_passes_grammatical_look_alikes(draft_eval, sentence):
    """A grammatical sentence of the same shapes is no fault."""
    assert draft_eval.grammar_faults(sentence) == []
