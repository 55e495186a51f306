"""The one error family of the kit.

Every error a person can fix carries what they need to fix it: the file, the field, the row.

    WorkshopError                 base of every error the kit raises on purpose (never raised
    │                             bare: each error is one of the kinds below)
    ├── ValidationError           a value in a record is wrong (field, role, row named); also a
    │                             ``ValueError``
    ├── NotFoundError             no role, persona or rubric of that name; also a ``KeyError``
    ├── WorkspaceFileError        a workspace file can't be used as it is
    │   ├── UnreadableWorkspace   not JSON, truncated, binary, too large, or wrong shape
    │   └── NewerSchemaError      written by a newer kit than this one
    ├── ConflictError             two notebooks' edits can't be combined, or an undo can't be
    │                             made without losing a later edit; nothing was changed
    ├── FileAccessError           a file can't be read or written: a folder, a pipe, a full
    │                             disk, no permission, held by another program
    ├── SettingError              a ``WORKSHOP_*`` setting is unusable
    ├── UsageError                the command line's words are off (a missing argument)
    ├── InputFileError            a file given on the command line can't be used as input
    ├── ImportFormatError         a JSON Resume or Positions.csv file can't be imported
    └── ExportFormatError         a file is not an anonymised class export

``tests/test_errors.py`` checks that this drawing and the classes below agree.
"""

from __future__ import annotations

__all__ = [
    "WorkshopError",
    "ValidationError",
    "WorkspaceFileError",
    "UnreadableWorkspace",
    "NewerSchemaError",
    "ImportFormatError",
    "ExportFormatError",
    "NotFoundError",
    "ConflictError",
    "FileAccessError",
    "SettingError",
    "UsageError",
    "InputFileError",
]


class WorkshopError(Exception):
    """Base of the family: a problem a participant or facilitator can fix.

    Attributes:
        message: what is wrong and how to fix it, in plain words.
        file: the file concerned, if any.
        field: the field concerned (a dotted path such as ``roles[2].ratings.skill_growth``).
        row: the row of a CSV file, or the position of a record, counting from 1.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        field: str | None = None,
        row: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.field = field
        self.row = row
        # more problems of the same file, named in the same message (``ValidationError.together``)
        self.also: list[WorkshopError] = []

    def located(self, *, file: str | None = None, field_prefix: str | None = None):
        """Return this error with a file and/or a field prefix added (for re-raising)."""
        if file is not None and self.file is None:
            self.file = str(file)
        if field_prefix:
            self.field = f"{field_prefix}.{self.field}" if self.field else field_prefix
        for other in self.also:
            other.located(field_prefix=field_prefix)
        return self

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(f"field '{self.field}'")
        text = " ".join(self.message.split())  # always one line
        if self.also:  # not yet put into the message (``said_whole``)
            text += " Also to fix: " + _also(text, self.also)
        return f"{', '.join(where)}: {text}" if where else text


def _fix(message: str) -> str:
    """A message's how-to-fix: after its first ";", without the role it names at the end."""
    return message.partition(";")[2].split(" (role '")[0].strip(" .")


def _also(first: str, others: list[WorkshopError]) -> str:
    """The other problems, every one with its field (never "and N more": a writer who is told
    only some fixes the file again and again); a how-to-fix said once already (the part after
    the first ";", "pick one of: ...") is not said again."""
    said = {_fix(first)}
    parts = []
    for e in others:
        text = " ".join(e.message.split())
        fix = _fix(text)
        text = text.partition(";")[0] if fix and fix in said else text.rstrip(".")
        said.add(fix)
        parts.append(f"'{e.field}': {text}" if e.field else text)
    return "; ".join(parts) + "."


class ValidationError(WorkshopError, ValueError):
    """A value in a role, skill, result or rating is missing, of the wrong type or out of range."""

    @classmethod
    def together(cls, errors: list[ValidationError]) -> ValidationError:
        """The first of ``errors`` (each already located), naming the others in its message, so
        a file with the same slip in ten places is fixed in one pass, not ten runs (blind
        workspace writers, rounds 27-28: 14 of 16 files were refused one scope at a time)."""
        first = errors[0]
        for other in errors[1:]:
            first.also += [other, *other.also]
            other.also = []
        return first

    def said_whole(self) -> ValidationError:
        """This error with the other problems put into its message (for a caller that passes
        the message on, as the store does), once their fields are located."""
        if self.also:
            self.message = f"{' '.join(self.message.split())} Also to fix: " + _also(
                self.message, self.also)
            self.also = []
        return self


class NotFoundError(WorkshopError, KeyError):
    """No role, persona or rubric has that name (a ``KeyError`` too, for older callers)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return WorkshopError.__str__(self)


class WorkspaceFileError(WorkshopError):
    """A workspace file can't be used as it is."""


class UnreadableWorkspace(WorkspaceFileError):
    """The file is empty, binary, truncated, too large, not JSON, or not shaped like a workspace."""


class NewerSchemaError(WorkspaceFileError):
    """The file was written by a newer version of the kit; this one refuses to guess."""


class ImportFormatError(WorkshopError):
    """A JSON Resume or LinkedIn Positions.csv file can't be imported."""


class ExportFormatError(WorkshopError):
    """A file in the class folder is not an anonymised export."""


class ConflictError(WorkshopError):
    """Two notebooks' edits can't be combined, or an undo would erase a later edit; nothing was
    changed."""


class FileAccessError(WorkshopError):
    """A file can't be read or written: it is a folder or a pipe, the disk is full, permission is
    missing, or another program holds it."""


class SettingError(WorkshopError):
    """A ``WORKSHOP_*`` environment setting can't be used (it names no usable place or value)."""


class UsageError(WorkshopError):
    """The command line's words are off (a missing argument, an unknown option)."""


class InputFileError(WorkshopError):
    """A file named on the command line can't be used as input (missing, too big, not text)."""
