"""The package's layout: the README's developer map names every module, and the layers it draws
hold (model and logic never load a widget or chart library; only the views, the CLI and the
notebooks reach the widgets; no module imports from a layer above its own), and no modules
import each other in a circle. Every import counts, those written inside functions too."""

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


def _is_module(name: str) -> bool:
    path = ROOT / name.replace(".", "/")
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports(path: str) -> set[str]:
    """The modules ``path`` imports anywhere: its module body and every function and method
    (an import written inside a function is not a way around the layers), but not the names
    under ``if TYPE_CHECKING``, which no running code imports.

    ``from . import config`` names ``workshop.config``; ``from . import NAME`` where NAME is not
    a module names the package."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    module = dotted(path)
    package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    hidden = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
              and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    names = set()
    for item in ast.walk(tree):
        if id(item) in hidden:
            continue  # names for type hints only, never imported when the code runs
        if isinstance(item, ast.Import):
            names.update(alias.name for alias in item.names)
        elif isinstance(item, ast.ImportFrom):
            if item.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - item.level + 1])
                base = f"{base}.{item.module}" if item.module else base
            else:
                base = item.module
            for alias in item.names:
                sub = f"{base}.{alias.name}"
                names.add(sub if base.startswith("workshop") and _is_module(sub) else base)
    return names


def import_graph() -> dict[str, set[str]]:
    """Each module of the package with the package's modules it imports anywhere (a package
    counts as its ``__init__``; a module's own parent packages, which Python imports first
    anyway, are left out unless the module names them)."""
    modules = {dotted(p): p for p in package_modules()}
    graph = {}
    for name, path in modules.items():
        graph[name] = set()
        for imported in imports(path):
            while imported and imported not in modules:  # workshop.x.NAME: the module x
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                graph[name].add(imported)
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module ``start`` reaches through one import or more."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for other in graph.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def import_loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other in a circle (each module of a group reaches
    every other one), each group sorted."""
    reach = {name: reachable(graph, name) for name in graph}
    groups = {tuple(sorted(other for other in reach[name] if name in reach.get(other, ())))
              for name in graph if name in reach[name]}
    return sorted(list(group) for group in groups)


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
    """A module reaches only its own layer and those below it, at import time and inside its
    functions alike."""
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
    reached = {n for n in imports(path)
               if n == "workshop.widgets" or n.startswith("workshop.widgets.")}
    assert reached == set()


#: Loops another piece of work is breaking. The list only shrinks: a loop that is gone must
#: leave it (the widgets' ``_base``/``rating`` loop went with the driver's move to
#: ``widgets/testing.py``).
LOOPS_BEING_BROKEN: list[list[str]] = []


def test_no_modules_import_each_other_in_a_circle():
    """No module imports, at the top or inside a function, a module that comes back to it: each
    module can be read knowing only what it imports."""
    loops = import_loops(import_graph())
    assert [group for group in loops if group not in LOOPS_BEING_BROKEN] == []
    gone = [group for group in LOOPS_BEING_BROKEN if group not in loops]
    assert gone == [], "these loops are broken: take them off LOOPS_BEING_BROKEN"


def test_the_loop_finder_finds_a_circle_of_three_and_no_more():
    """The finder that the test above trusts: a circle a -> b -> c -> a is one loop, a module
    that only imports from it is not in it, and a line of imports is no loop."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"d"}}
    assert import_loops(graph) == [["a", "b", "c"]]
    assert import_loops({"a": {"b"}, "b": {"c"}, "c": set()}) == []
