"""Form shorthand said as a person says it (issue 20, r32: a hiring-manager rater reading fresh
drafts heard "a Sgt in 14 Supply Sqn", "the maint schedule", "a Barista @ Beanhouse at
Beanhouse", "from 54% to 54 to 81%" and one change told twice).

- short forms typed into a form are said in full: ranks and units in any case ("Cpl", "SGT",
  "Sqn", "QMs"), the common ones of ``data/typed.json`` in lower case, also where one ends its
  sentence; initialisms said as letters ("HGV", "A&E") stay as typed;
- a job title typed with its employer, department or rank in it opens the answer once, the
  employer said once ("as a barista at Beanhouse", never "@ Beanhouse at Beanhouse");
- one change (from a figure to a figure) is said once in a draft.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import plan_draft
from workshop.draft_frame import opening
from workshop.model import Role
from workshop.spoken import said_aloud
from workshop.typed import short_forms_said, title_forms_said

# the typed forms these tests write; none may be heard in a draft
_TYPED = re.compile(r"(?<![\w/])(?:cpl|sgt|sqn|qm|qms|mgr|asst|dept|maint|acct|replen|cust|"
                    r"ppl|snr|eng|op|det|2ic|obs|@)(?![\w/])", re.IGNORECASE)


def _role(title: str, org: str, **more) -> Role:
    return Role.from_dict({"id": "r1", "title": title, "organization": org, "start": "2016-02",
                           "end": "2021-08", **more})


def _first(title: str, org: str) -> str:
    return opening(_role(title, org))


@pytest.mark.parametrize(("title", "org", "said", "never"), [
    ("Barista @ Beanhouse", "Beanhouse", "barista at Beanhouse", "@"),
    ("Line cook at Harbour Kitchen", "Harbour Kitchen", "line cook at Harbour Kitchen",
     "at Harbour Kitchen at"),
    ("Tesco Customer Assistant", "Tesco", "ustomer Assistant at Tesco", "Tesco Customer"),
    ("Porter @ Kingsmead Hospital", "", "at Kingsmead Hospital", "@"),
    ("Warehouse op (agency)", "Dunmore Freight", "warehouse operative at Dunmore Freight",
     "agency"),
    ("Office Mgr", "Pellow Lettings", "Office Manager at Pellow Lettings", "Mgr"),
    ("Snr Eng - networks", "Telvance", "Senior Engineer at Telvance", "Snr"),
    ("HGV driver", "Brannock Haulage", "HGV driver at Brannock Haulage", "heavy goods"),
])
def test_a_title_with_its_employer_or_short_forms_opens_the_answer_once(title, org, said,
                                                                         never):
    line = _first(title, org)
    assert said.lower() in line.lower(), line
    assert never not in line, line
    place = org or "Kingsmead Hospital"
    assert line.count(place) == 1, line


def test_a_rank_in_a_department_of_a_unit_is_said_in_words_with_its_articles():
    line = _first("Cpl in QM dept", "Royal Logistic Corps")
    assert "corporal in the quartermaster department of the Royal Logistic Corps" in line, line
    assert not _TYPED.search(line), line


def test_a_rank_and_a_unit_typed_short_are_said_in_full_in_the_armed_forces():
    line = _first("SGT", "9 Field Sqn REME")
    assert re.search(r"\bSergeant in 9 Field Squadron REME\b", short_forms_said(line),
                     re.IGNORECASE), line


def test_a_ward_typed_before_its_hospital_is_not_said_as_the_employer():
    line = _first("Healthcare asst", "Ward 12, Fairholme General Hospital")
    assert "at Fairholme General Hospital" in line and "Ward 12" not in line, line
    assert "at Pinecrest Foods" in _first("Buyer", "Purchasing Team, Pinecrest Foods")
    assert "at Team Harrow" in _first("Coach", "Team Harrow, UK")  # a name opening on "Team"


@pytest.mark.parametrize(("typed", "said"), [
    ("made every cpl sign for their kit and the QMs checked it", "corporal"),
    ("Sgt Adeyemi ran the range and I ran the stores acct", "Sergeant Adeyemi"),
    ("I did the cust complaints and the stock qty counts", "customer complaints"),
    ("I rewrote the maint schedule for the fleet", "maintenance schedule"),
    ("I ran goods-in and pick face replen.", "replenishment."),
    ("I covered the tues and thurs late shifts", "Tuesday and Thursday"),
    ("I was det commander and my 2IC wrote the orders", "detachment commander"),
    ("Det Sgt Morris signed off my file", "Detective Sergeant Morris"),
    ("I did obs for the whole bay", "observations"),
])
def test_short_forms_in_a_note_are_said_in_full(typed, said):
    out = short_forms_said(typed)
    assert said in out, out
    assert not _TYPED.search(out), out


@pytest.mark.parametrize("typed", ["the HR team", "triage in A&E", "an HGV licence",
                                   "approx. 20 covers", "e.g. the rota",
                                   "I presented to the LT every month"])
def test_initialisms_and_abbreviations_before_a_figure_stay_as_typed(typed):
    assert short_forms_said(typed) == typed


@pytest.mark.parametrize(("typed", "said"), [
    ("Asst. Manager", "Assistant Manager"), ("Ops Mgr", "Ops Manager"),
    ("Jnr Dev", "Junior Developer"), ("OPS Manager", "OPS Manager"),
    ("2nd Lt", "2nd Lieutenant"),
])
def test_a_titles_short_forms_are_said_in_any_case_an_initialism_as_typed(typed, said):
    assert title_forms_said(typed) == said


def test_a_count_of_people_typed_short_is_never_made_plural_again():
    assert said_aloud("I ran the office for 12 ppl") == "I ran the office for 12 people"
    assert said_aloud("3 mgr and 2 wks") == "3 managers and 2 weeks"


def _draft(role: dict, seconds: int = 90) -> str:
    ws = one_role_workspace(role, "Operations Lead", start="2014-09", end="2020-03")
    return plan_draft(ws, "r1", seconds).text


@pytest.mark.parametrize(("title", "org", "summary", "skill", "statement"), [
    ("Cpl", "3 Logistic Sqn", "Ran the stores acct for the sqn",
     "stores accounting", "Passed the annual stores audit w/ zero discrepancies"),
    ("Sous chef @ Vine Street Bistro", "Vine Street Bistro", "Ran the pass on busy nights",
     "stock control", "Cut food waste by ~20% in 6 mths"),
    ("Care asst", "Unit 4, Lindenbrook Care Home", "Supported 14 residents on the dementia unit",
     "dementia care", "Cut evening falls from 9 a month to 3 a month w/ a new routine"),
    ("Admin Asst", "Corran & Webb Solicitors", "Booked appts and managed the post",
     "case management software", "Cut missed client appts by 30% w/ text reminders"),
])
def test_drafts_of_many_fields_say_no_form_shorthand(title, org, summary, skill, statement):
    role = {"title": title, "organization": org, "summary": summary,
            "skills": [{"name": skill, "before": "novice", "after": "proficient"}],
            "results": [{"statement": statement, "enabled_by": [skill]}]}
    for seconds in (90, 30):
        text = _draft(role, seconds)
        assert text and not _TYPED.search(text), text


def test_one_change_told_again_in_a_note_is_said_once():
    role = {"title": "Fleet Supervisor", "organization": "Calder Buses",
            "skills": [{"name": "maintenance planning", "before": "novice", "after": "expert"}],
            "results": [{"statement": "we cut buses off the road from 14% to 5% by planning "
                                      "the maint schedule", "enabled_by": ["maintenance planning"],
                         "my_part": "I set up weekly slots for each bus. Off-road rate went "
                                    "from 14% to 5% in about a year."}]}
    text = _draft(role)
    assert len(re.findall(r"from 14% to 5%", text)) == 1, text


def test_a_change_typed_bare_in_the_speakers_part_is_no_range():
    role = {"title": "Field Sales Rep", "organization": "Marram Foods",
            "skills": [{"name": "territory planning", "before": "novice", "after": "proficient"}],
            "results": [{"statement": "stores stocking our core range up from 40% to 75%",
                         "metric": "core range stocking", "value": 75, "unit": "%",
                         "my_part": "My plan. 40% to 75% over about 2 yrs.",
                         "enabled_by": ["territory planning"]}]}
    text = _draft(role)
    assert "from 40% to 75%" in text and "40 to 75" not in text, text
