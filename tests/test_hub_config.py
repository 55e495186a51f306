"""The hub configurations the kit ships hold the class's promises (issue 13).

`deploy/hub/jupyterhub_config.py` (the local hub of `make hub`) and `deploy/z2jh/config.yaml`
(Zero to JupyterHub for a class of 300) must keep each participant's workspace in their own
home, give the share button a class folder the facilitator can read, keep JupyterLab from
asking the network, and stop idle servers. These tests read the files as the hub does.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
yaml = pytest.importorskip("yaml")


class _Config(dict):
    """Enough of traitlets' config object for the file: ``c.Section.option = value``."""

    def __getattr__(self, name):
        return self.setdefault(name, _Config())

    def __setattr__(self, name, value):
        self[name] = value


@pytest.fixture
def local_hub(tmp_path, monkeypatch) -> _Config:
    config = _Config()
    monkeypatch.setenv("HUB_ROOT", str(tmp_path))
    monkeypatch.setenv("HUB_PORT", "8123")
    monkeypatch.setenv("HUB_CLASS_FOLDER", str(tmp_path / "class_exports"))
    monkeypatch.setenv("HUB_SIM_TOKEN", "t" * 64)
    runpy.run_path(str(PROJECT / "deploy" / "hub" / "jupyterhub_config.py"),
                   init_globals={"get_config": lambda: config})
    return config


def test_the_local_hub_listens_on_loopback_only(local_hub) -> None:
    """The hub, its API and its proxy's API answer on 127.0.0.1, nowhere else."""
    assert local_hub.JupyterHub.ip == "127.0.0.1"
    assert local_hub.JupyterHub.hub_ip == "127.0.0.1"
    assert local_hub.ConfigurableHTTPProxy.api_url.startswith("http://127.0.0.1:")


def test_each_participant_of_the_local_hub_has_a_home_and_a_workspace_of_their_own(
        local_hub, tmp_path) -> None:
    """The spawner gives every user a home under the hub's folder and points the kit's
    workspace into it; the class folder is the only shared place."""
    template = local_hub.SimpleLocalProcessSpawner.home_dir_template
    assert template == str(tmp_path / "home" / "{username}")
    env = local_hub.Spawner.environment

    class Spawner:
        home_dir = template.format(username="p007")

    assert env["WORKSHOP_WORKSPACE"](Spawner) == str(tmp_path / "home" / "p007" /
                                                      "my_workspace.json")
    assert env["WORKSHOP_SHARE_DIR"] == str(tmp_path / "class_exports")
    assert Path(local_hub.Spawner.cmd[0]).parent == Path(sys.executable).parent


def test_jupyterlab_on_the_local_hub_asks_no_news_or_updates(local_hub) -> None:
    args = local_hub.Spawner.args
    assert "--LabApp.news_url=None" in args
    assert "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate" in args


def test_a_participants_first_start_turns_jupyterlabs_news_prompt_off(local_hub,
                                                                     tmp_path) -> None:
    class Spawner:
        home_dir = str(tmp_path / "home" / "p001")

    local_hub.Spawner.pre_spawn_hook(Spawner)
    settings = next(Path(Spawner.home_dir).rglob("notification.jupyterlab-settings"))
    assert '"fetchNews": "false"' in settings.read_text()


def test_the_class_sim_service_may_only_manage_users_and_their_servers(local_hub) -> None:
    (role,) = local_hub.JupyterHub.load_roles
    assert role["services"] == ["class-sim"]
    assert set(role["scopes"]) <= {"admin:users", "admin:servers", "access:servers",
                                   "read:users"}


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
