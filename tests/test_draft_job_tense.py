"""A draft told in the tense of its job (issue 20, draft47): a job held now in the present
where the participant's words say so, a job that ended in the past, the speaker's view of
today ("I think") kept in the present, and one fact told once whatever its tense.

Sentences are written for these tests, in many phrasings, with look-alikes that must stay as
they are (a past event inside a job held now stays past).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_scripts import load_script

from workshop.verbs import clause_in_past, one_tense

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def draft_eval():
    return load_script(ROOT / "benchmarks" / "draft_eval.py", "draft_eval_job_tense")


@pytest.mark.parametrize(("typed", "said"), [
    ("I think we cut waste by a third.", "I think we cut waste by a third."),
    ("I reckon we save about 40 hours a month.", "I reckon we saved about 40 hours a month."),
    ("I guess I train the new clerks.", "I guess I trained the new clerks."),
    ("I think it was the best year of my life.", "I think it was the best year of my life."),
    ("I suppose we run the tightest yard in the region.",
     "I suppose we ran the tightest yard in the region."),
    ("I believe the team is proud of it.", "I believe the team was proud of it."),
    ("I bet nobody else has a rota like that.", "I bet nobody else had a rota like that."),
])
def test_the_speakers_view_of_today_stays_present_in_a_story_of_the_past(typed, said):
    """"I think", "I reckon", "I guess" in a job that ended are the speaker's view today: kept
    in the present, never "I thought"; the rest of the sentence goes to the past as before."""
    assert clause_in_past(typed) == said


@pytest.mark.parametrize(("typed", "said"), [
    ("I thought about leaving but I stay.", "I thought about leaving but I stayed."),
    ("I think about the rota and I plan the week.", "I thought about the rota and I planned "
                                                    "the week."),
    ("I train the new clerks.", "I trained the new clerks."),
])
def test_a_verb_of_thinking_that_is_a_doing_is_put_in_the_past(typed, said):
    """Look-alikes: "I think about ..." is something done, not a hedge: in the past."""
    assert clause_in_past(typed) == said


def test_a_hedge_in_a_time_clause_sentence_stays_present():
    """one_tense puts a time clause in the past, never the speaker's "I think"."""
    assert one_tense("When I arrive in Leeds I think my English was poor.") == \
        "When I arrived in Leeds I think my English was poor."


@pytest.mark.parametrize("sentence", [
    "I think we cut waste by a third.",
    "By the end I reckon I was the one they asked.",
    "I guess I was lucky with the crew.",
    "I'd say we halved the backlog.",
])
def test_the_benchmark_counts_no_tense_clash_for_a_present_hedge(draft_eval, sentence):
    """draft_eval's "tense clash" counted "I think" in a past story; it is no clash."""
    assert "tense clash" not in [k for k, _s in draft_eval.grammar_faults(sentence)]


@pytest.mark.parametrize("sentence", [
    "When I start at the depot my forklift was poor.",
    "I think about it and I was proud.",
])
def test_the_benchmark_still_counts_a_real_tense_clash(draft_eval, sentence):
    assert "tense clash" in [k for k, _s in draft_eval.grammar_faults(sentence)]


class _Role:
    def __init__(self, current: bool):
        self.current = current


@pytest.mark.parametrize(("text", "typed", "count"), [
    ("It is the job I have now. I ran a gang of 4 lads.", "I run a gang of 4 lads.", 1),
    ("It is the job I have now. By the end I had my own checklist.", "", 1),
    ("It is the job I have now. By the time I left, I ran the desk.", "", 1),
    ("It is the job I have now. We taught the new drivers the routes.",
     "we teach the new drivers the routes", 1),
    # look-alikes: a past event typed in the past, a present kept, "now" frames
    ("It is the job I have now. Last year I rebuilt the rota.", "last year I rebuilt the rota", 0),
    ("It is the job I have now. I run a gang of 4 lads.", "I run a gang of 4 lads.", 0),
    ("It is the job I have now. Now I have my own checklist.", "", 0),
    ("It is the job I have now. I trained 5 clerks so far.", "I trained 5 clerks so far", 0),
])
def test_the_benchmark_counts_a_job_held_now_told_as_over(draft_eval, text, typed, count):
    """draft_eval's "job tense": an ended job's frame, or a typed present said in the past,
    in a draft about a job held now; a past event typed in the past is no fault."""
    from draft_job_tense import job_tense_wrong
    assert job_tense_wrong(text, _Role(True), typed) == count


@pytest.mark.parametrize(("text", "count"), [
    ("It was my job at Harlow. I manage 3 people.", 1),
    ("It was my job at Harlow. We run the night shift.", 1),
    ("It was my job at Harlow. I teach the new starters the tills.", 1),
    # look-alikes: a later use now, the speaker's view, the past
    ("It was my job at Harlow. Now I train new carers at my next job.", 0),
    ("It was my job at Harlow. I think we cut waste by a third.", 0),
    ("It was my job at Harlow. I managed 3 people.", 0),
    ("It was my job at Harlow. I still run the same rota at Tesco.", 0),
])
def test_the_benchmark_counts_a_job_that_ended_told_as_held(draft_eval, text, count):
    from draft_job_tense import job_tense_wrong
    assert job_tense_wrong(text, _Role(False), "") == count


@pytest.mark.parametrize(("text", "count"), [
    ("Opening. I train the new clerks. I trained the new clerks, 5 so far.", 1),
    ("Opening. I taught the apprentices. I teach the apprentices every week.", 1),
    ("Opening. We ran the depot. I run the depot now.", 1),
    # look-alikes: another deed, another object, a light verb
    ("Opening. I run a gang of 4 lads. I ran the goods-in desk.", 0),
    ("Opening. I trained the new clerks. I wrote the induction checklist.", 0),
    ("Opening. I use Excel a lot. I used Excel for the rota.", 0),
])
def test_the_benchmark_counts_one_deed_said_twice_in_any_tense(draft_eval, text, count):
    """draft_eval's "fact twice": a deed said again in another tense is one fact twice."""
    from draft_job_tense import fact_twice
    assert fact_twice(text) == count
