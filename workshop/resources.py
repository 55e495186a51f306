"""Finding and reading the kit's data files (rubrics, levels, phrase lists, personas).

The data lives in the repository's ``data/`` folder; an installed wheel carries a copy as
``workshop/_data``. ``WORKSHOP_DATA`` points elsewhere, for a facilitator's own lists.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from . import config
from .errors import NotFoundError, ValidationError, WorkshopError
from .fileio import read_regular
from .jsontext import load_json_text
from .store import read_workspace

__all__ = ["data_dir", "data_file", "load_json", "per_data_folder", "persona_paths", "persona_path",
           "persona_label"]

F = TypeVar("F", bound=Callable)


def data_dir() -> Path:
    """The folder holding the kit's data files."""
    override = config.data_dir()
    if override:
        return override
    return _kit_data_dir()


@functools.cache  # asked per full stop (abbreviations): resolved once, not per sentence
def _kit_data_dir() -> Path:
    here = Path(__file__).resolve().parent
    packaged = here / "_data"
    if packaged.is_dir():
        return packaged
    return here.parent / "data"


MAX_DATA_BYTES = 5 * 2**20  # the largest data file is a few dozen KB


def data_file(name: str) -> Path:
    """``<data folder>/<name>``, or the kit's own copy when a facilitator's ``WORKSHOP_DATA``
    folder has no such file (for files added after the folder was copied)."""
    path = data_dir() / name
    return path if path.is_file() else _kit_data_dir() / name


def read_data_json(path: str, what: str = "a data file") -> object:
    """The JSON of the data file at ``path``, read like every data file: a regular file within
    ``MAX_DATA_BYTES``; a facilitator's edit that broke it is a ``ValidationError`` naming the
    file (``what`` it is), in one line, not a traceback."""
    text = read_regular(path, MAX_DATA_BYTES).decode("utf-8", errors="replace")
    return load_json_text(text, error=ValidationError, file=path, what=what)


def read_checked_json(path: str, problem_of, about: str) -> object:
    """The JSON of the data file at ``path`` (``read_data_json``), checked by ``problem_of``
    (data -> ``(key, what is wrong)`` for the first key that is unknown or of the wrong shape,
    or None). Raises ``ValidationError`` naming the file, the key and ``about`` (what
    data/README.md describes the keys of)."""
    data = read_data_json(path)
    problem = problem_of(data)
    if problem is not None:
        key, message = problem
        raise ValidationError(f"{message} data/README.md says what each key of "
                              f"{about} holds.", file=path, field=key)
    return data


@functools.lru_cache(maxsize=64)
def _folder_of(setting: str) -> str:
    return str(data_dir().resolve())


def data_key() -> str:
    """The data folder in use, resolved (``WORKSHOP_DATA`` or the kit's own): what every cached
    reading of the data is kept under, so a kernel pointed at a facilitator's edited folder
    reads that folder's lists, not the ones it read first. Cheap: resolved once per setting."""
    return _folder_of(config.data_setting())


def per_data_folder(func: F) -> F:
    """``functools.cache`` for a reader of the data files (lists, patterns built from them): its
    value is kept per data folder in use (``data_key``) and per argument."""
    cached = functools.lru_cache(maxsize=1024)(lambda _folder, *args, **kw: func(*args, **kw))

    @functools.wraps(func)
    def reader(*args, **kw):
        return cached(data_key(), *args, **kw)

    reader.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return reader  # type: ignore[return-value]


@functools.cache
def _load_json_cached(path: str) -> object:
    return read_data_json(path)


def load_json(name: str) -> object:
    """Read ``data/<name>`` as JSON, kept per data folder in use (``data_key``): the data files
    don't change while the kit runs, but the folder it is pointed at may."""
    return _load_json_cached(str(Path(data_key()) / name))


def persona_paths() -> dict[str, Path]:
    """The sample personas, by short name (the file name without ``.json``), sorted."""
    folder = data_dir() / "personas"
    return {p.stem: p for p in sorted(folder.glob("*.json"))}


def persona_path(name: str) -> Path:
    """The file of one persona; raises ``NotFoundError`` (a ``KeyError``) naming the ones there
    are."""
    paths = persona_paths()
    if name not in paths:
        raise NotFoundError(f"there is no sample persona '{name}'; there are: "
                            f"{', '.join(paths) or 'none'}.")
    return paths[name]


def persona_label(name: str, path: Path) -> str:
    """"Enjoyed trap (Jonas)" for ``enjoyed_trap.json``; the name alone if the file is odd."""
    label = name.replace("_", " ").replace("-", " ").strip().capitalize() or name
    try:
        who = read_workspace(path).participant.get("name")
    except WorkshopError:
        who = None
    if isinstance(who, str) and who.strip():
        label = f"{label} ({who.strip()[:60]})"
    return label
