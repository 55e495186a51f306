"""Notebook 05's practice mode and the answer's role, in a real browser, as a participant uses
them: in Voila with the keyboard only, and in JupyterLab with the mouse.

On a copy of a sample persona (four roles, no answer yet) the participant drafts, looks at
another role's draft (the saved answer stays about its role until they choose), makes the
answer about that role, then practises: the timer runs in the page, "I have finished" gives
the pace, and the follow-up questions about this answer are listed. While the timer runs, the
page sends the kernel nothing (the websocket frames are counted); the readout and the bar move.
Screenshots go to ``test-artifacts/practice/``.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import pytest
from test_browser import (
    ARTIFACTS,
    BROWSER,
    CHROMIUM,
    CHROMIUM_ARGS,
    NOTEBOOKS,
    STEPS,
    _clean_env,
    _lab_ready,
    _run_all,
    copy_notebooks,
    free_port,
    lab_command,
    serving,
)
from test_browser_keyboard import Keys, _focused, _message, _press_confirming

from workshop.resources import persona_paths

try:  # axe-core from `make node`; without it the page is still walked, not measured
    from a11y import AXE, SERIOUS, run_axe
except ImportError:  # pragma: no cover - tools/ is on the path in pytest's settings
    AXE = None

pytestmark = BROWSER

OUT = ARTIFACTS / "practice"
WAIT = 90_000
NOTEBOOK = STEPS[5]
PERSONA = "career_changer"
SPOKEN = 6  # seconds the participant "speaks" before pressing I have finished


def _setup(tmp_path: Path) -> tuple[Path, Path, dict]:
    root = copy_notebooks(tmp_path)
    workspace = tmp_path / "my_workspace.json"
    data = json.loads(Path(persona_paths()[PERSONA]).read_text(encoding="utf-8"))
    data["answer"] = {"role_id": None, "text": ""}
    workspace.write_text(json.dumps(data), encoding="utf-8")
    return root, workspace, _clean_env(tmp_path, workspace)


def _saved(workspace: Path) -> dict:
    return json.loads(workspace.read_text(encoding="utf-8"))


def _wait_saved(workspace: Path, check, what: str) -> dict:
    deadline = time.monotonic() + WAIT / 1000
    while time.monotonic() < deadline:
        try:
            data = _saved(workspace)
            if check(data):
                return data
        except (OSError, ValueError):
            pass
        time.sleep(0.2)
    pytest.fail(f"the saved workspace never showed {what}")


class Frames:
    """Websocket frames the page sends (to the kernel), counted from ``mark()``."""

    def __init__(self, page) -> None:
        self.sent: list[float] = []
        page.on("websocket", lambda ws: ws.on(
            "framesent", lambda payload: self.sent.append(time.monotonic())))
        self.start = 0.0

    def mark(self) -> None:
        self.start = time.monotonic()

    def since(self) -> int:
        return sum(1 for t in self.sent if t >= self.start)


def _axe_serious(page, where: str, found: dict) -> None:
    """axe-core on the whole Voila page (all of it is the kit's output), when installed."""
    if AXE is None or not AXE.exists():
        found[where] = "axe-core not installed (make node)"
        return
    violations = run_axe(page, {"include": [["body"]]})
    serious = [f"{v['id']} x{len(v['nodes'])}: {v['nodes'][0]['html'][:150]} "
               f"{v['nodes'][0]['summary'][:200]}" for v in violations if v["impact"] in SERIOUS]
    found[where] = f"{sum(len(v['nodes']) for v in violations)} violations, serious or " \
                   f"critical: {serious or 0}"
    assert not serious, f"axe at {where}: {serious}"


def _readout(page) -> str:
    return page.locator(".workshop-timer-readout").first.inner_text()


def test_practice_and_role_choice_with_the_keyboard_in_voila(tmp_path):
    """Keyboard only, in Voila: draft, look at another role (the saved answer's role stays),
    choose it, start the timer, finish, read the pace and the questions."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not (NOTEBOOKS / NOTEBOOK).exists():
        pytest.skip("notebook 05 is not there yet")
    OUT.mkdir(parents=True, exist_ok=True)
    root, workspace, env = _setup(tmp_path)
    port = free_port()
    voila = [sys.executable, "-m", "voila", str(root / NOTEBOOK), "--no-browser",
             f"--port={port}", "--Voila.ip=127.0.0.1", "--theme=light"]
    with sync_api.sync_playwright() as p, \
            serving("practice/voila", voila, root, env, f"http://127.0.0.1:{port}/",
                    timeout=120):
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(WAIT)
        frames = Frames(page)
        axe: dict[str, str] = {}
        try:
            page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
            page.get_by_role("button", name="Draft from my entries").first.wait_for()
            page.wait_for_timeout(300)
            keys = Keys(page)
            strongest = _saved(workspace)["answer"]["role_id"]
            keys.tab_to_named(r"^Draft from my entries$", "the Draft button")
            _press_confirming(keys, "Enter", "Yes, replace my text with a draft",
                              "Drafted from your entries")
            first = _wait_saved(workspace, lambda d: d["answer"]["text"], "the draft")
            about = first["answer"]["role_id"]
            assert about is not None and strongest in (None, about)
            # look at another role: the list, then the arrow key
            keys.tab_to(lambda s: s["tag"] == "select" and "The role:" in s["name"],
                        "the role list", back=True)
            keys.press("ArrowDown")
            page.get_by_text("Your answer is still about").wait_for()
            page.locator(".workshop-draft-preview").wait_for()
            page.wait_for_timeout(1500)  # a save, if one were made, would be in the file now
            assert _saved(workspace)["answer"] == first["answer"]
            page.screenshot(path=str(OUT / "voila-looking-at-another-role.png"), full_page=True)
            _axe_serious(page, "looking at another role", axe)
            keys.tab_to_named(r"^Answer about this role instead$", "the choose button")
            keys.press("Enter")
            _message(page, "Your answer is now about")
            chosen = _wait_saved(workspace, lambda d: d["answer"]["role_id"] != about,
                                 "the chosen role")
            assert chosen["answer"]["text"] != first["answer"]["text"]
            # practise: the timer, from the keyboard
            start = keys.tab_to_named(r"^Start the \d+-second timer$", "the timer's Start")
            seconds = int(re.search(r"\d+", start["name"]).group(0))
            keys.press("Enter")
            assert _focused(page)["name"] == "I have finished"  # the next key ends it
            frames.mark()
            page.wait_for_timeout(SPOKEN * 1000)
            moving = _readout(page)
            sent_while_running = frames.since()
            value = page.evaluate("() => document.querySelector('.workshop-timer-bar').value")
            page.locator(".workshop-timer").scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / "voila-timer-running.png"))
            keys.press("Enter")
            _message(page, "You said")
            assert re.fullmatch(rf"[4-9] of {seconds} seconds|1\d of {seconds} seconds",
                                moving), moving
            assert value >= 3
            assert sent_while_running == 0, f"{sent_while_running} frames sent while timing"
            pace = page.locator("[role=status]", has_text="You said").first.inner_text()
            assert re.search(r"words in \d+ seconds: \d+ words a minute", pace)
            questions = page.locator(".workshop-follow-ups li")
            assert questions.count() >= 2
            listed = questions.all_inner_texts()
            assert all("?" in q for q in listed)
            page.locator(".workshop-follow-ups").scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / "voila-practice.png"), full_page=True)
            (OUT / "voila-questions.txt").write_text("\n".join(listed) + "\n",
                                                     encoding="utf-8")
            # the share preview, shown from the keyboard: read in words; the file itself
            # opens from the keyboard too
            keys.tab_to_named("Show exactly what will be sent", "the share preview's button")
            keys.press("Enter")
            page.locator(".workshop-share-readable").wait_for()
            keys.tab_to(lambda st: st["tag"] == "summary" and "JSON" in st["name"],
                        "the share preview's file")
            keys.press("Enter")
            page.locator(".workshop-share-readable details[open] pre").wait_for()
            shared = page.locator(".workshop-share-readable")
            shared.scroll_into_view_if_needed()
            assert "A role (1): ranked 1" in shared.inner_text()
            page.screenshot(path=str(OUT / "voila-share-preview.png"), full_page=True)
            _axe_serious(page, "after practice, the share file open", axe)
            print(f"\naxe: {axe}")
            print(f"Voila: timer {seconds} s; readout after {SPOKEN} s: {moving!r}; frames "
                  f"sent while it ran: {sent_while_running}; pace: {pace}")
        except Exception:
            page.screenshot(path=str(OUT / "voila-failed.png"), full_page=True)
            raise
        finally:
            context.close()
            browser.close()


def test_practice_timer_in_jupyterlab(tmp_path):
    """In JupyterLab, after Run All: Start, the bar and the readout move with no message to
    the kernel, I have finished gives the pace; the role list only shows another draft."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not (NOTEBOOKS / NOTEBOOK).exists():
        pytest.skip("notebook 05 is not there yet")
    OUT.mkdir(parents=True, exist_ok=True)
    root, workspace, env = _setup(tmp_path)
    port = free_port()
    with sync_api.sync_playwright() as p, \
            serving("practice/jupyterlab", lab_command(port, root), root, env,
                    f"http://127.0.0.1:{port}/api/status", timeout=120):
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(WAIT)
        frames = Frames(page)
        try:
            page.goto(f"http://127.0.0.1:{port}/lab/tree/{NOTEBOOK}",
                      wait_until="domcontentloaded")
            _lab_ready(page, NOTEBOOK)
            _run_all(page)
            nb = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
            nb.get_by_role("button", name="Draft from my entries").click()
            _wait_saved(workspace, lambda d: d["answer"]["text"], "the draft")
            about = _saved(workspace)["answer"]["role_id"]
            select = nb.locator(".widget-dropdown", has_text="The role:").locator("select")
            other = next(v for v in select.locator("option").evaluate_all(
                "os => os.map(o => o.value)") if v)
            options = select.locator("option").all_inner_texts()
            select.select_option(label=next(o for o in options if not o.endswith("strongest)")))
            nb.get_by_text("Your answer is still about").wait_for()
            page.wait_for_timeout(1500)
            assert _saved(workspace)["answer"]["role_id"] == about
            assert other is not None
            start = nb.locator(".workshop-timer-start")
            start.scroll_into_view_if_needed()
            start.click()
            frames.mark()
            page.wait_for_timeout(SPOKEN * 1000)
            moving = _readout(page)
            value = page.evaluate("() => document.querySelector('.workshop-timer-bar').value")
            sent_while_running = frames.since()
            nb.get_by_role("button", name="I have finished").click()
            nb.locator("[role=status]", has_text="You said").first.wait_for()
            assert value >= 3 and re.match(r"\d+ of \d+ seconds", moving), moving
            assert sent_while_running == 0, f"{sent_while_running} frames sent while timing"
            nb.locator(".workshop-follow-ups").scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / "lab-practice.png"), full_page=False)
            print(f"\nJupyterLab: readout after {SPOKEN} s: {moving!r}; frames sent while it "
                  f"ran: {sent_while_running}")
        except Exception:
            page.screenshot(path=str(OUT / "lab-failed.png"), full_page=True)
            raise
        finally:
            context.close()
            browser.close()
