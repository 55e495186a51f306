"""A table or text of ``workshop.notebook`` that stays true to the saved workspace.

``live_view(skills_table)`` shows what ``skills_table(session)`` returns (a DataFrame or a
``notebook.PlainTable`` as a table, a text as paragraphs) and draws it again whenever the
workspace changes, here or in another notebook (through the file watch): a participant never
reads a stale table under a widget.
Its plain-text form (what nbval compares) is the same content as text.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from ..session import Session, open_session
from ._base import SessionView, replacing_earlier, table_html
from .messages import esc

__all__ = ["LiveView", "live_view"]


def _as_html(shown) -> str:
    if hasattr(shown, "to_html"):
        if len(shown) == 0:
            return "<p class='workshop-live-empty'><i>Nothing here yet.</i></p>"
        return table_html(shown, index=True, name="workshop-live-table")
    return "".join(f"<p style='margin:4px 0'>{esc(line)}</p>"
                   for line in str(shown).splitlines() if line.strip())


def _as_text(shown) -> str:
    if hasattr(shown, "to_string"):
        return "(nothing yet)" if len(shown) == 0 else shown.to_string()
    return str(shown)


def _content(shown):
    """What decides the drawing of ``shown``, when cheap to tell: a plain table's headers and
    cells, a text; ``None`` (draw it every time) for a DataFrame."""
    if isinstance(shown, str):
        return shown
    rows, columns = getattr(shown, "rows", None), getattr(shown, "columns", None)
    if isinstance(rows, list) and isinstance(columns, list):
        return type(shown), tuple(columns), tuple(rows)
    return None


class LiveView(SessionView):
    """What ``render(session)`` returns, redrawn after every change of the workspace."""

    def __init__(self, session: Session, render: Callable[[Session], object]) -> None:
        self._render = render
        self._html = w.HTML()
        self._text = ""
        self._shown = None  # the content last drawn (see ``_content``)
        self.kind = getattr(render, "__name__", "view")
        super().__init__(session, [self._html])
        self._guarded_refresh()

    @property
    def text(self) -> str:
        """The content as plain text."""
        return self._text

    def refresh(self) -> None:
        shown = self._render(self._session)
        key = _content(shown)
        if key is not None and key == self._shown:
            return  # the same cells as shown (a change elsewhere): nothing to draw or send
        self._shown = key
        self._text = _as_text(shown)
        self._html.value = _as_html(shown)

    def __repr__(self) -> str:
        return self._text


def live_view(render: Callable[[Session], object], session: Session | None = None) -> LiveView:
    """A live view of ``render`` (a function of ``workshop.notebook``) on the kernel's session."""
    session = session if session is not None else open_session()
    view = LiveView(session, render)
    return replacing_earlier(view, session, key=view.kind)
