"""Growth and later use as people tell them, and what only looks like them (issue 21,
check38): classes seen on ``tests/eval/growth_own2/`` half A. Every sentence here is written
for these tests, in other words and fields than that set."""

import pytest

from workshop.check import check_answer


def _ok(text: str, code: str) -> bool:
    return check_answer(text).finding(code).ok


@pytest.mark.parametrize("text", [
    "The night desk made me good at calming guests who had lost their passports.",
    "That kitchen made me confident with costing a menu down to the last gram.",
])
def test_the_job_made_me_good_at_a_skill_is_growth(text):
    """"made me good at X": the job grew a capacity it names, told with "made me" in place
    of "became" (a bare "got much better at X" stays out: from where is not said)."""
    assert _ok(text, "skill_growth"), text


@pytest.mark.parametrize("text", [
    "By my third season at the stables I could shoe a horse without the farrier checking my "
    "work.",
    "After the first winter I could take the whole boiler apart on my own.",
    "By then I could run the Saturday matinee lighting by myself.",
])
def test_a_level_shown_by_what_the_speaker_could_then_do_alone_is_growth(text):
    """The level reached, shown by doing the work alone or unchecked, with no learn verb."""
    assert _ok(text, "skill_growth"), text


def test_a_level_never_reached_alone_is_no_growth():
    """A negated "could ... on my own" says the level was not reached."""
    assert not _ok("I could never do the stock counts on my own.", "skill_growth")


@pytest.mark.parametrize("text", [
    "The shifts were short, so in my spare time I learned to paint with watercolours.",
    "On my lunch breaks I went from barely swimming a length to swimming a mile.",
    "Outside work I taught myself Italian and became fluent in two years.",
    "The late starts let me practise the drums, and I went from basic beats to playing in a "
    "band.",
])
def test_growth_placed_outside_the_work_is_not_the_jobs(text):
    """A hobby or a pastime grown beside the job is not a job skill the job grew."""
    assert not _ok(text, "skill_growth"), text


def test_growth_in_the_work_beside_a_hobby_still_counts():
    """Only the sentence placed outside the work is set aside."""
    text = ("In my spare time I took up running. On the night shift I learned to run the "
            "dispatch board for all the ambulances.")
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    "I learned to write up a snag list at the end of every site walk, and I've kept the "
    "habit.",
    "At the plumbers' merchant I learned to price a bathroom refit; when I went out on my own "
    "I priced my jobs the same way.",
    "At the surgery I learned to triage phone calls by urgency. Three years later, when I "
    "joined the out-of-hours service, I triaged the night calls for the whole county by "
    "urgency.",
])
def test_a_habit_kept_or_a_later_place_of_its_own_is_later_use(text):
    """A habit carried on, and a use told at its own later place and time."""
    assert _ok(text, "used_later"), text


@pytest.mark.parametrize("text", [
    "At the surgery I learned to triage phone calls by urgency. Three years later I was "
    "promoted to practice manager.",
    "I learned to plan the delivery runs; when the van broke down we still delivered every "
    "order that day.",
    "I learned to pack a kitchen for a house move, and even with two porters off sick I "
    "still finished the job by six.",
])
def test_a_career_step_later_or_a_concessive_still_is_no_later_use(text):
    """"A year later I was promoted" is a career move; "we still delivered" (even so) is a
    turn of the same story, not a use made since."""
    assert not _ok(text, "used_later"), text


def test_still_before_a_present_use_stays_later_use():
    """"I still plan ..." in the present is the use made today."""
    text = "I learned to plan the delivery runs, and I still plan my own errands that way."
    assert _ok(text, "used_later")
