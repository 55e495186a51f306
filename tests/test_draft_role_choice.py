"""Which job the answer is about (issue 20, r30 raters: "the wrong job picked", a draft about a
job rated low while a higher-rated one existed): the draft (``draft.answer_role_id``), 04's
strongest answer (``scoring.rank``/``explain``) and the card (``report.build_report``) name one
role, the one the participant's ratings make strongest; an explicit choice wins. Workspaces
where the ratings and the entries disagree, written for this test."""

from __future__ import annotations

import pytest

from workshop.draft import answer_role_id
from workshop.model import SCHEMA_VERSION, Workspace
from workshop.report import build_report
from workshop.scoring import explain, rank, rated_first


def _role(rid: str, title: str, ratings: dict, summary: str = "", **more) -> dict:
    role = {"id": rid, "title": title, "organization": "Marlow Freight", "start": "2016-02",
            "end": "2019-09", "summary": summary,
            "skills": [{"name": "route planning", "before": "novice", "after": "proficient",
                        "used_later": "planned the winter routes at my next job"}],
            "results": [{"statement": "late deliveries fell from 40 a week to 12",
                         "scope": "department", "enabled_by": ["route planning"]}],
            "ratings": ratings}
    role.update(more)
    return role


def _ws(*roles: dict, chosen: str | None = None) -> Workspace:
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Operations Lead", "goals": ["cut late deliveries"]},
        "roles": list(roles), "answer": {"role_id": chosen, "text": ""}})


def _agree(ws: Workspace) -> str:
    """The role the draft is about; the card is about it too."""
    about = answer_role_id(ws)
    report = build_report(ws)
    assert report["answer"]["role_id"] == about, report["answer"]
    return about


RICH_LOW = dict(summary="Best job I ever had. The job that made me who I am.",
                personal_value="It made me who I am: I learned to keep calm when every truck "
                               "was late.")


@pytest.mark.parametrize("low_words", [
    "The job that made me who I am.", "Best job I've ever had, honestly.",
    "This is the job that mattered most to me.", "It meant the most to me of any job.",
])
def test_a_job_rated_low_never_leads_however_warmly_its_words_pick_it(low_words):
    high = _role("r1", "Dispatcher", {"skill_growth": 5, "company_results": 4, "relevance": 5})
    low = _role("r2", "Driver's Mate", {"skill_growth": 2, "company_results": 2,
                                        "relevance": 3}, summary=low_words,
                personal_value="It taught me to stay calm when every truck was late.")
    ws = _ws(low, high)
    assert rank(ws).strongest.role.id == "r1"
    assert _agree(ws) == "r1"
    assert "Your strongest answer is Dispatcher" in explain(rank(ws))


def test_a_pick_on_equal_pillars_leads_and_the_card_says_why():
    high = _role("r1", "Dispatcher", {"skill_growth": 4, "company_results": 4, "relevance": 5})
    level = _role("r2", "Depot Supervisor", {"skill_growth": 4, "company_results": 4,
                                             "relevance": 3}, **RICH_LOW)
    ws = _ws(high, level)
    assert rank(ws).strongest.role.id == "r1"
    assert _agree(ws) == "r2"
    why = build_report(ws)["answer"]["why"]
    assert "Depot Supervisor" in why and "your own words name it" in why, why


@pytest.mark.parametrize("chosen", ["r1", "r2", "r3"])
def test_an_explicit_choice_wins_whatever_the_ratings(chosen):
    ws = _ws(_role("r1", "Dispatcher", {"skill_growth": 5, "company_results": 5,
                                        "relevance": 5}),
             _role("r2", "Driver's Mate", {"skill_growth": 1, "company_results": 2,
                                           "relevance": 1}, **RICH_LOW),
             _role("r3", "Warehouse Temp", {}), chosen=chosen)
    assert _agree(ws) == chosen
    why = build_report(ws)["answer"]["why"]
    if chosen != "r1":
        assert "a job you chose yourself" in why, why


@pytest.mark.parametrize("ratings, first", [
    # no role has all three ratings: the pillars given decide, never the list's order
    ([{"skill_growth": 2, "company_results": 1}, {"skill_growth": 5, "company_results": 4}],
     "r2"),
    ([{"skill_growth": 2}, {"skill_growth": 3, "company_results": 3}], "r2"),
    ([{"skill_growth": 5}, {"skill_growth": 2, "company_results": 2}], "r2"),
    ([{"skill_growth": 4, "company_results": 4}, {"skill_growth": 5, "company_results": 2},
      {}], "r1"),
    ([{"relevance": 5}, {"company_results": 3}], "r2"),
    ([{"skill_growth": 3, "relevance": 2}, {"skill_growth": 3, "relevance": 4}], "r2"),
])
def test_while_no_role_is_ranked_the_ratings_given_so_far_decide(ratings, first):
    titles = ("Night Loader", "Route Planner", "Yard Marshal")
    ws = _ws(*[_role(f"r{i + 1}", titles[i], r) for i, r in enumerate(ratings)])
    assert rank(ws).strongest is None
    assert rated_first(rank(ws)).id == first
    assert _agree(ws) == first
    name = ws.role(first).label
    assert f"Your ratings so far put {name} first" in explain(rank(ws))
    assert f"Your ratings so far put {name} first" in build_report(ws)["answer"]["why"]


def test_with_nothing_rated_the_first_role_and_no_claim_of_ratings():
    ws = _ws(_role("r1", "Night Loader", {}), _role("r2", "Route Planner", {}))
    assert rated_first(rank(ws)) is None
    assert _agree(ws) == "r1"
    assert "ratings so far" not in explain(rank(ws))


def test_a_ranked_role_leads_over_an_unranked_one_rated_higher_in_part():
    """04 ranks only fully rated roles: the draft follows 04, and 04 says the other waits for
    its third rating."""
    ws = _ws(_role("r1", "Night Loader", {"skill_growth": 3, "company_results": 3,
                                          "relevance": 3}),
             _role("r2", "Route Planner", {"skill_growth": 5, "company_results": 5}))
    assert _agree(ws) == "r1" == rank(ws).strongest.role.id
    assert "Not ranked until all three ratings are given" in explain(rank(ws))
