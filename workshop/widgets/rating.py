"""The 1 to 5 rating control of notebooks 02 and 03, with its rubric from ``data/rubrics.json``
shown beside it and the chosen level highlighted."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from ..errors import NotFoundError, ValidationError
from ..resources import load_json
from .accessible import RatingButtons
from .messages import Message, esc, guarded
from .testing import RatingDriver

__all__ = ["RatingControl", "NOT_RATED", "rubric", "level_definitions"]


def rubric(name: str) -> dict:
    """The rubric of rating ``name`` (title, question, the text of each level)."""
    rubrics = load_json("rubrics.json")
    if name not in rubrics:
        raise NotFoundError(f"there is no rubric '{name}' in rubrics.json; there are: "
                            f"{', '.join(rubrics)}.")
    return rubrics[name]


def level_definitions() -> dict[str, str]:
    """What each skill level (novice to expert) means."""
    return {lv["name"]: lv["definition"] for lv in load_json("levels.json")["levels"]}


NOT_RATED = 0  # the toggle value meaning "not rated"; ``RatingControl.value`` gives None for it




# --- the rating control ---------------------------------------------------------------------


class RatingControl(w.HBox):
    """A 1 to 5 rating with its rubric beside it.

    ``value`` is an int from 1 to 5, or ``None`` while not rated. Setting ``value`` from code
    only updates the display; a participant's click calls the listeners given to ``on_change``
    (so refreshing a widget from the saved workspace never saves anything by itself): they hear
    of a rating that differs from the one last set or picked (``_set``), never of its echo.
    """

    def __init__(self, name: str, *, heading: str | None = None, value: int | None = None,
                 disabled: bool = False) -> None:
        found = rubric(name)
        self.name = name
        self._levels = {int(k): v for k, v in found["levels"].items()}
        self._title = found.get("title", name.replace("_", " "))
        self._question = found.get("question", "")
        self._listeners: list[Callable[[int | None], None]] = []
        self._set: int | None = None  # the rating set from code or last picked
        self._message = Message()
        self._heading = w.HTML(value=f"<b>{esc(heading or self._title)}</b>")
        # each button named by its rubric words: "Skill growth 4: Several skills moved up ..."
        self._buttons = RatingButtons(
            options=[("not rated", NOT_RATED)] + [(str(i), i) for i in range(1, 6)],
            names=[f"{self._title}: not rated"]
            + [f"{self._title} {i}: {self._levels.get(i, '')}" for i in range(1, 6)],
            group_label=heading or self._title, value=NOT_RATED,
            layout=w.Layout(width="auto"),
        )
        # the chosen level's line (``_chosen_line``) and the rubric are one widget: a click sends
        # one update for both
        self._rubric_html = w.HTML(layout=w.Layout(width="auto", flex="1 1 0%"))
        left = w.VBox([self._heading, self._buttons, self._message],
                      layout=w.Layout(width="340px", flex="0 0 auto"))
        super().__init__([left, self._rubric_html],
                         layout=w.Layout(width="100%", align_items="flex-start",
                                         margin="4px 0"))
        self._buttons.observe(self._on_toggle, names="value")
        self.value = value
        self._render()
        self.disabled = disabled
        self.driver = RatingDriver(self)

    # public surface -----------------------------------------------------------------------------

    @property
    def value(self) -> int | None:
        v = self._buttons.value
        return None if v in (None, NOT_RATED) else int(v)

    @value.setter
    def value(self, value: int | None) -> None:
        if value is not None and value not in self._levels:
            raise ValidationError(f"a rating is 1 to 5 or None, not {value!r}.")
        self._set = value
        self._buttons.value = NOT_RATED if value is None else int(value)

    @property
    def disabled(self) -> bool:
        return self._buttons.disabled

    @disabled.setter
    def disabled(self, flag: bool) -> None:
        self._buttons.disabled = bool(flag)

    def on_change(self, callback: Callable[[int | None], None]) -> None:
        """Call ``callback(value)`` when the participant picks a rating (``None``: not rated)."""
        if callback not in self._listeners:
            self._listeners.append(callback)

    @property
    def level_text(self) -> str:
        """The rubric's words for the chosen rating ("" while not rated)."""
        return self._levels.get(self.value, "") if self.value is not None else ""

    def __repr__(self) -> str:
        shown = "not rated" if self.value is None else f"{self.value} of 5"
        return f"RatingControl: {self._title}: {shown}"

    # inside -------------------------------------------------------------------------------------

    def _chosen_line(self) -> str:
        """The HTML of the line above the rubric ("Your rating: <b>4 of 5</b>: ...")."""
        if self.value is None:
            return "<i>Not rated yet: pick the number whose words fit best.</i>"
        return f"Your rating: <b>{self.value} of 5</b>: {esc(self._levels.get(self.value, ''))}"

    def _render(self) -> None:
        chosen = self.value
        items = []
        for i in range(1, 6):
            text = esc(self._levels.get(i, ""))
            if i == chosen:
                # said in words and weight as well as colour, for colour-blind readers
                items.append(f'<li style="background:#fff3c4;font-weight:bold;'
                             f'border-left:4px solid #333;padding-left:4px">'
                             f'<b>{i}</b> ◀ your rating: {text}</li>')
            else:
                items.append(f"<li><b>{i}</b>: {text}</li>")
        self._rubric_html.value = (
            f'<div class="workshop-rating-chosen" style="margin:0 0 4px 0">'
            f"{self._chosen_line()}</div>"
            f'<div class="workshop-rubric" style="font-size:90%;line-height:1.35">'
            f"<b>{esc(self._title)}</b>: {esc(self._question)}"
            f'<ul style="list-style:none;padding-left:0;margin:4px 0">{"".join(items)}</ul>'
            "</div>")

    @guarded("_message")
    def _on_toggle(self, change) -> None:
        self._render()
        value = self.value
        if value == self._set:
            return
        self._set = value
        for listener in list(self._listeners):
            listener(value)
