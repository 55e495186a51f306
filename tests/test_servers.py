"""The one way tests and tools start a server (tools/servers.py): it waits until the server
answers, says in one message when it stops at start-up, and stops the server's whole group."""

from __future__ import annotations

import os
import sys
import time

import pytest
from servers import ServerError, answers, free_port, serving


def running(pid: int) -> bool:
    """The process exists and is not a zombie (an orphan may wait long to be reaped here)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_server_is_waited_for_and_its_whole_group_stopped(tmp_path):
    """The block runs once the server answers with 200; afterwards the server and what it
    started (here a child in its group) are gone, and its output is in the log."""
    port = free_port()
    child = tmp_path / "child.pid"
    command = [sys.executable, "-c",
               "import subprocess, sys, http.server\n"
               "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
               f"open({str(child)!r}, 'w').write(str(p.pid))\n"
               "print('serving', flush=True)\n"
               f"http.server.test(http.server.SimpleHTTPRequestHandler, port={port}, "
               "bind='127.0.0.1')"]
    log = tmp_path / "logs" / "server.log"

    with serving("http", command, cwd=tmp_path, env=dict(os.environ),
                 url=f"http://127.0.0.1:{port}/", log=log, timeout=30) as process:
        assert answers(f"http://127.0.0.1:{port}/")
        assert answers(f"tcp:{port}")
        pid = int(child.read_text())

    assert process.poll() is not None
    deadline = time.monotonic() + 10  # the child got its SIGTERM with the server: let it end
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not running(pid)
    assert not answers(f"tcp:{port}")
    assert "serving" in log.read_text()


def test_a_server_that_stops_at_start_up_is_said_with_its_log(tmp_path):
    """A server that ends before it answers raises ServerError naming its code and its log."""
    log = tmp_path / "broken.log"

    with pytest.raises(ServerError) as info:
        with serving("broken", [sys.executable, "-c", "raise SystemExit(3)"], cwd=tmp_path,
                     env=dict(os.environ), url=f"tcp:{free_port()}", log=log, timeout=30):
            pytest.fail("the block must not run")

    assert str(info.value) == f"broken stopped with code 3; see {log}"
