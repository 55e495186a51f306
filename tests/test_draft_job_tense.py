"""A draft told in the tense of its job (issue 20, draft47): a job held now in the present
where the participant's words say so, a job that ended in the past, the speaker's view of
today ("I think") kept in the present, and one fact told once whatever its tense.

Sentences are written for these tests, in many phrasings, with look-alikes that must stay as
they are (a past event inside a job held now stays past).
"""

from __future__ import annotations

import re
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


@pytest.mark.parametrize(("typed", "said"), [
    ("By the end I had my own checklist.", "Now I have my own checklist."),
    ("By the end I was lead preceptor on nights.", "Now I am lead preceptor on nights."),
    ("At the end I was the contact person for the whole office.",
     "Now I am the contact person for the whole office."),
    ("By the end, we were running the night shift without a supervisor.",
     "Now we are running the night shift without a supervisor."),
    ("By the end I could run the pass on my own.", "Now I can run the pass on my own."),
    ("By the end I wasn't scared of the phones.", "Now I am not scared of the phones."),
    ("By the end I had learned every route.", "Now I have learned every route."),
    ("By the end the new starters were asking me first.",
     "Now the new starters are asking me first."),
    ("By the time I left I was training the new drivers.", "Now I am training the new drivers."),
    ("At first I only shadowed, by the end I could run the pass on my own.",
     "At first I only shadowed. Now I can run the pass on my own."),
    # a state, then a later clause's state: both now
    ("By the end I had my own checklist and I was training every new starter.",
     "Now I have my own checklist and I am training every new starter."),
    # a later clause's deed: a sentence of its own, in the past as typed
    ("By the end I had my own checklist and my supervisor let me train every new hire.",
     "Now I have my own checklist. My supervisor let me train every new hire."),
    # a deed after the frame may be a one-off: the past kept, with a frame that leaves the
    # job open
    ("By the end people brought me their slow queries, and I reworked the payouts queries.",
     "Over time people brought me their slow queries, and I reworked the payouts queries."),
    ("By the end I wrote the unit's orientation checklist.",
     "Over time I wrote the unit's orientation checklist."),
    ("By the end I had to cover two sites.", "Over time I had to cover two sites."),
    ("By the end, it all made sense.", "Over time it all made sense."),
])
def test_an_ended_jobs_frame_is_said_of_the_job_held_now(typed, said):
    """"By the end I had" in a job held now: "Now I have"; only the frame and the verb forms
    the kit is sure of change; a deed stays past, never a present and a past in one
    sentence."""
    from workshop.job_tense import held_now
    assert held_now(typed) == said


@pytest.mark.parametrize("typed", [
    "Help desk tickets dropped by 40% by the end of first semester.",
    "In the end I stayed on nights.",
    "Last year I rebuilt the rota and overtime fell by 20%.",
    "I run a gang of 4 lads.",
])
def test_words_that_name_their_own_time_are_said_as_typed(typed):
    """Look-alikes: a time named ("by the end of first semester"), "in the end"
    (eventually), a past event in a job held now, a present: as typed."""
    from workshop.job_tense import held_now
    assert held_now(typed) == typed


def _draft(end, seconds=90, **entries):
    from workshop.draft import offered_draft
    from workshop.model import Ratings, Role, Workspace
    role = Role(title="Stores Clerk", organization="Harlow Freight", organization_kind="company",
                start="2019-03", end=end, ratings=Ratings(4, 4, 4), id="r1", **entries)
    return offered_draft(Workspace(roles=(role,)), "r1", seconds).text


@pytest.mark.parametrize("how_far", [
    "At first I just let them shadow me. By the end I had my own checklist and I was training "
    "every new starter on my own.",
    "At first I could not read a manifest, by the end I was planning the loads for the shift.",
    "At first I only watched the goods-in desk. At the end I was the one the drivers asked.",
])
def test_a_draft_about_the_job_held_now_never_says_by_the_end(how_far):
    """The participant's growth words in a job held now: said "Now I ...", in both versions;
    the same words in a job that ended keep their "by the end"."""
    from workshop.model import Result, Skill
    entries = dict(skills=(Skill("training new starters", "novice", "proficient",
                                 how_far=how_far),),
                   results=(Result("cut picking errors from 40 to 12 a month",
                                   metric="picking errors", value=12, from_value=40,
                                   kind="change", enabled_by=("training new starters",)),))
    for seconds in (90, 30):
        now = _draft(None, seconds, **entries)
        assert not re.search(r"\b(?:by|at) the end\b", now, re.IGNORECASE), now
        assert "Now I " in now, now
    assert re.search(r"\b(?:by|at) the end\b", _draft("2022-05", **entries), re.IGNORECASE)


@pytest.mark.parametrize(("reason", "part", "kept", "gone"), [
    ("I train the new guys now and nobody on my shift got hurt.",
     "I trained all the new guys to scan and check every pallet before loading.",
     "Nobody on my shift got hurt", "I train the new guys"),
    ("I teach the apprentices and our weld rejects are the lowest in the yard.",
     "I taught the apprentices to read the drawings and check every weld.",
     "Our weld rejects are the lowest in the yard", "I teach the apprentices"),
    ("Nobody on my ward fell last winter and I run the falls huddle every morning.",
     "I ran the falls huddle every morning with the night staff and the physios.",
     "Nobody on my ward fell last winter", "falls huddle every morning. "),
])
def test_a_reasons_clause_that_says_a_result_again_is_said_once(reason, part, kept, gone):
    """A reason and a result that tell the same deed, in two tenses: the reason keeps its
    other clause, the fuller telling (the speaker's part, with its detail) stays where it is."""
    from workshop.model import Result, Skill
    entries = dict(personal_value=reason,
                   skills=(Skill("training new starters", "novice", "proficient"),),
                   results=(Result("cut picking errors from 40 to 12 a month",
                                   metric="picking errors", value=12, from_value=40,
                                   kind="change", my_part=part),))
    text = _draft(None, **entries)
    assert kept.lower() in text.lower(), text
    assert gone not in text or text.count(gone) == 1, text


@pytest.mark.parametrize("reason", [
    # the clause left would point back at the other: the sentence as typed
    "I train the new drivers and all of them passed.",
    # neither clause says the result again
    "I run the night shift and the team trusts me.",
    # the clause left would name nothing said alone
    "I train the new drivers and the whole crew trusts me.",
])
def test_a_reason_whose_clauses_cannot_stand_apart_is_kept_whole(reason):
    from workshop.model import Result, Skill
    entries = dict(personal_value=reason,
                   skills=(Skill("training new starters", "novice", "proficient"),),
                   results=(Result("cut picking errors from 40 to 12 a month",
                                   metric="picking errors", value=12, from_value=40,
                                   kind="change",
                                   my_part="I trained the new drivers on the routes."),))
    assert reason in _draft(None, **entries)


@pytest.mark.parametrize(("typed", "said"), [
    # a learner's present for the past, after a lead that places it in the past
    ("At first I only show new drivers the route and I was not sure how to explain it.",
     "At first I only showed new drivers the route and I was not sure how to explain it."),
    ("At first I only show new drivers the route.", "At first I only showed new drivers the "
                                                     "route."),
    ("When I started I don't know the bays.", "When I started I didn't know the bays."),
    ("In the beginning I make many mistakes with the rota.",
     "In the beginning I made many mistakes with the rota."),
    ("At first we just ask the nurses.", "At first we just asked the nurses."),
])
def test_a_present_after_a_lead_of_the_past_is_said_in_the_past(typed, said):
    """"At first", "when I started", "in the beginning" place a clause in the past whatever
    the job: a present there (a non-native speaker's present for the past) is said in the past,
    an adverb between "I" and the verb ("I only show") included."""
    assert one_tense(typed) == said


@pytest.mark.parametrize("typed", [
    "Now I show new drivers the route.",
    "I only show new drivers the route.",
    "At first I think it was hard.",
    "At first we check every pallet by hand.",
])
def test_a_present_with_no_lead_of_the_past_stays(typed):
    """Look-alikes: "now", no lead, the speaker's view, "every" (a habit that may hold)."""
    assert one_tense(typed) == typed


@pytest.mark.parametrize(("typed", "said"), [
    ("I also run the rota.", "I also ran the rota."),
    ("We just ask the families first.", "We just asked the families first."),
    ("I manage 3 people and I plan the rota.", "I managed 3 people and I planned the rota."),
    ("I never miss a shift.", "I never miss a shift."),  # a verb the kit does not know: as typed
])
def test_a_duty_typed_in_the_present_is_said_in_the_past_for_a_job_that_ended(typed, said):
    """A job that ended told in the present ("I also run the rota" in a job that ended in
    2019): in the past where the kit knows the verb, an adverb after "I" included."""
    assert clause_in_past(typed) == said


@pytest.mark.parametrize("end", ["Present", "present", "PRESENT", " Current ", "now", "Now.",
                                 "ongoing", "Ongoing", "to date", "Till now", "today"])
def test_an_end_written_present_is_read_as_held_now_by_the_kit_and_the_schema(end):
    """SPEC: ``end`` is null for a current role. An end typed "Present" (by hand or an
    import) is read so by the kit (never a traceback), and the workspace schema that
    facilitators' tools validate with accepts it too; the draft is told in the present."""
    import copy
    import json

    import jsonschema

    import workshop
    from workshop.draft import draft_answer
    from workshop.model import SCHEMA_VERSION
    from workshop.store import parse_workspace
    schema = json.loads((Path(workshop.__file__).parent / "schema" /
                         "workspace.schema.json").read_text(encoding="utf-8"))
    data = {"schema_version": SCHEMA_VERSION, "roles": [
        {"id": "r1", "title": "Stores Clerk", "organization": "Harlow Freight",
         "start": "2019-03", "end": end, "ratings": {"skill_growth": 4, "company_results": 4,
                                                      "relevance": 4},
         "skills": [{"name": "stock control", "before": "novice", "after": "proficient",
                     "how_far": "At first I could not read a manifest. By the end I was "
                                "planning the loads for the shift."}],
         "results": [{"statement": "cut picking errors from 40 to 12 a month",
                      "metric": "picking errors", "value": 12, "from_value": 40,
                      "kind": "change", "enabled_by": ["stock control"]}]}]}
    assert [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(
        copy.deepcopy(data))] == []
    ws = parse_workspace(json.dumps(data).encode())
    assert ws.roles[0].end is None and ws.roles[0].current
    text = draft_answer(ws, "r1")
    assert "by the end" not in text.lower() and "Now I am planning the loads" in text, text


@pytest.mark.parametrize("end", ["Nov 2019", "presently-ish", "2019-13", "soon"])
def test_an_end_that_is_neither_a_date_nor_a_word_of_now_is_refused_by_both(end):
    """Look-alikes: a date in words, a word that is no "now": the schema and the kit both
    refuse it, the kit with a plain message naming the field."""
    import json

    import jsonschema

    import workshop
    from workshop.errors import WorkshopError
    from workshop.store import parse_workspace
    schema = json.loads((Path(workshop.__file__).parent / "schema" /
                         "workspace.schema.json").read_text(encoding="utf-8"))
    data = {"schema_version": 4, "roles": [{"id": "r1", "title": "Clerk", "start": "2019-03",
                                            "end": end}]}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    with pytest.raises(WorkshopError, match="end"):
        parse_workspace(json.dumps(data).encode())


@pytest.mark.parametrize(("typed", "said"), [
    ("I get driver of the month 3 times.", "I have got driver of the month 3 times."),
    ("I win the safety award twice.", "I have won the safety award twice."),
    ("We pass the audit 4 times.", "We have passed the audit 4 times."),
    ("I teach the induction course 6 times.", "I have taught the induction course 6 times."),
    ("I run the open day 3 times.", "I have run the open day 3 times."),
    # how often: a habit held now, as typed
    ("I train new drivers 3 times a year.", "I train new drivers 3 times a year."),
    ("I run the fire drill twice a month.", "I run the fire drill twice a month."),
])
def test_a_count_of_times_in_a_job_held_now_is_said_as_done_so_far(typed, said):
    """A count of times in a job held now: the present perfect (done so far, the job goes
    on), where the kit is sure of the participle; how often something is done stays."""
    from workshop.verbs import in_present_perfect
    assert in_present_perfect(typed) == said


def test_a_count_of_times_is_said_in_the_past_for_a_job_that_ended():
    from workshop.model import Result, Skill
    entries = dict(skills=(Skill("route training", "novice", "proficient"),),
                   results=(Result("I get driver of the month 3 times", value=3,
                                   unit="times", kind="count"),
                            Result("trained 23 new drivers, all passed", value=23,
                                   unit="drivers", kind="count")))
    held = _draft(None, **entries)
    assert "driver of the month" in held and not re.search(r"\bI (?:also )?got driver", held)
    # the award is said "named", never "got" (blind raters, r35: "I have got driver of the
    # month" is a learner's slip; workshop/slips.py)
    assert re.search(r"\bI (?:also )?have (?:also )?been named driver of the month 3 times",
                     held), held
    ended = _draft("2021-04", **entries)
    assert re.search(r"\bI was (?:also )?named driver of the month 3 times", ended), ended


@pytest.mark.parametrize(("first", "again"), [
    ("I teach the apprentices welding.", "I taught the apprentices welding."),
    ("I ran the goods-in desk.", "I run the goods-in desk."),
    ("We led the night handover.", "We lead the night handover."),
    ("I wrote the induction guide.", "I write the induction guide."),
])
def test_a_piece_that_says_a_chosen_one_again_in_another_tense_is_left_out(first, again):
    """compose leaves out a piece whose meaningful words the draft said already; an irregular
    verb in another tense ("taught"/"teach", "ran"/"run") is the same deed, not a new fact."""
    from workshop.draft_compose import Piece, compose
    text = compose([Piece(0, 0, "It is the job I have now."), Piece(1, 0, first),
                    Piece(2, 1, again), Piece(3, 1, "Picking errors fell from 40 to 12.")],
                   5, 200)
    assert first in text and again not in text and "Picking errors" in text, text


def test_a_piece_with_a_new_deed_is_kept():
    """Look-alike: the same object with another deed is a new fact."""
    from workshop.draft_compose import Piece, compose
    text = compose([Piece(0, 0, "It is the job I have now."),
                    Piece(1, 0, "I teach the new clerks the scanners and the returns desk."),
                    Piece(2, 1, "I wrote the new clerks a guide to the scanners.")], 5, 200)
    assert "I wrote the new clerks a guide" in text, text


@pytest.mark.parametrize(("typed", "said"), [
    ("Patient falls went down on the ward", "Patient falls went down on the ward"),
    ("Customer returns were down by a third", "Customer returns were down by a third"),
    ("Staff leaves fell after the new rota", "Staff leaves fell after the new rota"),
    ("Our depot passes every safety audit", "Our depot passed every safety audit"),
])
def test_a_plural_noun_before_the_clauses_own_verb_stays_a_noun(typed, said):
    """A noun that looks like a present verb ("falls", "returns", "leaves") before the
    clause's own finite verb is no verb to put in the past ("Patient fell went down" was
    drafted); a present after a noun with no verb following still is."""
    assert clause_in_past(typed) == said
