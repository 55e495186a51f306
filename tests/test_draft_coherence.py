"""Sentences that hold together: one tense per sentence, a time the entries hold, "that skill"
and "the same way" pointing at something the draft said.

Blind raters found drafts that say "After that job I put that skill to use ..." for work done
in the same job, "here" for a job that is over, "that skill" after a sentence about another
thing, "the same way" with nothing to compare to, and "If the book was right, soldiers get
...". Each rule is tested here on workspaces of this file's own, with look-alikes that must
not change.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import SCHEMA_VERSION

from workshop.draft import plan_draft
from workshop.draft_frame import what_i_did
from workshop.model import Role, Skill, Workspace
from workshop.personal_value import say_value
from workshop.skill_story import also_grew_sentence, later_use_sentence, later_when
from workshop.spoken import clause_in_past

# --- one reading of tense --------------------------------------------------------------------


@pytest.mark.parametrize("typed, past", [
    ("I change the rota every month and I train the new porters.",
     "I changed the rota every month and I trained the new porters."),
    ("We are short of porters and the bleeps go off all night.",
     "We were short of porters and the bleeps went off all night."),
    ("The waiting list goes down when I run the clinic.",
     "The waiting list went down when I ran the clinic."),
])
def test_the_participants_reason_and_the_notes_share_one_reading_of_tense(typed, past):
    """The reason said in the opening (``say_value``) and every other note of a job that is
    over (``clause_in_past``) are put in the past by one reading: the same words give the
    same sentence."""
    assert clause_in_past(typed) == past
    assert say_value(typed.rstrip("."), current=False).sentence.lower().endswith(past.lower())


@pytest.mark.parametrize("typed", [
    "I juggle the rotas every month and I train the new porters.",  # "juggle" is not known
    "I still change the rota every month.",  # it is so still
])
def test_a_sentence_with_a_present_the_kit_does_not_know_stays_as_typed(typed):
    """Never half in the past ("I juggle ... and I trained ..."): the whole sentence stays as
    the participant wrote it, in the reason as in any note."""
    assert clause_in_past(typed) == typed
    assert say_value(typed.rstrip("."), current=False).sentence == typed


def test_a_reason_for_a_job_still_held_stays_in_the_present():
    said = say_value("I change the rota every month", current=True).sentence
    assert said == "I change the rota every month."


@pytest.mark.parametrize("typed, said", [
    ("If the drug chart is right, patients get their doses when they need them.",
     "If the drug chart was right, patients got their doses when they needed them."),
    # a general truth told with "you" stays in the present, as typed
    ("It showed me that a rota is how you look after people.",
     "It showed me that a rota is how you look after people."),
])
def test_every_clause_of_a_sentence_is_told_in_one_tense(typed, said):
    """"If the chart was right, patients get ..." is a slip: each clause's present after a
    noun or a pronoun is put in the past with the rest, or none is."""
    assert clause_in_past(typed) == said


def _role(**fields) -> Role:
    base = {"id": "r1", "title": "Window Dresser", "organization": "Harlow & Finch",
            "start": "2015-03", "end": "2019-08", "summary": "", "skills": [], "results": []}
    return Role.from_dict({**base, **fields})


def test_the_summary_of_a_job_that_is_over_is_told_in_the_past():
    summary = "I change the displays every season"
    assert what_i_did(_role(summary=summary)) == "I changed the displays every season."
    assert what_i_did(_role(summary=summary, end=None)) == "I change the displays every season."
    # a verb the kit does not know leaves the summary as typed
    assert what_i_did(_role(summary="I restyle the displays every season")) == \
        "I restyle the displays every season."


# --- a time the entries hold ------------------------------------------------------------------


def _ws(used_later: str, *, how_far: str = "", second_end: str | None = None,
        first_end: str | None = "2019-04") -> Workspace:
    """A stock assistant at Pennine Outdoor (over unless ``first_end`` is None) who grew
    stock rotation, then a supervisor at Fellside Sports."""
    first = {"id": "r1", "title": "Stock Assistant", "organization": "Pennine Outdoor",
             "start": "2016-02", "end": first_end, "summary": "",
             "skills": [{"name": "stock rotation", "before": "novice", "after": "proficient",
                         "used_later": used_later, "how_far": how_far}],
             "results": [{"statement": "I cut out-of-date stock", "metric": "written-off stock",
                          "value": 300, "from_value": 1200, "unit": "GBP",
                          "scope": "department", "enabled_by": ["stock rotation"]}],
             "ratings": {"skill_growth": 5, "company_results": 5, "relevance": 5}}
    second = {"id": "r2", "title": "Store Supervisor", "organization": "Fellside Sports",
              "start": "2019-05", "end": second_end, "summary": "", "skills": [],
              "results": [], "ratings": {"skill_growth": 2, "company_results": 2,
                                         "relevance": 2}}
    return Workspace.from_dict({"schema_version": SCHEMA_VERSION,
                                "target_role": {"title": "Store Manager", "goals": []},
                                "roles": [first, second],
                                "answer": {"role_id": "r1", "text": ""}})


def _when(ws: Workspace) -> str:
    role = ws.role("r1")
    return later_when(role.skills[0], role, tuple(ws.roles))


_TIME = re.compile(r"\b(?:later|after (?:that|the) job|since|stayed with me|did not end|"
                   r"next|today)\b", re.IGNORECASE)


@pytest.mark.parametrize("note, when", [
    ("set up the same checks at Fellside", "next"),  # a later job's employer
    ("set up the same checks at my next store", "next"),
    ("trained the weekend staff on it in 2021", "next"),  # a year after the job ended
    ("I run the weekly counts for the whole store now", "since"),  # told in the present
    ("wrote the stockroom guide for Pennine's new starters", "same"),  # its own employer
    ("trained the weekend staff on it in 2017", "same"),  # a year inside the job
    ("wrote the stockroom guide for new starters", ""),  # the entries do not say when
])
def test_the_time_of_a_later_use_is_the_time_the_entries_hold(note, when):
    assert _when(_ws(note)) == when


def test_a_later_use_the_entries_do_not_place_in_time_is_told_with_no_time():
    """"After that job I put that skill to use when I wrote the stockroom guide" claims a
    time the entries do not hold: the use is told, with no time."""
    text = plan_draft(_ws("wrote the stockroom guide for new starters"), "r1").text
    sentence = next(s for s in re.split(r"(?<=\.)\s+", text) if "stockroom guide" in s)
    assert not _TIME.search(sentence), sentence
    assert "that skill" in sentence, sentence


def test_a_later_use_in_the_same_job_is_told_as_later_in_that_job():
    text = plan_draft(_ws("wrote the stockroom guide for Pennine's new starters"), "r1").text
    assert "Later in that job, I used that skill when I wrote the stockroom guide" in text, text
    assert not re.search(r"after (?:that|the) job", text, re.IGNORECASE), text


def test_a_later_use_in_a_later_job_keeps_its_time():
    text = plan_draft(_ws("set up the same checks at Fellside"), "r1").text
    sentence = next(s for s in re.split(r"(?<=\.)\s+", text) if "Fellside" in s)
    assert _TIME.search(sentence), sentence


def test_a_job_still_held_tells_no_later_time_and_never_here():
    """A job still held: nothing "later" or "since the job", and never "here" (in an
    interview "here" is the interviewer's place)."""
    ws = _ws("wrote the stockroom guide for new starters", first_end=None)
    assert _when(ws) == ""
    skill = ws.role("r1").skills[0]
    for variant in range(4):
        said = later_use_sentence(skill, variant, current=True, named=True)
        assert said and not re.search(r"\b(?:later|after the job|here)\b", said, re.I), said
        assert "here" not in also_grew_sentence(skill, True, variant).lower().split()


def test_the_same_way_is_said_only_after_the_way_is_told():
    """"I run the counts the same way at Fellside" compares to a way the story told (the
    participant's own growth words); with none told it is said without it."""
    bare = plan_draft(_ws("I run the counts the same way at Fellside"), "r1").text
    assert "the same way" not in bare and "I run the counts at Fellside" in bare, bare
    how = ("At first I just stacked new stock at the front. By the end I rotated every "
           "delivery by date and checked the chillers each morning.")
    told = plan_draft(_ws("I run the counts the same way at Fellside", how_far=how), "r1").text
    assert "I run the counts the same way at Fellside" in told, told


def test_that_skill_is_said_only_of_the_skill_named_last():
    """A further result of another skill told between the story's skill and its later use:
    the later use names its skill again, never "that skill" pointing at the other."""
    ws = _ws("wrote the stockroom guide for new starters")
    role = ws.role("r1")
    more = Skill(name="visual merchandising", before="advanced beginner", after="competent")
    extra = {"statement": "I raised sales of the window lines by 15%", "metric": "sales",
             "value": 15, "unit": "%", "scope": "department",
             "enabled_by": ["visual merchandising"]}
    data = role.to_dict() if hasattr(role, "to_dict") else None
    assert data is not None
    data["skills"].append({"name": more.name, "before": more.before, "after": more.after})
    data["results"].append(extra)
    ws2 = Workspace.from_dict({"schema_version": SCHEMA_VERSION,
                               "target_role": {"title": "Store Manager", "goals": []},
                               "roles": [data, ws.role("r2").to_dict()],
                               "answer": {"role_id": "r1", "text": ""}})
    text = plan_draft(ws2, "r1").text
    sentences = re.split(r"(?<=\.)\s+", text)
    window = next(i for i, s in enumerate(sentences) if "window lines" in s)
    guide = next(i for i, s in enumerate(sentences) if "stockroom guide" in s)
    assert window < guide, text
    assert "stock rotation" in sentences[guide] and "that skill" not in sentences[guide], text
    # the look-alike: with nothing between, "that skill" stays
    plain = plan_draft(ws, "r1").text
    assert "that skill to use when I wrote the stockroom guide" in plain, plain
