"""Voila as a Jupyter server extension (``/voila/render/...``, how hubs and Binder open the demo)
renders it with the kit's offline template too.

There no ``voila.json`` is read (that file is for the standalone ``workshop demo``), so the demo
notebook names the template in its own metadata; the theme stays in ``voila.json``. The page HTML
is fetched over HTTP and read for stylesheet links that would leave the machine (Voila's ``lab``
template links Font Awesome from a CDN; the kit's template does not).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import urllib.request
from pathlib import Path

import pytest
from servers import free_port, jupyter_env, serving

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "notebooks" / "facilitator" / "demo.ipynb"
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.browser  # starts a Jupyter server, as the browser tests do


def test_the_demo_notebook_names_the_kits_template_and_leaves_the_theme_to_voila_json():
    """The committed demo carries ``"voila": {"template": "workshop"}`` and no theme."""
    meta = json.loads(DEMO.read_text(encoding="utf-8"))["metadata"]

    assert meta["voila"] == {"template": "workshop"}


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
    port, token = free_port(), "t0ken"
    env = jupyter_env(tmp_path, tmp_path / "participant.json")
    env["JUPYTER_RUNTIME_DIR"] = str(tmp_path / "runtime")
    command = [sys.executable, "-m", "jupyter", "server", "--no-browser", f"--port={port}",
               "--ServerApp.ip=127.0.0.1", "--allow-root", f"--IdentityProvider.token={token}",
               f"--ServerApp.root_dir={folder}"]

    def get(name: str) -> str:
        url = f"http://127.0.0.1:{port}/voila/render/{name}?token={token}"
        with urllib.request.urlopen(url, timeout=120) as answer:
            return answer.read().decode("utf-8")

    with serving("Jupyter server", command, cwd=folder, env=env,
                 url=f"http://127.0.0.1:{port}/api/status?token={token}",
                 log=ARTIFACTS / "voila-render.log", stop_timeout=20):
        page = get("demo.ipynb")
        lab_page = get("plain.ipynb")

    assert "<link" in page and "voila" in page.lower()
    assert _outside_links(page) == []
    assert _outside_links(lab_page), "Voila's lab template no longer links a CDN: the check is void"
    # the cell that speaks to JupyterLab users ("run the cell below") is left out of the app,
    # while Voila's own template, which knows nothing of the tag, shows it
    assert "run the cell below" not in page
    assert "run the cell below" in lab_page
