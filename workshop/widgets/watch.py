"""Keeping open views true to the saved file, and waiting for a pause in typing.

- ``FileWatch``: a light watch of the workspace file in the kernel. Every ``INTERVAL`` seconds
  it looks at the file's size, time and inode (one ``stat``, no read); only when they changed
  does it ask the session to re-read the file (``Session.refresh``), which tells every open view.
  So a rating saved in notebook 03 shows in notebook 04's open view within about a second, with
  no click. Views decide themselves what they may redraw: a box the participant is typing in is
  never overwritten (see each view's ``refresh``).
- ``Debounce``: call a function once typing has paused (the answer check of notebook 05 updates
  while the participant types, not on every key).

Both run on the kernel's own event loop (ipykernel runs cells and widget messages on an asyncio
loop in the main thread), so a refresh never runs in the middle of a widget callback. Where no
loop is running (plain pytest, a script), nothing is scheduled: ``FileWatch.poll()`` is called
by hand and ``Debounce`` calls at once, which keeps tests deterministic.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable

__all__ = ["FileWatch", "Debounce", "watch", "INTERVAL", "TYPING_PAUSE"]

log = logging.getLogger(__name__)
INTERVAL = 0.75  # seconds between two looks at the file
TYPING_PAUSE = 0.35  # seconds without a key before the answer check is redrawn


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _signature(path: os.PathLike) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class FileWatch:
    """Re-read the session's file when another kernel changed it (see the module docstring)."""

    def __init__(self, session, interval: float = INTERVAL) -> None:
        self.session = session
        self.interval = interval
        self._seen = _signature(session.path)
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def running(self) -> bool:
        return self._timer is not None

    def poll(self) -> bool:
        """Look once; True when the session picked up a change from the file."""
        now = _signature(self.session.path)
        if now == self._seen:
            return False
        self._seen = now
        try:
            return self.session.refresh()
        except Exception:  # a file caught half-written or unreadable: look again next time
            log.exception("re-reading %s failed", self.session.path)
            self._seen = None
            return False

    def start(self) -> bool:
        """Look every ``interval`` seconds on the running event loop; False when there is none."""
        if self._timer is not None:
            return True
        loop = _running_loop()
        if loop is None:
            return False
        self._loop = loop
        self._timer = loop.call_later(self.interval, self._tick)
        return True

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _tick(self) -> None:
        try:
            self.poll()
        finally:
            if self._timer is not None and self._loop is not None and not self._loop.is_closed():
                self._timer = self._loop.call_later(self.interval, self._tick)


_watches: dict[int, FileWatch] = {}


def watch(session) -> FileWatch:
    """The kernel's one watch of ``session``'s file, started when an event loop runs."""
    found = _watches.get(id(session))
    if found is None or found.session is not session:
        found = _watches[id(session)] = FileWatch(session)
    found.start()
    return found


class Debounce:
    """``Debounce(fn, wait)()`` calls ``fn`` once ``wait`` seconds passed without another call.

    Without a running event loop it calls ``fn`` at once.
    """

    def __init__(self, fn: Callable[[], object], wait: float = TYPING_PAUSE) -> None:
        self.fn = fn
        self.wait = wait
        self._timer: asyncio.TimerHandle | None = None

    @property
    def pending(self) -> bool:
        return self._timer is not None

    def __call__(self) -> None:
        self.cancel()
        loop = _running_loop()
        if loop is None:
            self.fn()
            return
        self._timer = loop.call_later(self.wait, self._fire)

    def _fire(self) -> None:
        self._timer = None
        self.fn()

    def flush(self) -> None:
        """Call now if a call is waiting."""
        if self._timer is not None:
            self.cancel()
            self.fn()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
