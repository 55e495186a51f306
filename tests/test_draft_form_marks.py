"""How people type into a form, said as a person says it or left out (issue 20, draft55): "e.g.",
"i.e.", "etc.", "incl.", "re:" in a note; a past form before "by" and a doer told as a passive
of the speaker's; a reply to the coach that leans on its question ("mostly me", "me and the
deputy manager", "Yes - I ..."); a length of time given to "how much?" kept as the result's
period; a reason that names a doing as a thing, then says why. Names that look like short forms
("UK", "ICU", "SQL", "A&E") stay as typed. The wordings are the tests' own."""

from __future__ import annotations

import pytest

from workshop.draft import apply_reply, offered_draft, plan_draft
from workshop.model import Workspace
from workshop.reply_meaning import reply_meaning
from workshop.spoken import latin_said, said_aloud, speech


@pytest.mark.parametrize("typed, said", [
    ("handled tricky calls, e.g. complaints and refunds",
     "handled tricky calls, such as complaints and refunds"),
    ("tools eg. Excel and Sage", "tools such as Excel and Sage"),
    ("covered for the sister e.g. when she was on leave",
     "covered for the sister for example when she was on leave"),
    ("mentored 3 juniors, i.e. the new hires", "mentored 3 juniors, the new hires"),
    ("ran the ICU rota i.e. the night shifts", "ran the ICU rota, the night shifts"),
    ("sorted stock, invoices, returns etc.", "sorted stock, invoices and returns"),
    ("Used SQL, Python, Excel etc to build reports", "Used SQL, Python and Excel to build reports"),
    ("checked tills, floats, safes, etc", "checked tills, floats and safes"),
    ("cleaned and restocked etc.", "cleaned and restocked"),
    ("did the welds, grinding etc. Then I trained 2 apprentices",
     "did the welds and grinding. Then I trained 2 apprentices"),
    ("helped w/ onboarding, e.g. buddying new staff etc",
     "helped with onboarding, such as buddying new staff"),
    ("supervised 12 staff incl. 3 team leads", "supervised 12 staff including 3 team leads"),
    ("answered approx 40 calls/day re: billing", "answered about 40 calls a day about billing"),
])
def test_latin_short_forms_are_said_in_words(typed, said):
    assert said_aloud(typed) == said


@pytest.mark.parametrize("typed", [
    "I manage the ICU rota for the UK team",
    "wrote SQL reports for A&E",
    "We had a pie chart of the leg injuries",
    "the pre-reg exam, retaken in Leeds",
    "Regus offices and the reef tank",
    "worked at Etcetera Bakery",
])
def test_names_and_words_that_look_like_short_forms_stay(typed):
    assert latin_said(typed) == typed
    assert said_aloud(typed) == typed


@pytest.mark.parametrize("note, said", [
    ("cut complaints ~30%; praised by area mgr",
     "cut complaints about 30%. I was praised by area manager"),
    ("led the audit; thanked by the ward sister for it",
     "led the audit. I was thanked by the ward sister for it"),
    ("trained 4 staff; reduced by half the backlog",
     "trained 4 staff. I reduced by half the backlog"),  # a measure: no passive
    ("set up the rota; cut by 20% the overtime", "set up the rota. I cut by 20% the overtime"),
])
def test_a_past_form_before_by_and_a_doer_is_the_speakers_passive(note, said):
    assert speech(note) == said


@pytest.mark.parametrize("reason, said", [
    ("Working w/ the night team, they trusted me", "Working with the night team. They trusted me"),
    ("Teaching the new starters; they came in scared and left sure of themselves",
     "Teaching the new starters. They came in scared and left sure of themselves"),
])
def test_a_reason_naming_a_doing_then_why_is_two_sentences(reason, said):
    assert speech(reason, own_voice=True) == said
    assert speech(reason) == ""  # a note elsewhere: a fragment, asked for as a sentence


def _workspace(statement: str, end: str | None = "2023") -> Workspace:
    return Workspace.from_dict({
        "schema_version": 1, "participant": {},
        "target_role": {"title": "Team Leader", "goals": ["reduce costs"]},
        "roles": [{"id": "r1", "title": "Shift Supervisor", "organization": "Dunmore Foods",
                   "organization_kind": "company", "start": "2019", "end": end,
                   "skills": [{"name": "rota planning", "before": "novice",
                               "after": "competent"}],
                   "results": [{"statement": statement, "metric": "", "scope": "team",
                                "enabled_by": ["rota planning"]}],
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}],
        "answer": {"role_id": "r1", "text": ""}})


def _replied(statement: str, code: str, reply: str, end: str | None = "2023") -> Workspace:
    ws = _workspace(statement, end)
    question = next(q for q in plan_draft(ws, "r1", 90).questions if q.code == code)
    return apply_reply(ws, "r1", question, reply)


@pytest.mark.parametrize("reply, words", [
    ("mostly me", "I did most of it myself."),
    ("yes, mostly me", "I did most of it myself."),
    ("Mainly me tbh", "I did most of it myself."),
    ("me and the deputy manager", "I did it with the deputy manager."),
    ("my line manager and me", "I did it with my line manager."),
    ("me + Sam from finance", "I did it with Sam from finance."),
])
def test_a_reply_on_the_own_part_is_said_as_a_sentence(reply, words):
    assert reply_meaning("my_part", reply).words == words


@pytest.mark.parametrize("reply", ["me and I think it went well", "the night team",
                                   "we all did"])
def test_other_own_part_replies_are_not_read_as_a_partner(reply):
    assert not reply_meaning("my_part", reply).words.startswith("I did it with")


@pytest.mark.parametrize("end", ["2023", None])
@pytest.mark.parametrize("reply, said", [
    ("me and the deputy mgr", "I did it with the deputy manager."),
    ("Yes - I built the new rota myself", "I built the new rota myself."),
    ("yes, I rang every agency myself", "I rang every agency myself."),
])
def test_an_own_part_reply_is_woven_in_not_pasted(end, reply, said):
    ws = _replied("Reduced agency spend by £20k", "my_part", reply, end)
    text = offered_draft(ws, "r1", 90).text
    assert said in text
    assert "Yes" not in text and "mgr" not in text and "My own part was me" not in text


@pytest.mark.parametrize("statement, reply, period", [
    ("I cut agency spend", "about 3 months", "about 3 months"),
    ("Raised the hygiene score", "over 2 years", "over 2 years"),
    ("we sold more pastries", "took 6 weeks", "in 6 weeks"),
])
def test_a_time_given_to_how_much_is_the_period_and_the_number_is_asked_again(
        statement, reply, period):
    ws = _replied(statement, "number", reply)
    result = ws.role("r1").results[0]
    assert result.value is None and result.period == period
    assert "number" in [q.code for q in plan_draft(ws, "r1", 90).questions]
    assert f"by {reply}" not in offered_draft(ws, "r1", 90).text


@pytest.mark.parametrize("statement, reply", [
    ("I cut the waiting time for new claims", "about 3 days"),
    ("Cut onboarding time", "2 weeks"),
    ("reduced sickness absence", "4 days a year"),
])
def test_a_time_given_about_a_time_measured_is_the_number(statement, reply):
    result = _replied(statement, "number", reply).role("r1").results[0]
    assert result.value is not None and not result.period


@pytest.mark.parametrize("end", ["2023", None])
@pytest.mark.parametrize("reason, doing", [
    ("I liked working w/ the night team, they trusted me", "working with the night team."),
    ("I enjoyed running the bar, and we had great regulars", "running the bar."),
    ("I loved teaching the apprentices, but they drove me mad", "teaching the apprentices."),
])
def test_a_liked_doing_with_a_clause_after_it_is_said_without_a_fragment(end, reason, doing):
    data = _workspace("I cut agency spend by £20k", end).to_dict()
    data["roles"][0]["personal_value"] = reason
    text = offered_draft(Workspace.from_dict(data), "r1", 90).text
    assert f"most {'is' if end is None else 'was'} {doing}" in text
    assert ", and they" not in text and ", they" not in text
