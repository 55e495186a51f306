"""A pasted throwaway reply ("dunno really", "Not really lol", "same as above", "n/a", "?") is
never said in the draft: it is kept in the entries, the coach's question stays open and says
plainly that the reply gave nothing the draft can use and what would (``workshop.empty_reply``).
A reply with one word that names something is content and is said ("not much pay but I learned
to run a till"). The workspaces here are the tests' own, in other words than the eval sets.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.coach import apply_reply
from workshop.draft import coach_questions, draft_versions
from workshop.empty_reply import says_nothing
from workshop.errors import ValidationError
from workshop.personal_value import say_value

EMPTY = ["dunno really", "Not really lol", "idk", "n/a", "N/A", "nothing much", "same as above",
         "?", "no", "nope", "not sure tbh", "Same as before.", "I don’t know", "idk :)",
         "nothing really", "can't think of anything", "nothing comes to mind", "see above",
         "no idea lol", "meh", "not really, no", "nothing in particular", "...", "-",
         "cant think of anything rn", "Nothing, it was just a job.", "hmm not sure", "nah"]
CONTENT = ["not much pay but I learned to run a till", "honestly? the people I trained",
           "nothing went wrong on my shift after I changed the handover",
           "no one got hurt on my crew", "Not really lol, but the kids I coached got me hooked",
           "dunno, the trust maybe", "same shift every week, I got to know the regulars",
           "patience", "the confidence to speak up in meetings", "3 promotions"]
GOALS = ("run a warehouse shift", "cut picking errors")
ROLE = {
    "title": "Picker", "organization": "Northgate Depot", "organization_kind": "company",
    "summary": "Picked and packed orders on nights",
    "skills": [{"name": "stock rotation", "before": "novice", "after": "competent"}],
    "results": [{"statement": "we cut mis-picks from 40 to 12 a week", "value": 12,
                 "from_value": 40, "kind": "change", "scope": "team",
                 "enabled_by": ["stock rotation"]}],
    "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4},
}
THROWAWAY_WORDS = re.compile(r"\b(?:dunno|really|lol|idk|n/a|nope|same as|not sure)\b",
                             re.IGNORECASE)


def workspace(**role):
    return one_role_workspace({**ROLE, **role}, "Shift Lead", GOALS, start="2020-01",
                              end="2022-06")


@pytest.mark.parametrize("reply", EMPTY)
def test_a_reply_with_no_content_word_says_nothing(reply):
    assert says_nothing(reply), reply
    said = say_value(reply, False)
    assert said.sentence == "" and said.short == "" and said.problem == "empty", said


@pytest.mark.parametrize("reply", CONTENT)
def test_a_look_alike_with_a_word_that_names_something_is_content(reply):
    assert not says_nothing(reply), reply


def test_nothing_typed_is_not_a_throwaway_reply():
    assert not says_nothing("") and not says_nothing("   ") and not says_nothing(None)


def test_the_content_beside_a_throwaway_sentence_is_said_not_the_throwaway():
    said = say_value("Dunno really. Training the new starters on the scanners.", False)
    assert said.sentence and not THROWAWAY_WORDS.search(said.sentence), said
    assert "new starters" in said.sentence
    said = say_value("not much pay but I learned to run a till", False)
    assert "run a till" in said.sentence and "pay" not in said.sentence, said


@pytest.mark.parametrize("reply", ["dunno really", "Not really lol", "same as above", "?"])
def test_a_throwaway_reason_is_kept_never_said_and_the_question_stays_open(reply):
    ws = workspace()
    asked = next(q for q in coach_questions(ws, "r1") if q.code == "personal_value")
    after = apply_reply(ws, "r1", asked, reply)

    assert after.role("r1").personal_value.strip(" .").lower() == reply.strip(" .").lower()
    assert draft_versions(after, "r1") == draft_versions(ws, "r1")  # nothing invented
    for text in draft_versions(after, "r1").values():
        assert not re.search(r"It gave me|What I valued most", text), text
    again = [q for q in coach_questions(after, "r1") if q.code == "personal_value"]
    assert again and "doesn't give the draft anything" in again[0].text or \
        again and again[0].text.startswith("One word")
    assert "What would help" in again[0].text or "What did this job give you" in again[0].text


@pytest.mark.parametrize("code, field", [("used_later", "used_later"), ("how_far", "how_far"),
                                          ("my_part", "my_part")])
def test_a_throwaway_note_is_kept_never_said_and_asked_again(code, field):
    ws = workspace()
    before = draft_versions(ws, "r1")
    asked = next((q for q in coach_questions(ws, "r1") if q.code == code), None)
    assert asked is not None, [q.key for q in coach_questions(ws, "r1")]
    after = apply_reply(ws, "r1", asked, "dunno really")

    record = after.role("r1").skills[0] if field != "my_part" else after.role("r1").results[0]
    assert getattr(record, field) == "Dunno really."  # kept in the entries
    assert draft_versions(after, "r1") == before
    again = next(q for q in coach_questions(after, "r1") if q.code == code)
    assert "'Dunno really.' doesn't give the draft anything" in again.text, again.text
    assert "What would help" in again.text


def test_a_throwaway_time_is_never_said_after_a_change():
    ws = workspace(results=[{"statement": "I cut mis-picks on the night shift",
                             "metric": "mis-picks", "value": 12, "from_value": 40,
                             "kind": "change", "scope": "team"}])
    asked = next(q for q in coach_questions(ws, "r1") if q.code == "period")
    after = apply_reply(ws, "r1", asked, "no idea")

    assert after.role("r1").results[0].period == "no idea"
    for text in draft_versions(after, "r1").values():
        assert "idea" not in text, text
    again = next(q for q in coach_questions(after, "r1") if q.code == "period")
    assert "doesn't give the draft anything" in again.text


def test_a_throwaway_reply_never_takes_the_place_of_a_typed_result_or_half_a_growth():
    ws = workspace(results=[{**ROLE["results"][0], "statement": "mis-picks down, new racks"}],
                   skills=[{**ROLE["skills"][0], "how_far": "At first I could not read a "
                                                           "pick list on my own."}])
    statement = next(q for q in coach_questions(ws, "r1") if q.code == "statement")
    with pytest.raises(ValidationError, match="stays as it was"):
        apply_reply(ws, "r1", statement, "dunno")
    goal = next(q for q in coach_questions(ws, "r1") if q.code == "goal_evidence")
    with pytest.raises(ValidationError, match="stays as it was"):
        apply_reply(ws, "r1", goal, "same as above")  # never added to the answer's end
    growth = next(q for q in coach_questions(ws, "r1") if q.code == "how_far")
    with pytest.raises(ValidationError, match="stays as it was"):
        apply_reply(ws, "r1", growth, "not sure lol")
    kept = apply_reply(ws, "r1", growth, "By the end I ran the pick face on my own.")
    assert "By the end I ran" in kept.role("r1").skills[0].how_far
