"""The ``workshop class`` and ``workshop demo`` commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workshop import cli
from workshop.classroom import CHART_FILES
from workshop.resources import persona_paths
from workshop.share import write_export
from workshop.store import read_workspace


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> Path:
    """A folder with the export of every persona and one file that is not an export."""
    folder = tmp_path_factory.mktemp("exports")
    for name, path in persona_paths().items():
        write_export(read_workspace(path), folder / f"{name}.json")
    (folder / "not_an_export.json").write_text('{"hello": "world"}', encoding="utf-8")
    return folder


def test_class_prints_the_summary(exports, capsys):
    """`workshop class FOLDER` prints the participants and names the skipped file; exit 0."""
    code = cli.main(["class", str(exports)])

    out = capsys.readouterr().out
    assert code == 0
    assert f"Participants (exports read): {len(persona_paths())}" in out
    assert "not_an_export.json" in out


def test_class_json_has_participants(exports, capsys):
    """`--format json` prints one object with at least `participants`."""
    code = cli.main(["class", str(exports), "--format", "json"])

    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["participants"] == len(persona_paths())
    assert data["skipped"][0]["file"] == "not_an_export.json"
    assert data["charts"] == []


def test_class_writes_charts(exports, tmp_path, capsys):
    """`-o OUT` writes every PNG chart with their CSV tables, and says where."""
    out = tmp_path / "charts"

    code = cli.main(["class", str(exports), "-o", str(out), "--format", "json"])

    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert len(data["charts"]) == len(CHART_FILES)
    for chart in data["charts"]:
        assert Path(chart).stat().st_size > 0
        assert Path(chart).with_suffix(".csv").exists()


def test_class_missing_folder_exits_2_with_one_line(tmp_path, capsys):
    """A missing folder exits 2 with one line on stderr naming it, no traceback."""
    code = cli.main(["class", str(tmp_path / "nowhere")])

    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert "nowhere" in err and "does not exist" in err
    assert "Traceback" not in err


def test_class_as_a_console_script(exports):
    """The real command line (a new Python process) prints the summary and exits 0."""
    done = subprocess.run([sys.executable, "-m", "workshop.cli", "class", str(exports),
                           "--format", "json"], capture_output=True, text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["participants"] == len(persona_paths())


class FakeServer:
    """Stands in for the Voila process: it ends at once with code 0."""

    def wait(self):
        return 0

    def terminate(self):
        pass


def test_demo_runs_voila_on_loopback(monkeypatch, tmp_path):
    """`workshop demo --port N --no-browser` starts Voila on 127.0.0.1 at the demo, in the demo's
    folder, leaving the theme and template to the voila.json there."""
    (tmp_path / "facilitator").mkdir()
    (tmp_path / "facilitator" / "demo.ipynb").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(cli, "notebooks_dir", lambda: tmp_path)
    calls = []
    monkeypatch.setattr(subprocess, "Popen", lambda cmd, cwd=None: calls.append((cmd, cwd))
                        or FakeServer())

    code = cli.main(["demo", "--port", "9123", "--no-browser"])

    assert code == 0
    command, cwd = calls[0]
    assert command[:3] == [sys.executable, "-m", "voila"]
    assert "demo.ipynb" in command
    assert "--Voila.ip=127.0.0.1" in command
    assert not any(a.startswith(("--theme", "--template")) for a in command)
    assert "--port=9123" in command and "--no-browser" in command
    assert Path(cwd) == tmp_path / "facilitator"


def test_demo_opens_the_browser_unless_told(monkeypatch, tmp_path):
    """Without --no-browser, Voila is left to open the browser."""
    (tmp_path / "facilitator").mkdir()
    (tmp_path / "facilitator" / "demo.ipynb").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(cli, "notebooks_dir", lambda: tmp_path)
    calls = []
    monkeypatch.setattr(subprocess, "Popen", lambda cmd, cwd=None: calls.append(cmd)
                        or FakeServer())

    assert cli.main(["demo"]) == 0
    assert "--no-browser" not in calls[0]


def test_stopping_the_demo_stops_the_server(tmp_path):
    """SIGTERM to `workshop demo` ends the Voila server too (no server left behind)."""
    import os
    import signal
    import socket
    import time

    from servers import free_port, wait_until_answers

    port = free_port()
    env = dict(os.environ, WORKSHOP_WORKSPACE=str(tmp_path / "ws.json"))
    proc = subprocess.Popen([sys.executable, "-m", "workshop.cli", "demo", "--no-browser",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until_answers(proc, f"tcp:{port}", name="workshop demo", timeout=40)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        deadline = time.monotonic() + 20
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) != 0:
                    break
            assert time.monotonic() < deadline, "the Voila server outlived `workshop demo`"
            time.sleep(0.3)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the whole group, if anything is left
        except ProcessLookupError:
            pass


def test_demo_without_its_notebook_exits_2(monkeypatch, tmp_path, capsys):
    """Run outside the kit's folder, `workshop demo` says so in one line and exits 2."""
    monkeypatch.setattr(cli, "notebooks_dir", lambda: tmp_path)

    code = cli.main(["demo", "--no-browser"])

    err = capsys.readouterr().err
    assert code == 2
    assert "demo notebook was not found" in err
    assert err.count("\n") == 1



def test_demo_notebook_ships_with_the_kit():
    """The demo notebook `workshop demo` serves is in the repository, thin: one call, no def."""
    import nbformat

    path = cli.notebooks_dir() / "facilitator" / "demo.ipynb"
    nb = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")

    assert "demo_app()" in code
    assert "def " not in code and "class " not in code
