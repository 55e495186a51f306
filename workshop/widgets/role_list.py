"""What the editors of notebooks 02 and 03 share: pick a role, edit its list of skills or
results as a form, rate it.

The form of each role is a list of rows plus the values they had when loaded (the baseline): it
has unsaved edits when its values differ from its baseline. Ratings save as soon as they are
clicked; the list is saved with a button. Unsaved edits are kept when a save is refused, when the
participant switches to another role and back, and when another notebook changes the workspace;
and beside the workspace (``workshop.drafts``), so that a page reload, a restarted kernel or the
cell run again (here or in another tab) shows them again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

import ipywidgets as w

from ..drafts import DraftFile
from ..edits import rated, with_role, without_item
from ..errors import ValidationError, WorkshopError
from ..model import Role, Workspace
from ..session import Session
from ._base import SessionView, role_name
from .messages import Message, esc, guarded, plain_message
from .rating import RatingControl, rubric
from .role_choice import RoleChoice, bind
from .testing import Driver

__all__ = ["RoleListEditor", "RoleListDriver", "RowDriver", "saved_values", "format_value"]


def format_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def saved_values(item) -> dict:
    """A saved skill or result as the form shows it (for telling edited from saved)."""
    data = item.to_dict()
    for key in ("value", "from_value"):
        if key in data:
            data[key] = format_value(data[key])
    return data


class RoleListEditor(SessionView):
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
        self._status = w.HTML()  # wraps, where a Label cuts a long line at the box's edge
        self._status_text = ""
        self._controls: dict[str, RatingControl] = {
            name: RatingControl(name, heading=heading) for name, heading in self.ratings}
        self._role_id: str | None = None
        self._rows: list = []
        self._baseline: list[dict] = []
        self._drafts: dict[str, tuple[list, list[dict]]] = {}
        self._choice = RoleChoice()  # the roles listed and the one picked
        self._listed: set[str] | None = None  # the role ids listed at the last redraw
        super().__init__(session, self._layout_children(),
                         layout=w.Layout(width="100%", max_width="820px"))
        bind(self._choice, self._role, lambda _i, r: role_name(r), self._on_role_change)
        self._add.on_click(self._on_add)
        self._save.on_click(self._on_save)
        for name, control in self._controls.items():
            control.on_change(functools.partial(self._on_rating, name))
        self.driver = RoleListDriver(self)
        self._sync()
        self._name_kept_elsewhere()

    def refresh(self) -> None:
        self._sync()

    # to fill in by the subclasses ---------------------------------------------------------------

    def _layout_children(self) -> list[w.Widget]:
        raise NotImplementedError

    def _new_row(self, data: dict | None):
        raise NotImplementedError

    def _rating_of(self, role: Role, name: str) -> int | None:
        if name == "enjoyment":
            return role.enjoyment
        return getattr(role.ratings, name)

    def _with_list(self, role: Role, items: tuple, renamed: dict[str, str]) -> Role:
        """The role with its list replaced by ``items`` (``renamed``: see ``_renamed``)."""
        return replace(role, **{self.list_field: items})

    def _renamed(self, records: list) -> dict[str, str]:
        """The saved names the form's rows changed, old to new (for a list whose items are
        named: the skills)."""
        return {}

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
        return [saved_values(x) for x in getattr(role, self.list_field)]

    def _dirty(self) -> bool:
        return [r.values() for r in self._rows] != self._baseline

    def _holds(self, saved: list[dict]) -> bool:
        """True when the form's rows, read as records, are ``saved`` (this form was saved)."""
        try:
            return [saved_values(r.record()) for r in self._rows] == saved
        except ValidationError:
            return False

    def _load_rows(self, role: Role | None) -> None:
        data = self._saved_list(role) if role is not None else []
        self._set_rows([self._new_row(d) for d in data], data)

    def _set_rows(self, rows: list, baseline: list[dict]) -> None:
        self._rows, self._baseline = rows, baseline
        self._loaded = [r.values() for r in rows]  # as shown, to tell typing here (late_typing)
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

    # the form's typing kept beside the workspace ----------------------------------------------

    @property
    def _draft_file(self) -> DraftFile:
        return DraftFile.of(self._session.path)

    def _draft_key(self, role_id: str) -> str:
        return f"{self.list_field}/{role_id}"

    def _keep_draft(self) -> None:
        """Keep the shown role's unsaved rows on disk; drop them once saved (or undone)."""
        if self._current is None:
            return
        self._draft_file.put(self._draft_key(self._role_id), {
            "role": self._current.label,
            "rows": [{"values": r.values(), "origin": r.origin} for r in self._rows],
            "baseline": self._baseline} if self._dirty() else None)

    def _kept_rows(self, role_id: str) -> tuple[list, list[dict]] | None:
        """The rows kept on disk for ``role_id`` (from an earlier view, a kernel since
        restarted), or None when there are none or they can't be shown. Rows typed for
        another job that had the same id (a sample or a file loaded since) are not shown: the
        role must have the same name, or the same saved list as when the rows were typed."""
        draft = self._draft_file.get(self._draft_key(role_id))
        try:
            role = self._session.workspace.role(role_id)
            if draft["role"] != role.label and not (
                    draft["baseline"] and draft["baseline"] == self._saved_list(role)):
                return None
            rows = []
            for item in draft["rows"]:
                row = self._new_row(dict(item["values"]))
                origin = item.get("origin")
                row.origin = dict(origin) if isinstance(origin, dict) else None
                rows.append(row)
            baseline = [dict(x) for x in draft["baseline"]]
            if [r.values() for r in rows] == self._saved_list(role):  # saved since
                self._draft_file.drop(self._draft_key(role_id))
                return None
        except Exception:  # none, or not a form's rows (a file edited by hand): not shown
            return None
        return rows, baseline

    def _forget_kept(self, ids: list[str]) -> None:
        """Drop the drafts kept on disk for roles no longer listed (removed elsewhere)."""
        if self._listed is not None and self._listed <= set(ids):
            self._listed = set(ids)
            return
        self._listed = set(ids)
        for key in self._draft_file.keys(f"{self.list_field}/"):
            if key.split("/", 1)[1] not in ids:
                self._draft_file.drop(key)

    def _kept_elsewhere(self) -> list[Role]:
        """The roles other than the one shown whose unsaved rows are kept (in this view, or
        beside the workspace by a page since reloaded, a kernel restarted, another tab)."""
        ws, found = self._session.workspace, []
        for role in ws.roles:
            if role.id == self._role_id:
                continue
            draft = self._draft_file.get(self._draft_key(role.id))
            try:
                on_disk = draft["role"] == role.label or (
                    draft["baseline"] and draft["baseline"] == self._saved_list(role))
                on_disk = on_disk and [x["values"] for x in draft["rows"]] != \
                    self._saved_list(role)
            except (TypeError, KeyError, IndexError):
                on_disk = False
            if role.id in self._drafts or on_disk:
                found.append(role)
        return found

    def _name_kept_elsewhere(self, back: bool = False) -> None:
        """Say which other roles have unsaved rows that came back, so they never wait unseen
        behind the role the form opens on."""
        others = self._kept_elsewhere()
        if not others:
            return
        names = ", ".join(f"“{role_name(r)}”" for r in others)
        here = (f"Your unsaved changes to the {self.kinds} of this role are still here. "
                if back or self._message.text.startswith("Your unsaved changes") else "")
        them = "it" if len(others) == 1 else "each"
        self._message.show(f"{here}Unsaved {self.kinds} you typed came back for {names}: pick "
                           f"{them} under “Role” to finish them and press “Save {self.kinds}”.",
                           "info")

    def late_typing(self) -> bool:
        """Rows typed in an earlier view, which reached it after this one was built, come into
        the form when they are for the role shown and nothing was typed here; for another
        role they wait beside the workspace, and the message names that role."""
        role = self._current
        if role is None:
            return True
        if [r.values() for r in self._rows] != getattr(self, "_loaded", None):
            return False
        kept = self._kept_rows(self._role_id)
        if kept is not None:
            self._set_rows(*kept)
            self._message.show(f"Your unsaved changes to the {self.kinds} of this role are "
                               "still here, also what you typed last in the other tab: press "
                               f"“Save {self.kinds}” to keep them.", "info")
            self._update_status()
        self._name_kept_elsewhere()
        return True

    def unsaved_words(self) -> str:
        """What this view holds that is not saved, in words ("" when nothing)."""
        n = len(self._drafts) + (1 if self._current is not None and self._dirty() else 0)
        return "" if not n else (f"your unsaved {self.kinds} for {n} "
                                 f"{'role' if n == 1 else 'roles'}")

    def _update_status(self) -> None:
        role = self._current
        self._keep_draft()
        if role is None:
            text = ""
        elif self._dirty():
            where = ("they are kept beside your workspace until then, even if the notebook "
                     "restarts" if self._draft_file.kept else "they are lost if the notebook "
                     "restarts")
            text = (f"Unsaved changes to these {self.kinds}: press “Save {self.kinds}” to "
                    f"keep them in your workspace; {where}.")
        else:
            n = len(self._rows)
            text = (f"All {n} {self.kind if n == 1 else self.kinds} of this role saved."
                    if n else f"No {self.kinds} yet for this role: press “Add a {self.kind}”.")
        self._status_text = text
        self._status.value = (f'<div class="workshop-list-status">{esc(text)}</div>'
                              if text else "")

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
        kept = None
        if role is not None and role_id not in self._drafts:
            kept = self._kept_rows(role_id)
        if role is not None and (role_id in self._drafts or kept is not None):
            rows, baseline = self._drafts.pop(role_id) if kept is None else kept
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
        self._forget_stale_drafts(ws, ids)
        self._forget_kept(ids)
        keep = self._choice.follow(ws.roles, first=True)
        for b in (self._role, self._add, self._save):
            b.disabled = not ids
        if keep != self._role_id:
            self._show_role(keep)
        else:
            self._refresh_current_role()
        self._show_no_roles_notice(bool(ids))
        self._progress.value = self._progress_text(ws)
        self._extra_sync(ws)
        self._update_status()

    def _forget_stale_drafts(self, ws: Workspace, ids: list[str]) -> None:
        """Forget drafts of roles that are gone or that now match what is saved."""
        for rid in list(self._drafts):
            rows, _baseline = self._drafts[rid]
            if rid not in ids or [r.values() for r in rows] == self._saved_list(ws.role(rid)):
                del self._drafts[rid]

    def _refresh_current_role(self) -> None:
        """The shown role stays: reload its rows if saved (here, or elsewhere while not edited
        here), or say that unsaved edits here are kept."""
        role = self._current
        if role is not None:
            saved = self._saved_list(role)
            if saved != self._baseline and (not self._dirty() or self._holds(saved)):
                self._load_rows(role)
            elif saved != self._baseline:
                self._message.show(
                    f"The {self.kinds} of this role were changed in another place; your "
                    f"unsaved edits here are kept, and “Save {self.kinds}” will replace "
                    "the saved ones with them.", "info")
        self._show_ratings(role)
        self._heading.value = self._heading_html(role)

    def _show_no_roles_notice(self, has_roles: bool) -> None:
        if not has_roles:
            self._message.show("No roles yet: list your past jobs in notebook 01 first, then "
                               "come back here.", "info")
        elif self._message.text.startswith("No roles yet"):
            self._message.clear()

    def _edit_role(self, role_id: str, fn: Callable[[Role], Role]):
        def edit(ws: Workspace) -> Workspace:
            try:
                return with_role(ws, role_id, fn)
            except KeyError:
                raise ValidationError("this role is no longer in your workspace (was it removed "
                                      "in another notebook?); pick another role.") from None
        return edit

    # callbacks ----------------------------------------------------------------------------------

    @guarded("_message")
    def _on_role_change(self, change) -> None:
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
        what, origin, rows, baseline = row.summary(), row.origin, self._rows, self._baseline
        left = list(baseline)  # the form first, so that the redraw the save causes finds it
        if origin in left:     # as saved
            left.remove(origin)
        self._set_rows([r for r in rows if r is not row], left)
        if origin is not None:
            field_name = self.list_field

            def remove(r: Role) -> Role:
                items = getattr(r, field_name)
                for i, item in enumerate(items):
                    if saved_values(item) == origin:
                        return self._with_list(r, without_item(items, i), {})
                return r

            try:
                self._session.change(self._edit_role(role.id, remove), f"remove a {self.kind}")
            except WorkshopError:
                self._set_rows(rows, baseline)  # refused: the row stays
                raise
        self._update_status()
        saved = " and saved" if origin is not None else ""
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
                text = f"{self.kind.capitalize()} {i}: {plain_message(exc.message)}"
                row.show_error(text)
                if first_error is None:
                    first_error = ValidationError(text, field=f"{self.list_field}[{i - 1}]."
                                                              f"{exc.field or ''}".rstrip("."))
        if first_error is not None:
            raise first_error
        renamed, rows = self._renamed(records), self._rows
        self._session.change(self._edit_role(role.id, lambda r: self._with_list(
            r, tuple(records), renamed)), f"save the {self.kinds} of {role.title}")
        if self._rows is rows:  # the list saved is the one loaded: the redraw kept the form
            self._load_rows(self._current)
            self._update_status()
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

        self._session.change(self._edit_role(role.id, lambda r: rated(r, name, value)),
                             f"rate {name.replace('_', ' ')}")
        shown = "not rated" if value is None else f"{value} of 5"
        saved = f"Saved: {rubric(name)['title']} for {role_name(role)}: {shown}."
        doubt = self._rating_doubt(name, value)
        self._message.show(f"{saved} {doubt}" if doubt else saved, "warning" if doubt else "ok")

    def _rating_doubt(self, name: str, value: int | None) -> str:
        """A sentence when the role's entries don't bear out the rating just saved ("" when
        they do); the rating is saved either way."""
        return ""

    def _selected_summary(self) -> str:
        # kept short: ipywidgets cuts a widget's text/plain form at 110 characters
        role = self._current
        if role is None:
            return "no roles yet"
        n = len(self._rows)
        title = role.title if len(role.title) <= 36 else role.title[:35] + "…"
        return f"{title} selected, {n} {self.kind if n == 1 else self.kinds}"


class RowDriver(Driver):
    """Drive one row of the form (a skill or a result): ``type``/``pick``/``value`` its boxes by
    their labels ("Skill", "before", "Used later", "value", "who felt it"), ``remove()`` it, and
    read its ``error`` and ``hint`` lines. ``row`` is the row itself (the same object while the
    form keeps it)."""

    def __init__(self, row: w.Widget) -> None:
        super().__init__(row)
        self.row = row

    def remove(self) -> None:
        self.press("Remove")

    @property
    def error(self) -> str:
        """The HTML of the row's refusal line ("" when none)."""
        return self.row._error.value

    @property
    def hint(self) -> str:
        """The HTML of a result row's gentle tip ("" while none is shown)."""
        return self.row._hint.value


class RoleListDriver(Driver):
    """Drive a notebook 02 or 03 editor as a participant does: ``select(role_id)`` picks the
    role in the "Role" list, ``add()`` and ``save()`` press "Add a ..." and "Save ...",
    ``rows()`` are the form's rows (each a ``RowDriver``), ``rate(name, value)`` clicks a rating;
    ``progress``, ``status`` and ``heading`` read the lines around the form, and ``goals`` and
    ``legend`` the hiring manager's goals (03) and the levels' legend (02)."""

    def __init__(self, editor: RoleListEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def select(self, role_id: str) -> None:
        """Pick the role ``role_id`` in the "Role" list, as a participant's pick does."""
        self.control("Role").value = role_id

    @property
    def selected(self) -> str | None:
        return self.control("Role").value

    def add(self) -> None:
        self.press(f"Add a {self.editor.kind}")

    def save(self) -> None:
        self.press(f"Save {self.editor.kinds}")

    def rows(self) -> list[RowDriver]:
        """The rows of the form as shown, in order."""
        return [row.driver for row in self.editor._rows]

    def rate(self, name: str, value: int | None, *, even_if_disabled: bool = False) -> None:
        self.rating(name).click(value, even_if_disabled=even_if_disabled)

    @property
    def progress(self) -> str:
        """The progress line ("1 of 3 roles rated for skill growth")."""
        return self.editor._progress.value

    @property
    def status(self) -> str:
        """The line under the form ("Unsaved changes ...", "All 2 skills of this role saved.")."""
        return self.editor._status_text

    @property
    def heading(self) -> str:
        """The HTML of the heading over the rows ("Skills of Barista, Bean There")."""
        return self.editor._heading.value

    @property
    def goals(self) -> str:
        """The HTML of the hiring manager's goals (notebook 03's editor)."""
        return self.editor._goals.value

    @property
    def legend(self) -> str:
        """The HTML of the legend of the skill levels (notebook 02's editor)."""
        return self.editor._legend.value
