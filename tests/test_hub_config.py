"""The hub configurations the kit ships hold the class's promises (issues 13 and 23).

`deploy/hub/jupyterhub_config.py` (the local hub of `make hub`) and `deploy/z2jh/config.yaml`
(Zero to JupyterHub for a class of 300) must keep each participant's workspace in their own
home, give the share button a class folder the facilitator can read, keep JupyterLab from
asking the network, and stop idle servers. These tests read the files as the hub does.
"""

from __future__ import annotations

import os
import runpy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "tools"))
import hub as tools_hub  # noqa: E402

yaml = pytest.importorskip("yaml")


class _Config(dict):
    """Enough of traitlets' config object for the file: ``c.Section.option = value``."""

    def __getattr__(self, name):
        return self.setdefault(name, _Config())

    def __setattr__(self, name, value):
        self[name] = value


HUB_CONFIG = PROJECT / "deploy" / "hub" / "jupyterhub_config.py"


@pytest.fixture
def local_hub_file(tmp_path, monkeypatch) -> dict:
    """The config file's globals, read as the hub reads it (without making any account)."""
    pytest.importorskip("jupyterhub")
    config = _Config()
    monkeypatch.setenv("HUB_ROOT", str(tmp_path))
    monkeypatch.setenv("HUB_PORT", "8123")
    monkeypatch.setenv("HUB_CLASS_FOLDER", str(tmp_path / "class_exports"))
    monkeypatch.setenv("HUB_SIM_TOKEN", "t" * 64)
    monkeypatch.delenv("HUB_ACCOUNTS", raising=False)
    return runpy.run_path(str(HUB_CONFIG), init_globals={"get_config": lambda: config})


@pytest.fixture
def local_hub(local_hub_file) -> _Config:
    return local_hub_file["c"]


def test_the_local_hub_listens_on_loopback_only(local_hub) -> None:
    """The hub, its API and its proxy's API answer on 127.0.0.1, nowhere else."""
    assert local_hub.JupyterHub.ip == "127.0.0.1"
    assert local_hub.JupyterHub.hub_ip == "127.0.0.1"
    assert local_hub.ConfigurableHTTPProxy.api_url.startswith("http://127.0.0.1:")


def test_each_participant_of_the_local_hub_has_a_home_and_a_workspace_of_their_own(
        local_hub, tmp_path) -> None:
    """The spawner gives every user a home under the hub's folder and points the kit's
    workspace into it; the class folder is the only shared place."""
    env = local_hub.Spawner.environment
    spawner = SimpleNamespace(user=SimpleNamespace(name="p007"))
    assert env["WORKSHOP_WORKSPACE"](spawner) == str(tmp_path / "home" / "p007" /
                                                      "my_workspace.json")
    assert env["WORKSHOP_SHARE_DIR"] == str(tmp_path / "class_exports")
    assert Path(local_hub.Spawner.cmd[0]).parent == Path(sys.executable).parent


def test_jupyterlab_on_the_local_hub_asks_no_news_or_updates(local_hub) -> None:
    args = local_hub.Spawner.args
    assert "--LabApp.news_url=None" in args
    assert "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate" in args


def test_a_participants_first_start_turns_jupyterlabs_news_prompt_off(local_hub,
                                                                     tmp_path) -> None:
    local_hub.Spawner.pre_spawn_hook(SimpleNamespace(user=SimpleNamespace(name="p001")))
    settings = next((tmp_path / "home" / "p001").rglob("notification.jupyterlab-settings"))
    assert '"fetchNews": "false"' in settings.read_text()


def test_kernels_on_the_local_hub_start_without_the_debugger(local_hub, monkeypatch) -> None:
    """The hub's kernel spec is found before ipykernel's own `python3`; a kernel started from
    it runs the kit and its code without importing debugpy (23 MiB a kernel), still as
    `ipykernel_launcher` (what `make class-sim` looks for), and JupyterLab's debugger button
    is off."""
    pytest.importorskip("jupyter_client")
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import start_new_kernel

    jupyter_path = local_hub.Spawner.environment["JUPYTER_PATH"]
    monkeypatch.setenv("JUPYTER_PATH", jupyter_path)
    spec = KernelSpecManager().get_kernel_spec("python3")
    assert Path(spec.resource_dir) == Path(jupyter_path) / "kernels" / "python3"
    assert spec.metadata == {"debugger": False}
    manager, client = start_new_kernel(kernel_name="python3", startup_timeout=120)
    try:
        cmdline = " ".join(psutil.Process(manager.provisioner.process.pid).cmdline())
        assert "ipykernel_launcher" in cmdline
        seen: list[str] = []
        reply = client.execute_interactive(
            "import sys, workshop, ipykernel.debugger as d\n"
            "print(d._is_debugpy_available, sys.modules.get('debugpy'), sys.path[0] != '')",
            timeout=120,
            output_hook=lambda m: seen.append(m["content"].get("text", "")))
        assert reply["content"]["status"] == "ok"
        assert "".join(seen).split() == ["False", "None", "True"]
    finally:
        manager.shutdown_kernel(now=True)
        client.stop_channels()


def test_the_class_sim_service_may_only_manage_users_and_their_servers(local_hub) -> None:
    (role,) = local_hub.JupyterHub.load_roles
    assert role["services"] == ["class-sim"]
    assert set(role["scopes"]) <= {"admin:users", "admin:servers", "access:servers",
                                   "read:users"}


def test_no_participant_server_on_the_local_hub_runs_as_root(local_hub, local_hub_file) -> None:
    """Issue 23, class 5: each participant's server runs as their own system user (the
    spawner sets the user), never as the hub's user with `--allow-root`; the hub makes the
    user at first login."""
    from jupyterhub.auth import LocalAuthenticator
    from jupyterhub.spawner import LocalProcessSpawner

    assert not any("allow-root" in arg for arg in local_hub.Spawner.args)
    assert issubclass(local_hub.JupyterHub.spawner_class, LocalProcessSpawner)
    assert issubclass(local_hub.JupyterHub.authenticator_class, LocalAuthenticator)
    assert local_hub.LocalAuthenticator.create_system_users is True
    assert "SimpleLocalProcessSpawner" not in local_hub


@pytest.mark.parametrize("name", ["root", "daemon", "bin", "nobody"])
def test_a_login_name_that_is_a_system_account_gets_no_server(local_hub_file, name) -> None:
    """Typing `root` (or any account this hub did not make) must not give a server as that
    account: the login fails, the admin API refuses the user, the spawner refuses to start."""
    import asyncio
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        pytest.skip(f"this machine has no {name!r} account")
    auth_class = local_hub_file["ClassAuthenticator"]
    spawner_class = local_hub_file["ClassSpawner"]
    assert local_hub_file["foreign_account"](name)
    assert asyncio.run(auth_class().authenticate(None, {"username": name.upper(),
                                                        "password": ""})) is None
    with pytest.raises(ValueError, match="system account"):
        asyncio.run(auth_class().add_user(SimpleNamespace(name=name)))
    with pytest.raises(PermissionError, match="not an account of this class"):
        spawner_class.make_preexec_fn(None, name)


def test_a_login_name_must_be_a_plain_system_user_name(local_hub) -> None:
    import re

    pattern = re.compile(local_hub.Authenticator.username_pattern)
    assert pattern.match("p007") and pattern.match("ana-maria")
    for bad in ("-rf", "../x", "a b", "x" * 40, "", "Ana", "a:b"):
        assert not pattern.match(bad), bad


# The drop box and the separate homes, checked with real system users. They are made inside a
# private mount namespace whose /etc is a copy, so this machine's /etc/passwd never changes.
_P001 = """
import sys; from pathlib import Path; from workshop.fileio import write_output
root, box = map(Path, sys.argv[1:])
write_output(root / "home/p001/my_workspace.json", b"p001 roles")
write_output(box / "share-p001.json", b"p001 export")
"""
_P002 = """
import os, sys; from pathlib import Path; from workshop.fileio import write_output
root, box = map(Path, sys.argv[1:])
write_output(box / "share-p002.json", b"p002 export")
tries = {
  "read p001's home": lambda: (root / "home/p001/my_workspace.json").read_bytes(),
  "list p001's home": lambda: os.listdir(root / "home/p001"),
  "list the class folder": lambda: os.listdir(box),
  "read p001's export": lambda: (box / "share-p001.json").read_bytes(),
  "write into p001's export": lambda: open(box / "share-p001.json", "r+b"),
  "remove p001's export": lambda: os.unlink(box / "share-p001.json"),
  "replace p001's export": lambda: write_output(box / "share-p001.json", b"forged"),
  "list the hub's own folder": lambda: os.listdir(root / "hub"),
}
for what, attempt in tries.items():
    try:
        attempt()
        print("ALLOWED", what)
    except Exception as exc:  # the kit's own refusal is a FileAccessError
        print("refused", what, type(exc).__name__)
"""
_FACILITATOR = """
import os, sys; from pathlib import Path
root, box = map(Path, sys.argv[1:])
names = sorted(n for n in os.listdir(box) if not n.startswith("."))
print("facilitator lists", names)
print("facilitator reads", [(box / n).read_bytes().decode() for n in names])
try:
    (root / "home/p001/my_workspace.json").read_bytes()
    print("ALLOWED facilitator reads p001's home")
except PermissionError:
    print("refused facilitator reads p001's home")
"""
_APART = """
import os, runpy, subprocess, sys
from pathlib import Path
from types import SimpleNamespace

root = Path(sys.argv[1])
os.environ.update(HUB_ROOT=str(root), HUB_CLASS_FOLDER=str(root / "class_exports"),
                  HUB_ACCOUNTS="create")
from traitlets.config import Config
hub = runpy.run_path(sys.argv[2], init_globals={"get_config": Config})
box = root / "class_exports"
for name in ("p001", "p002"):
    hub["ClassAuthenticator"]().add_system_user(SimpleNamespace(name=name))

def as_user(name, code):
    # the spawner's own preexec: the user's uid, groups and the class umask
    run = subprocess.run([sys.executable, "-c", code, str(root), str(box)],
                         preexec_fn=hub["ClassSpawner"].make_preexec_fn(None, name),
                         capture_output=True, text=True, cwd="/")
    if run.returncode:
        raise SystemExit(f"{name}: {run.stdout}{run.stderr}")
    return run.stdout

scripts = dict(zip(("p001", "p002", "facilitator"), sys.argv[3:6]))
for name in ("p001", "p002", "facilitator"):
    print(as_user(name, scripts[name]), end="")
print("mode", oct(box.stat().st_mode & 0o7777), "server as root refused:",
      not hub["is_class_account"]("root"))
"""


def test_on_the_local_hub_homes_are_private_and_the_class_folder_is_a_drop_box() -> None:
    """Issue 23, class 5, with real users (p001, p002, facilitator): a participant cannot read
    or list another's home, cannot list the class folder, nor read, write, remove or replace
    another's export, yet adds their own; the facilitator reads every export, not the homes."""
    pytest.importorskip("jupyterhub")
    if os.geteuid() != 0:
        pytest.skip("making system users needs root")
    if not all(shutil.which(t) for t in ("unshare", "mount", "useradd", "groupadd")):
        pytest.skip("needs unshare, mount, useradd and groupadd")
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"],
                           capture_output=True)
    if probe.returncode:
        pytest.skip(f"no private mount namespace here: {probe.stderr.decode().strip()}")
    before = Path("/etc/passwd").read_bytes()
    root = Path(tempfile.mkdtemp(prefix="workshop-hub-apart-"))
    try:
        os.chmod(root, 0o711)
        (root / "hub").mkdir(mode=0o700)
        script = root / "hub" / "apart.py"
        script.write_text(_APART)
        # the namespace `make hub` runs in (tools/hub.py): its own /etc, the way to this
        # project's Python opened for other users
        command, env = tools_hub.private_namespace(
            root / "hub", [sys.executable, str(script), str(root), str(HUB_CONFIG),
                           _P001, _P002, _FACILITATOR])
        run = subprocess.run(command, env=dict(os.environ, **env), capture_output=True,
                             text=True, timeout=120)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(run.stdout)
    assert Path("/etc/passwd").read_bytes() == before, "the machine's accounts must not change"
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert not [line for line in lines if line.startswith("ALLOWED")], run.stdout
    refused = [line for line in lines if line.startswith("refused")]
    assert len(refused) == 9, run.stdout
    assert all(line.endswith(("PermissionError", "FileAccessError", "home"))
               for line in refused), run.stdout
    assert "facilitator lists ['share-p001.json', 'share-p002.json']" in lines
    assert "facilitator reads ['p001 export', 'p002 export']" in lines
    assert "mode 0o3730 server as root refused: True" in lines


@pytest.fixture
def z2jh() -> dict:
    return yaml.safe_load((PROJECT / "deploy" / "z2jh" / "config.yaml").read_text())


def test_on_kubernetes_the_workspace_lives_in_the_participants_home_volume(z2jh) -> None:
    """The home volume is per user (dynamic storage) and the workspace is inside it."""
    single = z2jh["singleuser"]
    assert single["storage"]["type"] == "dynamic"
    home = single["storage"].get("homeMountPath", "/home/jovyan")
    assert single["extraEnv"]["WORKSHOP_WORKSPACE"].startswith(home + "/")


def test_on_kubernetes_the_share_button_writes_to_the_mounted_class_volume(z2jh) -> None:
    single = z2jh["singleuser"]
    mounts = {m["name"]: m["mountPath"] for m in single["storage"]["extraVolumeMounts"]}
    volumes = {v["name"]: v for v in single["storage"]["extraVolumes"]}
    share = single["extraEnv"]["WORKSHOP_SHARE_DIR"]
    (name,) = [n for n, path in mounts.items() if path == share]
    assert "persistentVolumeClaim" in volumes[name], "the class folder must outlive a pod"


def test_on_kubernetes_idle_servers_are_culled_and_resources_are_bounded(z2jh) -> None:
    assert z2jh["cull"]["enabled"] is True
    assert 0 < z2jh["cull"]["timeout"] <= 4 * 3600
    memory = z2jh["singleuser"]["memory"]
    units = {"M": 10**6, "G": 10**9}
    as_bytes = {k: float(v[:-1]) * units[v[-1]] for k, v in memory.items()}
    assert 0 < as_bytes["guarantee"] <= as_bytes["limit"]
    assert z2jh["singleuser"]["cpu"]["guarantee"] <= z2jh["singleuser"]["cpu"]["limit"]


def test_on_kubernetes_participants_servers_reach_no_outside_address(z2jh) -> None:
    rules = z2jh["singleuser"]["networkPolicy"]["egressAllowRules"]
    assert z2jh["singleuser"]["networkPolicy"]["enabled"] is True
    assert rules["nonPrivateIPs"] is False and rules["privateIPs"] is False
    lab = z2jh["singleuser"]["extraFiles"]["jupyter_server_config"]["data"]["LabApp"]
    assert lab["news_url"] is None
    assert lab["check_for_updates_class"] == "jupyterlab.NeverCheckForUpdate"


# Zero to JupyterHub: the chart's own values schema and defaults (chart 4.4.0, BSD-3-Clause,
# github.com/jupyterhub/zero-to-jupyterhub-k8s at tag 4.4.0, vendored in deploy/z2jh/chart-4.4.0/
# as the chart packages them: values.schema.json without its descriptions, values.yaml as is).
Z2JH = PROJECT / "deploy" / "z2jh"


def _helm_merge(base: dict, overlay: dict) -> dict:
    """Values as helm merges them: maps key by key, anything else replaced, null removes."""
    merged = dict(base)
    for key, value in overlay.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _helm_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _values(*files: str) -> dict:
    values = yaml.safe_load((Z2JH / "chart-4.4.0" / "values.yaml").read_text())
    for name in files:
        values = _helm_merge(values, yaml.safe_load((Z2JH / name).read_text()))
    return values


def _schema_errors(values: dict) -> list[str]:
    jsonschema = pytest.importorskip("jsonschema")
    import json

    schema = json.loads((Z2JH / "chart-4.4.0" / "values.schema.json").read_text())
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
            for e in jsonschema.Draft7Validator(schema).iter_errors(values)]


@pytest.mark.parametrize("files", [("config.yaml",), ("config.yaml", "lti13.yaml"),
                                   ("config.yaml", "trial.yaml")])
def test_the_kubernetes_values_pass_the_charts_values_schema(files) -> None:
    """What helm checks at install: a misspelt key or a wrong type is refused."""
    assert _schema_errors(_values(*files)) == []


def test_the_chart_schema_refuses_a_misspelt_key() -> None:
    """The vendored schema is strict enough to catch the mistake it is here for."""
    values = _values("config.yaml")
    values["proxy"]["https"]["letsencrpyt"] = {"contactEmail": "x@example.edu"}
    assert _schema_errors(values)


def test_on_kubernetes_a_class_logs_in_with_name_cards_over_https(z2jh) -> None:
    """Issue 23, class 5: no dummy login and no shared class password for a class (with one,
    anyone could open a classmate's server); the admin's password comes from a Kubernetes
    secret (never from the file), and HTTPS. tests/test_hub_z2jh.py drives the login itself."""
    hub = z2jh["hub"]
    assert hub["config"]["JupyterHub"]["authenticator_class"] == "firstuse"
    assert hub["config"]["FirstUseAuthenticator"]["create_users"] is False
    assert "DummyAuthenticator" not in hub["config"]
    assert "dummy" not in yaml.safe_dump(z2jh).lower()
    assert "shared-password" not in yaml.safe_dump(z2jh)
    assert "SharedPassword" not in yaml.safe_dump(z2jh)
    secrets = {name: env["valueFrom"]["secretKeyRef"]["name"]
               for name, env in hub["extraEnv"].items()}
    assert secrets == {"WORKSHOP_FACILITATOR_PASSWORD": "workshop-class-login"}
    code = hub["extraConfig"]["classLogin"]
    assert 'os.environ["WORKSHOP_FACILITATOR_PASSWORD"]' in code
    https = z2jh["proxy"]["https"]
    assert https["enabled"] is True and https["type"] in ("letsencrypt", "secret", "manual")
    assert https["hosts"]


def test_the_dummy_login_lives_only_in_the_trial_overlay_and_is_not_public() -> None:
    trial_text = (Z2JH / "trial.yaml").read_text()
    assert "TRIAL ONLY" in trial_text.splitlines()[0]
    trial = _values("config.yaml", "trial.yaml")
    assert trial["hub"]["config"]["JupyterHub"]["authenticator_class"] == "dummy"
    assert trial["hub"]["config"]["Authenticator"]["admin_users"] == []
    assert trial["proxy"]["service"]["type"] == "ClusterIP"
    assert "WORKSHOP_CLASS_PASSWORD" not in trial["hub"]["extraEnv"]
    for name in ("config.yaml", "lti13.yaml"):
        values = yaml.safe_load((Z2JH / name).read_text())
        assert values["hub"]["config"]["JupyterHub"]["authenticator_class"] != "dummy"


def test_the_lti_overlay_names_every_setting_ltiauthenticator_needs() -> None:
    lti = _values("config.yaml", "lti13.yaml")["hub"]
    settings = lti["config"]["LTI13Authenticator"]
    assert lti["config"]["JupyterHub"]["authenticator_class"] == "lti13"
    assert {"issuer", "client_id", "authorize_url", "jwks_endpoint"} <= set(settings)
    assert all(str(settings[k]).startswith("https://") for k in
               ("issuer", "authorize_url", "jwks_endpoint"))
    assert "WORKSHOP_CLASS_PASSWORD" not in lti["extraEnv"]


def _post_start(z2jh, image: Path, home: Path) -> subprocess.CompletedProcess:
    """Run the postStart hook with the image's /srv/workshop at ``image`` and HOME at ``home``."""
    command = z2jh["singleuser"]["lifecycleHooks"]["postStart"]["exec"]["command"]
    command = [part.replace("/srv/workshop", str(image)) for part in command]
    return subprocess.run(command, env=dict(os.environ, HOME=str(home)), capture_output=True,
                          text=True, timeout=60)


def test_on_kubernetes_the_notebooks_come_from_the_image_without_the_network(z2jh,
                                                                           tmp_path) -> None:
    """With egress closed nbgitpuller cannot pull and the home volume hides the image's home:
    the start hook copies the notebooks from /srv/workshop (where the build puts the kit) into
    the home; a second start replaces nothing the participant changed and adds what is new."""
    assert "--target-repo-dir /srv/workshop" in (Z2JH / "config.yaml").read_text()
    image = tmp_path / "image"
    shutil.copytree(PROJECT / "notebooks", image / "notebooks")
    home = tmp_path / "home"
    home.mkdir()
    assert _post_start(z2jh, image, home).returncode == 0
    start = z2jh["singleuser"]["defaultUrl"].removeprefix("/lab/tree/")
    assert (home / start).is_file()
    for notebook in (PROJECT / "notebooks").glob("*.ipynb"):
        assert (home / "workshop" / "notebooks" / notebook.name).read_bytes() == \
            notebook.read_bytes()
    (home / start).write_text("the participant's own edits")
    (image / "notebooks" / "06_new.ipynb").write_text("{}")
    assert _post_start(z2jh, image, home).returncode == 0
    assert (home / start).read_text() == "the participant's own edits"
    assert (home / "workshop" / "notebooks" / "06_new.ipynb").exists()


def test_make_hub_says_in_one_line_why_it_cannot_start(monkeypatch, tmp_path) -> None:
    """Not root: no users can be made; --accounts system with the Python in a folder others
    cannot enter: participants could not run it. Each is one plain sentence, not a traceback."""
    monkeypatch.setattr(tools_hub.os, "geteuid", lambda: 1000)
    assert "needs root" in tools_hub.check_installed("private")
    monkeypatch.setattr(tools_hub.os, "geteuid", lambda: 0)
    assert "must be 'private' or 'system'" in tools_hub.check_installed("shared")
    monkeypatch.setattr(tools_hub, "closed_folders", lambda *paths: ["/root"])
    monkeypatch.setattr(tools_hub.shutil, "which", lambda tool: f"/usr/sbin/{tool}")
    assert "/root is closed to other users" in tools_hub.check_installed("system")


def test_closed_folders_names_the_folders_other_users_cannot_pass(tmp_path) -> None:
    closed = tmp_path / "closed"
    (closed / "inner").mkdir(parents=True)
    closed.chmod(0o700)
    (closed / "inner").chmod(0o755)
    os.chmod(tmp_path, 0o755)
    found = tools_hub.closed_folders(closed / "inner" / "python")
    assert str(closed) in found and str(closed / "inner") not in found
