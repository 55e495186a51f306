"""A draft that is told, not stacked (issue 20, blind round r16): every sentence carries
something of the entries, results are told together, and the close is never a stock line.

Raters' classes, each tested with entries written for this file and look-alikes that must not
change: a bare glue line ("I used that skill too.") with nothing of the entries in it; a second
skill said on its own with nothing after it (an orphan last line); a skill that is the role's
own title told as "also learned"; results stacked one line each; a close about the skill's
name or in a robotic frame ("That is what X looked like in that job").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers_sample import one_role_workspace
from helpers_scripts import load_script

from workshop.check import check_answer
from workshop.draft import plan_draft
from workshop.draft_later import own_duty
from workshop.draft_links import MOST_WORDS, joined_pair, told_together
from workshop.model import SCHEMA_VERSION, Skill, Workspace
from workshop.skill_story import also_with, later_use_sentence
from workshop.wording import content_stems

ROOT = Path(__file__).resolve().parent.parent


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9£$€])", text.strip()) if s]


def _skill(name: str, note: str, before: str = "novice", after: str = "proficient") -> Skill:
    return Skill(name=name, before=before, after=after, used_later=note)


# --- a later use is one sentence with its note -------------------------------------------------

NOTES = [
    "At Brookfield I plan the delivery rounds for 9 vans",  # a place, then its own subject
    "Now I teach the new starters how to read a tide table",  # told in the present
    "My next team uses the same stock sheet I drew up",  # another subject
]


@pytest.mark.parametrize(("note", "when", "said"), [
    ("At Brookfield I plan the delivery rounds for 9 vans", "next",
     "Today I use it at Brookfield to plan the delivery rounds for 9 vans."),
    ("At Brookfield I plan the delivery rounds for 9 vans", "",
     "At Brookfield I use it to plan the delivery rounds for 9 vans."),
    ("I plan the delivery rounds for 9 vans", "since",  # a use told in the present (draft56)
     "These days I plan the delivery rounds for 9 vans."),
    ("cut fuel costs again when I took over the depot", "next",
     "In my next job, I went on to cut fuel costs again when I took over the depot."),
    ("cut fuel costs again when I took over the depot", "same",
     "Later in that job, I went on to cut fuel costs again when I took over the depot."),
    ("At Brookfield I use it for the weekend rota", "since",
     "I still use it at Brookfield for the weekend rota."),
])
def test_a_later_use_is_told_as_what_the_skill_was_used_for(note, when, said):
    """The note's own grammar makes the sentence: its place or time first, then the skill as
    what was used, then the participant's doing, in its tense."""
    assert later_use_sentence(_skill("route planning", note), 0, False, named=True,
                              when=when) == said


def test_a_note_that_is_no_doing_stands_alone():
    """"I'm the depot lead now" says no doing the skill was used for: the note is said as it
    is, with no lead before it."""
    said = later_use_sentence(_skill("route planning", "I'm the depot lead at Brookfield now"),
                              0, False, named=True, when="since")
    assert said == "I'm the depot lead at Brookfield now.", said


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("when", ["", "next", "since", "same"])
@pytest.mark.parametrize("current", [False, True])
def test_a_later_use_is_never_a_bare_lead_before_its_note(note, when, current):
    """Whatever the time the entries hold, the note is said in the one sentence that says the
    skill was used: no "I used that skill too." standing alone before it, and no lead with a
    colon (a label)."""
    said = later_use_sentence(_skill("route planning", note), 3, current, named=True,
                              when="" if current else when)
    assert said, note
    assert len(_sentences(said)) == 1 and ":" not in said, said
    assert content_stems(note) <= content_stems(said), (note, said)


@pytest.mark.parametrize("note", NOTES[:2])
@pytest.mark.parametrize("when", ["next", "since"])
def test_a_later_use_at_a_time_the_entries_hold_is_credited_by_the_check(note, when):
    """Told in one sentence, the speaker's own later doing at a time the entries place after
    the job reads as a later use to the answer check. (A note whose subject is someone else,
    NOTES[2], is said as it is, with no lead: 04's score reads it the same way,
    ``workshop.used_later``.)"""
    skill = _skill("route planning", note)
    text = ("I learned route planning in that job. "
            + later_use_sentence(skill, 0, False, named=True, when=when))
    assert check_answer(text).finding("used_later").ok, text


# --- a second skill said with what it carries ------------------------------------------------

@pytest.mark.parametrize(("after", "joined"), [
    ("I still use that skill, and now I run the stall at two markets.",
     "I also learned bookkeeping in that job, which I still use, and now I run the stall"),
    ("At Dockside I use that skill to run the stall.",
     "I also learned bookkeeping in that job, which I use at Dockside to run the stall."),
    ("In my next job, I used that skill to set up the tills.",
     "I also learned bookkeeping in that job, which I used in my next job to set up the"),
    ("With my bookkeeping skills, I cut the month's paperwork from 3 days to 1.",
     "I also learned bookkeeping in that job and cut the month's paperwork"),
    ("We closed the books 2 days early every quarter.",
     "I also learned bookkeeping in that job, and we closed the books"),
    ("After that, I set up a weekly cash sheet for the shop.",
     "I also learned bookkeeping in that job and set up a weekly cash sheet"),  # r27
])
def test_a_second_skill_is_one_sentence_with_its_later_use_or_result(after, joined):
    said = also_with("I also learned bookkeeping in that job.", after)
    assert said.startswith(joined), said
    assert len(_sentences(said)) == 1, said


def test_a_note_with_a_clause_of_its_own_is_not_chained_to_a_second_which():
    """A note that holds its own ", which ..." or ", so ..." is said after the skill's
    sentence as written, never after a "which" of the kit's (two in one sentence)."""
    note = "At Dockside I run the stall, which is how we paid off the van"
    said = also_with("I also learned bookkeeping in that job.",
                     later_use_sentence(_skill("bookkeeping", note), 0, False, named=True,
                                        when="next"), note)
    assert said == ("I also learned bookkeeping in that job: at Dockside I run the stall, which "
                    "is how we paid off the van."), said
    assert said.count("which") == 1


@pytest.mark.parametrize(("note", "when"), [
    ("I sell the same audits to other shops now", "since"),
    ("At Dockside I run the stall these days", "next"),
])
def test_a_time_the_note_says_is_not_said_again(note, when):
    """"I still use that skill to sell ... now" says the time twice: the note's own time
    word stands alone."""
    said = later_use_sentence(_skill("bookkeeping", note), 0, False, named=True, when=when)
    assert not re.search(r"\b(?:still|Today)\b", said), said
    assert re.search(r"\buse it\b", said), said  # the skill just told is "it" (r26)


@pytest.mark.parametrize("after", [
    "Sales went up. I kept the till right.",  # two sentences: not run together
    "I also kept the till right every week.",  # another "also": not "with it"
    "Sales went up by a third over the summer.",  # another subject, not a use of the skill
    "I still use that skill, and " + "every single week of the year " * 5 + "I do the books.",
])
def test_what_cannot_be_joined_follows_as_it_is(after):
    also = "I also learned bookkeeping in that job."
    assert also_with(also, after) == f"{also} {after}"


def test_a_second_skill_with_nothing_to_carry_is_not_said_bare():
    """A skill the job grew with no later use and no result of its own is never an "I also
    learned X." line, nor led into a close made from a goal's name ("..., so improving stock
    rotation is familiar ground for me": blind raters, r17, a tagline): it is left to the
    coach, whatever the goals."""
    role = {"title": "Market Trader", "organization": "Harbourside Market",
            "skills": [{"name": "stall layout", "before": "novice", "after": "proficient"},
                       {"name": "stock rotation", "before": "novice", "after": "competent"}],
            "results": [{"statement": "I raised weekly takings from £900 to £1,400",
                         "enabled_by": ["stall layout"]}]}
    for goals in (("improve stock rotation",), ("open a second stall",)):
        ws = one_role_workspace(role, "Shop Manager", goals, start="2018-01", end="2022-03")
        text = plan_draft(ws, "r1", 90).text
        last = _sentences(text)[-1]
        assert "stock rotation" not in text, text
        assert not re.search(r"\balso (?:learned|picked up|got better at)\b[^,]*\.$", last), text


@pytest.mark.parametrize(("skill", "title", "duty"), [
    ("night audit and end of day", "Night Auditor", True),
    ("front desk", "Front Desk Agent", True),
    ("precepting new grads", "Charge Nurse", False),
    ("territory planning", "Territory Sales Representative", False),  # one word of two
    ("property accountability", "Supply Sergeant", False),
])
def test_a_skill_that_is_the_job_itself_is_its_own_duty(skill, title, duty):
    role = one_role_workspace({"title": title, "organization": "X"}, "Y", start="2019-01",
                              end="2020-01").roles[0]
    assert own_duty(_skill(skill, ""), role) is duty


def test_the_job_itself_is_never_also_learned():
    """A Night Auditor's "night audit" with a later use is named in that use, never told as
    something the job "also" taught."""
    ws = Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Front Office Manager", "goals": []},
        "roles": [{"id": "r1", "title": "Night Auditor", "organization": "Quayside Hotel",
                   "start": "2017-01", "end": "2020-06",
                   "skills": [{"name": "guest complaints", "before": "novice",
                               "after": "proficient"},
                              {"name": "night audit", "before": "novice", "after": "expert",
                               "used_later": "At Linden House I train every new auditor"}],
                   "results": [{"statement": "I cut complaint call-backs from 30 to 8 a month",
                                "enabled_by": ["guest complaints"]}]},
                  {"id": "r2", "title": "Front Office Supervisor", "organization":
                   "Linden House", "start": "2020-07", "end": None}],
        "answer": {"role_id": "r1", "text": ""}})
    text = plan_draft(ws, "r1", 90).text
    assert "train every new auditor" in text, text
    assert not re.search(r"also (?:learned|taught me|picked up)[^.]*night audit", text), text
    assert not re.search(r"picked up night audit", text), text


# --- results told together ---------------------------------------------------------------------

@pytest.mark.parametrize(("one", "two", "said"), [
    ("I packed 300 orders a day.", "I cut returns by a fifth.",
     "I packed 300 orders a day and cut returns by a fifth."),
    ("We fitted 40 boilers.", "We passed every gas safety audit.",
     "We fitted 40 boilers and passed every gas safety audit."),
    ("I rebuilt the booking form.", "No-shows fell from 12 to 3 a week.",
     "I rebuilt the booking form, and no-shows fell from 12 to 3 a week."),
    ("I ran the till, worth £2,000 a day.", "I trained 4 cashiers.",
     "I ran the till, worth £2,000 a day, and I trained 4 cashiers."),
])
def test_two_results_in_a_row_are_one_sentence(one, two, said):
    assert joined_pair(one, two) == said


@pytest.mark.parametrize(("one", "two"), [
    ("I rebuilt the rota, and overtime fell.", "I trained 4 cashiers."),  # its own ", and"
    ("I rebuilt the rota.", "With my rota skills, I cut agency shifts by half."),  # a link
    ("I rebuilt the rota.", "In 2021 I cut agency shifts by half."),  # a time of its own
    ("I rebuilt " + "the rota for the whole site " * 4 + ".", "I trained 4 cashiers."),
])
def test_results_that_would_not_read_as_one_stay_apart(one, two):
    assert joined_pair(one, two) == f"{one} {two}"
    assert len(joined_pair("I packed 3 orders.", "I cut returns.").split()) <= MOST_WORDS


def test_only_results_in_a_row_are_joined_and_a_third_stays_its_own():
    facts = {"I packed 300 orders a day.", "I cut returns by a fifth.",
             "Complaints fell to 2 a month."}
    text = ("It was my job at Parcelhub. I packed 300 orders a day. I cut returns by a fifth. "
            "Complaints fell to 2 a month. I still use that skill when I plan the bench.")
    said = told_together(text, facts)
    assert "I packed 300 orders a day and cut returns by a fifth. Complaints fell" in said, said
    assert said.startswith("It was my job at Parcelhub. ") and said.endswith("bench."), said
    # a result told between two other sentences is left as it is
    apart = "I packed 300 orders a day. It was busy. I cut returns by a fifth."
    assert told_together(apart, facts) == apart


def test_a_draft_with_several_results_tells_them_together_and_stays_strong():
    """Two results of one skill (the participant linked both to shift planning) are told as
    one sentence, in both versions, and the draft stays strong."""
    role = {"title": "Warehouse Team Leader", "organization": "Parcelhub",
            "skills": [{"name": "shift planning", "before": "novice", "after": "proficient"}],
            "results": [{"statement": "I cut late dispatches from 40 to 6 a week",
                         "enabled_by": ["shift planning"]},
                        {"statement": "I trained 18 new pickers"},
                        {"statement": "Pick accuracy rose from 96% to 99.5%",
                         "enabled_by": ["shift planning"]}]}
    ws = one_role_workspace(role, "Operations Manager", ("train new pickers",),
                            start="2019-01", end="2023-01")
    for seconds in (90, 30):
        plan = plan_draft(ws, "r1", seconds)
        lines = [s for s in _sentences(plan.text) if re.search(r"\d", s)]
        assert any(" and " in s for s in lines), plan.text
        assert all(len(s.split()) <= 40 for s in _sentences(plan.text)), plan.text
        assert check_answer(plan.text, ["train new pickers"]).verdict.strong, plan.text


# --- the close ---------------------------------------------------------------------------------

# --- the benchmark's figures ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def draft_eval():
    return load_script(ROOT / "benchmarks" / "draft_eval.py", "workshop_draft_eval_told")


def test_the_benchmark_counts_bare_glue_stacks_and_orphan_ends(draft_eval):
    ws = one_role_workspace({"title": "Baker", "organization": "Crumb & Co",
                             "skills": [{"name": "sourdough", "before": "novice",
                                         "after": "expert"}],
                             "results": [{"statement": "I sold 200 loaves a day"}]},
                            "Head Baker", start="2019-01", end="2022-01")
    glued = ("It was my job at Crumb & Co. I learned sourdough. I used that skill too. "
             "I have kept using that skill since. I sold 200 loaves a day.")
    assert draft_eval._bare_glue(glued, ws) == 2
    told = ("It was my job at Crumb & Co. I learned sourdough, which I still use, and I sold 200 "
            "loaves a day.")
    assert draft_eval._bare_glue(told, ws) == 0
    stacked = "Opening. I baked bread. Sales rose 5%. I sold 200 loaves a day."
    assert draft_eval._stacked(stacked)
    assert not draft_eval._stacked("Opening. I baked bread and sales rose 5%. I sold 200 loaves.")
    assert draft_eval._orphan_end("Opening. I baked bread. I also learned sourdough in that job.")
    assert draft_eval._orphan_end("Opening. I baked bread. I sold 200 loaves a day.")
    assert not draft_eval._orphan_end(
        "Opening. I baked bread. I also learned sourdough, which I still use when I teach.")
