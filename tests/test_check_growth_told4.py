"""Growth as people tell it, and what only looks like it (issue 21, points 1, 2 and 4; check57):
classes from the misses of the studied sets (probe_blind14, 20, 23 and the own verdict sets).
Every sentence here is written for these tests, in other words and fields than those sets.

- a skill told with a plain adjective or two, a superlative, "able to", a specialism or a
  command of it ("got handy at", "quicker and steadier at", "became the quickest on the
  forklift", "became specialist in", "acquired a firm grasp of");
- an arc that ends in a qualification, or that starts "initially ... only" and ends "slowly I
  started running ...", or starts with a typed "couldnt";
- an ability in the past after a past time frame ("Within the year I could ...") is no wish;
- a promotion at an arc's end ("within a year I was promoted to", "I was team leader", "they
  gave me my own site") is a title, not a skill that grew;
- a view widened ("broadened my perspective", "my horizons"), a virtue or oneself learned
  about ("taught me a great deal about honesty", "... and about myself"), "new skills", "my
  skill set" and a level named with only its time ("from novice to proficient over two years")
  name no job skill.
"""

import pytest

from workshop.check import check_answer
from workshop.check_learned import model_override


def _growth(text: str):
    return check_answer(text).finding("skill_growth")


@pytest.mark.parametrize("text", [
    "At the print works I got handy at colour matching on the big press.",
    "Over three years I got a good deal quicker and steadier at suturing small wounds.",
    "I became the quickest on the forklift in the whole yard.",
    "At the law firm I became specialist in tenancy disputes, where before I only filed papers.",
    "In the lab I became able to calibrate the mass spectrometer without a supervisor.",
    "At the council I acquired a firm grasp of planning law and appeals.",
])
def test_a_skill_told_with_an_adjective_a_superlative_or_a_specialism_is_growth(text):
    finding = _growth(text)
    assert finding.ok, text
    assert finding.sentence, "the finding quotes its sentence"


@pytest.mark.parametrize("text", [
    "I got decent tips at the bar on a Saturday.",
    "I became the quickest to leave on a Friday.",
    "I got a lot calmer and happier at home that year.",
])
def test_the_same_shapes_naming_no_job_skill_are_no_growth(text):
    """Look-alikes: the adjective or superlative beside a pet, a habit or a mood."""
    assert not _growth(text).ok, text


@pytest.mark.parametrize("text", [
    "I arrived with no electrical background and qualified as a maintenance electrician.",
    "Initially I was only typing up invoices, but slowly I started running the supplier "
    "payments myself.",
    "when i joined i couldnt read a balance sheet. ended up preparing the quarterly accounts "
    "for the board",
])
def test_an_arc_told_without_a_learn_verb_is_growth(text):
    assert _growth(text).ok, text


def test_an_arc_s_end_without_its_start_stays_no_growth():
    """Look-alike: a qualification or a slow start of a task with no start told before it."""
    assert not _growth("My brother qualified as a plumber last spring.").ok


def test_an_ability_after_a_past_time_frame_is_no_wish():
    text = ("I knew nothing about wine when I started. Within the year I could pair a whole "
            "tasting menu on my own.")
    finding = _growth(text)
    assert finding.ok
    assert "wish" not in finding.message


def test_the_same_could_after_a_condition_stays_a_wish():
    finding = _growth("If you hired me, within the year I could run your wine cellar.")
    assert not finding.ok


@pytest.mark.parametrize("text", [
    "I started as a cashier, and within a year I was promoted to deputy store manager.",
    "I joined as a trainee surveyor, and within three years I'd had two promotions.",
    "I started on the tills, and within six months I was team leader on the late shift.",
])
def test_a_promotion_at_an_arc_s_end_is_no_growth(text):
    """A title is where the job put the speaker, not a skill that grew (issue 21, point 1)."""
    assert not _growth(text).ok, text


def test_a_promotion_set_aside_is_quoted():
    """The finding says which sentence it read and set aside, as every finding does."""
    text = "I started as a cashier, and within a year I was promoted to deputy store manager."
    finding = _growth(text)
    assert not finding.ok
    assert "promoted to deputy store manager" in finding.message


@pytest.mark.parametrize("text", [
    "I started as a cashier, and within a year I was balancing the tills for the whole store "
    "on my own.",
    "I joined as a trainee surveyor, and within three years I was valuing commercial units "
    "by myself.",
])
def test_a_skill_at_an_arc_s_end_after_the_same_start_is_growth(text):
    """Look-alikes: the same start and time, then a skill, not a title."""
    assert _growth(text).ok, text


@pytest.mark.parametrize("text", [
    "The embassy posting broadened my perspective enormously.",
    "Working abroad opened my horizons and my mind.",
    "That job taught me a great deal about honesty.",
    "The hostel taught me so much about addiction and about myself.",
    "I learned so many new skills there and grew my skill set.",
    "I moved from novice to proficient over two years.",
])
def test_views_virtues_and_levels_naming_no_skill_are_no_growth(text):
    """Hollow claims (issue 21, point 1): they name no job skill, however they are worded."""
    assert not _growth(text).ok, text


@pytest.mark.parametrize("text", [
    "The hostel taught me a lot about harm reduction and about benefit claims.",
    "I moved from novice to proficient in payroll over two years.",
    "The embassy posting broadened my Arabic from greetings to negotiating visas.",
])
def test_the_same_shapes_naming_a_skill_stay_growth(text):
    """Look-alikes: the same frames with a job skill named."""
    assert _growth(text).ok, text


def test_a_hollow_answer_with_these_claims_is_not_strong():
    text = ("The ministry broadened my perspective considerably and taught me a great deal "
            "about responsibility. I moved from novice to proficient over eighteen months and "
            "I helped the department to reach its objectives.")
    check = check_answer(text)
    assert not check.finding("skill_growth").ok
    assert not check.verdict.strong


# A second opinion that reads every sentence as growth (the rules then decide what stands).
_EVERY_SENTENCE = {"skill_growth": {"combine": 0.9, "weights": {"bias": 5.0}}}


@pytest.mark.parametrize("text", [
    "I relabelled every shelf so the codes matched the scanners, and within two months wrong "
    "picks had fallen from forty a week to six.",
    "I started ringing each new tenant a week after they moved in, and by the end of the year "
    "repair complaints were down by a third.",
])
def test_a_deed_and_its_result_timed_by_a_frame_is_no_growth_for_the_model(text):
    """A time that frames the result ("within two months wrong picks had fallen") says where
    the result got to, not where the speaker did: the model's growth does not stand."""
    with model_override(_EVERY_SENTENCE):
        assert not _growth(text).ok, text


def test_a_deed_and_its_result_beside_an_end_of_the_speaker_s_stays_growth_for_the_model():
    """Look-alike: the same deed and result, and the answer says where the speaker got to."""
    text = ("I relabelled every shelf so the codes matched the scanners, and wrong picks fell "
            "from forty a week to six. Within a year I was running the stock counts on my own.")
    with model_override(_EVERY_SENTENCE):
        assert _growth(text).ok


@pytest.mark.parametrize("text", [
    "On my first delivery run I got lost twice. By my tenth run I was planning the routes for "
    "the other drivers.",
    "At the garden centre I found out I was good at pricing plants for the season.",
    "I passed my ACCA level 3 there.",
])
def test_an_arc_by_an_ordinal_a_discovered_knack_and_a_named_level_are_growth(text):
    """"by my tenth run I was ..." after a start; "found out I was good at <skill>"; a
    qualification's level with its name."""
    assert _growth(text).ok, text


@pytest.mark.parametrize("text", [
    "By my tenth cup of tea I was finally awake.",
    "I found out I was good at nothing much.",
    "I passed my level 3 there.",
    "The charity made me into someone who always puts others first.",
])
def test_their_look_alikes_name_no_job_skill(text):
    """No start told before the ordinal, a knack for nothing, a level with no name, a trait."""
    assert not _growth(text).ok, text
