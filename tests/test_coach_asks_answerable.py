"""The coach asks only what the participant can answer, and says why it asks (issue 20, r25).

A blind session answering the coach's questions in 05 met questions it could not answer: "Have
you used X beyond this job yet?" of a job held now with no later job; "What was your own part
in 'we'?" of a result with no "we" in it; a long story asked for "as one whole sentence". Each
is tested here as a class, in workspaces of several shapes written for these tests (a kitchen,
a ward, a warehouse), with their look-alikes (a job that is over, a job held now beside a later
one, a result that says "I").
"""

from __future__ import annotations

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import coach_questions
from workshop.model import Workspace

SHAPES = {
    "kitchen": {
        "title": "Kitchen Manager", "organization": "Dockside Grill",
        "organization_kind": "company", "summary": "Ran the kitchen of a busy grill",
        "skills": [{"name": "menu costing", "before": "novice", "after": "proficient"}],
        "results": [{"statement": "I cut food waste from 12% to 7% of stock", "value": 7,
                     "from_value": 12, "unit": "%", "kind": "change", "period": "a year",
                     "scope": "department", "enabled_by": ["menu costing"]}],
    },
    "ward": {
        "title": "Staff Nurse", "organization": "Harbourside Hospital",
        "organization_kind": "hospital", "summary": "Nurse on a surgical ward",
        "skills": [{"name": "wound care", "before": "advanced beginner", "after": "proficient"}],
        "results": [{"statement": "I brought pressure ulcers down from 9 to 2 a quarter",
                     "value": 2, "from_value": 9, "kind": "change", "period": "a year",
                     "scope": "department", "enabled_by": ["wound care"]}],
    },
    "warehouse": {
        "title": "Shipping Lead", "organization": "Northgate Freight",
        "organization_kind": "company", "summary": "Led the outbound shipping dock",
        "skills": [{"name": "load planning", "before": "novice", "after": "competent"}],
        "results": [{"statement": "I cut mis-shipped pallets from 30 to 8 a month",
                     "value": 8, "from_value": 30, "kind": "change", "period": "six months",
                     "scope": "department", "enabled_by": ["load planning"]}],
    },
}
REASON = "It taught me to plan a week ahead instead of a day."


def _workspace(shape: str, *, end: str | None, **role) -> Workspace:
    base = {**SHAPES[shape], "personal_value": REASON,
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}, **role}
    return one_role_workspace(base, "Operations Lead", ("cut costs", "train staff"),
                              start="2020-03", end=end)


def _with_later_job(ws: Workspace) -> Workspace:
    """The same workspace with a second job begun after the first (held at the same time)."""
    data = ws.to_dict()
    data["roles"].append({"id": "r2", "title": "Weekend Trainer", "organization": "Skills Hub",
                          "start": "2023-01", "end": None, "skills": [], "results": []})
    return Workspace.from_dict(data)


def _asked(ws: Workspace, code: str) -> list[str]:
    return [q.text for q in coach_questions(ws, "r1") if q.code == code]


# --- 1. a later use of a job held now -------------------------------------------------------

@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("note", ["", "n/a"])
def test_a_job_held_now_with_no_later_job_is_asked_where_else_it_is_used_now(shape, note):
    """No later job in the entries: never "beyond this job yet?", but where else they use it
    now, in this job's later work or outside it; a throwaway note is told so in those terms."""
    ws = _workspace(shape, end=None, skills=[{**SHAPES[shape]["skills"][0], "used_later": note}])
    [text] = _asked(ws, "used_later")
    assert "beyond this job yet" not in text and "later job" not in text
    assert "Where else do you use" in text and "now" in text
    assert "in this job" in text and "outside it" in text
    if note:
        assert "where you use it now" in text


@pytest.mark.parametrize("shape", SHAPES)
def test_look_alikes_a_job_that_is_over_or_a_later_job_keep_their_question(shape):
    """A job that is over is asked where it was used later; a job held now beside a later job
    may still be asked whether it has been used beyond this job."""
    [over] = _asked(_workspace(shape, end="2023-06"), "used_later")
    assert "Where did you use" in over and "later" in over
    [beside] = _asked(_with_later_job(_workspace(shape, end=None)), "used_later")
    assert "beyond this job yet" in beside


# --- 2. the own part of a result ------------------------------------------------------------

TEAM_WORDS = [("We cut food waste from 12% to 7% of stock", "we"),
              ("The team brought pressure ulcers down from 9 to 2", "the team"),
              ("My crew and I cut mis-shipped pallets from 30 to 8", "my crew and I"),
              ("Food waste fell to 7% once we rebuilt the ordering", "we"),
              ("Our ward brought pressure ulcers down from 9 to 2", "our ward")]


@pytest.mark.parametrize(("statement", "words"), TEAM_WORDS)
def test_a_team_result_is_asked_the_own_part_quoting_the_team_words(statement, words):
    ws = _workspace("kitchen", end="2023-06",
                    results=[{**SHAPES["kitchen"]["results"][0], "statement": statement}])
    [text] = _asked(ws, "my_part")
    assert f"your own part in '{words}'" in text


@pytest.mark.parametrize("statement", ["Food waste fell from 12% to 7% of stock",
                                       "Pressure ulcers were brought down from 9 to 2",
                                       "Mis-shipped pallets dropped from 30 to 8 a month"])
def test_a_result_with_no_one_in_it_is_asked_plainly_saying_why(statement):
    """No "we" to quote: never "your part in 'we'"; the question says the result does not say
    who did it."""
    ws = _workspace("warehouse", end="2023-06",
                    results=[{**SHAPES["warehouse"]["results"][0], "statement": statement}])
    [text] = _asked(ws, "my_part")
    assert "'we'" not in text and "does not say who did it" in text


@pytest.mark.parametrize("statement", ["I cut food waste from 12% to 7% of stock",
                                       "Food waste fell from 12% to 7% after I rebuilt the "
                                       "ordering",
                                       "Waste fell from 12% to 7% with my new ordering sheet"])
def test_a_result_that_says_i_is_not_asked_the_own_part(statement):
    ws = _workspace("kitchen", end="2023-06",
                    results=[{**SHAPES["kitchen"]["results"][0], "statement": statement}])
    assert _asked(ws, "my_part") == []


# --- 5. a sentence or two, never one whole sentence -----------------------------------------

@pytest.mark.parametrize("shape", SHAPES)
def test_no_question_asks_for_one_whole_sentence(shape):
    """A note the draft cannot say (a reason, a part, a later use) is asked for in a sentence
    or two, in the participant's own words."""
    skill = {**SHAPES[shape]["skills"][0], "used_later": "yes -> next job, rota"}
    result = {**SHAPES[shape]["results"][0], "statement": "We cut the backlog from 30 to 8",
              "my_part": "rota -> new"}
    ws = _workspace(shape, end="2023-06", personal_value="growth -> confidence, ppl",
                    skills=[skill], results=[result])
    texts = [q.text for q in coach_questions(ws, "r1")]
    assert texts
    assert not any("one whole sentence" in t or "as one sentence" in t for t in texts)
    asked_again = [t for t in texts if "note reads" in t or "can't be said" in t]
    assert asked_again and all("a sentence or two" in t for t in asked_again), asked_again
