"""Simulate a class on a local JupyterHub: `make class-sim N=30` (default 10).

N participants log in to the hub `tools/hub.py` starts, follow the nbgitpuller link (pulling this
repository from its local folder), and go through notebooks 00 to 05 in their own kernels, through
the single-user server's REST API and kernel channels, as a browser would: every code cell of
each notebook is run, then the participant's entries (roles, skills, results, ratings) are made
through the kit's session, a rating is moved several times while notebooks 03 and 04 are open
(the round trip is timed until the kernel is idle again, so the open views' redraws count), the
answer is drafted and checked, and the anonymised export is shared into the class folder. Then
the class dashboard runs on the folder. One participant (the first) goes through the notebooks
in headless Chromium instead, as in the browser walkthrough, and presses Share in 05 (skipped
when Chromium is missing).

It prints a line per participant and the totals, and last:

    class: N participants, N shared, p95 change R ms, peak memory M MiB (Pss P MiB)

The peak is the hub's own process tree (hub, proxy, single-user servers, kernels), sampled
every second: RSS summed (what earlier rounds printed; it counts the shared libraries once per
process) and Pss (each shared page counted once), with each peak's split by kind of process.

It stops everything it started. Figures from this machine are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hub import Hub, repo_folder, running_hub  # noqa: E402
from proc_cpu import process_cpu  # noqa: E402
from proc_mem import Memory, tree_memory  # noqa: E402
from servers import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

PROJECT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["00_start_here", "01_list_your_jobs", "02_rate_skill_growth",
             "03_rate_company_results", "04_find_your_strongest_role", "05_draft_your_answer"]
PERSONAS = sorted((PROJECT / "data" / "personas").glob("*.json"))
RATING_MOVES = 6  # per open view (03 and 04)
OPEN_AT_ONCE = 2  # notebooks a participant keeps open (03 stays open while 04 runs)


@dataclass
class Participant:
    """What one simulated participant did and how long it took.

    Attributes:
        name: the hub user name.
        first_widget_s: from asking the hub for a server to notebook 00's first widget.
        changes_ms: each rating change, from the request to the kernel that makes it until the
            last open view has sent its update (with 03 and 04 open: 04's new chart rows).
        cpu_ms: each change's kernel CPU, summed over the participant's kernels.
        bytes_sent: each change's widget messages to the browser, summed over the kernels.
        kernel_mib: the participant's kernels' resident memory, summed, at its peak.
        shared: whether the export reached the class folder.
        error: a plain sentence when something failed.
    """

    name: str
    first_widget_s: float | None = None
    changes_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    bytes_sent: list[int] = field(default_factory=list)
    kernel_mib: float = 0.0
    shared: bool = False
    error: str = ""
    browser: bool = False


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _note(seen: dict, msg: dict) -> bool:
    """Keep in ``seen`` what a reply to the request says; True when the kernel is idle again."""
    kind = msg["header"]["msg_type"]
    content = msg.get("content", {})
    if kind == "comm_open" and content.get("target_name") == "jupyter.widget":
        seen["widgets"] += 1
        seen["first_widget_at"] = seen["first_widget_at"] or time.monotonic()
    elif kind == "error":
        seen["errors"].append(f"{content.get('ename')}: {content.get('evalue')}")
    elif kind == "stream" and content.get("name") == "stdout":
        seen["stdout"] += content.get("text", "")
    return kind == "status" and content.get("execution_state") == "idle"


class Kernel:
    """One kernel of a participant's server, driven over its websocket channels."""

    def __init__(self, hub: Hub, user: str, kernel_id: str, conn) -> None:
        self.hub, self.user, self.id, self.conn = hub, user, kernel_id, conn
        self.session = uuid.uuid4().hex

    @classmethod
    async def start(cls, hub: Hub, user: str, path: str) -> Kernel:
        body = {"path": path, "type": "notebook", "name": Path(path).name,
                "kernel": {"name": "python3"}}
        reply = await _server(hub, user, "POST", "api/sessions", body)
        kernel_id = reply["kernel"]["id"]
        url = (hub.url.replace("http", "ws", 1)
               + f"/user/{user}/api/kernels/{kernel_id}/channels")
        conn = await websocket_connect(HTTPRequest(
            url, headers={"Authorization": f"token {hub.token}"}, request_timeout=60))
        kernel = cls(hub, user, kernel_id, conn)
        kernel.session_id = reply["id"]
        kernel.path = path
        return kernel

    async def run(self, code: str, timeout: float = 120) -> dict:
        """Run ``code``; return what came back: widgets opened, errors, printed text."""
        msg_id = uuid.uuid4().hex
        self.conn.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": self.session,
                       "username": self.user, "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": False,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
        seen = {"widgets": 0, "errors": [], "stdout": "", "first_widget_at": None, "bytes": 0}
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"a cell did not finish within {timeout:.0f} s")
            raw = await asyncio.wait_for(self.conn.read_message(), left)
            if raw is None:
                raise ConnectionError("the kernel's connection closed")
            if isinstance(raw, bytes):
                continue
            msg = json.loads(raw)
            if msg["header"]["msg_type"] == "comm_msg":
                seen["bytes"] += len(raw)
            if msg.get("parent_header", {}).get("msg_id") == msg_id and _note(seen, msg):
                return seen

    async def rows_update(self, timeout: float = 10) -> tuple[float | None, int]:
        """Read this kernel's messages until its live chart sends new rows (04, after another
        kernel's save): when they came (``time.perf_counter``), and the widget bytes read."""
        total, deadline = 0, time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                raw = await asyncio.wait_for(self.conn.read_message(),
                                             deadline - time.monotonic())
            except TimeoutError:
                break
            if raw is None or isinstance(raw, bytes):
                continue
            msg = json.loads(raw)
            if msg["header"]["msg_type"] != "comm_msg":
                continue
            total += len(raw)
            if "rows" in msg.get("content", {}).get("data", {}).get("state", {}):
                return time.perf_counter(), total
        return None, total

    async def drain(self, quiet: float = 0.2) -> int:
        """Read what is waiting until ``quiet`` seconds pass with nothing; the widget bytes."""
        total = 0
        while True:
            try:
                raw = await asyncio.wait_for(self.conn.read_message(), quiet)
            except TimeoutError:
                return total
            if raw is None:
                return total
            if isinstance(raw, str) and '"comm_msg"' in raw[:400]:
                total += len(raw)

    async def close(self) -> None:
        self.conn.close()
        with contextlib.suppress(Exception):
            await _server(self.hub, self.user, "DELETE", f"api/sessions/{self.session_id}")


async def _fetch(request: HTTPRequest):
    response = await AsyncHTTPClient().fetch(request, raise_error=False)
    if response.code >= 400 or response.error and response.code == 599:
        body = (response.body or b"").decode(errors="replace")[:300]
        path = urllib.parse.urlsplit(request.url).path
        raise RuntimeError(f"{request.method} {path} answered {response.code}: {body}")
    return response


async def _json_call(hub: Hub, method: str, url: str, body: object | None = None):
    """One JSON request with the class-sim token; the decoded answer (or None)."""
    request = HTTPRequest(
        url, method=method, body=None if body is None else json.dumps(body),
        headers={"Authorization": f"token {hub.token}", "Content-Type": "application/json"},
        request_timeout=120, allow_nonstandard_methods=True)
    response = await _fetch(request)
    return json.loads(response.body) if response.body else None


async def _server(hub: Hub, user: str, method: str, path: str, body: object | None = None):
    """A participant's single-user server's REST API."""
    return await _json_call(hub, method, f"{hub.url}/user/{user}/{path}", body)


async def _hub_api(hub: Hub, method: str, path: str, body: object | None = None):
    """The hub's REST API."""
    return await _json_call(hub, method, f"{hub.url}/hub/api{path}", body)


async def _start_server(hub: Hub, user: str) -> None:
    await _hub_api(hub, "POST", f"/users/{user}")
    await _hub_api(hub, "POST", f"/users/{user}/server")
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        model = await _hub_api(hub, "GET", f"/users/{user}")
        server = (model.get("servers") or {}).get("", {})
        if server.get("ready"):
            return
        await asyncio.sleep(1.0)
    raise TimeoutError(f"{user}'s server did not start within 600 s")


def _branch(repo: str) -> str:
    """The branch checked out in a local ``repo`` (what is being measured), else "main"."""
    out = subprocess.run(["git", "-C", repo, "rev-parse", "--abbrev-ref", "HEAD"],
                         capture_output=True, text=True)
    name = out.stdout.strip()
    return name if out.returncode == 0 and name and name != "HEAD" else "main"


async def _git_pull(hub: Hub, user: str) -> None:
    """What the nbgitpuller link does, through its API: pull the kit into the user's home."""
    query = urllib.parse.urlencode({"repo": hub.repo, "branch": _branch(hub.repo),
                                    "targetpath": repo_folder(hub.repo)})
    response = await _fetch(HTTPRequest(
        f"{hub.url}/user/{user}/git-pull/api?{query}",
        headers={"Authorization": f"token {hub.token}"}, request_timeout=180))
    events = [json.loads(line[5:]) for line in response.body.decode().splitlines()
              if line.startswith("data:")]
    if not events or events[-1].get("phase") != "finished":
        last = events[-1] if events else {}
        raise RuntimeError(f"nbgitpuller did not finish: {last.get('message', 'no reply')}")


def _cells(path: Path) -> list[str]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]


# What a participant types, made through the kit's session as the widgets do. Each snippet runs
# in the kernel of the notebook where the participant would type it.
_ENTRIES = {
    "01_list_your_jobs": """
import json
from workshop.session import open_session
from workshop.model import Role
from workshop.edits import add_roles, with_target
_p = json.loads({persona!r})
_s = open_session()
_s.change(lambda w: with_target(w, _p['target_role']['title'], w.target_role.goals), 'target')
_s.change(lambda w: with_target(w, w.target_role.title,
                                (*w.target_role.goals, *_p['target_role']['goals'])), 'goals')
for _r in _p['roles']:
    _bare = dict(_r, skills=[], results=[], ratings={{}})
    _bare.pop('enjoyment', None)
    _s.change(lambda w, r=_bare: add_roles(w, Role.from_dict(r)), 'add a role')
print(len(_s.workspace.roles))
""",
    "02_rate_skill_growth": """
import json
from workshop.session import open_session
from dataclasses import replace
from workshop.model import Skill
from workshop.edits import rate, with_role
_p = json.loads({persona!r})
_s = open_session()
for _i, _r in enumerate(_p['roles']):
    for _k in _r.get('skills', []):
        _s.change(lambda w, i=_i, k=_k: with_role(w, w.roles[i].id, lambda r: replace(
            r, skills=(*r.skills, Skill.from_dict(k)))), 'skill')
    _g = (_r.get('ratings') or {{}}).get('skill_growth')
    if _g is not None:
        _s.change(lambda w, i=_i, g=_g: rate(w, w.roles[i].id, 'skill_growth', g), 'rate')
    if _r.get('enjoyment') is not None:
        _s.change(lambda w, i=_i, e=_r['enjoyment']: rate(w, w.roles[i].id, 'enjoyment', e),
                  'liked')
print(sum(len(r.skills) for r in _s.workspace.roles))
""",
    "03_rate_company_results": """
import json
from workshop.session import open_session
from dataclasses import replace
from workshop.model import Result
from workshop.edits import rate, with_role
_p = json.loads({persona!r})
_s = open_session()
for _i, _r in enumerate(_p['roles']):
    for _k in _r.get('results', []):
        _s.change(lambda w, i=_i, k=_k: with_role(w, w.roles[i].id, lambda r: replace(
            r, results=(*r.results, Result.from_dict(k)))), 'result')
    for _key in ('company_results', 'relevance'):
        _v = (_r.get('ratings') or {{}}).get(_key)
        if _v is not None:
            _s.change(lambda w, i=_i, k=_key, v=_v: rate(w, w.roles[i].id, k, v), 'rate')
print(sum(len(r.results) for r in _s.workspace.roles))
""",
    "05_draft_your_answer": """
import os
import re
from workshop.session import open_session
from workshop.draft import draft_answer
from workshop.share import write_export
from workshop.scoring import rank
from workshop.edits import with_answer
_s = open_session()
_best = rank(_s.workspace).strongest
_text = draft_answer(_s.workspace, _best.role.id) + ' I really enjoyed the team.'
_s.change(lambda w: with_answer(w, _text, _best.role.id), 'answer')
print(write_export(_s.workspace, os.environ['WORKSHOP_SHARE_DIR']))
""",
}

# A rating moved while a view is open: the round trip includes that view's redraw.
_MOVE = """
from workshop.session import open_session
from workshop.edits import rate
_s = open_session()
_s.change(lambda w: rate(w, w.roles[0].id, 'company_results', {value}), 'rate')
"""


def _kernels_of(home: Path) -> list[psutil.Process]:
    """The kernels whose working folder is inside ``home``."""
    found = []
    for process in psutil.process_iter(["cmdline"]):
        try:
            if "ipykernel_launcher" not in " ".join(process.info["cmdline"] or []):
                continue
            if str(Path(process.cwd())).startswith(str(home)):
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied, FileNotFoundError):
            continue
    return found


def _kernel_memory(home: Path) -> float:
    """Resident memory (MiB) of the kernels whose working folder is inside ``home``."""
    total = 0
    for process in _kernels_of(home):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += process.memory_info().rss
    return total / 2**20


def _kernel_cpu(processes: list[psutil.Process]) -> float:
    """CPU seconds the kernels used so far, summed (nanoseconds where Linux gives them)."""
    total = 0.0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += process_cpu(process.pid)
    return total


async def _participant(hub: Hub, who: Participant, persona: Path, peak: dict) -> None:
    """One participant through notebooks 00 to 05 in their own kernels: each notebook's cells,
    then what they type there, then the rating moves while it is open."""
    started = time.monotonic()
    kernels: list[Kernel] = []
    step = "starting the server"
    try:
        await _start_server(hub, who.name)
        step = "pulling the kit"
        await _git_pull(hub, who.name)
        folder = repo_folder(hub.repo)
        persona_text = persona.read_text(encoding="utf-8")
        for name in NOTEBOOKS:
            path = f"{folder}/notebooks/{name}.ipynb"
            step = f"{name[:2]}: opening"
            kernel = await _open_notebook(hub, who.name, path, kernels)
            step = f"{name[:2]}: its cells"
            await _run_cells(hub, who, kernel, path, started)
            step = f"{name[:2]}: entries"
            await _make_entries(hub, who, kernel, name, persona_text)
            step = f"{name[:2]}: rating moves"
            await _move_ratings(hub, who, kernels, name)
            who.kernel_mib = max(who.kernel_mib, _kernel_memory(hub.home(who.name)))
    except Exception as exc:  # one participant's failure is reported, the class goes on
        who.error = f"{step}: {type(exc).__name__}: {exc}"
    finally:
        for kernel in kernels:
            await kernel.close()


def _check(seen: dict, what: str) -> None:
    """Raise the first error a run of code gave, said as ``what: error``."""
    if seen["errors"]:
        raise RuntimeError(f"{what}: {seen['errors'][0]}")


async def _open_notebook(hub: Hub, user: str, path: str, kernels: list[Kernel]) -> Kernel:
    """A kernel for the notebook at ``path``, added to ``kernels``; older notebooks beyond
    ``OPEN_AT_ONCE`` are closed, as the participant would."""
    kernel = await Kernel.start(hub, user, path)
    kernels.append(kernel)
    while len(kernels) > OPEN_AT_ONCE:
        await kernels.pop(0).close()
    return kernel


async def _run_cells(hub: Hub, who: Participant, kernel: Kernel, path: str,
                     started: float) -> None:
    """Every code cell of the notebook, in order; the first widget's time is kept."""
    name = Path(path).stem
    for code in _cells(hub.home(who.name) / path):
        seen = await kernel.run(code)
        _check(seen, name)
        if who.first_widget_s is None and seen["first_widget_at"]:
            who.first_widget_s = seen["first_widget_at"] - started


async def _make_entries(hub: Hub, who: Participant, kernel: Kernel, name: str,
                        persona_text: str) -> None:
    """What the participant types in notebook ``name``; in 05, the export shared."""
    if name not in _ENTRIES:
        return
    seen = await kernel.run(_ENTRIES[name].format(persona=persona_text))
    _check(seen, f"{name} entries")
    if name == "05_draft_your_answer":
        who.shared = _readable_export(hub, seen["stdout"].strip())


async def _move_ratings(hub: Hub, who: Participant, kernels: list[Kernel], name: str) -> None:
    """With 03 open, and then 03 and 04: a rating moved in 03 ``RATING_MOVES`` times. Each
    change is timed from the request to 03's kernel until every open view has sent its update
    (04's new chart rows, when 04 is open), with the kernels' CPU and the bytes they sent."""
    if name not in ("03_rate_company_results", "04_find_your_strongest_role"):
        return
    clicked = kernels[-2] if name == "04_find_your_strongest_role" else kernels[-1]
    others = [k for k in kernels if k is not clicked]
    processes = _kernels_of(hub.home(who.name))
    for k in others:
        await k.drain()
    for move in range(RATING_MOVES):
        cpu = _kernel_cpu(processes)
        t0 = time.perf_counter()
        follow = [asyncio.ensure_future(k.rows_update()) for k in others
                  if "04_find_your_strongest_role" in k.path]
        seen = await clicked.run(_MOVE.format(value=2 + move % 3))
        done = time.perf_counter()
        sent = seen["bytes"]
        for job in follow:
            arrived, read = await job
            sent += read
            if arrived is not None:
                done = max(done, arrived)
        who.changes_ms.append((done - t0) * 1000)
        for k in others:  # what the views sent after their update (a status line, say)
            sent += await k.drain(0.15)
        who.cpu_ms.append((_kernel_cpu(processes) - cpu) * 1000)
        who.bytes_sent.append(sent)
        _check(seen, f"{name} rating change")


def _readable_export(hub: Hub, printed: str) -> bool:
    """The export is in the class folder and the facilitator (another user) can read it."""
    path = Path(printed.splitlines()[-1]) if printed else None
    if path is None or path.parent != hub.class_folder or not path.is_file():
        return False
    return bool(path.stat().st_mode & 0o044)


async def _browser_participant(hub: Hub, who: Participant, persona: Path, shots: Path) -> None:
    """The first participant: entries made as above, then every notebook opened and run in
    headless Chromium from the nbgitpuller link, with a screenshot each."""
    from playwright.async_api import async_playwright

    who.browser = True
    if not CHROMIUM.exists():
        who.error = f"skipped: no Chromium at {CHROMIUM}"
        return
    shots.mkdir(parents=True, exist_ok=True)
    folder = repo_folder(hub.repo)
    started = time.monotonic()
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 900})
            outside: list[str] = []
            page.on("request", lambda r: None if urllib.parse.urlsplit(r.url).hostname in (
                "127.0.0.1", None) or r.url.startswith("data:") else outside.append(r.url))
            await page.goto(f"{hub.url}/hub/login")
            await page.fill("input[name=username]", who.name)
            await page.fill("input[name=password]", "class")
            await page.click("input[type=submit], button[type=submit]")
            await page.wait_for_url("**/user/**", timeout=120_000)
            await page.goto(hub.pull_link(), timeout=180_000)
            await page.wait_for_url("**/lab/**", timeout=180_000)
            await page.wait_for_selector(".jp-Notebook", timeout=120_000)
            for name in NOTEBOOKS:
                # Opened from JupyterLab, as from its file browser; earlier tabs stay open.
                await page.evaluate(
                    "p => window.jupyterapp.commands.execute('docmanager:open', {path: p})",
                    f"{folder}/notebooks/{name}.ipynb")
                await page.wait_for_function(
                    "n => { const w = window.jupyterapp.shell.currentWidget; "
                    "return w && w.context && w.context.path.endsWith(n + '.ipynb') "
                    "&& w.sessionContext && w.sessionContext.session "
                    "&& w.sessionContext.session.kernel "
                    "&& w.sessionContext.session.kernel.connectionStatus === 'connected'; }",
                    arg=name, timeout=180_000)
                await page.evaluate("window.jupyterapp.commands.execute("
                                    "'notebook:run-all-cells')")
                panel = ".jp-NotebookPanel:not(.lm-mod-hidden)"
                await page.wait_for_selector(f"{panel} .jp-OutputArea .widget-box",
                                             timeout=180_000)
                if who.first_widget_s is None:
                    who.first_widget_s = time.monotonic() - started
                    await _enter_through_kernels(hub, who, persona, folder)
                await page.wait_for_function(
                    "() => { const w = window.jupyterapp.shell.currentWidget; "
                    "return w.sessionContext.session.kernel.status === 'idle' && "
                    "![...w.node.querySelectorAll('.jp-InputArea-prompt')]"
                    ".some(e => e.textContent.includes('*')); }", timeout=180_000)
                errors = page.locator(f"{panel} .jp-OutputArea-output"
                                      "[data-mime-type='application/vnd.jupyter.stderr']")
                if await errors.count():
                    text = (await errors.first.inner_text())[:200]
                    raise RuntimeError(f"{name} shows an error: {text}")
                if name == "05_draft_your_answer":
                    who.shared = await _share_in_browser(hub, page, panel)
                await page.screenshot(path=str(shots / f"{name}.png"))
            if outside:
                raise RuntimeError(f"the browser asked outside the machine: {outside[0]}")
        except Exception as exc:
            who.error = f"{type(exc).__name__}: {exc}"
        finally:
            await browser.close()


async def _share_in_browser(hub: Hub, page, panel: str) -> bool:
    """In 05 the browser participant presses Share as anyone does; the file the message names
    is in the class folder, readable by the facilitator."""
    await page.click(f"{panel} button:has-text('Share with the class (anonymised)')")
    said = page.locator(f"{panel} [role=status]", has_text="with the class, anonymised")
    await said.first.wait_for(timeout=120_000)
    named = re.search(r"as the file (\S+\.json) in the class folder",
                      await said.first.inner_text())
    return bool(named) and _readable_export(hub, str(hub.class_folder / named.group(1)))


async def _enter_through_kernels(hub: Hub, who: Participant, persona: Path, folder: str):
    """The browser participant's entries, made as everyone else's (through the session)."""
    persona_text = persona.read_text(encoding="utf-8")
    for step, code in _ENTRIES.items():
        if step == "05_draft_your_answer":
            continue
        kernel = await Kernel.start(hub, who.name, f"{folder}/notebooks/{step}.ipynb")
        try:
            seen = await kernel.run(code.format(persona=persona_text))
        finally:
            await kernel.close()
        if seen["errors"]:
            raise RuntimeError(f"{step} entries: {seen['errors'][0]}")


async def _sample_memory(hub: Hub, peak: dict, stop: asyncio.Event) -> None:
    """Every second, the hub's own process tree (hub, proxy, servers, kernels; never another
    program's kernels on this machine): the sample with the most RSS and the one with the most
    Pss are kept, each with its split by kind of process."""
    while not stop.is_set():
        now = await asyncio.to_thread(tree_memory, hub.process.pid)
        if now.rss > peak["rss"].rss:
            peak["rss"] = now
        if now.pss > peak["pss"].pss:
            peak["pss"] = now
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), 1.0)


async def _arrive(delay: float, job):
    await asyncio.sleep(delay)
    await job


async def _simulate(hub: Hub, n: int, browser: bool, shots: Path,
                    ramp: float) -> list[Participant]:
    """Everyone arrives within ``ramp`` seconds (a class clicking the link in the first minutes),
    in order, and then works at once with the others."""
    people = [Participant(f"p{i:03d}") for i in range(1, n + 1)]
    # Tornado's client sends at most 10 requests at once and fails any that waits in its queue
    # longer than its time-out; a class's browsers each have their own connections, so give
    # every participant room for the few requests they have open at once.
    AsyncHTTPClient.configure(None, max_clients=max(10, 4 * n))
    peak = {"rss": Memory(), "pss": Memory()}
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_memory(hub, peak, stop))
    jobs = []
    for i, who in enumerate(people):
        persona = PERSONAS[i % len(PERSONAS)]
        if i == 0 and browser:
            jobs.append(_browser_participant(hub, who, persona, shots))
        else:
            jobs.append(_participant(hub, who, persona, peak))
    step = ramp / max(1, n - 1)
    await asyncio.gather(*(_arrive(i * step, job) for i, job in enumerate(jobs)))
    stop.set()
    await sampler
    _simulate.peak = peak
    return people


def _dashboard(hub: Hub) -> dict:
    """The class dashboard on the class folder, as the facilitator runs it."""
    done = subprocess.run(
        [str(Path(sys.executable).parent / "workshop"), "class", str(hub.class_folder),
         "--format", "json"], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"workshop class failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--participants", type=int,
                        default=int(os.environ.get("N", "10") or 10))
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--ramp", type=float, default=None,
                        help="seconds over which participants arrive (default: 4 s each)")
    parser.add_argument("--no-browser", action="store_true",
                        help="no participant in headless Chromium")
    parser.add_argument("--shots", type=Path, default=PROJECT / "test-artifacts" / "class-sim")
    args = parser.parse_args(argv)
    if args.participants < 1:
        print("class-sim: N must be at least 1", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    try:
        with running_hub(args.port) as hub:
            print(f"hub at {hub.url}; pulling {hub.repo}; {args.participants} participants",
                  flush=True)
            ramp = 4.0 * args.participants if args.ramp is None else args.ramp
            people = asyncio.run(_simulate(hub, args.participants, not args.no_browser,
                                           args.shots, ramp))
            summary = _dashboard(hub)
    except RuntimeError as exc:
        print(f"class-sim: {exc}", file=sys.stderr)
        return 2
    print(f"\n{'participant':<12}{'first widget s':>15}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'CPU ms':>8}{'bytes':>8}{'kernels MiB':>13}  shared  note")
    for who in people:
        p50 = _percentile(who.changes_ms, 50)
        p95 = _percentile(who.changes_ms, 95)
        cpu = _percentile(who.cpu_ms, 50)
        sent = _percentile(who.bytes_sent, 50)
        first = f"{who.first_widget_s:.1f}" if who.first_widget_s is not None else "-"
        note = ("browser; " if who.browser else "") + (who.error or "ok")
        print(f"{who.name:<12}{first:>15}{p50:>9.0f}{p95:>9.0f}{cpu:>8.1f}{sent:>8.0f}"
              f"{who.kernel_mib:>13.0f}  {'yes' if who.shared else 'no':<6}  {note}")
    changes = [ms for who in people for ms in who.changes_ms]
    firsts = [w.first_widget_s for w in people if w.first_widget_s is not None]
    mems = [w.kernel_mib for w in people if w.kernel_mib]
    shared = sum(w.shared for w in people)
    failed = [w for w in people if w.error and not w.error.startswith("skipped")]
    print(f"\ntotal: {len(people)} participants in {time.monotonic() - t0:.0f} s; first widget "
          f"median {statistics.median(firsts) if firsts else float('nan'):.1f} s, max "
          f"{max(firsts) if firsts else float('nan'):.1f} s; rating change p50 "
          f"{_percentile(changes, 50):.0f} ms, p95 {_percentile(changes, 95):.0f} ms over "
          f"{len(changes)} changes; kernels per participant "
          f"{statistics.mean(mems) if mems else float('nan'):.0f} MiB; dashboard read "
          f"{summary.get('participants')} exports; {len(failed)} failed")
    cpus = [ms for who in people for ms in who.cpu_ms]
    sent = [b for who in people for b in who.bytes_sent]
    print(f"per change (median over the class): kernel CPU {_percentile(cpus, 50):.1f} ms "
          f"summed over the open notebooks, {_percentile(sent, 50):.0f} bytes to the browser;"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    rss, pss = _simulate.peak["rss"], _simulate.peak["pss"]
    n = len(people)
    for title, at in (("RSS", rss), ("Pss", pss)):
        parts = "; ".join(f"{kind} {int(c)} x {r / c:.0f} MiB RSS, {q / c:.0f} MiB Pss"
                          for kind, (c, r, q) in sorted(at.by_kind.items()))
        print(f"at the {title} peak: {parts}")
    print(f"peak memory per participant: {rss.rss / n:.0f} MiB RSS summed (shared pages "
          f"counted once per process), {pss.pss / n:.0f} MiB Pss (each counted once)")
    print(f"class: {n} participants, {shared} shared, p95 change "
          f"{_percentile(changes, 95):.0f} ms, peak memory {rss.rss:.0f} MiB "
          f"(Pss {pss.pss:.0f} MiB)")
    return 1 if failed or summary.get("participants") != shared else 0


if __name__ == "__main__":
    sys.exit(main())
