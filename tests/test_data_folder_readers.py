"""Every cached reader of the data files is kept per data folder (issue 21, check35): a kernel
pointed at a facilitator's edited data folder (``WORKSHOP_DATA``) reads that folder's lists, not
the ones it read first, without a restart."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

from workshop import resources

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "workshop"
# names whose call in a cached function's body means it reads the data files
DATA_CALLS = {"load_json", "data_file", "data_dir", "read_phrases", "value_data", "_data",
              "read_data_json", "_vocabulary", "_set", "_words", "_tense"}


def _copy_of_data(tmp_path: Path) -> Path:
    folder = tmp_path / "facilitator_data"
    shutil.copytree(resources.data_dir(), folder)
    return folder


def _edit(folder: Path, name: str, change) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_verb_added_in_the_facilitators_folder_is_known_at_once(tmp_path, monkeypatch):
    from workshop import verbs

    assert verbs.past_of_present("glorps") == ""  # read from the kit's folder first
    folder = _copy_of_data(tmp_path)
    _edit(folder, "tense.json", lambda d: d["present_past"].update({"glorps": "glorped"}))
    monkeypatch.setenv("WORKSHOP_DATA", str(folder))
    assert verbs.past_of_present("glorps") == "glorped"
    monkeypatch.delenv("WORKSHOP_DATA")
    assert verbs.past_of_present("glorps") == ""  # back on the kit's folder, its own list


def test_a_value_word_edited_in_a_copy_is_seen_without_a_restart(tmp_path, monkeypatch):
    from workshop import reason_short

    said = "What counted most of all for me was the night class."
    assert not reason_short.marks().search(said)
    folder = _copy_of_data(tmp_path)
    _edit(folder, "personal_value.json",
          lambda d: d["reason_marks"].append("what counted most of all for me"))
    monkeypatch.setenv("WORKSHOP_DATA", str(folder))
    assert reason_short.marks().search(said)


def test_the_same_folder_by_another_spelling_is_one_folder(tmp_path, monkeypatch):
    folder = _copy_of_data(tmp_path)
    monkeypatch.setenv("WORKSHOP_DATA", str(folder))
    first = resources.data_key()
    monkeypatch.setenv("WORKSHOP_DATA", str(folder) + "/./")
    assert resources.data_key() == first == str(folder.resolve())


def _cached_readers() -> list[str]:
    """``module.function`` for every function in the package cached by ``functools.cache`` or
    ``lru_cache`` (not per data folder) whose body calls a reader of the data files."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            plain = [d for d in node.decorator_list
                     if "cache" in ast.unparse(d) and "per_data_folder" not in ast.unparse(d)]
            if not plain:
                continue
            calls = {ast.unparse(c.func).rsplit(".", 1)[-1] for c in ast.walk(node)
                     if isinstance(c, ast.Call)}
            keyed = {a.arg for a in node.args.args} & {"path", "setting"}  # by the file or folder
            if calls & DATA_CALLS and not keyed:
                found.append(f"{path.relative_to(ROOT)}:{node.name}")
    return found


def test_no_reader_of_the_data_files_is_cached_once_per_process():
    assert _cached_readers() == []


def test_a_reminder_word_added_in_a_copy_is_left_out_of_the_draft(tmp_path, monkeypatch):
    """The words of a note a participant typed to themselves are data (``typed.json``,
    ``to_self``): a facilitator's folder adds one, and the draft leaves it out (issue 20)."""
    from workshop.typed import coach_dropped

    typed = "I ran the depot on Sundays. Flesh this out."
    assert coach_dropped(typed) == typed
    folder = _copy_of_data(tmp_path)
    _edit(folder, "typed.json", lambda d: d["to_self"]["later"].append("flesh this out"))
    monkeypatch.setenv("WORKSHOP_DATA", str(folder))
    assert coach_dropped(typed) == "I ran the depot on Sundays."
