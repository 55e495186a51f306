"""``workshop doctor``: a learner's environment check, before the workshop starts.

It answers the questions a facilitator asks when a participant's notebook misbehaves: is this
Python new enough, are the packages the kit needs importable (and at which versions), can the
workspace file be saved where the kit will save it, and is the widgets extension in JupyterLab
(without it the notebooks show ``Loading widget...`` or a plain text repr instead of forms).

Each check gives one plain line, ``✔`` when fine and ``✘`` with what to do when not; optional parts
that are missing (Voila, used only by the facilitator's demo) get ``–``. The exit code is 0 when
every needed check passes, 1 otherwise. Nothing here changes the workspace: the write check
creates and removes a temporary file beside it.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .store import default_workspace_path

__all__ = ["Check", "MIN_PYTHON", "render", "main",
           "check_python", "check_package", "check_workspace", "check_widgets_extension"]

MIN_PYTHON = (3, 11)
INSTALL = "run `make setup` in the kit's folder (or: pip install -e '.[lab,app]')"
# (import name, distribution name, needed, what it is for)
PACKAGES: tuple[tuple[str, str, bool, str], ...] = (
    ("ipywidgets", "ipywidgets", True, "the forms and buttons"),
    ("pandas", "pandas", True, "the tables"),
    ("matplotlib", "matplotlib", True, "the charts"),
    ("charset_normalizer", "charset-normalizer", True, "importing files that are not UTF-8"),
    ("ipykernel", "ipykernel", True, "running the notebooks' Python"),
    ("jupyterlab", "jupyterlab", True, "JupyterLab"),
    ("voila", "voila", False, "the facilitator's demo app"),
)
WIDGETS_EXTENSION = "@jupyter-widgets/jupyterlab-manager"
OK, FAIL, ABSENT = "✔", "✘", "–"


@dataclass(frozen=True)
class Check:
    """One line of the report.

    Attributes:
        ok: True when this part is fine.
        text: what was found, in plain words.
        fix: what to do about it (empty when ``ok``).
        needed: False for a part only some sessions use; its absence is shown, not counted.
    """

    ok: bool
    text: str
    fix: str = ""
    needed: bool = True

    @property
    def mark(self) -> str:
        return OK if self.ok else (FAIL if self.needed else ABSENT)


def check_python(version: Sequence[int] | None = None) -> Check:
    """Python must be at least ``MIN_PYTHON``."""
    version = tuple(version or sys.version_info[:3])
    shown = ".".join(str(p) for p in version)
    want = ".".join(str(p) for p in MIN_PYTHON)
    if version[:2] >= MIN_PYTHON:
        return Check(True, f"Python {shown}")
    return Check(False, f"Python {shown} is too old for the kit (it needs {want} or newer)",
                 f"install Python {want} or newer, then set the kit up again with it "
                 f"(make setup PYTHON=python{want})")


def check_package(module: str, distribution: str, needed: bool = True, purpose: str = "") -> Check:
    """The package imports; its installed version is shown."""
    for_what = f" (for {purpose})" if purpose else ""
    try:
        importlib.import_module(module)
    except Exception as exc:  # ImportError, or a broken install failing on import
        reason = "is not installed" if isinstance(exc, ModuleNotFoundError) else \
            f"is installed but fails to import ({type(exc).__name__}: {exc})"
        fix = INSTALL if needed else "only needed for `workshop demo`: pip install -e '.[app]'"
        return Check(False, f"{module} {reason}{for_what}", fix, needed)
    try:
        version = importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        version = "version unknown"
    return Check(True, f"{module} {version}{for_what}", needed=needed)


def check_workspace(path: Path | None = None) -> Check:
    """The workspace file can be saved where the kit saves it: a temporary file is created and
    removed in its folder (a real write, since permission bits say nothing for root or on a
    read-only mount), and an existing workspace must be a regular, writable file."""
    if path is None:
        path = default_workspace_path()
    path = Path(path)
    folder = path.parent
    setting = ("set WORKSHOP_WORKSPACE to a file in a folder you can write to, for example "
               "WORKSHOP_WORKSPACE=~/my_workspace.json")
    if not folder.is_dir():
        return Check(False, f"the workspace folder {folder} does not exist", setting)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".workshop-doctor-", suffix=".tmp"):
            pass
    except OSError as exc:
        return Check(False, f"the workspace can't be saved in {folder} "
                     f"({exc.strerror or exc})", setting)
    if path.exists() and not path.is_file():
        return Check(False, f"{path} is there but is not a regular file",
                     "move it away, or " + setting)
    if path.exists() and not os.access(path, os.W_OK):
        return Check(False, f"{path} is there but is read-only", "make it writable, or " + setting)
    state = "exists" if path.exists() else "will be created on first save"
    return Check(True, f"workspace {path} ({state}; its folder is writable)")


def check_widgets_extension(paths: Iterable[str | Path] | None = None) -> Check:
    """JupyterLab has the widgets extension (``@jupyter-widgets/jupyterlab-manager``)."""
    if paths is None:
        try:
            from jupyter_core.paths import jupyter_path
        except ImportError:
            return Check(False, "JupyterLab's paths can't be read (jupyter_core is missing)",
                         INSTALL)
        paths = jupyter_path("labextensions")
    for base in paths:
        manifest = Path(base) / WIDGETS_EXTENSION / "package.json"
        if manifest.is_file():
            return Check(True, f"JupyterLab widgets extension in {manifest.parent.parent.parent}")
    return Check(False, "the widgets extension is missing from JupyterLab (forms would show as "
                 "'Loading widget...')", INSTALL + "; it comes with ipywidgets' widgetsnbextension"
                 " and jupyterlab_widgets")


def run_checks() -> list[Check]:
    """Every check, in the order they are shown."""
    checks = [check_python()]
    checks += [check_package(*spec) for spec in PACKAGES]
    checks += [check_workspace(), check_widgets_extension()]
    return checks


def render(checks: Sequence[Check]) -> str:
    """Plain lines, one per check, then a one-line verdict."""
    lines = []
    for check in checks:
        lines.append(f"{check.mark} {check.text}")
        if not check.ok and check.fix:
            lines.append(f"    what to do: {check.fix}")
    problems = sum(1 for c in checks if c.needed and not c.ok)
    if problems:
        lines.append(f"{problems} problem{'s' if problems > 1 else ''} found: fix the {FAIL} "
                     "lines above, then run `workshop doctor` again.")
    else:
        lines.append("All set: this computer is ready for the workshop.")
    return "\n".join(lines) + "\n"


def main(checks: Sequence[Check] | None = None) -> int:
    """Print the report; 0 when every needed check passed, 1 otherwise."""
    checks = run_checks() if checks is None else checks
    text = render(checks)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):  # a terminal that can't show the marks
        for mark, word in ((OK, "[ok]"), (FAIL, "[x]"), (ABSENT, "[-]")):
            text = text.replace(mark, word)
    sys.stdout.write(text)
    return 1 if any(c.needed and not c.ok for c in checks) else 0
