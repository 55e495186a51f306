"""The class dashboard's logic: read a folder of anonymised exports and sum up what the class did.

Participants share an anonymised export (``workshop share`` or the share button in notebook 05,
written by ``workshop.share.export_dict``). A facilitator collects those files in one folder;
``summarise_folder`` reads every ``*.json`` in it and returns a ``ClassSummary``. A file that is
not a valid export (not JSON, another kind of file, wrong types, over 1 MB, a copy of a file
already read) is skipped and named with the reason: one bad file never stops the dashboard.
``dashboard_summary`` is what the dashboard notebook shows: the folder's summary, or, while the
folder holds no export yet, a sample class made of the kit's personas (and it says so).

What the summary says, per participant (one export each):

- the score of their strongest role, as a list and as a histogram in ten bins of 10 points;
- whether their strongest role was *not* the job they enjoyed most (the trap the advice warns
  about), over the participants whose export can tell;
- the pitfall categories found in their answer, counted over the class;
- the skills grown, by the kit's canonical skill name, summing ``levels_grown`` over all their
  roles; skills outside the vocabulary are counted together as "other", apart from the ranking;
- whether their strongest role has a result with a number;
- whether their answer passed every check, and its length in words.

Reading is built to be fast (a class folder of 10,000 exports reads in about as long as
``json.load`` alone takes on the same files): every file is read once as bytes and parsed with
``json.loads``; validation is a few type checks on the fields the summary uses. No pandas in the
loop; matplotlib is imported only when charts are drawn.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ExportFormatError

__all__ = [
    "EXPORT_KIND",
    "EXPORT_VERSION",
    "MAX_EXPORT_BYTES",
    "SCORE_BINS",
    "OTHER_SKILL",
    "ClassSummary",
    "read_export",
    "summarise_exports",
    "summarise_folder",
    "sample_summary",
    "dashboard_summary",
    "summary_to_dict",
    "summary_frame",
    "render_summary_text",
    "render_summary_html",
    "plot_score_distribution",
    "plot_pitfalls",
    "plot_skills_grown",
    "plot_shares",
    "class_figures",
    "chart_frames",
    "write_class_charts",
    "default_class_folder",
    "CHART_FILES",
]

# The same values as ``workshop.share`` (not imported from there: reading exports must not load
# the answer check and its phrase lists).
EXPORT_KIND = "job-value-workshop/class-export"
EXPORT_VERSION = 1
MAX_EXPORT_BYTES = 1_000_000
SCORE_BINS = tuple((lo, lo + 10) for lo in range(0, 100, 10))  # the last bin holds 100 too
OTHER_SKILL = "other"
_MAX_NAME = 60  # a pitfall category or skill name longer than this is not from the kit
_SOURCES = ("participant", "draft", "none")

CHART_FILES = {
    "score_distribution": "score_distribution",
    "pitfalls": "pitfalls",
    "skills_grown": "skills_grown",
    "shares": "quantified_share",
}

# Okabe-Ito colours (safe for the common colour-vision deficiencies) with a hatch each, so the
# charts also read in greyscale.
_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
_HATCHES = ("//", "..", "xx", "\\\\", "oo", "--", "++")


@dataclass
class ClassSummary:
    """What a folder of anonymised exports says about the class.

    Attributes:
        folder: the folder read.
        participants: how many valid exports were read (one per participant).
        skipped: ``(file name, reason)`` for every ``*.json`` file that was not a valid export.
        strongest_scores: the score (0 to 100) of each participant's strongest role; a
            participant with no rated role has none.
        unranked_participants: participants whose export has no rated role.
        enjoyment_known: participants whose export says whether their strongest role was the one
            they enjoyed most.
        not_most_enjoyed: of those, how many had a strongest role that was *not* the most enjoyed.
        pitfalls: participants whose answer fell into each pitfall category, most common first.
        skills_grown: levels grown per canonical skill over all roles, most grown first
            ("other" left out).
        other_levels_grown: levels grown in skills outside the kit's vocabulary.
        quantified: participants whose strongest role has a result with a number.
        answers: participants with an answer text (their own or the drafted one).
        passed: participants whose answer passed every check.
        words: the length in words of each answer.
        note: a sentence to show above the figures (for example: this is the sample class).
    """

    folder: str = ""
    participants: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    strongest_scores: list[float] = field(default_factory=list)
    unranked_participants: int = 0
    enjoyment_known: int = 0
    not_most_enjoyed: int = 0
    pitfalls: dict[str, int] = field(default_factory=dict)
    skills_grown: dict[str, int] = field(default_factory=dict)
    other_levels_grown: int = 0
    quantified: int = 0
    answers: int = 0
    passed: int = 0
    words: list[int] = field(default_factory=list)
    note: str = ""

    @property
    def ranked_participants(self) -> int:
        """Participants with at least one rated role (so with a strongest role)."""
        return len(self.strongest_scores)

    @property
    def score_histogram(self) -> list[int]:
        """How many strongest-role scores fall in each bin of ``SCORE_BINS``."""
        counts = [0] * len(SCORE_BINS)
        for score in self.strongest_scores:
            counts[min(int(score // 10), len(SCORE_BINS) - 1)] += 1
        return counts

    @property
    def share_not_most_enjoyed(self) -> float | None:
        """Of the participants it is known for: strongest role not the most enjoyed (0..1)."""
        return _share(self.not_most_enjoyed, self.enjoyment_known)

    @property
    def share_quantified(self) -> float | None:
        """Of the participants with a strongest role: it has a result with a number (0..1)."""
        return _share(self.quantified, self.ranked_participants)

    @property
    def share_passed(self) -> float | None:
        """Of the participants with an answer: it passed every check (0..1)."""
        return _share(self.passed, self.answers)

    @property
    def mean_words(self) -> float | None:
        """The mean length of the answers in words, or ``None`` without answers."""
        return round(sum(self.words) / len(self.words), 1) if self.words else None

    @property
    def mean_score(self) -> float | None:
        """The mean score of the strongest roles, or ``None`` when nobody has one."""
        if not self.strongest_scores:
            return None
        return round(sum(self.strongest_scores) / len(self.strongest_scores), 1)

    def __repr__(self) -> str:
        return (f"ClassSummary: {self.participants} participant(s) from {self.folder or 'exports'}"
                f", {len(self.skipped)} file(s) skipped")


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def default_class_folder() -> Path:
    """Where the dashboard looks: ``WORKSHOP_SHARE_DIR``, else ``share_exports/`` beside the
    default workspace file (the folder notebook 05's share button writes to)."""
    from . import config
    from .store import default_workspace_path

    override = config.share_dir()
    if override:
        return override

    return default_workspace_path().parent / "share_exports"


# --- reading one export ----------------------------------------------------------------------


@dataclass(slots=True)
class _Record:
    """What the summary takes from one export (already checked)."""

    export_id: str
    score: float | None
    enjoyed: bool | None
    quantified: bool
    skills: list
    source: str
    words: int
    passed: bool
    pitfalls: list


def _bad(message: str, where: str | None = None) -> ExportFormatError:
    return ExportFormatError(message, field=where)


def _is_number(value) -> bool:
    return (type(value) is int or type(value) is float) and value == value  # no bool, no NaN


def _name(value, where: str) -> str:
    if type(value) is not str or not value or len(value) > _MAX_NAME:
        raise _bad(f"'{where}' should be a short name from the kit's lists.", where)
    return value


class _Odd(Exception):
    """The fast check met something unexpected: the careful check says what."""


def _check(data) -> _Record:
    """The fields the summary uses, type-checked; raises ``ExportFormatError`` naming the field.

    A fast pass handles well-formed exports (nearly all of them); anything unexpected is handed
    to the careful pass, which finds the field to name.
    """
    try:
        return _check_fast(data)
    except (_Odd, AttributeError, KeyError, TypeError):
        return _check_carefully(data)


def _check_fast(data) -> _Record:
    if (data["kind"] != EXPORT_KIND or type(data["export_version"]) is not int
            or data["export_version"] != EXPORT_VERSION):
        raise _Odd
    export_id = data.get("export_id")
    if export_id is not None and (type(export_id) is not str or len(export_id) > 64):
        raise _Odd
    score = None
    skills: list[tuple[str, int]] = []
    append = skills.append
    for role in data["roles"]:
        rank = role.get("rank")
        if rank is not None:
            role_score = role["score"]
            if (type(rank) is not int or rank < 1 or type(role_score) not in (int, float)
                    or not 0 <= role_score <= 100):
                raise _Odd
            if rank == 1 and score is None:
                score = float(role_score)
        role_skills = role.get("skills", [])
        if type(role_skills) is not list:
            raise _Odd
        for skill in role_skills:
            name, grown = skill["skill"], skill["levels_grown"]
            if (type(name) is not str or type(grown) is not int or not 0 <= grown <= 4
                    or not name or len(name) > _MAX_NAME):
                raise _Odd
            append((name, grown))
    enjoyed = data.get("strongest_is_most_enjoyed")
    quantified = data.get("strongest_has_quantified_result", False)
    answer = data["answer"]
    source = answer.get("source", "participant")
    words, passed = answer["words"], answer["passed"]
    categories = answer.get("pitfall_categories", ())
    if ((enjoyed is not None and type(enjoyed) is not bool) or type(quantified) is not bool
            or type(data["roles"]) is not list or source not in _SOURCES
            or type(words) is not int or words < 0 or type(passed) is not bool
            or type(categories) is not list):
        raise _Odd
    for c in categories:
        if type(c) is not str or not c or len(c) > _MAX_NAME:
            raise _Odd
    return _Record(export_id, score, enjoyed, quantified, skills, source, words, passed,
                   set(categories))


def _check_carefully(data) -> _Record:
    """The field-by-field check: slower, and it names the first field that is wrong."""
    if type(data) is not dict:
        raise _bad("it is JSON but not an object; not a class export.")
    kind = data.get("kind")
    if kind != EXPORT_KIND:
        shown = repr(kind)[:60] if kind is not None else "missing"
        raise _bad(f"not a class export ('kind' is {shown}, expected '{EXPORT_KIND}').", "kind")
    version = data.get("export_version")
    if type(version) is not int:
        raise _bad("'export_version' should be a whole number.", "export_version")
    if version != EXPORT_VERSION:
        raise _bad(f"export version {version} is not one this kit reads (it reads "
                   f"{EXPORT_VERSION}); update the kit.", "export_version")
    export_id = data.get("export_id")
    if export_id is not None and (type(export_id) is not str or len(export_id) > 64):
        raise _bad("'export_id' should be a short id.", "export_id")

    roles = data.get("roles")
    if type(roles) is not list:
        raise _bad("'roles' should be a list.", "roles")
    score = None
    skills: list[tuple[str, int]] = []
    for i, role in enumerate(roles):
        if type(role) is not dict:
            raise _bad("a role should be an object.", f"roles[{i}]")
        rank = role.get("rank")
        if rank is not None:
            if type(rank) is not int or rank < 1:
                raise _bad("'rank' should be a whole number from 1.", f"roles[{i}].rank")
            role_score = role.get("score")
            if not _is_number(role_score) or not 0 <= role_score <= 100:
                raise _bad("'score' should be a number from 0 to 100.", f"roles[{i}].score")
            if rank == 1 and score is None:
                score = float(role_score)
        role_skills = role.get("skills", [])
        if type(role_skills) is not list:
            raise _bad("'skills' should be a list.", f"roles[{i}].skills")
        for j, skill in enumerate(role_skills):
            if type(skill) is not dict:
                raise _bad("a skill should be an object.", f"roles[{i}].skills[{j}]")
            grown = skill.get("levels_grown")
            if type(grown) is not int or not 0 <= grown <= 4:
                raise _bad("'levels_grown' should be a whole number from 0 to 4.",
                           f"roles[{i}].skills[{j}].levels_grown")
            skills.append((_name(skill.get("skill"), f"roles[{i}].skills[{j}].skill"), grown))

    enjoyed = data.get("strongest_is_most_enjoyed")
    if enjoyed is not None and type(enjoyed) is not bool:
        raise _bad("'strongest_is_most_enjoyed' should be true, false or null.",
                   "strongest_is_most_enjoyed")
    quantified = data.get("strongest_has_quantified_result", False)
    if type(quantified) is not bool:
        raise _bad("'strongest_has_quantified_result' should be true or false.",
                   "strongest_has_quantified_result")

    answer = data.get("answer")
    if type(answer) is not dict:
        raise _bad("'answer' should be an object.", "answer")
    source = answer.get("source", "participant")
    if source not in _SOURCES:
        raise _bad("'answer.source' should be participant, draft or none.", "answer.source")
    words = answer.get("words")
    if type(words) is not int or words < 0:
        raise _bad("'answer.words' should be a whole number.", "answer.words")
    passed = answer.get("passed")
    if type(passed) is not bool:
        raise _bad("'answer.passed' should be true or false.", "answer.passed")
    categories = answer.get("pitfall_categories", [])
    if type(categories) is not list:
        raise _bad("'answer.pitfall_categories' should be a list.", "answer.pitfall_categories")
    pitfalls = {_name(c, "answer.pitfall_categories") for c in categories}
    return _Record(export_id, score, enjoyed, quantified, skills, source, words, passed, pitfalls)


def read_export(raw: bytes, *, file: str | None = None) -> _Record:
    """Check one export's bytes; raises ``ExportFormatError`` saying what is wrong and where."""
    if len(raw) > MAX_EXPORT_BYTES:
        raise ExportFormatError(f"over {MAX_EXPORT_BYTES // 1_000_000} MB: too large to be a "
                                "class export.", file=file)
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise ExportFormatError("not UTF-8 text.", file=file) from None
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line})" if line else ""
        raise ExportFormatError(f"not valid JSON{where}.", file=file) from None
    except RecursionError:
        raise ExportFormatError("nested too deeply to be a class export.", file=file) from None
    try:
        return _check(data)
    except ExportFormatError as exc:
        raise exc.located(file=file) from None


def _reason(exc: ExportFormatError) -> str:
    text = " ".join(exc.message.split())
    return f"{text} (field '{exc.field}')" if exc.field and exc.field not in text else text


# --- the summary -----------------------------------------------------------------------------


def summarise_exports(items, folder: str = "") -> ClassSummary:
    """Sum up ``(file name, bytes)`` pairs; invalid ones end up in ``skipped``."""
    summary = ClassSummary(folder=folder)
    skipped = summary.skipped
    scores = summary.strongest_scores
    words = summary.words
    pitfalls: Counter = Counter()
    grown: Counter = Counter()
    seen: dict[str, str] = {}
    participants = unranked = known = not_enjoyed = quantified = answers = passed = 0
    for name, raw in items:
        if isinstance(raw, ExportFormatError):
            skipped.append((name, _reason(raw)))
            continue
        try:
            record = read_export(raw, file=name)
        except ExportFormatError as exc:
            skipped.append((name, _reason(exc)))
            continue
        if record.export_id:
            first = seen.get(record.export_id)
            if first is not None:
                skipped.append((name, f"a copy of {first} (same export id); counted once."))
                continue
            seen[record.export_id] = name
        participants += 1
        if record.score is None:
            unranked += 1
        else:
            scores.append(record.score)
            if record.quantified:
                quantified += 1
            if record.enjoyed is not None:
                known += 1
                if not record.enjoyed:
                    not_enjoyed += 1
        for skill, levels in record.skills:
            grown[skill] += levels
        if record.source != "none":
            answers += 1
            words.append(record.words)
            if record.passed:
                passed += 1
            pitfalls.update(record.pitfalls)
    other = grown.pop(OTHER_SKILL, 0)
    summary.participants = participants
    summary.unranked_participants = unranked
    summary.enjoyment_known = known
    summary.not_most_enjoyed = not_enjoyed
    summary.quantified = quantified
    summary.answers = answers
    summary.passed = passed
    summary.other_levels_grown = other
    # most first, then by name, so the order is the same on every run
    summary.pitfalls = dict(sorted(pitfalls.items(), key=lambda kv: (-kv[1], kv[0])))
    summary.skills_grown = dict(sorted(((k, v) for k, v in grown.items() if v > 0),
                                       key=lambda kv: (-kv[1], kv[0])))
    return summary


def _read_folder(folder: Path):
    with os.scandir(folder) as entries:
        found = sorted((e.name, e.is_file()) for e in entries
                       if e.name.lower().endswith(".json") and not e.name.startswith("."))
    for name, is_file in found:
        if not is_file:  # a folder, a pipe, a broken link: never opened (a pipe would block)
            yield name, ExportFormatError("not a file (a folder or a special file).")
            continue
        path = os.path.join(folder, name)
        try:
            # unbuffered: readall() sizes its buffer from the file, and a file over the limit
            # is never read at all
            with open(path, "rb", buffering=0) as fh:
                info = os.fstat(fh.fileno())
                if not stat.S_ISREG(info.st_mode):
                    yield name, ExportFormatError("not a regular file.")
                    continue
                if info.st_size > MAX_EXPORT_BYTES:
                    yield name, ExportFormatError(
                        f"over {MAX_EXPORT_BYTES // 1_000_000} MB: too large to be a class "
                        "export.")
                    continue
                raw = fh.readall()
        except OSError as exc:
            yield name, ExportFormatError(f"can't be read ({exc.strerror or exc}).")
            continue
        yield name, raw


def summarise_folder(folder: str | os.PathLike, *, missing_ok: bool = False) -> ClassSummary:
    """Read every ``*.json`` in ``folder`` (not its sub-folders) and sum up the class.

    A missing folder raises ``ExportFormatError``, or gives an empty summary with ``missing_ok``.
    """
    path = Path(folder)
    if not path.is_dir():
        if missing_ok:
            return ClassSummary(folder=str(path))
        what = "is a file, not a folder" if path.exists() else "does not exist"
        raise ExportFormatError(f"the exports folder {what}; give the folder the participants' "
                                "shared files were collected in.", file=str(path))
    return summarise_exports(_read_folder(path), folder=str(path))


def sample_summary() -> ClassSummary:
    """The class made of the kit's sample personas, one export each (a preview of the dashboard).
    """
    from .resources import persona_paths
    from .share import write_export
    from .store import read_workspace

    with tempfile.TemporaryDirectory(prefix="workshop-sample-class-") as tmp:
        for name, path in persona_paths().items():
            write_export(read_workspace(path), Path(tmp) / f"{name}.json")
        summary = summarise_folder(tmp)
    summary.folder = "the kit's sample personas"
    return summary


def dashboard_summary(folder: str | os.PathLike) -> ClassSummary:
    """The summary of ``folder``; while it holds no export yet, the sample class, said so."""
    summary = summarise_folder(folder, missing_ok=True)
    if summary.participants:
        return summary
    sample = sample_summary()
    sample.skipped = summary.skipped
    sample.note = (f"No class exports in {folder} yet, so this shows a SAMPLE class made of the "
                   f"kit's {sample.participants} sample personas. Collect the participants' "
                   "shared files in that folder and run the notebook again.")
    return sample


# --- the summary as data, table and text -----------------------------------------------------


def summary_to_dict(summary: ClassSummary) -> dict:
    """The summary as a JSON-ready dict (the ``workshop class --format json`` object)."""
    return {
        "folder": summary.folder,
        "participants": summary.participants,
        "skipped": [{"file": f, "reason": r} for f, r in summary.skipped],
        "strongest_scores": list(summary.strongest_scores),
        "score_histogram": [{"from": lo, "to": hi, "count": n}
                            for (lo, hi), n in zip(SCORE_BINS, summary.score_histogram,
                                                   strict=True)],
        "mean_score": summary.mean_score,
        "ranked_participants": summary.ranked_participants,
        "unranked_participants": summary.unranked_participants,
        "strongest_not_most_enjoyed": {"count": summary.not_most_enjoyed,
                                       "of": summary.enjoyment_known,
                                       "share": summary.share_not_most_enjoyed},
        "pitfalls": dict(summary.pitfalls),
        "skills_grown": dict(summary.skills_grown),
        "other_levels_grown": summary.other_levels_grown,
        "quantified_result": {"count": summary.quantified, "of": summary.ranked_participants,
                              "share": summary.share_quantified},
        "passed_all_checks": {"count": summary.passed, "of": summary.answers,
                              "share": summary.share_passed},
        "mean_words": summary.mean_words,
    }


def _pct(share: float | None) -> str:
    return "n/a" if share is None else f"{share * 100:.0f}%"


def _key_figures(summary: ClassSummary) -> list[tuple[str, str]]:
    """(what, value) rows: the same lines in the text, the HTML and the table."""
    s = summary
    return [
        ("Participants (exports read)", str(s.participants)),
        ("Files skipped", str(len(s.skipped))),
        ("Participants with a rated role", str(s.ranked_participants)),
        ("Mean score of the strongest role", "n/a" if s.mean_score is None
         else f"{s.mean_score:.1f} of 100"),
        ("Strongest role is not the job enjoyed most",
         f"{_pct(s.share_not_most_enjoyed)} ({s.not_most_enjoyed} of {s.enjoyment_known})"),
        ("Strongest role has a result with a number",
         f"{_pct(s.share_quantified)} ({s.quantified} of {s.ranked_participants})"),
        ("Answer passed every check",
         f"{_pct(s.share_passed)} ({s.passed} of {s.answers})"),
        ("Mean answer length", "n/a" if s.mean_words is None else f"{s.mean_words:.0f} words"),
    ]


def summary_frame(summary: ClassSummary):
    """The key figures as a small pandas table (what / value), for the dashboard notebook."""
    import pandas as pd

    rows = [("Read from", summary.folder or "exports")] + _key_figures(summary)
    return pd.DataFrame({"value": [v for _, v in rows]},
                        index=pd.Index([k for k, _ in rows], name="what"))


def _ranked_lines(counts: dict[str, int], unit: str, limit: int = 10) -> list[str]:
    return [f"  {name}: {n} {unit}" for name, n in list(counts.items())[:limit]]


def render_summary_text(summary: ClassSummary) -> str:
    """The summary in plain words, for a terminal or the notebook."""
    s = summary
    lines = [f"Class summary of {s.folder or 'the exports'}"]
    if s.note:
        lines.append(s.note)
    lines += [f"{what}: {value}" for what, value in _key_figures(s)]
    if s.participants == 0:
        lines.append("No exports read yet: ask participants to press 'share with the class' in "
                     "notebook 05 (or run 'workshop share') and collect the files in this folder.")
    if s.strongest_scores:
        lines.append("Scores of the strongest roles (participants per band):")
        lines += [f"  {lo:>3}-{hi:<3} {'#' * n} {n}"
                  for (lo, hi), n in zip(SCORE_BINS, s.score_histogram, strict=True) if n]
    if s.pitfalls:
        lines.append("Most common pitfalls (participants whose answer has them):")
        lines += _ranked_lines(s.pitfalls, "participant(s)")
    if s.skills_grown or s.other_levels_grown:
        lines.append("Skills most grown (levels grown, all roles):")
        lines += _ranked_lines(s.skills_grown, "level(s)")
        if s.other_levels_grown:
            lines.append(f"  (skills outside the kit's list: {s.other_levels_grown} level(s))")
    if s.skipped:
        lines.append("Skipped files (not valid class exports):")
        lines += [f"  {name}: {reason}" for name, reason in s.skipped]
    return "\n".join(lines) + "\n"


def render_summary_html(summary: ClassSummary) -> str:
    """The key figures and skipped files as an HTML fragment; every file name is escaped."""
    from html import escape

    rows = "".join(f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(v)}</td></tr>"
                   for k, v in _key_figures(summary))
    out = [f"<p><b>{escape(summary.note)}</b></p>"] if summary.note else []
    out += [f"<p>Exports folder: <code>{escape(summary.folder)}</code></p>",
           f"<table class='workshop-class-summary'>{rows}</table>"]
    if summary.participants == 0:
        out.append("<p>No exports read yet: ask participants to press <b>share with the "
                   "class</b> in notebook 05 and collect the files in this folder.</p>")
    if summary.skipped:
        items = "".join(f"<li><code>{escape(n)}</code>: {escape(r)}</li>"
                        for n, r in summary.skipped)
        out.append(f"<p>Skipped files (not valid class exports):</p><ul>{items}</ul>")
    return "\n".join(out)


# --- charts ---------------------------------------------------------------------------------


def _chart_tables(summary: ClassSummary) -> dict[str, tuple[list[str], list[list]]]:
    """Each chart's data as (header, rows): what the CSV beside the chart holds."""
    s = summary
    shares = [
        ("strongest role has a result with a number", s.quantified, s.ranked_participants,
         s.share_quantified),
        ("answer passed every check", s.passed, s.answers, s.share_passed),
        ("strongest role is not the job enjoyed most", s.not_most_enjoyed, s.enjoyment_known,
         s.share_not_most_enjoyed),
    ]
    skills = list(s.skills_grown.items())
    if s.other_levels_grown:
        skills.append((f"{OTHER_SKILL} (not in the kit's list)", s.other_levels_grown))
    return {
        "score_distribution": (["score_from", "score_to", "participants"],
                               [[lo, hi, n] for (lo, hi), n in
                                zip(SCORE_BINS, s.score_histogram, strict=True)]),
        "pitfalls": (["pitfall", "participants"], [[k, v] for k, v in s.pitfalls.items()]),
        "skills_grown": (["skill", "levels_grown"], [[k, v] for k, v in skills]),
        "shares": (["what", "count", "of", "share"],
                   [[what, n, of, "" if share is None else share]
                    for what, n, of, share in shares]),
    }


def chart_frames(summary: ClassSummary) -> dict:
    """Each chart's data as a small pandas table, by chart name (shown beside the charts)."""
    import pandas as pd

    return {name: pd.DataFrame(rows, columns=header)
            for name, (header, rows) in _chart_tables(summary).items()}


def _empty(ax, title: str):
    ax.set_title(title)
    ax.text(0.5, 0.5, "No data yet", ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def plot_score_distribution(summary: ClassSummary, ax):
    """Bars: participants per band of strongest-role score. Returns ``ax``."""
    title = "Score of each participant's strongest role"
    if not summary.strongest_scores:
        return _empty(ax, title)
    counts = summary.score_histogram
    lefts = [lo for lo, _ in SCORE_BINS]
    bars = ax.bar(lefts, counts, width=10, align="edge", color=_COLOURS[0], hatch=_HATCHES[0],
                  edgecolor="black", linewidth=0.8)
    ax.bar_label(bars, labels=[str(n) if n else "" for n in counts], padding=2)
    ax.set_xticks(range(0, 101, 10))
    ax.set_xlim(0, 100)
    ax.set_xlabel("score (0 to 100)")
    ax.set_ylabel("participants")
    ax.set_ylim(0, max(counts) * 1.2 + 0.5)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    return ax


def _barh(ax, labels: list[str], values: list[float], title: str, xlabel: str, *,
          texts: list[str] | None = None, xmax: float | None = None, last_apart: bool = False):
    if not labels:
        return _empty(ax, title)
    n = len(labels)
    texts = texts or [f"{v:g}" for v in values]
    colours = [_COLOURS[i % len(_COLOURS)] for i in range(n)]
    hatches = [_HATCHES[i % len(_HATCHES)] for i in range(n)]
    if last_apart:  # "other" is not a skill of its own: plain grey, no pattern
        colours[-1], hatches[-1] = "#BBBBBB", ""
    # drawn bottom-up, so reversed: the largest (first) bar ends at the top
    bars = ax.barh(range(n), values[::-1], color=colours[::-1], hatch=hatches[::-1],
                   edgecolor="black", linewidth=0.8)
    ax.bar_label(bars, labels=texts[::-1], padding=3)
    ax.set_yticks(range(n), labels[::-1])
    top = xmax if xmax is not None else max(values) if values else 1
    ax.set_xlim(0, (top or 1) * 1.25)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return ax


def plot_pitfalls(summary: ClassSummary, ax, limit: int = 7):
    """Horizontal bars: the most common pitfall categories in the answers. Returns ``ax``."""
    items = list(summary.pitfalls.items())[:limit]
    return _barh(ax, [k for k, _ in items], [v for _, v in items],
                 "Most common pitfalls in the answers", "participants whose answer has it")


def plot_skills_grown(summary: ClassSummary, ax, limit: int = 10):
    """Horizontal bars: levels grown per skill (skills outside the list shown last, apart)."""
    items = list(summary.skills_grown.items())[:limit]
    other = bool(summary.other_levels_grown)
    if other:
        items.append((f"{OTHER_SKILL} (not in the kit's list)", summary.other_levels_grown))
    return _barh(ax, [k for k, _ in items], [v for _, v in items],
                 "Skills most grown in the class", "levels grown (summed over all roles)",
                 last_apart=other)


def plot_shares(summary: ClassSummary, ax):
    """Horizontal bars, 0 to 100%: quantified result, answer passed, enjoyment trap."""
    _, rows = _chart_tables(summary)["shares"]
    rows = [r for r in rows if r[2]]
    if not rows:
        return _empty(ax, "Share of the class")
    ax = _barh(ax, [r[0] for r in rows], [r[3] * 100 for r in rows], "Share of the class",
               "% of participants", texts=[f"{r[3] * 100:.0f}% ({r[1]} of {r[2]})" for r in rows],
               xmax=100)
    ax.set_xlim(0, 130)
    ax.set_xticks(range(0, 101, 20))
    return ax


_PLOTS = {
    "score_distribution": plot_score_distribution,
    "pitfalls": plot_pitfalls,
    "skills_grown": plot_skills_grown,
    "shares": plot_shares,
}


def class_figures(summary: ClassSummary) -> dict:
    """One matplotlib ``Figure`` per chart (made without pyplot), by chart name."""
    from matplotlib.figure import Figure

    figures = {}
    for name, plot in _PLOTS.items():
        fig = Figure(figsize=(7.5, 4), layout="constrained")
        plot(summary, fig.add_subplot())
        figures[name] = fig
    return figures


def _csv_text(header: list[str], rows: list[list]) -> str:
    from .tables import csv_safe

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([csv_safe(h) for h in header])
    writer.writerows([[csv_safe(c) for c in row] for row in rows])
    return buffer.getvalue()


def write_class_charts(summary: ClassSummary, out_dir: str | os.PathLike) -> list[Path]:
    """Write each chart as a PNG with its data as a CSV beside it; returns the PNG paths."""
    from .store import write_atomic

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tables = _chart_tables(summary)
    written = []
    for name, fig in class_figures(summary).items():
        stem = CHART_FILES[name]
        png = out / f"{stem}.png"
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100)
        write_atomic(png, buffer.getvalue())
        header, rows = tables[name]
        write_atomic(out / f"{stem}.csv", _csv_text(header, rows).encode("utf-8"))
        written.append(png)
    return written
