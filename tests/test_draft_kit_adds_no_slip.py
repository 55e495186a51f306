"""What the kit does to a participant's words never adds a slip of its own, one test per class
blind hiring-manager raters quoted in round r35 (each in several wordings, with look-alikes):

- a comparative before "than" is no verb to put in the past ("complaints lower than the team
  average", "were lower than", never "lowered than");
- a list mark a note was typed with ("- first time I ...") is never said after the kit's words;
- a part typed as "me and my wife did it" is said "My wife and I did it", and "me and my wife"
  alone as "I did it with my wife", never "My own part was me and ...".
"""

from __future__ import annotations

import json

import pytest

from workshop.draft import draft_versions
from workshop.slips import mended_slips
from workshop.store import parse_workspace
from workshop.verbs import clause_in_past


def _workspace(value: str = "", part: str = "", statement: str = "") -> object:
    result = {"statement": statement or "We cut the Saturday queue from 90 minutes to 30 minutes",
              "scope": "customers"}
    if part:
        result["my_part"] = part
    return parse_workspace(json.dumps({
        "schema_version": 4, "participant": {"name": "Sam"},
        "target_role": {"title": "Team Lead", "goals": []},
        "roles": [{"id": "r1", "title": "Advisor", "organization": "Brightline",
                   "start": "2019", "end": "2022", "summary": "Took customer calls",
                   "personal_value": value,
                   "skills": [{"name": "customer service", "before": "novice",
                               "after": "proficient"}],
                   "results": [result],
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 5}}],
        "answer": {"role_id": "r1", "text": ""}}).encode())


@pytest.mark.parametrize("typed", [
    "My complaints lower than team average in my reviews.",
    "our costs lower than budget every month.",
    "prices better than the market.",
    "waits shorter than at the other sites.",
])
def test_a_comparative_before_than_stays_as_typed(typed):
    assert clause_in_past(typed) == typed


@pytest.mark.parametrize("typed", [
    "My complaints were lower than the team average in my reviews.",
    "The waits were shorter than before.",
    "His scores were higher than mine.",
])
def test_no_verb_after_be_is_taken_for_a_subject_s_plain_verb(typed):
    assert mended_slips(typed) == typed


@pytest.mark.parametrize(("typed", "said"), [
    ("fewer complaints reach the manager.", "fewer complaints reached the manager."),
    ("My boss give me the keys when I started.", "My boss gave me the keys when I started."),
])
def test_the_past_is_still_given_where_a_verb_is_one(typed, said):
    assert (clause_in_past(typed) if typed.startswith("fewer") else mended_slips(typed)) == said


@pytest.mark.parametrize("value", [
    "- first time I was responsible for someone else's result",
    "– first time I was trusted with the keys",
    "* it showed me I can run a team",
])
def test_a_list_mark_is_never_said_after_the_kit_s_words(value):
    text = draft_versions(_workspace(value=value), "r1")[90]
    assert " - " not in text and " – " not in text and "*" not in text
    assert "It gave me -" not in text


def test_a_minus_sign_is_no_list_mark():
    text = draft_versions(_workspace(value="-20% waste was my proudest moment"), "r1")[90]
    assert "-20% waste" in text


@pytest.mark.parametrize(("part", "said"), [
    ("me and my wife did it", "My wife and I did it."),
    ("me and Dev rebuilt the whole rota", "Dev and I rebuilt the whole rota."),
    ("Me and the night team sorted the backlog", "The night team and I sorted the backlog."),
    ("me and my wife", "I did it with my wife."),
    ("me and the deputy manager", "I did it with the deputy manager."),
])
def test_a_part_shared_with_someone_is_said_with_i(part, said):
    text = draft_versions(_workspace(part=part), "r1")[90]
    assert said in text and "My own part was me" not in text
