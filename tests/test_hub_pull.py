"""nbgitpuller's merge when the kit is updated after participants started (issue 13).

A facilitator's nbgitpuller link pulls the kit into each participant's home; clicking it again
after the kit changed merges the update. These tests run nbgitpuller's own ``GitPuller`` on a
local upstream repository, as the hub does, and check its documented rules against the kit:
the participant's workspace (ignored by git) is never touched, a notebook the participant ran
(its outputs changed) merges with an upstream change to the same notebook without a conflict
that stops the pull, and the kit's folder keeps working.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

nbgitpuller = pytest.importorskip("nbgitpuller.pull")

PROJECT = Path(__file__).resolve().parents[1]


def _git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def upstream(tmp_path: Path) -> Path:
    """A copy of the kit's notebooks and .gitignore as a repository on branch main."""
    repo = tmp_path / "upstream" / "job-value-workshop"
    (repo / "notebooks").mkdir(parents=True)
    shutil.copy(PROJECT / ".gitignore", repo / ".gitignore")
    for nb in sorted((PROJECT / "notebooks").glob("0*.ipynb")):
        shutil.copy(nb, repo / "notebooks" / nb.name)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "-c", "user.name=kit", "-c", "user.email=kit@example.org", "add", "-A")
    _git(repo, "-c", "user.name=kit", "-c", "user.email=kit@example.org",
         "commit", "-q", "-m", "kit")
    return repo


def _pull(upstream: Path, home: Path) -> Path:
    target = home / upstream.name
    puller = nbgitpuller.GitPuller(str(upstream), str(target), branch="main", depth=1)
    for _line in puller.pull():
        pass
    return target


def _run_notebook(path: Path, marker: str) -> None:
    """What saving a run notebook does to its file: outputs and execution counts change."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            cell["execution_count"] = 7
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": [marker]}]
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")


def test_a_second_pull_after_a_kit_update_keeps_the_workspace_and_merges_a_run_notebook(
        upstream: Path, tmp_path: Path) -> None:
    """The participant ran 00 and saved their workspace; the kit then changed 00's lesson text.
    Pulling again brings the new lesson, keeps the participant's run, and leaves the workspace
    byte for byte as it was."""
    home = tmp_path / "home" / "p001"
    home.mkdir(parents=True)
    kit = _pull(upstream, home)
    workspace = kit / "notebooks" / "my_workspace.json"
    workspace.write_text('{"schema_version": 1, "roles": [{"title": "Barista"}]}\n')
    before = workspace.read_bytes()
    _run_notebook(kit / "notebooks" / "00_start_here.ipynb", "participant output\n")

    lesson = upstream / "notebooks" / "00_start_here.ipynb"
    notebook = json.loads(lesson.read_text(encoding="utf-8"))
    notebook["cells"].insert(0, {"cell_type": "markdown", "metadata": {},
                                 "source": ["A new first paragraph from the facilitator."]})
    lesson.write_text(json.dumps(notebook, indent=1), encoding="utf-8")
    (upstream / "notebooks" / "new_handout.md").write_text("Bring your CV.\n")
    _git(upstream, "-c", "user.name=kit", "-c", "user.email=kit@example.org", "add", "-A")
    _git(upstream, "-c", "user.name=kit", "-c", "user.email=kit@example.org",
         "commit", "-q", "-m", "kit update")

    _pull(upstream, home)

    assert workspace.read_bytes() == before, "the participant's workspace was changed"
    assert (kit / "notebooks" / "new_handout.md").read_text() == "Bring your CV.\n"
    merged = (kit / "notebooks" / "00_start_here.ipynb").read_text(encoding="utf-8")
    json.loads(merged)  # still a notebook, no conflict markers
    assert "<<<<<<<" not in merged
    assert _git(kit, "status", "--porcelain") == "", "the pull left uncommitted changes"
    assert "my_workspace.json" in _git(kit, "status", "--porcelain", "--ignored")


def test_the_workspace_is_ignored_by_git_so_no_pull_can_commit_or_merge_it(
        upstream: Path, tmp_path: Path) -> None:
    """nbgitpuller commits every tracked change in the participant's copy before merging; the
    workspace and the files beside it that the kit writes are ignored, so they stay out of
    those commits and out of the participant's git history."""
    home = tmp_path / "home" / "p002"
    home.mkdir(parents=True)
    kit = _pull(upstream, home)
    notebooks = kit / "notebooks"
    for name in ("my_workspace.json", ".my_workspace.json.lock", "answer_card.html"):
        (notebooks / name).write_text("{}\n")
    (notebooks / "share_exports").mkdir()
    (notebooks / "share_exports" / "share-1.json").write_text("{}\n")
    _pull(upstream, home)
    tracked = _git(kit, "log", "--all", "--name-only", "--format=")
    for name in ("my_workspace.json", "answer_card.html", "share-1.json"):
        assert name not in tracked
