"""A participant's working session: the workspace in memory, autosaved after every change.

Widgets never write files themselves: they call ``Session.change`` with a function that returns
the edited workspace (the records are frozen and validate themselves where they are made; see
``workshop.edits``). The session saves it (merging with edits made in other notebooks; the
workspace becomes a dict only there, at the file), remembers the previous state for ``undo`` and
tells its listeners.

Undo takes back this notebook's own change only: the fields that change touched are set back
on top of the file as it is now, so another notebook's later edits stay; when a later edit
elsewhere touched one of those fields, undo refuses in plain words (``ConflictError``).

What happened to this notebook's edits because of another notebook (a field both changed, a
change that could not be combined) is put in ``notice`` in plain words, and kept for
``take_notices``.

A workspace replaced as a whole in another notebook (start fresh, a sample, a file loaded,
``workshop import --force``) is another workspace, not an edit to merge with: this session's
changes made to the one that went are refused (``REPLACED``), nothing of them is saved into
the new one, and at its next look at the file the session follows the new workspace
(``instance``: the identity ``workshop.drafts`` keeps) and says so; the typing of its views
is held in memory, and comes back if that notebook undoes the replacement.

In IPython (Jupyter) a ``WorkshopError`` raised in a cell is shown as one plain line, not as a
traceback: a workspace that can't be opened says why and what to do.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import fileio
from .drafts import DraftFile
from .errors import ConflictError, ValidationError, WorkshopError
from .merge import describe_path, merge3
from .model import Workspace
from .store import MAX_WORKSPACE_BYTES, WorkspaceStore, read_workspace, workspace_location

__all__ = ["Session", "open_session", "UNDO_DEPTH", "REPLACED"]

log = logging.getLogger(__name__)
UNDO_DEPTH = 50
Listener = Callable[["Session"], None]
REPLACED = ("The workspace was replaced from another notebook (start fresh, a sample or a file "
            "loaded there), so what you typed here for the workspace that went is not saved "
            "into the new one: it is kept in this notebook; copy it, or press Undo in that "
            "notebook to bring your workspace and this typing back.")


class Session:
    """The workspace of one kernel, with autosave, undo and change notification.

    Attributes:
        store: where the workspace is saved.
        notice: a plain sentence to show once (for example: an unreadable file was moved aside).
    """

    def __init__(self, store: WorkspaceStore, workspace: Workspace, notice: str = "") -> None:
        self.store = store
        self._workspace = workspace
        self.notice = notice
        self._notices: list[str] = []  # since the last take_notices (``notice`` has the first)
        # (label, before, after, and for a replacement (the drafts it took off the disk, the
        # identity of the workspace it replaced), else None): held here in memory only, so
        # they end with the session and never sit in a file
        self._undo: list[tuple[str, Workspace, Workspace, tuple | None]] = []
        self._listeners: list[Listener] = []
        self._parked: dict[str | None, list] = {}  # undo steps of workspaces replaced elsewhere
        DraftFile.of(self.path).learn()  # the workspace this session shows: its identity

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> Session:
        """Open (or start) the workspace at ``path`` (default: see ``store.workspace_location``).

        Raises a ``WorkshopError`` saying what to do when there is no usable workspace there.
        """
        where = ""
        if path is None:
            path, where = workspace_location()
        store = WorkspaceStore(path)
        opened = store.open()
        notice = " ".join(t for t in (where, opened.notice) if t)
        return cls(store, opened.workspace, notice)

    def _take_store_notices(self) -> None:
        if self.store.notices:
            new, self.store.notices = self.store.notices, []
            self._notices.extend(new)
            self.notice = " ".join(new)
            for text in new:
                log.warning("%s", text)

    def take_notices(self) -> list[str]:
        """The plain sentences gathered since the last call (what other notebooks' edits did to
        this one's), then forgotten; what opening found is in ``notice``."""
        self._take_store_notices()
        out, self._notices = self._notices, []
        return out

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def shown_path(self) -> str:
        """Where the workspace file is, as a participant finds it: its name alone when it sits in
        the folder the notebook runs in (beside the notebook in JupyterLab's file browser),
        else its whole path, the home folder written ``~`` (``WORKSHOP_WORKSPACE`` elsewhere,
        or the fallback in the home folder)."""
        path = Path(os.path.abspath(self.path))
        if path.parent == Path(os.path.abspath(os.getcwd())):
            return path.name
        home = Path(os.path.abspath(os.path.expanduser("~")))
        if path.is_relative_to(home) and home != Path(home.anchor):
            return str(Path("~") / path.relative_to(home))
        return str(path)

    @property
    def instance(self) -> str | None:
        """The identity of the workspace this session shows (``workshop.drafts``): a
        replacement, here or in another notebook, changes it; typing is for one instance."""
        return DraftFile.of(self.path).learn()

    def _follow(self) -> bool:
        """When another notebook replaced the workspace (or undid a replacement) since this
        session looked: from now on this session's typing is for the workspace there, held
        typing for it comes back, and the participant is told (``REPLACED``) when the one
        this session showed went. True when it followed."""
        drafts = DraftFile.of(self.path)
        if not drafts.replaced_elsewhere():
            if drafts.held.get(drafts.token):  # came back before this session looked
                drafts.follow(drafts.token)
            return False
        went, now = drafts.token, drafts.on_disk()
        # this session's undo steps are for the workspace they were made in: kept for it
        self._parked[went], self._undo = self._undo, self._parked.pop(now, [])
        if drafts.follow(now):
            self._notices.append(REPLACED)
            self.notice = REPLACED
        return True

    @property
    def workspace(self) -> Workspace:
        """The current workspace; treat it as read-only and change it through ``change``."""
        return self._workspace

    # listeners ----------------------------------------------------------------------------------

    def observe(self, listener: Listener) -> None:
        """Call ``listener(session)`` after every change, undo and refresh."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def unobserve(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            try:
                listener(self)
            except Exception:  # one broken view must not stop the others or the save
                log.exception("a workspace listener failed")

    # changes ------------------------------------------------------------------------------------

    def change(self, edit: Callable[[Workspace], Workspace], label: str = "change") -> Workspace:
        """Save ``edit(workspace)`` and keep the undo step: the edit returns the new workspace
        (the records are frozen; see ``workshop.edits``) and a record validates itself where it
        is made, so an invalid edit raises ``ValidationError`` and changes nothing."""
        new = edit(self._workspace)
        if not isinstance(new, Workspace):
            raise TypeError(f"an edit returns the new workspace, not {type(new).__name__}")
        self._refuse_if_replaced()
        return self._commit(new, label)

    def _refuse_if_replaced(self) -> None:
        """A change or an undo made to a workspace another notebook replaced since is not
        merged into the new one: refused in plain words, and the session follows the new one."""
        if DraftFile.of(self.path).replaced_elsewhere():
            self.refresh()
            raise ConflictError(REPLACED)

    def replace(self, workspace: Workspace, label: str = "replace") -> Workspace:
        """Put a whole new workspace in place (start fresh, a loaded file, a persona);
        undoable. The forms' unsaved typing kept for the workspace that went
        (``workshop.drafts``) is taken off the disk and held by the undo step, in memory: it
        never comes back in the new one, stays in no file, and undoing the replacement
        brings it back."""
        return self._commit(workspace, label, replacing=True)

    def _commit(self, new: Workspace, label: str, *, replacing: bool = False) -> Workspace:
        before = self._workspace
        retired = None
        if replacing:  # first, so that no other kernel's write for the old one lands after
            drafts = DraftFile.of(self.path)
            went = drafts.learn()
            retired = (drafts.retire(), went)
        try:
            saved, _merged = self.store.save(new)
        except BaseException:
            if retired is not None:  # not replaced after all: its typing and identity back
                DraftFile.of(self.path).restore(*retired)
            raise
        finally:
            self._take_store_notices()
        # An undo step remembers this change alone (before and after), so undoing it later
        # keeps whatever other notebooks changed meanwhile.
        self._undo.append((label, before, new, retired))
        del self._undo[:-UNDO_DEPTH]
        self._workspace = saved
        self._notify()
        return saved

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def undo_label(self) -> str | None:
        """What ``undo`` would take back, or ``None``."""
        return self._undo[-1][0] if self._undo else None

    def undo(self) -> str | None:
        """Take back the last change made in this kernel; returns its label (``None`` if none).

        Only the fields that change touched are set back, on top of the file as it is now.
        Raises ``ConflictError`` (and changes nothing) when another notebook changed one of
        those fields since; the step is then dropped, so an earlier one can be undone next.
        """
        if not self._undo:
            return None
        if self._undo[-1][3] is None:  # an edit's undo is for the workspace it was made in
            self._refuse_if_replaced()
        label, before, after, retired = self._undo.pop()

        def inverse(current: dict | None, _changed: bool) -> tuple[Workspace, bool]:
            now = current if current is not None else self._workspace.to_dict()
            conflicts: list = []
            before_data = before.to_dict()  # the merge works on the file's JSON objects
            reverted = merge3(after.to_dict(), before_data, now, conflicts)
            if conflicts:
                what = ", ".join(describe_path(p, now, before_data) for p, _ in conflicts[:3])
                raise ConflictError(f"Your last step ({label}) can't be undone: another notebook "
                                    f"changed {what} "
                                    "since, and undoing would erase that. Change it by hand if "
                                    "you want your earlier version back.")
            try:
                return Workspace.from_dict(reverted), False
            except ValidationError as exc:
                raise ConflictError(f"Your last step ({label}) can't be undone: with another "
                                    "notebook's later "
                                    f"edits the result would not be valid ({exc.message}). "
                                    "Change it by hand instead.") from None

        try:
            saved, _ = self.store.save_with(inverse)
        finally:
            self._take_store_notices()
        if retired is not None:  # the workspace that was replaced is back, and its typing
            DraftFile.of(self.path).restore(*retired)
        self._workspace = saved
        self._notify()
        return label

    def refresh(self) -> bool:
        """Pick up edits another notebook saved; returns True when something changed."""
        if not self.store.changed_on_disk():
            self.store.read_notes()
            self._take_store_notices()
            if self._follow():  # replaced elsewhere by a workspace the same as this one
                self._notify()
                return True
            return False
        ws = self.store.reload()
        self._take_store_notices()
        followed = self._follow()
        if ws is None or (ws == self._workspace and not followed):
            return False
        self._workspace = ws
        self._notify()
        return True

    def load_file(self, path: str | os.PathLike, label: str = "load a saved file") -> Workspace:
        """Replace the workspace with a file the participant chose (validated first)."""
        return self.replace(read_workspace(path), label)

    def download_copy(self, target: str | os.PathLike) -> Path:
        """Copy the saved file to ``target`` (for a download link)."""
        target = Path(target)
        if not self.path.exists():
            self.store.save(self._workspace)
        fileio.write_output(target, fileio.read_regular(self.path, MAX_WORKSPACE_BYTES))
        return target


_open_sessions: dict[Path, Session] = {}


def open_session(path: str | os.PathLike | None = None, *, fresh: bool = False) -> Session:
    """The kernel's session for ``path``: every widget of a notebook shares one.

    ``fresh=True`` forgets the kernel's cached session and reads the file again.
    """
    where = ""
    if path is None:
        path, where = workspace_location()
    resolved = Path(path).resolve()
    if fresh or resolved not in _open_sessions:
        session = Session.open(resolved)
        if where:
            session.notice = " ".join(t for t in (where, session.notice) if t)
        _open_sessions[resolved] = session
    else:
        _open_sessions[resolved].refresh()
    return _open_sessions[resolved]


def _install_plain_errors() -> None:
    """In IPython, show a ``WorkshopError`` from a cell as one plain line (no traceback)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or getattr(shell, "_workshop_plain_errors", False):
        return

    def show(_shell, _etype, value, _tb, tb_offset=None):
        print(f"workshop: {value}", file=sys.stderr)
        return []

    shell.set_custom_exc((WorkshopError,), show)
    shell._workshop_plain_errors = True


_install_plain_errors()
