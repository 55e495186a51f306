"""Whose work a change is told as the work of (``workshop/result_cause.py``): the speaker's work
told as its cause ("because I ...", "thanks to my ...", "because of the plan I wrote", ", so
..."), or someone else's told as its doer ("Priya rebuilt the process and our sales rose");
and their look-alikes: the speaker's own career, feelings or praise, a state, a plan, a
cause that is someone else's, and the speaker beside a colleague's change."""

import pytest

from workshop.check import check_answer

CAUSED = [
    # the effect before the cause, a passive, a subject not the speaker
    "At the vet practice I learned to triage calls, and three dogs were seen the same day "
    "because I spotted their symptoms on the phone.",
    "I learned to price jobs at the roofing firm. The firm won its first council contract "
    "because I rewrote the quote templates.",
    # "because of" the thing the speaker made, a relative clause before the effect's verb
    "I learned to map the routes; the drivers who were always late finished early because of "
    "the timetable I drew up.",
    # "thanks to my ..."
    "I learned stock control at the bakery, and the shelves stayed full every Saturday thanks "
    "to my ordering sheet.",
    # the cause first, pointing back to the speaker's act in the sentence before
    "I learned the booking software and built a waiting list for cancelled slots. Because of "
    "that, the clinic filled almost every gap within the hour.",
    # the consequence after the speaker's act: ", so" and "after that"
    "I learned to read the boiler logs and I reset the timers, so the tenants got hot water "
    "again before breakfast.",
    "I taught myself the till software and changed the closing routine, and after that the "
    "cash counts balanced every night.",
    # what someone told the speaker happened, past the telling
    "I learned to run the toddler sessions at the library. A dad wrote to us that his "
    "daughter had joined the library because of the rhyme time I started.",
    # a state told against how it was
    "I learned to prep the night before, so the salad bar was full at opening instead of "
    "half empty.",
    # a need that stopped
    "I learned to drive the forklift and covered every late delivery, so the depot never had "
    "to hire agency drivers.",
]

NOT_CAUSED = [
    # the speaker's own career step, feeling or praise
    "I learned to balance the ledgers, and I was promoted because I caught the payroll error.",
    "I learned to run the kids' club and the parents thanked me because I stayed late.",
    "I learned to run the kids' club and the children loved it because I made it fun.",
    # praise told to the speaker, and a state after "had"
    "I learned the tills at the garage. My boss told me I was a natural because I stayed "
    "late.",
    # a state, not a happening
    "I learned to serve at the bar. The pub was busy because I was on the door.",
    # the speaker's own change, however placed
    "I learned the rules of the depot. At the start I missed a delivery because I forgot the "
    "cut-off time.",
    # a cause that is not the speaker's work
    "I learned to stack shelves. The shop closed early because of the storm.",
    "I learned to stack shelves. The shop got busier thanks to my manager.",
    # a plan or a wish after "so"
    "I learned to plan the deliveries, so the depot would never have to hire drivers.",
    # a state after "so" told against nothing
    "I learned to prep the night before, so the salad bar was full.",
    # "so" that is no consequence, and "so that", a purpose
    "I learned to write reports, and my first report was so long nobody finished it.",
    "I learned to write the rota so that the weekend was covered.",
    "I learned the stock room, and I helped by turning the milk so the newest cartons sat at "
    "the back.",
    # "I mean" is talk, not the speaker's doing
    "I got quick at the tills. And the chain, I mean the chain opened forty stores that year, "
    "so, yeah.",
]

OTHERS = [
    # a colleague named earlier, then their doing and the change
    "My first job was at a gym under a manager called Priya. Priya rebuilt the membership "
    "offers and our sign-ups went up by half that year. Under her I learned to plan classes.",
    # the manager, then "she" again
    "My supervisor in the claims team, she has automated the checks and now claims are paid "
    "in two days instead of ten. From her I learned to write macros.",
    "The owner redesigned the menu and the cafe's takings doubled. I learned to make coffee "
    "there.",
]

MINE_WITH_OTHERS = [
    # the speaker with the colleague: their part is told in the sentence
    "My manager and I rebuilt the membership offers and our sign-ups went up by half. I "
    "learned to plan classes there.",
    # the manager's doing on the speaker's own work
    "I learned to plan classes at the gym. The manager rolled my class timetable out to all "
    "four branches.",
    # the colleague's doing, then the speaker's own change in the next sentence
    "I learned to plan classes at the gym. My manager asked me to redo the timetable, and I "
    "cut the empty slots by half.",
]


@pytest.mark.parametrize("text", CAUSED)
def test_a_change_told_with_the_speakers_work_as_its_cause_is_a_result(text):
    finding = check_answer(text).finding("company_result")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", NOT_CAUSED)
def test_a_career_step_a_feeling_a_state_or_anothers_cause_is_no_result(text):
    finding = check_answer(text).finding("company_result")
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text", OTHERS)
def test_a_change_told_after_someone_elses_doing_is_not_the_speakers(text):
    finding = check_answer(text).finding("company_result")
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text", MINE_WITH_OTHERS)
def test_the_speaker_beside_a_colleague_keeps_their_result(text):
    finding = check_answer(text).finding("company_result")
    assert finding.ok, finding.message


def test_the_result_quotes_the_sentence_that_tells_the_cause():
    text = ("I learned to price jobs at the roofing firm. The firm won its first council "
            "contract because I rewrote the quote templates.")
    finding = check_answer(text).finding("company_result")
    assert "council contract because I rewrote" in finding.message
