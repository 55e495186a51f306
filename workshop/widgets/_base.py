"""What every widget of the kit shares: plain messages, escaping, and callbacks that never fail
silently.

JupyterLab hides exceptions raised in widget callbacks. Every callback of the kit is wrapped by
``guarded``: a ``WorkshopError`` (bad input) is shown as its plain message in the widget's message
area, anything else as a short apology, with the details written to the log file ``workshop.log``
beside the workspace (never a traceback in the notebook).
"""

from __future__ import annotations

import functools
import html
import logging
from pathlib import Path

import ipywidgets as w

from ..errors import WorkshopError

__all__ = ["esc", "Message", "guarded", "attach_log_file", "download_link", "replacing_earlier",
           "table_html", "TABLE_CSS", "role_name", "plural",
           "LOG_NAME"]

log = logging.getLogger("workshop.widgets")
LOG_NAME = "workshop.log"

_STYLES = {
    "info": ("#0b3d91", "#eef3fb", "ℹ"),
    "ok": ("#05551f", "#eaf6ee", "✔"),
    "warning": ("#6b4500", "#fdf5e6", "!"),
    "error": ("#8a0b0b", "#fbeeee", "✖"),
}


def esc(text: object) -> str:
    """Participant text made safe for HTML (quotes included)."""
    return html.escape(str(text), quote=True)


class Message(w.HTML):
    """A one-paragraph message area: ``show(text, kind)`` escapes the text; ``clear()`` hides it.

    The kind is said in words and a symbol as well as a colour, for colour-blind readers.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(value="", **kwargs)
        self.kind = ""
        self.text = ""

    def show(self, text: str, kind: str = "info") -> None:
        fg, bg, symbol = _STYLES.get(kind, _STYLES["info"])
        self.kind, self.text = kind, str(text)
        self.value = (f'<div role="status" class="workshop-message workshop-{kind}" '
                      f'style="color:{fg};background:{bg};border-left:4px solid {fg};'
                      f'padding:4px 8px;margin:4px 0">{symbol} {esc(text)}</div>')

    def clear(self) -> None:
        self.kind, self.text, self.value = "", "", ""


def attach_log_file(folder: str | Path) -> None:
    """Send the kit's error details to ``folder/workshop.log`` (once per folder)."""
    path = Path(folder) / LOG_NAME
    root = logging.getLogger("workshop")
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return
    try:
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root.addHandler(handler)
    root.propagate = False  # details go to the file, not into the notebook


def _show_session_notices(widget, message: Message | None) -> None:
    """Add to the widget's message what another notebook's edits did to this one's (the
    session's notices: a field both changed, a change that could not be combined)."""
    take = getattr(getattr(widget, "_session", None), "take_notices", None)
    notes = take() if callable(take) and message is not None else []
    if notes:
        message.show(" ".join([message.text, *notes] if message.text else notes), "warning")


def guarded(message_attr: str = "_message"):
    """Decorate a widget method used as a callback: errors become messages, never tracebacks.

    ``message_attr`` names the ``Message`` attribute of the widget to show them in.
    """

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            message: Message | None = getattr(self, message_attr, None)
            try:
                result = method(self, *args, **kwargs)
                _show_session_notices(self, message)
                return result
            except WorkshopError as exc:
                if message is not None:
                    message.show(f"{exc.message} Nothing was changed; fix it and try again.",
                                 "error")
                log.info("refused input: %s", exc)
            except Exception:
                log.exception("callback %s failed", method.__qualname__)
                if message is not None:
                    message.show("Something went wrong here; your entries are kept. Details "
                                 f"are in {LOG_NAME}; please tell your facilitator.", "error")
            return None

        return wrapper

    return decorate


def download_link(filename: str, data: bytes, label: str,
                  mime: str = "application/octet-stream") -> str:
    """HTML for a link that downloads ``data`` as ``filename`` straight from the page.

    The bytes travel inside the link (a data: URL), so it works the same in JupyterLab, Voila and
    on Binder, with no server route and no network.
    """
    import base64

    payload = base64.b64encode(data).decode("ascii")
    return (f'<a class="workshop-download" download="{esc(filename)}" '
            f'href="data:{esc(mime)};base64,{payload}" '
            'style="display:inline-block;padding:4px 10px;border:1px solid #333;'
            f'border-radius:4px;text-decoration:none;margin:2px">⬇ {esc(label)}</a>')


_shown: dict[tuple[int, str], w.Widget] = {}


def replacing_earlier(widget: w.Widget, session) -> w.Widget:
    """Close the widget of the same kind this kernel built earlier for ``session``.

    Running a notebook cell again builds a new widget; the old one would otherwise go on
    listening to the session and redrawing for nobody. Returns ``widget``.
    """
    key = (id(session), type(widget).__name__)
    earlier = _shown.get(key)
    if earlier is not None and earlier is not widget:
        try:
            earlier.close()
        except Exception:  # an old view that fails to close must not stop the new one
            log.exception("closing an earlier %s failed", key[1])
    _shown[key] = widget
    return widget


TABLE_CSS = (
    "<style>.workshop-table{border-collapse:collapse;font-size:90%;line-height:1.3}"
    ".workshop-table th,.workshop-table td{border:1px solid #999;padding:2px 6px;"
    "text-align:left;vertical-align:top}"
    ".workshop-table th{background:#f2f2f2}</style>"
)


def table_html(frame, *, index: bool = False, max_width: str = "780px", name: str = "") -> str:
    """A DataFrame as a compact bordered HTML table (text escaped), scrolling sideways if wide.

    ``name`` adds a CSS class of its own (``workshop-roles-table``) for tests and styling.
    """
    table = frame.to_html(escape=True, index=index, border=0, na_rep="–",
                          classes=f"workshop-table {name}".strip())
    return (f'{TABLE_CSS}<div style="overflow-x:auto;max-width:{max_width}">{table}</div>')


def role_name(role) -> str:
    """"Title (Organisation)" for messages and pickers; the title alone without one."""
    return f"{role.title} ({role.organization})" if role.organization else role.title


def plural(n: int, word: str) -> str:
    """"1 role", "2 roles"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
