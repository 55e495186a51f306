"""Zero to JupyterHub: the class folder kept apart per participant (issue 23, class 5).

On Kubernetes every participant's server runs as the same user (jovyan, uid 1000), so file modes
cannot keep classmates apart: mounts do. ``deploy/z2jh/config.yaml`` mounts into each
participant's pod only their own folder of the class volume (``subPath: class/{username}``), and
its ``classFolders`` hook (hub.extraConfig) mounts the whole class folder read-only into the
facilitator's pod, whose dashboard reads the participants' folders one level down. These tests
build each pod's mounts the way z2jh 4.4.0 and kubespawner 7.0.0 do (docs/hub_design.md cites
the lines), then run the pods as private mount namespaces on this machine: a classmate's pod
cannot read, list, replace or remove another's export; the facilitator's dashboard reads every
one. Nothing was installed on a real cluster.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_hub_config import _Config, _values

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import hub as tools_hub  # noqa: E402

yaml = pytest.importorskip("yaml")
PROJECT = Path(__file__).resolve().parents[1]
CLASS_VOLUME = "class-exports"
SHARE = "/srv/class_exports"


def _spawner_config(values: dict) -> _Config:
    """``c.KubeSpawner`` as z2jh 4.4.0's jupyterhub_config.py leaves it before hub.extraConfig
    runs (the home volume, extraFiles, extraVolumes and extraVolumeMounts as a list keyed
    ``{idx}-{name}``, and the init container that blocks the cloud metadata server)."""
    single = values["singleuser"]
    storage = single["storage"]
    home = storage["dynamic"]["volumeNameTemplate"]
    volumes = {home: {"name": home, "persistentVolumeClaim": {"claimName": "{pvc_name}"}}}
    mounts = {home: {"mountPath": storage["homeMountPath"], "name": home,
                     "subPath": storage["dynamic"]["subPath"]}}
    files = single.get("extraFiles") or {}
    if files:
        volumes["files"] = {"name": "files", "secret": {"secretName": "singleuser"}}
        for idx, (key, details) in enumerate(files.items()):
            mounts[f"{idx}-files"] = {"mountPath": details["mountPath"], "subPath": key,
                                      "name": "files"}
    for volume in storage["extraVolumes"]:
        volumes[volume["name"]] = volume
    for idx, mount in enumerate(storage["extraVolumeMounts"]):
        mounts[f"{idx}-{mount['name']}"] = mount
    c = _Config()
    c.KubeSpawner.volumes = volumes
    c.KubeSpawner.volume_mounts = mounts
    c.KubeSpawner.init_containers = [{"name": "block-cloud-metadata", "image": "iptables"}]
    return c


def _expand(value, name: str):
    """kubespawner's ``_expand_all``: every string formatted with the user's names (for a name
    the login pattern allows, each of them is the name itself)."""
    if isinstance(value, list):
        return [_expand(v, name) for v in value]
    if isinstance(value, dict):
        return {k: _expand(v, name) for k, v in value.items()}
    if isinstance(value, str):
        return value.format(username=name, safe_username=name, escaped_username=name,
                            unescaped_username=name, user_server=name, servername="",
                            pvc_name=f"claim-{name}")
    return value


def _pod(name: str, admin: bool = False) -> dict:
    """What kubespawner puts in ``name``'s pod: the server's mounts, the volumes, the init
    containers and the sidecars (none), after the classFolders hook and the expansion."""
    values = _values("config.yaml")
    c = _spawner_config(values)
    exec(values["hub"]["extraConfig"]["classFolders"], {"c": c})  # as z2jh's config does
    spawner = SimpleNamespace(image="registry.example.edu/job-value-workshop:2026.12",
                              user=SimpleNamespace(name=name, admin=admin))
    shared = copy.deepcopy(c.KubeSpawner.volume_mounts)
    c.KubeSpawner.pre_spawn_hook(spawner)
    assert c.KubeSpawner.volume_mounts == shared, "the hook must not change the class config"
    return _expand({"mounts": [spawner.volume_mounts[k] for k in sorted(spawner.volume_mounts)],
                    "volumes": c.KubeSpawner.volumes, "init": spawner.init_containers,
                    "sidecars": getattr(spawner, "extra_containers", [])}, name)


def _class_mounts(mounts: list[dict]) -> list[dict]:
    return [m for m in mounts if m["name"] == CLASS_VOLUME]


def test_a_participants_server_mounts_only_their_own_class_folder() -> None:
    pod = _pod("ana")
    assert _class_mounts(pod["mounts"]) == [
        {"name": CLASS_VOLUME, "mountPath": SHARE, "subPath": "class/ana"}]
    assert pod["sidecars"] == []
    values = _values("config.yaml")
    assert values["singleuser"]["extraEnv"]["WORKSHOP_SHARE_DIR"] == SHARE
    # the init container (run before the server, not by the participant) makes that folder
    make = pod["init"][-1]
    assert pod["init"][0]["name"] == "block-cloud-metadata", "z2jh's own init container stays"
    assert make["command"][-1] == "ana" and "class/$1" in make["command"][2]
    assert make["securityContext"]["runAsUser"] == 1000
    assert "persistentVolumeClaim" in pod["volumes"][CLASS_VOLUME]


def test_the_facilitators_server_mounts_every_participants_folder_read_only() -> None:
    """The facilitator's server mounts the whole of class/ read-only at the share folder (its
    dashboard reads each participant's folder one level down); no sidecar, no copy."""
    pod = _pod("facilitator", admin=True)
    assert _class_mounts(pod["mounts"]) == [
        {"name": CLASS_VOLUME, "mountPath": SHARE, "subPath": "class", "readOnly": True}]
    assert pod["sidecars"] == []
    assert set(pod["volumes"]) == set(_pod("ana")["volumes"]), "no volume of its own"


def test_the_hook_leaves_kubespawners_templates_alone() -> None:
    """kubespawner formats every string of a container: the hook's init container and mounts
    may hold no curly bracket but kubespawner's own fields, or the pod would not start
    (KeyError)."""
    values = _values("config.yaml")
    c = _spawner_config(values)
    exec(values["hub"]["extraConfig"]["classFolders"], {"c": c})
    spawner = SimpleNamespace(image="img", user=SimpleNamespace(name="facilitator", admin=True))
    c.KubeSpawner.pre_spawn_hook(spawner)
    def strings(value):
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            return [t for v in value for t in strings(v)]
        return [value] if isinstance(value, str) else []

    for text in strings(_expand([spawner.init_containers[-1], spawner.volume_mounts], "ana")):
        assert not re.search(r"[{}]", text), text
    assert not hasattr(spawner, "extra_containers") or spawner.extra_containers == []


def test_every_login_name_is_its_own_folder_name() -> None:
    """kubespawner 7 expands {username} to the 'safe' slug: the name itself when it is a valid
    object name (lower-case letters, digits, '-'), has no '--' and is at most 48 characters
    (kubespawner/slugs.py safe_slug), else a hashed form. The class's login pattern lets only
    such names in, so a participant's folder is named exactly as they log in and two names never
    share a folder."""
    pattern = re.compile(_values("config.yaml")["hub"]["config"]["Authenticator"]
                         ["username_pattern"])
    for good in ("ana", "p007", "ana-maria", "x" * 32):
        assert pattern.match(good), good
        assert re.fullmatch(r"[a-z0-9-]+", good) and "--" not in good and len(good) <= 48
    for bad in ("-rf", "../x", "a--b", "ana-", "Ana", "a_b", "a b", "x" * 33, "", "a.b",
                "facilitator/.."):
        assert not pattern.match(bad), bad


# --- the pods, run as private mount namespaces ---------------------------------------------

_DRIVER = r"""
import json, os, subprocess, sys
from pathlib import Path

spec = json.loads(Path(sys.argv[1]).read_text())
root = Path(spec["root"])
volume = root / "volume"

def pod(name, container, argv, env):
    # one container of `name`'s pod: a mount namespace of its own holding its mounts only (the
    # class volume, or a sub-folder of it), with the volume itself hidden; run as jovyan
    # (1000:100), as every server on z2jh is.
    top = root / "pods" / name
    lines = ["set -e"]
    for m in container["volumeMounts"]:
        if m["name"] != "class-exports":
            continue
        source = volume / m.get("subPath", "")
        target = str(top) + m["mountPath"]
        lines += ['mkdir -p "%s"' % target, 'mount --bind "%s" "%s"' % (source, target)]
        if m.get("readOnly"):
            lines.append('mount -o remount,bind,ro "%s"' % target)
    lines += ['mount -t tmpfs -o mode=0755 hidden "%s"' % volume, 'exec "$@"']
    argv = [str(top) + a if a in container.get("paths", ()) else a for a in argv]
    run = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c", "\n".join(lines),
         "pod", "setpriv", "--reuid=1000", "--regid=100", "--clear-groups", *argv],
        capture_output=True, text=True, cwd="/",
        env=dict(os.environ, HOME=str(top), PYTHONDONTWRITEBYTECODE="1", **env))
    if run.returncode:
        raise SystemExit("%s/%s: %s%s" % (name, container["name"], run.stdout, run.stderr))
    return run.stdout

for step in spec["steps"]:
    print(pod(*step), end="")
"""

_PARTICIPANT = """
import os, sys; from pathlib import Path
from workshop.share import write_export; from workshop.store import read_workspace
share, persona, me = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
write_export(read_workspace(persona), share, export_id=me + "export00")
print(me, "sees", sorted(os.listdir(share)))
"""
_PLANT = """
import os, sys; from pathlib import Path
share = Path(sys.argv[1])
# a link to p002's export as the facilitator's pod sees it (class/p001/.. is class/ there)
os.symlink("../p002/share-p002export00.json", share / "planted.json")
"""
_CLASSMATE = """
import os, sys; from pathlib import Path; from workshop.fileio import write_output
share, volume = Path(sys.argv[1]), Path(sys.argv[2])
theirs = "share-p001export00.json"
beside, up, raw = share / theirs, share / ".." / "p001" / theirs, volume / "class/p001" / theirs
def shown(listing):
    if theirs not in listing and "p001" not in listing:
        raise LookupError("not there")
tries = {
  "read p001's export in my class folder": beside.read_bytes,
  "read it through the class folder's parent": up.read_bytes,
  "read it at the volume's own path": raw.read_bytes,
  "see it listed in my class folder": lambda: shown(os.listdir(share)),
  "list the whole class volume": lambda: shown(os.listdir(volume / "class")),
  "remove it through the parent": lambda: os.unlink(up),
  "remove it at the volume's path": lambda: os.unlink(raw),
  "replace it": lambda: write_output(up, b"forged"),
  "add a file to p001's folder": lambda: open(up.parent / "extra.json", "x"),
}
for what, attempt in tries.items():
    try:
        attempt()
        print("ALLOWED", what)
    except Exception as exc:
        print("refused", what, type(exc).__name__)
"""
_REMOVE = """
import os, sys; from pathlib import Path
os.unlink(Path(sys.argv[1]) / "share-p001export00.json")
"""
_FACILITATOR = """
import os, sys; from pathlib import Path
from workshop.classroom.summary import summarise_folder
share = Path(sys.argv[1])
names = sorted(d + "/" + n for d in os.listdir(share) for n in os.listdir(share / d))
summary = summarise_folder(share)
print("facilitator lists", names, "participants", summary.participants,
      "skipped", [name for name, _ in summary.skipped])
try:
    (share / "p002" / "forged.json").write_bytes(b"{}")
    print("facilitator ALLOWED to write into class/")
except OSError as exc:
    print("facilitator cannot write into class/", type(exc).__name__)
"""


def _namespace_ready() -> None:
    if os.geteuid() != 0:
        pytest.skip("mount namespaces and another user's uid need root")
    if not all(shutil.which(t) for t in ("unshare", "mount", "setpriv")):
        pytest.skip("needs unshare, mount and setpriv")
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"],
                           capture_output=True)
    if probe.returncode:
        pytest.skip(f"no private mount namespace here: {probe.stderr.decode().strip()}")


def test_on_kubernetes_a_classmate_cannot_reach_another_export_and_the_facilitator_reads_all(
        ) -> None:
    """Issue 23, class 5, on z2jh: p001 and p002 share (both as uid 1000, as on the cluster);
    from p002's pod every way to read, list, replace or remove p001's export fails; the
    facilitator's dashboard reads both exports from the participants' folders, names and does
    not follow the link p001 planted to p002's, cannot write into the class folder, and no
    longer counts p001's once p001 removed it."""
    _namespace_ready()
    root = Path(tempfile.mkdtemp(prefix="workshop-z2jh-apart-"))
    try:
        os.chmod(root, 0o711)
        (root / "hub").mkdir(mode=0o700)
        for folder in ("volume", "pods"):
            (root / folder).mkdir(mode=0o755)
        # the claim's root, writable by jovyan's group as fsGroup 100 makes it
        os.chown(root / "volume", 1000, 100)
        os.chmod(root / "volume", 0o770)
        personas = sorted((PROJECT / "data" / "personas").glob("*.json"))
        server = {"name": "notebook", "paths": [SHARE]}
        steps = []

        def init(name: str, admin: bool = False) -> None:
            # the init container, its command aimed at the pod's own folder for the volume
            make = _pod(name, admin)["init"][-1]
            top = str(root / "pods" / name)
            command = [part.replace("/class-volume", top + "/class-volume")
                       for part in make["command"]]
            steps.append([name, make, command, {}])

        def notebook(name: str, code: str, *args: str) -> None:
            mounts = _pod(name, name == "facilitator")["mounts"]
            steps.append([name, dict(server, volumeMounts=mounts),
                          [sys.executable, "-c", code, SHARE, *args], {}])

        for name in ("p001", "p002", "facilitator"):
            init(name, name == "facilitator")
        notebook("p001", _PARTICIPANT, str(personas[0]), "p001")
        notebook("p002", _PARTICIPANT, str(personas[1]), "p002")
        notebook("p001", _PLANT)
        notebook("p002", _CLASSMATE, str(root / "volume"))
        notebook("facilitator", _FACILITATOR)
        notebook("p001", _REMOVE)
        notebook("facilitator", _FACILITATOR)
        spec = root / "hub" / "spec.json"
        spec.write_text(json.dumps({"root": str(root), "steps": steps}))
        driver = root / "hub" / "driver.py"
        driver.write_text(_DRIVER)
        command, env = tools_hub.private_namespace(
            root / "hub", [sys.executable, str(driver), str(spec)])
        run = subprocess.run(command, env=dict(os.environ, **env), capture_output=True,
                             text=True, timeout=180)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert "p001 sees ['share-p001export00.json']" in lines
    assert "p002 sees ['share-p002export00.json']" in lines, "p001's export is not p002's to see"
    assert not [line for line in lines if line.startswith("ALLOWED")], run.stdout
    refused = [line for line in lines if line.startswith("refused")]
    assert len(refused) == 9, run.stdout
    assert ("facilitator lists ['p001/planted.json', 'p001/share-p001export00.json', "
            "'p002/share-p002export00.json'] participants 2 skipped ['p001/planted.json']"
            ) in lines, run.stdout
    assert ("facilitator lists ['p001/planted.json', 'p002/share-p002export00.json'] "
            "participants 1 skipped ['p001/planted.json']") in lines, run.stdout
    assert lines.count("facilitator cannot write into class/ OSError") == 2, run.stdout



# --- the class login -------------------------------------------------------------------------

FACILITATOR_SECRET = "f" * 24 + "-the-secret-word"


def _class_login(tmp_path, monkeypatch, secret: str = FACILITATOR_SECRET, users=()):
    """The hub's authenticator as z2jh makes it: hub.config, then hub.extraConfig.classLogin,
    with a hub database holding the facilitator and the names in ``users``."""
    pytest.importorskip("firstuseauthenticator")
    from jupyterhub import orm
    from traitlets.config import Config

    values = _values("config.yaml")
    config = Config()
    for section, settings in values["hub"]["config"].items():
        config[section].update(settings)
    config.FirstUseAuthenticator.dbm_path = str(tmp_path / "passwords.dbm")
    monkeypatch.setenv("WORKSHOP_FACILITATOR_PASSWORD", secret)
    exec(values["hub"]["extraConfig"]["classLogin"], {"c": config})
    db = orm.new_session_factory("sqlite:///:memory:")()
    for name in ("facilitator", *users):
        db.add(orm.User(name=name, admin=name == "facilitator"))
    db.commit()
    login = config.JupyterHub.authenticator_class(config=config)
    login.db = db
    return login


def _logs_in(login, name: str, password: str) -> bool:
    import asyncio

    handler = SimpleNamespace(custom_login_error="")
    return asyncio.run(login.authenticate(handler, {"username": name,
                                                    "password": password})) == name


def test_on_kubernetes_a_classmate_cannot_log_in_under_another_name(tmp_path,
                                                                    monkeypatch) -> None:
    """Issue 23, class 5: the class login (FirstUseAuthenticator from the chart's hub image,
    as config.yaml sets it up) lets in only names the facilitator made; a name's first login
    sets its password, and from then on a classmate who knows the name cannot open its server,
    with any password; the admin name has the secret's password before anyone logs in."""
    from firstuseauthenticator import FirstUseAuthenticator

    login = _class_login(tmp_path, monkeypatch, users=("ana-4kq9tz", "ben-7m2pqx"))
    assert isinstance(login, FirstUseAuthenticator)
    assert not _logs_in(login, "stranger", "a long password"), "a name nobody made"
    assert not _logs_in(login, "facilitator", "ana's guess at it"), "the admin name is taken"
    assert _logs_in(login, "ana-4kq9tz", "ana's own words")  # her first login sets it
    assert _logs_in(login, "ben-7m2pqx", "ben's own words")
    for password in ("ben's own words", "the class word", "", "ana's own words "):
        assert not _logs_in(login, "ana-4kq9tz", password), password
    assert _logs_in(login, "ana-4kq9tz", "ana's own words")
    assert _logs_in(login, "facilitator", FACILITATOR_SECRET)
    # a hub restart keeps each participant's password and sets the admin's again
    again = _class_login(tmp_path, monkeypatch, secret=FACILITATOR_SECRET[::-1],
                         users=("ana-4kq9tz",))
    assert _logs_in(again, "ana-4kq9tz", "ana's own words")
    assert not _logs_in(again, "ana-4kq9tz", "ben's own words")
    assert not _logs_in(again, "facilitator", FACILITATOR_SECRET)
    assert _logs_in(again, "facilitator", FACILITATOR_SECRET[::-1])


def test_on_kubernetes_the_hub_refuses_a_short_facilitator_password(tmp_path,
                                                                   monkeypatch) -> None:
    with pytest.raises(ValueError, match="32 characters"):
        _class_login(tmp_path, monkeypatch, secret="short-secret")
