"""Every open view shows the saved workspace as it is now.

Two kernels are two ``Session`` objects on one file (as notebooks 03 and 04 open at once). The
watch of ``widgets/watch.py`` notices the other kernel's save by the file's size and time and
re-reads it; the views redraw, never touching a box the participant is typing in. Download
links and Start fresh work on the file as it is now.
"""

from __future__ import annotations

import asyncio
import base64
import re
import time
from dataclasses import replace

import pytest

from workshop.edits import add_roles, rate
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.session import Session
from workshop.widgets import AnswerStudio, LiveView, StartPanel, StrongestRoleView
from workshop.widgets.watch import Debounce, FileWatch


def _role(rid: str, title: str, growth: int, results: int, relevance: int) -> Role:
    return Role(id=rid, title=title, organization="Northwind Logistics", start="2019",
                end="2021",
                skills=[Skill(name="scheduling", before="novice", after="proficient",
                              used_later="planned rosters for 40 staff")],
                results=[Result(statement="I helped the company to cut overtime", value=18,
                                unit="%")],
                ratings=Ratings(skill_growth=growth, company_results=results,
                                relevance=relevance))


@pytest.fixture
def kernels(tmp_path):
    """Two kernels' sessions on one workspace file, the first one written by the first."""
    path = tmp_path / "my_workspace.json"
    first = Session.open(path)
    first.replace(Workspace(target_role=TargetRole(title="Operations Manager"),
                            roles=[_role("r1", "Shift Supervisor", 4, 4, 4),
                                   _role("r2", "Warehouse Assistant", 2, 2, 2)]), "set up")
    return first, Session.open(path)


def _later_write(session: Session, edit, label: str) -> None:
    """Another kernel's save; the pause makes sure the file's time moves on."""
    time.sleep(0.02)
    session.change(edit, label)


def _set_relevance(value: int):
    def edit(ws: Workspace) -> Workspace:
        return rate(ws, "r2", "relevance", value)
    return edit


def test_a_view_follows_another_kernels_change_when_the_watch_looks(kernels):
    """04's view in one kernel shows a rating changed in 03's kernel after one look at the
    file, with no click; a look with nothing changed redraws nothing."""
    here, there = kernels
    view = StrongestRoleView(here)
    assert not view.poll()
    before = view.driver.text()
    _later_write(there, _set_relevance(5), "rate relevance")
    assert view.poll()
    assert view.driver.text() != before
    assert here.workspace.role("r2").ratings.relevance == 5


def test_the_watch_runs_by_itself_on_the_kernels_event_loop(kernels):
    """On a running event loop (as in a kernel) the watch looks on its own: a change made by
    the other kernel reaches the open view within two seconds."""
    here, there = kernels

    async def scenario() -> float:
        view = LiveView(here, lambda s: ", ".join(f"{r.title}: {r.ratings.relevance}"
                                                  for r in s.workspace.roles))
        assert view.driver.watch.running
        _later_write(there, _set_relevance(3), "rate relevance")
        changed = time.perf_counter()
        while "Warehouse Assistant: 3" not in view.text:
            assert time.perf_counter() - changed < 2.0, view.text
            await asyncio.sleep(0.05)
        view.driver.watch.stop()
        return time.perf_counter() - changed

    assert asyncio.run(scenario()) < 2.0


def test_typing_in_the_target_boxes_is_never_overwritten_by_another_kernel(kernels):
    """00's target boxes keep what the participant is typing when another notebook saves a
    new target role; boxes nobody typed in follow."""
    here, there = kernels
    panel = StartPanel(here, on_binder=False)
    panel.driver.type("the job you are applying for", "Logistics Lead")
    _later_write(there, lambda ws: replace(ws, target_role=TargetRole(title="Fleet Manager")),
                 "target")
    panel.poll()
    assert panel.driver.box("the job you are applying for").value == "Logistics Lead"
    assert "Fleet Manager" in panel.status


def test_typing_in_the_answer_box_is_never_overwritten_by_another_kernel(kernels):
    """05's box keeps text typed but not saved yet (the pause before saving has not come)
    while another kernel saves a different answer."""
    here, there = kernels
    typed = "I helped the company to cut overtime by 18%, and"

    async def scenario() -> str:
        studio = AnswerStudio(here)
        studio.driver.write(typed)
        assert studio.unsaved
        _later_write(
            there, lambda ws: replace(ws, answer=replace(ws.answer, text="Another text.")),
            "answer")
        studio.poll()
        kept = studio.text
        studio.driver.cancel_pending_save()
        studio.driver.watch.stop()
        return kept

    assert asyncio.run(scenario()) == typed


def _link_bytes(widget) -> bytes:
    widget.driver.press("Get my workspace file")  # the link is made when asked
    html = "".join(x.value for x in widget.driver.widgets() if hasattr(x, "value")
                   and isinstance(x.value, str) and "workshop-download" in x.value)
    href = re.search(r'download="my_workspace.json" href="data:[^;]+;base64,([^"]+)"', html)
    return base64.b64decode(href.group(1))


def test_the_download_link_in_00_hands_over_the_file_as_saved_now(kernels):
    """After work in another notebook, 00's link gives the saved file, not the one of the time
    00 was run; so does 05's."""
    here, there = kernels
    panel, studio = StartPanel(here, on_binder=False), AnswerStudio(here)
    _later_write(there, lambda ws: add_roles(ws, _role("r3", "Night Porter", 3, 3, 3)),
                 "add a role")
    panel.poll()
    saved = here.path.read_bytes()
    assert _link_bytes(panel) == saved and _link_bytes(studio) == saved
    assert "3 roles" in panel.status


def test_start_fresh_counts_and_clears_what_the_file_holds_now(kernels):
    """Start fresh in a 00 opened before the other notebook's work warns about the roles saved
    now, clears all of them and the target role, and Undo brings everything back."""
    here, there = kernels
    panel = StartPanel(here, on_binder=False)
    _later_write(there, lambda ws: add_roles(ws, _role("r3", "Night Porter", 3, 3, 3)),
                 "add a role")
    panel.driver.press("Start fresh")
    assert "3 roles and a target role" in panel.message
    panel.driver.press("Yes, start fresh")
    there.refresh()
    assert there.workspace.roles == () and not there.workspace.target_role.title
    assert "0 roles" in panel.status
    panel.driver.press("Undo: start fresh")
    there.refresh()
    assert [r.id for r in there.workspace.roles] == ["r1", "r2", "r3"]


def test_a_debounced_call_waits_for_the_pause_on_a_running_loop():
    """Three quick calls make one call, after the pause."""
    calls = []

    async def scenario() -> None:
        soon = Debounce(lambda: calls.append(time.perf_counter()), wait=0.1)
        for _ in range(3):
            soon()
            await asyncio.sleep(0.02)
        assert calls == []
        await asyncio.sleep(0.2)

    asyncio.run(scenario())
    assert len(calls) == 1


def test_the_watch_survives_a_file_that_is_briefly_unreadable(kernels, tmp_path):
    """A look that finds a half-written file changes nothing and looks again next time."""
    here, _there = kernels
    watch = FileWatch(here)
    good = here.path.read_bytes()
    here.path.write_bytes(b"{ half")
    assert not watch.poll()
    here.path.write_bytes(good)
    watch.poll()
    assert [r.id for r in here.workspace.roles] == ["r1", "r2"]


def _follow_on_a_loop(here: Session, there: Session, **kw) -> tuple[FileWatch, list[int]]:
    """Start ``here``'s watch on a running loop, save a rating in ``there`` from another
    thread (as another kernel does), and wait (at most 10 s) until ``here`` shows it."""
    import threading

    seen: list[int] = []
    here.observe(lambda s: seen.append(s.workspace.role("r2").ratings.relevance))

    async def scenario() -> FileWatch:
        watch = FileWatch(here, **kw)
        assert watch.start()
        await asyncio.sleep(0.3)  # the events thread is up
        writer = threading.Thread(target=_later_write,
                                  args=(there, _set_relevance(5), "rate relevance"))
        writer.start()
        for _ in range(500):
            await asyncio.sleep(0.02)
            if seen:
                break
        writer.join()
        watch.stop()
        return watch

    return asyncio.run(scenario()), seen


def test_another_kernels_save_arrives_by_a_file_system_event_not_a_poll(kernels):
    """With file-system events, another kernel's save reaches this kernel's session though
    the poll would not come for a minute: the look that found it was the event's."""
    here, there = kernels
    watch, seen = _follow_on_a_loop(here, there, interval=60.0)
    assert seen == [5]
    assert watch.looks >= 1  # looked because the folder said the file changed
    assert not watch.running and not watch.events  # stopped: no thread left behind


def test_without_events_the_watch_falls_back_to_polling(kernels):
    """Where there are no file-system events (here: turned off, as where a file system gives
    none), the watch looks every ``interval`` seconds and the change still arrives."""
    here, there = kernels
    watch, seen = _follow_on_a_loop(here, there, interval=0.05, events=False)
    assert seen == [5] and watch.looks >= 2


def test_a_watch_that_loses_its_events_goes_back_to_polling(kernels, monkeypatch):
    """When watchfiles fails (a watch limit reached, a file system without events), the
    watch says so in the log and polls every ``interval`` seconds instead."""
    import watchfiles

    def refuse(*_a, **_k):
        raise OSError("inotify watch limit reached")

    monkeypatch.setattr(watchfiles, "watch", refuse)
    here, there = kernels
    watch, seen = _follow_on_a_loop(here, there, interval=0.05)
    assert seen == [5] and not watch.events


@pytest.fixture
def kit_logger():
    """The kit's logger as it was before the test (handlers and propagation)."""
    import logging

    root = logging.getLogger("workshop")
    kept = list(root.handlers), root.propagate
    yield root
    for handler in root.handlers:
        if handler not in kept[0]:
            handler.close()
    root.handlers[:] = kept[0]
    root.propagate = kept[1]


def test_a_log_file_whose_folder_is_gone_is_let_go_not_raised(tmp_path, kit_logger, capsys):
    """A log file attached for a folder that was removed since (a demo's temporary folder) is
    let go at the next message: the call that logs (the file watch's thread saying it falls
    back to polling, a callback's error) raises nothing and writes nothing into the notebook
    (stderr); a folder that still exists keeps its log."""
    import logging
    import shutil

    from workshop.widgets.messages import LOG_NAME, attach_log_file

    gone, kept = tmp_path / "demo", tmp_path / "class"
    gone.mkdir()
    kept.mkdir()
    assert attach_log_file(gone) == gone / LOG_NAME
    shutil.rmtree(gone)
    logging.getLogger("workshop.widgets.watch").warning("no file-system events: polling")
    assert capsys.readouterr().err == ""
    assert not any(getattr(h, "baseFilename", "") == str(gone / LOG_NAME)
                   for h in kit_logger.handlers)
    assert attach_log_file(kept) == kept / LOG_NAME
    logging.getLogger("workshop.widgets").error("a detail for the facilitator")
    assert "a detail for the facilitator" in (kept / LOG_NAME).read_text(encoding="utf-8")
