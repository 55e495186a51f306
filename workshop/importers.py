"""Importing past roles from a JSON Resume file or a LinkedIn ``Positions.csv`` export.

Both importers give a fresh :class:`~workshop.model.Workspace` whose roles are numbered ``r1``,
``r2``, ... in file order, unrated (the participant rates them in notebooks 02 and 03). A JSON
Resume's ``highlights`` and the accomplishment lines of a LinkedIn description become result
statements, with their number, unit and scope filled in when the text carries them.

Every file that can't be imported is refused with an :class:`ImportFormatError` naming the file,
the row (a spreadsheet's row number for a CSV file, header = row 1; the job's position in
``work`` counting from 1 for JSON) and the field. Nothing else escapes: no ``KeyError``,
``UnicodeDecodeError`` or ``csv.Error`` reaches the participant.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import math
import os
import re
import stat
from typing import Any

from .errors import ImportFormatError, ValidationError
from .jsontext import load_json_text
from .model import MAX_ITEMS, MAX_TEXT, Result, Role, Workspace, parse_date

__all__ = [
    "MAX_IMPORT_BYTES",
    "MAX_IMPORT_ROWS",
    "LINKEDIN_COLUMNS",
    "import_bytes",
    "import_file",
    "import_json_resume",
    "import_linkedin_csv",
    "parse_json_resume",
    "parse_linkedin_csv",
]

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = MAX_ITEMS  # jobs in one file, the most a workspace holds
LINKEDIN_COLUMNS = ("Company Name", "Title", "Description", "Location", "Started On",
                    "Finished On")
_REQUIRED_COLUMNS = ("Company Name", "Title", "Started On", "Finished On")
_LINKEDIN_HEADER = ",".join(LINKEDIN_COLUMNS)
_MAX_SHORT = 200  # a participant's name: the model's limit for short text

# --- reading files --------------------------------------------------------------------------


def _read_text(path: Any) -> tuple[str, str]:
    """The file's text and its name for messages; every problem becomes an ImportFormatError."""
    try:
        source = os.fspath(path)
    except TypeError:
        raise ImportFormatError(f"a {type(path).__name__} is not a file path: give the path of "
                                "a .json or .csv file.") from None
    if isinstance(source, bytes):
        source = os.fsdecode(source)
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
        raise _too_large(info.st_size, source)
    try:
        with open(source, "rb") as fh:
            raw = fh.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ImportFormatError(f"the file can't be read ({_reason(exc)}).",
                                file=source) from exc
    if len(raw) > MAX_IMPORT_BYTES:  # it grew, or it is not a regular file
        raise _too_large(len(raw), source)
    return _decode(raw, source), source


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _too_large(size: int, source: str) -> ImportFormatError:
    return ImportFormatError(
        f"the file is {size / 2**20:.1f} MB; the importer reads files up to "
        f"{MAX_IMPORT_BYTES // 2**20} MB (a JSON Resume or Positions.csv is usually a few KB). "
        "Is it the right file?", file=source)


def _decode(raw: bytes, source: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFormatError("the file is saved as UTF-16 text; save it again as UTF-8 (in "
                                "Excel: 'CSV UTF-8'), then import it.", file=source)
    if raw.startswith(b"PK\x03\x04"):
        raise ImportFormatError("this is a zip archive or an Excel workbook, not a text file: "
                                "unzip the LinkedIn export, or save the sheet as 'CSV UTF-8'.",
                                file=source)
    if b"\x00" in raw:
        raise ImportFormatError("this is a binary file, not text: pick the .json or .csv file "
                                "itself.", file=source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ImportFormatError(
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line}): save it "
            "again as UTF-8 (in Excel: 'CSV UTF-8'), then import it.", file=source) from exc
    if not text.strip():
        raise ImportFormatError("the file is empty: there are no jobs in it.", file=source)
    return text


def import_file(path: Any) -> Workspace:
    """Import a JSON Resume (``.json``) or a LinkedIn ``Positions.csv`` (``.csv``), by extension."""
    try:
        source = os.fsdecode(os.fspath(path))
    except TypeError:
        raise ImportFormatError(f"a {type(path).__name__} is not a file path: give the path of "
                                "a .json or .csv file.") from None
    ext = os.path.splitext(source)[1].lower()
    if ext == ".json":
        return import_json_resume(source)
    if ext == ".csv":
        return import_linkedin_csv(source)
    shown = f"'{ext}' files" if ext else "files without an extension"
    raise ImportFormatError(f"can't import {shown}: the importer reads a JSON Resume (.json) or "
                            "a LinkedIn Positions.csv export (.csv).", file=source)


def import_json_resume(path: Any) -> Workspace:
    """Read a JSON Resume file (https://jsonresume.org) into a new workspace."""
    text, source = _read_text(path)
    return _parse_json_resume_text(text, source)


def _parse_json_resume_text(text: str, source: str) -> Workspace:
    data = load_json_text(text, error=ImportFormatError, file=source, what="a JSON Resume")
    return parse_json_resume(data, source=source)


def import_linkedin_csv(path: Any) -> Workspace:
    """Read LinkedIn's ``Positions.csv`` (from "Get a copy of your data") into a new workspace."""
    text, source = _read_text(path)
    return parse_linkedin_csv(text, source=source)


# --- cleaning text --------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–—+]|\d{1,2}[.)])\s+")


def _clean_block(text: str) -> str:
    """Text with line ends normalised, control characters and lone surrogates dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return _CONTROL.sub("", text.replace("\ufeff", ""))


def _one_line(text: str) -> str:
    return " ".join(_clean_block(text).split())


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    """Cut text to ``limit`` characters at a word boundary, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _first_line(text: str) -> str:
    for line in _clean_block(text).split("\n"):
        line = " ".join(_BULLET.sub("", line).split())
        if line:
            return _clip(line)
    return ""


# --- dates ----------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_CURRENT = {"present", "current", "now", "today", "ongoing"}
_ISO = re.compile(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?")
_NAMED = re.compile(r"([a-z]+)\.?[\s,/-]*(\d{4}|\d{2})")  # Nov 2019, November 2019, Nov-19
_DAY_NAMED = re.compile(r"(\d{1,2})[\s/-]([a-z]+)\.?[\s/-](\d{4}|\d{2})")  # 1-Nov-19
_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{4})")  # 11/2019
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")  # 11/1/2019 or 01/11/2019


class _BadDate(ValueError):
    """A date that can't be read; ``reason`` says why in words."""

    def __init__(self, reason: str = "") -> None:
        super().__init__(reason)
        self.reason = reason


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # a spreadsheet's "Nov-19": this century unless that is in the future
        year += 2000 if 2000 + year <= _dt.date.today().year + 1 else 1900
    if not 1900 <= year <= 2100:
        raise _BadDate("the year should be between 1900 and 2100")
    return year


def _month(number: int) -> int:
    if not 1 <= number <= 12:
        raise _BadDate(f"there is no month {number}")
    return number


def _normalise_date(value: str) -> str | None:
    """A date in any accepted form as the model's ``YYYY`` or ``YYYY-MM``; ``None`` for current.

    Accepted: ``2019``, ``2019-11``, ``2019-11-01`` (JSON Resume); ``Nov 2019``,
    ``November 2019`` (LinkedIn); and what spreadsheets turn those into when they save the file:
    ``Nov-19``, ``1-Nov-19``, ``11/2019``, ``11/1/2019`` or ``01/11/2019``. Empty, "Present" and
    similar words mean a current role. Raises ``_BadDate`` otherwise.
    """
    text = " ".join(value.split()).lower()
    if not text or text in _CURRENT:
        return None
    if m := _ISO.fullmatch(text):
        year = _year(m.group(1))
        if m.group(2) is None:
            return f"{year:04d}"
        month = _month(int(m.group(2)))
        if m.group(3) is not None:
            try:
                _dt.date(year, month, int(m.group(3)))
            except ValueError:
                raise _BadDate(f"there is no day {int(m.group(3))} in that month") from None
        return f"{year:04d}-{month:02d}"
    if (m := _NAMED.fullmatch(text)) and m.group(1) in _MONTHS:
        return f"{_year(m.group(2)):04d}-{_MONTHS[m.group(1)]:02d}"
    if (m := _DAY_NAMED.fullmatch(text)) and m.group(2) in _MONTHS:
        return f"{_year(m.group(3)):04d}-{_MONTHS[m.group(2)]:02d}"
    if m := _MONTH_YEAR.fullmatch(text):
        return f"{_year(m.group(2)):04d}-{_month(int(m.group(1))):02d}"
    if m := _NUMERIC.fullmatch(text):
        year, a, b = _year(m.group(3)), int(m.group(1)), int(m.group(2))
        # LinkedIn dates are month and year, so a spreadsheet writes day 1: 11/1/2019 (US) or
        # 01/11/2019 (elsewhere). A part over 12 is the day; otherwise the part that is not 1.
        if a > 12:
            month = b
        elif b > 12 or a == b or b == 1:
            month = a
        elif a == 1:
            month = b
        else:
            raise _BadDate(f"{a}/{b} could be day/month or month/day")
        return f"{year:04d}-{_month(month):02d}"
    raise _BadDate()


def _date_field(value: Any, *, expected: str, source: str, row: int, field: str,
                where: str) -> str | None:
    """Read one date cell or property, or refuse the file saying what to type."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 9999:
        value = str(value)  # "startDate": 2019, a hand-written year
    if not isinstance(value, str):
        raise ImportFormatError(f"{where} has {field.rsplit('.', 1)[-1]} {_show(value)}; write "
                                f"it as text in the form {expected}.", file=source, row=row,
                                field=field)
    try:
        return _normalise_date(_one_line(value))
    except _BadDate as exc:
        why = f" ({exc.reason})" if exc.reason else ""
        raise ImportFormatError(f"{where} has {field.rsplit('.', 1)[-1]} '{_shorten(value)}'"
                                f"{why}; write it in the form {expected}.", file=source,
                                row=row, field=field) from None


def _dates_in_order(start: str | None, end: str | None, *, source: str, row: int, field: str,
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


def _show(value: Any) -> str:
    """A value from the file as a message shows it (short, one line, never failing)."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        return "a very long number"  # str() of a 5000-digit int raises ValueError
    if isinstance(value, int | float | bool) or value is None:
        return json.dumps(value)
    return _shorten(repr(value))


def _shorten(text: str, limit: int = 60) -> str:
    text = _one_line(str(text))
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- results from accomplishment text -------------------------------------------------------

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d{1,6})?)"
_MULT = r"(?P<mult>k|K|m|M|mn|bn|b|B|million|billion|thousand)"
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP", "chf": "CHF", "cad": "CAD", "aud": "AUD",
          "dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP"}
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9,
                "bn": 1e9, "billion": 1e9}
_START = r"(?<![\w.,/])"
_PERCENT = re.compile(_START + _NUM + r"\s?(?:%|percent\b|per\s?cent\b|pct\b)", re.I)
_MONEY_BEFORE = re.compile(r"(?P<cur>[$€£¥])\s?" + _NUM + r"(?:\s?" + _MULT + r")?(?![\w])")
_MONEY_AFTER = re.compile(_START + _NUM + r"(?:\s?" + _MULT + r")?\s?(?P<code>"
                          + "|".join(_CODES) + r")\b", re.I)
_WITH_UNIT = re.compile(_START + _NUM
                        + r"(?:\s?(?P<mult>k|K)\b)?\s+(?P<unit>[A-Za-z][A-Za-z-]{0,30})")
_BARE = re.compile(_START + _NUM + r"(?![\w%/]|[.,]\d)")
_NOT_UNITS = {"of", "to", "and", "in", "on", "at", "for", "by", "from", "with", "the", "a", "an",
              "per", "or", "than", "into", "across", "over", "under", "while", "within", "after",
              "before", "through", "as", "via", "when", "where", "which", "that", "new", "more",
              "less", "times", "x"}
_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|till|during|throughout|early|late|mid|from|"
                          r"by|of|before|after)\s*$", re.I)
_LABEL_BEFORE = re.compile(r"\b(?:version|release|phase|level|tier|stage|step|grade|iso|"
                           r"windows)\s*$", re.I)  # "version 2", "ISO 9001": names, not results
_METRIC = re.compile(
    r"\b(?:increased|reduced|cut|grew|raised|lowered|improved|decreased|boosted|lifted|"
    r"shortened|halved|trimmed|sped up)\s+(?:the\s+|our\s+|its\s+|their\s+|my\s+)?"
    r"(?P<metric>[A-Za-z][A-Za-z'-]{0,30}(?:\s+[A-Za-z][A-Za-z'-]{0,30}){0,3}?)\s+by\s+"
    r"(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$", re.I)
_CUSTOMERS = re.compile(r"\b(?:customers?|clients?)(?:'s?|s')?\b", re.I)
_COMPANY = re.compile(
    r"\b(?:company|organi[sz]ation|business|firm|group|enterprise)[\s-]?wide\b|"
    r"\b(?:across|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:company|organi[sz]ation|"
    r"business|firm|group)\b|\b(?:whole|entire)\s+(?:company|organi[sz]ation|business|firm)\b|"
    r"\ball\s+(?:sites|offices|stores|branches|departments|locations|regions)\b", re.I)
_DEPARTMENT = re.compile(r"\bdepartment(?:al|s)?\b|\bdivision(?:al)?\b", re.I)


def _number(match: re.Match) -> float | None:
    text = match.group("num").replace(",", "")
    mult = (match.groupdict().get("mult") or "").lower()
    try:
        value = float(text) * _MULTIPLIERS.get(mult, 1.0)
    except ValueError:  # pragma: no cover - the pattern only matches digits
        return None
    if not math.isfinite(value) or abs(value) >= 1e15:
        return None
    return int(value) if value.is_integer() else round(value, 6)


def _looks_like_year(text: str, match: re.Match) -> bool:
    num = match.group("num")
    return (len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100
            and bool(_YEAR_BEFORE.search(text[:match.start()]) or not _has_unit_after(match)))


def _has_unit_after(match: re.Match) -> bool:
    unit = match.groupdict().get("unit")
    return bool(unit) and unit.lower() not in _NOT_UNITS


def _quantity(text: str) -> tuple[float | int | None, str, re.Match | None]:
    """The first number the text gives, as (value, unit, match); a percentage or money first."""
    for pattern in (_PERCENT, _MONEY_BEFORE, _MONEY_AFTER):
        for m in pattern.finditer(text):
            value = _number(m)
            if value is None:
                continue
            if pattern is _PERCENT:
                return value, "%", m
            if pattern is _MONEY_BEFORE:
                return value, _SYMBOLS[m.group("cur")], m
            return value, _CODES[m.group("code").lower()], m
    for m in _WITH_UNIT.finditer(text):
        if not _has_unit_after(m) or _looks_like_year(text, m) or _labelled(text, m):
            continue
        value = _number(m)
        if value is not None:
            return value, m.group("unit"), m
    for m in _BARE.finditer(text):
        if _looks_like_year(text, m) or _labelled(text, m):
            continue
        value = _number(m)
        if value is not None:
            return value, "", m
    return None, "", None


def _labelled(text: str, match: re.Match) -> bool:
    return bool(_LABEL_BEFORE.search(text[:match.start()]))


def _scope(text: str) -> str:
    if _CUSTOMERS.search(text):
        return "customers"
    if _COMPANY.search(text):
        return "company"
    if _DEPARTMENT.search(text):
        return "department"
    return "team"


def _result(text: str) -> Result | None:
    """A result from one accomplishment line, or ``None`` for a line with no words."""
    statement = _clip(" ".join(_BULLET.sub("", _clean_block(text)).split()))
    if not statement:
        return None
    value, unit, match = _quantity(statement)
    metric = ""
    if match is not None and (m := _METRIC.search(statement[:match.start()])):
        metric = m.group("metric").lower()
    return Result(statement=statement, metric=metric, value=value, unit=unit,
                  scope=_scope(statement))


# --- building the workspace -----------------------------------------------------------------

_ROLE_FIELDS = {"title": "position", "organization": "name", "start": "startDate",
                "end": "endDate", "summary": "summary"}
_CSV_FIELDS = {"title": "Title", "organization": "Company Name", "start": "Started On",
               "end": "Finished On", "summary": "Description"}


def _role(number: int, *, title: str, organization: str, start: str | None, end: str | None,
          summary: str, results: list[Result], source: str, row: int,
          fields: dict[str, str]) -> Role:
    try:
        return Role(id=f"r{number}", title=title, organization=organization, start=start,
                    end=end, summary=summary, results=results[:MAX_ITEMS])
    except ValidationError as exc:  # a title or organisation too long for the model
        field = fields.get(exc.field or "", exc.field)
        name = field.rsplit(".", 1)[-1] if field else ""
        message = exc.message.replace(f"'{exc.field}'", f"the {name}") if name else exc.message
        raise ImportFormatError(f"{message} Is it in the right place?", file=source, row=row,
                                field=field) from exc


def _workspace(roles: list[Role], participant: dict, source: str) -> Workspace:
    """The workspace, checked the way a saved file is checked when it is loaded again."""
    try:
        workspace = Workspace(participant=participant, roles=roles)
        Workspace.from_dict(workspace.to_dict())
    except ValidationError as exc:
        raise ImportFormatError(exc.message, file=source, field=exc.field) from exc
    return workspace


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- JSON Resume ----------------------------------------------------------------------------

_JSON_DATE = "YYYY, YYYY-MM or YYYY-MM-DD, for example \"2019-11\""


def parse_json_resume(data: object, *, source: str = "<json>") -> Workspace:
    """Build a workspace from an already parsed JSON Resume (the ``work`` list and ``basics``)."""
    if not isinstance(data, dict):
        raise ImportFormatError(f"a JSON Resume is an object with a \"work\" list; this file "
                                f"holds {_show(data)}.", file=source)
    work = data.get("work")
    if work is None:
        if "roles" in data and "schema_version" in data:
            hint = ("this is a workshop file, not a JSON Resume: load it in notebook 00 "
                    "instead of importing it.")
        else:
            hint = ("there is no \"work\" list: a JSON Resume lists jobs as \"work\": "
                    "[{\"position\": ..., \"name\": ..., \"startDate\": ...}].")
        raise ImportFormatError(hint, file=source, field="work")
    if not isinstance(work, list):
        raise ImportFormatError(f"\"work\" should be a list of jobs, not {_show(work)}.",
                                file=source, field="work")
    if not work:
        raise ImportFormatError("the \"work\" list is empty: there are no jobs to import.",
                                file=source, field="work")
    if len(work) > MAX_IMPORT_ROWS:
        raise ImportFormatError(f"\"work\" lists {len(work)} jobs; the workshop takes at most "
                                f"{MAX_IMPORT_ROWS}: remove the oldest ones and import again.",
                                file=source, row=MAX_IMPORT_ROWS + 1, field="work")
    participant = _participant(data.get("basics"), source)
    roles = [_json_role(i, entry, source) for i, entry in enumerate(work)]
    return _workspace(roles, participant, source)


def _participant(basics: Any, source: str) -> dict:
    if basics is None:
        return {}
    if not isinstance(basics, dict):
        raise ImportFormatError(f"\"basics\" should be an object such as {{\"name\": \"Ana\"}}, "
                                f"not {_show(basics)}.", file=source, field="basics")
    name = basics.get("name")
    if name is None:
        return {}
    if not isinstance(name, str):
        raise ImportFormatError(f"\"basics\".\"name\" should be text, not {_show(name)}.",
                                file=source, field="basics.name")
    name = _clip(_one_line(name), _MAX_SHORT)
    return {"name": name} if name else {}


def _json_text(entry: dict, key: str, *, row: int, where: str, source: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ImportFormatError(f"{where} has {key} {_show(value)}; it should be text.",
                                file=source, row=row, field=f"work[{row - 1}].{key}")
    return value


def _json_role(index: int, entry: Any, source: str) -> Role:
    row = index + 1
    where = f"the {_ordinal(row)} job in \"work\""
    path = f"work[{index}]"
    if not isinstance(entry, dict):
        raise ImportFormatError(f"{where} should be an object such as {{\"position\": "
                                f"\"Shift Supervisor\", \"name\": \"Northwind\"}}, not "
                                f"{_show(entry)}.", file=source, row=row, field=path)

    def text(key: str) -> str | None:
        return _json_text(entry, key, row=row, where=where, source=source)

    title = _one_line(text("position") or "")
    if not title:
        raise ImportFormatError(f"{where} has no job title: add \"position\": \"your job "
                                "title\", for example \"position\": \"Shift Supervisor\".",
                                file=source, row=row, field=f"{path}.position")
    # older JSON Resume files call the employer "company" (and its address "website")
    org_key = "name" if _one_line(text("name") or "") else "company"
    organization = _one_line(text(org_key) or "")
    fields = dict(_ROLE_FIELDS, organization=org_key)
    start = _date_field(entry.get("startDate"), expected=_JSON_DATE, source=source, row=row,
                        field=f"{path}.startDate", where=where)
    end = _date_field(entry.get("endDate"), expected=_JSON_DATE, source=source, row=row,
                      field=f"{path}.endDate", where=where)
    start, end = _dates_in_order(start, end, source=source, row=row, field=f"{path}.endDate",
                                 where=where)
    summary_key = "summary" if _first_line(text("summary") or "") else "description"
    summary = _first_line(text(summary_key) or "")
    fields["summary"] = summary_key
    highlights = entry.get("highlights")
    if highlights is None:
        highlights = []
    if not isinstance(highlights, list):
        raise ImportFormatError(f"{where} has highlights {_show(highlights)}; it should be a "
                                "list of sentences, such as [\"Cut overtime by 18%\"].",
                                file=source, row=row, field=f"{path}.highlights")
    results = []
    for j, item in enumerate(highlights[:MAX_ITEMS]):
        if not isinstance(item, str):
            raise ImportFormatError(f"highlight {j + 1} of {where} is {_show(item)}; each "
                                    "highlight should be a sentence in quotes.", file=source,
                                    row=row, field=f"{path}.highlights[{j}]")
        try:
            result = _result(item)
        except ValidationError as exc:
            raise ImportFormatError(exc.message, file=source, row=row,
                                    field=f"{path}.highlights[{j}]") from exc
        if result is not None:
            results.append(result)
    fields = {k: f"{path}.{v}" for k, v in fields.items()}
    return _role(row, title=title, organization=organization, start=start, end=end,
                 summary=summary, results=results, source=source, row=row, fields=fields)


# --- LinkedIn Positions.csv -----------------------------------------------------------------

_CSV_DATE = "Nov 2019 (month and year), 2019-11 or 2019"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(A-Z0-9])")
_INLINE_BULLETS = re.compile(r"\s+[•▪◦‣]\s+")  # not "·": LinkedIn lists skills with it
_ACHIEVEMENT = re.compile(
    r"\b(?:increased?|increasing|reduced?|reducing|cut|cutting|saved?|saving|grew|grow|growing|"
    r"led|lead|leading|launched?|launching|improved?|improving|delivered|doubled|tripled|"
    r"halved|boosted|lowered|raised|shortened|streamlined|automated|achieved|won|built|"
    r"introduced|decreased|expanded|generated|secured|negotiated|trained|mentored|created|"
    r"redesigned|implemented|eliminated|exceeded)\b", re.I)
_DIGIT = re.compile(r"\d")


def _description(text: str) -> tuple[str, list[str]]:
    """Split a LinkedIn description into its summary and its accomplishment lines.

    The first sentence of the first line that is not a bullet is the summary. After it, every
    bullet ("-", "•", "*", "1.") and every sentence with a number or an achievement verb
    (increased, reduced, cut, saved, grew, led, launched, ...) is an accomplishment.
    """
    units: list[tuple[str, bool]] = []  # (text, is a bullet)
    for line in _clean_block(text).split("\n"):
        if not line.strip():
            continue
        if _BULLET.match(line):
            units.append((line, True))
            continue
        parts = _INLINE_BULLETS.split(line)
        for k, part in enumerate(parts):
            if k > 0:
                units.append((part, True))
            else:
                units.extend((s, False) for s in _SENTENCE_END.split(part.strip()) if s.strip())
    summary = ""
    accomplishments = []
    for unit, bullet in units:
        if not summary and not bullet and not accomplishments:
            summary = _clip(" ".join(unit.split()))
        elif bullet or _DIGIT.search(unit) or _ACHIEVEMENT.search(unit):
            accomplishments.append(unit)
    return summary, accomplishments


def _key(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def _pick_delimiter(text: str) -> str:
    """"," for LinkedIn; ";" or a tab when a spreadsheet in another locale saved the file."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    wanted = {_key(c) for c in LINKEDIN_COLUMNS}

    def hits(delimiter: str) -> int:
        return len(wanted & {_key(c).strip('"') for c in first.split(delimiter)})

    return max((",", ";", "\t"), key=hits)  # max keeps the first on a tie: ","


def _unclosed_quote_row(text: str, delimiter: str) -> int | None:
    """The row where a quoted cell opens and never closes, if the file ends inside quotes."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = 0
    try:
        for _ in reader:
            rows += 1
    except csv.Error as exc:
        if "end of data" in str(exc):
            return rows + 1
    return None


def _csv_records(text: str, delimiter: str, source: str):
    """(row number, cells) for each record, as a spreadsheet numbers its rows."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    row = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFormatError(
                f"row {row + 1} can't be read as CSV ({exc}); a cell may be missing its closing "
                "quote (\").", file=source, row=row + 1) from exc
        row += 1
        yield row, cells


def parse_linkedin_csv(text: str, *, source: str = "<csv>") -> Workspace:
    """Build a workspace from the text of LinkedIn's ``Positions.csv``."""
    if not isinstance(text, str):
        raise ImportFormatError(f"expected the file's text, got {type(text).__name__}.",
                                file=source)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ImportFormatError("the file is empty: there are no jobs in it.", file=source)
    if "\x00" in text:
        raise ImportFormatError("this is a binary file, not text: pick the Positions.csv file "
                                "itself.", file=source)
    delimiter = _pick_delimiter(text)
    if text.count('"') % 2 and (row := _unclosed_quote_row(text, delimiter)) is not None:
        raise ImportFormatError(f"a cell on row {row} opens a quote (\") that never closes, so "
                                "the rest of the file would be read as one cell: add the "
                                "closing quote.", file=source, row=row)
    records = _csv_records(text, delimiter, source)
    header_row, header = 1, []
    for number, cells in records:
        if any(c.strip() for c in cells):  # blank lines above the header are tolerated
            header_row, header = number, cells
            break
    columns: dict[str, int] = {}
    for i, name in enumerate(header):
        columns.setdefault(_key(name), i)
    missing = [c for c in _REQUIRED_COLUMNS if _key(c) not in columns]
    if missing:
        names = ", ".join(missing)
        raise ImportFormatError(
            f"the header row has no {names} column{'s' if len(missing) > 1 else ''}: a LinkedIn "
            f"Positions.csv starts with the row {_LINKEDIN_HEADER}", file=source,
            row=header_row, field=names)

    def cell(cells: list[str], name: str) -> str:
        i = columns.get(_key(name))
        return cells[i] if i is not None and i < len(cells) else ""

    roles: list[Role] = []
    for row, cells in records:
        if not any(c.strip() for c in cells):
            continue  # a blank line, or a spreadsheet's row of empty cells
        if len(roles) == MAX_IMPORT_ROWS:
            raise ImportFormatError(f"the file lists more than {MAX_IMPORT_ROWS} positions; the "
                                    f"workshop takes at most {MAX_IMPORT_ROWS}: delete the "
                                    "oldest rows and import again.", file=source, row=row)
        roles.append(_csv_role(len(roles) + 1, row, cells, cell, source))
    if not roles:
        raise ImportFormatError("the file has a header row but no positions under it.",
                                file=source, row=header_row + 1)
    return _workspace(roles, {}, source)


def _csv_role(number: int, row: int, cells: list[str], cell, source: str) -> Role:
    where = "this position"
    title = _one_line(cell(cells, "Title"))
    if not title:
        raise ImportFormatError("the Title is empty: type the job title in the Title column "
                                "(for example Shift Supervisor).", file=source, row=row,
                                field="Title")
    organization = _one_line(cell(cells, "Company Name"))
    start = _date_field(cell(cells, "Started On"), expected=_CSV_DATE, source=source, row=row,
                        field="Started On", where=where)
    end = _date_field(cell(cells, "Finished On"), expected=_CSV_DATE, source=source, row=row,
                      field="Finished On", where=where)
    start, end = _dates_in_order(start, end, source=source, row=row, field="Finished On",
                                 where=where)
    summary, lines = _description(cell(cells, "Description"))
    results = []
    for line in lines[:MAX_ITEMS]:
        try:
            result = _result(line)
        except ValidationError as exc:
            raise ImportFormatError(exc.message, file=source, row=row,
                                    field="Description") from exc
        if result is not None:
            results.append(result)
    return _role(number, title=title, organization=organization, start=start, end=end,
                 summary=summary, results=results, source=source, row=row, fields=_CSV_FIELDS)


def import_bytes(filename: str, raw: bytes) -> Workspace:
    """Import an uploaded file's bytes (from a notebook's upload button), chosen by its name.

    ``.json`` is read as a JSON Resume, ``.csv`` as LinkedIn's Positions.csv; the same errors
    as ``import_file``, naming ``filename``.
    """
    source = str(filename or "upload")
    if len(raw) > MAX_IMPORT_BYTES:
        raise _too_large(len(raw), source)
    suffix = source.rsplit(".", 1)[-1].lower() if "." in source else ""
    if suffix not in ("json", "csv"):
        raise ImportFormatError("this kind of file can't be imported: choose a JSON Resume "
                                "(.json) or LinkedIn's Positions.csv (.csv).", file=source)
    text = _decode(raw, source)
    if suffix == "csv":
        return parse_linkedin_csv(text, source=source)
    return _parse_json_resume_text(text, source)
