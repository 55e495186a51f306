"""The import report: what an import brought in, and each thing it skipped, guessed or fixed.

Every import returns an :class:`Imported`: the new workspace and its :class:`ImportReport`. The
command line prints the report's lines and notebook 01 shows them, so both say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Workspace
from .text import plural

__all__ = [ "ImportNote", "ImportReport", "Imported", "Notes"]

@dataclass(frozen=True)
class ImportNote:
    """One thing the importer did that the participant should know about.

    Attributes:
        kind: "added" (taken from a place a job is not usually kept), "fixed" (read after
            correcting it), "guessed" (read one of several possible ways) or "skipped".
        message: what happened, in plain words, ending with a full stop.
        row: the spreadsheet row (CSV, header = row 1) or the entry's position in its list
            (JSON, from 1); ``None`` for the whole file.
        field: the column or property, such as ``"Finished On"`` or ``"work[2].endDate"``.
        where: how the row is named to a person: "row 4", "job 3", "volunteer entry 1".
    """

    kind: str
    message: str
    row: int | None = None
    field: str = ""
    where: str = ""

    @property
    def line(self) -> str:
        """The note as one line of the report."""
        place = self.where
        if place and self.field:
            place = f"{place} ({self.field})"
        elif self.field:
            place = self.field
        line = f"{place}: {self.message}" if place else self.message
        return line[:1].upper() + line[1:]


@dataclass(frozen=True)
class ImportReport:
    """What one import brought in.

    Attributes:
        source: the file's name as the messages show it.
        roles: how many roles were imported.
        results: how many result statements they hold.
        skills: how many skills they hold (from JSON Resume ``keywords``).
        notes: each thing skipped, guessed, fixed or added from elsewhere, in file order.
    """

    source: str
    roles: int
    results: int
    skills: int = 0
    notes: tuple[ImportNote, ...] = ()

    @property
    def summary(self) -> str:
        """One sentence: "Imported 3 roles from resume.json, with 7 results."."""
        extra = f" and {plural(self.skills, 'skill')}" if self.skills else ""
        return (f"Imported {plural(self.roles, 'role')} from {self.source}, with "
                f"{plural(self.results, 'result')}{extra}.")

    def lines(self) -> list[str]:
        """The summary, then one line per note."""
        return [self.summary] + [note.line for note in self.notes]

    def text(self) -> str:
        return "\n".join(self.lines())


@dataclass(frozen=True)
class Imported:
    """An import's outcome: the new workspace and the report on it."""

    workspace: Workspace
    report: ImportReport


@dataclass
class Notes:
    """The notes of one import as they are collected, file-level ones first."""

    items: list[ImportNote] = field(default_factory=list)

    def add(self, kind: str, message: str, *, row: int | None = None, field: str = "",
            where: str = "") -> None:
        self.items.append(ImportNote(kind, message, row, field, where))

    def report(self, workspace: Workspace, source: str) -> Imported:
        roles = workspace.roles
        report = ImportReport(source=source, roles=len(roles),
                              results=sum(len(r.results) for r in roles),
                              skills=sum(len(r.skills) for r in roles), notes=tuple(self.items))
        return Imported(workspace, report)
