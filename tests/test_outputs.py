"""Files the kit writes outside the participant's workspace (exports, reports, answer cards,
class charts, copies for download): never through a link a classmate planted, never into
anything but a regular file, never over the command's own input.

The class folder is a temporary folder; "another participant" is a workspace file in it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from workshop import fileio
from workshop.classroom import CHART_FILES, summarise_folder, write_class_charts
from workshop.cli import main
from workshop.errors import FileAccessError
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.resources import persona_path
from workshop.session import Session
from workshop.store import read_workspace
from workshop.widgets.answer import CARD_NAMES, AnswerStudio
from workshop.widgets.share import ShareDriver, SharePanel


def _workspace(roles: int = 4) -> Workspace:
    return Workspace(
        target_role=TargetRole("Operations Analyst", ["reduce errors"]),
        roles=[Role(id=f"r{i}", title=f"Shift lead {i}", organization="Harbour Freight",
                    skills=[Skill("Writing SQL queries", "novice", "competent")],
                    results=[Result("I helped the company to cut picking errors", "errors",
                                    30, "%", "department")],
                    ratings=Ratings(4, 4, 3), enjoyment=3) for i in range(roles)])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plant(kind: str, at: Path, victim: Path) -> None:
    """What a classmate does to a file at ``at``: a link (or a hard link) to ``victim``."""
    at.unlink(missing_ok=True)
    if kind == "symlink":
        at.symlink_to(victim)
    else:
        os.link(victim, at)


@pytest.fixture
def victim(tmp_path) -> Session:
    """A participant with 4 roles, their workspace in their own folder."""
    session = Session.open(tmp_path / "victim" / "my_workspace.json")
    session.replace(_workspace(), "load")
    return session


# --- class 1: a link planted in the class folder is never written through -------------------------


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
@pytest.mark.parametrize("whose", ["own", "another participant's"])
def test_a_link_planted_over_a_shared_file_is_replaced_not_written_through(
        tmp_path, victim, kind, whose):
    """After a first Share, a classmate replaces share-<id>.json with a link to the victim's
    own workspace (or another participant's): the next Share writes a fresh export in its place,
    and the workspace the link led to keeps every role and every byte."""
    folder = tmp_path / "class"
    other = tmp_path / "other" / "my_workspace.json"
    Session.open(other).replace(_workspace(2), "load")
    target = victim.path if whose == "own" else other
    before, roles = digest(target), len(read_workspace(target).roles)
    share = ShareDriver(SharePanel(victim, folder=lambda: folder))
    path = share.share()

    plant(kind, path, target)
    again = share.share()

    assert again == path and share.message_kind == "ok"
    assert stat.S_ISREG(os.lstat(path).st_mode) and os.stat(path).st_nlink == 1
    assert '"kind"' in path.read_text(encoding="utf-8")
    assert digest(target) == before and len(read_workspace(target).roles) == roles


def test_workshop_share_onto_a_planted_link_replaces_the_link(tmp_path, victim):
    """`workshop share MY_WS -o class/share-x.json` where that name is a link to another
    participant's workspace: the link becomes the export, the workspace is untouched."""
    other = tmp_path / "other.json"
    Session.open(other).replace(_workspace(2), "load")
    before = digest(other)
    planted = tmp_path / "class" / "share-x.json"
    planted.parent.mkdir()
    planted.symlink_to(other)

    assert main(["share", str(victim.path), "-o", str(planted)]) == 0

    assert not planted.is_symlink() and '"export_id"' in planted.read_text(encoding="utf-8")
    assert digest(other) == before


def test_the_answer_card_never_follows_a_link_beside_the_workspace(tmp_path, victim):
    """In a notebooks folder others can write to, answer_card.md planted as a link to the
    workspace: making the card replaces the link; the workspace stays a workspace with its 4
    roles and the saved answer."""
    card = victim.path.parent / CARD_NAMES["markdown"]
    card.symlink_to(victim.path)
    studio = AnswerStudio(victim)
    studio.driver.write("At Harbour I helped the company to cut picking errors by 30%.")

    studio.driver.press("Make my answer card")

    assert not card.is_symlink() and card.read_text(encoding="utf-8").startswith("#")
    saved = read_workspace(victim.path)
    assert len(saved.roles) == 4 and "picking errors by 30%" in saved.answer.text
    studio.close()


def test_class_charts_never_follow_a_link_in_the_output_folder(tmp_path, victim):
    """`workshop class FOLDER -o OUT` where OUT's chart PNG is a link to a workspace: the chart
    replaces the link; the workspace is untouched."""
    out = tmp_path / "charts"
    out.mkdir()
    png = out / f"{next(iter(CHART_FILES.values()))}.png"
    png.symlink_to(victim.path)
    before = digest(victim.path)

    write_class_charts(summarise_folder(tmp_path / "class", missing_ok=True), out)

    assert not png.is_symlink() and png.read_bytes().startswith(b"\x89PNG")
    assert digest(victim.path) == before


def test_a_download_copy_never_follows_a_link(tmp_path, victim):
    """The copy made for a download replaces a link at its path instead of writing through."""
    other = tmp_path / "other.json"
    other.write_text("precious\n")
    link = tmp_path / "download.json"
    link.symlink_to(other)

    victim.download_copy(link)

    assert not link.is_symlink() and other.read_text() == "precious\n"


@pytest.mark.parametrize("make", [os.mkfifo, lambda p: p.mkdir()], ids=["fifo", "folder"])
def test_an_output_onto_a_pipe_or_a_folder_is_refused_in_plain_words(tmp_path, make):
    """A pipe or a folder where an output goes is refused at once, naming the path; nothing is
    written into the pipe and no temporary file is left."""
    path = tmp_path / "share-x.json"
    make(path)

    with pytest.raises(FileAccessError) as info:
        fileio.write_output(path, b"{}")

    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["share-x.json"]


def test_an_output_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    """Writing an output over the kit's own earlier file keeps that file's mode."""
    path = tmp_path / "report.md"
    path.write_text("old\n")
    path.chmod(0o640)

    fileio.write_output(path, b"new\n")

    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640 and path.read_text() == "new\n"


# --- class 2: no command writes over its own input ------------------------------------------------


@pytest.fixture
def ws(tmp_path) -> Path:
    path = tmp_path / "ws.json"
    shutil.copyfile(persona_path("career_changer"), path)
    return path


@pytest.mark.parametrize("argv", [
    ["share", "{ws}", "-o", "{ws}"],
    ["share", "{ws}", "-o", "{link}"],
    ["report", "{ws}", "-o", "{ws}"],
    ["report", "{ws}", "--format", "html", "-o", "{link}"],
    ["report", "{ws}", "-o", "{hardlink}"],
    ["import", "{ws}", "-o", "{link}", "--force"],
], ids=["share", "share-link", "report", "report-html-link", "report-hardlink", "import-link"])
def test_a_command_never_writes_over_its_own_input(tmp_path, ws, capsys, argv):
    """`share ws.json -o ws.json`, `report ws.json -o ws.json`, `report ws.json --format html -o
    link-to-ws.json` (and a hard link, and `import`): refused in one line on stderr, exit 2; the
    workspace keeps every byte."""
    (tmp_path / "link.json").symlink_to(ws)
    os.link(ws, tmp_path / "hardlink.json")
    before = digest(ws)
    names = {"ws": ws, "link": tmp_path / "link.json", "hardlink": tmp_path / "hardlink.json"}

    assert main([a.format(**names) for a in argv]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "name another" in err
    assert digest(ws) == before and (tmp_path / "link.json").is_symlink()


def test_class_charts_are_never_written_into_the_exports_folder_itself(tmp_path, capsys):
    """`workshop class FOLDER -o FOLDER` (or a link to it) is refused in one line, exit 2:
    the class folder holds the participants' files only."""
    folder = tmp_path / "class"
    folder.mkdir()
    (tmp_path / "alias").symlink_to(folder)

    for out in (folder, tmp_path / "alias"):
        assert main(["class", str(folder), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "name another" in err
    assert list(folder.iterdir()) == []


def test_the_notes_beside_a_shared_workspace_never_follow_a_planted_link(tmp_path):
    """In a notebooks folder others may write to, `.my_workspace.json.notes.json` planted as a
    link to another participant's workspace: the note two notebooks leave each other replaces
    the link; that workspace keeps every byte."""
    folder = tmp_path / "notebooks"
    path = folder / "my_workspace.json"
    Session.open(path).replace(_workspace(1), "load")
    other = tmp_path / "other.json"
    Session.open(other).replace(_workspace(2), "load")
    before = digest(other)
    notes = folder / ".my_workspace.json.notes.json"
    notes.unlink(missing_ok=True)
    notes.symlink_to(other)
    a, b = Session.open(path), Session.open(path)

    def retitle(text):
        return lambda ws: replace(ws, target_role=replace(ws.target_role, title=text))

    b.change(retitle("Deputy ward manager"))
    a.change(retitle("Ward manager, surgery"))  # wins, and leaves b a note

    assert not notes.is_symlink() and "saved over" in notes.read_text(encoding="utf-8")
    assert digest(other) == before
