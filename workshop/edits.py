"""Edits of the workspace: small functions that return a new record.

The records of ``workshop.model`` are frozen: an edit builds the changed record with
``dataclasses.replace`` (which validates it, as every record is validated where it is made) and
puts it in a new workspace; everything it did not touch is shared, never copied. A view hands
``Session.change`` a function from the workspace to the new one:

    session.change(lambda ws: rate(ws, "r1", "skill_growth", 4), "rate skill growth")
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .errors import ValidationError
from .model import RATING_NAMES, Answer, Role, Skill, TargetRole, Workspace, skill_key

__all__ = ["with_role", "add_roles", "remove_role", "move_role", "rated", "rate", "with_item",
           "without_item", "with_skills", "with_answer", "with_target"]


def with_item(items: tuple, index: int, item) -> tuple:
    """``items`` with the one at ``index`` replaced by ``item``."""
    return (*items[:index], item, *items[index + 1:])


def without_item(items: tuple, index: int) -> tuple:
    """``items`` without the one at ``index``."""
    return (*items[:index], *items[index + 1:])


def with_role(workspace: Workspace, role_id: str, edit: Callable[[Role], Role]) -> Workspace:
    """The workspace with role ``role_id`` replaced by ``edit(role)`` (``NotFoundError`` when
    there is no such role)."""
    i = workspace.index_of(role_id)
    return replace(workspace, roles=with_item(workspace.roles, i, edit(workspace.roles[i])))


def add_roles(workspace: Workspace, *roles: Role) -> Workspace:
    """The workspace with ``roles`` added at the end."""
    return replace(workspace, roles=(*workspace.roles, *roles))


def remove_role(workspace: Workspace, role_id: str) -> Workspace:
    """The workspace without role ``role_id``."""
    return replace(workspace, roles=without_item(workspace.roles, workspace.index_of(role_id)))


def move_role(workspace: Workspace, role_id: str, step: int) -> Workspace:
    """The workspace with role ``role_id`` moved ``step`` places (-1 up, 1 down), kept inside
    the list."""
    roles = list(workspace.roles)
    i = workspace.index_of(role_id)
    j = max(0, min(len(roles) - 1, i + step))
    roles.insert(j, roles.pop(i))
    return replace(workspace, roles=tuple(roles))


def rated(role: Role, name: str, value: int | None) -> Role:
    """The role with rating ``name`` (one of ``RATING_NAMES``, or "enjoyment") set to
    ``value`` (``None``: not rated)."""
    if name == "enjoyment":
        return replace(role, enjoyment=value)
    if name not in RATING_NAMES:
        raise ValidationError(f"there is no rating '{name}'; rate one of: "
                              f"{', '.join(RATING_NAMES)} or enjoyment.", field=name)
    return replace(role, ratings=replace(role.ratings, **{name: value}))


def rate(workspace: Workspace, role_id: str, name: str, value: int | None) -> Workspace:
    """The workspace with role ``role_id`` rated ``value`` for ``name`` (see ``rated``)."""
    return with_role(workspace, role_id, lambda role: rated(role, name, value))


def with_skills(role: Role, skills: tuple[Skill, ...],
                renamed: dict[str, str] | None = None) -> Role:
    """The role with ``skills``, its results' links (``enabled_by``) following them: a link to a
    renamed skill (``renamed``, old name to new) takes the new name, a link to a skill no longer
    listed goes, so a result never names a skill its role lacks."""
    new_name = {skill_key(old): new for old, new in (renamed or {}).items()}
    known = {skill_key(s.name) for s in skills}

    def links(names: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for name in names:
            name = new_name.get(skill_key(name), name)
            if skill_key(name) in known and name not in out:
                out.append(name)
        return tuple(out)

    results = tuple(r if links(r.enabled_by) == r.enabled_by
                    else replace(r, enabled_by=links(r.enabled_by)) for r in role.results)
    return replace(role, skills=tuple(skills), results=results)


def with_answer(workspace: Workspace, text: str, role_id: str | None) -> Workspace:
    """The workspace with the answer ``text`` about ``role_id``."""
    return replace(workspace, answer=Answer(role_id=role_id, text=text))


def with_target(workspace: Workspace, title: str, goals) -> Workspace:
    """The workspace with the target role ``title`` and the hiring manager's ``goals``."""
    return replace(workspace, target_role=TargetRole(title=title, goals=tuple(goals)))
