"""Drive the kit's views the way a participant does, for tests and scripts, as
``click.testing`` drives a command: find a control by its label, click, type, pick, and read what
the view shows, never a view's private children.

Every view has a ``driver`` (a ``Driver``, or the view's own subclass beside it that adds what
only that view shows); ``Driver.rating(name)`` gives the ``RatingDriver`` of a 1 to 5 rating.
"""

from __future__ import annotations

import datetime as dt
import html
import re

import ipywidgets as w

from .controls import UNDO_TIP
from .messages import Message

__all__ = ["Driver", "RatingDriver"]


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

    def fields(self) -> list[w.Widget]:
        """Every box, list and menu a participant fills in the view, in page order (read a
        field's visible label as its ``description``, its size as its ``layout``)."""
        kinds = (w.Text, w.Textarea, w.Dropdown, w.SelectMultiple, w.Select)
        return [x for x in self.widgets() if isinstance(x, kinds)]

    def html_values(self) -> list[str]:
        """Every HTML string the view shows, its children's included (what the browser renders
        as markup: what must never hold participant text unescaped)."""
        out = []
        for x in self.widgets():
            if isinstance(x, w.HTML | w.HTMLMath):
                out.append(x.value)
            elif callable(getattr(x, "html_values", None)):  # a widget with HTML blocks
                out.extend(x.html_values())
        return out

    @property
    def watch(self):
        """The view's watch on the workspace file (``running``, ``stop()``; see ``watch.py``)."""
        return self.view._watch

    def rating(self, name: str) -> RatingDriver:
        """The driver of the 1 to 5 rating control for rubric ``name`` ("skill_growth")."""
        for x in self.widgets():
            driver = getattr(x, "driver", None)
            if isinstance(driver, RatingDriver) and driver.control_widget.name == name:
                return driver
        raise LookupError(f"no rating {name!r}")

    def text(self) -> str:
        """Every HTML and label text of the view, tags and style sheets removed (what a
        participant reads)."""
        parts = [*self.html_values(), *(x.value for x in self.widgets()
                                        if isinstance(x, w.Label))]
        shown = re.sub(r"<style\b.*?</style>", " ", "\n".join(parts), flags=re.S | re.I)
        text = html.unescape(re.sub(r"<[^>]+>", " ", shown))
        return re.sub(r"\s+", " ", text).strip()


class RatingDriver(Driver):
    """Drive a ``RatingControl`` as a participant does: ``click(4)`` clicks the button "4"
    (``click(None)``: "not rated"), which calls the listeners as a real click does; ``labels``,
    ``chosen`` and ``rubric_html`` read what is shown."""

    def __init__(self, control: w.Widget) -> None:
        """``control`` is a ``rating.RatingControl``."""
        super().__init__(control)
        self.control_widget = control

    def click(self, value: int | None, *, even_if_disabled: bool = False) -> None:
        """Click the button of ``value``; a disabled control is refused unless
        ``even_if_disabled`` (a click that reaches the kernel from a page not yet updated)."""
        buttons = self.control_widget._buttons
        if buttons.disabled and not even_if_disabled:
            raise AssertionError(f"the rating {self.control_widget.name!r} is disabled")
        # the first button is "not rated"
        buttons.value = buttons.options[0][1] if value is None else int(value)

    @property
    def value(self) -> int | None:
        """The rating shown (``None``: not rated)."""
        return self.control_widget.value

    @property
    def model_id(self) -> str:
        """The id of the buttons' widget model: where a browser's click is addressed (a
        benchmark sends its click there, as a ``comm_msg``)."""
        return self.control_widget._buttons.model_id

    @property
    def disabled(self) -> bool:
        return self.control_widget.disabled

    @property
    def level_text(self) -> str:
        """The rubric's words for the rating shown."""
        return self.control_widget.level_text

    @property
    def labels(self) -> list[str]:
        """The buttons' visible labels, in order ("not rated", "1" ... "5")."""
        return [label for label, _ in self.control_widget._buttons.options]

    @property
    def chosen(self) -> str:
        """The HTML of the line above the rubric ("Your rating: 4 of 5: ...")."""
        return self.control_widget._chosen_line()

    @property
    def rubric_html(self) -> str:
        """The HTML beside the buttons: the chosen level's line, then the rubric with the
        chosen level marked."""
        return self.control_widget._rubric_html.value
