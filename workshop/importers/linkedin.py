"""LinkedIn's ``Positions.csv`` ("Get a copy of your data"), alone or inside the export's zip.

The header is ``Company Name,Title,Description,Location,Started On,Finished On``; dates look like
``Nov 2019`` (or the month name in the language of the account: ``Dez 2017``, ``déc. 2019``); an
empty ``Finished On`` is the current role. LinkedIn writes each description on one line, so its
lists arrive run together ("• a • b", " - a - b"): :func:`workshop.importers.text.pieces` gives
each bullet back. Every bullet becomes a result statement (a "Tech stack: ..." list stays in the
summary); of the prose, sentences with a number or an achievement verb become results and the
rest is the summary.

A spreadsheet that saved the file may have added a byte-order mark, CRLF line ends, ``;`` or a
tab between cells, ``Nov-19`` or ``11/1/2019`` dates, or another encoding: all are read. The
export zip (``Basic_LinkedInDataExport_....zip``) is read as it is, from its ``Positions.csv``.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib

from ..errors import ImportFormatError, ValidationError
from ..fields import MAX_ITEMS, MAX_TEXT
from ..model import Result, Role, Skill, Workspace
from .build import make_role, make_workspace
from .dates import date_field, dates_in_order
from .files import MAX_IMPORT_BYTES, too_large
from .learned import split_learned
from .report import Imported, Notes
from .results import ACHIEVEMENT, result, value_of
from .text import clip, label_line, one_line, pieces, plural, sentences

__all__ = [ "LINKEDIN_COLUMNS", "parse_linkedin_csv", "read_linkedin_csv",
           "read_linkedin_zip"]

LINKEDIN_COLUMNS = ("Company Name", "Title", "Description", "Location", "Started On",
                    "Finished On")
CSV_DATE = "Nov 2019 (month and year), 2019-11 or 2019"
MAX_IMPORT_ROWS = MAX_ITEMS
_REQUIRED_COLUMNS = ("Company Name", "Title", "Started On", "Finished On")
_LINKEDIN_HEADER = ",".join(LINKEDIN_COLUMNS)
_PAST = re.compile(r"^(?:I\s+)?[A-Z][a-z]+ed\b")
_CSV_FIELDS = {"title": "Title", "organization": "Company Name", "start": "Started On",
               "end": "Finished On", "summary": "Description"}


def parse_linkedin_csv(text: str, *, source: str = "<csv>") -> Workspace:
    """Build a workspace from the text of LinkedIn's ``Positions.csv``."""
    return read_linkedin_csv(text, source=source).workspace


def read_linkedin_zip(raw: bytes, source: str, notes: Notes) -> tuple[bytes, str]:
    """The bytes of ``Positions.csv`` inside a LinkedIn export zip, and its name for messages."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError, zlib.error) as exc:
        raise ImportFormatError("this zip archive is damaged and can't be opened: download the "
                                "LinkedIn export again.", file=source) from exc
    names = [m.filename for m in members]
    if any(n.startswith("xl/") for n in names) and "[Content_Types].xml" in names:
        raise ImportFormatError("this is an Excel workbook, not a CSV file: in Excel choose "
                                "'Save as', 'CSV UTF-8', then import that file.", file=source)
    wanted = [m for m in members if not m.is_dir()
              and m.filename.replace("\\", "/").rsplit("/", 1)[-1].casefold() == "positions.csv"]
    if not wanted:
        shown = ", ".join(n.rsplit("/", 1)[-1] for n in names[:5] if not n.endswith("/"))
        holds = f" (it holds {shown}{', ...' if len(names) > 5 else ''})" if shown else ""
        raise ImportFormatError(f"this zip has no Positions.csv{holds}: import LinkedIn's data "
                                "export zip, or the Positions.csv from it.", file=source)
    member = min(wanted, key=lambda m: m.filename.count("/"))
    inner = f"{source}/{member.filename}"
    if member.file_size > MAX_IMPORT_BYTES:
        raise too_large(member.file_size, inner)
    try:
        with archive.open(member) as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
    except (zipfile.BadZipFile, RuntimeError, OSError, ValueError, EOFError,
            NotImplementedError, zlib.error) as exc:
        why = "it is password-protected" if "encrypt" in str(exc).lower() else "it is damaged"
        raise ImportFormatError(f"Positions.csv can't be read from the zip ({why}): unzip the "
                                "export and import Positions.csv itself.", file=source) from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise too_large(len(data), inner)
    if len(wanted) > 1:
        notes.add("guessed", f"the zip holds {len(wanted)} Positions.csv files; read "
                  f"{member.filename}.")
    return data, inner


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


def read_linkedin_csv(text: str, *, source: str = "<csv>",
                      notes: Notes | None = None) -> Imported:
    """Like :func:`parse_linkedin_csv`, with the import report."""
    notes = notes if notes is not None else Notes()
    text = _csv_text(text, source)
    delimiter = _pick_delimiter(text)
    _refuse_unclosed_quote(text, delimiter, source)
    records = _csv_records(text, delimiter, source)
    header_row, header = _header(records)
    cell = _cell_reader(_columns(header, header_row, source))
    roles = _csv_roles(records, cell, source, notes)
    if not roles:
        raise ImportFormatError("the file has a header row but no positions under it.",
                                file=source, row=header_row + 1)
    return notes.report(make_workspace(roles, {}, source), source)


def _csv_text(text: str, source: str) -> str:
    """The file's text without its byte-order mark; a refusal for no text, or a binary file."""
    if not isinstance(text, str):
        raise ImportFormatError(f"expected the file's text, got {type(text).__name__}.",
                                file=source)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ImportFormatError("the file is empty: there are no jobs in it.", file=source)
    if "\x00" in text:
        raise ImportFormatError("this is a binary file, not text: pick the Positions.csv file "
                                "itself.", file=source)
    return text


def _refuse_unclosed_quote(text: str, delimiter: str, source: str) -> None:
    """Refuse a file that ends inside a quoted cell, naming the row where the quote opens."""
    if text.count('"') % 2 and (row := _unclosed_quote_row(text, delimiter)) is not None:
        raise ImportFormatError(f"a cell on row {row} opens a quote (\") that never closes, so "
                                "the rest of the file would be read as one cell: add the "
                                "closing quote.", file=source, row=row)


def _header(records) -> tuple[int, list[str]]:
    """The first record with a non-blank cell (blank lines above the header are tolerated), and
    its row; ``records`` goes on from the row after it."""
    for number, cells in records:
        if any(c.strip() for c in cells):
            return number, cells
    return 1, []


def _columns(header: list[str], header_row: int, source: str) -> dict[str, int]:
    """Each column's position by its folded name (the first of two alike); a refusal naming
    the required columns the header lacks."""
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
    return columns


def _cell_reader(columns: dict[str, int]):
    """``cell(cells, name)``: a record's cell in the column ``name``, "" where the row is short
    or the file has no such column."""
    def cell(cells: list[str], name: str) -> str:
        i = columns.get(_key(name))
        return cells[i] if i is not None and i < len(cells) else ""

    return cell


def _csv_roles(records, cell, source: str, notes: Notes) -> list[Role]:
    """A role for every non-blank record; a refusal past ``MAX_IMPORT_ROWS`` positions."""
    roles: list[Role] = []
    for row, cells in records:
        if not any(c.strip() for c in cells):
            continue  # a blank line, or a spreadsheet's row of empty cells
        if len(roles) == MAX_IMPORT_ROWS:
            raise ImportFormatError(f"the file lists more than {MAX_IMPORT_ROWS} positions; the "
                                    f"workshop takes at most {MAX_IMPORT_ROWS}: delete the "
                                    "oldest rows and import again.", file=source, row=row)
        roles.append(_csv_role(len(roles) + 1, row, cells, cell, source, notes))
    return roles


def description(text: str) -> tuple[str, list[str]]:
    """A LinkedIn description as its summary and its accomplishment lines.

    Each bullet is an accomplishment, but a list of tools under a label ("Tech stack: ...");
    of the prose, each sentence after the first that opens with an achievement verb
    (increased, reduced, cut, saved, led, launched, ...), or holds one and a number (by
    :mod:`workshop.numbers`), is an accomplishment; the other prose, in order, is the summary.
    What a line says was learned ("Learned ticket triage and SQL basics; cut ...") is taken out
    first (:mod:`.learned`): those are the role's skills, and the rest of the line is read as
    above. Returns the summary, the accomplishment lines and the skill names.
    """
    summary: list[str] = []
    accomplishments: list[str] = []
    skills: list[str] = []

    def learned(line: str) -> str:
        names, rest = split_learned(line)
        skills.extend(n for n in names if n.casefold() not in {s.casefold() for s in skills})
        return rest

    for piece in pieces(text):
        if piece.bullet:
            line = learned(piece.text) if not label_line(piece.text) else piece.text
            if not line:
                continue
            if label_line(line):
                summary.append(line)
            else:
                accomplishments.append(line)
            continue
        for sentence in sentences(piece.text):
            first = not summary and not accomplishments
            sentence = learned(sentence)
            if not sentence:
                continue
            if not first and not label_line(sentence) and _accomplishment(sentence):
                accomplishments.append(sentence)
            else:
                summary.append(sentence)
    return " ".join(summary), accomplishments, skills


def _accomplishment(sentence: str) -> bool:
    """A sentence of prose that states a result: it opens with an achievement verb ("Cut ...",
    "I led ..."), or it holds a number and an achievement verb ("The rota I rebuilt cut overtime
    by 18%") or opens with a verb in the past ("Designed a platform serving 500K users")."""
    verb = ACHIEVEMENT.search(sentence)
    if verb is not None and len(sentence[:verb.start()].split()) <= 2:
        return True
    return value_of(sentence) is not None and (verb is not None or bool(_PAST.match(sentence)))


def _csv_role(number: int, row: int, cells: list[str], cell, source: str,
              notes: Notes) -> Role:
    where = "this position"
    place = f"row {row}"
    title = one_line(cell(cells, "Title"))
    if not title:
        raise ImportFormatError("the Title is empty: type the job title in the Title column "
                                "(for example Shift Supervisor).", file=source, row=row,
                                field="Title")
    organization = one_line(cell(cells, "Company Name"))
    start = date_field(cell(cells, "Started On"), expected=CSV_DATE, source=source, row=row,
                       field="Started On", where=where, notes=notes, place=place)
    end = date_field(cell(cells, "Finished On"), expected=CSV_DATE, source=source, row=row,
                     field="Finished On", where=where, notes=notes, place=place)
    start, end = dates_in_order(start, end, source=source, row=row, field="Finished On",
                                where=where)
    summary, lines, learned = description(cell(cells, "Description"))
    skills = [Skill(name=clip(name, 200), before="novice", after="novice")
              for name in learned[:MAX_ITEMS]]
    if skills:
        notes.add("added", f"{plural(len(skills), 'skill')} from what the description says was "
                  f"learned ({', '.join(s.name for s in skills)}): set how far each grew in "
                  "notebook 02.", row=row, field="Description", where=place)
    if len(summary) > MAX_TEXT:
        notes.add("fixed", f"the summary is {len(summary)} characters; cut to {MAX_TEXT}.",
                  row=row, field="Description", where=place)
        summary = clip(summary)
    results: list[Result] = []
    for line in lines:
        if len(results) == MAX_ITEMS:
            notes.add("skipped", f"results past the first {MAX_ITEMS} not imported.", row=row,
                      field="Description", where=place)
            break
        if len(line) > MAX_TEXT:
            notes.add("fixed", f"a result of {len(line)} characters cut to {MAX_TEXT}.",
                      row=row, field="Description", where=place)
            line = clip(line)
        try:
            r = result(line)
        except ValidationError as exc:
            raise ImportFormatError(exc.message, file=source, row=row,
                                    field="Description") from exc
        if r is not None:
            results.append(r)
    return make_role(number, title=title, organization=organization, start=start, end=end,
                     summary=summary, results=results, source=source, row=row,
                     fields=_CSV_FIELDS, skills=skills)
