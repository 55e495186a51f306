"""A participant's working session: the workspace in memory, autosaved after every change.

Widgets never write files themselves: they call ``Session.change`` with a function that edits a
copy of the workspace. The session validates the result, saves it (merging with edits made in
other notebooks), remembers the previous state for ``undo`` and tells its listeners.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from .errors import ValidationError
from .merge import merge3
from .model import Workspace
from .store import WorkspaceStore, default_workspace_path, read_workspace

__all__ = ["Session", "open_session", "UNDO_DEPTH"]

log = logging.getLogger(__name__)
UNDO_DEPTH = 50
Listener = Callable[["Session"], None]


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
        self._undo: list[tuple[str, dict, dict]] = []
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> Session:
        """Open (or start) the workspace at ``path`` (default: see ``default_workspace_path``)."""
        store = WorkspaceStore(path or default_workspace_path())
        opened = store.open()
        return cls(store, opened.workspace, opened.notice)

    @property
    def path(self) -> Path:
        return self.store.path

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

    def change(self, edit: Callable[[Workspace], object], label: str = "change") -> Workspace:
        """Apply ``edit`` to a copy of the workspace, validate, save, and keep the undo step.

        Raises ``ValidationError`` (and changes nothing) when the edited workspace is invalid.
        """
        draft = self._workspace.copy()
        edit(draft)
        return self._commit(draft, label)

    def replace(self, workspace: Workspace, label: str = "replace") -> Workspace:
        """Put a whole new workspace in place (a loaded file, a persona); undoable."""
        return self._commit(workspace.copy(), label)

    def _commit(self, draft: Workspace, label: str) -> Workspace:
        checked = Workspace.from_dict(draft.to_dict())  # the same rules as loading a file
        before = self._workspace.to_dict()
        saved, _merged = self.store.save(checked)
        self._note_moved()
        # An undo step remembers this change alone (before and after), so undoing it later
        # keeps whatever other notebooks changed meanwhile.
        self._undo.append((label, before, checked.to_dict()))
        del self._undo[:-UNDO_DEPTH]
        self._workspace = saved
        self._notify()
        return saved

    def _note_moved(self) -> None:
        moved = self.store.last_moved
        if moved is not None:
            self.store.last_moved = None
            self.notice = (f"Your workspace file had been changed by another program and could "
                           f"no longer be read. Nothing was deleted: it was kept as "
                           f"'{moved.name}', and your current work was saved in its place.")
            log.warning("unreadable workspace moved aside to %s", moved)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def undo_label(self) -> str | None:
        """What ``undo`` would take back, or ``None``."""
        return self._undo[-1][0] if self._undo else None

    def undo(self) -> str | None:
        """Take back the last change made in this kernel; returns its label (``None`` if none)."""
        if not self._undo:
            return None
        label, before, after = self._undo.pop()
        reverted = merge3(after, before, self._workspace.to_dict())
        try:
            target = Workspace.from_dict(reverted)
        except ValidationError:  # the change and later edits are entangled: restore it whole
            target = Workspace.from_dict(before)
        saved, _ = self.store.save(target)
        self._note_moved()
        self._workspace = saved
        self._notify()
        return label

    def refresh(self) -> bool:
        """Pick up edits another notebook saved; returns True when something changed."""
        if not self.store.changed_on_disk():
            return False
        ws = self.store.reload()
        if ws is None or ws.to_dict() == self._workspace.to_dict():
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
        shutil.copyfile(self.path, target)
        return target


_open_sessions: dict[Path, Session] = {}


def open_session(path: str | os.PathLike | None = None, *, fresh: bool = False) -> Session:
    """The kernel's session for ``path``: every widget of a notebook shares one.

    ``fresh=True`` forgets the kernel's cached session and reads the file again.
    """
    resolved = Path(path or default_workspace_path()).resolve()
    if fresh or resolved not in _open_sessions:
        _open_sessions[resolved] = Session.open(resolved)
    else:
        _open_sessions[resolved].refresh()
    return _open_sessions[resolved]
