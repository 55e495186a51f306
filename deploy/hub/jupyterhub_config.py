# A local JupyterHub for one class on this machine: `make hub` and `make class-sim` start it with
# `tools/hub.py`, which sets the HUB_* variables below. Everything listens on 127.0.0.1 only.
#
# - test authenticator: any user name logs in (the password is the class's shared word, if set);
# - local spawner: every participant gets a home folder of their own under HUB_ROOT/home, and
#   their single-user server runs from this project's virtual environment (JupyterLab, the kit,
#   nbgitpuller), as the same system user as the hub (no system accounts are needed);
# - each participant's workspace lives in their own home (WORKSHOP_WORKSPACE), never in a
#   shared folder; the class folder for anonymised exports is shared (WORKSHOP_SHARE_DIR).
#
# For a real class on Kubernetes see deploy/z2jh/config.yaml and the facilitator guide.
import os
import sys
from pathlib import Path

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
c.JupyterHub.db_url = f"sqlite:///{root / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(root / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(root / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True

c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
if os.environ.get("HUB_PASSWORD"):
    c.DummyAuthenticator.password = os.environ["HUB_PASSWORD"]
c.Authenticator.admin_users = {"facilitator"}

c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(root / "home" / "{username}")
c.Spawner.cmd = [str(venv_bin / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
# Root needs --allow-root; news and update checks stay off (no request leaves the machine).
c.Spawner.args = [
    "--allow-root",
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--ServerApp.open_browser=False",
    "--LabApp.expose_app_in_browser=True",
]
c.Spawner.environment = {
    "WORKSHOP_WORKSPACE": lambda spawner: str(Path(spawner.home_dir) / "my_workspace.json"),
    "WORKSHOP_SHARE_DIR": class_folder,
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}",
}


def _no_news(spawner) -> None:
    """Before a participant's first start: JupyterLab's news prompt and update check off."""
    settings = (Path(spawner.home_dir) / ".jupyter" / "lab" / "user-settings" / "@jupyterlab"
                / "apputils-extension" / "notification.jupyterlab-settings")
    if not settings.exists():
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text('{"fetchNews": "false", "checkForUpdates": false}\n')


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
