"""Reading an import file from disk: its bytes and its name for messages, with every problem
(no such file, a folder, too large, unreadable) turned into an :class:`ImportFormatError`."""

from __future__ import annotations

import os
from typing import Any

from ..errors import FileAccessError, ImportFormatError
from ..fileio import read_regular

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
    """The file's bytes (at most ``MAX_IMPORT_BYTES``) and its name for messages, read through
    the kit's bounded reader: a folder, a pipe or a device is refused at once, never waited on."""
    source = source_name(path)
    try:
        raw = read_regular(source, MAX_IMPORT_BYTES)
    except FileNotFoundError:
        raise ImportFormatError("there is no such file: check the name and the folder.",
                                file=source) from None
    except FileAccessError as exc:
        raise ImportFormatError(exc.message, file=source) from exc
    if len(raw) > MAX_IMPORT_BYTES:  # it grew while it was read
        raise too_large(len(raw), source)
    return raw, source


def too_large(size: int, source: str) -> ImportFormatError:
    return ImportFormatError(
        f"the file is {size / 2**20:.1f} MB; the importer reads files up to "
        f"{MAX_IMPORT_BYTES // 2**20} MB (a JSON Resume or Positions.csv is usually a few KB). "
        "Is it the right file?", file=source)
