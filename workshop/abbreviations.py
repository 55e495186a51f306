"""Abbreviations whose full stop ends no sentence: one list, ``data/abbreviations.json``, for
the answer check's reading (``workshop/reading.py``: "costs dropped ca. 22%" stays one
sentence) and the importers (``workshop/importers/text.py``: "Acme Inc. Then ..." stays one).

A listed abbreviation, or a single letter (an initial: "J. Smith"), followed by its full stop
ends an abbreviation when the word starts after a space, a mark or the start of the text
("approx.", "(ca." and the "m." of "a.m." do; "best." does not). Each reader keeps its own
rule of where a sentence may end at all; both ask here whether a full stop is an
abbreviation's.
"""

from __future__ import annotations

import functools
import re

from .errors import ValidationError
from .resources import data_dir, load_json

__all__ = ["ABBREVIATIONS_FILE", "abbreviations", "ends_in_abbreviation"]

ABBREVIATIONS_FILE = "abbreviations.json"


@functools.lru_cache(maxsize=8)
def _compiled(path: str) -> tuple[re.Pattern, int]:
    data = load_json(ABBREVIATIONS_FILE)
    words = data.get("abbreviations") if isinstance(data, dict) else None
    if not (isinstance(words, list) and words and all(
            isinstance(w, str) and w.strip() and not any(c.isspace() for c in w)
            for w in words)):
        raise ValidationError("it must be a list of abbreviations, each one word without its "
                              "final full stop (\"approx\", \"e.g\"); data/README.md says more.",
                              file=path, field="abbreviations")
    ordered = sorted({w.lower().rstrip(".") for w in words}, key=lambda w: (-len(w), w))
    # The word starts after anything but a letter or a digit; a single letter is an initial
    # (also after a full stop: the "m." of "a.m.").
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered))
                         + r"|[^\W\d_])\.$", re.IGNORECASE)
    return pattern, max(map(len, ordered)) + 2


def _current() -> tuple[re.Pattern, int]:
    # Keyed by the file's path, so a facilitator's WORKSHOP_DATA folder gets its own list.
    return _compiled(str(data_dir() / ABBREVIATIONS_FILE))


def abbreviations() -> frozenset[str]:
    """The listed abbreviations, lowercase, without their final full stop."""
    return frozenset(w.lower().rstrip(".") for w in load_json(ABBREVIATIONS_FILE)["abbreviations"])


def ends_in_abbreviation(text: str, end: int, start: int = 0) -> bool:
    """Whether ``text[start:end]`` ends in an abbreviation and its full stop (``text[end - 1]``
    is the full stop). Only the few characters before ``end`` are read: a long text costs no
    more per full stop."""
    pattern, width = _current()
    return pattern.search(text, max(start, end - width), end) is not None
