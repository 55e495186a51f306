"""What every view of the kit shares: ``SessionView``, the box a form saves, the registry of
views built in this kernel, the table style, and ``Quiet``.

``SessionView`` is the base of every view bound to the session (notebooks 00 to 05): it holds the
session, redraws on every change (and on a change another notebook saved, through the file
watch of ``watch.py``), and stops listening on ``close()``. Its callbacks are ``guarded``
(``messages.py``), its shared controls are in ``controls.py`` and ``downloads.py``, and its
``driver`` (``testing.py``) clicks and types the way a participant does, so tests need no
private names.

``Quiet`` is the one guard a view raises while it sets its own controls (``with
self._quiet(): ...``), so that their observers (``if self._quiet: return``) know the change is
not the participant's.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

import ipywidgets as w

from ..importers.text import plural  # one rule for counting words ("2 entries")
from .landing import PICTURE_CSS, Landing
from .messages import Message, attach_log_file, esc, guarded
from .testing import Driver

__all__ = ["replacing_earlier", "MOVED", "STOPPED", "table_html", "TABLE_CSS", "role_name",
           "plural", "SessionView", "form_text", "LATE_KEYS", "clock", "Quiet"]

log = logging.getLogger("workshop.widgets")
# Keys that reach the kernel this many seconds after a click still belong to what the click
# made (the answer card, the shared file): the front end sends a click ahead of the keys of a
# box it holds back while the kernel is busy (see ``form_text``).
LATE_KEYS = 2.0
# How long a retired view keeps its boxes open for the text the page sends when it drops them:
# the box the cursor is in sends its text only when it is left, and the page leaves it when
# the view moves, possibly while the kernel is still busy running the newer view's notebook.
LATE_BOXES = 120.0


class Quiet:
    """True while a view sets its own controls: ``with self._quiet(): ...`` raises it (nested
    uses too), and an observer asks ``if self._quiet: return``."""

    def __init__(self) -> None:
        self._depth = 0

    def __bool__(self) -> bool:
        return self._depth > 0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1


def clock() -> float:
    """Seconds on a clock that only goes forward (``time.monotonic``); a test may replace it."""
    return time.monotonic()


_shown: dict[tuple[int, str], w.Widget] = {}


MOVED = ("This view moved to another tab or a later run; run this cell again to use it here.")
STOPPED = ("This view stopped: the notebook's kernel restarted. Run this cell again to use it "
           "here; what you had typed in a form comes back.")
# A view whose kernel restarted stays on the page with dead controls: JupyterLab's widget
# manager marks it ``jupyter-widgets-disconnected`` (``comm_live`` false). This rule, shown
# with every view, puts STOPPED above it and dims the controls, so it is never taken for live.
STOPPED_CSS = (
    "<style>.workshop-view.jupyter-widgets-disconnected::before{content:\"" + STOPPED + "\";"
    "display:block;font:inherit;font-weight:bold;color:#8a0b0b;background:#fff4f4;"
    "border:2px solid #8a0b0b;padding:6px 8px;margin:0 0 6px 0;height:auto;line-height:1.4}"
    ".workshop-view.jupyter-widgets-disconnected>*{opacity:.55;pointer-events:none}</style>")


def replacing_earlier(widget: w.Widget, session, key: str = "") -> w.Widget:
    """Retire the widget of the same kind (and ``key``) this kernel built earlier for
    ``session``: it stops listening and says, in its place, that it moved (``MOVED``).

    Running a notebook cell again (here, or the same notebook in another tab, which shares the
    kernel) builds a new widget; the old one would otherwise go on listening to the session
    and redrawing for nobody. Closing it would blank its output with no word, so it is
    retired instead (``SessionView.retire``); what was typed there is kept by its form
    (``workshop.drafts``) and the new view shows it, also the text of the box the cursor was
    in, which the page sends only as it drops the box (``SessionView.late_typing``). Returns
    ``widget``.
    """
    key = (id(session), type(widget).__name__ + key)
    earlier = _shown.get(key)
    if earlier is not None and earlier is not widget:
        try:
            retire = getattr(earlier, "retire", None)
            retire(widget) if callable(retire) else earlier.close()
        except Exception:  # an old view that fails to retire must not stop the new one
            log.exception("retiring an earlier %s failed", key[1])
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


def _tree(widgets) -> Iterator[w.Widget]:
    """Every widget in ``widgets`` and inside them."""
    for widget in widgets:
        yield widget
        yield from _tree(getattr(widget, "children", ()) or ())


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _close_tree(widget: w.Widget) -> None:
    """Close ``widget`` and every widget inside it (their models leave the kernel)."""
    for child in getattr(widget, "children", ()) or ():
        _close_tree(child)
    try:
        widget.close()
    except Exception:  # a child that fails to close must not keep the others open
        log.exception("closing %s failed", type(widget).__name__)


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
        super().__init__([*children, w.HTML(STOPPED_CSS + PICTURE_CSS,
                                             layout=w.Layout(display="none")),
                          Landing(layout=w.Layout(display="none"))],
                         **kwargs)
        self.add_class("workshop-view")
        attach_log_file(session.path.parent)
        session.observe(self._on_session_change)
        from .watch import watch

        self._watch = watch(session)
        self.retired = False  # True once a newer view took its place (``retire``)
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
        self._close_late()
        super().close()

    def unsaved_words(self) -> str:
        """What the view holds that is not saved, in words ("your unsaved skills for 1 role"),
        or "" (a view with a form says)."""
        return ""

    def late_typing(self) -> bool:
        """Text typed in an earlier view of this kind reached its boxes after this view was
        built (the box the cursor was in, sent as the page dropped it) and is kept beside the
        workspace: take it into this view's form when the participant has not typed here yet.
        True when taken, or when there is nothing to take (a view without a form)."""
        return True

    def retire(self, successor=None) -> None:
        """Stop listening and show, in place of the controls, that the view moved
        (``MOVED``) and that unsaved typing is kept; the page keeps a message, never a blank.
        A timer of the view (05's save after a pause) still saves into the shared session.

        The old controls stay open for ``LATE_BOXES`` seconds: the page sends the text of the
        box the cursor was in only as it drops it, and that text must reach the form's keeping
        (``workshop.drafts``) and the newer view (``successor.late_typing``)."""
        self._session.unobserve(self._on_session_change)
        self._successor = successor
        self._moved = w.HTML()
        old, self.children = self.children, (self._moved,)
        self.retired = True
        self._say_moved()
        for inner in _tree(old):
            if isinstance(inner, (w.Text, w.Textarea)):
                inner.observe(self._on_late_value, names="value")
            elif isinstance(inner, SessionView):  # a view inside (05's share panel) stops too
                inner._session.unobserve(inner._on_session_change)
        self._late = old
        loop = _running_loop()
        if loop is None:  # plain pytest: nothing is scheduled, the boxes stay open
            return
        self._late_timer = loop.call_later(LATE_BOXES, self._close_late)

    def _say_moved(self, left: tuple[str, str] | None = None) -> None:
        """The moved message; ``left``: a box's label and the text it sent late that the newer
        view could not take (it holds typing of its own there), shown here to copy."""
        unsaved = self.unsaved_words()
        kept = (f" What you typed here and had not saved ({unsaved}) is kept: the newer view "
                "shows it." if unsaved and left is None else "")
        if left is not None:
            kept = (f" The newer view holds typing of its own where you typed last here, so "
                    f"this was not put in it; copy it from here if you need it: "
                    f"{left[0] or 'a box'} {left[1]}")
        self._moved.value = f'<p class="workshop-moved" role="status">{esc(MOVED + kept)}</p>'

    @guarded("_message")
    def _on_late_value(self, change) -> None:
        successor = getattr(self, "_successor", None)
        taken = True
        if successor is not None and not getattr(successor, "retired", False):
            late = getattr(successor, "late_typing", None)
            taken = bool(late()) if callable(late) else True
        box = change["owner"]
        self._say_moved(None if taken else (str(box.description or "").rstrip(":"),
                                            str(change["new"])))

    def _close_late(self) -> None:
        late, self._late = getattr(self, "_late", ()), ()
        for child in late:
            _close_tree(child)

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
