"""Ordinary strong answers the blind probe showed the check missing (issue 21, task 1), read as
classes of speech, never as one sentence: for each rule, sentences written here in other words
that it must read, and one it must not. None is from a corpus."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer

# -- growth told as an arc: a starting point, then where it got to ------------------------------

@pytest.mark.parametrize("text", [
    # a start that is a time or an arrival, not "when I started"
    "On arrival I was unfamiliar with the booking system. By the end, the senior clerk was "
    "sending me the tricky group bookings.",
    "First week, I burned every batch of bread. By the third month I was running the early "
    "bake alone.",
    "I started out only restocking shelves. Within two years I was setting the store's "
    "planograms.",
    # where it got to, told as a count of time "on" or "after"
    "At first I could not read a wiring diagram. Two years on I was signing off other "
    "electricians' boards.",
    "When I joined I had only ever used a till. After eighteen months I was doing the weekly "
    "cash reconciliation.",
    # a telegram with labels
    "Start: never used a lathe. End: turning shafts to a tenth of a millimetre.",
    # a later season or term
    "When I started I had never led a group; by my second summer I was running the climbing "
    "sessions for the whole camp.",
    # where it got to, a few sentences on
    "I came in able to do the basic blood tests and not much more. The lab was short of "
    "people. I asked to sit with the senior scientist. Over the two years I got to where I "
    "could validate a new assay on my own.",
])
def test_growth_told_as_an_arc_is_found(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    # an arc of a feeling or a status, not of a job skill
    "On arrival I was a beginner. By the end I was an expert.",
    "At first I was shy. Two years on I was confident.",
])
def test_an_arc_that_names_no_job_skill_is_not_growth(text):
    assert not _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "When I started I struggled with the stock system. A colleague sat with me. I read the "
    "manual at home. Within two years I was training the new starters on it.",
    "I froze on my first emergency call. I listened back to every call I took. I shadowed the "
    "night supervisor. By the end I could run a cardiac arrest call on my own.",
])
def test_a_struggle_is_the_start_of_an_arc_told_over_several_sentences(text):
    assert _ok(text, "skill_growth")


def test_an_arc_end_too_far_from_its_start_is_not_read_as_one():
    text = ("I struggled with the stock system at first. The shop was busy. The owner was away. "
            "The van was late every week. It rained a lot. Within two years the shop had closed.")
    assert not _ok(text, "skill_growth")


# -- whose words: someone else's fun, a sales promotion, a place named after a perk ------------

@pytest.mark.parametrize("text", [
    "The families had a great time at the pool parties I organised, and rebookings rose by a "
    "fifth.",
    "Tourists loved the walking tours I wrote, and the centre sold 30% more tickets.",
    "Our players had fun at the new training sessions, and attendance doubled.",
])
def test_the_fun_of_guests_or_families_is_not_the_speakers_pitfall(text):
    assert _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "I ran the whole Christmas gift promotion and we sold out of hampers.",
    "I planned the stock for the spring garden promotion, so the shelves never emptied.",
    "The drinks promotion I set up lifted bar sales by 12%.",
])
def test_a_sales_promotion_is_not_the_promotion_pitfall(text):
    assert _ok(text, "pitfalls")


@pytest.mark.parametrize("text", [
    "I worked at the benefits agency and cut the claims backlog by 20%.",
    "I answered the benefits helpline and got the waiting time down to four minutes.",
])
def test_a_place_named_after_benefits_is_not_a_perk(text):
    assert _ok(text, "pitfalls")


def test_benefits_praised_are_still_a_perk():
    assert not _ok("The benefits were brilliant and the pension was generous.", "pitfalls")


def test_a_promotion_told_as_the_result_is_still_the_pitfall_and_no_result():
    text = "The result was that I was promoted to shift lead within a year."
    check = check_answer(text)
    assert not check.finding("company_result").ok
    assert not check.finding("pitfalls").ok


# -- results: the speaker's help in a watched time, comparisons, hedged numbers -----------------

@pytest.mark.parametrize("text", [
    "While I was there I helped the depot bring its late deliveries down.",
    "When I was there I helped the surgery cut missed appointments by a third.",
])
def test_help_in_the_time_one_was_there_is_a_result(text):
    assert _ok(text, "company_result")


def test_a_change_only_watched_while_there_is_not_a_result():
    assert not _ok("While I was there the company doubled its revenue.", "company_result")


@pytest.mark.parametrize("text", [
    "We packed 300 boxes a shift instead of 200.",
    "The depot cleared the returns in two days instead of the eight it used to take.",
    "Our repeat-order rate was 54 percent, against 35 percent the year before.",
    "Breakages on my line were down from about 40 a week to 9.",
])
def test_a_result_told_as_a_comparison_is_a_result_with_a_number(text):
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert check.finding("quantified").ok


def test_a_comparison_of_one_persons_hours_is_not_a_comparison_result():
    assert not _ok("I worked on the tills instead of the stockroom.", "company_result")


@pytest.mark.parametrize("text", [
    "Complaints fell from something like thirty a month to about six.",
    "Missed collections dropped from roughly twenty a week to nearly none, about two.",
])
def test_hedged_number_words_in_a_result_are_numbers(text):
    assert _ok(text, "quantified")


def test_helping_by_doing_a_duty_is_a_duty():
    check = check_answer("I helped the trust by answering the phones every day.")
    assert not check.finding("company_result").ok
    assert "duty" in check.finding("company_result").message


@pytest.mark.parametrize("text", [
    "I helped the depot cut fuel use by 9%.",
    "I helped the trust halve its agency spend.",
    "I helped the academy raise its attendance to 96%.",
])
def test_organisations_of_many_kinds_are_helped(text):
    assert _ok(text, "company_result")


# -- hollow: shapes filled with words that name nothing -----------------------------------------

@pytest.mark.parametrize("text", [
    "I helped the department to make a real impact and deliver value.",
    "I contributed to improving outcomes and performance across the organisation.",
    "It was all about improving efficiency, reducing costs and raising standards.",
    "I went from novice to professional in my work.",
])
def test_a_claim_that_names_nothing_does_not_count(text):
    check = check_answer(text)
    assert not check.finding("company_result").ok or not check.finding("skill_growth").ok
    assert not check.verdict.strong


# -- one owner for "a team of 8 is not a result" -------------------------------------------------

@pytest.mark.parametrize("text", [
    "I led a crew of about 12 and we cut overtime.",
    "I taught a room of 30 and we raised attendance.",
    "As part of a squad of 6, we improved the rota.",
])
def test_a_team_size_is_the_number_readers_rule_and_no_results_number(text):
    from workshop.numbers import quantities, team_size

    counts = [q for q in quantities(text) if q.kind == "count"]
    assert counts and all(team_size(text, q) for q in counts)
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert not check.finding("quantified").ok


def test_a_count_after_other_words_is_no_team_size():
    from workshop.numbers import quantities, team_size

    text = "We signed 12 new clients."
    assert not any(team_size(text, q) for q in quantities(text))
    assert _ok(text, "quantified")


# -- whose arc, and lessons about life told with "learned" ---------------------------------------

@pytest.mark.parametrize("text", [
    "The client had never been able to book online, and after my fix she could finish an order.",
    "My trainee had never used the till; by the end they could cash up.",
])
def test_someone_elses_start_is_not_the_speakers_growth(text):
    assert not _ok(text, "skill_growth")


def test_the_speakers_start_after_someone_elses_words_is_still_theirs():
    text = ("The first time a customer shouted at me, I froze. By the end I could calm an angry "
            "caller down on my own.")
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "Serving the same regulars every morning, I learned the importance of small routines.",
    "I learned the value of a kind word.",
    "I learned the meaning of hard work there.",
])
def test_a_lesson_about_life_told_with_learned_is_not_growth(text):
    assert not _ok(text, "skill_growth")


def test_learning_a_named_method_is_still_growth():
    assert _ok("I learned the costing method the finance team used for tenders.", "skill_growth")


# -- goals: a word of the goal's family, and goals said in the words of their measures -----------

@pytest.mark.parametrize("text,goal", [
    ("I learned to validate lab methods, and we cut retests by half.", "method validation"),
    ("I learned to script the rollouts, and we deployed 300 tablets in a week.",
     "automate device deployment"),
    ("I learned to plan the kids' programme, and rebookings rose from 30% to 41%.",
     "guest retention"),
    ("I learned to handle complaints, and our review score went up from 8.1 to 8.7.",
     "guest satisfaction"),
])
def test_a_goal_is_backed_in_the_words_of_its_family_or_its_measure(text, goal):
    assert check_answer(text, [goal]).finding("goals_match").ok


@pytest.mark.parametrize("text,goal", [
    ("I learned to run community events, and attendance doubled.", "internal communication"),
    ("I learned to cook for eighty, and waste fell by a third.", "guest retention"),
])
def test_a_goal_is_not_backed_by_a_word_that_only_looks_related(text, goal):
    assert not check_answer(text, [goal]).finding("goals_match").ok


# -- later use told as the next job and what was carried there ------------------------------------

@pytest.mark.parametrize("text", [
    "I learned to price roofing jobs there. When I went self-employed I won a school contract "
    "off the back of it.",
    "I learned to run stock counts. Next job: same counting routine, and shrinkage fell by half.",
    "I learned to write grant bids. At my next employer the same bid approach brought in "
    "$40,000.",
])
def test_a_grown_skill_carried_into_the_next_job_is_later_use(text):
    assert _ok(text, "used_later")


def test_a_next_job_with_nothing_carried_is_not_later_use():
    assert not _ok("I learned to price roofing jobs there. Next job: a warehouse, nights.",
                   "used_later")


@pytest.mark.parametrize("text", [
    "After my changes the cafe was making more from takeaways than from tables.",
    "By spring the branch was selling more phones than the flagship store.",
    "We took more bookings than the year before.",
])
def test_an_outcome_told_as_more_than_before_is_a_result(text):
    assert _ok(text, "company_result")


def test_the_speaker_making_more_money_is_not_a_result():
    assert not _ok("I was making more money than ever.", "company_result")
