"""Reading and writing workspace files safely.

- Files are read and written through ``workshop.fileio`` (atomic writes over regular files only,
  links followed, the umask followed and an existing file's mode kept, bounded waits).
- Before writing, the store notices when another kernel changed the file since it last read it
  and merges the two edits (see ``merge.py``) instead of overwriting, under a lock file. Whatever
  one notebook's save did to another's edits (a field both changed, a change refused) is said to
  both: to the saver at once, to the other through a small notes file beside the workspace
  (``.<name>.notes.json``), read at its next save or refresh.
- Nothing is ever renamed or replaced at open. A workspace file that can't be used (not JSON,
  another program's JSON such as a JSON Resume, too large) is left as it is and a new workspace
  is started beside it, ``<name>-new.json``, with a plain notice; a folder, a pipe, a device or a
  file not named ``.json`` is refused in plain words.
- What the kit writes it can read: a workspace whose file would exceed ``MAX_WORKSPACE_BYTES``
  (the read limit) is refused when saved, with a plain message, and nothing is written.
- Older schema versions are migrated on load; a newer one is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import stat
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from . import config, fileio
from .errors import (
    ConflictError,
    FileAccessError,
    NewerSchemaError,
    UnreadableWorkspace,
    ValidationError,
    WorkshopError,
)
from .fields import MAX_FILE_BYTES
from .jsontext import load_json_text
from .merge import describe_path, merge_workspaces
from .migrations import migrate
from .model import Role, Workspace

__all__ = [
    "MAX_WORKSPACE_BYTES",
    "DEFAULT_FILENAME",
    "default_workspace_path",
    "workspace_location",
    "parse_workspace",
    "read_workspace",
    "dumps",
    "encode",
    "WorkspaceStore",
    "OpenResult",
]

MAX_WORKSPACE_BYTES = MAX_FILE_BYTES  # the read limit is the model's limit: what we write, we read
DEFAULT_FILENAME = "my_workspace.json"
NOTES_KEPT = 20
_WORKSPACE_KEYS = frozenset({"schema_version", "participant", "target_role", "roles", "answer",
                             "target"})


def _writable_folder(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def _usable_here(path: Path) -> bool:
    """True when this user can keep a workspace at ``path``: the folder is writable and any
    file already there is this user's own (in a shared folder another user's file is theirs)."""
    if not _writable_folder(path.parent):
        return False
    try:
        st = path.stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    own = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return own and os.access(path, os.R_OK | os.W_OK)


def workspace_location() -> tuple[Path, str]:
    """Where the workspace lives, and a plain sentence when it is not where one would look.

    ``WORKSHOP_WORKSPACE`` if set; else ``my_workspace.json`` in the notebooks' folder (a kernel
    runs in its notebook's folder; the facilitator notebooks sit one level below the participant
    ones, so a folder holding ``00_start_here.ipynb`` above the current one wins). When that
    folder can't be written (a read-only or shared folder on a hub), or the file there belongs
    to another user, the workspace goes to the user's own ``~/.job-value-workshop/`` folder.
    """
    env = config.workspace_path()
    if env is not None:
        return env, ""
    cwd = Path.cwd()
    here = cwd / DEFAULT_FILENAME
    for folder in (cwd, cwd.parent, cwd / "notebooks"):
        if (folder / "00_start_here.ipynb").exists():
            here = folder / DEFAULT_FILENAME
            break
    if _usable_here(here):
        return here, ""
    personal = config.user_dir() / DEFAULT_FILENAME
    why = ("can't be written" if not _writable_folder(here.parent)
           else "holds another user's workspace")
    return personal, (f"The notebooks' folder {why}, so your workspace is kept in your own "
                      f"folder instead: {personal}. Set WORKSHOP_WORKSPACE to choose another "
                      "place.")


def default_workspace_path() -> Path:
    """The workspace's path (see ``workspace_location``)."""
    return workspace_location()[0]


def _not_a_workspace(data: dict) -> str | None:
    """Why a JSON object is another program's file, not a workspace (``None`` if it may be one)."""
    if not data or _WORKSPACE_KEYS & set(data):
        return None
    if "basics" in data or "work" in data:
        return ("the file is a JSON Resume, not a workspace. Import it instead: 'Import a "
                "résumé' in notebook 01, or 'workshop import FILE -o my_workspace.json'.")
    if "kind" in data and "export_id" in data:
        return "the file is an anonymised class export, not a workspace."
    keys = ", ".join(sorted(str(k) for k in data)[:4])
    return (f"the file holds JSON of another kind (keys {keys}), not a workspace. If it is a "
            "résumé or a LinkedIn export, import it instead (notebook 01).")


_ROLES_KEPT = 256  # role records remembered by their JSON text (a few classes' worth)
_roles_read: OrderedDict[str, Role] = OrderedDict()


def _role_record(data) -> Role:
    """``Role.from_dict(data)``, found again when a role with the very same JSON text was read
    before in this process: a save elsewhere changes one role, and every open notebook reads
    the whole file again. The records are frozen, so one record can serve both reads. The
    text (not ``==``) is the key: it tells ``true`` from ``1`` and ``1`` from ``1.0``, which
    validate differently. A role without an id is made anew (it gets a fresh id each time).

    A role's text is also the proof that it can be saved again: encoded once, when first read
    (a lone surrogate escape such as ``\\ud800`` raises ``UnicodeEncodeError``)."""
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        role = Role.from_dict(data)
        json.dumps(data, ensure_ascii=False).encode("utf-8")
        return role
    key = json.dumps(data, ensure_ascii=False)
    found = _roles_read.get(key)
    if found is not None:
        _roles_read.move_to_end(key)
        return found
    role = Role.from_dict(data)  # its checks name the field first
    key.encode("utf-8")  # what we load, we can save
    _roles_read[key] = role
    while len(_roles_read) > _ROLES_KEPT:
        _roles_read.popitem(last=False)
    return role


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
    other = _not_a_workspace(data)
    if other:
        raise UnreadableWorkspace(other, file=file)
    try:
        data = migrate(data, file=file, owned=True)
        workspace = Workspace.from_dict(data, role_from=_role_record)
        # what we load, we can save: the roles' texts were encoded as they were read
        json.dumps({k: v for k, v in data.items() if k != "roles"},
                   ensure_ascii=False).encode("utf-8")
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
    """The bytes; ``FileNotFoundError`` if absent, else ``UnreadableWorkspace`` saying why."""
    try:
        return fileio.read_regular(path, MAX_WORKSPACE_BYTES)
    except FileAccessError as exc:
        raise UnreadableWorkspace(exc.message, file=str(path)) from exc


def read_workspace(path: str | os.PathLike) -> Workspace:
    """Load a workspace file without changing it; raises a WorkshopError saying what is wrong."""
    path = Path(path)
    try:
        raw = _read_bytes(path)
    except FileNotFoundError:
        raise UnreadableWorkspace("there is no such file.", file=str(path)) from None
    return parse_workspace(raw, file=str(path))


_ROLE_AT = '\n  "roles": []'  # the one place this text can stand: a key of the top object
_indented: OrderedDict[str, str] = OrderedDict()  # a role's compact text -> its indented text


def _bytes_of(data: dict) -> bytes:
    """The file's bytes: ``data`` as JSON indented by two spaces, non-ASCII kept.

    ``json.dumps`` indents in pure Python (0.4 ms at 20 roles, at every save), and a save
    changes one role: each role's indented text is kept under its compact text (made by the C
    encoder, exact: it tells ``1`` from ``1.0`` and ``true``) and set in place, each line
    indented two levels deeper (JSON text holds no raw line break). The same bytes as
    ``json.dumps(data, indent=2)`` (test)."""
    roles = data.get("roles")
    if not isinstance(roles, list) or not roles:
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    outer = json.dumps({**data, "roles": []}, indent=2, ensure_ascii=False)
    texts = []
    for role in roles:
        key = json.dumps(role, ensure_ascii=False)
        text = _indented.get(key)
        if text is None:
            text = json.dumps(role, indent=2, ensure_ascii=False).replace("\n", "\n    ")
            _indented[key] = text
            while len(_indented) > _ROLES_KEPT:
                _indented.popitem(last=False)
        texts.append(text)
    inner = '\n  "roles": [\n    ' + ",\n    ".join(texts) + "\n  ]"
    return (outer.replace(_ROLE_AT, inner, 1) + "\n").encode("utf-8")


def dumps(workspace: Workspace) -> bytes:
    """The workspace as the bytes of its file (UTF-8 JSON, indented, non-ASCII kept)."""
    return _bytes_of(workspace.to_dict())


def encode(workspace: Workspace) -> bytes:
    """``dumps``, refusing (``ValidationError``) a file this kit could not read back."""
    return _encoded(workspace)[0]


def _encoded(workspace: Workspace) -> tuple[bytes, dict]:
    """``encode``, and the file's JSON object it wrote (the store keeps it as the merge base)."""
    data = workspace.to_dict()
    raw = _bytes_of(data)
    if len(raw) > MAX_WORKSPACE_BYTES:
        raise ValidationError(
            f"the workspace would be {len(raw) / 1e6:.1f} MB, over the "
            f"{MAX_WORKSPACE_BYTES / 2**20:g} MB a workspace file may hold, so this change was "
            "not saved. Shorten the longest texts or remove roles you won't use.")
    return raw, data


def _digest(raw: bytes | None) -> str | None:
    return None if raw is None else hashlib.sha256(raw).hexdigest()


def beside(path: Path) -> Path:
    """Where a new workspace starts when the file at ``path`` can't be used: ``<stem>-new.json``."""
    stem = path.name[:-5] if path.name.lower().endswith(".json") else path.name
    return path.with_name(f"{stem}-new.json")


@dataclass
class OpenResult:
    """What ``WorkspaceStore.open`` found.

    Attributes:
        workspace: the workspace to work on.
        notice: a plain sentence for the participant when something unusual happened, else "".
    """

    workspace: Workspace
    notice: str = ""


class WorkspaceStore:
    """One workspace file, as one kernel sees it: what it last read, and how to save on top.

    Attributes:
        path: the file (it becomes ``<stem>-new.json`` when the file there can't be used).
        notices: plain sentences for the participant gathered while saving or reading (another
            notebook's edits that met this one's); the session takes them.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.notices: list[str] = []
        self._base_ws: Workspace | None = None  # the file's content as last read or written
        self._base_data: dict | None = None  # the same as a dict, made when a merge needs it
        self._digest: str | None = None
        self._id = secrets.token_hex(6)  # this store, in the notes to other notebooks
        self._seen_note = 0

    @property
    def lock_path(self) -> Path:
        """A hidden file beside the workspace, so the file browser shows the workspace alone."""
        return self.path.with_name(f".{self.path.name}.lock")

    @property
    def notes_path(self) -> Path:
        return self.path.with_name(f".{self.path.name}.notes.json")

    def _locked(self):
        return fileio.locked(self.lock_path, what=self.path)

    def _remember(self, raw: bytes | None, workspace: Workspace | None,
                  data: dict | None = None) -> None:
        self._digest = _digest(raw)
        self._base_ws, self._base_data = workspace, data

    @property
    def _base(self) -> dict | None:
        """The file's content as last read or written, as the file's JSON object (made from
        the record only when a merge or an undo needs it: dicts live at the file boundary)."""
        if self._base_data is None and self._base_ws is not None:
            self._base_data = self._base_ws.to_dict()
        return self._base_data

    # notes between notebooks ---------------------------------------------------------------

    def _read_notes(self) -> list[dict]:
        try:
            data = json.loads(fileio.read_regular(self.notes_path, 256 * 1024))
            notes = data.get("notes") if isinstance(data, dict) else None
            return [n for n in notes or [] if isinstance(n, dict)
                    and isinstance(n.get("seq"), int) and isinstance(n.get("text"), str)]
        except (OSError, WorkshopError, ValueError):
            return []

    def _collect_notes(self, *, first: bool = False) -> None:
        """Take the notes other notebooks left for this one since it last looked."""
        notes = self._read_notes()
        for note in notes:
            if note["seq"] > self._seen_note and note.get("from") != self._id and not first:
                self.notices.append(note["text"])
        self._seen_note = max([self._seen_note] + [n["seq"] for n in notes])

    def read_notes(self) -> None:
        """Gather, into ``notices``, what other notebooks said to this one since it last looked."""
        self._collect_notes()

    def _leave_notes(self, texts: list[str]) -> None:
        if not texts:
            return
        notes = self._read_notes()
        seq = max([self._seen_note] + [n["seq"] for n in notes])
        for text in texts:
            seq += 1
            notes.append({"seq": seq, "from": self._id, "text": text})
        self._seen_note = seq
        with contextlib.suppress(WorkshopError):  # a note that can't be left never stops a save
            fileio.write_output(self.notes_path, (json.dumps(
                {"notes": notes[-NOTES_KEPT:]}, ensure_ascii=False) + "\n").encode("utf-8"))

    # opening --------------------------------------------------------------------------------

    def open(self) -> OpenResult:
        """Load the file; a missing file gives an empty workspace. Nothing is moved or replaced.

        A file that can't be used is left as it is: for a ``.json`` file a new workspace starts
        beside it (see ``beside``) with a notice; a folder, a pipe or another kind of file raises
        ``UnreadableWorkspace``; a file from a newer kit raises ``NewerSchemaError``.
        """
        if os.path.lexists(self.path) and not self._may_start_beside():
            try:  # not a .json file, or not a file: refuse before making anything beside it
                parse_workspace(_read_bytes(self.path), file=str(self.path))
            except UnreadableWorkspace as exc:
                raise self._refusal(exc) from None
        with self._locked():
            self._remove_stale_temporaries()
            self._collect_notes(first=True)
            try:
                raw = _read_bytes(self.path)
                ws = parse_workspace(raw, file=str(self.path))
            except FileNotFoundError:
                self._remember(None, None)
                return OpenResult(Workspace())
            except NewerSchemaError:
                raise
            except UnreadableWorkspace as exc:
                return self._start_beside(exc)
            self._remember(raw, ws)
            return OpenResult(ws)

    def _start_beside(self, error: WorkshopError) -> OpenResult:
        """Leave the unusable file alone and work in ``beside(path)`` from now on."""
        original = self.path
        if not self._may_start_beside():
            raise self._refusal(error)
        alt = beside(original)
        try:
            raw = _read_bytes(alt)
            ws = parse_workspace(raw, file=str(alt))
        except FileNotFoundError:
            raw, ws = None, None
        except WorkshopError as exc:
            raise UnreadableWorkspace(
                f"{error.message.rstrip('.')}; and the new workspace beside it, '{alt.name}', "
                f"can't be used either ({exc.message.rstrip('.')}). Both files were left as "
                "they are; a facilitator can help.", file=str(original)) from exc
        self.path = alt
        self._remember(raw, ws)
        self._collect_notes(first=True)
        where = "continues in" if ws is not None else "will be saved in"
        notice = (f"Your workspace file '{original.name}' can't be used: "
                  f"{error.message.rstrip('.')}. It was left as it is, and your work {where} "
                  f"'{alt.name}' beside it.")
        return OpenResult(ws or Workspace(), notice=notice)

    def _may_start_beside(self) -> bool:
        """Only a regular ``.json`` file gets a new workspace beside it when it can't be used."""
        return _kind_of(self.path) == "file" and self.path.name.lower().endswith(".json")

    def _refusal(self, error: WorkshopError) -> UnreadableWorkspace:
        kind = _kind_of(self.path)
        what = {"folder": "a folder", "file": "not a .json file"}.get(kind, kind)
        return UnreadableWorkspace(
            f"{error.message.rstrip('.')}. This path is {what}, so it was left alone and no "
            "workspace was opened: name a .json file (WORKSHOP_WORKSPACE).", file=str(self.path))

    def _remove_stale_temporaries(self, older_than: float = 60.0) -> None:
        """Delete temporary files a killed save left behind (never the workspace itself)."""
        now = time.time()
        with contextlib.suppress(OSError):
            for tmp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
                with contextlib.suppress(OSError):
                    st = tmp.lstat()
                    if stat.S_ISREG(st.st_mode) and now - st.st_mtime > older_than:
                        tmp.unlink()

    # reading again --------------------------------------------------------------------------

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
            self._collect_notes()
            try:
                raw = _read_bytes(self.path)
                ws = parse_workspace(raw, file=str(self.path))
            except (FileNotFoundError, WorkshopError):
                return None
            self._remember(raw, ws)
            return ws

    # saving ---------------------------------------------------------------------------------

    def _current(self, *, unchanged: bool = True) -> tuple[dict | None, bool]:
        """The file's content now (``None`` if absent) and whether another kernel changed it;
        with ``unchanged=False`` a file no other kernel changed gives ``None`` too (a save then
        needs no dict of it).

        A file another program replaced with something unusable is left alone: the store moves
        on to ``beside(path)`` and says so.
        """
        try:
            raw = _read_bytes(self.path)
        except FileNotFoundError:
            return None, self._digest is not None
        except UnreadableWorkspace as exc:
            return self._move_on(exc)
        if _digest(raw) == self._digest:
            return (self._base if unchanged else None), False
        try:
            return parse_workspace(raw, file=str(self.path)).to_dict(), True
        except NewerSchemaError:
            raise  # a newer kit wrote it: never replace it with an older format
        except UnreadableWorkspace as exc:
            return self._move_on(exc)

    def _move_on(self, error: WorkshopError) -> tuple[dict | None, bool]:
        kept = self._base_ws, self._base_data, self._digest
        opened = self._start_beside(error)
        self.notices.append(opened.notice.replace("can't be used", "was changed by another "
                                                  "program and can't be used", 1))
        found = self._digest is not None  # a workspace was already there beside it
        self._base_ws, self._base_data, self._digest = kept
        return (opened.workspace.to_dict(), True) if found else (None, False)

    def save(self, workspace: Workspace) -> tuple[Workspace, bool]:
        """Write ``workspace``, merged with any edits another kernel made meanwhile.

        Returns the workspace as written and whether a merge took place. Raises
        ``ConflictError`` (and writes nothing) when the two can't be combined without losing the
        other kernel's work, ``ValidationError`` when the file would be too large to read back.
        """
        def combine(current: dict | None, changed: bool) -> tuple[Workspace, bool]:
            if current is None or not changed:
                return workspace, False
            ours = workspace.to_dict()
            outcome = merge_workspaces(self._base or {}, ours, current)
            self._tell(outcome, ours, current)
            return Workspace.from_dict(outcome.data), True

        return self.save_with(combine, unchanged=False)

    def save_with(self, compute, *, unchanged: bool = True) -> tuple[Workspace, bool]:
        """Under the lock: ``compute(current, changed)`` gets the file's content (``None`` if
        there is none, and with ``unchanged=False`` when no other kernel changed it) and
        whether another kernel changed it, and returns (workspace, merged); that workspace is
        written. ``Session.undo`` uses this to undo on top of the file."""
        with self._locked():
            self._collect_notes()
            current, changed = self._current(unchanged=unchanged)
            pending: list[str] = []
            self._pending_notes = pending
            result, merged = compute(current, changed)
            try:
                raw, data = _encoded(result)
            except ValidationError as exc:
                if merged:
                    raise ConflictError(
                        f"another notebook saved changes meanwhile, and with yours the workspace "
                        f"would be too large ({exc.message.split(',')[0]}). Your change was not "
                        "saved, so the other notebook's work is kept.") from exc
                raise
            fileio.write_file(self.path, raw)
            self._remember(raw, result, data)
            self._leave_notes(pending)
            return result, merged

    def _tell(self, outcome, ours: dict, theirs: dict) -> None:
        """Say to this notebook, and leave a note for the other, what the merge did to a field
        both had changed."""
        pending = self._pending_notes
        for path in outcome.overwritten:
            what = describe_path(path, ours, theirs)
            self.notices.append(f"Another notebook had also changed {what}; your version was "
                                "saved over it.")
            pending.append(f"Another notebook changed {what} at the same time as this one, and "
                           "its version was saved over yours.")
        for path in outcome.kept_theirs:
            what = describe_path(path, ours, theirs)
            reason = outcome.reasons.get(path)
            if reason:
                self.notices.append(f"Your change to {what} was not saved: with another "
                                    f"notebook's edits it would make the role invalid "
                                    f"({reason.rstrip('.')}). The other notebook's value stays; "
                                    "everything else you changed was saved.")
                pending.append(f"Another notebook's change to {what} could not be combined "
                               "with your edits, so it was not saved; your version stays.")
            else:
                self.notices.append(f"You removed {what}, but another notebook had changed it "
                                    "meanwhile, so it was kept.")
                pending.append(f"Another notebook removed {what} while you were changing it; "
                               "your version was kept.")


def _kind_of(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return "file"
    if stat.S_ISDIR(st.st_mode):
        return "folder"
    if stat.S_ISREG(st.st_mode):
        return "file"
    return "a pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else "a device"
