"""Whether a note or a metric can stand where a noun phrase stands (issue 20, blind raters r27).

The kit names what changed from the participant's words: a metric field ("food cost %") as
the subject of "went from ... to ...", the object of "with ... at 94%", "worth ... in ...";
a note's head ("returned mail down from 5% to 1%") before its change. Raters quoted sentences
where those words were no noun phrase and the slot pasted them in as typed: "Managed crew of
went up to 35", "Revenue grow went from 18k to 41k", "By the glass went from 8 to 30", "worth
$6,800 in raised". ``noun_phrase`` is the one test: not a phrase that opens on a preposition
or a joining word, ends on a word that waits for more, holds a verb's base form after its
first word, or is a single past form (``data/result_voice.json``: ``phrase_openers``,
``waiting_words``, ``verbs_not_nouns``). ``ceiling`` finds "up to 35": a limit, not a change.
Every pattern here runs in linear time.
"""

from __future__ import annotations

import re

from .resources import load_json, per_data_folder
from .verbs import _past_form

__all__ = ["noun_phrase", "ceiling"]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@per_data_folder
def _lists() -> dict[str, frozenset[str]]:
    data = load_json("result_voice.json")
    out = {}
    for key in ("phrase_openers", "waiting_words", "verbs_not_nouns", "ceiling_words"):
        words = data.get(key, []) if isinstance(data, dict) else []
        out[key] = frozenset(w.lower() for w in words if isinstance(w, str) and w.strip())
    return out


def noun_phrase(text: str) -> bool:
    """True when ``text`` (a metric, a note's head) can be said where a noun phrase stands
    (see the module docstring); a phrase with no words is none."""
    words = [w.lower() for w in _WORD.findall(text or "") if not w.isdigit()]
    if not words:
        return False
    lists = _lists()
    if words[0] in lists["phrase_openers"] or words[-1] in lists["waiting_words"]:
        return False
    if len(words) == 1:
        return words[0] not in lists["verbs_not_nouns"] and not _past_form(words[0])
    return not any(w in lists["verbs_not_nouns"] for w in words[1:])


def ceiling(change: str) -> bool:
    """True when a change's words open on a limit ("up to 35", "as many as 40"), not a move:
    "up to 35" says at most 35, never that something went up to it."""
    said = " ".join((change or "").lower().split())
    return any(said == w or said.startswith(w + " ") for w in _lists()["ceiling_words"])
