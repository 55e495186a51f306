"""Notebook 01's editor: list past roles, add, edit, remove and reorder them, import them from a
JSON Resume or a LinkedIn ``Positions.csv``, and see them as a table.

``role_editor()`` builds the editor on the kernel's shared session; the notebook displays it.
"""

from __future__ import annotations

import dataclasses

import ipywidgets as w

from ..clock import this_month
from ..drafts import DraftFile
from ..edits import add_roles, move_role, remove_role, with_role
from ..errors import ValidationError
from ..fields import clip, months_between
from ..model import ORGANIZATION_KINDS, Role, Workspace, new_role_id
from ..notebook import PlainTable
from ..session import Session, open_session
from ..wording import org_words
from ._base import Quiet, SessionView, form_text, plural, replacing_earlier, table_html
from .controls import TwoClick, UndoButton
from .downloads import read_upload
from .messages import Message, esc, guarded
from .role_choice import RoleChoice, bind
from .role_import import import_roles, is_form_draft, role_line, same_job, same_role
from .testing import Driver

__all__ = ["RoleEditor", "RoleEditorDriver", "role_editor", "role_line"]

_TABLE_COLUMNS = {"title": "Job title", "organization": "Organisation", "start": "Start",
                  "end": "End", "months": "Months"}
_ERROR_BORDER = "2px solid #8a0b0b"
REPR_LIMIT = 111  # characters of the repr, the clipped ones ending in "…"


def _short(text: str, limit: int = 40) -> str:
    return clip(text, limit)


class RoleEditor(SessionView):
    """List, add, edit, remove, reorder and import past roles; every change is saved at once.

    The form keeps what was typed: picking another role in the list puts the typed text aside
    (one draft for the new role, one per listed role) and brings it back when the participant
    returns to it. Every draft is also kept beside the workspace (``workshop.drafts``), so a
    page reload, a restarted kernel or the cell run again brings it back.

    The form is tied to a role only while the participant has picked it in the list: after
    "Add as new role" the form is empty for the next role, and when the picked role leaves the
    list (removed elsewhere, undone) what was typed stays as a new role's form. "Save changes"
    writes only the fields typed, so an edit saved elsewhere to another field stays.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._form_key: str | None = None  # the role the form shows (None: a new role)
        self._form_baseline: dict = {}  # the form as loaded, to tell typed text from saved
        self._drafts: dict[str | None, dict] = {}
        self._choice = RoleChoice()  # the roles listed and the one picked
        self._added: Role | None = None  # the role just added, while the form stays empty
        self._switching = Quiet()  # raised while the form is loaded: its values are no typing

        self._message = Message()
        # labelled, so a screen reader names the list (the bold line above it is only text)
        self._list = w.Select(options=[], value=None, rows=6, description="Your roles:",
                              style={"description_width": "auto"},
                              layout=w.Layout(width="95%", max_width="640px"))
        bind(self._choice, self._list, lambda i, r: f"{i}. {role_line(r)}", self._on_pick)

        def wide() -> w.Layout:  # one Layout per field, so that one field can be outlined
            return w.Layout(width="95%", max_width="560px")

        def short() -> w.Layout:
            return w.Layout(width="260px")

        style = {"description_width": "110px"}
        self._title = form_text(description="Job title:", placeholder="Shift Supervisor",
                                layout=wide(), style=style)
        self._organization = form_text(description="Organisation:",
                                       placeholder="Northwind Logistics", layout=wide(),
                                       style=style)
        self._org_kind = w.Dropdown(
            options=[("read from the name", "")] + [(k, k) for k in ORGANIZATION_KINDS],
            value="", description="Kind:", layout=w.Layout(width="95%", max_width="360px"),
            style=style, tooltip="What kind of organisation it is: the draft of your answer "
                                 "calls it by this (the school, the hospital, your client)")
        self._org_kind.observe(self._on_org_kind, names="value")
        self._organization.observe(self._on_org_kind, names="value")
        self._org_words = w.HTML()
        self._start = form_text(description="Start:", placeholder="2019-11 or 2019",
                                layout=short(), style=style)
        self._end = form_text(description="End:", placeholder="empty = still there",
                              layout=short(), style=style)
        self._current = w.Checkbox(value=False, description="I still work here",
                                   indent=False, layout=w.Layout(width="auto"))
        self._current.observe(self._on_current, names="value")
        self._summary = form_text(description="In one line:",
                                  placeholder="what the job was, in one sentence",
                                  layout=wide(), style=style)
        # optional: the participant's own words, which the draft's opening answers with (05)
        self._value = form_text(description="It gave me:",
                                placeholder="optional: what this job gave you personally, "
                                            "in your own words",
                                layout=wide(), style=style,
                                tooltip="What this job gave you personally, in your own "
                                        "words: your draft in notebook 05 opens with it")
        self._fields = {"title": self._title, "organization": self._organization,
                        "start": self._start, "end": self._end, "summary": self._summary,
                        "personal_value": self._value}
        # Typed text that is not saved is named under the buttons, as 02 and 03 do, before a
        # restart of the notebook or a closed tab can lose it.
        self._form_status = w.HTML()  # wraps, where a Label would cut a long line
        self._form_status_text = ""
        for field in (*self._fields.values(), self._current, self._org_kind):
            field.observe(self._update_form_status, names="value")

        def button(text: str, handler, tip: str, style_: str = "") -> w.Button:
            b = w.Button(description=text, tooltip=tip, button_style=style_,
                         layout=w.Layout(width="auto"))
            b.on_click(handler)
            return b

        self._add = button("Add as new role", self._on_add, "Add the form as a new role",
                           "primary")
        self._save = button("Save changes", self._on_save, "Save the form into the role picked "
                                                           "in the list")
        self._remove = button("Remove", self._on_remove, "Remove the role picked in the list")
        self._up = button("Move up", self._on_up, "Move the picked role up the list")
        self._down = button("Move down", self._on_down, "Move the picked role down the list")
        self._clear = button("Empty the form", self._on_clear, "Empty the form to type a new role")
        self._confirm_remove = TwoClick(self._remove, "Yes, remove it", "danger")
        self._undo = UndoButton(session)
        self._undo.on_click(self._on_undo)

        self._upload = w.FileUpload(accept=".json,.csv,.zip", multiple=False,
                                    description="Import jobs from a file",
                                    layout=w.Layout(width="auto", align_self="flex-start"))
        self._upload.observe(self._on_import, names="value")
        self._table = w.HTML()

        rows = w.Layout(flex_flow="row wrap")
        super().__init__(session, [
            w.HTML("<b>Pick one of your roles</b> to edit it, move it or remove it."),
            self._list,
            w.HBox([self._up, self._down, self._remove], layout=rows),
            w.HTML("<b>The role</b>"),
            self._title, self._organization,
            w.HBox([self._org_kind, self._org_words], layout=rows),
            w.HBox([self._start, self._end, self._current], layout=rows),
            self._summary,
            self._value,
            w.HBox([self._add, self._save, self._clear], layout=rows),
            self._form_status,
            self._message,
            w.HBox([self._undo], layout=rows),
            w.HTML("<b>Import</b> a JSON Resume (.json) or LinkedIn's Positions.csv: its jobs "
                   "are added after the ones you have."),
            self._upload,
            self._table,
        ])
        self._form_baseline = self._form_values()
        self.driver = RoleEditorDriver(self)
        self._restore_drafts()
        self.refresh()
        self._built = self._form_values()  # the form as first shown (``late_typing``)

    # public surface ----------------------------------------------------------------------------

    @property
    def selected(self) -> str | None:
        """The id of the role picked in the list, or ``None``."""
        return self._choice.selected

    def pick(self, number: int | None) -> None:
        """Pick the role numbered ``number`` in the list (from 1), or none, as a click does."""
        self._list.value = None if number is None else self._list.options[number - 1][1]

    def __repr__(self) -> str:
        roles = self._session.workspace.roles
        if not roles:
            return "RoleEditor: no roles yet"
        names = "; ".join(r.label for r in roles)
        # Short and stable (nbval compares it): at most REPR_LIMIT characters.
        return _short(f"RoleEditor: {plural(len(roles), 'role')}: {names}", REPR_LIMIT)

    # showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self._session.workspace
        picked = self._choice.follow(ws.roles, first=False)
        if self._form_key is not None and picked != self._form_key:
            self._role_left()
        elif picked is not None and not self.form_has_typing \
                and self._role_values(ws.role(picked)) != self._form_baseline:
            self._load_form(ws.role(picked))  # saved elsewhere while not edited here
        self._list.rows = max(3, min(10, len(ws.roles)))
        for b in (self._save, self._remove, self._up, self._down):
            b.disabled = picked is None
        if picked is not None:
            i = ws.index_of(picked)
            self._up.disabled = i == 0
            self._down.disabled = i == len(ws.roles) - 1
        self._undo.sync()
        self._table.value = self._table_html(ws)
        self._update_form_status()

    def _update_form_status(self, _change=None) -> None:
        """Name what the form holds that is not saved, and the typing kept aside; keep the
        form's typing beside the workspace."""
        if self._switching:
            return
        if self.form_has_typing or self._form_key is not None:
            self._added = None
        self._keep_draft()
        aside = sum(1 for key in self._drafts if key != self._form_key)
        kept = (f" Unsaved typing for {plural(aside, 'other role')} is kept aside: pick it in "
                "the list to finish it." if aside else "")
        if not self.form_has_typing:
            text = kept.strip()
        elif self._form_key is None:
            title = self._title.value.strip()
            what = f"'{_short(title)}'" if title else "the role in the form"
            text = (f"Not saved yet: {what} is only in the form. Click “Add as new role” to "
                    "keep it; " + self._restart_words() + kept)
        else:
            text = ("Unsaved changes to this role: click “Save changes” to keep them; "
                    + self._restart_words() + kept)
        self._form_status_text = text
        self._form_status.value = (f'<div class="workshop-form-status">{esc(text)}</div>'
                                   if text else "")

    def unsaved_words(self) -> str:
        n = len(self._drafts) + (1 if self.form_has_typing else 0)
        return f"the role form's typing for {plural(n, 'role')}" if n else ""

    def late_typing(self) -> bool:
        """Late typing of an earlier view fills the fields not typed here (False: one clashed)."""
        draft = self._draft_file.get(self._draft_key(None))
        if not is_form_draft(draft, self._form_values()):
            return True
        now, late = self._form_values(), draft["form"]
        if self._form_key is not None:
            return late == now
        mine = {k for k in now if now[k] != self._built[k]}
        merged = {k: now[k] if k in mine else late[k] for k in now}
        if merged != now:
            with self._switching():
                self._put_values(merged)
            self._update_form_status()
            self._message.show("What you typed last in the other tab is in the form now: click "
                               "'Add as new role' to keep it.", "info")
        lost = [k for k in mine if late[k] not in (now[k], self._built[k])]
        self._built = {k: self._built[k] if k in mine else merged[k] for k in now}
        return not lost

    def _restart_words(self) -> str:
        if self._draft_file.kept:
            return ("what you typed is kept beside your workspace until then, even if the "
                    "notebook restarts.")
        return "typed text is lost if the notebook restarts."

    # drafts kept beside the workspace ----------------------------------------------------------

    @property
    def _draft_file(self) -> DraftFile:
        return DraftFile.of(self._session.path)

    @staticmethod
    def _draft_key(form_key: str | None) -> str:
        return f"roles/{form_key or 'new'}"

    def _keep_draft(self) -> None:
        """Keep the form's typing on disk under its role (or "new"); drop it once saved."""
        key = self._draft_key(self._form_key)
        self._draft_file.put(key, {"form": self._form_values(), "baseline": self._form_baseline}
                             if self.form_has_typing else None)

    def _restore_drafts(self) -> None:
        """Bring back the typing kept on disk: a new role's into the form, the listed roles'
        aside (picking the role brings it back)."""
        ws = self._session.workspace
        ids = {r.id for r in ws.roles}
        for key in self._draft_file.keys("roles/"):
            draft = self._draft_file.get(key)
            rid = key.split("/", 1)[1]
            rid = None if rid == "new" else rid
            if not is_form_draft(draft, self._form_values()) or (rid and (
                    rid not in ids or same_role(draft["baseline"]) != same_role(
                        self._role_values(ws.role(rid))))):  # another job, the same id
                continue
            self._drafts[rid] = draft["form"]
        if None in self._drafts:
            with self._switching():
                self._put_values(self._drafts.pop(None))
            self._update_form_status()
            self._message.show("What you had typed for a new role is back in the form: click "
                               "'Add as new role' to keep it.", "info")
        elif self._drafts:
            self._message.show("Your unsaved typing for a role is kept: pick it in the list to "
                               "finish it.", "info")

    @staticmethod
    def _role_values(role: Role) -> dict:
        """The form's values for ``role`` as saved (what the form is loaded with)."""
        return {"title": role.title, "organization": role.organization,
                "start": role.start or "", "end": role.end or "", "summary": role.summary,
                "current": bool(role.current), "organization_kind": role.organization_kind,
                "personal_value": role.personal_value}

    def _role_left(self) -> None:
        """The role the form was tied to is no longer picked (removed elsewhere, undone): the
        form becomes a new role's, with what was typed kept."""
        typing = self.form_has_typing
        self._draft_file.drop(self._draft_key(self._form_key))
        self._drafts.pop(self._form_key, None)
        self._form_key = None
        if typing:
            self._form_baseline = {k: ("" if isinstance(v, str) else False)
                                   for k, v in self._form_values().items()}
            self._message.show("The role you were editing is no longer in your list (removed "
                               "in another notebook, or undone). What you typed stays in the "
                               "form: click 'Add as new role' to keep it.", "warning")
        else:
            self._load_form(None)

    def _table_html(self, ws: Workspace) -> str:
        if not ws.roles:
            return ('<p class="workshop-roles-table"><i>No roles yet: fill in the form and click '
                    "'Add as new role', or import a file.</i></p>")
        rows = [(r.title, r.organization, r.start or "",
                 (r.end or "now") if r.start else (r.end or ""),
                 months_between(r.start, r.end, this_month()) if r.start else None)
                for r in ws.roles]  # numbered from 1 as in the list above; no pandas (33 MiB)
        return table_html(PlainTable(list(_TABLE_COLUMNS.values()), rows), index=True,
                          name="workshop-roles-table")

    def _cancel_remove(self) -> None:
        self._confirm_remove.cancel()

    def _mark(self, field: str | None) -> None:
        """Outline the field an error is about (and only that one)."""
        name = (field or "").rsplit(".", 1)[-1]
        for key, widget in self._fields.items():
            widget.layout.border = _ERROR_BORDER if key == name else None

    def _form_values(self) -> dict:
        return {"title": self._title.value, "organization": self._organization.value,
                "start": self._start.value, "end": self._end.value,
                "summary": self._summary.value, "current": self._current.value,
                "organization_kind": self._org_kind.value, "personal_value": self._value.value}

    @property
    def form_has_typing(self) -> bool:
        """True when the form holds text that differs from what it was loaded with."""
        return self._form_values() != self._form_baseline

    def _switch_form(self, key: str | None, role: Role | None) -> bool:
        """Show the form of ``key``, putting typed text aside; True when a draft came back."""
        with self._switching():
            back = self._switch_form_quietly(key, role)
        self._update_form_status()
        return back

    def _switch_form_quietly(self, key: str | None, role: Role | None) -> bool:
        if self.form_has_typing:
            self._drafts[self._form_key] = self._form_values()
        else:
            self._drafts.pop(self._form_key, None)
        self._load_form(role)
        self._form_key = key
        draft = self._drafts.pop(key, None)
        if draft is None:
            return False
        self._put_values(draft)
        return True

    def _put_values(self, draft: dict) -> None:
        """Put a draft's values (``_form_values``'s shape) into the form's boxes."""
        self._title.value, self._organization.value = draft["title"], draft["organization"]
        self._start.value, self._end.value = draft["start"], draft["end"]
        self._summary.value, self._current.value = draft["summary"], draft["current"]
        self._org_kind.value = draft["organization_kind"]
        self._value.value = draft["personal_value"]

    def _load_form(self, role: Role | None) -> None:
        with self._switching():
            self._load_form_quietly(role)
        self._update_form_status()

    def _load_form_quietly(self, role: Role | None) -> None:
        self._mark(None)
        self._title.value = role.title if role else ""
        self._organization.value = role.organization if role else ""
        self._start.value = (role.start or "") if role else ""
        self._end.value = (role.end or "") if role else ""
        self._summary.value = role.summary if role else ""
        self._current.value = bool(role and role.current)
        self._org_kind.value = role.organization_kind if role else ""
        self._value.value = role.personal_value if role else ""
        self._form_baseline = self._form_values()

    def _form_fields(self) -> dict:
        """The form as role fields, validated by the model (a ValidationError names the field)."""
        end = None if self._current.value else (self._end.value.strip() or None)
        fields = {"title": self._title.value, "organization": self._organization.value,
                  "start": self._start.value.strip() or None, "end": end,
                  "summary": self._summary.value, "organization_kind": self._org_kind.value,
                  "personal_value": self._value.value}
        try:
            role = Role(**fields)
        except ValidationError as exc:
            self._mark(exc.field)
            raise
        self._mark(None)
        return {k: getattr(role, k) for k in fields}

    def on_outside_change(self) -> None:
        self._cancel_remove()

    def _picked_or_tell(self) -> str | None:
        rid = self._choice.selected
        if rid is None:
            self._message.show("Pick a role in the list first.", "warning")
        return rid

    def _move(self, step: int) -> None:
        self._cancel_remove()
        rid = self._picked_or_tell()
        if rid is None:
            return

        def edit(ws: Workspace) -> Workspace:
            return move_role(ws, rid, step)

        title = self._session.workspace.role(rid).title
        self._session.change(edit, f"move '{_short(title)}' {'up' if step < 0 else 'down'}")
        self._message.clear()

    # callbacks ---------------------------------------------------------------------------------

    @guarded("_message")
    def _on_pick(self, change) -> None:
        self._cancel_remove()
        rid = change["new"]
        role = None
        if rid is not None:
            try:
                role = self._session.workspace.role(rid)
            except KeyError:
                role = None
        had_typing = self.form_has_typing
        back = self._switch_form(rid, role)
        if back:
            self._message.show("Your unsaved typing for this role is back in the form: click "
                               f"'{'Save changes' if rid else 'Add as new role'}' to keep it.",
                               "info")
        elif had_typing:
            self._message.show("What you had typed in the form is kept aside: pick that role "
                               "again (or click 'Empty the form' for a new role) to get it back.",
                               "info")
        else:
            self._message.clear()
        self.refresh()

    @guarded("_message")
    def _on_org_kind(self, _change=None) -> None:
        """Say what the draft will call the organisation, as the name or the kind changes."""
        name = self._organization.value.strip()
        if not name:
            self._org_words.value = ""
            return
        role = Role(title="x", organization=name[:200],
                    organization_kind=self._org_kind.value)
        words = org_words(role)
        self._org_words.value = (f"<span>Your draft will call it <b>{esc(words.the)}</b> "
                                 f"({esc(words.kind)}).</span>")

    @guarded("_message")
    def _on_current(self, change) -> None:
        self._end.disabled = bool(change["new"])

    @guarded("_message")
    def _on_add(self, _button=None) -> None:
        self._cancel_remove()
        if self._added is not None and not self.form_has_typing:  # a second click, say
            self._message.show(f"The form is empty: '{role_line(self._added)}' is added. Type "
                               "the next role's job title (and the rest) first.", "info")
            return
        fields = self._form_fields()
        role = Role(**fields, id=new_role_id())
        same = [i for i, r in enumerate(self._session.workspace.roles, start=1)
                if same_job(r) == same_job(role)]
        if same:
            self._message.show(f"'{role_line(role)}' is already in your list (number {same[0]}), "
                               "so it was not added twice. To add another role, change the form "
                               "first; to change this one, click 'Save changes'.", "warning")
            return
        self._session.change(lambda ws: add_roles(ws, role), f"add '{_short(role.title)}'")
        self._added = role
        # The form is not tied to the role just added: it is empty for the next one, so
        # nothing of this role is carried into another, and "Save changes" can't rename it.
        self._choice.selected = None
        self._drafts.pop(None, None)
        self._form_key = None
        self._load_form(None)
        self.refresh()
        self._message.show(f"Added '{role_line(role)}'. It is saved, and the form is empty for "
                           "another role. To change this one, pick it in the list; or rate "
                           "your roles in notebook 02.", "ok")

    @guarded("_message")
    def _on_save(self, _button=None) -> None:
        self._cancel_remove()
        rid = self._picked_or_tell()
        if rid is None:
            return
        if rid != self._form_key:  # never into a role the form was not loaded from
            raise ValidationError("the form is not showing the role picked in the list; pick "
                                  "the role again to edit it.")
        fields = self._typed_fields(self._form_fields())

        def edit(ws: Workspace) -> Workspace:
            try:
                return with_role(ws, rid, lambda role: dataclasses.replace(role, **fields))
            except KeyError:
                raise ValidationError("this role is no longer in your workspace (was it removed "
                                      "in another notebook?). Click 'Add as new role' to keep "
                                      "what you typed.") from None

        title = self._title.value.strip()
        self._session.change(edit, f"edit '{_short(title)}'")
        self._form_baseline = self._form_values()
        self._update_form_status()
        self._message.show(f"Saved your changes to '{title}'. Its skills, results and "
                           "ratings are kept.", "ok")

    def _typed_fields(self, fields: dict) -> dict:
        """Of the form's ``fields``, those the participant changed since the form was loaded
        (the end date with "I still work here"): the others stay as saved, another
        notebook's edit to them included."""
        now, then = self._form_values(), self._form_baseline
        changed = {k for k in now if now[k] != then.get(k)}
        if "current" in changed:
            changed.add("end")
        return {k: v for k, v in fields.items() if k in changed}

    @guarded("_message")
    def _on_remove(self, _button=None) -> None:
        rid = self._picked_or_tell()
        if rid is None:
            return
        role = self._session.workspace.role(rid)
        if not self._confirm_remove.confirmed(rid):
            self._confirm_remove.arm(rid)
            extras = []
            if role.skills:
                extras.append(plural(len(role.skills), "skill"))
            if role.results:
                extras.append(plural(len(role.results), "result"))
            with_what = f" with its {' and '.join(extras)}" if extras else ""
            self._message.show(f"Remove '{role_line(role)}'{with_what}? Click 'Yes, remove it' "
                               "to confirm (Undo brings it back), or anything else to keep it.",
                               "warning")
            return
        self._cancel_remove()
        self._session.change(lambda ws: remove_role(ws, rid),
                             f"remove '{_short(role.title)}'")
        self._drafts.pop(rid, None)
        self._form_key = None
        self._load_form(None)
        self._message.show(f"Removed '{role_line(role)}'. Undo brings it back.", "ok")

    @guarded("_message")
    def _on_up(self, _button=None) -> None:
        self._move(-1)

    @guarded("_message")
    def _on_down(self, _button=None) -> None:
        self._move(+1)

    @guarded("_message")
    def _on_clear(self, _button=None) -> None:
        self._cancel_remove()
        self._choice.selected = None
        back = self._switch_form(None, None) if self._form_key is not None else False
        if not back:
            self._drafts.pop(None, None)
            self._load_form(None)
        if back:
            self._message.show("Your unsaved typing for a new role is back in the form: click "
                               "'Add as new role' to keep it.", "info")
        else:
            self._message.clear()
        self.refresh()

    @guarded("_message")
    def _on_undo(self, _button=None) -> None:
        self._cancel_remove()
        label = self._session.undo()
        if label is None:
            self._message.show("There is nothing to undo.", "info")
        else:
            self._message.show(f"Undone: {label}.", "ok")

    @guarded("_message")
    def _on_import(self, change) -> None:
        chosen = read_upload(self._upload, change)
        if chosen is None:
            return
        self._cancel_remove()
        text, kind = import_roles(*chosen, self._session)
        self._message.show(text, kind)


def role_editor(session: Session | None = None) -> RoleEditor:
    """The role editor for notebook 01, on the kernel's shared session unless one is given."""
    session = session if session is not None else open_session()
    return replacing_earlier(RoleEditor(session), session)


class RoleEditorDriver(Driver):
    """Drive a ``RoleEditor`` as a participant does: type in the form's boxes by their labels
    ("Job title:", "Organisation:", "Start:", "End:", "In one line:", "It gave me:"), tick "I
    still work here", press its buttons, ``select(role_id)`` in the list; ``table`` is the HTML
    of the roles table.
    The remove button is found by its tooltip, ``REMOVE``, as its label changes on the first
    click ("Yes, remove it")."""

    REMOVE = "Remove the role picked in the list"

    def __init__(self, editor: RoleEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def select(self, role_id: str | None) -> None:
        """Click the role ``role_id`` in the list "Your roles:" (``None``: none picked)."""
        self.control("Your roles:").value = role_id

    @property
    def table(self) -> str:
        """The HTML of the table of roles under the form."""
        return self.editor._table.value

    @property
    def form_status(self) -> str:
        """The line under the form's buttons naming typed text that is not saved ("" if none)."""
        return self.editor._form_status_text
