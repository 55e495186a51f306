"""What a participant typed in a form and has not saved yet, kept on disk beside the workspace
(``.<name>.drafts.json``), so that a page reload, a kernel restart or the same notebook run in
another tab brings it back.

A form (01's role form, 02's skills, 03's results) puts its typing under a key of its own
(``"skills/r1"``) each time a value reaches the kernel, and drops it once saved. The file is the
kit's own: a file at that path that is not a drafts file (no ``"kind": "workshop-drafts"``) is
never replaced; the typing then stays only in the kernel's memory and ``DraftFile.kept`` is
False. Two kernels write it under a lock, each re-reading it first, so neither erases the
other's keys.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

from . import fileio
from .errors import FileAccessError, WorkshopError

__all__ = ["DraftFile", "drafts_path"]

KIND = "workshop-drafts"
LIMIT = 4 * 1024 * 1024  # bytes read at most: 200 rows of 2,000 characters, and then some
log = logging.getLogger("workshop.drafts")


def drafts_path(workspace: str | os.PathLike) -> Path:
    """Where the drafts of the workspace file ``workspace`` are kept: beside it, hidden."""
    workspace = Path(workspace)
    return workspace.with_name(f".{workspace.name}.drafts.json")


_files: dict[Path, DraftFile] = {}


class DraftFile:
    """The drafts of one workspace file: ``get(key)``, ``put(key, value)``, ``drop(key)``,
    ``keys(prefix)``.

    Attributes:
        path: the drafts file.
        kept: False once the file could not be written (not the kit's own file, a read-only
            folder): the typing is then kept in memory only.
    """

    @classmethod
    def of(cls, workspace: str | os.PathLike) -> DraftFile:
        """The kernel's one ``DraftFile`` of the workspace file ``workspace``."""
        path = Path(workspace).absolute()
        found = _files.get(path)
        if found is None:
            found = _files[path] = cls(path)
        return found

    def __init__(self, workspace: str | os.PathLike) -> None:
        self.path = drafts_path(workspace)
        self.kept = True
        self._memory: dict[str, object] = {}  # what could not be written
        self._last: dict[str, object] = {}  # what this kernel last wrote or read, by key

    def _read(self) -> dict | None:
        """The drafts on disk ({} when there is no file), or None when the file there is not
        the kit's drafts file (or can't be read): it is then never written."""
        try:
            data = json.loads(fileio.read_regular(self.path, LIMIT))
        except FileNotFoundError:
            return {}
        except (OSError, WorkshopError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("kind") != KIND \
                or not isinstance(data.get("drafts"), dict):
            return None
        return data["drafts"]

    def _own_or_absent(self) -> bool:
        try:
            st = os.lstat(self.path)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return stat.S_ISREG(st.st_mode) and st.st_nlink == 1

    def get(self, key: str):
        """The draft kept under ``key``, or None."""
        found = self._read()
        drafts = {**(found or {}), **self._memory}
        self._last[key] = drafts.get(key)
        return drafts.get(key)

    def keys(self, prefix: str = "") -> list[str]:
        drafts = {**(self._read() or {}), **self._memory}
        return [k for k, v in drafts.items() if k.startswith(prefix) and v is not None]

    def put(self, key: str, value) -> None:
        """Keep ``value`` (JSON data) under ``key``; ``None`` drops the key. What this kernel
        last wrote or read there is not written again (a form redrawn writes nothing)."""
        if key in self._last and self._last[key] == value:
            return
        self._last[key] = value
        lock = self.path.with_name(self.path.name + ".lock")
        try:
            with fileio.locked(lock, what=self.path):
                drafts = self._read()
                if drafts is None or not self._own_or_absent():
                    raise FileAccessError("not the kit's drafts file; left as it is",
                                        file=str(self.path))
                if value is None:
                    if key not in drafts:
                        self._memory.pop(key, None)
                        return
                    drafts.pop(key)
                else:
                    drafts[key] = value
                raw = json.dumps({"kind": KIND, "drafts": drafts}, ensure_ascii=False)
                fileio.write_output(self.path, (raw + "\n").encode("utf-8"))
            self._memory.pop(key, None)
        except WorkshopError as exc:  # never stops the form: the typing stays in memory
            if self.kept:
                log.warning("drafts not written: %s", exc)
            self.kept = False
            if value is None:
                self._memory[key] = None
            else:
                self._memory[key] = value

    def drop(self, key: str) -> None:
        self.put(key, None)
