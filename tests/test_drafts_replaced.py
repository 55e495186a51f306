"""Typing kept for a workspace never comes back in the workspace that replaced it.

"Start fresh", "Try this sample" and "Load a saved file" in notebook 00 (and ``workshop import
--force``) replace the whole workspace: the forms' unsaved typing kept beside it
(``.<name>.drafts.json``: 01's role form, 02's rows, 05's reply boxes and answer box) belongs
to the workspace that went. It is taken off the disk and held by the replacement's undo step
in memory, so no view built afterwards (a reload, a kernel restart) shows it and no file under
the workspace's folder holds it; Undo of the replacement, in the same session, brings the old
workspace back with its typing. A file at the drafts place that is not the kit's is left as it
is.

Every step is driven through the views' public drivers; "a kernel restart" is a new session of
the same file and views built anew on it.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest

from workshop import drafts
from workshop.drafts import DraftFile, drafts_path
from workshop.edits import add_roles
from workshop.model import Role, Skill
from workshop.session import Session
from workshop.store import dumps, read_workspace
from workshop.widgets import AnswerStudio, RoleEditor, SkillGrowthEditor, StartPanel
from workshop.widgets.start import StartDriver

HOW_FAR = "could not do at the start"
TYPED = {"role": "Night Porter", "used": "calmed queues at my next job",
         "reply": "At first I only took orders; by the end I ran the morning rush alone.",
         "answer": "The job that taught me most was the coffee bar at Bean There."}


@pytest.fixture
def barista(tmp_path) -> Session:
    session = Session.open(tmp_path / "ws.json")
    session.change(lambda ws: add_roles(ws, Role(
        id="r1", title="Barista", organization="Bean There", start="2016-01", end="2019-10",
        summary="coffee for 300 a day",
        skills=(Skill(name="customer care", before="novice", after="competent"),))), "add")
    return session


def restarted(session: Session) -> Session:
    """The same workspace file opened by a new kernel: nothing of this one's memory (its
    drafts files, ``workshop.drafts``) is left."""
    drafts._files.clear()
    return Session.open(session.path)


def _type_everywhere(session: Session) -> None:
    """01's role form, 02's skill row, a coach's reply box and the answer box in 05: typed,
    none of it saved."""
    RoleEditor(session).driver.type("Job title:", TYPED["role"])
    SkillGrowthEditor(session).driver.rows()[0].type("Used later", TYPED["used"])

    async def in_05() -> None:  # on an event loop, as in a kernel: the box saves on a pause
        studio = AnswerStudio(session)
        studio.driver.reply_box(HOW_FAR).value = TYPED["reply"]
        studio.driver.write(TYPED["answer"])
        studio.driver.cancel_pending_save()  # the kernel restarts before the pause is reached
        studio.driver.watch.stop()

    asyncio.run(in_05())
    assert TYPED["answer"] not in session.path.read_text(encoding="utf-8")


def _shown(session: Session) -> dict[str, str]:
    """What views built anew on ``session`` (after a restart) show of the typing."""
    skills = SkillGrowthEditor(session).driver.rows()
    studio = AnswerStudio(session)
    reply = next((box.value for q, _row, box in studio._questions.rows.values()
                  if HOW_FAR in q.text and hasattr(box, "placeholder")), "") \
        if any(HOW_FAR in q for q in studio.driver.questions) else ""
    return {"role": RoleEditor(session).driver.value("Job title:"),
            "used": skills[0].value("Used later") if skills else "",
            "reply": reply, "answer": studio.text}


def _replace(panel: StartPanel, how: str) -> None:
    driver = panel.driver
    if how == "fresh":
        driver.press(StartDriver.FRESH)
        driver.press(StartDriver.FRESH)  # 'Yes, start fresh'
    elif how == "sample":
        driver.set("Sample:", "career_changer")
        driver.press(StartDriver.SAMPLE)
        driver.press(StartDriver.SAMPLE)  # 'Yes, replace my work'
    else:
        other = read_workspace(panel._session.path)  # a file saved earlier: the same ids
        driver.upload("Load a saved file", "mine.json", dumps(other).replace(
            b"Bean There", b"Harbour Hotel"))
    assert driver.message_kind == "ok", driver.message


def test_the_typing_is_kept_before_any_replacement(barista):
    """The set-up holds: every piece of typing comes back after a restart."""
    _type_everywhere(barista)
    assert _shown(restarted(barista)) == TYPED


@pytest.mark.parametrize("how", ["fresh", "sample", "file"])
def test_a_replaced_workspace_takes_none_of_the_old_typing_and_undo_brings_it_back(
        barista, how):
    _type_everywhere(barista)
    panel = StartPanel(restarted(barista))
    _replace(panel, how)
    assert DraftFile(barista.path).keys() == []
    shown = _shown(restarted(barista))
    assert not any(text in json.dumps(shown) for text in TYPED.values()), shown
    panel.driver.undo()
    assert read_workspace(barista.path).role("r1").organization == "Bean There"
    assert _shown(restarted(barista)) == TYPED


def test_typing_done_after_the_replacement_is_kept_and_survives_its_undo(barista):
    """A key typed in the new workspace stays; undoing the replacement keeps it over the old
    workspace's key of the same name."""
    _type_everywhere(barista)
    panel = StartPanel(restarted(barista))
    _replace(panel, "file")
    RoleEditor(restarted(barista)).driver.type("Job title:", "Ward Clerk")
    panel.driver.undo()
    assert _shown(restarted(barista))["role"] == "Ward Clerk"
    assert _shown(restarted(barista))["used"] == TYPED["used"]


def test_a_file_at_the_drafts_place_that_is_not_the_kits_is_left_as_it_is(barista):
    theirs = drafts_path(barista.path)
    theirs.write_text("my own notes\n", encoding="utf-8")
    _replace(StartPanel(restarted(barista)), "fresh")
    assert theirs.read_text(encoding="utf-8") == "my own notes\n"


def _files_holding(folder, texts) -> dict[str, list[str]]:
    """Every file under ``folder`` (hidden ones, lock files and temporaries too) that holds one
    of ``texts``, by name, with the texts it holds."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits = [t for t in texts if t.encode("utf-8") in data]
            if hits:
                found[str(path.relative_to(folder))] = hits
    return found


@pytest.mark.parametrize("how", ["fresh", "sample", "file"])
def test_after_a_replacement_and_a_save_the_old_typing_is_in_no_file(barista, tmp_path, how):
    """The participant chose to replace their work: its unsaved typing is in no file under the
    workspace's folder (drafts, lock files, notes, temporaries), also after the next save; the
    undo of that session still brings it back, from memory."""
    _type_everywhere(barista)
    assert _files_holding(tmp_path, TYPED.values())  # the set-up: the typing is on disk
    panel = StartPanel(restarted(barista))
    _replace(panel, how)
    assert _files_holding(tmp_path, TYPED.values()) == {}
    RoleEditor(panel._session).driver.type("Job title:", "Ward Clerk")  # the next typing
    panel._session.change(lambda ws: ws, "a later save")
    assert _files_holding(tmp_path, TYPED.values()) == {}
    panel.driver.undo()  # the replacement's undo is the step before the later save
    panel.driver.undo()
    assert read_workspace(barista.path).role("r1").organization == "Bean There"
    assert _shown(restarted(barista))["used"] == TYPED["used"]


def test_an_older_kits_retired_typing_is_dropped_at_the_next_write(barista):
    """A drafts file an older kit wrote kept replaced workspaces' typing under "retired": the
    kit's next write of that file leaves it out."""
    path = drafts_path(barista.path)
    path.write_text(json.dumps({"kind": "workshop-drafts", "drafts": {}, "retired": [
        {"token": "ab12", "label": "start fresh", "drafts": {"answer": {"text": "old words"}}}]}),
        encoding="utf-8")
    DraftFile(barista.path).put("roles/new", {"title": "Ward Clerk"})
    assert "old words" not in path.read_text(encoding="utf-8")
    path.write_text(json.dumps({"kind": "workshop-drafts", "drafts": {}, "retired": [
        {"token": "ab12", "label": "start fresh", "drafts": {"answer": {"text": "old words"}}}]}),
        encoding="utf-8")
    assert DraftFile(barista.path).retire() is None
    assert "old words" not in path.read_text(encoding="utf-8")


def test_workshop_import_force_takes_the_replaced_workspaces_typing_off_the_disk(barista,
                                                                                 tmp_path):
    _type_everywhere(barista)
    resume = tmp_path / "resume.json"
    resume.write_text(json.dumps({"work": [{"name": "Harbour Hotel", "position": "Porter",
                                            "startDate": "2020-01"}]}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "workshop.cli", "import", str(resume), "-o",
                           str(barista.path), "--force"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert DraftFile(barista.path).keys() == []
    assert _files_holding(tmp_path, TYPED.values()) == {}
