"""Building the imported roles and workspace, checked the way a saved file is checked when it is
loaded again, so that an import never gives a workspace the kit would later refuse."""

from __future__ import annotations

from ..errors import ImportFormatError, ValidationError
from ..fields import MAX_ITEMS
from ..model import Result, Role, Skill, Workspace

__all__ = ["make_role", "make_workspace", "ordinal"]


def make_role(number: int, *, title: str, organization: str, start: str | None,
              end: str | None, summary: str, results: list[Result], source: str, row: int,
              fields: dict[str, str], skills: list[Skill] | None = None) -> Role:
    try:
        return Role(id=f"r{number}", title=title, organization=organization, start=start,
                    end=end, summary=summary, results=results[:MAX_ITEMS],
                    skills=(skills or [])[:MAX_ITEMS])
    except ValidationError as exc:  # a title or organisation too long for the model
        field = fields.get(exc.field or "", exc.field)
        name = field.rsplit(".", 1)[-1] if field else ""
        message = exc.message.replace(f"'{exc.field}'", f"the {name}") if name else exc.message
        raise ImportFormatError(f"{message} Is it in the right place?", file=source, row=row,
                                field=field) from exc


def make_workspace(roles: list[Role], participant: dict, source: str) -> Workspace:
    """The workspace, checked the way a saved file is checked when it is loaded again."""
    try:
        workspace = Workspace(participant=participant, roles=roles)
        Workspace.from_dict(workspace.to_dict())
    except ValidationError as exc:
        raise ImportFormatError(exc.message, file=source, field=exc.field) from exc
    return workspace


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
