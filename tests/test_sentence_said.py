"""What the draft says is a sentence a person says (issue 20, draft50; blind raters, r25).

Raters marked down, in many held-out drafts, a note's subjectless fragment pasted whole, a line
with no verb, a misspelling kept verbatim and a money unit said in an order nobody uses
("worth 1.4 £ million"). Each test states the class in several phrasings written for the test,
beside look-alikes that must stay as they are (an imperative, "Saw" as a noun, a learner's
grammar that is understandable, a possessive "its").
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers_scripts import load_script

from workshop import resources
from workshop.answer_choice import answer_role_id
from workshop.draft import draft_versions
from workshop.note_grammar import spelled
from workshop.sentence_said import said_as_sentences, subject_given
from workshop.store import read_workspace
from workshop.wording import format_number

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("note", "said"), [
    ("Knew the basics at the start.", "I knew the basics at the start."),
    ("Saw the world and got paid for it.", "I saw the world and got paid for it."),
    ("Managed a crew of 35 on nights.", "I managed a crew of 35 on nights."),
    ("Learned to drive a forklift in my first month.",
     "I learned to drive a forklift in my first month."),
    ("Went from knowing nothing to running the shift.",
     "I went from knowing nothing to running the shift."),
    ("Cut waste by a fifth.", "I cut waste by a fifth."),
    ("Built the rota that the ward still uses.", "I built the rota that the ward still uses."),
])
def test_a_note_that_dropped_its_I_is_said_with_it(note, said):
    """A sentence opening on a past verb with no subject is the participant's own doing with
    the "I" a note leaves out: said with it, every other word kept."""
    assert said_as_sentences(note) == said


@pytest.mark.parametrize("sentence", [
    "Ask anyone on the ward what changed.",  # an imperative: a sentence as it stands
    "Saw blades were blunt when I started.",  # "Saw" a noun, the clause has its verb
    "Trained staff were more confident on the till.",  # a subject of its own
    "Based in Leeds, I covered the whole region.",  # a participle leading a clause
    "Promoted by my manager after a year.",  # a passive: no "I" guessed in
    "Tired but happy most nights.",  # a feeling, not a doing
    "I learn something new every shift.",  # a learner's present, understandable: kept
    "Returned mail went down from 5% to 1%.",  # a noun phrase that is the subject
    "We cut waste by a fifth.",
])
def test_a_sentence_with_its_subject_or_a_look_alike_is_said_as_it_is(sentence):
    assert said_as_sentences(sentence) == sentence
    assert subject_given(sentence) == sentence


@pytest.mark.parametrize("piece", [
    "That would be my current job, as a Librarian at Hampshire County Library Service.",
    "Looking back, it was my three years as a Charge Nurse at St. Luke's Regional Medical "
    "Center. I trained 14 nurses.",
    "I would point to my six years as a Supply Sergeant in the U.S. Army. I raised readiness.",
    "It's the one I'd pick.",
])
def test_an_opening_a_title_or_an_initial_is_kept_whole(piece):
    """A sentence whose verb is "be", a modal or a contraction is a sentence; a title's or an
    initial's full stop ends none (the name after it is never a line of its own)."""
    assert said_as_sentences(piece) == piece


@pytest.mark.parametrize(("piece", "said"), [
    ("Only here still.", ""),
    ("Great people, great shifts.", ""),
    ("It was my best job. Only here still.", "It was my best job."),
    ("Night shifts mostly. I ran the floor.", "I ran the floor."),
])
def test_a_line_with_no_verb_is_left_out_and_the_rest_kept(piece, said):
    assert said_as_sentences(piece) == said


@pytest.mark.parametrize(("typed", "said"), [
    ("I recieved an award for it.", "I received an award for it."),
    ("It taught me alot about people.", "It taught me a lot about people."),
    ("I dont think I would be here without it.", "I don't think I would be here without it."),
    ("Its been the job that shaped me.", "It's been the job that shaped me."),
    ("theres always a queue at nine.", "there's always a queue at nine."),
    ("Im proud of the rota.", "I'm proud of the rota."),
    ("My collegues relied on the tracker.", "My colleagues relied on the tracker."),
])
def test_a_misspelling_of_the_data_list_is_said_spelled_right(typed, said):
    assert spelled(typed) == said


@pytest.mark.parametrize("typed", [
    "Its budget doubled in two years.",  # the possessive "its"
    "I cant remember the figure.",  # "cant" is a word: not on the list
    "We'll see, I was ill that week.",
    "I learn from every patient.",  # a learner's grammar
    "The IM team ran the pilot.",  # an abbreviation in capitals
    "Siobhan and Ayodele ran the shed.",  # names and words as typed
])
def test_a_word_off_the_list_stays_as_typed(typed):
    assert spelled(typed) == typed


def test_the_misspelling_list_is_read_per_data_folder(tmp_path, monkeypatch):
    """A facilitator's edited list is read at once (``data/note_grammar.json``)."""
    assert spelled("the glorpd rota") == "the glorpd rota"
    folder = tmp_path / "data"
    shutil.copytree(resources.data_dir(), folder)
    path = folder / "note_grammar.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["misspellings"]["glorpd"] = "glorped"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(folder))
    assert spelled("the glorpd rota") == "the glorped rota"


@pytest.mark.parametrize(("value", "unit", "said"), [
    (1.4, "£ million", "£1.4 million"),
    (2.3, "million USD", "$2.3 million"),
    (2.3, "USD million", "$2.3 million"),
    (1200, "$ per month", "$1,200 a month"),
    (3, "$/month", "$3 a month"),
    (2.5, "£m", "£2.5 million"),
    (1.2, "$M", "$1.2 million"),
    (40, "€k", "€40k"),
    (5, "EUR per year", "€5 a year"),
    (7, "£ per hour", "£7 an hour"),
    (5, "million CHF", "5 million Swiss francs"),
    (500, "€", "€500"),  # one currency alone: as before
    (300, "USD", "$300"),
    (18, "%", "18%"),
    (12, "hours/week", "12 hours a week"),
])
def test_a_money_unit_is_said_in_the_order_a_person_says_it(value, unit, said):
    assert format_number(value, unit) == said


@pytest.mark.parametrize(("reason", "said", "unsaid"), [
    ("Saw the world and got paid for it, and I recieved alot of trust.",
     "I saw the world and got paid for it, and I received a lot of trust.", ("alot", "Saw the")),
    ("Gave me my confidence back after years at home.",
     "given me my confidence back", ("Gave me",)),
    ("It gave me confidence. Only here still.", "It has given me confidence.", ("Only here",)),
])
def test_a_draft_says_the_participants_reason_as_a_sentence(tmp_path, reason, said, unsaid):
    """Built from a reason typed as a note: the draft says it with its subject and spelled
    right, never a line with no verb; no sentence of either version opens on a past verb with
    no subject or keeps a listed misspelling (draft_eval's own reading)."""
    draft_eval = load_script(ROOT / "benchmarks" / "draft_eval.py", "draft_eval_said")
    path = ROOT / "tests" / "eval" / "drafts_dev" / "ws05.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    role_id = answer_role_id(read_workspace(path))
    next(r for r in data["roles"] if r["id"] == role_id)["personal_value"] = reason
    copy = tmp_path / "ws.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    for text in draft_versions(read_workspace(copy), role_id).values():
        kinds = [k for k, _s in draft_eval.grammar_faults(text)]
        assert "no subject" not in kinds and "typo" not in kinds, text
        assert said in text and not any(u in text for u in unsaid), text


@pytest.mark.parametrize(("statement", "metric", "unit", "start", "end", "said"), [
    ("I cut LQA bugs", "LQA bugs per build", "bugs", 150, 90, " from 150 to 90"),
    ("We cut month end close", "month end close days", "days", 10, 6, " from 10 to 6 days"),
    ("I cut LQA bugs", "", "bugs", 150, 90, " from 150 to 90"),
    ("I reduced the open tickets", "", "tickets", 80, 20, " from 80 to 20"),
    ("I reduced wait times", "wait times", "minutes", 40, 12, " from 40 to 12 minutes"),
    ("We cut costs", "costs", "£ million", 1.4, 0.9, " from £1.4 million to £0.9 million"),
])
def test_a_change_says_its_unit_once(statement, metric, unit, start, end, said):
    """A unit the statement ends on is not said again after the figure ("I cut LQA bugs from
    150 to 90", never "... to 90 bugs"); a unit it does not name is kept ("12 minutes"); a
    money unit is said on both figures."""
    from workshop.model import Result
    from workshop.wording import number_reading

    result = Result(statement=statement, metric=metric, value=end, unit=unit, from_value=start)
    assert number_reading(result, statement).inline == said


# --- a list mark pasted from a CV is never read out --------------------------------------------
# Blind raters (r34) marked down "• helped win a new 3-yr grant, roughly USD 450k." in six drafts
# of one workspace: the bullet said aloud and the note's dropped "I".

@pytest.mark.parametrize("text, said", [
    ("\u2022 helped win a new 3-yr grant, roughly USD 450k.",
     "I helped win a new 3-year grant, roughly USD 450k."),  # a short form said (draft58)
    ("- Managed the rota for 12 staff.", "I managed the rota for 12 staff."),
    ("* cut waste by half.", "I cut waste by half."),
    ("\u2013 Ran the Saturday market stall.", "I ran the Saturday market stall."),
    ("I cut costs. \u2022 trained 4 new starters.", "I cut costs. I trained 4 new starters."),
    ("I cut costs. - Ran the stall.", "I cut costs. I ran the stall."),
    ("\u25aa We opened the second site in March.", "We opened the second site in March."),
])
def test_a_list_mark_is_not_read_out(text, said):
    assert said_as_sentences(text) == said


@pytest.mark.parametrize("text", [
    "The score went from -3 to 5.",  # a minus sign, not a mark
    "I cut waste - by half - in a month.",  # a dash inside the sentence
    "Returns fell from 12% to 4%.",
])
def test_a_dash_that_is_no_list_mark_stays(text):
    assert said_as_sentences(text) == text
