"""The reason wherever the participant said it, and the job their own words pick
(``workshop.reason_found``, ``workshop.personal_value``, ``draft.answer_role_id``): issue 20,
draft32. Written in other words than the evaluation workspaces."""

from __future__ import annotations

import re

from workshop.coach import _value_question
from workshop.draft import answer_role_id, draft_versions
from workshop.model import SCHEMA_VERSION, Workspace
from workshop.personal_value import own_reason, role_value, say_value
from workshop.reason_found import names_most, note_reason, pick_only, picked_role

SKILL = {"name": "kennel hygiene", "before": "novice", "after": "proficient",
         "used_later": "set up the cleaning rota at the second shelter"}


def _role(rid: str, title: str, **more) -> dict:
    role = {"id": rid, "title": title, "organization": "Hillcrest Animal Rescue",
            "start": "2017-01", "end": "2020-06", "skills": [SKILL],
            "results": [{"statement": "kennel cough cases fell from 12 a month to 3",
                         "scope": "team", "enabled_by": ["kennel hygiene"]}]}
    role.update(more)
    return role


def _workspace(*roles: dict, chosen: str | None = None) -> Workspace:
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Shelter Manager", "goals": ["keep the animals healthy"]},
        "roles": list(roles), "answer": {"role_id": chosen, "text": ""}})


def _opening(text: str) -> str:
    return " ".join(re.split(r"(?<=[.!?])\s+", text)[:2])


def test_the_job_named_with_its_meaning_is_said_as_a_sentence_about_the_job():
    """"The X that/where ..." with no verb of its own is said as "It was the X ...", never
    "It gave me the X ..." nor left out as words that name nothing."""
    said = say_value("The role where I finally felt I was good at something.", current=False)
    assert said.sentence == "It was the role where I finally felt I was good at something.", said
    said = say_value("The place where I found my feet", current=True)
    assert said.sentence == "It is the place where I found my feet.", said


def test_who_the_speaker_became_stays_in_the_present_for_a_job_that_is_over():
    said = say_value("it shaped me into who I am", current=False)
    assert "who I am" in said.sentence and "who I was" not in said.sentence, said


def test_words_that_only_pick_the_job_are_no_reason_and_the_coach_asks_why():
    for typed in ("hands down this job", "Without a doubt this one.", "the current one"):
        assert pick_only(typed), typed
        said = say_value(typed, current=True)
        assert not said.sentence and said.problem == "pick", said
    ws = _workspace(_role("r1", "Kennel Assistant", personal_value="easily this one"))
    question = _value_question(ws.roles[0])[0].text
    assert "pick this job" in question and "easily this one" in question, question


def test_a_pick_before_a_reason_leaves_the_reason():
    said = say_value("for sure this role - it showed me I could lead people older than me",
                     current=False)
    assert said.sentence.startswith("It showed me I could lead"), said
    assert "this role" not in said.sentence, said


def test_a_downside_is_never_said_as_the_reason():
    said = say_value("The worst part was losing every Saturday.", current=False)
    assert not said.sentence and said.problem == "downside", said
    said = say_value("It taught me to read a frightened dog. The only downside was the "
                     "night shifts.", current=False)
    assert "downside" not in said.sentence and "frightened dog" in said.sentence, said


def test_a_reason_in_a_result_line_is_found_and_opens_both_versions():
    """No personal_value, a summary of duties: the reason written inside a result's line
    ("..., which is the work I'm proudest of") is the participant's, said early in both
    versions, in the first person."""
    result = {"statement": "we rehomed 300 older dogs in two years, the work I'm proudest of",
              "scope": "team", "enabled_by": ["kennel hygiene"]}
    role = _role("r1", "Kennel Assistant", summary="Cleaning, feeding, walking.",
                 results=[result])
    ws = _workspace(role)
    assert note_reason(ws.roles[0]) == "the work I'm proudest of"
    assert own_reason(ws.roles[0]) == "the work I'm proudest of"
    assert role_value(ws.roles[0]).sentence, role_value(ws.roles[0])
    for text in draft_versions(ws).values():
        assert "proudest" in text, text


def test_a_duty_or_a_perk_in_a_note_is_no_reason():
    for note in ("responsible for the proud new volunteers' rota",
                 "free lunches, which I was proud of"):
        role = _role("r1", "Kennel Assistant", results=[
            {"statement": note, "scope": "team"}])
        assert note_reason(_workspace(role).roles[0]) == "", note


def test_the_job_the_persons_words_pick_leads_only_where_the_ratings_do_not_put_it_below():
    """A role whose own words name it as the job that mattered most is the answer's role
    where its pillar ratings are not below the strongest's (it may trail on relevance); a
    role they rate lower never leads (blind raters, r30: "the wrong job picked"); an explicit
    choice still wins; a pick said with a pitfall, or by two roles, leaves it to the score;
    the card says why."""
    from workshop.report import answer_why
    from workshop.scoring import rank

    strong = _role("r1", "Shelter Supervisor", ratings={
        "skill_growth": 5, "company_results": 5, "relevance": 5})
    weak = _role("r2", "Dog Walker", summary="Walked dogs for the rescue. The job that made "
                 "me who I am.", ratings={"skill_growth": 2, "company_results": 2,
                                          "relevance": 2})
    ws = _workspace(strong, weak)
    assert names_most(ws.roles[1]) == "The job that made me who I am"
    assert answer_role_id(ws) == "r1"  # rated 2 and 2 against 5 and 5: the ratings lead
    assert rank(ws).strongest.role.id == "r1"
    level = dict(weak, ratings={"skill_growth": 5, "company_results": 5, "relevance": 3})
    ws = _workspace(strong, level)
    assert rank(ws).strongest.role.id == "r1" and answer_role_id(ws) == "r2"
    why = answer_why(rank(ws), ws, "r2")
    assert "your own words name it" in why and "made me who I am" in why, why
    assert answer_role_id(_workspace(strong, level, chosen="r1")) == "r1"
    assert answer_role_id(_workspace(strong, weak, chosen="r2")) == "r2"
    perk = dict(weak, summary="Best job I ever had, great team and free parking.")
    assert picked_role(_workspace(strong, perk)) is None
    both = dict(strong, summary="Ran the shelter. The job that made me who I am.")
    assert picked_role(_workspace(both, weak)) is None


def test_a_downside_that_turns_keeps_its_turn():
    said = say_value("The worst part was the night feeds, but I found I could calm any "
                     "puppy in the building.", current=False)
    assert "calm any puppy" in said.sentence, said


def test_a_pick_with_no_reason_the_draft_can_say_leaves_it_to_the_score():
    strong = _role("r1", "Shelter Supervisor", ratings={
        "skill_growth": 5, "company_results": 5, "relevance": 5})
    weak = _role("r2", "Dog Walker", summary="Best job I ever had.", ratings={
        "skill_growth": 2, "company_results": 2, "relevance": 2})
    assert answer_role_id(_workspace(strong, weak)) == "r1"


def test_a_slogan_gives_way_to_the_sentence_that_says_what_it_means():
    """"That job made me who I am." before a long sentence of what it means: the meaning is
    said, never the slogan alone in its place."""
    said = say_value("The job that made me who I am. Watching a boy who had been thrown out "
                     "of three schools stand up and read his own poem at our open night, and "
                     "then carry on to college against every prediction anyone had made, is "
                     "why I still do this work.", current=False)
    assert "read his own poem" in said.sentence, said


def test_a_role_with_no_notes_still_reads_its_reason():
    role = _workspace(_role("r1", "Kennel Assistant", skills=[], results=[], personal_value=(
        "It taught me to read a frightened dog."))).roles[0]
    assert role_value(role).sentence == "It taught me to read a frightened dog.", role
