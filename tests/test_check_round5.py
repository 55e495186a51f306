"""The classes the fifth round (issue 21, branch ``check5``) reads, each with look-alikes it
must not read: the speaker's own rate of work told as a change, a count told without a digit,
a result's measure in the clause that points back at it, new work the organisation used to
turn away, money that came back, a modal with its verb left out, a start as a trainee with an
end told by the year, and learning of unnamed "new things". The sentences are written for these
tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer

# --- the speaker's own rate of work: growth's evidence, not the organisation's result ----------


@pytest.mark.parametrize("text", [
    "I learned the tariff codes, and by the end I was clearing sixty shipments a day, up from "
    "twenty when I started.",
    "After the training I was booking about thirty jobs a week, up from ten in my first month.",
    "I handled forty calls a shift by my second year, twice as many as at the start.",
    "By Easter I could pick 150 lines an hour, up from 90.",
])
def test_the_speakers_own_rate_of_work_is_no_result(text):
    check = check_answer(text)
    assert not check.finding("company_result").ok
    assert not check.finding("quantified").ok


def test_the_own_rate_message_says_what_is_still_to_be_said():
    check = check_answer("By the end I was closing forty claims a week, up from fifteen.")
    message = check.finding("company_result").message
    assert "how much you got through yourself" in message
    assert "forty claims a week" in message


@pytest.mark.parametrize("text", [
    # the team's rate, or a verb that acts on the organisation's work
    "Once the new rota was in, the depot was shipping 300 orders a day, up from 120.",
    "I cut the queue at the returns desk from 40 people a day to 10.",
    "I was saving the shop about 200 pounds a week, up from nothing before.",
])
def test_look_alikes_of_an_own_rate_still_count_as_results(text):
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert check.finding("quantified").ok


# --- a count told without a digit --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Since I took over the rota, the hospital has not had a single shift left uncovered.",
    "After I rewrote the checklist we didn't get a single complaint about missing parts, which "
    "cut the returns we handled.",
    "Since I took over the filing we haven't had a single late return to the tax office.",
    "Once I rebuilt the checks, the warehouse stopped losing pallets: not one went missing in a "
    "year.",
])
def test_a_count_told_without_a_digit_is_a_results_number(text):
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert check.finding("quantified").ok


@pytest.mark.parametrize("text", [
    "I didn't take a single day off in two years.",  # no result
    "Not one person on that team helped me.",
    "I never missed a single shift and I was always on time.",
])
def test_an_absence_outside_a_result_is_no_number(text):
    assert not _ok(text, "quantified")


# --- the result's measure in the clause that points back at it --------------------------------


@pytest.mark.parametrize("text", [
    "Because I could run the jobs myself, the firm started quoting for loft work it used to "
    "turn away, and by my last year that was about a quarter of our work.",
    "I found a 600 pound overcharge on the fuel cards, which the supplier refunded.",
    "We took on weekend orders we used to refuse, and that came to 15% of our sales.",
])
def test_a_results_measure_in_the_clause_pointing_back_at_it(text):
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert check.finding("quantified").ok


def test_a_number_two_clauses_away_is_not_the_results():
    check = check_answer("We had 4 tills on a Saturday, then I rewrote the returns form, and "
                         "the store cut its queues.")
    assert check.finding("company_result").ok
    assert not check.finding("quantified").ok


# --- new work the organisation used to turn away; money that came back -------------------------


@pytest.mark.parametrize("text", [
    "Once I could weld aluminium, the garage took jobs it used to send out to a specialist.",
    "After I qualified, the practice could take on clients they used to turn away.",
    "The clinic now sees cases it used to refer elsewhere, and the orders it used to decline "
    "come to us.",
    "I spotted a double charge on the utility bills, which the energy company reimbursed.",
])
def test_new_work_and_money_that_came_back_are_results(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I used to turn away customers when the kitchen was full.",  # the speaker, no new work
    "I used to refuse overtime in my first year.",
    "I refunded customers at the service desk every day.",  # a duty, the speaker's
    "It's a busy counter with refunds, complaints and parcels.",  # a noun, no outcome
])
def test_look_alikes_of_new_work_and_money_back_are_no_results(text):
    assert not _ok(text, "company_result")


# --- a modal with its verb left out bears on nothing that follows ------------------------------


@pytest.mark.parametrize("text", [
    "Now that there was someone who could, the shop started selling repairs it used to turn "
    "away.",
    "I learned the stock system as fast as I could, and the store cut its waste by a third.",
])
def test_an_elided_modal_is_no_wish(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I wish I could have cut the waste by a third.",
    "If I could, I would cut the waste by a third.",
])
def test_a_modal_with_its_verb_is_still_a_wish(text):
    assert not _ok(text, "company_result")


# --- a start as a trainee, an end told by the year ---------------------------------------------


@pytest.mark.parametrize("text", [
    "In 2019 I joined a small surveying firm as a trainee. By 2021 I could price a whole "
    "extension on my own.",
    "I started at the garage as an apprentice. By 2020, I could strip and rebuild a gearbox.",
])
def test_a_trainee_start_and_an_end_told_by_the_year_is_growth(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "In 2019 I joined a small surveying firm. By 2021 the firm had moved to Leeds.",
    "I started there as a trainee in 2019.",
])
def test_look_alikes_of_a_trainee_arc_are_no_growth(text):
    assert not _ok(text, "skill_growth")


# --- learning of unnamed things ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Those months were a long stretch of learning new things every day.",
    "I learned so many new things in that café.",
    "I learned all sorts of things on the shop floor.",
])
def test_learning_new_things_names_no_skill(text):
    assert not _ok(text, "skill_growth")


def test_learning_a_named_new_thing_is_still_growth():
    assert _ok("I learned new costing methods for bespoke joinery.", "skill_growth")


# --- a lesson named, then told ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The market stall taught me a hard lesson. First, count the float before the first customer "
    "arrives.",
    "That season I learned two lessons. Firstly, always check the harness before a climb.",
    "The agency taught me one thing: never send a quote without the site survey.",
])
def test_a_lesson_named_then_told_is_growth(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "The market stall taught me a hard lesson.",  # never told
    "That job taught me a valuable lesson. After that I was never late again.",  # no list
    "I learned a lesson there. I left after a month.",
])
def test_a_lesson_never_told_is_no_growth(text):
    assert not _ok(text, "skill_growth")


# --- a lesson for the speaker as a person or a customer ------------------------------------------


@pytest.mark.parametrize("text", [
    "Waiting tables taught me to be kind to waiters and a good tipper.",
    "The job taught me to be grateful for what I have.",
    "I learned to be humble.",
])
def test_a_lesson_in_being_a_better_person_names_no_job_skill(text):
    assert not _ok(text, "skill_growth")


def test_a_lesson_in_doing_the_work_is_still_growth():
    assert _ok("The job taught me to de-escalate angry callers on the phone.", "skill_growth")


# --- learners' English: "less" for "fewer", a count now and before in bare number words --------


@pytest.mark.parametrize("text", [
    "After I start the medicine checks on my ward we have much less errors, in three months only "
    "one, before it was more than eight.",
    "When I make the new order list the shop have less complaints, now two, before it was ten.",
])
def test_a_learners_count_now_and_before_is_a_results_number(text):
    check = check_answer(text)
    assert check.finding("company_result").ok
    q = check.finding("quantified").number
    assert q is not None and q.before is not None and q.value < q.before


@pytest.mark.parametrize("text", [
    "I had only two breaks a day, before it was more than three.",  # no result of the org
    "I worked less hours in the summer.",  # the speaker's hours
])
def test_look_alikes_of_a_learners_count_are_no_result_number(text):
    assert not _ok(text, "quantified")


@pytest.mark.parametrize("text", [
    "The ward sister taught me to do the falls assessment on every new patient.",
    "I joined the falls team and learned the whole pathway.",
])
def test_a_result_word_used_as_a_noun_is_no_result(text):
    assert not _ok(text, "company_result")


def test_falls_that_fell_are_still_a_result():
    assert _ok("After I brought in the night checks, falls on the ward dropped by a third.",
               "company_result")


# --- "one" that picks out an occasion; amounts told as "thousands and thousands" ----------------


@pytest.mark.parametrize("text", [
    "On one shift I helped the store to sell out of the whole new range.",
    "One trip to the stockroom later, the shop cut its queue to nothing.",
    "One morning I rebuilt the reorder list, and the café stopped running out of milk.",
])
def test_one_that_picks_out_an_occasion_is_no_measure(text):
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert not check.finding("quantified").ok


@pytest.mark.parametrize("text", [
    "I cut the van runs down to one trip a day from three.",
    "The clinic went from three visits a week to one visit a week.",
])
def test_one_as_a_measure_or_a_rate_still_counts(text):
    assert _ok(text, "quantified")


def test_thousands_and_thousands_of_dollars_is_a_results_number():
    check = check_answer("My mailings brought in thousands and thousands of dollars of repeat "
                         "orders for the store.")
    assert check.finding("company_result").ok
    assert check.finding("quantified").ok


# --- growth of a skill the sentence before named ------------------------------------------------


@pytest.mark.parametrize("text", [
    "What I am best at is my customer service. I have worked on developing this more than "
    "anything else.",
    "My negotiation was shaky at first. I sharpened it on every supplier call.",
    "My bookkeeping was weak when I started. I practised it every night until the month-end "
    "balanced.",
])
def test_growth_of_a_skill_named_the_sentence_before(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "My manager was very kind to me. I developed that over time.",  # no skill named
    "We had a lovely office by the river. I worked on it every weekend.",
    "I have worked on developing this more than anything else.",  # nothing before
])
def test_this_with_no_skill_named_before_is_no_growth(text):
    assert not _ok(text, "skill_growth")


# --- a present practice traced back to the job ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "I learned to build rotas at the depot. The way I plan shifts now at the hospital comes "
    "straight from there.",
    "I learned to build rotas at the depot. How I brief a ward today goes back to that job.",
    "I learned to build rotas at the depot. I still use the same rota method in my current job.",
])
def test_a_present_practice_traced_back_to_the_job_is_later_use(text):
    assert _ok(text, "used_later")


@pytest.mark.parametrize("text", [
    "I learned to build rotas at the depot. The idea came from there.",  # not when
    "I learned to build rotas at the depot. Now my sister comes from there too.",
])
def test_look_alikes_of_a_practice_traced_back_are_no_later_use(text):
    assert not _ok(text, "used_later")


# --- a clear outcome with no change verb and no number ---------------------------------------


@pytest.mark.parametrize("text", [
    "We rebuilt the returns process, and my part was the label system; the warehouse now ships "
    "refunds the same day.",
    "My team moved the clinic to online booking; I wrote the patient letters, and no "
    "appointments were lost in the switch.",
    "Because of the checklist I wrote, the hotel decided to use it in every branch.",
    "After my audit, the charity kept its funding.",
    "Head office rolled my rota template out to every store in the region.",
])
def test_a_clear_outcome_without_a_change_verb_is_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I now get to work the same day my shift starts.",  # the speaker's own day
    "I decided to use it for my own notes.",  # the speaker's decision
    "I rolled the trolleys out to the car park.",  # a duty
])
def test_look_alikes_of_an_outcome_without_a_change_verb(text):
    assert not _ok(text, "company_result")


# --- a number of what is no result -----------------------------------------------------------


def test_people_helped_to_a_promotion_are_not_the_results_number():
    check = check_answer("I met every sales goal the company set and helped 2 juniors get "
                         "promoted.")
    assert check.finding("company_result").ok
    assert not check.finding("quantified").ok


def test_a_number_of_the_result_beside_a_promotion_still_counts():
    check = check_answer("I cut the stock write-offs by 30% and helped my deputy get promoted.")
    assert check.finding("quantified").ok


@pytest.mark.parametrize("text", [
    "The kitchen threw away 30% less each week.",
    "Once the routes were planned, the vans used a third less fuel.",
])
def test_an_amount_less_told_after_the_verb_is_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I worked 30% less in my final year.",
    "I took a third less holiday than the others.",
])
def test_the_speaker_doing_less_is_no_result(text):
    assert not _ok(text, "company_result")


# --- a use told in the future of the past, and "in good stead" ---------------------------------


@pytest.mark.parametrize("text", [
    "I learned to weld there, and that was to hold me in good stead for the rest of my working "
    "life.",
    "I learned to weld there, and it has stood me in good stead ever since.",
    "I learned to read a balance sheet there, a skill that would serve me well in every job "
    "after.",
])
def test_a_use_told_in_the_future_of_the_past_is_later_use(text):
    assert _ok(text, "used_later")


@pytest.mark.parametrize("text", [
    "I learned to read a balance sheet there, and I would use it in my next job.",  # a plan
    "I learned to weld there, and I hope it will stand me in good stead.",
    "I learned to weld there. I would love to use it again one day.",
])
def test_a_plan_or_a_hope_is_still_no_later_use(text):
    assert not _ok(text, "used_later")
