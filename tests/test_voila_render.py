"""Voila as a Jupyter server extension (``/voila/render/...``, how hubs and Binder open the demo)
renders it with the kit's offline template too.

There no ``voila.json`` is read (that file is for the standalone ``workshop demo``), so the demo
notebook names the template in its own metadata; the theme stays in ``voila.json``. The page HTML
is fetched over HTTP and read for stylesheet links that would leave the machine (Voila's ``lab``
template links Font Awesome from a CDN; the kit's template does not).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "notebooks" / "facilitator" / "demo.ipynb"
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.browser  # starts a Jupyter server, as the browser tests do


def test_the_demo_notebook_names_the_kits_template_and_leaves_the_theme_to_voila_json():
    """The committed demo carries ``"voila": {"template": "workshop"}`` and no theme."""
    meta = json.loads(DEMO.read_text(encoding="utf-8"))["metadata"]

    assert meta["voila"] == {"template": "workshop"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _outside_links(page: str) -> list[str]:
    links = re.findall(r"<link[^>]*href=[\"']([^\"']+)", page)
    return [u for u in links if "://" in u and not u.startswith("http://127.0.0.1")]


def test_voila_render_on_a_jupyter_server_uses_the_offline_template(tmp_path):
    """A Jupyter server (no voila.json anywhere near) serves /voila/render/demo.ipynb with no
    stylesheet from outside the machine, while Voila's own ``lab`` template would link one."""
    folder = tmp_path / "home"
    folder.mkdir()
    shutil.copyfile(DEMO, folder / "demo.ipynb")
    plain = json.loads(DEMO.read_text(encoding="utf-8"))
    plain["metadata"].pop("voila")
    (folder / "plain.ipynb").write_text(json.dumps(plain), encoding="utf-8")
    port, token = _free_port(), "t0ken"
    env = dict(os.environ, WORKSHOP_WORKSPACE=str(tmp_path / "participant.json"),
               WORKSHOP_SHARE_DIR=str(tmp_path / "share"),
               JUPYTER_CONFIG_DIR=str(tmp_path / "jupyter-config"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    env.pop("MPLBACKEND", None)
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / "voila-render.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "server", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", "--allow-root", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={folder}"],
        cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def get(name: str) -> str:
        url = f"http://127.0.0.1:{port}/voila/render/{name}?token={token}"
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, "the server stopped; see test-artifacts/voila-render.log"
            try:
                with urllib.request.urlopen(url, timeout=60) as answer:
                    return answer.read().decode("utf-8")
            except OSError:
                assert time.monotonic() < deadline, "no answer within 120 s"
                time.sleep(0.3)

    try:
        page = get("demo.ipynb")
        lab_page = get("plain.ipynb")
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        log.close()

    assert "<link" in page and "voila" in page.lower()
    assert _outside_links(page) == []
    assert _outside_links(lab_page), "Voila's lab template no longer links a CDN: the check is void"
