"""A participant's session leaves the kit's notebooks as committed, in JupyterLab in a real browser
(issue 24, class 1). JupyterLab on a temporary copy of ``notebooks/`` with a sample person's
workspace, started the way the kit starts it (its Jupyter configuration from the environment, so
the pre-save hook of ``workshop/jupyter/clean_save.py`` applies as it does on Binder and a hub):
00 and 04 are run and saved; each file on disk is then byte for byte the committed one (no
outputs, no widget state, no sample person's data). The kernels are stopped and the page
reloaded, as after a break: the notebooks show their lesson and "Run the cell below", never
"Error displaying widget". Opened and not run, no notebook is marked unsaved. (A copy saved
under another name keeps its outputs: tests/test_clean_save.py.) Screenshots:
``test-artifacts/clean_save/*.png``.
"""

from __future__ import annotations

import json
import shutil
import time
import urllib.request

import pytest
from test_browser import (
    ARTIFACTS,
    BROWSER,
    CHROMIUM,
    CHROMIUM_ARGS,
    NOTEBOOKS,
    ROOT,
    STEP,
    STEPS,
    _clean_env,
    copy_notebooks,
    free_port,
    lab_command,
    serving,
    shot,
)
from test_browser_walkthrough import _BY_ID, _SHOWN_ID, _open, _persona_words, _run_all

pytestmark = BROWSER

SHOTS = ARTIFACTS / "clean_save"
OPENED = ["00_start_here.ipynb", "04_find_your_strongest_role.ipynb"]


# As a notebook's kernel starts, JupyterLab writes the kernel's language_info and kernelspec into
# the notebook once the kernel's info and spec arrive (NotebookPanel._onKernelChanged): this waits
# until both have arrived and JupyterLab's own handlers, registered before it, have run (it
# replaced a sleep of 1.5 s per notebook).
_SETTLED = """async name => {
    const w = [...window.jupyterapp.shell.widgets('main')]
        .find(x => x.context && x.context.path.endsWith(name));
    await w.sessionContext.ready;
    const kernel = w.sessionContext.session.kernel;
    await kernel.info;
    await kernel.spec;
    await new Promise(done => setTimeout(done, 0));
    return null;
}"""


def _save(page, notebook: str) -> None:
    """The participant's Ctrl+S on ``notebook`` (JupyterLab's autosave does the same)."""
    panel_id = page.evaluate("name => [...window.jupyterapp.shell.widgets('main')]"
                             ".find(x => x.context && x.context.path.endsWith(name)).id",
                             notebook)
    page.evaluate(f"id => {{ {_SHOWN_ID} return window.jupyterapp.commands"
                  ".execute('docmanager:save', on).then(() => null); }", panel_id)
    page.wait_for_function(f"id => !{_BY_ID}.context.model.dirty", arg=panel_id, timeout=STEP)


def _stop_every_kernel(port: int) -> None:
    """As after a break: the server's sessions and kernels are shut down."""
    base = f"http://127.0.0.1:{port}/api"
    with urllib.request.urlopen(f"{base}/sessions", timeout=10) as response:
        sessions = json.load(response)
    for session in sessions:
        request = urllib.request.Request(f"{base}/sessions/{session['id']}", method="DELETE")
        urllib.request.urlopen(request, timeout=10).close()
    deadline = time.monotonic() + STEP / 1000
    while True:
        with urllib.request.urlopen(f"{base}/kernels", timeout=10) as response:
            if not json.load(response):
                return
        assert time.monotonic() < deadline, "the kernels did not stop"
        time.sleep(0.2)


def test_a_session_saves_the_kit_notebooks_as_committed_and_reopens_them_without_errors(
        tmp_path):
    """Run and saved in JupyterLab, 00 and 04 stay byte for byte as committed; reopened after
    the kernels stopped, they show their lesson and how to start, no widget error."""
    sync_api = pytest.importorskip("playwright.sync_api")
    SHOTS.mkdir(parents=True, exist_ok=True)
    root = copy_notebooks(tmp_path)
    workspace = tmp_path / "my_workspace.json"
    shutil.copyfile(ROOT / "data" / "personas" / "career_changer.json", workspace)
    persona_words = _persona_words()
    port = free_port()
    with sync_api.sync_playwright() as p, \
            serving("clean_save/jupyterlab", lab_command(port, root),
                    root, _clean_env(tmp_path, workspace),
                    f"http://127.0.0.1:{port}/api/status"):
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.set_default_timeout(STEP)
        try:
            page.goto(f"http://127.0.0.1:{port}/lab/tree/{OPENED[0]}",
                      wait_until="domcontentloaded")
            for notebook in OPENED:
                panel = _open(page, notebook)
                _run_all(page, notebook)
                panel.locator(".jupyter-widgets").first.wait_for(state="visible")
                shown = panel.inner_text()
                assert [w for w in persona_words if w in shown], "the session shows its data"
                shot(page, f"clean_save/{notebook[:2]}_ran")
                _save(page, notebook)
            for notebook in OPENED:
                saved = (root / notebook).read_bytes()
                assert saved == (NOTEBOOKS / notebook).read_bytes(), \
                    f"{notebook} was saved with the session in it"

            _stop_every_kernel(port)
            page.reload(wait_until="domcontentloaded")
            page.wait_for_function("() => window.jupyterapp && window.jupyterapp.commands"
                                   ".hasCommand('docmanager:open')")
            page.evaluate("() => window.jupyterapp.restored")
            for notebook in OPENED:
                panel = _open(page, notebook)
                # rendered (JupyterLab hides the cells a window scroll away: under each
                # notebook's picture this one can start below the fold)
                panel.locator(".jp-RenderedMarkdown", has_text="Run the cell below").first \
                    .wait_for(state="attached")
                shown = panel.inner_text()
                assert "Error displaying widget" not in shown
                assert "model not found" not in shown
                assert not [w for w in persona_words if w in shown]
                assert panel.locator(".jp-OutputArea-output").count() == 0
                shot(page, f"clean_save/{notebook[:2]}_reopened")
        finally:
            try:
                page.screenshot(path=str(SHOTS / "last.png"), full_page=True)
            finally:
                browser.close()
    for notebook in OPENED:
        assert (root / notebook).read_bytes() == (NOTEBOOKS / notebook).read_bytes()


def test_the_kit_notebooks_open_without_being_marked_unsaved(browser, tmp_path):
    """Opened in JupyterLab and left alone until its kernel is idle, no kit notebook is marked
    unsaved (JupyterLab writes the kernel's language_info into a notebook as its kernel starts;
    the kit's server sends it with that already in), and none is written on disk."""
    root = copy_notebooks(tmp_path)
    workspace = tmp_path / "my_workspace.json"
    shutil.copyfile(ROOT / "data" / "personas" / "career_changer.json", workspace)
    port = free_port()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serving("clean_save/jupyterlab-open", lab_command(port, root), root,
                 _clean_env(tmp_path, workspace), f"http://127.0.0.1:{port}/api/status"):
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.set_default_timeout(STEP)
        try:
            page.goto(f"http://127.0.0.1:{port}/lab/tree/{STEPS[0]}",
                      wait_until="domcontentloaded")
            dirty = {}
            for notebook in STEPS:
                panel = _open(page, notebook)
                panel.locator(".jp-RenderedMarkdown").first.wait_for(state="attached")
                page.evaluate(_SETTLED, notebook)  # what JupyterLab does as the kernel settles
                dirty[notebook] = page.evaluate(
                    "name => [...window.jupyterapp.shell.widgets('main')].find(x => x.context"
                    " && x.context.path.endsWith(name)).context.model.dirty", notebook)
            shot(page, "clean_save/opened")
            assert not any(dirty.values()), dirty
            for notebook in STEPS:
                assert (root / notebook).read_bytes() == (NOTEBOOKS / notebook).read_bytes()
        finally:
            page.context.close()
