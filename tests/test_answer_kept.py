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
import signal
from pathlib import Path

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


def _told_until(child, wanted) -> int:
    """Read the child's key bytes until ``wanted(count)`` holds; the count."""
    count = 0
    while not wanted(count):
        got = child.stdout.read(1)
        assert got == b".", "the typing child stopped"
        count += 1
    return count


@pytest.fixture
def kill_loss():
    from helpers_scripts import load_script

    return load_script(Path(__file__).resolve().parent.parent / "benchmarks" / "kill_loss.py",
                       "kill_loss")


def test_a_kernel_killed_right_after_a_word_keeps_that_word(tmp_path, kill_loss):
    """A word's keys 20 ms apart (faster than the gap, which alone would hold all but its
    first key back), a pause after it: the moment the key that ends a word is typed, the drafts
    file holds it, so a SIGKILL right then loses nothing (``benchmarks/kill_loss.py``
    measures the loss at random moments)."""
    workspace = tmp_path / "my_workspace.json"
    child = kill_loss.start_child(workspace, "word", 1, burst=True)
    try:
        ends = [k for k in range(2, len(kill_loss.TEXT)) if kill_loss.TEXT[k - 1] == " "
                and kill_loss.TEXT[k - 2].isalpha() and kill_loss.TEXT[k - 3].isalpha()]
        word_end = _told_until(child, lambda n: n == ends[3])
    finally:
        kill_loss.killed(child)
    kept = kill_loss.kept_text(workspace)
    assert len(kept) >= word_end and kill_loss.TEXT.startswith(kept), (word_end, kept)


def test_sigterm_writes_what_waits_before_the_kernel_ends(tmp_path, kill_loss):
    """A kernel ended with SIGTERM (a shutdown not answered in time, a container stopped)
    writes the key that waited for the gap: every key it typed is in the drafts file."""
    workspace = tmp_path / "my_workspace.json"
    text = kill_loss.TEXT
    inside = next(k for k in range(40, len(text)) if text[k - 3:k].isalpha())  # mid-word: waits
    child = kill_loss.start_child(workspace, "gap", 1, burst=True)
    try:
        _told_until(child, lambda n: n == inside)
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=30)
        told = inside + child.stdout.read().count(b".")
    finally:
        if child.poll() is None:
            kill_loss.killed(child)
    assert child.returncode == -signal.SIGTERM  # it still ends as SIGTERM ends a process
    assert len(kill_loss.kept_text(workspace)) >= told


def test_a_word_end_is_a_space_or_a_clause_mark_after_a_letter():
    from workshop.widgets.answer_keep import ends_word

    assert [ends_word(t) for t in ("I led ", "I led", "I led  ", "led.", "don'", "well-",
                                   "2019,", "x\n", " ", "")] == \
        [True, False, False, True, False, False, True, True, False, False]


def test_writing_as_a_word_ends_costs_no_write_more_and_loses_less(kill_loss):
    """A person's typing (600 keys) on a pretend clock: keeping the box as each word ends
    makes exactly as many writes as the gap alone, and a kill at a random moment loses fewer
    characters on average."""
    for seed in (1, 2):
        gap, word = kill_loss.simulate("gap", seed), kill_loss.simulate("word", seed)
        assert word["writes per key"] == gap["writes per key"], (gap, word)
        assert word["mean lost"] < gap["mean lost"], (gap, word)
