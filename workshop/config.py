"""Every ``WORKSHOP_*`` setting, read in one place.

No other module reads the environment: each asks an accessor here. The settings:

=====================  ==========================================================================
``WORKSHOP_WORKSPACE``  the participant's workspace file (default: ``my_workspace.json`` in the
                        notebooks' folder, or in ``~/.job-value-workshop/`` when that folder
                        can't be written, see ``store.default_workspace_path``)
``WORKSHOP_WEIGHTS``    the class's scoring weights, ``pillars=50,relevance=30`` (default: the
                        data folder's ``weights.json``, else 60, 24, 8 and 8)
``WORKSHOP_TODAY``      this month as ``YYYY-MM``, pinned so stored notebook outputs stay true
``WORKSHOP_DATA``       a facilitator's own data folder (phrase lists, rubrics, personas)
``WORKSHOP_SHARE_DIR``  the class folder that ``share`` writes to and the dashboard reads
=====================  ==========================================================================

A value that can't be used is said once, in plain words, on standard error (the notebook shows
it under the cell), and the default is used; ``problems()`` lists what was said. A setting that
names an impossible place (``~nosuchuser/...``) raises ``SettingError`` where it is needed.
Values are read when first asked for and kept; ``reset()`` forgets them (the tests' fixture
calls it before every test).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import SettingError, WorkshopError

__all__ = [
    "SETTINGS",
    "workspace_path",
    "weights",
    "today",
    "data_dir",
    "share_dir",
    "user_dir",
    "problems",
    "reset",
    "hosting",
]

SETTINGS = ("WORKSHOP_WORKSPACE", "WORKSHOP_WEIGHTS", "WORKSHOP_TODAY", "WORKSHOP_DATA",
            "WORKSHOP_SHARE_DIR")
USER_FOLDER = ".job-value-workshop"

_cache: dict[str, object] = {}
_said: list[str] = []


def reset() -> None:
    """Forget every value read and every problem said (for tests, and after changing a setting)."""
    _cache.clear()
    _said.clear()


def problems() -> list[str]:
    """The plain sentences said so far about settings that could not be used."""
    return list(_said)


def _say_once(text: str) -> None:
    if text not in _said:
        _said.append(text)
        print(f"workshop: {text}", file=sys.stderr)


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


def today() -> tuple[int, int] | None:
    """``WORKSHOP_TODAY`` as (year, month), or ``None`` (the real month) when not set or bad."""
    text = _raw("WORKSHOP_TODAY")
    if not text:
        return None
    from .model import parse_date

    try:
        return parse_date(text)
    except WorkshopError:
        _say_once(f"WORKSHOP_TODAY is '{text[:40]}', not a month like 2026-11; the real month "
                  "is used.")
        return None


def weights():
    """The class's weights (a ``scoring.Weights``): ``WORKSHOP_WEIGHTS``, else the data folder's
    ``weights.json``, else the defaults. A value that can't be used is said once."""
    if "weights" in _cache:
        return _cache["weights"]
    from .resources import data_dir as _data_dir
    from .resources import load_json
    from .scoring import Weights, parse_weights

    text = _raw("WORKSHOP_WEIGHTS")
    result = Weights()
    if text:
        try:
            result = parse_weights(text)
        except WorkshopError as exc:
            _say_once(f"WORKSHOP_WEIGHTS is '{text[:80]}', which can't be used ({exc.message}); "
                      "the default weights 60, 24, 8 and 8 are used instead.")
    elif (_data_dir() / "weights.json").is_file():
        try:
            data = load_json("weights.json")
            result = Weights.from_mapping(data.get("weights") if isinstance(data, dict) else None)
        except (WorkshopError, OSError, TypeError, ValueError) as exc:
            reason = exc.message if isinstance(exc, WorkshopError) else "it is not valid JSON"
            _say_once(f"{_data_dir() / 'weights.json'} can't be used ({reason}); the default "
                      "weights 60, 24, 8 and 8 are used instead.")
    _cache["weights"] = result
    return result
