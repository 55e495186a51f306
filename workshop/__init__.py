"""Job Value Workshop: coach an answer to "What job gave you the most personal value?".

The public surface is listed in ``__all__``. Importing ``workshop`` is cheap: the model, scoring
and check load on first use, and pandas, matplotlib and ipywidgets only when a table, a chart or
a widget is asked for (``workshop.tables``, ``workshop.charts``, ``workshop.widgets``).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "Workspace": "model", "Role": "model", "Skill": "model", "Result": "model",
    "Ratings": "model", "TargetRole": "model", "Answer": "model", "LEVELS": "model",
    "SCOPES": "model", "SCHEMA_VERSION": "model",
    "WorkshopError": "errors", "ValidationError": "errors", "WorkspaceFileError": "errors",
    "UnreadableWorkspace": "errors", "NewerSchemaError": "errors",
    "ImportFormatError": "errors", "ExportFormatError": "errors",
    "NotFoundError": "errors", "ConflictError": "errors", "FileAccessError": "errors",
    "SettingError": "errors", "UsageError": "errors", "InputFileError": "errors",
    "Weights": "scoring", "rank": "scoring", "explain": "scoring",
    "check_answer": "check", "draft_answer": "draft",
    "read_workspace": "store", "WorkspaceStore": "store",
    "Session": "session", "open_session": "session",
    "import_file": "importers", "build_report": "report", "export_dict": "share",
    "roles_frame": "tables",
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
