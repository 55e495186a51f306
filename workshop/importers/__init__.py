"""Importing past roles from a JSON Resume, a LinkedIn ``Positions.csv``, or LinkedIn's export zip.

Every importer gives a fresh :class:`~workshop.model.Workspace` whose roles are numbered ``r1``,
``r2``, ... in file order, unrated (the participant rates them in notebooks 02 and 03), and an
:class:`ImportReport`: how many roles and results came in, and each thing skipped, guessed or
fixed, with its row. ``import_with_report`` and ``import_bytes_with_report`` return both (the
command line and notebook 01 show the report); ``import_file`` returns the workspace alone.

Every file that can't be imported is refused with an :class:`ImportFormatError` naming the file,
the row (a spreadsheet's row number for a CSV file, header = row 1; the job's position in
``work`` counting from 1 for JSON) and the field, in one line. Nothing else escapes: no
``KeyError``, ``UnicodeDecodeError``, ``csv.Error`` or ``zipfile`` error reaches the participant.

The package, one idea per module:

- ``files``: reading a path (size limits, folders, unreadable files);
- ``encoding``: bytes to text, UTF-8 or UTF-16 or detected with charset-normalizer;
- ``text``: cleaning text, splitting descriptions into bullets and lines;
- ``dates``: dates in every form and seven languages' month names;
- ``results``: a result statement and the number it carries (via ``workshop.numbers``);
- ``jsonresume`` and ``linkedin``: the two formats (``linkedin`` reads the zip too);
- ``build``: the checked roles and workspace; ``report``: the import report.
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import ImportFormatError
from ..fields import MAX_ITEMS as MAX_IMPORT_ROWS  # jobs in one file, the most a workspace holds
from ..jsontext import load_json_text
from ..model import Workspace
from .encoding import decode
from .files import MAX_IMPORT_BYTES, read_bytes, source_name, too_large
from .jsonresume import parse_json_resume, read_json_resume
from .linkedin import LINKEDIN_COLUMNS, parse_linkedin_csv, read_linkedin_csv, read_linkedin_zip
from .report import Imported, ImportNote, ImportReport, Notes

__all__ = [
    "MAX_IMPORT_BYTES",
    "MAX_IMPORT_ROWS",
    "LINKEDIN_COLUMNS",
    "ImportNote",
    "ImportReport",
    "Imported",
    "import_bytes_with_report",
    "import_file",
    "import_with_report",
    "parse_json_resume",
    "parse_linkedin_csv",
]

_KINDS = {"json": "json", "csv": "csv", "zip": "zip"}
_WHAT = "a JSON Resume (.json), LinkedIn's Positions.csv (.csv) or LinkedIn's export zip (.zip)"


def import_with_report(path: Any) -> Imported:
    """Import a file chosen by its extension (.json, .csv or .zip), with the import report."""
    source = source_name(path)
    kind = _kind(source)
    raw, source = read_bytes(source)
    return _import(kind, raw, source)


def import_bytes_with_report(filename: str, raw: bytes) -> Imported:
    """Import an uploaded file's bytes (from a notebook's upload button), chosen by its name."""
    source = str(filename or "upload")
    if len(raw) > MAX_IMPORT_BYTES:
        raise too_large(len(raw), source)
    return _import(_kind(source), bytes(raw), source)


def import_file(path: Any) -> Workspace:
    """Import a JSON Resume (``.json``), a LinkedIn ``Positions.csv`` (``.csv``) or LinkedIn's
    export zip (``.zip``), chosen by extension."""
    return import_with_report(path).workspace


def _kind(source: str) -> str:
    ext = os.path.splitext(source)[1].lower().lstrip(".")
    if ext in _KINDS:
        return _KINDS[ext]
    shown = f"'.{ext}' files" if ext else "files without an extension"
    raise ImportFormatError(f"can't import {shown}: the importer reads {_WHAT}.", file=source)


def _import(kind: str, raw: bytes, source: str) -> Imported:
    notes = Notes()
    if raw.startswith(b"PK\x03\x04") or kind == "zip":
        if not raw.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            raise ImportFormatError("this file is named .zip but is not a zip archive: import "
                                    "the LinkedIn export zip itself, or its Positions.csv.",
                                    file=source)
        raw, source = read_linkedin_zip(raw, source, notes)
        kind = "csv"
    text = decode(raw, source, notes)
    if kind == "csv":
        return read_linkedin_csv(text, source=source, notes=notes)
    data = load_json_text(text, error=ImportFormatError, file=source, what="a JSON Resume")
    return read_json_resume(data, source=source, notes=notes)
