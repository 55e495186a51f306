"""Bad files: every one is refused with one line naming the file (and the field, where there is
one), and the file itself is never changed.

Covers ``read_workspace``, ``Session.open`` (which moves an unreadable file aside, bytes
intact), ``workshop report`` and ``workshop share``, and the importers (``import_file``,
``workshop import``).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers_sample import role_dict as role

from workshop.cli import main
from workshop.errors import ImportFormatError, NewerSchemaError, WorkshopError
from workshop.model import SCHEMA_VERSION
from workshop.session import Session
from workshop.store import read_workspace

FIFTY_MB = 50 * 2**20


def ws_bytes(*roles, **top) -> bytes:
    data = {"schema_version": 1, "roles": list(roles) or [role()]}
    data.update(top)
    return json.dumps(data).encode("utf-8")


def _truncated() -> bytes:
    whole = ws_bytes(role(), role(id="r2", title="Barista"))
    return whole[: len(whole) // 2]


# (id, file bytes, the field the message must name, or None for a whole-file problem)
BAD_WORKSPACES = [
    pytest.param(b"", None, id="empty"),
    pytest.param(b"  \n\t\n", None, id="only-whitespace"),
    pytest.param(bytes(range(256)) * 8, None, id="binary"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, None, id="png-image"),
    pytest.param('{"schema_version": 1, "roles": []}'.encode("utf-16"), None, id="utf16"),
    pytest.param(_truncated(), None, id="truncated-json"),
    pytest.param(b'{"schema_version": 1, "roles": [', None, id="cut-after-bracket"),
    pytest.param(b"[1, 2, 3]", None, id="top-level-list"),
    pytest.param(b'"just a string"', None, id="top-level-string"),
    pytest.param(b"null", None, id="top-level-null"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, None, id="nested-too-deep"),
    pytest.param(ws_bytes(roles={"r1": role()}), "roles", id="roles-not-a-list"),
    pytest.param(ws_bytes(role(title=42)), "roles[0].title", id="title-a-number"),
    pytest.param(ws_bytes(role(title="")), "roles[0].title", id="title-empty"),
    pytest.param(ws_bytes(role(ratings=[4, 4, 3])), "roles[0].ratings", id="ratings-a-list"),
    pytest.param(ws_bytes(role(skills="scheduling")), "roles[0].skills", id="skills-not-a-list"),
    pytest.param(ws_bytes(role(skills=[{"name": "x", "before": "guru"}])),
                 "roles[0].skills[0].before", id="level-unknown"),
    pytest.param(ws_bytes(participant=["Ana"]), "participant", id="participant-a-list"),
    pytest.param(ws_bytes(target_role={"title": "Ops", "goals": "cut costs"}),
                 "target_role.goals", id="goals-a-string"),
    pytest.param(ws_bytes(answer="my answer"), "answer", id="answer-a-string"),
    pytest.param(ws_bytes(role(ratings={"skill_growth": 6, "company_results": 4, "relevance": 3})),
                 "roles[0].ratings.skill_growth", id="rating-6"),
    pytest.param(ws_bytes(role(ratings={"skill_growth": 0})), "roles[0].ratings.skill_growth",
                 id="rating-0"),
    pytest.param(ws_bytes(role(ratings={"company_results": -3})),
                 "roles[0].ratings.company_results", id="rating-negative"),
    pytest.param(ws_bytes(role(ratings={"relevance": 3.5})), "roles[0].ratings.relevance",
                 id="rating-3.5"),
    pytest.param(ws_bytes(role(ratings={"relevance": "4"})), "roles[0].ratings.relevance",
                 id="rating-text"),
    pytest.param(ws_bytes(role(ratings={"relevance": True})), "roles[0].ratings.relevance",
                 id="rating-true"),
    pytest.param(ws_bytes(role(enjoyment=9)), "roles[0].enjoyment", id="enjoyment-9"),
    pytest.param(b'{"schema_version": 1, "roles": [{"id": "r1", "title": "X", "ratings": '
                 b'{"skill_growth": NaN}}]}', "roles[0].ratings.skill_growth", id="rating-nan"),
    pytest.param(b'{"schema_version": 1, "roles": [{"id": "r1", "title": "X", "results": '
                 b'[{"statement": "I helped", "value": 1e999}]}]}',
                 "roles[0].results[0].value", id="result-value-infinite"),
    pytest.param(ws_bytes(role(start="2020-05", end="2019-01")), "roles[0].end",
                 id="dates-reversed"),
    pytest.param(ws_bytes(role(start="May 2020")), "roles[0].start", id="date-words"),
    pytest.param(ws_bytes(role(start="2019-13")), "roles[0].start", id="date-month-13"),
    pytest.param(ws_bytes(role(end="19-11")), "roles[0].end", id="date-short-year"),
    pytest.param(ws_bytes(role(start=2019)), "roles[0].start", id="date-a-number"),
    pytest.param(ws_bytes(role(), role(title="Barista")), "roles[1].id", id="duplicate-ids"),
    pytest.param(ws_bytes(role(id=7)), "roles[0].id", id="id-a-number"),
    pytest.param(ws_bytes(*[role(id=f"r{i}") for i in range(201)]), "roles",
                 id="too-many-roles"),
    pytest.param(ws_bytes(role(title="x" * 201)), "roles[0].title", id="title-too-long"),
    pytest.param(ws_bytes(schema_version=SCHEMA_VERSION + 1), "schema_version", id="newer-schema"),
    pytest.param(ws_bytes(schema_version=99), "schema_version", id="much-newer-schema"),
    pytest.param(ws_bytes(schema_version="1"), "schema_version", id="schema-version-text"),
    pytest.param(ws_bytes(schema_version=-1), "schema_version", id="schema-version-negative"),
    pytest.param(b'{"schema_version": ' + b"9" * 5000 + b', "roles": []}', None,
                 id="number-5000-digits"),
    pytest.param(b'{"schema_version": 1, "roles": [{"id": "r1", "title": "X", "results": '
                 b'[{"statement": "I helped", "value": ' + b"9" * 400 + b"}]}]}",
                 "roles[0].results[0].value", id="result-value-400-digits"),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir() if p.is_file()}


def assert_one_line_naming(text: str, path: Path, field: str | None) -> None:
    assert text.strip() and "\n" not in text.strip(), text
    assert "Traceback" not in text
    assert path.name in text, text
    if field is not None:
        assert field in text, text


@pytest.fixture
def huge_file(tmp_path) -> Path:
    """A 50 MB workspace-looking JSON file: a string of 50 MB of spaces."""
    path = tmp_path / "huge.json"
    with open(path, "wb") as fh:
        fh.write(b'{"schema_version": 1, "roles": [], "notes": "')
        chunk = b" " * 2**20
        for _ in range(50):
            fh.write(chunk)
        fh.write(b'"}\n')
    return path


# --- read_workspace -------------------------------------------------------------------------------


@pytest.mark.parametrize("raw,field", BAD_WORKSPACES)
def test_read_workspace_refuses_bad_file(tmp_path, raw, field):
    """A bad workspace file raises a WorkshopError whose one-line message names the file and the
    field, and neither the file nor its folder changes."""
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    before = folder_state(tmp_path)
    with pytest.raises(WorkshopError) as info:
        read_workspace(path)
    assert_one_line_naming(str(info.value), path, field)
    if field is not None:
        assert info.value.field == field
    assert info.value.file == str(path)
    assert folder_state(tmp_path) == before


def test_read_workspace_refuses_a_50_mb_file_quickly(huge_file):
    """A 50 MB file is refused by its size, in well under two seconds, and left untouched."""
    before = digest(huge_file)
    started = time.perf_counter()
    with pytest.raises(WorkshopError) as info:
        read_workspace(huge_file)
    assert time.perf_counter() - started < 2
    assert_one_line_naming(str(info.value), huge_file, None)
    assert "MB" in info.value.message
    assert digest(huge_file) == before


def test_read_workspace_names_a_missing_file(tmp_path):
    """A file that is not there is named in the message, and nothing is created."""
    with pytest.raises(WorkshopError) as info:
        read_workspace(tmp_path / "nope.json")
    assert_one_line_naming(str(info.value), tmp_path / "nope.json", None)
    assert list(tmp_path.iterdir()) == []


def test_a_lone_surrogate_is_refused_or_handled(tmp_path, capsys):
    """Half an emoji (a lone surrogate escape) in a title is either refused on load with the field
    named, or the workspace reports and saves normally: never a crash later."""
    path = tmp_path / "ws.json"
    path.write_bytes(b'{"schema_version": 1, "roles": [{"id": "r1", "title": "Clerk \\ud83d", '
                     b'"ratings": {"skill_growth": 3, "company_results": 3, "relevance": 3}}]}')
    try:
        read_workspace(path)
    except WorkshopError as exc:
        assert_one_line_naming(str(exc), path, "roles[0].title")
        return
    done = run_cli("report", path.name, cwd=tmp_path)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    session = Session.open(path)
    session.change(lambda ws: ws.participant.update(name="Ana"), "name")
    read_workspace(path)


# --- Session.open (what a notebook does) ----------------------------------------------------------


@pytest.mark.parametrize("raw,field", BAD_WORKSPACES)
def test_session_open_keeps_a_bad_file(tmp_path, raw, field):
    """Opening a bad workspace in a notebook never loses or moves it: a newer file is refused in
    place; for any other bad file a new workspace starts beside it, the bad file stays byte for
    byte, and the participant is told where each is."""
    path = tmp_path / "ws.json"
    path.write_bytes(raw)
    original = digest(path)
    try:
        read_workspace(path)
    except NewerSchemaError:
        newer = True
    except WorkshopError:
        newer = False
    if newer:
        with pytest.raises(NewerSchemaError) as info:
            Session.open(path)
        assert_one_line_naming(str(info.value), path, field)
        assert digest(path) == original
        return
    session = Session.open(path)
    assert session.workspace.roles == ()
    assert digest(path) == original
    assert session.path == tmp_path / "ws-new.json"
    assert "'ws.json'" in session.notice and "'ws-new.json'" in session.notice
    assert "\n" not in session.notice and "Traceback" not in session.notice


def test_session_open_leaves_a_50_mb_file_untouched(huge_file):
    """A 50 MB file opened in a notebook is left where it is, unread, and its size is said."""
    original = digest(huge_file)
    started = time.perf_counter()
    session = Session.open(huge_file)
    assert time.perf_counter() - started < 2
    assert digest(huge_file) == original
    assert "MB" in session.notice and huge_file.name in session.notice


# --- workshop report / share ----------------------------------------------------------------------


@pytest.mark.parametrize("raw,field", BAD_WORKSPACES)
def test_cli_report_refuses_bad_file(tmp_path, capsys, raw, field):
    """`workshop report BAD` exits 2 with one stderr line naming file and field; nothing printed
    on stdout, the file unchanged."""
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    before = folder_state(tmp_path)
    assert main(["report", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("workshop: ")
    assert_one_line_naming(captured.err, path, field)
    assert folder_state(tmp_path) == before


@pytest.mark.parametrize("raw,field", BAD_WORKSPACES[:12:3] + BAD_WORKSPACES[20:40:6])
def test_cli_share_refuses_bad_file(tmp_path, capsys, raw, field):
    """`workshop share BAD -o EXPORT` exits 2 with one line and writes no export."""
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    assert main(["share", str(path), "-o", str(tmp_path / "export.json")]) == 2
    assert_one_line_naming(capsys.readouterr().err, path, field)
    assert not (tmp_path / "export.json").exists()


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    return subprocess.run([sys.executable, "-m", "workshop.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


def test_cli_process_prints_one_line_and_exit_2(tmp_path, huge_file):
    """Run as a real process, `workshop report` on an empty, a binary, a 50 MB and a newer file
    exits 2 with exactly one stderr line and no traceback."""
    files = {"empty.json": b"", "binary.json": bytes(range(256)),
             "newer.json": ws_bytes(schema_version=SCHEMA_VERSION + 1)}
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    for name in [*files, huge_file.name]:
        before = digest(tmp_path / name)
        done = run_cli("report", name, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stdout == ""
        assert len(done.stderr.splitlines()) == 1, done.stderr
        assert_one_line_naming(done.stderr, tmp_path / name, None)
        assert digest(tmp_path / name) == before


# --- importers ------------------------------------------------------------------------------------

CSV_HEADER = "Company Name,Title,Description,Location,Started On,Finished On\n"

BAD_IMPORTS = [
    pytest.param("resume.json", b"", None, id="json-empty"),
    pytest.param("Positions.csv", b"", None, id="csv-empty"),
    pytest.param("resume.json", bytes(range(256)) * 4, None, id="json-binary"),
    pytest.param("Positions.csv", b"PK\x03\x04" + b"\x00" * 40, None, id="csv-zip"),
    # UTF-16 and Latin-1 CSV files are read since issue 11 (tests/test_importers_shapes.py).
    pytest.param("resume.json", b'{"work": [{"position": "Clerk", "name": "Ac', None,
                 id="json-truncated"),
    pytest.param("resume.json", b"[" * 100_000, None, id="json-nested-too-deep"),
    pytest.param("resume.json", b'{"work": [{"position": "x", "n": ' + b"9" * 5000 + b"}]}",
                 None, id="json-5000-digit-number"),
    pytest.param("resume.json", b"[]", None, id="json-a-list"),
    pytest.param("resume.json", json.dumps({"work": {"position": "x"}}).encode(), "work",
                 id="json-work-an-object"),
    pytest.param("resume.json", json.dumps({"work": []}).encode(), "work", id="json-work-empty"),
    pytest.param("resume.json", json.dumps({"work": [{"position": 5}]}).encode(),
                 "work[0].position", id="json-position-a-number"),
    pytest.param("resume.json", json.dumps({"work": [{"name": "Acme"}]}).encode(),
                 "work[0].position", id="json-no-position"),
    pytest.param("resume.json", json.dumps({"work": [{"position": "x",
                                                       "highlights": "cut"}]}).encode(),
                 "work[0].highlights", id="json-highlights-a-string"),
    pytest.param("resume.json", json.dumps({"work": [{"position": "x", "startDate": "2020-05",
                                                       "endDate": "2019-01"}]}).encode(),
                 "work[0].endDate", id="json-dates-reversed"),
    pytest.param("resume.json", json.dumps({"work": [{"position": "x",
                                                       "startDate": "soon"}]}).encode(),
                 "work[0].startDate", id="json-date-unparseable"),
    pytest.param("resume.json", json.dumps({"basics": "Ana", "work": [{"position": "x"}]}).encode(),
                 "basics", id="json-basics-a-string"),
    pytest.param("resume.json", json.dumps({"work": [{"position": "x" * 300}]}).encode(),
                 "work[0].position", id="json-title-too-long"),
    pytest.param("resume.json", json.dumps({"work": [{"position": "x"}] * 201}).encode(),
                 "work", id="json-too-many-jobs"),
    pytest.param("resume.json", json.dumps({"schema_version": 1, "roles": []}).encode(), "work",
                 id="json-a-workspace-file"),
    pytest.param("Positions.csv", b"a,b,c\n1,2,3\n", "Company Name", id="csv-wrong-header"),
    pytest.param("Positions.csv", (CSV_HEADER).encode(), None, id="csv-header-only"),
    pytest.param("Positions.csv", (CSV_HEADER + ",,,,Nov 2020,\n").encode(), "Title",
                 id="csv-no-title"),
    pytest.param("Positions.csv", (CSV_HEADER + "Acme,Clerk,,,Nov 2020,Jan 2019\n").encode(),
                 "Finished On", id="csv-dates-reversed"),
    pytest.param("Positions.csv", (CSV_HEADER + "Acme,Clerk,,,Smarch 2020,\n").encode(),
                 "Started On", id="csv-date-unparseable"),
    pytest.param("Positions.csv", (CSV_HEADER + 'Acme,Clerk,"never closed,,Nov 2020,\n').encode(),
                 None, id="csv-unclosed-quote"),
    pytest.param("resume.txt", b"hello", None, id="wrong-extension"),
]


@pytest.mark.parametrize("name,raw,field", BAD_IMPORTS)
def test_import_refuses_bad_file(tmp_path, name, raw, field):
    """A file that can't be imported raises an ImportFormatError: one line naming the file (and
    the field where there is one); the file is not changed."""
    from workshop.importers import import_file

    path = tmp_path / name
    path.write_bytes(raw)
    before = folder_state(tmp_path)
    with pytest.raises(ImportFormatError) as info:
        import_file(path)
    assert_one_line_naming(str(info.value), path, field)
    assert folder_state(tmp_path) == before


@pytest.mark.parametrize("name,raw,field", BAD_IMPORTS)
def test_import_bytes_refuses_bad_upload(name, raw, field):
    """An uploaded file (bytes from the widget) that can't be imported raises an
    ImportFormatError naming the uploaded file, in one line."""
    importers = pytest.importorskip("workshop.importers")
    with pytest.raises(ImportFormatError) as info:
        importers.import_bytes_with_report(name, raw)
    text = str(info.value)
    assert "\n" not in text and name in text
    if field is not None:
        assert field in text


def test_import_refuses_a_50_mb_file_quickly(tmp_path):
    """A 50 MB Positions.csv is refused by its size in under two seconds, untouched."""
    from workshop.importers import import_file

    path = tmp_path / "Positions.csv"
    with open(path, "wb") as fh:
        fh.write(CSV_HEADER.encode())
        fh.truncate(FIFTY_MB)  # sparse: the size is what the importer must look at first
    before = digest(path)
    started = time.perf_counter()
    with pytest.raises(ImportFormatError) as info:
        import_file(path)
    assert time.perf_counter() - started < 2
    assert_one_line_naming(str(info.value), path, None)
    assert digest(path) == before


@pytest.mark.parametrize("name,raw,field", BAD_IMPORTS[::3])
def test_cli_import_refuses_bad_file(tmp_path, capsys, name, raw, field):
    """`workshop import BAD -o WS` exits 2 with one stderr line and creates no workspace."""
    path = tmp_path / name
    path.write_bytes(raw)
    before = digest(path)
    assert main(["import", str(path), "-o", str(tmp_path / "ws.json")]) == 2
    captured = capsys.readouterr()
    assert_one_line_naming(captured.err, path, field)
    assert not (tmp_path / "ws.json").exists()
    assert digest(path) == before
