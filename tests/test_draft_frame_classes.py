"""The draft's frame as classes, the faults blind raters counted in rounds r13 and r14:

- one skeleton for everyone: growth said with one stock line ("built up my X skills from
  scratch", "starting from nothing"), stock causal links ("That is how", "It paid off when"),
  one close for all ("I would bring the same skills to your X role"); now growth is told from
  the levels the participant set, links name the skill or follow its growth line, the close
  ties the story to a goal it backs (none without one), all from ``data/wording.json``, and
  no form twice in one draft;
- a 90-second draft no longer than a 30-second one: where the entries hold less, the coach says
  what to add instead of padding;
- a one-line draft for a job with nothing in it: no draft, and what to add.

The workspaces here are the engineer's own, not the eval set's.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter

import pytest
from helpers_links import LEAD, LINK
from helpers_sample import one_role_workspace

from workshop.check import check_answer, pitfall_phrases
from workshop.cli import main
from workshop.draft import FULL_SECONDS, plan_draft
from workshop.model import LEVELS, Skill
from workshop.session import Session
from workshop.skill_story import also_grew_sentence, gave_clause, hedged, level_growth
from workshop.spoken import wording_data
from workshop.widgets.answer import AnswerDriver, AnswerStudio

STOCK = re.compile(r"from scratch|starting from nothing|built up my|I would bring the same|"
                   r"It is the kind of|That is how|It is a big part of why|It paid off when|"
                   r"That skill is also how|Where I (?:have )?grown? most|counted most")


def _skill(name: str, before: str, after: str, **more) -> dict:
    return {"name": name, "before": before, "after": after, **more}


def _result(statement: str, *linked: str, **more) -> dict:
    return {"statement": statement, "scope": "team", "enabled_by": list(linked), **more}


# Twelve stories of different shapes: trades, care, office, tech, a job held or over, one skill
# or three, a result linked or not, a reason given or not.
STORIES = [
    ("Bakery Supervisor", "Crumb & Co", [_skill("dough scaling", "novice", "proficient",
                                                used_later="I set up the same scaling at the "
                                                           "new branch")],
     [_result("I cut flour waste from 9% to 4%", "dough scaling")], ""),
    ("Care Worker", "Elm House", [_skill("moving and handling", "advanced beginner", "expert"),
                                  _skill("care planning", "novice", "competent")],
     [_result("I cut falls on my floor from 7 to 2 a month", "moving and handling")],
     "It showed me I could keep people safe on a hard night"),
    ("Payroll Clerk", "Morrow Foods", [_skill("payroll", "novice", "competent"),
                                       _skill("Excel", "advanced beginner", "proficient")],
     [_result("I cut payroll errors from 30 to 4 a month", "payroll"),
      _result("I built a holiday tracker used by 200 staff", "Excel")], ""),
    ("Junior Developer", "Tilt Labs", [_skill("API design", "novice", "proficient",
                                              used_later="I designed the billing API at my "
                                                         "next job")],
     [_result("I cut the checkout error rate from 4% to 1%")], ""),
    ("Store Manager", "Cornerline", [_skill("stock control", "competent", "expert")],
     [_result("I raised sales by 12% in a year", "stock control")],
     "It was where I learned to run a place on my own"),
    ("Site Coordinator", "Bramwell Build", [_skill("scheduling trades", "novice", "competent"),
                                            _skill("health and safety", "novice", "proficient"),
                                            _skill("budgets", "advanced beginner", "competent")],
     [_result("I cut delays on the Hale Road site from 6 weeks to 2", "scheduling trades"),
      _result("We had zero reportable accidents in two years", "health and safety")], ""),
    ("Teaching Assistant", "Oakfield Primary", [_skill("phonics teaching", "novice",
                                                       "proficient")],
     [_result("I raised my reading group's phonics pass rate from 60% to 85%",
              "phonics teaching")], "It made me want to teach"),
    ("Receptionist", "Lakeside Clinic", [_skill("booking systems", "novice", "proficient",
                                                used_later="I trained the new receptionists "
                                                           "on the system")],
     [_result("I cut missed appointments from 40 to 15 a week")], ""),
    ("Warehouse Picker", "Dunmore Logistics", [_skill("pick accuracy", "advanced beginner",
                                                      "expert")],
     [_result("I cut mis-picks on my shift from 25 to 3 a week", "pick accuracy")], ""),
    ("Marketing Assistant", "Fable Books", [_skill("email campaigns", "novice", "competent"),
                                            _skill("copywriting", "competent", "proficient")],
     [_result("I grew newsletter sign-ups from 2,000 to 5,500", "email campaigns")],
     "It was the first job where my ideas went out to thousands of readers"),
    ("Lab Assistant", "Corven Labs", [_skill("sample prep", "novice", "proficient")],
     [_result("I cut sample turnaround from 5 days to 2", "sample prep")], ""),
    ("Fitness Instructor", "Peak Gym", [_skill("class planning", "advanced beginner",
                                               "proficient"),
                                        _skill("member coaching", "novice", "competent")],
     [_result("I grew my class numbers from 8 to 25 a session", "class planning")],
     "It gave me the confidence to lead a room"),
]


def _story(n: int, current: bool | None = None) -> tuple:
    title, org, skills, results, value = STORIES[n]
    held = n % 3 == 0 if current is None else current
    role = {"title": title, "organization": org, "skills": skills, "results": results,
            "personal_value": value}
    ws = one_role_workspace(role, TARGETS[n], start="2017-01", end=None if held else "2022-06")
    return ws, held


TARGETS = ["Bakery Manager", "Senior Carer", "Payroll Lead", "Backend Engineer", "Area Manager",
           "Site Manager", "Class Teacher", "Practice Manager", "Shift Lead",
           "Marketing Executive", "Lab Technician", "Head Coach"]


def _trigrams(text: str) -> set[str]:
    """The three-word phrases of a draft after its opening (measured on its own)."""
    out = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text)[1:]:
        words = re.findall(r"[a-z0-9']+", sentence.lower())
        out |= {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
    return out


def _entries_text(n: int) -> str:
    title, org, skills, results, value = STORIES[n]
    notes = [s.get("used_later", "") for s in skills] + [s["name"] for s in skills]
    return " ".join([title, org, value, TARGETS[n], *notes,
                     *(r["statement"] for r in results)])


# --- one frame -------------------------------------------------------------------------------


def test_every_level_growth_form_is_read_as_growth_by_the_answer_check():
    """Each plain growth sentence of the data (by whether the skill was new to the speaker
    and by its shape), for a skill named by a name, a field, a doing and a knowledge: the
    answer check reads it as a skill that grew, so a facilitator's form that reads as nothing
    is caught."""
    data = wording_data()["growth_levels"]
    topics = {"tool": "Power Query", "area": "stock control", "doing": "precepting new grads",
              "verb": "training adults", "knowledge": "claims knowledge",
              "task": "boiler installs", "language": "Spanish", "place": "front desk",
              "project": "a payroll rollout"}
    for how in ("new", "better"):
        for shape, forms in data[how].items():
            for form in forms:
                said = form.format(that="that", That="That", topic=topics[shape],
                                   base="train adults")
                assert check_answer(said).finding("skill_growth").ok, said


@pytest.mark.parametrize("before, after", [
    (a, b) for a, b in itertools.combinations(LEVELS, 2)])
def test_growth_says_only_what_the_levels_say(before, after):
    """A skill new to the speaker (set novice before) is told as learned, one they had some of
    (advanced beginner included: "learned" overstates it) as one they got better at; one plain
    sentence that names the skill once, never a start and an end ("no background", "by the
    end", "teaching it to others" for any level after: a level on a form is not what
    happened)."""
    said = level_growth(Skill(name="stock control", before=before, after=after), False, 3)
    assert said.count("stock control") == 1 and said.count(".") == 1, said
    new = re.search(r"\b(?:learned|taught|picked up)\b", said)
    assert bool(new) == (before == "novice"), said
    assert ("better" in said) == (before != "novice"), said
    assert not re.search(r"nothing|no background|by the end|at first|teach|others", said), said


@pytest.mark.parametrize("name", ["people stuff", "Excel-ish", "sort of leading", "admin etc"])
def test_a_hedged_skill_name_gets_no_sentence_of_the_kit_s(name):
    """A name the participant hedged is not put in the kit's frames ("I learned people stuff",
    "That job made me better at Excel-ish"): no level sentence, no opening clause, no
    "also" sentence (the coach asks for their own words)."""
    skill = Skill(name=name, before="novice", after="proficient")
    assert hedged(skill)
    assert level_growth(skill, False, 0) == gave_clause(skill, False, 0) == \
        also_grew_sentence(skill, False, 0) == ""
    assert not hedged(Skill(name="English", before="novice", after="proficient"))
    assert not hedged(Skill(name="publishing", before="novice", after="proficient"))


def test_no_growth_form_or_its_lead_is_said_twice_in_one_draft():
    """Three skills that moved alike (novice to proficient), each with its own later use: the
    three growth lines share no form and no first three words of an end ("by the time I
    left" is said once)."""
    skills = [_skill(name, "novice", "proficient", used_later=f"I used {name} at my next job "
                                                              f"to cut costs by {n + 10}%")
              for n, name in enumerate(("rota planning", "supplier contracts", "Sage"))]
    results = [_result("I cut agency costs from £9,000 to £4,000 a month", "rota planning")]
    ws = one_role_workspace({"title": "Office Manager", "organization": "Fenwick & Sons",
                             "skills": skills, "results": results}, "Operations Lead",
                            start="2015-01", end="2021-01")
    text = plan_draft(ws, "r1", 90).text
    growth = [s for s in re.split(r"(?<=[.!?])\s+", text)
              if re.search(r"rota planning|supplier contracts|Sage", s)
              and check_answer(s).finding("skill_growth").ok]
    assert len(growth) >= 2, text
    ends = [re.split(r", (?:and|but) ", s)[-1] for s in growth]
    assert len({" ".join(e.split()[:3]) for e in ends}) == len(ends), growth


def test_no_stock_line_and_no_kit_phrase_in_more_than_half_of_the_drafts():
    """Twelve stories of different shapes, both lengths: no draft says a stock line raters
    named ("from scratch", "built up my", "That is how", "I would bring the same", a
    reframed opening), and no three words of the kit's (after the opening, the participant's
    own words left out) are said in more than half of the stories."""
    counts: Counter = Counter()
    for n in range(len(STORIES)):
        ws, _held = _story(n)
        grams: set[str] = set()
        for seconds in (30, 90):
            text = plan_draft(ws, "r1", seconds).text
            assert text and not STOCK.search(text), text
            grams |= _trigrams(text)
        counts.update(grams - _trigrams(". " + _entries_text(n)))  # the participant's words
    phrase, most = counts.most_common(1)[0]
    assert most <= len(STORIES) // 2, (phrase, most)


def test_a_link_follows_its_growth_line_and_is_said_once_a_draft():
    """A result the participant linked to a skill follows the growth line that names it, led
    by a link from the data that points back at that line and names no skill, one link a
    draft at most (a second is a frame of its own: the next linked result follows plainly); a
    result linked to nothing gets none. (After the participant's own reason; without one the
    opening names the skill and its result follows plainly.)"""
    skills = [_skill("payroll", "novice", "proficient")]
    results = [_result("I cut payroll errors from 30 to 4 a month", "payroll"),
               _result("I cut overtime claims from 90 to 40 hours a month", "payroll"),
               _result("I ran the Christmas rota for 120 staff")]
    ws = one_role_workspace({"title": "Payroll Clerk", "organization": "Morrow Foods",
                             "skills": skills, "results": results,
                             "personal_value": "It gave me a trade I could build on."},
                            "Payroll Lead",
                            ("cut payroll errors", "cut overtime"),
                            start="2016-01", end="2020-01")
    text = plan_draft(ws, "r1", 90).text
    # no join from the kit's list (blind hiring managers, r24/r25): the result follows its
    # growth as the participant wrote it, or carries the growth in its own sentence
    assert not re.search(LEAD, text), text
    assert re.search(r"(?:^|\. |" + LINK + r")(?:I )?cut payroll errors", text), text
    assert "cut overtime claims" in text and len(re.findall(LINK, text)) <= 1, text
    assert not re.search(LINK + r"(?:I )?ran the Christmas rota", text), text


def test_the_draft_ends_on_the_story_never_on_a_close_of_the_title_or_a_goal():
    """Blind raters heard stock closes naming the role applied for ("As your X, I would build
    on exactly that.") as bolted on, and closes made from a goal's name ("So X is familiar
    ground for me.") as a tagline (r17): every one of twelve stories ends on its own words
    (the last sentence holds a word of the entries that is not the title's), with or without
    goals it backs, in a job held or over."""
    for n in range(len(STORIES)):
        ws, _ = _story(n)
        told = re.split(r"(?<=[.!?])\s+", plan_draft(ws, "r1", 90).text)
        assert TARGETS[n].lower() not in told[-1].lower(), told[-1]
        words = set(re.findall(r"[a-z]+", _entries_text(n).lower())) - \
            set(TARGETS[n].lower().split())
        assert words & set(re.findall(r"[a-z]+", told[-1].lower())), told[-1]
    title, org, skills, results, value = STORIES[8]
    role = {"title": title, "organization": org, "skills": skills, "results": results}
    for goals in (("Cut mis-picks on every shift",), ("shift accuracy",),
                  ("Reduce our picking errors and support the team",)):
        for held in (False, True):
            ws = one_role_workspace(role, "Shift Lead", goals, start="2019-01",
                                    end=None if held else "2022-06")
            last = re.split(r"(?<=[.!?])\s+", plan_draft(ws, "r1", 90).text)[-1]
            assert "Shift Lead" not in last and "someone who can" not in last, last
            # no close of the kit's made from the goal's name (blind raters, r17: a tagline)
            assert not re.search(r"familiar ground|part of my week|read about|looked like|"
                                 r"work I", last), last
            assert goals[0].lower() not in last.lower(), last


def test_no_frame_form_in_the_data_holds_a_pitfall():
    """Every opening form of the data, filled in: none holds a phrase the answer check flags
    as a pitfall (an opening saying "I want" would be dropped from every draft that picks
    it)."""
    data = wording_data()
    fill = {"what": "a baker at Crumb & Co", "time": "my three years",
            "Time": "My three years", "doing": "cutting waste", "Doing": "Cutting waste",
            "goal": "cut waste", "Goal": "Cut waste", "is_": "is"}
    for group in ("openings",):
        for key, forms in data[group].items():
            for form in forms if key != "about" else ():
                said = form.format(**fill)
                assert pitfall_phrases(said) == {}, (group, key, said)


# --- the 90-second version ---------------------------------------------------------------------


def test_a_thin_90_second_draft_says_what_to_add_instead_of_padding():
    """Entries that hold under a minute of story: the 90-second draft is not padded, and the
    coach's first question says what to add for a 90-second version, in the participant's
    terms (their skill by name). Entries that hold enough get no such question."""
    thin = one_role_workspace({"title": "Key Holder", "organization": "Cornerline",
                               "skills": [_skill("cash office", "novice", "proficient")],
                               "results": [_result("I cut till shortages from 12 to 2 a "
                                                   "month")]},
                              "Store Manager", start="2018-01", end="2021-01")
    plan = plan_draft(thin, "r1", 90)
    assert plan.seconds < FULL_SECONDS
    # no reason of theirs: the coach asks it first; then how long the entries hold, then
    # what to add, in their terms
    assert [q.code for q in plan.questions[:2]] == ["personal_value", "length"]
    length = plan.questions[1]
    assert f"about {plan.seconds} seconds" in length.text and length.where
    assert any("cash office" in q.text or "till shortages" in q.text
               for q in plan.questions[2:]), plan.questions
    assert all(q.code != "length" for q in plan_draft(thin, "r1", 30).questions)
    rich = one_role_workspace({
        "title": "Warehouse Shift Manager", "organization": "Calder Freight",
        "personal_value": "It was the first job where I planned the work of other people, and "
                          "I found out I could keep forty people calm on a bad night",
        "skills": [_skill("shift planning", "novice", "expert",
                          how_far="At first I could not fill a rota without gaps. By the end I "
                                  "planned cover for three sites and two hundred people",
                          used_later="I still plan the cover for our two depots every Friday "
                                     "in my current job"),
                   _skill("rota software", "novice", "competent",
                          used_later="I set up the same rota software at my next company, "
                                     "for 300 drivers")],
        "results": [_result("I cut agency staff costs across the three sites by 18% by "
                            "planning the cover two weeks ahead", "shift planning",
                            # what they did for it: the story's own beat (a second skill's
                            # later use after the story's close is no longer told for length:
                            # tests/test_draft_one_story.py)
                            my_part="I built one rota for the three sites, swapped agency "
                                    "shifts for our own part-timers on overtime and talked "
                                    "every night supervisor through it in the first week"),
                    # a second skill and its later use are one sentence (draft13): one result
                    # more keeps this rich story at a full answer's length
                    _result("Lost-time injuries on my nights went from 6 to 1 a year",
                            metric="injuries", value=1, from_value=6)]},
        "Operations Lead", start="2016-01", end="2022-01")
    full = plan_draft(rich, "r1", 90)
    assert full.seconds >= FULL_SECONDS, full.text
    assert all(q.code != "length" for q in full.questions)


# --- the empty draft ---------------------------------------------------------------------------


EMPTY = {"title": "Delivery driver", "organization": "Parcelwise",
         "skills": [_skill("driving", "competent", "competent")], "results": []}


def test_a_job_with_no_growth_and_no_result_gets_no_draft_but_what_to_add():
    """A job held now whose skill did not move and that has no result: no one-line draft in
    either version; the draft says why, and the coach's questions name the skill and its
    levels as the participant set them and where to add growth and a result."""
    ws = one_role_workspace(EMPTY, "Warehouse Associate", start="2023-01", end=None)
    for seconds in (30, 90):
        plan = plan_draft(ws, "r1", seconds)
        assert plan.text == "" and plan.seconds == 0 and plan.role_id == "r1"
        assert "Delivery driver" in plan.missing and "no skill that grew" in plan.missing
        codes = [q.code for q in plan.questions]
        assert {"skills", "results"} <= set(codes) and "length" not in codes
        skills = next(q for q in plan.questions if q.code == "skills")
        assert "'driving' (competent before and after)" in skills.text and skills.where == "02"
    grown = one_role_workspace({**EMPTY, "skills": [_skill("driving", "competent", "expert")]},
                               "Warehouse Associate", start="2023-01", end=None)
    assert plan_draft(grown, "r1", 90).text  # one pillar is a story: drafted


def test_the_studio_offers_no_one_line_draft_and_shows_what_to_add(tmp_path):
    """In 05, drafting a job with nothing to tell leaves the box empty, says why in a warning
    instead of "0 words", and shows the coach's questions naming the flat skill."""
    session = Session.open(tmp_path / "ws.json")
    session.replace(one_role_workspace(EMPTY, "Warehouse Associate", start="2023-01",
                                       end=None), "test set-up")
    studio = AnswerStudio(session)
    studio.driver.press(AnswerDriver.DRAFT)
    assert studio.driver.answer_box.value == ""
    assert studio.driver.message_kind == "warning"
    assert "no skill that grew" in studio.driver.message and "0 words" not in \
        studio.driver.message
    assert any("'driving' (competent before and after)" in q for q in studio.driver.questions)
    assert session.workspace.answer.text == ""


def test_the_report_command_keeps_its_json_contract_with_no_draft(tmp_path, capsys):
    """``workshop report --format json`` on such a job: exit 0, the answer about that role
    with an empty text and its check, never a one-line draft."""
    path = tmp_path / "ws.json"
    ws = one_role_workspace(EMPTY, "Warehouse Associate", start="2023-01", end=None)
    path.write_text(json.dumps(ws.to_dict()), encoding="utf-8")
    assert main(["report", str(path), "--format", "json"]) == 0
    answer = json.loads(capsys.readouterr().out)["answer"]
    assert answer["role_id"] == "r1" and answer["text"] == ""
    assert {f["code"] for f in answer["check"]["findings"]} >= {"skill_growth", "length"}
