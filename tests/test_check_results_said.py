"""Results as people say them (issue 21, check42): impersonal and passive outcomes tied to the
speaker's work are results for the organisation ("nobody's been late since", "it got adopted
across the trust", "I finished the refit under budget", "the school still uses it"); their
look-alikes are not: a place of work or a duty ("I was on the help desk", "I raised purchase
orders"), a personal confidence ("I got confident stripping down gearboxes"), company news not
tied to the speaker ("the company grew 20% that year") and a trade's act told with a change verb
("I cut hair", "I lifted boxes"). Sentences written for this file, in other words than the
studied material; each class in several wordings beside its look-alikes."""

from __future__ import annotations

import pytest

from workshop.check import check_answer

GREW = "On the parts counter I learned to read an exploded diagram and find a part by its number. "


def _result(text: str):
    return next(f for f in check_answer(text).findings if f.code == "company_result")


@pytest.mark.parametrize("tail", [
    "I changed the delivery slots and nobody's been late since.",
    "After I moved the start to half seven, nobody was late for the briefing again.",
    "I reworked the pick-up order, and not one child has been late since.",
    "No one has been late for a shift since I put the rota on the group chat.",
    "Since I set up the text reminders, not a single patient has been missing from their slot.",
])
def test_nobody_since_the_speakers_change_is_a_result(tail):
    """A failure that stopped, said with "nobody", "no one" or "not one" as its subject."""
    finding = _result(GREW + tail)
    assert finding.ok, finding.message
    assert check_answer(GREW + tail).verdict.strong


@pytest.mark.parametrize("tail", [
    "I wrote a stock-check sheet and it got adopted across the trust.",
    "I drew up a new returns form, and it got picked up by every branch.",
    "My handover template got rolled out across the region.",
    "I made a reading scheme and the school still uses it.",
    "I put together a fault log. The workshop still runs it.",
    "I wrote the induction pack, and it was taken up by every branch in the region.",
    "The owners kept my breakfast menu, they still use it now.",
    "The council kept my gritting rota for every depot.",
])
def test_the_organisation_taking_up_the_speakers_work_is_a_result(tail):
    """The passive told with "got", and an uptake told by a pronoun that points back to what
    the speaker made, in the same sentence or the one before."""
    finding = _result(GREW + tail)
    assert finding.ok, finding.message


@pytest.mark.parametrize("tail", [
    "I finished the refit £2,000 under budget.",
    "I brought the stock move in under budget.",
    "I delivered the counter rebuild about £800 under budget.",
    "We finished the job under budget.",
])
def test_a_job_finished_under_budget_is_a_result(tail):
    """A budget beaten is saved money, whoever the clause's subject is."""
    finding = _result(GREW + tail)
    assert finding.ok, finding.message


@pytest.mark.parametrize("tail", [
    "I raised purchase orders and chased suppliers.",
    "Every morning I raised the orders for the van.",
    "I raised POs and invoices for the whole depot.",
    "I raised tickets for anything the system couldn't handle.",
    "I raised concerns about the stock system with my manager.",
    "I was on the help desk through two busy seasons.",
    "I worked on the help desk answering the phones.",
    "I was on the tills most Saturdays.",
    "I got confident stripping down gearboxes.",
    "I got comfortable talking to trade customers.",
    "I felt confident handling the returns by the end.",
    "The company grew 20% that year.",
    "The firm's profits went up a third while I was there.",
    "I lifted boxes and pallets all day.",
    "I cut keys and fixed watch straps.",
    "Most afternoons I cut hair for the walk-ins.",
])
def test_a_place_a_duty_a_confidence_or_company_news_is_no_result(tail):
    """Paperwork raised is the job, not a rise; a desk or a till is a place of work; the
    speaker's confidence is theirs; the company's growth is none of the speaker's work."""
    finding = _result(GREW + tail)
    assert not finding.ok, finding.message
    assert not check_answer(GREW + tail).verdict.strong


@pytest.mark.parametrize("tail", [
    "I raised £4,000 for the children's hospice with a counter collection.",
    "I raised our parts sales by 15% with a weekly offers board.",
    "I raised the first-time fix rate from 70% to 85%.",
    "I got the waiting time at the counter down to five minutes.",
    "On the help desk I cut the queue from 300 calls to 40.",
    "I cut meat waste by a third by ordering to the booking sheet.",
    "I lifted sales of the key-cutting service by 30% with a sign in the window.",
])
def test_a_real_rise_or_fall_told_near_the_look_alikes_still_counts(tail):
    """Money raised, a rate raised, a queue cut: the look-alikes' words around a real change."""
    finding = _result(GREW + tail)
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "I liked the new scheme and the school still uses it.",
    "My supervisor wrote the guide and the lab still uses it.",
    "My manager kept my wages the same for years.",
    "They kept my job open for me while I was off.",
    "The depot kept changing my routes, and still does now.",
])
def test_an_uptake_of_what_the_speaker_did_not_make_is_no_result(text):
    """"It" points back to what the speaker liked or someone else made; what is kept is the
    speaker's pay or post, no work of theirs."""
    assert not _result(GREW + text).ok
