"""A goal whose head names no thing of its own (check28, issue 21 goals): "experience in ...",
"expertise in ...", "improvements in ...", "... content", "... knowledge". The words that go
with such a head say what the goal asks for, so a preposition after it opens the goal's object,
not its scope ("Expertise in Revit" asks for Revit), and a goal that ends in one asks for the
words before it ("produce engaging video content" is backed by films). Sentences in our own
words, with look-alikes that must still not count (a scope after a real head, a recital, a
wish, a claim about something else)."""

import pytest

from workshop.check import check_answer


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


# --- a preposition after an open head opens the goal's object --------------------------------

@pytest.mark.parametrize(("goal", "text"), [
    ("Expertise in Revit",
     "At the practice I taught myself Revit, and by spring I had modelled the whole library "
     "extension in it, so the contractor raised far fewer site queries than on the last job."),
    ("Demonstrable experience in payroll processing",
     "At the care group I learned to run the payroll for four homes, and the overpayments we "
     "used to claw back every month stopped after I rebuilt the timesheet checks."),
    ("Proven track record of improvements in stock accuracy",
     "I learned to run cycle counts on the busiest aisles each week, and the stock that went "
     "missing at the year-end count fell from about 4 percent to under 1."),
    ("Solid knowledge of HACCP",
     "At the deli I learned to write our HACCP plan myself, and the environmental health "
     "inspector raised us from a three to a five at the next visit."),
])
def test_a_preposition_after_an_open_head_opens_the_goals_object(goal, text):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("goal", "text"), [
    # the open head's object only recited, wished for or met by something else
    ("Expertise in Revit",
     "I have expertise in Revit and I'd love to use it on your projects."),
    ("Expertise in Revit",
     "At the practice I learned to run the project budgets, and we finished the library "
     "extension £20,000 under budget."),
    ("Demonstrable experience in payroll processing",
     "I was responsible for payroll processing at the care group for three years."),
])
def test_an_open_heads_object_recited_or_unmet_is_no_evidence(goal, text):
    assert _credited(text, [goal]) == []


def test_a_scope_after_a_real_head_still_says_only_where():
    # "errors" names a thing: "in order processing" says where, and a claim about order
    # processing alone (no fewer errors) backs no goal
    text = "At the warehouse I learned order processing on the new system and packed forty " \
           "orders an hour."
    assert _credited(text, ["reduce errors in order processing"]) == []


# --- a goal that ends in an open head asks for the words before it -----------------------------

@pytest.mark.parametrize(("goal", "text"), [
    ("Produce engaging video content",
     "At the charity I learned to shoot and cut short films on a phone, and our appeal clip "
     "was shared so widely that online donations doubled that month."),
    ("Create compelling event content",
     "At the venue I learned to plan a wedding fair from the floor plan to the running order, "
     "and the next one booked forty couples, twice the year before."),
])
def test_a_goal_ending_in_an_open_head_asks_for_the_words_before_it(goal, text):
    assert _credited(text, [goal]) == [goal]


def test_an_open_heads_modifier_met_by_something_else_is_no_evidence():
    text = "At the charity I learned to write grant bids, and we won three new grants that year."
    assert _credited(text, ["Produce engaging video content"]) == []


# --- a job ad's framing verb names no work: "drive", "champion", "own", "foster" ---------------

@pytest.mark.parametrize(("goal", "text"), [
    ("Drive footfall and basket size across our high street stores",
     "At the bakery I learned to drive the delivery van on the early round, and the cafés we "
     "supplied got their bread an hour earlier than before."),
    ("Own the end-to-end onboarding journey for new clients",
     "I learned to run my own market stall at weekends and sold out of honey most Saturdays."),
    ("Foster a culture of curiosity and continuous learning",
     "In the lab I was shown how to foster cell lines from frozen stock, and the failed flasks we "
     "threw away fell from one in five to one in twenty."),
])
def test_a_framing_verb_shared_in_another_sense_backs_no_goal(goal, text):
    assert _credited(text, [goal]) == []


def test_a_framing_verbs_object_still_backs_the_goal():
    text = "At the bakery I learned to set up the window display each morning, and walk-ins " \
           "went up by about a quarter that autumn, so the footfall counter finally moved."
    goal = "Drive footfall and basket size across our high street stores"
    assert _credited(text, [goal]) == [goal]


def test_a_goal_ending_on_a_framing_verbs_ing_form_names_that_work():
    # "driving" heads the goal: the work itself, not a framing verb
    goal = "Experienced in multi-drop van driving"
    text = "At the parcel depot I learned to drive the long-wheelbase vans on a forty-drop " \
           "round, and by my second month I was finishing it before the evening collections."
    assert _credited(text, [goal]) == [goal]
