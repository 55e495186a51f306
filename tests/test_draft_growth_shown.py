"""A skill's growth shown by what the person did with it, not said in a stock line (issue 20,
blind hiring managers r22).

Raters quoted "That job is where I got better at X." as the worst sentence in most drafts:
a frame of the kit's round the skill's name that says nothing a listener can check. Where the
result told right after it is the skill's own doing (its verb is the skill's, or it holds
most of the skill's words and is no change), the doing shows the skill and the line goes;
the coach asks how far it grew. No lead of the kit's is put on the result instead ("Once I had
learned X, ...", a stock link) and the result is never made the growth's cause ("..., which is
how I got better at X"). Where the result is the skill's effect (a change, another doing) the
line is kept, and so are the participant's own words of how far.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import plan_draft

STOCK = re.compile(r"\b(?:job is where I|was the job where I|job (?:taught|made) me|"
                   r"in (?:that|this) job that I|Over my time there)\b")
LEAD = re.compile(r"\b(?:Once I had|As I got better|which is how)\b")


def role_with(skill: str, before: str, statement: str, *, how_far: str = "",
              current: bool = False, **result):
    role = {"title": "Workshop Supervisor", "organization": "Alder Joinery",
            "organization_kind": "company", "summary": "Ran the joinery floor",
            "skills": [{"name": skill, "before": before, "after": "proficient",
                        "how_far": how_far}],
            "results": [dict({"statement": statement, "scope": "team",
                              "enabled_by": [skill]}, **result)],
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4},
            "personal_value": ""}
    return one_role_workspace(role, "Production Manager", start="2016-01",
                              end=None if current else "2021-09")


DOINGS = [  # the skill, how new it was, a result that is that skill's own doing
    ("mentoring apprentices", "novice", "I mentored 9 apprentices through their first year",
     {"value": 9, "metric": "apprentices", "kind": "count"}),
    ("fitting kitchens", "advanced beginner", "I fitted 140 kitchens on my own",
     {"value": 140, "metric": "kitchens", "kind": "count"}),
    ("quoting jobs for trade customers", "novice",
     "I quoted over 300 trade customers' jobs", {"value": 300, "kind": "count"}),
]


@pytest.mark.parametrize(("skill", "before", "statement", "extra"), DOINGS)
@pytest.mark.parametrize("seconds", [30, 90])
@pytest.mark.parametrize("current", [True, False])
def test_a_result_that_is_the_skills_doing_replaces_the_stock_line(skill, before, statement,
                                                                   extra, seconds, current):
    """The doing is told; no kit sentence round the skill's name stands before it, and no
    lead or backwards cause is glued onto the doing instead."""
    text = plan_draft(role_with(skill, before, statement, current=current, **extra), "r1",
                      seconds).text
    assert statement.split()[1] in text  # the doing is told ("mentored", "fitted" ...)
    assert not STOCK.search(text), text
    assert not LEAD.search(text), text


@pytest.mark.parametrize("seconds", [30, 90])
def test_a_change_the_skill_produced_keeps_its_growth_line(seconds):
    """A change is the skill's effect, not its doing, even where it shares a word with the
    skill's name ("waste" of "waste tracking"): the skill is still named where it grew."""
    ws = role_with("waste tracking", "novice", "Offcut waste went down from 14% to 6%",
                   value=6, from_value=14, unit="%", metric="offcut waste")
    text = plan_draft(ws, "r1", seconds).text
    assert "waste tracking" in text, text
    assert "from 14% to 6%" in text


def test_a_clause_whose_subject_shares_a_skill_word_is_no_doing():
    """"Apprentices stayed longer" opens on its subject, not on the speaker's verb: it is no
    doing of the skill "keeping apprentices on", so the skill stays named."""
    ws = role_with("keeping apprentices on", "novice", "Apprentices stayed longer")
    text = plan_draft(ws, "r1", 90).text
    assert re.search(r"\bkeep(?:ing)? apprentices on\b", text), text


def test_own_words_of_how_far_are_kept_with_the_doing():
    """The participant's own start and end tell the growth: they stay beside the doing."""
    ws = role_with("mentoring apprentices", "novice",
                   "I mentored 9 apprentices through their first year",
                   how_far="At first I just let them watch. By the end I ran their whole "
                           "first-year programme.", value=9, kind="count")
    text = plan_draft(ws, "r1", 90).text
    assert "By the end I ran their whole first-year programme" in text, text
