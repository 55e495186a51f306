"""Notebook 00's panel: how the session works, three ways to begin, the target role, undo and the
download link for the workspace file.

``start_panel()`` builds the panel on the kernel's shared session; the notebook displays it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import ipywidgets as w

from .. import config
from ..drafts import DraftFile
from ..errors import ValidationError, WorkshopError
from ..fields import MAX_LONG_TEXT
from ..model import TargetRole, Workspace
from ..resources import persona_label, persona_paths
from ..session import Session, open_session
from ..store import parse_workspace, read_workspace
from ._base import Quiet, SessionView, form_text, plural, replacing_earlier
from .controls import TwoClick, UndoButton
from .downloads import WorkspaceDownload, read_upload
from .messages import Message, esc, guarded, plain_message
from .take_home import remove_cards
from .testing import Driver

__all__ = ["StartPanel", "StartDriver", "start_panel", "running_on_binder", "BINDER_NOTICE"]

BINDER_NOTICE = (
    "You are working in a temporary session on Binder. Binder keeps nothing: after about 10 "
    "minutes without activity the session ends and every file in it is deleted. Download your "
    "workspace file ('Get my workspace file' at the bottom of this panel, then its link) "
    "before you take a break, and at the end. Next time, start here and use 'Load a saved "
    "file' to carry on where you stopped."
)


def running_on_binder(environ: Mapping[str, str] | None = None) -> bool:
    """True when the kernel runs in a Binder session (mybinder.org or a BinderHub).

    BinderHub sets ``BINDER_SERVICE_HOST``, ``BINDER_LAUNCH_HOST`` or ``BINDER_REPO_URL``; a hub
    behind Binder may only show it in ``JUPYTERHUB_SERVICE_PREFIX``.
    """
    env = config.hosting() if environ is None else environ
    if any(env.get(name) for name in ("BINDER_SERVICE_HOST", "BINDER_LAUNCH_HOST",
                                      "BINDER_REPO_URL")):
        return True
    return "binder" in (env.get("JUPYTERHUB_SERVICE_PREFIX") or "").lower()


def _goals_from_text(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class StartPanel(SessionView):
    """Begin the workshop: start fresh, load a saved file or a sample, and name the target role.

    Every change goes through the session, so it is saved at once and can be undone.
    """

    def __init__(self, session: Session, *, on_binder: bool | None = None) -> None:
        self._session = session
        on_binder = running_on_binder() if on_binder is None else on_binder

        self._message = Message()
        self._binder = w.HTML(
            f'<div class="workshop-binder" style="border:2px solid #6b4500;background:#fdf5e6;'
            f'color:#3d2700;padding:6px 10px;margin:4px 0"><b>⚠ Temporary session.</b> '
            f"{esc(BINDER_NOTICE)}</div>" if on_binder else "")
        self._notice = Message()
        if session.notice:
            self._notice.show(session.notice, "warning")

        # (c) three ways to begin
        self._fresh = w.Button(description="Start fresh",
                               tooltip="Begin with an empty workspace",
                               layout=w.Layout(width="auto"))
        self._fresh.on_click(self._on_fresh)
        self._confirm_fresh = TwoClick(self._fresh, "Yes, start fresh")
        self._upload = w.FileUpload(accept=".json", multiple=False,
                                    description="Load a saved file",
                                    layout=w.Layout(width="auto", align_self="flex-start"))
        self._upload.observe(self._on_upload, names="value")
        personas = persona_paths()
        self._persona_files = dict(personas)
        self._persona = w.Dropdown(
            options=[(persona_label(name, path), name) for name, path in personas.items()],
            description="Sample:", layout=w.Layout(width="auto", max_width="420px"))
        self._try_persona = w.Button(description="Try this sample",
                                     tooltip="Load an invented participant to explore the kit",
                                     disabled=not personas, layout=w.Layout(width="auto"))
        self._try_persona.on_click(self._on_persona)
        self._confirm_persona = TwoClick(self._try_persona, "Yes, replace my work")
        begin = w.VBox([
            w.HTML("<b>1. How do you want to begin?</b>"),
            w.HBox([self._fresh, self._upload], layout=w.Layout(flex_flow="row wrap")),
            w.HBox([self._persona, self._try_persona], layout=w.Layout(flex_flow="row wrap")),
        ])

        # (d) target role
        target = session.workspace.target_role
        self._target_title = form_text(value=target.title, description="Job title:",
                                       placeholder="the job you are applying for",
                                       layout=w.Layout(width="95%", max_width="560px"))
        self._goals = form_text(area=True, value="\n".join(target.goals), description="Goals:",
                                placeholder="paste the hiring manager's goals from the job ad, "
                                            "one per line",
                                rows=5, layout=w.Layout(width="95%", max_width="560px"))
        self._synced_target = (self._target_title.value, self._goals.value)
        self._loading = Quiet()  # raised while the boxes are set to the saved target
        for box in (self._target_title, self._goals):  # typing kept beside the workspace
            box.observe(self._keep_target_draft, names="value")
        self._save_target = w.Button(description="Save target role", button_style="primary",
                                     layout=w.Layout(width="auto", align_self="flex-start"))
        self._save_target.on_click(self._on_save_target)
        target_box = w.VBox([
            w.HTML("<b>2. The job you are applying for</b>"),
            self._target_title, self._goals, self._save_target,
        ])

        # (e), (f), (g)
        self._undo = UndoButton(session)
        self._undo.on_click(self._on_undo)
        self._download = WorkspaceDownload(session, message=self._message)
        self._status = w.HTML()

        super().__init__(
            session,
            [self._binder, self._notice, begin, target_box, self._message,
             w.HBox([self._undo], layout=w.Layout(flex_flow="row wrap")),
             self._download, self._status])
        self.driver = StartDriver(self)
        self._restore_target_draft()
        self.refresh()
        self._built = (self._target_title.value, self._goals.value)  # for ``late_typing``

    # public surface ----------------------------------------------------------------------------

    @property
    def status(self) -> str:
        """The status line under the panel, as read."""
        return f"{'Saved to' if self._session.path.exists() else 'Will be saved to'} " \
               f"{self._summary()}"

    def __repr__(self) -> str:
        return f"StartPanel: {self._summary()}"

    # showing -----------------------------------------------------------------------------------

    def _summary(self) -> str:
        ws = self._session.workspace
        title = ws.target_role.title
        target = f"target role {title}" if title else "no target role yet"
        return f"{self._session.shown_path}: {plural(len(ws.roles), 'role')}, {target}"

    def refresh(self) -> None:
        session = self._session
        ws = session.workspace
        self._undo.sync()
        self._download.follow()  # a link made before this change is taken away
        where = "Saved to" if session.path.exists() else "Will be saved to"
        self._status.value = (f'<div class="workshop-status" style="margin:4px 0">{esc(where)} '
                              f"<b>{esc(self._summary())}</b></div>")
        # The target fields follow the workspace unless the participant is typing in them.
        if (self._target_title.value, self._goals.value) == self._synced_target:
            with self._loading():
                self._target_title.value = ws.target_role.title
                self._goals.value = "\n".join(ws.target_role.goals)
            self._synced_target = (self._target_title.value, self._goals.value)
        self._keep_target_draft()

    def _cancel_fresh(self) -> None:
        """A pending 'Yes, start fresh' or 'Yes, replace my work' lapses."""
        self._confirm_fresh.cancel()
        self._confirm_persona.cancel()

    def on_outside_change(self) -> None:
        self._cancel_fresh()

    # callbacks ---------------------------------------------------------------------------------

    @guarded("_message")
    def _on_fresh(self, _button=None) -> None:
        self._session.refresh()  # count what the file holds now, not what it held at the start
        ws = self._session.workspace
        if not _has_work(ws):
            self._cancel_fresh()
            self._message.show("Your workspace is already empty: name the job you are applying "
                               "for above, then go on to notebook 01 to list your jobs.", "info")
            return
        self._confirm_persona.cancel()
        if not self._confirm_fresh.confirmed():
            self._confirm_fresh.arm()
            self._message.show(
                f"Your workspace has {_holds(ws)}. Click 'Yes, start fresh' to begin again with "
                "an empty one (Undo brings it back), or click anything else to keep it.",
                "warning")
            return
        self._cancel_fresh()
        self._session.replace(Workspace(), "start fresh")
        self._force_target()
        cards = remove_cards(self._session.path.parent)
        gone = (f" The answer card beside it ({' and '.join(cards)}) is removed too, so the "
                "next person here does not find it; after Undo, make it again in notebook 05."
                if cards else "")
        self._message.show("Started fresh: your workspace is empty now. Changed your mind? "
                           "Click Undo." + gone, "ok")

    @guarded("_message")
    def _on_upload(self, change) -> None:
        chosen = read_upload(self._upload, change, "workspace.json")
        if chosen is None:
            return
        self._cancel_fresh()
        name, raw = chosen
        if _is_class_share(raw):
            self._message.show(
                f"'{name}' is a class-share file (the anonymised copy for your facilitator), "
                "not a workspace file: it holds no jobs or text to load. Load the workspace file "
                "you downloaded (my_workspace.json), or start fresh. Your workspace is unchanged.",
                "error")
            return
        try:
            ws = parse_workspace(raw, file=name)
        except WorkshopError as exc:
            self._message.show(
                f"'{name}' can't be loaded: {plain_message(exc.message)} Your workspace is "
                "unchanged. (To bring in jobs from a JSON Resume or a LinkedIn export, use the "
                "import box in notebook 01.)", "error")
            return
        self._session.replace(ws, f"load '{name[:40]}'")
        self._message.show(f"Loaded '{name}': {plural(len(ws.roles), 'role')}. It is now your "
                           "workspace and is saved here; Undo takes it back.", "ok")

    @guarded("_message")
    def _on_persona(self, _button=None) -> None:
        self._confirm_fresh.cancel()
        name = self._persona.value
        if not name or name not in self._persona_files:
            self._cancel_fresh()
            self._message.show("Pick a sample participant in the list first.", "warning")
            return
        label = dict((v, k) for k, v in self._persona.options)[name]
        self._session.refresh()  # what the file holds now, also another notebook's edits
        mine = self._session.workspace
        # The second click must be about the same sample: picking another asks again.
        if _has_work(mine) and not self._confirm_persona.confirmed(name):
            self._confirm_persona.arm(name)
            self._message.show(
                f"Your workspace has {_holds(mine)}. Loading the sample '{label}' replaces "
                "all of that. Click 'Yes, replace my work' to load it (Undo brings yours "
                "back), or click anything else to keep your work.", "warning")
            return
        self._confirm_persona.cancel()
        ws = read_workspace(self._persona_files[name])
        self._session.replace(ws, f"load sample '{label[:40]}'")
        self._message.show(f"Loaded the sample '{label}' ({plural(len(ws.roles), 'role')}). It "
                           "is invented; explore freely. Undo brings back what you had.", "ok")

    @guarded("_message")
    def _on_save_target(self, _button=None) -> None:
        self._cancel_fresh()
        title = self._target_title.value
        goals = _goals_from_text(self._goals.value)
        try:
            target = TargetRole(title=title, goals=goals)
        except ValidationError as exc:
            self._message.show(f"{plain_message(exc.message)} Nothing was saved; your text is "
                               "still in the boxes above.", "error")
            return

        def edit(ws: Workspace) -> Workspace:
            return dataclasses.replace(ws, target_role=target)

        self._session.change(edit, "save the target role")
        self._synced_target = (self._target_title.value, self._goals.value)
        self.refresh()
        what = f"'{target.title}'" if target.title else "the target role (no title yet)"
        self._message.show(f"Saved {what} with {plural(len(target.goals), 'goal')}.", "ok")

    @guarded("_message")
    def _on_undo(self, _button=None) -> None:
        self._cancel_fresh()
        label = self._session.undo()
        if label is None:
            self._message.show("There is nothing to undo.", "info")
        else:
            self._force_target()
            self._message.show(f"Undone: {label}.", "ok")

    def _keep_target_draft(self, _change=None) -> None:
        """Keep the target boxes' unsaved typing beside the workspace (``workshop.drafts``)."""
        if self._loading:
            return
        typed = [self._target_title.value, self._goals.value]
        DraftFile.of(self._session.path).put("target", {
            "form": typed, "baseline": list(self._synced_target)} if self._typing() else None)

    def _restore_target_draft(self) -> None:
        """Put back what was typed in the target boxes and not saved (a reload, a restart)."""
        draft = DraftFile.of(self._session.path).get("target")
        typed = draft.get("form") if isinstance(draft, dict) else None
        if not (isinstance(typed, list) and len(typed) == 2
                and all(isinstance(t, str) and len(t) <= MAX_LONG_TEXT for t in typed)):
            return
        if tuple(typed) != self._synced_target:
            self._target_title.value, self._goals.value = typed
            self._message.show("What you had typed for the job you are applying for is back "
                               "in its boxes: click 'Save target role' to keep it.", "info")

    def late_typing(self) -> bool:
        """Target typing that reached an earlier view late comes into untouched boxes."""
        if (self._target_title.value, self._goals.value) != self._built:
            return False
        self._restore_target_draft()
        self._built = (self._target_title.value, self._goals.value)
        return True

    def _typing(self) -> bool:
        """True when the target boxes hold text that is not saved."""
        return (self._target_title.value, self._goals.value) != self._synced_target

    def _force_target(self) -> None:
        """Put the saved target role in the boxes (after start fresh or undo)."""
        if self._typing():
            return
        ws = self._session.workspace
        with self._loading():
            self._target_title.value = ws.target_role.title
            self._goals.value = "\n".join(ws.target_role.goals)
        self._synced_target = (self._target_title.value, self._goals.value)
        self._keep_target_draft()


def _is_class_share(raw: bytes) -> bool:
    """True for an anonymised class-share file (``share.EXPORT_KIND``), which is no workspace."""
    import json

    from ..share import EXPORT_KIND

    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and data.get("kind") == EXPORT_KIND


def _has_work(ws: Workspace) -> bool:
    """True when ``ws`` holds anything a participant entered (what a replacement would lose)."""
    return bool(ws.roles or ws.target_role.title or ws.target_role.goals or ws.answer.text
                or ws.participant)


def _holds(ws: Workspace) -> str:
    """"3 roles, a target role and an answer": what Start fresh would clear."""
    parts = [plural(len(ws.roles), "role")]
    if ws.target_role.title or ws.target_role.goals:
        parts.append("a target role")
    if ws.answer.text:
        parts.append("an answer")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def start_panel(session: Session | None = None) -> StartPanel:
    """The start panel for notebook 00, on the kernel's shared session unless one is given."""
    session = session if session is not None else open_session()
    return replacing_earlier(StartPanel(session), session)


class StartDriver(Driver):
    """Drive a ``StartPanel`` as a participant does (``press("Save target role")``,
    ``type("Job title:", ...)``, ``upload("Load a saved file", ...)``, ``undo()``), and read the
    blocks it shows besides its message: the Binder notice, the notice about an unreadable file,
    the download link and the status line."""

    FRESH = "Begin with an empty workspace"  # the start fresh button's tooltip (its label changes)
    SAMPLE = "Load an invented participant to explore the kit"  # 'Try this sample', by tooltip

    def __init__(self, panel: StartPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    @property
    def binder_notice(self) -> str:
        """The HTML of the temporary-session notice ("" off Binder)."""
        return self.panel._binder.value

    @property
    def notice(self) -> str:
        """The notice about the saved file (unreadable, kept aside): its text."""
        return self.panel._notice.text

    @property
    def notice_kind(self) -> str:
        return self.panel._notice.kind

    @property
    def download_html(self) -> str:
        """The HTML of the "Download my workspace file" link ("" until "Get my workspace file"
        is pressed)."""
        return self.panel._download.link.value

    @property
    def status(self) -> str:
        """The HTML of the status line ("Saved to ws.json: 2 roles, ...")."""
        return self.panel._status.value
