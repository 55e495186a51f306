"""The drafted answer: built from a role's own entries, passing its own check for the personas'
strongest roles, prompting where a pillar is empty, and never saying a pitfall."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace

import pytest
from fuzzing import fuzz
from helpers_links import LEAD, LINK
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from workshop.check import check_answer, count_words, pitfall_phrases
from workshop.draft import (
    MORE_SECONDS,
    THIN_SECONDS,
    VERSIONS,
    apply_reply,
    coach_questions,
    draft_answer,
    plan_draft,
    speaking_seconds,
    studio_note,
)
from workshop.edits import with_target
from workshop.errors import ValidationError
from workshop.model import LEVELS, SCHEMA_VERSION, SCOPES, TargetRole, Workspace
from workshop.resources import persona_paths

PERSONAS = ("career_changer", "new_graduate", "senior_professional", "enjoyed_trap")
INTENDED_STRONGEST = {"career_changer": "r2", "new_graduate": "r4",
                      "senior_professional": "r3", "enjoyed_trap": "r2"}


def load(name: str) -> Workspace:
    with open(persona_paths()[name], encoding="utf-8") as fh:
        return Workspace.from_dict(json.load(fh))


def scores(ws: Workspace) -> dict[str, float]:
    """Scores of the fully rated roles, by id (workshop.scoring if present, else the formula)."""
    try:
        from workshop.scoring import rank
    except ImportError:  # pragma: no cover - scoring is written by another developer
        out = {}
        for role in ws.roles:
            r = role.ratings
            if not r.complete:
                continue
            pillars = 60 * math.sqrt((r.skill_growth - 1) / 4 * (r.company_results - 1) / 4)
            out[role.id] = (pillars + 24 * (r.relevance - 1) / 4
                            + (8 if role.quantified else 0) + (8 if role.used_later else 0))
        return out
    return {s.role.id: s.score for s in rank(ws).ranked}


def strongest(ws: Workspace) -> str:
    found = scores(ws)
    return max(found, key=found.get)


def workspace(**role) -> Workspace:
    """A one-role workspace with a target role, the role built from keyword fields."""
    base = {"id": "r1", "title": "Shift Supervisor", "organization": "Northwind Logistics",
            "start": "2019-11", "end": "2022-02"}
    base.update(role)
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": "Operations Manager",
                        "goals": ["reduce costs", "lead a team of 8"]},
        "roles": [base],
        "answer": {"role_id": None, "text": ""},
    })


SKILL = {"name": "scheduling", "before": "novice", "after": "proficient",
         "used_later": "planned rosters for 40 staff at my next job"}
REASON = "It gave me the confidence to run a whole shift."
RESULT = {"statement": "I helped the company to cut overtime", "metric": "overtime hours",
          "value": 18, "unit": "%", "scope": "department"}


# --- the personas -----------------------------------------------------------------------------


def test_there_are_the_four_personas():
    """data/personas holds at least the four personas the spec asks for."""
    assert set(PERSONAS) <= set(persona_paths())


@pytest.mark.parametrize("name", PERSONAS)
def test_persona_shape(name):
    """Each persona is a schema 1 workspace with a named participant, 3 to 5 goals and 3 to 6
    roles with ids r1, r2, ... and an empty answer."""
    with open(persona_paths()[name], encoding="utf-8") as fh:
        data = json.load(fh)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["participant"]["name"]
    assert data["target_role"]["title"] and 3 <= len(data["target_role"]["goals"]) <= 5
    assert 3 <= len(data["roles"]) <= 6
    assert [r["id"] for r in data["roles"]] == [f"r{i + 1}" for i in range(len(data["roles"]))]
    assert data["answer"] == {"role_id": None, "text": ""}
    for role in data["roles"]:
        assert set(role) >= {"id", "title", "organization", "start", "end", "summary", "skills",
                             "results", "ratings", "enjoyment"}


@pytest.mark.parametrize("name", PERSONAS)
def test_intended_role_wins_clearly(name):
    """The role each persona was designed around ranks first, at least 10 points ahead."""
    found = sorted(scores(load(name)).items(), key=lambda kv: -kv[1])
    assert found[0][0] == INTENDED_STRONGEST[name]
    assert found[0][1] - found[1][1] >= 10


def test_some_persona_has_an_unrated_role():
    """At least one persona has a role missing a rating, so "not ranked" is exercised."""
    unrated = [r for name in PERSONAS for r in load(name).roles if not r.ratings.complete]
    assert unrated


def test_enjoyed_trap_favourite_is_not_the_strongest():
    """In enjoyed_trap the job rated enjoyment 5 is ranked, and is not the strongest answer."""
    ws = load("enjoyed_trap")
    favourites = [r.id for r in ws.roles if r.enjoyment == 5 and r.ratings.complete]
    assert favourites
    assert strongest(ws) not in favourites


@pytest.mark.parametrize("name", PERSONAS)
@pytest.mark.parametrize("seconds", sorted(VERSIONS))
def test_strongest_draft_is_strong_and_fits_its_length(name, seconds):
    """Both versions of the draft for a persona's strongest role are judged strong by the
    check and hold a number in a result; the 90-second one also a skill used later and a goal
    matched with evidence, within its time; the 30-second one between the check's shortest
    answer and its most (30 to 38 s, so the check's length finding passes on the kit's own
    draft; under it, down to 20 s, where the story's one thread holds less: no second skill or
    unlinked result pads it, r20), still opening with the job that answers the question. A
    persona whose entries hold under ``THIN_SECONDS``, or no beat more than the 30-second
    version (``MORE_SECONDS``), gets the one draft at its real time instead, and the coach's
    90-second questions say what to add."""
    ws = load(name)
    plan = plan_draft(ws, strongest(ws), seconds)
    text = plan.text
    result = check_answer(text, ws.target_role.goals)
    assert result.verdict.strong, result.verdict.message
    assert result.finding("quantified").ok, text
    least, most = VERSIONS[seconds]
    if seconds == 90 and plan.thin:
        short = plan_draft(ws, strongest(ws), 30).seconds
        assert result.seconds == plan.seconds, (result.seconds, text)
        assert plan.seconds < max(THIN_SECONDS, short + MORE_SECONDS), (plan.seconds, text)
        assert plan.questions and "90 seconds" in studio_note(plan, seconds)
    elif seconds == 90:
        assert result.passed, [f.message for f in result.findings if not f.ok]
        assert least <= result.seconds <= most, (result.seconds, text)
    else:  # one thread: where it holds less, a little under, never padded with a second story
        assert 20 <= result.seconds <= most, (result.seconds, text)
        assert result.seconds < least or result.finding("length").ok, text
        title = ws.role(strongest(ws)).title.split()[-1]
        assert title.lower() in text.split(".")[0].lower(), text


@pytest.mark.parametrize("name", PERSONAS)
def test_every_persona_draft_is_free_of_pitfalls(name):
    """No role of any persona drafts into a pitfall, even the ones whose summary has "fun"."""
    ws = load(name)
    for role in ws.roles:
        text = draft_answer(ws, role.id)
        assert check_answer(text).finding("pitfalls").ok, (role.id, text)
        assert "enjoy" not in text.lower()
        if role.summary:
            assert role.summary not in text


# --- what the draft says ----------------------------------------------------------------------


def test_draft_uses_the_roles_own_entries():
    """The draft names the role and organisation, tells the growth as a person would, keeps the
    participant's result sentence with its number read as a change, says where the skill was
    used later and ends on the story (no stock close naming the target role, which the story
    backs no goal of); it is judged strong."""
    text = draft_answer(workspace(skills=[SKILL], results=[{**RESULT, "kind": "change"}]))
    for part in ("Shift Supervisor at Northwind Logistics", "two years",
                 "I helped the company cut overtime by 18%",  # s20: their "helped" kept
                 "rosters for 40 staff"):  # "I went on to plan rosters ..." (r26)
        assert part in text, part
    assert "Operations Manager" not in text
    assert "novice" not in text and "proficient" not in text  # no rubric talk
    result = check_answer(text, ["reduce costs", "lead a team of 8"])
    assert result.verdict.strong, result.verdict.message


def test_a_skill_is_linked_to_a_result_only_where_the_participant_linked_them():
    """A link ("That is what let me ...", right after the growth line that names the skill)
    only when the result names the skill in enabled_by; without the link the growth and the
    result are told side by side, no cause claimed (the opening may say why the job mattered:
    "because that is where I learned scheduling", no claim about the result). The skill is
    named in the growth and at most once more (never a "that skill" a listener can take
    wrongly)."""
    linked = draft_answer(workspace(skills=[SKILL], results=[{**RESULT,
                                                             "enabled_by": ["scheduling"]}],
                                    personal_value=REASON))
    apart = draft_answer(workspace(skills=[SKILL], results=[RESULT]))
    assert re.search(LINK + r"(?:I )?(?:helped the company )?cut overtime", linked), linked
    # without a reason of theirs the opening names the job plainly (no skill label as its
    # reason): the skill comes in the story's growth, said in its result's sentence with no
    # lead of the kit's ("I learned scheduling there and cut overtime ...")
    plain = draft_answer(workspace(skills=[SKILL], results=[{**RESULT,
                                                            "enabled_by": ["scheduling"]}]))
    assert "scheduling" not in plain.split(". ")[0] and "scheduling" in plain, plain
    assert not re.search(LEAD, plain), plain
    assert linked.count("scheduling") <= 2, linked
    assert not re.search(LINK, apart), apart
    assert not re.search(r"(Using|With|Putting) (it|that skill)|is how|Thanks to|As a result|"
                         r"paid off|part of why", apart)
    assert "because" not in apart.split(". ", 1)[1].lower()  # after the opening's reason
    assert "made this possible" not in apart and "made the difference" not in apart


@pytest.mark.parametrize("kind,value,unit,metric,said", [
    ("change", 18, "%", "overtime hours", "and overtime hours changed by 18%"),
    ("count", 40, "customers", "new business customers", "40 new business customers in all"),
    ("amount", 2300000, "USD", "equipment value", "$2.3 million in equipment value"),
    ("level", 94, "%", "vehicle readiness", "running, with vehicle readiness at 94%."),
    ("level", 0, "violations", "critical violations", "with critical violations at zero."),
])
def test_a_number_is_said_as_what_it_is(kind, value, unit, metric, said):
    """A change, a count, an amount and a level each read as what they are; a level is never
    a change ("cut ... by 94%"), a count never "a difference of", a change never "a change of"."""
    text = draft_answer(workspace(results=[{"statement": "I kept the depot running",
                                            "metric": metric, "value": value, "unit": unit,
                                            "scope": "company", "kind": kind}]))
    assert said in text, text
    assert "difference of" not in text and "a change of" not in text
    assert kind == "change" or f"by {value}" not in text


def test_a_change_from_one_level_to_another():
    """from_value and value read "from X to Y" in the participant's own sentence when it names
    what changed, else "<metric> went from X to Y", with the period in its own words."""
    text = draft_answer(workspace(results=[{
        "statement": "we cut mis-ships", "metric": "mis-ships per month", "value": 4,
        "from_value": 25, "unit": "", "scope": "company", "period": "six months"}]))
    assert "we cut mis-ships from 25 to 4 in six months." in text.lower()
    text = draft_answer(workspace(results=[{
        "statement": "we fixed the picking process", "metric": "mis-ships per month",
        "value": 4, "from_value": 25, "unit": "", "scope": "company", "period": "six months"}]))
    assert "Mis-ships per month went from 25 to 4 in six months." in text


def test_a_number_whose_kind_is_unclear_is_left_out_and_asked_about():
    """A number the entries don't say the kind of (no change word, no kind) is not put in the
    draft; the coach asks what it is."""
    ws = workspace(results=[{"statement": "I kept the fleet on the road",
                             "metric": "vehicle readiness", "value": 94, "unit": "%",
                             "scope": "company"}])
    assert "94" not in draft_answer(ws)
    assert "number_kind" in [q.code for q in coach_questions(ws)]


@pytest.mark.parametrize("statement,expected", [
    ("customer satisfaction went up", "Customer satisfaction went up."),
    ("help desk tickets dropped", "help desk tickets dropped."),
    ("reduce overtime", "I reduced overtime."),
    ("cut the backlog", "I cut the backlog."),
    ("We reduced wait times", "we reduced wait times."),
])
def test_a_statement_becomes_a_first_person_sentence_by_its_shape(statement, expected):
    """A clause keeps its own subject, a base verb is the speaker's own past doing ("reduce
    overtime" -> "I reduced overtime", never "I helped my department reduce ..."), a past
    verb gets "I"; never "I helped the company to customer satisfaction went up"."""
    text = draft_answer(workspace(results=[{"statement": statement, "scope": "department"}]))
    assert expected.lower() in text.lower(), text
    assert "to customer satisfaction" not in text and "to help desk" not in text


@pytest.mark.parametrize("organization,kind,words", [
    ("Lincoln Middle School", "", "the school"),
    ("U.S. Army, 3rd Brigade", "", "the brigade"),
    ("Riverside Community Garden", "", "the garden"),
    ("Tallyfox Software", "school", "the school"),
])
def test_the_organisation_is_named_as_what_it_is(organization, kind, words):
    """The draft never calls a school, the army or a garden "the company": the kind the
    participant picked, else one read from the name."""
    text = draft_answer(workspace(organization=organization, organization_kind=kind,
                                  results=[{"statement": "the company cut waste by 20%",
                                            "scope": "company"}]))
    assert words in text.lower() and "the company" not in text.lower(), text


@pytest.mark.parametrize("name,said", [
    ("forklift", "forklift"), ("coach a team", "coach(?:ing)? a team"),
    ("communication skills", "communication skills"),
    ("I learned how to calm down angry customers", "calm(?:ing)? down angry customers"),
])
def test_a_skill_name_is_said_by_its_shape(name, said):
    """"forklift", "coaching a team" (or "learned to coach a team"): never "grown my
    forklift" or "my coach a team skills"."""
    text = draft_answer(workspace(skills=[{**SKILL, "name": name}], results=[RESULT]))
    assert re.search(said, text.lower()), text
    said = re.search(said, text.lower()).group(0)
    assert "skills skills" not in text and f"my {name} skills" not in text.replace(said, "")
    assert not re.search(rf"\bmy {re.escape(name)}\b(?! skills)", text), text


def test_the_draft_holds_no_placeholder_and_the_coach_asks_instead():
    """A role with nothing in it drafts no one-line answer and never a bracketed prompt: the
    draft is empty, says why, and the questions say where to add the skills and results."""
    ws = workspace()
    plan = plan_draft(ws)
    assert plan.text == "" and plan.seconds == 0 and "no skill that grew" in plan.missing
    assert {"skills", "results"} <= {q.code for q in plan.questions}


def test_missing_used_later_and_we_are_asked_about():
    """A grown skill with no later use, and a "we" result, bring the coach's questions."""
    ws = workspace(skills=[{**SKILL, "used_later": ""}],
                   results=[{**RESULT, "statement": "we cut overtime"}])
    codes = [q.code for q in coach_questions(ws)]
    assert "used_later" in codes and "my_part" in codes and "enabled_by" in codes


def test_a_reply_goes_into_the_workspace_and_the_draft_follows():
    """apply_reply puts the answer to a question where it belongs; the next draft uses it."""
    ws = workspace(skills=[{**SKILL, "used_later": ""}],
                   results=[{**RESULT, "statement": "we cut overtime"}], personal_value=REASON)
    for q in coach_questions(ws):
        reply = {"used_later": "built the rota tool at my next job",
                 "my_part": "I rebuilt the shift rota", "enabled_by": "scheduling",
                 "period": "in six months", "from_to": "from 400 to 328 hours"}.get(q.code)
        if reply:
            ws = apply_reply(ws, "r1", q, reply)
    text = draft_answer(ws)
    assert "the rota tool at my next job" in text  # "I went on to build ..." (r26)
    assert "overtime from 400 to 328 hours" in text, text  # the reply's unit, not the old %
    assert "I rebuilt the shift rota." in text, text
    assert re.search(LINK + r"cut overtime", text), text
    assert ws.roles[0].results[0].enabled_by == ("scheduling",)


def test_a_skill_reply_must_name_one_of_the_roles_skills():
    """The coach's "which of your skills made it possible?" takes one of the role's skills
    (any case, stored under the skill's own name); anything else is refused naming the skills,
    never saved as a link to a skill the role lacks."""
    ws = workspace(skills=[SKILL], results=[{**RESULT, "statement": "we cut overtime"}])
    [question] = [q for q in coach_questions(ws) if q.code == "enabled_by"]
    with pytest.raises(ValidationError) as info:
        apply_reply(ws, "r1", question, "forklift driving")
    assert info.value.field == "enabled_by"
    assert "'forklift driving'" in info.value.message and "scheduling" in info.value.message
    linked = apply_reply(ws, "r1", question, "  SCHEDULING ")
    assert linked.roles[0].results[0].enabled_by == ("scheduling",)


def test_an_empty_or_unusable_reply_says_what_to_fix():
    """An empty reply, or a number question answered without a number, is a ValidationError
    that says what to type."""
    ws = workspace(results=[{"statement": "I cut waste", "scope": "team"}])
    q = next(q for q in coach_questions(ws) if q.code == "number")
    with pytest.raises(ValidationError, match="empty"):
        ws = apply_reply(ws, "r1", q, "  ")
    with pytest.raises(ValidationError, match="no number"):
        ws = apply_reply(ws, "r1", q, "quite a lot")
    ws = apply_reply(ws, "r1", q, "by 20%")
    assert (ws.roles[0].results[0].value, ws.roles[0].results[0].unit) == (20, "%")


def test_the_draft_states_the_time_the_check_counts():
    """plan_draft's seconds are the check's seconds for the same text."""
    plan = plan_draft(load("career_changer"), "r2")
    assert plan.seconds == check_answer(plan.text).seconds


def test_current_role_is_in_the_present():
    """A current role is "the one I have now", its growth told up to now."""
    text = draft_answer(workspace(end=None, skills=[SKILL], results=[RESULT]))
    assert re.search(r"current job|the (?:one|job) I (?:have|am in) now", text), text
    assert "now" in text and check_answer(text).finding("skill_growth").ok


def test_role_without_organisation_or_dates_reads_naturally():
    """No organisation: no dangling "at"; no dates: "my time as"."""
    text = draft_answer(workspace(organization="", start=None, end=None, skills=[SKILL],
                                  results=[RESULT]))
    assert "my time as a Shift Supervisor" in text
    assert " at ," not in text and " at ." not in text


def test_empty_workspace_gives_no_text_and_says_where_to_start():
    """A workspace with no roles gives no draft text and a question pointing at notebook 01."""
    plan = plan_draft(Workspace())
    assert plan.text == "" and plan.questions[0].where == "01"


def test_no_target_role_asks_for_the_goals():
    """Without goals the coach asks for them; with no role applied for there is no close (a
    stock line would add nothing), and the draft still ends on a whole sentence."""
    ws = workspace(skills=[SKILL], results=[RESULT])
    ws = replace(ws, target_role=TargetRole())
    assert "goals" in [q.code for q in coach_questions(ws)]
    text = draft_answer(ws)
    assert "role" not in text.split(". ")[-1] and text.endswith("."), text


# --- pitfalls stay out ------------------------------------------------------------------------


def test_summary_with_fun_is_never_copied():
    """A summary full of fun and the great team does not reach the draft."""
    text = draft_answer(workspace(summary="So much fun with a great team and free lunches",
                                  skills=[SKILL], results=[RESULT], enjoyment=5))
    assert check_answer(text).finding("pitfalls").ok
    assert "fun" not in text.lower()


def test_entries_with_pitfalls_are_left_out():
    """A used-later note, result or goal holding pitfall talk is left out of the draft."""
    ws = workspace(skills=[{**SKILL, "used_later": "I loved using it at my next job"}],
                   results=[{**RESULT, "statement": "I helped my amazing team to have fun"},
                            RESULT])
    ws = with_target(ws, ws.target_role.title, ["build a great team culture", "reduce costs"])
    text = draft_answer(ws)
    assert check_answer(text).finding("pitfalls").ok, text
    assert "I helped the company cut overtime" in text  # s20: their "helped" kept
    assert "great team" not in text and "fun" not in text


def test_pitfall_made_by_two_entries_together_is_dropped():
    """A sentence that becomes a pitfall only when entries meet ("my" + "bonus") is dropped."""
    text = draft_answer(workspace(skills=[{**SKILL, "name": "bonus"}], results=[RESULT]))
    assert check_answer(text).finding("pitfalls").ok, text


# --- choosing the role ------------------------------------------------------------------------


def test_role_id_none_uses_the_chosen_answer_role():
    """Without a role_id the draft is about workspace.answer.role_id, else the strongest."""
    ws = load("senior_professional")
    assert "Operations Manager at Halyard" in draft_answer(ws)
    ws = replace(ws, answer=replace(ws.answer, role_id="r1"))
    assert "Warehouse Operative" in draft_answer(ws)
    ws = replace(ws, answer=replace(ws.answer, role_id="gone"))
    assert "Operations Manager at Halyard" in draft_answer(ws)


def test_unknown_role_id_is_a_validation_error():
    """Asking for a role that does not exist raises ValidationError naming the id."""
    with pytest.raises(ValidationError, match="r99"):
        draft_answer(load("new_graduate"), "r99")


def test_speaking_seconds_of_a_draft():
    """speaking_seconds gives the spoken length at 140 words a minute."""
    ws = load("career_changer")
    text = draft_answer(ws, "r2")
    assert speaking_seconds(text) == round(count_words(text) / 140 * 60)
    assert 30 <= speaking_seconds(text) <= 120


# --- any entries ------------------------------------------------------------------------------

PITFALL_BITS = ["fun", "great team", "I loved it", "free lunch", "got promoted", "my dream",
                "toxic boss", "enjoyed", "bonus", "my", "team", "great"]
texts = st.one_of(st.sampled_from(PITFALL_BITS), st.text(min_size=1, max_size=30)).filter(
    lambda s: s.strip())
phrases = st.lists(texts, min_size=1, max_size=3).map(" ".join)
levels = st.sampled_from(LEVELS)


@st.composite
def skills(draw):
    a, b = sorted([draw(levels), draw(levels)], key=LEVELS.index)
    return {"name": draw(phrases)[:200], "before": a, "after": b,
            "used_later": draw(st.one_of(st.just(""), phrases))}


@st.composite
def results(draw):
    return {"statement": draw(phrases), "metric": draw(st.one_of(st.just(""), phrases))[:200],
            "value": draw(st.one_of(st.none(), st.integers(-10**6, 10**6),
                                    st.floats(-1e6, 1e6, allow_nan=False))),
            "unit": draw(st.sampled_from(["", "%", "€", "hours", "EUR", "great team"])),
            "scope": draw(st.sampled_from(SCOPES))}


@fuzz(examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(title=phrases, org=st.one_of(st.just(""), phrases),
       end=st.sampled_from([None, "2023-05", "2023"]),
       skill_list=st.lists(skills(), max_size=4), result_list=st.lists(results(), max_size=4),
       goals=st.lists(phrases, max_size=5), target=st.one_of(st.just(""), phrases))
def test_any_entries_draft_without_pitfalls(title, org, end, skill_list, result_list, goals,
                                            target):
    """Whatever the entries hold, drafting never raises and the draft has no pitfall."""
    ws = Workspace.from_dict({
        "target_role": {"title": target[:200], "goals": goals},
        "roles": [{"id": "r1", "title": title[:200], "organization": org[:200],
                   "start": "2020-01", "end": end, "skills": skill_list,
                   "results": result_list}],
    })
    plan = plan_draft(ws)
    text = plan.text
    assert text.strip() or plan.missing  # a draft, or why there is none
    assert pitfall_phrases(text) == {}, text
    assert "[add" not in text


def test_a_result_noted_as_a_phrase_is_asked_for_not_forced_into_a_frame():
    """"CSAT 4.6/5" is no sentence of the participant's: the draft leaves it out (never "One
    result I contributed to was ...") and the coach asks for it as a sentence; the reply
    becomes the statement and the draft tells it."""
    ws = workspace(results=[{"statement": "CSAT 4.6/5", "scope": "customers"}])
    assert "CSAT" not in draft_answer(ws) and "contributed to" not in draft_answer(ws)
    q = next(q for q in coach_questions(ws) if q.code == "statement")
    assert "'CSAT 4.6/5'" in q.text
    ws = apply_reply(ws, "r1", q, "I raised our CSAT from 4.1 to 4.6 out of 5")
    assert "I raised our CSAT from 4.1 to 4.6 out of 5" in draft_answer(ws)


def test_a_note_with_from_and_to_gets_its_verb():
    """"sign-up conversion from 2.1% to 3.4%" is said "Sign-up conversion went from ..."."""
    text = draft_answer(workspace(results=[{"statement": "sign-up conversion from 2.1% to 3.4%",
                                            "scope": "company"}]))
    assert "sign-up conversion went from 2.1% to 3.4%." in text.lower(), text


@pytest.mark.parametrize("statement,metric,said", [
    ("I trained teachers on Canvas", "teachers trained", "I trained 212 teachers on Canvas."),
    ("I recruited new regular volunteers", "volunteers", "I recruited 212 new regular volunteers."),
    ("I ran the induction for the new starters", "new starters",
     "for the new starters, 212 in all."),
])
def test_a_count_stands_where_a_person_says_it(statement, metric, said):
    """A count goes before the noun it counts, right after the verb; where the sentence has no
    such place it follows it ("212 in all"), never a stock sentence "That came to ... in all"."""
    text = draft_answer(workspace(results=[{"statement": statement, "metric": metric,
                                            "value": 212, "unit": "", "kind": "count",
                                            "scope": "company"}]))
    assert said in text, text
    assert "That came to" not in text


def test_a_note_is_said_aloud_and_in_the_past_for_a_job_that_is_over():
    """"200+", "hrs", brackets and a present verb in a past job are said the way a person
    says them."""
    text = draft_answer(workspace(results=[
        {"statement": "I build the weekly report (KPIs) for 200+ stores", "scope": "company"},
        {"statement": "I saved the team 10 hrs a week", "scope": "team"}]))
    assert "built the weekly report for over 200 stores" in text, text
    assert "10 hours a week" in text and "(KPIs)" not in text and " build " not in text


def test_one_shared_verb_is_no_evidence_for_a_goal():
    """A goal is bridged to only when the story says its meaningful words, not one shared verb
    ("lead" in "I now lead the programme" is no evidence for "lead a team of 40")."""
    ws = workspace(skills=[{**SKILL, "used_later": "I now lead the lean programme"}],
                   results=[RESULT])
    ws = with_target(ws, ws.target_role.title, ["lead a team of 40"])
    assert "team of 40" not in draft_answer(ws)


def test_a_job_still_held_tells_no_later():
    """For a job still held, the skill's use beyond it is not "later"."""
    text = draft_answer(workspace(end=None, skills=[SKILL], results=[RESULT]))
    assert "Later" not in text and "planned rosters for 40 staff" in text


def test_a_later_use_that_says_nothing_more_is_asked_for():
    """"I still use it" names no place and no product: the draft does not say it, and the
    coach asks where the skill was used and what it produced."""
    ws = workspace(skills=[{**SKILL, "used_later": "I still use it"}], results=[RESULT])
    assert "still use it" not in draft_answer(ws)
    assert "used_later" in [q.code for q in coach_questions(ws)]


def test_a_level_is_not_called_a_difference():
    """A linked result that reached a level ("the pass rate is now 88%") is not told as "made
    the difference"; one that changed is."""
    level = draft_answer(workspace(skills=[SKILL], results=[{
        "statement": "first-attempt pass rate is now 88%", "scope": "team",
        "enabled_by": ["scheduling"]}], personal_value=REASON))
    assert "made the difference" not in level and "paid off" not in level, level
    assert re.search(r"(?:^|\. |, and |" + LINK + r")first-attempt", level, re.I), level


def test_units_written_with_a_slash_are_said_aloud():
    text = draft_answer(workspace(results=[{"statement": "we scaled testing to 2,000 samples/day",
                                            "scope": "company"}]))
    assert "2,000 samples a day" in text, text


def test_growth_in_the_participants_own_words_comes_first():
    """Without the participant's words the coach asks how far the skill grew; the reply is
    kept on the skill (how_far) and the draft tells the growth in those words, not in the
    kit's level phrases."""
    ws = workspace(skills=[SKILL], results=[RESULT])
    q = next(q for q in coach_questions(ws) if q.code == "how_far")
    assert "scheduling" in q.text
    ws = apply_reply(ws, "r1", q, "At first I could barely fill a rota without gaps; by the end I "
                             "planned cover for three sites")
    assert ws.roles[0].skills[0].how_far.startswith("At first")
    text = draft_answer(ws)
    assert "At first I could barely fill a rota without gaps. By the end I planned cover for " \
           "three sites." in text, text
    assert "how_far" not in [q.code for q in coach_questions(ws)]
    again = Workspace.from_dict(ws.to_dict())
    assert again.roles[0].skills[0].how_far == ws.roles[0].skills[0].how_far


def test_a_reply_typed_in_a_hurry_still_reads_as_speech():
    """A period typed as a sentence ("Over about a year, from 10 to 6") is said up to its
    first comma; a part typed "it was my idea ..." or with a lower-case "i" reads whole."""
    ws = workspace(results=[{"statement": "I cut month end close", "metric": "days to close",
                             "value": 6, "from_value": 10, "unit": "days", "scope": "team",
                             "period": "Over about a year, from 10 days to 6",
                             "my_part": "it was my idea to reconcile daily, i set it up"}])
    text = draft_answer(ws)
    assert "from 10 to 6 days over about a year." in text, text
    assert "It was my idea to reconcile daily, and I set it up." in text, text
    assert "My own part:" not in text


def test_what_the_growth_words_already_tell_is_not_said_twice():
    """A result whose numbers the participant's growth words already give is not told again
    after them."""
    ws = workspace(skills=[{**SKILL, "how_far": "At first I could not read a rota; by the end "
                                                "I cut overtime by 18% across the depot"}],
                   results=[{**RESULT, "kind": "change"}])
    assert draft_answer(ws).count("18%") == 1


def test_a_later_use_that_denies_its_lead_stands_alone():
    """"I don't use it any more, but ..." is said as it is, with no "I have kept using" before
    it; "not X itself, but I used ..." keeps what was used; a stray "yes," goes."""
    note = "I don't use Rotaplan any more, but the same planning got my next team's cover to 100%"
    ws = workspace(skills=[{**SKILL, "used_later": note}], results=[RESULT])
    text = draft_answer(ws)
    assert "I don't use Rotaplan any more, but" in text and "kept using" not in text
    ws = workspace(skills=[{**SKILL, "used_later": "yes, not the tool itself, but I planned "
                                                   "rosters for 40 staff at my next job"}],
                   results=[RESULT])
    text = draft_answer(ws)
    assert re.search(r"I (?:planned|went on to plan) rosters for 40 staff", text) and \
        "yes," not in text and "not the tool" not in text


@pytest.mark.parametrize("start,end,said", [("2019-06", "2022-02", "two and a half years"),
                                            ("2019-06", "2022-04", "nearly three years"),
                                            ("2019-06", "2021-07", "two years"),
                                            # two school years, July to June: never "a year
                                            # and a half" (blind raters r35)
                                            ("2022-07", "2024-06", "nearly two years"),
                                            ("2022-07", "2024-01", "year and a half")])
def test_the_time_in_a_job_is_said_as_it_was(start, end, said):
    """32 months is not "three years"."""
    assert f"my {said} as" in draft_answer(workspace(start=start, end=end, results=[RESULT]))


def test_a_later_use_with_a_new_figure_is_told_and_a_typed_i_is_a_capital():
    """A later use whose number the story has not said ("3 points") is told, even where a
    longer number holds the same digit ("$35"); "i" typed in a hurry is said "I"."""
    ws = workspace(skills=[{**SKILL, "used_later": ""},
                           {"name": "SQL", "before": "novice", "after": "competent",
                            "used_later": "at Loop i write the SQL that cut churn by 3 points"}],
                   results=[{**RESULT, "statement": "I found that a $35 threshold lifts baskets"}])
    text = draft_answer(ws)
    # the note's own doing, told as what the skill was used for (draft13): "... which I
    # still use at Loop to write the SQL ..."; "i" said "I" wherever it stands
    assert "write the SQL that cut churn by 3 points" in text, text
    assert not re.search(r"\bi\b", text), text


def test_a_result_is_left_out_only_when_the_growth_words_give_its_own_numbers():
    """A result whose numbers the participant's growth words already give is not told again;
    one whose number only looks alike ("3" inside "35") still is."""
    told = workspace(skills=[{**SKILL, "how_far": "At first I could not read a rota; by the end "
                                                  "we had cut overtime by 3% a month"}],
                     results=[{**RESULT, "statement": "I cut overtime by 3%", "value": None,
                               "unit": ""}])
    assert draft_answer(told).count("3%") == 1
    alike = workspace(skills=[{**SKILL, "how_far": "At first I could not read a rota; by the end "
                                                   "I planned 35 staff"}],
                      results=[{**RESULT, "statement": "I cut overtime by 3%", "value": None,
                                "unit": ""}])
    assert "I cut overtime by 3%" in draft_answer(alike), draft_answer(alike)


def test_an_empty_draft_of_entries_with_a_story_says_why():
    """Entries with a skill that grew but nothing the composer can say (a one-letter skill, a
    title and organisation of pitfall words: found by the fuzz test above) get no draft and a
    message saying what to write, never an empty text with nothing said."""
    ws = Workspace.from_dict({"target_role": {"title": "", "goals": []},
                              "roles": [{"id": "r1", "title": "fun", "organization": "· fun",
                                         "start": "2020-01", "end": None,
                                         "skills": [{"name": "A", "before": "novice",
                                                     "after": "advanced beginner",
                                                     "used_later": ""}],
                                         "results": []}]})
    plan = plan_draft(ws)
    assert plan.text == ""
    assert "no draft" in plan.missing and "what you can do" in plan.missing
    assert studio_note(plan, 90) == plan.missing
