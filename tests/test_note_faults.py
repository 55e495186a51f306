"""A note is said as typed only where it reads as spoken English (issue 20, r24/r25: blind
hiring managers quoted the participant's own fragments half joined to the kit's glue: a tense
that changes inside a sentence, an adverb between a verb and its object, a misspelt word, a
direction typed before its verb). The detector reads a sentence's structure
(``workshop.note_faults``); a note with a fault is left out and asked for; the benchmark hears
the same classes with its own lists.

Sentences written for the test (other words than the workspaces and than
``tests/data/note_sentences.json``), never a participant's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_sample import one_role_workspace
from helpers_scripts import load_script

from workshop.draft import offered_draft, plan_draft
from workshop.note_faults import fault
from workshop.note_grammar import moved_clause, slip
from workshop.spoken import speech

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def grammar():
    import sys
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return load_script(ROOT / "benchmarks" / "draft_grammar.py", "draft_grammar_d29")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("the porters bring the beds faster after I changed the lift rota", "tense"),
    ("our bookings grow when I redid the website", "tense"),
    ("my teacher tell me to apply for the course", "agreement"),
    ("the head chef give me the pastry section", "agreement"),
    ("They taught me very patiently the whole billing cycle.", "order"),
    ("I practised a lot my presentations.", "order"),
    ("Late trucks down went from 9 to 2 a week.", "order"),
    ("Reliable handling of the petty cash for the branch", "no verb"),
    ("I learned to be more organized and independant.", "spelling"),
    ("Passing the audit was a real achievment for the branch.", "spelling"),
])
def test_a_sentence_a_listener_hears_as_a_note_is_read_by_its_structure(sentence, kind):
    assert fault(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "The porters bring the beds faster now.",
    "I changed the lift rota and the porters were faster.",
    "my teacher told me to apply for the course",
    "the head chef let me run the pastry section",
    "They taught me the whole billing cycle very patiently.",
    "Late trucks went down from 9 to 2 a week.",
    "reorganised the stockroom by season",
    "I am more organized now.",
    "It gave me the confidence to speak to parents.",
    "The crew work nights in the summer.",
])
def test_informal_sentences_a_person_says_are_no_fault(sentence):
    assert fault(sentence) == ""


def test_the_labelled_sentences_hold_their_floor_on_both_halves():
    """The detector on the labelled set (written for it, halves A and B): a floor under
    precision and recall, so that a change that loses either shows."""
    data = json.loads((ROOT / "tests" / "data" / "note_sentences.json").read_text())
    for half, recall_floor in (("A", 0.9), ("B", 0.7)):
        flagged = [(bool(fault(s)), label != "ok") for s, label in data[half]]
        hits = sum(1 for got, bad in flagged if got and bad)
        wrong = sum(1 for got, bad in flagged if got and not bad)
        missed = sum(1 for got, bad in flagged if bad and not got)
        assert hits / (hits + wrong) >= 0.9, half
        assert hits / (hits + missed) >= recall_floor, half


@pytest.mark.parametrize(("note", "kind"), [
    ("the porters bring the beds faster after I changed the lift rota", "tense"),
    ("the head chef give me the pastry section", "agreement"),
    ("I practised a lot my presentations", "order"),
    ("I became more independint with the accounts", "spelling"),
])
def test_a_note_with_a_fault_is_not_said_as_typed(note, kind):
    assert slip(note) == kind
    assert speech(note) == ""


@pytest.mark.parametrize(("note", "said"), [
    ("I became more independant with the accounts", "I became more independent with the accounts"),
    ("I recieved a commendation for the audit", "I received a commendation for the audit"),
])
def test_a_misspelling_of_the_data_list_is_said_spelled_right_not_left_out(note, said):
    """A misspelling no reader takes for a word (``misspellings`` in note_grammar.json) is
    spelled right and the note said: the typed fact kept (draft50); one off the list is still
    asked for again (above)."""
    assert speech(note) == said


def test_a_note_with_no_verb_is_left_to_the_readers_of_its_shape():
    """"my patience with the parents" is said by the value reader ("It gave me ..."), never
    stopped as a note."""
    assert slip("my patience with the parents") == ""


def test_a_direction_typed_before_its_verb_is_said_after_it():
    assert moved_clause("late trucks down", "from 9 to 2 a week") == \
        "late trucks went down from 9 to 2 a week"
    assert moved_clause("repeat calls up", "by 4%") == "repeat calls went up by 4%"


def _workspace(statement: str, value: str = "") -> object:
    role = {"title": "Bakery Assistant", "organization": "Crumb & Co", "personal_value": value,
            "summary": "baking and serving in a small bakery",
            "skills": [{"name": "sourdough baking", "before": "novice", "after": "proficient"}],
            "results": [{"scope": "company", "statement": statement}]}
    return one_role_workspace(role, "Production Baker", ("bake to a schedule",),
                              start="2020", end="2023")


def test_a_result_typed_with_a_tense_clash_is_left_out_and_asked_for():
    ws = _workspace("I took over the ovens and the regulars come back for the rye")
    for seconds in (30, 90):
        assert "regulars come back" not in offered_draft(ws, "r1", seconds).text
    asked = [q.text for q in plan_draft(ws, "r1", 90).questions if q.key.startswith("statement")]
    assert asked and "changes tense" in asked[0] and "aloud" in asked[0]


def test_a_reason_typed_with_its_adverb_before_the_object_is_not_the_opening():
    ws = _workspace("cut the morning waste by 20%", value="it gave me without a doubt my "
                    "confidence")
    for seconds in (30, 90):
        assert "without a doubt my" not in offered_draft(ws, "r1", seconds).text


@pytest.mark.parametrize(("sentence", "kind"), [
    ("They taught me very patiently the whole billing cycle.", "word order"),
    ("Late trucks down went from 9 to 2 a week.", "word order"),
    ("I changed the menu and the regulars come back with me.", "plain verb"),
    ("My teacher tell me to apply.", "plain verb"),
])
def test_the_benchmark_hears_order_and_plain_verbs(grammar, sentence, kind):
    assert kind in [k for k, _s in grammar.grammar_faults(sentence)]


def test_the_benchmark_tells_the_kits_glue_from_the_participants_words(grammar):
    entries = "the regulars come back with me"
    faults = [("plain verb", "I changed the menu and the regulars come back with me."),
              ("word order", "It taught me very quickly the whole thing.")]
    assert grammar.kit_glue_faults(faults, entries) == [faults[1]]


def test_a_reply_to_the_question_goes_through_the_same_test():
    """The participant's reply takes the note's place and is read again: said whole when it
    reads as spoken English, asked again when it does not."""
    from workshop.draft import apply_reply

    ws = _workspace("I took over the ovens and the regulars come back for the rye")
    asked = [q for q in plan_draft(ws, "r1", 90).questions if q.key.startswith("statement")][0]
    again = apply_reply(ws, "r1", asked, "the owner give me the ovens and sales grow by 10%")
    assert any(q.key.startswith("statement") for q in plan_draft(again, "r1", 90).questions)
    said = apply_reply(ws, "r1", asked, "I took over the ovens and rye sales went up by 10%")
    assert "rye sales went up by 10%" in offered_draft(said, "r1", 90).text
