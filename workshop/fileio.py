"""Safe file handling: the one way the kit reads, writes and locks files.

Two writers, one per kind of file. The participant's own workspace (the store, ``import -o``)
is written with ``write_file``. Everything else the kit writes (exports from ``share`` and the
Share button, ``report -o``, answer cards, class charts, copies for download, the notes two
notebooks leave each other beside the workspace), often into a folder others can write to, is
written with ``write_output``: **never through a link, never into anything but a regular
file**. A file is always created fresh beside the path and renamed onto it, so a link (or a
second name for a file, a hard link) that a classmate planted at the path is itself replaced,
and the file it led to stays as it was; a folder, a pipe, a device or a socket at the path is
refused in plain words. Every file a person names is read through ``read_regular``; the store
locks through ``locked``. The rules of ``write_file`` (the first two, and "every failure names
the file", hold for ``write_output`` too):

- **A regular file, or nothing yet, is written atomically**: a temporary file beside it, flushed
  to disk, then renamed over it, so a reader sees the old file or the new one, never half.
- **A new file follows the umask** (it is created with mode 0o666 and the kernel takes the umask
  off, as for any program); **an existing file keeps its mode** (and, for root, its owner).
- **Links are followed**: a symbolic link is never replaced; the file it points to is written,
  by the same rules, and the link stays. Reading follows links the same way.
- **Anything else at the path is never replaced**: a character device (``/dev/null``) or a named
  pipe (FIFO) is written directly, the way a shell's ``>`` does; a folder, a block device or a
  socket is refused in plain words.
- **No wait is unbounded**: a lock another program holds, or a pipe nobody reads, is waited for
  ``WAIT_SECONDS`` at most; then a ``FileAccessError`` says what holds the file.
- **Every failure names the file**: a full disk, a missing permission or a read-only folder
  raise a ``FileAccessError`` with the path, never a bare ``OSError``.
- **Locks work where ``fcntl.flock`` does not exist** (Windows, Pyodide in JupyterLite, where
  ``fcntl`` imports without ``flock``): there is one kernel per file there, and the store's
  merge before every write still keeps two tabs' edits; ``locked`` then does nothing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from pathlib import Path

from .errors import FileAccessError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

__all__ = ["WAIT_SECONDS", "write_file", "write_output", "read_regular", "locked"]

WAIT_SECONDS = 5.0  # the longest any lock or pipe is waited for
_POLL = 0.05


def describe_oserror(exc: OSError) -> str:
    """A plain sentence for an operating-system error while reading or writing a file."""
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return ("the disk is full (no space left on device); nothing was changed: free some "
                "space and try again.")
    if code in (errno.EACCES, errno.EPERM):
        return "permission is missing to write or read here; choose a folder of your own."
    if code == errno.EROFS:
        return "this folder is read-only; choose a folder you can write to."
    if code == errno.EISDIR:
        return "this is a folder, not a file; name a file inside it."
    if code == errno.ENOTDIR:
        return "a part of this path is a file, not a folder."
    if code == errno.ENOENT:
        return "the folder does not exist."
    if code == errno.ENAMETOOLONG:
        return "the name is too long."
    return f"it can't be used ({exc.strerror or exc})."


def _fail(path, exc: OSError) -> FileAccessError:
    return FileAccessError(describe_oserror(exc), file=str(path))


def _target_of(path: Path) -> Path:
    """The path with every symbolic link followed (the link itself is never replaced)."""
    if path.is_symlink() or any(p.is_symlink() for p in path.parents):
        return Path(os.path.realpath(path))
    return path


def _stat_or_none(path: Path, how, where: Path) -> os.stat_result | None:
    """``how(where)`` (``os.stat`` or ``os.lstat``), ``None`` when nothing is there; any other
    failure is a ``FileAccessError`` naming ``path``."""
    try:
        return how(where)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _fail(path, exc) from exc


def write_file(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` by the rules of this module; returns the path written.

    Raises ``FileAccessError`` (naming the file) when it can't be written.
    """
    path = Path(path)
    target = _target_of(path)
    st = _stat_or_none(path, os.stat, target)
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise _not_a_file(path, st)
    if st is not None and (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        _write_direct(path, target, data)
    elif st is not None and not stat.S_ISREG(st.st_mode):
        raise _not_a_file(path, st)
    else:
        _write_replacing(path, target, data, st)
    return path


def write_output(path: str | os.PathLike, data: bytes) -> Path:
    """Write a file the kit makes outside the workspace (see the module's docstring): a new
    file beside ``path`` renamed onto it, whatever link was there; returns the path.

    A regular file there keeps its mode (unless it has other names: a hard link); a folder, a
    pipe, a device or a socket there is refused with a ``FileAccessError`` naming the path.
    """
    path = Path(path)
    st = _stat_or_none(path, os.lstat, path)
    if st is not None and not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        raise _not_a_file(path, st)
    own = st is not None and stat.S_ISREG(st.st_mode) and st.st_nlink == 1
    _write_replacing(path, path, data, st if own else None)
    return path


def _not_a_file(path: Path, st: os.stat_result) -> FileAccessError:
    """The refusal to write onto something that is not a regular file."""
    if stat.S_ISDIR(st.st_mode):
        return FileAccessError("this is a folder, not a file; name a file inside it (for "
                               f"example {Path(path) / 'out.txt'}).", file=str(path))
    kind = "a pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else "a device or a socket"
    return FileAccessError(f"this is {kind}, not a regular file; the kit writes only files: "
                           "name another path.", file=str(path))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _write_direct(path: Path, target: Path, data: bytes) -> None:
    """Write into a device or a pipe as it is; a pipe nobody reads is waited for a while."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as exc:
            if exc.errno != errno.ENXIO:  # ENXIO: a pipe with no reader yet
                raise _fail(path, exc) from exc
            if time.monotonic() >= deadline:
                raise FileAccessError(f"this is a pipe (FIFO) and nothing read from it for "
                                      f"{WAIT_SECONDS:g} seconds; start its reader first, or "
                                      "name a file.", file=str(path)) from None
            time.sleep(_POLL)
    try:
        os.set_blocking(fd, True)
        _write_all(fd, data)
    except OSError as exc:
        raise _fail(path, exc) from exc
    finally:
        os.close(fd)


def _write_replacing(path: Path, target: Path, data: bytes, st: os.stat_result | None) -> None:
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fail(path, exc) from exc
    tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        # 0o666 and the kernel takes the umask off: a new file is as readable as any other the
        # user makes (a class folder's facilitator can read a participant's export).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o666)
    except OSError as exc:
        raise _fail(path, exc) from exc
    try:
        try:
            if st is not None:  # an existing file keeps its mode and, where allowed, its owner
                os.fchmod(fd, stat.S_IMODE(st.st_mode))
                if hasattr(os, "fchown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                    with contextlib.suppress(OSError):
                        os.fchown(fd, st.st_uid, st.st_gid)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _fail(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def read_regular(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of a regular file (links followed), at most ``limit + 1`` of them.

    ``FileNotFoundError`` when there is nothing at the path; ``FileAccessError`` for a folder,
    a pipe, a device, a file over ``limit`` bytes or one that can't be opened. Opening never
    blocks on a pipe.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise _fail(path, exc) from exc
    except ValueError:  # a NUL byte in the name
        raise FileAccessError("the name holds a NUL character; no file has such a name.",
                              file=repr(str(path))) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise FileAccessError("this is a folder, not a file; name a file inside it.",
                                  file=str(path))
        if not stat.S_ISREG(st.st_mode):
            kind = "a pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else "a device or a socket"
            raise FileAccessError(f"this is {kind}, not a regular file; the kit reads only "
                                  "files.", file=str(path))
        if st.st_size > limit:
            raise FileAccessError(f"the file is {st.st_size / 1e6:.1f} MB, over the "
                                  f"{limit / 2**20:g} MB this kit reads; is it the right file?",
                                  file=str(path))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise _fail(path, exc) from exc
    finally:
        os.close(fd)


def _flock():
    """``fcntl.flock``, or ``None`` where the platform has no such call (Windows, Pyodide)."""
    return getattr(fcntl, "flock", None) if fcntl is not None else None


def _holder(fd: int) -> str:
    """Who holds the lock, as its holder wrote it into the lock file ("process 123 (python)")."""
    with contextlib.suppress(OSError, ValueError):
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").split()
        if text and text[0].isdigit():
            pid = int(text[0])
            name = ""
            with contextlib.suppress(OSError):
                name = Path(f"/proc/{pid}/comm").read_text().strip()
            return f"process {pid}" + (f" ({name})" if name else "")
    return "another program"


def _open_lock(lock_path: Path) -> int | None:
    """The lock file, for writing if allowed, else for reading (``flock`` works on both): a
    lock file another user made in a shared folder never locks this user out."""
    with contextlib.suppress(OSError):
        lock_path.parent.mkdir(parents=True, exist_ok=True)
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            return os.open(lock_path, flags | getattr(os, "O_NOFOLLOW", 0), 0o666)
        except OSError:
            continue
    return None


@contextlib.contextmanager
def locked(lock_path: str | os.PathLike, *, what: str | os.PathLike | None = None):
    """Hold an exclusive lock on ``lock_path`` between processes, waiting ``WAIT_SECONDS`` at most.

    ``what`` is the file the lock guards, named in the message when another program holds it
    too long. Where the platform has no ``flock``, or the lock file can't be made at all (a
    read-only folder), nothing is locked: the caller's merge before writing still applies.
    """
    flock = _flock()
    lock_path = Path(lock_path)
    fd = _open_lock(lock_path) if flock is not None else None
    if fd is None:
        yield
        return
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        locked_now = False
        while not locked_now:
            try:
                flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                locked_now = True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise FileAccessError(
                        f"the file is held by {_holder(fd)}, which has kept it locked for "
                        f"{WAIT_SECONDS:g} seconds. If another notebook is busy or frozen, wait "
                        "or stop its kernel (Kernel > Shut Down), then try again.",
                        file=str(what or lock_path)) from None
                time.sleep(_POLL)
            except OSError:  # a file system without locks (some network folders): go on
                break
        if locked_now:
            with contextlib.suppress(OSError):  # say who holds it, for whoever waits next
                os.pwrite(fd, f"{os.getpid():<11}\n".encode(), 0)  # fixed width: no truncate
        try:
            yield
        finally:
            if locked_now:
                with contextlib.suppress(OSError):
                    flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
