"""The long fuzz run: whatever bytes or JSON reach the loaders and importers, the answer is a
valid workspace or a WorkshopError with a one-line message, never another exception.

Slow on purpose (10,000 examples per test by default): it runs only in the long run,
``WORKSHOP_FUZZ_EXAMPLES=10000 WORKSHOP_LONG=1 pytest -m slow tests/test_fuzz_long.py``
(``make test-long``). ``WORKSHOP_FUZZ_EXAMPLES`` sets the number of examples per test.
"""

from __future__ import annotations

import copy
import json
import os

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from workshop import importers
from workshop.errors import WorkshopError
from workshop.model import LEVELS, SCOPES, Workspace
from workshop.resources import data_dir, persona_paths
from workshop.store import dumps, parse_workspace

LONG_RUN = bool(os.environ.get("WORKSHOP_LONG") or os.environ.get("WORKSHOP_FUZZ_EXAMPLES"))
EXAMPLES = int(os.environ.get("WORKSHOP_FUZZ_EXAMPLES") or 10_000)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not LONG_RUN, reason="long fuzz run only: set WORKSHOP_LONG=1 or "
                       "WORKSHOP_FUZZ_EXAMPLES and select -m slow"),
]

FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much,
                                       HealthCheck.large_base_example])


def accepted(outcome) -> None:
    """What every loader must give: a workspace that saves and loads again unchanged."""
    assert isinstance(outcome, Workspace)
    raw = dumps(outcome)
    again = parse_workspace(raw)
    assert again.to_dict() == outcome.to_dict()


def refused(exc: WorkshopError) -> None:
    text = str(exc)
    assert text.strip() and "\n" not in text, text
    assert "Traceback" not in text


def outcome_of(call, *args, **kwargs) -> None:
    try:
        result = call(*args, **kwargs)
    except WorkshopError as exc:
        event(f"refused: {type(exc).__name__}")
        refused(exc)
    else:
        n = len(result.roles)
        event(f"accepted: {'3 or more' if n >= 3 else n} role(s)")
        accepted(result)


# --- strategies -----------------------------------------------------------------------------------

WORDS = st.sampled_from(["", " ", "Shift Supervisor", "2019", "2019-11", "2019-13", "Nov 2019",
                         "present", "novice", "expert", "team", "<script>", "=1+1", "18%",
                         "I helped the company to cut costs by 18%", "\u202e", "👩🏽‍💻", "null",
                         "r1", "é", "x" * 201, "x" * 2001])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10, 10),
                    st.integers(-(10**30), 10**30), st.floats(allow_nan=True),
                    st.text(max_size=40), WORDS, st.sampled_from(LEVELS + SCOPES))
JSON = st.recursive(SCALARS, lambda kids: st.one_of(
    st.lists(kids, max_size=6), st.dictionaries(st.one_of(st.text(max_size=12), WORDS), kids,
                                                max_size=6)), max_leaves=30)


def _maybe(value_strategy):
    """Mostly a plausible value, sometimes any JSON at all."""
    return st.one_of(value_strategy, value_strategy, value_strategy, JSON)


DATES = st.one_of(st.sampled_from(["2019", "2019-11", "2019-11-03", "Nov 2019", "", "present"]),
                  st.builds("{}-{:02d}".format, st.integers(1890, 2110), st.integers(0, 13)))
TITLES = st.one_of(WORDS, st.text(min_size=1, max_size=50))


SKILL = st.fixed_dictionaries({}, optional={
    "name": _maybe(WORDS), "before": _maybe(st.sampled_from(LEVELS)),
    "after": _maybe(st.sampled_from(LEVELS)), "used_later": _maybe(WORDS)})
RESULT = st.fixed_dictionaries({}, optional={
    "statement": _maybe(WORDS), "metric": _maybe(WORDS),
    "value": _maybe(st.one_of(st.integers(), st.floats(), WORDS)), "unit": _maybe(WORDS),
    "scope": _maybe(st.sampled_from(SCOPES))})
RATINGS = st.fixed_dictionaries({}, optional={
    k: _maybe(st.integers(0, 6)) for k in ("skill_growth", "company_results", "relevance")})
ROLE = st.fixed_dictionaries({}, optional={
    "id": _maybe(st.sampled_from(["r1", "r2", "r3"])), "title": _maybe(TITLES),
    "organization": _maybe(WORDS), "company": _maybe(WORDS), "start": _maybe(DATES),
    "end": _maybe(st.one_of(DATES, st.none())), "summary": _maybe(WORDS),
    "skills": _maybe(st.lists(SKILL, max_size=3)),
    "results": _maybe(st.lists(RESULT, max_size=3)), "ratings": _maybe(RATINGS),
    "enjoyment": _maybe(st.integers(0, 6)), "growth": _maybe(st.integers(0, 6))})
WORKSPACE = st.fixed_dictionaries({}, optional={
    "schema_version": st.one_of(st.sampled_from([0, 1, 1, 1, 2]), JSON),
    "participant": _maybe(st.fixed_dictionaries({"name": WORDS})),
    "target_role": _maybe(st.fixed_dictionaries({}, optional={
        "title": _maybe(WORDS), "goals": _maybe(st.lists(WORDS, max_size=4))})),
    "target": _maybe(st.fixed_dictionaries({}, optional={"title": _maybe(WORDS),
                                                          "goals": _maybe(WORDS)})),
    "roles": _maybe(st.lists(ROLE, max_size=4)),
    "answer": _maybe(st.fixed_dictionaries({}, optional={
        "role_id": _maybe(WORDS), "text": _maybe(WORDS)})),
})


def _persona_objects() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in persona_paths().values()]


PERSONAS = _persona_objects()
RESUMES = [json.loads(p.read_text(encoding="utf-8"))
           for p in sorted((data_dir() / "samples").glob("*.json"))]


@st.composite
def mutated(draw, bases: list[dict]) -> dict:
    """One of ``bases`` with one value somewhere inside replaced by something else."""
    data = copy.deepcopy(draw(st.sampled_from(bases)))
    node = data
    for _ in range(draw(st.integers(0, 5))):
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if not isinstance(node[key], dict | list) or draw(st.booleans()):
                node[key] = draw(JSON)
                return data
            node = node[key]
        elif isinstance(node, list) and node:
            i = draw(st.integers(0, len(node) - 1))
            if not isinstance(node[i], dict | list) or draw(st.booleans()):
                node[i] = draw(JSON)
                return data
            node = node[i]
        else:
            break
    if isinstance(node, dict):
        node[draw(st.one_of(WORDS, st.text(max_size=8)))] = draw(JSON)
    elif isinstance(node, list):
        node.append(draw(JSON))
    return data


@st.composite
def damaged_bytes(draw) -> bytes:
    """A valid persona file cut short, with bytes flipped, inserted or deleted."""
    raw = bytearray(json.dumps(draw(st.sampled_from(PERSONAS)), ensure_ascii=False)
                    .encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        if not raw:
            break
        at = draw(st.integers(0, len(raw) - 1))
        if action == "cut":
            del raw[at:]
        elif action == "flip":
            raw[at] = draw(st.integers(0, 255))
        elif action == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            del raw[at:at + draw(st.integers(1, 20))]
    return bytes(raw)


# --- the workspace loader -------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=3000))
def test_parse_workspace_any_bytes(raw):
    """Any bytes: a workspace or a WorkshopError."""
    outcome_of(parse_workspace, raw, file="fuzz.json")


@FUZZ
@given(damaged_bytes())
def test_parse_workspace_damaged_file(raw):
    """A real workspace file damaged (cut, flipped, inserted, deleted bytes): a workspace or a
    WorkshopError."""
    outcome_of(parse_workspace, raw, file="fuzz.json")


@FUZZ
@given(st.one_of(JSON, WORKSPACE, mutated(PERSONAS)))
def test_parse_workspace_any_json(data):
    """Any JSON value, workspace-shaped or a persona with one value swapped: a workspace or a
    WorkshopError."""
    try:
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (ValueError, UnicodeEncodeError):  # pragma: no cover - not a file anyone can write
        return
    outcome_of(parse_workspace, raw, file="fuzz.json")


# --- the importers --------------------------------------------------------------------------------

WORK = st.fixed_dictionaries({}, optional={
    "position": _maybe(TITLES), "name": _maybe(TITLES), "company": _maybe(WORDS),
    "startDate": _maybe(st.one_of(DATES, st.sampled_from(["2019/11", "1899", "2019-00"]))),
    "endDate": _maybe(st.one_of(DATES, st.sampled_from(["2020-02-30", "Present"]))),
    "summary": _maybe(WORDS), "description": _maybe(WORDS),
    "highlights": _maybe(st.lists(st.one_of(WORDS, st.text(max_size=60)), max_size=4)),
    "url": _maybe(WORDS), "location": _maybe(WORDS)})
RESUME = st.fixed_dictionaries({}, optional={
    "basics": _maybe(st.fixed_dictionaries({}, optional={"name": _maybe(WORDS)})),
    "work": _maybe(st.lists(WORK, max_size=4))})


@FUZZ
@given(st.one_of(JSON, RESUME, mutated(RESUMES)))
def test_parse_json_resume_any_json(data):
    """Any JSON value or resume-shaped object: a workspace or a WorkshopError."""
    outcome_of(importers.parse_json_resume, data, source="fuzz.json")


CSV_HEADER = "Company Name,Title,Description,Location,Started On,Finished On"
CELL = st.one_of(WORDS, st.text(max_size=30), DATES, TITLES,
                 st.sampled_from(['"quoted, with comma"', '"multi\nline"', '"open', 'x"y',
                                  "Nov 2019", "Sept 2020", "2019-11", "13/2019", ""]))


@st.composite
def linkedin_text(draw) -> str:
    header = draw(st.one_of(st.just(CSV_HEADER), st.text(max_size=60),
                            st.just("\ufeff" + CSV_HEADER),
                            st.just(CSV_HEADER.replace(",", ";"))))
    row = st.one_of(st.lists(CELL, min_size=6, max_size=6), st.lists(CELL, max_size=8))
    rows = draw(st.lists(row, max_size=5))
    sep = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return sep.join([header] + [",".join(r) for r in rows])


@FUZZ
@given(st.one_of(st.text(max_size=400), linkedin_text()))
def test_parse_linkedin_csv_any_text(text):
    """Any text, header-led or not: a workspace or a WorkshopError."""
    outcome_of(importers.parse_linkedin_csv, text, source="Positions.csv")


SAMPLES = sorted((data_dir() / "samples").glob("*.*"))


@FUZZ
@given(name=st.sampled_from(["resume.json", "Positions.csv", "notes.txt", "noext", "x.JSON",
                             "x.CSV", ".json"]),
       raw=st.one_of(st.binary(max_size=2000), damaged_bytes(),
                     st.sampled_from([p.read_bytes() for p in SAMPLES] or [b""]),
                     linkedin_text().map(lambda t: t.encode("utf-8"))))
def test_import_bytes_any_upload(name, raw):
    """Any uploaded file (name and bytes, as the import widget gets them): a workspace or a
    WorkshopError."""
    outcome_of(lambda *a: importers.import_bytes_with_report(*a).workspace, name, raw)
