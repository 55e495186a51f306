"""The one error family of the kit.

Every error a person can fix carries what they need to fix it: the file, the field, the row.

    WorkshopError                 base of every error the kit raises on purpose
    ├── ValidationError           a value in a record is wrong (field, role, row named)
    ├── WorkspaceFileError        a workspace file can't be used as it is
    │   ├── UnreadableWorkspace   not JSON, truncated, binary, too large, or wrong shape
    │   └── NewerSchemaError      written by a newer kit than this one
    ├── ImportFormatError         a JSON Resume or Positions.csv file can't be imported
    └── ExportFormatError         a file is not an anonymised class export
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


class ValidationError(WorkshopError):
    """A value in a role, skill, result or rating is missing, of the wrong type or out of range."""


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
