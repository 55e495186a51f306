"""Three shapes of a typed reason the draft dropped or said as no sentence (draft41,
``reason_grammar.headed_clause``, ``names_people``, ``doing_skips``): a short name then a dash
and a clause that tells it, people named as what mattered, and a doing whose next verb is a
clause's own or a participle. Each is said once, in the first person, as a whole sentence, in
the participant's words; the look-alikes keep their own reading. The sentences are the tests'
own.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import draft_versions
from workshop.personal_value import say_value

LEAD = re.compile(r"^What I valued most was ")


@pytest.mark.parametrize("typed, head, told", [
    ("the independence - I planned my own routes and nobody micromanaged me",
     "independence", "I planned my own routes and nobody micromanaged me."),
    ("Responsibility: I was 22 and running a shift of fifteen people",
     "responsibility", "I was 22 and running a shift of fifteen people."),
    ("the responsibility — I ran the night shift on my own",
     "responsibility", "I ran the night shift on my own."),
])
def test_a_name_a_dash_and_a_clause_are_said_as_two_sentences(typed, head, told):
    said = say_value(typed, False)
    assert not said.problem, said
    first, second = re.split(r"(?<=\.)\s+", said.sentence, maxsplit=1)
    assert head in first.lower() and second.lower() == told.lower(), said.sentence
    assert head in said.short.lower()


def test_a_name_that_names_nothing_leaves_its_clause_said():
    said = say_value("the variety — I worked a different ward every week", False)
    assert said.sentence == "I worked a different ward every week.", said


@pytest.mark.parametrize("typed", ["Night shifts - hard", "I ran the floor - nobody else could",
                                   "Nights - long but worth it"])
def test_a_dash_with_no_clause_after_a_name_is_not_split(typed):
    from workshop.reason_grammar import headed_clause
    assert headed_clause(typed) == typed


@pytest.mark.parametrize("typed", ["the kids", "my regulars", "the lads I coached",
                                   "the people I trained, seeing them do well",
                                   "the team I built from scratch", "patients"])
def test_people_named_as_what_mattered_follow_what_i_valued(typed):
    said = say_value(typed, False)
    assert LEAD.match(said.sentence) and "gave me" not in said.sentence, said


@pytest.mark.parametrize("typed", ["the confidence to lead people",
                                   "the patience to teach kids"])
def test_a_thing_given_for_people_is_still_a_thing_given(typed):
    said = say_value(typed, False)
    assert said.sentence.startswith("It gave me "), said


@pytest.mark.parametrize("typed", ["knowing the residents trusted me",
                                   "being trusted with the keys at 19",
                                   "getting picked to train the new starters",
                                   "feeling I was finally part of something"])
def test_a_doing_with_a_clause_or_a_participle_is_a_phrase_after_its_lead(typed):
    said = say_value(typed, False)
    assert LEAD.match(said.sentence), said
    assert said.sentence.lower().endswith(typed.lower() + "."), said


@pytest.mark.parametrize("typed", ["Knowing the residents trusted me meant everything",
                                   "Being trusted with the keys showed me I was ready",
                                   "Seeing them go home safe made it worth it"])
def test_a_doing_with_a_verb_of_its_own_is_told_as_typed(typed):
    said = say_value(typed, False)
    assert said.sentence == typed + ".", said


def test_both_versions_say_the_reason_typed_with_a_dash_once():
    role = {"title": "Delivery Driver", "organization": "Fenwick Parcels",
            "organization_kind": "company", "summary": "Multi-drop van routes",
            "personal_value": "the independence - I planned my own routes and nobody "
                              "micromanaged me",
            "skills": [{"name": "route planning", "before": "novice", "after": "proficient"}],
            "results": [{"statement": "I cut failed deliveries on my round from 30 to 9 a week",
                         "value": 9, "from_value": 30, "kind": "change", "scope": "team",
                         "enabled_by": ["route planning"]}],
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}
    ws = one_role_workspace(role, "Transport Planner", ("plan delivery routes",),
                            start="2019-01", end="2022-03")
    for seconds, text in draft_versions(ws, "r1").items():
        opening = " ".join(re.split(r"(?<=[.!?])\s+", text)[:3])
        assert "independence" in opening, (seconds, text)
        assert text.count("independence") == 1, text
    assert "nobody micromanaged me" in draft_versions(ws, "r1")[90]


@pytest.mark.parametrize("typed", ["the independence - I plan my own routes and nobody checks "
                                   "on me", "I plan the rota for the whole unit now"])
def test_a_present_reason_of_a_job_held_with_a_plain_verb_is_said(typed):
    """"I plan ..." of the job held now: a person and a verb's plain form is a clause, though
    the tense data holds no past for the verb (it was refused as no sentence)."""
    said = say_value(typed, True)
    assert "plan" in said.sentence and not said.problem, said
    assert said.sentence.endswith(typed.split(" - ")[-1] + "."), said
