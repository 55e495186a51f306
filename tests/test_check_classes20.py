"""The check on check20's studied class set (``tests/eval/classes_check20/``): growth told as a
first time, as knowing a thing thoroughly, from being lost at first; pitfalls told by meaning;
hollow claims. The figures may only rise: a change that loses agreement here says so."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.check import check_answer

SET = Path(__file__).parent / "eval" / "classes_check20" / "answers.jsonl"
# agreement floors per code, at what check20 reached (65 answers: one answer is 1.5 points)
FLOORS = {"skill_growth": 0.98, "pitfalls": 0.98, "verdict": 0.89}


def _rows() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_the_class_set_is_labelled_by_the_guide():
    rows = _rows()
    assert len(rows) >= 60
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        labels = r["labels"]
        assert labels["pitfalls"] == bool(r["pitfall_kinds"])
        strong = labels["skill_growth"] and labels["company_result"] and not labels["pitfalls"]
        assert labels["verdict"] == ("strong" if strong else "weak")
        assert not labels["quantified"] or labels["company_result"]
        assert not labels["used_later"] or labels["skill_growth"]


def test_the_check_agrees_with_the_class_set():
    rows = _rows()
    agree = dict.fromkeys(FLOORS, 0)
    hollow_strong = []
    for r in rows:
        check = check_answer(r["text"], r["goals"])
        said = {"skill_growth": check.finding("skill_growth").ok,
                "pitfalls": not check.finding("pitfalls").ok,
                "verdict": check.verdict.strong}
        wanted = dict(r["labels"], verdict=r["labels"]["verdict"] == "strong")
        for code in FLOORS:
            agree[code] += said[code] == wanted[code]
        if said["verdict"] and not wanted["verdict"] and not wanted["skill_growth"]:
            hollow_strong.append(r["id"])
    for code, floor in FLOORS.items():
        assert agree[code] / len(rows) >= floor, (code, agree[code], len(rows))
    assert not hollow_strong  # no answer without growth judged Strong
