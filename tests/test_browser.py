"""The main flow in a real browser: Debian's Chromium driven by Playwright for Python.

(a) the facilitator demo served by Voila shows the ranking and a chart, and picking another
persona changes the strongest role; (b) in JupyterLab, notebook 01 runs, a role added through
the widgets shows in the table and in the saved workspace file.

Every run saves screenshots in ``test-artifacts/`` (git-ignored), so a failing run leaves them
for inspection, and a log of each server beside them. Nothing is downloaded: the browser is
``/usr/bin/chromium`` (``make test`` installs it with apt when missing) and every server listens
on the loopback address only.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import servers
from servers import CHROMIUM, CHROMIUM_ARGS, free_port, lab_command  # noqa: F401 (re-exported)

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
# The notebooks to test; a developer can point this at another copy of them.
NOTEBOOKS = Path(os.environ.get("WORKSHOP_BROWSER_NOTEBOOKS") or ROOT / "notebooks")
# What a participant's run leaves beside the notebooks: never copied into a test's folder.
PARTICIPANT_FILES = ("my_workspace.json", "share_exports", ".ipynb_checkpoints", "answer_card.*",
                     "workshop.log")
STEP = 30_000  # ms: the most any one step may take
NEW_ROLE = {"title": "Night Porter <i>x</i> & Co", "organization": "Harbour Hotel",
            "start": "2015-03", "end": "2016-08", "summary": "kept the front desk running"}

# Every browser test file: marked ``browser`` (one at a time, see conftest.py), skipped
# without Chromium. The other browser files import this and STEPS.
BROWSER = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's Chromium at /usr/bin/chromium "
                              "(`make browser` installs it: apt-get install -y chromium)"),
]
pytestmark = BROWSER  # the `browser` fixture is in conftest.py, shared by every browser file
# The participant notebooks in the order a participant takes them.
STEPS = ["00_start_here.ipynb", "01_list_your_jobs.ipynb", "02_rate_skill_growth.ipynb",
         "03_rate_company_results.ipynb", "04_find_your_strongest_role.ipynb",
         "05_draft_your_answer.ipynb"]


def copy_notebooks(tmp_path: Path) -> Path:
    """The notebooks under test (``NOTEBOOKS``) copied to ``tmp_path / "notebooks"`` without a
    participant's files (``PARTICIPANT_FILES``): the folder a browser test serves."""
    root = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(*PARTICIPANT_FILES))
    return root


def _clean_env(tmp_path: Path, workspace: Path) -> dict[str, str]:
    """The servers' environment: our workspace, Jupyter settings of their own, untouched (the
    kit's config alone must keep JupyterLab offline), and the kit's Jupyter config
    (workshop/jupyter/: no news, no update check)."""
    from workshop.jupyter import lab_environment

    return lab_environment(servers.jupyter_env(tmp_path, workspace))


def serving(name: str, command: list[str], cwd: Path, env: dict, url: str, timeout: float = 120):
    """A server until the block ends (``servers.serving``), its log in test-artifacts/."""
    return servers.serving(name, command, cwd=cwd, env=env, url=url,
                           log=ARTIFACTS / f"{name}.log", timeout=timeout)


@contextmanager
def page_of(browser, name: str):
    """A fresh page; a screenshot named ``name-last.png`` is saved however the block ends."""
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1100, "height": 1300})
    page = context.new_page()
    try:
        yield page
    finally:
        try:
            page.screenshot(path=str(ARTIFACTS / f"{name}-last.png"), full_page=True)
        finally:
            context.close()


def shot(page, name: str) -> None:
    """A screenshot of everything on the page, also what sits in an inner scrolling panel."""
    size = page.viewport_size
    tall = page.evaluate("() => Math.max(document.body.scrollHeight, ...[...document"
                         ".querySelectorAll('*')].map(e => e.scrollHeight))")
    page.set_viewport_size({"width": size["width"], "height": min(max(tall, size["height"]),
                                                                  6000)})
    try:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    finally:
        page.set_viewport_size(size)


# --- (a) the Voila demo -------------------------------------------------------------------------


def test_voila_demo_shows_ranking_and_chart_and_follows_the_persona(browser, tmp_path):
    """The demo app shows the ranking and a chart; picking another persona changes the
    strongest role; the participant's own workspace file is never written."""
    from workshop.resources import persona_label, persona_paths
    from workshop.scoring import rank
    from workshop.store import read_workspace
    from workshop.widgets.demo import DEFAULT_PERSONA

    demo = NOTEBOOKS / "facilitator" / "demo.ipynb"
    assert demo.exists(), "the demo notebook is missing"
    personas = persona_paths()
    other = "senior_professional" if "senior_professional" in personas else \
        next(n for n in personas if n != DEFAULT_PERSONA)

    def strongest(name):
        return rank(read_workspace(personas[name])).strongest.role

    first, second = strongest(DEFAULT_PERSONA), strongest(other)
    assert first.title != second.title, "pick personas whose strongest roles differ"

    workspace = tmp_path / "participant.json"
    workspace.write_text("{}", encoding="utf-8")  # present but must stay untouched
    before = workspace.read_bytes()
    port = free_port()
    command = [sys.executable, "-m", "voila", demo.name, "--no-browser", f"--port={port}",
               "--Voila.ip=127.0.0.1", "--theme=light"]
    url = f"http://127.0.0.1:{port}/"
    with serving("voila", command, demo.parent, _clean_env(tmp_path, workspace), url), \
            page_of(browser, "voila") as page:
        outside = []  # requests leaving the machine
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(
            (f"http://127.0.0.1:{port}/", f"ws://127.0.0.1:{port}/", "data:", "blob:")) else None)
        started = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=STEP)
        chart = page.locator(".widget-image").first
        chart.wait_for(state="visible", timeout=STEP)
        page.wait_for_function(
            "() => [...document.querySelectorAll('.widget-image')]"
            ".some(img => img.complete && img.naturalWidth > 100)", timeout=STEP)
        first_chart = time.perf_counter() - started
        (ARTIFACTS / "voila-first-chart-seconds.txt").write_text(f"{first_chart:.2f}\n")
        table = page.locator("table.workshop-ranking")
        table.wait_for(state="visible", timeout=STEP)
        shot(page, "voila-1-first-persona")

        first_row = table.locator("tbody tr").first
        assert first.title in first_row.inner_text()
        assert f"Your strongest answer is {first.label}" in page.inner_text("body")

        page.locator("select").first.select_option(label=persona_label(other, personas[other]))
        page.wait_for_function(
            "title => document.querySelector('table.workshop-ranking tbody tr')"
            ".innerText.includes(title)", arg=second.title, timeout=STEP)
        shot(page, "voila-2-other-persona")

        assert f"Your strongest answer is {second.label}" in page.inner_text("body")
        assert first.title not in table.locator("tbody tr").first.inner_text()
        assert page.locator(".widget-image").first.evaluate("img => img.naturalWidth") > 100
    assert workspace.read_bytes() == before
    # Offline apart from the widget library's icon font (the demo uses no icons).
    assert all("fontawesome" in u for u in outside), outside
    print(f"\nVoila demo: first chart visible {first_chart:.1f} s after the page was requested")


# --- (b) JupyterLab, notebook 01 ----------------------------------------------------------------


# The notebook tab whose file path ends with ``name``, wherever the tabs are.
BY_PATH = ("[...window.jupyterapp.shell.widgets('main')]"
           ".find(x => x.context && x.context.path.endsWith(name))")


def _lab_ready(page, notebook: str) -> str:
    """Wait until ``notebook``'s tab has an idle kernel, bring that tab to the front (under load
    JupyterLab may bring back the tab that last had the focus) and return its panel's id."""
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell", timeout=STEP)
    page.wait_for_function(
        f"name => {{ const w = {BY_PATH}; return w && w.sessionContext &&"
        " w.sessionContext.session && w.sessionContext.session.kernel &&"
        " w.sessionContext.session.kernel.status === 'idle'; }", arg=notebook, timeout=STEP)
    panel_id = page.evaluate(f"name => {BY_PATH}.id", notebook)
    # brought forward until it stays in front, as a participant clicks the tab again when the
    # restored layout (after a reload) puts the tab they had before back in front
    page.wait_for_function(
        "id => { const shell = window.jupyterapp.shell;"
        " const front = shell.currentWidget;"  # null while the restored layout settles
        " if (!front || front.id !== id) { shell.activateById(id); return false; }"
        " return true; }", arg=panel_id, timeout=STEP, polling=200)
    return panel_id


def _run_all(page) -> None:
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    # wait until no cell is queued or running ("[*]") and the kernel is idle again
    page.wait_for_function(
        "() => { const w = window.jupyterapp.shell.currentWidget;"
        " const busy = [...document.querySelectorAll('.jp-InputArea-prompt')]"
        "   .some(p => p.textContent.includes('*'));"
        " return !busy && w.sessionContext.session.kernel.status === 'idle'; }",
        timeout=STEP)


def _saved_titles(path: Path) -> list[str]:
    try:
        return [r["title"] for r in json.loads(path.read_text(encoding="utf-8"))["roles"]]
    except (OSError, ValueError, KeyError):
        return []


def test_lab_notebook_01_adds_a_role_through_the_widgets(browser, tmp_path):
    """In JupyterLab, notebook 01 runs; a role typed into the form and added shows in the
    widget's table, in the table cell below after a re-run, and in the saved workspace file."""
    notebook = "01_list_your_jobs.ipynb"
    if not (NOTEBOOKS / notebook).exists():
        pytest.skip(f"notebooks/{notebook} is not there yet")
    root = copy_notebooks(tmp_path)
    workspace = tmp_path / "my_workspace.json"
    persona = ROOT / "data" / "personas" / "career_changer.json"
    shutil.copyfile(persona, workspace)
    roles_before = _saved_titles(workspace)
    assert NEW_ROLE["title"] not in roles_before

    port = free_port()
    command = lab_command(port, root)
    url = f"http://127.0.0.1:{port}/lab/tree/{notebook}"
    env = _clean_env(tmp_path, workspace)
    with serving("jupyterlab", command, root, env, f"http://127.0.0.1:{port}/api/status"), \
            page_of(browser, "lab") as page:
        page.goto(url, wait_until="domcontentloaded", timeout=STEP)
        _lab_ready(page, notebook)
        _run_all(page)
        form = page.locator(".widget-text", has_text="Job title:").locator("input")
        form.wait_for(state="visible", timeout=STEP)
        shot(page, "lab-1-notebook-01-ran")

        def field(label: str):
            return page.locator(".widget-text", has_text=label).locator("input").first

        field("Job title:").fill(NEW_ROLE["title"])
        field("Organisation:").fill(NEW_ROLE["organization"])
        field("Start:").fill(NEW_ROLE["start"])
        field("End:").fill(NEW_ROLE["end"])
        field("In one line:").fill(NEW_ROLE["summary"])
        page.get_by_role("button", name="Add as new role").click()

        deadline = time.monotonic() + STEP / 1000
        while NEW_ROLE["title"] not in _saved_titles(workspace):
            assert time.monotonic() < deadline, "the new role never reached the workspace file"
            time.sleep(0.2)
        editor = page.locator(".jp-OutputArea-output").filter(has_text="Add as new role")
        page.wait_for_function(
            "title => [...document.querySelectorAll('.jp-OutputArea-output table td')]"
            ".some(td => td.textContent.includes(title))", arg=NEW_ROLE["title"], timeout=STEP)
        shot(page, "lab-2-role-added")

        assert NEW_ROLE["title"] in editor.inner_text()  # in the widget's list and table
        # typed text is shown as text: no <i> element was made from it
        assert page.evaluate(
            "title => [...document.querySelectorAll('.jp-OutputArea-output td')]"
            ".filter(td => td.textContent.includes(title))"
            ".every(td => td.querySelector('i') === null)", NEW_ROLE["title"])
        saved = json.loads(workspace.read_text(encoding="utf-8"))
        added = next(r for r in saved["roles"] if r["title"] == NEW_ROLE["title"])
        assert added["organization"] == NEW_ROLE["organization"]
        assert added["start"] == NEW_ROLE["start"] and added["end"] == NEW_ROLE["end"]
        assert _saved_titles(workspace)[: len(roles_before)] == roles_before

        _run_all(page)  # the editor made again by the re-run reads the saved file
        page.wait_for_function(
            "title => [...document.querySelectorAll('.jp-OutputArea-output')]"
            ".some(o => o.textContent.includes(title))", arg=NEW_ROLE["title"], timeout=STEP)
        shot(page, "lab-3-table-after-rerun")
