"""The shared controls of the views: the undo button and a button that asks for a second
click before it acts."""

from __future__ import annotations

import ipywidgets as w

from ..fields import clip

__all__ = ["UNDO_TIP", "UndoButton", "TwoClick"]


UNDO_TIP = "Take back your last change"


class UndoButton(w.Button):
    """"Undo: <what>" for the session's last change, disabled when there is nothing to undo."""

    def __init__(self, session, limit: int = 60) -> None:
        super().__init__(tooltip=UNDO_TIP, layout=w.Layout(width="auto"))
        self._session_ref = session
        self._limit = limit
        self.sync()

    def sync(self) -> None:
        label = self._session_ref.undo_label
        if label:
            label = clip(label, self._limit)
        self.description = f"Undo: {label}" if label else "Nothing to undo"
        self.disabled = not self._session_ref.can_undo


class TwoClick:
    """A button that asks for a second click before it acts ("Remove" -> "Yes, remove it").

    ``armed_for`` tells what the first click was about (any value; ``None`` when not armed).
    """

    def __init__(self, button: w.Button, confirm_label: str, style: str = "warning") -> None:
        self.button = button
        self.label = button.description
        self.base_style = button.button_style
        self.confirm_label = confirm_label
        self.style = style
        self.armed_for: object = None

    def arm(self, what: object = True) -> None:
        self.armed_for = what
        self.button.description = self.confirm_label
        self.button.button_style = self.style

    def confirmed(self, what: object = True) -> bool:
        """True when the button was armed for ``what`` (this click is the second one)."""
        return self.armed_for is not None and self.armed_for == what

    def cancel(self) -> None:
        self.armed_for = None
        self.button.description = self.label
        self.button.button_style = self.base_style
