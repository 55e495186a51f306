"""`workshop lab` and the kit's files: an installed kit gives a participant their own copy of the
notebooks (never replacing a file there), JupyterLab's log goes to a file, the command says the
address once the lab answers; `workshop --version`; the wheel carries every notebook."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from workshop import cli, kitfiles
from workshop.errors import FileAccessError

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def test_the_first_copy_brings_every_participant_notebook(tmp_path):
    """Into an empty folder: notebooks 00 to 05, byte for byte, and no facilitator file."""
    result = kitfiles.copy_notebooks(tmp_path / "mine")

    assert sorted(n for n in result.copied if n.endswith(".ipynb")) == NOTEBOOKS
    assert result.kept == []
    for name in NOTEBOOKS:
        assert (tmp_path / "mine" / name).read_bytes() == (ROOT / "notebooks" / name).read_bytes()
    assert not (tmp_path / "mine" / "facilitator").exists()
    assert "Copied the workshop's notebooks into" in result.summary()


def test_a_participants_own_copy_is_never_replaced(tmp_path):
    """A notebook the participant changed, and their workspace beside it, stay as they are on
    the next run; a notebook they deleted comes back."""
    folder = tmp_path / "mine"
    kitfiles.copy_notebooks(folder)
    (folder / NOTEBOOKS[1]).write_text("my own edits", encoding="utf-8")
    (folder / "my_workspace.json").write_text("{}", encoding="utf-8")
    (folder / NOTEBOOKS[2]).unlink()

    again = kitfiles.copy_notebooks(folder)

    assert (folder / NOTEBOOKS[1]).read_text(encoding="utf-8") == "my own edits"
    assert (folder / "my_workspace.json").read_text(encoding="utf-8") == "{}"
    assert again.copied == [NOTEBOOKS[2]]
    assert NOTEBOOKS[1] in again.kept
    assert "were kept as they are" in again.summary()


def test_a_file_where_the_folder_should_be_is_refused_plainly(tmp_path):
    """`--folder` naming a file: a FileAccessError that says to name a folder; the file stays."""
    path = tmp_path / "notes.txt"
    path.write_text("keep me", encoding="utf-8")

    with pytest.raises(FileAccessError, match="not a folder"):
        kitfiles.copy_notebooks(path)
    assert path.read_text(encoding="utf-8") == "keep me"


class FakeLab:
    def __init__(self):
        self.terminated = False

    def poll(self):
        return 0 if self.terminated else None

    def wait(self):
        self.terminated = True
        return 0

    def terminate(self):
        self.terminated = True


def test_lab_opens_the_participants_copy_logs_to_a_file_and_says_the_address(
        tmp_path, monkeypatch, capsys):
    """`workshop lab --folder DIR --port N --log FILE --no-browser`: JupyterLab starts at notebook
    00 of DIR with its output in FILE, on port N without retrying another, and the command
    prints where the notebooks are, where the log is, and the address with its token, in four
    lines; the token is passed in the environment, never on the command line."""
    calls = []

    def popen(command, cwd=None, stdout=None, stderr=None, stdin=None):
        calls.append((command, cwd, stdout))
        return FakeLab()

    monkeypatch.setattr(subprocess, "Popen", popen)
    monkeypatch.setattr(cli, "_answers", lambda port: True)
    monkeypatch.setattr(cli.os, "environ", dict(cli.os.environ))  # the token stays in this test
    log = tmp_path / "lab.log"

    code = cli.main(["lab", "--folder", str(tmp_path / "mine"), "--port", "9321", "--log",
                     str(log), "--no-browser"])

    assert code == 0
    command, cwd, stdout = calls[0]
    assert Path(cwd) == tmp_path / "mine" and (tmp_path / "mine" / kitfiles.START).is_file()
    assert f"--ServerApp.root_dir={tmp_path / 'mine'}" in command
    assert "--port=9321" in command and "--ServerApp.port_retries=0" in command
    assert stdout is not None and stdout.name == str(log)
    token = cli.os.environ["JUPYTER_TOKEN"]
    assert len(token) >= 32 and not any(token in part for part in command)
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4
    assert out[0].startswith("==> Copied the workshop's notebooks into")
    assert out[1] == f"==> Starting JupyterLab (its log: {log})"
    assert out[2] == (f"==> JupyterLab is ready: http://localhost:9321/lab/tree/"
                      f"{kitfiles.START}?token={token}")


def test_a_lab_that_stops_before_answering_shows_the_end_of_its_log(tmp_path, monkeypatch,
                                                                     capsys):
    """JupyterLab exits at once (say the port is taken): the command says so with the last
    lines of the log, and returns JupyterLab's status."""
    class Broken(FakeLab):
        def poll(self):
            return 1

        def wait(self):
            return 1

    log = tmp_path / "lab.log"

    def popen(command, cwd=None, stdout=None, stderr=None, stdin=None):
        stdout.write(b"[E] Port 9322 is already in use\n")
        stdout.flush()
        return Broken()

    monkeypatch.setattr(subprocess, "Popen", popen)
    monkeypatch.setattr(cli.os, "environ", dict(cli.os.environ))
    code = cli.main(["lab", "--folder", str(tmp_path / "mine"), "--port", "9322", "--log",
                     str(log), "--no-browser"])

    assert code == 1
    err = capsys.readouterr().err
    assert "JupyterLab stopped before it answered" in err and "already in use" in err


def test_version_is_the_installed_metadata():
    """`workshop --version` prints the version pyproject.toml gives the installed kit."""
    done = subprocess.run([sys.executable, "-m", "workshop.cli", "--version"],
                          capture_output=True, text=True, timeout=60)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert done.returncode == 0
    assert done.stdout.strip() == f"workshop {version['project']['version']}"


def test_the_wheel_carries_every_notebook_and_nothing_beside_them():
    """pyproject.toml puts each participant notebook and the facilitator's files in the wheel,
    file by file (and the pictures' folder): a notebook added to notebooks/ without a line there
    fails here, and no whole-folder include could ship a developer's workspace file."""
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = build["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    shipped = {k: v for k, v in included.items() if k.startswith("notebooks")}

    assert "notebooks" not in shipped
    for name in NOTEBOOKS:
        assert shipped.get(f"notebooks/{name}") == f"workshop/_notebooks/{name}"
    for path in shipped:
        assert (ROOT / path).is_file() or path == "notebooks/images", path
    assert "notebooks/facilitator/demo.ipynb" in shipped


def test_the_changelog_keeps_the_keep_a_changelog_shape():
    """CHANGELOG.md: an Unreleased section first, then versions with dates, each with the
    standard kinds of change; the newest version is the one pyproject.toml declares."""
    import re

    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    heads = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, re.M)
    assert heads[0] == ("Unreleased", "")
    assert all(date for _, date in heads[1:])
    kinds = set(re.findall(r"^### (\w+)$", text, re.M))
    assert kinds <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert heads[1][0] == version["project"]["version"]


def test_the_readme_has_no_placeholder_binder_badge():
    """No badge or link in the README points at `<owner>/<repo>`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<owner>" not in text and "<repo>" not in text
