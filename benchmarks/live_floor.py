"""A rating change at the floor, measured with real kernels (``make bench``'s "live" part).

One kernel per notebook, as a participant's browser opens them: 02, 03, 04 and 05 each run their
code cell on one workspace (the persona widened to ``roles`` roles). Then a rating is clicked in
03, ``changes`` times: the message a browser sends for a click on the rating's button (a
``comm_msg`` updating the buttons' value, on 03's shell channel), with the last role picked in
03's list. For each change it records, from the kernels' own CPU counters (the scheduler's, in
nanoseconds, summed over each kernel's threads: psutil's 10 ms ticks are too coarse for a 15 ms
budget) and their iopub channels:

- kernel CPU of the change, summed over the four kernels (the same window measured with no
  change, each kernel's idle CPU, is subtracted);
- bytes sent to the browser (every ``comm_msg``: its JSON and its binary buffers);
- click to every open view: from the request to 03's kernel until 04's new chart rows (and 02's
  and 05's answers, when they have any) leave their kernels; the browser's paint is not in it
  (measured apart: about 60 ms from a save to the new chart painted in Voila, /tmp screenshots
  in docs/live_views.md);
- memory: each kernel's resident set after its cell ran, and a bare kernel's.

Beside them, the floor: scoring the workspace plus one small message (the ranking rows as JSON).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from proc_cpu import process_cpu  # noqa: E402 - tools/ holds the one CPU clock of a process

NOTEBOOKS = ["02_rate_skill_growth", "03_rate_company_results", "04_find_your_strongest_role",
             "05_draft_your_answer"]
CLICKED = "03_rate_company_results"
MIB = 1024 * 1024


def _code_cells(name: str) -> list[str]:
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code"]


class _Kernel:
    """A kernel of its own, its process, and what it sent on iopub."""

    def __init__(self, name: str, env: dict, cwd: Path) -> None:
        from jupyter_client import KernelManager

        self.name = name
        self.km = KernelManager(kernel_name="python3")
        self.km.start_kernel(env=env, cwd=str(cwd))
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)
        import psutil

        self.process = psutil.Process(self.km.provisioner.pid)

    def run(self, code: str, timeout: float = 120) -> None:
        reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=lambda _m: None)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"{self.name}: {reply['content'].get('evalue')}")

    def cpu(self) -> float:
        """CPU seconds of the kernel's threads so far: the scheduler's nanoseconds where Linux
        gives them (``tools/proc_cpu.py``), else psutil's 10 ms ticks."""
        return process_cpu(self.process.pid)

    def rss(self) -> float:
        return self.process.memory_info().rss / MIB

    def drain(self) -> list[tuple[float, dict]]:
        """The iopub messages waiting now, each with the time it was read."""
        out = []
        while True:
            try:
                msg = self.kc.get_iopub_msg(timeout=0.001)
            except Exception:  # queue.Empty
                return out
            out.append((time.perf_counter(), msg))

    def stop(self) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def _rating_buttons(kernel: _Kernel, name: str) -> str:
    """Pick the last role in 03's editor (the role the clicks rate) and return the model id of
    its rating ``name``'s buttons, where a browser's click goes."""
    code = ("_ed = [v for v in Out.values() if type(v).__name__ == 'ResultsEditor'][-1]\n"
            "_ed.driver.select(_ed.session.workspace.roles[-1].id)\n"
            f"print(_ed.driver.rating({name!r}).model_id)")
    found: list[str] = []

    def hook(msg: dict) -> None:
        if msg["header"]["msg_type"] == "stream":
            found.append(msg["content"]["text"])

    reply = kernel.kc.execute_interactive(code, timeout=60, output_hook=hook)
    if reply["content"]["status"] != "ok" or not found:
        raise RuntimeError(f"{kernel.name}: no rating buttons ({reply['content'].get('evalue')})")
    return "".join(found).split()[-1]


def _click(kernel: _Kernel, model_id: str, value: int) -> None:
    """What a browser sends when the participant clicks the button of ``value``."""
    content = {"comm_id": model_id,
               "data": {"method": "update", "state": {"value": value}, "buffer_paths": []}}
    kernel.kc.shell_channel.send(kernel.kc.session.msg("comm_msg", content))


def _comm_bytes(msg: dict) -> int:
    if msg["header"]["msg_type"] != "comm_msg":
        return 0
    return len(json.dumps(msg["content"])) + sum(len(b) for b in msg.get("buffers") or [])


def _is_rows_update(msg: dict) -> bool:
    state = msg["content"].get("data", {}).get("state", {}) if msg["header"][
        "msg_type"] == "comm_msg" else {}
    return "rows" in state


def _workspace(roles: int, path: Path) -> None:
    from workshop.model import Workspace
    from workshop.store import dumps, read_workspace

    data = read_workspace(ROOT / "data" / "personas" / "career_changer.json").to_dict()
    base = data["roles"]
    data["roles"] = []
    for i in range(roles):
        role = json.loads(json.dumps(base[i % len(base)]))
        role.update(id=f"r{i}", title=f"{role['title']} {i}",
                    ratings={"skill_growth": 1 + i % 5, "company_results": 1 + (i * 3) % 5,
                             "relevance": 1 + (i * 2) % 5})
        data["roles"].append(role)
    path.write_bytes(dumps(Workspace.from_dict(data)))


def _floor(path: Path, repeat: int = 200) -> float:
    """Scoring the workspace plus one small message: the least "a rating changed, every open
    view shows it" can cost, in CPU seconds."""
    from workshop.charts import chart_rows
    from workshop.scoring import rank
    from workshop.store import read_workspace

    # one record per run: ``rank`` remembers the ranking of a record it saw, and the floor must
    # score once, as a change does
    records = [replace(read_workspace(path)) for _ in range(repeat)]
    t0 = time.process_time()
    for ws in records:
        json.dumps({"method": "update", "state": chart_rows(rank(ws))})
    return (time.process_time() - t0) / repeat


def _follow(kernels: dict, start: float,
            settle: float = 0.6) -> tuple[float | None, float | None, int]:
    """Read every kernel's iopub until 04's chart rows arrived and ``settle`` seconds more
    passed (the other views' answers), at most 10 s: when the rows arrived, when the last
    view's last message to the browser left its kernel, and the bytes."""
    arrived, last, total = None, None, 0
    while time.perf_counter() < start + 10:
        for k in kernels.values():
            for at, msg in k.drain():
                size = _comm_bytes(msg)
                total += size
                if size:
                    last = at
                if k.name == NOTEBOOKS[2] and arrived is None and _is_rows_update(msg):
                    arrived = at
        if arrived is not None and time.perf_counter() - arrived > settle:
            break
        time.sleep(0.002)
    return arrived, last, total


def _click_and_follow(kernels: dict, changes: int) -> dict:
    """Click a rating in 03 ``changes`` times; each change's kernel CPU (idle subtracted),
    bytes and times."""
    clicked = kernels[CLICKED]
    buttons = _rating_buttons(clicked, "relevance")
    idle_cpu, cpu, sent, latency, every = [], [], [], [], []
    per_kernel: dict[str, list[float]] = {name: [] for name in kernels}
    idle_each: dict[str, list[float]] = {name: [] for name in kernels}
    for i in range(changes):
        # idle: the same kind of window with no change (the watch thread, timers)
        each = {name: k.cpu() for name, k in kernels.items()}
        time.sleep(0.6)
        for name, k in kernels.items():
            idle_each[name].append(k.cpu() - each[name])
        idle_cpu.append(sum(v[-1] for v in idle_each.values()))
        for k in kernels.values():
            k.drain()
        value = 1 + i % 5
        each = {name: k.cpu() for name, k in kernels.items()}
        before = sum(each.values())
        start = time.perf_counter()
        _click(clicked, buttons, value)
        arrived, last, total = _follow(kernels, start)
        elapsed = time.perf_counter() - start
        cpu.append(sum(k.cpu() for k in kernels.values()) - before
                   - statistics.median(idle_cpu) * elapsed / 0.6)
        sent.append(total)
        for name, k in kernels.items():
            per_kernel[name].append(k.cpu() - each[name]
                                    - statistics.median(idle_each[name]) * elapsed / 0.6)
        if arrived is not None:
            latency.append(arrived - start)
        if last is not None:
            every.append(last - start)
    return {"cpu": cpu, "per_kernel": per_kernel, "bytes": sent, "latency": latency,
            "every": every, "idle": statistics.median(idle_cpu) / 0.6}


def measure(roles: int = 5, changes: int = 12) -> dict:
    """Start the kernels, change a rating ``changes`` times, and return the figures."""
    tmp = Path(tempfile.mkdtemp(prefix="live-bench-"))
    ws = tmp / "my_workspace.json"
    _workspace(roles, ws)
    env = dict(os.environ, WORKSHOP_WORKSPACE=str(ws), WORKSHOP_SHARE_DIR=str(tmp / "share"))
    env.pop("MPLBACKEND", None)
    kernels: dict[str, _Kernel] = {}
    try:
        bare = _Kernel("bare", env, tmp)
        bare.run("import ipykernel")
        time.sleep(0.5)
        memory = {"bare kernel": bare.rss()}
        bare.stop()
        for name in NOTEBOOKS:
            k = kernels[name] = _Kernel(name, env, tmp)
            for code in _code_cells(name):
                k.run(code)
        time.sleep(1.0)
        for k in kernels.values():
            k.drain()
            memory[k.name] = k.rss()
        figures = _click_and_follow(kernels, changes)
        floor = _floor(ws)
        return {"roles": roles, "changes": changes, **figures, "memory": memory,
                "floor": floor, "load": os.getloadavg()}
    finally:
        for k in kernels.values():
            k.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))]


def report(figures: list[dict]) -> None:
    """Print the tables: per change (each size of workspace), then memory per kernel."""
    print("\nA rating change with 02, 03, 04 and 05 open (one real kernel each), clicked in 03:")
    print(f"  {'roles':>5}  {'kernel CPU/change':>18}  {'floor':>8}  {'bytes/change':>12}  "
          f"{'click->04 p50':>13}  {'p95':>7}  {'click->every view p50':>21}  {'p95':>7}  "
          "(target: CPU 15 ms, p95 300 ms)")
    for f in figures:
        print(f"  {f['roles']:>5}  {statistics.median(f['cpu']) * 1000:15.1f} ms  "
              f"{f['floor'] * 1000:5.2f} ms  {statistics.median(f['bytes']):12,.0f}  "
              f"{_pct(f['latency'], 50) * 1000:10.0f} ms  {_pct(f['latency'], 95) * 1000:4.0f} ms"
              f"  {_pct(f['every'], 50) * 1000:18.0f} ms  {_pct(f['every'], 95) * 1000:4.0f} ms"
              f"   ({len(f['latency'])} of {f['changes']} changes seen in 04)")
    print("  kernel CPU per change by notebook (median, idle subtracted):")
    for f in figures:
        print(f"  {f['roles']:>5}  " + ", ".join(
            f"{name[:2]} {statistics.median(v) * 1000:.1f} ms" for name, v in
            f["per_kernel"].items()))
    f = figures[0]
    print(f"  idle: {f['idle'] * 1000:.1f} ms of CPU per second over the four kernels; "
          f"load average while measuring {f['load'][0]:.1f} on {os.cpu_count()} cores")
    print("\nMemory per kernel (resident, after its cell ran):")
    for name, mib in f["memory"].items():
        print(f"  {name:<30} {mib:6.0f} MiB")
    pair = f["memory"][NOTEBOOKS[1]] + f["memory"][NOTEBOOKS[2]]
    print(f"  {'03 + 04 (two notebooks open)':<30} {pair:6.0f} MiB   (target: 160 MiB or less)")


def alternatives(roles: int, repeat: int = 15) -> list[tuple[str, float]]:
    """Kernel CPU (median, seconds) of the ways notebook 04 could show one ranking, in one
    process: the matplotlib figure as PNG (what 04 did) and as SVG, the rows an anywidget
    draws from (what 04 does), and the ranking table by pandas and by the plain template."""
    import io

    from workshop.charts import chart_rows, figure_strongest, save_png
    from workshop.scoring import rank
    from workshop.store import read_workspace
    from workshop.widgets._base import table_html
    from workshop.widgets.strongest import ranking_table_html

    tmp = Path(tempfile.mkdtemp(prefix="live-alt-"))
    try:
        _workspace(roles, tmp / "ws.json")
        ws = read_workspace(tmp / "ws.json")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ranking = rank(ws)

    def png():
        save_png(figure_strongest(ranking), io.BytesIO())

    def svg():
        figure_strongest(ranking).savefig(io.BytesIO(), format="svg")

    def rows():
        json.dumps({"method": "update", "state": chart_rows(ranking)})

    def pandas_table():
        from workshop.tables import roles_frame

        table_html(roles_frame(ws, parts=True, ranking=ranking).astype(object))

    def template_table():
        ranking_table_html(ranking)

    out = []
    for label, fn in (("fresh matplotlib figure, PNG (04 before)", png),
                      ("fresh matplotlib figure, SVG", svg),
                      ("chart rows for the anywidget, JSON (04 now)", rows),
                      ("ranking table, pandas to_html", pandas_table),
                      ("ranking table, plain template (04 now)", template_table)):
        fn()  # warm: imports, font cache
        times = []
        for _ in range(repeat):
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        out.append((label, statistics.median(times)))
    return out


def report_alternatives(roles_list=(5, 20)) -> None:
    table = {roles: alternatives(roles) for roles in roles_list}
    print("\nWays to show one ranking in 04, kernel CPU (median, one process):")
    print(f"  {'':<46}" + "".join(f"{f'{r} roles':>12}" for r in roles_list))
    for i, (label, _) in enumerate(table[roles_list[0]]):
        print(f"  {label:<46}" + "".join(f"{table[r][i][1] * 1000:9.2f} ms" for r in roles_list))


def round_trips() -> tuple[dict, dict]:
    """How often one rating click in 03 turns the workspace into a dict and back
    (``Workspace.to_dict`` / ``from_dict``), in one process: a click, then a click after another
    notebook (another session on the file) saved and before this one looked at the file."""
    import tempfile

    from workshop import model
    from workshop.session import Session
    from workshop.widgets import results_editor

    counts = {"to_dict": 0, "from_dict": 0}
    to_dict, from_dict = model.Workspace.to_dict, model.Workspace.__dict__["from_dict"]

    def counted_to(self):
        counts["to_dict"] += 1
        return to_dict(self)

    def counted_from(cls, data, **kwargs):
        counts["from_dict"] += 1
        return from_dict.__func__(cls, data, **kwargs)

    model.Workspace.to_dict = counted_to
    model.Workspace.from_dict = classmethod(counted_from)
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "ws.json"
            _workspace(5, path)
            here, there = Session.open(path), Session.open(path)
            mine, theirs = results_editor(here), results_editor(there)
            mine.driver.select(here.workspace.roles[0].id)
            theirs.driver.select(there.workspace.roles[1].id)
            counts.update(to_dict=0, from_dict=0)
            mine.driver.rate("company_results", 4)
            alone = dict(counts)
            theirs.driver.rate("relevance", 2)
            counts.update(to_dict=0, from_dict=0)
            mine.driver.rate("company_results", 2)
            after = dict(counts)
            mine.close()
            theirs.close()
    finally:
        model.Workspace.to_dict = to_dict
        model.Workspace.from_dict = from_dict
    return alone, after


def report_round_trips() -> None:
    alone, after = round_trips()
    print("\nDict round trips of one rating click in 03 (Workspace.to_dict / from_dict):")
    print(f"  a click                                      {alone['to_dict']} / "
          f"{alone['from_dict']}   (target: the one to_dict the file needs)")
    print(f"  a click after another notebook saved (merge) {after['to_dict']} / "
          f"{after['from_dict']}")
