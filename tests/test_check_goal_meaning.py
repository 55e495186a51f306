"""Goals backed by meaning, not by their wording (issue 21): an everyday word for the goal's
object, a kind of it ("overtime" is a cost, "Germany" a market), and the outcome a goal names
told as a change in a result ("seen in 20 minutes instead of an hour" for shorter waits). Reciting
a goal's words, or naming its meaning outside a claim, earns nothing. The tables are
``goal_kinds`` and ``goal_outcomes`` in ``data/phrases.json``. The sentences are written for
these tests (none is from a corpus)."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.check_rules import rules


def _matched(text: str, goal: str) -> bool:
    return check_answer(text, goal.split("; ")).finding("goals_match").ok


@pytest.mark.parametrize(("goal", "text"), [
    ("reduce costs", "I learned to build the staff rota myself and cut overtime by 20%."),
    ("control costs", "Once I could read the meters, our heating bill fell by a tenth."),
    ("expand into new markets", "I learned the customs paperwork, and within a year we were "
                                "shipping to customers in Spain and Poland."),
    ("manage suppliers", "I learned to negotiate with our vendors and got the ink price down 12%."),
    ("lead a team", "I learned to delegate, and the crew of five I ran beat every target."),
    ("improve quality", "I learned to calibrate the press and rejects fell from 40 to 6 a week."),
    ("grow revenue", "I learned to pitch the add-ons, and upsells brought in $30,000 more."),
    ("reduce bad debt", "I learned to agree payment plans and arrears over 60 days halved."),
    ("improve stock accuracy", "Once I could run cycle counts, discrepancies fell by two "
                               "thirds."),
    ("build a sales pipeline", "I learned cold outreach and booked 40 demos in a quarter."),
])
def test_a_kind_of_what_the_goal_names_backs_it(goal, text):
    assert _matched(text, goal)


@pytest.mark.parametrize(("goal", "text"), [
    ("reduce waiting times", "I learned triage, and callers got an answer in ten minutes instead "
                             "of an hour."),
    ("speed up delivery", "I learned to plan routes, and parcels arrived a day sooner."),
    ("reduce staff turnover", "I learned to run proper inductions, and far fewer new starters "
                              "quit in their first month."),
    ("improve customer satisfaction", "I learned to handle the hard calls, and buyers came away "
                                      "happier: compliments doubled."),
])
def test_the_outcome_a_goal_names_told_as_a_change_backs_it(goal, text):
    assert _matched(text, goal)


@pytest.mark.parametrize(("goal", "text"), [
    # the meaning named outside any claim
    ("expand into new markets", "I spent a summer in Spain. I learned to make coffee there."),
    # an outcome's words in a growth sentence, not in a result
    ("reduce waiting times", "I learned the booking system in two days."),
    # the kind is one way: costs in general back no goal about overtime
    ("cut overtime", "I learned to compare quotes and we cut costs by 8%."),
    # a recital of the goal
    ("reduce costs; grow sales", "Your advert asks for someone to reduce costs and grow sales, "
                                 "and I am keen to reduce costs and grow sales."),
])
def test_meaning_without_a_claim_or_in_the_wrong_direction_backs_nothing(goal, text):
    assert not _matched(text, goal)


def test_no_word_of_the_meaning_tables_reads_as_a_goal_verb():
    """A kind or an outcome whose base is a goal's verb ("trainees" -> "train") would back a goal
    wherever that verb stands: the tables hold none."""
    r = rules()
    for table in (r.kinds, r.outcomes):
        for key, bases in table.items():
            assert not bases & r.goal_verbs, (key, sorted(bases & r.goal_verbs))


@pytest.mark.parametrize("text,goal,backed", [
    # the job title said after "as" names the role, it is no claim about the goal
    ("That job is where I learned decontamination, as a Dental Nurse at Brookside.",
     "lead a team of 6 nurses", False),
    ("I learned rota planning as Head of Operations and Logistics.", "run logistics", False),
    ("As a Sales Assistant I learned stock control from scratch.", "grow sales", False),
    # the same words as the speaker's own claim do back it
    ("I trained 6 new nurses and led the team on nights.", "lead a team of 6 nurses", True),
    ("I learned logistics planning as a new supervisor and cut costs by 10%.",
     "run logistics", True),
])
def test_a_job_title_after_as_backs_no_goal(text, goal, backed):
    """A title ("as a Dental Nurse") names the role the speaker held; its words are not
    evidence for a goal that shares them ("nurses"), while the same words in the claim are."""
    finding = check_answer(text, [goal]).finding("goals_match")
    assert (goal not in finding.unbacked) == backed, finding.message


@pytest.mark.parametrize("text,goal,backed", [
    # a role said after "became" names the role (check46), its describing words too ("senior",
    # "confident" end as a role noun may: the title ends on its last role noun)
    ("I became an expert community manager and used it everywhere afterwards.",
     "Grow an engaged community", False),
    ("In two years I became a confident stock controller and I still use that now.",
     "Improve stock control", False),
    ("I learned a lot and became a senior care planner, which I still am today.",
     "Improve care planning", False),
    # second-language English
    ("After a year I become a good quality inspector, I use this in every job after.",
     "Improve product quality", False),
    # "became" with no role noun, or the goal met in the same sentence, still backs it
    ("I became an expert at reconciling the supplier accounts, and the month-end close went "
     "from ten days to four.", "Speed up the month-end close", True),
    ("As I became more confident with the stock system, write-offs in my section fell by a "
     "third.", "Improve stock control", True),
    ("I became a much better planner: I learned to build the care rota around the residents' "
     "routines, and missed visits fell from ten a week to one.", "Reduce missed care visits",
     True),
])
def test_a_role_said_after_became_backs_no_goal(text, goal, backed):
    finding = check_answer(text, [goal]).finding("goals_match")
    assert (goal not in finding.unbacked) == backed, finding.message
