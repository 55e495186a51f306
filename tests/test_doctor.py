"""`workshop doctor`: the learner's environment check, its good news and each failure branch."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from workshop import cli, doctor

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """The workspace the kit would save to, in a fresh writable folder."""
    path = tmp_path / "class" / "my_workspace.json"
    path.parent.mkdir()
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(path))
    return path


def test_a_ready_environment_gets_ticks_and_exit_0(workspace, capsys):
    """Here everything is installed: every line is ticked, versions shown, and it exits 0."""
    code = cli.main(["doctor"])
    out = capsys.readouterr().out

    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("✔ Python 3.")
    assert re.search(r"^✔ pandas \d+\.\d+", out, re.M)
    assert re.search(r"^✔ ipywidgets \d+\.\d+", out, re.M)
    assert f"✔ workspace {workspace} (will be created on first save" in out
    assert re.search(r"^✔ JupyterLab widgets extension in ", out, re.M)
    assert "✘" not in out
    assert lines[-1] == "All set: this computer is ready for the workshop."


def test_a_missing_package_is_crossed_with_what_to_do_and_exit_1(workspace, monkeypatch, capsys):
    """With pandas not importable, its line is crossed, says how to install, and it exits 1."""
    monkeypatch.setitem(sys.modules, "pandas", None)

    code = doctor.main()
    out = capsys.readouterr().out

    assert code == 1
    assert "✘ pandas is not installed (for the tables)" in out
    assert "    what to do: run `make setup` in the kit's folder" in out
    assert out.splitlines()[-1].startswith("1 problem found: fix the ✘ lines above")


def test_a_package_that_fails_on_import_says_so(workspace, monkeypatch):
    """A package that is there but breaks on import is told apart from a missing one."""
    real = doctor.importlib.import_module

    def broken(name, *args):
        if name == "matplotlib":
            raise OSError("libfreetype.so.6: cannot open shared object file")
        return real(name, *args)

    monkeypatch.setattr(doctor.importlib, "import_module", broken)

    check = doctor.check_package("matplotlib", "matplotlib", True, "the charts")

    assert not check.ok
    assert check.text.startswith("matplotlib is installed but fails to import (OSError: libfree")


def test_voila_missing_is_shown_but_not_counted(workspace, monkeypatch, capsys):
    """Only the facilitator's demo needs Voila: without it the line says so and all is well."""
    monkeypatch.setitem(sys.modules, "voila", None)

    code = doctor.main()
    out = capsys.readouterr().out

    assert code == 0
    assert "– voila is not installed (for the facilitator's demo app)" in out
    assert "only needed for `workshop demo`" in out


def test_an_old_python_is_refused_with_the_version_to_install():
    """Python 3.10 is below the kit's minimum: the line names the version needed."""
    check = doctor.check_python((3, 10, 12))

    assert not check.ok
    assert check.text == "Python 3.10.12 is too old for the kit (it needs 3.11 or newer)"
    assert "make setup PYTHON=python3.11" in check.fix


def test_the_minimum_python_is_the_one_the_package_declares():
    """doctor's minimum is pyproject's requires-python (one rule, written twice, kept equal)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    floor = re.fullmatch(r">=\s*(\d+)\.(\d+)", project["requires-python"])
    assert (int(floor.group(1)), int(floor.group(2))) == doctor.MIN_PYTHON


def test_a_workspace_folder_that_does_not_exist_is_crossed(tmp_path, monkeypatch, capsys):
    """WORKSHOP_WORKSPACE pointing into a missing folder: crossed, and it says what to set."""
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(tmp_path / "no such folder" / "ws.json"))

    code = doctor.main()
    out = capsys.readouterr().out

    assert code == 1
    assert f"✘ the workspace folder {tmp_path / 'no such folder'} does not exist" in out
    assert "what to do: set WORKSHOP_WORKSPACE to a file in a folder you can write to" in out


def test_a_workspace_path_that_is_a_folder_is_crossed(tmp_path):
    """A folder where the workspace file should be is not a place to save to."""
    (tmp_path / "my_workspace.json").mkdir()

    check = doctor.check_workspace(tmp_path / "my_workspace.json")

    assert not check.ok
    assert check.text.endswith("is there but is not a regular file")


def test_an_existing_workspace_is_reported_and_left_as_it_was(tmp_path):
    """The check writes only a temporary file beside the workspace, and removes it."""
    path = tmp_path / "my_workspace.json"
    path.write_text('{"schema_version": 1}', encoding="utf-8")

    check = doctor.check_workspace(path)

    assert check.ok and "(exists; its folder is writable)" in check.text
    assert [p.name for p in tmp_path.iterdir()] == ["my_workspace.json"]
    assert path.read_text(encoding="utf-8") == '{"schema_version": 1}'


@pytest.mark.skipif(shutil.which("unshare") is None or os.geteuid() != 0,
                    reason="needs root and unshare for a private read-only mount")
def test_a_read_only_workspace_folder_is_crossed_and_exits_1(tmp_path):
    """On a read-only folder (a hub's shared notebooks, mounted read-only) the real write fails,
    even for root: the line is crossed with the reason, and `workshop doctor` exits 1. The mount
    lives in a private namespace, so nothing outside the test sees it."""
    folder = tmp_path / "notebooks"
    folder.mkdir()
    env = dict(os.environ, WORKSHOP_WORKSPACE=str(folder / "my_workspace.json"))
    script = (f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && '
              f'exec "{sys.executable}" -m workshop.cli doctor')

    done = subprocess.run(["unshare", "-m", "sh", "-c", script], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if "mount:" in done.stderr:
        pytest.skip(f"no private mounts here: {done.stderr.strip()}")

    assert done.returncode == 1, done.stdout + done.stderr
    assert f"✘ the workspace can't be saved in {folder} (Read-only file system)" in done.stdout
    assert "Traceback" not in done.stderr
    assert list(folder.iterdir()) == []


def test_jupyterlab_without_the_widgets_extension_is_crossed(tmp_path):
    """Extension folders without @jupyter-widgets/jupyterlab-manager: crossed; with it: ticked."""
    assert not doctor.check_widgets_extension([tmp_path]).ok

    manifest = tmp_path / "@jupyter-widgets" / "jupyterlab-manager" / "package.json"
    manifest.parent.mkdir(parents=True)
    manifest.write_text('{"name": "@jupyter-widgets/jupyterlab-manager"}', encoding="utf-8")

    assert doctor.check_widgets_extension([tmp_path]).ok


def test_a_terminal_without_unicode_gets_plain_marks(workspace):
    """A terminal that can't show ✔ and ✘ gets [ok] and [x] instead of an encoding crash."""
    env = dict(os.environ, PYTHONIOENCODING="ascii")

    done = subprocess.run([sys.executable, "-m", "workshop.cli", "doctor"], env=env, cwd=ROOT,
                          capture_output=True, text=True, encoding="ascii", timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("[ok] Python 3.")
