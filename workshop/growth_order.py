"""Growth arcs in an order or a voice the arc patterns do not join (issue 21).

``growth_claims.read_growth`` joins a start ("when I joined I couldn't ...") to an end told
after it ("by the end I ..."). People also tell the end first and the start after it, in one
sentence or the next ("Within a year I was trusted with the stock count, when at first I had only
been allowed to unpack deliveries"; "Today I run the payroll. When I joined I had never opened a
payroll system."), or tell the end with no arc phrase at all, as what the speaker did or was
handed later ("At first I was only allowed to answer the phones. Later I was trusted with the
escalated complaints.").

``ends_first`` reads these by the sentence's structure, not by its words:

- the *start* is a ``growth_before`` of the speaker's own whose clause tells a lack: a negation
  ("couldn't", "had never") or a word that limits what the speaker did (``_LIMITS``: "only",
  "just", "barely");
- the *end* is another clause, in the same sentence or the one next to the start, told at a
  later time (``_later``: an arc's far end such as "by the end", "within a year"; a time told
  as a span with a number or "a"/"few"; "now", "today", "later", "these days"), whose
  person is the speaker ("I ...", or "me" as what was handed: "they trusted me with the
  accounts"), with no negation and no wish or plan but the speaker's own "can" ("Now I can
  write a tender in an afternoon"), and not a new title alone (``growth_after_title``), a
  perk or a promotion (``perk_end``) or a move to a place ("later I moved to the depot").

Two ends tell their start without a start phrase, as a span since starting ("within a year",
"six months in", "by my second year"; not "now" or "later"): work handed to the speaker ("I was
trusted with the supplier accounts", "they let me run the stall"; not "asked to leave", "sent
to the office", "handed my notice"), and an end in the sentence after one where the speaker
tells a lack of their own ("I don't speak good English. After one year I do the check-in
alone").

Whether the end names a skill is ``specific.sift``'s to say, as for every arc. ``others_end``
says when an arc's end is plainly someone else's ("after a year she was training everybody"):
their growth, not the speaker's; ``someone_elses`` says so of a growth pattern ("she was
training everybody").
"""

from __future__ import annotations

import bisect

from .check_rules import Rules
from .claim_kinds import Claim, Found
from .phrases import Match
from .reading import Clause, Reading, Sentence
from .specific import people_before

__all__ = ["ends_first", "others_end", "perk_end", "someone_elses"]

# words that limit what the speaker did at the start ("I had only handled the walk-ins"), or
# tell a low level ("my German was very weak", "I was far too shy to ...": ``_TOO``)
_LIMITS = frozenset("only just barely hardly merely unable weak poor slow nervous shy timid "
                    "clumsy hopeless useless rubbish terrible clueless lost terrified".split())
_TOO, _TOO_REACH = "too", 3  # "too shy to", "far too nervous to even"
# a negation of a feeling is no lack of skill: "at first I didn't like it"
_FEELINGS = frozenset("like liked enjoy enjoyed love loved want wanted care cared mind minded "
                      "fit belong belonged stand bear afford".split())
# a move to a place is no work done: "later I moved closer to the depot"
_MOVES = frozenset("move moved went go travelled traveled flew fly left relocated transferred "
                   "returned came".split())
# the speaker as the one who acts, or is handed the work ("they trusted me with")
_SPEAKER = frozenset("i i'd i'm i've me myself mine".split())
_HANDED = frozenset(("me",))  # "they trusted me with": the speaker handed the work
_PRONOUNS = frozenset("it they he she we you this that".split())  # a person or thing after "I"
# another person as the subject (``Specific.others`` adds the people a job serves or works with)
_OTHER_SUBJECTS = frozenset("he she they he's she's they're".split())
# a later time with no arc phrase: "Today I run the payroll", "Later I was trusted with ..."
_LATER = frozenset("now today nowadays later eventually afterwards".split())
# the words of a span of time: "within a year", "after a few months", "two years on"
_SPANS = frozenset("day days week weeks month months year years season seasons term terms "
                   "summer spring autumn winter end".split())
_SPAN_TAILS = frozenset("in on later".split())
_SPAN_LEADS = frozenset("within after by in at these".split())  # "these days"
# a speaker's own "can" is an ability told now, not a wish, where a lack was told as the start
_CAN = frozenset(("i", "can"))
_NO_SKILL = frozenset(("perks", "promotion"))  # pitfall categories an end may not be
_WINDOW = 1  # how many sentences apart a start and an end told out of order may stand


def others_end(rules: Rules, reading: Reading, sentence: Sentence, after: Match) -> bool:
    """True when an arc's end goes straight on to another person as the one who got there
    (within ``_SUBJECT_REACH`` words of it) and its clause never names the speaker: "After a
    year she was training everybody", "by the end the new starters could do it alone". Not
    "they trusted me with the accounts", "by the summer her trainee was watching my lessons"
    (the speaker is there) nor an end with no person ("By the end it was second nature")."""
    ws = reading.words
    clause = sentence.clause_of(after.start)
    if any(ws[i].lower in _SPEAKER or ws[i].lower == "my" for i in range(clause.lo, clause.hi)):
        return False
    others = rules.specific.others
    return any(ws[i].lower in _OTHER_SUBJECTS or ws[i].lower in others
               for i in range(after.end, min(clause.hi, after.end + _SUBJECT_REACH)))


_SUBJECT_REACH = 3  # "after a year, she", "within a month the trainees"


def someone_elses(rules: Rules, reading: Reading, claim: Claim,
                  memo: dict | None = None) -> bool:
    """True when the last person a growth pattern's clause names before the pattern is someone
    else and the pattern names no speaker of its own: "she was training everybody", "I watched
    how the new starters learned to ...": their growth. Not "the customers taught me patience"
    nor "I went from trainee to signatory" (the speaker is in the pattern). ``memo`` keeps each
    clause's reading for the next claim in it."""
    ws = reading.words
    clause = claim.clause
    memo = {} if memo is None else memo
    if clause.lo not in memo:  # per word: the last person before it, and the speakers' places
        speaker, others = rules.specific.speaker, rules.specific.others
        last, before, mine = None, [], []
        for i in range(clause.lo, clause.hi):
            before.append(last)
            low = ws[i].lower
            if low in speaker:
                last = "speaker"
                mine.append(i)
            elif low in _OTHER_SUBJECTS or low in others:
                last = "other"
        memo[clause.lo] = (before, mine)
    before, mine = memo[clause.lo]
    k = bisect.bisect_left(mine, claim.match.start)
    if k < len(mine) and mine[k] < claim.match.end:
        return False  # the pattern's own person: "I went from trainee to ..."
    return before[claim.match.start - clause.lo] == "other"


def perk_end(rules: Rules, reading: Reading, clause: Clause, end: int) -> bool:
    """True when the words right after an arc's end (from word ``end``, at most ``_PERK_REACH``
    of them, up to a word that opens a clause of its own such as "when") hold a perk or a
    promotion of the pitfall lists ("after a year I was given a company car"): what the job
    gave, not a skill that grew. Not "everyone came to me when the pension figures ..."."""
    ws = reading.words
    hi = min(clause.hi, end + _PERK_REACH)
    hi = next((i for i in range(end, hi) if ws[i].lower in _SUBORDINATORS), hi)
    return any(rules.pitfall_category.get(m.pattern) in _NO_SKILL
               for m in rules.pitfalls.find(ws, end, hi))


_PERK_REACH = 7  # "I was given a brand new company car"
_SUBORDINATORS = frozenset("when whenever if because while until unless".split())


def ends_first(rules: Rules, reading: Reading, found: Found) -> None:
    """Add to ``found.growth`` an arc whose end the arc patterns did not join to its start
    (the module docstring), when the rules found no real growth of their own."""
    if any(c.real for c in found.growth):
        return
    arc = _handed_arc(rules, reading) or _started_arc(rules, reading) \
        or _lack_arc(rules, reading)
    if arc is not None:
        found.growth.append(arc)


def _handed_arc(rules: Rules, reading: Reading) -> Claim | None:
    """"Within a year I was trusted with the supplier accounts": an end that tells its start."""
    for sentence in reading.sentences:
        handed = _handed(rules, reading, sentence)
        if handed is not None:
            return Claim(sentence, handed[0], handed[1], True, arc=True)
    return None


def _started_arc(rules: Rules, reading: Reading) -> Claim | None:
    """A start of the speaker's that tells a lack, and an end in an earlier or later clause of
    its sentence or in the sentence next to it. Each sentence's ends are read once."""
    sentences = reading.sentences
    ends: dict[int, list] = {}
    los: dict[int, list] = {}  # where each of a sentence's ends starts

    def ends_of(k: int) -> list:
        if k not in ends:
            ends[k] = _ends(rules, reading, sentences[k])
            los[k] = [e[0].lo for e in ends[k]]
        return ends[k]

    for k, sentence in enumerate(sentences):
        starts = _starts(rules, reading, sentence)
        if not starts:
            continue
        for start in starts:
            home = sentence.clause_of(start.start)
            here = ends_of(k)
            before = [e for e in here[:1] if e[0].hi <= home.lo]  # an earlier clause
            after = here[bisect.bisect_left(los[k], home.hi):][:1]
            for where, end in ([(sentences[j], e) for j in range(max(0, k - _WINDOW), k)
                                for e in ends_of(j)[:1]]
                               + [(sentence, e) for e in before + after]
                               + [(sentences[j], e) for j in range(k + 1, min(
                                   len(sentences), k + 1 + _WINDOW)) for e in ends_of(j)[:1]]):
                return Claim(where, end[0], end[1], True, arc=True,
                             start=sentence if where is not sentence else None)
    return None


def _lack_arc(rules: Rules, reading: Reading) -> Claim | None:
    """A lack with no start phrase, then a span since starting: "When I come to the hotel I
    don't speak good English. After one year I do the check-in alone."."""
    sentences = reading.sentences
    for before, after in zip(sentences, sentences[1:], strict=False):
        if any(_speakers(reading, c) and _lack(reading.words, c, rules.specific.others)
               for c in before.clauses):
            end = next(iter(_ends(rules, reading, after, spans_only=True)), None)
            if end is not None:
                return Claim(after, end[0], end[1], True, arc=True, start=before)
    return None


def _speakers(reading: Reading, clause: Clause) -> bool:
    """True when the first person the clause names is the speaker as its subject ("I ...")."""
    ws = reading.words
    for i in range(clause.lo, clause.hi):
        low = ws[i].lower
        if low in _SPEAKER:
            return low not in _HANDED
        if low in _OTHER_SUBJECTS:
            return False
    return False


def _starts(rules: Rules, reading: Reading, sentence: Sentence) -> list[Match]:
    """The speaker's own starts in the sentence whose clause tells a lack."""
    ws = reading.words
    found = rules.lists["growth_before"].find(ws, sentence.lo, sentence.hi)
    if not found:
        return []
    others = people_before(rules.specific, ws, sentence.lo, sentence.hi)  # read once
    lacks: dict[int, bool] = {}  # per clause, read once
    out = []
    for m in found:
        if others[m.end - 1 - sentence.lo]:
            continue  # "the user had never ...": someone else's start
        clause = sentence.clause_of(m.start)
        if clause.lo not in lacks:
            lacks[clause.lo] = _lack(ws, clause)
        if lacks[clause.lo]:
            out.append(m)
    return out


def _lack(ws, clause: Clause, others: frozenset | None = None) -> bool:
    """True when the clause tells what the speaker could not do or did little of: a negation
    (not of a feeling, nor "never been" somewhere), a limiting word, "too ... to", or what it
    took the speaker ("it took me two weeks"). With ``others`` (people words), only up to the
    first other person or pronoun the clause names: "I realised the callers weren't angry with
    me" tells the callers' state, not a lack of the speaker's."""
    hi = clause.hi
    if others is not None:
        hi = next((i for i in range(clause.lo, clause.hi) if ws[i].lower in others
                   or ws[i].lower in _OTHER_SUBJECTS or ws[i].lower in _PRONOUNS), hi)
        clause = Clause(clause.lo, hi, [n for n in clause.negations if n[0] < hi])
    span = range(clause.lo, clause.hi)
    if any(ws[i].lower in _LIMITS for i in span):
        return True
    if any(ws[i].lower == _TOO and any(ws[j].lower == "to" for j in
                                         range(i + 2, min(clause.hi, i + 2 + _TOO_REACH)))
           for i in span):
        return True
    if any(ws[i].lower == "took" and ws[i + 1].lower == "me" for i in range(clause.lo,
                                                                             clause.hi - 1)):
        return True  # "it took me two weeks": slow at the start
    if any(ws[i].lower in _FEELINGS for i in span):
        return False
    # a negation of a verb, not of a place or a state ("I had never been abroad": no skill)
    return any(e >= clause.hi or ws[e].lower != "been" for _, e in clause.negations)


def _ends(rules: Rules, reading: Reading, sentence: Sentence,
          spans_only: bool = False) -> list[tuple[Clause, Match]]:
    """The clauses of the sentence that are an arc's end (``_end_at``), in order, each with
    where its time and person are told."""
    out = []
    for clause in sentence.clauses:
        match = _end_at(rules, reading, clause, spans_only=spans_only)
        if match is not None:
            out.append((clause, match))
    return out


def _end_at(rules: Rules, reading: Reading, clause: Clause, anchored: bool = False,
            spans_only: bool = False) -> Match | None:
    """Where the clause tells a later time and the speaker as its person, when it has no
    negation, wish or plan and tells no title, perk or move alone: an arc's end (the words
    after it then name what got there); None when it is none. ``anchored``: its later time
    was told already, before the clause; ``spans_only``: the time is a span since starting
    ("after one year"), not "now" or "later"."""
    ws = reading.words
    if clause.negations:
        return None
    when = clause.lo if anchored else _later(rules, reading, clause, spans_only)
    if when is None:
        return None
    # the speaker, anywhere in the clause ("I was given the supplier talks in my second
    # year", "in my second year they trusted me with the key accounts")
    person = next((i for i in range(clause.lo, clause.hi) if ws[i].lower in _SPEAKER
                   and ws[i].lower != "mine"), None)
    if person is None or ws[person].lower not in _HANDED and any(
            ws[i].lower in _OTHER_SUBJECTS for i in range(clause.lo, person)):
        return None
    if any(not all(ws[i].lower in _CAN for i in range(a, b)) for a, b in clause.wishes):
        return None  # a wish or a plan; the speaker's own "can" is an ability told now
    if person + 1 < clause.hi and ws[person + 1].lower in _MOVES:
        return None
    match = Match(min(when, person), person + 1, "ends_first")
    if rules.lists["growth_after_title"].search(ws, person, clause.hi) is not None \
            or rules.lists["not_skill_growth"].search(ws, clause.lo, clause.hi) is not None:
        return None  # "later I was promoted to supervisor", "later I learned a lot"
    if perk_end(rules, reading, clause, match.end):
        return None  # "after a year I was given a company car": a perk, no skill
    return match


def _handed(rules: Rules, reading: Reading, sentence: Sentence) -> tuple[Clause, Match] | None:
    """An end that tells its own start: the speaker handed work (``_HANDS``: "I was trusted
    with", "they let me run") after a span of time since starting ("within a year", "six
    months in", "by my second year"), as ``_end_at`` reads an end; the span is how far it
    moved."""
    ws = reading.words
    span = None  # where the sentence first tells a span since starting, read once
    for clause in sentence.clauses:
        if not any(_hands_over(ws, i, clause) for i in range(clause.lo, clause.hi)):
            continue
        if span is None:
            span = _later(rules, reading, Clause(sentence.lo, sentence.hi), spans_only=True)
            span = sentence.hi if span is None else span
        if span >= clause.hi:
            continue  # the span in this clause or told before it ("Six months in, they ...")
        match = _end_at(rules, reading, clause, anchored=True)
        if match is not None:
            return clause, match
    return None


# verbs that hand the speaker work: "I was trusted with", "they let me run", "got given"
_HANDS = frozenset("trust giv hand allow ask put leav send let".split())
_PASSIVE = frozenset("be get been being".split())


def _hands_over(ws, i: int, clause: Clause) -> bool:
    """True when word ``i`` hands the speaker work: a ``_HANDS`` verb after "was"/"got"
    (the speaker's passive) or before "me", going on to the work ("trusted with the accounts",
    "asked to step in", "let me run the stall", "put in charge of"). Not "asked to leave",
    "sent to the Leeds office", "put on nights", "handed my notice"."""
    if ws[i].base not in _HANDS:
        return False
    if i + 1 < clause.hi and ws[i + 1].lower == "me":
        nxt = i + 2
    elif i > clause.lo and (ws[i - 1].base in _PASSIVE or ws[i - 1].lower in _PASSIVE):
        nxt = i + 1
    else:
        return False
    if nxt + 1 >= clause.hi:
        return False
    word, then = ws[nxt].lower, ws[nxt + 1].lower
    if word in ("with", "in") and (word == "with" or then == "charge"):
        return True
    if word == "to":  # an infinitive, not a place: "sent to fix", not "sent to the office"
        return ws[nxt + 1].is_word and then not in _NOT_WORK and then not in _DETERMINERS
    # "let me run the stall": a verb straight after "me"
    return nxt == i + 2 and ws[nxt].is_word and word not in _NOT_WORK \
        and word not in _DETERMINERS and word not in _PREPOSITIONS


_NOT_WORK = frozenset("leave go quit stay resign rest home".split())
_DETERMINERS = frozenset("the a an my our his her their this that these those some".split())
_PREPOSITIONS = frozenset("on at in to for from off out of with by".split())


def _later(rules: Rules, reading: Reading, clause: Clause,
           spans_only: bool = False) -> int | None:
    """Where the clause tells a later time: an arc's far end ("by the end", "within a year"),
    a span of time led by a preposition ("after a few months", "in my second year"), or a word
    of ``_LATER`` (not with ``spans_only``: "now" tells no span since the start); None when it
    tells none."""
    ws = reading.words
    far = rules.lists["growth_after_far"].search(ws, clause.lo, clause.hi)
    if far is not None:
        return far.start
    for i in range(clause.lo, clause.hi):
        low = ws[i].lower
        if low in _LATER and not spans_only:
            return i
        if low in _SPANS:
            lead = next((j for j in range(i - 1, max(clause.lo, i - 4) - 1, -1)
                         if ws[j].lower in _SPAN_LEADS), None)
            if lead is not None and not any(ws[j].lower == "first" for j in range(lead, i)):
                return lead  # not "in the first month": a start
            if i + 1 < clause.hi and ws[i + 1].lower in _SPAN_TAILS:
                return i  # "six months in", "two years on", "a year later"
    return None
