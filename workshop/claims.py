"""What an answer claims: growth, results and later use, found sentence by sentence.

``read_claims(rules, reading)`` finds the claims the answer check (``workshop/check.py``) turns
into findings: each claim (``workshop/claim_kinds.py``) is where a pattern of
``data/phrases.json`` matched in a clause, and whether it is *real* (no negation, wish or plan
before it). ``workshop/specific.py`` then moves the claims that name nothing out of the lists that
count.

- growth: ``workshop/growth_claims.py`` (a growth pattern that is not a bare learning, or a
  before-and-after arc, "I was green ... by the end I could ...");
- results, here: a result pattern, whatever its subject, that is not personal; one the speaker
  only watched has none of theirs; a trade duty ("I cut hair", ``workshop/trade_acts.py``) none;
- later use, here: a used-later pattern, or a sentence that says when ("now", "in my current
  job") beside a word of reuse or a word of the grown skill itself ("Today I am the one who
  trains the wrapping" after "I learned to wrap pallets").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .check_later import even_so, later_vetoes, used_by_others
from .check_rules import Rules
from .claim_kinds import LEARNED, Claim, Found, bar_behind, clause_claims, measures
from .gains import gains
from .growth_claims import arc_ends, read_growth
from .growth_outside import outside_the_job
from .later_states import LATER_STATE, first_at, later_states
from .losses import losses
from .outcomes import (
    absences,
    averted,
    compared,
    counts_moved,
    decisions,
    gathered,
    keeps,
    lasted,
    own_negation,
    reached,
    result_topics,
    states,
    taken_span,
    targets_met,
    uptakes,
    work_passed,
)
from .phrases import Match
from .reading import Reading, Sentence
from .result_cause import caused, consequences, others_act
from .result_owner import SpeakerActs, acts_at, unowned_figure
from .spans import Spans
from .specific import HELP_PATTERNS, learned_complement, sift
from .trade_acts import duties, measured_act

__all__ = ["LEARNED", "Claim", "Found", "read_claims", "arc_ends", "learned_sentences",
           "measures"]


# hollow results the learned second opinion may not pass
_REFUSED = ("growth", "hedged", "unowned", "unmeasured", "state")


def learned_sentences(rules: Rules, reading: Reading, found: Found, ruled: Sequence,
                      findings: Sequence) -> tuple[list, dict[str, Sentence]]:
    """(the findings, by code the sentences the learned second opinion passed) for the findings
    it passed where the rules had not (``ruled``: the rules' findings; ``findings``: after the
    second opinion). Its sentence is evidence for the goals as a rule's claim is; where that
    sentence holds what the rules refuse as a result (``not_result``: "The result was that
    within a year I was promoted", "I was saving for a car"), a change the speaker only watched
    (``observed_result``: "while I was on leave") or a result they read as negated
    or wished ("The residents weren't calmer after we started"), and a growth whose sentence
    holds an arc's end the rules read as naming nothing ("left as one of the top guys"), the
    rules' finding stands: the model speaks only where the rules found nothing, never against
    what they recognise."""
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
                for k in ("not_result", "observed_result"))  # "while I was on leave"
                or _nothing_changed_told(reading, sentence, found, learned.get("skill_growth"),
                                         rules.lists["result_talk"])):
            refused.add(after.code)
        elif after.code == "skill_growth" and any(c.arc and c.sentence is sentence
                                                  for c in found.bare_learning):
            refused.add(after.code)  # an arc's end the rules read as naming nothing grown
        elif after.code == "skill_growth" and any(c.sentence is sentence and c.match.pattern
                                                  == LATER_STATE for c in found.results):
            refused.add(after.code)  # "by the end of the year half our bookings were ...":
            # the time after tells the organisation's state, not the speaker's arc
        else:
            learned[after.code] = sentence
    if "company_result" in learned:
        found.add_learned_result(learned["company_result"])
    return [r if f.code in refused else f for f, r in zip(findings, ruled, strict=True)], learned



# words that stand before a clause's subject without being one: links and adverbs
_LINKS = frozenset("and so but or then also even just now soon later still really more "
                   "finally eventually".split())
_SPEAKER = frozenset("i i've i'd i'm i'll".split())
_PREPOSITIONS = frozenset("in on at by for within after before during over from into through "
                          "since until till under across".split())
_PHRASE = 6  # how far a leading phrase of time or place may run before its clause's subject


def _nothing_changed_told(reading: Reading, sentence: Sentence, found: Found,
                          grown: Sentence | None, talk=None) -> bool:
    """True when a sentence the learned second opinion reads as a result tells nothing that
    changed for anyone else: each clause is a count told as a state ("we had over 300 people
    on the waiting list") or, where the sentence tells the speaker's growth (a real growth
    claim of the rules', or ``grown``, the sentence the second opinion read as growth), that
    growth, the speaker's own act with no number and no measured change ("by my second year
    I was the one doing the report", "after a year I take all the calls myself") or a measure
    of the clause before (": from 80 items an hour to 140"). Not "..., and the queue at the
    till was gone", "so we stopped paying for agency cover", "and I drove sign-ups from 5 a
    week to 40", "and I signed 14 new accounts". A clause that only talks (``talk``,
    ``result_talk``: "let me tell you about the venue", "that's where it clicked", "which I'd
    never done before", "so it was intense") tells no change either."""
    growth = {(c.clause.lo, c.clause.hi) for c in found.growth
              if c.real and c.sentence is sentence}
    grown_here = bool(growth) or grown is sentence
    ws = reading.words
    for c in sentence.clauses:
        if (c.lo, c.hi) in growth:
            continue
        said = _speakers_clause(ws, c.lo, c.hi)
        if (said and not grown_here) or (said == "act" and (
                _measured_change(ws, c.lo, c.hi) or _counted(ws, c.lo, c.hi))):
            return False
        if not said and not _count_state(ws, c.lo, c.hi) \
                and (talk is None or talk.search(ws, c.lo, c.hi) is None):
            return False
    return True


def _counted(ws, lo: int, hi: int) -> bool:
    """Whether words ``lo`` to ``hi`` hold a number ("I signed 14 new accounts"), not "the one"
    nor "one" of a time ("after one year")."""
    return any((w.lower[:1].isdigit() or w.lower in _NUMBER_WORDS) for w in ws[lo:hi])


_HAVE = frozenset("had have has".split())
_BE = frozenset("was were is are".split())
_ROUGH = frozenset("over about around nearly almost roughly some well up".split())
_ABSENT = frozenset("no none zero only never nobody nothing".split())
_SUBJECT_REACH = 5  # how far into its clause a count's "had" or "there were" may stand


def _count_state(ws, lo: int, hi: int) -> bool:
    """Whether words ``lo`` to ``hi`` (a clause) tell a count as a state, a problem's or a
    place's size, not a change: "had", "have" or "there were" near the clause's start, then a
    number ("We had over 200 families on the waiting list", "there were 40 open jobs"), and
    no measured change and no absence ("we had no falls after that", "only two")."""
    words = [i for i in range(lo, hi) if ws[i].is_word]
    if any(ws[i].lower in _ABSENT or ws[i].lower.endswith("n't") for i in words) \
            or _measured_change(ws, lo, hi):
        return False
    for k, i in enumerate(words[:_SUBJECT_REACH]):
        low = ws[i].lower
        if low in _HAVE or (low == "there" and k + 1 < len(words)
                            and ws[words[k + 1]].lower in _BE):
            rest = [ws[j].lower for j in words[k + 1:k + 5] if ws[j].lower not in _BE]
            while rest and rest[0] in _ROUGH:
                rest.pop(0)
            # not "because there were two of us, the yard stopped hiring": a subject after it
            return bool(rest) and (rest[0][:1].isdigit() or rest[0] in _NUMBER_WORDS) \
                and not _new_subject(ws, i + 1, hi)
    return False


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen "
                          "twenty thirty forty fifty hundred hundreds thousand thousands dozens "
                          "double twice".split())


# words that tell a change measured in the clause: "from 5 a week to 40", "than", "instead of"
_CHANGE_WORDS = frozenset("than instead fewer less halved doubled tripled percent %".split())


def _measured_change(ws, lo: int, hi: int) -> bool:
    """Whether words ``lo`` to ``hi`` tell a measured change: "from ... to ...", "by" and a
    number, a comparison ("than", "fewer", "instead of"), a multiple or a share."""
    source = False
    for i in range(lo, hi):
        low = ws[i].lower
        if low in _CHANGE_WORDS or (source and low == "to"):
            return True
        source = source or low == "from"
        if low == "by" and i + 1 < hi and (ws[i + 1].lower[:1].isdigit()
                                           or ws[i + 1].lower in ("half", "a", "about")):
            return True
    return False


def _speakers_clause(ws, lo: int, hi: int) -> str:
    """What words ``lo`` to ``hi`` (a clause) are when they tell what the speaker did or does,
    else "": "act" when, past its links, adverbs and a leading phrase of time or place ("after
    one year", "by my second year,"), the first word is "I"; "measure" when it opens with a
    colon and "from" (the clause before's measure); "links" when it holds only links ("More
    practically")."""
    i, colon = lo, False
    while i < hi:
        w = ws[i]
        low = w.lower
        if not w.is_word:
            colon = colon or low in (":", "-", "\u2013", "\u2014")
            i += 1
        elif low in _PREPOSITIONS:
            if colon and low == "from" and i == lo + 1:
                return "measure"  # ": from 80 items an hour to 140"
            j = i + 1
            while j < min(hi, i + _PHRASE) and ws[j].is_word and ws[j].lower not in _SPEAKER:
                j += 1
            if j < hi and ws[j].lower in _SPEAKER:
                # not "After I started coaching them, we got the wait under two minutes"
                return "" if _new_subject(ws, j + 1, hi) else "act"
            if j >= hi or ws[j].is_word:
                return ""
            i = j  # "By the third month, I ...": past the comma
        elif low in _LINKS or (len(low) > 4 and low.endswith("ly")):
            i += 1
        else:
            return "act" if low in _SPEAKER and not _new_subject(ws, i + 1, hi) else ""
    return "links"


def _nowhere(rules: Rules, reading: Reading, *names: str) -> bool:
    """None of the lists can start anywhere in the text."""
    return all(rules.lists[name].nowhere(reading.words) for name in names)



def _results(rules: Rules, reading: Reading, found: Found) -> None:
    lists = rules.lists
    ws = reading.words
    moves = {c.verb for c in found.growth if c.verb >= 0}
    learned = sorted((c.match.start, c.match.end) for c in found.growth if c.real)
    previous, memo = None, {}
    acting = SpeakerActs(lists, reading, found.growth + found.bare_learning)
    grown = frozenset(c.match.start for c in found.growth if c.real)
    # where the speaker's work or grown skill is first told, and a "before" (a later state)
    acted = min((i for i in [_first_act(lists, reading)] + [s for s, _ in learned[:1]]
                 if i is not None), default=None)
    before = first_at(lists["later_before"], reading)
    for sentence in reading.sentences:
        # a change the participant only watched is none of theirs, unless they say they helped
        # ("While I was there I helped the hostel bring its evictions down")
        observed = lists["observed_result"].search(ws, sentence.lo, sentence.hi) is not None \
            or _others_result(lists, reading, sentence)
        topics = None
        trade = duties(lists, reading, sentence)  # "I cut hair", not "I cut hair dye waste"
        for claim in clause_claims(reading, sentence, lists["company_result"], lists["not_result"]):
            if _watched_or_duty(claim, observed, trade):
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
            if needs is not None and reading.speaker_leads(claim.clause, claim.match) \
                    and not measured_act(lists, reading, claim):
                continue
            why = _why_not(rules, reading, learned, claim, acting)
            if why:
                found.hollow_results.append((claim, why))
                continue
            found.results.append(claim)
        taken = uptakes(lists, reading, sentence, previous) \
            + decisions(lists, reading, sentence, previous) \
            + keeps(lists, reading, sentence, previous) \
            + lasted(lists, reading, sentence, previous)
        found.taken_up.update(taken_span(ws, clause, m) for clause, m in taken)
        found.results.extend(Claim(sentence, clause, m, clause.real(m)) for clause, m in
                             taken + absences(lists, reading, sentence)
                             + states(lists, reading, sentence)
                             + averted(lists, reading, sentence)
                             + counts_moved(lists, reading, sentence, grown)
                             + gathered(lists, reading, sentence, previous)
                             + reached(lists, reading, sentence)
                             + work_passed(lists, reading, sentence)
                             + later_states(lists, reading, sentence, acted, before)
                             + gains(lists, reading, sentence, acted)
                             + losses(lists, reading, sentence, acted)
                             + caused(lists, reading, sentence, previous)
                             + consequences(lists, reading, sentence, previous))
        # "Before, we had many residents going to hospital. In my second winter it was only
        # one.": the result is told in both sentences (what changed is named in the first)
        found.results.extend(Claim(sentence, clause, m, clause.real(m), start=before)
                             for clause, m, before in compared(lists, reading, sentence, previous))
        found.results.extend(Claim(sentence, clause, m, True)
                             for clause, m in targets_met(lists, reading, sentence))
        previous = sentence
        _prevented(rules, reading, sentence, found)


def _first_act(lists, reading: Reading) -> int | None:
    """Where the first "I" or "we" followed by a doing of theirs stands (``acts_at``), or
    None: a later state told after it follows from the speaker's work."""
    ws = reading.words
    for sentence in reading.sentences:
        for i in range(sentence.lo, sentence.hi):
            if ws[i].lower in ("i", "we") and acts_at(lists, ws, sentence, i):
                return i
    return None


def _others_result(lists, reading: Reading, sentence: Sentence) -> bool:
    """True for a sentence that credits its change to someone else's act (``others_result``:
    "mostly thanks to a loyalty card the owner brought in", "after the owner hired an agency",
    "the year the hospital brought in a new triage system", "I joined when it had 20
    customers; when I left it had 2,000") and where the speaker does nothing ("I", "we"
    followed by a doing, ``result_owner.acts_at``): not "After the owner hired me I rebuilt
    the website and sales doubled"."""
    ws = reading.words
    if lists["others_result"].search(ws, sentence.lo, sentence.hi) is None:
        return False
    return not any(acts_at(lists, ws, sentence, i) for i in range(sentence.lo, sentence.hi))


def _watched_or_duty(claim: Claim, observed: bool, trade: Spans) -> bool:
    """True for a change the speaker only watched, unless they say they helped, and for a
    result's word inside a trade duty ("I cut hair", ``trade_acts.duties``)."""
    return (observed and claim.match.pattern not in HELP_PATTERNS) or (
        bool(trade) and trade.overlaps(claim.match.start, claim.match.end))


# a state, not a change, before "double the staff": "we had nearly double the staff"
_STATES = frozenset("had have has was were is are with".split())
_HEDGED = frozenset("nearly almost about around roughly over just".split())
_OBJECT_SPEAKER = frozenset(("me", "myself"))
_COUNTED_BY = frozenset("per each".split())
_SUPERLATIVES = frozenset("highest lowest".split())
_STANDARDS = frozenset("level levels standard standards degree possible".split())
_LEARN_VERBS = frozenset("learn learned learnt learning taught trained studied".split())
_SKILL_NAME = 3  # how many words before a gerund a learning verb may stand ("learned vinyl")


def _no_change(ws, claim: Claim) -> str:
    """Why a change word's place in its sentence tells no change, or "": a noun's modifier
    after an article ("doing the cutting lists", "on the boosting pump": "empty"), the speaker
    as its object ("the part that grew me", "it improved me as a writer": "growth"), or a
    multiple told as a state's size ("we had nearly double the staff of the other branch":
    "state"; not "we sold double the tickets")."""
    at, lo, hi = claim.match.start, claim.clause.lo, claim.clause.hi
    low = ws[at].lower
    if low.endswith("ing") and at > lo and ws[at - 1].lower in ("the", "a", "an"):
        return "empty"
    if at > lo and ws[at - 1].lower in _COUNTED_BY:
        return "empty"  # "paid per drop", "each lift": a unit of the work, no change
    if at + 2 < hi and ws[at + 1].lower in _SUPERLATIVES and ws[at + 2].lower in _STANDARDS:
        return "empty"  # "at the highest level", "to the lowest standard": a degree
    if low.endswith("ing") and any(ws[k].lower in _LEARN_VERBS
                                   for k in range(max(lo, at - _SKILL_NAME), at)):
        return "growth"  # "I learned vinyl cutting": the skill's name, no change
    if at + 1 < hi and ws[at + 1].lower in _OBJECT_SPEAKER:
        return "growth"
    if low in ("double", "triple", "twice") and at + 1 < hi \
            and ws[at + 1].lower in ("the", "our", "their", "its", "what"):
        i = at - 1
        while i > lo and ws[i].lower in _HEDGED:
            i -= 1
        return "state" if i >= lo and ws[i].lower in _STATES else ""
    return ""


def _why_not(rules: Rules, reading: Reading, learned: list, claim: Claim,
             acting: SpeakerActs) -> str:
    """Why a result's claim is none of the speaker's, or "": what they learned to do ("I learned
    to cut hair"), their own rate of work, the organisation's figure (``unowned_figure``), a
    change word that tells no change where it stands (``_no_change``), a change told right
    after someone else's doing (``result_cause.others_act``)."""
    why = _no_change(reading.words, claim)
    if why:
        return why
    if learned_complement(rules.specific, reading.words, learned, claim):
        return "growth"
    if _own_rate(rules, reading, claim) or _own_errors(rules, reading, claim):
        return "own_rate"
    if unowned_figure(rules.lists, reading, claim.sentence, claim.clause.lo, claim.match.start,
                      acting):
        return "unowned"
    # "Dev rebuilt the sales process and our store went to the top": someone else's doing
    if claim.match.pattern not in HELP_PATTERNS and others_act(rules.lists, reading,
                                                               claim.sentence):
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
        and lists["result_measured_object"].match_at(ws, at, hi) is None \
        and not measured_act(lists, reading, claim)  # "I drove forty fewer miles a day"


def _own_negation(rules: Rules, reading: Reading, claim: Claim, memo: dict) -> Claim:
    """The claim made real when it is a stop with a negation of its own ("weren't ... waiting
    for their letters anymore", ``outcomes.own_negation``), or when what denied it stands in an
    earlier part of its clause, behind a comma and the change's own subject ("because I could
    clear them, the call-outs stopped", ``claim_kinds.bar_behind``)."""
    if claim.real or not (bar_behind(reading, claim) or own_negation(
            rules.lists, reading, claim.sentence, claim.clause, claim.match, memo)):
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
    if lists["result_own_rate"].search(ws, lo, hi) is not None:
        return True
    # a change with no subject of its own, told after the speaker's speed or capacity in its
    # sentence (``result_own_speed``): "I got way quicker at truing, went from an hour a wheel
    # to 15 minutes", "by the second year I could do the post in half the time"; not "I could
    # plan the bays, and the lorries went from queuing an hour to ..." (a subject of its own)
    lo = max(claim.sentence.lo, claim.match.start - _OWN_RATE_REACH)
    speed = [m for m in lists["result_own_speed"].find(ws, lo, claim.match.start)
             if m.end <= claim.match.start]
    if speed and not _new_subject(ws, speed[-1].end, claim.match.start):
        return True
    # the speaker's rate told earlier in the sentence, then its end with no subject of the
    # change's own but "it", the rate itself: "When I started I did 60 forms a day; by the
    # end it was 150 with fewer errors", "I was packing sixty an hour; after two months I
    # was packing a hundred and twenty, double"; not "..., and the queue went from ..."
    lo = max(claim.sentence.lo, claim.match.start - 2 * _OWN_RATE_REACH)
    rate = [m for m in lists["result_own_rate"].find(ws, lo, claim.match.start)
            if m.end <= claim.match.start]
    return bool(rate) and not _new_subject(ws, rate[-1].end, claim.match.start, ("it",))


def _own_errors(rules: Rules, reading: Reading, claim: Claim) -> bool:
    """True for a change told of the speaker's own mistakes (``result_own_errors``, "my
    mis-picks dropped to a couple a month", "my error rate was the lowest on the team"): the
    skill grew; what it changed for the organisation is still to be said. Not "my mistakes
    stopped, so the store's complaints fell" (the store's change has a subject of its own)."""
    ws, lo = reading.words, claim.clause.lo
    own = [m for m in rules.lists["result_own_errors"].find(ws, lo, claim.match.start)
           if m.end <= claim.match.start]
    return bool(own) and not _new_subject(ws, own[-1].end, claim.match.start)


# a subject of a change's own: a pronoun, or a noun phrase opened after a clause's break
_OWN_SUBJECTS = frozenset("we they it he she you our their his her its this that these those "
                          "which who".split())
_BREAKS = frozenset(", ; : and but so then".split())
_OPENERS = frozenset("the a an every all most some".split())


def _new_subject(ws, lo: int, hi: int, rate_words: tuple = ()) -> bool:
    """Whether words ``lo`` to ``hi`` (between the speaker's speed and a change) hold a subject
    of the change's own: a pronoun ("and we went from ..."), or a noun phrase opened right after
    a break ("..., and the lorries went from ...", "..., the call-outs stopped")."""
    for i in range(lo, hi):
        low = ws[i].lower
        if low in _OWN_SUBJECTS and low not in rate_words:
            return True
        if low in _BREAKS:
            j = i + 1
            while j < hi and ws[j].lower in _BREAKS:
                j += 1
            if j < hi and ws[j].lower in _OPENERS:
                return True
    return False


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
        claims = clause_claims(reading, sentence, lists["used_later"], lists["used_later_not"])
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
        read_growth(rules, reading, found)
        outside_the_job(rules, reading, found)  # a hobby's growth is no job skill
    if not _nowhere(rules, reading, "company_result", "prevented_if", "uptake", "decision",
                    "kept", "absence", "compared_now", "state_after", "averted", "gathered",
                    "earned", "reached_have", "lasted", "work_passed", "later_when", "gain_for",
                    "gain_kept", "gain_rank", "gain_more", "loss_averted", "loss_stopped",
                    "loss_before", "cause_mark", "consequence_mark"):
        _results(rules, reading, found)
    if not _nowhere(rules, reading, "used_later", "used_later_when"):
        _used_later(rules, reading, found)
    sift(rules.specific, reading, found)  # claims that name nothing do not count
    if not [c for c in found.growth if c.real]:  # a use that is real, of no grown skill
        found.hollow_used[:0] = [(c, "no_growth") for c in found.used_later if c.real]
        found.used_later = [c for c in found.used_later if not c.real]
    return found
