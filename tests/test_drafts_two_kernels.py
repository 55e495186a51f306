"""Typing belongs to the workspace it was typed for, across two kernels.

One participant has notebook 05 open in a second kernel (its answer box and a coach's reply box
hold typing, some written beside the workspace, the last keys waiting for their gap) while
notebook 00 in the first kernel replaces the whole workspace ("Start fresh", "Try this sample",
"Load a saved file"). Each kernel is its own process (``helpers_kernel.StandIn``, an event loop
running as in Jupyter; the first kernel is this test's process): nothing the second kernel typed
for the workspace that went lands in the new workspace's files (its drafts, the workspace, a
view built on it) whether its typing waited for its gap, for the save after a pause, for the
kernel's exit or for SIGTERM; its 05 says in one plain line what happened and keeps the typing
in its box and memory; Undo of the replacement in the first kernel brings the old workspace
back with the second kernel's typing too.
"""

from __future__ import annotations

import json
import signal
from dataclasses import replace

import pytest
from helpers_kernel import StandIn

from workshop import drafts
from workshop.drafts import DraftFile, drafts_path
from workshop.edits import add_roles
from workshop.errors import ConflictError
from workshop.model import Role, Skill
from workshop.session import REPLACED, Session
from workshop.store import read_workspace
from workshop.widgets import AnswerStudio, StartPanel
from workshop.widgets.start import StartDriver

HOW_FAR = "could not do at the start"
OLD_ANSWER = "The job that taught me most was the coffee bar at Bean There, its morning rush"
OLD_REPLY = "At first I only took orders; by the end I ran the morning rush alone"
OLD_WORDS = ("coffee bar at Bean There", "morning rush")


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "my_workspace.json"
    session = Session.open(path)
    session.change(lambda ws: add_roles(ws, Role(
        id="r1", title="Barista", organization="Bean There", start="2016-01", end="2019-10",
        summary="coffee for 300 a day",
        skills=(Skill(name="customer care", before="novice", after="competent"),))), "add")
    drafts._files.clear()  # this process is the first kernel from here on
    return path


def _second_kernel_types(kernel: StandIn, workspace, *, wait_for=None) -> None:
    """In the second kernel: 05 open, the reply box typed (each key written at once) and the
    answer box typed, its last keys waiting for the gap; returns once typed. With
    ``wait_for`` (a file), the kernel then waits for that file with its event loop stopped, so
    nothing it waits to write is written before the first kernel replaced the workspace."""
    kernel.send(f"""
import asyncio, time
from pathlib import Path
from workshop.session import open_session
from workshop.widgets import answer_studio
session = open_session({str(workspace)!r})
studio = answer_studio(session)
box = studio.driver.reply_box({HOW_FAR!r})
box.value = {OLD_REPLY[:20]!r}
box.value = {OLD_REPLY!r}
studio.driver.write({OLD_ANSWER[:22]!r})
studio.driver.write({OLD_ANSWER!r})
print(studio._kept.typing.waiting)
print("TYPED", flush=True)
flag = {str(wait_for) if wait_for else ""!r}
while flag and not Path(flag).exists():
    time.sleep(0.01)
""")
    kernel.until("TYPED")


def _replace(how: str, workspace) -> StartPanel:
    """The first kernel (this process) replaces the workspace in 00."""
    panel = StartPanel(Session.open(workspace))
    driver = panel.driver
    if how == "fresh":
        driver.press(StartDriver.FRESH)
        driver.press(StartDriver.FRESH)
    else:
        driver.set("Sample:", "career_changer")
        driver.press(StartDriver.SAMPLE)
        driver.press(StartDriver.SAMPLE)
    assert driver.message_kind == "ok", driver.message
    return panel


def _leaks(workspace) -> dict[str, list[str]]:
    """Every file beside the workspace that holds some of the old typing, with what it holds,
    and what 05 built anew on the workspace (as a reload does) shows of it."""
    found = {}
    for path in sorted(workspace.parent.iterdir()):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            hits = [w for w in OLD_WORDS if w in text]
            if hits:
                found[path.name] = hits
    drafts._files.clear()
    studio = AnswerStudio(Session.open(workspace))
    shown = json.dumps([studio.text, studio.driver.questions,
                        [box.value for _q, _r, box in studio._questions.rows.values()]])
    hits = [w for w in OLD_WORDS if w in shown]
    if hits:
        found["a reload of 05"] = hits
    return found


@pytest.mark.parametrize("how", ["fresh", "sample"])
def test_typing_waiting_in_the_second_kernel_lands_nowhere_in_the_new_workspace(
        workspace, tmp_path, how):
    """a) The second kernel's last keys wait for their gap, and the save of its answer waits
    for a pause, while the first kernel replaces the workspace: once they are due, neither is
    written beside or into the new workspace; its 05 says so in one line and keeps the text in
    its box."""
    flag = tmp_path / "replaced.flag"
    with StandIn(tmp_path) as second:
        _second_kernel_types(second, workspace, wait_for=flag)
        _replace(how, workspace)
        flag.touch()
        assert second.result().split() == ["True"]  # the last keys waited for the gap
        told = second.run("await asyncio.sleep(2.5)\nstudio.poll()\n"
                          "print(studio.driver.message)\nprint(studio.text)")
        assert REPLACED in told and OLD_ANSWER in told  # said, and kept in the box
        assert second.run("print(studio.unsaved)").strip() == "True"
        assert _leaks(workspace) == {}


def test_the_second_kernel_typing_on_after_the_replacement_saves_none_of_it_into_the_new_one(
        workspace, tmp_path):
    """b) The second kernel's 05 saw the replacement and its participant types on in the box
    that holds the old text: no key of it is kept beside the new workspace or saved into it,
    and the view keeps saying why; pressing Save puts it into the workspace shown, on
    purpose."""
    with StandIn(tmp_path) as second:
        _second_kernel_types(second, workspace)
        second.result()
        second.run("await asyncio.sleep(0.8)")  # the waiting keys are written
        _replace("sample", workspace)
        told = second.run(f"""
studio.poll()
for k in range(1, 30):
    studio.driver.write({OLD_ANSWER!r} + ' and more' * k)
    await asyncio.sleep(0.05)
await asyncio.sleep(2.5)
studio.poll()
print(studio.driver.message)
""")
        assert REPLACED in told
        assert _leaks(workspace) == {}
        second.run("studio.driver.press('Save')")
        assert OLD_ANSWER in read_workspace(workspace).answer.text


@pytest.mark.parametrize("end", ["exit", "sigterm"])
def test_typing_flushed_as_the_second_kernel_ends_lands_nowhere_in_the_new_workspace(
        workspace, tmp_path, end):
    """The second kernel ends (a shutdown: ``atexit``; SIGTERM) right after the replacement,
    its last keys still waiting: what it flushes as it ends is not written beside the new
    workspace; SIGTERM still ends it as SIGTERM does."""
    flag = tmp_path / "replaced.flag"
    with StandIn(tmp_path) as second:
        _second_kernel_types(second, workspace, wait_for=flag)
        _replace("fresh", workspace)
        flag.touch()
        assert second.result().split() == ["True"]
        code = second.exit() if end == "exit" else second.terminate()
        assert code == (0 if end == "exit" else -signal.SIGTERM)
    assert _leaks(workspace) == {}


def test_undo_of_the_replacement_brings_back_the_second_kernels_typing_too(workspace,
                                                                           tmp_path):
    """c) The first kernel undoes the replacement: the old workspace is back, with the reply
    the second kernel had typed (written before the replacement) and the answer it typed
    after it (held in its memory), which its 05 now saves into the workspace it was typed
    for."""
    flag = tmp_path / "replaced.flag"
    with StandIn(tmp_path) as second:
        _second_kernel_types(second, workspace, wait_for=flag)
        panel = _replace("sample", workspace)
        flag.touch()
        second.result()
        second.run(f"""
await asyncio.sleep(0.8)
studio.poll()
studio.driver.write({OLD_ANSWER + ", every day"!r})
await asyncio.sleep(2.0)
""")
        assert _leaks(workspace) == {}
        drafts._files.clear()
        panel.driver.undo()
        assert panel.driver.message_kind == "ok", panel.driver.message
        told = second.run("studio.poll()\nawait asyncio.sleep(2.5)\nstudio.poll()\n"
                          "print(studio.driver.message)")
        assert REPLACED not in told
    saved = read_workspace(workspace)
    assert saved.role("r1").organization == "Bean There"
    assert saved.answer.text == OLD_ANSWER + ", every day"
    drafts._files.clear()
    studio = AnswerStudio(Session.open(workspace))
    assert studio.driver.reply_box(HOW_FAR).value == OLD_REPLY


def test_a_change_made_in_a_kernel_that_has_not_seen_the_replacement_is_refused(workspace,
                                                                               tmp_path):
    """A kernel whose session still shows the workspace that went (its watch has not looked
    yet) saves a change: it is refused in plain words, not merged into the new workspace, and
    the session then shows the new one."""
    with StandIn(tmp_path) as second:
        second.run(f"""
from workshop.edits import with_role
from workshop.errors import ConflictError
from workshop.session import Session
from dataclasses import replace
session = Session.open({str(workspace)!r})
""")
        _replace("fresh", workspace)
        told = second.run("""
try:
    session.change(lambda ws: with_role(ws, 'r1', lambda r: replace(r, summary='morning rush')))
except ConflictError as exc:
    print(exc.message)
print(len(session.workspace.roles))
""")
        assert REPLACED in told and told.split()[-1] == "0"
    assert _leaks(workspace) == {}


def test_a_write_for_a_replaced_workspace_is_held_and_written_when_it_comes_back(tmp_path,
                                                                                caplog):
    """The drafts file says which workspace it is for: two kernels' ``DraftFile``; the first
    replaces, the second's write for the old one is refused and held in memory (said once in
    the log, however many keys follow), and written once the second follows that workspace
    back."""
    workspace = tmp_path / "ws.json"
    first, second = DraftFile(workspace), DraftFile(workspace)
    second.put("answer", {"text": "before"})
    old = first.learn()
    assert first.retire() == {"answer": {"text": "before"}}
    second.put("answer", {"text": "typed"})
    second.put("answer", {"text": "typed after"})
    assert len([r for r in caplog.records if "typing not written" in r.message]) == 1
    assert "typed after" not in drafts_path(workspace).read_text(encoding="utf-8")
    assert second.held == {old: {"answer": {"text": "typed after"}}}
    assert second.get("answer") is None  # the new workspace's drafts are not this one's
    first.restore({"answer": {"text": "before"}}, old)
    assert not second.replaced_elsewhere()  # the workspace it typed for is back
    assert second.follow(second.token) is True  # as its session does at its next look
    assert DraftFile(workspace).get("answer") == {"text": "typed after"}


def test_an_older_drafts_file_without_a_workspace_token_is_read_and_written_as_before(tmp_path):
    """A drafts file an older kit wrote carries no token: it is read as before, and a write
    of a workspace never replaced keeps its shape."""
    workspace = tmp_path / "ws.json"
    path = drafts_path(workspace)
    path.write_text(json.dumps({"kind": "workshop-drafts", "drafts": {
        "answer": {"text": "older words", "role": "r1", "baseline": ""}}}), encoding="utf-8")
    kept = DraftFile(workspace)
    assert kept.get("answer")["text"] == "older words"
    kept.put("roles/new", {"title": "Ward Clerk"})
    assert set(json.loads(path.read_text(encoding="utf-8"))) == {"kind", "drafts"}
    assert kept.keys() == ["answer", "roles/new"]


def test_the_second_kernels_undo_steps_stay_with_the_workspace_they_were_made_in(workspace,
                                                                                 tmp_path):
    """The second kernel changed a summary, then the first replaced the workspace: Undo in the
    second takes back nothing of the new workspace (its step was for the one that went); once
    the replacement is undone, its Undo takes the summary back again."""
    with StandIn(tmp_path) as second:
        second.run(f"""
from dataclasses import replace
from workshop.edits import with_role
from workshop.session import Session
session = Session.open({str(workspace)!r})
session.change(lambda ws: with_role(ws, 'r1', lambda r: replace(r, summary='the morning rush')),
               'summary')
""")
        panel = _replace("sample", workspace)
        sample = read_workspace(workspace)
        assert second.run("session.refresh()\nprint(session.undo())").strip() == "None"
        assert read_workspace(workspace) == sample
        panel.driver.undo()
        assert read_workspace(workspace).role("r1").summary == "the morning rush"
        assert second.run("session.refresh()\nprint(session.undo())").strip() == "summary"
    assert read_workspace(workspace).role("r1").summary == "coffee for 300 a day"


def test_a_drafts_place_the_kit_cannot_write_never_stops_the_session_after_a_replacement(
        workspace):
    """Where the drafts file can't be written (not the kit's file) the replacement names no new
    workspace there, and the session goes on saving its changes."""
    drafts_path(workspace).write_text("my own notes\n", encoding="utf-8")
    session = Session.open(workspace)
    session.replace(read_workspace(workspace), "load a saved file")
    session.change(lambda ws: replace(ws, roles=()), "remove")
    assert read_workspace(workspace).roles == ()
    assert drafts_path(workspace).read_text(encoding="utf-8") == "my own notes\n"


def test_a_replacement_that_is_not_saved_keeps_the_typing_and_the_workspace_it_is_for(
        workspace, monkeypatch):
    """A replacement refused as it is saved (another notebook's edits could not be combined)
    replaced nothing: the typing kept beside the workspace stays, for the same workspace, and
    another kernel's writes for it are still welcome."""
    session = Session.open(workspace)
    DraftFile.of(workspace).put("answer", {"text": "still mine"})
    other = DraftFile(workspace)
    token = other.learn()

    def refused(_ws):
        raise ConflictError("another notebook's edits could not be combined")

    monkeypatch.setattr(session.store, "save", refused)
    with pytest.raises(ConflictError):
        session.replace(read_workspace(workspace), "load a saved file")
    assert DraftFile(workspace).get("answer") == {"text": "still mine"}
    assert DraftFile(workspace).learn() == token and not other.replaced_elsewhere()
    other.put("roles/new", {"title": "Ward Clerk"})
    assert DraftFile(workspace).keys() == ["answer", "roles/new"]
