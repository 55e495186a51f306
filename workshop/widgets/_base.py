"""What every widget of the kit shares: plain messages, escaping, and callbacks that never fail
silently.

JupyterLab hides exceptions raised in widget callbacks. Every callback of the kit is wrapped by
``guarded``: a ``WorkshopError`` (bad input) is shown as its plain message in the widget's message
area, anything else as a short apology, with the details written to the log file ``workshop.log``
beside the workspace (never a traceback in the notebook).

``SessionView`` is the base of every view bound to the session (notebooks 00 to 05): it holds the
session, redraws on every change (and on a change another notebook saved, through the file
watch of ``watch.py``), stops listening on ``close()``, and offers the shared controls: an undo
button, a two-click confirm and reading an uploaded file. Each view's test driver (its
``driver`` attribute) clicks and types the way a participant does, so tests need no private
names.
"""

from __future__ import annotations

import functools
import html
import logging
import os
import re
import time
from pathlib import Path

import ipywidgets as w

from ..errors import WorkshopError
from ..glossary import FIELD_WORDS
from ..importers.text import plural  # one rule for counting words ("2 entries")
from .accessible import LiveRegion

__all__ = ["esc", "Message", "guarded", "attach_log_file", "download_link", "replacing_earlier",
           "table_html", "TABLE_CSS", "role_name", "plural", "LOG_NAME", "SessionView",
           "UndoButton", "TwoClick", "read_upload", "Driver", "plain_message",
           "workspace_download", "workspace_bytes", "form_text", "LATE_KEYS"]

log = logging.getLogger("workshop.widgets")
LOG_NAME = "workshop.log"
# Keys that reach the kernel this many seconds after a click still belong to what the click
# made (the answer card, the shared file): the front end sends a click ahead of the keys of a
# box it holds back while the kernel is busy (see ``form_text``).
LATE_KEYS = 2.0


def clock() -> float:
    """Seconds on a clock that only goes forward (``time.monotonic``); a test may replace it."""
    return time.monotonic()

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
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
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
                    message.show(f"{plain_message(exc.message)} Nothing was changed; fix it "
                                 "and try again.", "error")
                log.info("refused input: %s", exc)
            except Exception:
                log.exception("callback %s failed", method.__qualname__)
                if message is not None:
                    message.show(_apology(), "error")
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


def replacing_earlier(widget: w.Widget, session, key: str = "") -> w.Widget:
    """Close the widget of the same kind (and ``key``) this kernel built earlier for ``session``.

    Running a notebook cell again builds a new widget; the old one would otherwise go on
    listening to the session and redrawing for nobody. Returns ``widget``.
    """
    key = (id(session), type(widget).__name__ + key)
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


def form_text(*, area: bool = False, **kwargs) -> w.Text | w.Textarea:
    """A box of a form that a button saves (``area`` for several lines): its value reaches the
    kernel once, when the participant leaves the box or presses Enter, and so before the click
    of the button that saves it.

    With ipywidgets' default, continuous updates, the front end keeps one update of a box in
    flight and holds the later keys until the kernel has answered, while a button's click is
    sent at once: a click right after typing then reaches the kernel before the last keys, and
    the save misses them (a keyboard walkthrough saved the goal "lead a te" of "lead a team"
    in about one run of three). Leaving the box, by Tab or by the mouse going to the button,
    sends its whole value ahead of the click. The kernel must then handle the two in the order
    sent, which ipykernel 7 does not always do under load: the kit keeps it below 7
    (``make message-order`` measures it).
    """
    kwargs.setdefault("continuous_update", False)
    return (w.Textarea if area else w.Text)(**kwargs)


def table_html(frame, *, index: bool = False, max_width: str = "780px", name: str = "") -> str:
    """A DataFrame as a compact bordered HTML table (text escaped), scrolling sideways if wide.

    ``name`` adds a CSS class of its own (``workshop-roles-table``) for tests and styling.
    """
    table = frame.to_html(escape=True, index=index, border=0, na_rep="–",
                          classes=f"workshop-table {name}".strip())
    return (f'{TABLE_CSS}<div style="overflow-x:auto;max-width:{max_width}">{table}</div>')


def role_name(role) -> str:
    """A role's one display name, the same everywhere: ``Role.label`` ("Title, Organisation";
    the title alone without one)."""
    return role.label


def workspace_bytes(session) -> bytes:
    """The saved workspace file as it is on disk now (what a download must hand over); the
    session's workspace when nothing is saved yet."""
    from ..errors import WorkshopError
    from ..fileio import read_regular
    from ..store import MAX_WORKSPACE_BYTES, dumps

    try:  # bounded: a file swapped for a pipe meanwhile can't freeze the kernel
        return read_regular(session.path, MAX_WORKSPACE_BYTES)
    except (OSError, WorkshopError):
        return dumps(session.workspace)


def workspace_download(session, label: str = "Download my workspace file") -> str:
    """A download link for the saved workspace file, made from the file as it is now."""
    return download_link(session.path.name, workspace_bytes(session), label, "application/json")


def read_upload(upload: w.FileUpload, change,
                default_name: str = "file") -> tuple[str, bytes] | None:
    """The (name, bytes) of the file just chosen in ``upload``, or ``None``; the control is
    emptied so that the same file can be chosen again after fixing it."""
    files = change["new"]
    if not files:
        return None
    item = files[0]
    name = str(item.get("name") or default_name)
    raw = bytes(item.get("content") or b"")
    upload.value = ()
    return name, raw


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
        if label and len(label) > self._limit:
            label = label[:self._limit - 1] + "…"
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


class SessionView(w.VBox):
    """The base of a view bound to the session: see the module docstring.

    Subclasses build their children, call ``super().__init__(session, children)`` and write
    ``refresh()`` (which must keep whatever the participant is typing).
    """

    def __init__(self, session, children, **kwargs) -> None:
        self._session = session
        if not hasattr(self, "_message"):
            self._message = Message()
        kwargs.setdefault("layout", w.Layout(max_width="800px"))
        super().__init__(children, **kwargs)
        attach_log_file(session.path.parent)
        session.observe(self._on_session_change)
        from .watch import watch

        self._watch = watch(session)
        self.driver = Driver(self)  # a view with more to read sets its own driver after this

    @property
    def session(self):
        return self._session

    @property
    def message(self) -> str:
        """The text of the message shown under the controls ("" when none)."""
        return self._message.text

    def refresh(self) -> None:  # pragma: no cover - every view writes its own
        raise NotImplementedError

    def poll(self) -> bool:
        """Look at the file once, as the watch does every ~0.75 s in a kernel."""
        return self._watch.poll()

    def close(self) -> None:
        self._session.unobserve(self._on_session_change)
        super().close()

    def _repr_mimebundle_(self, **kwargs):
        """The view's whole text form as its plain text (ipywidgets would cut it at 110
        characters): what nbval compares, and what a reader without widgets sees."""
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle:
            bundle["text/plain"] = repr(self)
        return bundle

    def _on_session_change(self, _session) -> None:
        self._guarded_refresh()

    @guarded("_message")
    def _guarded_refresh(self) -> None:
        self.on_outside_change()
        self.refresh()

    def on_outside_change(self) -> None:
        """Hook run before a redraw caused by a change (cancel a pending confirm, say)."""


class Driver:
    """Clicks and types in a view the way a participant does, for tests (no private names).

    A control is found by its label: its description, tooltip or placeholder (or the start of
    its placeholder, as in ``type("Used later", ...)``). ``press(label)`` clicks the visible
    button; ``type(label, text)`` sets the text box; ``pick(label, option)`` chooses the option
    shown as ``option`` in the list; ``set(label, value)`` moves a slider, ticks a checkbox or
    fills a number box; ``upload(label, name, content)`` chooses a file.

    Reading: ``message``, ``message_kind`` and ``message_html`` (the message under the controls,
    its kind "ok"/"info"/"warning"/"error", and the escaped HTML the page shows), ``control(label)``
    (the control itself, to read its value, options, tooltip or whether it is disabled),
    ``value(label)``, ``options(label)``, ``outlined()`` (the boxes marked as wrong),
    ``html_values()`` (every HTML the view shows) and ``text()``; ``rating(name)`` is the driver
    of a 1 to 5 rating control (``rating("skill_growth").click(4)``). Each view's own driver
    (``view.driver``) adds what only that view shows.
    """

    def __init__(self, view: w.Widget) -> None:
        self.view = view

    def widgets(self):
        stack = [self.view]
        while stack:
            widget = stack.pop(0)
            yield widget
            stack.extend(getattr(widget, "children", ()) or ())

    def _find(self, kind, label: str):
        def labels(x) -> tuple:
            return (getattr(x, "description", None), getattr(x, "placeholder", None),
                    getattr(x, "tooltip", None))

        candidates = [x for x in self.widgets() if isinstance(x, kind)]
        found = [x for x in candidates if label in labels(x)]
        if not found and label:
            found = [x for x in candidates
                     if str(getattr(x, "placeholder", None) or "").startswith(label)]
        if not found:
            raise LookupError(f"no control labelled {label!r}")
        return found[0]

    # acting -------------------------------------------------------------------------------------

    def button(self, label: str) -> w.Button:
        return self._find(w.Button, label)

    def press(self, label: str, *, even_if_disabled: bool = False) -> None:
        """Click the button ``label``; a disabled one is refused unless ``even_if_disabled``
        (a click that reaches the kernel anyway, from a page not yet updated)."""
        button = self.button(label)
        if button.disabled and not even_if_disabled:
            raise AssertionError(f"the button {label!r} is disabled")
        button.click()

    def box(self, label: str):
        return self._find((w.Text, w.Textarea), label)

    def type(self, label: str, text: str) -> None:
        self.box(label).value = text

    def pick(self, label: str, option: str) -> None:
        control = self._find((w.Dropdown, w.Select), label)
        value = dict(control.options)[option] if isinstance(control.options[0], tuple) \
            else option
        control.value = value

    def set(self, label: str, value) -> None:
        """Move the slider, tick the checkbox or fill the number box labelled ``label``."""
        self.control(label).value = value

    def upload(self, label: str, name: str, content: bytes) -> None:
        import datetime as dt

        control = self._find(w.FileUpload, label)
        control.value = ({"name": name, "type": "", "size": len(content),
                          "content": memoryview(content),
                          "last_modified": dt.datetime.now(dt.UTC)},)

    def undo(self) -> None:
        """Click the undo button ("Undo: ...")."""
        self.press(UNDO_TIP)

    @property
    def undo_button(self) -> w.Button:
        """The undo button, to read what it offers ("Undo: save the target role")."""
        return self.button(UNDO_TIP)

    # reading ------------------------------------------------------------------------------------

    def control(self, label: str):
        """The control labelled ``label`` (any kind): its value, options, tooltip, disabled."""
        return self._find(w.DOMWidget, label)

    def value(self, label: str):
        return self.control(label).value

    def options(self, label: str) -> list[str]:
        """The options of a list or dropdown as shown (their labels)."""
        return [o[0] if isinstance(o, tuple) else o for o in self.control(label).options]

    def outlined(self) -> list[str]:
        """The labels of the boxes outlined as holding something wrong."""
        return [x.description for x in self.widgets()
                if isinstance(x, w.Text | w.Textarea) and x.layout.border]

    def _message_area(self) -> Message:
        area = getattr(self.view, "_message", None)
        if not isinstance(area, Message):  # never "" for a view that has no message area
            raise LookupError(f"{type(self.view).__name__} has no message area")
        return area

    @property
    def message(self) -> str:
        """The text of the message under the controls ("" while none is shown)."""
        return self._message_area().text

    @property
    def message_kind(self) -> str:
        """The message's kind: "ok", "info", "warning", "error" ("" while none is shown)."""
        return self._message_area().kind

    @property
    def message_html(self) -> str:
        """The message as the page shows it (escaped HTML)."""
        return self._message_area().value

    def html_values(self) -> list[str]:
        """Every HTML string the view shows, its children's included (what the browser renders
        as markup: what must never hold participant text unescaped)."""
        return [x.value for x in self.widgets() if isinstance(x, w.HTML | w.HTMLMath)]

    @property
    def watch(self):
        """The view's watch on the workspace file (``running``, ``stop()``; see ``watch.py``)."""
        return self.view._watch

    def rating(self, name: str):
        """The driver of the 1 to 5 rating control for rubric ``name`` ("skill_growth")."""
        from .rating import RatingControl

        for x in self.widgets():
            if isinstance(x, RatingControl) and x.name == name:
                return x.driver
        raise LookupError(f"no rating {name!r}")

    def text(self) -> str:
        """Every HTML and label text of the view, tags removed (what a participant reads)."""
        import re

        parts = [x.value for x in self.widgets() if isinstance(x, w.HTML | w.Label)]
        text = html.unescape(re.sub(r"<[^>]+>", " ", "\n".join(parts)))
        return re.sub(r"\s+", " ", text).strip()
