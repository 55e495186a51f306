"""Skill growth as people say it, and what only looks like it (issue 21, check43): classes seen
on ``tests/eval/growth_own3/`` half A. Every sentence here is written for these tests, in other
words and fields than that set."""

import pytest

from workshop.check import check_answer


def _ok(text: str, code: str) -> bool:
    return check_answer(text).finding(code).ok


@pytest.mark.parametrize("text", [
    "I learnt Go at the payments start-up.",
    "I learned C writing firmware for the tills.",
    "That's where I picked up R, for the survey data.",
    "Learned R and SQL in my first year there.",
    "At the studio I learned C++ properly.",
    "I learnt C# on the booking system.",
    "I learned BSL at the day centre.",
    "I learned Makaton on the children's ward.",
    "Picked up Go there because the whole platform used it.",
])
def test_a_short_or_odd_skill_name_typed_after_the_learning_is_growth(text):
    """A skill named by a word typed as a name right after the learning (a capital inside the
    sentence, or a single letter that is no word of its own): the learning's object, since a
    bare verb cannot follow "learned"."""
    assert _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "I learned a lot there.",
    "I learned so much in that job.",
    "I learned loads.",
    "I learned it.",
])
def test_a_learning_with_no_name_after_it_stays_out(text):
    """The look-alikes of a short name: a determiner, an empty word or a pronoun after the
    learning names nothing."""
    assert not _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "I learned to go with the flow there.",
    "That job taught me to go with the flow.",
    "I learnt to just get on with it.",
    "I learned to get on with things and not moan.",
    "I learned to take things as they come.",
    "The café taught me to take the rough with the smooth.",
    "I learned to roll with the punches.",
    "I learned to go the extra mile.",
    "I learned to let things go.",
    "I learned how to pick my battles.",
    "It taught me not to take it personally.",
    "I learned to stand up for myself.",
])
def test_a_life_lesson_told_with_learned_to_is_no_growth(text):
    """"learned to <a way of living>": a lesson about life or oneself, no job skill, however
    concrete its verb ("go", "take", "roll", "let")."""
    assert not _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "I learned to drive the forklift in my second week.",
    "I learned to go through a patient's notes before every visit.",
    "I learned to take blood on the ward.",
    "I learnt to keep calm under pressure when the ovens failed on a Saturday.",
    "I learned to cook rice for two hundred people at once.",
])
def test_an_everyday_verb_with_a_job_object_is_still_growth(text):
    """The look-alikes of a lesson: the same everyday verbs ("drive", "go", "take", "keep",
    "cook") with a task of the job after them."""
    assert _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "Nobody taught me to use the till, so I mostly stacked shelves.",
    "Nobody ever showed me how the booking system worked.",
    "No one trained me on the forklift before I left.",
    "No one ever taught me the stock system properly.",
    "I never learned the rota software properly.",
    "I didn't really pick up much there.",
    "I can't say I learned much in that role.",
    "They never trained us on the new scanners.",
    "We were never trained on the tills.",
    "I was never shown how to do the banking.",
])
def test_growth_denied_is_no_growth(text):
    """Growth denied, by "never", "not" or by its subject ("nobody", "no one" taught me)."""
    assert not _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "Nobody showed me the rota software, so I had to learn it on my own.",
    "Nobody taught me the till, so I had to work it out myself.",
    "There was no training, so I taught myself the stock system.",
    "I had to learn the booking system by myself.",
    "No one trained me, so I taught myself to use the label printer.",
])
def test_growth_done_alone_is_growth(text):
    """The mirror of growth denied: the speaker learned it alone ("had to learn it on my own",
    "work it out myself"), "it" taking up the skill named before in the sentence."""
    assert _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "My manager was patient, so I learned it.",
    "It was hard, and I had to work it out.",
])
def test_it_learned_without_being_alone_or_named_stays_out(text):
    """"it" learned with nothing named before it, or not alone, names no skill."""
    assert not _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "I got confident stripping down gearboxes at that garage.",
    "I felt much more comfortable on the phones by the end.",
    "I felt at ease running the Saturday swim classes on my own.",
    "I got much more confident dealing with angry customers on the phone.",
    "I grew confident handling the complaints at the front desk.",
    "I got comfortable breaking down pallets on the night shift.",
])
def test_confidence_that_names_a_task_is_growth_and_no_result(text):
    """A feeling or confidence that names what the speaker can do is growth; it is no result
    for the organisation ("got ... down" across "stripping down" is the task's particle), so
    the answer is not strong."""
    check = check_answer(text)
    assert check.finding("skill_growth").ok, text
    assert not check.finding("company_result").ok, text
    assert not check.verdict.strong, text


@pytest.mark.parametrize("text", [
    "I felt so much more confident in myself after that job.",
    "It made me feel more comfortable in my own skin.",
    "I got confident.",
])
def test_confidence_in_oneself_is_no_growth(text):
    """The look-alikes: confidence in oneself, or naming nothing."""
    assert not _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "I got confident stripping down gearboxes and the comebacks stopped.",
    "I felt more confident doing the books, and the accountant's bill went down.",
    "I got more confident leading the shift and staff turnover dropped.",
])
def test_confidence_with_a_result_after_it_is_strong(text):
    """Confidence naming a task, then a change for the organisation: both pillars."""
    assert check_answer(text).verdict.strong, text


@pytest.mark.parametrize("text", [
    "I grew my skills and delivered results that added value to the company.",
    "The job helped me grow professionally and I delivered value every single day, improving "
    "processes and driving efficiencies.",
    "I developed lots of new skills and achieved great outcomes for the business.",
    "I learned so much and I made a difference to the business.",
])
def test_a_hollow_keyword_answer_is_not_strong(text):
    """Every pillar's word said, nothing named: "helped me grow professionally" is the
    speaker's growth, no result."""
    check = check_answer(text)
    assert not check.verdict.strong, text
    assert not check.finding("company_result").ok, text


@pytest.mark.parametrize("text", [
    "I learnt Go there, and our checkout stopped crashing at night.",
    "When I started I couldn't read the delivery notes. After a year I was checking every van "
    "in and we stopped being charged for missing stock.",
    "They showed me how to set up the weekly order, and after that we hardly ever ran out of "
    "milk.",
])
def test_plain_speech_growth_and_result_is_strong(text):
    assert check_answer(text).verdict.strong, text


@pytest.mark.parametrize("text", [
    "By my second year the manager left me to open and close the shop on my own.",
    "I was trusted to run the night shift alone after six months.",
    "After a year they trusted me to do the banking by myself.",
    "They trained me up on the tills in my first week.",
    "In this job I become more good in the Excel, before I only type the numbers.",
])
def test_growth_told_as_trust_training_or_a_learners_comparative_is_growth(text):
    """Growth as people tell it without a learn verb: left or trusted to do a task alone,
    "trained me up on", a learner's "more good in"."""
    assert _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "They left me to it.",
    "On the first night they just left me to it on my own.",
    "My manager left me to do the filing.",
    "I was trusted with the keys.",
    "They trained up the new starters.",
])
def test_left_or_trusted_with_nothing_done_alone_stays_out(text):
    """The look-alikes: left or trusted with no task done alone, or others trained up."""
    assert not _ok(text, "skill_growth"), text
