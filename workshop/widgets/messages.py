"""Plain messages and callbacks that never fail silently.

JupyterLab hides exceptions raised in widget callbacks. Every callback of the kit is wrapped by
``guarded``: a ``WorkshopError`` (bad input) is shown as its plain message in the widget's message
area (``Message``, a live region a screen reader reads out), anything else as a short apology,
with the details written to the log file ``workshop.log`` beside the workspace (never a traceback
in the notebook). ``plain_message`` turns a model message's field names into the form's words.
"""

from __future__ import annotations

import functools
import html
import logging
import os
import re
from pathlib import Path

from ..errors import ImportFormatError, ValidationError, WorkshopError
from ..glossary import FIELD_WORDS
from .accessible import LiveRegion

__all__ = ["esc", "Message", "guarded", "attach_log_file", "detach_log_file", "plain_message",
           "LOG_NAME", "refused_tail"]

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


class Message(LiveRegion):
    """A one-paragraph message area: ``show(text, kind)`` escapes the text; ``clear()`` hides it.

    The kind is said in words and a symbol as well as a colour, for colour-blind readers. It is
    a live region (``role="status"``): a screen reader says each message when it is shown.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(value="", **kwargs)
        self.kind = ""
        self.text = ""

    def show(self, text: str, kind: str = "info") -> None:
        fg, bg, symbol = _STYLES.get(kind, _STYLES["info"])
        self.kind, self.text = kind, str(text)
        self.value = (f'<div class="workshop-message workshop-{kind}" '
                      f'style="color:{fg};background:{bg};border-left:4px solid {fg};'
                      f'padding:4px 8px;margin:4px 0">{symbol} {esc(text)}</div>')

    def clear(self) -> None:
        self.kind, self.text, self.value = "", "", ""


_log_files: set[Path] = set()


class _KitLogFile(logging.FileHandler):
    """The kit's log file, which lets go of itself when its folder is gone (a demo's temporary
    folder removed, a folder deleted by hand): a log call must never raise into the kit."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        except OSError:
            _drop(self)


def _drop(handler: logging.FileHandler) -> None:
    root = logging.getLogger("workshop")
    root.removeHandler(handler)
    _log_files.discard(Path(handler.baseFilename))
    handler.close()
    if not root.handlers:  # not Python's last resort either: a kernel's stderr is the notebook
        root.addHandler(logging.NullHandler())


def detach_log_file(folder: str | Path) -> None:
    """Stop writing the kit's error details into ``folder`` (before the folder is removed)."""
    path = Path(folder) / LOG_NAME
    for handler in list(logging.getLogger("workshop").handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            _drop(handler)


def attach_log_file(folder: str | Path) -> Path | None:
    """Send the kit's error details to ``folder/workshop.log`` (once per folder); its path, or
    ``None`` when the folder can't take a file."""
    path = Path(folder) / LOG_NAME
    root = logging.getLogger("workshop")
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    if not Path(folder).is_dir() or not os.access(folder, os.W_OK):
        return None
    try:
        handler = _KitLogFile(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root.addHandler(handler)
    root.propagate = False  # details go to the file, not into the notebook
    _log_files.add(path)
    return path


# How a participant names the fields the model's messages quote ('title' is empty ...).
_QUOTED_FIELD = re.compile(r"'([a-z_]+)'")


def plain_message(text: str) -> str:
    """A model message in the participant's words: a quoted field name ('title') becomes what
    the form calls it (the job title), and a 'type a used later' hint reads as English."""
    def words(match: re.Match) -> str:
        return FIELD_WORDS.get(match.group(1), match.group(0))

    out = _QUOTED_FIELD.sub(words, text)
    out = re.sub(r"type a ([a-z ]+)\.", lambda m: "fill it in.", out) if out != text else out
    return out[:1].upper() + out[1:]


def _apology() -> str:
    """The plain message for an unexpected failure; it names the log file only if one holds
    the details."""
    written = sorted(p.name for p in _log_files if p.exists())
    where = f" The details are in {written[0]}." if written else ""
    return f"Something went wrong here; your entries are kept.{where} Please tell your facilitator."


def _show_session_notices(widget, message: Message | None) -> None:
    """Add to the widget's message what another notebook's edits did to this one's (the
    session's notices: a field both changed, a change that could not be combined)."""
    take = getattr(getattr(widget, "_session", None), "take_notices", None)
    notes = take() if callable(take) and message is not None else []
    if notes:
        message.show(" ".join([message.text, *notes] if message.text else notes), "warning")


def refused_tail(exc: WorkshopError) -> str:
    """What follows a refusal's reason: "fix it and try again" only for what the participant
    typed or gave (a value, a file to import); a refusal with nothing to fix (an undo that
    would erase another notebook's edit, a file that can't be written) says only that nothing
    changed, as its reason says what to do."""
    if isinstance(exc, (ValidationError, ImportFormatError)):
        return "Nothing was changed; fix it and try again."
    return "Nothing was changed."


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
                    message.show(f"{plain_message(exc.message)} {refused_tail(exc)}", "error")
                log.info("refused input: %s", exc)
            except Exception:
                log.exception("callback %s failed", method.__qualname__)
                if message is not None:
                    message.show(_apology(), "error")
            return None

        return wrapper

    return decorate
