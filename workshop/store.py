"""Reading and writing workspace files safely.

- Writes are atomic: a temporary file in the same folder, flushed to disk, then renamed over.
- Before writing, the store notices when another kernel changed the file since it last read it
  and merges the two edits (see ``merge.py``) instead of overwriting, under a lock file.
- A file that can't be read is never overwritten: ``WorkspaceStore.open`` moves it aside with a
  timestamp and says so in plain words.
- Older schema versions are migrated on load; a newer one is refused.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import NewerSchemaError, UnreadableWorkspace, ValidationError, WorkshopError
from .jsontext import load_json_text
from .merge import merge3
from .migrations import migrate
from .model import Workspace

try:  # a lock between kernels; JupyterHub and Binder are Linux
    import fcntl
except ImportError:  # pragma: no cover - Windows: merging still happens, without the lock
    fcntl = None

__all__ = [
    "MAX_WORKSPACE_BYTES",
    "DEFAULT_FILENAME",
    "default_workspace_path",
    "parse_workspace",
    "read_workspace",
    "write_atomic",
    "WorkspaceStore",
    "OpenResult",
]

MAX_WORKSPACE_BYTES = 5 * 1024 * 1024
DEFAULT_FILENAME = "my_workspace.json"


def default_workspace_path() -> Path:
    """``WORKSHOP_WORKSPACE`` if set, else ``my_workspace.json`` in the notebooks' folder.

    A kernel runs in its notebook's folder; the facilitator notebooks sit one level below the
    participant ones, so a folder holding ``00_start_here.ipynb`` above the current one wins.
    """
    env = os.environ.get("WORKSHOP_WORKSPACE")
    if env:
        return Path(env).expanduser()
    cwd = Path.cwd()
    for folder in (cwd, cwd.parent):
        if (folder / "00_start_here.ipynb").exists():
            return folder / DEFAULT_FILENAME
    if (cwd / "notebooks" / "00_start_here.ipynb").exists():
        return cwd / "notebooks" / DEFAULT_FILENAME
    return cwd / DEFAULT_FILENAME


def parse_workspace(raw: bytes, *, file: str | None = None) -> Workspace:
    """Turn a file's bytes into a validated, migrated workspace, or raise a WorkspaceFileError."""
    if len(raw) > MAX_WORKSPACE_BYTES:
        raise UnreadableWorkspace(f"the file is {len(raw) / 1e6:.1f} MB; a workspace is a few KB "
                                  f"and at most {MAX_WORKSPACE_BYTES // 2**20} MB. Is it the right "
                                  "file?", file=file)
    if not raw.strip():
        raise UnreadableWorkspace("the file is empty.", file=file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableWorkspace("the file is not text (not UTF-8): is it a workspace .json "
                                  "file?", file=file) from None
    data = load_json_text(text, error=UnreadableWorkspace, file=file, what="a workspace")
    if not isinstance(data, dict):
        raise UnreadableWorkspace(f"the file holds a JSON {type(data).__name__}, not a workspace "
                                  "object with 'roles'.", file=file)
    try:
        data = migrate(data, file=file)
        workspace = Workspace.from_dict(data)
        json.dumps(data, ensure_ascii=False).encode("utf-8")  # what we load, we can save
        return workspace
    except ValidationError as exc:
        raise UnreadableWorkspace(exc.message, file=file, field=exc.field) from exc
    except UnicodeEncodeError:
        raise UnreadableWorkspace("the file holds text that is not valid Unicode (a lone "
                                  "surrogate escape such as \\ud800).", file=file) from None
    except RecursionError:
        raise UnreadableWorkspace("the file is nested too deeply to be a workspace.",
                                  file=file) from None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise UnreadableWorkspace(f"the file can't be opened ({exc.strerror}).",
                                  file=str(path)) from exc
    if size > MAX_WORKSPACE_BYTES:
        raise UnreadableWorkspace(f"the file is {size / 1e6:.1f} MB; a workspace is a few KB and "
                                  f"at most {MAX_WORKSPACE_BYTES // 2**20} MB. Is it the right "
                                  "file?", file=str(path))
    if path.is_dir():
        raise UnreadableWorkspace("this is a folder, not a workspace file.", file=str(path))
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_WORKSPACE_BYTES + 1)
    except OSError as exc:
        raise UnreadableWorkspace(f"the file can't be read ({exc.strerror}).",
                                  file=str(path)) from exc


def read_workspace(path: str | os.PathLike) -> Workspace:
    """Load a workspace file without changing it; raises a WorkshopError saying what is wrong."""
    path = Path(path)
    try:
        raw = _read_bytes(path)
    except FileNotFoundError:
        raise UnreadableWorkspace("there is no such file.", file=str(path)) from None
    return parse_workspace(raw, file=str(path))


def dumps(workspace: Workspace) -> bytes:
    """The workspace as the bytes of its file (UTF-8 JSON, indented, non-ASCII kept)."""
    return (json.dumps(workspace.to_dict(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _merged_workspace(base: dict, ours: Workspace, theirs: Workspace) -> Workspace:
    """Merge two edits; a record the merge made invalid (say, one side's start after the other
    side's end) takes our version of that record whole, so no other edit is lost."""
    ours_d, theirs_d = ours.to_dict(), theirs.to_dict()
    data = merge3(base, ours_d, theirs_d)
    ours_roles = {r["id"]: r for r in ours_d["roles"]}
    theirs_roles = {r["id"]: r for r in theirs_d["roles"]}
    for _ in range(len(data.get("roles", [])) + 2):
        try:
            return Workspace.from_dict(data)
        except ValidationError as exc:
            m = re.match(r"roles\[(\d+)\]", exc.field or "")
            if not m:
                return ours
            i = int(m.group(1))
            rid = data["roles"][i].get("id")
            data["roles"][i] = ours_roles.get(rid) or theirs_roles.get(rid)
    return ours


def _digest(raw: bytes | None) -> str | None:
    return None if raw is None else hashlib.sha256(raw).hexdigest()


def _timestamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")


@dataclass
class OpenResult:
    """What ``WorkspaceStore.open`` found.

    Attributes:
        workspace: the workspace to work on.
        notice: a plain sentence for the participant when something unusual happened, else "".
        moved_to: where an unreadable file was moved, else ``None``.
    """

    workspace: Workspace
    notice: str = ""
    moved_to: Path | None = None


class WorkspaceStore:
    """One workspace file, as one kernel sees it: what it last read, and how to save on top."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._base: dict | None = None  # the file's content as last read or written
        self._digest: str | None = None
        self.last_moved: Path | None = None  # set when save() had to move an unreadable file

    @property
    def lock_path(self) -> Path:
        """A hidden file beside the workspace, so the file browser shows the workspace alone."""
        return self.path.with_name(f".{self.path.name}.lock")

    @contextlib.contextmanager
    def _locked(self):
        if fcntl is None:
            yield
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def _remember(self, raw: bytes | None, workspace: Workspace | None) -> None:
        self._digest = _digest(raw)
        self._base = workspace.to_dict() if workspace is not None else None

    def move_aside(self) -> Path:
        """Rename the current file to ``<name>.unreadable-<timestamp>.json`` and return the path."""
        stem = self.path.name[:-5] if self.path.name.endswith(".json") else self.path.name
        target = self.path.with_name(f"{stem}.unreadable-{_timestamp()}.json")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{stem}.unreadable-{_timestamp()}-{n}.json")
        os.replace(self.path, target)
        return target

    def open(self) -> OpenResult:
        """Load the file; a missing file gives an empty workspace, an unreadable one is moved aside.

        A file from a newer kit raises ``NewerSchemaError`` and stays where it is.
        """
        with self._locked():
            self._remove_stale_temporaries()
            try:
                raw = _read_bytes(self.path)
            except FileNotFoundError:
                self._remember(None, None)
                return OpenResult(Workspace())
            except UnreadableWorkspace as exc:
                if self.path.is_dir():
                    raise
                raw, error = None, exc
            else:
                try:
                    ws = parse_workspace(raw, file=str(self.path))
                except UnreadableWorkspace as exc:
                    error = exc
                else:
                    self._remember(raw, ws)
                    return OpenResult(ws)
            moved = self.move_aside()
            self._remember(None, None)
            notice = (f"Your workspace file could not be read ({error.message.rstrip('.')}). "
                      f"Nothing was deleted: it was kept as '{moved.name}' next to it, and a new, "
                      "empty workspace was started. A facilitator can help you recover it.")
            return OpenResult(Workspace(), notice=notice, moved_to=moved)

    def _remove_stale_temporaries(self, older_than: float = 60.0) -> None:
        """Delete temporary files a killed save left behind (never the workspace itself)."""
        import time

        now = time.time()
        for tmp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime > older_than:
                    tmp.unlink()

    def changed_on_disk(self) -> bool:
        """True when another kernel wrote the file since this store last read or wrote it."""
        try:
            raw = _read_bytes(self.path)
        except FileNotFoundError:
            return self._digest is not None
        except WorkshopError:
            return True
        return _digest(raw) != self._digest

    def reload(self) -> Workspace | None:
        """Read the file again (for showing another tab's edits); ``None`` if it is unusable."""
        with self._locked():
            try:
                raw = _read_bytes(self.path)
                ws = parse_workspace(raw, file=str(self.path))
            except (FileNotFoundError, WorkshopError):
                return None
            self._remember(raw, ws)
            return ws

    def save(self, workspace: Workspace) -> tuple[Workspace, bool]:
        """Write ``workspace``, merged with any edits another kernel made meanwhile.

        Returns the workspace as written and whether a merge took place.
        """
        with self._locked():
            theirs_raw: bytes | None
            try:
                theirs_raw = _read_bytes(self.path)
            except FileNotFoundError:
                theirs_raw = None
            except UnreadableWorkspace:
                theirs_raw = b""  # unusable: treated below
            merged = False
            result = workspace
            if theirs_raw is not None and _digest(theirs_raw) != self._digest:
                try:
                    theirs = parse_workspace(theirs_raw, file=str(self.path))
                except NewerSchemaError:
                    raise  # a newer kit wrote it: never replace it with an older format
                except WorkshopError:
                    # Never overwrite what can't be read: keep it beside, then write ours.
                    if self.path.exists() and not self.path.is_dir():
                        self.last_moved = self.move_aside()
                else:
                    base = self._base if self._base is not None else {}
                    result = _merged_workspace(base, workspace, theirs)
                    merged = True
            raw = dumps(result)
            write_atomic(self.path, raw)
            self._remember(raw, result)
            return result, merged
