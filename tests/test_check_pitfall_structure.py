"""Pitfalls read by structure (issue 21 class 5, branch ``check14``): a perk told as the subject
or object of a value clause, ease, a pitfall set aside by a contrast or a concession, and the
look-alikes (enjoying the learning, distaste at a problem of the work, a lesson about people at
large). Each vocabulary is data (``data/phrases.json``): a test per family shows the reading
follows a facilitator's edit. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_data import own_data, set_at

from workshop.check import check_answer, pitfall_phrases
from workshop.resources import load_json

_GREW = ("At the garden centre I learned to plan the seasonal stock orders, and our end-of-season "
         "waste fell by a quarter. ")


@pytest.mark.parametrize("text, category", [
    # a perk as the subject or the object of a value clause (classes perk_noun, value_said)
    ("What kept me in that job was the pension.", "perks"),
    ("Honestly, the main draw was the commission.", "perks"),
    ("The days off were the highlight.", "perks"),
    ("My favourite part was the staff discount.", "perks"),
    ("The holidays were why I stayed.", "perks"),
    # a perk at the end of a clause the next clause values (pitfall_value_after)
    ("They handed me a company van, which was the best part.", "perks"),
    ("We got a bonus every quarter, which honestly was the main thing.", "perks"),
    # ease (pitfalls.ease)
    ("To be honest the role was pretty cushy.", "ease"),
    ("It was a doddle most days.", "ease"),
    ("It was easy money for a student.", "ease"),
    ("The shifts were easy.", "ease"),
])
def test_a_pitfall_told_as_what_mattered_is_found(text, category):
    assert category in pitfall_phrases(text), text


@pytest.mark.parametrize("text", [
    # a value clause about a result, not a perk
    "I saved the company money, which was the best part.",
    "I cut overtime by a third, which was the best part.",
    "The best part was the drop in returns after I relabelled the shelves.",
    "The best part was the hours we saved the drivers each week.",
    "What mattered was the discount I negotiated with the supplier.",
    # set aside by a contrast, in the sentence or the next one (pitfall_contrast, _set_aside)
    "The pay was decent, but what mattered was learning to run the till reconciliation.",
    "The crew were brilliant. But what really mattered was learning to plan the loads.",
    "We had free lunches, yet what I valued was running the stock count on my own.",
    # granted by a concession (pitfall_concession)
    "Although the team was lovely, what I valued was learning to price the jobs.",
    "What mattered was the planning I learned, even though the hours were flexible.",
    # ease denied or told of something else
    "It was not easy, but I learned to schedule thirty drivers.",
    "It was easy to see why the queue built up, so I split the counter.",
    "The customers said the new form was easy.",
    # enjoying the learning itself
    "I enjoyed learning how to read the sales reports.",
    "I loved picking up the routing software.",
    # distaste at a problem of the work, which the speaker then acts on
    "I hated seeing good food go in the bin, so I changed the ordering.",
    # a lesson about people at large
    "It showed me that people are usually patient when you explain.",
])
def test_a_look_alike_is_no_pitfall(text):
    assert pitfall_phrases(text) == {}, text


@pytest.mark.parametrize("text, category", [
    # what is not set aside: a complaint or a want is said all the same
    ("My supervisor was useless, but what mattered was the training.", "complaints"),
    # a contrast that says no value instead sets nothing aside
    ("The team was great, but the hours were long.", "team"),
    # a perk that the contrast itself names is still one
    ("While the team was nice, the best part was the bonus.", "perks"),
    # a lesson about the team is still the team
    ("The team I worked with were amazing.", "team"),
    ("I grew to hate the place.", "complaints"),
])
def test_what_a_contrast_does_not_set_aside(text, category):
    assert category in pitfall_phrases(text), text


def test_ease_is_named_in_the_check_and_costs_the_verdict():
    check = check_answer(_GREW + "Honestly, it was easy.", [])
    finding = next(f for f in check.findings if f.code == "pitfalls")
    assert not finding.ok and "an easy job" in finding.message
    assert not check.verdict.strong
    assert check_answer(_GREW + "It was not easy.", []).verdict.strong


def test_a_set_aside_pitfall_keeps_a_strong_answer_strong():
    text = _GREW + "The team was great, but what mattered to me was learning to order."
    assert check_answer(text, []).verdict.strong
    assert not check_answer(_GREW + "The team was great.", []).verdict.strong


# --- each family is the facilitator's data -------------------------------------------------------


def _without(family, entry):
    def edit(d):
        d[family] = [p for p in d[family] if p != entry]
    return edit


def test_the_perk_nouns_are_data(tmp_path, monkeypatch):
    assert "perks" in pitfall_phrases("The main draw was the commission.")
    nouns = [n for n in load_json("phrases.json")["classes"]["perk_noun"] if n != "commission"]
    own_data(tmp_path, monkeypatch, "phrases.json", set_at(["classes", "perk_noun"], nouns))
    assert pitfall_phrases("The main draw was the commission.") == {}


def test_the_value_clauses_are_data(tmp_path, monkeypatch):
    own_data(tmp_path, monkeypatch, "phrases.json",
             set_at(["classes", "value_said"], ["the crowning glory"]))
    assert "perks" in pitfall_phrases("The crowning glory was the commission.")
    assert pitfall_phrases("The main draw was the commission.") == {}


@pytest.mark.parametrize("value_after, found", [(["which"], True), (["whereby"], False)])
def test_the_clause_after_a_perk_is_data(tmp_path, monkeypatch, value_after, found):
    own_data(tmp_path, monkeypatch, "phrases.json", set_at(["pitfall_value_after"], value_after))
    assert ("perks" in pitfall_phrases("They handed me a company van, which I drove.")) is found
    assert pitfall_phrases("They handed me a company van.") == {}


def test_what_sets_aside_is_data(tmp_path, monkeypatch):
    text = "The pay was decent, but what counted was learning the till."
    assert pitfall_phrases(text) == {}
    own_data(tmp_path, monkeypatch, "phrases.json", _without("pitfall_set_aside", "what counted"))
    assert "perks" in pitfall_phrases(text)


def test_the_contrast_words_are_data(tmp_path, monkeypatch):
    text = "The pay was decent; still, what mattered was learning the till."
    assert pitfall_phrases(text) == {}
    own_data(tmp_path, monkeypatch, "phrases.json", _without("pitfall_contrast", "still"))
    assert "perks" in pitfall_phrases(text)


def test_the_concession_words_are_data(tmp_path, monkeypatch):
    text = "Whilst the team was lovely, what mattered was learning to price jobs."
    assert pitfall_phrases(text) == {}
    own_data(tmp_path, monkeypatch, "phrases.json", _without("pitfall_concession", "whilst"))
    assert "team" in pitfall_phrases(text)


def test_ease_is_data(tmp_path, monkeypatch):
    assert "ease" in pitfall_phrases("It was a doddle.")
    own_data(tmp_path, monkeypatch, "phrases.json", set_at(["pitfalls", "ease"], ["a doddle"]))
    assert "ease" in pitfall_phrases("It was a doddle.")
    assert pitfall_phrases("The role was cushy.") == {}


# --- blame aimed at the one in charge, not a problem the speaker took on -----------------------


@pytest.mark.parametrize("text", [
    "My supervisor didn't listen to a word the night shift said.",
    "The owners never valued the kitchen staff.",
    "Honestly, management blamed the warehouse for every late order.",
    "The director refused to replace the broken scanners.",
    "Head office kept changing the targets every month.",
    "My boss ignored everyone below her.",
    "The manager wouldn't back us when a client shouted.",  # in any mood, as complaints are
    "The director refused to replace the scanners, so I left.",  # leaving takes nothing on
])
def test_blame_of_the_one_in_charge_is_a_pitfall(text):
    assert "blame" in pitfall_phrases(text), text


@pytest.mark.parametrize("text", [
    # the speaker took the problem on in the same sentence (pitfall_answered)
    "My manager didn't trust the new stock system, so I trained her on it.",
    "The owner refused to pay for a new till, so I rebuilt the old one.",
    "Management didn't like the idea at first, but I piloted it on one aisle.",
    # someone not in charge of the speaker
    "The supplier refused to deliver on Sundays, so the orders moved.",
    "The customer didn't like the first layout.",
    # a preference of the one in charge, not blame
    "The owner didn't like waste.",
    # the one in charge did right
    "My manager backed the plan from the start.",
    "The owner never missed a Saturday shift.",
])
def test_what_is_not_blame(text):
    assert "blame" not in pitfall_phrases(text), text


def test_blame_is_named_in_the_check():
    check = check_answer(_GREW + "My manager never listened to the floor staff.", [])
    finding = next(f for f in check.findings if f.code == "pitfalls")
    assert not finding.ok and "blaming an employer" in finding.message
    assert not check.verdict.strong


def test_who_is_in_charge_is_data(tmp_path, monkeypatch):
    text = "The foreman refused to order more gloves."
    assert pitfall_phrases(text) == {}
    own_data(tmp_path, monkeypatch, "phrases.json",
             set_at(["classes", "in_charge"], ["foreman"]))
    assert "blame" in pitfall_phrases(text)
    assert pitfall_phrases("The director refused to order more gloves.") == {}


def test_what_answers_a_blame_is_data(tmp_path, monkeypatch):
    text = "My manager didn't trust the rota, so I tested it for a month."
    assert "blame" not in pitfall_phrases(text)
    verbs = [v for v in load_json("phrases.json")["classes"]["answer_verb"]
             if v not in ("test", "tested")]
    own_data(tmp_path, monkeypatch, "phrases.json", set_at(["classes", "answer_verb"], verbs))
    assert "blame" in pitfall_phrases(text)
