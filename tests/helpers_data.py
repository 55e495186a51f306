"""A facilitator's edit of one of the check's data files, for tests: the edited copy and the
kit's other data file the check reads with it, in a folder of the test's own that
``WORKSHOP_DATA`` points at, and the edits themselves (a key set, dropped or renamed)."""

from __future__ import annotations

import json

from workshop.resources import load_json

# the data files the answer check reads from WORKSHOP_DATA together
CHECK_FILES = ("phrases.json", "numbers_vocabulary.json", "goal_meanings.json",
               "goal_measures.json", "skill_vocabulary.json", "tense.json")


def own_data(tmp_path, monkeypatch, name: str, edit) -> None:
    """``name`` (one of ``CHECK_FILES``, or another data file read alone) edited by ``edit``,
    the others as the kit ships them, in ``tmp_path``, which ``WORKSHOP_DATA`` then names."""
    for file in dict.fromkeys((*CHECK_FILES, name)):
        data = json.loads(json.dumps(load_json(file)))  # a copy to edit
        if file == name:
            edit(data)
        (tmp_path / file).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(tmp_path))


def set_at(path, value):
    """An edit that sets the value at ``path`` (keys, outermost first)."""
    def edit(d):
        *parents, last = path
        for p in parents:
            d = d[p]
        d[last] = value
    return edit


def drop(key):
    """An edit that removes a top-level key."""
    def edit(d):
        del d[key]
    return edit


def rename(key, new):
    """An edit that renames a top-level key."""
    def edit(d):
        d[new] = d.pop(key)
    return edit
