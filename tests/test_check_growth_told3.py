"""Growth as people tell it, and the hollow claims that only look like it (issue 21, check41):
classes from the studied growth and verdict sets and the raters' probes. Every sentence here
is written for these tests, in other words and fields than those sets."""

import pytest

from workshop.check import check_answer
from workshop.check_learned import model_override


def _ok(text: str, code: str = "skill_growth") -> bool:
    return check_answer(text).finding(code).ok


@pytest.mark.parametrize("text", [
    "I'd love to learn how they price freight contracts.",
    "I'd love to get better at running the monthly close.",
    "We'd love to learn the new booking system next year.",
    "My dream is to learn how to restore old furniture properly.",
])
def test_a_wish_to_learn_is_no_growth(text):
    """"I'd love to learn", "my dream is to": a wish, as "I'd like to" already was."""
    assert not _ok(text), text


def test_growth_had_beside_a_wish_still_counts():
    text = ("At the depot I learned to plan delivery routes for twelve vans. I'd love to learn "
            "fleet budgeting next.")
    assert _ok(text)


@pytest.mark.parametrize("text", [
    "I went from zero to hero in that job.",
    "I upskilled massively and became a real strategic thinker.",
    "It gave me a growth mindset and a winning mentality.",
    "In 2021 I completed my level 2 certificate.",
    "I got my diploma while I was there.",
    "The bakery was where I learned the most.",
    "Honestly, the call centre taught me the most.",
    "I developed a wide range of skills.",
])
def test_rubric_words_and_certificates_that_name_no_skill_are_no_growth(text):
    """Buzzwords ("zero to hero", "mindset", "strategic thinker"), a certificate or a diploma
    with nothing named, and "where I learned the most" name no job skill."""
    assert not _ok(text), text


@pytest.mark.parametrize("text", [
    "I learned the most about rota planning at the care home.",
    "In 2021 I completed my food hygiene certificate.",
    "I got my forklift certification in my first month.",
    "I upskilled in Sage payroll within a year.",
])
def test_the_same_shapes_naming_a_skill_are_growth(text):
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "That garage made a decent mechanic of me.",
    "Three years on the sites made a proper welder of me.",
    "The print shop made me a careful copywriter.",
    "The agency made a good translator out of me.",
])
def test_the_job_made_me_a_tradesperson_is_growth(text):
    """"made me a proper X", "made an X of me": the job grew a trade it names."""
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "I was drilled in stock rotation until I could do it half asleep.",
    "At the lab we were schooled in sterile technique from the first week.",
    "I got coached on handling complaints by the duty manager.",
    "I was brought up to speed on the tendering rules in a month.",
    "By March I was signed off to dispense controlled drugs.",
    "Within a year they trusted me to open the pharmacy on my own.",
])
def test_growth_told_in_the_passive_or_as_trust_given_is_growth(text):
    """The passive ("was drilled in", "got coached on", "was signed off to") and trust given
    to work alone: the skill grew though the speaker is not the subject of a learn verb."""
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "They never trusted me to open the shop on my own.",
    "I'd love to be trusted to run the bar on my own.",
    "On my first day the manager left me to it alone.",
])
def test_trust_denied_wished_or_a_first_day_alone_is_no_growth(text):
    assert not _ok(text), text


@pytest.mark.parametrize("text", [
    "At first I froze on the phones; by spring they sent me the angry callers.",
    "In my first week I kept mixing up the codes. Soon the supervisor handed me the tricky "
    "returns.",
])
def test_an_arc_ending_in_the_harder_work_handed_over_is_growth(text):
    """A start, then the harder work others sent or handed over: growth with no learn verb."""
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "At the garage I got confident stripping down gearboxes.",
    "I became the person people came to when the till software crashed.",
    "I became the go-to person for the booking system.",
])
def test_confidence_in_a_doing_and_being_the_one_others_came_to_is_growth(text):
    """"got confident stripping down gearboxes" (a doing after the level word), "became the
    person people came to" (what colleagues came to ask for): growth with no learn verb."""
    assert _ok(text), text


# A model that reads every sentence as growth: what the rules then keep out is theirs alone.
_EVERY_SENTENCE_GROWTH = {"skill_growth": {"weights": {"bias": 5.0}, "combine": 0.5}}


@pytest.mark.parametrize("text", [
    "I took over the delivery rotas and grouped the drops by postcode; late deliveries went "
    "from about twelve a week to two.",
    "I started phoning every new tenant a week after they moved in, and rent arrears on new "
    "tenancies fell by a third.",
])
def test_a_task_and_its_result_with_no_growth_told_is_no_growth(text):
    """The second opinion's growth in a sentence the rules read as a result, in an answer
    that tells no start and no end of a growth, is the work done, not a skill that grew."""
    with model_override(_EVERY_SENTENCE_GROWTH):
        check = check_answer(text)
    assert check.finding("company_result").ok
    assert not check.finding("skill_growth").ok


@pytest.mark.parametrize("text", [
    "When I joined I had never seen a rota. I took over the delivery rotas and grouped the "
    "drops by postcode; late deliveries went from about twelve a week to two.",
    "I took over the delivery rotas and grouped the drops by postcode; late deliveries went "
    "from about twelve a week to two. By the end the other depots were asking me to plan "
    "theirs.",
    "I spent my evenings on the night audit screens until the checks were second nature.",
])
def test_the_second_opinion_stands_where_a_growth_is_told_or_no_result_is_read(text):
    """A start or an end of a growth told anywhere in the answer, or a sentence that is no
    result: the second opinion's growth still counts."""
    with model_override(_EVERY_SENTENCE_GROWTH):
        assert check_answer(text).finding("skill_growth").ok


@pytest.mark.parametrize("text", [
    "It really developed my organisational skills.",
    "The call centre improved my communication skills no end.",
    "My interpersonal skills and teamwork grew there.",
])
def test_generic_soft_skill_words_alone_name_no_skill(text):
    """"organisational", "communication", "interpersonal" skills with nothing they were used
    on are rubric words, as "leadership skills" already were."""
    assert not _ok(text), text


@pytest.mark.parametrize("text", [
    "I developed my communication skills by running the morning briefing for thirty drivers.",
    "I learned to handle all the communication with our suppliers in German.",
])
def test_a_soft_skill_shown_through_a_task_is_growth(text):
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "I came in with my forklift licence and my food hygiene certificate already, so I was "
    "ready from day one.",
    "I started with my first-aid ticket and my barista course already done, so I could work "
    "the floor straight away.",
])
def test_what_the_speaker_came_in_with_already_is_no_growth_start(text):
    """"came in with X already": no start of a growth, so the "so I ..." after it ends no arc."""
    assert not _ok(text), text


@pytest.mark.parametrize("text", [
    "I learn there to organise my station and to keep the pass clean.",
    "I learned there how to plan a week of deliveries for six vans.",
])
def test_learned_there_to_or_how_names_the_skill_after_it(text):
    """"learned there" is a bare learning only where nothing follows it: "there to / how to
    <a doing>" names the skill, as learner English often says it."""
    assert _ok(text), text


def test_learned_there_that_stays_a_lesson():
    assert not _ok("I learned there that people matter more than targets.")


@pytest.mark.parametrize("text", [
    "I got much better at explaining bills.",
    "On the desk I got a lot better at calming people whose flights were cancelled.",
    "i got way better at saying no to customers without losing them",
    "Over the winter I got so much faster at costing a job from the drawings.",
    "I really got to grips with React during that project.",
])
def test_much_better_at_a_named_doing_is_growth_as_better_at_is(text):
    """"got much / a lot / way better at X" says more growth than "got better at X", which
    already counted (round 7 had set the first apart: a fault, the labels of four writers and
    the guide's "became a speedy, accurate typist" count it)."""
    assert _ok(text), text


@pytest.mark.parametrize("text", [
    "I got much better at it.",
    "I got a lot better at everything.",
    "My mood got a lot better.",
    "I'd love to get much better at Excel.",
])
def test_much_better_at_nothing_named_or_wished_is_no_growth(text):
    assert not _ok(text), text
