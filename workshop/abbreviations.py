"""Abbreviations whose full stop ends no sentence: one list, ``data/abbreviations.json``, for
the answer check's reading (``workshop/reading.py``: "costs dropped ca. 22%" stays one
sentence) and the importers (``workshop/importers/text.py``: "Acme Inc. Then ..." stays one).

A listed abbreviation, or a single letter (an initial: "J. Smith"), followed by its full stop
ends an abbreviation when the word starts after a space, a mark or the start of the text
("approx.", "(ca." and the "m." of "a.m." do; "best." does not). A title ("Dr.", "Mrs.",
"St.") or an initial stands before a name, so its full stop ends no sentence even before a
capital (``ends_before_name``). Each reader keeps its own rule of where a sentence may end at
all; each asks here whether a full stop is an abbreviation's.
"""

from __future__ import annotations

import functools
import re

from .errors import ValidationError
from .resources import data_dir, load_json

__all__ = ["ABBREVIATIONS_FILE", "abbreviations", "ends_before_name", "ends_in_abbreviation",
           "split_sentences"]

ABBREVIATIONS_FILE = "abbreviations.json"


@functools.lru_cache(maxsize=8)
def _compiled(path: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    data = load_json(ABBREVIATIONS_FILE)
    lists = {key: data.get(key, default) if isinstance(data, dict) else None
             for key, default in (("abbreviations", None), ("titles", []))}  # titles: optional
    for key, words in lists.items():
        if not (isinstance(words, list) and (words or key == "titles") and all(
                isinstance(w, str) and w.strip() and not any(c.isspace() for c in w)
                for w in words)):
            raise ValidationError("it must be a list of abbreviations, each one word without "
                                  "its final full stop (\"approx\", \"e.g\", \"dr\"); "
                                  "data/README.md says more.", file=path, field=key)
    abbreviations = _ordered(lists["abbreviations"] + lists["titles"])
    titles = _ordered(lists["titles"])
    return (_ending(abbreviations), _ending(titles, initials=False), _ending(titles),
            max(map(len, abbreviations)) + 2)


def _ordered(words: list[str]) -> list[str]:
    return sorted({w.lower().rstrip(".") for w in words}, key=lambda w: (-len(w), w))


def _ending(words: list[str], initials: bool = True) -> re.Pattern:
    """One of the words (or an initial) and its full stop at the end of a stretch."""
    # The word starts after anything but a letter, a digit or an apostrophe (the "s." of
    # "Luke's." is no initial); a single letter is an initial (also after a full stop: the "m."
    # of "a.m.", the "S." of "U.S.").
    parts = [*map(re.escape, words), *([r"[^\W\d_]"] if initials else [])] or ["(?!)"]
    return re.compile(r"(?<![\w'\u2019])(?:" + "|".join(parts) + r")\.$", re.IGNORECASE)


def _current() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    # Keyed by the file's path, so a facilitator's WORKSHOP_DATA folder gets its own list.
    return _compiled(str(data_dir() / ABBREVIATIONS_FILE))


def abbreviations() -> frozenset[str]:
    """The listed abbreviations and titles, lowercase, without their final full stop."""
    data = load_json(ABBREVIATIONS_FILE)
    return frozenset(w.lower().rstrip(".") for w in data["abbreviations"]
                     + data.get("titles", []))


def ends_in_abbreviation(text: str, end: int, start: int = 0) -> bool:
    """Whether ``text[start:end]`` ends in an abbreviation and its full stop (``text[end - 1]``
    is the full stop). Only the few characters before ``end`` are read: a long text costs no
    more per full stop."""
    pattern, _, _, width = _current()
    return pattern.search(text, max(start, end - width), end) is not None


def ends_before_name(text: str, end: int, start: int = 0, initials: bool = False) -> bool:
    """Whether ``text[start:end]`` ends in a title and its full stop ("Dr.", "Mrs.", "St."):
    what stands before a name, so the full stop ends no sentence even before a capital ("Dr.
    Patel", "St. Luke's"). ``initials``: an initial too ("J.", the "S." of "U.S."), for a
    reader whose text ends no sentence on one (the kit's own drafts: "the U.S. Army")."""
    _, titles, with_initials, width = _current()
    pattern = with_initials if initials else titles
    return pattern.search(text, max(start, end - width), end) is not None


def split_sentences(text: str, boundary: re.Pattern) -> list[str]:
    """``text`` split at ``boundary`` (a sentence end), where a title's or an initial's full
    stop before a name ("St. Luke's", "the U.S. Army") ends no sentence."""
    out: list[str] = []
    for piece in boundary.split(text.strip()):
        if out and ends_before_name(out[-1], len(out[-1]), initials=True):
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out
