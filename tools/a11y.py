"""Measure the kit's accessibility with axe-core in a real browser (``make a11y``).

It starts, on 127.0.0.1 only and in a temporary folder:

- JupyterLab on a copy of ``notebooks/`` with a workspace copied from a sample persona, and runs
  each participant notebook (00 to 05) with "Run All Cells";
- the facilitator demo served by Voila (it loads its own sample persona).

Into each page it injects axe-core from the project's npm install (``node_modules/axe-core``,
``npm ci`` from ``package-lock.json``) with Playwright's ``add_script_tag(path=...)``, driving
Debian's Chromium (``/usr/bin/chromium``), and runs the rules tagged WCAG 2.0 and 2.1 A and AA.

Two scopes per page:

- **the kit's own output** (the notebook's ``.jp-OutputArea`` elements in JupyterLab, the
  ``body`` in Voila): this is what is counted and what fails the run;
- **JupyterLab's own chrome** (everything else in the JupyterLab page): reported apart, never
  failing, since the kit cannot change it.

It prints the violations by rule with their impact, per page, then a table of rule by page, and
last the line ``axe: N violations (serious or critical: M)``, where N counts offending elements
(one rule on one element is one violation) in the kit's output; it exits 1 when M > 0, 2 when it
could not measure (no Chromium, no axe-core, a server that did not start). ``--json FILE`` also
writes every result for a closer look.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from servers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    ServerError,
    free_port,
    jupyter_env,
    lab_command,
    serving,
)

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
NOTEBOOKS = ["00_start_here.ipynb", "01_list_your_jobs.ipynb", "02_rate_skill_growth.ipynb",
             "03_rate_company_results.ipynb", "04_find_your_strongest_role.ipynb",
             "05_draft_your_answer.ipynb"]
DEMO = "facilitator/demo.ipynb"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SERIOUS = ("serious", "critical")
IMPACT_ORDER = {"critical": 0, "serious": 1, "moderate": 2, "minor": 3, None: 4}
STEP = 120_000  # ms: the most one step (opening, running, settling) may take
SERVER_START = 180  # s: a busy machine starts JupyterLab slowly
KIT, CHROME = "kit", "chrome"

# JupyterLab as the browser tests start it: loopback, no token, app exposed, no news.
_CURRENT = "window.jupyterapp.shell.currentWidget"
_RUN_FINISHED = f"""() => {{
    const w = {_CURRENT};
    const kernel = w && w.sessionContext.session && w.sessionContext.session.kernel;
    if (!kernel || kernel.status !== 'idle') return false;
    const code = w.content.widgets.filter(c => c.model.type === 'code');
    return code.every(c => c.model.executionCount !== null
                           && c.model.executionState !== 'running');
}}"""
# Widgets are drawn after the kernel answers: wait until no output still says "Loading widget".
_WIDGETS_DRAWN = f"""() => {{
    const w = {_CURRENT};
    const views = w.node.querySelectorAll('.jp-OutputArea-output');
    return [...views].every(v => !v.textContent.includes('Loading widget'));
}}"""
_AXE_RUN = """async ([context, tags]) => {
    const result = await axe.run(context, {runOnly: {type: 'tag', values: tags},
                                           resultTypes: ['violations']});
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map(n => ({target: n.target.join(' '), impact: n.impact,
                                  html: n.html.slice(0, 200),
                                  summary: (n.failureSummary || '').slice(0, 300)}))}));
}"""


def server_env(tmp: Path, workspace: Path) -> dict[str, str]:
    """The servers' environment: our workspace, and Jupyter settings of their own (no news)."""
    notification = tmp / "lab-settings" / "@jupyterlab" / "apputils-extension"
    notification.mkdir(parents=True, exist_ok=True)
    (notification / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8")
    return jupyter_env(tmp, workspace)


def run_axe(page, context) -> list[dict]:
    """axe-core's violations in ``context`` (an axe context object) of ``page``."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(_AXE_RUN, [context, TAGS])


def measure_lab(browser, tmp: Path, persona: Path, notebooks: list[str], results: dict) -> None:
    root = tmp / "notebooks"
    shutil.copytree(ROOT / "notebooks", root, ignore=shutil.ignore_patterns(
        "my_workspace.json", "share_exports", ".ipynb_checkpoints", "answer_card.*",
        "workshop.log"))
    workspace = tmp / "my_workspace.json"
    shutil.copyfile(persona, workspace)
    port = free_port()
    with serving("jupyterlab", lab_command(port, root), cwd=root, env=server_env(tmp, workspace),
                 url=f"http://127.0.0.1:{port}/api/status", log=tmp / "jupyterlab.log",
                 timeout=SERVER_START):
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.set_default_timeout(STEP)
        page.goto(f"http://127.0.0.1:{port}/lab/tree/{notebooks[0]}",
                  wait_until="domcontentloaded")
        page.wait_for_function("() => window.jupyterapp && window.jupyterapp.commands"
                               ".hasCommand('docmanager:open')")
        for notebook in notebooks:
            started = time.perf_counter()
            # the previous notebook is saved (its copy is temporary) and closed, kernel too
            page.evaluate("""async () => { const w = window.jupyterapp.shell.currentWidget;
                if (w && w.context) { await w.context.save(); await w.sessionContext.shutdown();
                                      w.dispose(); } }""")
            page.evaluate("path => { window.jupyterapp.commands.execute('docmanager:open', "
                          "{path, factory: 'Notebook'}); }", notebook)
            page.wait_for_function(
                f"name => {{ const w = {_CURRENT}; return w && w.context && "
                "w.context.path.endsWith(name) && w.sessionContext.session && "
                "w.sessionContext.session.kernel && "
                "w.sessionContext.session.kernel.status === 'idle'; }", arg=notebook)
            page.evaluate("() => window.jupyterapp.commands"
                          ".execute('notebook:clear-all-cell-outputs')")
            page.evaluate("() => { window.jupyterapp.commands"
                          ".execute('notebook:run-all-cells'); }")
            page.wait_for_function(_RUN_FINISHED, polling=100)
            page.wait_for_function(_WIDGETS_DRAWN, polling=100)
            page.wait_for_timeout(800)  # let the last widget views and images settle
            panel = page.evaluate(f"() => {_CURRENT}.id")
            scope = f'[id="{panel}"] .jp-OutputArea'
            results[notebook] = {
                KIT: run_axe(page, {"include": [scope]}),
                CHROME: run_axe(page, {"exclude": [scope]}),
                "seconds": time.perf_counter() - started,
            }
            print(f"  measured {notebook} ({results[notebook]['seconds']:.1f} s)",
                  file=sys.stderr)
        page.close()


def measure_voila(browser, tmp: Path, results: dict) -> None:
    demo = ROOT / "notebooks" / DEMO
    workspace = tmp / "voila-untouched.json"  # the demo must never write a participant file
    port = free_port()
    command = [sys.executable, "-m", "voila", demo.name, "--no-browser", f"--port={port}",
               "--Voila.ip=127.0.0.1", "--theme=light"]
    with serving("voila", command, cwd=demo.parent, env=server_env(tmp, workspace),
                 url=f"tcp:{port}", log=tmp / "voila.log", timeout=SERVER_START):
        started = time.perf_counter()
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.set_default_timeout(STEP)
        page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
        page.locator("table.workshop-ranking").wait_for(state="visible")
        page.wait_for_function("() => [...document.querySelectorAll('img')]"
                               ".some(img => img.complete && img.naturalWidth > 100)")
        page.wait_for_timeout(800)
        results["voila: " + DEMO] = {KIT: run_axe(page, {"include": ["body"]}), CHROME: [],
                                     "seconds": time.perf_counter() - started}
        print(f"  measured the Voila demo ({time.perf_counter() - started:.1f} s)",
              file=sys.stderr)
        page.close()


def count(violations: list[dict]) -> tuple[int, int]:
    """(offending elements, of which serious or critical)."""
    nodes = [n for v in violations for n in v["nodes"]]
    return len(nodes), sum((n["impact"] or "") in SERIOUS for n in nodes)


def _report_violations(results: dict, p) -> None:
    """Each page's violations, the kit's own first, then JupyterLab's chrome (apart)."""
    for scope, title in ((KIT, "The kit's own output"), (CHROME, "JupyterLab's own chrome "
                                                                 "(reported apart, not failing)")):
        p(f"== {title} ==")
        for page_name, found in results.items():
            violations = sorted(found[scope], key=lambda v: IMPACT_ORDER.get(v["impact"], 9))
            n, m = count(violations)
            if scope == CHROME and page_name.startswith("voila"):
                continue
            p(f"{page_name}: {n} violations (serious or critical: {m})")
            for v in violations:
                p(f"  {v['impact'] or '-':9} {v['id']} x{len(v['nodes'])}: {v['help']}")
                if scope == KIT:
                    for node in v["nodes"][:6]:
                        p(f"      at {node['target'][:110]}")
        p()


def _report_rule_table(results: dict, p) -> None:
    """The kit's own output: how many elements break each rule on each page."""
    rules = sorted({(v["id"], v["impact"]) for f in results.values() for v in f[KIT]},
                   key=lambda r: (IMPACT_ORDER.get(r[1], 9), r[0]))
    pages = list(results)
    short = [name.split("_")[0] if not name.startswith("voila") else "voila" for name in pages]
    p("== The kit's own output: elements per rule and page ==")
    p(f"{'rule':28} {'impact':9} " + " ".join(f"{s:>5}" for s in short) + "  total")
    for rule, impact in rules:
        cells = [sum(len(v["nodes"]) for v in results[name][KIT] if v["id"] == rule)
                 for name in pages]
        p(f"{rule:28} {impact or '-':9} " + " ".join(f"{c:>5}" for c in cells)
          + f"  {sum(cells):>5}")
    if not rules:
        p("(none)")


def report(results: dict, out=sys.stdout) -> int:
    """Print the violations per page, a rule-by-page table; return M (serious or critical)."""
    def p(line: str = "") -> None:
        print(line, file=out)

    _report_violations(results, p)
    _report_rule_table(results, p)
    chrome = Counter()
    for found in results.values():
        for v in found[CHROME]:
            chrome[v["id"]] += len(v["nodes"])
    if chrome:
        p("JupyterLab's chrome, elements per rule over all pages: "
          + ", ".join(f"{rule} {n}" for rule, n in sorted(chrome.items())))
    n = m = 0
    for found in results.values():
        a, b = count(found[KIT])
        n, m = n + a, m + b
    p()
    p(f"axe: {n} violations (serious or critical: {m})")
    return m


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persona", default="career_changer",
                        help="sample persona (data/personas/NAME.json) loaded in JupyterLab")
    parser.add_argument("--notebooks", nargs="*", default=NOTEBOOKS,
                        help="participant notebooks to measure (default: 00 to 05)")
    parser.add_argument("--no-voila", action="store_true", help="skip the Voila demo")
    parser.add_argument("--json", type=Path, help="also write every result to this file")
    args = parser.parse_args(argv)

    if not CHROMIUM.exists():
        print(f"make a11y needs Debian's Chromium at {CHROMIUM} (apt-get install -y chromium)",
              file=sys.stderr)
        return 2
    if not AXE.exists():
        print(f"axe-core is not installed at {AXE}: run `npm ci` in {ROOT} (make node)",
              file=sys.stderr)
        return 2
    persona = ROOT / "data" / "personas" / f"{args.persona}.json"
    if not persona.exists():
        print(f"no sample persona '{args.persona}' in data/personas/", file=sys.stderr)
        return 2
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    version = json.loads((AXE.parent / "package.json").read_text(encoding="utf-8"))["version"]
    print(f"axe-core {version}, rules tagged {', '.join(TAGS)}; persona {args.persona}",
          file=sys.stderr)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="workshop-a11y-") as folder, sync_playwright() as p:
        tmp = Path(folder)
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            if args.notebooks:
                measure_lab(browser, tmp, persona, args.notebooks, results)
            if not args.no_voila:
                measure_voila(browser, tmp, results)
        except (ServerError, PlaywrightError) as exc:
            print(f"a11y: could not measure: {exc}", file=sys.stderr)
            for log in tmp.glob("*.log"):
                print(f"--- {log.name} (last lines)\n"
                      + "\n".join(log.read_text(errors="replace").splitlines()[-15:]),
                      file=sys.stderr)
            return 2
        finally:
            browser.close()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 1 if report(results) else 0


if __name__ == "__main__":
    sys.exit(main())
