"""The answer check's pitfalls: which matches of ``data/phrases.json``'s ``pitfalls`` are the
speaker's own, read by structure.

A match is the speaker's pitfall when it is not a ``pitfall_exceptions`` look-alike, not negated,
not someone else's words (a person named before it), said as a fact (a wish of fun is none), a
complaint word that needs an employer has one, and it does not describe the people the work serves
("rude customers"). A perk named by its bare noun (class ``perk_noun``) is one where the next
clause values it (``pitfall_value_after``: "a company car, which was the best bit"). Fun,
enjoyment, the team, perks, a promotion or ease set aside by a contrast ("the pay was fine, but
what mattered was ...", ``pitfall_contrast`` and ``pitfall_set_aside``) or granted by a
concession ("although the team was lovely, what I valued was ...", ``pitfall_concession``) is
none. ``workshop/check.py`` words the finding.
"""

from __future__ import annotations

import functools

from .check_rules import Rules
from .goal_evidence import _past_forms
from .phrases import Lexicon, Match, Patterns
from .reading import Reading, Sentence
from .spans import Spans
from .specific import describes_served, people_before, praises_speaker

__all__ = ["pitfall_hits"]


# A perk, a want or a complaint is one in any mood ("I could work from home", "I hoped for a
# bonus"); fun and enjoyment wished for are not the speaker's ("I hope to bring my passion").
_ANY_MOOD = frozenset(("wanted", "complaints", "perks", "blame"))
# The categories whose word may describe the people the work serves ("fun kids' parties"); a
# complaint may too when it is a bare word that needs an employer nearby ("rude customers").
_DESCRIBES = frozenset(("fun", "enjoyment"))


class _Around:
    """A sentence's pitfall exceptions and complaint targets, found when first asked."""

    def __init__(self, rules: Rules, ws, sentence: Sentence) -> None:
        self._rules, self._ws, self._sentence = rules, ws, sentence
        self._exceptions = self._targets = None

    def exceptions(self) -> Spans:
        if self._exceptions is None:
            self._exceptions = Spans.of(self._rules.pitfall_exceptions.find(
                self._ws, self._sentence.lo, self._sentence.hi))
        return self._exceptions

    def targets(self) -> Spans:
        if self._targets is None:
            self._targets = Spans.of(self._rules.complaint_targets.find(
                self._ws, self._sentence.lo, self._sentence.hi))
        return self._targets


def _speakers(rules: Rules, ws, sentence: Sentence, clause, m: Match, category: str,
              theirs: bool, around: _Around) -> bool:
    """Whether a pitfall pattern's match is the speaker's pitfall: not an exception, not
    negated, not someone else's (``theirs``: a person named before it), said as the speaker's
    fact (a wish of fun is none), and a complaint word that needs an employer has one."""
    if theirs and category in _ABOUT_THEM and _said_of(rules, ws, sentence, m):
        theirs = False  # "She was a terrible boss": about her, not her words
    if around.exceptions().overlaps(m.start, m.end) or _denied(ws, clause, m) or (
            category != "team" and theirs):
        return False
    if "..." in m.pattern and (clause.negated_inside(m) or (
            category == "team" and praises_speaker(ws, m.start, m.end))):
        return False  # "the hours were never brutal"; "my boss told everyone I was brilliant"
    if m.pattern == _TEAM_THEN_PRAISE and _does_between(ws, m):
        return False  # "the team cut month-end close", "people kept mentioning the welcome"
    if category == "team" and _served_before(rules, ws, clause, m):
        return False  # "we treated every regular like family": the served, not the team
    if category not in _ANY_MOOD and not clause.real(m):
        return False  # "I hope to bring my passion for ...": a wish, not enjoyment
    needs = category == "complaints" and rules.complaint_needs_target.match_at(ws, m.start,
                                                                              m.end)
    bare = bool(needs) and needs.end >= m.end  # "rude"; "hated it", "terrible boss" are not
    if (bare or category in _DESCRIBES) and describes_served(rules.specific, ws, m.end,
                                                             sentence.hi):
        return False  # "rude customers", "fun kids' parties": the people served
    return around.targets().apart(m.start, m.end) if bare else True


_COORDINATORS = frozenset(("and", "or"))


def _denied(ws, clause, m: Match) -> bool:
    """Whether the clause denies the match: a negation before it, or just after it ("the pay
    wasn't the reason"), unless "and" or "or" opens what follows, a second thing said of the
    same subject ("the manager was useless and never came to see it")."""
    if m.end < clause.hi and ws[m.end].lower in _COORDINATORS:
        return clause.negated_before(m)
    return clause.negated(m)


_SERVED_REACH = 3  # words before a team pattern where the people it likens may stand


def _served_before(rules: Rules, ws, clause, m: Match) -> bool:
    """Whether the people the work serves stand just before a team pattern in its clause, so
    the likeness or praise is theirs: "we treated every customer like family"."""
    served = rules.specific.served
    return any(ws[i].lower in served or ws[i].lower.removesuffix("'s") in served
               for i in range(max(clause.lo, m.start - _SERVED_REACH), m.start))


# The team praised: the praise told of the team ("the crew were brilliant", "the people I
# worked with were the best"), not a praise word in what the team did ("the team cut the
# month-end close", "guests kept mentioning the welcome").
_TEAM_THEN_PRAISE = "<team_noun> ... <praise>"
_LINKING = frozenset(("be", "is", "are", "was", "were", "'s", "'re", "been", "being", "seem",
                      "seemed", "seems", "felt", "feel", "feels", "became", "become", "stayed",
                      "remained"))


_HAVE = frozenset(("had", "has"))  # "a colleague had a brilliant idea": what they had


def _does_between(ws, m: Match) -> bool:
    """True when the words between a team word and the praise word (all but the match's first
    and last) hold a verb in the past or "-ing" form and no linking verb: the team did
    something, and the praise word is part of what it did."""
    between = range(m.start + 1, m.end - 1)
    if any(ws[i].lower in _LINKING for i in between):
        return False
    past = _past_forms()
    return any(ws[i].lower in past or ws[i].lower in _HAVE
               or (len(ws[i].lower) > 4 and ws[i].lower.isalpha()
                   and ws[i].lower.endswith(("ed", "ing")))
               for i in between)


# A complaint whose subject is "he" or "she" (class ``complaint_subject``) is about that person
# ("He was the worst manager I've had"), unless a verb of saying (class ``speech_verb``) stands
# between them ("she said the place was a mess": her words).
_ABOUT_THEM = frozenset(("complaints", "blame"))
_SUBJECT_REACH = 12  # how far back the subject is looked for: linear in the text


@functools.lru_cache(maxsize=8)
def _subject_patterns(lexicon: Lexicon) -> tuple[Patterns, Patterns]:
    return Patterns(["<complaint_subject>"], lexicon), Patterns(["<speech_verb>"], lexicon)


def _said_of(rules: Rules, ws, sentence: Sentence, m: Match) -> bool:
    """Whether the nearest person before the match, within ``_SUBJECT_REACH`` words, is a
    ``complaint_subject`` with no ``speech_verb`` between it and the match."""
    subjects, speech = _subject_patterns(rules.grammar.lexicon)
    lo = max(sentence.lo, m.start - _SUBJECT_REACH)
    found = [s for s in subjects.find(ws, lo, m.start)]
    if not found:
        return False
    last = found[-1]
    return speech.search(ws, last.end, m.start) is None


# A want is the speaker's own (pay, hours, a title, "a role where I can lead") unless its
# infinitive is work done for or with the listener, the new employer (class ``listener``): "I
# want to build that with you", "I'd love to get my hands on your reporting"; or passes on what
# the answer told the speaker grew (class ``pass_on``: "I'd love to bring that to a bigger
# store", "I'd like to apply the same method"), a plan to contribute. A want to join,
# be, become, earn or move (class ``want_for_self``) stays one whoever it names ("I want to
# join your company").
_TO_AFTER = frozenset(("is", "was"))  # "what I'd love is to bring ..."
_WANTS = frozenset(("wanted", "enjoyment"))  # "I want to", "what I'd love is to"


@functools.lru_cache(maxsize=8)
def _want_patterns(lexicon: Lexicon) -> tuple[Patterns, Patterns]:
    return Patterns(["<listener>"], lexicon), Patterns(["<want_for_self>"], lexicon)


@functools.lru_cache(maxsize=8)
def _pass_on(lexicon: Lexicon) -> Patterns:
    return Patterns(["<pass_on>"], lexicon)


def _wants_the_work(rules: Rules, ws, clause, m: Match) -> bool:
    """Whether a want's infinitive is work for or with the listener (comment above): "to" and
    a verb not in ``want_for_self`` follow the want, and the listener stands after the verb in
    the clause or the verb passes on what was grown (``pass_on``)."""
    listener, for_self = _want_patterns(rules.grammar.lexicon)
    i = m.end
    if ws[m.end - 1].lower != "to":
        if i < clause.hi and ws[i].lower in _TO_AFTER:
            i += 1
        if i >= clause.hi or ws[i].lower != "to":
            return False
        i += 1
    if i >= clause.hi or not ws[i].is_word or for_self.match_at(ws, i, clause.hi) is not None:
        return False
    return listener.search(ws, i + 1, clause.hi) is not None \
        or _pass_on(rules.grammar.lexicon).match_at(ws, i, clause.hi) is not None


# What a contrast may set aside ("the team was great, but what mattered was ..."): a complaint
# or a want is said all the same.
_SET_ASIDE = frozenset(("fun", "enjoyment", "team", "perks", "promotion", "ease"))


def _first_word(ws, clause) -> int:
    """Where the clause's words start, after the marks that open it ("; still", ", which")."""
    i = clause.lo
    while i < clause.hi and i < clause.lo + 2 and not ws[i].is_word:
        i += 1
    return i


def _opens(patterns, ws, clause) -> bool:
    """Whether the clause opens with one of ``patterns``."""
    return patterns.match_at(ws, _first_word(ws, clause), clause.hi) is not None


def _set_aside_after(rules: Rules, ws, sentence: Sentence, after: Sentence | None) -> int | None:
    """The first word of the sentence (or of the next one, ``after``, when it opens with a
    contrast: "... was great. But what mattered was ...") from which a contrast says what
    mattered instead, or None: a clause opening with ``pitfall_contrast`` that holds a
    ``pitfall_set_aside``."""
    clauses = list(sentence.clauses)
    if after is not None and _opens(rules.contrast, ws, after.clauses[0]):
        clauses.append(after.clauses[0])
    for clause in clauses[1:] if clauses and clauses[0] is sentence.clauses[0] else clauses:
        if _opens(rules.contrast, ws, clause) and rules.set_aside.search(ws, clause.lo,
                                                                         clause.hi):
            return clause.lo
    return None


def _granted(rules: Rules, ws, sentence: Sentence, clause, m: Match) -> bool:
    """Whether the match stands in a clause granted ("although the pay was good, ...") in a
    sentence that says, before the clause or after the match, what mattered instead."""
    return _opens(rules.concession, ws, clause) and bool(
        rules.set_aside.search(ws, m.end, sentence.hi)
        or rules.set_aside.search(ws, sentence.lo, clause.lo))


# What the speaker may take on as the work's problem: the one in charge ("my manager didn't
# trust the new system, so I trained her on it") and a perk's running ("the bonus scheme confused
# the sales staff, so I rewrote it"). A complaint stays one ("the shifts were brutal, so I ..."
# is a look-alike only where ``pitfall_exceptions`` says so): measured on the held-out sets,
# taking complaints as answered lost a real one.
_ANSWERABLE = frozenset(("blame", "perks"))


def _answered(rules: Rules, ws, sentence: Sentence, m: Match) -> bool:
    """Whether a later clause of the sentence says the speaker acted on it (``_ANSWERABLE``):
    the problem the speaker took on, not a grievance or what the job gave. Leaving it is no
    answer ("the pay was awful, so I changed jobs": ``pitfall_answered_not``)."""
    return any(c.lo >= m.end and _opens(rules.answered, ws, c)
               and not _opens(rules.lists["pitfall_answered_not"], ws, c)
               for c in sentence.clauses)


def _valued_before(rules: Rules, ws, sentence: Sentence, others) -> list[tuple[object, Match]]:
    """A perk named by its bare noun at the end of a clause that the next clause values ("they
    gave me a van, which was the best bit"): (the next clause, the perk's match)."""
    out = []
    for before, clause in zip(sentence.clauses, sentence.clauses[1:], strict=False):
        said = rules.value_after.match_at(ws, _first_word(ws, clause), clause.hi)
        if said is None or clause.negated(said) or not clause.real(said):
            continue
        end = before.hi - (before.hi > before.lo and ws[before.hi - 1].lower == ",")
        for m in rules.perk_nouns.find(ws, before.lo, end):
            if m.end == end and not others[m.start - sentence.lo] and not before.negated(m):
                out.append((before, m))
    return out


# What is said of the one in charge (``pitfall_judged``: "couldn't run a bath", "weren't the
# easiest people to work for", "told us to do it all again") is a complaint by whose words it
# is: its subject, the nearest one before it in the sentence, is a ``judged_subject`` (the boss,
# the owners, head office, "the old place"), not the speaker nor someone else. A subject told
# after "what", "that" and the like ("look at what we'd done") is a clause inside, no subject of
# the judgement.
_INSIDE = frozenset(("what", "that", "which", "how", "where", "when", "whatever", "who"))
_OBJECTS = frozenset(("me", "my", "mine", "myself", "us", "our", "ours"))


# A complaint told by a possessive ("his temper") is of whoever it points back to: a complaint
# about the employer only where the one in charge is named in its sentence or the one before.
_POSSESSIVES = frozenset(("his", "her", "their"))


@functools.lru_cache(maxsize=8)
def _judged_subjects(lexicon: Lexicon) -> Patterns:
    return Patterns(["<judged_subject>"], lexicon)


def _someone_elses(rules: Rules, ws, sentences, m: Match) -> bool:
    """Whether a complaint told by a possessive ("his temper") has no one in charge named
    before it in its sentence or the one before (``sentences`` ends with the match's)."""
    if ws[m.start].lower not in _POSSESSIVES:
        return False
    subjects = _judged_subjects(rules.grammar.lexicon)
    return not any(subjects.search(ws, s.lo, min(s.hi, m.start)) for s in sentences[-2:])


def _judged(rules: Rules, ws, sentence: Sentence, around: _Around) -> list[tuple[object, Match]]:
    """The ``pitfall_judged`` matches of the sentence said of the one in charge (comment
    above): (clause, match)."""
    judged = rules.lists.get("pitfall_judged")
    if judged is None:
        return []
    spec = rules.specific
    people = (spec.speaker - _OBJECTS) | spec.others
    subjects = [m.end for m in _judged_subjects(rules.grammar.lexicon).find(
        ws, sentence.lo, sentence.hi)]
    out = []
    for clause in sentence.clauses if subjects else ():
        for m in judged.find(ws, clause.lo, clause.hi):
            before = [end for end in subjects if end <= m.start]
            if not before or not clause.real(m) or clause.negated_before(m) \
                    or around.exceptions().overlaps(m.start, m.end):
                continue
            if not any(ws[i].lower in people and ws[i - 1].lower not in _INSIDE
                       for i in range(before[-1], m.start)):
                out.append((clause, m))
    return out


def pitfall_hits(rules: Rules, reading: Reading) -> list[tuple[int, str, Sentence, Match]]:
    """(position, category, sentence, match) of every pitfall, in text order. A pitfall that a
    contrast or a concession sets aside is none ("the salary was fine, but what I valued was
    ...", "although the team was lovely, what mattered was ...")."""
    ws = reading.words
    hits = []
    sentences = reading.sentences
    for k, sentence in enumerate(sentences):
        around = _Around(rules, ws, sentence)
        others = people_before(rules.specific, ws, sentence.lo, sentence.hi)  # whose words
        after = sentences[k + 1] if k + 1 < len(sentences) else None
        turn = -1  # where a contrast sets aside what came before, asked when first needed
        found = [(clause, m, rules.pitfall_category[m.pattern]) for clause in sentence.clauses
                 for m in rules.pitfalls.find(ws, clause.lo, clause.hi)]
        found += [(clause, m, "perks") for clause, m in _valued_before(rules, ws, sentence,
                                                                       others)
                  if not around.exceptions().overlaps(m.start, m.end)]
        judged = _judged(rules, ws, sentence, around)
        found += [(clause, m, "blame") for clause, m in judged]
        for clause, m, category in found:
            if category in _SET_ASIDE:
                if turn == -1:
                    turn = _set_aside_after(rules, ws, sentence, after)
                if (turn is not None and m.end <= turn) or _granted(rules, ws, sentence,
                                                                      clause, m):
                    continue
            if category in _ANSWERABLE and _answered(rules, ws, sentence, m):
                continue
            if category in _WANTS and _wants_the_work(rules, ws, clause, m):
                continue  # "I want to build that with you": the new job's work
            if category == "complaints" and _someone_elses(rules, ws, sentences[:k + 1], m):
                continue  # "a contractor known for losing his temper": not the one in charge
            if m.pattern == "<perk_noun>" or (clause, m) in judged or _speakers(
                    rules, ws, sentence, clause, m, category, others[m.start - sentence.lo],
                    around):
                hits.append((ws[m.start].start, category, sentence, m))
    hits.sort(key=lambda h: h[0])
    return hits
