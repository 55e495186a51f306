"""A local JupyterHub for one class, on 127.0.0.1: `make hub` (and `make class-sim` through it).

It starts JupyterHub (from this project's virtual environment) with the configuration in
`deploy/hub/jupyterhub_config.py`: a test authenticator, a local spawner with one home folder per
participant under a temporary folder, nbgitpuller in every participant's server, and a shared class
folder for the anonymised exports. It prints the nbgitpuller link for this repository and how to
stop, then waits until Ctrl-C (or, from `class_sim.py`, until the `with` block ends), and stops
everything it started.

    python tools/hub.py [--port 8000] [--root DIR] [--repo PATH_OR_URL]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from servers import wait_until_answers

PROJECT = Path(__file__).resolve().parents[1]
HUB_DIR = PROJECT / "deploy" / "hub"
PROXY = HUB_DIR / "node_modules" / ".bin" / "configurable-http-proxy"


@dataclass
class Hub:
    """A running local hub.

    Attributes:
        url: the hub's public address, e.g. ``http://127.0.0.1:8000``.
        root: the folder holding the hub's database, the homes and the class folder.
        class_folder: where participants' anonymised exports are written.
        token: an API token of the ``class-sim`` service (admin of users and servers).
        repo: what the nbgitpuller link pulls.
        process: the ``jupyterhub`` process.
    """

    url: str
    root: Path
    class_folder: Path
    token: str
    repo: str
    process: subprocess.Popen

    def home(self, user: str) -> Path:
        return self.root / "home" / user

    def pull_link(self, branch: str = "main") -> str:
        """The nbgitpuller link a facilitator hands out: it pulls the kit, opens notebook 00."""
        folder = repo_folder(self.repo)
        query = urllib.parse.urlencode({
            "repo": self.repo, "branch": branch,
            "urlpath": f"lab/tree/{folder}/notebooks/00_start_here.ipynb",
        })
        return f"{self.url}/hub/user-redirect/git-pull?{query}"

    def api(self, method: str, path: str, body: object | None = None, timeout: float = 30):
        """Call the hub's REST API with the service token; returns the decoded JSON (or None)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}/hub/api{path}", data=data, method=method,
            headers={"Authorization": f"token {self.token}",
                     "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read()
        return json.loads(text) if text else None


def repo_folder(repo: str) -> str:
    """The folder nbgitpuller pulls ``repo`` into (its last path part, without ``.git``)."""
    name = repo.rstrip("/").split("/")[-1]
    return name[:-4] if name.endswith(".git") else name


def check_installed() -> str | None:
    """A plain sentence saying what is missing to run the hub, or ``None``."""
    if shutil.which("jupyterhub", path=str(Path(sys.executable).parent)) is None:
        return "jupyterhub is not installed in this environment: run `make hub`."
    if not PROXY.exists():
        return ("configurable-http-proxy is not installed: run `make hub` "
                "(it runs `npm ci` in deploy/hub).")
    return None


def _ports_in_use(port: int) -> str | None:
    """A sentence naming the first of the hub's three ports that something already listens on."""
    for p in (port, port + 1, port + 2):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", p)) == 0:
                return (f"port {p} on 127.0.0.1 is already in use (another hub?): stop it or "
                        f"choose another --port")
    return None


@contextlib.contextmanager
def running_hub(port: int = 8000, root: Path | None = None, repo: str | None = None,
                quiet: bool = True):
    """Start the hub, yield a ``Hub``, and stop it and every server it spawned afterwards."""
    problem = check_installed() or _ports_in_use(port)
    if problem:
        raise RuntimeError(problem)
    made_root = root is None
    root = Path(tempfile.mkdtemp(prefix="workshop-hub-")) if root is None else Path(root)
    (root / "home").mkdir(parents=True, exist_ok=True)
    class_folder = root / "class_exports"
    class_folder.mkdir(exist_ok=True)
    # Participants write, the facilitator reads, nobody deletes another's file.
    os.chmod(class_folder, 0o1777)
    token = secrets.token_hex(32)
    env = dict(os.environ, HUB_ROOT=str(root), HUB_PORT=str(port),
               HUB_CLASS_FOLDER=str(class_folder), HUB_SIM_TOKEN=token)
    env.pop("WORKSHOP_WORKSPACE", None)
    log = root / "jupyterhub.log"
    with open(log, "ab") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "jupyterhub"), "-f",
             str(HUB_DIR / "jupyterhub_config.py")],
            cwd=root, env=env, stdout=out if quiet else None, stderr=subprocess.STDOUT,
            start_new_session=True)
    _started.append(process)
    url = f"http://127.0.0.1:{port}"
    hub = Hub(url=url, root=root, class_folder=class_folder, token=token,
              repo=repo or str(PROJECT), process=process)
    # A SIGTERM to this script stops the hub too (it runs in a process group of its own).
    previous = signal.signal(signal.SIGTERM, _raise_exit)
    try:
        # a ServerError is a RuntimeError: main() prints it, with the tail of the hub's log
        wait_until_answers(process, f"{url}/hub/api", name="JupyterHub", log=log, timeout=60,
                           tail=2000)
        yield hub
    finally:
        signal.signal(signal.SIGTERM, previous)
        _stop(process)
        _started.remove(process)
        if made_root:
            shutil.rmtree(root, ignore_errors=True)


_started: list[subprocess.Popen] = []


def _raise_exit(signum, frame) -> None:
    """SIGTERM: stop the hub's whole process group first (whatever the caller is doing)."""
    for process in _started:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGTERM)
    raise SystemExit(128 + signum)


def _stop(process: subprocess.Popen) -> None:
    """Stop the hub: it stops the servers it spawned (cleanup_servers), then its whole group."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--root", type=Path, default=None,
                        help="folder for the hub's files and the homes (default: a temporary one)")
    parser.add_argument("--repo", default=None,
                        help="what the nbgitpuller link pulls (default: this repository's folder)")
    args = parser.parse_args(argv)
    if not 1 <= args.port <= 65535:
        print(f"hub: --port must be between 1 and 65535, not {args.port}", file=sys.stderr)
        return 2
    try:
        with running_hub(args.port, args.root, args.repo, quiet=False) as hub:
            print(f"\nJupyterHub for the class is running at {hub.url}/hub/login "
                  "(any user name; the facilitator logs in as 'facilitator').")
            print(f"Participants' homes: {hub.root / 'home'}")
            print(f"Class folder for shared exports: {hub.class_folder}")
            print(f"nbgitpuller link for this repository:\n  {hub.pull_link()}")
            print("Stop it with Ctrl-C (it stops every participant's server too).\n", flush=True)
            with contextlib.suppress(KeyboardInterrupt):
                while hub.process.poll() is None:
                    time.sleep(0.5)
    except RuntimeError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
