"""A goal is backed by evidence by meaning, not by its words standing somewhere in a claim's
sentence (issue 21, class 6): words said as a wish, a plan or the ad recited back back no
goal, though the sentence holds a real claim elsewhere. The sentences are written for these
tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_data import own_data, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


# --- a wish in the claim's sentence: its words are no evidence ------------------------------

@pytest.mark.parametrize(("text", "goal"), [
    ("At the tyre centre I learned to balance wheels properly and comebacks fell by half, and "
     "I'd love to run the parts ordering one day.", "run parts ordering"),
    ("I learned to lay block paving on the job, and we finished the estate two weeks early, "
     "which is the kind of work I want to do in site management.", "site management"),
    ("My regional director would present my spreadsheets to the board as his own, though I "
     "learned to build them from scratch and they cut the month-end by a day.",
     "present to the board"),
    ("I'd like to think the suppliers liked me too, after I learned to plan the orders and we "
     "cut waste by 9 percent.", "manage supplier relationships"),
])
def test_a_goal_said_as_a_wish_beside_a_claim_is_not_backed(text, goal):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize(("text", "goal"), [
    ("At the tyre centre I learned to balance wheels properly and comebacks fell by half, and "
     "I'd love to do more of that.", "reduce comebacks"),
    ("If I hadn't spotted the wrong tax code, the firm would have paid £20,000 in penalties; "
     "I learned payroll rules inside out there.", "avoid penalties"),
    ("When I joined I could barely use the till, and by Christmas I could cash up the whole "
     "shop, which cut the end-of-day count by half an hour.", "cash handling"),
])
def test_the_claim_beside_a_wish_or_a_loss_prevented_still_backs_its_goal(text, goal):
    assert _credited(text, [goal]) == [goal]


def test_a_facilitator_s_wish_words_decide_what_is_a_wish(tmp_path, monkeypatch):
    text = ("I learned to plan the delivery rounds and we cut mileage by 12 percent, and some "
            "day I fancy running the depot's recruitment.")
    assert _credited(text.replace("some day", "one day"), ["run depot recruitment"]) == [
        "run depot recruitment"]  # the kit's own words: "fancy" is no wish
    own_data(tmp_path, monkeypatch, "goal_meanings.json",
             set_at(["wish_words", "always"], ["fancy"]))
    assert _credited(text, ["run depot recruitment"]) == []


@pytest.mark.parametrize("value", [[], "want", {"always": ["want"]}])
def test_broken_wish_words_are_said_naming_the_key(tmp_path, monkeypatch, value):
    own_data(tmp_path, monkeypatch, "goal_meanings.json", set_at(["wish_words"], value))
    with pytest.raises(ValidationError) as caught:
        check_answer("I learned to plan rotas and cut overtime by 20%.", ["reduce costs"])
    assert caught.value.field == "wish_words"


# --- a goal recited back as a result: a one-word goal or its everyday synonyms --------------

@pytest.mark.parametrize(("text", "goal"), [
    ("I learned to coach beginners at the surf school. I helped the firm to boost bookings.",
     "boost bookings"),
    ("I learned to run the tills at the farm shop. I increased revenue.", "increase revenue"),
    ("I learned to plan the gritting rounds at the council. I helped the council save money.",
     "cut spending"),
])
def test_a_goal_recited_as_a_result_is_not_backed(text, goal):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize(("text", "goal"), [
    ("I learned to set up the booking system at the surf school, and I helped the firm to "
     "boost bookings by 30 percent in a year.", "boost bookings"),
    ("After I learned to plan the gritting rounds, the council spent £18,000 less on salt "
     "that winter.", "cut spending"),
    ("I learned to run the month-end close at the brewery, and I still run it at my current "
     "job.", "month-end reporting"),
])
def test_a_goal_told_with_its_figure_or_a_named_task_is_backed(text, goal):
    assert _credited(text, [goal]) == [goal]


# --- a growth read whole: the clause naming the goal's skill is no recital when the rest of
# --- the sentence tells how far it moved -----------------------------------------------------

@pytest.mark.parametrize(("text", "goal"), [
    ("I got really good at Xero, I'd never opened it before, and by my second year I ran the "
     "whole payroll in it myself.", "Xero bookkeeping"),
    ("Honestly I got very good at AutoCAD, I had only seen it at college, and by the end I drew "
     "the plans for every extension we built.", "AutoCAD drafting"),
])
def test_a_growth_naming_the_goal_s_skill_with_its_arc_backs_it(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    ("I strengthened my planning and organisation.", "strong planning and organisation"),
    ("My Xero bookkeeping got much better.", "Xero bookkeeping"),
])
def test_a_growth_that_only_recites_the_goal_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []


def test_customers_lost_less_often_back_a_churn_goal():
    """"lost" tells customers leaving as "left" does: fewer lost backs churn, more does not."""
    text = ("I learned to call every member whose visits tailed off, and we lost far fewer "
            "members to the gym across the road, about 30 percent fewer.")
    assert _credited(text, ["reduce churn"]) == ["reduce churn"]
    assert _credited(text.replace("far fewer", "many more").replace("30 percent fewer",
                                                                   "30 percent more"),
                     ["reduce churn"]) == []


# --- the ad quoted back inside a trait: two goals' words in a row, no figure -----------------

def test_a_sentence_quoting_two_goals_word_for_word_backs_neither():
    goals = ["grow repeat business", "champion food safety"]
    text = ("Two years on the deli counter turned me into a person who lives and breathes food "
            "safety and always puts repeat business first, and I'm sure I can bring that to "
            "your shop.")
    assert _credited(text, goals) == []


def test_two_goals_told_with_their_figure_are_still_backed():
    goals = ["grow repeat business", "champion food safety"]
    text = ("At the deli counter I learned to label every tray by the hour, our food safety "
            "score went from 3 to 5, and repeat business grew by a fifth.")
    assert _credited(text, goals) == goals


# --- a skill or topic goal (no direction asked) backed by a claim on its thing in other words

@pytest.mark.parametrize(("text", "goal"), [
    ("At the leisure centre I learned to step in early when rows broke out between parents at "
     "the poolside, and by my second season the duty manager sent the hardest ones to me.",
     "conflict resolution"),
    ("On the returns desk I learned to sort out refunds without a manager, from needing help "
     "with every one to handling the Saturday rush alone.", "excellent customer service"),
])
def test_a_skill_goal_is_backed_by_a_growth_on_its_thing_in_other_words(text, goal):
    assert _credited(text, [goal]) == [goal]


def test_a_goal_that_asks_a_direction_still_needs_the_move():
    text = ("On the returns desk I learned to sort out refunds without a manager, from needing "
            "help with every one to handling the Saturday rush alone.")
    assert _credited(text, ["reduce customer complaints"]) == []
