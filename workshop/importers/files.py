"""Reading an import file from disk: its bytes and its name for messages, with every problem
(no such file, a folder, too large, unreadable) turned into an :class:`ImportFormatError`."""

from __future__ import annotations

import os
import stat
from typing import Any

from ..errors import ImportFormatError

__all__ = ["MAX_IMPORT_BYTES", "read_bytes", "source_name", "too_large"]

MAX_IMPORT_BYTES = 5 * 1024 * 1024


def source_name(path: Any) -> str:
    """The path as text, or a refusal for something that is not a path."""
    try:
        source = os.fspath(path)
    except TypeError:
        raise ImportFormatError(f"a {type(path).__name__} is not a file path: give the path of "
                                "a .json, .csv or .zip file.") from None
    return os.fsdecode(source) if isinstance(source, bytes) else source


def read_bytes(path: Any) -> tuple[bytes, str]:
    """The file's bytes (at most ``MAX_IMPORT_BYTES``) and its name for messages."""
    source = source_name(path)
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise ImportFormatError("there is no such file: check the name and the folder.",
                                file=source) from None
    except (OSError, ValueError) as exc:
        raise ImportFormatError(f"the file can't be opened ({_reason(exc)}).",
                                file=source) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ImportFormatError("this is a folder, not a file: pick the .json or .csv file "
                                "inside it.", file=source)
    if info.st_size > MAX_IMPORT_BYTES:  # refuse before reading a byte
        raise too_large(info.st_size, source)
    try:
        with open(source, "rb") as fh:
            raw = fh.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ImportFormatError(f"the file can't be read ({_reason(exc)}).",
                                file=source) from exc
    if len(raw) > MAX_IMPORT_BYTES:  # it grew, or it is not a regular file
        raise too_large(len(raw), source)
    return raw, source


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def too_large(size: int, source: str) -> ImportFormatError:
    return ImportFormatError(
        f"the file is {size / 2**20:.1f} MB; the importer reads files up to "
        f"{MAX_IMPORT_BYTES // 2**20} MB (a JSON Resume or Positions.csv is usually a few KB). "
        "Is it the right file?", file=source)
