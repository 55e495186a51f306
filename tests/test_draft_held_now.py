"""A job held now is told in the present, a job that ended in the past (issue 20, r30 raters:
"This was the job" for a job held now), whatever way its end date is spelled: no end, an empty
one, or a word of now ("Present", "now", "current", "(present)", "to date", "heute"). Written
for this test, in other words than the evaluation workspaces."""

from __future__ import annotations

import json

import pytest

from workshop.draft import draft_versions
from workshop.errors import WorkshopError
from workshop.fields import held_now
from workshop.model import SCHEMA_VERSION, Workspace
from workshop.store import parse_workspace

SKILLS = [
    {"name": "stock rotation", "before": "advanced beginner", "after": "competent",
     "used_later": "wrote the stock rotation checklist the depot still uses"},
    {"name": "forklift driving", "before": "novice", "after": "proficient",
     "used_later": "trained four new loaders on the forklift"},
    {"name": "cycle counting", "before": "novice", "after": "competent", "used_later": ""},
]
RESULTS = [{"statement": "waste from expired stock fell from 9% to 4%", "scope": "department",
            "enabled_by": ["stock rotation"]}]
# what a job that is over says, never of the job held now
PAST_ONLY = ("This was the job", "That was the job", "Back then", "Over my time there",
             "went on to", "That job", "that job", "my next job", "There I ", "by the time I left")
# what the job held now says, never of a job that is over
NOW_ONLY = ("This job", "this job", "the one I have now", "Here I ", "I have now")


def _workspace(end, *, start="2019-03", order=0, summary="loading, unloading, stock checks"):
    skills = SKILLS[order:] + SKILLS[:order]
    return {"schema_version": SCHEMA_VERSION,
            "target_role": {"title": "Warehouse Supervisor", "goals": ["reduce waste"]},
            "roles": [{"id": "r1", "title": "Warehouse Operative", "organization": "Brindle Foods",
                       "start": start, "end": end, "summary": summary, "skills": skills,
                       "results": RESULTS,
                       "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 5}}]}


NOW_SPELLINGS = [None, "", "  ", "present", "Present", "PRESENT", "now", "Now.", "current",
                 " Current ", "(present)", "- present", "to date", "till now", "ongoing",
                 "currently", "heute", "aujourd'hui"]
ENDED_SPELLINGS = ["2023", "2023-05", "2020-01", "2019-03"]


@pytest.mark.parametrize("end", NOW_SPELLINGS)
def test_an_end_that_says_now_reads_as_the_job_held_now(end):
    data = _workspace(end)
    ws = parse_workspace(json.dumps(data).encode())
    assert ws.roles[0].end is None and ws.roles[0].current, end
    assert Workspace.from_dict(data).roles[0].current


@pytest.mark.parametrize("end", ["Nov 2019", "soon", "presentation", "-", "2019-13"])
def test_an_end_that_is_neither_a_date_nor_now_is_still_refused_with_a_message(end):
    assert not held_now(end)
    with pytest.raises(WorkshopError) as caught:
        parse_workspace(json.dumps(_workspace(end)).encode())
    assert "YYYY" in str(caught.value)


@pytest.mark.parametrize("end", ["present", None, "Current", "to date"])
@pytest.mark.parametrize("order", [0, 1, 2])
def test_the_job_held_now_is_told_in_the_present(end, order):
    ws = parse_workspace(json.dumps(_workspace(end, order=order)).encode())
    for seconds, text in draft_versions(ws).items():
        for phrase in PAST_ONLY:
            assert phrase not in text, (end, seconds, phrase, text)


@pytest.mark.parametrize("end", ENDED_SPELLINGS)
@pytest.mark.parametrize("order", [0, 1])
def test_a_job_that_ended_is_told_in_the_past(end, order):
    ws = parse_workspace(json.dumps(_workspace(end, order=order)).encode())
    assert not ws.roles[0].current
    for seconds, text in draft_versions(ws).items():
        for phrase in NOW_ONLY:
            assert phrase not in text, (end, seconds, phrase, text)


def test_the_role_form_takes_present_as_the_job_held_now():
    """01's form builds the role through the model: 'Present' typed as the end is kept as no
    end (the job held now), never refused as a date in the wrong shape."""
    from workshop.model import Role

    role = Role(title="Warehouse Operative", organization="Brindle Foods", start="2021-04",
                end="Present")
    assert role.end is None and role.current
