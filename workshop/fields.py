"""One field at a time: the limits on what a workspace holds, dates, and the checkers that
turn a raw value (from a file, a form or an importer) into a clean field value.

Each checker takes the record's raw fields and the key of one field, and returns the clean value
or raises a ``ValidationError`` naming that field; ``workshop.model`` builds its records from
them. No records here, no widgets, no pandas.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .errors import ValidationError

__all__ = [
    "MAX_TEXT", "MAX_LONG_TEXT", "MAX_ITEMS", "MAX_FILE_BYTES", "MAX_VALUE",
    "parse_date", "months_between", "HELD_NOW", "held_now", "ends_before", "short", "clip",
    "encodes",
    "text_field", "rating_field", "list_field", "object_field", "date_field", "number_field",
    "choice_field", "names_field",
]

MAX_TEXT = 2000  # characters in one free-text field
MAX_LONG_TEXT = 20000  # the answer text
MAX_ITEMS = 200  # roles, skills per role, results per role, goals
# The most a workspace file may hold, in bytes: the store refuses to save more and reads no more,
# so what the kit writes it can read. (Every item at its longest would pass the limits above
# many times over; this one bounds the whole.)
MAX_FILE_BYTES = 5 * 1024 * 1024

_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2}))?$")
# A year and month typed another common way ("2022-6", "2022/06", "2022.6"): read as YYYY-MM
_LOOSE_DATE = re.compile(r"^([0-9]{4})\s*[-/.]\s*(0?[1-9]|1[0-2])$")
_THOUSANDS = re.compile(r"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
MAX_VALUE = 1e15  # larger is not a measurement
# What an end date says when the job is held now ("Present", "till date", "heute"): the role
# keeps no end, so it is told in the present (the importers read the same words).
HELD_NOW = frozenset({"present", "current", "now", "today", "ongoing", "heute", "aktuell", "jetzt",
            "bis heute", "aujourd'hui", "aujourd’hui", "actuel", "actuellement", "présent",
            "actualidad", "actual", "presente", "hoy", "oggi", "attuale", "atual", "hoje",
            "heden", "nu", "huidig", "至今", "今", "现在", "現在", "till date", "to date",
            "till now", "until now", "currently", "presently", "to present", "present day",
            "still here", "still there", "still working", "still working there"})


def held_now(value: object) -> bool:
    """True for an end typed as a word of now ("Present", "now.", " Current ", "to date")."""
    if not isinstance(value, str):
        return False
    text = " ".join(value.split()).lower().rstrip(".")
    return text in HELD_NOW or text.strip("-–—()[] ") in HELD_NOW


def parse_date(value: str) -> tuple[int, int]:
    """``YYYY`` or ``YYYY-MM`` as (year, month); a bare year counts as January.

    Raises ``ValidationError`` (a ``ValueError`` too) for anything else."""
    m = _DATE.match(value) if isinstance(value, str) else None
    if not m:
        raise ValidationError(f"'{short(value)}' is not a date; write it as YYYY or YYYY-MM, "
                              "for example 2019-11.")
    year, month = int(m.group(1)), int(m.group(2) or 1)
    if not 1 <= month <= 12 or not 1900 <= year <= 2100:
        raise ValidationError(f"'{value}' is not a date between 1900 and 2100 with a month from "
                              "01 to 12.")
    return year, month


def months_between(start: str, end: str | None, today: tuple[int, int] | None = None) -> int:
    """Whole months from start to end (or to ``today``, as (year, month), for a current role; the
    caller passes it, from ``clock.this_month()``), at least 1."""
    y1, m1 = parse_date(start)
    if end is None:
        if today is None:
            raise TypeError("months_between needs today's month for a role with no end")
        y2, m2 = today
    else:
        y2, m2 = parse_date(end)
    return max(1, (y2 - y1) * 12 + (m2 - m1))


def clip(text: str, limit: int = MAX_TEXT) -> str:
    """Cut text to ``limit`` characters at a word boundary, marking the cut with an ellipsis:
    every place the kit shortens a participant's words (a chart label, an undo button, a
    message) cuts here, so a quote never ends mid-word."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if text[limit - 1].isalnum() and space > limit // 2:  # the cut falls inside a word
        cut = cut[:space]
    return cut.rstrip() + "…"


def short(value: object) -> str:
    """A value for an error message, cut short (a huge number or text stays one short line)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return "a number with more than 30 digits"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def ends_before(start: str, end: str) -> bool:
    """True when ``end`` is before ``start``; a bare year compares by year only."""
    (y1, m1), (y2, m2) = parse_date(start), parse_date(end)
    if len(start) == 4 or len(end) == 4:
        return y2 < y1
    return (y2, m2) < (y1, m1)

def encodes(text: str) -> bool:
    """False for text holding half of a character (a lone surrogate, as a broken paste gives)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def text_field(data: dict, key: str, *, required: bool = False, limit: int = MAX_TEXT,
          default: str = "") -> str:
    value = data.get(key, None)
    if value is None:
        if required:
            raise ValidationError(f"'{key}' is missing: type a {key.replace('_', ' ')}.", field=key)
        return default
    if not isinstance(value, str):
        raise ValidationError(
            f"'{key}' should be text, not {type(value).__name__}.", field=key)
    value = value.strip()
    if required and not value:
        raise ValidationError(f"'{key}' is empty: type a {key.replace('_', ' ')}.", field=key)
    if not encodes(value):
        raise ValidationError(f"'{key}' holds a broken character (half of an emoji or symbol); "
                              "retype the text.", field=key)
    if len(value) > limit:
        raise ValidationError(
            f"'{key}' is {len(value)} characters long; keep it under {limit}.", field=key)
    return value


def rating_field(data: dict, key: str) -> int | None:
    value = data.get(key, None)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            f"'{key}' should be a whole number from 1 to 5, not {short(value)}.", field=key)
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise ValidationError(
                f"'{key}' should be a whole number from 1 to 5, not {short(value)}.", field=key)
        value = int(value)
    if not 1 <= value <= 5:
        raise ValidationError(f"'{key}' is {short(value)}; ratings go from 1 to 5.", field=key)
    return value


def list_field(data: dict, key: str) -> list:
    value = data.get(key, None)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(f"'{key}' should be a list, not {type(value).__name__}.", field=key)
    if len(value) > MAX_ITEMS:
        raise ValidationError(f"'{key}' has {len(value)} entries; the most is {MAX_ITEMS}.",
                              field=key)
    return value


def object_field(value: Any, what: str) -> dict:
    if not isinstance(value, dict):
        raise ValidationError(f"{what} should be an object with fields, not "
                              f"{type(value).__name__}.")
    return value


def date_field(data: dict, key: str, *, required: bool) -> str | None:
    value = data.get(key, None)
    if key == "end" and held_now(value):
        value = None  # "Present", "now", "current": the job is held now, it has no end
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(f"'{key}' is missing: give it as YYYY or YYYY-MM, "
                                  "for example 2019-11.", field=key)
        return None
    if not isinstance(value, str):
        raise ValidationError(f"'{key}' should be a date like 2019-11, not {short(value)}.",
                              field=key)
    value = value.strip()
    loose = _LOOSE_DATE.match(value)
    if loose:  # "2022-6": the same month, said the way the file format writes it
        value = f"{loose.group(1)}-{int(loose.group(2)):02d}"
    try:
        parse_date(value)
    except ValueError:
        raise ValidationError(f"'{key}' is '{value}'; write it as YYYY or YYYY-MM, "
                              "for example 2019-11.", field=key) from None
    return value



def number_field(value: Any, key: str) -> float | int | None:
    """A number field: ``None``, a number, or text such as "18", "2.5" or "1,200" (never
    "1,5", which is refused rather than read as 15)."""
    if value is None:
        return None
    original = value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if _THOUSANDS.match(text):
            text = text.replace(",", "")
        try:
            value = float(text)
        except ValueError:
            raise ValidationError(f"'{key}' is '{original}'; type a number such as 18 "
                                  "or 2.5, or leave it empty.", field=key) from None
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not abs(value) < MAX_VALUE:
        raise ValidationError(f"'{key}' is {short(original)}; type a number such as "
                              "18, below a million billion.", field=key)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value


def choice_field(data: dict, key: str, choices: tuple[str, ...]) -> str:
    """An optional field that is one of ``choices`` ("" when absent)."""
    value = data.get(key) or ""
    if value not in ("", *choices):
        raise ValidationError(f"'{key}' is {short(value)}; pick one of: {', '.join(choices)}, "
                              "or leave it empty.", field=key)
    return value


def names_field(data: dict, key: str) -> list[str]:
    """A list of short names (``enabled_by``): each a non-empty text, no repeats."""
    out: list[str] = []
    for i, item in enumerate(list_field(data, key)):
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(f"'{key}[{i}]' is {short(item)}; it should name one of the "
                                  "role's skills.", field=f"{key}[{i}]")
        name = " ".join(item.split())[:200]
        if name not in out:
            out.append(name)
    return out
