"""The first line answers the question without saying it back (issue 20, blind hiring
managers r22): "My current job has given me the most personal value" and "The job that means
the most to me is ..." were heard as the kit parroting the question. Every opening of the
data names the job and says it was the one picked, in words of its own."""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import plan_draft
from workshop.spoken import wording_data

PARROT = re.compile(r"\b(?:given me|gave me|means? the most|personal value|most value)\b",
                    re.IGNORECASE)


def test_no_opening_form_says_the_question_back():
    forms = [f for key, group in wording_data()["openings"].items() if key != "about"
             for f in group]
    assert forms and not [f for f in forms if PARROT.search(f)]


@pytest.mark.parametrize("n", range(12))
def test_a_drafts_first_line_names_the_job_in_words_of_its_own(n):
    """Twelve jobs, held or over, with a reason or none: the first line names the job and its
    employer and does not say the question back."""
    title = ["Ferry Deckhand", "Print Finisher", "Orchard Picker", "Tram Controller"][n % 4]
    org = ["Solent Links", "Quarto Press", "Hallow Farm", "Metrolink North"][n % 4]
    ws = one_role_workspace({
        "title": title, "organization": org,
        "personal_value": "It showed me I could keep calm when it got busy" if n % 3 else "",
        "skills": [{"name": "radio procedure", "before": "novice", "after": "proficient"}],
        "results": [{"statement": f"I cut late departures from {12 + n} to 3 a month",
                     "enabled_by": ["radio procedure"]}]},
        "Operations Lead", start="2014-05", end=None if n % 2 else "2019-09")
    first = re.split(r"(?<=[.!?])\s+", plan_draft(ws, "r1", 90).text)[0]
    assert title.lower() in first.lower() and org in first, first
    assert not PARROT.search(first), first
