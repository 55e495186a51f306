"""Notebook 05's answer box loses no key: every change is kept beside the workspace
(``.<name>.drafts.json``, key ``answer``) though the workspace saves the text only once typing
pauses, so a kernel restarted right after the last key, or a tab closed, brings the whole text
back in the box. The writes are coalesced (``drafts.Typing``): at once when the box wrote
nothing in the last ``GAP`` seconds, else the latest text when that time has passed, and what
waits is written when the kernel exits.
"""

from __future__ import annotations

import asyncio
import json
import os

import pytest

from workshop import drafts
from workshop.drafts import GAP, DraftFile, Typing, drafts_path
from workshop.edits import add_roles
from workshop.model import Role
from workshop.session import Session
from workshop.widgets import AnswerStudio
from workshop.widgets.answer_keep import BACK

TEXT = " ".join(f"word{i}" for i in range(2000))  # a 2,000-word answer


def _kept_text(workspace) -> str | None:
    raw = drafts_path(workspace).read_text(encoding="utf-8")
    found = json.loads(raw)["drafts"].get("answer")
    return found["text"] if found else None


def test_fast_typing_is_written_once_per_gap_and_its_last_key_when_the_gap_has_passed(
        tmp_path):
    """200 keys 10 ms apart cost a handful of writes, not 200; the last key is on disk once
    the gap has passed, with no flush asked."""
    typing = Typing(DraftFile(tmp_path / "ws.json"), "answer")

    async def scenario() -> float:
        loop = asyncio.get_running_loop()
        start = loop.time()
        for k in range(len(TEXT) - 199, len(TEXT) + 1):
            typing.put({"text": TEXT[:k]})
            await asyncio.sleep(0.01)
        took = loop.time() - start
        await asyncio.sleep(GAP + 0.2)
        return took

    took = asyncio.run(scenario())
    assert typing.writes <= took / GAP + 2, (typing.writes, took)
    assert _kept_text(tmp_path / "ws.json") == TEXT
    assert not typing.waiting


def test_a_key_after_a_pause_is_written_at_once(tmp_path):
    """A key typed when the box wrote nothing in the last gap is on disk before the kernel
    does anything else."""
    typing = Typing(DraftFile(tmp_path / "ws.json"), "answer")

    async def scenario() -> list[str | None]:
        seen = []
        for text in ("I led", "I led the night shift"):
            typing.put({"text": text})
            seen.append(_kept_text(tmp_path / "ws.json"))  # no await: written already
            await asyncio.sleep(GAP + 0.05)
        return seen

    assert asyncio.run(scenario()) == ["I led", "I led the night shift"]
    assert typing.writes == 2


def test_the_key_is_dropped_once_the_workspace_holds_the_text(tmp_path):
    """Typed, then saved by the pause: the drafts file no longer holds it, and a box built
    again shows the saved answer with no message about typing brought back."""
    session = Session.open(tmp_path / "ws.json")
    session.change(lambda ws: add_roles(ws, Role(id="r1", title="Barista")), "add")
    studio = AnswerStudio(session)  # no event loop: the pause is reached at once
    studio.driver.write("I kept the queue moving at the morning rush.")
    assert session.workspace.answer.text == "I kept the queue moving at the morning rush."
    assert DraftFile(session.path).keys() == []
    drafts._files.clear()
    again = AnswerStudio(Session.open(session.path))
    assert again.text == "I kept the queue moving at the morning rush."
    assert BACK not in again.driver.message


def test_a_kernel_restarted_right_after_the_last_key_brings_every_key_back(tmp_path):
    """A real kernel: a 2,000-word answer typed into 05's box key by key (10 ms apart, faster
    than the gap), the kernel restarted the moment the last key is in, before the pause that
    saves the workspace: the box built in the new kernel holds the whole text and says so."""
    manager_module = pytest.importorskip("jupyter_client.manager")
    workspace = tmp_path / "my_workspace.json"
    env = {**os.environ, "WORKSHOP_WORKSPACE": str(workspace)}
    km = manager_module.KernelManager(kernel_name="python3")
    km.start_kernel(cwd=str(tmp_path), env=env)
    kc = km.client()
    try:
        kc.start_channels()
        kc.wait_for_ready(timeout=120)

        def run(code: str) -> str:
            out: list[str] = []
            reply = kc.execute_interactive(code, timeout=180, output_hook=lambda m: out.append(
                m["content"].get("text", "") if m["msg_type"] == "stream" else ""))
            assert reply["content"]["status"] == "ok", reply["content"]
            return "".join(out)

        typed = run(f"""
import asyncio
from workshop.edits import add_roles
from workshop.model import Role
from workshop.session import open_session
from workshop.widgets import answer_studio
session = open_session()
session.change(lambda ws: add_roles(ws, Role(id="r1", title="Barista")), "add")
studio = answer_studio()
text = {TEXT!r}
for k in range(len(text) - 300, len(text) - 1):
    studio.driver.answer_box.value = text[:k]
    await asyncio.sleep(0.01)
# the last two keys back to back, with no pause the event loop could use: the one before the
# last is written or waits, so the last one always waits, however slow the machine
studio.driver.answer_box.value = text[:-1]
studio.driver.answer_box.value = text
print(studio._kept.typing.writes, studio._kept.typing.waiting)
""")
        km.restart_kernel(now=False)
        writes, waiting = typed.split()
        assert int(writes) < 100 and waiting == "True"  # coalesced; the last key waited
        assert _kept_text(workspace) == TEXT
        assert json.loads(workspace.read_text(encoding="utf-8"))["answer"]["text"] != TEXT
        kc.wait_for_ready(timeout=120)
        shown = run("""
from workshop.widgets import answer_studio
studio = answer_studio()
print(len(studio.text))
print(studio.driver.message)
""")
        length, message = shown.split("\n", 1)
        assert int(length) == len(TEXT)
        assert BACK in message
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
