"""Servers that the browser tests and the tools start: JupyterLab, Voila, `workshop demo`, the hub.

A server runs in a process group of its own, its output in a log file, so that stopping it stops
what it started too (kernels, the Voila server under `workshop demo`). ``serving`` starts one,
waits until it answers, and stops it when the block ends: SIGTERM to the group, a wait, then
SIGKILL. A server that stops at start-up or does not answer in time raises ``ServerError``.
``jupyter_env`` gives a Jupyter server settings of its own, in a temporary folder;
``lab_command`` is the JupyterLab they start; ``CHROMIUM`` and ``CHROMIUM_ARGS`` the browser.

The tools beside this file import it by name, as scripts do; the tests too, since pytest puts
``tools/`` on the path (``pythonpath`` in pyproject.toml).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "ServerError", "answers", "free_port", "jupyter_env",
           "lab_command", "serving", "stop", "wait_until_answers"]

# Debian's Chromium (`make browser`), as every browser test and tool drives it: headless, no GPU,
# nothing fetched for itself (no updates, no sync, no first-run pages).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


class ServerError(RuntimeError):
    """A server stopped at start-up or did not answer in time; the message names its log."""


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jupyter_env(tmp: Path, workspace: Path) -> dict[str, str]:
    """This process's environment for a Jupyter server: ``workspace`` as the workspace file, a
    class folder and Jupyter's configuration, lab workspaces and lab settings of its own under
    ``tmp``, and no ``MPLBACKEND`` (the notebooks draw inline)."""
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)
    env["WORKSHOP_WORKSPACE"] = str(workspace)
    env["WORKSHOP_SHARE_DIR"] = str(tmp / "share")
    env["JUPYTER_CONFIG_DIR"] = str(tmp / "jupyter-config")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(tmp / "lab-workspaces")
    env["JUPYTERLAB_SETTINGS_DIR"] = str(tmp / "lab-settings")
    return env


def lab_command(port: int, root: Path) -> list[str]:
    """JupyterLab on loopback with no token, the app exposed to scripts, nothing fetched."""
    from workshop.jupyter import LAB_ARGS

    return [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
            f"--port={port}", "--ServerApp.ip=127.0.0.1", "--ServerApp.token=",
            "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
            "--LabApp.expose_app_in_browser=True", f"--ServerApp.root_dir={root}",
            *LAB_ARGS]


def answers(url: str, timeout: float = 5) -> bool:
    """``url`` answers with HTTP 200; ``tcp:PORT``: a loopback port accepts a connection (Voila
    renders the notebook, with a kernel, for every page request: don't ask it twice)."""
    try:
        if url.startswith("tcp:"):
            with socket.create_connection(("127.0.0.1", int(url[4:])), timeout=timeout):
                return True
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def wait_until_answers(process: subprocess.Popen, url: str, *, name: str,
                       log: Path | None = None, timeout: float = 120, tail: int = 0) -> None:
    """Wait until ``url`` answers (see :func:`answers`); ``ServerError`` when ``process`` stops
    first (with the last ``tail`` characters of its log) or ``timeout`` seconds pass."""
    see = f"; see {log}" if log is not None else ""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            last = log.read_text(errors="replace")[-tail:] if tail and log is not None else ""
            raise ServerError(f"{name} stopped with code {process.returncode}{see}"
                              + (f":\n{last}" if last else ""))
        if answers(url):
            return
        if time.monotonic() > deadline:
            raise ServerError(f"{name} did not answer at {url} within {timeout:.0f} s{see}")
        time.sleep(0.3)


def stop(process: subprocess.Popen, timeout: float = 10) -> None:
    """Stop the server's whole process group: SIGTERM, up to ``timeout`` seconds for the server
    to end, then SIGKILL."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=timeout)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@contextmanager
def serving(name: str, command: list[str], *, cwd: Path, env: dict, url: str, log: Path,
            timeout: float = 120, stop_timeout: float = 10) -> Iterator[subprocess.Popen]:
    """Run ``command`` as a server of its own until the block ends, its output in ``log``; the
    block starts once ``url`` answers (see :func:`wait_until_answers`)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_until_answers(process, url, name=name, log=log, timeout=timeout)
            yield process
        finally:
            stop(process, stop_timeout)
