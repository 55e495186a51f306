"""Every ``WORKSHOP_*`` setting, read in one place.

No other module reads the environment: each asks an accessor here. The settings:

=====================  ==========================================================================
``WORKSHOP_WORKSPACE``  the participant's workspace file (default: ``my_workspace.json`` in the
                        notebooks' folder, or in ``~/.job-value-workshop/`` when that folder
                        can't be written, see ``store.default_workspace_path``)
``WORKSHOP_WEIGHTS``    the class's scoring weights, ``pillars=50,relevance=30`` (default: the
                        data folder's ``weights.json``, else 60, 24, 8 and 8; read by
                        ``scoring.configured_weights``)
``WORKSHOP_TODAY``      this month as ``YYYY-MM``, pinned so stored notebook outputs stay true
                        (read by ``clock.this_month``)
``WORKSHOP_DATA``       a facilitator's own data folder (phrase lists, rubrics, personas)
``WORKSHOP_SHARE_DIR``  the class folder that ``share`` writes to and the dashboard reads
=====================  ==========================================================================

This module knows no other module of the kit but the error family: it returns raw values (text,
paths), and the module that owns a rule turns them into its objects (``scoring`` the weights,
``clock`` the month). That module says a value that can't be used once, in plain words, on
standard error (``say_once``; the notebook shows it under the cell), and uses the default;
``problems()`` lists what was said. A setting that names an impossible place
(``~nosuchuser/...``) raises ``SettingError`` where it is needed. A value made from a setting is
kept once made (``kept``); ``reset()`` forgets them (the tests' fixture calls it before every
test).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .errors import SettingError

__all__ = [
    "SETTINGS",
    "workspace_path",
    "weights_text",
    "today_text",
    "data_dir",
    "share_dir",
    "user_dir",
    "problems",
    "say_once",
    "kept",
    "reset",
    "hosting",
]

SETTINGS = ("WORKSHOP_WORKSPACE", "WORKSHOP_WEIGHTS", "WORKSHOP_TODAY", "WORKSHOP_DATA",
            "WORKSHOP_SHARE_DIR")
USER_FOLDER = ".job-value-workshop"

_cache: dict[str, object] = {}
_said: list[str] = []
T = TypeVar("T")


def reset() -> None:
    """Forget every value read and every problem said (for tests, and after changing a setting)."""
    _cache.clear()
    _said.clear()


def problems() -> list[str]:
    """The plain sentences said so far about settings that could not be used."""
    return list(_said)


def say_once(text: str) -> None:
    """Say, once per run, that a setting can't be used (``text`` names it and what is done)."""
    if text not in _said:
        _said.append(text)
        print(f"workshop: {text}", file=sys.stderr)


def kept(name: str, make: Callable[[], T]) -> T:
    """The value ``make()`` gave the first time ``name`` was asked for since ``reset()``."""
    if name not in _cache:
        _cache[name] = make()
    return _cache[name]  # type: ignore[return-value]


def _raw(name: str) -> str:
    return os.environ.get(name, "").strip()


def _place(name: str) -> Path | None:
    """A setting that names a file or folder, ``~`` expanded; ``None`` when not set."""
    text = _raw(name)
    if not text:
        return None
    try:
        return Path(text).expanduser()
    except RuntimeError:  # "~nosuchuser/...": there is no such home folder
        user = text[1:].split("/", 1)[0]
        raise SettingError(f"{name} is '{text}', but there is no user '{user}' whose home folder "
                           f"it could name; set {name} to a full path such as "
                           "/home/you/my_workspace.json.") from None


def workspace_path() -> Path | None:
    """``WORKSHOP_WORKSPACE`` as a path, or ``None`` when not set."""
    return _place("WORKSHOP_WORKSPACE")


def data_setting() -> str:
    """``WORKSHOP_DATA`` as written ("" when not set), a key for what was read from it."""
    return _raw("WORKSHOP_DATA")


def data_dir() -> Path | None:
    """``WORKSHOP_DATA`` as a path, or ``None`` when not set."""
    return _place("WORKSHOP_DATA")


def share_dir() -> Path | None:
    """``WORKSHOP_SHARE_DIR`` as a path, or ``None`` when not set."""
    return _place("WORKSHOP_SHARE_DIR")


def environment() -> dict[str, str]:
    """A copy of this process's environment, for a server the kit starts."""
    return dict(os.environ)


def update_environment(values: dict[str, str]) -> None:
    """Set variables in this process's environment (inherited by the servers it starts)."""
    os.environ.update(values)


def hosting() -> dict[str, str]:
    """The variables a hosting service sets (``BINDER_*``, ``JUPYTERHUB_*``), for telling where
    the kernel runs; the kit reads no other outside variable."""
    return {k: v for k, v in os.environ.items() if k.startswith(("BINDER_", "JUPYTERHUB_"))}


def user_dir() -> Path:
    """The per-user folder for a workspace when the notebooks' folder can't be written."""
    return Path.home() / USER_FOLDER


def today_text() -> str:
    """``WORKSHOP_TODAY`` as written (``""`` when not set)."""
    return _raw("WORKSHOP_TODAY")


def weights_text() -> str:
    """``WORKSHOP_WEIGHTS`` as written (``""`` when not set)."""
    return _raw("WORKSHOP_WEIGHTS")
