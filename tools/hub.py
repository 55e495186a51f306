"""A local JupyterHub for one class, on 127.0.0.1: `make hub` (and `make class-sim` through it).

It starts JupyterHub (from this project's virtual environment) with the configuration in
`deploy/hub/jupyterhub_config.py`: a test authenticator, each participant a system user of their
own with a home folder (0700) under a temporary folder, their server run as that user,
nbgitpuller in every participant's server, and a class folder that is a drop box for the
anonymised exports (participants add, only the facilitator reads). It needs root to make those
users. By default (`--accounts private`) the hub runs in a private mount namespace with its own
copy of /etc, so the accounts vanish with it and this machine's /etc/passwd is never changed;
`--accounts system` makes real accounts (a machine kept for the class).

It prints the nbgitpuller link for this repository and how to
stop, then waits until Ctrl-C (or, from `class_sim.py`, until the `with` block ends), and stops
everything it started.

    python tools/hub.py [--port 8000] [--root DIR] [--repo PATH_OR_URL] [--accounts private|system]
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


# Run by `sh -c` in the hub's private mount namespace (--accounts private), with the hub's own
# folder (0700) as $1 and the command after it: a copy of /etc over /etc (kept with --root, so
# the participants' accounts last as long as their homes), then every folder in $HUB_OPEN_DIRS
# (one other users cannot enter, on the way to the Python the servers run) made passable
# (0711, nothing listable) by a tmpfs holding bind mounts of its entries. Nothing outside the
# namespace changes.
PRIVATE_NAMESPACE = r"""
set -e
state="$1"; shift
etc="$state/etc"; [ -d "$etc" ] || cp -a /etc "$etc"
mount --bind "$etc" /etc
for dir in $HUB_OPEN_DIRS; do
  real="$state/real$(printf %s "$dir" | tr / _)"
  mkdir -p "$real"; mount --bind "$dir" "$real"
  mount -t tmpfs -o mode=0711 hub-open "$dir"
  for entry in "$real"/* "$real"/.[!.]* "$real"/..?*; do
    [ -e "$entry" ] || continue
    name="${entry##*/}"
    if [ -d "$entry" ]; then mkdir "$dir/$name"; else : > "$dir/$name"; fi
    mount --bind "$entry" "$dir/$name"
  done
done
exec "$@"
"""


def closed_folders(*paths: str | os.PathLike) -> list[str]:
    """The folders on the way to ``paths`` (links followed) that other users cannot pass."""
    closed: list[str] = []
    for path in paths:
        real = Path(os.path.realpath(path))
        for folder in reversed(real.parents):
            if not os.stat(folder).st_mode & 0o001 and str(folder) not in closed:
                closed.append(str(folder))
    return [c for c in closed if " " not in c]


def private_namespace(state: Path, command: list[str]) -> tuple[list[str], dict[str, str]]:
    """The command that runs ``command`` in a private mount namespace (see PRIVATE_NAMESPACE)
    and the environment variable it needs."""
    venv_bin = Path(sys.executable).parent
    open_dirs = closed_folders(venv_bin / "python", PROJECT / "workshop")
    return (["unshare", "--mount", "--propagation", "private", "--", "sh", "-c",
             PRIVATE_NAMESPACE, "hub", str(state), *command],
            {"HUB_OPEN_DIRS": " ".join(open_dirs)})


def check_installed(accounts: str = "private") -> str | None:
    """A plain sentence saying what is missing to run the hub, or ``None``."""
    if accounts not in ("private", "system"):
        return f"accounts must be 'private' or 'system', not {accounts!r}"
    if os.geteuid() != 0:
        return ("the hub gives each participant a system user of their own, which needs root: "
                "run it as root (sudo make hub)")
    tools = ["useradd", "groupadd"] + (["unshare", "mount"] if accounts == "private" else [])
    missing = [t for t in tools if shutil.which(t) is None]
    closed = closed_folders(Path(sys.executable).parent / "python", PROJECT / "workshop")
    if accounts == "system" and closed:
        return (f"participants could not run this project's Python: {', '.join(closed)} is "
                "closed to other users; put the checkout and its Python where all may read them")
    if missing:
        return f"{', '.join(missing)} not found: the hub needs them to make participants' users"
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
                quiet: bool = True, accounts: str = "private"):
    """Start the hub, yield a ``Hub``, and stop it and every server it spawned afterwards."""
    problem = check_installed(accounts) or _ports_in_use(port)
    if problem:
        raise RuntimeError(problem)
    made_root = root is None
    root = Path(tempfile.mkdtemp(prefix="workshop-hub-")) if root is None else Path(root)
    # Participants may pass through the hub's folder to their own home, never list it; the
    # hub's database, secret, log (and private /etc) are in hub/, which only root enters.
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o711)
    (root / "home").mkdir(exist_ok=True)
    os.chmod(root / "home", 0o711)
    (root / "hub").mkdir(mode=0o700, exist_ok=True)
    os.chmod(root / "hub", 0o700)
    # The config makes it a drop box (owner facilitator, group workshop-class, 3730).
    class_folder = root / "class_exports"
    token = secrets.token_hex(32)
    env = dict(os.environ, HUB_ROOT=str(root), HUB_PORT=str(port),
               HUB_CLASS_FOLDER=str(class_folder), HUB_SIM_TOKEN=token, HUB_ACCOUNTS="create")
    env.pop("WORKSHOP_WORKSPACE", None)
    command = [str(Path(sys.executable).parent / "jupyterhub"), "-f",
               str(HUB_DIR / "jupyterhub_config.py")]
    if accounts == "private":
        command, extra = private_namespace(root / "hub", command)
        env.update(extra)

    log = root / "hub" / "jupyterhub.log"
    with open(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "ab") as out:
        process = subprocess.Popen(
            command, cwd=root, env=env, stdout=out if quiet else None,
            stderr=subprocess.STDOUT, start_new_session=True)
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
    parser.add_argument("--accounts", choices=("private", "system"), default="private",
                        help="private: participants' users exist only in the hub's own mount "
                             "namespace (a copy of /etc); system: real accounts on this machine")
    args = parser.parse_args(argv)
    if not 1 <= args.port <= 65535:
        print(f"hub: --port must be between 1 and 65535, not {args.port}", file=sys.stderr)
        return 2
    try:
        with running_hub(args.port, args.root, args.repo, quiet=False,
                         accounts=args.accounts) as hub:
            where = " in the hub's namespace" if args.accounts == "private" else ""
            print(f"\nJupyterHub for the class is running at {hub.url}/hub/login "
                  "(any free user name; the facilitator logs in as 'facilitator'; each is a "
                  f"system user of their own{where}).")
            print(f"Participants' homes: {hub.root / 'home'}")
            print(f"Class folder for shared exports (a drop box: participants add, only the "
                  f"facilitator reads): {hub.class_folder}")
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
