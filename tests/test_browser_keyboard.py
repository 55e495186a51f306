"""A participant who uses only the keyboard, notebooks 00 to 05, in a real browser.

No mouse: every step is ``page.keyboard.press`` with Tab, Shift+Tab, Enter, Space or an arrow
key, and text is typed with ``page.keyboard.type`` into the element that has the focus. Nothing
is clicked or filled by the test; it only reads the page (which element has the focus, what the
messages say) and the saved workspace file.

Where: the participant notebooks 00 to 05 are served by Voila (the kit's app view: only the
notebooks' output, in page order), one after another on the same workspace file, starting with
no file. Then notebook 02 in JupyterLab, to show the widgets are reachable there too with
JupyterLab's own keys: Escape for command mode, Shift+Enter (and Ctrl+Enter on the last cell)
to run the cells, ArrowUp to select the Markdown cell under the widget, then Shift+Tab into the
widget's controls (Tab from a cell goes into its code editor first, which keeps Tab for
indenting; from the cell below, Shift+Tab lands on the widget's last control). Running all six
notebooks that way in JupyterLab takes minutes more for the same coverage of the kit's widgets.

Along the way it checks that each control has a name saying what it is (a rating button says
its number and the rubric's words), that the focus is always visible (an outline), that Tab
visits the controls in reading order, that messages sit in a live region (``role="status"``),
and at the end that the drafted, checked answer is saved and that the answer card downloaded
from the keyboard holds it. The time of each part is printed and saved in
``test-artifacts/keyboard/seconds.txt``; a failing run leaves ``failed.png`` there.
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
    copy_notebooks,
    free_port,
    lab_command,
    serving,
)

from workshop.widgets._base import LATE_KEYS

pytestmark = BROWSER

OUT = ARTIFACTS / "keyboard"
WAIT = 90_000  # ms: the most one step may take (a shared machine can be slow)
TARGET = ("Operations Manager", ["reduce costs", "lead a team of 8"])
ROLE = {"Job title:": "Shift Supervisor", "Organisation:": "Northwind Logistics",
        "Start:": "2019-11", "End:": "2022-03",
        "In one line:": "ran the night shift of a parcel depot"}
TAB_LIMIT = 80  # key presses to find one control before the test gives up

# What has the focus: its name as a screen reader computes it (simplified: aria-label, then
# the label, then the text), its role and whether an outline shows it.
_FOCUSED = r"""() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    const labels = e.labels && e.labels.length ? [...e.labels].map(l => l.textContent).join(' ')
                                               : '';
    const name = e.getAttribute('aria-label') || labels || e.getAttribute('placeholder')
                 || e.textContent || '';
    const style = getComputedStyle(e);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1)
                 || (style.boxShadow && style.boxShadow !== 'none');
    return {tag: e.tagName.toLowerCase(), role: e.getAttribute('role') || '',
            type: e.getAttribute('type') || '', name: name.replace(/\s+/g, ' ').trim(),
            checked: e.getAttribute('aria-checked'), download: e.getAttribute('download'),
            visible: ring};
}"""


def _answer_box(stop: dict) -> bool:
    """05's answer box (named by its placeholder), not a coach's "Reply:" box above it."""
    return stop["tag"] == "textarea" and stop["name"].startswith("Your answer")


def _focused(page) -> dict | None:
    return page.evaluate(_FOCUSED)


def _describe(stop: dict | None) -> str:
    if stop is None:
        return "(nothing)"
    kind = stop["role"] or (stop["tag"] + (f"[{stop['type']}]" if stop["type"] else ""))
    return f"{kind} '{stop['name'][:60]}'"


class Keys:
    """The participant's hands: key presses only, each stop of the focus noted."""

    def __init__(self, page) -> None:
        self.page = page
        self.stops: list[dict] = []

    def press(self, key: str, times: int = 1) -> None:
        for _ in range(times):
            self.page.keyboard.press(key)

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def tab_to(self, matches, what: str, *, back: bool = False) -> dict:
        """Press Tab (Shift+Tab with ``back``) until the focused element ``matches``; every
        stop on the way must show the focus. Returns the element's description."""
        seen = []
        for _ in range(TAB_LIMIT):
            self.page.keyboard.press("Shift+Tab" if back else "Tab")
            stop = _focused(self.page)
            seen.append(_describe(stop))
            if stop is None:
                continue
            self.stops.append(stop)
            assert stop["visible"], f"the focus on {_describe(stop)} is not visible"
            if matches(stop):
                return stop
        pytest.fail(f"{what} not reached with {'Shift+Tab' if back else 'Tab'} in "
                    f"{TAB_LIMIT} presses; the focus went: " + " > ".join(seen))

    def tab_to_named(self, pattern: str, what: str, **kwargs) -> dict:
        rx = re.compile(pattern)
        return self.tab_to(lambda s: bool(rx.search(s["name"])), what, **kwargs)


def _message(page, text: str) -> None:
    """``text`` appears in a kit message, and that message is in a live region."""
    page.locator("[role=status]", has_text=text).first.wait_for(timeout=WAIT)


def _saved(path: Path, check, what: str) -> dict:
    deadline, last = time.monotonic() + WAIT / 1000, None
    while time.monotonic() < deadline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if check(data):
                return data
            last = f"not yet: {json.dumps(data)[:600]}"
        except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
            last = exc
        time.sleep(0.2)
    pytest.fail(f"the saved workspace never showed {what} ({last})")


def _in_order(stops: list[dict], names: list[str]) -> None:
    """The controls named (by the start of their names) were reached in this order."""
    firsts = []
    for name in names:
        at = next((i for i, s in enumerate(stops) if s["name"].startswith(name)), None)
        assert at is not None, f"'{name}' was never focused"
        firsts.append(at)
    assert firsts == sorted(firsts), f"Tab reached {names} out of reading order"


def _voila_page(page, port: int, notebook: str, role: str, name: str) -> None:
    """Open ``notebook`` in Voila; wait until the control ``name`` (an ARIA ``role``) is there."""
    page.goto(f"http://127.0.0.1:{port}/voila/render/{notebook}", wait_until="commit")
    page.get_by_role(role, name=name).first.wait_for(timeout=WAIT)
    page.wait_for_timeout(300)  # the last widget views attach their handlers


def _press_confirming(keys: Keys, key: str, confirm: str, done: str) -> None:
    """Press ``key`` on the focused button; if it turns into its ``confirm`` question (the kit
    asks before replacing something), press it again; then wait for the message ``done``."""
    page = keys.page
    keys.press(key)
    page.wait_for_function(
        "([confirm, done]) => document.activeElement.textContent.trim() === confirm || "
        "[...document.querySelectorAll('[role=status]')].some(e => e.textContent"
        ".includes(done))", arg=[confirm, done], timeout=WAIT)
    if _focused(page)["name"] == confirm:
        keys.press(key)
    _message(page, done)


def _rate(keys: Keys, title: str, value: int, page) -> None:
    """Tab to the rating named ``title``, arrow to ``value``; its button says the rubric."""
    keys.tab_to(lambda s: s["role"] == "radio" and s["name"].startswith(title),
                f"the {title} rating")
    current = _focused(page)["name"]
    now = 0 if current.endswith("not rated") else int(current[len(title) + 1])
    keys.press("ArrowRight" if value > now else "ArrowLeft", abs(value - now))
    page.wait_for_function(
        "([title, v]) => { const e = document.activeElement; return e && "
        "e.getAttribute('aria-checked') === 'true' && "
        "e.getAttribute('aria-label').startsWith(title + ' ' + v + ': '); }",
        arg=[title, value], timeout=WAIT)


def test_participant_walks_00_to_05_with_the_keyboard_only(tmp_path):
    """With the keyboard alone a participant starts fresh, names the target role, adds a role,
    rates it with the rubric, tries a weight, asks for a draft (the role holds no skill and no
    result yet, so the kit says what to add instead of a one-line draft), writes and checks
    the answer and downloads the answer card; every control on the way is named, visibly
    focused, reached in reading order, and the saved workspace holds it all."""
    sync_api = pytest.importorskip("playwright.sync_api")
    missing = [n for n in STEPS if not (NOTEBOOKS / n).exists()]
    if missing:
        pytest.skip(f"notebooks not there yet: {', '.join(missing)}")
    OUT.mkdir(parents=True, exist_ok=True)
    root = copy_notebooks(tmp_path)
    workspace = tmp_path / "my_workspace.json"
    env = _clean_env(tmp_path, workspace)
    times: dict[str, float] = {}
    started = time.perf_counter()
    voila_port, lab_port = free_port(), free_port()
    voila = [sys.executable, "-m", "voila", str(root), "--no-browser", f"--port={voila_port}",
             "--Voila.ip=127.0.0.1", "--theme=light"]
    with sync_api.sync_playwright() as p, \
            serving("keyboard/voila", voila, root, env, f"http://127.0.0.1:{voila_port}/",
                    timeout=120):
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900},
                                      accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(WAIT)
        passed = False
        try:
            _walk_voila(page, voila_port, workspace, times, tmp_path)
            times["Voila, notebooks 00 to 05"] = time.perf_counter() - started
            lab_started = time.perf_counter()
            with serving("keyboard/jupyterlab", lab_command(lab_port, root), root, env,
                         f"http://127.0.0.1:{lab_port}/api/status", timeout=120):
                _walk_lab_02(page, lab_port, workspace)
            times["JupyterLab, notebook 02 (server start included)"] = \
                time.perf_counter() - lab_started
            passed = True
        finally:
            if not passed:
                try:
                    page.screenshot(path=str(OUT / "failed.png"), full_page=True)
                except Exception:  # a broken page must not hide the real failure
                    pass
            context.close()
            browser.close()
    times["whole keyboard walkthrough"] = time.perf_counter() - started
    lines = [f"{name}: {seconds:.1f} s" for name, seconds in times.items()]
    (OUT / "seconds.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n" + "\n".join(lines))


def _walk_voila(page, port: int, workspace: Path, times: dict, tmp_path: Path) -> None:
    # 00: start fresh, then the target role -------------------------------------------------
    t = time.perf_counter()
    _voila_page(page, port, STEPS[0], "button", "Start fresh")
    keys = Keys(page)
    keys.tab_to_named(r"^Start fresh$", "the Start fresh button")
    _press_confirming(keys, "Enter", "Yes, start fresh", "empty")
    keys.tab_to_named(r"^Job title:", "the target job title")
    keys.type(TARGET[0])
    keys.tab_to_named(r"^Goals:", "the goals box")
    keys.type("\n".join(TARGET[1]))
    keys.tab_to_named(r"^Save target role$", "the Save target role button")
    keys.press("Space")
    _message(page, f"Saved '{TARGET[0]}' with 2 goals.")
    _in_order(keys.stops, ["Start fresh", "Sample:", "Try this sample", "Job title:", "Goals:",
                           "Save target role"])
    _saved(workspace, lambda d: d["target_role"]["goals"] == TARGET[1], "the target role")
    page.screenshot(path=str(OUT / "00.png"), full_page=True)
    times[STEPS[0]] = time.perf_counter() - t

    # 01: one role through the form --------------------------------------------------------
    t = time.perf_counter()
    _voila_page(page, port, STEPS[1], "button", "Add as new role")
    keys = Keys(page)
    for label, text in ROLE.items():
        keys.tab_to_named(rf"^{re.escape(label)}", f"the {label} field")
        keys.type(text)
    keys.tab_to_named(r"^Add as new role$", "the Add as new role button")
    keys.press("Enter")
    _message(page, f"Added '{ROLE['Job title:']}, {ROLE['Organisation:']}")
    _in_order(keys.stops, list(ROLE))
    _saved(workspace, lambda d: d["roles"][0]["title"] == ROLE["Job title:"]
           and d["roles"][0]["end"] == ROLE["End:"], "the new role")
    times[STEPS[1]] = time.perf_counter() - t

    # 02: skill growth 4 against the rubric ---------------------------------------------------
    t = time.perf_counter()
    _voila_page(page, port, STEPS[2], "radiogroup", "How much did this job grow your skills?")
    keys = Keys(page)
    _rate(keys, "Skill growth", 4, page)
    rubric = json.loads((NOTEBOOKS.parent / "data" / "rubrics.json").read_text("utf-8"))
    assert _focused(page)["name"] == f"Skill growth 4: {rubric['skill_growth']['levels']['4']}"
    _message(page, "Saved: Skill growth")
    # the role has no skill listed yet: the 4 is saved and the message asks for them
    _message(page, "No skill of this role is listed yet: add the skills it grew")
    _saved(workspace, lambda d: d["roles"][0]["ratings"].get("skill_growth") == 4,
           "skill growth 4")
    page.screenshot(path=str(OUT / "02.png"), full_page=True)
    times[STEPS[2]] = time.perf_counter() - t

    # 03: company results 4, relevance 5 ------------------------------------------------------
    t = time.perf_counter()
    _voila_page(page, port, STEPS[3], "radiogroup",
                "What did your work achieve for the organisation?")
    keys = Keys(page)
    _rate(keys, "Company results", 4, page)
    _rate(keys, "Relevance", 5, page)
    _message(page, "Saved: Relevance")
    _in_order(keys.stops, ["Company results", "Relevance"])
    _saved(workspace, lambda d: d["roles"][0]["ratings"] == {
        "skill_growth": 4, "company_results": 4, "relevance": 5}, "the three ratings")
    times[STEPS[3]] = time.perf_counter() - t

    # 04: the chart says what it shows; a weight moved with the arrow keys ------------------
    t = time.perf_counter()
    _voila_page(page, port, STEPS[4], "slider", "Relevance:")
    alt = page.locator(".workshop-live-chart[role=img]").first.get_attribute("aria-label")
    assert alt.startswith("Charts of your 1 ranked role. Strongest role: Shift Supervisor")
    keys = Keys(page)
    slider = keys.tab_to(lambda s: s["type"] == "range" and s["name"] == "Relevance:",
                         "the Relevance weight")
    assert slider["name"] == "Relevance:"
    readout = page.locator(".workshop-slider", has_text="Relevance:").locator(
        ".widget-readout")
    before = int(readout.inner_text())
    keys.press("ArrowRight", 3)
    page.wait_for_function("v => [...document.querySelectorAll('.workshop-slider')]"
                           ".some(s => s.textContent.includes('Relevance:') && "
                           "s.querySelector('.widget-readout').textContent === String(v))",
                           arg=before + 3, timeout=WAIT)
    page.get_by_text("With these weights the strongest role is still").wait_for(timeout=WAIT)
    times[STEPS[4]] = time.perf_counter() - t

    # 05: draft, check, answer card downloaded from the keyboard ------------------------------
    t = time.perf_counter()
    _voila_page(page, port, STEPS[5], "button", "Draft from my entries")
    keys = Keys(page)
    keys.tab_to_named(r"^Draft from my entries$", "the Draft button")
    # no skill and no result entered on the way: no one-line draft, the coach says what to add
    _press_confirming(keys, "Enter", "Yes, replace my text with a draft",
                      "There is no draft for")
    keys.tab_to(_answer_box, "the answer box")  # past the coach's reply boxes
    keys.press("ArrowDown", 40)  # to the end of what the box holds
    addition = " I helped the company to cut overtime by 18%."
    keys.type(addition)
    page.get_by_text("Check of your answer:").first.wait_for(timeout=WAIT)
    keys.tab_to_named(r"^Make my answer card$", "the answer card button")
    keys.press("Enter")
    _message(page, "Your answer card is saved")
    link = keys.tab_to(lambda s: s["tag"] == "a" and s["download"] == "answer_card.html",
                       "the answer card's download link")
    with page.expect_download(timeout=WAIT) as got:
        keys.press("Enter")
    card = tmp_path / "downloaded_card.html"
    got.value.save_as(card)
    page.screenshot(path=str(OUT / "05.png"), full_page=True)
    html = card.read_text(encoding="utf-8")
    assert link["download"] == "answer_card.html"
    assert "Shift Supervisor" in html and "cut overtime by 18%" in html
    saved = _saved(workspace, lambda d: d["answer"]["text"].rstrip().endswith(addition.strip()),
                   "the answer with the typed sentence")
    assert saved["answer"]["role_id"] == saved["roles"][0]["id"]
    # typing after the card: its download goes (no old card is handed over) and a note says why
    page.wait_for_timeout(int((LATE_KEYS + 0.5) * 1000))
    keys.tab_to(_answer_box, "the answer box", back=True)
    keys.press("Control+End")
    keys.type(" Thanks.")
    _message(page, "Your answer changed after the card was made")
    page.locator("a[download='answer_card.html']").wait_for(state="detached", timeout=WAIT)
    # the workspace file's link is made only when asked: its button is there, no link built
    assert page.get_by_role("button", name="Get my workspace file").count() == 1
    assert page.locator("a[download='my_workspace.json']").count() == 0
    page.get_by_role("button", name="Make my answer card").scroll_into_view_if_needed()
    page.screenshot(path=str(OUT / "05_typed_after_the_card.png"))
    times[STEPS[5]] = time.perf_counter() - t


def _walk_lab_02(page, port: int, workspace: Path) -> None:
    """Notebook 02 in JupyterLab: run it with Shift+Enter, reach the enjoyment rating with
    Shift+Tab from the cell under the widget, set it with the arrow keys."""
    page.goto(f"http://127.0.0.1:{port}/lab/tree/{STEPS[2]}", wait_until="domcontentloaded")
    page.wait_for_function(
        "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
        " return w && w.sessionContext && w.sessionContext.session &&"
        " w.sessionContext.session.kernel &&"
        " w.sessionContext.session.kernel.status === 'idle'; }", timeout=WAIT)
    cells = page.evaluate("() => window.jupyterapp.shell.currentWidget.content.widgets"
                          ".map(c => [c.model.type, c.model.sharedModel.getSource()])")
    widget_cell = next(i for i, (kind, source) in enumerate(cells)
                       if kind == "code" and "skill_growth_editor()" in source)
    assert widget_cell + 1 < len(cells), "notebook 02 needs a cell under its editor"
    keys = Keys(page)
    keys.press("Escape")  # command mode, the first cell selected
    keys.press("Shift+Enter", len(cells) - 1)  # run each cell and move on
    keys.press("Control+Enter")  # run the last one in place (no new cell)
    page.wait_for_function(
        "() => { const w = window.jupyterapp.shell.currentWidget;"
        " return w.sessionContext.session.kernel.status === 'idle' &&"
        " w.content.widgets.filter(c => c.model.type === 'code')"
        "  .every(c => c.model.executionCount !== null &&"
        "   c.model.executionState !== 'running'); }", timeout=WAIT, polling=200)
    page.get_by_text("How much did you enjoy it?").first.wait_for(timeout=WAIT)
    keys.press("ArrowUp", len(cells) - 1 - (widget_cell + 1))
    assert page.evaluate("() => window.jupyterapp.shell.currentWidget.content"
                         ".activeCellIndex") == widget_cell + 1
    keys.tab_to(lambda s: s["role"] == "radio" and s["name"].startswith("Enjoyment"),
                "the enjoyment rating", back=True)
    now = _focused(page)["name"]
    now = 0 if now.endswith("not rated") else int(now.split(":")[0].split()[-1])
    keys.press("ArrowLeft" if now > 2 else "ArrowRight", abs(2 - now))
    _message(page, "Saved: Enjoyment")
    _saved(workspace, lambda d: d["roles"][0].get("enjoyment") == 2, "enjoyment 2")
    page.screenshot(path=str(OUT / "lab-02.png"), full_page=True)
