"""What a participant typed in a form and has not saved yet, kept on disk beside the workspace
(``.<name>.drafts.json``), so that a page reload, a kernel restart or the same notebook run in
another tab brings it back.

A form (01's role form, 02's skills, 03's results) puts its typing under a key of its own
(``"skills/r1"``) each time a value reaches the kernel, and drops it once saved. The file is the
kit's own: a file at that path that is not a drafts file (no ``"kind": "workshop-drafts"``) is
never replaced; the typing then stays only in the kernel's memory and ``DraftFile.kept`` is
False. Two kernels write it under a lock, each re-reading it first, so neither erases the
other's keys.

A box whose every key is kept (05's answer) writes through ``Typing``: at once when it wrote
nothing in the last ``GAP`` seconds, else the latest value once ``GAP`` has passed, and at the
latest when the kernel exits (a restart, a shutdown, SIGTERM) or ``flush`` is asked; a key
that ends a word is written at once in place of the gap's next write. So a box costs at most
one write per ``GAP``, the last key typed before an exit is never lost, and a kill (SIGKILL)
loses what was typed since the last write (``benchmarks/kill_loss.py`` measures it).

When the workspace is replaced as a whole (start fresh, a sample, a file loaded: see
``Session.replace``), its drafts belong to the workspace that went: ``retire`` takes them off
the disk (the participant chose to replace that work, so none of its typing stays in a file)
and hands them to the caller, whose undo step holds them in memory; ``restore`` writes them
back when that replacement is undone. An older kit kept them in the file under
``"retired"``: the next write of the kit's own drafts file drops that list.

Typing belongs to the workspace it was typed for. A replacement gives the workspace a new
identity, a token the drafts file carries (``"workspace"``; a file without one, an older kit's,
is read as before), and every write says which workspace it is for (``DraftFile.token``, the
one this kernel's session shows): a write for a workspace that another kernel has replaced
since (a box's typing waiting for its gap, an exit's or SIGTERM's flush, a form in another
notebook not yet redrawn) is refused, so none of it lands beside the new workspace, and it is
held in this kernel's memory (``held``) for the workspace it was typed for. When that
workspace comes back (the replacement undone where it was made) the session follows it
(``follow``) and what was held is written again; a kernel that ends first loses it, and says
so in its log.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import logging
import os
import secrets
import signal
import stat
import threading
import time
import weakref
from pathlib import Path

from . import fileio
from .errors import FileAccessError, WorkshopError

__all__ = ["DraftFile", "Typing", "drafts_path", "GAP", "OWN"]

KIND = "workshop-drafts"
GAP = 0.5  # seconds: at most one write of a box's typing in this time, the last one always
LIMIT = 4 * 1024 * 1024  # bytes read at most: 200 rows of 2,000 characters, and then some
log = logging.getLogger("workshop.drafts")


def drafts_path(workspace: str | os.PathLike) -> Path:
    """Where the drafts of the workspace file ``workspace`` are kept: beside it, hidden."""
    workspace = Path(workspace)
    return workspace.with_name(f".{workspace.name}.drafts.json")


_files: dict[Path, DraftFile] = {}
OWN = object()  # "for the workspace this kernel's session shows", as a write says


def _token(data: dict) -> str | None:
    """The workspace a drafts file's object is for (None: an older kit's, or never replaced)."""
    token = data.get("workspace")
    return token if isinstance(token, str) else None


def _adding(typed: dict):
    """An edit that puts ``typed`` (key: value; None drops the key) into the drafts."""
    def edit(data: dict) -> bool:
        for key, value in typed.items():
            if value is None:
                data["drafts"].pop(key, None)
            else:
                data["drafts"][key] = value
        return True
    return edit


class DraftFile:
    """The drafts of one workspace file: ``get(key)``, ``put(key, value)``, ``drop(key)``,
    ``keys(prefix)``.

    Attributes:
        path: the drafts file.
        kept: False once the file could not be written (not the kit's own file, a read-only
            folder): the typing is then kept in memory only.
        token: the workspace this kernel's typing is for (None: the workspace was never
            replaced, or an older kit's file); learned at the first read, changed by
            ``retire``, ``restore`` and ``follow``.
        held: typing refused because the workspace it was typed for was replaced from another
            kernel, by that workspace's token and key: in memory only.
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
        self.token: str | None = None
        self._known = False  # the token was learned (or set) by this kernel
        self.held: dict[str | None, dict[str, object]] = {}

    def learn(self) -> str | None:
        """The token of the workspace this kernel's typing is for: on the first call, the one
        on disk (a session calls it as it opens the workspace)."""
        if not self._known:
            self.token, self._known = self.on_disk(), True
        return self.token

    def on_disk(self) -> str | None:
        """The token of the workspace the drafts file is for now (None: none written, no
        file, or not the kit's file)."""
        data = self._read_all()
        return _token(data) if data is not None else None

    def replaced_elsewhere(self) -> bool:
        """True when another kernel replaced the workspace (or undid a replacement) since this
        one learned it: this kernel's typing is then for a workspace that is not there."""
        return self.on_disk() != self.learn()

    def follow(self, token: str | None) -> bool:
        """This kernel's session now shows the workspace ``token`` (it followed a replacement
        made in another kernel, or that replacement's undo): typing from now on is for it, and
        what was held for it is written again. True when this kernel had typing for the
        workspace it leaves (held, or in the file as this kernel last wrote or read it)."""
        had = bool(self.held.get(self.token)) or any(
            v is not None for v in self._last.values())
        self.token, self._known, self._last = token, True, {}
        back = self.held.pop(token, None)
        if back:
            self._write(_adding(back), back)
        return had

    def _read_all(self) -> dict | None:
        """The drafts file's object ({} when there is no file), or None when the file there is
        not the kit's drafts file (or can't be read): it is then never written."""
        try:
            data = json.loads(fileio.read_regular(self.path, LIMIT))
        except FileNotFoundError:
            return {"drafts": {}}
        except (OSError, WorkshopError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("kind") != KIND \
                or not isinstance(data.get("drafts"), dict):
            return None
        return data

    def _read(self) -> dict | None:
        """The drafts on disk ({} when there is no file, or when they are another workspace's:
        it was replaced from another kernel), or None when the file there is not the kit's
        drafts file."""
        data = self._read_all()
        if data is None:
            return None
        return {} if _token(data) != self.learn() else data["drafts"]

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

    def put(self, key: str, value, *, instance: object = OWN) -> None:
        """Keep ``value`` (JSON data) under ``key``; ``None`` drops the key. What this kernel
        last wrote or read there is not written again (a form redrawn writes nothing).
        ``instance``: the workspace it was typed for (``token``; by default this kernel's):
        held in memory, not written, when the file is for another one."""
        mine = instance is OWN or instance == self.learn()
        if mine and key in self._last and self._last[key] == value:
            return
        if mine:
            self._last[key] = value

        def edit(data: dict) -> bool:
            drafts = data["drafts"]
            if value is None:
                if key not in drafts:
                    self._memory.pop(key, None)
                    return False
                drafts.pop(key)
            else:
                drafts[key] = value
            return True

        if self._write(edit, {key: value}, typed_for=instance):
            self._memory.pop(key, None)
        elif not self.kept:  # the typing stays in memory
            self._memory[key] = value

    def _write(self, edit, typed: dict | None = None, *, token: object = OWN,
               typed_for: object = OWN) -> bool:
        """Re-read the file under its lock, ``edit(data)`` it and write it when the edit says
        it changed something; False when it was not written (nothing changed, or the file
        can't be: ``kept`` is then False and the reason logged once). ``typed`` (key: value)
        is what the edit writes of the participant's typing: when the file is for a workspace
        other than this kernel's (replaced from another kernel), nothing is written and
        ``typed`` is held in memory for this kernel's workspace. ``token``, when given, is the
        workspace the file is for from now on (a replacement, its undo); ``typed_for``, the
        workspace ``typed`` was typed for, when not this kernel's."""
        lock = self.path.with_name(self.path.name + ".lock")
        mine = self.learn()
        typed_for = mine if typed_for is OWN else typed_for
        try:
            with fileio.locked(lock, what=self.path):
                data = self._read_all()
                if data is None or not self._own_or_absent():
                    raise FileAccessError("not the kit's drafts file; left as it is",
                                          file=str(self.path))
                if typed is not None and _token(data) != typed_for:
                    self._hold(typed_for, typed)
                    return False
                if not edit(data):
                    return False
                token = mine if token is OWN else token
                # only the drafts and whose they are: an older kit's "retired" list (a
                # replaced workspace's typing) is not written back
                out = {"kind": KIND, "drafts": data["drafts"]}
                if token is not None:
                    out["workspace"] = token
                raw = json.dumps(out, ensure_ascii=False)
                fileio.write_output(self.path, (raw + "\n").encode("utf-8"))
            return True
        except WorkshopError as exc:  # never stops the form: the typing stays in memory
            if self.kept:
                log.warning("drafts not written: %s", exc)
            self.kept = False
            return False

    def _hold(self, token: str | None, typed: dict) -> None:
        """Keep ``typed`` in memory for the workspace ``token``, replaced from another kernel."""
        before = self.held.get(token, {})
        held = {k: v for k, v in {**before, **typed}.items() if v is not None}
        self.held[token] = held
        if not held:
            self.held.pop(token)
        for key in typed:
            self._last.pop(key, None)
        new = [key for key in typed if key not in before]
        if new:  # once a key: a box typed on does not fill the log
            log.warning("typing not written: the workspace it was typed for was replaced from "
                        "another notebook; kept in this kernel's memory (%s)", ", ".join(new))

    def retire(self) -> dict | None:
        """Take every draft off the disk and out of memory (the workspace they were typed for
        was replaced) and return them, for the caller's undo to hold in memory and give to
        ``restore``; None when there were none. An older kit's ``"retired"`` list goes too.
        The file says from now on that it is for a new workspace (a new ``token``), so a
        write another kernel makes for the one that went is refused."""
        taken: dict[str, object] = {}
        new = secrets.token_hex(8)

        def edit(data: dict) -> bool:
            taken.update(data["drafts"])
            data["drafts"] = {}
            return True

        if self._write(edit, token=new):  # a file it can't write names no workspace
            self.token, self._known = new, True
        taken.update(self._memory)
        self._memory, self._last = {}, {}
        return taken or None

    def restore(self, drafts: dict | None, token: object = OWN) -> bool:
        """Write back the drafts ``retire`` returned (the replacement was undone); a key typed
        since keeps what was typed since. ``token``, when given, is the workspace that comes
        back (its ``token`` before ``retire``), so another kernel's typing for it is welcome
        again. True when some came back."""
        self._last = {}
        back = self.learn() if token is OWN else token
        if token is not OWN or drafts:
            def edit(data: dict) -> bool:
                data["drafts"] = {**(drafts or {}), **data["drafts"]}
                return True

            if self._write(edit, token=back):
                self.token = back
            elif drafts:
                for key, value in drafts.items():
                    self._memory.setdefault(key, value)
            held = self.held.pop(self.token, None)
            if held:
                self._write(_adding(held), held)
        return bool(drafts)

    def drop(self, key: str) -> None:
        self.put(key, None)


_typing: weakref.WeakSet[Typing] = weakref.WeakSet()  # those with a write waiting


class Typing:
    """One box's typing kept under one key of a ``DraftFile``, for a box that writes on every
    change: ``put(value)`` writes at once when this box wrote nothing in the last ``gap``
    seconds, else keeps the value and writes the latest one when ``gap`` has passed (on the
    kernel's event loop), or sooner on ``flush()``, or when the kernel exits (a restart: see
    ``atexit``). Without a running event loop (a script, a test) every ``put`` writes.

    Attributes:
        writes: how many times it wrote (for the benchmark and the tests).
    """

    def __init__(self, drafts: DraftFile, key: str, gap: float = GAP) -> None:
        self.drafts = drafts
        self.key = key
        self.gap = gap
        self.writes = 0
        self._value: object = None
        self._for: object = OWN
        self._waiting = False
        self._timer: asyncio.TimerHandle | None = None
        self._wrote_at = float("-inf")

    @property
    def waiting(self) -> bool:
        """True while a value is kept that is not written yet."""
        return self._waiting

    def put(self, value, *, word_end: bool = False, instance: object = OWN) -> None:
        """Keep ``value`` (``None`` drops the key), written now or within ``gap`` seconds; with
        ``word_end`` (the key typed ended a word) now, unless a word already took the gap's
        next write: a kill then loses less, and the writes stay one per gap. ``instance``:
        the workspace it was typed for (see ``DraftFile.put``)."""
        self._value, self._waiting, self._for = value, True, instance
        if word_end and self._wrote_at <= time.monotonic():
            # written now, in place of the write the gap would make by ``due``, whose clock
            # goes on from there: a word costs no write more than the gap's (a second word
            # ended before ``due`` waits for the gap as any key does)
            due = self._wrote_at + self.gap
            self.flush()
            self._wrote_at = max(self._wrote_at, due)
            return
        if self._timer is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        wait = self._wrote_at + self.gap - time.monotonic()
        if loop is None or wait <= 0:
            self.flush()
            return
        _typing.add(self)
        _on_terminate()
        self._timer = loop.call_later(wait, self.flush)

    def flush(self) -> None:
        """Write the value waiting, if any, now."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._waiting:
            return
        self._waiting = False
        _typing.discard(self)
        self._wrote_at = time.monotonic()
        self.writes += 1
        if self._for is OWN:  # the benchmark's stand-in takes (key, value)
            self.drafts.put(self.key, self._value)
        else:
            self.drafts.put(self.key, self._value, instance=self._for)

    def cancel(self) -> None:
        """Forget the value waiting (it was saved otherwise)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._waiting = False
        _typing.discard(self)


@atexit.register
def _flush_all() -> None:
    """A kernel restarting or shutting down exits through here: what a box kept and had not
    written yet is written, so the last key typed before a restart is not lost."""
    for typing in list(_typing):
        try:
            typing.flush()
        except Exception:  # pragma: no cover - an exit must not fail
            log.exception("drafts not written at exit")


def _on_terminate() -> None:
    """Flush on SIGTERM too: Python's default for it ends the process without ``atexit``, and
    a kernel that does not answer its shutdown request in time, or a container stopped, gets
    SIGTERM before SIGKILL. Put in place once, from the main thread, and only where SIGTERM
    still has its default action (a handler someone else set is left alone); after the flush
    the default action ends the process as it would have."""
    global _terminate_set
    if _terminate_set or threading.current_thread() is not threading.main_thread():
        return
    _terminate_set = True
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminated)


_terminate_set = False


def _terminated(signum, _frame) -> None:
    try:
        _flush_all()
    finally:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
