"""A story is told with its point (issue 20, r25: "story cut before its point", "'Since then'
dangles", "'them' has no antecedent", "refers to a story never told"):

1. a story whose payoff is one of the role's results is told as one story, the scene, the
   turn (what the speaker did) and the result as its payoff, said once, in the story's place;
2. a kept sentence never leans on a cut one: a time or sequence pointer ("Since then", "Three
   weeks later", "Instead"), a "she"/"them" or a "that boy" whose referent was cut, a value
   line about a story not told ("It was the moment I realised ...") is said with what it
   leans on, or without its ordering lead, or not at all;
3. a reason typed as one run-on or a chain of comma splices is read as the sentences a person
   says before it is cut.

``workshop/story_cut.py`` (``told_short``, ``story_sentences``, ``leans``, ``unnamed``,
``refers_to``, ``ends_on_result``), ``personal_value._story_said`` and the measure
``benchmarks/draft_story.pointer_dangles``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import plan_draft
from workshop.story_cut import (
    ends_on_result,
    is_story,
    leans,
    names_someone,
    refers_to,
    story_sentences,
    told_short,
    unleaned,
    unnamed,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_story import pointer_dangles  # noqa: E402

# Story shapes whose payoff is one of the role's results: (reason, result, the turn's words,
# the result's figures, a middle detail)
WORKPLACE = (
    "My second week on the ward Sister Okafor asked me to take the new starters through the "
    "drug round. I had never taught anyone anything. I wrote a one-page checklist the night "
    "before and walked each of them through it on the early shift. Three weeks later she put "
    "the checklist on the wall of every bay, and medication errors on the ward fell from 11 a "
    "month to 3.",
    {"statement": "medication errors fell from 11 a month to 3", "metric": "medication errors",
     "from_value": 11, "value": 3, "unit": "per month", "scope": "department"},
    "one-page checklist", ("11", "3"), "never taught anyone")
CRISIS = (
    "The night the payroll server died, nobody on the late shift knew where the backups were. "
    "The vendor line just rang out. I found the old tapes in the comms cupboard, drove them to "
    "the data centre and restored the database myself by 3 am. Since then I have run the "
    "restore drill every quarter. Payroll went out on time for all 2,400 staff.",
    {"statement": "payroll went out on time for all 2,400 staff", "value": 2400,
     "unit": "staff", "scope": "company"},
    "found the old tapes", ("2,400",), "vendor line")
SLOW_YEAR = (
    "When I took over the stores nobody trusted the stock counts. Every Friday for a year I "
    "counted one aisle with whoever was on shift and showed them what the system said. It was "
    "slow and people moaned. By the end of the year stock accuracy had gone from 71% to 98% "
    "and the night shift did the counts without me.",
    {"statement": "stock accuracy went from 71% to 98%", "metric": "stock accuracy",
     "from_value": 71, "value": 98, "unit": "%", "scope": "department"},
    "counted one aisle", ("71%", "98%"), "people moaned")
NON_NATIVE = (
    "When I start in this job the complaints was very many and nobody answer the emails. My "
    "manager give me the inbox and I make a rota with the team, every morning we answer the "
    "oldest first. After six months the complaints go from 120 a month to 35.",
    {"statement": "complaints went from 120 a month to 35", "metric": "complaints",
     "from_value": 120, "value": 35, "unit": "per month", "scope": "department"},
    "a rota with the team", ("120", "35"), None)
RUN_ON = (
    "In my first term I was handed a list of eighteen pupils whose attendance was below 85%, "
    "the easy answer was letters home, instead I sat down with the department and we phoned "
    "every family and set up a breakfast club, by the end of that year attendance had gone "
    "from 84% to 91%.",
    {"statement": "attendance went from 84% to 91%", "metric": "attendance",
     "from_value": 84, "value": 91, "unit": "%", "scope": "department"},
    "phoned every family", ("84%", "91%"), None)
OUTCOME_FIRST = (
    "Attendance went from 84% to 91% in one year, and I have never been prouder. In my first "
    "term I was handed a list of eighteen pupils who were hardly ever in. The head wanted "
    "letters home. I phoned every family myself and we set up a breakfast club.",
    {"statement": "attendance went from 84% to 91%", "metric": "attendance",
     "from_value": 84, "value": 91, "unit": "%", "scope": "department"},
    "phoned every family", ("84%", "91%"), None)

ENDS_ON_RESULT = {"workplace": WORKPLACE, "crisis": CRISIS, "slow year": SLOW_YEAR,
                  "non-native": NON_NATIVE, "run-on": RUN_ON, "outcome first": OUTCOME_FIRST}


def _workspace(value: str, result: dict, end: str | None = "2021-07"):
    role = {"title": "Team Lead", "organization": "Harbour Services",
            "organization_kind": "company", "summary": "", "personal_value": value,
            "skills": [{"name": "leading a team", "before": "novice", "after": "proficient",
                        "used_later": ""}],
            "results": [dict(result, enabled_by=["leading a team"])]}
    return one_role_workspace(role, "Operations Manager", ("improve service",),
                              start="2017-09", end=end)


def _said(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


@pytest.mark.parametrize("shape", sorted(ENDS_ON_RESULT))
def test_a_story_ending_on_a_result_is_told_with_its_turn_and_the_result_once(shape):
    """Both drafts tell the result as the story's end, its figures said once, never again as
    a fact of their own after the story; the 90-second one tells what the speaker did, and
    the 30-second one too where the story's end is short (a payoff of 28 words leaves the
    30-second version its scene and its end)."""
    value, result, turn, figures, _middle = ENDS_ON_RESULT[shape]
    ws = _workspace(value, result)
    for seconds in (90, 30):
        text = plan_draft(ws, "r1", seconds).text
        assert turn in text or seconds == 30 and shape == "workplace", (shape, seconds, text)
        for figure in figures:
            at = rf"(?<![\d,]){re.escape(figure)}(?![\d,])"
            said = [s for s in _said(text) if re.search(at, s)]
            assert len(said) == 1, (shape, seconds, figure, text)


@pytest.mark.parametrize("shape", sorted(ENDS_ON_RESULT))
def test_no_kept_sentence_leans_on_a_cut_one(shape):
    """In every version, a sentence of the story that opens on a pointer ("Three weeks
    later", "Since then", "Instead") follows the sentence it leans on, and a "she"/"them"
    follows a sentence that names them."""
    value, result, _turn, _figures, _middle = ENDS_ON_RESULT[shape]
    typed = story_sentences(value)
    for most in (20, 28, 40, 45, 60):
        told = told_short(typed, most)
        kept = [s.rstrip(".") for s in _said(told)]
        for n, sentence in enumerate(kept):
            if sentence in typed and typed.index(sentence) > 0:
                at = typed.index(sentence)
                assert not leans(sentence) or n and kept[n - 1] == typed[at - 1], (most, told)
                assert not unnamed(sentence) or any(names_someone(k) for k in kept[:n]), \
                    (most, told)


def test_the_middle_gives_way_before_the_scene_and_the_turn():
    """Where the story does not fit whole, the middle detail goes first."""
    for shape in ("workplace", "crisis", "slow year"):
        value, result, turn, _figures, middle = ENDS_ON_RESULT[shape]
        text = plan_draft(_workspace(value, result), "r1", 30).text
        assert middle not in text, (shape, text)
        assert turn in text or shape == "workplace", (shape, text)


# Look-alikes: a story whose payoff is no result of the role; a story whose last sentence is
# an aside
NOT_A_RESULT = (
    "In my first month a parent shouted at me in the car park about her son being excluded. I "
    "was shaking. I asked her to come in the next morning and I listened for an hour before I "
    "said anything. She ended up running the parents' forum with me for two years.")
ATTENDANCE = {"statement": "attendance went from 84% to 91%", "metric": "attendance",
              "from_value": 84, "value": 91, "unit": "%", "scope": "department"}


def test_a_story_whose_payoff_is_no_result_keeps_it_and_the_result_is_said_apart():
    assert not ends_on_result("She ended up running the parents' forum with me for two years",
                              [ATTENDANCE["statement"]])
    text = plan_draft(_workspace(NOT_A_RESULT, ATTENDANCE), "r1", 90).text
    assert "parents' forum" in text and "84%" in text, text
    # "She ended up ..." is said after the sentence that names the parent, never bare
    assert text.index("a parent") < text.index("She ended up"), text


def test_an_aside_at_the_end_is_no_payoff():
    value = ("In my first term I was handed a list of eighteen pupils whose attendance was "
             "below 85%. I phoned every family myself and set up a breakfast club with the "
             "canteen. By the end of that year attendance had gone from 84% to 91%. Good "
             "times, haha.")
    for seconds in (90, 30):
        text = plan_draft(_workspace(value, ATTENDANCE), "r1", seconds).text
        assert "Good times" not in text and "phoned every family" in text, text
        assert text.count("91%") == 1, text


@pytest.mark.parametrize("sentence, bare", [
    ("Instead I sat down with the department", "I sat down with the department"),
    ("Three weeks later she passed", "She passed"),
    ("A few days later, the manager rang me back", "The manager rang me back"),
    ("After that we never missed a delivery", "We never missed a delivery"),
    ("The next morning Jo was back at work", "Jo was back at work"),
])
def test_an_ordering_lead_is_said_without_the_sentence_it_counts_from(sentence, bare):
    assert leans(sentence) and unleaned(sentence) == bare


@pytest.mark.parametrize("sentence", [
    "Since then I have run the restore drill every quarter",
    "That's when I knew I could teach",
    "It was the moment I realised I could do this job",
    "That's how I got the team leader post",
    "Ever since, the night shift does its own counts",
])
def test_a_lead_that_says_something_is_never_dropped(sentence):
    """"Since then", "That's when", "It was the moment": their lead is what they say; they
    lean on the sentence before and are said with it or not at all."""
    assert leans(sentence) and unleaned(sentence) == ""


@pytest.mark.parametrize("sentence", [
    "Instead of letters home I phoned every family myself",
    "Later in the year I ran the whole rota",
    "It was the first time anyone put me in charge",
    "Then by the evening every resident was warm",
    "In the end every pupil passed",
])
def test_look_alikes_that_lean_on_nothing(sentence):
    assert not leans(sentence), sentence


def test_a_value_line_about_the_story_is_said_with_it_or_not_at_all():
    typed = story_sentences(
        "The first week a customer screamed at me about a lost parcel and I froze. My "
        "supervisor Dee sat beside me for every call that month and I wrote down what she "
        "said. By the summer I was the one they sent the angry callers to. It was the moment "
        "I knew I could do this job.")
    for most in (15, 25, 35, 60):
        told = told_short(typed, most)
        assert not told.startswith("It was the moment"), told
        if "It was the moment" in told:
            assert "By the summer I was the one" in told, told


def test_them_and_the_thing_named_before_are_kept_with_what_names_them():
    typed = story_sentences(WORKPLACE[0])
    assert unnamed(typed[3]) and names_someone(typed[0]) and not names_someone(typed[1])
    assert 2 in refers_to(typed, 3)  # "the checklist" is the one sentence 2 wrote
    assert refers_to(typed, 2) == set()
    told = told_short(typed, 50)
    assert "Sister Okafor" in told and told.endswith("from 11 a month to 3."), told
    # "them" of things named before it in the sentence ("the old tapes ... drove them")
    assert not unnamed("I found the old tapes in the cupboard and drove them to the centre")


@pytest.mark.parametrize("text, count", [
    ("I was handed eighteen names on my first day, the easy answer was letters home, instead "
     "I sat down with the department, by the end of that year attendance had gone from 84% "
     "to 91%.", 4),
    ("My manager give me the easy calls first, she sit with me every morning for two months "
     "with the headset, after some months I take all the calls alone.", 3),
    ("The boiler broke on a Sunday and the residents were freezing; I rang every engineer in "
     "the book and borrowed heaters from the church hall next door.", 2),
])
def test_a_run_on_is_read_as_the_sentences_a_person_says(text, count):
    assert len(story_sentences(text)) == count, story_sentences(text)


@pytest.mark.parametrize("text", [
    "I talked to the parents, the teachers and the head of year about every one of the "
    "eighteen pupils on my list that autumn.",
    "When I got to the ward that first night after the long drive, I found the charge nurse "
    "alone with twelve patients and no porter.",
    "I rang the engineer, the landlord and the council.",
])
def test_a_list_or_a_clause_with_its_lead_is_one_sentence(text):
    assert len(story_sentences(text)) == 1, story_sentences(text)


def test_a_scene_of_the_job_starts_a_story():
    for first in ("In my first term I was handed a list of eighteen pupils.",
                  "On my second week the manager went off sick.",
                  "Three months into the job the main client walked out.",
                  "When I took over the stores nobody trusted the stock counts."):
        assert is_story(story_sentences(f"{first} I rang every family. Numbers went up.")), first
    # look-alike: a reason of points
    assert not is_story(story_sentences("In my job I train the new drivers. They all pass."))


def test_the_measure_counts_a_pointer_whose_clause_before_it_is_not_told():
    """``pointer_dangles`` reads the draft and the entries only: "Since then ..." said after
    a sentence that is not the typed clause before it counts; said after it, it does not."""
    ws = _workspace(CRISIS[0], CRISIS[1])
    role = ws.role("r1")
    bare = ("That would be my years as Team Lead. The night the payroll server died, nobody on "
            "the late shift knew where the backups were. Since then I have run the restore "
            "drill every quarter.")
    told = ("That would be my years as Team Lead. I found the old tapes in the comms cupboard, "
            "drove them to the data centre and restored the database myself by 3 am. Since "
            "then I have run the restore drill every quarter.")
    assert pointer_dangles(bare, role) == 1
    assert pointer_dangles(told, role) == 0
    for shape in sorted(ENDS_ON_RESULT):
        value, result, *_ = ENDS_ON_RESULT[shape]
        ws = _workspace(value, result)
        for seconds in (90, 30):
            text = plan_draft(ws, "r1", seconds).text
            assert pointer_dangles(text, ws.role("r1")) == 0, (shape, seconds, text)


@pytest.mark.parametrize("value, turn, end", [
    # the moment named, then told as one run-on: the end is its last clause, never the first
    ("Honestly the best moment was when our biggest client threatened to leave after three "
     "failed deliveries in a row and my manager was on holiday so it was down to me, I drove "
     "to their site the same day, sat with their warehouse lead and rebuilt the delivery "
     "schedule with him on a whiteboard, they renewed for two more years.",
     "I drove to their site", "renewed for two more years"),
    # "My first week as a supervisor ...": a scene of the job; "I rebuilt it" keeps what "it"
    # is
    ("My first week as a supervisor two of my team quit on the same day. I was sure it was my "
     "fault. I sat down with each of the others one to one and asked what was broken. Most of "
     "it was the rota. I rebuilt it with them. Nobody else left that year and sickness went "
     "down too.", "I rebuilt it", "Nobody else left"),
])
def test_stories_of_other_shapes_are_told_to_their_end_with_the_turn(value, turn, end):
    ws = _workspace(value, {"statement": "I cut staff turnover from 40% to 12%",
                            "from_value": 40, "value": 12, "unit": "%", "scope": "team"})
    text = plan_draft(ws, "r1", 90).text
    assert turn in text and end in text, text
    assert text.index(turn) < text.index(end), text
    if "I rebuilt it" in text:
        assert "the rota. I rebuilt it" in text, text
