"""JSON Resume (https://jsonresume.org): its ``work`` list, and its ``volunteer`` list, as roles.

Per job: ``position`` is the title; ``name`` (older files ``company``, a proposed schema
``employer``) the organisation; ``startDate``/``endDate`` the dates; the prose of ``summary``
(without one, of ``description``) the summary, and the bullets inside it ("- Cut costs by 8%")
result statements; every ``highlights`` entry a result (a highlight holding a run-together list
gives one result per bullet); ``keywords`` are offered as skills with no growth recorded.

What real files do besides, and what the import makes of it (each said in the report):

- a ``volunteer`` entry is offered as a role; a broken one is skipped, never the whole file;
- a ``date`` field holding a range ("2019/06-2019/08") gives the start and end; ``bullets``,
  ``achievements``, ``accomplishments`` or ``responsibilities`` are read as highlights;
- any other list of sentences, or a field that looks like a date, is named as not imported;
- a job with every field empty (a template) is skipped; ``projects`` are not jobs and are named.

A file with no job left is refused in one line that says what the file holds instead.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ImportFormatError, ValidationError
from ..fields import MAX_ITEMS, MAX_TEXT
from ..model import Result, Role, Skill, Workspace
from .build import make_role, make_workspace, ordinal
from .dates import BadDate, date_field, dates_in_order, normalise_date, split_range
from .learned import split_learned
from .report import Imported, Notes
from .results import result
from .text import clip, label_line, one_line, pieces, plural, shorten, show

__all__ = [ "parse_json_resume", "read_json_resume"]

JSON_DATE = "YYYY, YYYY-MM or YYYY-MM-DD, for example \"2019-11\""
MAX_IMPORT_ROWS = MAX_ITEMS
_MAX_SHORT = 200  # a participant's name: the model's limit for short text
_BULLET_KEYS = ("bullets", "achievements", "accomplishments", "responsibilities")
_RANGE_KEYS = ("date", "dates", "period", "duration")
# Fields of a JSON Resume job (and the common extras) that the import reads or may ignore.
_KNOWN = {"name", "company", "employer", "organization", "position", "title", "url", "website",
          "location", "description", "summary", "startDate", "endDate", "highlights",
          "keywords", "type", "department", "image", "logo", "pinned", "websiteLink",
          "companySize", "contact", "id", "industry", "tags",
          *_BULLET_KEYS, *_RANGE_KEYS}
_LANGUAGE_KEY = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2})?$")


def parse_json_resume(data: object, *, source: str = "<json>") -> Workspace:
    """Build a workspace from an already parsed JSON Resume (the ``work`` list and ``basics``)."""
    return read_json_resume(data, source=source).workspace


def read_json_resume(data: object, *, source: str = "<json>",
                     notes: Notes | None = None) -> Imported:
    """Like :func:`parse_json_resume`, with the import report."""
    notes = notes if notes is not None else Notes()
    work = _work_list(data, source)
    participant = _participant(data.get("basics"), source)
    roles, blank = _work_roles(work, source, notes)
    roles.extend(_volunteer_roles(data.get("volunteer"), len(roles), source, notes))
    if not roles:
        raise ImportFormatError(_nothing_to_import(work, blank, data), file=source,
                                row=1 if blank else None,
                                field="work[0]" if blank else "work")
    _note_projects(data, notes)
    return notes.report(make_workspace(roles, participant, source), source)


def _work_list(data: object, source: str) -> list:
    """The file's ``work`` list (empty when only ``volunteer`` has entries), or a refusal that
    says what the file holds instead."""
    if not isinstance(data, dict):
        raise ImportFormatError(f"a JSON Resume is an object with a \"work\" list; this file "
                                f"holds {show(data)}.", file=source)
    work = data.get("work")
    if work is None and not _entries(data.get("volunteer")):
        raise ImportFormatError(_no_work_list(data), file=source, field="work")
    if work is None:
        return []
    if not isinstance(work, list):
        raise ImportFormatError(f"\"work\" should be a list of jobs, not {show(work)}.",
                                file=source, field="work")
    if len(work) > MAX_IMPORT_ROWS:
        raise ImportFormatError(f"\"work\" lists {len(work)} jobs; the workshop takes at most "
                                f"{MAX_IMPORT_ROWS}: remove the oldest ones and import again.",
                                file=source, row=MAX_IMPORT_ROWS + 1, field="work")
    return work


def _no_work_list(data: dict) -> str:
    """Why a file with no jobs is not a JSON Resume: a workshop file, or no ``work`` list."""
    if "roles" in data and "schema_version" in data:
        return ("this is a workshop file, not a JSON Resume: load it in notebook 00 "
                "instead of importing it.")
    return ("there is no \"work\" list: a JSON Resume lists jobs as \"work\": "
            "[{\"position\": ..., \"name\": ..., \"startDate\": ...}]" + _projects(data) + ".")


def _work_roles(work: list, source: str, notes: Notes) -> tuple[list[Role], list[int]]:
    """The roles of ``work`` in file order, and the positions of the blank jobs skipped (each
    said in a note after the jobs' own notes)."""
    roles: list[Role] = []
    blank = []
    for i, entry in enumerate(work):
        if _is_blank(entry):
            blank.append(i)
            continue
        roles.append(_job(len(roles) + 1, i, entry, source, notes, "work"))
    for i in blank:
        notes.add("skipped", "this job has every field empty (a template?); not imported.",
                  row=i + 1, field=f"work[{i}]", where=f"job {i + 1}")
    return roles, blank


def _note_projects(data: dict, notes: Notes) -> None:
    """Say that ``projects`` entries are not imported, when the file has any."""
    n = len(_entries(data.get("projects")))
    if n:
        notes.add("skipped", f"{plural(n, 'entry')} in \"projects\" not imported: the workshop "
                  "imports jobs (copy a project into \"work\" if it was one).", field="projects")


def _entries(value: Any) -> list:
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def _projects(data: dict) -> str:
    n = len(_entries(data.get("projects")))
    if not n:
        return ""
    if n == 1:
        return "; 1 entry in \"projects\" is not read as a job: copy it into \"work\" if it was one"
    return (f"; {n} entries in \"projects\" are not read as jobs: copy the ones that were jobs "
            "into \"work\"")


def _nothing_to_import(work: list, blank: list, data: dict) -> str:
    if blank and len(blank) == len(work):
        which = "the only job" if len(work) == 1 else f"all {len(work)} jobs"
        return (f"{which} in \"work\" {'has' if len(work) == 1 else 'have'} every field empty "
                "(a blank template): fill in position, name and dates, then import again.")
    return "the \"work\" list is empty: there are no jobs to import" + _projects(data) + "."


def _is_blank(entry: Any) -> bool:
    """A job whose every value is empty text (or a list of it): a template nobody filled."""
    if not isinstance(entry, dict) or not entry:
        return False

    def empty(v: Any) -> bool:
        if v is None:
            return True
        if isinstance(v, str):
            return not v.strip() or v.strip() in ("http://www..com", "https://www..com")
        if isinstance(v, list):
            return all(empty(x) for x in v)
        return False

    return all(empty(v) for v in entry.values())


def _participant(basics: Any, source: str) -> dict:
    if basics is None:
        return {}
    if not isinstance(basics, dict):
        raise ImportFormatError(f"\"basics\" should be an object such as {{\"name\": \"Ana\"}}, "
                                f"not {show(basics)}.", file=source, field="basics")
    name = basics.get("name")
    if name is None:
        return {}
    if not isinstance(name, str):
        raise ImportFormatError(f"\"basics\".\"name\" should be text, not {show(name)}.",
                                file=source, field="basics.name")
    name = clip(one_line(name), _MAX_SHORT)
    return {"name": name} if name else {}


def _volunteer_roles(volunteer: Any, taken: int, source: str, notes: Notes) -> list[Role]:
    """Volunteer entries offered as roles; a broken one is skipped with a note."""
    roles: list[Role] = []
    if not isinstance(volunteer, list):
        return roles
    for i, entry in enumerate(volunteer):
        where = f"volunteer entry {i + 1}"
        if not isinstance(entry, dict) or _is_blank(entry):
            continue
        if taken + len(roles) >= MAX_IMPORT_ROWS:
            notes.add("skipped", f"the workshop holds at most {MAX_IMPORT_ROWS} roles; not "
                      "imported.", row=i + 1, field=f"volunteer[{i}]", where=where)
            continue
        try:
            role = _job(taken + len(roles) + 1, i, entry, source, notes, "volunteer")
        except ImportFormatError as exc:
            notes.add("skipped", f"not imported: {exc.message}", row=i + 1,
                      field=exc.field or f"volunteer[{i}]", where=where)
            continue
        notes.add("added", f"'{shorten(role.title, 40)}' added as a role from \"volunteer\"; "
                  "remove it in notebook 01 if it should not count as a job.", row=i + 1,
                  field=f"volunteer[{i}]", where=where)
        roles.append(role)
    return roles


class _Job:
    """Reading one entry of ``work`` or ``volunteer``."""

    def __init__(self, index: int, entry: dict, source: str, notes: Notes, section: str):
        self.entry, self.source, self.notes = entry, source, notes
        self.tools: list[str] = []  # highlights that only name tools, offered as skills
        self.learned: list[str] = []  # what a highlight says was learned (importers/learned.py)
        self.row = index + 1
        self.path = f"{section}[{index}]"
        if section == "work":
            self.where = f"the {ordinal(self.row)} job in \"work\""
            self.place = f"job {self.row}"
        else:
            self.where = f"the {ordinal(self.row)} entry in \"volunteer\""
            self.place = f"volunteer entry {self.row}"

    def note(self, kind: str, message: str, key: str = "") -> None:
        self.notes.add(kind, message, row=self.row, field=f"{self.path}.{key}" if key else
                       self.path, where=self.place)

    def text(self, key: str) -> str | None:
        value = self.entry.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise ImportFormatError(f"{self.where} has {key} {show(value)}; it should be text.",
                                    file=self.source, row=self.row, field=f"{self.path}.{key}")
        return value

    def refuse(self, message: str, key: str = "") -> ImportFormatError:
        return ImportFormatError(message, file=self.source, row=self.row,
                                 field=f"{self.path}.{key}" if key else self.path)

    def date(self, key: str, value: Any = None) -> str | None:
        value = self.entry.get(key) if value is None else value
        return date_field(value, expected=JSON_DATE, source=self.source, row=self.row,
                          field=f"{self.path}.{key}", where=self.where, notes=self.notes,
                          place=self.place)


def _job(number: int, index: int, entry: Any, source: str, notes: Notes, section: str) -> Role:
    job = _Job(index, entry if isinstance(entry, dict) else {}, source, notes, section)
    if not isinstance(entry, dict):
        raise job.refuse(f"{job.where} should be an object such as {{\"position\": \"Shift "
                         f"Supervisor\", \"name\": \"Northwind\"}}, not {show(entry)}.")
    if entry and all(_LANGUAGE_KEY.match(str(k)) and isinstance(v, dict | list)
                     for k, v in entry.items()):
        langs = ", ".join(f"\"{k}\"" for k in list(entry)[:4])
        raise job.refuse(f"{job.where} holds one copy per language ({langs}) instead of a job: "
                         "make \"work\" the list of jobs in one language, then import again.")
    title_key = "position" if one_line(job.text("position") or "") else (
        "title" if isinstance(entry.get("title"), str) and one_line(entry["title"]) else
        "position")
    title = one_line(job.text(title_key) or "")
    if not title and section == "volunteer":
        title = "Volunteer"
    if not title:
        raise job.refuse(f"{job.where} has no job title: add \"position\": \"your job title\", "
                         "for example \"position\": \"Shift Supervisor\".", "position")
    org_key = next((k for k in ("name", "organization", "company", "employer")
                    if isinstance(entry.get(k), str) and one_line(entry[k])), "name")
    organization = one_line(job.text(org_key) or "")
    start, end = _dates(job)
    summary, results = _summary_and_results(job)
    skills = _skills(job)
    fields = {"title": title_key, "organization": org_key, "start": "startDate",
              "end": "endDate", "summary": "summary"}
    _unread_fields(job)
    return make_role(number, title=title, organization=organization, start=start, end=end,
                     summary=summary, results=results, source=source, row=job.row,
                     fields={k: f"{job.path}.{v}" for k, v in fields.items()}, skills=skills)


def _dates(job: _Job) -> tuple[str | None, str | None]:
    entry = job.entry
    start, end = job.date("startDate"), job.date("endDate")
    if "startDate" not in entry and "endDate" not in entry:
        for key in _RANGE_KEYS:
            value = entry.get(key)
            if not isinstance(value, str) or not value.strip():
                continue
            span = split_range(value)
            if span is not None:
                start, end = job.date(key, span[0] or None), job.date(key, span[1] or "")
                job.note("added", f"'{shorten(value)}' read as the start and end dates.", key)
            else:
                start = job.date(key)
                job.note("added", f"'{shorten(value)}' read as the start date.", key)
            break
    return dates_in_order(start, end, source=job.source, row=job.row,
                          field=f"{job.path}.endDate", where=job.where)


def _summary_and_results(job: _Job) -> tuple[str, list[Result]]:
    """The job's summary (the prose of its summary) and its results: the summary's bullets,
    then every highlight's; each list cut to the model's limits, with a note."""
    summary_key, prose, results = _summary_bullets(job)
    highlights_key, highlights = _highlights(job)
    for j, item in enumerate(highlights):
        for piece in pieces(item):
            _add(results, piece.text, job, f"{highlights_key}[{j}]")
    results = _first_results(job, results, highlights_key)
    summary = _cut_summary(job, _joined(prose), summary_key)
    return summary, results


def _summary_bullets(job: _Job) -> tuple[str, list[str], list[Result]]:
    """The field read as the summary (``summary``, else ``description``), its prose lines, and
    the results its bullets state."""
    summary_key = "summary" if one_line(job.text("summary") or "") else "description"
    prose: list[str] = []
    results: list[Result] = []
    for piece in pieces(job.text(summary_key) or ""):
        if piece.bullet and not label_line(piece.text):
            _add(results, piece.text, job, summary_key)
        else:
            prose.append(piece.text)
    return summary_key, prose, results


def _highlights(job: _Job) -> tuple[str, list[str]]:
    """The field read as highlights and its sentences, checked; a list that only names tools
    goes to ``job.tools`` instead (offered as skills), leaving no highlights."""
    key, highlights = _highlights_field(job)
    if not isinstance(highlights, list):
        raise job.refuse(f"{job.where} has {key} {show(highlights)}; it should be a "
                         "list of sentences, such as [\"Cut overtime by 18%\"].", key)
    for j, item in enumerate(highlights):
        if not isinstance(item, str):
            raise job.refuse(f"highlight {j + 1} of {job.where} is {show(item)}; each highlight "
                             "should be a sentence in quotes.", f"{key}[{j}]")
    if not _tool_list(highlights):
        return key, highlights
    job.tools = [one_line(h) for h in highlights if one_line(h)]
    job.note("added", f"the {plural(len(job.tools), 'highlight')} name tools, not results "
             f"({shorten(', '.join(job.tools), 50)}): added as skills.", key)
    return key, []


def _highlights_field(job: _Job) -> tuple[str, Any]:
    """``highlights``, or, when it is missing or empty, the first non-empty list of
    ``_BULLET_KEYS`` (said in a note); unchecked."""
    entry = job.entry
    highlights = entry.get("highlights")
    if highlights is None or highlights == []:
        for key in _BULLET_KEYS:
            if isinstance(entry.get(key), list) and entry[key]:
                job.note("added", f"\"{key}\" read as highlights (result statements).", key)
                return key, entry[key]
    return "highlights", [] if highlights is None else highlights


def _first_results(job: _Job, results: list[Result], key: str) -> list[Result]:
    """The first ``MAX_ITEMS`` results; a note says how many more were not imported."""
    if len(results) <= MAX_ITEMS:
        return results
    job.note("skipped", f"{len(results) - MAX_ITEMS} results past the first {MAX_ITEMS} not "
             "imported.", key)
    return results[:MAX_ITEMS]


def _cut_summary(job: _Job, summary: str, key: str) -> str:
    """The summary cut to ``MAX_TEXT`` characters, with a note when it was longer."""
    if len(summary) <= MAX_TEXT:
        return summary
    job.note("fixed", f"the summary is {len(summary)} characters; cut to {MAX_TEXT}.", key)
    return clip(summary)


def _tool_list(highlights: list) -> bool:
    """Highlights that are only names ("Java", "Angular 2+"): two or more, none over two words."""
    items = [one_line(h) for h in highlights if isinstance(h, str) and one_line(h)]
    return len(items) >= 2 and all(len(h.split()) <= 2 and not h.endswith(".") for h in items)


def _joined(lines: list[str]) -> str:
    """Prose lines as one line: a line without closing punctuation gets a semicolon."""
    out = ""
    for line in lines:
        if out:
            out += " " if out.endswith((".", "!", "?", ":", ";", ",")) else "; "
        out += line
    return out


def _add(results: list[Result], text: str, job: _Job, key: str) -> None:
    statement = " ".join(text.split())
    learned, statement = split_learned(statement)  # what was learned is a skill, not a result
    job.learned.extend(n for n in learned if n not in job.learned)
    if not statement:
        return
    if len(statement) > MAX_TEXT:
        job.note("fixed", f"a result of {len(statement)} characters cut to {MAX_TEXT}.", key)
        statement = clip(statement)
    try:
        r = result(statement)
    except ValidationError as exc:
        raise job.refuse(exc.message, key) from exc
    if r is not None:
        results.append(r)


def _skills(job: _Job) -> list[Skill]:
    keywords = job.entry.get("keywords")
    if not isinstance(keywords, list):
        keywords = []
    skills: list[Skill] = []
    seen: set[str] = set()
    if job.learned:
        job.note("added", f"{plural(len(job.learned), 'skill')} from what a line says was "
                 f"learned ({shorten(', '.join(job.learned), 60)}): set how far each grew in "
                 "notebook 02.", "highlights")
    for word in [*job.tools, *job.learned, *keywords]:
        if not isinstance(word, str):
            continue
        name = clip(one_line(word), 200)
        if not name or name.casefold() in seen or len(skills) >= MAX_ITEMS:
            continue
        seen.add(name.casefold())
        skills.append(Skill(name=name, before="novice", after="novice"))
    from_keywords = len(skills) - len({t.casefold() for t in [*job.tools, *job.learned]})
    if from_keywords > 0:
        job.note("added", f"{plural(from_keywords, 'keyword')} added as skills, with no growth "
                 "recorded: set each skill's levels in notebook 02, or remove it.", "keywords")
    return skills


def _unread_fields(job: _Job) -> None:
    """Name fields that hold sentences or dates the import did not read."""
    entry = job.entry
    for key, value in entry.items():
        if not isinstance(key, str) or key in _KNOWN or key.startswith("x-"):
            continue
        if key in ("startDate", "endDate"):
            continue
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value) \
                and any(v.strip() for v in value):
            job.note("skipped", f"\"{shorten(key, 30)}\" ({plural(len(value), 'line')}) not "
                     "imported: move the lines into \"highlights\" to import them as results.",
                     key)
        elif isinstance(value, str) and _looks_like_date(value):
            job.note("skipped", f"\"{shorten(key, 30)}\" ('{shorten(value)}') looks like a date "
                     "but was not read: use \"startDate\" and \"endDate\".", key)
    if ("startDate" in entry or "endDate" in entry):
        for key in _RANGE_KEYS:
            if isinstance(entry.get(key), str) and entry[key].strip():
                job.note("skipped", f"\"{key}\" ('{shorten(entry[key])}') not read: the job's "
                         "\"startDate\" and \"endDate\" are used.", key)


def _looks_like_date(value: str) -> bool:
    text = one_line(value)
    if not text or len(text) > 40 or not any(c.isdigit() for c in text):
        return False
    try:
        normalise_date(text)
        return True
    except BadDate:
        return split_range(text) is not None
