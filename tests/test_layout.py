"""The package's layout: the README's developer map names every module, and the layers it draws
hold (model and logic never load a widget or chart library; only the views, the CLI and the
notebooks reach the widgets; no module imports from a layer above its own)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "workshop"
#: The layers of the developer map, lowest first, as the README's headings name them.
LAYERS = ("Model", "Logic", "Views", "CLI and notebooks")
#: Libraries only a view may load when it is imported.
VIEW_LIBRARIES = ("ipywidgets", "matplotlib")


def developer_map() -> dict[str, str]:
    """Each ``workshop/...py`` path the README's "For developers" map names, with its layer.

    Under a layer's heading (``**Model**`` and so on) every bullet names modules in backticks: a
    full path (``workshop/store.py``), or, after a folder (``workshop/widgets/``), a file of that
    folder (``answer.py``).
    """
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## For developers", 1)[1].split("\n## ", 1)[0]
    found: dict[str, str] = {}
    layer = None
    folder = None
    for line in section.splitlines():
        heading = re.match(r"^\d+\. \*\*(.+?)\*\*", line)
        if line.startswith("#"):
            layer = None
            continue
        if heading:
            layer = heading.group(1) if heading.group(1) in LAYERS else None
            continue
        if layer is None:
            continue
        if re.match(r"^\s*- ", line):
            folder = None
        for name in re.findall(r"`([^`\s]+)`", line):
            if name.startswith("workshop/") and name.endswith("/"):
                folder = name
            elif name.startswith("workshop/") and name.endswith(".py"):
                found.setdefault(name, layer)
            elif name.endswith(".py") and "/" not in name and folder:
                found.setdefault(folder + name, layer)
    return found


def package_modules() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py"))


def dotted(path: str) -> str:
    name = path.removesuffix(".py").replace("/", ".")
    return name.removesuffix(".__init__")


def imports(path: str, *, inside_functions: bool = False) -> set[str]:
    """The modules ``path`` imports when it is itself imported (its module body, including
    ``if`` and ``try`` blocks there but not ``if TYPE_CHECKING``), or anywhere at all with
    ``inside_functions``."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    module = dotted(path)
    package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    if inside_functions:
        nodes = list(ast.walk(tree))
    else:
        nodes = []
        for node in tree.body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue  # names for type hints only, never imported when the code runs
            nodes.extend(ast.walk(node) if isinstance(node, ast.If | ast.Try) else [node])
    names = set()
    for item in nodes:
        if isinstance(item, ast.Import):
            names.update(alias.name for alias in item.names)
        elif isinstance(item, ast.ImportFrom) and not item.level:
            names.add(item.module)
        elif isinstance(item, ast.ImportFrom):
            parts = package.split(".")
            base = ".".join(parts[: len(parts) - item.level + 1])
            names.add(f"{base}.{item.module}" if item.module else base)
            if not item.module:  # from . import config
                names.update(f"{base}.{alias.name}" for alias in item.names)
    return names


def layer_of_module(name: str, layers: dict[str, str]) -> str | None:
    """The layer of the ``workshop`` module ``name`` (a package counts as its ``__init__``)."""
    for candidate in (name.replace(".", "/") + ".py", name.replace(".", "/") + "/__init__.py"):
        if candidate in layers:
            return layers[candidate]
    return None


def test_the_developer_map_names_every_module_of_the_package():
    """Every .py file under workshop/ is named in the README's developer map, in one of its
    layers, and the map names no module that is gone."""
    named = developer_map()
    modules = package_modules()
    assert set(named.values()) <= set(LAYERS)
    assert [m for m in modules if m not in named] == [], "add these to the README's map"
    assert [m for m in named if m not in modules] == [], "these are gone: take them off the map"


def test_no_module_imports_from_a_layer_above_its_own():
    """At import time a module reaches only its own layer and those below it."""
    layers = developer_map()
    rank = {name: i for i, name in enumerate(LAYERS)}
    upwards = []
    for path in package_modules():
        own = layers.get(path)
        if own is None:
            continue
        for name in imports(path):
            if name == "workshop" or not name.startswith("workshop."):
                continue
            theirs = layer_of_module(name, layers)
            if theirs is not None and rank[theirs] > rank[own]:
                upwards.append(f"{path} ({own}) imports {name} ({theirs})")
    assert upwards == []


def test_model_and_logic_modules_load_no_widget_or_chart_library():
    """Importing any module of the model or logic layers loads neither ipywidgets nor
    matplotlib: a terminal, a test or the CLI can use them without a display stack."""
    lower = [dotted(p) for p, layer in developer_map().items() if layer in ("Model", "Logic")]
    assert lower
    script = (
        "import importlib, json, sys\n"
        f"libraries = {VIEW_LIBRARIES!r}\n"
        "blamed = {}\n"
        f"for name in {sorted(lower)!r}:\n"
        "    importlib.import_module(name)\n"
        "    for lib in libraries:\n"
        "        if lib in sys.modules and lib not in blamed:\n"
        "            blamed[lib] = name\n"
        "print(json.dumps(blamed))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {}, "these modules load a view library at import time"


@pytest.mark.parametrize("path", [p for p in package_modules()
                                  if not p.startswith("workshop/widgets/")
                                  and p != "workshop/cli.py"])
def test_only_the_cli_and_the_notebooks_reach_the_widgets(path):
    """Outside workshop/widgets/, no module imports workshop.widgets, not even inside a
    function (the CLI may, and the notebooks, outside the package, do)."""
    reached = {n for n in imports(path, inside_functions=True)
               if n == "workshop.widgets" or n.startswith("workshop.widgets.")}
    assert reached == set()
