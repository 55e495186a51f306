"""A goal recited as a belief, a value or a trait the speaker holds backs no goal (issue 21 point
6, check56): "I truly believe X starts at the door", "X is something I care about", "I'm very
X-focused", "exposure to X" say the goal's words and no work that moved it. The look-alikes: a
real claim in the same answer, told in its own clause, still backs the goal, and a belief said
beside it takes nothing away.

A goal that asks its thing to move ("reduce claim costs") is not backed by the one generic noun
that only says which kind (its qualifier, "claims", "contracts", "audits") in a sentence that
tells no result: "I learned to assess storm claims" is the work's topic, no cost moved. The
look-alikes: the goal's head told ("claim costs ... fell"), the qualifier in a clause that tells
something moving the way the goal asks ("fewer of them ended up back in hospital" for "reduce
hospital readmissions"), a qualifier that is no generic noun ("patients").

A target named ("we had a target of sixty a quarter", "the target was to sign up forty a
month") is the goal's topic, no evidence it was hit; a target beaten still is.

The organisation's result told beside the speaker's growth ("The firm grew its revenue by 30%
while I was there, and I learned ...") is no claim of the speaker's: the growth backs no goal
with it; nor a boss's change told as a result ("and my supervisor cut picking errors by
40%"). The look-alikes: the speaker's act with the change it made, and the speaker's act told
after a clause about "they".

Nor is a goal backed by one shared generic word: an open head beside the goal's other words
("knowledge" in "knowledge of payroll legislation", said or by a synonym such as "help
articles"), or the word that says which people a goal's act is done to ("counter" in "train
counter staff" for a course the speaker took). The look-alikes: the goal's thing named ("run
the payroll"), the act done to those people ("training the new counter staff").

The sentences are written for these tests (none is from a corpus).
"""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


@pytest.mark.parametrize(("text", "goals"), [
    # a belief about the goal, told as if it were a result
    ("My best job was the garden centre. I honestly believe cutting plant waste begins with "
     "how you water on a Monday. I was there four years and loved the customers.",
     ["Reduce plant waste"]),
    # a value the speaker holds, the goal's word its subject
    ("At the print shop I learned to run the big folding machine on my own, and accuracy is "
     "something I care about deeply.", ["Improve print accuracy"]),
    # a trait said with the goal's word
    ("In the call centre I learned to handle billing disputes from start to finish, and I'm "
     "very customer-focused.", ["Customer focus"]),
    # exposure to the goal's topic
    ("At the council I learned to write committee reports that councillors could follow, and "
     "it gave me exposure to budget planning at director level.", ["Support budget planning"]),
    # the goal at the heart of what the speaker does
    ("Guest safety has always been at the heart of everything I do at the pool, and I "
     "genuinely believe lowering accidents starts with the rota.", ["Reduce accidents",
                                                                    "Guest safety"]),
])
def test_a_goal_held_as_a_belief_or_a_trait_backs_nothing(text, goals):
    assert _credited(text, goals) == []


@pytest.mark.parametrize(("text", "goal"), [
    # the belief in one clause, the result in the next
    ("I believe in plain labels, so I relabelled every shelf in the stores room, and picking "
     "errors fell from twelve a week to two.", "Reduce picking errors"),
    # "I care about" the work, then what the speaker did and what it changed
    ("I care about the customers, and at the bakery I rewrote the order form so that wrong "
     "orders dropped by half in a month.", "Reduce wrong orders"),
])
def test_a_belief_beside_a_real_claim_takes_nothing_away(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    ("At the insurer I learned to assess storm claims from photos and loss-adjuster notes, and "
     "by spring I was signing them off alone.", "Reduce claim costs"),
    # "cut" is the speaker's own verb here, no move
    ("I cut my teeth on supplier contracts at the council, and I learned to read the small "
     "print that other officers skipped.", "Reduce contract costs"),
    ("At the chain I learned to run the stock audits on my own, from the count to the report "
     "for the area manager.", "Reduce audit failures"),
])
def test_the_qualifier_of_a_goal_that_asks_a_move_is_no_evidence_alone(text, goal):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize(("text", "goal"), [
    ("As a district nurse I learned to check every patient's tablets on the first home visit, "
     "and noticeably fewer of them ended up back in hospital that winter.",
     "Reduce hospital readmissions"),
    ("At the insurer I learned to spot inflated repair quotes, and claim costs on my desk fell "
     "by a fifth that year.", "Reduce claim costs"),
    ("At the call centre I learned to settle billing complaints on the first call, so far fewer "
     "customers needed a second call back.", "Reduce complaint callbacks"),
    ("At the clinic I learned to triage walk-in patients in under five minutes on my own.",
     "Reduce patient waiting times"),
])
def test_the_head_told_or_a_move_the_goal_asks_still_backs_it(text, goal):
    """Also a qualifier that is no generic noun ("patients" in "reduce patient waiting
    times")."""
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal", "backed"), [
    ("At the software firm I learned to write clear help articles for our customers, and "
     "tickets about logins dropped by a third.", "Knowledge of payroll legislation", False),
    ("At the bureau I learned to run the payroll for 300 staff on our software, end to end, on "
     "my own by the second quarter.", "Knowledge of payroll legislation", True),
    # "knowledge" that names a thing with the word after it is no open head
    ("At the software house I learned to write help articles for the product, and tickets about "
     "passwords dropped by a quarter.", "Knowledge base management", True),
    ("In my first year I finished the bakery counter assistant course and learned to decorate "
     "celebration cakes to order.", "Train counter staff", False),
    ("By my second year I was training the new counter staff myself, and the three I trained "
     "all passed their till checks first time.", "Train counter staff", True),
])
def test_one_shared_generic_word_backs_no_goal(text, goal, backed):
    assert _credited(text, [goal]) == ([goal] if backed else [])


@pytest.mark.parametrize(("text", "goal", "backed"), [
    ("At the letting agency we had a target of sixty new landlords a quarter, and I learned to "
     "cold-call from a script, but we never quite got there.", "Hit quarterly targets", False),
    ("At the gym the target was to sign up forty members a month, and I handed out flyers at "
     "the station, and most months we fell short.", "Achieve membership targets", False),
    ("At the letting agency I learned to open a call with the landlord's problem, not our fees, "
     "and by my second year I was beating my target of sixty new landlords a quarter.",
     "Hit quarterly targets", True),
])
def test_a_target_named_is_no_target_hit(text, goal, backed):
    assert _credited(text, [goal]) == ([goal] if backed else [])


@pytest.mark.parametrize(("text", "goal", "backed"), [
    ("The firm grew its revenue by 30% while I was there, and I learned to build pivot tables "
     "properly.", "Grow revenue", False),
    ("The hospital won a national award for cutting infections the year I started as a porter, "
     "and I learned to move beds safely through the corridors.", "Reduce infections", False),
    # a boss's change, in a sentence the check reads as a result
    ("At the depot I learned to drive a reach truck, and my supervisor cut picking errors by "
     "40% that year.", "Reduce picking errors", False),
    ("I learned to answer the phones at the surgery, and the practice manager reduced missed "
     "appointments by a third.", "Reduce missed appointments", False),
    ("I learned to plan the clinic lists by urgency, and the department cut waiting times by "
     "half that year.", "Reduce waiting times", True),
    ("I learned the espresso machine inside out, and when they opened the second branch I "
     "trained the whole new team of nine before launch week.", "Train new staff", True),
])
def test_the_organisations_result_beside_a_growth_is_not_the_speakers(text, goal, backed):
    assert _credited(text, [goal]) == ([goal] if backed else [])
