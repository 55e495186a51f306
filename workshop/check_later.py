"""Whose later use a sentence tells: the speaker's own, or the practice living on.

A later use counts for the ``used_later`` code only when the speaker is the one using the
grown skill after or outside the role: "I still use that rota method in my current job",
"Ever since, I've planned every event that way", "We still run it my way at my new place",
or the skill itself serving the speaker ("it has stood me in good stead ever since", "the
skill carried over into my current role"). Someone else's use of what the speaker made is
the practice living on: "it's still used there", "the department is still using that plan",
"the team still runs my rota", "they kept my checklist". That may be a result for the
organisation (an uptake, read in ``outcomes.py``), never the speaker's later use, and it is
never quoted as one.

The test is the subject of the use (``used_by_others``): a subject of its own before the use
in its clause (``Reading.has_subject``: a noun phrase or a pronoun other than "I"), with no
speaker word ("I", "we" and their short forms) before the use in that clause or in the use's
own words ("I still ...", "what I rely on today"), is someone else, unless that subject is
the skill itself ("it", "that", "the skill", "those skills") used in the active voice, or the
use serves the speaker ("... stood me in good stead", "... into my current role").
"""

from __future__ import annotations

from .phrases import Match
from .reading import REACH, Clause, Reading
from .resources import per_data_folder
from .spans import Spans
from .verbs import _tense

__all__ = ["SPEAKERS", "even_so", "later_vetoes", "used_by_others"]

# the speaker, and "we" told by the speaker (the speaker's part is theirs to tell)
SPEAKERS = frozenset("i i've i'd i'm i'll we we've we'd we're".split())
# "my current role", "my next job": a place of the speaker's after the role
_LATER_PLACE = frozenset("current next new present later own following".split())
# the grown skill as the subject of its own use ("it came in handy", "those skills carried
# over"): the speaker's skill, not another user
_SKILL_SUBJECTS = frozenset("it that this these those skill skills experience training "
                            "knowledge habit habits lesson lessons".split())
_BE = frozenset("is 's are 're was were been being be".split())


def used_by_others(reading: Reading, clause: Clause, m: Match) -> bool:
    """True when a use in ``clause`` has a subject of its own that is someone else: "it's
    still used there" (passive: others use it), "the team still runs my rota", "the
    department is still using that plan"; not "Ever since, I've planned every event that
    way", "..., which I still do today", "what I rely on today", "it has stood me in good
    stead", "those skills carried over into my next job"."""
    ws = reading.words
    lo, hi = max(clause.lo, m.start - REACH), min(clause.hi, m.end + REACH)  # near the use
    if not reading.has_subject(m) or any(ws[i].lower in SPEAKERS for i in range(lo, m.end)):
        return False
    if _serves_speaker(reading, m.start, hi):
        return False
    own = any(ws[i].lower in _SKILL_SUBJECTS for i in range(lo, m.start))
    return not own or _passive(reading, clause, m)


def _serves_speaker(reading: Reading, lo: int, hi: int) -> bool:
    """True when the use's words and those after it make the speaker its user: the skill
    serving the speaker ("it has stood me in good stead", "was to hold me in good stead") or
    carried into the speaker's later place ("carried over into my current role"); not the
    speaker's work kept by others ("the team still runs my rota")."""
    ws = reading.words
    for i in range(lo, hi):
        low = ws[i].lower
        if low in ("me", "myself"):
            return True
        if low in ("my", "our") and i + 1 < hi and ws[i + 1].lower in _LATER_PLACE:
            return True
    return False


def _passive(reading: Reading, clause: Clause, m: Match) -> bool:
    """True when the use is told in the passive: a form of "be" before it (an adverb or two
    between) and a past participle in it ("it's still used", "was adopted")."""
    ws = reading.words
    participle = any(ws[i].lower.endswith("ed") or ws[i].lower in ("kept", "run", "taken")
                     for i in range(m.start, m.end))
    i, skipped = m.start - 1, 0
    while i >= clause.lo and skipped <= 2 and ws[i].lower not in _BE:
        skipped += 1
        i -= 1
    return participle and i >= clause.lo and ws[i].lower in _BE


def later_vetoes(lists, reading: Reading, lo: int, hi: int) -> Spans:
    """Where the words of ``used_later_not`` hold in the sentence ``lo``-``hi``, and what else
    tells no later use there:

    - a span of time later that opens a later place ("Two years later, when I started with the
      parks team, I ..."; ``later_place`` right after it) is no veto: the use has its own place
      and time, where "A year later I was promoted" stays one;
    - "still" right before a past verb ("the ovens failed and we still opened on time") means
      "even so", a turn in the story told, not a use made ever since ("I still plan that way").
    """
    ws = reading.words
    spans = []
    for m in lists["used_later_not"].find(ws, lo, hi):
        if lists["later_place"].match_at(ws, m.end, hi) is None:
            spans.append((m.start, m.end))
    stills = [(i, i + 1) for i in range(lo, hi - 1) if _still_past(ws, i)]
    if stills and not _placed(lists, ws, lo, hi):
        spans.extend(stills)
    return Spans(sorted(spans))


def even_so(lists, reading: Reading, lo: int, hi: int, m: Match) -> bool:
    """True when a use's words hold a "still" that means "even so" ("I still finished the
    move by six" after "even with two porters off sick"): "still" right before a past verb, in
    a sentence (``lo``-``hi``) that places it nowhere later ("At my next job I still dialled
    the grinder in the same way" is a use)."""
    ws = reading.words
    return any(_still_past(ws, i) for i in range(m.start, min(m.end, len(ws) - 1))) \
        and not _placed(lists, ws, lo, hi)


def _placed(lists, ws, lo: int, hi: int) -> bool:
    """True when the sentence says when other than with "still" ("at my next job", "now")."""
    return any(ws[w.start].lower != "still" or w.end - w.start > 1
               for w in lists["used_later_when"].find(ws, lo, hi))


def _still_past(ws, i: int) -> bool:
    return ws[i].lower == "still" and _past(ws[i + 1])


def _past(word) -> bool:
    """A verb in the simple past: a regular "-ed" form ("opened", not "need") or a past of
    ``data/tense.json`` ("got", "made", "kept")."""
    low = word.lower
    if not word.is_word or low == word.base:
        return False
    return (low.endswith("ed") and not low.endswith("eed")) or low in _pasts()


@per_data_folder
def _pasts() -> frozenset:
    return frozenset(v.lower() for v in _tense().values()) - {"was", "were"}
