"""The lesson text has one source (``tools/build_notebooks.py``) and the committed notebooks
carry no person's data.

- every notebook the builder makes (00 to 05 and the facilitator demo) is committed exactly as
  the builder writes it: no outputs, no execution counts, no widget state;
- its golden copy under ``tests/golden/`` (what nbval runs and compares, on the test persona)
  holds the same cells, with the outputs of that run;
- before it is run, each participant notebook shows the lesson and a "Run the cell below" line
  before every code cell, and no sample person's name, job or organisation anywhere;
- cells stay thin: no ``def`` or ``class``, at most a few lines;
- the numbers the lesson states are the code's (scoring points, speaking time).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from helpers_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


def _builder():
    return load_script(ROOT / "tools" / "build_notebooks.py", "build_notebooks")


BUILDER = _builder()
NAMES = list(BUILDER.PAGES)


def _persona_words() -> set[str]:
    """Names, titles and organisations of every sample persona (the data no notebook may show)."""
    words = set()
    for path in (ROOT / "data" / "personas").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = (data.get("participant") or {}).get("name")
        if name:
            words.add(name)
        words.add(data["target_role"]["title"])
        for role in data["roles"]:
            words.add(role["title"])
            if role.get("organization"):
                words.add(role["organization"])
    return {w for w in words if len(w) > 3}


@pytest.mark.parametrize("name", NAMES)
def test_the_committed_notebook_is_what_the_builder_writes(name):
    """Changing a lesson means changing the builder: the committed file equals its output."""
    committed = nbformat.read(BUILDER.notebook_path(name), as_version=4)
    assert committed == BUILDER.build(name), (
        f"{name} differs from tools/build_notebooks.py: run `.venv/bin/python "
        "tools/build_notebooks.py` and commit the result")


@pytest.mark.parametrize("name", NAMES)
def test_the_golden_copy_holds_the_same_cells_with_outputs(name):
    """nbval compares the golden copy: it must be the same lesson, run, with every code cell's
    output there."""
    golden = nbformat.read(BUILDER.golden_path(name), as_version=4)
    built = BUILDER.build(name)
    assert [(c.cell_type, c.source) for c in golden.cells] == \
        [(c.cell_type, c.source) for c in built.cells]
    assert all(c.outputs for c in golden.cells if c.cell_type == "code")


@pytest.mark.parametrize("name", NAMES)
def test_a_committed_notebook_holds_no_output_and_no_persona_data(name):
    """Opened before running, a notebook shows no output at all (so no Python repr), and no
    sample person's name, job title or organisation appears in any cell or in its metadata."""
    raw = BUILDER.notebook_path(name).read_text(encoding="utf-8")
    nb = nbformat.reads(raw, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert "widgets" not in nb.metadata
    if name.startswith("facilitator/"):
        return
    found = sorted(w for w in _persona_words() if w in raw)
    assert not found, f"{name} holds persona data: {found}"


@pytest.mark.parametrize("name", BUILDER.PARTICIPANT)
def test_every_code_cell_follows_a_run_this_cell_line(name):
    """Before running, the participant reads what to do: the Markdown right above each code
    cell says to run the cell below."""
    nb = BUILDER.build(name)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            above = nb.cells[i - 1]
            assert above.cell_type == "markdown" and "Run the cell below" in above.source


@pytest.mark.parametrize("name", NAMES)
def test_cells_stay_thin(name):
    """Code cells call the package: no def or class, at most six lines."""
    for cell in BUILDER.build(name).cells:
        if cell.cell_type == "code":
            assert not re.search(r"^\s*(def|class)\s", cell.source, re.M)
            assert len(cell.source.splitlines()) <= 6


def test_the_numbers_in_the_lessons_are_the_codes():
    """The scoring points of notebook 04 and the speaking time of notebook 05 come from the
    scoring weights and the answer check, so the text can't drift from them."""
    from workshop.check import MAX_SECONDS, MIN_SECONDS
    from workshop.scoring import DEFAULT_WEIGHTS

    lesson_04 = BUILDER.build("04_find_your_strongest_role").cells[0].source
    for points in DEFAULT_WEIGHTS.values():
        assert f"({points:g} points)" in lesson_04
    lesson_05 = BUILDER.build("05_draft_your_answer").cells[0].source
    assert f"{MIN_SECONDS} to {MAX_SECONDS} seconds" in lesson_05
