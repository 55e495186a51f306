"""Dates in an import, read as the workspace keeps them: a year, or a year and a month.

Accepted: ``2019``, ``2019-11``, ``2019-11-01``, ``2019/11`` (JSON Resume and its variants);
``Nov 2019``, ``November 2019`` and the month names of German, French, Spanish, Italian,
Portuguese and Dutch, full or shortened, with or without accents (``Dez 2017``, ``janv. 2018``,
``Déc 2019``, ``ene 2020``, ``set 2019``, ``mrt 2019``); what spreadsheets make of them when they
save the file (``Nov-19``, ``janv.-18``, ``1-Nov-19``, ``11/2019``, ``11/1/2019``,
``01/11/2019``). Empty, "Present", "heute", "aujourd'hui", "至今" and similar mean a current role.

The workspace keeps no day, so a day past the month's end ("2024-09-31", a typo or a tool's
bug) reads as that month and the import report says so. A ``date`` field that holds a whole range
("2019/06-2019/08", "2020/10至今") is split into its start and end.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata
from typing import Any

from ..errors import ImportFormatError
from ..fields import HELD_NOW, parse_date
from .report import Notes
from .text import one_line, shorten, show

__all__ = [ "date_field", "dates_in_order", "normalise_date",
           "split_range"]

_MONTH_NAMES = {
    1: ["january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"],
    2: ["february", "februar", "février", "febrero", "febbraio", "fevereiro", "februari"],
    3: ["march", "märz", "maerz", "mars", "marzo", "março", "maart", "mrt"],
    4: ["april", "avril", "abril", "aprile"],
    5: ["may", "mai", "mayo", "maggio", "maio", "mei"],
    6: ["june", "juni", "juin", "junio", "giugno", "junho"],
    7: ["july", "juli", "juillet", "julio", "luglio", "julho"],
    8: ["august", "août", "agosto", "augustus"],
    9: ["september", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
    10: ["october", "oktober", "octobre", "octubre", "ottobre", "outubro"],
    11: ["november", "novembre", "noviembre", "novembro"],
    12: ["december", "dezember", "décembre", "diciembre", "dicembre", "dezembro"],
}


def _fold(word: str) -> str:
    """Lower case without accents: "Déc" -> "dec", "März" -> "marz"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _month_table() -> dict[str, int]:
    """Every full name, and every prefix of three letters or more that only one month has."""
    seen: dict[str, set[int]] = {}
    for month, names in _MONTH_NAMES.items():
        for name in names:
            for form in {name, _fold(name)}:
                seen.setdefault(form, set()).add(month)
                for n in range(3, len(form)):
                    seen.setdefault(form[:n], set()).add(month)
    return {word: next(iter(months)) for word, months in seen.items() if len(months) == 1}


MONTHS = _month_table()
_CURRENT = HELD_NOW
_ISO = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})")  # 201911
_WORD = r"([^\W\d_]+)"
_NAMED = re.compile(_WORD + r"\.?[\s,/.'-]*(\d{4}|\d{2})")  # Nov 2019, janv.-18, Dez. 2017
_DAY_NAMED = re.compile(r"(\d{1,2})\.?[\s/-]+" + _WORD + r"\.?[\s/,-]+(\d{4}|\d{2})")  # 1-Nov-19
_YEAR_NAMED = re.compile(r"(\d{4})[\s/-]+" + _WORD + r"\.?")  # 2019 Nov
_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{4})")  # 11/2019
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")  # 11/1/2019 or 01/11/2019
_RANGE = re.compile(r"\s*(?:--?|–|—|~|至|到|bis|to|until|till|au|à|al|a|tot|t/m)\s*",
                    re.IGNORECASE)


class BadDate(ValueError):
    """A date that can't be read; ``reason`` says why in words."""

    def __init__(self, reason: str = "") -> None:
        super().__init__(reason)
        self.reason = reason


def month_number(word: str) -> int | None:
    """The month a name or its short form means, in any of the seven languages."""
    return MONTHS.get(_fold(word).rstrip("."))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # a spreadsheet's "Nov-19": this century unless that is in the future
        year += 2000 if 2000 + year <= _dt.date.today().year + 1 else 1900
    if not 1900 <= year <= 2100:
        raise BadDate("the year should be between 1900 and 2100")
    return year


def _month(number: int) -> int:
    if not 1 <= number <= 12:
        raise BadDate(f"there is no month {number}")
    return number


def normalise_date(value: str) -> tuple[str | None, tuple[str, str] | None]:
    """A date in any accepted form as ``YYYY`` or ``YYYY-MM`` (``None`` for current), and a note.

    The note is ``None`` or (kind, message): what was "fixed" or "guessed", for the import
    report. Raises ``BadDate`` for text that is not a date.
    """
    text = " ".join(value.split()).lower()
    if not text or text in _CURRENT or text.rstrip(".") in _CURRENT:
        return None, None
    if m := _ISO.fullmatch(text):
        return _iso(m)
    if (m := _COMPACT.fullmatch(text)) and 1 <= int(m.group(2)) <= 12:
        return f"{_year(m.group(1)):04d}-{int(m.group(2)):02d}", None
    for pattern, month_group, year_group in _NAMED_FORMS:
        if (m := pattern.fullmatch(text)) and month_number(m.group(month_group)):
            return (f"{_year(m.group(year_group)):04d}-"
                    f"{month_number(m.group(month_group)):02d}"), None
    if m := _MONTH_YEAR.fullmatch(text):
        return f"{_year(m.group(2)):04d}-{_month(int(m.group(1))):02d}", None
    if m := _NUMERIC.fullmatch(text):
        return _numeric(int(m.group(1)), int(m.group(2)), _year(m.group(3)))
    raise BadDate()


#: The forms that name the month, in the order they are tried: (pattern, the month's group,
#: the year's group).
_NAMED_FORMS = ((_NAMED, 1, 2), (_DAY_NAMED, 2, 3), (_YEAR_NAMED, 2, 1))


def _iso(m: re.Match) -> tuple[str, tuple[str, str] | None]:
    """An ISO date (``2019``, ``2019-11``, ``2019-11-05``) kept to its month; a day that is not
    in that month is noted as fixed."""
    year = _year(m.group(1))
    if m.group(2) is None:
        return f"{year:04d}", None
    month = _month(int(m.group(2)))
    note = None
    if m.group(3) is not None:
        day = int(m.group(3))
        last = calendar.monthrange(year, month)[1]
        if day > 31:
            raise BadDate(f"there is no day {day} in a month")
        if day == 0 or day > last:
            name = calendar.month_name[month]
            note = ("fixed", f"day {day} is not a day of {name} {year}; read as {name} "
                    f"{year} (the workshop keeps the month, not the day).")
    return f"{year:04d}-{month:02d}", note


def _numeric(a: int, b: int, year: int) -> tuple[str, tuple[str, str] | None]:
    # LinkedIn dates are month and year, so a spreadsheet writes day 1: 11/1/2019 (US) or
    # 01/11/2019 (elsewhere). A part over 12 is the day; otherwise the part that is not 1.
    if a > 12:
        month = b
    elif b > 12 or a == b or b == 1:
        month = a
    elif a == 1:
        month = b
    else:
        raise BadDate(f"{a}/{b} could be day/month or month/day")
    return f"{year:04d}-{_month(month):02d}", None


def split_range(value: str) -> tuple[str, str] | None:
    """A range in one field ("2019/06-2019/08", "Jan 2018 - Present") as (start, end)."""
    text = one_line(value)
    for m in _RANGE.finditer(text):
        start, end = text[:m.start()].strip(), text[m.end():].strip()
        if not start:
            continue
        try:
            normalise_date(start)
            normalise_date(end)
        except BadDate:
            continue
        return start, end
    if text.endswith(("至今", "今", "现在")):
        return text.rstrip("至今现在").strip(), ""
    return None


def date_field(value: Any, *, expected: str, source: str, row: int, field: str, where: str,
               notes: Notes, place: str) -> str | None:
    """Read one date cell or property, or refuse the file saying what to type."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 9999:
        value = str(value)  # "startDate": 2019, a hand-written year
    if not isinstance(value, str):
        raise ImportFormatError(f"{where} has {field.rsplit('.', 1)[-1]} {show(value)}; write "
                                f"it as text in the form {expected}.", file=source, row=row,
                                field=field)
    try:
        date, note = normalise_date(one_line(value))
    except BadDate as exc:
        why = f" ({exc.reason})" if exc.reason else ""
        raise ImportFormatError(f"{where} has {field.rsplit('.', 1)[-1]} '{shorten(value)}'"
                                f"{why}; write it in the form {expected}.", file=source,
                                row=row, field=field) from None
    if note:
        notes.add(note[0], f"'{shorten(value)}': {note[1]}", row=row, field=field, where=place)
    return date


def dates_in_order(start: str | None, end: str | None, *, source: str, row: int, field: str,
                   where: str) -> tuple[str | None, str | None]:
    """Refuse an end before the start; a bare year compares by year only ("2019-05" to "2019")."""
    if start is None or end is None:
        return start, end
    (ys, ms), (ye, me) = parse_date(start), parse_date(end)
    bare = len(start) == 4 or len(end) == 4
    if ye < ys or (not bare and ye == ys and me < ms):
        raise ImportFormatError(f"{where} ends ({end}) before it starts ({start}): swap the two "
                                "dates or correct one.", file=source, row=row, field=field)
    return start, end
