"""Notebook 00's cells in a real kernel, with a workspace that can't be opened: one plain line
each, never a traceback (issue 9, point 14).

The kernel runs notebook 00's own two code cells after a set-up cell that points
WORKSHOP_WORKSPACE at a bad place in tmp_path (a newer kit's file, a folder, a pipe, a text file,
a home folder that does not exist).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def notebook_00_cells() -> list[str]:
    nb = json.loads((ROOT / "notebooks" / "00_start_here.ipynb").read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def bad_places(tmp_path: Path) -> dict[str, str]:
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"schema_version": 99, "roles": []}))
    folder = tmp_path / "a_folder"
    folder.mkdir()
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    text = tmp_path / "status"
    text.write_text("Name:\tpython3\nState:\tR (running)\n")  # shaped like a /proc file
    return {"newer": str(newer), "folder": str(folder), "pipe": str(fifo), "text": str(text),
            "no such user": "~nosuchuser-4711/my_workspace.json"}


def test_notebook_00_says_in_one_plain_line_why_a_workspace_cant_be_opened(tmp_path):
    """For each bad place, notebook 00's cells print a line starting "workshop:" naming the
    problem, and no cell shows a traceback; every bad file is left as it was."""
    places = bad_places(tmp_path)
    before = {p: os.lstat(p).st_mtime_ns for p in places.values() if os.path.lexists(p)}
    cells = []
    for place in places.values():
        cells.append(nbformat.v4.new_code_cell(
            "import os\n"
            f"os.environ['WORKSHOP_WORKSPACE'] = {place!r}\n"
            "from workshop import config\nconfig.reset()\n"
            "import workshop.session\nworkshop.session._open_sessions.clear()"))
        cells.extend(nbformat.v4.new_code_cell(src) for src in notebook_00_cells())
    nb = nbformat.v4.new_notebook(cells=cells)
    env_backup = dict(os.environ)
    os.environ["WORKSHOP_SHARE_DIR"] = str(tmp_path / "share")
    try:
        NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True,
                       resources={"metadata": {"path": str(tmp_path)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(env_backup)

    per_place = 1 + len(notebook_00_cells())
    for k, name in enumerate(places):
        outputs = [o for cell in nb.cells[k * per_place:(k + 1) * per_place]
                   for o in cell.get("outputs", [])]
        assert not [o for o in outputs if o["output_type"] == "error"], (name, outputs)
        said = "".join(o.get("text", "") for o in outputs if o.get("name") == "stderr")
        assert said.startswith("workshop: "), (name, outputs)
        assert "Traceback" not in said
    assert before == {p: os.lstat(p).st_mtime_ns for p in before}
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == sorted(
        ["newer.json", "a_folder", "pipe.json", "status"])
