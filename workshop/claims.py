"""What an answer claims: growth, results and later use, found sentence by sentence.

``read_claims(rules, reading)`` finds the claims the answer check (``workshop/check.py``) turns
into findings: each claim is where a pattern of ``data/phrases.json`` matched in a clause, and
whether it is *real* (no negation, wish or plan before it). ``workshop/specific.py`` then moves
the claims that name nothing out of the lists that count.

- growth: a growth pattern that is not a bare learning, or a before-and-after arc ("I was green
  ... by the end I could ...");
- results: a result pattern, whatever its subject, that is not personal; one the speaker only
  watched has none of theirs;
- later use: a used-later pattern, or a sentence that says when ("now", "in my current job")
  beside a word of reuse or a word of the grown skill itself ("Today I am the one who trains
  the wrapping" after "I learned to wrap pallets").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .check_later import even_so, later_vetoes, used_by_others
from .check_rules import Rules
from .growth_outside import outside_the_job
from .outcomes import (
    absences,
    compared,
    decisions,
    keeps,
    own_negation,
    result_topics,
    states,
    taken_span,
    targets_met,
    uptakes,
)
from .phrases import Match, Patterns
from .reading import Clause, Reading, Sentence
from .result_owner import SpeakerActs, unowned_figure
from .skills import OTHER_SKILL, canonical_skill
from .spans import Spans
from .specific import HELP_PATTERNS, learned_complement, people_before, sift

__all__ = ["Claim", "Found", "read_claims", "arc_ends", "learned_sentences", "measures"]

LEARNED = "(read by the learned second opinion)"  # the pattern of a result it passed

# How many sentences after a growth arc's start ("When I joined I had never ...") its end ("by
# the end I ...") may come.
_ARC_SENTENCES = 3


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
    to read; "we got back about £9,000 they had never claimed" is measured either way."""
    return claim.match.pattern != LEARNED or q.kind in _CHANGE_KINDS or q.before is not None


# hollow results the learned second opinion may not pass
_REFUSED = ("growth", "hedged", "unowned")


def learned_sentences(rules: Rules, reading: Reading, found: Found, ruled: Sequence,
                      findings: Sequence) -> tuple[list, dict[str, Sentence]]:
    """(the findings, by code the sentences the learned second opinion passed) for the findings
    it passed where the rules had not (``ruled``: the rules' findings; ``findings``: after the
    second opinion). Its sentence is evidence for the goals as a rule's claim is; where that
    sentence holds what the rules refuse as a result (``not_result``: "The result was that
    within a year I was promoted", "I was saving for a car"), a change the speaker only watched
    (``observed_result``: "while I was on leave") or a result they read as negated
    or wished ("The residents weren't calmer after we started"), the rules' finding stands: the
    model speaks only where the rules found nothing, never against what they recognise."""
    learned, refused = {}, set()
    unreal = {id(c.sentence) for c in found.results if not c.real} | {id(c.sentence) for c, why
                                                                      in found.hollow_results
                                                                      if why in _REFUSED}
    for before, after in zip(ruled, findings, strict=True):
        if after is before or not after.ok or not after.sentence:
            continue
        at = reading.text.find(after.sentence)
        sentence = next((s for s in reading.sentences if s.start <= at < s.end), None) \
            if at >= 0 else None
        if sentence is None:
            continue
        if after.code == "company_result" and (id(sentence) in unreal or any(rules.lists[
                k].search(reading.words, sentence.lo, sentence.hi) is not None
                for k in ("not_result", "observed_result"))):  # "while I was on leave"
            refused.add(after.code)
        else:
            learned[after.code] = sentence
    if "company_result" in learned:
        found.add_learned_result(learned["company_result"])
    return [r if f.code in refused else f for f, r in zip(findings, ruled, strict=True)], learned


def _claims(reading: Reading, sentence: Sentence, patterns: Patterns,
            unless: Patterns | None = None) -> list[Claim]:
    ws = reading.words
    vetoes = Spans.of(unless.find(ws, sentence.lo, sentence.hi) if unless is not None else [])
    out = []
    for clause in sentence.clauses:
        for m in patterns.find(ws, clause.lo, clause.hi):
            if vetoes.overlaps(m.start, m.end):
                continue
            # "gave me the chance to learn ... skills": a wish inside the pattern's gap
            wished = any(m.start < at < m.end for at, _ in clause.wishes)
            out.append(Claim(sentence, clause, m, clause.real(m) and not _modal_led(clause, m)
                             and not wished))
    return out


def _modal_led(clause: Clause, m: Match) -> bool:
    """True when the match's own first word is a wish ("could" in "the clinic could see more
    patients"): it bears on the claim as one before it would."""
    return any(start == m.start for start, _ in clause.wishes)


def _nowhere(rules: Rules, reading: Reading, *names: str) -> bool:
    """None of the lists can start anywhere in the text."""
    return all(rules.lists[name].nowhere(reading.words) for name in names)


def _growth(rules: Rules, reading: Reading, found: Found) -> None:
    lists = rules.lists
    since_before = _ARC_SENTENCES + 1  # sentences since the last before
    started = None  # the sentence of the last before
    lesson = None  # the sentence before, when it ends on a lesson it has not yet told
    previous = None
    for sentence in reading.sentences:
        lesson = _lesson_told(rules, reading, sentence, lesson, found)
        found.growth.extend(_grown_this(rules, reading, sentence, previous))
        previous = sentence
        claims = _claims(reading, sentence, lists["skill_growth"])
        bare = _about(reading, lists["not_skill_growth"].find(reading.words, sentence.lo,
                                                              sentence.hi))
        bare_spans = Spans.of(bare)
        for claim in claims:
            # a bare learning that holds the claim's last word: "I learned to be humble"
            if bare_spans.covers(claim.match.end - 1, claim.match.end) \
                    or _ends_clause(reading, claim):
                found.bare_learning.append(claim)
            else:
                found.growth.append(claim)
        for m in bare:
            clause = sentence.clause_of(m.start)
            found.bare_learning.append(Claim(sentence, clause, m, clause.real(m)))
        found.growth.extend(_level_moves(rules, reading, sentence))
        # "I was green ... by the end I could ...": a before in one sentence, an after in it
        # or the next; an after that plainly says where it got to (``growth_after_far``) up to
        # ``_ARC_SENTENCES`` later (a story tells what it tried in between).
        before = lists["growth_before"].search(reading.words, sentence.lo, sentence.hi)
        if before is not None and (bare_spans.overlaps(before.start, before.end) or people_before(
                rules.specific, reading.words, sentence.lo, before.end)[-1]):
            before = None  # "the user had never ...", "I came in with it already": no start
        after = _arc_after(lists, reading, sentence, before, since_before)
        if after is not None and bare_spans.overlaps(after.start, after.end):
            after = None  # "I learned from it": an end that names nothing grown
        if after is not None:
            clause = sentence.clause_of(after.start)
            found.growth.append(Claim(sentence, clause, after, True, arc=True,
                                      start=started if before is None else None))
        if before is not None:
            started = sentence
        since_before = 1 if before is not None else since_before + 1


def _arc_after(lists, reading: Reading, sentence: Sentence, before: Match | None,
               since_before: int) -> Match | None:
    """Where a growth arc got to in this sentence: a ``growth_after`` after the before in it or
    in the sentence before; a plain end (``growth_after_far``) told before the start in one
    sentence ("I ended up running the stock side, and I'd never done anything like that") or
    up to ``_ARC_SENTENCES`` after it."""
    ws = reading.words
    after_from = before.end if before is not None else sentence.lo
    after = None
    if since_before <= 1 or before is not None:
        after = lists["growth_after"].search(ws, after_from, sentence.hi)
    if after is None and before is not None:
        after = lists["growth_after_far"].search(ws, sentence.lo, before.start)
    if after is None and since_before <= _ARC_SENTENCES:
        after = lists["growth_after_far"].search(ws, after_from, sentence.hi)
    return after


def arc_ends(rules: Rules, reading: Reading) -> tuple[Sentence | None, Sentence | None]:
    """The first sentence that says where a growth started (``growth_before``, the speaker's
    own start) and the first that says where it got to (``growth_after``), each or None: the
    two halves ``_growth`` joins into an arc, read apart to say which one a text lacks."""
    lists, ws = rules.lists, reading.words
    start = end = None
    for sentence in reading.sentences:
        if start is None:
            before = lists["growth_before"].search(ws, sentence.lo, sentence.hi)
            if before is not None and not people_before(rules.specific, ws, sentence.lo,
                                                        before.end)[-1]:
                start = sentence
        if end is None and lists["growth_after"].search(ws, sentence.lo, sentence.hi):
            end = sentence
    return start, end


def _lesson_told(rules: Rules, reading: Reading, sentence: Sentence, before: Sentence | None,
                 found: Found) -> Sentence | None:
    """A lesson named, then told: "It taught me a valuable lesson. First, if a buyer is ready
    to sign, have the contract with you." (``lesson_unnamed`` ends the sentence before, the
    next opens on ``lesson_list_opening``), or told after a colon in its own sentence ("It
    taught me one thing: always ..."). What the lesson says is then read as the skill, and
    ``specific.py`` asks that it names something. Returns this sentence when it ends on a lesson
    still to be told."""
    lists, ws = rules.lists, reading.words
    if before is not None:
        opening = lists["lesson_list_opening"].match_at(ws, sentence.lo, sentence.hi)
        if opening is not None:
            found.growth.append(Claim(sentence, sentence.clause_of(opening.start), opening, True,
                                      arc=True, start=before))
    for m in lists["lesson_unnamed"].find(ws, sentence.lo, sentence.hi):
        clause = sentence.clause_of(m.start)
        rest = [i for i in range(m.end, sentence.hi) if ws[i].is_word]
        if not rest:
            return sentence if clause.real(m) else None
        if ws[m.end].lower == ":":
            found.growth.append(Claim(sentence, clause, m, clause.real(m), arc=True))
    return None


_NAMED_TAIL = 8  # how many words at the end of the sentence before may name the skill


def _grown_this(rules: Rules, reading: Reading, sentence: Sentence,
                previous: Sentence | None) -> list[Claim]:
    """Growth of a skill the sentence before named, told with "this" or "it": "What I am best
    at is my customer service. I have worked on developing this more than anything else."
    (``growth_of_named``). It counts when the last words of the sentence before name a skill
    of the vocabulary (``workshop/skills.py``); not "My manager was kind. I developed that."."""
    if previous is None:
        return []
    ws = reading.words
    found = [m for m in rules.lists["growth_of_named"].find(ws, sentence.lo, sentence.hi)]
    if not found:
        return []
    if not _names_a_skill(reading, previous):
        return []
    m = found[0]
    clause = sentence.clause_of(m.start)
    return [Claim(sentence, clause, m, clause.real(m), start=previous, named_before=True)]


def _names_a_skill(reading: Reading, sentence: Sentence) -> bool:
    """True when the sentence's last words, or the one to three words after a "my" in it ("My
    bookkeeping was weak at first"), name a skill of the vocabulary. At most a few names are
    asked of the vocabulary, however long the sentence."""
    ws = reading.words
    names = [reading.span_text(max(sentence.lo, sentence.hi - _NAMED_TAIL), sentence.hi)]
    mine = [i for i in range(sentence.lo, sentence.hi) if ws[i].lower == "my"][:_MY_NAMES]
    for i in mine:
        names.extend(reading.span_text(i + 1, min(i + 1 + n, sentence.hi)) for n in (3, 2, 1))
    return any(name and canonical_skill(name) != OTHER_SKILL for name in names)


_MY_NAMES = 4  # how many "my ..." of a sentence are asked whether they name a skill


def _level_moves(rules: Rules, reading: Reading, sentence: Sentence) -> list[Claim]:
    """A named skill told as growing without a learn verb: its level as a move ("my Excel went
    from basic formulas to building the forecast model"), "my costing skills grew", "the job
    took my negotiating skills much further". A ``skill_level_move`` counts when the words
    after "my" (up to "skills" or the verb) name a skill of the vocabulary
    (``workshop/skills.py``); a move "from ... to" needs its "to", and told in numbers
    (``skill_level_measure``) it is a measure, not a level. Not "my mood went from bad to worse",
    "my pedagogical skills improved" (neither names a job skill) or "my route went from 95 drops
    to 130"."""
    ws = reading.words
    out = []
    for m in rules.lists["skill_level_move"].find(ws, sentence.lo, sentence.hi):
        # the skill's name: from a "my" in the match ("My English and my accounting was
        # improved": each "my" is tried) up to its head noun, a "was" or the verb
        end = m.end
        named = False
        for mine in (i for i in range(m.start, m.end) if ws[i].lower == "my"):
            end = next((i for i in range(mine + 1, m.end) if ws[i].base in _NAME_ENDS), m.end)
            name = " ".join(ws[i].lower for i in range(mine + 1, end) if ws[i].is_word)
            if name and canonical_skill(name) != OTHER_SKILL:
                named = True
                break
        if not named:
            continue
        clause = sentence.clause_of(m.start)
        verb = next((i for i in range(end, m.end) if ws[i].base in _GROWTH_VERBS), -1)
        if verb >= 0 and ws[verb].base in _MOVE_VERBS:
            if not any(ws[i].lower == "to" for i in range(m.end, clause.hi)) or \
                    rules.lists["skill_level_measure"].search(ws, m.end, clause.hi) is not None:
                continue
        out.append(Claim(sentence, clause, m, clause.real(m), verb=verb))
    return out


# bases: where a skill's name after "my" ends (its head noun, a "was", or the verb of the
# move); the verb is then no result of its own ("my accounting improved" is growth)
_MOVE_VERBS = frozenset(("go", "went", "gon", "mov", "progress"))
_GROWTH_VERBS = _MOVE_VERBS | frozenset(("grow", "grew", "grown", "improv", "com", "cam",
                                          "develop", "strengthen", "sharpen", "becom", "get"))
_NAME_ENDS = _GROWTH_VERBS | frozenset(("skill", "skillset", "knowledg", "techniqu", "craft",
                                         "be", "hav"))


def _about(reading: Reading, bare: list[Match]) -> list[Match]:
    """The bare learnings, less those that go on to say what they were about ("learned a lot
    about classroom management"): what follows "about" is then the skill, and whether it names
    one is ``specific.py``'s to say; so "learned there to/how ...". A longer bare match ("a lot
    about life") still holds."""
    ws = reading.words
    ends = {m.end for m in bare}
    return [m for m in bare if not (m.end < len(ws) and (ws[m.end].lower == "about" or (
        ws[m.end].lower in ("to", "how") and m.pattern in ("learn there", "learn here")))
        and not any(e > m.end + 1 for e in ends))]


def _ends_clause(reading: Reading, claim: Claim) -> bool:
    """True for a learning that names nothing after it ("I learned." / "I learned, and ...")."""
    if claim.match.pattern not in ("i learn", "learn", "learn it", "learn them"):
        return False
    ws = reading.words
    i = claim.match.end
    return i >= claim.clause.hi or not ws[i].is_word


def _results(rules: Rules, reading: Reading, found: Found) -> None:
    lists = rules.lists
    ws = reading.words
    moves = {c.verb for c in found.growth if c.verb >= 0}
    learned = sorted((c.match.start, c.match.end) for c in found.growth if c.real)
    previous, memo = None, {}
    acting = SpeakerActs(lists, reading, found.growth + found.bare_learning)
    for sentence in reading.sentences:
        # a change the participant only watched is none of theirs, unless they say they helped
        # ("While I was there I helped the hostel bring its evictions down")
        observed = lists["observed_result"].search(ws, sentence.lo, sentence.hi) is not None
        topics = None
        for claim in _claims(reading, sentence, lists["company_result"], lists["not_result"]):
            if observed and claim.match.pattern not in HELP_PATTERNS:
                continue
            if ws[claim.match.start].lower.endswith("ing"):
                if topics is None:
                    topics = result_topics(lists, reading, sentence)
                if topics.overlaps(claim.match.start, claim.match.start + 1):
                    continue
            if _needs_subject(rules, reading, claim, moves):
                continue  # no subject, or a skill's level ("my Excel went from ... to ...")
            claim = _own_negation(rules, reading, claim, memo)
            # "the vans left an hour earlier", not "I came in an hour earlier": whose time
            # moved is the clause's subject, told before its verb
            needs = lists["result_needs_clause_subject"].match_at(ws, claim.match.start,
                                                                  sentence.hi)
            if needs is not None and reading.speaker_leads(claim.clause, claim.match):
                continue
            why = _why_not(rules, reading, learned, claim, acting)
            if why:
                found.hollow_results.append((claim, why))
                continue
            found.results.append(claim)
        taken = uptakes(lists, reading, sentence, previous) \
            + decisions(lists, reading, sentence, previous) \
            + keeps(lists, reading, sentence, previous)
        found.taken_up.update(taken_span(ws, clause, m) for clause, m in taken)
        found.results.extend(Claim(sentence, clause, m, clause.real(m)) for clause, m in
                             taken + absences(lists, reading, sentence)
                             + states(lists, reading, sentence))
        # "Before, we had many residents going to hospital. In my second winter it was only
        # one.": the result is told in both sentences (what changed is named in the first)
        found.results.extend(Claim(sentence, clause, m, clause.real(m), start=before)
                             for clause, m, before in compared(lists, reading, sentence, previous))
        found.results.extend(Claim(sentence, clause, m, True)
                             for clause, m in targets_met(lists, reading, sentence))
        previous = sentence
        _prevented(rules, reading, sentence, found)


def _why_not(rules: Rules, reading: Reading, learned: list, claim: Claim,
             acting: SpeakerActs) -> str:
    """Why a result's claim is none of the speaker's, or "": what they learned to do ("I learned
    to cut hair"), their own rate of work, the organisation's figure (``unowned_figure``)."""
    if learned_complement(rules.specific, reading.words, learned, claim):
        return "growth"
    if _own_rate(rules, reading, claim):
        return "own_rate"
    if unowned_figure(rules.lists, reading, claim.sentence, claim.clause.lo, claim.match.start,
                      acting):
        return "unowned"
    return ""


def _needs_subject(rules: Rules, reading: Reading, claim: Claim, moves: set) -> bool:
    """True when the claim's change needs a subject other than the speaker
    (``result_needs_subject``: "went from", "fell", "grew") and has none, unless a label and a
    colon name what changed or the verb has an object and a measure ("I grew the list by 60%",
    ``result_measured_object``); or when its verb is a skill's level ("my Excel went from ...
    to ...", ``moves``)."""
    lists, ws, at, hi = rules.lists, reading.words, claim.match.start, claim.sentence.hi
    if lists["result_needs_subject"].match_at(ws, at, hi) is None:
        return False
    if at in moves:
        return True
    return not reading.has_subject(claim.match) and not _measure_label(reading, claim) \
        and lists["result_measured_object"].match_at(ws, at, hi) is None


def _own_negation(rules: Rules, reading: Reading, claim: Claim, memo: dict) -> Claim:
    """The claim made real when it is a stop with a negation of its own ("weren't ... waiting
    for their letters anymore", ``outcomes.own_negation``)."""
    if claim.real or not own_negation(rules.lists, reading, claim.sentence, claim.clause,
                                      claim.match, memo):
        return claim
    return replace(claim, real=True)


def _measure_label(reading: Reading, claim: Claim) -> bool:
    """True when a change with no subject of its own follows a label and a colon, as notes
    and forms write a measure ("Orders shipped same day: 70% -> 95%", "Mis-picks: 40 a week
    -> 6"): the label is what changed. Not the speaker ("Me: ...") nor a colon that opens the
    sentence."""
    ws, at = reading.words, claim.match.start - 1
    if at <= claim.sentence.lo or ws[at].lower != ":":
        return False
    label = ws[at - 1]
    return label.is_word and label.lower not in ("i", "me", "myself", "my", "skills", "skill")


def _own_rate(rules: Rules, reading: Reading, claim: Claim) -> bool:
    """True for a change told by its shape alone ("up from", "went from", "twice as many")
    whose clause is the speaker's own rate of work ("by the end I was closing forty claims a
    week, up from fifteen", ``result_own_rate``): how much the speaker got through shows the
    skill grew; what it changed for the organisation is still to be said. Not "I cut the
    queue from 40 to 10" (a verb acting on the organisation's work) nor "the team was shipping
    300 orders a day, up from 120" (not the speaker's rate)."""
    lists, ws = rules.lists, reading.words
    if lists["result_change_shape"].match_at(ws, claim.match.start, claim.clause.hi) is None:
        return False
    # near the change, as a pattern reaches (a long run-on clause is not read once per claim)
    lo = max(claim.clause.lo, claim.match.start - _OWN_RATE_REACH)
    hi = min(claim.clause.hi, claim.match.end + _OWN_RATE_REACH)
    return lists["result_own_rate"].search(ws, lo, hi) is not None


# How many words before and after a change its own-rate pattern may reach: a pattern is at most
# a few words and two "..." gaps of six.
_OWN_RATE_REACH = 20


def _prevented(rules: Rules, reading: Reading, sentence: Sentence, found: Found) -> None:
    """A loss prevented, told as what would have happened without the speaker ("if I hadn't,
    the company would have paid out $20,000"): a ``prevented_loss`` with a subject other than
    the speaker, after a ``prevented_if`` in the sentence, is a result, though its clause is a
    condition."""
    if not any(c.wishes or c.nominal for c in sentence.clauses):
        return  # no "if" and no "without": nothing was prevented
    lists, ws = rules.lists, reading.words
    condition = lists["prevented_if"].search(ws, sentence.lo, sentence.hi)
    if condition is None:
        return
    for m in lists["prevented_loss"].find(ws, condition.end, sentence.hi):
        if reading.has_subject(m):  # the company's loss, not "I would have lost my nerve"
            found.results.append(Claim(sentence, sentence.clause_of(m.start), m, True))
            return


def _used_later(rules: Rules, reading: Reading, found: Found) -> None:
    """Later use: a used-later pattern, or a sentence that says when ("now", "since", "in my
    current job") beside a word of reuse ("use", "the same", "that way") or a word of a grown
    skill ("Today I am the one who trains the wrapping" after "I learned to wrap pallets")."""
    lists = rules.lists
    ws = reading.words
    skill, grown_in = _skill_words(rules, reading, found)
    taken = Spans(sorted(found.taken_up))
    for sentence in reading.sentences:
        # an uptake in a later job ("in my new school the staff now use my planner") is the
        # speaker's skill used there, not only the old work living on
        later_job = not taken or lists["later_job"].search(ws, sentence.lo, sentence.hi)
        kept = Spans() if later_job else taken
        claims = _claims(reading, sentence, lists["used_later"], lists["used_later_not"])
        if not [c for c in claims if c.real]:
            vetoes = later_vetoes(lists, reading, sentence.lo, sentence.hi)
            # not "a year later I was ...", nor "since I joined the ward" (the same job)
            same = Spans.of(lists["used_later_same_job"].find(ws, sentence.lo, sentence.hi))
            # nor "the library now lends the collection" (the organisation's, ``taken_up``)
            when = [w for w in lists["used_later_when"].find(ws, sentence.lo, sentence.hi)
                    if not vetoes.overlaps(w.start, w.end) and not same.overlaps(w.start, w.end)
                    and not kept.overlaps(w.start, w.end)]
            if when:
                for clause in sentence.clauses:
                    for m in lists["used_later_reuse"].find(ws, clause.lo, clause.hi):
                        # "the department is still using that plan", "it's still used there":
                        # someone else uses it (an uptake), not the speaker
                        if not vetoes.overlaps(m.start, m.end) \
                                and not used_by_others(reading, clause, m):
                            claims.append(Claim(sentence, clause, m, clause.real(m)))
                if not claims and sentence.lo not in grown_in:
                    claims.extend(_skill_named(reading, sentence, skill, when, vetoes))
        # only the speaker's own use: "it's still used there" is the practice living on, as
        # is a clause where the organisation took the work up ("the library now lends it")
        found.used_later.extend(c for c in claims
                                if not used_by_others(reading, c.clause, c.match)
                                and not even_so(lists, reading, sentence.lo, sentence.hi, c.match)
                                and not kept.overlaps(c.match.start, c.match.end))


def _skill_words(rules: Rules, reading: Reading, found: Found) -> tuple[set, set]:
    """The bases of the words that name a grown skill (what follows a real growth claim in its
    clause, or an arc's end in its sentence), and where the growth sentences start."""
    ws, spec = reading.words, rules.specific
    base = rules.grammar.lexicon.base
    words, starts = set(), set()
    after: dict[int, int] = {}  # by where the words end, the first claim's end: each word once
    literal: dict[int, set] = {}  # by where the words end, a gap pattern's own words
    for claim in found.growth:
        if not claim.real:
            continue
        starts.add(claim.sentence.lo)
        hi = claim.sentence.hi if claim.arc else claim.clause.hi
        # an arc names its skill where it starts ("no background in training new starters at
        # first, but these days I am the one others ask"): its whole sentence is read
        lo = claim.sentence.lo if claim.arc else claim.match.end
        if "..." in claim.match.pattern:  # "got my counterbalance ticket": the skill in a gap
            lo = claim.match.start
            literal.setdefault(hi, set()).update(
                base(x.lstrip("=").lower()) for x in claim.match.pattern.replace("|", " ").split())
        after[hi] = min(after.get(hi, hi), lo)
    for hi, lo in after.items():
        skip = literal.get(hi, ())
        for w in ws[lo:hi]:
            if w.base in skip:
                continue
            if w.is_word and len(w.lower) > 2 and w.lower.isalpha() \
                    and w.base not in spec.empty and w.lower not in spec.empty:
                words.add(w.base)
    return words, starts


def _skill_named(reading: Reading, sentence: Sentence, skill: set, when: list,
                 vetoes: Spans) -> list[Claim]:
    """A claim of later use where a word of the grown skill stands in a sentence that says when
    (the first such word, outside the when-words themselves)."""
    ws = reading.words
    taken = Spans.of(when)
    for i in range(sentence.lo, sentence.hi):
        if ws[i].base in skill and not taken.overlaps(i, i + 1) and not vetoes.overlaps(i, i + 1):
            clause = sentence.clause_of(i)
            m = Match(i, i + 1, "<grown skill>")
            return [Claim(sentence, clause, m, clause.real(m))]
    return []


def read_claims(rules: Rules, reading: Reading) -> Found:
    found = Found()
    # Each reader finds only what its lists find: one whose lists start nowhere in the text is
    # not asked sentence by sentence (a paste of numbers or marks). A prevented loss is read
    # only after a "prevented_if", later use's reuse and skill words only beside a
    # "used_later_when".
    if not _nowhere(rules, reading, "skill_growth", "not_skill_growth", "skill_level_move",
                    "growth_before", "growth_after", "growth_after_far"):
        _growth(rules, reading, found)
        outside_the_job(rules, reading, found)  # a hobby's growth is no job skill
    if not _nowhere(rules, reading, "company_result", "prevented_if", "uptake", "decision",
                    "kept", "absence", "compared_now", "state_after"):
        _results(rules, reading, found)
    if not _nowhere(rules, reading, "used_later", "used_later_when"):
        _used_later(rules, reading, found)
    sift(rules.specific, reading, found)  # claims that name nothing do not count
    if not [c for c in found.growth if c.real]:  # a use that is real, of no grown skill
        found.hollow_used[:0] = [(c, "no_growth") for c in found.used_later if c.real]
        found.used_later = [c for c in found.used_later if not c.real]
    return found
