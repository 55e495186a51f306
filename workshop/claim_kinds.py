"""What a claim of an answer is: where a pattern of ``data/phrases.json`` matched in a clause of
a sentence, and whether it is real (no negation, wish or plan before it); and what the answer
claims, found (``Found``): growth, results, later use and what was set aside as hollow.

The readers that fill ``Found`` are ``workshop/growth_claims.py`` (growth) and
``workshop/claims.py`` (results and later use, and the whole reading, ``read_claims``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .phrases import Match, Patterns
from .reading import Clause, Reading, Sentence
from .spans import Spans

__all__ = ["LEARNED", "Claim", "Found", "clause_claims", "measures", "modal_led", "bar_behind"]

LEARNED = "(read by the learned second opinion)"  # the pattern of a result it passed


@dataclass
class Claim:
    """A claim found in a sentence: where, and whether it is real (else why not)."""

    sentence: Sentence
    clause: Clause
    match: Match
    real: bool
    arc: bool = False  # the "where it got to" of a growth arc: what follows it names the skill
    start: Sentence | None = None  # an arc's start, when it was told in an earlier sentence
    verb: int = -1  # a skill's level move: where its verb is ("went" in "my Excel went from")
    named_before: bool = False  # "I worked on developing this": the skill is the last sentence's


@dataclass
class Found:
    growth: list[Claim] = field(default_factory=list)
    bare_learning: list[Claim] = field(default_factory=list)
    results: list[Claim] = field(default_factory=list)
    used_later: list[Claim] = field(default_factory=list)
    hollow_results: list[tuple[Claim, str]] = field(default_factory=list)  # (claim, why)
    hollow_used: list[tuple[Claim, str]] = field(default_factory=list)
    # around the verb where the organisation takes up, keeps or decides on the speaker's work
    # (``outcomes.taken_span``): a "still" or "now" there is the work living on, not
    # the speaker's later use
    taken_up: set[tuple[int, int]] = field(default_factory=set)

    def add_learned_result(self, sentence: Sentence) -> None:
        """A result the learned second opinion passed (``learned_sentences``) as the rules'
        results are, a claim per clause of its sentence: its number is then read as a rule's
        result's is ("Before that we had a bug every week or two; in the six months after, it
        was one" holds its measure whoever read the result). A clause that tells the
        speaker's growth is left out: a number there measures the skill ("showed me how to
        build one image"), not the result."""
        grown = {(c.clause.lo, c.clause.hi) for c in self.growth}
        self.results.extend(Claim(sentence, c, Match(c.lo, c.hi, LEARNED), True)
                            for c in sentence.clauses if (c.lo, c.hi) not in grown)

    def evidence_sentences(self) -> list[Sentence]:
        seen, out = set(), []
        for claim in self.growth + self.results + self.used_later:
            # an arc is told in both its sentences: "I needed a colleague for every call to
            # the surgery. After a year I made all the calls myself."
            for sentence in (claim.start, claim.sentence):
                if claim.real and sentence is not None and id(sentence) not in seen:
                    seen.add(id(sentence))
                    out.append(sentence)
        return out

    def use_of_learned_growth(self) -> bool:
        """A growth the learned second opinion passed makes the later uses set aside for want
        of a grown skill ("I still fit them every week now in my own business") count again;
        True when there were any."""
        kept = [c for c, why in self.hollow_used if why == "no_growth"]
        self.used_later += kept
        self.hollow_used = [h for h in self.hollow_used if h[1] != "no_growth"]
        return bool(kept)

    def for_goals(self, learned: dict[str, Sentence] | None = None) -> dict[str, list]:
        """``check_goals.match_goals``'s ``evidence`` (the sentences that are evidence for the
        goals) and ``results`` (those of them that hold a result): the real claims' sentences
        (a result compared with the sentence before holds both), and ``learned``, by code, the
        sentences the learned second opinion passed."""
        evidence = self.evidence_sentences()
        told = [s for c in self.results if c.real for s in (c.start, c.sentence) if s is not None]
        # the speaker's own rate or mistakes moved ("my mis-picks dropped to a couple a month"):
        # no result of the organisation's, still a measure a goal may name ("delivery accuracy")
        told += [c.sentence for c, why in self.hollow_results if why == "own_rate" and c.real]
        for code, sentence in (learned or {}).items():
            if all(s is not sentence for s in evidence):
                evidence.append(sentence)
            if code == "company_result":
                told.append(sentence)
        return {"evidence": evidence, "results": told}


# What a number says by its kind alone: a share, money, a multiple, time saved or gained.
_CHANGE_KINDS = frozenset({"percent", "money", "multiple", "time_span"})


def measures(claim: Claim, q) -> bool:
    """Whether the quantity ``q`` in the claim's clause may measure its result: any number the
    number reader keeps for a rule's result (whose change verb the rules read); for a result
    only the learned second opinion read, where no verb ties a bare count to the change, a
    number that says a change by its kind (a percentage, money, a multiple, time saved) or
    one told with where it started ("from 12 to 3"). "We won 14 contracts" stays the rules'
    to read; "we got back about £9,000 they had never claimed" is measured either way. A count
    of a part of a group ("two of the bids I drafted came through", "three of my clients") is
    the subject the result is told of: what the second opinion read happened to them."""
    return claim.match.pattern != LEARNED or q.kind in _CHANGE_KINDS or q.before is not None \
        or (q.kind == "count" and _PART_OF.search(q.text) is not None)


# "two of the bids", "three of my clients", "two of them": a part of a group, counted
_PART_OF = re.compile(r"^[\w-]++(?:\s++[\w-]++)?\s++of\s++(?:the|my|our|their|them|those|these)\b",
                      re.IGNORECASE)


def clause_claims(reading: Reading, sentence: Sentence, patterns: Patterns,
            unless: Patterns | None = None) -> list[Claim]:
    ws = reading.words
    found = unless.find(ws, sentence.lo, sentence.hi) if unless is not None else []
    vetoes = Spans.of(found)
    out = []
    for clause in sentence.clauses:
        for m in patterns.find(ws, clause.lo, clause.hi):
            if vetoes.overlaps(m.start, m.end) and not _failure_stopped(ws, m, found):
                continue
            # "gave me the chance to learn ... skills": a wish inside the pattern's gap
            wished = any(m.start < at < m.end for at, _ in clause.wishes)
            out.append(Claim(sentence, clause, m, clause.real(m) and not modal_led(clause, m)
                             and not wished))
    return out


_STOP = frozenset("stop stops stopped".split())


def _failure_stopped(ws, m: Match, vetoes: list[Match]) -> bool:
    """True when every veto on a claim that opens on a stop ("stopped falling through",
    "stopped going wrong") starts after the stop, on what stopped: the veto names a failure
    ("the deal fell through") and the stop turns it into a result. Not "I stopped ..." nor
    "stopped working" (a veto that starts on or before the stop)."""
    if ws[m.start].lower not in _STOP:
        return False
    return not any(v.start <= m.start < v.end for v in vetoes)


def modal_led(clause: Clause, m: Match) -> bool:
    """True when the match's own first word is a wish ("could" in "the clinic could see more
    patients"): it bears on the claim as one before it would."""
    return any(start == m.start for start, _ in clause.wishes)



# what an earlier part of a clause may deny or doubt without touching what follows its comma:
# a negation, or an ability ("because I could clear them on the spot, the call-outs stopped");
# a condition, wish or plan ("if", "hoping to", "would") bears on the whole clause
_ABILITY = frozenset("could can couldn't can't cannot not n't".split())
_SUBJECT_REACH = 6  # a result's own subject after the comma: "the engineer call-outs"


def bar_behind(reading: Reading, claim: Claim) -> bool:
    """True when every negation or "could" before an unreal claim stands in an earlier part of
    its clause, behind a comma after which the claim's change has its own subject ("never done
    sales before, by the summer I was top, cancellations fell by a third"; "the line not stop so
    much, the stoppages go down"): that part's denial is its own, and the change is told. Not
    when a condition, wish or plan stands anywhere before it ("if we could fix it, costs fell"),
    nor a bar after the comma ("..., costs never fell"), nor when the denial doubts the change
    itself (``_HEDGES``: "I couldn't prove it was me, sales rose")."""
    clause, m, ws = claim.clause, claim.match, reading.words
    if claim.real:
        return False
    # the bars are read only near the claim (the first must be there), so a long clause of
    # negations and claims is still read in linear time
    lo = m.start - _BAR_REACH
    if any(span[0] < lo for span in clause.negations[:1] + clause.wishes[:1]):
        return False
    bars = _near(clause.negations, lo, m.end) + _near(clause.wishes, lo, m.end)
    if not bars or not reading.has_subject(m):
        return False
    last = max(end for _, end in bars)
    comma = next((k for k in range(m.start - 1, max(last, m.start - _SUBJECT_REACH) - 1, -1)
                  if ws[k].lower == ","), None)
    if comma is None:
        comma = _reason_told(ws, clause.lo, bars, m.start)
    if comma is None or comma < last or any(not ws[k].is_word for k in range(comma + 1, m.start)):
        return False
    if any(ws[k].lower in _HEDGES for k in range(max(clause.lo, lo), comma)):
        return False  # "I couldn't prove it was me, sales rose": a hedge on the change itself
    return all(all(ws[k].lower in _ABILITY for k in range(a, b))
               for a, b in _near(clause.wishes, lo, comma))


def _reason_told(ws, lo: int, bars: list, at: int) -> int | None:
    """Where the reason told before a change ends when no comma marks it: a reason word
    (``_REASONS``: "because", "once", "since") before the first bar, and the change's own
    pronoun right before it ("because I could do the layout in-house they stopped paying an
    agency"): the word before that pronoun stands for the comma. None otherwise."""
    if at - 1 <= lo or ws[at - 1].lower not in _OWN_PRONOUNS:
        return None
    first = bars[0][0]
    if not any(ws[k].lower in _REASONS for k in range(max(lo, first - _REASON_REACH), first)):
        return None
    return at - 2


_OWN_PRONOUNS = frozenset("they we he she".split())
_REASONS = frozenset("because since once as now".split())
_REASON_REACH = 3  # "because I could": the reason word a few words before the bar
_BAR_REACH = 24  # how far before a claim the denial of an earlier part may stand
# words of a denial that doubts the change itself: "I can't say", "I'm not sure", "I couldn't
# prove it", "I don't know if it was me"
_HEDGES = frozenset("sure certain prove proved proof know knew say said claim tell told credit "
                    "think thought whether if doing down".split())


def _near(spans: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans (sorted by start) that start from word ``lo`` to before ``hi``."""
    return spans[bisect.bisect_left(spans, (lo,)):bisect.bisect_left(spans, (hi,))]
