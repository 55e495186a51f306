"""Issue 21, tenth round (branch ``check10``): results told as a better state since the
speaker's change, a failure that "has not happened since", duties told as "making sure", and
goals backed by meaning (a count compared across two sentences, a goal copied in generic words,
kinds of fuel and medicines, absence from work).

Each class comes with look-alikes that must not count. The sentences are written for these
tests (none is from a corpus)."""

from __future__ import annotations

import time

import pytest

from workshop.check import check_answer

GROWN = "As a care assistant I learned to run the evening activities rota. "


def _result(text: str):
    return check_answer(GROWN + text).finding("company_result")


@pytest.mark.parametrize("text", [
    "Residents were calmer in the evenings once we started the music sessions.",
    "The patients seemed far more settled after I rearranged the day room.",
    "Since I set up the new filing system, mistakes have been rarer.",
    "Deliveries got a lot quicker once I had redrawn the loading plan.",
    "The kitchen was quieter and tidier since I reorganised the prep stations.",
    "Since then the parents have been more involved with the homework.",
    "The drivers are safer now that I run the refresher sessions.",
])
def test_a_better_state_since_the_speakers_change_is_a_result(text):
    finding = _result(text)
    assert finding.ok, finding.message
    assert finding.sentence in text


@pytest.mark.parametrize("text", [
    "I was calmer once I started the night shifts.",  # the speaker's own state
    "My English was better once I started the course.",  # one thing of the speaker's
    "The residents were calm and happy.",  # a state, no change
    "The residents were happier when the sun came out.",  # no work of the speaker's
    "The residents weren't calmer after we started the sessions.",  # negated
    "The residents would be calmer if we started music sessions.",  # a condition
])
def test_a_state_that_is_not_the_speakers_change_is_no_result(text):
    """The rules alone (the learned second opinion reads by other means)."""
    from workshop import check_learned

    with check_learned.model_override({}):
        assert not _result(text).ok


@pytest.mark.parametrize("text", [
    "A missed delivery has not happened since I took over the rota.",
    "I rebuilt the handover sheet. A missed dose hasn't happened since.",
    "Since I set up the bed alarms, a fall has never happened on the night shift.",
])
def test_a_named_failure_that_has_not_happened_since_is_a_result(text):
    assert _result(text).ok


@pytest.mark.parametrize("text", [
    "I made a big mistake in my first week. It never happened again.",
    "It hasn't happened since.",
    "The promotion never happened.",
])
def test_it_has_not_happened_since_with_nothing_named_is_no_result(text):
    assert not _result(text).ok


@pytest.mark.parametrize("text", [
    "I helped the hotel by making sure every room was ready for the guests.",
    "I helped the depot by ensuring all the vans were loaded on every shift.",
])
def test_making_sure_the_routine_is_done_is_a_duty_not_a_result(text):
    finding = _result(text)
    assert not finding.ok, finding.message


def test_making_sure_told_with_a_change_is_still_a_result():
    assert _result("I helped the hotel by making sure rooms were ready an hour earlier.").ok


def _goals(text: str, goals: list[str]):
    return check_answer(text, goals).finding("goals_match")


def test_a_count_compared_with_the_sentence_before_backs_the_goal_named_there():
    text = ("At the home I learned to check fluid charts for the whole unit. Before that, we had "
            "lots of residents taken to hospital with dehydration. By my second winter it was "
            "just one.")
    finding = _goals(text, ["reduce avoidable emergency admissions"])
    assert finding.ok, finding.message


def test_the_sentence_before_a_compared_count_backs_no_goal_it_does_not_name():
    text = ("At the home I learned to check fluid charts for the whole unit. Before that, we had "
            "lots of residents taken to hospital with dehydration. By my second winter it was "
            "just one.")
    assert not _goals(text, ["grow the catering budget"]).ok


@pytest.mark.parametrize(("text", "goal"), [
    ("On the school run I learned to drive smoothly, and my bus now burns 9% less diesel than "
     "the others.", "lower running costs"),
    ("I did the insulin training, and since I started checking the doses on the late round we "
     "haven't had one missed.", "medicines safety"),
    ("I learned to hold return-to-work talks, and within a year our sickness was half what it "
     "had been.", "reduce absenteeism"),
])
def test_a_goal_is_backed_by_a_kind_or_a_synonym_of_its_words(text, goal):
    finding = _goals(text, [goal])
    assert finding.ok, finding.message


@pytest.mark.parametrize(("text", "goal"), [
    ("I learned to drive smoothly and my bus now burns 9% less diesel than the others.",
     "improve passenger comfort"),
    ("I did the insulin training and learned to check the doses on the late round.",
     "reduce absenteeism"),
])
def test_a_kind_backs_no_other_goal(text, goal):
    assert not _goals(text, [goal]).ok


def test_a_goal_copied_in_generic_words_beside_its_growth_verb_is_a_recital():
    text = ("It took me from beginner to expert, I developed a positive mindset, strengthened my "
            "leadership and communication, and I consistently delivered operational excellence.")
    finding = _goals(text, ["strong leadership and communication",
                            "deliver operational excellence"])
    assert not finding.ok, finding.message


def test_a_generic_goal_word_told_with_what_it_did_is_still_evidence():
    text = ("As shift lead I learned to run the handover huddle, and my leadership cut missed "
            "handovers from nine a month to one.")
    assert _goals(text, ["strong leadership"]).ok


def test_a_state_reading_stays_linear_on_a_long_paste():
    """A paste of comparatives and ties is read in time linear in its length."""
    unit = "Residents were calmer once we started, since I set up, far more settled. "
    times = []
    for n in (200, 800):
        text = unit * n
        t0 = time.perf_counter()
        check_answer(text[:20_000])
        times.append(time.perf_counter() - t0)
    assert times[1] < times[0] * 8 + 0.5


# The learned second opinion (``workshop/check_learned.py``) passes a growth the rules miss; its
# sentence is then evidence for the goals like a rule's claim. A stand-in model scores one word.
LOADS = ("By the spring I was the one planning the loads for every van, checking the weights "
         "against the axle limits.")
STAND_IN = {"skill_growth": {"weights": {"bias": -4.0, "w:plann": 7.0}, "combine": 0.9},
            "company_result": {"weights": {"bias": -4.0}, "combine": 0.9}}


def test_a_sentence_the_second_opinion_passes_backs_the_goals_it_speaks_to():
    from workshop import check_learned

    text = "It was a big garden centre with a yard. " + LOADS
    with check_learned.model_override({}):
        alone = check_answer(text, ["plan van loads", "run the till"]).finding("goals_match")
    with check_learned.model_override(STAND_IN):
        both = check_answer(text, ["plan van loads", "run the till"]).finding("goals_match")
    assert not alone.ok
    assert both.ok and both.sentence == LOADS, both.message
    assert both.unbacked == ("run the till",)


def test_a_sentence_the_second_opinion_passes_backs_no_goal_it_does_not_name():
    from workshop import check_learned

    with check_learned.model_override(STAND_IN):
        finding = check_answer("It was a big garden centre. " + LOADS,
                               ["reduce waste", "run the till"]).finding("goals_match")
    assert not finding.ok


@pytest.mark.parametrize("text", [
    "I always contributed to the firm's success.",
    "The shop benefited from everything I brought to the role.",
    "I helped the clinic achieve its objectives by answering the phones and booking visits.",
    "I contributed to the school's objectives and always strove to get the best for pupils.",
    "After a year on the tills I grew to hate the Saturday rush.",
    "It was mainly the money, I was saving for a car.",
    "I learned when to cut back the roses and how to prevent mildew.",
    "By the end I was getting through three times as many forms as when I started.",
    "The result was that within a year I was promoted to supervisor.",
])
def test_claims_that_name_no_change_for_the_organisation_are_no_result(text):
    finding = _result(text)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "I contributed to a 12% rise in repeat bookings.",
    "The shop benefited from the new reorder sheet I built: we stopped running out of milk.",
    "I helped the clinic cut missed appointments by texting reminders the day before.",
])
def test_a_contribution_or_a_help_that_names_its_change_is_still_a_result(text):
    assert _result(text).ok, _result(text).message


def test_the_second_opinion_never_passes_a_result_the_rules_refuse():
    """A stand-in model that scores "promoted" high would pass "The result was that I was
    promoted" as a result; the rules refuse it (``not_result``), so the finding stays theirs."""
    from workshop import check_learned

    model = {"skill_growth": {"weights": {"bias": -4.0}, "combine": 0.9},
             "company_result": {"weights": {"bias": -4.0, "w:promot": 7.0}, "combine": 0.9}}
    text = GROWN + "The result was that within ten months I was promoted to team leader."
    with check_learned.model_override(model):
        refused = check_answer(text).finding("company_result")
        other = check_answer(GROWN + "Within ten months the ward I ran was promoted to the "
                             "regional pilot.").finding("company_result")
    assert not refused.ok, refused.message
    assert other.ok and "read from how you tell it" in other.message


def _growth(text: str):
    from workshop import check_learned

    with check_learned.model_override({}):  # the rules alone
        return check_answer(text).finding("skill_growth")


@pytest.mark.parametrize("text", [
    "The traineeship gave me the chance to pick up so many skills.",  # a wish inside the gap
    "The bakery gave me the opportunity to learn all kinds of skills.",
    "I'm ready to develop my spreadsheet and scheduling skills.",
    "I feel ready to grow my bookkeeping skills.",
    "I now work as a carer for adults with learning difficulties.",  # "learning" names a need
    "She runs the learning support base at the college.",
])
def test_a_chance_readiness_or_a_learning_need_is_no_growth(text):
    finding = _growth(text)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "The warehouse gave me the skills to run a night shift of twelve pickers.",
    "I learned to support adults with learning difficulties through their morning routines.",
])
def test_growth_beside_those_words_still_counts(text):
    assert _growth(text).ok


def test_later_use_of_a_growth_the_second_opinion_passed_counts():
    """The rules set a later use aside when they found no grown skill; once the learned second
    opinion passes the growth, the later use counts and quotes its own sentence."""
    from workshop import check_learned

    use = "I still plan the loads that way every morning in my current job."
    with check_learned.model_override({}):
        alone = check_answer(LOADS + " " + use).finding("used_later")
    with check_learned.model_override(STAND_IN):
        both = check_answer(LOADS + " " + use).finding("used_later")
    assert not alone.ok
    assert both.ok and both.sentence == use, both.message


@pytest.mark.parametrize("text", [
    "Since then the whole department has been using the same plan.",
    "Since then the night staff have done the handover that way.",
])
def test_a_reuse_by_someone_else_is_not_the_speakers_later_use(text):
    finding = check_answer("I learned to write discharge checklists for the ward. "
                           + text).finding("used_later")
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "Ever since, I've planned every event that way.",
    "In my current job we use the same checklist on every ward.",
])
def test_the_speakers_own_reuse_still_counts(text):
    finding = check_answer("I learned to write discharge checklists for the ward. "
                           + text).finding("used_later")
    assert finding.ok, finding.message


def test_customers_coming_back_more_often_is_a_result_and_backs_retention():
    text = ("I learned to run the loyalty scheme at the bakery. I set up a punch card for the "
            "regulars, and they came back more often.")
    check = check_answer(text, ["improve customer retention"])
    assert check.finding("company_result").ok
    assert check.finding("goals_match").ok, check.finding("goals_match").message


def test_the_speaker_coming_back_more_often_is_no_result():
    assert not _result("After the course I came back more often to the gym.").ok


def test_reading_labels_against_prescriptions_backs_accurate_dispensing():
    text = ("At the pharmacy I learned to check every label against the prescription twice "
            "before anything went in the bag.")
    assert _goals(text, ["ensure accurate dispensing"]).ok


@pytest.mark.parametrize("text", [
    "I'd say the primary school, where I was a teaching assistant from 2016 to 2021.",
    "I went from a complete beginner to a total expert.",
])
def test_a_job_title_or_a_level_move_in_empty_words_is_no_growth(text):
    finding = _growth(text)
    assert not finding.ok, finding.message


def test_being_taught_a_named_skill_is_still_growth():
    assert _growth("I was taught forklift driving in my first month on the dock.").ok


def _pitfalls(text: str):
    return check_answer(GROWN + text).finding("pitfalls")


@pytest.mark.parametrize("text", [
    "By the end I'd worked with every age group and every kind of pupil.",
    "I now do the same kind of tracking for the nurses at the clinic.",
    "I got good at CVs, online forms and the benefits side of things.",
])
def test_kind_as_a_sort_and_welfare_benefits_are_no_pitfall(text):
    finding = _pitfalls(text)
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "The team was so kind to me.",
    "The benefits were amazing, free lunches every day.",
])
def test_kind_praise_and_perks_are_still_pitfalls(text):
    assert not _pitfalls(text).ok


@pytest.mark.parametrize("text", [
    "I got my Level 2 food safety straight after the inspection.",
    "I passed my NVQ 3 in warehousing that winter.",
])
def test_a_vocational_level_gained_is_growth(text):
    assert _growth(text).ok


def test_a_school_grade_is_no_growth():
    assert not _growth("I got a grade 5 in maths at school.").ok


def test_regulars_coming_back_backs_retention_in_a_result():
    text = ("I learned to run the café's loyalty scheme. I set up a stamp card for the regulars, "
            "and they came back more often.")
    assert _goals(text, ["improve customer retention"]).ok
    assert not _goals("I learned the names of all the regulars at the café.",
                      ["improve customer retention"]).ok
