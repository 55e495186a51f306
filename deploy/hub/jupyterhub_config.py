# A local JupyterHub for one class on this machine: `make hub` and `make class-sim` start it with
# `tools/hub.py`, which sets the HUB_* variables below. Everything listens on 127.0.0.1 only.
#
# Participants are kept apart (issue 23, class 5):
# - every participant is a system user of their own (created at first login or by the admin API,
#   `useradd --user-group`), with a home of their own under HUB_ROOT/home, mode 0700; their
#   server runs as that user (LocalProcessSpawner), never as root, so no `--allow-root`;
# - a login name that is already a system account this hub did not create (root, daemon, ...) is
#   refused: a participant can never get a server as someone else;
# - the class folder is a drop box: owner `facilitator`, group `workshop-class` (every participant,
#   not the facilitator), mode 3730. Participants may add a file (group -wx) but not list the
#   folder, nor rename or delete another's file (sticky bit); new files take the folder's group
#   (setgid) and, written with the participant's umask 062, are rw for their author, nothing for
#   the group (so nothing for any classmate) and readable by the facilitator (other);
# - tools/hub.py runs the hub in a private mount namespace with its own copy of /etc unless
#   asked for real accounts (`--accounts system`), so a trial or `make class-sim` never changes
#   this machine's /etc/passwd.
# - test authenticator: any free user name logs in (the password is the class's shared word, if
#   set); on Kubernetes use a real login (deploy/z2jh/config.yaml).
#
# For a real class on Kubernetes see deploy/z2jh/config.yaml and the facilitator guide.
import grp
import os
import pwd
import subprocess
import sys
from pathlib import Path

from jupyterhub.auth import DummyAuthenticator, LocalAuthenticator
from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid

c = get_config()  # noqa: F821 (JupyterHub provides it)

root = Path(os.environ["HUB_ROOT"])
port = int(os.environ.get("HUB_PORT", "8000"))
class_folder = os.environ["HUB_CLASS_FOLDER"]
venv_bin = Path(sys.executable).parent
here = Path(__file__).resolve().parent

c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = port
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ.get("HUB_API_PORT", str(port + 1)))
proxy_api_port = int(os.environ.get("HUB_PROXY_API_PORT", str(port + 2)))
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [str(here / "node_modules" / ".bin" / "configurable-http-proxy")]
# The hub's own files (its database holds every token) in a folder only root may enter.
state = root / "hub"
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = str(state / "jupyterhub-proxy.pid")
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True

FACILITATOR = "facilitator"
CLASS_GROUP = os.environ.get("HUB_CLASS_GROUP", "workshop-class")
HOMES = root / "home"
GIT_CONFIG = root / "gitconfig"
# New files: rw for their author, nothing for the group (every classmate shares the class
# folder's group), r for others (the facilitator, who is not in that group). The home itself is
# 0700, so nothing in it is reachable by anyone else whatever its mode.
PARTICIPANT_UMASK = 0o062
# A login name is a system user name: lower-case letters, digits, '-' and '_', starting with a
# letter (no '-rf', no '../x', no name useradd would refuse).
USERNAME_PATTERN = r"^[a-z][a-z0-9_-]{0,31}$"


def is_class_account(name: str) -> bool:
    """True when the system account ``name`` is one this hub made: not root, home under HOMES."""
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        return False
    return entry.pw_uid != 0 and Path(entry.pw_dir).parent == HOMES


def foreign_account(name: str) -> bool:
    """True when ``name`` is a system account the hub did not create (root, daemon, nobody...)."""
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return not is_class_account(name)


def add_account(name: str) -> None:
    """Create the system user ``name``: own group, own home (0700) under HOMES; a participant is
    also in the class group (which lets them drop a file into the class folder)."""
    HOMES.mkdir(parents=True, exist_ok=True)
    os.chmod(HOMES, 0o711)
    cmd = ["useradd", "--create-home", "--home-dir", str(HOMES / name), "--user-group",
           "--shell", "/bin/bash", "-K", "HOME_MODE=0700"]
    if name != FACILITATOR:
        cmd += ["--groups", CLASS_GROUP]
    subprocess.run([*cmd, "--", name], check=True, capture_output=True)


def prepare_class(class_folder: Path) -> None:
    """The class group, the facilitator's account and the class folder as a drop box (3730)."""
    try:
        grp.getgrnam(CLASS_GROUP)
    except KeyError:
        subprocess.run(["groupadd", "--", CLASS_GROUP], check=True, capture_output=True)
    if foreign_account(FACILITATOR):
        raise RuntimeError(f"the system account {FACILITATOR!r} exists and is not this hub's")
    if not is_class_account(FACILITATOR):
        add_account(FACILITATOR)
    class_folder.mkdir(parents=True, exist_ok=True)
    if class_folder.is_symlink() or not class_folder.is_dir():
        raise RuntimeError(f"the class folder {class_folder} is not a folder")
    os.chown(class_folder, pwd.getpwnam(FACILITATOR).pw_uid, grp.getgrnam(CLASS_GROUP).gr_gid)
    os.chmod(class_folder, 0o3730)
    GIT_CONFIG.write_text("[safe]\n\tdirectory = *\n")
    os.chmod(GIT_CONFIG, 0o644)


class ClassAuthenticator(LocalAuthenticator, DummyAuthenticator):
    """The test login (any free name, the class word if set), each user a system user."""

    async def authenticate(self, handler, data):
        if foreign_account(str(data.get("username", "")).strip().lower()):
            return None
        return await super().authenticate(handler, data)

    async def add_user(self, user):
        if foreign_account(user.name):
            raise ValueError(f"{user.name!r} is a system account, not a participant: "
                             "choose another name")
        await super().add_user(user)

    def add_system_user(self, user):
        add_account(user.name)


class ClassSpawner(LocalProcessSpawner):
    """Each server runs as its participant's own user, from their home, with the class umask."""

    def make_preexec_fn(self, name):
        if not is_class_account(name):
            raise PermissionError(f"{name!r} is not an account of this class: no server")
        become = set_user_setuid(name)

        def preexec():
            become()
            os.umask(PARTICIPANT_UMASK)

        return preexec


MAKES_ACCOUNTS = os.environ.get("HUB_ACCOUNTS") == "create"
if MAKES_ACCOUNTS:
    # Only when tools/hub.py starts the hub (as root): the tests read this file without it.
    prepare_class(Path(class_folder))

c.JupyterHub.authenticator_class = ClassAuthenticator
c.LocalAuthenticator.create_system_users = True
c.Authenticator.username_pattern = USERNAME_PATTERN
c.Authenticator.allow_all = True
if os.environ.get("HUB_PASSWORD"):
    c.DummyAuthenticator.password = os.environ["HUB_PASSWORD"]
c.Authenticator.admin_users = {FACILITATOR}

c.JupyterHub.spawner_class = ClassSpawner
c.Spawner.cmd = [str(venv_bin / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
# News and update checks stay off (no request leaves the machine).
c.Spawner.args = [
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--ServerApp.open_browser=False",
    "--LabApp.expose_app_in_browser=True",
]
c.Spawner.environment = {
    "WORKSHOP_WORKSPACE": lambda spawner: str(HOMES / spawner.user.name / "my_workspace.json"),
    "WORKSHOP_SHARE_DIR": class_folder,
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}",
    # nbgitpuller clones this checkout, which another user (root) owns: git reads it only when
    # the system config says so (a local clone drops GIT_CONFIG_COUNT and the like).
    "GIT_CONFIG_SYSTEM": str(GIT_CONFIG),
    # The kernels' spec (searched before the environment's): ipykernel's own `python3`, without
    # the debugger. ipykernel 6 imports debugpy in every kernel it starts, 23 MiB of a kernel's
    # 63 MiB (Pss), and has no setting to leave it out; it runs without it when the import
    # fails (`ipykernel.debugger._is_debugpy_available`), which is what the spec's `argv` makes
    # happen. Nothing in the kit or the facilitator guide uses JupyterLab's debugger; its button
    # is hidden (`"debugger": false`).
    "JUPYTER_PATH": str(here / "jupyter"),
}


_NO_NEWS = """
import os, sys
settings = sys.argv[1]
if not os.path.lexists(settings):
    os.makedirs(os.path.dirname(settings), exist_ok=True)
    with open(settings, "x") as out:
        out.write('{"fetchNews": "false", "checkForUpdates": false}\\n')
"""


def _no_news(spawner) -> None:
    """Before a participant's first start: JupyterLab's news prompt and update check off.

    Written by the participant's own user (the hub is root): a link they planted in their
    home can only lead to what they could write anyway."""
    name = spawner.user.name
    if MAKES_ACCOUNTS and not is_class_account(name):
        raise PermissionError(f"{name!r} is not an account of this class: no server")
    settings = (HOMES / name / ".jupyter" / "lab" / "user-settings" / "@jupyterlab"
                / "apputils-extension" / "notification.jupyterlab-settings")
    if MAKES_ACCOUNTS:
        subprocess.run([sys.executable, "-c", _NO_NEWS, str(settings)], check=True,
                       preexec_fn=set_user_setuid(name, chdir=False), cwd="/",
                       capture_output=True)
    else:
        subprocess.run([sys.executable, "-c", _NO_NEWS, str(settings)], check=True,
                       capture_output=True)


c.Spawner.pre_spawn_hook = _no_news
c.Spawner.start_timeout = 600
c.Spawner.http_timeout = 600
# The class-sim service: a token that may create users, start their servers and use them.
token = os.environ.get("HUB_SIM_TOKEN")
if token:
    c.JupyterHub.services = [{"name": "class-sim", "api_token": token}]
    c.JupyterHub.load_roles = [{
        "name": "class-sim",
        "scopes": ["admin:users", "admin:servers", "access:servers", "read:users"],
        "services": ["class-sim"],
    }]
