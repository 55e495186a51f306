"""One fact told once, and what each version keeps (issue 20, draft15).

Blind raters heard one change told twice ("I grew territory revenue from 0.9 to 1.4 million
USD. I hit 127% of quota and grew my territory from $0.9M to $1.4M"), a reason and a growth
line saying one thing ("What I valued most was X. That job is where I got good at X."), 30-second
drafts that told a second skill's later use but not the growth or the result that mattered, and
"90-second" drafts of 31 seconds. Each rule is for a class, with look-alikes that must not change.
"""

from __future__ import annotations

import json
import re

from helpers_sample import one_role_workspace
from helpers_scripts import load_script

from workshop.check import speaking_seconds
from workshop.coach import NINETY_MARK
from workshop.draft import THIN_SECONDS, offered_draft, plan_draft
from workshop.draft_compose import Piece, compose
from workshop.draft_read import facts_told
from workshop.store import dumps

# --- number identity ---------------------------------------------------------------------------


def test_one_change_in_two_spellings_is_one_fact():
    """A change, an amount or a share is the same fact however it is spelled: "$0.9M to $1.4M"
    and "0.9 to 1.4 million USD", "900,000 dollars to 1.4 million dollars"; a different
    figure, a change told without its start, or a small count is not."""
    assert facts_told("I grew revenue from 0.9 to 1.4 million USD.",
                      "I grew my patch from $0.9M to $1.4M, which won me an award.")
    assert facts_told("sales went from 900,000 dollars to 1.4 million dollars",
                      "sales grew from $0.9M to $1.4M")
    assert facts_told("I hit 127% of quota", "In 2020 I hit 127% of quota and won a trip")
    assert not facts_told("I cut costs by 12%", "I cut waste by 15%")
    assert not facts_told("turnover fell from 30% to 11%", "turnover is down to 11%")
    assert not facts_told("I trained 3 people", "I trained 3 people")  # a small count
    assert not facts_told("I ran the rota", "I ran the rota")  # no number: not this rule


SALES = {
    "title": "Territory Rep", "organization": "Brightmed",
    "skills": [{"name": "account planning", "before": "novice", "after": "proficient",
                "used_later": "At Vantio I plan my key accounts the same way"}],
    "results": [
        {"statement": "onboarded 35 new clinic customers", "value": 35, "unit": "customers",
         "metric": "new accounts", "scope": "customers", "enabled_by": ["account planning"]},
        {"statement": "grew territory revenue", "metric": "territory revenue",
         "from_value": 2.1, "value": 3.4, "unit": "million USD", "scope": "company"},
        {"statement": "I beat my target by 18% in 2021 and grew the territory from $2.1M to "
                      "$3.4M, which opened two hospital groups for the company",
         "scope": "company"},
    ],
}


def test_a_result_told_in_a_longer_result_by_its_numbers_is_told_once_in_the_participants_words():
    """The structured result's change is in the participant's own sentence in another
    spelling: the 90-second draft tells it once, in their sentence; a result with a number of
    its own is still told."""
    ws = one_role_workspace(SALES, "Account Executive", ("Grow territory revenue",),
                            start="2019-01", end="2022-06")
    text = plan_draft(ws, "r1", 90).text
    assert "from $2.1M to $3.4M" in text, text
    assert "million USD" not in text and text.count("3.4") == 1, text
    assert "35 new clinic customers" in text, text


# --- the reason and the growth ------------------------------------------------------------------


CARE = {
    "title": "Senior Carer", "organization": "Elm House",
    "personal_value": "What I valued most was mentoring the new carers. Seeing them settle in "
                      "and stay is what I am proudest of",
    "skills": [{"name": "mentoring new carers", "before": "competent", "after": "expert",
                "how_far": "At first I just let starters follow me around; by the end I ran "
                           "the induction week and paired every starter with a mentor"}],
    "results": [{"statement": "I mentored 22 new carers", "value": 22, "unit": "carers",
                 "scope": "team", "enabled_by": ["mentoring new carers"]},
                {"statement": "staff leaving in their first year went down", "from_value": 40,
                 "value": 15, "unit": "%", "period": "over two years", "scope": "company",
                 "enabled_by": ["mentoring new carers"]}],
}


def test_a_reason_about_the_storys_skill_leads_and_the_arc_follows_with_no_growth_line():
    """"What I valued most was mentoring" and "That job is where I got good at mentoring" are
    one fact: the reason is said, then the participant's arc, and no growth line names the
    skill again, in either version."""
    ws = one_role_workspace(CARE, "Care Home Manager", start="2017-01", end="2022-01")
    for seconds in (30, 90):
        text = plan_draft(ws, "r1", seconds).text
        assert "Mentoring the new carers" in text or "mentoring the new carers" in text, text
        assert "got good at mentoring" not in text and "growing my mentoring" not in text, text
        assert "by the end i ran the induction week" in text.lower(), text


def test_a_reason_about_something_else_keeps_the_growth_in_their_words():
    """A look-alike: a reason that does not name the skill ("I found I could keep calm")
    keeps the growth, told in the participant's own start and end with no stock line of the
    kit's before it ("Where I grew most in that job was X.": blind hiring managers, s18)."""
    other = {**CARE, "personal_value": "It showed me I could stay calm when a shift fell apart"}
    ws = one_role_workspace(other, "Care Home Manager", start="2017-01", end="2022-01")
    text = plan_draft(ws, "r1", 90).text
    assert "At first" in text and "By the end" in text, text
    assert not re.search(r"grew most|is where I|got good at|learned mentoring", text), text


def test_the_change_the_skill_made_leads_over_a_count_of_its_own_doing():
    """Both results are linked to the skill; "I mentored 22 new carers" only counts the
    skill's own doing, the fall in leavers is what it produced: the short version tells the
    change, the long one tells both."""
    ws = one_role_workspace(CARE, "Care Home Manager", start="2017-01", end="2022-01")
    short = plan_draft(ws, "r1", 30).text
    assert "from 40% to 15%" in short, short
    long = plan_draft(ws, "r1", 90).text
    assert long.index("from 40% to 15%") < long.index("22 new carers"), long


# --- what the 30-second version keeps -----------------------------------------------------------


COOK = {
    "title": "Sous Chef", "organization": "The Anchor",
    "personal_value": "It was the first kitchen where I was trusted with the money side",
    "skills": [{"name": "stock ordering", "before": "novice", "after": "proficient",
                "how_far": "At first I ordered what the head chef told me; by the end I did "
                           "all the ordering myself",
                "used_later": "At Riverside Kitchen I order for two sites"},
               {"name": "food safety", "before": "advanced beginner", "after": "expert",
                "used_later": "At Riverside Kitchen I wrote the allergen procedure for both "
                              "sites"}],
    "results": [{"statement": "I cut food cost from 33% to 27% in a year", "scope": "company",
                 "enabled_by": ["stock ordering"]},
                {"statement": "We passed every inspection with top marks", "scope": "company",
                 "enabled_by": ["food safety"]}],
}


def test_the_short_version_tells_one_skill_and_the_long_one_the_second():
    """The 30-second version tells the story's skill: how far it grew, its result, its later
    use; the second skill and its later use are the 90-second version's."""
    ws = one_role_workspace(COOK, "Kitchen Manager", start="2016-01", end="2021-01")
    short = plan_draft(ws, "r1", 30).text
    assert "27%" in short and "allergen" not in short and "food safety" not in short, short
    long = plan_draft(ws, "r1", 90).text
    assert "allergen" in long, long


def test_where_the_time_is_short_the_arc_stays_and_the_later_use_gives_way():
    """``compose`` with a hard cap: the participant's growth words (``spare`` 3) stay and a
    later use that does not fit gives way; no later use takes the arc's place."""
    story = [Piece(0, 0, "one two three"), Piece(1.1, 0, "four five six", spare=3),
             Piece(2, 0, "seven eight")]
    later = Piece(8, 1, "nine ten eleven twelve")
    assert compose(story + [later], 8, 9, hard=True) == "one two three four five six seven eight"
    assert compose(story + [later], 8, 12, hard=True).endswith("nine ten eleven twelve")


# --- entries too thin for 90 seconds ------------------------------------------------------------


THIN = {
    "title": "Barista", "organization": "Bean There",
    "skills": [{"name": "latte art", "before": "novice", "after": "proficient"},
               {"name": "stock rotation", "before": "novice", "after": "competent",
                "used_later": "At Grind House I set up the milk rotation for the bar"}],
    "results": [{"statement": "I cut milk waste by a third", "scope": "team",
                 "enabled_by": ["stock rotation"]}],
}


def test_thin_entries_get_one_draft_at_both_lengths_and_a_question_per_missing_piece():
    """Under ``THIN_SECONDS``: the same draft at both lengths, its real time; the reason is
    asked first (none given), then how long the entries hold with no separate 90-second
    version, then one question per missing piece, marked, each a different piece."""
    ws = one_role_workspace(THIN, "Cafe Manager", start="2019-01", end="2022-01")
    long, short = offered_draft(ws, "r1", 90), offered_draft(ws, "r1", 30)
    assert long.thin and long.text == short.text, (long.text, short.text)
    assert long.seconds == speaking_seconds(long.text) < THIN_SECONDS
    assert plan_draft(ws, "r1", 90).thin  # the composition knows it is thin too
    codes = [q.code for q in long.questions]
    assert codes[:2] == ["personal_value", "length"], codes
    assert "no separate 90-second version" in long.questions[1].text
    marked = [q for q in long.questions if q.text.endswith(NINETY_MARK)]
    assert marked and len({q.key for q in marked}) == len(marked), long.questions
    assert all(q.code != "length" for q in short.questions)


def test_entries_that_hold_a_90_second_answer_are_not_thin():
    """A look-alike with more in it: two versions, no marked questions."""
    rich = {**COOK, "summary": "Ran the pass and the ordering for a 120-cover pub kitchen",
            "results": [*COOK["results"],
                        {"statement": "I cut the weekly order time from 6 hours to 2",
                         "scope": "team", "enabled_by": ["stock ordering"]}]}
    ws = one_role_workspace(rich, "Kitchen Manager", ("control food costs",), start="2016-01",
                            end="2021-01")
    plan = offered_draft(ws, "r1", 90)
    assert not plan.thin and plan.seconds >= THIN_SECONDS, plan.text
    assert plan.text != offered_draft(ws, "r1", 30).text
    assert not any(q.text.endswith(NINETY_MARK) for q in plan.questions)


def test_the_coach_asks_for_the_reason_first_only_where_there_is_a_story():
    """No reason given and a story to tell: the first question asks what the job gave; with
    no story at all, what to add to the entries comes first."""
    ws = one_role_workspace(THIN, "Cafe Manager", start="2019-01", end="2022-01")
    assert plan_draft(ws, "r1", 30).questions[0].code == "personal_value"
    bare = one_role_workspace({"title": "Runner", "organization": "Bean There"}, "Cafe Manager",
                              start="2019-01", end="2022-01")
    assert plan_draft(bare, "r1", 30).questions[0].code != "personal_value"


def test_the_benchmark_counts_thin_roles_and_dumps_no_90_second_text_for_them(tmp_path):
    """``benchmarks/draft_eval.py``: a thin role's 90-second row is marked too thin and the
    dump for raters holds an empty 90-second text; the 30-second one is kept."""
    from pathlib import Path

    script = load_script(Path(__file__).resolve().parent.parent / "benchmarks" /
                         "draft_eval.py", "draft_eval_once")
    path = tmp_path / "ws01.json"
    ws = one_role_workspace(THIN, "Cafe Manager", start="2019-01", end="2022-01")
    path.write_bytes(dumps(ws))
    rows = script.measure(path)
    by_length = {r["length"]: r for r in rows}
    assert by_length[90]["too_thin"] and not by_length[30]["too_thin"]
    totals = script.summarise(rows)
    assert (totals["90 offered"], totals["too thin"]) == ("0/1", "1/1")
    out = tmp_path / "dump.md"
    script._dump({"dev": rows}, out)
    parts = out.read_text(encoding="utf-8").split("## ")
    ninety = next(p for p in parts if "(90 s)" in p)
    thirty = next(p for p in parts if "(30 s)" in p)
    assert ninety.split("\n", 1)[1].strip() == ""
    assert by_length[30]["text"] in thirty
    json.dumps(totals)  # the figures print as JSON too
