"""Nothing a participant typed is lost, and a role is never silently changed: JupyterLab in
Debian's Chromium (branch keep1).

(1) notebook 01: after "Add as new role" the form is empty; the next role typed takes nothing of
the one just added, and "Save changes" is never offered while typing it.
(2, 3) notebook 02: a skill typed and not saved in one browser tab survives the same notebook
run in a second tab (the first says in words that its view moved) and a kernel restart (the
dead view says to run the cell again), and comes back in the form when the cell runs again.
(4) notebook 02: text still in a box (the cursor never left it) survives a reload of the page.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from servers import free_port, lab_command
from test_browser import (
    BROWSER,
    ROOT,
    STEP,
    _clean_env,
    _lab_ready,
    _run_all,
    copy_notebooks,
    page_of,
    serving,
    shot,
)

from workshop.drafts import drafts_path
from workshop.widgets._base import MOVED

pytestmark = BROWSER


def _lab(tmp_path: Path, persona: str | None):
    """The kit's notebooks copied to a folder of their own, a workspace (a persona's copy, or
    none yet), and the JupyterLab command, environment and status address to serve them."""
    root = copy_notebooks(tmp_path)
    workspace = tmp_path / "my_workspace.json"
    if persona:
        shutil.copyfile(ROOT / "data" / "personas" / f"{persona}.json", workspace)
    port = free_port()
    return (root, workspace, port, lab_command(port, root), _clean_env(tmp_path, workspace),
            f"http://127.0.0.1:{port}/api/status")


def _until(check, what: str) -> None:
    deadline = time.monotonic() + STEP / 1000
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


def _roles(path: Path) -> list[dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))["roles"]
    except (OSError, ValueError, KeyError):
        return []


def test_lab_01_the_form_after_add_is_a_new_roles_and_takes_nothing_of_the_last(
        browser, tmp_path):
    notebook = "01_list_your_jobs.ipynb"
    root, workspace, port, command, env, status = _lab(tmp_path, None)
    with serving("jupyterlab-keep-01", command, root, env, status), \
            page_of(browser, "keep-01") as page:
        page.goto(f"http://127.0.0.1:{port}/lab/tree/{notebook}", wait_until="domcontentloaded",
                  timeout=STEP)
        _lab_ready(page, notebook)
        _run_all(page)

        def field(label: str):
            return page.locator(".widget-text", has_text=label).locator("input").first

        field("Job title:").wait_for(state="visible", timeout=STEP)
        field("Job title:").fill("Barista")
        field("Organisation:").fill("Bean There")
        field("Start:").fill("2016-01")
        field("It gave me:").fill("patience with a queue")
        field("It gave me:").press("Tab")
        page.get_by_role("button", name="Add as new role").click()
        _until(lambda: [r["title"] for r in _roles(workspace)] == ["Barista"],
               "the first role never reached the workspace file")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.jp-OutputArea-output')]"
            ".some(o => o.textContent.includes('the form is empty for another role'))",
            timeout=STEP)
        for label in ("Job title:", "Organisation:", "Start:", "It gave me:"):
            page.wait_for_function("el => el.value === ''", arg=field(label).element_handle(),
                                   timeout=STEP)
        shot(page, "keep-01-1-after-add")

        field("Job title:").fill("Shift Supervisor")
        field("Organisation:").fill("Northwind Logistics")
        field("Start:").fill("2019-11")
        field("Start:").press("Tab")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.workshop-form-status')]"
            ".some(s => s.textContent.includes('Add as new role'))", timeout=STEP)
        assert page.get_by_role("button", name="Save changes").is_disabled()
        page.get_by_role("button", name="Add as new role").click()
        _until(lambda: len(_roles(workspace)) == 2, "the second role never reached the file")
        shot(page, "keep-01-2-second-role")
    first, second = _roles(workspace)
    assert (first["title"], first.get("personal_value")) == ("Barista", "patience with a queue")
    assert (second["title"], second["organization"]) == ("Shift Supervisor",
                                                         "Northwind Logistics")
    assert not second.get("personal_value")


def _new_skills_used_later_box(page, url: str, notebook: str):
    """Notebook 02 opened and run in ``page``, a skill added: its "used later" box."""
    page.goto(url, wait_until="domcontentloaded", timeout=STEP)
    _lab_ready(page, notebook)
    _run_all(page)
    page.get_by_role("button", name="Add a skill").click()
    box = page.locator("textarea[placeholder^='where did you use this skill afterwards']").last
    box.wait_for(state="visible", timeout=STEP)
    return box


def test_lab_02_typing_survives_a_second_tab_and_a_kernel_restart(browser, tmp_path):
    notebook = "02_rate_skill_growth.ipynb"
    root, workspace, port, command, env, status = _lab(tmp_path, "career_changer")
    typed = "planned cover for three sites"
    url = f"http://127.0.0.1:{port}/lab/tree/{notebook}"
    with serving("jupyterlab-keep-02", command, root, env, status), \
            page_of(browser, "keep-02-tab-a") as tab_a:
        box = _new_skills_used_later_box(tab_a, url, notebook)
        box.fill(typed)
        box.press("Tab")  # leaving the box sends its text to the kernel
        _until(lambda: drafts_path(workspace).exists()
               and typed in drafts_path(workspace).read_text(encoding="utf-8"),
               "the typed skill was never kept beside the workspace")
        assert typed not in workspace.read_text(encoding="utf-8")  # not saved: a draft

        with page_of(browser, "keep-02-tab-b") as tab_b:  # the same notebook, another tab
            tab_b.goto(url, wait_until="domcontentloaded", timeout=STEP)
            _lab_ready(tab_b, notebook)
            _run_all(tab_b)
            tab_b.wait_for_function(
                "text => [...document.querySelectorAll('textarea')]"
                ".some(t => t.value === text)", arg=typed, timeout=STEP)
            tab_a.wait_for_function(
                "text => document.body.innerText.includes(text)", arg=MOVED, timeout=STEP)
            shot(tab_a, "keep-02-1-tab-a-moved")

            # the kernel restarts: the view left on the page says so, then a run brings it back
            tab_b.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext"
                           ".session.kernel.restart()")
            tab_b.wait_for_function(
                "() => [...document.querySelectorAll('.workshop-view')].some(v => "
                "getComputedStyle(v, '::before').content.includes('run this cell again'))"
                " || [...document.querySelectorAll('.workshop-view')].some(v => "
                "getComputedStyle(v, '::before').content.includes('Run this cell again'))",
                timeout=STEP)
            shot(tab_b, "keep-02-2-restarted")
            _lab_ready(tab_b, notebook)
            _run_all(tab_b)
            tab_b.wait_for_function(
                "text => [...document.querySelectorAll('textarea')]"
                ".some(t => t.value === text)", arg=typed, timeout=STEP)
            shot(tab_b, "keep-02-3-back-after-restart")


def test_lab_02_text_still_in_the_box_survives_a_reload(browser, tmp_path):
    """(4) notebook 02: a box's text reaches the kernel when the participant leaves the box; a
    reload while the cursor is still in it leaves the box too, so the text is kept beside the
    workspace like every other unsaved field (participant trial s17: the last box typed was the
    one field lost)."""
    notebook = "02_rate_skill_growth.ipynb"
    root, workspace, port, command, env, status = _lab(tmp_path, "career_changer")
    typed = "ran the stock take for two depots"
    url = f"http://127.0.0.1:{port}/lab/tree/{notebook}"
    with serving("jupyterlab-keep-02-reload", command, root, env, status), \
            page_of(browser, "keep-02-reload") as tab:
        box = _new_skills_used_later_box(tab, url, notebook)
        box.fill(typed)  # the cursor stays in the box: nothing has reached the kernel yet
        tab.reload(wait_until="domcontentloaded", timeout=STEP)
        _until(lambda: drafts_path(workspace).exists()
               and typed in drafts_path(workspace).read_text(encoding="utf-8"),
               "the text still in the box when the page reloaded was lost")
        _lab_ready(tab, notebook)
        _run_all(tab)
        tab.wait_for_function(
            "text => [...document.querySelectorAll('textarea')]"
            ".some(t => t.value === text)", arg=typed, timeout=STEP)
        shot(tab, "keep-02-4-back-after-reload")
