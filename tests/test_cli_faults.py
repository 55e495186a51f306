"""The command line under abuse: bad ports, a closed or broken output, a folder or its own input
as the output, control characters in what a participant typed. One line, the right exit code."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import EXIT_INPUT, EXIT_OUTPUT, EXIT_PIPE, main
from workshop.resources import persona_path

ROOT = Path(__file__).resolve().parent.parent
CLI = f"{shlex.quote(sys.executable)} -m workshop.cli"


@pytest.fixture
def persona(tmp_path) -> Path:
    path = tmp_path / "career_changer.json"
    shutil.copyfile(persona_path("career_changer"), path)
    return path


def shell(script: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", script], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=dict(os.environ, PYTHONPATH=str(ROOT)))


@pytest.mark.parametrize("argv", [["lab", "--port", "-1"],
                                  ["demo", "--port", "99999999999999999999"],
                                  ["lab", "--port", "0"], ["demo", "--port", "eighty"]])
def test_a_port_out_of_range_is_one_line_and_exit_2(argv, capsys):
    """`lab --port -1` and `demo --port 99999999999999999999` say what a port is; no server is
    started and no traceback shown."""
    assert main(argv) == EXIT_INPUT

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "from 1 to 65535" in err


def test_a_closed_standard_output_is_said_in_one_line(tmp_path, persona):
    """`workshop report P >&-` says its output is closed and suggests -o; exit 1, no
    traceback."""
    done = shell(f"{CLI} report {persona} >&-", tmp_path)

    assert done.returncode == EXIT_OUTPUT, done.stderr
    assert done.stderr.count("\n") == 1 and "standard output is closed" in done.stderr


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    """`workshop report BIG | head -1` prints its first line; the report command ends with the
    broken-pipe code (141), says nothing, and is no longer taken for bad input (exit 2)."""
    big = tmp_path / "big.json"
    roles = [{"id": f"r{i}", "title": f"Shift supervisor, early shift, loading bay {i}",
              "organization": "Northwind Depot, Leeds distribution centre", "start": "2015-01",
              "summary": "Ran the early shift. " * 40,
              "results": [{"statement": "I helped the company to cut overtime by 18% while "
                           "keeping every delivery slot, by planning the rota a week ahead "
                           "with the team leads and agreeing swaps in one shared sheet. " * 6,
                           "value": 18, "unit": "%"}] * 8,
              "ratings": {"skill_growth": 3, "company_results": 3, "relevance": 3}}
             for i in range(200)]
    big.write_text(json.dumps({"schema_version": 1, "roles": roles}))

    done = shell(f"{CLI} report {big} --format json | head -1; "
                 "echo \"status=${PIPESTATUS[0]}\"", tmp_path)

    assert done.stdout.splitlines() == ["{", f"status={EXIT_PIPE}"]
    assert done.stderr == ""


def test_importing_a_file_onto_itself_is_refused_even_with_force(tmp_path, capsys):
    """`import X.csv -o X.csv --force` would overwrite the export being read: refused, the file
    unchanged (also through a link to it)."""
    csv = tmp_path / "Positions.csv"
    raw = (b"Company Name,Title,Description,Location,Started On,Finished On\r\n"
           b"Northwind Depot,Shift supervisor,Ran the early shift,Leeds,Mar 2016,Jun 2019\r\n")
    csv.write_bytes(raw)
    (tmp_path / "alias.csv").symlink_to(csv)

    for target in ("Positions.csv", "alias.csv"):
        assert main(["import", str(csv), "-o", str(tmp_path / target), "--force"]) == EXIT_INPUT
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "file being imported" in err
    assert csv.read_bytes() == raw


def test_importing_onto_a_folder_names_the_folder(tmp_path, capsys):
    """`import X -o FOLDER` says -o is a folder and suggests a file name in it."""
    csv = tmp_path / "Positions.csv"
    csv.write_text("Company Name,Title,Description,Location,Started On,Finished On\n"
                   "Northwind Depot,Shift supervisor,,Leeds,Mar 2016,\n")
    (tmp_path / "out").mkdir()

    assert main(["import", str(csv), "-o", str(tmp_path / "out")]) == EXIT_INPUT

    err = capsys.readouterr().err
    assert "folder" in err and str(tmp_path / "out" / "my_workspace.json") in err


def test_report_text_shows_no_control_characters(tmp_path, capsys):
    """A title holding an escape sequence, a carriage return and a bidirectional override is
    printed by `report --format text` with each of them replaced: the terminal is not
    cleared, no line is forged."""
    ws = json.loads(persona_path("career_changer").read_text(encoding="utf-8"))
    ws["roles"][0]["title"] = "Nurse\x1b[2J\rFAKE LINE\u202e"
    path = tmp_path / "ws.json"
    path.write_text(json.dumps(ws))

    assert main(["report", str(path)]) == 0

    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert "Nurse\ufffd[2J\ufffdFAKE LINE" in out


# --- every file a person names is read with a bound: a pipe never makes a command wait ------------


@pytest.mark.parametrize("argv", [
    ["import", "resume.json", "-o", "ws.json"],
    ["import", "Positions.csv", "-o", "ws.json"],
    ["import", "export.zip", "-o", "ws.json"],
    ["check", "resume.json"],
    ["report", "resume.json"],
    ["share", "resume.json", "-o", "out.json"],
], ids=["import-json", "import-csv", "import-zip", "check", "report", "share"])
def test_a_named_pipe_as_the_input_is_refused_at_once(tmp_path, argv):
    """A FIFO named like an input file (resume.json, Positions.csv, export.zip, an answer text)
    is refused at once in one line naming it, exit 2: the command no longer waits forever for a
    writer that never comes."""
    os.mkfifo(tmp_path / argv[1])

    done = shell(CLI + " " + shlex.join(argv), tmp_path, timeout=20)  # blocked: it expires

    assert done.returncode == EXIT_INPUT, done.stderr
    assert done.stderr.count("\n") == 1 and "pipe" in done.stderr and argv[1] in done.stderr
    assert not (tmp_path / "ws.json").exists() and not (tmp_path / "out.json").exists()


def test_a_named_pipe_among_the_data_files_is_refused_at_once(tmp_path):
    """WORKSHOP_DATA naming a folder whose phrase list is a FIFO: `check` says which file is a
    pipe, in one line, instead of waiting forever."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "phrases.json").unlink()
    os.mkfifo(data / "phrases.json")
    (tmp_path / "answer.txt").write_text("I ran the early shift.\n")

    done = shell(f"WORKSHOP_DATA={shlex.quote(str(data))} {CLI} check answer.txt", tmp_path,
                 timeout=20)

    assert done.returncode != 0
    assert done.stderr.count("\n") == 1 and "pipe" in done.stderr
    assert "phrases.json" in done.stderr
