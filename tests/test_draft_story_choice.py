"""What a draft chooses to say (issue 20, draft52; blind raters r25 on held-out drafts: thin
drafts that keep a stock line while the entries hold the participant's reason, the skill's
typed before and after, or the strongest result; the pay as the value; one fact told twice).
Each class is read by its shape, in several phrasings, beside look-alikes that must not be
read so. Written for this test, in other words than the evaluation workspaces."""

from __future__ import annotations

import re

import pytest

from workshop.draft import offered_draft
from workshop.draft_frame import summary_result
from workshop.draft_results import same_change
from workshop.growth_said import typed_arc
from workshop.model import SCHEMA_VERSION, Result, Role, Workspace
from workshop.personal_value import say_value
from workshop.reason_found import pay_said
from workshop.skill_story import own_growth


def _ws(*, value: str = "", how_far: str = "", results: list[dict] | None = None,
        summary: str = "kept the depot's vans on the road", current: bool = False,
        skill: str = "fleet maintenance") -> Workspace:
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Fleet Manager", "goals": ["keep the fleet running"]},
        "roles": [{"id": "r1", "title": "Workshop Technician", "organization": "Haldane Buses",
                   "start": "2017-02", "end": None if current else "2021-06",
                   "summary": summary, "personal_value": value,
                   "skills": [{"name": skill, "before": "novice", "after": "proficient",
                               "how_far": how_far}],
                   "results": results if results is not None else [
                       {"statement": "cut breakdowns on the road", "metric": "breakdowns",
                        "value": 3, "from_value": 11, "unit": "a month", "kind": "change",
                        "enabled_by": [skill]}],
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}]})


def _both(ws: Workspace) -> list[str]:
    return [offered_draft(ws, "r1", seconds).text for seconds in (30, 90)]


# --- the skill's growth as they typed it: their before and after, no stock line before it ----

ARCS = [
    "I used to call the supervisor for every fault; now I sign off the brake tests myself.",
    "I went from changing tyres to rebuilding gearboxes on my own.",
    "Went from dreading the diagnostic laptop to training the apprentices on it.",
    "I started out unable to read a wiring diagram and ended up fixing the electrics alone.",
    "I've gone from shadowing the fitters to running the night shift's repairs.",
]
NOT_ARCS = [  # a from-to that is no growth of the speaker's, and no start and end at all
    "Breakdowns went from 11 to 3 a month.",
    "I moved from Leeds to York for the job.",
    "I used to work nights.",
    "I rebuilt gearboxes and trained the apprentices.",
]


@pytest.mark.parametrize("note", ARCS)
def test_a_typed_before_and_after_is_read_as_the_growth(note):
    assert typed_arc(note), note
    said = own_growth(note)
    assert said and said[0].isupper() and said.split()[0] in ("I", "I've"), said


@pytest.mark.parametrize("note", NOT_ARCS)
def test_a_look_alike_is_no_typed_growth(note):
    assert not typed_arc(note), note


@pytest.mark.parametrize("note", ARCS)
def test_the_typed_growth_is_told_with_no_stock_line_before_it(note):
    for text in _both(_ws(how_far=note)):
        # the kit's stock growth lines round the skill's name
        assert not re.search(r"\bwhere I (?:learned|got good at|grew)|\bI (?:learned|picked "
                             r"up|got better at|grew most in) fleet maintenance\b", text), text
        key = note.split()[-2].strip(".;")
        assert key in text, text  # their words are said


# --- the pay never as the value; their other reason leads -----------------------------------

PAY = ["Money was miles better than the garage.", "The pay was the best I'd had.",
       "It paid double what the dealership did.", "Honestly the salary is what kept me.",
       "It was better paid than anything before.", "I got a pay rise after six months.",
       "The pension was great."]
NOT_PAY = ["I learned where the money goes in a depot.", "I paid attention to every fault.",
           "The drivers trusted my repairs.", "Paying passengers got their buses on time.",
           "I paid more attention to the drivers than before.",
           "We raised more money for the hospice than any year before.",
           "The tips from the old fitters made me a better mechanic."]


@pytest.mark.parametrize("text", PAY)
def test_the_pay_is_read_in_its_shapes(text):
    assert pay_said(text), text


@pytest.mark.parametrize("text", NOT_PAY)
def test_a_pay_word_in_another_sense_is_no_pay(text):
    assert not pay_said(text), text


@pytest.mark.parametrize("pay", PAY)
def test_the_pay_gives_way_to_the_reason_typed_beside_it(pay):
    value = f"{pay} But the old fitters taught me to stay calm when a bus broke down."
    for text in _both(_ws(value=value)):
        assert not pay_said(text), text
        assert "stay calm" in text, text


@pytest.mark.parametrize("pay", PAY)
def test_the_pay_alone_is_never_said_as_the_value(pay):
    for text in _both(_ws(value=pay)):
        assert not pay_said(text), text
        assert "breakdowns" in text, text  # the story is told all the same


# --- what they liked, said as what mattered, never dropped with the liking -----------------

LIKED = [("I loved that the drivers asked for me by name.", "the drivers asked for me by name"),
         ("I liked how the apprentices came to me with faults.", "the apprentices came"),
         ("Loved that I could fix what others had given up on.", "I could fix what others")]


@pytest.mark.parametrize("typed, words", LIKED)
def test_a_liked_clause_is_said_as_what_mattered(typed, words):
    said = say_value(typed, current=False).sentence
    assert words in said, said
    assert re.match(r"^What (?:I valued most|mattered most to me) was (?:that|how) ", said), said
    assert not re.search(r"\b(?:loved|liked)\b", said), said
    now = say_value(typed, current=True).sentence
    assert re.match(r"^What (?:I value most|matters most to me) is ", now), now


def test_a_liking_with_nothing_after_it_is_still_not_said():
    assert not say_value("I loved it.", current=False).sentence


# --- a result typed only in the summary -------------------------------------------------

SUMMARY = [
    ("kept the vans on the road and moved us to digital job cards, which cut paperwork "
     "from 6 hours a week to 1", "cut paperwork from 6 hours a week to 1"),
    ("Ran the night shift. Brought missed inspections down from 14 to 2 a quarter",
     "missed inspections down from 14 to 2"),
    ("serviced the fleet; cut parts spend by 18% in a year", "cut parts spend by 18%"),
]
NO_RESULT = ["I lead a team of 6 fitters", "looked after 40 buses across 2 depots",
             "kept the depot's vans on the road"]


@pytest.mark.parametrize("summary, words", SUMMARY)
def test_a_result_typed_only_in_the_summary_is_told(summary, words):
    ws = _ws(summary=summary, results=[])
    for text in _both(ws):
        assert words in text, text
        assert text.count(words) == 1, text


@pytest.mark.parametrize("summary", NO_RESULT)
def test_a_size_or_a_duty_in_the_summary_is_no_result(summary):
    role = Role(id="r1", title="Technician", organization="Haldane Buses", summary=summary)
    assert summary_result(role) == ""


def test_the_summary_gives_way_to_a_result_with_a_number():
    summary, _words = SUMMARY[0]
    role = Role.from_dict({"id": "r1", "title": "Technician", "organization": "Haldane Buses",
                           "summary": summary, "results": [
                               {"statement": "cut breakdowns from 11 to 3 a month"}]})
    assert summary_result(role) == ""


# --- one change told once, the one with the most evidence --------------------------------


def _res(statement: str, metric: str = "", **kw) -> Result:
    return Result.from_dict({"statement": statement, "metric": metric, **kw})


@pytest.mark.parametrize("one, two", [
    (("grew my route's ticket sales", "ticket sales"), ("grew ticket sales on my route by 40%",
                                                        "sales growth")),
    (("cut breakdowns on the road", "breakdowns"), ("breakdowns on the road cut by two thirds",
                                                    "")),
    (("reduced fuel use", "fuel use"), ("fuel use reduced by 9%", "fuel")),
])
def test_two_results_of_one_change_are_one(one, two):
    assert same_change(_res(*one), _res(*two))


@pytest.mark.parametrize("one, two", [
    (("cut breakdowns on the road", "breakdowns"), ("cut fuel use", "fuel use")),
    (("trained 12 apprentices", ""), ("passed every MOT", "")),
])
def test_two_different_results_are_two(one, two):
    assert not same_change(_res(*one), _res(*two))


def test_the_same_change_is_told_once_with_its_from_to():
    results = [{"statement": "cut breakdowns on the road", "metric": "breakdowns",
                "value": 3, "from_value": 11, "unit": "a month", "kind": "change",
                "enabled_by": ["fleet maintenance"]},
               {"statement": "cut road breakdowns by 70%", "metric": "breakdowns"}]
    for text in _both(_ws(results=results)):
        assert "from 11 to 3" in text, text
        assert "70%" not in text, text


# --- the speaker's own result is never "we" -------------------------------------------------


@pytest.mark.parametrize("statement", ["grew my route's ticket sales",
                                       "cut my own rework rate",
                                       "halved my backlog of repairs"])
def test_a_result_typed_with_my_is_never_told_as_we(statement):
    results = [{"statement": statement, "metric": "rate", "value": 5, "from_value": 10,
                "unit": "%", "kind": "change", "scope": "team",
                "enabled_by": ["fleet maintenance"]}]
    for text in _both(_ws(results=results)):
        assert not re.search(r"\bwe\b[^.]*\bmy\b", text, re.IGNORECASE), text


# --- a job held now is told as held ---------------------------------------------------------


def test_a_job_held_now_is_told_in_the_present_with_the_typed_growth():
    ws = _ws(current=True, value="It has shown me I can keep a depot running.",
             how_far=ARCS[0])
    for text in _both(ws):
        assert "I have now" in text or "the job I have now" in text or "this job" in text \
            or "now" in text.lower(), text
        assert "I sign off the brake tests myself" in text, text
        assert not re.search(r"\b(?:my|the) (?:\w+ )?years? as\b", text), text
