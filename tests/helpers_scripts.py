"""A script of the project's ``benchmarks/`` or ``tools/`` loaded as a module by its path (they
are scripts, not importable packages): one loader for the tests that drive them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_script(path: Path, name: str) -> ModuleType:
    """The script at ``path`` run as a fresh module called ``name``; its folder goes on the
    import path first, as running it would put it, so a script that imports a sibling script
    (draft_grammar imports draft_structure) loads the same way whichever test runs first."""
    folder = str(Path(path).resolve().parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
