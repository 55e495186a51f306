"""A job told in its time (issue 20, draft55): a job held now in the present ("It has given me",
"I lead"), a job that is over in the past, its later use typed in the present said in the
present. The draft's side and the benchmark's ``job tense`` figure, extended (what a job held
now gave told as over; a later use typed in the present said in the past), on the tests' own
sentences and fields."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workshop.draft import offered_draft
from workshop.model import Workspace
from workshop.spoken import clause_in_past

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_job_tense import job_tense_wrong  # noqa: E402


def _workspace(reason: str, later: str, end: str | None, title="Night Manager",
               org="Larchfield Hotel", skill="rota planning") -> Workspace:
    return Workspace.from_dict({
        "schema_version": 1, "participant": {},
        "target_role": {"title": "Operations Lead", "goals": ["reduce costs"]},
        "roles": [{"id": "r1", "title": title, "organization": org,
                   "organization_kind": "company", "start": "2019", "end": end,
                   "personal_value": reason,
                   "skills": [{"name": skill, "before": "novice", "after": "competent",
                               "used_later": later}],
                   "results": [{"statement": "I cut agency spend by £20k", "metric": "",
                                "scope": "team", "enabled_by": [skill]}],
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}],
        "answer": {"role_id": "r1", "text": ""}})


@pytest.mark.parametrize("reason, now", [
    ("It gave me confidence to speak up in meetings", "It has given me confidence"),
    ("This job taught me to stay calm with angry guests", "This job has taught me"),
    ("I lead the night team and they trust me", "I lead the night team and they trust me"),
])
def test_a_job_held_now_is_told_in_the_present(reason, now):
    text = offered_draft(_workspace(reason, "", None), "r1", 90).text
    assert now in text
    assert job_tense_wrong(text, _workspace(reason, "", None).role("r1"), reason) == 0


@pytest.mark.parametrize("reason, past", [
    ("I lead the night team and they trust me", "I led the night team and they trusted me"),
    ("they rely on me and ask for me by name", "they relied on me and asked for me by name"),
])
def test_a_job_that_is_over_is_told_in_the_past(reason, past):
    text = offered_draft(_workspace(reason, "", "2023"), "r1", 90).text
    assert past.lower() in text.lower()


@pytest.mark.parametrize("later", [
    "I plan the cover for 40 staff at Greenway",
    "at Greenway I plan the cover for 40 staff",
    "I still do the rotas for the cafe I run",
])
def test_a_later_use_typed_in_the_present_is_said_in_the_present(later):
    ws = _workspace("", later, "2023")
    text = offered_draft(ws, "r1", 90).text
    assert "planned the cover" not in text and "did the rotas" not in text
    assert job_tense_wrong(text, ws.role("r1"), later) == 0


@pytest.mark.parametrize("sentence, past", [
    ("they rely on me", "they relied on me"),
    ("we listen to every complaint", "we listened to every complaint"),
    ("they come to me with questions", "they came to me with questions"),
    ("they greet me by name", "they greeted me by name"),
])
def test_presents_after_a_pronoun_are_put_in_the_past(sentence, past):
    assert clause_in_past(sentence) == past


@pytest.mark.parametrize("sentence", [
    "the head count is 40 now", "I still ask for feedback",
    # "remember" is said from now, the story's teller remembering, and what people still
    # remember of the speaker's work is that work living on: never put in the past
    "I remember my first night on the ward", "the families still remember the garden we built",
    "regulars remember my name and my coffee"])
def test_what_holds_now_stays_as_typed(sentence):
    assert clause_in_past(sentence) == sentence


@pytest.mark.parametrize("end, text, wrong", [
    (None, "It is my job now. This job taught me patience.", 1),
    (None, "It is my job now. It gave me a seat at the table.", 1),
    (None, "It is my job now. It has given me a seat at the table.", 0),
    ("2023", "It was my job. That job taught me patience.", 0),
    ("2023", "It was my job. I planned the cover for 40 staff at Greenway.", 1),
    ("2023", "It was my job. I plan the cover for 40 staff at Greenway.", 0),
])
def test_the_job_tense_figure_reads_the_new_cases(end, text, wrong):
    ws = _workspace("", "I plan the cover for 40 staff at Greenway", end)
    assert job_tense_wrong(text, ws.role("r1"), "I plan the cover for 40 staff at Greenway") \
        == wrong
