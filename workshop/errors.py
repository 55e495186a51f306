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

    def located(self, *, file: str | None = None, field_prefix: str | None = None):
        """Return this error with a file and/or a field prefix added (for re-raising)."""
        if file is not None and self.file is None:
            self.file = str(file)
        if field_prefix:
            self.field = f"{field_prefix}.{self.field}" if self.field else field_prefix
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
        return f"{', '.join(where)}: {text}" if where else text


class ValidationError(WorkshopError, ValueError):
    """A value in a role, skill, result or rating is missing, of the wrong type or out of range."""


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
