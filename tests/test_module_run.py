"""``python -m workshop`` is the same command line as the ``workshop`` script."""

from __future__ import annotations

import json
import subprocess
import sys

from workshop.edits import add_roles
from workshop.model import Role
from workshop.session import Session


def _run(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_python_m_workshop_reports_a_workspace_as_the_script_does(tmp_path):
    path = tmp_path / "ws.json"
    session = Session.open(path)
    session.change(lambda ws: add_roles(ws, Role(
        id="r1", title="Barista", organization="Bean There", start="2016-01", end="2019-10")),
        "add")
    done = _run("report", str(path), "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["unranked_titles"] == ["Barista"]


def test_python_m_workshop_gives_a_clear_message_for_a_missing_file(tmp_path):
    done = _run("report", str(tmp_path / "nowhere.json"), cwd=tmp_path)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "nowhere.json" in done.stderr
