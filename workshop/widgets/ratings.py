"""Notebooks 02 and 03: rate each role's skill growth and company results, rubric beside each.

- ``RatingControl``: a 1 to 5 control (plus "not rated") with its rubric from ``data/rubrics.json``
  shown beside it and the chosen level highlighted.
- ``SkillGrowthEditor`` / ``skill_growth_editor()``: per role, the skills it grew (name, level
  before and after, where the skill was used later), the skill growth rating and the enjoyment
  rating (never part of the score).
- ``ResultsEditor`` / ``results_editor()``: per role, the "I helped the company to ..." results
  (statement, metric, value, unit, scope), the company results and relevance ratings, with the
  hiring manager's goals shown for reference.

Ratings save as soon as they are clicked. Skill and result lists are edited as a form and saved
with a button; the form's unsaved edits are kept when a save is refused, when the participant
switches to another role and back, and when another widget or notebook changes the workspace.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

import ipywidgets as w

from ..errors import NotFoundError, ValidationError
from ..model import LEVELS, SCOPES, Result, Role, Skill, Workspace
from ..resources import load_json
from ..session import Session, open_session
from ._base import Message, esc, guarded, replacing_earlier, role_name

__all__ = [
    "RatingControl",
    "SkillGrowthEditor",
    "ResultsEditor",
    "skill_growth_editor",
    "results_editor",
]

NOT_RATED = 0  # the toggle value meaning "not rated"; ``RatingControl.value`` gives None for it


def _rubric(name: str) -> dict:
    rubrics = load_json("rubrics.json")
    if name not in rubrics:
        raise NotFoundError(f"there is no rubric '{name}' in rubrics.json; there are: "
                            f"{', '.join(rubrics)}.")
    return rubrics[name]


def _level_definitions() -> dict[str, str]:
    return {lv["name"]: lv["definition"] for lv in load_json("levels.json")["levels"]}


# --- the rating control ---------------------------------------------------------------------


class RatingControl(w.HBox):
    """A 1 to 5 rating with its rubric beside it.

    ``value`` is an int from 1 to 5, or ``None`` while not rated. Setting ``value`` from code
    only updates the display; a participant's click calls the listeners given to ``on_change``
    (so refreshing a widget from the saved workspace never saves anything by itself).
    """

    def __init__(self, name: str, *, heading: str | None = None, value: int | None = None,
                 disabled: bool = False) -> None:
        rubric = _rubric(name)
        self.name = name
        self._levels = {int(k): v for k, v in rubric["levels"].items()}
        self._title = rubric.get("title", name.replace("_", " "))
        self._question = rubric.get("question", "")
        self._listeners: list[Callable[[int | None], None]] = []
        self._quiet = False
        self._message = Message()
        self._heading = w.HTML(value=f"<b>{esc(heading or self._title)}</b>")
        self._buttons = w.ToggleButtons(
            options=[("not rated", NOT_RATED)] + [(str(i), i) for i in range(1, 6)],
            value=NOT_RATED,
            tooltips=["not rated yet"] + [f"{i}: {self._levels.get(i, '')}" for i in range(1, 6)],
            style={"button_width": "auto"},
            layout=w.Layout(width="auto"),
        )
        self._chosen = w.HTML()
        self._rubric_html = w.HTML(layout=w.Layout(width="auto", flex="1 1 0%"))
        left = w.VBox([self._heading, self._buttons, self._chosen, self._message],
                      layout=w.Layout(width="340px", flex="0 0 auto"))
        super().__init__([left, self._rubric_html],
                         layout=w.Layout(width="100%", align_items="flex-start",
                                         margin="4px 0"))
        self._buttons.observe(self._on_toggle, names="value")
        self.value = value
        self.disabled = disabled

    # public surface -----------------------------------------------------------------------------

    @property
    def value(self) -> int | None:
        v = self._buttons.value
        return None if v in (None, NOT_RATED) else int(v)

    @value.setter
    def value(self, value: int | None) -> None:
        if value is not None and value not in self._levels:
            raise ValidationError(f"a rating is 1 to 5 or None, not {value!r}.")
        self._quiet = True
        try:
            self._buttons.value = NOT_RATED if value is None else int(value)
        finally:
            self._quiet = False
        self._render()

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

    def _render(self) -> None:
        chosen = self.value
        if chosen is None:
            self._chosen.value = "<i>Not rated yet: pick the number whose words fit best.</i>"
        else:
            self._chosen.value = (f"Your rating: <b>{chosen} of 5</b>: "
                                  f"{esc(self._levels.get(chosen, ''))}")
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
            f'<div class="workshop-rubric" style="font-size:90%;line-height:1.35">'
            f"<b>{esc(self._title)}</b>: {esc(self._question)}"
            f'<ul style="list-style:none;padding-left:0;margin:4px 0">{"".join(items)}</ul>'
            "</div>")

    @guarded("_message")
    def _on_toggle(self, change) -> None:
        self._render()
        if self._quiet:
            return
        value = self.value
        for listener in list(self._listeners):
            listener(value)


# --- one row of a list (a skill or a result) -------------------------------------------------


class _SkillRow(w.VBox):
    """One skill in the form: name, level before and after, where it was used later."""

    def __init__(self, data: dict | None, level_tip: str) -> None:
        data = data or {}
        self.origin = dict(data) if data else None  # the saved skill this row shows, if any
        self._name = w.Text(value=data.get("name", ""), placeholder="a skill, e.g. scheduling",
                            description="Skill", layout=w.Layout(width="260px"),
                            style={"description_width": "40px"})
        self._before = w.Dropdown(options=list(LEVELS), value=data.get("before", "novice"),
                                  description="before", tooltip=level_tip,
                                  layout=w.Layout(width="190px"),
                                  style={"description_width": "50px"})
        self._after = w.Dropdown(options=list(LEVELS), value=data.get("after", "competent"),
                                 description="after", tooltip=level_tip,
                                 layout=w.Layout(width="180px"),
                                 style={"description_width": "40px"})
        self._remove = w.Button(description="Remove", tooltip="remove this skill",
                                layout=w.Layout(width="80px"))
        self._used_later = w.Textarea(
            value=data.get("used_later", ""),
            placeholder="Used later: where did you use this skill afterwards, and what did it "
                        "produce? e.g. planned rosters for 40 staff at my next job",
            layout=w.Layout(width="98%", height="52px"))
        self._error = w.HTML()
        super().__init__([w.HBox([self._name, self._before, self._after, self._remove]),
                          self._used_later, self._error],
                         layout=w.Layout(border="1px solid #ccc", padding="4px",
                                         margin="2px 0", width="100%"))

    @property
    def fields(self) -> list[w.Widget]:
        return [self._name, self._before, self._after, self._used_later]

    def values(self) -> dict:
        return {"name": self._name.value.strip(), "before": self._before.value,
                "after": self._after.value, "used_later": self._used_later.value.strip()}

    def record(self) -> Skill:
        return Skill(name=self._name.value, before=self._before.value, after=self._after.value,
                     used_later=self._used_later.value)

    def show_error(self, text: str) -> None:
        self._error.value = (f'<span style="color:#8a0b0b">✖ {esc(text)}</span>' if text else "")

    def summary(self) -> str:
        return self._name.value.strip() or "(no name yet)"


_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def _format_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _parse_value(text: str) -> float | int | None:
    """The number typed in a result's value box; ``None`` when empty; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    compact = text.replace(" ", "")
    if "," in compact:
        if not _THOUSANDS.match(compact):
            raise ValueError(text)  # "1,5": a decimal comma; ask for a dot rather than guess
        compact = compact.replace(",", "")
    number = float(compact)
    if not math.isfinite(number):
        raise ValueError(text)
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def _starts_like_a_result(statement: str) -> bool:
    return statement.strip().lower().startswith("i helped")


class _ResultRow(w.VBox):
    """One result in the form: statement, metric, value, unit, scope."""

    HINT = ('Tip: results sound strongest when they start with "I helped the company to ..." '
            "(or the team, the department, our customers) and say what changed.")

    def __init__(self, data: dict | None) -> None:
        data = data or {}
        self.origin = dict(data) if data else None
        self._statement = w.Textarea(value=data.get("statement", ""),
                                     placeholder="I helped the company to ...",
                                     layout=w.Layout(width="98%", height="52px"))
        self._metric = w.Text(value=data.get("metric", ""), description="metric",
                              placeholder="e.g. overtime hours", layout=w.Layout(width="250px"),
                              style={"description_width": "50px"})
        self._value = w.Text(value=_format_value(data.get("value")), description="value",
                             placeholder="e.g. 18", layout=w.Layout(width="140px"),
                             style={"description_width": "40px"})
        self._unit = w.Text(value=data.get("unit", ""), description="unit",
                            placeholder="e.g. %", layout=w.Layout(width="120px"),
                            style={"description_width": "32px"})
        self._scope = w.Dropdown(options=list(SCOPES), value=data.get("scope", "team"),
                                 description="who felt it", layout=w.Layout(width="200px"),
                                 style={"description_width": "70px"},
                                 tooltip="team, department, company or customers")
        self._remove = w.Button(description="Remove", tooltip="remove this result",
                                layout=w.Layout(width="80px"))
        self._hint = w.HTML()
        self._error = w.HTML()
        super().__init__([self._statement,
                          w.HBox([self._metric, self._value, self._unit],
                                 layout=w.Layout(flex_flow="row wrap")),
                          w.HBox([self._scope, self._remove]),
                          self._hint, self._error],
                         layout=w.Layout(border="1px solid #ccc", padding="4px",
                                         margin="2px 0", width="100%"))
        self.update_hint()

    @property
    def fields(self) -> list[w.Widget]:
        return [self._statement, self._metric, self._value, self._unit, self._scope]

    def values(self) -> dict:
        return {"statement": self._statement.value.strip(), "metric": self._metric.value.strip(),
                "value": self._value.value.strip(), "unit": self._unit.value.strip(),
                "scope": self._scope.value}

    def update_hint(self) -> None:
        statement = self._statement.value.strip()
        if statement and not _starts_like_a_result(statement):
            self._hint.value = f'<span style="color:#0b3d91">ℹ {esc(self.HINT)}</span>'
        else:
            self._hint.value = ""

    def record(self) -> Result:
        text = self._value.value
        try:
            value = _parse_value(text)
        except ValueError:
            found = _NUMBER.search(text)
            example = found.group(0).replace(",", ".") if found else "20"
            raise ValidationError(
                f"the value '{text.strip()}' is not a number. Type a number like {example} in "
                "the value box (units such as % go in the unit box, words in the metric), or "
                "leave it empty.", field="value") from None
        return Result(statement=self._statement.value, metric=self._metric.value, value=value,
                      unit=self._unit.value, scope=self._scope.value)

    def show_error(self, text: str) -> None:
        self._error.value = (f'<span style="color:#8a0b0b">✖ {esc(text)}</span>' if text else "")

    def summary(self) -> str:
        s = self._statement.value.strip()
        return (s[:40] + "...") if len(s) > 40 else (s or "(no statement yet)")


def _saved_values(item) -> dict:
    """A saved skill or result as the form shows it (for telling edited from saved)."""
    data = item.to_dict()
    if "value" in data:
        data["value"] = _format_value(data["value"])
    return data


# --- the shared editor: pick a role, edit its list, rate it -----------------------------------


class _RoleListEditor(w.VBox):
    """Shared machinery of the two editors. Subclasses say what the list holds and which ratings.

    The form of each role is a list of rows plus the values they had when loaded (the baseline):
    the form has unsaved edits when its values differ from its baseline.
    """

    kind = "item"  # "skill" / "result"
    kinds = "items"
    list_field = "skills"  # the Role attribute edited
    ratings: tuple[tuple[str, str], ...] = ()  # (rubric name, heading)
    progress_names: tuple[str, ...] = ()

    def __init__(self, session: Session) -> None:
        self._session = session
        self._message = Message()
        self._role = w.Dropdown(description="Role", options=[],
                                layout=w.Layout(width="460px"),
                                style={"description_width": "40px"})
        self._progress = w.Label()
        self._heading = w.HTML()
        self._rows_box = w.VBox(layout=w.Layout(width="100%"))
        self._add = w.Button(description=f"Add a {self.kind}",
                             tooltip=f"add an empty {self.kind} to fill in")
        self._save = w.Button(description=f"Save {self.kinds}", button_style="primary",
                              tooltip=f"save the {self.kinds} of this role")
        self._status = w.Label()
        self._controls: dict[str, RatingControl] = {
            name: RatingControl(name, heading=heading) for name, heading in self.ratings}
        self._role_id: str | None = None
        self._rows: list = []
        self._baseline: list[dict] = []
        self._drafts: dict[str, tuple[list, list[dict]]] = {}
        self._syncing = False
        self._own = False
        super().__init__(self._layout_children(), layout=w.Layout(width="100%",
                                                                  max_width="820px"))
        self._role.observe(self._on_role_change, names="value")
        self._add.on_click(self._on_add)
        self._save.on_click(self._on_save)
        for name, control in self._controls.items():
            control.on_change(functools.partial(self._on_rating, name))
        session.observe(self._on_session_change)
        self._sync()

    def close(self) -> None:
        """Stop following the session, then close the widget."""
        self._session.unobserve(self._on_session_change)
        super().close()

    # to fill in by the subclasses ---------------------------------------------------------------

    def _layout_children(self) -> list[w.Widget]:
        raise NotImplementedError

    def _new_row(self, data: dict | None):
        raise NotImplementedError

    def _rating_of(self, role: Role, name: str) -> int | None:
        if name == "enjoyment":
            return role.enjoyment
        return getattr(role.ratings, name)

    def _extra_sync(self, ws: Workspace) -> None:
        """Refresh what else the subclass shows (the goals, a legend)."""

    # the state of the form ----------------------------------------------------------------------

    @property
    def _current(self) -> Role | None:
        if self._role_id is None:
            return None
        try:
            return self._session.workspace.role(self._role_id)
        except KeyError:
            return None

    def _saved_list(self, role: Role) -> list[dict]:
        return [_saved_values(x) for x in getattr(role, self.list_field)]

    def _dirty(self) -> bool:
        return [r.values() for r in self._rows] != self._baseline

    def _load_rows(self, role: Role | None) -> None:
        data = self._saved_list(role) if role is not None else []
        self._set_rows([self._new_row(d) for d in data], data)

    def _set_rows(self, rows: list, baseline: list[dict]) -> None:
        self._rows, self._baseline = rows, baseline
        for row in rows:
            self._wire(row)
        self._rows_box.children = tuple(rows)

    def _wire(self, row) -> None:
        if getattr(row, "_wired_to", None) is self:
            return
        row._wired_to = self
        row._remove.on_click(self._on_remove)
        for f in row.fields:
            f.observe(self._on_field_change, names="value")

    def _rated(self, ws: Workspace) -> int:
        return sum(all(self._rating_of(r, n) is not None for n in self.progress_names)
                   for r in ws.roles)

    def _progress_text(self, ws: Workspace) -> str:
        raise NotImplementedError

    def _update_status(self) -> None:
        role = self._current
        if role is None:
            self._status.value = ""
        elif self._dirty():
            self._status.value = (f"Unsaved changes to these {self.kinds}: press "
                                  f"“Save {self.kinds}” to keep them.")
        else:
            n = len(self._rows)
            self._status.value = (f"All {n} {self.kind if n == 1 else self.kinds} of this role "
                                  "saved." if n else f"No {self.kinds} yet for this role: press "
                                  f"“Add a {self.kind}”.")

    # showing a role and refreshing from the session ---------------------------------------------

    def _show_role(self, role_id: str | None) -> None:
        """Put the form of ``role_id`` in place, keeping the previous role's unsaved edits."""
        if self._role_id is not None and self._role_id != role_id and self._dirty() \
                and self._current is not None:
            self._drafts[self._role_id] = (self._rows, self._baseline)
        self._role_id = role_id
        role = self._current
        for row in self._rows:
            row.show_error("")
        if role is not None and role_id in self._drafts:
            rows, baseline = self._drafts.pop(role_id)
            self._set_rows(rows, baseline)
            self._message.show(f"Your unsaved changes to the {self.kinds} of this role are still "
                               f"here: press “Save {self.kinds}” to keep them.", "info")
        else:
            self._load_rows(role)
        self._show_ratings(role)
        self._heading.value = self._heading_html(role)
        self._update_status()

    def _heading_html(self, role: Role | None) -> str:
        if role is None:
            return ""
        return (f"<b>{esc(self.kinds.capitalize())} of {esc(role_name(role))}</b>")

    def _show_ratings(self, role: Role | None) -> None:
        for name, control in self._controls.items():
            control.value = self._rating_of(role, name) if role is not None else None
            control.disabled = role is None

    def _sync(self) -> None:
        """Make everything match the session's workspace; unsaved form edits stay."""
        ws = self._session.workspace
        ids = [r.id for r in ws.roles]
        # forget drafts of roles that are gone or that now match what is saved
        for rid in list(self._drafts):
            rows, _baseline = self._drafts[rid]
            if rid not in ids or [r.values() for r in rows] == self._saved_list(ws.role(rid)):
                del self._drafts[rid]
        options = [(role_name(r), r.id) for r in ws.roles]
        keep = self._role_id if self._role_id in ids else (ids[0] if ids else None)
        self._syncing = True
        try:
            if list(self._role.options) != options:
                self._role.options = options
            self._role.value = keep
        finally:
            self._syncing = False
        for b in (self._role, self._add, self._save):
            b.disabled = not ids
        if keep != self._role_id:
            self._show_role(keep)
        else:
            role = self._current
            if role is not None:
                saved = self._saved_list(role)
                if not self._dirty():
                    if saved != self._baseline:
                        self._load_rows(role)
                elif saved != self._baseline:
                    self._message.show(
                        f"The {self.kinds} of this role were changed in another place; your "
                        f"unsaved edits here are kept, and “Save {self.kinds}” will replace "
                        "the saved ones with them.", "info")
            self._show_ratings(role)
            self._heading.value = self._heading_html(role)
        if not ids:
            self._message.show("No roles yet: list your past jobs in notebook 01 first, then "
                               "come back here.", "info")
        elif self._message.text.startswith("No roles yet"):
            self._message.clear()
        self._progress.value = self._progress_text(ws)
        self._extra_sync(ws)
        self._update_status()

    def _change(self, edit: Callable[[Workspace], object], label: str) -> None:
        """Save through the session (validated, autosaved, undoable), then refresh."""
        self._own = True
        try:
            self._session.change(edit, label)
        finally:
            self._own = False

    def _edit_role(self, role_id: str, fn: Callable[[Role], object]):
        def edit(ws: Workspace) -> None:
            try:
                role = ws.role(role_id)
            except KeyError:
                raise ValidationError("this role is no longer in your workspace (was it removed "
                                      "in another notebook?); pick another role.") from None
            fn(role)
        return edit

    # callbacks ----------------------------------------------------------------------------------

    @guarded("_message")
    def _on_session_change(self, session: Session) -> None:
        if self._own:  # our own change: the callback that made it refreshes afterwards
            return
        self._sync()

    @guarded("_message")
    def _on_role_change(self, change) -> None:
        if self._syncing:
            return
        self._message.clear()
        self._show_role(change["new"])

    @guarded("_message")
    def _on_field_change(self, change) -> None:
        owner = change["owner"]
        for row in self._rows:
            if owner in row.fields and hasattr(row, "update_hint"):
                row.update_hint()
        self._update_status()

    @guarded("_message")
    def _on_add(self, _button=None) -> None:
        if self._current is None:
            raise ValidationError("pick a role first (list your jobs in notebook 01).")
        row = self._new_row(None)
        self._rows = self._rows + [row]
        self._wire(row)
        self._rows_box.children = tuple(self._rows)
        self._message.show(f"Fill in the new {self.kind}, then press “Save {self.kinds}”.",
                           "info")
        self._update_status()

    @guarded("_message")
    def _on_remove(self, button) -> None:
        row = next((r for r in self._rows if r._remove is button), None)
        role = self._current
        if row is None or role is None:
            return
        what = row.summary()
        if row.origin is not None:
            origin = row.origin
            field_name = self.list_field

            def remove(r: Role) -> None:
                items = getattr(r, field_name)
                for i, item in enumerate(items):
                    if _saved_values(item) == origin:
                        del items[i]
                        return

            self._change(self._edit_role(role.id, remove), f"remove a {self.kind}")
            if origin in self._baseline:
                self._baseline = list(self._baseline)
                self._baseline.remove(origin)
        self._rows = [r for r in self._rows if r is not row]
        self._rows_box.children = tuple(self._rows)
        self._sync()
        saved = " and saved" if row.origin is not None else ""
        self._message.show(f"Removed{saved}: {what}.", "ok")

    @guarded("_message")
    def _on_save(self, _button=None) -> None:
        role = self._current
        if role is None:
            raise ValidationError("pick a role first (list your jobs in notebook 01).")
        records, first_error = [], None
        for i, row in enumerate(self._rows, start=1):
            try:
                records.append(row.record())
                row.show_error("")
            except ValidationError as exc:
                text = f"{self.kind.capitalize()} {i}: {exc.message}"
                row.show_error(text)
                if first_error is None:
                    first_error = ValidationError(text, field=f"{self.list_field}[{i - 1}]."
                                                              f"{exc.field or ''}".rstrip("."))
        if first_error is not None:
            raise first_error
        field_name = self.list_field
        self._change(self._edit_role(role.id, lambda r: setattr(r, field_name, records)),
                     f"save the {self.kinds} of {role.title}")
        self._load_rows(self._current)
        self._sync()
        n = len(records)
        self._message.show(f"Saved {n} {self.kind if n == 1 else self.kinds} for "
                           f"{role_name(role)}.", "ok")

    @guarded("_message")
    def _on_rating(self, name: str, value: int | None) -> None:
        self._save_rating(name, value)

    def __repr__(self) -> str:
        ws = self._session.workspace
        return (f"{type(self).__name__}: {self._selected_summary()}; {self._rated(ws)} of "
                f"{len(ws.roles)} roles rated")

    def _save_rating(self, name: str, value: int | None) -> None:
        role = self._current
        if role is None:
            raise ValidationError("pick a role first (list your jobs in notebook 01).")

        def set_rating(r: Role) -> None:
            if name == "enjoyment":
                r.enjoyment = value
            else:
                setattr(r.ratings, name, value)

        self._change(self._edit_role(role.id, set_rating), f"rate {name.replace('_', ' ')}")
        self._sync()
        shown = "not rated" if value is None else f"{value} of 5"
        self._message.show(f"Saved: {_rubric(name)['title']} for {role_name(role)}: "
                           f"{shown}.", "ok")

    def _selected_summary(self) -> str:
        # kept short: ipywidgets cuts a widget's text/plain form at 110 characters
        role = self._current
        if role is None:
            return "no roles yet"
        n = len(self._rows)
        title = role.title if len(role.title) <= 36 else role.title[:35] + "…"
        return f"{title} selected, {n} {self.kind if n == 1 else self.kinds}"


class SkillGrowthEditor(_RoleListEditor):
    """Notebook 02: the skills each role grew, and its skill growth and enjoyment ratings."""

    kind, kinds, list_field = "skill", "skills", "skills"
    ratings = (("skill_growth", "How much did this job grow your skills?"),
               ("enjoyment", "How much did you enjoy it? (never part of the score)"))
    progress_names = ("skill_growth",)

    def __init__(self, session: Session) -> None:
        self._levels = _level_definitions()
        self._level_tip = "; ".join(f"{name}: {text}" for name, text in self._levels.items())
        self._legend = w.HTML(self._legend_html())
        super().__init__(session)

    def _legend_html(self) -> str:
        items = "".join(f"<li><b>{esc(name)}</b>: {esc(text)}</li>"
                        for name, text in self._levels.items())
        return (f'<details style="font-size:90%"><summary>What the levels mean (novice to '
                f'expert)</summary><ul style="margin:2px 0">{items}</ul></details>')

    def _layout_children(self) -> list[w.Widget]:
        return [self._role, self._progress, self._heading, self._legend, self._rows_box,
                w.HBox([self._add, self._save]), self._status, self._message,
                self._controls["skill_growth"], self._controls["enjoyment"]]

    def _new_row(self, data):
        return _SkillRow(data, self._level_tip)

    def _progress_text(self, ws):
        return f"{self._rated(ws)} of {len(ws.roles)} roles rated for skill growth"


class ResultsEditor(_RoleListEditor):
    """Notebook 03: each role's results for the organisation, and its company results and
    relevance ratings, with the hiring manager's goals shown for reference."""

    kind, kinds, list_field = "result", "results", "results"
    ratings = (("company_results", "What did your work achieve for the organisation?"),
               ("relevance", "How much does this job speak to the hiring manager's goals?"))
    progress_names = ("company_results", "relevance")

    def __init__(self, session: Session) -> None:
        self._goals = w.HTML()
        super().__init__(session)

    def _layout_children(self) -> list[w.Widget]:
        return [self._role, self._progress, self._goals, self._heading, self._rows_box,
                w.HBox([self._add, self._save]), self._status, self._message,
                self._controls["company_results"], self._controls["relevance"]]

    def _new_row(self, data):
        return _ResultRow(data)

    def _progress_text(self, ws):
        n = len(ws.roles)
        cr = sum(r.ratings.company_results is not None for r in ws.roles)
        rel = sum(r.ratings.relevance is not None for r in ws.roles)
        return f"{cr} of {n} roles rated for company results, {rel} of {n} for relevance"

    def _extra_sync(self, ws):
        target = ws.target_role
        title = f" for <b>{esc(target.title)}</b>" if target.title else ""
        if target.goals:
            items = "".join(f"<li>{esc(g)}</li>" for g in target.goals)
            self._goals.value = (f"<div>The hiring manager's goals{title}:"
                                 f'<ul style="margin:2px 0">{items}</ul></div>')
        else:
            self._goals.value = (f"<div>No hiring manager's goals yet{title}: paste them from "
                                 "the job ad in notebook 00, so you can rate relevance.</div>")



def skill_growth_editor(session: Session | None = None) -> SkillGrowthEditor:
    """The notebook 02 editor on ``session`` (default: the kernel's shared session)."""
    session = session or open_session()
    return replacing_earlier(SkillGrowthEditor(session), session)


def results_editor(session: Session | None = None) -> ResultsEditor:
    """The notebook 03 editor on ``session`` (default: the kernel's shared session)."""
    session = session or open_session()
    return replacing_earlier(ResultsEditor(session), session)
