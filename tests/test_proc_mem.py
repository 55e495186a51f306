"""`make class-sim`'s memory reading: a process tree only, RSS and Pss, split by kind."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time

import psutil
import pytest
from proc_mem import process_kind, read_rollup, tree_memory

#: A process that holds argv[1] MiB of its own memory (every page touched) for a minute.
HOLD = ("import sys, time; b = bytearray(int(sys.argv[1]) * 2**20); "
        "b[::4096] = b'x' * len(b[::4096]); time.sleep(60)")


def test_a_rollup_gives_rss_and_pss_in_bytes() -> None:
    """Only the Rss and Pss lines count; Pss_Anon and the like do not shadow them."""
    text = ("55d0-7ffd ---p 00000000 00:00 0 [rollup]\nRss:  2048 kB\nPss:  1024 kB\n"
            "Pss_Anon:  900 kB\nShared_Clean: 77 kB\n")
    assert read_rollup(text) == (2048 * 1024, 1024 * 1024)


@pytest.mark.parametrize(("cmdline", "kind"), [
    (["python", "-m", "ipykernel_launcher", "-f", "k.json"], "kernel"),
    (["python", "-c", "runpy.run_module('ipykernel_launcher')", "-f", "k.json"], "kernel"),
    (["node", "/x/configurable-http-proxy", "--port", "8000"], "proxy"),
    (["python", "/venv/bin/jupyterhub-singleuser", "--LabApp.news_url=None"], "server"),
    (["python", "/venv/bin/jupyterhub", "-f", "jupyterhub_config.py"], "hub"),
    (["git", "clone"], "other"),
])
def test_each_part_of_a_hub_is_named_by_its_command_line(cmdline, kind) -> None:
    assert process_kind(cmdline) == kind


def test_the_tree_counts_a_child_and_not_a_process_outside_it() -> None:
    """A parent holding a 40 MiB child: the tree has both and at least the child's 40 MiB; a
    60 MiB process started beside it is not counted; Pss is never more than RSS."""
    parent = subprocess.Popen([sys.executable, "-c",
                               "import subprocess, sys; subprocess.run([sys.executable, '-c', "
                               f"{HOLD!r}, '40'])"])
    outside = subprocess.Popen([sys.executable, "-c", HOLD, "60"])
    try:
        deadline = time.monotonic() + 30
        memory = tree_memory(parent.pid)
        while (memory.by_kind.get("other", [0])[0] < 2 or memory.rss < 40) \
                and time.monotonic() < deadline:
            time.sleep(0.2)
            memory = tree_memory(parent.pid)
        count, rss, pss = memory.by_kind["other"]
        assert count == 2
        assert 40 <= rss == pytest.approx(memory.rss)
        assert pss <= rss
        assert rss < 40 + 60  # the process outside the tree is left out
    finally:
        children = psutil.Process(parent.pid).children(recursive=True)
        for process in (parent, outside):
            process.kill()
            process.wait()
        for child in children:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()


def test_a_process_that_is_gone_has_no_memory() -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    memory = tree_memory(gone.pid)
    assert (memory.rss, memory.pss, memory.by_kind) == (0.0, 0.0, {})
