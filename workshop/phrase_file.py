"""``data/phrases.json`` read strictly: every key is one the check reads, and each holds what it
must (a list of patterns, a table of words, a text). A facilitator edits this file; a key
misspelt ("skil_growth") or of the wrong type (a pattern where a list belongs, a number in a
list) is said in one line naming the file and the key, never left out in silence and never a
traceback. ``workshop/check_rules.py`` reads the file through ``read_phrases``; the format is in
``data/README.md``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import ValidationError
from .resources import data_dir, load_json

__all__ = ["PHRASES_FILE", "read_phrases"]

PHRASES_FILE = "phrases.json"

# The keys beside the check's lists of patterns (``check_rules._LISTS``, passed in), by shape.
_PATTERN_LISTS = ("optional_words", "clause_breaks", "complaint_needs_target",
                  "complaint_targets", "pitfall_exceptions", "pitfall_value_after",
                  "pitfall_set_aside", "pitfall_contrast", "pitfall_concession",
                  "pitfall_answered", "goal_verbs", "goal_acts", "stopwords")
_NAMED_LISTS = ("classes", "pitfalls", "goal_kinds", "goal_outcomes")  # a name -> a list
_TEXTS = ("pitfall_labels", "suggestions")  # a name -> a text
# The tables whose own keys are the check's, each a list of patterns or words.
_FIXED = {
    "scope": ("negation", "not_negation", "irrealis", "nominal_negation", "past_modal",
              "past_anchor", "retro_anchor", "not_irrealis"),
    "specific": ("empty_words", "duty_verbs", "later_places", "change_words", "speaker_words",
                 "served_people", "other_people", "help_without_outcome", "contribution_words",
                 "people_doings", "own_needs",
                 "generic_outcomes", "unmeasured_outcomes", "result_hedges", "past_as_base"),
}
_SHAPES = {
    "list": "a list of patterns (each a text, not empty)",
    "irregular": "an object from a word to its dictionary form (\"grew\": \"grow\")",
    "named": "an object from a name to a list of patterns",
    "texts": "an object from a name to a text",
    "groups": "a list of groups of words (each a list of texts)",
    "text": "a text",
}


def read_phrases(lists: Iterable[str]) -> dict:
    """The contents of ``data/phrases.json`` (a facilitator's ``WORKSHOP_DATA`` copy first),
    checked: ``lists`` are the names of the check's lists of patterns. Raises
    ``ValidationError`` naming the file and the key for the first key that is unknown or of
    the wrong shape."""
    path = str(data_dir() / PHRASES_FILE)
    data = load_json(PHRASES_FILE)
    problem = _problem(data, tuple(lists))
    if problem is not None:
        key, message = problem
        raise ValidationError(f"{message} data/README.md says what each key of the phrase "
                              "lists holds.", file=path, field=key or None)
    return data


def _shapes(lists: tuple[str, ...]) -> dict[str, str]:
    """Each key the file may hold -> its shape (a key of ``_SHAPES``, or a fixed table's)."""
    shapes = {"about": "text", "irregular": "irregular", "goal_synonyms": "groups"}
    shapes.update({k: "list" for k in _PATTERN_LISTS + lists})
    shapes.update({k: "named" for k in _NAMED_LISTS})
    shapes.update({k: "texts" for k in _TEXTS})
    shapes.update({k: "fixed" for k in _FIXED})
    return shapes


def _problem(data: object, lists: tuple[str, ...]) -> tuple[str, str] | None:
    """(key, what is wrong) for the first key that is unknown or of the wrong shape."""
    if not isinstance(data, dict):
        return "", "the file must hold one JSON object (keys such as \"skill_growth\")."
    shapes = _shapes(lists)
    for key, value in data.items():
        shape = shapes.get(key)
        if shape is None:
            return key, (f"'{key}' is not a key the check reads (a misspelling?); the keys "
                         f"are: {', '.join(sorted(shapes))}.")
        problem = _fixed(key, value) if shape == "fixed" else _fits(key, value, shape)
        if problem is not None:
            return problem
    return None


def _fixed(key: str, value: object) -> tuple[str, str] | None:
    """A table whose keys are the check's own (``scope``, ``specific``)."""
    known = _FIXED[key]
    if not isinstance(value, dict):
        return key, f"it must be an object with the lists {', '.join(known)}."
    for name, entries in value.items():
        if name == "about":
            problem = _fits(f"{key}.about", entries, "text")
        elif name not in known:
            return f"{key}.{name}", (f"'{name}' is not a list the check reads under '{key}' "
                                     f"(a misspelling?); the lists are: {', '.join(known)}.")
        else:
            problem = _fits(f"{key}.{name}", entries, "list")
        if problem is not None:
            return problem
    return None


def _fits(key: str, value: object, shape: str) -> tuple[str, str] | None:
    """(key, what is wrong) when ``value`` is not of ``shape``, else None; an entry of a list
    or a table is named by its key ("pitfalls.fun", "skill_growth[3]")."""
    said = (key, f"it must be {_SHAPES[shape]}.")
    if shape == "text":
        return None if isinstance(value, str) else said
    if shape in ("list", "groups"):
        return _list_problem(key, value, shape) if isinstance(value, list) else said
    if not isinstance(value, dict):
        return said
    inner = "list" if shape == "named" else "text"
    for name, entry in value.items():
        problem = _fits(f"{key}.{name}", entry, inner)
        if problem is not None:
            return problem
    return None


def _list_problem(key: str, value: list, shape: str) -> tuple[str, str] | None:
    """A list of patterns (``list``) or of groups of words (``groups``), entry by entry."""
    for i, entry in enumerate(value):
        if shape == "groups":
            problem = _fits(f"{key}[{i}]", entry, "list")
            if problem is not None:
                return problem
        elif not isinstance(entry, str) or not entry.strip():
            return f"{key}[{i}]", f"each entry must be a pattern (a text, not empty), not " \
                                  f"{_shown(entry)}."
    return None


def _shown(value: object) -> str:
    """A value as a message shows it: its JSON kind, and a short text as it is."""
    if isinstance(value, str):
        return "an empty text"
    kind = {bool: "true or false", int: "a number", float: "a number", list: "a list",
            dict: "an object", type(None): "null"}
    return kind.get(type(value), "a value of another kind")
