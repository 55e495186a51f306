"""Workspace files on disk: round trips, atomic writes, corrupt files, newer and older versions."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from fuzzing import fuzz
from helpers_sample import role_dict, workspace_dict
from hypothesis import given
from hypothesis import strategies as st

import workshop
from workshop.edits import add_roles, with_role
from workshop.errors import (
    FileAccessError,
    NewerSchemaError,
    UnreadableWorkspace,
    WorkshopError,
)
from workshop.fileio import write_file
from workshop.migrations import migrate
from workshop.model import SCHEMA_VERSION, Role, Workspace
from workshop.resources import persona_paths
from workshop.session import Session
from workshop.store import (
    DEFAULT_FILENAME,
    MAX_WORKSPACE_BYTES,
    WorkspaceStore,
    default_workspace_path,
    dumps,
    parse_workspace,
    read_workspace,
)

SCHEMA = json.loads((Path(workshop.__file__).parent / "schema" / "workspace.schema.json")
                    .read_text(encoding="utf-8"))
def assert_valid_against_schema(path: Path) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads(path.read_text(encoding="utf-8")))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sample_workspace() -> Workspace:
    return Workspace.from_dict({
        "schema_version": 1,
        "participant": {"name": "Zoë"},
        "target_role": {"title": "Operations Manager", "goals": ["reduce costs"]},
        "roles": [
            role_dict(summary="Nachtschicht geleitet"),
            {"id": "r2", "title": "Barista", "start": "2016", "end": "2019-10",
             "ratings": {"skill_growth": 2}},
        ],
        "answer": {"role_id": "r1", "text": "In my role as shift supervisor ..."},
    })


def siblings(path: Path) -> set[str]:
    """Names in the workspace's folder other than the file itself and its lock."""
    return {p.name for p in path.parent.iterdir()} - {path.name, f".{path.name}.lock"}


# --- round trips and the schema -------------------------------------------------------------


def test_a_saved_workspace_reads_back_the_same(tmp_path):
    """What the store saves, read_workspace reads back unchanged."""
    path = tmp_path / "ws.json"
    ws = sample_workspace()

    WorkspaceStore(path).save(ws)

    assert read_workspace(path).to_dict() == ws.to_dict()


def test_the_file_is_indented_utf8_with_non_ascii_kept(tmp_path):
    """The file is readable in a text editor: indented JSON, accents as they were typed."""
    path = tmp_path / "ws.json"
    WorkspaceStore(path).save(sample_workspace())

    text = path.read_text(encoding="utf-8")

    assert "Zoë" in text
    assert f'\n  "schema_version": {SCHEMA_VERSION}' in text
    assert path.read_bytes() == dumps(sample_workspace())


def test_a_saved_workspace_is_valid_against_the_json_schema(tmp_path):
    """The saved file passes the kit's own JSON Schema."""
    path = tmp_path / "ws.json"
    WorkspaceStore(path).save(sample_workspace())

    assert_valid_against_schema(path)


def test_an_empty_workspace_is_valid_against_the_json_schema(tmp_path):
    """Even a fresh workspace with nothing in it is a valid file."""
    path = tmp_path / "ws.json"
    WorkspaceStore(path).save(Workspace())

    assert_valid_against_schema(path)


@pytest.mark.parametrize("persona", sorted(persona_paths()))
def test_a_persona_loads_and_saves_as_a_valid_file(tmp_path, persona):
    """Every sample persona reads as a workspace and saves to a file the schema accepts."""
    source = persona_paths()[persona]
    ws = read_workspace(source)
    path = tmp_path / "ws.json"

    WorkspaceStore(path).save(ws)

    assert_valid_against_schema(source)
    assert_valid_against_schema(path)
    assert read_workspace(path).to_dict() == ws.to_dict()


def test_a_utf8_file_with_a_byte_order_mark_reads(tmp_path):
    """Notepad's UTF-8 with BOM is still a workspace."""
    path = tmp_path / "ws.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(sample_workspace()))

    assert read_workspace(path).roles[0].title == "Shift Supervisor"


# --- atomic writes --------------------------------------------------------------------------


def test_an_atomic_write_leaves_no_temporary_file(tmp_path):
    """After saving, the folder holds the workspace (and its lock file), nothing else."""
    path = tmp_path / "ws.json"
    store = WorkspaceStore(path)
    for _ in range(3):
        store.save(sample_workspace())

    assert siblings(path) == set()


def test_write_file_creates_the_folder(tmp_path):
    """Saving into a folder that does not exist yet creates it."""
    path = tmp_path / "a" / "b" / "ws.json"

    write_file(path, b"{}")

    assert path.read_bytes() == b"{}"


def test_a_write_that_fails_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    """If the final rename fails, the old file is intact and the temporary file is removed."""
    path = tmp_path / "ws.json"
    write_file(path, b"old")

    def refuse(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileAccessError) as info:
        write_file(path, b"new")

    assert info.value.file == str(path)
    assert path.read_bytes() == b"old"
    assert siblings(path) == set()


def test_a_reader_sees_the_old_file_or_the_new_one_never_half(tmp_path):
    """While one thread keeps rewriting the file, another never reads a partial file."""
    path = tmp_path / "ws.json"
    versions = [json.dumps({"n": n, "pad": "x" * 200_000}).encode() for n in range(2)]
    write_file(path, versions[0])
    done = threading.Event()
    seen = []

    def read_all():
        while not done.is_set():
            seen.append(path.read_bytes())

    reader = threading.Thread(target=read_all)
    reader.start()
    try:
        for i in range(60):
            write_file(path, versions[i % 2])
    finally:
        done.set()
        reader.join()

    assert seen
    assert all(raw in versions for raw in seen)


# --- files that can't be read ---------------------------------------------------------------

UNREADABLE = {
    "empty": b"",
    "only spaces": b"  \n\t ",
    "binary": bytes(range(256)) * 4,
    "not UTF-8": b'{"roles": [{"title": "Caf\xe9"}]}',
    "truncated": dumps(Workspace.from_dict({"roles": [{"id": "r1", "title": "Barista"}]}))[:-9],
    "not JSON": b"title: Barista\n",
    "a list": b'[{"title": "Barista"}]',
    "a string": b'"workspace"',
    "a number": b"42",
    "null": b"null",
    "roles not a list": b'{"schema_version": 1, "roles": {"r1": {"title": "Barista"}}}',
    "a rating as text": b'{"schema_version": 1, "roles": [{"title": "Barista", '
                        b'"ratings": {"skill_growth": "high"}}]}',
    "a role not an object": b'{"schema_version": 1, "roles": ["Barista"]}',
    "schema_version as text": b'{"schema_version": "1", "roles": []}',
    "schema_version negative": b'{"schema_version": -1, "roles": []}',
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("raw", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_reading_an_unreadable_file_names_it_and_leaves_it_untouched(tmp_path, raw):
    """read_workspace raises UnreadableWorkspace naming the file and does not change its bytes."""
    path = tmp_path / "ws.json"
    path.write_bytes(raw)

    with pytest.raises(UnreadableWorkspace) as info:
        read_workspace(path)

    assert info.value.file == str(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == raw
    assert siblings(path) == set()


@pytest.mark.parametrize("raw", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_opening_an_unreadable_file_leaves_it_and_starts_a_new_workspace_beside(tmp_path, raw):
    """The store never renames the bad file: it stays as it is, a new, empty workspace starts
    beside it (``ws-new.json``), and the notice says so in plain words."""
    path = tmp_path / "ws.json"
    path.write_bytes(raw)
    store = WorkspaceStore(path)

    opened = store.open()

    assert path.read_bytes() == raw
    assert store.path == tmp_path / "ws-new.json"
    assert not store.path.exists()  # nothing is written before a change
    assert opened.workspace.roles == ()
    assert "'ws.json'" in opened.notice and "'ws-new.json'" in opened.notice
    assert "left as it is" in opened.notice
    assert "Traceback" not in opened.notice and "\n" not in opened.notice


def test_a_file_larger_than_the_limit_is_refused_and_kept(tmp_path):
    """A file over MAX_WORKSPACE_BYTES (sparse, so cheap) is refused by size and not changed."""
    path = tmp_path / "ws.json"
    path.write_bytes(b'{"schema_version": 1, "roles": []}')
    with open(path, "r+b") as fh:
        fh.truncate(MAX_WORKSPACE_BYTES + 1)
    before = sha(path)

    with pytest.raises(UnreadableWorkspace) as info:
        read_workspace(path)

    assert info.value.file == str(path)
    assert "MB" in info.value.message
    assert sha(path) == before


def test_opening_a_file_larger_than_the_limit_leaves_it_whole(tmp_path):
    """A too-large file is left alone, like any unreadable file, and its size is said."""
    path = tmp_path / "ws.json"
    with open(path, "wb") as fh:
        fh.truncate(MAX_WORKSPACE_BYTES + 1)

    opened = WorkspaceStore(path).open()

    assert path.stat().st_size == MAX_WORKSPACE_BYTES + 1
    assert "MB" in opened.notice


def test_bytes_larger_than_the_limit_are_refused(tmp_path):
    """parse_workspace refuses too many bytes before trying to read them as JSON."""
    with pytest.raises(UnreadableWorkspace):
        parse_workspace(b" " * (MAX_WORKSPACE_BYTES + 1), file="big.json")


def test_the_next_open_of_a_spoiled_file_continues_in_the_workspace_beside_it(tmp_path):
    """Work saved beside an unreadable file is found again at the next open, with the notice."""
    path = tmp_path / "ws.json"
    path.write_bytes(b"first")
    Session.open(path).change(lambda ws: add_roles(ws, Role(title="Barista")))

    again = Session.open(path)

    assert [r.title for r in again.workspace.roles] == ["Barista"]
    assert again.path == tmp_path / "ws-new.json"
    assert "continues in 'ws-new.json'" in again.notice
    assert path.read_bytes() == b"first"


def test_after_an_unreadable_file_the_next_save_writes_beside_it(tmp_path):
    """The participant's first change after the notice writes the new file; the bad one stays."""
    path = tmp_path / "ws.json"
    path.write_bytes(b"garbage")
    session = Session.open(path)

    session.change(lambda ws: add_roles(ws, Role(title="Barista")))

    assert read_workspace(tmp_path / "ws-new.json").roles[0].title == "Barista"
    assert path.read_bytes() == b"garbage"


def test_a_missing_file_is_an_empty_workspace_and_is_not_created_by_opening(tmp_path):
    """Opening a workspace that does not exist yet starts empty and writes nothing."""
    path = tmp_path / "ws.json"

    opened = WorkspaceStore(path).open()

    assert opened.workspace.to_dict() == Workspace().to_dict()
    assert opened.notice == ""
    assert not path.exists()


def test_reading_a_missing_file_says_there_is_none(tmp_path):
    """read_workspace of a path that does not exist raises UnreadableWorkspace naming it."""
    path = tmp_path / "nope.json"

    with pytest.raises(UnreadableWorkspace) as info:
        read_workspace(path)
    assert info.value.file == str(path)


def test_a_folder_is_not_a_workspace_and_is_never_moved(tmp_path):
    """A folder at the workspace's path is refused, and left where it is."""
    folder = tmp_path / "ws.json"
    folder.mkdir()

    with pytest.raises(UnreadableWorkspace):
        read_workspace(folder)
    with pytest.raises(UnreadableWorkspace):
        WorkspaceStore(folder).open()
    assert folder.is_dir()


def test_a_file_spoiled_after_opening_is_left_alone_and_the_save_goes_beside_it(tmp_path):
    """If the file turns unreadable between open and save, the bad bytes stay where they are and
    the save goes to ``ws-new.json``, with a notice."""
    path = tmp_path / "ws.json"
    store = WorkspaceStore(path)
    store.save(sample_workspace())
    path.write_bytes(b'{"schema_version": 1, "roles": [')

    store.save(sample_workspace())

    assert path.read_bytes() == b'{"schema_version": 1, "roles": ['
    assert read_workspace(tmp_path / "ws-new.json").to_dict() == sample_workspace().to_dict()
    assert any("another program" in n for n in store.notices)


def test_a_file_with_an_absurdly_long_number_is_unreadable(tmp_path):
    """A number of 5000 digits makes the file unreadable, not a crash."""
    path = tmp_path / "ws.json"
    path.write_bytes(b'{"schema_version": 1, "roles": [], "x": ' + b"1" * 5000 + b"}")

    with pytest.raises(UnreadableWorkspace):
        read_workspace(path)


# --- newer schema versions ------------------------------------------------------------------

NEWER = json.dumps({"schema_version": SCHEMA_VERSION + 1, "roles": [], "future": True}).encode()


def test_a_newer_file_is_refused_and_left_untouched(tmp_path):
    """A file from a newer kit raises NewerSchemaError, on reading and on opening, and stays."""
    path = tmp_path / "ws.json"
    path.write_bytes(NEWER)

    with pytest.raises(NewerSchemaError) as info:
        read_workspace(path)
    with pytest.raises(NewerSchemaError):
        WorkspaceStore(path).open()
    with pytest.raises(NewerSchemaError):
        Session.open(path)

    assert info.value.file == str(path)
    assert "newer" in info.value.message
    assert path.read_bytes() == NEWER
    assert siblings(path) == set()


def test_a_newer_file_written_by_another_kernel_is_never_overwritten(tmp_path):
    """If a newer kit writes the file while this one has it open, saving is refused and the
    newer file stays exactly as it is."""
    path = tmp_path / "ws.json"
    store = WorkspaceStore(path)
    store.save(sample_workspace())
    path.write_bytes(NEWER)

    with pytest.raises(NewerSchemaError):
        store.save(sample_workspace())

    assert path.read_bytes() == NEWER
    assert siblings(path) == set()


# --- older schema versions ------------------------------------------------------------------

VERSION_0 = {
    "participant": {"name": "Ana"},
    "target": {"title": "Operations Manager", "goals": "reduce costs; lead a team of 8 ;"},
    "roles": [
        {"id": "r1", "title": "Shift Supervisor", "company": "Northwind Logistics",
         "start": "2019-11", "growth": 4, "results": 3, "relevance": 5,
         "skills": [{"name": "scheduling", "before": "novice", "after": "proficient"}]},
        {"id": "r2", "title": "Barista", "company": "Bean There", "growth": 2},
    ],
}


def write_v0(path: Path) -> bytes:
    raw = json.dumps(VERSION_0, indent=1).encode()
    path.write_bytes(raw)
    return raw


def test_a_version_0_file_is_migrated_on_load(tmp_path):
    """The prototype's company, flat ratings and "a; b" goals read as the current fields."""
    path = tmp_path / "ws.json"
    write_v0(path)

    ws = read_workspace(path)

    first = ws.role("r1")
    assert first.organization == "Northwind Logistics"
    assert first.ratings.to_dict() == {"skill_growth": 4, "company_results": 3, "relevance": 5}
    assert first.skills[0].after == "proficient"
    assert ws.role("r2").ratings.to_dict() == {"skill_growth": 2}
    assert ws.target_role.title == "Operations Manager"
    assert ws.target_role.goals == ("reduce costs", "lead a team of 8")
    assert ws.participant == {"name": "Ana"}


def test_a_version_0_file_is_not_rewritten_just_by_opening(tmp_path):
    """Reading or opening an old file leaves it as it is until something changes."""
    path = tmp_path / "ws.json"
    raw = write_v0(path)

    read_workspace(path)
    Session.open(path)

    assert path.read_bytes() == raw


def test_a_version_0_file_is_saved_as_version_1_on_the_next_change(tmp_path):
    """The first change after loading an old file writes it in the current schema."""
    path = tmp_path / "ws.json"
    write_v0(path)
    session = Session.open(path)

    session.change(lambda ws: with_role(ws, "r2", lambda r: replace(r, summary="Morning shifts")))

    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert "target" not in data
    assert data["target_role"]["goals"] == ["reduce costs", "lead a team of 8"]
    assert all("company" not in r and "growth" not in r for r in data["roles"])
    assert data["roles"][0]["organization"] == "Northwind Logistics"
    assert data["roles"][0]["ratings"] == {"skill_growth": 4, "company_results": 3,
                                           "relevance": 5}
    assert data["roles"][1]["summary"] == "Morning shifts"
    assert_valid_against_schema(path)


def test_an_explicit_version_0_is_migrated_too(tmp_path):
    """schema_version 0 means the prototype's file, the same as no version at all."""
    ws = parse_workspace(json.dumps({**VERSION_0, "schema_version": 0}).encode())

    assert ws.role("r1").organization == "Northwind Logistics"


def test_a_version_2_file_drops_links_to_skills_its_role_lacks_and_version_3_refuses_them(
        tmp_path):
    """Version 2 kits left a result's link behind when 02 renamed or removed its skill: such a
    file loads with those links dropped (the draft never used them) and others kept, the file
    untouched until the next change; the same links in a version 3 file are refused."""
    role = role_dict(skills=[{"name": "scheduling", "before": "novice", "after": "proficient"}],
                     results=[{"statement": "I helped the company to cut overtime",
                               "scope": "team", "enabled_by": ["Scheduling", "old name"]},
                              {"statement": "we cut waste", "scope": "team",
                               "enabled_by": ["forklift"]}])
    data = {**workspace_dict(role), "schema_version": 2}
    path = tmp_path / "ws.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    raw = path.read_bytes()

    ws = read_workspace(path)

    assert [r.enabled_by for r in ws.role("r1").results] == [("Scheduling",), ()]
    assert path.read_bytes() == raw
    with pytest.raises(UnreadableWorkspace) as refused:
        parse_workspace(json.dumps({**data, "schema_version": SCHEMA_VERSION}).encode())
    assert "roles[0].results[0].enabled_by[1]" in str(refused.value)


def test_migrating_does_not_change_its_argument():
    """migrate returns a new dict and leaves the one it was given alone."""
    data = json.loads(json.dumps(VERSION_0))

    migrate(data)

    assert data == VERSION_0


def test_a_current_file_is_not_changed_by_migration():
    """A version-1 file passes through migrate as it is."""
    data = sample_workspace().to_dict()

    assert migrate(data) == data


# --- noticing other writers -----------------------------------------------------------------


def test_the_store_notices_when_another_kernel_wrote_the_file(tmp_path):
    """changed_on_disk is False after our own save and True after someone else's."""
    path = tmp_path / "ws.json"
    mine, theirs = WorkspaceStore(path), WorkspaceStore(path)
    mine.save(sample_workspace())
    assert not mine.changed_on_disk()
    theirs.open()

    theirs.save(Workspace())

    assert mine.changed_on_disk()
    assert mine.reload().to_dict() == Workspace().to_dict()
    assert not mine.changed_on_disk()


def test_reload_gives_none_for_an_unusable_file(tmp_path):
    """Reloading a file that turned unreadable returns None and leaves it be."""
    path = tmp_path / "ws.json"
    store = WorkspaceStore(path)
    store.save(sample_workspace())
    path.write_bytes(b"oops")

    assert store.reload() is None
    assert path.read_bytes() == b"oops"


# --- where the workspace lives --------------------------------------------------------------


def test_the_workspace_variable_chooses_the_file(tmp_path, monkeypatch):
    """WORKSHOP_WORKSPACE, when set, is the workspace's path."""
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(tmp_path / "mine.json"))

    assert default_workspace_path() == tmp_path / "mine.json"


def test_the_default_file_sits_beside_the_notebooks(tmp_path, monkeypatch):
    """Without the variable, the file is in the notebooks' folder, from the repo or a subfolder."""
    monkeypatch.delenv("WORKSHOP_WORKSPACE", raising=False)
    notebooks = tmp_path / "notebooks"
    (notebooks / "facilitator").mkdir(parents=True)
    (notebooks / "00_start_here.ipynb").write_text("{}")

    for cwd in (tmp_path, notebooks, notebooks / "facilitator"):
        monkeypatch.chdir(cwd)
        assert default_workspace_path() == notebooks / DEFAULT_FILENAME


def test_elsewhere_the_default_file_is_in_the_current_folder(tmp_path, monkeypatch):
    """Outside the kit, the workspace file is created in the current folder."""
    monkeypatch.delenv("WORKSHOP_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)

    assert default_workspace_path() == tmp_path / DEFAULT_FILENAME


# --- property tests -------------------------------------------------------------------------

_json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    _json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=5),
    max_leaves=30,
)
_role_like = st.dictionaries(
    st.sampled_from(["id", "title", "company", "organization", "start", "end", "growth",
                     "results", "relevance", "ratings", "skills", "enjoyment"]),
    json_values | st.integers(0, 6) | st.just("2019-11"), max_size=8)
workspace_like = st.dictionaries(
    st.sampled_from(["schema_version", "roles", "target", "target_role", "participant",
                     "answer", "x"]),
    json_values | st.integers(-1, 3) | st.lists(_role_like, max_size=3), max_size=6)


@fuzz
@given(json_values | workspace_like)
def test_any_json_file_gives_a_workspace_or_a_workshop_error(value):
    """parse_workspace of any JSON text returns a workspace or raises the kit's own error."""
    try:
        ws = parse_workspace(json.dumps(value).encode(), file="ws.json")
    except WorkshopError as exc:
        assert exc.file == "ws.json"
        return
    assert isinstance(ws, Workspace)


@fuzz
@given(st.binary(max_size=300))
def test_any_bytes_give_a_workspace_or_a_workshop_error(raw):
    """parse_workspace of arbitrary bytes returns a workspace or raises the kit's own error."""
    try:
        parse_workspace(raw)
    except WorkshopError:
        pass


# --- bugs -------------------------------------------------------------------------------------


def test_a_moderately_deep_file_is_unreadable_not_a_crash(tmp_path):
    """Nesting that json.loads accepts but the kit can't copy is reported as unreadable."""
    path = tmp_path / "ws.json"
    path.write_bytes(b'{"schema_version": 1, "roles": [], "x": ' + b"[" * 500 + b"]" * 500 + b"}")

    with pytest.raises(UnreadableWorkspace):
        read_workspace(path)


def test_an_old_file_whose_roles_are_not_a_list_is_unreadable(tmp_path):
    """A version-0 file with roles as an object is refused like a version-1 one, not emptied."""
    path = tmp_path / "ws.json"
    path.write_bytes(b'{"roles": {"r1": {"title": "Barista"}}}')

    with pytest.raises(UnreadableWorkspace):
        read_workspace(path)


def test_a_file_that_reads_can_also_be_saved(tmp_path):
    """Whatever read_workspace accepts, the store can write back."""
    path = tmp_path / "ws.json"
    path.write_bytes(b'{"schema_version": 1, "roles": [{"id": "r1", "title": "Caf\\ud800"}]}')
    try:
        ws = read_workspace(path)
    except UnreadableWorkspace:
        return  # refusing the file is fine too

    WorkspaceStore(tmp_path / "copy.json").save(ws)


def test_temporary_files_left_by_a_killed_save_are_cleaned_when_the_file_is_opened(tmp_path):
    """A save killed half-way leaves a hidden temporary file; opening the workspace removes it
    once it is old, and never touches a fresh one (another kernel may be writing it)."""
    path = tmp_path / "ws.json"
    WorkspaceStore(path).save(sample_workspace())
    old = tmp_path / ".ws.json.abc123.tmp"
    fresh = tmp_path / ".ws.json.def456.tmp"
    old.write_bytes(b"{half")
    fresh.write_bytes(b"{half")
    os.utime(old, (0, 0))

    WorkspaceStore(path).open()

    assert not old.exists()
    assert fresh.exists()
    assert read_workspace(path).to_dict() == sample_workspace().to_dict()


# --- reading again after a save elsewhere: unchanged roles are found, not rebuilt --------------


def test_a_role_read_again_unchanged_is_the_same_record_and_a_changed_one_is_new(tmp_path):
    """Every open notebook reads the whole file after each save; a role whose JSON text did not
    change is the record read before (frozen, so it can serve both), a changed role is made
    and validated anew, and the workspace read equals one built without the shortcut."""
    data = json.loads(persona_paths()["career_changer"].read_text(encoding="utf-8"))
    first = parse_workspace(json.dumps(data).encode("utf-8"))
    data["roles"][0]["ratings"]["relevance"] = 1 + data["roles"][0]["ratings"]["relevance"] % 5
    second = parse_workspace(json.dumps(data).encode("utf-8"))
    assert second.roles[0] is not first.roles[0]
    assert second.roles[0].ratings.relevance == data["roles"][0]["ratings"]["relevance"]
    assert all(a is b for a, b in zip(first.roles[1:], second.roles[1:], strict=True))
    assert second == Workspace.from_dict(migrate(data))


def test_a_role_equal_in_python_but_not_in_its_text_is_validated_again(tmp_path):
    """``True == 1`` in Python, yet a rating of ``true`` is refused where ``1`` is read: a role
    found again by its text never lets such a file through."""
    data = json.loads(persona_paths()["career_changer"].read_text(encoding="utf-8"))
    data["roles"][0]["ratings"]["relevance"] = 1
    parse_workspace(json.dumps(data).encode("utf-8"))
    data["roles"][0]["ratings"]["relevance"] = True
    with pytest.raises(UnreadableWorkspace, match="whole number from 1 to 5, not True"):
        parse_workspace(json.dumps(data).encode("utf-8"))


def test_migrate_leaves_what_it_was_given_unless_told_it_owns_it():
    """``migrate`` returns a copy (the caller's dict is not changed), except for JSON the store
    has just parsed for it (``owned``), which it returns as it is when already current."""
    data = json.loads(persona_paths()["career_changer"].read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    copied = migrate(data)
    assert copied == data and copied is not data and copied["roles"] is not data["roles"]
    assert migrate(data, owned=True) is data


@fuzz
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
                min_size=1, max_size=4),
       st.sampled_from(["", '\n  "roles": []', '"roles": [', "é\u2028\\", "1.0", "true"]))
def test_a_saved_file_is_json_indented_by_two_spaces_byte_for_byte(titles, odd):
    """``dumps`` writes each role's indented text from the one kept for its compact text (a save
    changes one role); the bytes are still exactly ``json.dumps(data, indent=2)``, whatever the
    texts hold (a text that reads like the roles key, a quote, a backslash, non-ASCII), and
    asked again it gives the same bytes from the texts kept."""
    roles = [role_dict((title + odd).strip() or "Clerk", id=f"r{i}", summary=odd or "s")
             for i, title in enumerate(titles)]
    try:
        ws = Workspace.from_dict(workspace_dict(*roles))
    except WorkshopError:  # a title the model refuses (too long, say): nothing to save
        return
    expected = (json.dumps(ws.to_dict(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    assert workshop.store.dumps(ws) == expected
    assert workshop.store.dumps(ws) == expected


def test_every_persona_saves_as_json_indented_by_two_spaces():
    """Each persona's file bytes are ``json.dumps(data, indent=2)``, and a workspace with no
    roles too."""
    for path in persona_paths().values():
        ws = read_workspace(path)
        assert workshop.store.dumps(ws) == (json.dumps(
            ws.to_dict(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    empty = Workspace()
    assert workshop.store.dumps(empty) == (json.dumps(
        empty.to_dict(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
