"""What a participant typed in one tab survives the same notebook run in a second tab, also the
box the cursor is still in (its text never reached the kernel before the second tab ran):
JupyterLab in Debian's Chromium (branch live43).

(1) notebook 01: two fields of a new role typed in tab A, the cursor left in the second; tab B
opens 01 and runs it: tab B's form holds both, and tab A says what is true.
(2) notebook 03: a result's number typed in tab A, the cursor left in its box; tab B runs 03:
the number is kept beside the workspace and tab B's form shows it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from test_browser import BROWSER, STEP, _lab_ready, _run_all, page_of, shot
from test_browser_keep import _lab, _until

from workshop.drafts import drafts_path
from workshop.widgets._base import MOVED

pytestmark = BROWSER
SHOTS = os.environ.get("WORKSHOP_SHOTS")  # a folder to copy the screenshots to, if set


def _shot(page, name: str) -> None:
    shot(page, name)
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def _kept(workspace: Path) -> str:
    path = drafts_path(workspace)
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _has_input_value(page, text: str) -> None:
    page.wait_for_function(
        "text => [...document.querySelectorAll('input, textarea')].some(t => t.value === text)",
        arg=text, timeout=STEP)


def test_lab_01_the_box_with_the_cursor_survives_a_second_tab(browser, tmp_path):
    notebook = "01_list_your_jobs.ipynb"
    root, workspace, port, command, env, status = _lab(tmp_path, None)
    url = f"http://127.0.0.1:{port}/lab/tree/{notebook}"
    from test_browser import serving

    with serving("jupyterlab-two-tabs-01", command, root, env, status), \
            page_of(browser, "two-tabs-01-a") as tab_a:
        tab_a.goto(url, wait_until="domcontentloaded", timeout=STEP)
        _lab_ready(tab_a, notebook)
        _run_all(tab_a)

        def field(page, label: str):
            return page.locator(".widget-text", has_text=label).locator("input").first

        field(tab_a, "Job title:").wait_for(state="visible", timeout=STEP)
        field(tab_a, "Job title:").fill("Volunteer coordinator")
        field(tab_a, "Organisation:").click()  # the title reaches the kernel
        field(tab_a, "Organisation:").fill("Riverside Pantry")  # the cursor stays here
        _until(lambda: "Volunteer coordinator" in _kept(workspace), "the title was never kept")

        with page_of(browser, "two-tabs-01-b") as tab_b:
            tab_b.goto(url, wait_until="domcontentloaded", timeout=STEP)
            _lab_ready(tab_b, notebook)
            _run_all(tab_b)
            tab_a.wait_for_function("text => document.body.innerText.includes(text)",
                                    arg=MOVED, timeout=STEP)
            _until(lambda: "Riverside Pantry" in _kept(workspace),
                   "the organisation typed in tab A, the cursor still in it, was lost")
            _has_input_value(tab_b, "Volunteer coordinator")
            _has_input_value(tab_b, "Riverside Pantry")
            _shot(tab_b, "two-tabs-01-tab-b")
            _shot(tab_a, "two-tabs-01-tab-a")
            said = tab_a.locator(".workshop-moved").inner_text()
            assert "Riverside Pantry" not in said or "kept" in said
    saved = json.loads(workspace.read_text(encoding="utf-8")) if workspace.exists() else {}
    assert not saved.get("roles")  # typing kept as a draft, nothing saved without a click


def test_lab_03_a_results_number_with_the_cursor_survives_a_second_tab(browser, tmp_path):
    notebook = "03_rate_company_results.ipynb"
    root, workspace, port, command, env, status = _lab(tmp_path, "career_changer")
    url = f"http://127.0.0.1:{port}/lab/tree/{notebook}"
    from test_browser import serving

    with serving("jupyterlab-two-tabs-03", command, root, env, status), \
            page_of(browser, "two-tabs-03-a") as tab_a:
        tab_a.goto(url, wait_until="domcontentloaded", timeout=STEP)
        _lab_ready(tab_a, notebook)
        _run_all(tab_a)
        statements = tab_a.locator("textarea[placeholder^='I helped the company']")
        statements.first.wait_for(state="visible", timeout=STEP)
        rows = statements.count()
        tab_a.get_by_role("button", name="Add a result").click()
        tab_a.wait_for_function(
            "n => document.querySelectorAll(\"textarea[placeholder^='I helped the company']\")"
            ".length > n", arg=rows, timeout=STEP)
        statement = statements.nth(rows)  # the new row's, empty
        statement.fill("I helped the pantry to serve more families each week")
        value = tab_a.locator("input[placeholder='e.g. 18']").nth(rows)
        value.click()
        value.fill("4321")  # the cursor stays in the value box
        _until(lambda: "serve more families" in _kept(workspace), "the statement was never kept")

        with page_of(browser, "two-tabs-03-b") as tab_b:
            tab_b.goto(url, wait_until="domcontentloaded", timeout=STEP)
            _lab_ready(tab_b, notebook)
            _run_all(tab_b)
            tab_a.wait_for_function("text => document.body.innerText.includes(text)",
                                    arg=MOVED, timeout=STEP)
            _until(lambda: "4321" in _kept(workspace),
                   "the value typed in tab A, the cursor still in it, was lost")
            _has_input_value(tab_b, "4321")
            _has_input_value(tab_b, "I helped the pantry to serve more families each week")
            _shot(tab_b, "two-tabs-03-tab-b")
            _shot(tab_a, "two-tabs-03-tab-a")
