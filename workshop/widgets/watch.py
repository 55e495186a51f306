"""Keeping open views true to the saved file, and waiting for a pause in typing.

- ``FileWatch``: a light watch of the workspace file in the kernel. The operating system says
  when the file's folder changed (inotify on Linux, FSEvents, ReadDirectoryChangesW: through
  ``watchfiles``, one small thread per kernel that sleeps in Rust without the GIL), and the
  watch then looks at the file's size, time and inode (one ``stat``, no read); only when they
  changed does it ask the session to re-read the file (``Session.refresh``), which tells every
  open view. So a rating saved in notebook 03 shows in notebook 04's open view some 100 ms later,
  with no click and no polling. Where events are missing (no ``watchfiles``, a watch the system
  refuses, some network file systems under a hub, or ``WATCHFILES_FORCE_POLLING`` set) it falls
  back to looking every ``INTERVAL`` seconds; with events it still looks every ``SAFETY``
  seconds, one ``stat``, in case a file system drops them. Views decide themselves what they may
  redraw: a box the participant is typing in is never overwritten (see each view's
  ``refresh``).
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
import threading
from collections.abc import Callable
from pathlib import Path

__all__ = ["FileWatch", "Debounce", "watch", "INTERVAL", "SAFETY", "TYPING_PAUSE"]

log = logging.getLogger(__name__)
INTERVAL = 0.75  # seconds between two looks at the file when there are no file-system events
SAFETY = 5.0  # seconds between two looks when there are events (in case some are lost)
TYPING_PAUSE = 0.35  # seconds without a key before the answer check is redrawn
# How often watchfiles' thread wakes (it takes the GIL each time, to look at its stop event):
# 20 ms cost an idle kernel 2 to 3 ms of CPU a second, 50 ms about 1 ms (60 kernels of a class
# on 2 cores: 7 % of the cores against 3 %), for about 45 ms more from a save to the other views.
_STEP_MS = 50
_GATHER_MS = 120  # at most this long gathering a burst of events before handing them over


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
    """Re-read the session's file when another kernel changed it (see the module docstring).

    ``events`` is True while file-system events drive it, False while it polls every
    ``interval`` seconds; ``looks`` counts the times it looked at the file.
    """

    def __init__(self, session, interval: float = INTERVAL, *, events: bool = True) -> None:
        self.session = session
        self.interval = interval
        self.looks = 0
        self._want_events = events
        self._seen = _signature(session.path)
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def running(self) -> bool:
        return self._timer is not None

    @property
    def events(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def poll(self) -> bool:
        """Look once; True when the session picked up a change from the file."""
        self.looks += 1
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
        """Watch on the running event loop (events, else a look every ``interval`` seconds);
        False when there is no loop."""
        if self._timer is not None:
            return True
        loop = _running_loop()
        if loop is None:
            return False
        self._loop = loop
        if self._want_events and self._thread is None:
            self._start_events(loop)
        self._timer = loop.call_later(self._period(), self._tick)
        return True

    def stop(self) -> None:
        self._stop.set()
        self._thread = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _period(self) -> float:
        return max(self.interval, SAFETY) if self.events else self.interval

    def _tick(self) -> None:
        try:
            self.poll()
        finally:
            if self._timer is not None and self._loop is not None and not self._loop.is_closed():
                self._timer = self._loop.call_later(self._period(), self._tick)

    # file-system events -------------------------------------------------------------------

    def _start_events(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            import watchfiles  # noqa: F401 - only to know it is there
        except ImportError:  # pragma: no cover - a dependency; polling still works
            log.info("watchfiles is missing: looking at %s every %s s", self.session.path,
                     self.interval)
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._events, args=(loop, self._stop),
                                        name="workshop-file-watch", daemon=True)
        self._thread.start()

    def _events(self, loop: asyncio.AbstractEventLoop, stop: threading.Event) -> None:
        """In the watch thread: wake the kernel's loop when the workspace file's folder says the
        file changed. Runs until ``stop`` is set; on any failure the loop goes back to polling."""
        import watchfiles

        path = Path(self.session.path)
        names = {path.name}

        def ours(_change, changed: str) -> bool:
            return Path(changed).name in names

        try:
            for _changes in watchfiles.watch(path.parent, watch_filter=ours, debounce=_GATHER_MS,
                                             step=_STEP_MS, stop_event=stop, recursive=False,
                                             raise_interrupt=False, rust_timeout=0):
                if stop.is_set() or loop.is_closed():
                    return
                loop.call_soon_threadsafe(self._on_event)
        except Exception:  # no events here (a watch limit, a file system without them): poll
            log.warning("no file-system events for %s: looking every %s s instead",
                        path, self.interval, exc_info=True)
        finally:
            if not stop.is_set() and not loop.is_closed():
                loop.call_soon_threadsafe(self._events_ended, stop)

    def _on_event(self) -> None:
        try:
            self.poll()
        except Exception:  # pragma: no cover - poll logs its own failures
            log.exception("a file-system event for %s failed", self.session.path)

    def _events_ended(self, stop: threading.Event) -> None:
        if stop is self._stop:
            self._thread = None  # _period() is now the polling interval
            if self._timer is not None and self._loop is not None:
                self._timer.cancel()
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
