"""A role that was never paid (volunteering, a placement, care at home) said as such is no
complaint about an employer; not being paid what was owed still is (blind replies session, r35:
a volunteer's "it was not paid, but ..." was read as a complaint and left out of the draft)."""

from __future__ import annotations

import json

import pytest

from workshop.check import check_answer
from workshop.draft import draft_versions, plan_draft
from workshop.store import parse_workspace


def _pitfall_phrases(text: str) -> tuple[str, ...]:
    found = next(f for f in check_answer(text).findings if f.code == "pitfalls")
    return () if found.ok else found.phrases


@pytest.mark.parametrize("text", [
    "It was not paid, but it was the job where I found out I can lead people.",
    "I was not paid for it, it was volunteering, but the job taught me to plan.",
    "The placement wasn't paid, but I learned to run a clinic on my own.",
    "This was never a paid job, but it taught me patience with families.",
    "the role was not paid tbh but i learned to organise the whole food drive",
    "Honestly it was not paid, my mother needed me, and I learned to manage her medicines.",
])
def test_a_role_that_was_never_paid_is_no_complaint(text):
    assert _pitfall_phrases(text) == ()


@pytest.mark.parametrize("text", [
    "The owner never paid us on time and the job was a mess.",
    "They didn't pay me for three months.",
    "The company did not pay overtime, so I left.",
    "I wasn't paid for the overtime at that place.",
    "I was not paid for three months at that place.",
])
def test_pay_withheld_is_still_a_complaint(text):
    assert _pitfall_phrases(text)


def test_the_draft_says_a_volunteer_s_reason_and_the_coach_does_not_call_it_a_complaint():
    value = "It was not paid, but it was the job where I found out I can lead people."
    ws = parse_workspace(json.dumps({
        "schema_version": 4, "participant": {"name": "Ana"},
        "target_role": {"title": "Volunteer Coordinator", "goals": []},
        "roles": [{"id": "r1", "title": "Volunteer shift lead",
                   "organization": "Northside Food Bank", "start": "2019", "end": "2022",
                   "summary": "Ran the Saturday shift",
                   "personal_value": value,
                   "skills": [{"name": "scheduling volunteers", "before": "novice",
                               "after": "proficient"}],
                   "results": [{"statement": "Cut the Saturday queue from 90 minutes to 30 "
                                             "minutes by splitting the line in two",
                                "scope": "customers"}],
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 5}}],
        "answer": {"role_id": "r1", "text": ""}}).encode())
    assert not any("complaint" in q.text for q in plan_draft(ws, "r1", 90).questions)
    assert "found out I could lead people" in draft_versions(ws, "r1")[90]
