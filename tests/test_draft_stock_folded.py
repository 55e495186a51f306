"""A skill's growth said on what the participant tied to it, never as a free-standing line of
the kit's round its name (issue 20, s24): blind hiring managers quoted "That job is where I
learned X.", "It was in that job that I learned X.", "Over my time there I got better at X."
as the worst sentence. Where the participant linked a result to the skill in 03, the growth
and that result are one sentence ("I picked up stock control there and cut ..."); where
they did not, no link is made. A skill name typed as a joke or slang ("spreadsheet voodoo",
"herding drivers") is put in no frame of the kit's that makes it read as a formal skill.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.check import check_answer
from workshop.draft import offered_draft, plan_draft
from workshop.draft_compose import Piece, stock_folded
from workshop.growth_said import gave_clause, growth_clause, growth_lead, hedged, level_growth
from workshop.model import Skill
from workshop.skill_story import also_grew_sentence

# A free-standing line of the kit's round a skill's name (the forms of ``growth_levels``).
STOCK = re.compile(r"^(?:(?:That|This) (?:job|was the job) (?:is where|where|made me|taught)|"
                   r"It was in (?:that|this) job that|In (?:that|this) job I|"
                   r"Over my time there)\b")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text.strip())


def _ws(title, org, name, before, after, result, linked=True, current=False):
    role = {"title": title, "organization": org,
            "skills": [{"name": name, "before": before, "after": after, "used_later": ""}],
            "results": [{"statement": result, "scope": "team",
                         "enabled_by": [name] if linked else []}]}
    return one_role_workspace(role, "Operations Lead", start="2019-01",
                              end=None if current else "2022-01")


# Skills of every shape a growth line has: a noun, a tool, a doing whose verb is known,
# another doing, a language, a name ending in knowledge; a job over and a job held; a result
# of the speaker's own ("I cut ..."), a clause of its own ("turnover went down ..."). A result
# that is the skill's own doing ("I trained 18 baristas") is never joined to it
# (tests/test_draft_growth_shown.py).
CASES = [
    ("Warehouse Lead", "Dunmore Freight", "stock control", "novice", "proficient",
     "I cut write-offs from £8,000 to £2,000 a quarter", False),
    ("Payroll Clerk", "Hale & Brook", "Sage Payroll", "novice", "competent",
     "I cut late payments from 12 a month to 1", False),
    ("Nurse", "St Anne's", "precepting new grads", "advanced beginner", "proficient",
     "first-year turnover on my unit went down from 30% to 11%", False),
    ("Receptionist", "Oak Dental", "Spanish", "advanced beginner", "proficient",
     "I cut no-shows among Spanish-speaking patients from 20% to 8%", False),
    ("Claims Handler", "Northgate Mutual", "claims knowledge", "novice", "proficient",
     "I closed 30% more claims a month than the team average", True),
    ("Bus Driver", "First Bus", "route planning", "novice", "proficient",
     "I cut late departures on my routes from 16% to 9%", True),
]


@pytest.mark.parametrize("title, org, name, before, after, result, current", CASES)
def test_a_linked_result_carries_the_growth_in_one_sentence(title, org, name, before, after,
                                                            result, current):
    """With the result linked to the skill, neither version says a line of the kit's round the
    skill's name on its own: one sentence names the skill's growth and tells the result, and
    the answer check reads as much as before (growth and the result)."""
    ws = _ws(title, org, name, before, after, result, current=current)
    for seconds in (90, 30):
        text = offered_draft(ws, "r1", seconds).text
        assert not [s for s in _sentences(text) if STOCK.search(s)], text
        figure = re.search(r"\d[\d,]*", result).group(0)
        together = [s for s in _sentences(text) if figure in s and re.search(
            r"\b(?:learned|picked up|got better|improved|built up)\b", s)]
        assert len(together) == 1, text
        check = check_answer(text)
        assert check.finding("skill_growth").ok and check.finding("company_result").ok, text
        assert ":" not in text, text  # a join, never a label ("X: ...")
        if current:  # a job held is never "there" nor "over my time there"
            assert not re.search(r"\bthere\b", text), text


@pytest.mark.parametrize("title, org, name, before, after, result, current", CASES[:5])
def test_an_unlinked_result_is_never_joined_to_the_growth(title, org, name, before, after,
                                                          result, current):
    """Without the participant's link the result is not said as what the growth led to: no
    sentence holds both the growth and the result's figure."""
    ws = _ws(title, org, name, before, after, result, linked=False, current=current)
    text = offered_draft(ws, "r1", 90).text
    figure = re.search(r"\d[\d,]*", result).group(0)
    assert not [s for s in _sentences(text) if figure in s and re.search(
        r"\b(?:learned|picked up|got better|improved|built up)\b", s)], text


def test_the_fold_keeps_what_the_check_reads_and_leaves_other_sentences():
    """``stock_folded`` joins only a stock line and the piece right after it that carries the
    skill, by "and"; a line followed by anything else, or by a sentence pointing back ("that
    skill"), stays as it was; a later use keeps what the check reads in it, and the skill's
    name said again there becomes "it"."""
    line = Piece(1, 0, "That job is where I learned stock control.", stock=True,
                 ride="I learned stock control there")
    result = Piece(2, 0, "I cut stock write-offs from £8,000 to £2,000 a quarter.",
                   carries=True)
    text = f"It was my three years at Dunmore. {line.text} {result.text}"
    folded = stock_folded(text, [line, result])
    assert folded == ("It was my three years at Dunmore. I learned stock control there and cut "
                      "stock write-offs from £8,000 to £2,000 a quarter.")
    loose = Piece(2, 0, result.text)  # the participant linked it to no skill
    assert stock_folded(text, [line, loose]) == text
    back = Piece(2, 0, "I used that skill to cut stock write-offs by 75%.", carries=True)
    pointed = f"It was my three years at Dunmore. {line.text} {back.text}"
    assert stock_folded(pointed, [line, back]) == pointed
    twice = Piece(2, 0, "I trained 23 new drivers, and all passed.", carries=True)
    drivers = Piece(1, 0, "This job is where I learned to train the new drivers.", stock=True,
                    ride="I learned to train the new drivers here")
    said = f"{drivers.text} {twice.text}"  # joined, "new drivers" would be said twice
    assert stock_folded(said, [drivers, twice]) == said
    apart = f"{line.text} I led a team of six. {result.text}"
    assert stock_folded(apart, [line, result]) == apart
    care = Piece(1, 0, "That job is where I learned independent prescribing.", stock=True,
                 ride="I learned independent prescribing there")
    later = Piece(8, 0, "Now I run a polypharmacy clinic using independent prescribing.",
                  carries=True)
    folded = stock_folded(f"{care.text} {later.text}", [care, later])
    assert folded.count("independent prescribing") == 1, folded
    assert check_answer(folded).finding("used_later").ok == check_answer(
        f"{care.text} {later.text}").finding("used_later").ok, folded


def test_the_lead_names_the_job_held_here_and_one_over_there():
    """The growth's lead names the job held "here" and one that is over "there"."""
    skill = Skill("stock control", "novice", "proficient")
    assert re.search(r"\bhere\b", growth_lead(skill, True), re.I), growth_lead(skill, True)
    assert re.search(r"\bthere\b", growth_lead(skill, False), re.I), growth_lead(skill, False)
    assert growth_lead(Skill("stock control", "expert", "expert"), False) == ""


PLAYFUL = ["spreadsheet voodoo", "printer wizardry", "herding drivers", "Excel magic",
           "customer whispering", "rota ninja", "SQL guru"]


@pytest.mark.parametrize("name", PLAYFUL)
def test_a_skill_name_typed_as_a_joke_is_put_in_no_frame_of_the_kits(name):
    """A name typed as a joke or slang gets no growth sentence, clause or lead of the kit's:
    "I picked up herding drivers there" makes it read as a formal skill."""
    skill = Skill(name, "novice", "proficient")
    assert hedged(skill)
    assert level_growth(skill, False, 0) == gave_clause(skill, False, 0) == \
        growth_clause(skill, False, 0) == growth_lead(skill, False) == \
        also_grew_sentence(skill, False, 0) == ""


@pytest.mark.parametrize("name", ["stock control", "driver training", "Power BI",
                                  "fire safety", "magistrates' court work", "data wrangling",
                                  "guest relations", "dementia care"])
def test_a_plain_skill_name_is_not_taken_for_a_joke(name):
    """Look-alikes: a plain name, a real trade's words, keep their growth line."""
    skill = Skill(name, "novice", "proficient")
    assert not hedged(skill)
    assert level_growth(skill, False, 0)


def test_a_joke_name_is_not_said_in_the_draft_but_asked_about():
    """The draft keeps the participant's result and leaves the joke name out of the kit's
    frames; the coach asks how far it grew in their own words (nothing typed is lost)."""
    ws = _ws("Dispatcher", "Swift Couriers", "herding drivers", "novice", "proficient",
             "I cut late deliveries from 12% to 5%")
    plan = plan_draft(ws, "r1", 90)
    assert "12% to 5%" in plan.text and "herding drivers" not in plan.text, plan.text
    assert any(q.key.startswith("how_far") and "herding drivers" in q.text
               for q in plan.questions)


def test_every_lead_form_is_read_as_growth():
    """Each form of ``growth_leads`` (a piece of work's lead) and the leads it gives before a
    result are read as growth by the answer check, a job held and one over."""
    for before in ("novice", "advanced beginner"):
        skill = Skill("e-file introduction", before, "proficient")
        for current in (True, False):
            lead = growth_lead(skill, current)
            assert lead and check_answer(f"{lead}.").finding("skill_growth").ok, lead
            said = f"{lead}, and processing time fell from 42 days to 19."
            check = check_answer(said)
            assert check.finding("skill_growth").ok and check.finding("company_result").ok, said
