"""The coach's questions fit the entry they are about (issue 20, round 29): no "by how much"
of a pass, an award, a rating or a yes/no outcome; no "which skill made it possible?" of a
problem or a situation; a link question that offers a skill once, and the skill the participant
named in another job; no "where did you use it later?" where the entries already name the later
job, and a plan never taken for a use. Each with look-alikes that keep their questions."""

from __future__ import annotations

import pytest

from workshop.coach import apply_reply
from workshop.draft import coach_questions, plan_draft
from workshop.model import Result, Role, Skill, Workspace


def _role(results=(), skills=None, rid="r1", start="2018-01", end="2021-01", **kw) -> Role:
    skills = skills if skills is not None else (
        Skill("stock rotation", "novice", "proficient"), Skill("supplier calls", "novice",
                                                              "competent"))
    return Role(id=rid, title=kw.pop("title", "Store Assistant"),
                organization=kw.pop("organization", "Pellworth Farm Shop"), start=start,
                end=end, skills=tuple(skills), results=tuple(results), **kw)


def _asked(ws: Workspace, role_id: str = "r1", result: int | None = None, code: str = ""):
    return [q for q in coach_questions(ws, role_id)
            if (result is None or q.result == result) and (not code or q.code == code)]


@pytest.mark.parametrize("statement", [
    "passed the environmental health inspection",
    "got the bakery certified organic",
    "named apprentice of the year by the county guild",
    "our shop was top rated on the local review site",
    "kept our biggest wholesale customer",
    "nobody on my crew was injured all season",
    "opened the new farm kitchen on schedule",
])
def test_an_outcome_with_no_size_is_asked_what_it_meant_never_by_how_much(statement):
    """A pass, an award, a rating or a yes/no outcome has no "from what to what": the coach
    asks what it meant for the organisation, on the result's sentence."""
    ws = Workspace(roles=(_role([Result(statement)]),))
    asked = _asked(ws, result=0)
    assert not [q for q in asked if q.code in ("number", "from_to")], asked
    meant = [q for q in asked if q.code == "meaning"]
    assert meant and "mean for the organisation" in meant[0].text
    assert "needs no figure" in meant[0].text


def test_what_an_outcome_meant_is_added_to_it_and_the_outcome_stays():
    """The reply to "what did it mean?" goes after the result typed, never in its place; a
    reply that says the result again in full takes its place, as "say it again" does."""
    ws = Workspace(roles=(_role([Result("passed the environmental health inspection")]),))
    meant = _asked(ws, result=0, code="meaning")[0]
    after = apply_reply(ws, "r1", meant, "it meant the council kept sending us its catering")
    statement = after.role("r1").results[0].statement
    assert statement.startswith("passed the environmental health inspection")
    assert "council kept sending us its catering" in statement
    assert "environmental health inspection" in plan_draft(after, "r1").text
    again = apply_reply(ws, "r1", meant, "We passed the environmental health inspection, so "
                                         "the council renewed our catering licence.")
    assert again.role("r1").results[0].statement.count("environmental health inspection") == 1


@pytest.mark.parametrize("statement", [
    "passed on customer feedback to the owners",
    "got the hedge-cutting rota sorted",
    "our review rating went up",
    "cut the waste from the deli counter",
])
def test_a_result_that_is_no_outcome_of_that_kind_keeps_its_number_question(statement):
    """Look-alikes ("passed on", a rating that went up, a cut) are still asked for a number."""
    ws = Workspace(roles=(_role([Result(statement)]),))
    asked = _asked(ws, result=0)
    assert [q for q in asked if q.code in ("number", "from_to", "statement")]
    assert not [q for q in asked if q.code == "meaning"]


@pytest.mark.parametrize("statement", [
    "the till queues were out of control on market days",
    "there was a backlog of unpaid supplier invoices",
    "when I joined the cold room was a mess",
    "staff sickness was sky high over the winter",
])
def test_a_problem_is_asked_what_was_done_about_it_never_which_skill_made_it_possible(
        statement):
    """A situation is no result: no skill made it possible, it has no number of its own and
    no own part; the coach asks what the participant did about it and what changed."""
    ws = Workspace(roles=(_role([Result(statement)]),))
    asked = _asked(ws, result=0)
    assert [q.code for q in asked] == ["statement"], asked
    assert "What did you do about it" in asked[0].text


def test_a_problem_told_with_what_was_done_is_a_result_and_asked_as_one():
    """"... so I ...": the entry tells what was done; the link question stands."""
    ws = Workspace(roles=(_role([Result("the cold room was a mess so I relabelled every shelf")]),))
    assert _asked(ws, result=0, code="enabled_by")


def _two_jobs(later_note: str = "", later_skill: str = "", statement: str = "") -> Workspace:
    first = _role(skills=(Skill("spotting short weights", "novice", "proficient",
                                used_later=later_note),
                          Skill("till balancing", "novice", "competent")),
                  results=[Result("cut till errors", metric="till errors a week", value=2,
                                  from_value=9, unit="errors", kind="change",
                                  enabled_by=("till balancing",))])
    skills = [Skill("ordering", "novice", "competent"), Skill("ordering ", "novice",
                                                              "competent")]
    if later_skill:
        skills.append(Skill(later_skill, "competent", "proficient"))
    second = _role(rid="r2", title="Deli Supervisor", organization="Marlow Street Grocers",
                   start="2021-02", end="", skills=skills,
                   results=[Result(statement or "caught a supplier short-weighting our cheese")])
    return Workspace(roles=(first, second))


def test_the_link_question_offers_each_skill_once():
    """Two entries of one skill ("ordering" and "ordering ") are one option, and one set of
    questions about the skill."""
    ws = _two_jobs()
    link = _asked(ws, "r2", 0, "enabled_by")[0]
    names = [o for o in link.options if not o.startswith(("Both", "All", "None"))]
    assert len(names) == len({" ".join(n.lower().split()) for n in names})
    asked = [q.skill for q in coach_questions(ws, "r2") if q.code == "used_later"]
    assert len(asked) == len(set(asked)) and not {0, 1} <= set(asked)


def test_the_link_question_offers_the_skill_the_participant_named_in_another_job():
    """The earlier job's skill whose later-use note tells this result is offered; picked, it
    is brought into this job's skills, at the level it reached there, and linked."""
    ws = _two_jobs(later_note="caught a supplier short-weighting our cheese at the grocers")
    link = _asked(ws, "r2", 0, "enabled_by")[0]
    assert "spotting short weights" in link.options
    after = apply_reply(ws, "r2", link, "spotting short weights")
    role = after.role("r2")
    brought = [s for s in role.skills if s.name == "spotting short weights"]
    assert brought and brought[0].before == brought[0].after == "proficient"
    assert role.results[0].enabled_by == ("spotting short weights",)
    every = apply_reply(ws, "r2", link, "All of them").role("r2")
    assert "spotting short weights" in every.results[0].enabled_by
    assert "ordering" in every.results[0].enabled_by


def test_a_skill_of_another_job_with_nothing_tying_it_to_the_result_is_not_offered():
    """Only a skill the result's words or a note tie to it: not every skill the person has."""
    ws = _two_jobs()
    link = _asked(ws, "r2", 0, "enabled_by")[0]
    assert "till balancing" not in link.options
    assert "spotting short weights" not in link.options


def test_a_later_use_note_that_names_the_later_job_is_not_asked_where_again():
    """The note names the later employer: no "where did you use it later?" of that skill."""
    ws = _two_jobs(later_note="stopped a cheese supplier short-weighting us at Marlow Street")
    assert not [q for q in _asked(ws, "r1", code="used_later") if q.skill == 0]


def test_a_skill_a_later_job_lists_again_is_asked_about_that_job_by_name():
    """The later job lists the same skill: the coach asks how it was used there, naming it."""
    ws = _two_jobs(later_skill="till balancing")
    asked = [q for q in _asked(ws, "r1", code="used_later") if q.skill == 1]
    assert asked and "as Deli Supervisor at Marlow Street Grocers" in asked[0].text
    assert "Where did you use" not in asked[0].text


@pytest.mark.parametrize("note", [
    "I want to use it when I run my own shop",
    "hoping to take it into wholesale one day",
    "planning to teach it to the Saturday staff",
    "I'd love to bring it to a bigger store",
])
def test_a_plan_is_never_said_or_asked_as_a_later_use(note):
    """A wish or a plan is no later use: the draft leaves it out, and the coach says it is a
    plan and asks whether the skill has been used since."""
    ws = Workspace(roles=(_role(skills=(Skill("stock rotation", "novice", "proficient",
                                              used_later=note),),
                                results=[Result("I cut waste on the fruit shelves")]),))
    draft = plan_draft(ws, "r1").text
    assert note.split()[-1] not in draft.split(".")[-2].lower() or "want" not in draft
    assert " ".join(note.split()[2:5]) not in draft
    later = _asked(ws, code="used_later")
    assert later and "is a plan, not a use yet" in later[0].text


def test_a_use_told_before_a_wish_is_a_use():
    """"Used it at ..., and I want to keep using it": a use, not asked as a plan."""
    ws = Workspace(roles=(_role(skills=(Skill(
        "stock rotation", "novice", "proficient",
        used_later="used it at the co-op to cut fruit waste, and I want to keep using it"),),
        results=[Result("I cut waste on the fruit shelves")]),))
    assert not [q for q in _asked(ws, code="used_later") if "is a plan" in q.text]


@pytest.mark.parametrize("statement", [
    "cut repeat calls by half",
    "doubled the Saturday takings at the stall",
    "halved the returns from the deli",
])
def test_a_size_said_in_words_is_asked_from_what_to_what_not_by_how_much(statement):
    """"By half" says how much already: the coach asks for the figures from and to."""
    ws = Workspace(roles=(_role([Result(statement)]),))
    number = _asked(ws, result=0, code="number")
    assert number and "by how much" not in number[0].text
    assert "from what to what" in number[0].text
