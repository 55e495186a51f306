"""Reading the class folder: which files are read, and the one check of an export's format.

``read_folder`` lists a folder's ``*.json`` files, and those of its participant folders one level
down (``class/<name>/*.json``, as a hub keeps each participant's exports apart), and reads only
regular files that are inside them: a link (to anywhere), a folder, a pipe or a device named
``.json`` is never opened, a file with another name elsewhere (a hard link) is not read either,
a linked folder is not entered and nothing deeper is read. Files and folders are opened relative
to the folder without following links and without blocking, so a pipe cannot hang the dashboard.

``read_export`` checks one export's bytes with ``check_export``, the format's only validator: it
names the first field that is wrong (``ExportFormatError`` with ``field``), and bounds every number
it reads, so one hostile file (``"words": 10**400``, a NaN, a name holding math markup) is skipped
or shown as plain text, never a crash later. A skill name outside the kit's vocabulary is read
as "other" (a crafted export can't put its own words on the class charts).
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ExportFormatError
from ..skills import OTHER_SKILL, skill_set

__all__ = ["EXPORT_KIND", "EXPORT_VERSION", "MAX_EXPORT_BYTES", "SOURCES",
           "RATING_KINDS", "ExportRecord", "check_export", "read_export", "read_folder",
           "folder_listing", "MAX_FOLDERS"]

# The same values as ``workshop.share`` (not imported from there: reading exports must not load
# the answer check and its phrase lists).
EXPORT_KIND = "job-value-workshop/class-export"
EXPORT_VERSION = 1
MAX_EXPORT_BYTES = 1_000_000
MAX_WORDS = 100_000  # far beyond any spoken answer; a larger count is not from the kit
SOURCES = ("participant", "draft", "none")
RATING_KINDS = ("skill_growth", "company_results", "relevance")
_MAX_NAME = 60  # a pitfall category, skill or check code longer than this is not from the kit
_MAX_ITEMS = 500  # roles, skills per role, findings: more is not an export the kit wrote


@dataclass(slots=True)
class ExportRecord:
    """What the summary takes from one export, already checked.

    Attributes:
        export_id: the export's random id (a copy of a file has the same one), or ``None``.
        role_count: roles the participant listed.
        ranked_count: roles rated enough to be ranked.
        score: the strongest role's score (0 to 100), ``None`` when nothing is ranked.
        enjoyed: the export's ``strongest_is_most_enjoyed`` (``None``: it can't tell).
        quantified: the strongest role has a result with a number.
        grew: the strongest role has a skill that grew at least one level.
        used_later: the strongest role has a grown skill used later, as 04's score reads it
            (the export's ``strongest_has_used_later``; an older export: a grown skill whose
            ``used_later`` is true).
        skills: ``(skill, levels grown)`` over all roles; unknown names read as "other".
        ratings: ``(kind, value)`` for every rating given, over all roles.
        source: the answer's source: "participant" (own text), "draft" or "none".
        words: the answer's length in words.
        passed: the answer passed every check.
        findings: check code -> passed, for the answer.
        pitfalls: the pitfall categories found in the answer.
    """

    export_id: str | None
    role_count: int
    ranked_count: int
    score: float | None
    enjoyed: bool | None
    quantified: bool
    grew: bool
    used_later: bool
    skills: list[tuple[str, int]] = field(default_factory=list)
    ratings: list[tuple[str, int]] = field(default_factory=list)
    source: str = "none"
    words: int = 0
    passed: bool = False
    findings: dict[str, bool] = field(default_factory=dict)
    pitfalls: frozenset[str] = frozenset()


def _bad(message: str, where: str | None = None) -> ExportFormatError:
    return ExportFormatError(message, field=where)


def _number(value, low: float, high: float) -> bool:
    """A JSON number (not a bool, not NaN) from ``low`` to ``high``; big ints never overflow."""
    if type(value) is int:
        return low <= value <= high
    return type(value) is float and low <= value <= high  # NaN fails every comparison


def _whole(value, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def _name(value, where: str) -> str:
    if type(value) is not str or not value or len(value) > _MAX_NAME:
        raise _bad(f"'{where}' should be a short name from the kit's lists.", where)
    return value


def _bool(data: dict, key: str, default, where: str, *, nullable: bool = False):
    value = data.get(key, default)
    if type(value) is bool or (nullable and value is None):
        return value
    raise _bad(f"'{where}' should be true{', false or null' if nullable else ' or false'}.",
               where)


def _list(value, where: str, what: str) -> list:
    if type(value) is not list:
        raise _bad(f"'{where}' should be a list.", where)
    if len(value) > _MAX_ITEMS:
        raise _bad(f"'{where}' holds {len(value)} {what}; an export holds at most "
                   f"{_MAX_ITEMS}.", where)
    return value


def _object(value, where: str, what: str) -> dict:
    if type(value) is not dict:
        raise _bad(f"{what} should be an object.", where)
    return value


def _head(data) -> str | None:
    data = _object(data, None, "it is JSON but not an object; not a class export. It")
    kind = data.get("kind")
    if kind != EXPORT_KIND:
        shown = repr(kind)[:60] if kind is not None else "missing"
        raise _bad(f"not a class export ('kind' is {shown}, expected '{EXPORT_KIND}').", "kind")
    version = data.get("export_version")
    if type(version) is not int:
        raise _bad("'export_version' should be a whole number.", "export_version")
    if version != EXPORT_VERSION:
        shown = version if -10**6 < version < 10**6 else "out of range"
        raise _bad(f"export version {shown} is not one this kit reads (it reads "
                   f"{EXPORT_VERSION}); update the kit.", "export_version")
    export_id = data.get("export_id")
    if export_id is not None and (type(export_id) is not str or len(export_id) > 64):
        raise _bad("'export_id' should be a short id.", "export_id")
    return export_id


def _role(role, i: int, known: frozenset, record: ExportRecord) -> bool:
    """Check roles[i] and add its skills and ratings to ``record``; True when it ranks first.

    Field names for messages are built only when something is wrong (this runs for every role
    of every export)."""
    if type(role) is not dict:
        raise _bad("a role should be an object.", f"roles[{i}]")
    first = _ranks_first(role, i, record)
    _ratings(role.get("ratings"), i, record)
    grew, used = _skills(role.get("skills", []), i, known, record)
    # the role's own "used later" (04's score part, as the kit reads it) where the export has
    # it; an older export says it only per skill
    used = role.get("used_later", used)
    if type(used) is not bool:
        raise _bad(f"'roles[{i}].used_later' should be true or false.", f"roles[{i}].used_later")
    quantified = _quantified(role.get("results", []), i)
    if first:
        record.grew, record.used_later = grew, used
        record.quantified = record.quantified or quantified
    return first


def _ranks_first(role: dict, i: int, record: ExportRecord) -> bool:
    """Check roles[i]'s rank and score; True for the first role ranked 1, whose score
    ``record`` takes."""
    rank = role.get("rank")
    if rank is None:
        return False
    if not _whole(rank, 1, 10**6):
        raise _bad("'rank' should be a whole number from 1.", f"roles[{i}].rank")
    score = role.get("score")
    if not _number(score, 0, 100):
        raise _bad("'score' should be a number from 0 to 100.", f"roles[{i}].score")
    first = rank == 1 and record.score is None
    if first:
        record.score = float(score)
    return first


def _ratings(ratings, i: int, record: ExportRecord) -> None:
    """Check roles[i].ratings and add each rating given to ``record``."""
    if not ratings:
        return
    if type(ratings) is not dict:
        raise _bad("'ratings' should be an object.", f"roles[{i}].ratings")
    for kind in RATING_KINDS:
        value = ratings.get(kind)
        if value is None:
            continue
        if type(value) is not int or not 1 <= value <= 5:
            raise _bad("a rating should be a whole number from 1 to 5.",
                       f"roles[{i}].ratings.{kind}")
        record.ratings.append((kind, value))


def _skills(skills, i: int, known: frozenset, record: ExportRecord) -> tuple[bool, bool]:
    """Check roles[i].skills and add each ``(skill, levels grown)`` to ``record``; whether a
    skill grew, and whether one was used later."""
    if type(skills) is not list or len(skills) > _MAX_ITEMS:
        _list(skills, f"roles[{i}].skills", "skills")
    grew = used = False
    append = record.skills.append
    for j, skill in enumerate(skills):
        name, grown, later = _skill(skill, i, j)
        append((name if name in known else OTHER_SKILL, grown))
        grew = grew or grown > 0
        used = used or (later and grown > 0)  # a later use is a grown skill's
    return grew, used


def _skill(skill, i: int, j: int) -> tuple[str, int, bool]:
    """Check roles[i].skills[j]: its name, levels grown and whether it was used later."""
    if type(skill) is not dict:
        raise _bad("a skill should be an object.", f"roles[{i}].skills[{j}]")
    grown = skill.get("levels_grown")
    if type(grown) is not int or not 0 <= grown <= 4:
        raise _bad("'levels_grown' should be a whole number from 0 to 4.",
                   f"roles[{i}].skills[{j}].levels_grown")
    name = skill.get("skill")
    if type(name) is not str or not name or len(name) > _MAX_NAME:
        _name(name, f"roles[{i}].skills[{j}].skill")
    later = skill.get("used_later", False)
    if type(later) is not bool:
        raise _bad(f"'roles[{i}].skills[{j}].used_later' should be true or false.",
                   f"roles[{i}].skills[{j}].used_later")
    return name, grown, later


def _quantified(results, i: int) -> bool:
    """Check roles[i].results; whether one of them has a number."""
    if type(results) is not list or len(results) > _MAX_ITEMS:
        _list(results, f"roles[{i}].results", "results")
    quantified = False
    for j, result in enumerate(results):
        if type(result) is not dict:
            raise _bad("a result should be an object.", f"roles[{i}].results[{j}]")
        number = result.get("quantified", False)
        if type(number) is not bool:
            raise _bad(f"'roles[{i}].results[{j}].quantified' should be true or false.",
                       f"roles[{i}].results[{j}].quantified")
        quantified = quantified or number
    return quantified


def _answer(data: dict, record: ExportRecord) -> None:
    answer = _object(data.get("answer"), "answer", "'answer'")
    source = answer.get("source", "participant")
    if source not in SOURCES:
        raise _bad("'answer.source' should be participant, draft or none.", "answer.source")
    words = answer.get("words")
    if not _whole(words, 0, MAX_WORDS):
        raise _bad(f"'answer.words' should be a whole number from 0 to {MAX_WORDS:,}.",
                   "answer.words")
    record.source, record.words = source, words
    record.passed = _bool(answer, "passed", None, "answer.passed")
    findings = answer.get("findings", {})
    findings = _object(findings, "answer.findings", "'answer.findings'")
    if len(findings) > 50:
        raise _bad("'answer.findings' holds too many checks.", "answer.findings")
    for code, ok in findings.items():
        if type(ok) is not bool:
            raise _bad("each finding should be true or false.", f"answer.findings.{code}"[:80])
        record.findings[_name(code, "answer.findings")] = ok
    categories = _list(answer.get("pitfall_categories", []), "answer.pitfall_categories",
                       "categories")
    record.pitfalls = frozenset(_name(c, "answer.pitfall_categories") for c in categories)


def check_export(data) -> ExportRecord:
    """Check a parsed export and take what the summary uses; raises ``ExportFormatError`` naming
    the first wrong field. The only validator of the export format."""
    export_id = _head(data)
    roles = _list(data.get("roles"), "roles", "roles")
    record = ExportRecord(export_id=export_id, role_count=len(roles), ranked_count=0, score=None,
                          enjoyed=None, quantified=False, grew=False, used_later=False)
    known = skill_set()
    ranked = 0
    for i, role in enumerate(roles):
        _role(role, i, known, record)
        ranked += role.get("rank") is not None
    for key, value in (("role_count", len(roles)), ("ranked_count", ranked)):
        given = data.get(key, value)
        if not _whole(given, 0, 10**6):
            raise _bad(f"'{key}' should be a whole number.", key)
    record.role_count = data.get("role_count", len(roles))
    record.ranked_count = data.get("ranked_count", ranked)
    record.enjoyed = _bool(data, "strongest_is_most_enjoyed", None, "strongest_is_most_enjoyed",
                           nullable=True)
    record.quantified = _bool(data, "strongest_has_quantified_result", record.quantified,
                              "strongest_has_quantified_result")
    record.used_later = _bool(data, "strongest_has_used_later", record.used_later,
                              "strongest_has_used_later")
    _answer(data, record)
    return record


def read_export(raw: bytes, *, file: str | None = None) -> ExportRecord:
    """Check one export's bytes; raises ``ExportFormatError`` saying what is wrong and where."""
    if len(raw) > MAX_EXPORT_BYTES:
        raise ExportFormatError(f"over {MAX_EXPORT_BYTES // 1_000_000} MB: too large to be a "
                                "class export.", file=file)
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise ExportFormatError("not UTF-8 text.", file=file) from None
    except RecursionError:
        raise ExportFormatError("nested too deeply to be a class export.", file=file) from None
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line})" if line else ""
        raise ExportFormatError(f"not valid JSON{where}.", file=file) from None
    try:
        return check_export(data)
    except ExportFormatError as exc:
        raise exc.located(file=file) from None
    except RecursionError:
        raise ExportFormatError("nested too deeply to be a class export.", file=file) from None


# --- the folder ------------------------------------------------------------------------------

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_BY_DIR_FD = os.open in os.supports_dir_fd and os.stat in os.supports_dir_fd


MAX_FOLDERS = 1000  # participant folders read in one class folder (a class is up to 300)
_DIR_FLAGS = (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
              | getattr(os, "O_CLOEXEC", 0))


def _is_export(name: str) -> bool:
    return name.lower().endswith(".json") and not name.startswith(".")


def _listed(folder: Path, dir_fd: int | None) -> list[str]:
    return sorted(n for n in os.listdir(dir_fd if dir_fd is not None else folder)
                  if not n.startswith("."))


def _folders(folder: Path, dir_fd: int | None, names: list[str]):
    """The participant folders among the class folder's entries (not ``*.json``), each as
    ``(name, None)``, or ``(name, why it is not entered)`` for a link or one past
    ``MAX_FOLDERS``."""
    count = 0
    for name in names:
        if _is_export(name):
            continue
        try:
            info = (os.stat(name, dir_fd=dir_fd, follow_symlinks=False) if dir_fd is not None
                    else os.lstat(folder / name))
        except OSError:
            continue
        if stat.S_ISLNK(info.st_mode):
            if _links_to_folder(folder, name, dir_fd):  # said, never entered
                yield name, ExportFormatError("a link to a folder; only folders inside the "
                                              "class folder are read (copy the folder itself "
                                              "into it).")
        elif stat.S_ISDIR(info.st_mode):
            count += 1
            yield name, (None if count <= MAX_FOLDERS else ExportFormatError(
                f"past the first {MAX_FOLDERS} participant folders; not read."))


def _links_to_folder(folder: Path, name: str, dir_fd: int | None) -> bool:
    try:
        info = os.stat(name, dir_fd=dir_fd) if dir_fd is not None else os.stat(folder / name)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode)


def _read_in(folder: Path, name: str, dir_fd: int | None):
    """``(file name, bytes or ExportFormatError)`` for each export in the participant folder
    ``name`` (opened without following a link), named ``name/file.json``."""
    sub = folder / name
    try:
        sub_fd = os.open(name, _DIR_FLAGS, dir_fd=dir_fd) if dir_fd is not None else None
    except OSError as exc:
        yield f"{name}/", ExportFormatError(f"can't be read ({exc.strerror or exc}).")
        return
    try:
        try:
            names = [n for n in _listed(sub, sub_fd) if _is_export(n)]
        except OSError as exc:
            yield f"{name}/", ExportFormatError(f"can't be read ({exc.strerror or exc}).")
            return
        for file in names:
            yield f"{name}/{file}", _read_one(sub, file, sub_fd)
    finally:
        if sub_fd is not None:
            os.close(sub_fd)


def _refusal(info: os.stat_result) -> str | None:
    """Why a listed entry is not read, or ``None`` for a regular file of its own."""
    if stat.S_ISLNK(info.st_mode):
        return ("a link; only regular files inside the class folder are read (copy the file "
                "itself into the folder).")
    if not stat.S_ISREG(info.st_mode):
        return "not a file (a folder or a special file)."
    if info.st_nlink > 1:
        return ("a file with another name elsewhere (a hard link); only files of their own "
                "are read (copy it into the folder).")
    if info.st_size > MAX_EXPORT_BYTES:
        return f"over {MAX_EXPORT_BYTES // 1_000_000} MB: too large to be a class export."
    return None


def _read_one(folder: Path, name: str, dir_fd: int | None) -> bytes | ExportFormatError:
    try:
        info = (os.stat(name, dir_fd=dir_fd, follow_symlinks=False) if dir_fd is not None
                else os.lstat(folder / name))
        reason = _refusal(info)
        if reason:
            return ExportFormatError(reason)
        fd = (os.open(name, _OPEN_FLAGS, dir_fd=dir_fd) if dir_fd is not None
              else os.open(folder / name, _OPEN_FLAGS))
        with os.fdopen(fd, "rb", buffering=0) as fh:
            now = os.fstat(fh.fileno())
            if (now.st_ino, now.st_dev) != (info.st_ino, info.st_dev):
                return ExportFormatError("changed while it was read; it is read next time.")
            reason = _refusal(now)
            if reason:
                return ExportFormatError(reason)
            return fh.read(MAX_EXPORT_BYTES + 1)
    except OSError as exc:
        return ExportFormatError(f"can't be read ({exc.strerror or exc}).")


def read_folder(folder: str | os.PathLike):
    """Yield ``(file name, bytes)`` for each ``*.json`` in ``folder`` and in its participant
    folders one level down (named ``name/file.json``), or ``(file name, ExportFormatError)``
    for an entry that is not read and why."""
    folder = Path(folder)
    dir_fd = None
    if _BY_DIR_FD:
        dir_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
                         | getattr(os, "O_CLOEXEC", 0))
    try:
        names = _listed(folder, dir_fd)
        for name in names:
            if _is_export(name):
                yield name, _read_one(folder, name, dir_fd)
        for name, refusal in _folders(folder, dir_fd, names):
            if refusal is not None:
                yield f"{name}/", refusal
            else:
                yield from _read_in(folder, name, dir_fd)
    finally:
        if dir_fd is not None:
            os.close(dir_fd)


def folder_listing(folder: str | os.PathLike) -> tuple:
    """A cheap fingerprint of the folder's ``*.json`` entries (name, size, change time): it
    differs as soon as an export arrives, changes or goes. Empty for a missing folder."""
    folder = Path(folder)
    try:
        entries = []
        with os.scandir(folder) as it:
            for e in it:
                if _is_export(e.name):
                    info = e.stat(follow_symlinks=False)
                    entries.append((e.name, info.st_size, info.st_mtime_ns, info.st_ino))
                elif not e.name.startswith(".") and e.is_dir(follow_symlinks=False):
                    entries.extend(_listing_in(Path(e.path), e.name))
        return tuple(sorted(entries))
    except OSError:
        return ()


def _listing_in(sub: Path, name: str) -> list[tuple]:
    """``folder_listing``'s entries for the participant folder ``name`` (one level only)."""
    try:
        with os.scandir(sub) as it:
            return [(f"{name}/{e.name}", *_marks(e.stat(follow_symlinks=False)))
                    for e in it if _is_export(e.name)]
    except OSError:
        return [(f"{name}/", 0, 0, 0)]


def _marks(info: os.stat_result) -> tuple:
    return info.st_size, info.st_mtime_ns, info.st_ino
