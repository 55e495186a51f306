"""A goal's head told with another qualifier (check34, issue 21 goals): a job ad names a thing by
its head and the word that says which kind ("payroll reports", "vendor contracts", "marine
surveys"); a claim that gives the same head a qualifier of its own that is not the goal's
("sales reports", "gym contracts", "tree surveys") speaks of another kind of that thing, and
sharing the head noun backs no goal. The head still counts bare, after a word that only
describes it ("new", "biggest", "second"), a number, a verb, a proper name (a product of the
goal's kind) or beside the goal's own qualifier; and where the head is itself a qualifier ("audit
scores"). Sentences in our own words."""

import pytest

from workshop.check import check_answer


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


@pytest.mark.parametrize(("goal", "text"), [
    ("Prepare monthly payroll reports for the finance director",
     "At the gym chain I learned to build the weekly sales reports in Power BI, and the area "
     "managers stopped asking head office for figures."),
    ("Negotiate vendor contracts",
     "At the leisure centre I learned to explain gym contracts to new members properly, and "
     "cancellations in the first month dropped by a third."),
    ("Plan and deliver marine surveys",
     "With the council's tree team I learned to carry out tree surveys on my own, and the "
     "backlog of unchecked streets was cleared by the spring."),
])
def test_a_goals_head_with_another_qualifier_backs_no_goal(goal, text):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize(("goal", "text"), [
    # the goal's own qualifier beside the head
    ("Prepare monthly payroll reports for the finance director",
     "At the gym chain I learned to build the payroll reports in Power BI, and the finance "
     "director stopped sending them back for corrections."),
    # a word that only describes the head, a number, a proper name of the goal's kind
    ("Negotiate vendor contracts",
     "I learned to read the small print, renegotiated our biggest contracts with the cleaning "
     "firms and saved the trust about £40,000 a year."),
    ("Plan and deliver marine surveys",
     "Over two seasons I learned to run the sonar and carried out 30 surveys of the harbour "
     "bed on my own, which let the port reopen its second berth."),
    ("Keep the booking system up to date",
     "I learned to set up the rates and room blocks in the Mews system myself, and double "
     "bookings at the front desk stopped."),
    # the head only qualifies another noun: "audit" says which scores
    ("Pass food hygiene audits",
     "I learned to run the closing checklist properly, and our kitchen audit scores went from "
     "3 to 5 in six months."),
])
def test_a_goals_head_bare_described_or_with_its_own_qualifier_still_counts(goal, text):
    assert _credited(text, [goal]) == [goal]


def test_one_goal_of_two_sharing_a_head_is_credited_by_its_own_kind():
    goals = ["Reconcile supplier accounts", "Grow our social media accounts"]
    text = ("At the wholesaler I learned to match the supplier statements line by line, and "
            "we got back about £9,000 of credit notes that had never been booked to the "
            "supplier accounts.")
    assert _credited(text, goals) == ["Reconcile supplier accounts"]


def test_a_head_whose_qualifier_names_a_subtype_takes_the_claims_qualifier_as_its_kind():
    # "tests" is no head whose qualifier picks a sense: "unit tests" are automated tests
    text = ("At the start-up I learned to write unit tests for every endpoint, and the bugs "
            "customers reported each release dropped from about ten to two.")
    assert _credited(text, ["Write automated tests"]) == ["Write automated tests"]
