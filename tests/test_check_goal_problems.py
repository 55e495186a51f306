"""A result told as the fix of a problem named just before it backs the goal the problem names
(issue 21, check44; redone in check46): the result's change says only that the problem went
("the clashes stopped", "we got the wait down to the same day"), the sentence before says what
it was. The sentences are written for these tests (none is from a corpus).

The sentence before counts only where it tells a state that was wrong (denied, counted or a
habit) and is no wish, question, role, duty or topic; its own move is the problem's, never read
as the result. The act must be the speaker's: the speaker's own act denied or habit is no state
that went wrong (the speaker's ability or knowing denied is: "I couldn't find ...", "I didn't
know who to ring"), and a result no act of the speaker's fixed reads no problem.
"""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


@pytest.mark.parametrize(("text", "goal"), [
    # a habit ("used to"), the result in the act's sentence
    ("Tenants' repair requests used to sit for a fortnight before anyone booked them in. I "
     "put the open jobs on a board by street, and we got the wait down to three days.",
     "Manage tenant repair requests"),
    # a habit, the result in the act's sentence
    ("The partners were double-booked most weeks because four of us kept writing in the same "
     "diary. I set it up so only I could accept meetings, and after that the clashes stopped "
     "altogether.", "Manage complex diaries for senior partners"),
    # denied
    ("Our invoices never went out with an order number on them. I added the number to the "
     "template and checked each batch, and queries from the customers' accounts teams fell "
     "by half.", "Improve invoice accuracy"),
])
def test_the_problem_named_before_a_result_backs_the_goal(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # a size told, no problem
    ("I was a team leader at a call centre with 40 agents. I rebuilt the rota and sick days "
     "fell by a third.", "Lead a team of call centre agents"),
    # a role named, no problem
    ("I was the volunteer coordinator at the youth club. I helped the club to make a real "
     "difference in the community.", "Improve volunteer retention"),
    # a duty, no state that was wrong
    ("As a buyer I was responsible for supplier relationships and contracts. I learned to read "
     "a profit and loss statement line by line, and by my second year I prepared the monthly "
     "margin report for the director.", "Manage supplier relationships"),
    # a topic talked about
    ("Staff engagement was something our HR people talked about a lot. I learned to drive a "
     "forklift in my first month, and after that the shop floor was stocked an hour earlier.",
     "Improve staff engagement"),
    # a wish before the result
    ("I'd love to work on diary management one day. I rebuilt the stock list and orders we "
     "had to turn away fell from twenty a week to three.", "Manage complex diaries"),
    # a question before the result
    ("Why were the invoices always wrong? I rebuilt the stock list and orders we had to turn "
     "away fell from twenty a week to three.", "Improve invoice accuracy"),
    # the problem two sentences back, with another claim between
    ("The emails used to sit for three days. I learned to drive a forklift that spring. I "
     "rebuilt the stock list, and the shelves ran empty half as often.",
     "Improve response times to customer emails"),
])
def test_no_problem_named_before_a_result_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []


# --- the act must be the speaker's (check46) ------------------------------------------------------
# A state that went wrong is a problem; the speaker's own act denied ("I never got round to ..."),
# the speaker's own habit ("I used to ...") or a fix that was someone else's is none: the goal's
# topic named there backs nothing.

@pytest.mark.parametrize(("text", "goal"), [
    # care, a habit of the place
    ("At the care home the medication rounds used to run an hour late most evenings. I split "
     "the round between two trolleys, and within a month we were finishing forty minutes "
     "earlier.", "Deliver timely medication rounds"),
    # hospitality, denied
    ("In the kitchen the allergen sheets were never up to date. I made one sheet per dish and "
     "checked it every Monday, and the complaints from diners fell from five a month to none.",
     "Manage allergen information"),
    # public sector, denied
    ("At the council our planning letters never said when a decision was due. I rewrote the "
     "template with the date at the top, and calls asking about progress fell by half.",
     "Improve planning correspondence"),
    # trades, second-language English, counted
    ("Before I came, the van never had the right fittings on it, so we drove back to the "
     "merchant two or three times a day. I made a shelf list and I check it every Friday; after "
     "that we go maybe once a week.", "Keep van stock levels up to date"),
    # the speaker's ability or knowing denied is a state that was wrong
    ("When I started on reception I couldn't find half the patient files. I sorted the whole "
     "cabinet by surname and date, and calls from the nurses chasing notes dropped from ten a "
     "week to one.", "Organise patient files"),
    ("At first I didn't know who to ring when a lorry broke down. I wrote a one-page contact "
     "sheet for every cab, and hours lost waiting for recovery fell by half.",
     "Reduce lorry downtime"),
    # the fix told with "I'd"
    ("The invoices never matched the delivery notes. Once I'd set up a weekly check against the "
     "notes, disputes with suppliers fell from eight a month to one.",
     "Improve invoice accuracy"),
])
def test_a_state_that_went_wrong_before_the_speakers_fix_backs_the_goal(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # the speaker's own act denied: no state went wrong
    ("I never got round to sorting out the medication rounds. Complaints fell by half after I "
     "took over the Saturday visits.", "Deliver timely medication rounds"),
    # the speaker's own habit
    ("I used to write the planning letters by hand. Calls to the office fell by half after I "
     "moved to the front desk.", "Improve planning correspondence"),
    # the speaker's own "I had never": a skill not yet had, no problem fixed
    ("I had never used a fittings list before. After I took over the Saturday shift, the shop's "
     "takings rose by a fifth.", "Keep van stock levels up to date"),
    # the fix was someone else's
    ("Our invoices never went out with an order number on them. The new finance manager added "
     "it to the template, and queries from customers fell by half.", "Improve invoice accuracy"),
    ("The medication rounds used to run an hour late most evenings. After the agency sent a "
     "second nurse, we were finishing by eight every night.", "Deliver timely medication rounds"),
])
def test_no_state_or_no_fix_of_the_speakers_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []
