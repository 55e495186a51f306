"""A number only as the participant gave it (issue 20, draft61): a figure they qualified.

Blind hiring managers marked drafts down that quoted a figure the notes said not to quote or
were unsure of, and that told one change with the statement's figure and the fields' run
together or side by side. The rule:

- a figure marked not to be quoted ("don't quote me", "confidential", "can't share the exact
  figure") is never said, the statement's nor the fields': the change is told in words and
  the coach asks for a figure they are happy to say; a reply with one is said as typed;
- a figure marked unsure ("from memory", "ballpark", "I'd have to check", "not sure of this
  number") is said hedged ("about"), never firmer than typed, and the note is not said;
- one change is said with one set of figures: a statement's own figure is said alone where the
  fields tell the same change (the coach asks which is right where they disagree); a statement
  that ends on where the change started is said with the fields' end, once.

Look-alikes keep their figure: "I quoted the client", "not sure at first, but the audit
confirmed 12%", "confidential files" as a duty, "I believe in ...".
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.coach import apply_reply
from workshop.draft import coach_questions, draft_versions
from workshop.model import Result
from workshop.practice import follow_ups
from workshop.result_number import DIFFER, read_result
from workshop.typed_said import NOT_QUOTED, UNSURE, figure_note

GOALS = ["reduce overtime costs", "improve staff retention"]


def _workspace(result: dict):
    role = {"title": "Shift Supervisor", "organization": "Northgate Foods",
            "organization_kind": "company", "summary": "Ran the night shift at a food plant",
            "skills": [{"name": "rota planning", "before": "novice", "after": "proficient"}],
            "results": [{"enabled_by": ["rota planning"], **result}],
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}
    return one_role_workspace(role, "Operations Manager", GOALS, start="2019-01",
                              end="2023-01")


def _draft(ws) -> str:
    return " ".join(draft_versions(ws, "r1").values())


NOT_QUOTED_NOTES = [
    ("Cut overtime by 18%, don't quote me on this", "18"),
    ("cut overtime by 18% (confidential)", "18"),
    ("Overtime went down 18% - can't share the exact figure", "18"),
    ("we cut overtime by 18% but please don't quote the number", "18"),
    ("Don't quote me, but overtime fell from 30% to 12%", "30|12"),
    ("Overtime fell by 18%. Strictly confidential.", "18"),
    ("cut overtime by £40k, the figures are confidential", "40"),
    ("Overtime down 18% (off the record)", "18"),
    ("I cut overtime by 18%, I can not disclose the real number", "18"),
    ("reduced overtime by 18% - commercially sensitive so no figure please", "18"),
]


@pytest.mark.parametrize(("statement", "figure"), NOT_QUOTED_NOTES)
def test_a_figure_not_to_be_quoted_is_never_said(statement, figure):
    ws = _workspace({"statement": statement, "metric": "overtime", "value": 18, "unit": "%"})
    text = _draft(ws)
    assert "overtime" in text.lower(), text  # the change is still told, in words
    assert not re.search(rf"(?<![\d.])(?:{figure}|18)(?![\d])", text), text
    assert not re.search(r"quote|confidential|disclose|record|share", text, re.IGNORECASE)
    asked = [q for q in coach_questions(ws, "r1") if q.code == "number"]
    assert asked and "happy to say" in asked[0].text


@pytest.mark.parametrize(("statement", "figure"), NOT_QUOTED_NOTES[:3])
def test_the_fields_figure_of_a_result_not_to_be_quoted_is_not_said_either(statement, figure):
    """The note on the statement covers the result: the 03 form's from-to is not said."""
    ws = _workspace({"statement": re.sub(r"\s*(?:by\s+)?18%", "", statement),
                     "metric": "overtime", "value": 12, "from_value": 30, "unit": "%"})
    text = _draft(ws)
    assert not re.search(r"\b(?:12|30|18)\b", text), text
    assert read_result(ws.role("r1").results[0]).note == NOT_QUOTED


@pytest.mark.parametrize(("reply", "said"), [("about a fifth", "about a fifth"),
                                             ("around 20%", "around 20%"),
                                             ("roughly 15-20%", "roughly 15-20%")])
def test_a_figure_given_in_reply_is_said_in_its_place(reply, said):
    ws = _workspace({"statement": NOT_QUOTED_NOTES[0][0], "metric": "overtime", "value": 18,
                     "unit": "%"})
    asked = next(q for q in coach_questions(ws, "r1") if q.code == "number")
    after = apply_reply(ws, "r1", asked, reply)
    text = _draft(after)
    assert said in text and "18" not in text, text
    kept = after.role("r1").results[0]
    assert NOT_QUOTED_NOTES[0][0] in kept.extra.values()  # nothing typed is lost
    assert not [q for q in coach_questions(after, "r1") if q.code == "number"]


def test_practice_never_asks_about_a_figure_not_to_be_quoted():
    ws = _workspace({"statement": NOT_QUOTED_NOTES[0][0], "metric": "overtime", "value": 18,
                     "unit": "%"})
    asked = " ".join(f.text for f in follow_ups(ws, "r1", _draft(ws)))
    assert "18" not in asked and "quote" not in asked.lower(), asked


UNSURE_NOTES = [
    "Overtime fell by 40%, from memory",
    "overtime fell by 40% - ballpark",
    "Overtime fell by 40%, I'd have to check",
    "Overtime fell by 40% (not sure of this number)",
    "I think overtime fell by 40%",
    "overtime fell by 40% or so",
    "Overtime fell by 40% if I remember rightly",
    "overtime fell by 40%; not 100% sure",
]


@pytest.mark.parametrize("statement", UNSURE_NOTES)
def test_a_figure_marked_unsure_is_said_hedged(statement):
    ws = _workspace({"statement": statement, "metric": "overtime", "value": 40, "unit": "%"})
    text = _draft(ws)
    assert "about 40%" in text, text
    assert not re.search(r"(?<!about )\b40%", text), text
    assert not re.search(r"memory|ballpark|check|sure|remember|think|or so", text,
                         re.IGNORECASE), text


@pytest.mark.parametrize("statement", ["Cut overtime, from memory", "cut overtime (ballpark)",
                                       "cut overtime - I'd need to check"])
def test_a_fields_figure_marked_unsure_is_said_hedged(statement):
    told = read_result(Result(statement=statement, metric="overtime", value=18, unit="%"),
                       current=False).told
    assert told == "I cut overtime by about 18%.", told


def test_an_unsure_from_to_is_said_from_about():
    told = read_result(Result(statement="overtime went from 30% to 12%, from memory",
                              metric="overtime", value=12, from_value=30, unit="%"),
                       current=False).told
    assert told == "Overtime went from about 30% to 12%.", told


LOOK_ALIKES = [
    ("I quoted the client 40% less than the old supplier", "40%"),
    ("not sure at first, but the audit confirmed 12% savings", "12%"),
    ("I kept confidential files in order and cut filing errors by 30%", "30%"),
    ("handled confidential payroll data and cut errors by 25%", "25%"),
    ("I believe in doing it right and cut rework by 15%", "15%"),
    ("I think the team liked it and overtime fell by 20%", "20%"),
]


def test_or_so_after_a_time_hedges_no_figure():
    """"or so" is a figure's doubt only right after it: "over a year or so" is the time's."""
    told = read_result(Result(statement="we cut overtime over a year or so", metric="overtime",
                              value=18, unit="%"), current=False).told
    assert "about" not in told and "18%" in told, told


@pytest.mark.parametrize(("statement", "figure"), LOOK_ALIKES)
def test_look_alikes_keep_their_figure_as_typed(statement, figure):
    told = read_result(Result(statement=statement), current=False).told
    assert figure in told and "about" not in told, told
    assert figure_note(statement) == (statement, "")


@pytest.mark.parametrize(("statement", "mark"), [
    ("Sales grew 25% (figures are confidential)", NOT_QUOTED),
    ("sales grew 25%, not sure", UNSURE),
    ("Sales grew 25% - don't quote me", NOT_QUOTED),
    ("sales grew 25%, ballpark figure", UNSURE),
])
def test_the_note_is_taken_out_of_the_statement(statement, mark):
    assert figure_note(statement) == ("Sales grew 25%" if statement[0] == "S" else
                                      "sales grew 25%", mark)


DIFFERING = [
    ("staff turnover went down by 40%", 11, 30, "40%"),
    ("we cut staff turnover to 15%", 11, 30, "15%"),
    ("staff turnover fell 25% in a year", 11, 30, "25%"),
]


@pytest.mark.parametrize(("statement", "value", "start", "own"), DIFFERING)
def test_a_statement_and_fields_that_disagree_say_the_statement_and_ask(statement, value,
                                                                        start, own):
    ws = _workspace({"statement": statement, "metric": "staff turnover", "value": value,
                     "from_value": start, "unit": "%"})
    text = _draft(ws)
    assert own in text, text
    assert not re.search(rf"\b(?:{value}|{start})%", text), text  # never both said
    assert read_result(ws.role("r1").results[0]).note == DIFFER
    asked = [q for q in coach_questions(ws, "r1") if q.code == "statement"]
    assert asked and "Which is right" in asked[0].text and f"{start}%" in asked[0].text


@pytest.mark.parametrize("statement", ["staff turnover went down by 63%",
                                       "staff turnover went down by 19 percent"])
def test_a_statement_whose_figure_fits_the_fields_is_said_once_asking_nothing(statement):
    ws = _workspace({"statement": statement, "metric": "staff turnover", "value": 11,
                     "from_value": 30, "unit": "%"})
    text = _draft(ws)
    assert re.search(r"by (?:63%|19 percent)", text) and "from 30%" not in text, text
    assert read_result(ws.role("r1").results[0]).note == ""
    assert not [q for q in coach_questions(ws, "r1") if "Which is right" in q.text]


@pytest.mark.parametrize(("statement", "told"), [
    ("raised shift completion from 54%", "I raised shift completion from 54% to 81%."),
    ("Raised shift completion from 54.", "I raised shift completion from 54 to 81%."),
    ("cut waits from 40 minutes", "I cut waits from 40 minutes to 25 minutes."),
])
def test_a_statement_ending_on_the_start_is_said_with_the_end_once(statement, told):
    value, start, unit = (25, 40, "minutes") if "waits" in statement else (81, 54, "%")
    said = read_result(Result(statement=statement, metric="completion", value=value,
                              from_value=start, unit=unit), current=False).told
    assert said == told
    assert len(re.findall(rf"\b{start}\b", said)) == 1


@pytest.mark.parametrize(("statement", "metric"), [
    ("kept 98% attendance while cutting overtime", "overtime"),
    ("I trained 14 new starters and overtime fell", "overtime"),
])
def test_a_figure_of_another_thing_is_no_disagreement(statement, metric):
    read = read_result(Result(statement=statement, metric=metric, value=18, unit="%"),
                       current=False)
    assert "18%" in read.told and read.note == "", read.told
