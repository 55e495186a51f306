"""A result told as the later state the organisation reached after the speaker's work.

People often tell what changed as how things stood some time later, with no change verb and no
number: "By the spring we were sending every invoice out on the first of the month", "Within a
term most of the class were handing homework in on time", "at the next audit we passed with no
actions". ``later_states(lists, reading, sentence, acted, before)`` reads such a clause when:

- it opens (past its links: "and", "so", a comma) on a time after the work
  (``later_when`` in ``data/outcomes.json``: "by the summer", "within three months", "a year
  later", "the following season", "afterwards", "at the next inspection", "for the rest of my
  time there");
- its subject, right after that opening, is not the speaker ("I", "me") nor one thing of theirs
  ("my reports", "my confidence") nor a pointer back ("it was 150 a day": maybe the
  speaker's own rate; ``outcomes.compared`` reads "it was only one" after a "before"): "we",
  the organisation's people or things ("most of the newcomers", "every concern"), or people the
  speaker looked after ("my residents"); and the speaker is not in the state ("the regulars
  were bringing me their photos" is the speaker's standing);
- the speaker acted or grew before it in the answer (``acted``: where the first "I"/"we"
  followed by a doing, ``result_owner.acts_at``, or the first real growth claim stands): the
  state follows from their work, not company news;
- and the state is told as better: a word of a good state in the clause (``later_good``: "on
  time", "every", "no", "still", "coming back", "our first", "free of"), or how it was before
  told earlier in the answer (``before``: where the first ``later_before`` stands, "used to",
  "as a rule", "when I took over").

"By my second year I was running the audits myself" is the speaker's growth, "A year later my
reports went out with no edits" the speaker's own work: neither is a result here. Each clause's
opening is tried once, so the reading is linear in the text.
"""

from __future__ import annotations

from .phrases import Match, Patterns
from .reading import Reading, Sentence

__all__ = ["LATER_STATE", "later_states", "first_at"]

LATER_STATE = "<later state>"  # the pattern named in the match of a later state

_LINKS = frozenset(", ; : - \u2013 \u2014 and so but then".split())
_SPEAKER = frozenset("i i'd i'm i've me myself".split())
# people the speaker may call "my" whose state is the organisation's ("my residents stayed well")
_PEOPLE = frozenset("residents patients clients customers pupils students learners tenants "
                    "members guests callers families kids children trainees apprentices "
                    "volunteers staff team crew".split())
# "by the end it was 150 a day": what "it" points back to may be the speaker's own rate
_POINTERS = frozenset("it it's that this".split())
_PERIOD = frozenset("the my our that this first second third next last year month season term "
                    "quarter summer winter spring autumn contract placement week shift "
                    "tour".split())
_OF = 5  # how long a time opening's "of" phrase may run
_LEAD = 4  # how many link words may stand before a clause's time opening
_ON = 3  # how many clauses after its opening a state may run on


def first_at(found: Patterns, reading: Reading) -> int | None:
    """Where the first match of ``found`` in the text starts, or None."""
    m = found.search(reading.words, 0, len(reading.words))
    return None if m is None else m.start


def later_states(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
                 acted: int | None, before: int | None) -> list[tuple]:
    """(clause, match) of the first clause of the sentence that tells the organisation's later,
    better state after the speaker's work (module docstring); the match is the time opening."""
    if acted is None or acted >= sentence.hi:
        return []
    ws = reading.words
    clauses = sentence.clauses
    for n, clause in enumerate(clauses):
        k = clause.lo
        while k < clause.hi and k < clause.lo + _LEAD and ws[k].lower in _LINKS:
            k += 1
        if k <= acted:
            continue
        m = lists["later_when"].match_at(ws, k, clause.hi)
        if m is None:
            continue
        j = _past_period(ws, m.end, clause.hi)
        hi = _state_end(ws, clauses, n)
        if not _others(ws, j, hi):
            continue
        told_before = before is not None and before < clause.lo
        if told_before or lists["later_good"].search(ws, j, hi) is not None:
            return [(clause, Match(m.start, m.end, LATER_STATE))]
    return []


def _past_period(ws, j: int, hi: int) -> int:
    """The word after a time opening's own "of" phrase and comma ("by the end | of my first
    year, ..."): where the clause's subject starts."""
    if j < hi and ws[j].lower == "of":
        j += 1
        stop = min(hi, j + _OF)
        while j < stop and ws[j].lower in _PERIOD:
            j += 1
    return j + (j < hi and ws[j].lower == ",")


def _state_end(ws, clauses, n: int) -> int:
    """Where the state told in clause ``n`` ends: with the clause, or with a clause after it
    that opens on no mark nor link ("every concern | that year reached the lead": a relative
    or a subject's long phrase goes on telling the same state)."""
    hi = clauses[n].hi
    for later in clauses[n + 1:n + 1 + _ON]:
        if ws[later.lo].lower in _LINKS or not ws[later.lo].is_word:
            break
        hi = later.hi
    return hi


def _others(ws, j: int, hi: int) -> bool:
    """True when the subject at word ``j`` is neither the speaker nor one thing of theirs, a few
    words follow it (a state is told, not a fragment) and the speaker is not in them."""
    if j + 2 >= hi or not ws[j].is_word:
        return False
    low = ws[j].lower
    if low in _SPEAKER or low in _POINTERS or (low == "my" and ws[j + 1].lower not in _PEOPLE):
        return False
    # "customers were bringing me their photos": the speaker's standing, no change of theirs
    return not any(ws[i].lower in _SPEAKER for i in range(j + 1, hi))
