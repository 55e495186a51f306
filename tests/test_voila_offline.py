"""The Voila demo is fully offline: every request the page makes goes to 127.0.0.1.

`workshop demo` serves ``notebooks/facilitator/demo.ipynb`` with the kit's own Voila template
(``share/jupyter/voila/templates/workshop``, picked by the ``voila.json`` beside the demo, which
also sets the theme). Voila's ``lab`` template links Font Awesome from a CDN; ours leaves those
links out, and icons still show because Voila's own bundle carries Font Awesome 5.15.4.

The browser records every request and web socket the page opens and refuses any that would leave
the machine, so the test itself sends nothing out. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from servers import CHROMIUM, CHROMIUM_ARGS, free_port, serving

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
DEMO = ROOT / "notebooks" / "facilitator"
STEP = 60_000  # ms

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's Chromium at /usr/bin/chromium (`make browser`)"),
]


def test_voila_json_picks_the_kits_template_and_the_theme():
    """The demo's folder names the kit's template and a theme for Voila to read."""
    config = json.loads((DEMO / "voila.json").read_text(encoding="utf-8"))["VoilaConfiguration"]

    assert config["template"] == "workshop"
    assert config["theme"] in {"light", "dark"}
    assert (ROOT / "share/jupyter/voila/templates/workshop/index.html.j2").is_file()


def test_voila_finds_the_installed_template_as_it_is_in_the_repository():
    """Installing the kit puts the template where Voila looks (<prefix>/share/jupyter), and the
    installed copy is the repository's (`make setup` re-installs when the template changes)."""
    from voila.paths import collect_template_paths

    source = ROOT / "share/jupyter/voila/templates/workshop"
    found = [Path(p) for p in collect_template_paths(["voila", "nbconvert"], "workshop",
                                                      prune=True)]
    installed = next(p for p in found if p.name == "workshop")

    for name in ("conf.json", "index.html.j2"):
        assert (installed / name).read_bytes() == (source / name).read_bytes(), name


@pytest.fixture
def demo_server(tmp_path):
    """`workshop demo` on a free loopback port, with a throw-away workspace and Jupyter settings;
    stopped (with its Voila) when the test ends. Its log goes to test-artifacts/."""
    port = free_port()
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)
    env.update(WORKSHOP_WORKSPACE=str(tmp_path / "participant.json"),
               WORKSHOP_SHARE_DIR=str(tmp_path / "share"),
               JUPYTER_CONFIG_DIR=str(tmp_path / "jupyter-config"))
    command = [sys.executable, "-m", "workshop.cli", "demo", "--no-browser", f"--port={port}"]
    url = f"http://127.0.0.1:{port}/"
    with serving("workshop demo", command, cwd=tmp_path, env=env, url=url,
                 log=ARTIFACTS / "voila-offline.log", stop_timeout=20):
        yield url


def test_the_voila_demo_asks_nothing_outside_the_machine(demo_server):
    """Every request and web socket of the demo page goes to 127.0.0.1; the page is rendered by
    the kit's template in the light theme, shows the ranking and a chart, and an icon a widget
    asks for (Font Awesome's ``fa-upload``, as on an upload button) is drawn from the local font."""
    sync_api = pytest.importorskip("playwright.sync_api")
    seen: list[str] = []
    outside: list[str] = []

    def local(url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in {"data", "blob", "about"} or parts.hostname == "127.0.0.1"

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1100, "height": 1300})

            def route(r):
                seen.append(r.request.url)
                if local(r.request.url):
                    r.continue_()
                else:
                    outside.append(r.request.url)
                    r.abort()

            context.route("**/*", route)
            page = context.new_page()
            page.on("websocket", lambda ws: seen.append(ws.url) or (
                None if local(ws.url) else outside.append(ws.url)))
            page.goto(demo_server, wait_until="commit", timeout=STEP)
            page.locator("table.workshop-ranking").wait_for(state="visible", timeout=STEP)
            page.wait_for_function(
                "() => [...document.querySelectorAll('.widget-image')]"
                ".some(img => img.complete && img.naturalWidth > 100)", timeout=STEP)
            page.wait_for_load_state("networkidle", timeout=STEP)
            icon = page.evaluate("""async () => {
                const i = document.createElement('i');
                i.className = 'fa fa-upload';
                document.body.appendChild(i);
                const family = getComputedStyle(i, '::before').fontFamily;
                const faces = await document.fonts.load('900 16px "Font Awesome 5 Free"');
                return {family, loaded: faces.length, width: i.getBoundingClientRect().width};
            }""")
            page.wait_for_load_state("networkidle", timeout=STEP)
            body = page.locator("body")
            theme = body.get_attribute("data-jp-theme-name")
            links = page.evaluate("() => [...document.querySelectorAll('link[href]')]"
                                  ".map(l => l.href)")
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "voila-offline.png"), full_page=True)
            context.close()
        finally:
            browser.close()

    (ARTIFACTS / "voila-offline-requests.txt").write_text("\n".join(seen) + "\n",
                                                         encoding="utf-8")
    assert len(seen) > 10, seen  # the recorder saw the page load (HTML, scripts, kernel socket)
    assert any(u.startswith("ws://127.0.0.1:") for u in seen), "no kernel web socket was seen"
    assert outside == [], f"the demo asked outside the machine: {outside}"
    assert all(local(u) for u in links), links
    assert theme == "JupyterLab Light"
    assert "Font Awesome 5 Free" in icon["family"], icon
    assert icon["loaded"] >= 1 and icon["width"] > 0, icon
