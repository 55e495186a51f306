"""Results a careful reader credits that the check missed (issue 21, class 2; check50): a change
whose own subject follows a comma after a part of the clause that denied or doubted something
else ("never done it before, by spring the refunds fell by half"), a stop that names what was no
longer said ("the reviews stopped mentioning the queue"), and a bad course the organisation was
spared, told after what it did instead ("the vans left on time instead of queuing"). Each class
beside look-alikes that must stay uncredited: a condition, a wish or a bar after the comma, the
speaker's own day, the speaker spared, a course spared with no work of the speaker's. The
sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok


@pytest.mark.parametrize("text", [
    # a denial in an earlier part of the clause, the change after a comma with its own subject
    "I had never handled refunds before, by spring I ran the desk, the refund errors fell by half.",
    "Because I could fix the jams myself, the service visits stopped.",
    "I didn't know the till at first, after my retraining the cash shortfalls dropped to zero.",
    "Because of my checklist, the forklift not break so much, the repair bills go down by a third.",
    # a stop of what others said
    "I rewrote the booking page, and the customers stopped mentioning the double bookings.",
    "I reorganised the kitchen and the diners no longer mentioned the slow service in reviews.",
    # a bad course spared, told after what the organisation did instead
    "I took over the loading plan, and the trucks were away within the hour instead of queuing "
    "all morning.",
    "By the second season I ran every session, and the club kept its players rather than losing "
    "half of them.",
    "My permit tracker flagged the delay early, and the new wing opened on the agreed date "
    "instead of slipping into spring.",
    "I set up the stock rotation and the salads were sold instead of going to waste.",
])
def test_the_result_is_credited(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # a condition, a wish or a plan bears on the whole clause; a bar after the comma is the
    # change's own
    "If we could fix the jams ourselves, the service visits would stop.",
    "If I could fix the jams myself, the service visits stopped.",
    "I couldn't fix the jams, the service visits never stopped.",
    # a denial that doubts the change itself: a hedged effect
    "I couldn't prove it, sales rose 10% that year.",
    "I'm not certain it was my doing, the complaints dropped.",
    "I can't say it was down to me, the waiting times fell by a third.",
    "I was hoping to learn the till, the cash shortfalls might drop to zero.",
    # a mention that is the job advert's, not a stop
    "You mentioned the double bookings, and I would love to sort them out.",
    # the speaker's own day, the speaker spared, a course spared with no work of the speaker's
    "I took the train instead of waiting for the shuttle.",
    "My manager kept me on instead of losing me to the rival shop.",
    "The warehouse kept its drivers instead of losing half of them.",
    "I joined in March, and I stayed on the tills rather than leaving for the depot.",
])
def test_the_look_alike_is_not_credited(text):
    assert not _ok(text, "company_result")


def test_a_spared_course_and_a_skill_make_a_strong_answer():
    from workshop.check import check_answer

    text = ("At first I could barely read a delivery schedule. A year later I was the one "
            "writing the bay plan every night, and the lorries were unloaded within the hour "
            "instead of queuing half the morning.")
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert "instead of queuing" in check.finding("company_result").message
    assert check.verdict.strong


@pytest.mark.parametrize("text", [
    # a better state told in the clause after the speaker's own act, joined by "and" or "so"
    "I learned to run the dispensary counter, and the queues at the counter got a lot shorter.",
    "I moved the bedtime drinks earlier for the restless residents, and the night staff said "
    "the wards became much quieter.",
    "We rebuilt the booking rota so the mornings at the clinic were far calmer.",
    # money the organisation or its clients got back, press it got, ahead of a date
    "I found duplicate bills with my spreadsheet and the company got back about £9,000.",
    "I found that two tenants had been overcharged and got them refunds of about £3,000.",
    "I wrote the press release and got us coverage in two national papers.",
    "Our crew finished the housing estate three weeks ahead of the contract date.",
])
def test_a_state_or_a_gain_tied_to_the_speaker_is_credited(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # no doing of the speaker's before the state: joining, being, wanting; the speaker's own state
    "I joined the pharmacy in May, and the shop got a lot busier.",
    "I was on nights, and the ward was calmer.",
    "I wanted to help, and the patients were calmer.",
    "I moved the bedtime drinks earlier and I became much calmer.",
    # what a duty makes sure of, an aim, a state that tells no change
    "I supervised the loaders and made sure that the vans left on time.",
    "I rebuilt the delivery rota so that the mornings were calmer.",
    "I ran the dispatch desk, and the vans left on time.",
    # the speaker's own money, time or treat
    "I got back £20 from the vending machine.",
    "I got a refund of £40 on my train ticket.",
    "My manager got us pizza on Fridays.",
    "I arrived two hours ahead of my shift.",
    "I was promoted within 14 months, ahead of people who had been there far longer.",
])
def test_the_speakers_own_state_or_gain_is_not_credited(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # a count of people as the subject of what they did, more or fewer, after the speaker's
    # act or growth in the sentence
    "I set up text reminders for check-ups and about a third more patients came in for them.",
    "I picked up the knack of calming angry callers, and fewer of them asked for a supervisor.",
    "I redesigned the loyalty card, and far more customers signed up.",
    "I rewrote the joining letter, so many more volunteers stayed past their first month.",
])
def test_a_count_of_people_that_moved_is_credited(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # the worse way, the speaker's own count, no act of the speaker's, no verb of theirs
    "I redesigned the loyalty card, and more customers complained.",
    "I redesigned the loyalty card, and fewer members renewed.",
    "I served more customers than anyone on the floor.",
    "More and more work came my way.",
    "I joined in May and more customers came in.",
    "More staff were hired after I left.",
    "I wanted more volunteers to stay on.",
])
def test_a_count_that_is_worse_or_not_the_speakers_is_not_credited(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # a result told against a baseline: an average beaten, more than any other, a record
    "My supervisor ran the figures, and about half of the callers I spoke to stayed with us, "
    "well above the centre average.",
    "Once I had learned the new tests, my pass rate beat the regional benchmark every quarter.",
    "By my second year my chair brought the barbershop more than any other barber's.",
    "The regional manager credited my displays with the branch's best summer sales in six years.",
])
def test_a_result_against_a_baseline_is_credited(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # the speaker's own pay, a feeling, a good season with no figure of the organisation's
    "My pay was well above the national average.",
    "The bonus I earned was more than anyone's.",
    "I loved that job more than any other.",
    "It was the best summer in five years.",
])
def test_a_baseline_that_is_the_speakers_own_is_not_credited(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # the job, not a manager, as what made the speaker a leader: growth told, no promotion
    "It was the warehouse job that made me a team leader, a real one.",
    "That placement made me a supervisor in every sense of the word.",
    "Two years in that role has made me a manager people trust.",
])
def test_the_job_making_the_speaker_a_leader_is_no_promotion_pitfall(text):
    assert _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "They made me a supervisor after a year.",
    "My manager made me shift leader in my second year.",
    "The company made me assistant manager in 2020.",
    "Head office made me area manager.",
])
def test_a_promotion_given_is_still_a_pitfall(text):
    assert not _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    # the speaker's work, named as what they made, led the organisation to a decision
    "An audit I ran there made the trust change its discharge forms.",
    "The proposal we put together made head office rethink the weekend rota.",
    "My costing sheet made the board scrap the second delivery van.",
])
def test_the_speakers_work_that_made_others_decide_is_credited(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # someone else's work, the speaker's own career, a request looked at
    "The report my manager wrote made the council reverse the charges.",
    "The story she wrote made the council reverse the parking fees.",
    "The letter I wrote made them promote me.",
    "A complaint I made got my manager to look at it.",
    "As a library volunteer I got much better at talking to groups of children.",
    "What I got out of it was learning to run the till on my own.",
])
def test_work_not_the_speakers_or_only_their_career_is_not_credited(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # people the speaker's new work drew in, counted
    "The lunch club I set up ended up with about sixty regular members.",
    "My Saturday coding club attracted forty children in its first term.",
    "The booking app we built reached ten thousand users in a year.",
])
def test_people_the_speakers_work_drew_in_are_credited(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # what the speaker only joined or took, no count, the speaker's own customers
    "The course I took attracted two hundred students.",
    "The choir I joined attracted forty singers.",
    "The club I ran reached 200 members.",
    "The branch I managed ended up with three thousand customers.",
    "The veg box scheme I set up had a few customers.",
    "I ended up with thirty customers of my own.",
])
def test_people_drawn_to_what_is_not_the_speakers_work_are_not_credited(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # a failure that stopped, told with "now" or after a season of the speaker's change
    "I set up a callback log so every fault got a named owner, and nobody rings back chasing "
    "a repair now.",
    "I rebuilt the bedding plan, and the ward never runs out of clean sheets now.",
    "On the farm I learned to spot foot rot early, and after the first winter we hardly had to "
    "call the vet out for it anymore.",
])
def test_a_failure_that_stopped_told_with_now_is_credited(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # the speaker's own record, no failure that used to happen, the speaker's own life
    "I never miss a shift now.",
    "After the first winter I never missed a shift.",
    "I moved the deliveries to the mornings, and nobody complained.",
    "I joined in May and now nobody calls me at home.",
])
def test_the_speakers_own_record_or_no_objection_is_not_credited(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # a share or a count of the speaker's own work that passed
    "Three years later I was drafting the planning applications myself, and seven of the eight "
    "I drafted were approved.",
    "All the grant bids we wrote got funded.",
    "Nine of the ten apprentices I mentored passed their final assessment.",
])
def test_the_share_of_the_speakers_work_that_passed_is_credited(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    # what the speaker applied for or sat, forms filled in, work of no one named
    "Two of the jobs I applied for were approved.",
    "Both of the exams I sat were passed.",
    "Most of the forms I filled in were accepted.",
    "Nine of the ten loans I processed were approved.",
    "All the essays I marked passed moderation.",
    "Most of the plans were approved.",
])
def test_passing_that_is_the_speakers_own_career_or_no_work_is_not_credited(text):
    assert not _ok(text, "company_result")


# long runs of what the new readers look for: four times the text runs well under eight times
# the kit's lines (sixteen when quadratic), as test_check_linear measures every kind of text
_RUNS = {
    "spared courses": " and the vans left instead of queuing",
    "counts that moved": " and far more customers came in,",
    "denials before a comma": " never done it, the costs fell",
    "work that passed": " seven of the eight I drafted were approved and",
    "people drawn in": " the club I set up ended up with forty members and",
    "states after an act": " I moved the meal, and the ward became calmer",
}


@pytest.mark.parametrize("kind", list(_RUNS))
def test_the_new_readers_do_linear_work(kind):
    from test_check_linear import _lines_run, _superlinear

    from workshop.check import check_answer

    check_answer("warm up: 12% of $1,000 in 3 hours")
    growth, excess = _superlinear(_lines_run, _RUNS[kind])
    assert growth < 8 and excess < 0.1, f"{kind}: {growth:.2f}x, excess {excess:+.3f}"
