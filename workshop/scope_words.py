"""Who felt a result, in the participant's own word ("the ward", "night crew", "our clients"),
placed as one of the four kinds by a list a facilitator can edit (``data/scope_words.json``).

The record keeps the word as typed (``Result.scope_said``, ``workshop.typed_entries``); here it
is read as team, department, company or customers (``scope_of``) for the draft's order of
results and the anonymised export, and said by the draft as typed (``scope_spoken``: "I helped
the ward reach ..."). A word the list does not place is kept and not scored as a scope; the
report says so (``entry_notes``, with the other entries read as typed: a level read from a
slip, a figure kept with its hedge). The list is read per data folder, so a word a facilitator
adds is placed at once, in files saved before too.
"""

from __future__ import annotations

import re

from .model import Result, Workspace
from .resources import load_json, per_data_folder
from .typed_entries import KINDS

__all__ = ["SCOPE_FILE", "scope_kind", "scope_of", "scope_spoken", "entry_notes"]

SCOPE_FILE = "scope_words.json"

# the words before a scope's noun that say whose or how much of it, not what it is
_LEADS = frozenset({"the", "our", "my", "their", "his", "her", "a", "an", "whole", "entire",
                    "all", "every", "of", "its", "this", "that", "wider", "local", "own"})
_SAID_LEADS = frozenset({"the", "our", "my", "their", "his", "her", "its", "this", "that",
                         "every", "all"})


@per_data_folder
def _scope_table() -> dict[str, str]:
    """Each listed word (lower case) -> its kind, from ``data/scope_words.json``."""
    data = load_json(SCOPE_FILE)
    kinds = data.get("kinds", {}) if isinstance(data, dict) else {}
    table: dict[str, str] = {}
    for kind in KINDS:
        for word in kinds.get(kind, []) if isinstance(kinds, dict) else []:
            if isinstance(word, str) and word.strip():
                table.setdefault(" ".join(word.lower().split()), kind)
    return table


def _forms(words: str) -> list[str]:
    """``words`` and its singular forms, as a list of the table could hold them."""
    out = [words]
    if words.endswith("ies"):
        out.append(words[:-3] + "y")
    if words.endswith("es"):
        out.append(words[:-2])
    if words.endswith("s") and not words.endswith("ss"):
        out.append(words[:-1])
    return out


def scope_kind(word: str) -> str:
    """The kind (``team``, ``department``, ``company``, ``customers``) a scope word is read
    as, or "" for a word the list does not place: the whole words first, then its last word
    ("the night shift" -> team, "bootcamp students" -> customers)."""
    words = [w for w in re.findall(r"[\w'-]+", (word or "").lower())]
    while words and words[0] in _LEADS:
        words = words[1:]
    while len(words) > 1 and any(c.isdigit() for c in words[-1]):
        words = words[:-1]  # "bay 4", "floor 3", "ward 7b": the bay, the floor, the ward
    if not words:
        return ""
    table = _scope_table()
    for tried in (" ".join(words), words[-1]):
        for form in _forms(tried):
            if form in KINDS:
                return form
            if form in table:
                return table[form]
    return ""


def scope_spoken(said: str) -> str:
    """A scope word as the draft says it after "I helped": "the ward", "our clients" as
    typed, "the bootcamp students"."""
    said = " ".join(said.split())
    first = said.split()[0].lower() if said else ""
    return said if first in _SAID_LEADS else f"the {said}"


def scope_of(result: Result) -> str:
    """The kind of who felt ``result``: its own ``scope`` where it has one (the participant's
    pick), else its word placed by the list, else "" (not scored as a scope)."""
    return result.scope or scope_kind(result.scope_said)


def entry_notes(workspace: Workspace) -> list[str]:
    """One line per entry read in a way the participant may want to check: a scope word the
    list does not place, a level read from a slip, a figure read with its hedge."""
    notes = []
    for role in workspace.roles:
        where = f"role '{role.title[:60]}'"
        notes.extend(f"{where}: {n}" for n in role.read_notes)
        for i, result in enumerate(role.results):
            if result.scope_said and not scope_of(result):
                notes.append(
                    f"{where}, result {i + 1}: the scope '{result.scope_said}' is kept as you "
                    "typed it, but the kit doesn't know whether it is a team, a department, "
                    "the company or customers, so it is not scored as a scope. Pick one beside "
                    "it in notebook 03, or a facilitator can add the word to "
                    f"data/{SCOPE_FILE}.")
            notes.extend(f"{where}, result {i + 1}: {n}" for n in result.read_notes)
        for i, skill in enumerate(role.skills):
            notes.extend(f"{where}, skill {i + 1} ({skill.name[:40]}): {n}"
                         for n in skill.read_notes)
    return notes
