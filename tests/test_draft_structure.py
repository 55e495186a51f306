"""The story after the opening, the classes blind raters named in rounds r11 and r12:

- A. one skeleton: the growth line, the link and the close are chosen by what the entries
  hold (where the skill started, what kind of result it produced, whether a later use or a
  job still held ends the story), so drafts of different stories do not share them;
- B. note fragments: a note is said only when its main clause holds a subject and a finite
  verb (``spoken.note_clause``); a dropped "was" is said; a fragment is left out and asked for;
- C. links that hang together: a result the participant linked to nothing is told as a
  sentence of its own, never glued on with "I also" or "And"; the close names no skill again;
- D. the order of results: a real result without a number comes before a duty's count;
- E. the longer version tells every linked result and later use the entries hold, and the
  coach's questions say what to add to a thin one.

Every workspace here is the engineer's own (a print shop, a call centre, a bakery, a clinic,
a warehouse, a charity shop), none from the eval sets.
"""

from __future__ import annotations

import re

import pytest
from helpers_links import LINK
from helpers_sample import one_role_workspace

from workshop.check import check_answer
from workshop.draft import plan_draft
from workshop.draft_read import RoleReading
from workshop.model import Result, Role, Skill
from workshop.skill_story import also_grew_sentence, growth_sentence, later_use_sentence
from workshop.spoken import clause_in_past, note_clause
from workshop.wording import org_words, statement_sentence


def workspace(role: dict, title: str = "Operations Lead", goals: tuple[str, ...] = (),
              end: str | None = "2021-06"):
    return one_role_workspace(role, title, goals, start="2017-02", end=end)


def skill(name: str, before: str = "novice", after: str = "proficient", **more) -> dict:
    return {"name": name, "before": before, "after": after, **more}


PRINT = {"title": "Print Technician", "organization": "Inkwell Print Ltd",
         "skills": [skill("colour calibration", "competent", "expert",
                          used_later="I set up the colour checks at my next shop")],
         "results": [{"statement": "I cut reprints", "metric": "reprints", "value": 4,
                      "from_value": 19, "unit": "%", "scope": "company",
                      "enabled_by": ["colour calibration"]}]}
CALLS = {"title": "Call Handler", "organization": "Northgate Energy", "end": None,
         "skills": [skill("handling complaints", "advanced beginner", "proficient")],
         "results": [{"statement": "repeat complaints went down", "metric": "repeat complaints",
                      "value": 9, "from_value": 21, "unit": "%", "scope": "customers",
                      "enabled_by": ["handling complaints"]}]}
BAKERY = {"title": "Shift Baker", "organization": "Crumb & Co",
          "skills": [skill("dough scaling")],
          "results": [{"statement": "we cut flour waste", "metric": "flour waste", "value": 30,
                       "from_value": 55, "unit": "kg a week", "scope": "team",
                       "enabled_by": ["dough scaling"]}]}
CLINIC = {"title": "Clinic Receptionist", "organization": "Elm Street Clinic",
          "organization_kind": "hospital",
          "skills": [skill("appointment booking systems", "novice", "competent",
                           used_later="I moved the physio practice I work at now to online "
                                      "booking")],
          "results": [{"statement": "I opened 40 new patient records a week", "metric": "",
                       "scope": "team", "enabled_by": ["appointment booking systems"]}]}
WAREHOUSE = {"title": "Stock Controller", "organization": "Brightline Depot", "end": None,
             "skills": [skill("cycle counting", "competent", "expert")],
             "results": [{"statement": "stock accuracy rose to 99%", "metric": "stock accuracy",
                          "value": 99, "unit": "%", "kind": "level", "scope": "company",
                          "enabled_by": ["cycle counting"]}]}
CHARITY = {"title": "Shop Volunteer Lead", "organization": "Second Chance Charity Shop",
           "organization_kind": "non-profit",
           "skills": [skill("pricing donations", "advanced beginner", "competent")],
           "results": [{"statement": "I raised weekly takings", "metric": "takings",
                        "value": 2100, "from_value": 1400, "unit": "GBP", "scope": "company",
                        "enabled_by": ["pricing donations"]}]}
STORIES = {"print": PRINT, "calls": CALLS, "bakery": BAKERY, "clinic": CLINIC,
           "warehouse": WAREHOUSE, "charity": CHARITY}


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if s]


def lead(sentence: str, n: int = 3) -> str:
    return " ".join(re.sub(r"[^\w' ]", "", sentence).lower().split()[:n])


# --- A. the structure follows the content ---------------------------------------------------


def test_stories_of_different_shapes_do_not_share_a_link_or_a_close():
    """Six stories (skills that started from nothing or from some, a result that is the
    speaker's, a team's, a clause or a level, jobs held and over): no middle sentence opens
    the same way in more than two of them, and no two end alike."""
    middles: dict[str, set[str]] = {}
    closes: dict[str, set[str]] = {}
    for name, role in STORIES.items():
        told = sentences(plan_draft(workspace(role, goals=()), seconds=90).text)
        assert len(told) >= 2, told  # no stock close: a thin story may be two sentences
        for sentence in told[1:-1]:
            middles.setdefault(lead(sentence), set()).add(name)
        closes.setdefault(lead(told[-1], 4), set()).add(name)
    assert max(len(v) for v in middles.values()) <= 2, middles
    assert max(len(v) for v in closes.values()) <= 2, closes


@pytest.mark.parametrize("before", ["novice", "advanced beginner", "competent"])
@pytest.mark.parametrize("name", ["colour calibration", "handling complaints", "dough scaling",
                                  "appointment booking systems",
                                  "calming customers who ring in angry about a bill"])
@pytest.mark.parametrize("current", [True, False])
def test_every_growth_wording_is_read_as_growth_by_the_answer_check(before, name, current):
    """However the growth line is worded (each form, each start), the answer check finds a
    named skill that grew in it: varying the words never costs the draft its first pillar."""
    grown = Skill(name=name, before=before, after="expert")
    for variant in range(6):
        said = growth_sentence(grown, current, variant)
        assert check_answer(said).finding("skill_growth").ok, said
        also = also_grew_sentence(grown, current, variant)
        assert check_answer(also).finding("skill_growth").ok, also


def test_where_the_skill_started_decides_the_growth_line():
    """A skill noted as new ("novice") is told as learned in that job; one the speaker had
    some of is told as one the job made them better at, never as new, nor as a start the
    kit makes up ("knew nothing", "no experience": a level on a form is not what happened)."""
    fresh = growth_sentence(Skill(name="dough scaling", before="novice", after="competent"),
                            False, 0)
    some = [growth_sentence(Skill(name="dough scaling", before="competent", after="expert"),
                            False, v) for v in range(3)]
    assert re.search(r"\blearned\b", fresh), fresh
    assert not any(re.search(r"\blearned\b", s) for s in some), some
    assert all("better at dough scaling" in s for s in some), some
    made_up = r"from scratch|from nothing|new to|knew nothing|knowing nothing|no experience"
    assert not any(re.search(made_up, s) for s in [fresh, *some])


def test_a_long_doing_is_said_last_in_its_growth_line():
    """A skill named by a long doing ends its sentence: never "I learned calming customers
    who ring in angry about a bill from scratch"."""
    for before in ("novice", "competent"):
        grown = Skill(name="calming customers who ring in angry about a bill", before=before,
                      after="expert")
        for variant in range(4):
            said = growth_sentence(grown, False, variant)
            assert said.endswith("about a bill."), said
        also = also_grew_sentence(grown, False, 0)
        assert before != "novice" or also.endswith("about a bill."), also


def test_without_a_goal_backed_the_story_ends_on_what_happened():
    """No goal backed: no stock close after the story (neither the next step as "your
    Operations Lead" nor building on it); the last sentence is the story's own, a result or
    a later use. With a goal the story backs, the same: the goal is not said back as a
    tagline ("So cutting reprints is familiar ground for me.": blind raters, r17)."""
    held = sentences(plan_draft(workspace(WAREHOUSE, end=None)).text)[-1]
    later = sentences(plan_draft(workspace(PRINT)).text)[-1]
    for last in (held, later):
        assert "Operations Lead" not in last and "your" not in last, last
    assert "99%" in held and "next shop" in later, (held, later)
    goal = sentences(plan_draft(workspace(PRINT, goals=("Cut reprints",))).text)[-1]
    assert goal == later and "cutting reprints" not in goal.lower(), goal


# --- B. a note is a sentence, or it is not said -------------------------------------------


@pytest.mark.parametrize("note", [
    "fewer stock-outs when ordering so cash is freed by 8%",
    "+3.1% against a store that was flat",
    "better rotas, which meant less agency spend",
    "quicker turnaround on proofs",
])
def test_a_note_whose_main_clause_has_no_verb_is_a_fragment(note):
    assert note_clause(note) == "", note


@pytest.mark.parametrize("note, said", [
    ("invoice backlog cleared in 3 weeks", "invoice backlog was cleared in 3 weeks"),
    ("delivery costs lowered by 12%", "delivery costs were lowered by 12%"),
    ("proof turnaround time halved", "proof turnaround time halved"),
    ("complaint rates fell 20%", "complaint rates fell 20%"),
    ("the spring raffle raised £640", "the spring raffle raised £640"),
    ("the new rota I drew up cut agency spend", "the new rota I drew up cut agency spend"),
    ("our clinic passes every audit", "our clinic passes every audit"),
])
def test_a_note_with_a_subject_and_a_verb_is_said_whole(note, said):
    """A past verb that needs an object, after a noun, with none after it, had its "was"
    dropped in the note: it is said; a sentence that has its verb is said as it is."""
    assert note_clause(note) == said


def test_a_present_verb_after_a_noun_is_said_in_the_past_for_a_job_that_is_over():
    assert clause_in_past("Our clinic passes every audit.") == "Our clinic passed every audit."
    assert clause_in_past("Fewer parcels reach the depot late.") == \
        "Fewer parcels reached the depot late."
    # a plural noun before a verb is no verb: "new starters use the guide"
    assert clause_in_past("New starters use the guide.") == "New starters used the guide."


def test_a_fragment_result_is_left_out_and_the_coach_asks_for_a_sentence():
    role = {**PRINT, "results": [
        PRINT["results"][0],
        {"statement": "less ink wasted when mixing so stock is saved by 6%", "scope": "team"}]}
    plan = plan_draft(workspace(role))
    assert "ink" not in plan.text and "mixing" not in plan.text, plan.text
    asked = [q for q in plan.questions if q.code == "statement"]
    assert asked and "ink wasted" in asked[0].text, plan.questions


def test_a_dropped_was_is_said_in_the_draft():
    role = {**BAKERY, "results": [
        BAKERY["results"][0],
        {"statement": "oven downtime cut in half", "metric": "oven downtime", "value": 50,
         "unit": "%", "scope": "team", "enabled_by": ["dough scaling"]}]}
    text = plan_draft(workspace(role, goals=("reduce oven downtime",))).text
    assert "downtime was cut in half" in text, text
    assert "downtime cut in half" not in text, text


def test_a_later_use_noted_with_a_bare_tail_is_said_as_a_clause():
    note = later_use_sentence(Skill(name="colour calibration", before="novice",
                                    after="expert",
                                    used_later="wrote the shop's colour guide, still in use"),
                              0, False, named=True)
    assert "colour guide, which is still in use" in note, note


# --- C. links that hang together ---------------------------------------------------------


def test_an_unlinked_further_result_is_told_with_no_glue():
    """A result linked to no skill is told in the participant's words: as a sentence of its
    own, or told together with the result before it by "and" (``draft_links.told_together``),
    never with an "I also" or a sentence-opening "And"."""
    role = {**PRINT, "results": [
        PRINT["results"][0],
        {"statement": "I cut paper costs by 12%", "metric": "paper costs", "value": 12,
         "unit": "%", "scope": "company"}]}
    text = plan_draft(workspace(role, goals=("cut paper costs",))).text
    assert re.search(r"(?:I| and) cut paper costs by 12%\.", text), text
    assert not re.search(r"\b(?:I also|And I|And) cut paper", text), text
    assert not re.search(LINK + r"I cut paper",
                         text), text


def test_a_result_linked_to_nothing_is_never_told_as_the_skills_effect():
    role = {**CHARITY, "results": [{**CHARITY["results"][0], "enabled_by": []}]}
    text = plan_draft(workspace(role)).text
    assert "I raised weekly takings" in text, text
    assert not re.search(r"(?:how|when|had that skill,|why|numbers:) I raised", text), text


# --- D. a result before a duty -------------------------------------------------------------


def test_a_real_result_without_a_number_comes_before_a_duty_with_one():
    role = {"title": "Call Handler", "organization": "Northgate Energy",
            "skills": [skill("call handling")],
            "results": [{"statement": "I answered 70 calls a day", "value": 70,
                         "unit": "calls a day", "scope": "team"},
                        {"statement": "I cut overtime on the team", "scope": "team",
                         "enabled_by": ["call handling"]}]}
    read = RoleReading(Role.from_dict({"id": "r1", **role}))
    assert read.results()[0][1].statement == "I cut overtime on the team"
    text = plan_draft(workspace(role)).text
    assert "overtime" in text, text
    calls = text.find("70 calls")
    assert calls < 0 or text.find("overtime") < calls, text


def test_the_result_reading_says_whether_a_sentence_is_a_result_at_all():
    org = org_words(Role(id="r", title="Baker", organization="Crumb & Co"))
    duty, _ = statement_sentence(Result(statement="I answered 70 calls a day"), org)
    change, _ = statement_sentence(Result(statement="I cut overtime"), org)
    assert not check_answer(duty).finding("company_result").ok
    assert check_answer(change).finding("company_result").ok


# --- E. the longer version tells what the entries hold ---------------------------------------


def test_the_long_version_tells_every_linked_result_and_later_use():
    role = {**PRINT,
            "skills": [PRINT["skills"][0],
                       skill("press maintenance",
                             used_later="I now train the apprentices on press care")],
            "results": [PRINT["results"][0],
                        {"statement": "I cut press downtime", "metric": "press downtime",
                         "value": 6, "from_value": 14, "unit": "hours a month",
                         "scope": "company", "enabled_by": ["press maintenance"]},
                        {"statement": "I brought ink spend down", "metric": "ink spend",
                         "value": 3000, "unit": "GBP", "kind": "amount", "scope": "company",
                         "enabled_by": ["colour calibration"]}]}
    text = plan_draft(workspace(role), seconds=90).text
    for told in ("reprints", "press downtime", "ink spend", "colour checks", "apprentices"):
        assert told in text, (told, text)


def test_a_thin_story_gets_questions_that_say_what_to_add():
    role = {"title": "Packer", "organization": "Brightline Depot",
            "skills": [skill("packing")],
            "results": [{"statement": "I packed orders faster", "scope": "team"}]}
    plan = plan_draft(workspace(role), seconds=90)
    codes = {q.code for q in plan.questions}
    assert {"how_far", "used_later", "number"} <= codes, codes
    assert plan.seconds < 60  # short, never padded: the questions say what would add to it


def test_a_metric_said_by_its_initials_is_not_said_again():
    """"on-time delivery went up" with the metric "OTD": the number joins the verb ("went up
    by 6 percentage points"), never "..., a rise of 6 percentage points in OTD"."""
    role = {**WAREHOUSE, "results": [
        {"statement": "on-time delivery went up", "metric": "OTD", "value": 6,
         "unit": "percentage points", "scope": "customers", "enabled_by": ["cycle counting"]}]}
    text = plan_draft(workspace(role, end=None)).text
    assert "on-time delivery went up by 6 percentage points" in text.lower(), text
    assert "in OTD" not in text, text


def test_a_result_of_a_second_skill_is_told_after_that_skill_is_named():
    """A further result the participant linked to a second skill is told right after that
    skill's growth line, as what it produced there, never before the skill is named nor
    after its later use somewhere else."""
    role = {**PRINT,
            "skills": [PRINT["skills"][0],
                       skill("press maintenance",
                             used_later="I set up the maintenance log at my next shop")],
            "results": [PRINT["results"][0],
                        {"statement": "I cut press downtime", "metric": "press downtime",
                         "value": 6, "from_value": 14, "unit": "hours a month",
                         "scope": "company", "enabled_by": ["press maintenance"]}]}
    text = plan_draft(workspace(role), seconds=90).text
    named, result, later = (text.find("press maintenance"), text.find("press downtime"),
                            text.find("maintenance log"))
    assert 0 <= named < result < later, text


@pytest.mark.parametrize("clause", [
    "I set up weekly check-ins so they didn't feel alone.",
    "We couldn't stop every late delivery, but we wasn't far off.",
    "I'd say we're proud of it.",
    "They weren't sure, and I'd already planned the cover.",
])
def test_a_contraction_is_read_whole_when_a_clause_is_put_in_the_past(clause):
    """"they didn't" is never "they didned't": a word with an apostrophe is read whole, and
    a contraction is no plain verb to put in the past."""
    said = clause_in_past(clause)
    assert said == clause, said
    assert not re.search(r"\w+ed['’]\w", said), said


@pytest.mark.parametrize("clause, said", [
    ("We felt calmer after the change.", "We felt calmer after the change."),
    ("I felt ready to lead the shift.", "I felt ready to lead the shift."),
    ("They seem happier since we start the rota.",
     "They seemed happier since we started the rota."),
    # a present the kit does not know ("sing") leaves the whole sentence as typed: never
    # half in the past ("They sing along since we started ...")
    ("They sing along since we start the rota.", "They sing along since we start the rota."),
])
def test_only_a_known_verb_is_put_in_the_past(clause, said):
    """A word the kit does not know as a verb's plain form is left as written ("felt" is
    never "felted"); a known one is put in the past ("start" -> "started"), and a sentence
    with a present the kit does not know stays as the participant wrote it."""
    assert clause_in_past(clause) == said
