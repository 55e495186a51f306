"""Privacy: the anonymised class export carries no name, organisation, title, free text or date,
and nothing in the kit opens a network connection at run time.

The export check reads every key and value of the exports of every sample persona and of a
hostile one. A new field in the export fails ``test_export_fields_are_all_known`` on purpose:
whoever adds it must say here why it can't identify anyone.

The network checks run the CLI and a notebook in subprocesses whose ``sitecustomize`` (see
``helpers_netguard.py``) refuses and records every connection that is not loopback.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import helpers_hostile as H
import helpers_netguard
import pytest

from workshop.check import CODES
from workshop.fileio import write_file
from workshop.model import LEVELS, SCOPES, Workspace
from workshop.resources import data_dir, load_json, persona_paths
from workshop.share import EXPORT_KIND, export_dict, write_export
from workshop.skills import skill_names
from workshop.store import dumps, read_workspace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NOTEBOOK = ROOT / "notebooks" / "04_find_your_strongest_role.ipynb"

# --- what an export may say ---------------------------------------------------------------------

#: Every key an export may hold; a number may only sit under the keys of ``NUMBER_KEYS``.
EXPORT_KEYS = {
    "kind", "export_version", "export_id", "goal_count", "role_count", "ranked_count", "roles",
    "rank", "score", "ratings", "skill_growth", "company_results", "relevance", "enjoyment",
    "skills", "skill", "before", "after", "levels_grown", "used_later", "results", "quantified",
    "scope", "strongest_is_most_enjoyed", "strongest_has_quantified_result",
    "strongest_has_used_later", "answer", "source",
    "words", "seconds", "passed", "findings", "pitfall_categories", *CODES,
}
NUMBER_KEYS = {"export_version", "goal_count", "role_count", "ranked_count", "rank", "score",
               "skill_growth", "company_results", "relevance", "enjoyment", "levels_grown",
               "words", "seconds"}
SOURCES = {"participant", "draft", "none"}
HEX_ID = re.compile(r"[0-9a-f]{32}")


def kit_words() -> set[str]:
    """The strings an export may carry: all from the kit's own lists, none typed by anyone."""
    vocabulary = skill_names()
    pitfalls = load_json("phrases.json")["pitfalls"]
    return {EXPORT_KIND, *LEVELS, *SCOPES, *vocabulary, "other", *CODES, *pitfalls, *SOURCES}


def walk_export(value, path="export"):
    """(path, key or None, value) for every key and leaf of an export, recursively."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield path, "key", k
            yield from walk_export(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk_export(v, f"{path}[{i}]")
    else:
        yield path, "value", value


def workspaces() -> list:
    """Every sample persona, the hostile persona, and a persona with identifying skill names."""
    out = [pytest.param(path, id=name) for name, path in persona_paths().items()]
    out.append(pytest.param("hostile", id="hostile"))
    out.append(pytest.param("revealing", id="revealing-skills"))
    return out


def load(which) -> Workspace:
    if which == "hostile":
        return H.hostile_workspace()
    if which == "revealing":
        data = json.loads(dumps(read_workspace(next(iter(persona_paths().values())))))
        for role in data["roles"]:
            role["skills"] = [
                {"name": "Excel", "before": "novice", "after": "expert", "used_later": "x"},
                {"name": f"running {role['organization'] or 'the'} payroll on 2019-11-03",
                 "before": "novice", "after": "competent", "used_later": ""},
                {"name": "Priya Sharma's onboarding system", "before": "novice",
                 "after": "competent", "used_later": ""}]
        return Workspace.from_dict(data)
    return read_workspace(which)


def test_there_are_personas_to_check():
    """The sample personas have landed, so the export checks below cover them."""
    assert len(persona_paths()) >= 4


@pytest.mark.parametrize("which", workspaces())
def test_export_fields_are_all_known(which):
    """Every key of the export is one this test knows, and numbers sit only under count, rating,
    score and length keys (so no year, phone number or salary can ride along)."""
    export = export_dict(load(which))
    for path, kind, item in walk_export(export):
        if kind == "key":
            assert item in EXPORT_KEYS, f"{path}: unknown key {item!r}"
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int | float):
            key = path.rsplit(".", 1)[-1]
            assert key in NUMBER_KEYS, f"{path}: a number under {key!r}"
            assert 0 <= item <= 100 or key in ("words", "seconds"), f"{path}: {item}"


@pytest.mark.parametrize("which", workspaces())
def test_export_strings_are_all_kit_words(which):
    """Every string in the export is a kit word (kind, level, scope, vocabulary skill or "other",
    finding code, pitfall category, answer source) or the random hex export id."""
    allowed = kit_words()
    for path, kind, item in walk_export(export_dict(load(which))):
        if kind == "value" and isinstance(item, str):
            if path.endswith(".export_id"):
                assert HEX_ID.fullmatch(item), f"{path}: {item!r}"
            else:
                assert item in allowed, f"{path}: {item!r} is not from the kit's lists"


@pytest.mark.parametrize("which", workspaces())
def test_export_holds_no_participant_text(which):
    """No key or value of the export equals or contains anything the participant typed (names,
    organisations, titles, summaries, statements, goals, answers, dates, ids), unless that text
    is itself one of the kit's words (a skill typed as "scheduling" is shared as "scheduling")."""
    ws = load(which)
    allowed = kit_words() | EXPORT_KEYS
    typed = {t for t in H.participant_strings(ws) if len(t) >= 3 and t not in allowed}
    export = export_dict(ws)
    strings = [(path, item) for path, _kind, item in walk_export(export)
               if isinstance(item, str) and not path.endswith(".export_id")]
    for path, item in strings:
        for text in typed:
            assert text not in item, f"{path}: {item!r} holds the participant's {text!r}"
    # the random id is left out: its hex digits can hold a typed year ("2016") by chance
    rest = {key: value for key, value in export.items() if key != "export_id"}
    raw = json.dumps(rest, ensure_ascii=False).casefold()
    for text in typed:
        if len(text) >= 5 and not any(text.casefold() in word for word in allowed):
            assert text.casefold() not in raw, f"{text!r} appears in the export"
    for role in ws.roles:  # dates, in any of the forms they were typed
        for date in filter(None, (role.start, role.end)):
            assert date not in raw


def test_export_id_is_random_not_derived():
    """Two exports of the same workspace get different ids: the id can't be traced back."""
    ws = H.hostile_workspace()
    assert export_dict(ws)["export_id"] != export_dict(ws)["export_id"]


def test_written_export_is_the_same_anonymous_object(tmp_path):
    """The file written by `write_export` (and `workshop share`) holds only kit words, no
    participant text; the workspace file beside it is not touched."""
    from workshop.cli import main

    ws_path = tmp_path / "ws.json"
    write_file(ws_path, dumps(H.hostile_workspace()))
    before = ws_path.read_bytes()
    path = write_export(read_workspace(ws_path), tmp_path / "folder")
    assert main(["share", str(ws_path), "-o", str(tmp_path / "cli.json")]) == 0
    typed = [t for t in H.participant_strings(H.hostile_workspace()) if len(t) >= 5]
    allowed = kit_words()
    for written in (path, tmp_path / "cli.json"):
        data = json.loads(written.read_text(encoding="utf-8"))
        strings = [v for p, k, v in walk_export(data)
                   if k == "value" and isinstance(v, str) and not p.endswith(".export_id")]
        assert set(strings) <= allowed
        text = written.read_text(encoding="utf-8")
        assert not any(t in text for t in typed if t not in allowed)
    assert ws_path.read_bytes() == before


# --- no network ---------------------------------------------------------------------------------


@pytest.fixture
def offline(tmp_path) -> dict:
    """An environment whose Python processes refuse (and log) every non-loopback connection."""
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(helpers_netguard.SITECUSTOMIZE)
    log = tmp_path / "network-attempts.log"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(guard), str(HERE),
                                                    env.get("PYTHONPATH", "")) if p)
    env[helpers_netguard.LOG_ENV] = str(log)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env.pop("MPLBACKEND", None)
    return {"env": env, "log": log, "dir": tmp_path}


def attempts(offline) -> list[str]:
    log = offline["log"]
    return log.read_text().splitlines() if log.exists() else []


def run(offline, *args, timeout=120, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], env=offline["env"], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd or offline["dir"])


def test_the_guard_refuses_and_records_outbound_connections(offline):
    """Under the guard, a connection to a public address and a DNS lookup are refused and
    logged, while loopback still works (so the test below would see any attempt)."""
    script = textwrap.dedent("""
        import socket, urllib.request
        assert getattr(socket, "_workshop_guarded", False)
        server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(1)
        socket.create_connection(server.getsockname(), timeout=2).close()
        for attempt in (
            lambda: socket.create_connection(("203.0.113.7", 80), timeout=1),
            lambda: socket.getaddrinfo("example.com", 443),
            lambda: urllib.request.urlopen("http://example.com/", timeout=1),
            lambda: socket.socket(socket.AF_INET6).connect(("2001:db8::1", 80)),
            lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("8.8.8.8", 53)),
        ):
            try:
                attempt()
            except OSError:
                pass
            else:
                raise SystemExit("not blocked")
        print("guarded")
    """)
    done = run(offline, "-c", script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "guarded"
    logged = attempts(offline)
    assert len(logged) >= 5
    assert not any("127.0.0.1" in line for line in logged)


def test_cli_runs_with_the_network_blocked(offline):
    """`workshop report`, `check`, `share`, `import` and `class` all succeed with every outbound
    connection blocked, and none of them even tries one."""
    tmp = offline["dir"]
    persona = next(iter(persona_paths().values()))
    shutil.copyfile(persona, tmp / "ws.json")
    (tmp / "answer.txt").write_text(read_workspace(persona).answer.text or
                                    "I grew my scheduling skills and I helped the company to cut "
                                    "overtime by 18%.", encoding="utf-8")
    exports = tmp / "exports"
    samples = data_dir() / "samples"
    commands = [
        ["report", "ws.json"],
        ["report", "ws.json", "--format", "html", "-o", "card.html"],
        ["report", "ws.json", "--format", "json"],
        ["check", "answer.txt", "--goals", "reduce costs; lead a team"],
        ["share", "ws.json", "-o", str(exports)],
        ["import", str(samples / "json_resume.json"), "-o", "from_resume.json"],
        ["import", str(samples / "Positions.csv"), "-o", "from_linkedin.json"],
        ["class", str(exports), "--format", "json"],
    ]
    for command in commands:
        done = run(offline, "-m", "workshop.cli", *command)
        assert done.returncode == 0, f"{command}: {done.stderr}"
    assert attempts(offline) == []
    assert json.loads(done.stdout)["participants"] == 1


def test_a_notebook_runs_with_the_network_blocked(offline):
    """Notebook 04 runs top to bottom in a guarded kernel (nbclient) with no outbound
    connection attempted; loopback to the kernel is allowed."""
    if not NOTEBOOK.exists():
        pytest.skip(f"{NOTEBOOK.name} has not landed yet")
    pytest.importorskip("nbclient")
    tmp = offline["dir"]
    persona = next(iter(persona_paths().values()))
    shutil.copyfile(persona, tmp / "ws.json")
    offline["env"]["WORKSHOP_WORKSPACE"] = str(tmp / "ws.json")
    out = tmp / "ran.ipynb"
    script = textwrap.dedent(f"""
        import nbformat
        from nbclient import NotebookClient
        nb = nbformat.read({str(NOTEBOOK)!r}, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(
            "import socket; print('kernel guarded:', getattr(socket, '_workshop_guarded', False))"))
        NotebookClient(nb, timeout=120, kernel_name="python3",
                       resources={{"metadata": {{"path": {str(NOTEBOOK.parent)!r}}}}}).execute()
        nbformat.write(nb, {str(out)!r})
    """)
    done = run(offline, "-c", script, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    nb = json.loads(out.read_text())
    errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert errors == []
    texts = [o.get("text", "") for o in nb["cells"][-1]["outputs"]]
    last = "".join("".join(t) if isinstance(t, list) else t for t in texts)
    assert "kernel guarded: True" in last
    assert attempts(offline) == []


def test_this_machine_has_a_loopback():
    """Sanity: loopback sockets work here (the guard relies on telling them apart)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        assert helpers_netguard._is_loopback_host(server.getsockname()[0])
    assert not helpers_netguard._is_loopback_host("example.com")
    assert helpers_netguard._is_loopback_host("::1")
