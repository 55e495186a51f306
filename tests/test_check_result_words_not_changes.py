"""Words of change that tell no change for the organisation: a unit of the work ("per drop"), a
degree ("at the highest level"), a skill's name after a learning ("learned hedge laying"), a
help with no outcome ("helped them out"), the speaker's own state that stopped ("I'm not shy
anymore"), a manager's praise of the speaker offered as the result; and their mirrors, the
same words telling a real change."""

import pytest

from workshop.check import check_answer

NO_CHANGE = [
    "Courier for a florist, paid per delivery and per drop, and I learned to read the city's "
    "one-way streets.",
    "I learned to brief ministers at the highest level and wrote papers to the highest "
    "standard.",
    "On the estate I learned hedge cutting from the head gardener.",
    "I learned the tills at the farm shop, and honestly I think I helped them out loads.",
    "I learned to run the raffle at the club, and I helped the committee very much with my "
    "energy.",
    "Working the phones taught me to handle angry callers, and I'm not nervous on the phone "
    "anymore.",
    "I learned to give feedback to the juniors, and I no longer dread appraisal week.",
]

CHANGES = [
    "I learned to plan the drop order on each route, and missed drops fell from twelve a "
    "week to two.",
    "I learned to cost the menus, and I cut food waste to the lowest level the kitchen had "
    "recorded.",
    "I learned to rota the pickers by skill, and we cut overtime by a third that winter.",
    "I learned the booking system and helped the surgery cut its missed appointments by half.",
    "I set up a shared calendar for the partners, and the meeting rooms are no longer "
    "double-booked.",
    "I learned to triage the inbox, and customers no longer wait a week for a reply.",
]


@pytest.mark.parametrize("text", NO_CHANGE)
def test_a_change_word_that_tells_no_change_is_no_result(text):
    finding = check_answer(text).finding("company_result")
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text", CHANGES)
def test_the_same_words_telling_a_change_are_a_result(text):
    finding = check_answer(text).finding("company_result")
    assert finding.ok, finding.message


PRAISE = [
    "I learned to keep the site diary at the builders, and my supervisor said my diaries were "
    "the best he had seen on any job.",
    "I learned the returns process inside out, and the store manager told everyone I was a "
    "real asset to the team.",
]

PRAISED_CHANGE = [
    "I learned to keep the site diary at the builders, and my supervisor said the claims "
    "against us fell by half once my diaries were kept.",
    "I learned the returns process inside out, and the store manager told me the refund "
    "queue had gone from forty a day to ten.",
]


@pytest.mark.parametrize("text", PRAISE)
def test_a_manager_s_praise_of_the_speaker_is_no_result(text):
    finding = check_answer(text).finding("company_result")
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text", PRAISED_CHANGE)
def test_a_manager_s_words_about_a_change_are_a_result(text):
    finding = check_answer(text).finding("company_result")
    assert finding.ok, finding.message


def test_an_ability_told_as_the_reason_does_not_make_the_change_a_wish():
    """"because I could ..." with no comma before the change's own subject: the ability is the
    reason, the change is told; a condition stays a condition."""
    told = check_answer("I learned to translate the Polish delivery notes, and because I could "
                        "read them on the spot we stopped sending them to the agency.")
    assert told.finding("company_result").ok, told.finding("company_result").message
    wished = check_answer("I learned to translate the Polish delivery notes, and if I could "
                          "read them on the spot we would stop sending them to the agency.")
    assert not wished.finding("company_result").ok
