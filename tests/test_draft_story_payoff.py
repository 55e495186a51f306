"""A reason told as a story is shortened as a coach shortens it, never cut before its payoff
(issue 20, r31: blind raters marked down first of all a story whose scene was told and whose
outcome was lost): the scene, the turn (what the speaker did) and the payoff, in the
participant's own whole sentences; the middle detail gives way first, then the scene, then
the turn; the payoff is said alone only where it makes sense alone. ``workshop/story_cut.py``,
used by ``personal_value.say_value`` for the 90-second (``sentence``) and the 30-second
(``short``, ``brief``) versions."""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import plan_draft
from workshop.personal_value import say_value
from workshop.story_cut import aside, is_story, payoff_at, story_sentences, told_short, turn_at

# Story shapes, each with its payoff (what must be said in every version) and a detail of its
# middle (what gives way first where the whole does not fit).
CHRONOLOGICAL = (
    "The night the sailing got caught beam-on, half the passengers were sick and the lights "
    "went out on the car deck. The bosun was below with a cut hand and the mate was on the "
    "radio to the coastguard. I got the crew to open the muster stations and walked every "
    "passenger up to the lounge myself, one family at a time. We got every passenger off dry "
    "in Holyhead, and that night showed me I can lead when it counts.")
THE_DAY = (
    "The day the server room flooded, nobody knew where the backups were. The cleaners had "
    "unplugged the sump pump to vacuum the corridor and nobody noticed for hours. I found the "
    "old tapes in a cupboard and drove them to the data centre myself. Payroll ran by "
    "midnight and every person got paid on time.")
NON_NATIVE = (
    "When I start in this job my English was very bad and I was afraid to answer the phone "
    "when the customers call. My manager give me the easy calls first and she sit with me "
    "every morning for two months with the headset. After some months I take all the calls "
    "alone and the customers ask for me by name. This make me very proud.")
RUN_ON = (
    "One winter the boiler at the care home broke on a Sunday and the residents were "
    "freezing and the manager was away in Spain and then I rang every engineer in the book "
    "and then I borrowed heaters from the church hall next door and then we moved everyone "
    "into the lounge, and then by the evening every resident was warm and safe.")
ASIDE_LAST = (
    "I was a new instructor and one learner, Maria, had failed her theory test twice already "
    "that spring. She was about to quit the course and go back to the bus. I sat with her "
    "every lunch for three weeks and we made flash cards from the highway code together. She "
    "passed with 49 out of 50. Good times.")
OUTCOME_FIRST = (
    "We got every single passenger off dry, and I have never been prouder of a crew. It was "
    "the night the sailing got caught beam-on in a force nine off Anglesey and the car deck "
    "flooded. The bosun was below with a cut hand and the radio kept dropping out. I took the "
    "wheel while the mate ran the muster.")

SHAPES = {
    "chronological": (CHRONOLOGICAL, "every passenger off dry", "the bosun was below"),
    "the day": (THE_DAY, "every person got paid on time", "sump pump"),
    "non-native": (NON_NATIVE, "very proud", "headset"),
    "run-on": (RUN_ON, "every resident was warm and safe", "every engineer in the book"),
    "aside last": (ASIDE_LAST, "she passed with 49 out of 50", "back to the bus"),
    "outcome first": (OUTCOME_FIRST, "every single passenger off dry", "radio kept dropping"),
}


def _words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_version_of_a_story_ends_on_its_payoff(shape):
    """Each shape is a story; the 90-second sentence, the 30-second clause and the briefest
    all say its payoff, and none says the middle detail where the whole does not fit."""
    text, payoff, middle = SHAPES[shape]
    assert is_story(story_sentences(text)), shape
    said = say_value(text, current=False)
    for version in (said.sentence, said.short, said.brief):
        assert payoff in version.lower(), (shape, version)
        assert middle not in version.lower(), (shape, version)
    assert _words(said.sentence) <= 45 and _words(said.short) <= 28, said


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_shortened_story_is_told_in_whole_typed_sentences(shape):
    """Never a spliced half-sentence: every sentence said is a whole sentence of the story
    (a run-on's "and then" clause counts as one), in the order typed."""
    text, _payoff, _middle = SHAPES[shape]
    typed = [s.lower().removeprefix("then ") for s in story_sentences(text)]
    said = say_value(text, current=True)
    for version in (said.sentence, said.short, said.brief):
        told = [s.lower().removeprefix("then ") for s in re.split(r"(?<=[.!?])\s+", version)
                if s]
        at = [typed.index(s.rstrip(".")) for s in told]  # each one whole, as typed
        assert at == sorted(at), (shape, version)


def test_the_scene_the_turn_and_the_payoff_are_kept_before_the_middle_detail():
    """The scene (briefly), what the speaker did and the ending, for the 90-second version of
    a story whose whole runs past it."""
    told = told_short(story_sentences(THE_DAY), 45)
    assert told.startswith("The day the server room flooded"), told
    assert "I found the old tapes" in told and told.endswith("got paid on time."), told


def test_an_aside_at_the_end_is_no_payoff_and_is_not_said():
    """"Good times.", "Anyway.", "Those were the days, haha." close a story but say nothing
    of how it ended: the payoff is the sentence before them."""
    for end in ("Good times.", "Anyway.", "Those were the days, haha.", "So yeah."):
        assert aside(end), end
        story = story_sentences(f"{ASIDE_LAST[:-len('Good times.')]}{end}")
        assert story[-1] == "She passed with 49 out of 50", story
    # look-alikes: a short last sentence that says how it ended is the payoff
    for end in ("She passed.", "Nobody got hurt.", "We won."):
        assert not aside(end), end
        assert story_sentences(f"The night the lights went out I was alone. I ran the ward "
                               f"by torch. {end}")[-1] == end.rstrip(".")


def test_the_payoff_alone_where_nothing_else_fits_makes_sense_alone():
    """The shortest version ends on the payoff; a payoff whose "she" would point at nothing
    brings the sentence that names her, never the "she" alone; one that points back with
    "This ..." brings the sentence before it."""
    typed = story_sentences(ASIDE_LAST)
    told = told_short(typed, 25)
    assert told.endswith("She passed with 49 out of 50."), told
    assert "Maria" in told, told
    typed = story_sentences(NON_NATIVE)
    told = told_short(typed, 24)
    assert told.endswith("This make me very proud."), told
    assert not told.startswith("This"), told


def test_an_outcome_first_story_keeps_its_first_sentence_as_the_payoff():
    typed = story_sentences(OUTCOME_FIRST)
    assert payoff_at(typed) == 0
    assert told_short(typed, 20).startswith("We got every single passenger off dry")
    # look-alike: a first sentence of feeling is a scene's, the end is still the last
    typed = story_sentences("The first time I ran a night shift alone I was terrified of "
                            "getting it wrong. Two patients went downhill at 3 am and the "
                            "registrar was in theatre. By the morning every patient was "
                            "settled and my charge nurse said she would not change a thing.")
    assert payoff_at(typed) == len(typed) - 1


def test_the_turn_is_what_the_speaker_did():
    typed = story_sentences(CHRONOLOGICAL)
    assert typed[turn_at(typed, payoff_at(typed))].startswith("I got the crew")
    typed = story_sentences("The night the power went, the ward went dark. The generator "
                            "failed to start. We found torches and kept the drips running. "
                            "Every patient came through the night.")
    assert typed[turn_at(typed, payoff_at(typed))].startswith("We found torches")


def test_look_alikes_that_are_no_story_keep_the_reason_rules():
    """A reason of points, not a story (no scene, nothing in the past that starts it), and a
    two-sentence reason that opens on a slogan, are not read as stories."""
    for text in ("Most important for me is the training. I train the new drivers and all of "
                 "them pass. Also my English is much better now.",
                 "It gave me a purpose. Knowing our food ends up on people's tables is why I "
                 "don't mind the long weeks.",
                 "I love the team. We laugh a lot."):
        assert not is_story(story_sentences(text)), text


def _rescuer(value: str) -> object:
    role = {
        "title": "Deck Officer", "organization": "Irish Sea Ferries",
        "summary": "I ran the deck crew on the Holyhead to Dublin crossing.",
        "personal_value": value,
        "skills": [{"name": "crisis leadership", "before": "novice", "after": "proficient",
                    "used_later": "At the port authority I run the emergency drills"}],
        "results": [{"statement": "I cut the muster drill time from 14 to 8 minutes",
                     "scope": "team", "enabled_by": ["crisis leadership"]}],
    }
    return one_role_workspace(role, "Operations Manager",
                              ("Lead teams through incidents", "run safety drills"),
                              start="2014-01", end="2019-06")


@pytest.mark.parametrize("shape", ["chronological", "the day", "run-on", "aside last"])
def test_both_drafts_tell_the_story_to_its_payoff(shape):
    """In the drafts themselves: the 90-second and the 30-second version tell the story (the
    reason is kept whatever else gives way) and say its payoff."""
    text, payoff, _middle = SHAPES[shape]
    ws = _rescuer(text)
    typed = [s.lower() for s in story_sentences(text)]
    for seconds in (90, 30):
        draft = plan_draft(ws, "r1", seconds).text.lower()
        assert any(s[:40] in draft for s in typed), (seconds, draft)  # the story is told
        assert payoff in draft, (seconds, draft)  # and to its end


@pytest.mark.parametrize("text, payoff", [
    ("Here I could lead a team for the first time. When the new system was running and the "
     "waiting time went down, the colleagues were proud and the citizens waited less, this "
     "is important for me.", "this was important for me"),
    ("first time anyone let me run a shift. i train the new starters now and nobody on my "
     "shift got hurt, that means more to me than the speed numbers",
     "that means more to me than the speed numbers"),
    ("It was the first job where I had my own patients. Seeing Mrs Khan walk out on her own "
     "after the hip operation is the thing I am proudest of.", "proudest of"),
])
def test_a_reason_whose_last_sentence_says_its_worth_keeps_it_in_the_briefest(text, payoff):
    """A reason of a first point and a last sentence that says in so many words what it was
    worth: the briefest (30-second) version says that last sentence, whole, not the first
    point alone."""
    said = say_value(text, current=False)
    assert payoff in said.brief.lower(), said
    assert payoff in said.sentence.lower(), said


def test_a_second_point_that_says_no_worth_leaves_the_briefest_as_it_was():
    """Look-alike: a second sentence that is another point ("Also my English got better.")
    is no payoff: the briefest version is not made of it."""
    said = say_value("Most important for me was training the new drivers, all of them "
                     "passed. Also my English is much better now.", current=True)
    assert "english" not in said.brief.lower(), said


def test_a_story_sentence_that_is_no_sentence_gives_way_and_the_job_over_is_told_in_the_past():
    """A note-like fragment in a story ("Pouring rain, forty passengers, no lights.") is
    detail: it gives way, the payoff never; a job that is over is told in the past ("When I
    start in this job" -> "When I started in that job"), as the rest of the reason is."""
    said = say_value("The night of the storm. Pouring rain, forty passengers, no lights. I got "
                     "the crew to open the muster stations and walked every passenger up to "
                     "the lounge myself. We got every passenger off dry.", current=False)
    for version in (said.sentence, said.short, said.brief):
        assert "Pouring rain" not in version and version.endswith("every passenger off dry."), \
            version
    said = say_value(NON_NATIVE, current=False)
    assert "When I start in this job" not in said.sentence, said.sentence
    assert said.sentence.startswith("When I started in that job"), said.sentence


def test_a_run_on_story_keeps_its_then_and_never_opens_on_it():
    """The clauses of a run-on ("... and then I rang ... and then I borrowed ...") are told with
    their "Then", not as a list of bare "I ..." sentences; a version that opens on one of them
    says it without the "Then"."""
    said = say_value(RUN_ON, current=False)
    assert "Then by the evening every resident was warm and safe." in said.sentence, said
    assert not said.short.startswith("Then") and not said.brief.startswith("Then"), said
