"""The check on check22's class set (``tests/eval/probe_own22/``), half A only (odd ids; half B
is measured, never held to): growth told as leading people, wants for the work against wants
for oneself, plain-speech strong answers, hollow answers. The figures may only rise."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.check import check_answer

SET = Path(__file__).parent / "eval" / "probe_own22" / "answers.jsonl"
# agreement floors per code on half A (46 answers: one answer is 2.2 points), at what check22
# reached
FLOORS = {"skill_growth": 0.95, "company_result": 0.97, "pitfalls": 0.97, "verdict": 0.97}


def _rows() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_the_set_is_labelled_by_the_guide_and_split_by_a_fixed_rule():
    rows = _rows()
    assert len(rows) >= 80
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        labels = r["labels"]
        assert r["half"] == ("A" if int(r["id"][1:]) % 2 else "B")
        assert labels["pitfalls"] == bool(r["pitfall_kinds"])
        strong = labels["skill_growth"] and labels["company_result"] and not labels["pitfalls"]
        assert labels["verdict"] == ("strong" if strong else "weak")
        assert not labels["quantified"] or labels["company_result"]
        assert not labels["used_later"] or labels["skill_growth"]


def test_the_check_agrees_with_half_a():
    rows = [r for r in _rows() if r["half"] == "A"]
    agree = dict.fromkeys(FLOORS, 0)
    hollow_strong = []
    for r in rows:
        check = check_answer(r["text"], r["goals"])
        said = {"skill_growth": check.finding("skill_growth").ok,
                "company_result": check.finding("company_result").ok,
                "pitfalls": not check.finding("pitfalls").ok,
                "verdict": check.verdict.strong}
        wanted = dict(r["labels"], verdict=r["labels"]["verdict"] == "strong")
        for code in FLOORS:
            agree[code] += said[code] == wanted[code]
        if said["verdict"] and r["kind"] == "hollow":
            hollow_strong.append(r["id"])
    for code, floor in FLOORS.items():
        assert agree[code] / len(rows) >= floor, (code, agree[code], len(rows))
    assert not hollow_strong
