"""Notebook views at the floor: what 01 to 05 keep open loads no pandas or matplotlib, and the
plain tables that replaced pandas show the very same HTML and text.

The reference below is the pandas code the plain tables replaced, kept here to compare old and
new on the same inputs (every persona, and hostile text).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest
from helpers_hostile import SCRIPT as HOSTILE

from workshop.notebook import results_table, skills_table
from workshop.resources import persona_paths
from workshop.session import Session
from workshop.store import read_workspace
from workshop.widgets._base import table_html


def _pandas_frame(rows: list[dict], columns: list[str], ints: list[str]):
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    for col in ints:
        frame[col] = frame[col].astype("Int64")
    shown = frame[columns].astype(object)
    shown = shown.where(shown.notna(), "–")
    shown.index = range(1, len(shown) + 1)
    return shown


def _old_skills(ws):
    rows = [{"role": role.label, "skill": skill.name, "before": skill.before,
             "after": skill.after, "levels grown": skill.levels_grown,
             "used later": "yes" if skill.used_later else "not yet",
             "skill growth rating": role.ratings.skill_growth}
            for role in ws.roles for skill in role.skills]
    return _pandas_frame(rows, ["role", "skill", "before", "after", "levels grown",
                                "used later", "skill growth rating"], ["skill growth rating"])


def _old_results(ws):
    rows = [{"role": role.label, "statement": result.statement, "metric": result.metric,
             "value": "" if result.value is None else f"{result.value:g}",
             "unit": result.unit, "scope": result.scope,
             "company results rating": role.ratings.company_results,
             "relevance rating": role.ratings.relevance}
            for role in ws.roles for result in role.results]
    return _pandas_frame(rows, ["role", "statement", "metric", "value", "unit", "scope",
                                "company results rating", "relevance rating"],
                         ["company results rating", "relevance rating"])


def _sessions(tmp_path):
    for path in persona_paths().values():
        session = Session.open(tmp_path / f"{path.stem}.json")
        ws = read_workspace(path)
        session.replace(ws, "persona")
        yield path.stem, session
    session = Session.open(tmp_path / "hostile.json")
    ws = read_workspace(persona_paths()["career_changer"])
    first = ws.roles[0]
    first = replace(first, title=HOSTILE[:80])
    if first.skills:
        first = replace(first, skills=(replace(first.skills[0], name="<b>&amp;</b> "
                                               + HOSTILE[:30]), *first.skills[1:]))
    if first.results:
        first = replace(first, results=(replace(
            first.results[0], statement="I helped the company to <i>cut</i> & go"),
            *first.results[1:]))
    ws = replace(ws, roles=(first, *ws.roles[1:]))
    session.replace(ws, "hostile")
    yield "hostile", session
    session = Session.open(tmp_path / "empty.json")  # a role with no skills or results
    ws = read_workspace(persona_paths()["career_changer"])
    ws = replace(ws, roles=tuple(replace(role, skills=(), results=()) for role in ws.roles))
    session.replace(ws, "empty")
    yield "empty", session
    session = Session.open(tmp_path / "many.json")  # row numbers of two digits
    ws = read_workspace(persona_paths()["career_changer"])
    ws = replace(ws, roles=tuple(replace(role, skills=(role.skills * 12)[:12],
                                         results=(role.results * 12)[:12])
                                 for role in ws.roles))
    session.replace(ws, "many")
    yield "many", session


@pytest.mark.parametrize("new, old", [(skills_table, _old_skills),
                                      (results_table, _old_results)],
                         ids=["02 skills", "03 results"])
def test_plain_tables_show_what_the_pandas_tables_showed(tmp_path, new, old):
    """On every persona and on hostile text, 02's and 03's live tables give the HTML and the
    text (what nbval compares) the pandas frames gave, byte for byte."""
    seen = 0
    for name, session in _sessions(tmp_path):
        table, frame = new(session), old(session.workspace)
        assert len(table) == len(frame), name
        seen += bool(len(frame))
        assert table.to_string() == frame.to_string(), name
        assert (table_html(table, index=True, name="workshop-live-table")
                == table_html(frame, index=True, name="workshop-live-table")), name
    assert seen >= 3


_VIEWS = r"""
import json, os, sys
from workshop.widgets import {factory}
{factory}()
{extra}
print(json.dumps(sorted(m for m in ("pandas", "matplotlib", "numpy", "PIL")
                        if m in sys.modules)))
"""


@pytest.mark.parametrize("factory, extra", [
    ("role_editor", ""),
    ("skill_growth_editor", "from workshop.notebook import skills_table\n"
                            "from workshop.widgets import live_view\nlive_view(skills_table)"),
    ("results_editor", "from workshop.notebook import results_table\n"
                       "from workshop.widgets import live_view\nlive_view(results_table)"),
    ("strongest_role_view", ""),
    ("answer_studio", ""),
])
def test_notebooks_01_to_05_load_no_pandas_or_matplotlib(tmp_path, factory, extra):
    """A kernel running notebook 01, 02, 03, 04 or 05 on a rated persona (the cells of the notebook,
    in a fresh process) loads neither pandas nor matplotlib: 04 draws its charts in the
    browser, the tables are plain HTML."""
    ws = tmp_path / "my_workspace.json"
    ws.write_bytes(persona_paths()["career_changer"].read_bytes())
    env = {"WORKSHOP_WORKSPACE": str(ws), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _VIEWS.format(factory=factory, extra=extra)],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[-1]) == []


def test_01s_roles_table_is_the_html_pandas_gave(tmp_path):
    """Notebook 01's table of roles, now written without pandas, is the HTML the pandas frame
    gave (``tables.roles_frame`` as 01 showed it), on every persona and hostile text."""
    from workshop.tables import roles_frame
    from workshop.widgets.roles import RoleEditor

    columns = {"title": "Job title", "organization": "Organisation", "start": "Start",
               "end": "End", "months": "Months"}
    seen = 0
    for name, session in _sessions(tmp_path):
        ws = session.workspace
        frame = roles_frame(ws).loc[[r.id for r in ws.roles], list(columns)]
        frame = frame.rename(columns=columns)
        frame.index = range(1, len(frame) + 1)
        old = table_html(frame, index=True, name="workshop-roles-table")
        shown = [h for h in RoleEditor(session).driver.html_values()
                 if "workshop-roles-table" in h]
        assert shown == [old], name
        seen += 1
    assert seen >= 4
