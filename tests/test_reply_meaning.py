"""A reply to a coach's question is read in the light of that question (``workshop.reply_meaning``)
and the draft says what it means as a sentence of the answer, or nothing: never the reply
pasted as a line of its own ("Only here still.", "All of it."), never a "no" turned into a
claim, never a hedge the reply typed dropped, and the reply as typed stays in the workspace.
The replies here are the tests' own, in many styles (short, long, typed shorthand, non-native,
adversarial), each shape in several wordings with its look-alikes.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.coach import apply_reply
from workshop.draft import coach_questions, draft_versions
from workshop.errors import ValidationError
from workshop.reply_meaning import (
    TYPED_KEY,
    UNKNOWN_KEY,
    figure_unknown,
    period_said,
    period_unit_missing,
    reply_meaning,
)
from workshop.typed_said import SAID_KEY

GOALS = ("run a busy front desk", "cut complaints")
ROLE = {
    "title": "Receptionist", "organization": "Harbourside Leisure Centre",
    "organization_kind": "company", "summary": "Front desk at a busy leisure centre",
    "skills": [{"name": "complaint handling", "before": "novice", "after": "competent"}],
    "results": [{"statement": "we cut the queue at the front desk", "scope": "team",
                 "enabled_by": ["complaint handling"]}],
    "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4},
}


def workspace(**role):
    return one_role_workspace({**ROLE, **role}, "Front Desk Supervisor", GOALS,
                              start="2021-02", end=None)


def _asked(ws, code):
    found = next((q for q in coach_questions(ws, "r1") if q.code == code), None)
    assert found is not None, [q.key for q in coach_questions(ws, "r1")]
    return found


# -- a no, a "not yet", a "don't know", a "only here": nothing to say -------------------------

NO_LATER_USE = ["Only here still.", "only here", "Just in this job so far",
                "still only at this job", "Nowhere else yet", "not yet",
                "Not yet, I'm still here", "nope", "no idea",
                "nothing yet. I want to", "I haven't, but I'd like to", "n/a", "see above",
                "\N{SHRUG}", "dunno", "Yes, the whole team", "only here tbh",
                "No, not yet", "not outside work", "just here at the centre"]


@pytest.mark.parametrize("reply", NO_LATER_USE)
def test_a_no_to_where_else_is_nothing_to_say(reply):
    assert reply_meaning("used_later", reply).kind == "none", reply


@pytest.mark.parametrize("reply", ["Only here still.", "Just in this job so far",
                                   "Nowhere else yet", "Yes, the whole team",
                                   "I haven't, but I'd like to"])
def test_a_no_to_where_else_is_kept_never_pasted_into_the_draft(reply):
    ws = workspace()
    before = draft_versions(ws, "r1")
    after = apply_reply(ws, "r1", _asked(ws, "used_later"), reply)

    skill = after.role("r1").skills[0]
    assert reply in (skill.used_later, skill.extra.get(TYPED_KEY)), skill  # never lost
    assert draft_versions(after, "r1") == before  # nothing said, nothing invented
    for text in draft_versions(after, "r1").values():
        assert not re.search(r"\b(?:only here|so far|nowhere|whole team|like to)\b", text,
                             re.IGNORECASE), text


# -- a "no ... but ..." answer that holds a fact after its no ---------------------------------

NO_BUT = {
    "Not really theres no job after this one yet I do the complaints at the kiosk when my "
    "supervisor is on break tho": "I do the complaints at the kiosk when my supervisor is on "
                                  "break",
    "No, but I train the new starters on it now": "I train the new starters on it now",
    "nope. I still handle the angry phone calls for the gym manager though":
        "I still handle the angry phone calls for the gym manager",
    "Not outside work, but at home I sort out my mum's care complaints":
        "at home I sort out my mum's care complaints",
    "no job after this. I still run the rota for my church group tho":
        "I still run the rota for my church group",
    "No I'm still in this job but I use it to run the swim club's parent emails":
        "I use it to run the swim club's parent emails",
}


@pytest.mark.parametrize("reply, fact", list(NO_BUT.items()))
def test_the_fact_after_a_no_is_what_the_reply_means(reply, fact):
    meaning = reply_meaning("used_later", reply)
    assert (meaning.kind, meaning.words) == ("fact", fact)


@pytest.mark.parametrize("reply", ["I haven't yet but my manager wants me to train the night "
                                   "crew next month", "No but I hope to one day",
                                   "not really, I would love to though"])
def test_a_wish_after_a_no_is_no_fact(reply):
    assert reply_meaning("used_later", reply).kind == "none", reply


def test_a_no_but_reply_is_said_as_its_fact_and_kept_as_typed():
    ws = workspace()
    reply = ("Not really theres no job after this one yet I do the complaints at the kiosk "
             "when my supervisor is on break tho")
    after = apply_reply(ws, "r1", _asked(ws, "used_later"), reply)

    skill = after.role("r1").skills[0]
    assert skill.extra[TYPED_KEY] == reply
    assert skill.used_later.startswith("I do the complaints at the kiosk")
    said = " ".join(draft_versions(after, "r1").values())
    assert "complaints at the kiosk" in said
    assert not re.search(r"\b(?:not really|theres|tho)\b", said, re.IGNORECASE), said


@pytest.mark.parametrize("reply, kept", [
    ("Yes, at my new job I run the weekly stock count", "At my new job I run the weekly"),
    ("yeah I use it every day at the council helpdesk", "I use it every day at the council"),
    ("yep, when I cover the café till on Sundays", "When I cover the café till"),
])
def test_a_yes_is_left_off_the_answer_it_leads(reply, kept):
    meaning = reply_meaning("used_later", reply)
    assert meaning.kind == "fact" and meaning.words.startswith(kept), meaning


@pytest.mark.parametrize("reply", ["I run the gym's complaints log now",
                                   "At the swim club I answer the parents' emails",
                                   "used it when I covered the café"])
def test_a_plain_answer_is_read_as_typed(reply):
    assert reply_meaning("used_later", reply).kind == "as typed"


# -- to "what was your own part?": all of it, most of it, the team's ----------------------------

@pytest.mark.parametrize("reply", ["All of it.", "all of it really", "everything lol",
                                   "just me", "I did it all", "Me", "basically all of it",
                                   "the whole thing", "all mine"])
def test_all_of_it_means_the_speaker_did_all_of_it(reply):
    assert reply_meaning("my_part", reply) == reply_meaning("my_part", "All of it.")
    assert reply_meaning("my_part", reply).words == "I did all of it myself."


@pytest.mark.parametrize("reply", ["most of it", "I did most of it", "the bulk of it"])
def test_most_of_it_is_said_as_most(reply):
    assert reply_meaning("my_part", reply).words == "I did most of it myself."


@pytest.mark.parametrize("reply", ["Yes, the whole team", "team effort", "we all did",
                                   "everyone really", "no idea"])
def test_the_team_s_with_no_part_named_is_nothing_to_say(reply):
    assert reply_meaning("my_part", reply).kind == "none"


@pytest.mark.parametrize("reply", ["I rewrote the queue system and trained all of the staff",
                                   "all the rotas were mine and I did the training",
                                   "I handled everything at the desk on Saturdays"])
def test_an_own_part_with_its_doing_is_read_as_typed(reply):
    assert reply_meaning("my_part", reply).kind == "as typed"


def test_all_of_it_is_said_as_a_sentence_never_pasted():
    ws = workspace()
    after = apply_reply(ws, "r1", _asked(ws, "my_part"), "All of it.")

    result = after.role("r1").results[0]
    assert result.my_part == "I did all of it myself." and result.extra[TYPED_KEY] == "All of it."
    said = " ".join(draft_versions(after, "r1").values())
    assert "I did all of it myself." in said and "All of it." not in said, said


# -- a figure not known, a time with no unit --------------------------------------------------

@pytest.mark.parametrize("reply", ["no idea", "we never measured it", "dunno tbh",
                                   "No numbers sorry", "didn't track it", "I don't remember"])
def test_a_figure_not_known_is_kept_and_not_asked_again(reply):
    assert figure_unknown(reply)
    ws = workspace()
    before = draft_versions(ws, "r1")
    after = apply_reply(ws, "r1", _asked(ws, "number"), reply)

    assert after.role("r1").results[0].extra[UNKNOWN_KEY] == reply
    assert after.role("r1").results[0].value is None
    assert draft_versions(after, "r1") == before
    assert not [q for q in coach_questions(after, "r1") if q.code == "number"]


@pytest.mark.parametrize("reply", ["quite a lot", "loads", "a lot less"])
def test_words_for_a_size_are_not_a_figure_not_known(reply):
    assert not figure_unknown(reply)
    ws = workspace()
    with pytest.raises(ValidationError, match="no number"):
        apply_reply(ws, "r1", _asked(ws, "number"), reply)


@pytest.mark.parametrize("reply, missing", [("6", True), ("about 18", True), ("3-4", True),
                                            ("6 months", False), ("a year", False),
                                            ("18mo", False), ("2 yrs", False),
                                            ("since 2019", False), ("over a term", False)])
def test_a_time_that_is_a_number_alone_lacks_its_unit(reply, missing):
    assert period_unit_missing(reply) is missing


# -- a from-to reply keeps both hedges; a figure the reply disowns is never said bare -----------

@pytest.mark.parametrize("reply, said", [
    ("from about 30 to maybe 20", "from about 30 to maybe 20"),
    ("about 30 a week, maybe 18 by the end", "from about 30 to maybe 18"),
    ("went from roughly 40 to 25ish", "from roughly 40 to about 25"),
    ("from 40 to around 25 per week i think", "from about 40 to around 25"),
    ("from about 30 a week to maybe 18", "from about 30 to maybe 18"),
])
def test_the_end_of_a_from_to_reply_keeps_its_hedge(reply, said):
    ws = workspace(results=[{**ROLE["results"][0], "metric": "queue", "value": 40, "unit": "%",
                             "kind": "change"}])
    after = apply_reply(ws, "r1", _asked(ws, "from_to"), reply)

    result = after.role("r1").results[0]
    assert result.extra.get(SAID_KEY) == said and result.unit != "%"  # no "%" they did not type
    text = " ".join(draft_versions(after, "r1").values())
    assert said in text and "%" not in text and "from from" not in text, text


@pytest.mark.parametrize("reply", ["from 30 to 20", "30->20", "from about 30 to 20"])
def test_a_plain_end_is_no_second_hedge(reply):
    ws = workspace(results=[{**ROLE["results"][0], "metric": "queue", "value": 40, "unit": "%",
                             "kind": "change"}])
    after = apply_reply(ws, "r1", _asked(ws, "from_to"), reply)
    assert SAID_KEY not in after.role("r1").results[0].extra


@pytest.mark.parametrize("reply", ["10%, don't quote me", "10% i think", "10% ballpark"])
def test_a_figure_the_reply_disowns_is_said_hedged(reply):
    ws = workspace()
    after = apply_reply(ws, "r1", _asked(ws, "number"), reply)
    text = " ".join(draft_versions(after, "r1").values())
    assert "about 10%" in text and not re.search(r"(?<!about )\b10%", text), text


@pytest.mark.parametrize("reply, said", [("about a year i think", "about a year"),
                                         ("6 months or so", "about 6 months"),
                                         ("over 2 years roughly", "over about 2 years"),
                                         ("18 months tbh", "18 months"),
                                         ("in about 3 weeks", "in about 3 weeks")])
def test_a_time_s_doubt_typed_after_it_is_said_as_about(reply, said):
    assert period_said(reply) == said


def test_a_time_that_is_a_number_alone_is_refused_saying_what_it_needs():
    ws = workspace(results=[{**ROLE["results"][0], "metric": "queue", "value": 12,
                             "from_value": 25, "kind": "change"}])
    with pytest.raises(ValidationError, match="of what"):
        apply_reply(ws, "r1", _asked(ws, "period"), "6")
    after = apply_reply(ws, "r1", _asked(ws, "period"), "about a year i think")
    assert after.role("r1").results[0].period.lower().startswith("about a year")
    assert "i think" not in " ".join(draft_versions(after, "r1").values()).lower()


@pytest.mark.parametrize("reply, said", [
    ("from about 31 to maybe 36 i think", "from about 31 to maybe 36."),
    ("roughly 31, maybe 36 by the end", "from roughly 31 to maybe 36."),
    ("from about 31 to 36", "about 31 to 36."),
])
def test_a_reply_s_hedges_are_kept_where_the_result_has_a_figure_of_its_own(reply, said):
    """A statement with its own figure ("a $35 threshold") keeps it as typed; the hedges of
    the reply's change are said before the reply's figures, never dropped."""
    ws = workspace(results=[{"statement": "I helped find that a $35 delivery threshold lifts "
                                          "basket size", "metric": "basket size", "value": 16,
                             "unit": "%", "kind": "change", "scope": "company"}])
    after = apply_reply(ws, "r1", _asked(ws, "from_to"), reply)
    text = " ".join(draft_versions(after, "r1").values())
    assert "$35" in text and said in text, text
