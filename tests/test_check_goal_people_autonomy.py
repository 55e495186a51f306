"""Two goals met in other words (issue 21, class 6), each with its look-alikes; the guards of
``test_check_goal_evidence.py`` (a goal that asks a direction needs the move) and
``test_check_goal_meaning.py`` (a title after "as" is no evidence) stand beside them.

- A goal that asks to bring people on ("mentor junior staff") is backed by another act that
  brings people on (``people_acts`` of ``data/goal_meanings.json``: teach, coach, train,
  tutor, ...) done to the organisation's own people (``people``: apprentices, trainees, the
  new starters), in a growth, a result or a later use: "These days I teach our apprentices".
  Not by the act done to those the organisation serves ("I teach our pupils"), to no one,
  or wished.
- A goal that asks for work without supervision ("work unsupervised", "work independently",
  "with minimal supervision") is backed by a growth, a result or a later use that tells the
  work done alone, on one's own or without anyone checking (the ``autonomy`` family). Not by a
  duty, a trouble, a complaint, a wish, the goal recited, nor a goal to supervise others.

The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_data import own_data, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


# --- bringing people on, told with another act ---------------------------------------------

@pytest.mark.parametrize(("text", "goal"), [
    ("At the garage I learned to strip and rebuild a gearbox from scratch. These days I teach "
     "our apprentices to do it the same way.", "Mentor junior staff"),
    ("At the bike shop I went from fixing punctures to building wheels. In my current job I "
     "coach our two trainees through their first builds.",
     "Mentor and develop junior technicians"),
    ("I learned the booking system inside out in my first year, and by my second I was "
     "training the new starters on it, so they were on the phones in a week instead of a "
     "month.", "Coach and mentor new team members"),
    ("On the wards I went from needing help with every cannula to doing them first time, and "
     "I now tutor our student nurses' juniors on the same technique at my new trust.",
     "Mentor junior colleagues"),
    ("I learned to price kitchen fits from nothing, and in my last year I taught two interns "
     "to price them as well; both were quoting on their own within three months.",
     "Coach junior estimators"),
])
def test_another_act_that_brings_staff_on_backs_a_mentoring_goal(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # the act done to those the organisation serves, not its own people
    ("At the primary school I learned to teach phonics from scratch, and now I teach our "
     "pupils to read in half the time.", "Mentor junior staff"),
    ("At the gym I learned to coach clients through their first lifts, and by the end I ran "
     "my own classes.", "Mentor junior staff"),
    # to no one, or wished
    ("I learned to teach myself new software from online videos, and I picked up Revit in a "
     "month.", "Mentor junior staff"),
    ("I learned to plan the rota from scratch, and I'd love to coach our juniors one day.",
     "Mentor junior staff"),
    # the goal recited, no growth or result behind it
    ("You want someone who can mentor junior staff. I can coach your juniors.",
     "Mentor junior staff"),
])
def test_a_teaching_act_done_to_others_or_wished_backs_no_mentoring_goal(text, goal):
    assert _credited(text, [goal]) == []


# --- work without supervision, told in other words -----------------------------------------

@pytest.mark.parametrize(("text", "goal"), [
    ("On the ward I started out shadowing a senior nurse on every shift. By the end they left "
     "me to run the night shift alone.", "Work unsupervised"),
    ("I started out needing sign-off on every quote. Within a year I was pricing and sending "
     "jobs on my own.", "Work independently with minimal supervision"),
    ("I started out needing sign-off on every quote. Within a year I was pricing and sending "
     "jobs without anyone checking.", "Able to work unsupervised"),
    ("At the lab I learned to run the mass spectrometer from scratch, and by my second year I "
     "was running the overnight batches single-handed.", "Work autonomously"),
    ("I learned to do the month-end close from nothing, and by my last quarter I was closing "
     "the books without any help from the controller.",
     "Able to work with little supervision"),
])
def test_work_done_alone_backs_a_goal_of_working_unsupervised(text, goal):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # a duty, a trouble, a complaint: no growth or result
    ("As a night porter I worked alone on nights.", "Work independently"),
    ("I was left on my own on my first day and it was chaos.", "Work independently"),
    ("I hated working alone on nights with no training.", "Work unsupervised"),
    # a wish, the goal recited
    ("I'd love a role where I can work on my own.", "Work independently"),
    ("You want someone who can work independently. I can work independently.",
     "Work independently"),
    # supervising others is another goal
    ("I learned to run the till on my own in a week, and sales on my shift went up by a "
     "tenth.", "Provide supervision to junior staff"),
])
def test_alone_as_a_duty_a_trouble_a_wish_or_another_goal_backs_nothing(text, goal):
    assert _credited(text, [goal]) == []


def test_a_facilitator_s_people_acts_decide_which_acts_bring_people_on(tmp_path, monkeypatch):
    text = ("I learned to build the weekly rota from scratch, and by my second year I was "
            "showing our trainees how to do it.")
    assert _credited(text, ["Mentor junior staff"]) == []  # the kit's own list: no "show"
    own_data(tmp_path, monkeypatch, "goal_meanings.json",
             set_at(["people_acts"], ["mentor", "show"]))
    assert _credited(text, ["Mentor junior staff"]) == ["Mentor junior staff"]


@pytest.mark.parametrize("value", [[], "teach", {"acts": ["teach"]}])
def test_broken_people_acts_are_said_naming_the_key(tmp_path, monkeypatch, value):
    own_data(tmp_path, monkeypatch, "goal_meanings.json", set_at(["people_acts"], value))
    with pytest.raises(ValidationError) as caught:
        check_answer("I learned to plan rotas and cut overtime by 20%.", ["reduce costs"])
    assert caught.value.field == "people_acts"


@pytest.mark.parametrize(("text", "goal"), [
    # a job title after "as" names the role, not a family's thing (the guard of
    # test_check_goal_meaning.py, kept for goals backed through a family)
    ("As a Disputes Officer I learned to read a tenancy agreement line by line, from needing "
     "help with every clause to drafting the replies myself.", "Conflict resolution"),
    ("I learned stock control from scratch as a Night Alone Worker.", "Work unsupervised"),
    ("I learned the till from scratch in my first week as a solo trader.", "Work unsupervised"),
    # a wish beside a real growth
    ("That job is where I learned decontamination from scratch, and I'd love to work "
     "unsupervised on nights.", "Work unsupervised"),
])
def test_a_family_s_thing_said_in_a_title_or_a_wish_backs_no_goal(text, goal):
    assert _credited(text, [goal]) == []


# --- a family named as the goal's means asks no direction of its own -----------------------

@pytest.mark.parametrize(("text", "goal", "backed"), [
    # "raise" moves attainment; differentiation is how: a growth in it backs the goal
    ("At the academy I worked out how to run one topic at three levels at once, with a stretch "
     "card for the fast ones. I still plan every maths unit that way now in my current school.",
     "Raise attainment in KS3 maths through differentiated instruction", True),
    ("Behind the counter I used to get defensive when people shouted, and over the months I "
     "learned to calm almost anyone down before the manager came out.",
     "Handle difficult conversations and de-escalate conflict with empathy", True),
    # the family is the goal's object too: the move it asks is still needed (the guard of
    # test_check_goal_evidence.py, a goal credited with no move in its direction)
    ("On the returns desk I learned to sort out refunds without a manager, from needing help "
     "with every one to handling the Saturday rush alone.",
     "Reduce complaints through excellent customer service", False),
    ("On the returns desk I learned to sort out refunds without a manager, from needing help "
     "with every one to handling the Saturday rush alone.", "Reduce customer complaints", False),
    # a trouble, the goal recited, a wish, a title: no growth or result on it
    ("I hated the pressure and panicked every Saturday.", "Work well under pressure", False),
    ("You want someone who thrives under pressure. I never panic.", "Work well under pressure",
     False),
    ("I learned to cook from scratch, and I'd love a job where I never panic again.",
     "Work well under pressure", False),
    ("As a Three Levels Coordinator I learned to plan lessons from scratch.",
     "Raise attainment through differentiated instruction", False),
])
def test_a_family_named_as_the_goal_s_means_is_backed_whichever_way(text, goal, backed):
    assert (_credited(text, [goal]) == [goal]) == backed
