"""Turning an imported file's bytes into text, whatever encoding the program that saved it used.

UTF-8 (with or without a byte-order mark) is read directly. A UTF-16 file (Excel's "Unicode
text") is read from its byte-order mark. Anything else, typically Windows-1252 or Latin-1 from a
spreadsheet's plain "CSV" save, is identified with ``charset-normalizer`` (kept by the jawah
community, used by ``requests``), and the import report says which encoding was read. Only bytes
that no text encoding explains are refused, with the old advice to save as UTF-8.

Why a library and not a fixed fallback to Windows-1252: a fixed fallback silently turns Central
European, Cyrillic or Mac Roman text into wrong letters. ``tools/check_real_imports.py`` re-saves
each real export in Windows-1252, Latin-1 and UTF-16 and checks the text comes back exactly; the
figures are in ``docs/importers.md``.
"""

from __future__ import annotations

import codecs

from ..errors import ImportFormatError
from .report import Notes

__all__ = ["decode"]

_NAMES = {"cp1252": "Windows-1252", "latin_1": "Latin-1", "iso8859_1": "Latin-1",
          "iso8859_15": "Latin-9", "cp1250": "Windows-1250", "mac_roman": "Mac Roman",
          "utf_16": "UTF-16", "utf_16_le": "UTF-16", "utf_16_be": "UTF-16", "cp850": "DOS"}


def decode(raw: bytes, source: str, notes: Notes) -> str:
    """The file's text; a note when it was not UTF-8; an ImportFormatError when it is not text."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFormatError("the file says it is UTF-16 text but is damaged: save it "
                                    "again as UTF-8 (in Excel: 'CSV UTF-8'), then import it.",
                                    file=source) from None
        notes.add("fixed", "the file is saved as UTF-16 text; read as UTF-16.")
        return _checked(text.removeprefix("\ufeff"), source)
    if b"\x00" in raw:
        raise ImportFormatError("this is a binary file, not text: pick the .json or .csv file "
                                "itself.", file=source)
    try:
        return _checked(raw.decode("utf-8-sig"), source)
    except UnicodeDecodeError as exc:
        first_bad = exc
    text, encoding = _detect(raw)
    if text is None:
        line = raw[:first_bad.start].count(b"\n") + 1
        raise ImportFormatError(
            f"the file is not UTF-8 text (byte 0x{raw[first_bad.start]:02x} on line {line}) and "
            "no other text encoding fits it: save it again as UTF-8 (in Excel: 'CSV UTF-8'), "
            "then import it.", file=source) from first_bad
    notes.add("fixed", f"the file is not UTF-8; read as {encoding} text (check that accented "
              "letters look right).")
    return _checked(text, source)


# Among encodings that read the bytes equally cleanly (short files often leave several), the
# ones spreadsheet programs write come first.
_PREFERRED = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "mac_roman",
              "iso8859_15", "latin_1")


def _detect(raw: bytes) -> tuple[str | None, str]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches:
        return None, ""
    lowest = min(m.chaos for m in matches)
    tied = {codecs.lookup(m.encoding).name.replace("-", "_"): m for m in matches
            if m.chaos <= lowest + 0.01}
    chosen = next((tied[name] for name in _PREFERRED if name in tied), matches[0])
    name = codecs.lookup(chosen.encoding).name.replace("-", "_")
    text = str(chosen)
    try:
        if raw.decode("cp1252") == text:  # the same letters: name the usual code page
            name = "cp1252"
    except UnicodeDecodeError:
        pass
    return text, _NAMES.get(name, chosen.encoding)


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise ImportFormatError("the file is empty: there are no jobs in it.", file=source)
    return text
