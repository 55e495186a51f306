"""The lock and the Binder file made from it agree.

``requirements/lock.txt`` pins every package of every extra, with hashes, for any Python the kit
accepts (``make lock``); ``make`` installs exactly it. ``binder/requirements.txt`` is the part of
it a hub image needs (the kit, the ``lab``, ``app`` and ``hub`` extras) for repo2docker's Python
3.12 on Linux (``make binder``). These tests read both files as pip would, and follow the lock's
own "via" notes to see what the hub extras pull in, so a hand edit or a stale file shows up here.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
BINDER = ROOT / "binder" / "requirements.txt"
KIT = "job-value-workshop"
HUB_EXTRAS = ("lab", "app", "hub")
# repo2docker's image: CPython 3.12 on x86_64 Linux (binder/runtime.txt).
HUB_ENV = {"python_version": "3.12", "python_full_version": "3.12.8", "sys_platform": "linux",
           "platform_system": "Linux", "os_name": "posix", "implementation_name": "cpython",
           "platform_python_implementation": "CPython", "platform_machine": "x86_64"}
LOCAL_ENV = dict(HUB_ENV, python_version="3.11", python_full_version="3.11.7")
LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")
FIX = "run `make lock` (it rewrites requirements/lock.txt and binder/requirements.txt)"


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Pin:
    """One pinned line of a requirements file.

    Attributes:
        name: the normalised package name.
        version: the exact version.
        marker: the environment marker, or None when the line holds everywhere.
        hashes: how many ``--hash`` options follow the line.
        via: the normalised names of what needs it (the lock's "# via" notes).
    """

    name: str
    version: str
    marker: str | None = None
    hashes: int = 0
    via: set[str] = field(default_factory=set)

    def holds(self, env: dict[str, str]) -> bool:
        return self.marker is None or Marker(self.marker).evaluate(env)


def read_pins(path: Path) -> list[Pin]:
    pins: list[Pin] = []
    in_via = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if not raw[0].isspace() and not line.startswith("#"):
            match = LINE.match(line)
            assert match, f"{path.name}: '{line}' is not pinned as name==version"
            pins.append(Pin(norm(match.group(1)), match.group(2), match.group(3)))
            in_via = False
        elif line.startswith("--hash=sha256:"):
            pins[-1].hashes += 1
        elif line.startswith("# via"):
            rest = line.removeprefix("# via").strip()
            in_via = not rest
            if rest:
                pins[-1].via.add(norm(rest.split()[0]))
        elif in_via and line.startswith("#   "):
            pins[-1].via.add(norm(line.removeprefix("#").split()[0]))
    return pins


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def declared(extras) -> list[Requirement]:
    """The kit's own requirements and those of the named extras (the kit itself left out)."""
    specs = list(project()["dependencies"])
    for extra in extras:
        specs += project()["optional-dependencies"][extra]
    return [r for r in map(Requirement, specs) if norm(r.name) != KIT]


def hub_closure(lock: list[Pin]) -> set[str]:
    """What the hub extras need on the hub's Python, following the lock's "via" notes."""
    needed = {norm(r.name) for r in declared(HUB_EXTRAS)}
    applicable = [p for p in lock if p.holds(HUB_ENV)]
    grew = True
    while grew:
        grew = False
        for pin in applicable:
            if pin.name not in needed and pin.via & needed:
                needed.add(pin.name)
                grew = True
    return needed


def test_every_locked_package_is_pinned_with_hashes():
    """Each line of the lock is name==version followed by at least one sha256 hash."""
    lock = read_pins(LOCK)

    assert len(lock) > 50
    assert [p.name for p in lock if p.hashes == 0] == []


def test_the_lock_meets_every_requirement_pyproject_declares():
    """Every dependency of the kit and of each extra is in the lock at a version it accepts, on
    the Python used here and on the hub's (a dependency added without re-locking fails here)."""
    lock = read_pins(LOCK)
    extras = [e for e in project()["optional-dependencies"]]

    for env in (LOCAL_ENV, HUB_ENV):
        for requirement in declared(extras):
            versions = [p.version for p in lock if p.name == norm(requirement.name)
                        and p.holds(env)]
            assert versions, f"{requirement.name} is not in the lock: {FIX}"
            assert all(requirement.specifier.contains(v, prereleases=True) for v in versions), \
                f"the lock pins {requirement.name}=={versions} outside '{requirement}': {FIX}"


def test_every_binder_pin_is_the_locked_version_for_python_3_12():
    """Each package in binder/requirements.txt is pinned at the version the lock gives it on
    repo2docker's Python 3.12."""
    locked = {(p.name, p.version) for p in read_pins(LOCK) if p.holds(HUB_ENV)}

    for pin in read_pins(BINDER):
        assert pin.marker is None, f"binder/requirements.txt: {pin.name} has a marker"
        assert (pin.name, pin.version) in locked, \
            f"binder pins {pin.name}=={pin.version}, the lock does not: {FIX}"


def test_binder_holds_what_the_hub_extras_need_and_no_test_tools():
    """binder/requirements.txt is exactly the lock's share for the lab, app and hub extras on
    Python 3.12: nothing missing that would float at build time, no test tool shipped."""
    lock = read_pins(LOCK)
    binder = {p.name for p in read_pins(BINDER)}
    needed = hub_closure(lock)

    assert sorted(needed - binder) == [], f"missing from binder/requirements.txt: {FIX}"
    assert sorted(binder - needed) == [], f"binder/requirements.txt holds extra packages: {FIX}"
    assert {"pytest", "playwright", "ruff"}.isdisjoint(binder)
    assert {"notebook", "nbgitpuller", "jupyterlab", "voila", "ipykernel"} <= binder


def test_the_pinned_notebook_server_accepts_the_pinned_jupyterlab():
    """repo2docker's image starts `jupyter notebook`, and Notebook 7.N works with one JupyterLab
    4.N only (the image's own Notebook 7.4 needs a JupyterLab below 4.5): the Notebook pinned for
    Binder must accept the JupyterLab pinned beside it."""
    pins = {p.name: p.version for p in read_pins(BINDER)}
    try:
        installed = importlib.metadata.version("notebook")
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("the hub extra (notebook) is not installed here: run `make setup`")
    assert installed == pins["notebook"], "this environment's Notebook is not the Binder pin"

    wants = [Requirement(r) for r in importlib.metadata.requires("notebook") or []]
    lab = next(r for r in wants if norm(r.name) == "jupyterlab" and r.marker is None)
    assert lab.specifier.contains(pins["jupyterlab"]), \
        f"notebook=={pins['notebook']} wants {lab}, Binder pins jupyterlab=={pins['jupyterlab']}"


def test_the_kernel_stays_below_ipykernel_7_where_participants_type():
    """ipykernel 7 can handle a button's click before the box update sent ahead of it (measured
    by `make message-order`: 2 to 4 of 14 "type, then Add" saved the old text under load with
    7.4.0, none with 6.29.5 or 6.31.0), so every extra with a kernel keeps it below 7, and the
    lock, the Binder file and this environment follow."""
    for extra in ("lab", "app"):
        (kernel,) = [r for r in declared([extra]) if norm(r.name) == "ipykernel"]
        assert not kernel.specifier.contains("7.0.0"), f"the {extra} extra allows ipykernel 7"
    for path in (LOCK, BINDER):
        (pin,) = [p for p in read_pins(path) if p.name == "ipykernel"]
        assert int(pin.version.split(".")[0]) < 7, f"{path.name} pins ipykernel {pin.version}"
    assert int(importlib.metadata.version("ipykernel").split(".")[0]) < 7


LAB = ROOT / "requirements" / "lab.txt"


def test_the_lab_file_is_the_locks_share_for_the_lab_and_nothing_else():
    """requirements/lab.txt (what `make lab` installs) pins each package at the lock's version
    with its hashes, holds the kit's own needs and the lab extra's, and no server or test tool
    the lab does not use."""
    locked = {(p.name, p.version, p.marker) for p in read_pins(LOCK)}
    lab = read_pins(LAB)

    for pin in lab:
        assert (pin.name, pin.version, pin.marker) in locked, \
            f"requirements/lab.txt pins {pin.name}=={pin.version} unlike the lock: {FIX}"
        assert pin.hashes > 0, pin.name
    names = {p.name for p in lab}
    assert {norm(r.name) for r in declared(["lab"])} <= names, FIX
    assert {"pytest", "playwright", "ruff", "voila", "jupyterhub", "notebook", "nbgitpuller",
            "hypothesis"}.isdisjoint(names)
    assert len(lab) < len(read_pins(LOCK))
