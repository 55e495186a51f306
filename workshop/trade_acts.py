"""A trade act told with a result: the verbs of a trade that are also change verbs ("cut",
"drove", "served", "picked", "filled", "ran").

A duty is the verb with its trade object alone: "I cut hair", "I drove the van", "I filled
shelves" (``trade_duty`` in ``data/phrases.json``). A result is a change in an amount or an
outcome, whatever verb carries it: "I cut our hair dye waste by half" (the trade word "hair"
begins a longer object, and the clause measures a change), "I drove forty fewer miles a day",
"I filled the night shifts in two days instead of two weeks". Two readings serve the check's
results (``workshop/claims.py``):

- ``duties``: where a trade duty stands as a duty, its object ending there and no change
  measured in its clause (``trade_change``), and a verb with its particle and an object
  (``particle_duty``: "drop off ketchup"); a result's word inside it is none;
- ``measured_act``: a change with no subject of its own ("fewer", "instead of") measured on
  the speaker's trade act ("I drove forty fewer miles"): the speaker's act is its subject.
"""

from __future__ import annotations

from .phrases import Patterns
from .reading import Reading, Sentence
from .spans import Spans

__all__ = ["duties", "measured_act"]

# words after a trade object that end it: the duty's object is then the trade word alone
# ("cut hair and mixed colour", "drove the van to the shops"); any other word goes on naming
# what was cut ("cut hair dye waste")
_OBJECT_ENDS = frozenset((
    "and", "or", "but", "so", "then", "for", "at", "in", "on", "to", "with", "from", "into",
    "every", "each", "all", "most", "most", "around", "across", "through", "during", "while",
    "when", "as", "until", "till", "before", "after", "most", "day", "days", "daily", "weekly",
    "nightly", "there", "here", "myself", "alone", "too", "also", "mostly", "part", "full",
    "by", "since", "over", "almost", "nearly", "completely", "altogether", "entirely",
    "overnight", "right", "soon", "once", "again", "though", "anyway",
))


def _object_alone(reading: Reading, end: int, hi: int) -> bool:
    """True when the trade object that ends at ``end`` ends the noun phrase: the clause ends,
    a mark follows, or a word that no noun phrase goes on with."""
    ws = reading.words
    if end >= hi or not ws[end].is_word:
        return True
    low = ws[end].lower
    return low in _OBJECT_ENDS or (low.endswith("ly") and len(low) > 4)  # "sharply"


def duties(lists: dict[str, Patterns], reading: Reading, sentence: Sentence) -> Spans:
    """The trade duties of the sentence that stand as duties: the trade verb and its object
    alone, with no change measured after it in its clause ("I cut hair", "I cut the onions and
    veg for the whole service"; not "I cut our hair dye waste by half", "I cut tile breakage",
    "I cut hair for the salon's walk-ins in half the time")."""
    ws = reading.words
    found = []
    for m in lists["trade_duty"].find(ws, sentence.lo, sentence.hi):
        clause = sentence.clause_of(m.start)
        if not _object_alone(reading, m.end, clause.hi):
            continue
        if lists["trade_change"].search(ws, m.end, clause.hi) is not None:
            continue
        found.append(m)
    # a verb with its particle and an object after it is a doing, a handover ("drop off ketchup
    # to another table", "dropped off the post"); told alone it may be a change ("the
    # complaints dropped off", "dropped off after that"); the speaker's own is a doing either way
    for m in lists["particle_duty"].find(ws, sentence.lo, sentence.hi):
        clause = sentence.clause_of(m.start)
        if ws[m.start].lower in ("i", "we") or not _object_alone(reading, m.end, clause.hi):
            found.append(m)
    return Spans.of(found)


def measured_act(lists: dict[str, Patterns], reading: Reading, claim) -> bool:
    """True when the claim's change (one that needs a subject: "forty fewer miles", "in two
    days instead of two weeks") follows a trade verb (``trade_verb``) whose subject is the
    speaker, in its clause: "I drove forty fewer miles a day", "we served lunches ten minutes
    faster". Not "I was forty fewer miles from home" (no trade act)."""
    ws = reading.words
    lo = claim.clause.lo
    verb = None
    for m in lists["trade_verb"].find(ws, lo, claim.match.start):
        verb = m
    if verb is None:
        return False
    return reading.speaker_leads(claim.clause, verb)
