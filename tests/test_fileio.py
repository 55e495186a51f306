"""Safe file handling: what the kit does to whatever is at a path it writes or reads.

Devices are made with ``os.mknod`` inside ``tmp_path`` (never the system's /dev); a full disk is a
tiny tmpfs in a private mount namespace (``unshare -m``); another user is ``nobody`` through
``setpriv``, since root ignores file modes.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from workshop import fileio
from workshop.cli import main
from workshop.edits import add_roles
from workshop.errors import FileAccessError, UnreadableWorkspace
from workshop.model import Role
from workshop.resources import persona_path
from workshop.session import Session
from workshop.share import write_export
from workshop.store import WorkspaceStore, read_workspace, workspace_location

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def persona(tmp_path) -> Path:
    path = tmp_path / "career_changer.json"
    shutil.copyfile(persona_path("career_changer"), path)
    return path


@pytest.fixture
def shared_tmp():
    """A temporary folder another user can reach (pytest's own is root's alone, mode 0700)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="workshop-shared-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def short_waits(monkeypatch):
    monkeypatch.setattr(fileio, "WAIT_SECONDS", 0.4)


def make_null_device(path: Path) -> Path:
    """A character device like /dev/null, made inside the test's folder."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"can't make a device node here: {exc}")
    return path


# --- point 6: saving never replaces what is at the path -------------------------------------------


def test_report_onto_a_device_is_refused_and_leaves_it_a_device(tmp_path, persona, capsys):
    """`workshop report P -o DEV` (a /dev/null made in tmp_path) is refused in one line naming
    it, and the device stays a character device (it once became a regular file). An output is
    written only as a regular file (see tests/test_outputs.py)."""
    dev = make_null_device(tmp_path / "null")

    assert main(["report", str(persona), "-o", str(dev)]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(dev) in err and "device" in err
    assert stat.S_ISCHR(os.lstat(dev).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_report_onto_a_symlink_replaces_the_link_and_leaves_its_target(tmp_path, persona):
    """-o onto a link replaces the link itself with the report; the file it pointed to is left
    as it was (an output never writes through a link: one planted in a shared folder could lead
    anywhere)."""
    target = tmp_path / "elsewhere" / "report.md"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "report.md"
    link.symlink_to(target)

    assert main(["report", str(persona), "--format", "markdown", "-o", str(link)]) == 0

    assert not link.is_symlink() and link.read_text().startswith("#")
    assert target.read_text() == "old\n"


def test_a_workspace_behind_a_symlink_is_saved_through_it_and_nothing_is_renamed(
        tmp_path, persona):
    """A workspace that is a link (to a persistent folder, say) is opened and saved through the
    link: the link stays, its target gets the change, nothing else appears in either folder."""
    store_dir = tmp_path / "persistent"
    store_dir.mkdir()
    real = store_dir / "ws.json"
    shutil.copyfile(persona, real)
    link = tmp_path / "notebooks" / "my_workspace.json"
    link.parent.mkdir()
    link.symlink_to(real)

    session = Session.open(link)
    session.change(lambda ws: add_roles(ws, Role(title="Volunteer coordinator")))

    assert link.is_symlink()
    assert "Volunteer coordinator" in [r.title for r in read_workspace(real).roles]
    assert sorted(p.name for p in store_dir.iterdir() if not p.name.endswith((".lock",
                                                                              ".notes.json"))) \
        == ["ws.json"]


def test_writing_onto_a_folder_names_the_folder_not_a_hidden_temporary(tmp_path, persona,
                                                                       capsys):
    """`report -o FOLDER` says the path is a folder, naming it; no hidden temporary name."""
    folder = tmp_path / "out"
    folder.mkdir()

    assert main(["report", str(persona), "-o", str(folder)]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(folder) in err and "folder" in err
    assert ".tmp" not in err and list(folder.iterdir()) == []


# --- point 7: opening never renames ---------------------------------------------------------------


def test_opening_a_non_json_file_as_the_workspace_refuses_and_renames_nothing(tmp_path):
    """WORKSHOP_WORKSPACE pointing at a file that is not a .json workspace (a system file, say:
    here a copy in tmp_path) is refused in plain words; the file keeps its name and bytes."""
    other = tmp_path / "passwd"
    other.write_text("root:x:0:0:root:/root:/bin/bash\n")
    before = sorted(os.listdir(tmp_path))

    with pytest.raises(UnreadableWorkspace) as info:
        Session.open(other)

    assert "not a .json file" in str(info.value) and "\n" not in str(info.value)
    assert sorted(os.listdir(tmp_path)) == before
    assert other.read_text().startswith("root:x")


def test_opening_a_json_resume_as_the_workspace_suggests_importing_it(tmp_path):
    """A JSON Resume at the workspace's path is not taken as an empty workspace and rewritten:
    it stays as it is, the notice suggests importing it, and work goes beside it."""
    resume = tmp_path / "my_workspace.json"
    raw = json.dumps({"basics": {"name": "Ana Example"},
                      "work": [{"name": "City Library", "position": "Library assistant",
                                "startDate": "2019-03"}]}).encode()
    resume.write_bytes(raw)

    session = Session.open(resume)
    session.change(lambda ws: add_roles(ws, Role(title="Library assistant")))

    assert resume.read_bytes() == raw
    assert "JSON Resume" in session.notice or "JSON Resume" in " ".join(session.take_notices())
    assert session.path.name == "my_workspace-new.json"


def test_reading_a_json_resume_as_a_workspace_is_refused_with_the_import_hint(tmp_path):
    """read_workspace of a JSON Resume says it is a résumé and how to import it."""
    path = tmp_path / "resume.json"
    path.write_text(json.dumps({"basics": {"name": "Ana"}, "work": []}))

    with pytest.raises(UnreadableWorkspace) as info:
        read_workspace(path)

    assert "JSON Resume" in info.value.message and "import" in info.value.message


# --- point 8: no wait is unbounded ----------------------------------------------------------------


def test_a_fifo_as_the_workspace_is_refused_at_once_and_holds_no_lock(tmp_path, short_waits):
    """A named pipe at the workspace's path is refused in plain words without waiting for a
    writer, and the lock is free afterwards (another kernel opens its own file at once)."""
    fifo = tmp_path / "ws.json"
    os.mkfifo(fifo)

    started = time.monotonic()
    with pytest.raises(UnreadableWorkspace) as info:
        Session.open(fifo)
    assert time.monotonic() - started < 2
    assert "pipe" in str(info.value)
    with fileio.locked(WorkspaceStore(fifo).lock_path):
        pass
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_writing_into_a_fifo_nobody_reads_gives_up_and_says_so(tmp_path, short_waits):
    """`report -o FIFO` with no reader stops after WAIT_SECONDS with a plain message; with a
    reader, the report goes through the pipe and the pipe stays a pipe."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileAccessError) as info:
        fileio.write_file(fifo, b"hello\n")
    assert "nothing read from it" in info.value.message

    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    fileio.write_file(fifo, b"hello\n")
    reader.join(5)
    assert got == [b"hello\n"] and stat.S_ISFIFO(os.lstat(fifo).st_mode)


HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o666)
fcntl.flock(fd, fcntl.LOCK_EX)
os.ftruncate(fd, 0); os.pwrite(fd, f"{os.getpid()}\\n".encode(), 0)
print("held", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("stopped", [False, True], ids=["busy", "stopped"])
def test_a_lock_held_by_another_process_is_waited_for_a_few_seconds_then_named(
        tmp_path, short_waits, stopped):
    """A kernel holding the workspace's lock (busy, or stopped with SIGSTOP) makes the next save
    wait WAIT_SECONDS at most, then fail in plain words naming the process; nothing is written."""
    path = tmp_path / "ws.json"
    store = WorkspaceStore(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(store.lock_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        if stopped:
            os.kill(holder.pid, 19)  # SIGSTOP
        started = time.monotonic()
        with pytest.raises(FileAccessError) as info:
            Session.open(path).change(lambda ws: add_roles(ws, Role(title="Tutor")))
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert waited < 3
    assert f"process {holder.pid}" in info.value.message
    assert not path.exists()


# --- point 9: modes follow the umask --------------------------------------------------------------


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_follows_the_umask(tmp_path, umask, mode):
    """A file the kit creates has the mode the umask gives any new file (not always 0600)."""
    old = os.umask(umask)
    try:
        fileio.write_file(tmp_path / "new.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.json").st_mode) == mode


def test_an_existing_file_keeps_its_mode_when_saved_over(tmp_path):
    """Saving over a file keeps the mode it had (0640 stays 0640, whatever the umask)."""
    path = tmp_path / "ws.json"
    path.write_text("{}")
    path.chmod(0o640)
    old = os.umask(0o077)
    try:
        WorkspaceStore(path).save(Session.open(tmp_path / "x.json").workspace)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def kit_copy_for_nobody(folder: Path) -> tuple[str, Path]:
    """The Python and a copy of the kit (``workshop/`` and ``data/``) that user nobody can reach.

    The checkout may sit in a folder nobody cannot enter (a clone under /root, any 0700 folder),
    and so may the virtual environment: the kit is copied into ``folder`` (world-readable) and run
    by the base interpreter, since what these tests import needs the standard library only. When
    nobody cannot run that interpreter either, the test is skipped and says why.
    """
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as another user")
    python = os.path.realpath(sys.executable)
    probe = subprocess.run([*AS_NOBODY, python, "-I", "-c", "pass"], cwd=folder,
                           capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip(f"user nobody cannot run this Python ({python}): it sits in a folder "
                    f"other users cannot enter ({probe.stderr.strip()[-200:]})")
    kit = folder / "kit-for-nobody"
    if not kit.exists():
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        for part in ("workshop", "data"):
            shutil.copytree(ROOT / part, kit / part, ignore=ignore)
        for path in (kit, *kit.rglob("*")):
            path.chmod(0o755 if path.is_dir() else 0o644)
    return python, kit


def run_as_nobody(code: str, shared: Path, cwd: Path | None = None,
                  env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``code`` as user nobody in ``cwd`` (``shared`` by default), from a copy of the kit in
    the world-readable folder ``shared`` (see ``kit_copy_for_nobody``)."""
    python, kit = kit_copy_for_nobody(shared)
    full_env = dict(os.environ, PYTHONPATH=str(kit), **(env or {}))
    return subprocess.run([*AS_NOBODY, python, "-c", code], cwd=cwd or shared, env=full_env,
                          capture_output=True, text=True, timeout=60)


def test_a_shared_export_is_readable_by_the_facilitator(shared_tmp, persona):
    """A participant's `share` into a class folder (umask 022) gives a file another user can
    read: the dashboard no longer skips it as "Permission denied"."""
    folder = shared_tmp / "class"
    folder.mkdir()
    folder.chmod(0o777)
    old = os.umask(0o022)
    try:
        export = write_export(read_workspace(persona), folder)
    finally:
        os.umask(old)
    done = run_as_nobody(f"print(len(open({str(export)!r}).read()) > 0)", shared_tmp)
    assert done.stdout.strip() == "True", done.stderr


# --- hubs: read-only and shared notebook folders --------------------------------------------------


def notebooks_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    (folder / "00_start_here.ipynb").write_text("{}")
    return folder


def test_a_read_only_notebooks_folder_puts_the_workspace_in_the_users_own_folder(
        tmp_path, monkeypatch):
    """When the notebooks' folder can't be written, the default workspace is
    ~/.job-value-workshop/my_workspace.json, the notice says so, and saving works there."""
    folder = notebooks_folder(tmp_path)
    home = tmp_path / "home"
    monkeypatch.delenv("WORKSHOP_WORKSPACE", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(folder)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == folder
                        else real_access(p, mode, **kw))

    session = Session.open()
    session.change(lambda ws: add_roles(ws, Role(title="Barista")))

    assert session.path == home / ".job-value-workshop" / "my_workspace.json"
    assert "can't be written" in session.notice and str(session.path) in session.notice
    assert read_workspace(session.path).roles[0].title == "Barista"
    assert not (folder / "my_workspace.json").exists()


def test_a_read_only_notebooks_folder_really_read_only_for_another_user(shared_tmp):
    """The same, for real: as user nobody, in a notebooks folder only root can write, notebook
    00's session opens and saves in nobody's own home folder, with a plain notice."""
    folder = notebooks_folder(shared_tmp)
    home = shared_tmp / "home_nobody"
    home.mkdir()
    os.chown(home, 65534, 65534)
    code = ("from workshop.session import open_session\n"
            "from workshop.model import Role\n"
            "from workshop.edits import add_roles\n"
            "s = open_session()\n"
            "s.change(lambda ws: add_roles(ws, Role(title='Barista')))\n"
            "print(s.path)\nprint(s.notice)\n")
    env = {"HOME": str(home), "WORKSHOP_WORKSPACE": ""}
    done = run_as_nobody(code, shared_tmp, cwd=folder, env=env)
    assert done.returncode == 0, done.stderr
    path, notice = done.stdout.splitlines()[:2]
    assert path == str(home / ".job-value-workshop" / "my_workspace.json")
    assert "can't be written" in notice
    assert "Traceback" not in done.stderr


def test_two_users_of_a_shared_writable_folder_never_lock_each_other_out(shared_tmp):
    """In a notebooks folder both may write (mode 1777), the first user keeps
    notebooks/my_workspace.json; the second (nobody) gets a workspace of their own at home, is
    told why, and reads nothing of the first user's."""
    folder = notebooks_folder(shared_tmp)
    folder.chmod(0o1777)
    first = Session.open(folder / "my_workspace.json")
    first.change(lambda ws: add_roles(ws, Role(title="Private role of user one")))
    home = shared_tmp / "home_nobody"
    home.mkdir()
    os.chown(home, 65534, 65534)
    code = ("from workshop.session import Session\n"
            "from workshop.model import Role\n"
            "from workshop.edits import add_roles\n"
            "s = Session.open()\n"
            "print([r.title for r in s.workspace.roles])\n"
            "s.change(lambda ws: add_roles(ws, Role(title='Mine')))\n"
            "print(s.path)\nprint(s.notice)\n")
    done = run_as_nobody(code, shared_tmp, cwd=folder,
                         env={"HOME": str(home), "WORKSHOP_WORKSPACE": ""})
    assert done.returncode == 0, done.stderr
    roles, path, notice = done.stdout.splitlines()[:3]
    assert roles == "[]"
    assert path == str(home / ".job-value-workshop" / "my_workspace.json")
    assert "another user" in notice
    assert [r.title for r in read_workspace(folder / "my_workspace.json").roles] == \
        ["Private role of user one"]


def test_a_lock_file_another_user_made_does_not_lock_this_one_out(tmp_path, monkeypatch):
    """A lock file this user may not write (another user made it, mode 0644) is opened for
    reading, which is enough to lock: the save goes through (simulated: root ignores modes)."""
    path = tmp_path / "ws.json"
    store = WorkspaceStore(path)
    store.lock_path.write_text("")
    real_open = os.open

    def open_as_another_user(p, flags, *args, **kwargs):
        if Path(p) == store.lock_path and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_open(p, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_as_another_user)
    Session(store, store.open().workspace).change(lambda ws: add_roles(ws, Role(title="A")))

    assert read_workspace(path).roles[0].title == "A"


def test_the_default_location_is_beside_the_notebooks_when_it_can_be_written(tmp_path,
                                                                             monkeypatch):
    """In a writable notebooks folder nothing changes: my_workspace.json beside 00, no notice."""
    folder = notebooks_folder(tmp_path)
    monkeypatch.delenv("WORKSHOP_WORKSPACE", raising=False)
    monkeypatch.chdir(folder)

    assert workspace_location() == (folder / "my_workspace.json", "")


# --- JupyterLite: fcntl without flock -------------------------------------------------------------


def test_without_flock_saving_and_merging_still_work(tmp_path, monkeypatch):
    """Pyodide has an fcntl module without flock: the store then locks nothing, and two
    sessions' edits still merge (the check before every write does not need the lock)."""
    monkeypatch.setattr(fileio, "fcntl", types.SimpleNamespace(LOCK_EX=2, LOCK_NB=4, LOCK_UN=8))
    path = tmp_path / "ws.json"
    a, b = Session.open(path), Session.open(path)

    a.change(lambda ws: add_roles(ws, Role(title="Barista", id="r1")))
    b.change(lambda ws: add_roles(ws, Role(title="Tutor", id="r2")))

    assert sorted(r.title for r in read_workspace(path).roles) == ["Barista", "Tutor"]
    assert not a.store.lock_path.exists()


# --- point 17: a full disk names the file ---------------------------------------------------------


def test_a_full_disk_names_the_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    """ENOSPC while writing says which file and that the disk is full; the old file is intact
    and no temporary file is left."""
    path = tmp_path / "ws.json"
    path.write_bytes(b"old")

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(FileAccessError) as info:
        fileio.write_file(path, b"new")

    assert info.value.file == str(path) and "disk is full" in info.value.message
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["ws.json"]


def test_report_onto_a_full_tmpfs_says_which_file_in_one_line(tmp_path, persona):
    """On a real, tiny tmpfs (a private mount namespace), `report -o` of a report larger than
    the disk exits 1 with one line naming the file; nothing half-written is left."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare for a private tmpfs")
    disk = tmp_path / "disk"
    disk.mkdir()
    out = disk / "report.html"
    script = (f"mount -t tmpfs -o size=4k none {disk} && "
              f"{sys.executable} -m workshop.cli report {persona} --format html -o {out}; "
              f"echo rc=$?; ls -A {disk}")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert "rc=1" in done.stdout, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1
    assert str(out) in done.stderr and "disk is full" in done.stderr
    assert done.stdout.strip().endswith("rc=1")  # the folder is empty: no partial file
