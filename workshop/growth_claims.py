"""Growth as an answer tells it, sentence by sentence: a growth pattern that is not a bare
learning, a before-and-after arc ("I was green ... by the end I could ..."), a lesson named then
told, a skill the sentence before named grown "this", and a named skill's level told as a move
("my Excel went from basic formulas to building the forecast model"). ``read_growth`` fills
``Found.growth`` and ``Found.bare_learning`` (``workshop/claim_kinds.py``); ``arc_ends`` says
which half of an arc a text lacks. Results and later use are ``workshop/claims.py``'s.
"""

from __future__ import annotations

from .check_rules import Rules
from .claim_kinds import Claim, Found, clause_claims
from .growth_order import ends_first, others_end, perk_end, someone_elses
from .phrases import Match
from .reading import Reading, Sentence
from .skills import OTHER_SKILL, canonical_skill
from .spans import Spans
from .specific import people_before

__all__ = ["arc_ends", "read_growth"]

# How many sentences after a growth arc's start ("When I joined I had never ...") its end ("by
# the end I ...") may come.
_ARC_SENTENCES = 3


def read_growth(rules: Rules, reading: Reading, found: Found) -> None:
    lists = rules.lists
    since_before = _ARC_SENTENCES + 1  # sentences since the last before
    started = None  # the sentence of the last before
    lesson = None  # the sentence before, when it ends on a lesson it has not yet told
    previous = None
    for sentence in reading.sentences:
        lesson = _lesson_told(rules, reading, sentence, lesson, found)
        found.growth.extend(_grown_this(rules, reading, sentence, previous))
        previous = sentence
        claims = clause_claims(reading, sentence, lists["skill_growth"])
        bare = _about(reading, lists["not_skill_growth"].find(reading.words, sentence.lo,
                                                              sentence.hi))
        bare_spans = Spans.of(bare)
        persons: dict = {}  # each clause's people, read once for all its claims
        for claim in claims:
            # a bare learning that holds the claim's last word: "I learned to be humble"
            if bare_spans.covers(claim.match.end - 1, claim.match.end) \
                    or _ends_clause(reading, claim) \
                    or someone_elses(rules, reading, claim, persons):
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
        if after is not None and (bare_spans.overlaps(after.start, after.end)
                                  or _title_after(lists, reading, sentence, after)
                                  or others_end(rules, reading, sentence, after)
                                  or perk_end(rules, reading, sentence.clause_of(after.start),
                                              after.end)):
            # "I learned from it", "left as one of the top guys": an end that names nothing
            # grown, kept as a bare arc so that no second opinion reads it as growth
            found.bare_learning.append(Claim(sentence, sentence.clause_of(after.start), after,
                                             True, arc=True))
            after = None
        if after is not None:
            clause = sentence.clause_of(after.start)
            found.growth.append(Claim(sentence, clause, after, True, arc=True,
                                      start=started if before is None else None))
        if before is not None:
            started = sentence
        since_before = 1 if before is not None else since_before + 1
    ends_first(rules, reading, found)  # an end told first, or with no arc phrase


# How many words after an arc's end a title move may start and still be all it tells: "within
# a year I was promoted to supervisor", "within two years I'd had two promotions"
_TITLE_GAP = 3


def _title_after(lists, reading: Reading, sentence: Sentence, after: Match) -> bool:
    """True when an arc's end goes on to a new title and no skill (``growth_after_title``:
    "within eighteen months I was promoted to assistant manager", "by my second year I was
    shift lead", "they gave me my own branch"): a promotion is where the job put the speaker,
    not a skill that grew, so the arc is bare, as an end that names nothing."""
    clause = sentence.clause_of(after.start)
    title = lists["growth_after_title"].search(reading.words, after.end, clause.hi)
    if title is None:
        return False
    between = [i for i in range(after.end, title.start) if reading.words[i].is_word]
    return len(between) <= _TITLE_GAP


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
    bookkeeping was weak at first") or after the work the speaker was put on ("they put me on
    the tills"), name a skill of the vocabulary. At most a few names are asked of the
    vocabulary, however long the sentence."""
    ws = reading.words
    names = [reading.span_text(max(sentence.lo, sentence.hi - _NAMED_TAIL), sentence.hi)]
    mine = [i for i in range(sentence.lo, sentence.hi) if ws[i].lower == "my"
            or ws[i].lower in _PUT_ON and i > sentence.lo and ws[i - 1].lower == "me"][:_MY_NAMES]
    for i in mine:
        names.extend(reading.span_text(i + 1, min(i + 1 + n, sentence.hi)) for n in (3, 2, 1))
    return any(name and canonical_skill(name) != OTHER_SKILL for name in names)


_MY_NAMES = 4  # how many "my ..." of a sentence are asked whether they name a skill
_PUT_ON = frozenset(("on", "onto"))  # "they put me on the tills": the work the speaker was given


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


