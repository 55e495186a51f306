"""The labelled answer corpus under tests/eval/ is well formed: every line is a complete, typed
record, ids and texts are unique, labels follow the labelling guide's own rules, and each file
holds at least as many answers as the evaluation needs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EVAL = Path(__file__).parent / "eval"
FILES = {"answers_dev.jsonl": ("d", 170), "answers_holdout.jsonl": ("h", 50)}
BOOL_CODES = ("skill_growth", "company_result", "quantified", "used_later", "pitfalls")
LABELS = (*BOOL_CODES, "goals_match", "verdict")
KINDS = {"fun", "team", "perks", "promotion", "wanted", "complaint"}
KEYS = {"id", "text", "goals", "labels", "pitfall_kinds", "why"}


def _records(name: str) -> list[tuple[int, dict]]:
    path = EVAL / name
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{name} line {number} is blank"
        rows.append((number, json.loads(line)))
    return rows


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_file_holds_enough_answers(name):
    """The development file holds at least 170 answers and the held-out file at least 50."""
    assert len(_records(name)) >= FILES[name][1]


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_record_has_its_fields_with_the_right_types(name):
    """Each line has exactly id, text, goals, labels, pitfall_kinds and why, typed as the guide
    says."""
    prefix = FILES[name][0]
    for number, row in _records(name):
        where = f"{name} line {number}"
        assert set(row) == KEYS, f"{where}: keys {sorted(row)}"
        assert re.fullmatch(prefix + r"\d{3}", row["id"]), f"{where}: id {row['id']!r}"
        assert isinstance(row["text"], str) and row["text"].strip(), where
        assert isinstance(row["why"], str) and row["why"].strip(), where
        assert isinstance(row["goals"], list), where
        assert all(isinstance(g, str) and g.strip() for g in row["goals"]), where
        labels = row["labels"]
        assert set(labels) == set(LABELS), f"{where}: labels {sorted(labels)}"
        for code in BOOL_CODES:
            assert isinstance(labels[code], bool), f"{where}: {code} is not true/false"
        assert labels["verdict"] in ("strong", "weak"), where
        assert isinstance(row["pitfall_kinds"], list), where
        assert set(row["pitfall_kinds"]) <= KINDS, f"{where}: kinds {row['pitfall_kinds']}"
        assert len(set(row["pitfall_kinds"])) == len(row["pitfall_kinds"]), where


@pytest.mark.parametrize("name", sorted(FILES))
def test_labels_follow_the_guide_rules(name):
    """goals_match is null exactly when there are no goals; pitfalls is true exactly when a kind is
    named; a number counts only inside a result; later use needs a grown skill; a matched goal needs
    a skill or result; the verdict is strong exactly when both pillars are there and no pitfall."""
    for number, row in _records(name):
        where = f"{name} line {number} ({row['id']})"
        labels = row["labels"]
        if row["goals"]:
            assert isinstance(labels["goals_match"], bool), where
        else:
            assert labels["goals_match"] is None, where
        assert labels["pitfalls"] == bool(row["pitfall_kinds"]), where
        assert not labels["quantified"] or labels["company_result"], where
        assert not labels["used_later"] or labels["skill_growth"], where
        evidence = labels["skill_growth"] or labels["company_result"]
        assert not labels["goals_match"] or evidence, where
        strong = labels["skill_growth"] and labels["company_result"] and not labels["pitfalls"]
        assert labels["verdict"] == ("strong" if strong else "weak"), where


def test_ids_and_texts_are_unique_across_both_files():
    """No id appears twice, and no answer is repeated (ignoring case, spacing and punctuation),
    within a file or between the development and held-out files."""
    ids, texts = {}, {}
    for name in sorted(FILES):
        for number, row in _records(name):
            where = f"{name} line {number}"
            assert row["id"] not in ids, f"{where}: id {row['id']} also at {ids[row['id']]}"
            ids[row["id"]] = where
            key = _normal(row["text"])
            assert key not in texts, f"{where}: same answer as {texts[key]}"
            texts[key] = where
