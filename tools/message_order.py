"""Does the kernel handle a form's box update before the click sent after it? (`make message-order`)

A participant types into a box of notebook 01's form and clicks "Add as new role". The box sends
its text when it is left (``workshop.widgets._base.form_text``), so on the websocket the box's
``update`` goes before the button's ``click``. This tool checks that the kernel handles them in
that order too: in JupyterLab, in headless Chromium, it fills the form N times with a new end
date and clicks Add, records what the page sends (the order of ``update`` and ``click``) and
reads the saved workspace: the role added must hold the end date just typed.

Under load the order is what fails: ipykernel 7 runs a widget message that arrives while
another is being handled beside it, not after it, so a click can be handled before the update
ahead of it and the role is saved with the previous end date. ``--burners`` (default 2) keeps
that many CPU-bound processes running meanwhile, as a busy class machine would.

It prints one line per click and last:

    message order: ipykernel V, N clicks, K sent after the update, M saved the old text

and exits 1 when M > 0, 2 when it could not measure (no Chromium, a server that did not start).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import sys
import tempfile
from importlib.metadata import version
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
WAIT = 60_000  # ms

# What the page sends on its kernel websocket: each widget message's method, value and event.
_RECORD = """() => {
  window.__sent = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    try {
      const text = typeof data === 'string' ? data
        : data instanceof ArrayBuffer ? new TextDecoder().decode(data) : '';
      if (text.includes('comm_msg')) {
        const pick = rx => { const m = text.match(rx); return m ? m[1] : null; };
        window.__sent.push([pick(/"method":\\s*"(\\w+)"/), pick(/"value":\\s*"([^"]*)"/),
                            pick(/"event":\\s*"(\\w+)"/)]);
      }
    } catch (e) { /* a message that is not text: not a widget message */ }
    return send.call(this, data);
  };
}"""
_KERNEL_IDLE = ("() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
                " const k = w && w.sessionContext && w.sessionContext.session"
                " && w.sessionContext.session.kernel; return k && k.status === 'idle'; }")


def _burn() -> None:  # pragma: no cover - a CPU-bound child process
    while True:
        pass


def _clicks(page, workspace: Path, n: int) -> tuple[int, int]:
    """Fill and add ``n`` roles; (clicks sent after their update, roles saved with old text)."""
    in_order = stale = 0
    for i in range(n):
        page.evaluate("() => { window.__sent = []; }")
        end = f"{2000 + i}-{1 + i % 12:02d}"
        page.get_by_placeholder("Shift Supervisor").fill(f"Role {i}")
        page.get_by_placeholder("Northwind Logistics").fill("Harbour Hotel")
        page.get_by_placeholder("2019-11 or 2019").fill("1999")
        page.get_by_placeholder("empty = still there").fill(end)
        page.get_by_role("button", name="Add as new role").click()
        page.locator(".workshop-message", has_text=f"Added 'Role {i},").first.wait_for(
            timeout=WAIT)
        sent = page.evaluate("() => window.__sent")
        update = next((k for k, (_, value, _e) in enumerate(sent) if value == end), None)
        click = next((k for k, (_, _v, event) in enumerate(sent) if event == "click"), None)
        saved = json.loads(workspace.read_text(encoding="utf-8"))["roles"][-1]["end"]
        ordered = update is not None and click is not None and update < click
        in_order += ordered
        stale += saved != end
        print(f"click {i + 1:>2}: update {'before' if ordered else 'NOT before'} the click on "
              f"the websocket; saved end {saved} (typed {end})"
              f"{'' if saved == end else '  <- the old text'}")
    return in_order, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--clicks", type=int, default=14)
    parser.add_argument("--burners", type=int, default=2,
                        help="CPU-bound processes kept running meanwhile (default 2)")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"message order: not measured, no Chromium at {CHROMIUM} (make browser)")
        return 2
    from playwright.sync_api import sync_playwright

    from workshop.jupyter import lab_environment

    burners = [multiprocessing.Process(target=_burn, daemon=True) for _ in range(args.burners)]
    with tempfile.TemporaryDirectory(prefix="message-order-") as tmp_name:
        tmp = Path(tmp_name)
        root = tmp / "notebooks"
        shutil.copytree(ROOT / "notebooks", root, ignore=shutil.ignore_patterns(
            "my_workspace.json", "share_exports", ".ipynb_checkpoints", "answer_card.*",
            "workshop.log"))
        workspace = tmp / "my_workspace.json"
        port = free_port()
        try:
            with sync_playwright() as p, serving(
                    "message-order/jupyterlab", lab_command(port, root), cwd=root,
                    env=lab_environment(jupyter_env(tmp, workspace)),
                    url=f"http://127.0.0.1:{port}/api/status",
                    log=ROOT / "test-artifacts" / "message-order" / "jupyterlab.log"):
                browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.add_init_script(f"({_RECORD})()")
                page.goto(f"http://127.0.0.1:{port}/lab/tree/01_list_your_jobs.ipynb")
                page.wait_for_function(_KERNEL_IDLE, timeout=WAIT)
                page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
                page.get_by_placeholder("Shift Supervisor").wait_for(timeout=WAIT)
                for b in burners:
                    b.start()
                try:
                    in_order, stale = _clicks(page, workspace, args.clicks)
                finally:
                    for b in burners:
                        b.terminate()
                browser.close()
        except ServerError as exc:
            print(f"message order: not measured, {exc}")
            return 2
    print(f"message order: ipykernel {version('ipykernel')}, {args.clicks} clicks, {in_order} "
          f"sent after the update, {stale} saved the old text")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
