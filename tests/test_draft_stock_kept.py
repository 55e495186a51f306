"""A skill's plain growth line stays where the rest of the draft says growth only as the answer
check's learned second opinion reads it (a lesson such as "I learned that a calm site keeps
people safe" is no job skill that grew): ``draft_compose.without_stock`` leaves a stock line
out only where the check's rules still find the growth."""

from __future__ import annotations

from workshop.check import check_answer
from workshop.check_learned import told_by_model
from workshop.draft import draft_answer
from workshop.report import build_report
from workshop.resources import persona_path
from workshop.store import read_workspace


def test_the_growth_line_stays_when_only_a_lesson_is_left():
    ws = read_workspace(persona_path("senior_professional"))
    role = build_report(ws)["answer"]["role"]["role_id"]  # the role the card's answer is about
    for seconds in (30, 90):
        text = draft_answer(ws, role, seconds)
        growth = check_answer(text).finding("skill_growth")
        assert growth.ok and not told_by_model(growth), text


def test_told_by_model_names_the_second_opinion_only():
    found = check_answer("I learned that a calm, well-run site keeps people safe and keeps "
                         "them coming back to work.").finding("skill_growth")
    rules = check_answer("When I started I could not read a rota; by my second year I planned "
                         "the shifts for thirty people.").finding("skill_growth")
    assert not told_by_model(rules)
    assert told_by_model(found) or not found.ok
