"""A note's pointer is said only where the listener knows what it points at (issue 20, blind
raters r35: "'it' has no referent, the trust skill is never named", "'the same bookkeeping
habits' has nothing earlier to refer to", "'It turned out' has no setup").

Each class is tested on workspaces and sentences written for this file (a charge nurse, a
project manager, a teaching assistant, an office assistant, a clerk, a care worker writing in a
second language), with the look-alikes that must stay as typed: "the same day", "that year",
"this job", "it was hard", an "it" right after the sentence naming its skill.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers_sample import one_role_workspace

from workshop.coach import role_questions
from workshop.draft import plan_draft
from workshop.draft_read import RoleReading
from workshop.model import Result, Role, Skill
from workshop.referents import its_named, leaned, owner_it, pointers_told, untold_notes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_untold import untold_referents  # noqa: E402

OPENING = "I would point to my five years as a Charge Nurse at St Anne's Hospital. "


def _role(skills: list[dict], results: list[dict], *, current: bool = False) -> Role:
    return Role.from_dict({
        "id": "r1", "title": "Charge Nurse", "organization": "St Anne's Hospital",
        "organization_kind": "hospital", "start": "2016-04",
        "end": None if current else "2021-08", "summary": "", "skills": skills,
        "results": results, "personal_value": "",
        "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}})


def _workspace(skills: list[dict], results: list[dict], title="Project Manager",
               org="Kier", kind="company"):
    role = {"title": title, "organization": org, "organization_kind": kind, "summary": "",
            "skills": skills, "results": results, "personal_value": "",
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}
    return one_role_workspace(role, "Operations Manager", start="2016-04", end="2021-08")


# --- a skill note's own "it" -------------------------------------------------------------------

@pytest.mark.parametrize(("note", "after"), [
    ("used it on the £90m rail depot job", "on the 90m"),
    ("As an SEN TA with a boy with autism, it's how he went from 2 days to full time",
     "s how he"),
    ("In my new job I teach it to the new drivers", "to the new"),
    ("At the clinic i use it for check the wounds every day", "for check the"),
])
def test_a_skill_notes_own_it_is_read_as_the_skill(note, after):
    """The note's first thing is "it", the skill it is typed under, in any register."""
    assert owner_it(note).replace("£", "") == after


@pytest.mark.parametrize("note", [
    "automated the rota template, everyone on the ward uses it now",  # "it": the template
    "it was hard at first but I kept going",  # a dummy subject
    "it took a year before I was trusted with it",
    "It was my idea to run it on nights",
])
def test_an_it_that_means_something_else_is_no_skills_it(note):
    assert owner_it(note) == ""


def test_an_it_after_another_thing_is_said_as_the_skill():
    """"I learned X and delivered a £12m library ... I used it on ...": a listener takes "it"
    for the library, so the skill is named (r35: "'it' is vague; name the skill")."""
    ws = _workspace([{"name": "earned value", "before": "novice", "after": "proficient",
                      "used_later": "used it on the £90m rail depot job"}],
                    [{"statement": "I delivered a £12m library on time and £200k under budget",
                      "scope": "company", "enabled_by": ["earned value"]}])
    for seconds in (30, 90):
        text = plan_draft(ws, "r1", seconds).text
        assert "used it on" not in text
        assert "my skills in earned value on the £90m rail depot job" in text
        assert untold_referents(text, ws.role("r1")) == []


def test_an_it_subject_is_said_as_the_doing_it_means():
    skill = Skill(name="building trust with teenagers who don't trust adults", before="novice",
                  after="proficient", used_later="As a TA, it's how a boy went from 2 days a "
                                                 "week in class to full time")
    text = OPENING + "I ran the drop-in 3 nights a week. As a TA, it's how a boy went from 2 " \
                     "days a week in class to full time."
    said = its_named(text, [skill])
    assert "As a TA, building trust is how a boy went" in said
    assert untold_referents(text, _role([], [])) == []  # the benchmark needs the skill's note
    role = Role.from_dict({**_role([], []).to_dict(), "skills": [skill.to_dict()]})
    assert len(untold_referents(text, role)) == 1 and untold_referents(said, role) == []


@pytest.mark.parametrize("before", [
    "That was the job where I learned wound care.",
    "I got better at wound care there, and pressure ulcers went from 9 to 2 a quarter.",
])
def test_an_it_right_after_its_skill_stays(before):
    """The look-alike: "it" right after the sentence that ends on the skill is clear."""
    skill = Skill(name="wound care", before="novice", after="proficient",
                  used_later="used it every day on the surgical ward")
    text = f"{OPENING}{before} I used it every day on the surgical ward."
    assert its_named(text, [skill]) == text


# --- "the same X", "that X", "this X" ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We fixed the rota the same day.",
    "That year we won the regional award.",
    "This job taught me to stay calm.",
    "It was hard, but I stayed on nights.",
    "I learned that paperwork is how you take care of people.",
    "I wrote the checklist that still runs on the ward.",
    "I wrote a handover checklist. Two wards took that checklist up.",
    "We won the ward award again the same week.",
])
def test_look_alikes_stay_as_typed(sentence):
    role = _role([{"name": "handover", "before": "novice", "after": "competent"}], [])
    text = OPENING + sentence
    assert pointers_told(text, role) == text
    assert untold_referents(text, role) == []


@pytest.mark.parametrize(("current", "job"), [(False, "that job"), (True, "this job")])
def test_the_same_thing_of_a_later_use_is_said_as_what_same_means(current, job):
    """"I used the same bookkeeping habits as club treasurer": the same as in the job."""
    note = "Not Xero itself, but I used the same bookkeeping habits as club treasurer"
    role = _role([{"name": "Xero", "before": "novice", "after": "competent",
                   "used_later": note}], [], current=current)
    text = OPENING + "I also learned Xero there, and later I used the same bookkeeping " \
                     "habits as club treasurer."
    said = pointers_told(text, role)
    assert f"I used the bookkeeping habits from {job} as club treasurer." in said
    assert len(untold_referents(text, role)) == 1 and untold_referents(said, role) == []


def test_a_method_word_is_named_by_the_skill_that_holds_it():
    role = _role([{"name": "Lean process mapping", "before": "novice", "after": "proficient",
                   "used_later": "I used the same process at my next job"}], [])
    text = OPENING + "I cut invoice errors from 40 to 5 a month. I used the same process at " \
                     "my next job."
    assert pointers_told(text, role).endswith("I used Lean process mapping at my next job.")


def test_a_method_word_is_named_by_the_result_that_holds_it():
    role = _role([], [{"statement": "introduced a new rota system for the night shift"}])
    text = OPENING + "I trained the healthcare assistants on that new system."
    assert pointers_told(text, role).endswith(
        "I trained the healthcare assistants on the new rota system.")


@pytest.mark.parametrize("note", [
    "I used the same approach at my next hospital and waits fell there too",
    "at my new company i apply this method for all the orders",
])
def test_a_method_in_a_skill_s_later_use_is_that_skill(note):
    """A skill's later-use note's "the same approach" is the skill's own: kept as typed right
    after the skill is told, said by its name where something else was told last, so the later
    use (a pillar 04 scores) is never left out for want of a name, and no question is asked."""
    ws = _workspace([{"name": "patient flow", "before": "novice", "after": "proficient",
                      "used_later": note}],
                    [{"statement": "I cut A&E waits from 5 hours to 3", "scope": "department"}],
                    title="Charge Nurse", org="St Anne's Hospital", kind="hospital")
    role = ws.role("r1")
    assert untold_notes(role) == []
    said = note[:1].upper() + note[1:] + "."
    told = OPENING + "That was the job where I learned patient flow. " + said
    assert pointers_told(told, role) == told
    after_result = (OPENING + "I learned patient flow there. I rebuilt the discharge board and "
                    "cut the waits from 5 hours to 3. " + said)
    named = pointers_told(after_result, role)
    assert "my skills in patient flow" in named
    assert not any(w in named for w in ("approach", "method"))
    assert plan_draft(ws, "r1", 90).text.count(".") >= 3  # the later use is said


@pytest.mark.parametrize("part", [
    "I set up the same system on the night shift",
    "i brought in that new process myself",
])
def test_a_method_no_entry_tells_is_left_out_and_asked(part):
    """Never made up: the sentence goes, and the coach asks what the method was."""
    ws = _workspace([{"name": "patient flow", "before": "novice", "after": "proficient"}],
                    [{"statement": "We cut A&E waits from 5 hours to 3", "scope": "department",
                      "my_part": part}],
                    title="Charge Nurse", org="St Anne's Hospital", kind="hospital")
    role = ws.role("r1")
    assert [n[:3] for n in untold_notes(role)] == [("my_part", None, 0)]
    for seconds in (30, 90):
        text = plan_draft(ws, "r1", seconds).text
        assert text and not any(w in text for w in ("same system", "new process"))
    asked = [q for q in role_questions(ws, RoleReading(role))
             if (q.code, q.result) == ("my_part", 0)]
    assert len(asked) == 1


def test_a_method_told_before_is_no_question():
    role = _role([{"name": "triage", "before": "novice", "after": "proficient",
                   "used_later": "I used the same triage approach at my next hospital"}], [])
    assert untold_notes(role) == []


# --- a reason said short, with what it leans on --------------------------------------------

WHOLE = ("It taught me that paperwork is how you take care of people. If the property book was "
         "right, soldiers got what they needed, and I brought that discipline with me.")


@pytest.mark.parametrize(("said", "whole", "expected"), [
    ("If the property book was right, soldiers got what they needed, and I brought that "
     "discipline with me.", WHOLE, "If the property book was right, soldiers got what they "
                                   "needed."),
    ("It turned out I'm rather good at explaining technology to older people.",
     "I was nervous at first, but it turned out I'm rather good at explaining technology to "
     "older people.", "I found out I'm rather good at explaining technology to older people."),
    ("But it turned out that I was good with the angry customers.",
     "I hated the phones at first. But it turned out that I was good with the angry "
     "customers.", "I found out I was good with the angry customers."),
    (WHOLE, WHOLE, WHOLE),  # said whole: it leans on nothing left out
    ("My colleagues trusted me with the keys.", "I was new. My colleagues trusted me with the "
                                                "keys.", "My colleagues trusted me with the keys."),
])
def test_a_short_reason_never_leans_on_what_was_cut(said, whole, expected):
    assert leaned(said, whole) == expected


def test_the_benchmark_counts_each_class_once_per_sentence():
    role = _role([{"name": "Xero", "before": "novice", "after": "competent",
                   "used_later": "used it for the club accounts"}], [
        Result(statement="cleared the invoice backlog").to_dict()])
    text = (OPENING + "I cleared the invoice backlog in 3 weeks. I used it for the club "
            "accounts. We rolled that method out. Later I used the same tools as treasurer.")
    assert untold_referents(text, role) == [
        "We rolled that method out.", "Later I used the same tools as treasurer.",
        "I used it for the club accounts."]
