"""The role list of notebooks 01, 02 and 03 as a view-model: ``RoleChoice`` holds the roles a
step lists and the one picked (``traitlets.HasTraits``, no widgets), and ``bind`` renders it into
a list widget one way and brings a participant's pick back.

Setting a list widget's options makes ipywidgets pick its first option on the way to the kept
one: ``bind`` sets options and value inside its one ``quiet()`` context, so only a participant's
pick reaches ``on_pick``; a step's own code moves the pick by setting ``selected``.
"""

from __future__ import annotations

from collections.abc import Callable

from traitlets import HasTraits, Tuple, Unicode

from ._base import Quiet

__all__ = ["RoleChoice", "bind"]


class RoleChoice(HasTraits):
    """The roles a step lists (``roles``, records in the workspace's order) and the id of the
    one picked (``selected``, ``None`` for none)."""

    roles = Tuple()
    selected = Unicode(None, allow_none=True)

    def follow(self, roles, *, first: bool) -> str | None:
        """List ``roles``; the picked role stays while it is listed, else the first one is
        picked (``first``) or none. Returns the id picked."""
        ids = [r.id for r in roles]
        keep = self.selected if self.selected in ids else (ids[0] if first and ids else None)
        with self.hold_trait_notifications():
            self.roles = tuple(roles)
            self.selected = keep
        return keep


def bind(choice: RoleChoice, widget, label: Callable[[int, object], str],
         on_pick: Callable[[dict], None]) -> None:
    """Show ``choice`` in ``widget`` (a ``Dropdown`` or ``Select``), each role named
    ``label(number, role)``; a participant's pick sets ``choice.selected`` and calls
    ``on_pick(change)``."""
    quiet = Quiet()

    def render(_change=None) -> None:
        options = [(label(i, r), r.id) for i, r in enumerate(choice.roles, start=1)]
        with quiet():
            if list(widget.options) != options:
                widget.options = options
            widget.value = choice.selected

    def picked(change) -> None:
        if not quiet:
            choice.selected = change["new"]
            on_pick(change)

    choice.observe(render, names=["roles", "selected"])
    widget.observe(picked, names="value")
    render()
