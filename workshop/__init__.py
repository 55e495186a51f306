"""Job Value Workshop: coach an answer to "What job gave you the most personal value?".

The public surface is listed in ``__all__``. Importing ``workshop`` is cheap: the model, scoring
and check load on first use, and pandas, matplotlib and ipywidgets only when a table, a chart or
a widget is asked for (``workshop.tables``, ``workshop.charts``, ``workshop.widgets``).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# The front door: what a facilitator's script or a notebook cell needs to open, import, rank,
# draft, check and report a workspace. Everything else is imported from its own module
# (``workshop.model.Role``, ``workshop.errors.ValidationError``, ``workshop.widgets``, ...).
_EXPORTS = {
    "Workspace": "model", "WorkshopError": "errors",
    "open_session": "session", "read_workspace": "store", "import_file": "importers",
    "rank": "scoring", "draft_answer": "draft", "check_answer": "check",
    "build_report": "report",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'workshop' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
