"""The seventh round (issue 21, branch ``check7``): recall of growth, results and pitfalls said in
ways the rules had not seen, read from the sentence's structure where it can be: the
organisation taking up the speaker's work, a failure that stopped, an ability the speaker's work
gave the organisation, a named skill's level told as growing (a learner's passive too), an arc
from a time at the start to a time later, and pitfalls told as what drew the speaker. Each class
has sentences in several wordings and the look-alikes it must not read. The sentences are
written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer, pitfall_phrases
from workshop.check_rules import rules
from workshop.outcomes import absences, uptakes
from workshop.reading import read

# --- results: the organisation takes up the speaker's work --------------------------------------


@pytest.mark.parametrize("text", [
    "Head office asked for my rota template again the next year.",
    "Other branches now use my onboarding pack.",
    "My proposal was accepted by the director and is now company policy.",
    "The hospital chose my training plan for every new ward.",
    "The nurses still use the handover sheet I designed.",
    "My intake form was soon rolled out across the region.",
    "Every store now follows the checklist I wrote.",
    "The whole warehouse runs on my picking system to this day.",
    "The school used my planning as its model for the next year group.",
])
def test_the_organisation_taking_up_the_speaker_s_work_is_a_result(text):
    assert _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text", [
    "I still use my checklist in my current job.",  # the speaker's own later use
    "Now I'm looking to apply my experience in a bigger company.",
    "My manager used my desk while I was away.",  # not the speaker's work
    "My boss asked for my opinion again.",
    "The director accepted my proposal.",  # taken up, but neither spread nor kept
    "I now follow the same routine I learned there.",
    "Other staff borrowed my car now and then.",
    "The manager chose me for the night shift again.",  # the speaker, not their work
])
def test_look_alikes_of_an_uptake_are_no_result(text):
    assert not _ok(text, "company_result"), check_answer(text).finding("company_result").message


def test_an_uptake_is_read_from_the_clause_not_from_a_word_list_of_things():
    """Whatever the thing is called, the structure decides: someone else's verb of uptake, the
    speaker's work as its object, and a reach; the same words with the speaker as the subject
    are no uptake."""
    r = rules()
    for thing in ("escalation flowchart", "bin-rotation scheme", "Saturday triage board"):
        theirs = read(f"The other depots copied my {thing} within the year.", r.grammar)
        mine = read(f"I copied my {thing} into every notebook.", r.grammar)
        assert uptakes(r.lists, theirs, theirs.sentences[0]), thing
        assert not uptakes(r.lists, mine, mine.sentences[0]), thing


# --- results: a failure that stopped ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Since then the ward has never missed a medication round.",
    "We never ran out of stock again after I set up the reorder sheet.",
    "After I rebuilt the rota the bakery didn't run late once the rest of the year.",
])
def test_a_failure_that_stopped_is_a_result(text):
    assert _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text", [
    "I never missed a day of work.",
    "I never missed a shift since I started.",  # the speaker's attendance
    "The ward never missed a round.",  # no change told: it was always so
    "Since then I have never lost my temper with a customer.",
])
def test_look_alikes_of_a_failure_that_stopped(text):
    assert not _ok(text, "company_result"), check_answer(text).finding("company_result").message


def test_an_absence_is_quoted_from_its_own_clause():
    r = rules()
    reading = read("Since then the ward has never missed a medication round.", r.grammar)
    (clause, match), = absences(r.lists, reading, reading.sentences[0])
    assert reading.span_text(match.start, match.end) == "never missed"


# --- results: an ability the work gave the organisation; a project delivered --------------------


@pytest.mark.parametrize("text", [
    "Thanks to my schedule the clinic could see more patients every day.",
    "Because of the new layout the kitchen could serve more covers on a Saturday.",
    "After that the team could close the month faster.",
    "We delivered the migration two weeks early; my part was the test plan.",
    "We finished the refit under budget and ahead of schedule, and I ran the supplier side.",
    "The customers kept coming back and asking for me by name.",
])
def test_outcomes_told_as_an_ability_or_a_delivery_are_results(text):
    assert _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text", [
    "If I had more time I could have cut the costs.",
    "Thanks to my experience I could help you cut costs.",  # an offer to the interviewer
    "I could finish my tasks faster after that.",  # the speaker's own pace
    "The clinic could see more patients if it hired another nurse.",  # a condition
    "With more staff the clinic could see more patients.",  # no past told
    "I finished my report two weeks early.",
    "I handed in my coursework ahead of time.",
    "I kept coming back to the same problem.",
])
def test_look_alikes_of_an_ability_or_a_delivery(text):
    assert not _ok(text, "company_result"), check_answer(text).finding("company_result").message


# --- growth: a named skill's level; the job that made the speaker; an arc between two times -----


@pytest.mark.parametrize("text", [
    "My English and my accounting was improved very much in this company.",
    "My negotiation became much stronger there.",
    "My bookkeeping got a lot better in that year.",
    "I have became more confident in handle difficult customer.",
    "The job made a planner out of me.",
    "On day one the till scared me. By Christmas I was the person balancing the safe at close.",
    "In my first few weeks I needed help with every invoice. Six months in I was closing the "
    "books on my own.",
    # told as a way in and a way out, or as a gain named with a noun
    "I walked in not knowing what a purchase order was and walked out running procurement for "
    "the site.",
    "I went in as a trainee and came out a qualified electrician.",
    "Before that job I never spoke in meetings; after it I was presenting to the board.",
    "Mentoring by my manager turned me from a nervous speaker into a confident trainer.",
    "It's where I cut my teeth in project management.",
    "There I got my grounding in food safety.",
    "My biggest growth was in stakeholder management.",
    "The biggest thing I took from it was how to negotiate with suppliers.",
    "I came away with real skills in stock control.",
    "That job is where I really found out how to manage a budget.",
])
def test_growth_told_without_a_learn_verb(text):
    assert _ok(text, "skill_growth"), check_answer(text).finding("skill_growth").message


@pytest.mark.parametrize("text", [
    "My mood got a lot better.",
    "My team became much stronger there.",  # the team, not a skill
    "My pedagogical skills got better.",  # names no job skill
    "I became more confident in myself.",
    "The job made a mess out of me.",
    "On my first day it rained. Later I went home.",
    "I came in early and went out late.",
    "What I got from it was a pay rise.",
    "I walked in and walked out again.",
    "I got much better at it.",  # better, but at nothing named
])
def test_look_alikes_of_growth_without_a_learn_verb(text):
    assert not _ok(text, "skill_growth"), check_answer(text).finding("skill_growth").message


def test_a_skill_s_level_told_as_growing_is_not_also_a_result():
    text = "My English and my accounting was improved very much in this company."
    assert not _ok(text, "company_result")


# --- pitfalls: what drew the speaker, and more ways to say the old ones --------------------------


@pytest.mark.parametrize("text, category", [
    ("The discount on clothes was a big draw for me.", "perks"),
    ("Honestly the canteen was the main attraction for me.", "perks"),
    ("Working there was a dream because I got to travel the world.", "perks"),
    ("I just needed something to pay the rent.", "wanted"),
    ("It was mostly about getting experience on my CV.", "wanted"),
    ("The biggest thing for me was getting the team leader title.", "promotion"),
    ("We were like one big family there.", "team"),
    ("Everyone got on so well.", "team"),
    ("The boss there was very bad person.", "complaints"),
    ("I was bored out of my mind most days.", "complaints"),
])
def test_pitfalls_in_other_words(text, category):
    assert category in pitfall_phrases(text), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "The bored customers left the queue once I opened a second till.",
    "I got the title of the report wrong once.",
    "I paid the suppliers on time every month.",
    "I negotiated a discount on our bulk orders that saved 3,000 pounds a year.",
    "My manager was never a bad person to work for.",
])
def test_look_alikes_of_pitfalls_in_other_words(text):
    assert _ok(text, "pitfalls"), pitfall_phrases(text)


# --- from the blind set probe_blind5's misses, as classes (sentences in other words) ------------


@pytest.mark.parametrize("text", [
    # growth told as what others came to hand the speaker, after a start
    "At first they had me on the tills only. By the summer the manager had me running the whole "
    "stock room.",
    "At the start I only made copies. Now the teacher gives me the reading group every morning.",
    "First year I'd freeze on the difficult calls. By my third year they had me coaching the new "
    "starters.",
    # trained in the passive, or sent on it
    "I was sent on the forklift course and later ran the loading bay.",
    "They put me through my food hygiene certificate.",
    "Once I got the hang of the booking system I rebuilt the whole rota.",
    "I went on the assessors' course and came back able to moderate the whole department.",
    # a plain end told before its start
    "By the end I was doing the payroll alone, which I had never done before.",
])
def test_growth_told_as_others_tell_it(text):
    assert _ok(text, "skill_growth"), check_answer(text).finding("skill_growth").message


@pytest.mark.parametrize("text", [
    "When I started they gave me the keys to the office.",  # the start itself, no later
    "At first they had me on nights. Then they let me go.",
    "When I joined, my manager asked me to fill in a form.",
    "Then I went home, I had never been so tired.",  # no plain end
])
def test_look_alikes_of_growth_as_others_tell_it(text):
    assert not _ok(text, "skill_growth"), check_answer(text).finding("skill_growth").message


@pytest.mark.parametrize("text", [
    "We threw a lot less food away after I changed the ordering.",
    "The slips on the wet floor went to nothing after that.",
    "About ten thousand pounds of old arrears got paid back on the plans I set up.",
    "Before, we had many parcels going to the wrong depot. By the spring it was only one a week.",
    "Before that we had a complaint almost every day; after the new script it was one a month.",
    "I came back able to write the risk forms properly. The other wards adopted them within the "
    "month.",
])
def test_results_from_probe_classes(text):
    assert _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text", [
    "I paid less tax that year.",
    "I spent less time at home.",
    "I paid back my student loan.",
    "Before that I was a waiter; it was only one year.",  # the speaker's own past
    "Before I joined I had two jobs. Now it was one.",
    "The department adopted them for every year group.",  # "them": no work of the speaker's
    "I liked the new uniforms. The staff kept them for years.",
])
def test_look_alikes_of_results_from_probe_classes(text):
    assert not _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text", [
    "The team is closing most tickets the same day.",  # "closing" is no praise
    "The general manager wrote me an amazing reference when I left.",  # a thing given to me
    "Honestly what I liked most was getting properly good at the minor ailments side.",
])
def test_no_pitfall_in_probe_look_alikes(text):
    assert _ok(text, "pitfalls"), pitfall_phrases(text)


@pytest.mark.parametrize("text, category", [
    ("That's really what I'm after in my next job, somewhere that will invest in me.", "wanted"),
    ("The team was really close.", "team"),
    ("What I liked most was the free lunches.", "enjoyment"),
])
def test_pitfalls_beside_the_probe_look_alikes(text, category):
    assert category in pitfall_phrases(text), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "Within a year our absence rate was roughly half what it had been.",
    "The refunds got processed a lot faster.",
    "Since I started the checks we haven't had one pump run dry overnight.",
    "After I took over the logs we didn't get one fine the whole year.",
    "We settled the suppliers' invoices in half the time.",
    "The desk is closing most queries the same day now.",
])
def test_more_results_without_a_change_verb(text):
    assert _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text", [
    "I got a lot faster at the till.",  # the speaker's own pace
    "I closed my tickets the same day.",
    "I haven't had one day off since I started.",
    "I did the job in half the time the others took.",
])
def test_look_alikes_of_more_results_without_a_change_verb(text):
    assert not _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text", [
    "They trained me on the loading procedures and the delivery paperwork.",
    "I did my Level 3 in bookkeeping there, so I could close the month alone.",
    "I've done the manual handling training, so I'm the one who checks the hoists.",
    "I got put on the returns desk, and by the last summer I was running returns for two "
    "stores.",
])
def test_growth_told_as_training_taken(text):
    assert _ok(text, "skill_growth"), check_answer(text).finding("skill_growth").message


@pytest.mark.parametrize("text", [
    "It made me a much more patient person.",  # a trait, no job skill
    "I did my shift and went home.",
    "My old boss trained me in person once.",
    "They put me on the management scheme after a year.",
])
def test_look_alikes_of_growth_told_as_training_taken(text):
    assert not _ok(text, "skill_growth"), check_answer(text).finding("skill_growth").message


@pytest.mark.parametrize("text", [
    "By the summer nine of the pupils were at the level for their age.",
    "The call-outs for leaks on our sites just stopped in my last year.",  # no "stop in" visit
    "Our lost sales on 'we don't have that size' basically stopped.",  # the quote's own "don't"
])
def test_results_the_readers_had_hidden(text):
    assert _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text", [
    "I stopped in at the office on my way home.",
    "The manager said 'it works' but sales didn't improve.",  # a negation outside the quote
])
def test_look_alikes_of_the_results_the_readers_had_hidden(text):
    assert not _ok(text, "company_result"), check_answer(text).finding("company_result").message


@pytest.mark.parametrize("text, category", [
    ("I took the job because it paid more than anywhere else.", "wanted"),
    ("I stayed because the hours were short.", "wanted"),
    ("I like this job because is near to my house.", "wanted"),
    ("They cut our hours without warning.", "complaints"),
    ("Management cut my shifts.", "complaints"),
    ("It was a dead-end job with zero progression.", "complaints"),
    ("The supervisor was always angry and not respect the workers.", "complaints"),
    ("What I miss most is the lads.", "team"),
    ("The colleagues was like brothers for me.", "team"),
    ("We used to go out after every shift.", "fun"),
    ("The Christmas parties were the highlight of the year.", "fun"),
    ("The car allowance was great.", "perks"),
])
def test_pitfalls_as_motives_and_more(text, category):
    assert category in pitfall_phrases(text), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "I planned the Christmas party budget and cut it by 20%.",
    "Sales rose because customers paid less for bulk orders.",
    "I stayed for the handover week to train my replacement.",
    "We cut our hours on the line by a third after I rebuilt the routes.",
    "I redesigned the rota so nobody was stuck doing the same shift every week.",
    "The residents miss their families, so I set up video calls.",
])
def test_look_alikes_of_pitfalls_as_motives(text):
    assert _ok(text, "pitfalls"), pitfall_phrases(text)
