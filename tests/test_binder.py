"""The Binder / JupyterHub environment in ``binder/``: pinned, installable, and in step with the
package's own requirements."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][0-9A-Za-z.+-]*)$")
NEEDED = {"jupyterlab", "ipywidgets", "ipykernel", "pandas", "matplotlib", "numpy", "voila",
          "notebook", "nbgitpuller"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text)[:3])


def requirements() -> dict[str, str]:
    """The pinned requirements, by normalised name."""
    pins = {}
    for line in (BINDER / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = PIN.match(line)
        assert match, f"binder/requirements.txt: '{line}' is not pinned as name==version"
        pins[_norm(match.group(1))] = match.group(2)
    return pins


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def lower_bounds() -> dict[str, str]:
    """``name>=version`` of the package's dependencies and of the extras a hub image installs."""
    project = pyproject()["project"]
    specs = list(project["dependencies"])
    for extra in ("lab", "app", "hub"):
        specs += project["optional-dependencies"][extra]
    bounds = {}
    for spec in specs:
        match = re.match(r"^([A-Za-z0-9._-]+)\s*>=\s*([0-9.]+)", spec)
        if match:
            bounds[_norm(match.group(1))] = match.group(2)
    return bounds


def test_runtime_pins_python_3_11_or_newer():
    """runtime.txt pins a Python of 3.11 or newer (repo2docker's default is older)."""
    text = (BINDER / "runtime.txt").read_text(encoding="utf-8").strip()

    match = re.fullmatch(r"python-(\d+)\.(\d+)", text)
    assert match, f"runtime.txt should read like python-3.12, not {text!r}"
    assert (int(match.group(1)), int(match.group(2))) >= (3, 11)


def test_runtime_satisfies_the_package():
    """The pinned Python is one the package accepts (requires-python)."""
    text = (BINDER / "runtime.txt").read_text(encoding="utf-8").strip()
    required = pyproject()["project"]["requires-python"]

    floor = re.match(r">=\s*([0-9.]+)", required).group(1)
    assert _version(text.removeprefix("python-")) >= _version(floor)


def test_every_requirement_is_pinned_exactly():
    """Every line of requirements.txt is name==version, and the kit's stack is all there."""
    pins = requirements()

    assert NEEDED <= set(pins), f"missing from binder/requirements.txt: {NEEDED - set(pins)}"


def test_pins_meet_the_package_lower_bounds():
    """Each pinned version satisfies the lower bound the package declares for it."""
    pins = requirements()

    for name, floor in lower_bounds().items():
        assert name in pins, f"{name} is a dependency of the package but not pinned for Binder"
        assert _version(pins[name]) >= _version(floor), \
            f"{name}=={pins[name]} is below the package's {name}>={floor}"


def test_post_build_installs_the_package():
    """postBuild is an executable bash script with set -e that installs the kit itself."""
    path = BINDER / "postBuild"
    text = path.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines()]

    assert lines[0] == "#!/bin/bash"
    assert os.access(path, os.X_OK), "postBuild must be executable (chmod +x)"
    assert "set -e" in lines
    assert any(re.match(r"^(python -m )?pip install (--no-deps )?\.$", ln) for ln in lines)
    assert "\r" not in text, "postBuild must have Unix line ends"


def test_post_build_gives_the_image_the_hubs_kernel_spec(tmp_path) -> None:
    """The image repo2docker builds (Binder and the Kubernetes hub) starts its kernels from the
    local hub's spec, without the debugger: postBuild's own install command, run here into a
    temporary prefix, leaves a `python3` spec that is that file."""
    pytest.importorskip("jupyter_client")
    from jupyter_client.kernelspec import KernelSpecManager

    (line,) = [ln.strip() for ln in (BINDER / "postBuild").read_text(encoding="utf-8")
               .splitlines() if ln.strip().startswith("jupyter kernelspec install")]
    args = line.split()[1:]
    assert "--sys-prefix" in args and "--replace" in args
    args[args.index("--sys-prefix")] = f"--prefix={tmp_path}"
    jupyter = Path(sys.executable).with_name("jupyter")
    subprocess.run([str(jupyter), *args], cwd=ROOT, check=True, capture_output=True)

    installed = tmp_path / "share" / "jupyter" / "kernels"
    spec = KernelSpecManager(kernel_dirs=[str(installed)]).get_kernel_spec("python3")
    hub_spec = ROOT / "deploy" / "hub" / "jupyter" / "kernels" / "python3" / "kernel.json"
    assert json.loads((installed / "python3" / "kernel.json").read_text()) == \
        json.loads(hub_spec.read_text())
    assert spec.metadata == {"debugger": False}
    assert "sys.modules['debugpy'] = None" in " ".join(spec.argv)


def test_binder_folder_holds_only_what_repo2docker_reads():
    """binder/ holds repo2docker's files only (anything else there is ignored or confusing)."""
    known = {"requirements.txt", "runtime.txt", "postBuild", "start", "environment.yml",
             "apt.txt", "README.md"}

    assert {p.name for p in BINDER.iterdir()} <= known
