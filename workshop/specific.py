"""Whether a claim the answer check found is specific enough to count (issue 21, class 1).

``workshop/check.py`` finds claims by their shape ("I helped the business to ...", "I went from
beginner to ...", "I applied them ..."). A shape alone is easy to fill with nothing: "I helped
the business to expand", "I went from beginner to expert in my skills", "I applied them
afterwards". A claim counts only when its clause *names* something:

- growth: a word of the job skill, beyond the words of learning and level
  ("beginner", "expert", "skills", "a ton" name nothing);
- a result: a word of what changed for the organisation, or a number, beyond the words of
  helping and of the organisation ("the business", "grow", "get better" name nothing); and a
  result told as "I helped <them> to <duty verb> ..." ("answer phone enquiries") is a duty;
- later use: a word of what was used or produced, or a later place ("in my next job",
  "today").

The word lists are ``specific`` in ``data/phrases.json`` (``empty_words``: words that name
nothing; ``duty_verbs``; ``later_places``), so a facilitator can edit them. A word counts by
its base form (``workshop.phrases.Lexicon.base``), and the check's ``stopwords`` never count.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from .claim_kinds import LEARNED as LEARNED_PATTERN
from .growth_named import taken_up_alone, typed_name_after
from .phrase_words import strip_suffix
from .phrases import Lexicon, Patterns

__all__ = ["HELP_PATTERNS", "Specific", "names_something", "is_duty", "names_later_place",
           "own_need", "generic_claim", "learned_complement", "unmeasured_change",
           "empty_contribution", "empty_help_by_means",
           "people_before", "describes_served", "praises_speaker", "sift"]

# The result patterns of the shape "I helped <them> (to) <verb> ...": the verb after them is the
# outcome, or a duty.
HELP_PATTERNS = frozenset({"help|helped <org> to", "help|helped <org>", "help|helped us",
                            "help|helped the <org>"})


@dataclass(frozen=True)
class Specific:
    """The lists of ``specific`` in ``data/phrases.json``, read."""

    empty: frozenset  # bases of words that name nothing on their own
    duties: frozenset  # bases of verbs that make "I helped them to <verb>" a duty
    later_places: Patterns
    change_words: Patterns  # "more", "faster", a number: a duty verb that changed is a result
    speaker: frozenset = frozenset()  # "i", "we", "my": the speaker's own words
    others: frozenset = frozenset()  # "she", "customers": someone else's
    service: frozenset = frozenset()  # "helped them *during* ...": help, not an outcome
    served: frozenset = frozenset()  # "customers", "guests": the people the work serves
    contributions: frozenset = frozenset()  # "contributed to", "benefited from": name the what
    # empty as nouns (the lead, the head of ..., the staff), a doing said as a verb: "learned to
    # lead", "leading a shift" name the skill of leading people
    doings: frozenset = frozenset()
    needs: Patterns | None = None  # "no longer need(ed) ...", "don't have to ring": aid needed
    generic: frozenset = frozenset()  # "sales", "costs", "drove", "added": a generic claim
    hedges: Patterns | None = None  # "I'd like to think", "probably": a guess at an effect
    same_past: frozenset = frozenset()  # "cut", "set": a past said as its base ("... and cut")
    sizes: frozenset = frozenset()  # "half", "twice": words that tell a size (data/outcomes.json)
    # empty only as typed ("=end": the noun of "improved no end", not the verb of "ended up")
    exact: frozenset = frozenset()
    # "drove", "processes", "efficiency": a change and its object that name no measure
    unmeasured: frozenset = frozenset()

    @classmethod
    def from_data(cls, data: object, lexicon: Lexicon, stopwords: frozenset,
                  sizes: frozenset = frozenset()) -> Specific:
        data = data if isinstance(data, dict) else {}

        def bases(key: str) -> frozenset:
            values = data.get(key)
            words = [v for v in values if isinstance(v, str)] if isinstance(values, list) else []
            return frozenset(lexicon.base(w.strip().lower()) for w in words
                             if w.strip() and not w.strip().startswith("="))

        def patterns(key: str) -> Patterns:
            values = data.get(key)
            return Patterns([v for v in values if isinstance(v, str) and v.strip()]
                            if isinstance(values, list) else [], lexicon)

        def lowered(key: str) -> frozenset:
            values = data.get(key)
            return frozenset(v.strip().lower().replace("\u2019", "'") for v in values
                             if isinstance(v, str)) if isinstance(values, list) else frozenset()

        return cls(bases("empty_words") | {lexicon.base(w) for w in stopwords} | stopwords,
                   bases("duty_verbs"), patterns("later_places"), patterns("change_words"),
                   lowered("speaker_words"), lowered("other_people"),
                   lowered("help_without_outcome"), lowered("served_people"),
                   bases("contribution_words"), bases("people_doings"),
                   patterns("own_needs"), bases("generic_outcomes"), patterns("result_hedges"),
                   lowered("past_as_base"), sizes,
                   frozenset(w[1:] for w in lowered("empty_words") if w.startswith("=")),
                   bases("unmeasured_outcomes") | lowered("unmeasured_outcomes"))


def names_something(spec: Specific, words, lo: int, hi: int, numbers_count: bool) -> bool:
    """True when ``words[lo:hi]`` hold a word that names something: a word whose base is not
    empty (nor a stopword), or, when ``numbers_count``, a number."""
    for i in range(lo, hi):
        w = words[i]
        if not w.is_word:
            continue
        if not w.lower.isalpha() and any(c.isdigit() for c in w.lower):
            if numbers_count and not _is_year(w.lower):
                return True
            continue
        if w.base not in spec.empty and w.lower not in spec.empty and \
                w.lower not in spec.exact and len(w.lower) > 1:
            return True
        if w.base in spec.doings and _as_verb(words, i):
            return True  # "taught me to lead people", "leading a crew": a doing, not the lead
    return False


_BETTER = frozenset("to better stronger fairer calmer".split())


def _as_verb(words, i: int) -> bool:
    """True when word ``i`` is said as a doing: after "to" ("to lead"), in its -ing form
    ("leading"), or as the one the speaker became better at being ("a better manager")."""
    return words[i].lower.endswith("ing") or (i > 0 and words[i - 1].lower in _BETTER)


# where the thing contributed to ends: "contributed to the team's success, and ..."
_OBJECT_ENDS = frozenset(", ; : . and but because so which while as when".split())
# where a conjunct of a clause starts (after these): "I worked long hours and helped ..."
_CONJUNCT_ENDS = frozenset(", ; and but".split())


def empty_contribution(spec: Specific, words, start: int, end: int, hi: int) -> bool:
    """True for a result told as a contribution whose object names nothing: "I contributed to
    the team's success", "the hotel benefited from everything I brought to the role" (a
    ``contribution_words`` word in the match; its object is read from the match's end to the
    next comma or conjunction, a possessive's "'s" left out). Not "contributed to a 12% rise
    in bookings"."""
    if not any(words[i].base in spec.contributions for i in range(start, end)):
        return False
    stop = end
    while stop < hi and words[stop].lower not in _OBJECT_ENDS:
        stop += 1
    for i in range(end, stop):
        w = words[i]
        low = w.lower.removesuffix("'s")
        if any(c.isdigit() for c in low) and not _is_year(low):
            return False
        if w.is_word and len(low) > 1 and low not in spec.empty and low not in spec.exact \
                and w.base not in spec.empty and low not in spec.speaker:
            return False
    return True


def empty_help_by_means(spec: Specific, words, pattern: str, end: int, hi: int,
                        changed_from) -> bool:
    """True for "I helped the home achieve its goals by administering medication and
    completing care plans": a help whose outcome, up to "by <doing>", names nothing, and the
    duties after it no change ("changed_from(i)": a change word from ``i`` on, as in
    ``is_duty``). Not "I helped the shop cut waste by rotating stock" (waste is named) nor
    "helped the team reach its goals by rotating stock, 20% sooner" (a change)."""
    if pattern not in HELP_PATTERNS:
        return False
    for i in range(end, hi - 1):
        if words[i].lower == "by" and words[i + 1].lower.endswith("ing"):
            return not names_something(spec, words, end, i, True) and not changed_from(end)
    return False


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099


def only_dates(words, pattern: str, start: int, end: int) -> bool:
    """True for a number-shaped result whose numbers are all years: "from 2021 to 2023" is how
    long the job lasted, not a change."""
    if "#" not in pattern:
        return False
    years = False
    for w in words[start:end]:  # at the first number that is no year: a run of changes is fast
        if _is_year(w.lower):
            years = True
        elif not w.lower.isalpha() and any(c.isdigit() for c in w.lower):
            return False
    return years


_MAKE = frozenset(("make", "makes", "making", "made"))


def is_duty(spec: Specific, words, pattern: str, end: int, hi: int,
            changed_from=None) -> bool:
    """True for "I helped the firm (to) answer phone enquiries" (a help-shaped result whose
    next verb is a duty) and "I helped them during a hard time" / "I helped customers." (help
    with no outcome after it), unless the clause says what changed ("30% more orders").
    ``changed_from(i)``: whether a change word stands from word ``i`` to the clause's end (by
    default a search; ``sift`` passes one made once per clause)."""
    if pattern not in HELP_PATTERNS:
        return False
    i = end
    while i < min(hi, end + 3) and words[i].is_word \
            and words[i].lower in ("to", "me", "them", "him", "her", "by"):
        i += 1
    if i < hi and words[i].is_word and words[i].base in spec.duties:
        pass
    elif i + 1 < hi and words[i].lower in _MAKE and words[i + 1].lower == "sure":
        pass  # "helped the company by making sure all KPIs were met": a duty, as "ensure"
    elif "to" in pattern.split() or (i < hi and words[i].is_word
                                     and words[i].lower not in spec.service):
        return False  # "helped the store to ...", "helped them cut ...": an outcome follows
    if changed_from is None:
        return spec.change_words.search(words, i, hi) is None
    return not changed_from(i)


def names_later_place(spec: Specific, words, lo: int, hi: int) -> bool:
    """True when the words name where or when the skill was used later ("in my next job")."""
    return spec.later_places.search(words, lo, hi) is not None


def people_before(spec: Specific, words, lo: int, hi: int) -> list[bool]:
    """For each word of ``words[lo:hi]`` (a sentence), whether the nearest person word before
    it names someone else rather than the speaker: "People are paying for a fun night", "She
    said ... and looked forward to ..." are not the speaker's fun or wish. Made in one pass, so
    a sentence full of pitfalls is read in linear time."""
    out, others = [], False
    for i in range(lo, hi):
        out.append(others)
        low = words[i].lower
        if low in spec.speaker:
            others = False
        elif low in spec.others:
            others = True
    return out


# Words that end a noun phrase's run of modifiers: after one of these no adjective describes
# the people that follow ("had fun with the customers" is the speaker's fun).
_PHRASE_BREAKS = frozenset("with for to at in on of about from by the a an my our their his her "
                           "its this that these those".split())
_MODIFIER_LINKS = frozenset((",", "and", "or"))
_MODIFIERS_BEFORE = 2  # "rude, demanding customers", "rude and drunk Saturday guests"


def describes_served(spec: Specific, words, end: int, hi: int) -> bool:
    """True when the words from ``end`` (just after a pitfall word) to ``hi`` go straight on to
    the people the work serves, so the pitfall word describes them: "rude customers", "angry,
    demanding callers", "fun kids' parties" are the work, not the speaker's complaint or fun.
    At most ``_MODIFIERS_BEFORE`` modifiers (and their links) may stand between; a preposition
    or a determiner ends the phrase ("I had fun with the customers" stays the speaker's), and
    people right after "and" are a second noun ("a difficult boss and rude students")."""
    modifiers, linked = 0, False
    for i in range(end, min(hi, end + 2 * _MODIFIERS_BEFORE + 1)):
        low = words[i].lower
        if low in spec.served or low.removesuffix("'s") in spec.served:  # "children's"
            return not linked  # "a difficult boss and students": two nouns, not one phrase
        linked = low in _MODIFIER_LINKS
        if linked:
            continue
        if not words[i].is_word or low in _PHRASE_BREAKS or low in spec.speaker \
                or modifiers == _MODIFIERS_BEFORE:
            return False
        modifiers += 1
    return False


def praises_speaker(words, lo: int, hi: int) -> bool:
    """True when, inside words ``lo`` to ``hi`` (a team pattern's match with a gap), the speaker
    is told as the one praised: "my manager told everyone I was brilliant" praises the speaker,
    not the team ("the team I worked with was great" still praises the team); so is a thing given
    to the speaker ("the manager wrote me an amazing reference"), and the speaker's own work
    ("my manager said my files were the best kept": "my" and a thing, not a person, then "be")."""
    for i in range(lo + 1, hi - 1):
        low = words[i].lower
        if low == "i'm" or (low == "i" and words[i + 1].base == "be"):
            return True
        if low == "me" and words[i + 1].lower in ("a", "an", "the"):
            return True
        if low == "my" and i + 2 < hi and words[i + 2].base == "be" \
                and words[i + 1].lower not in _PEOPLE_SAID:
            return True
    return False


# who "my" may name in a team's praise ("my manager and my colleagues were brilliant" still
# praises the team): never the speaker's own work
_PEOPLE_SAID = frozenset("team teams colleague colleagues crew staff manager managers boss bosses "
                         "people mates co-workers coworkers workmates lads girls guys supervisor "
                         "supervisors seniors friends family".split())


def own_need(spec: Specific, reading, claim) -> bool:
    """True for a result that says what the speaker no longer needs ("By my second season I no
    longer needed a senior to check my work", "- no longer need a script", "I don't have to
    ring the pharmacist now"): an ``own_needs`` at the claim, whose subject is "I" or, as notes
    write, no one at the clause's start. That is growth; what the organisation no longer needs
    ("the partners no longer needed a temp", "our line don't need to wait") is a result."""
    ws, m, c = reading.words, claim.match, claim.clause
    if spec.needs is None or spec.needs.search(ws, m.start, min(c.hi, m.end + 4)) is None:
        return False
    for i in range(m.start - 1, max(c.lo, m.start - _NEED_REACH) - 1, -1):
        low = ws[i].lower
        if low in ("i", "i'm", "i've", "i'd"):
            return True
        if ws[i].is_word and (low in spec.speaker or low in spec.others
                              or low in ("he", "she", "they", "it", "the", "this", "that")):
            return False
    return m.start - c.lo <= _NEED_REACH and not any(w.is_word for w in ws[c.lo:m.start])


_NEED_REACH = 6  # how far back from "no longer" its subject "I" is looked for


# words that start a clause of its own between a learning and a change verb: "I learned to plan
# the loads, which cut fuel", "I learned to run the rota and we cut overtime"
_OWN_CLAUSE = frozenset("i we they he she it which who that so because then while , ; : -".split())
_COMPLEMENT_REACH = 12  # how far back from a change verb its "to" is looked for


def learned_complement(spec: Specific, words, learned: list[tuple[int, int]], claim) -> bool:
    """True when the result ``claim``'s change verb is what the speaker learned to do, not a
    change they made: a bare change verb (its pattern names no measure: "cut", "trim", not "cut
    ... costs") in the learning's own "to ..." (``learned``: where the real growth claims start
    and end, in order): "I learned to cut hair", "the job taught me how to reduce brake noise",
    "I learned to spot lameness and trim hooves". Not when a subject, a comma or a clause of its
    own comes between ("I learned to plan the loads and we cut fuel", "..., which cut fuel",
    "learned to laminate dough, cut the waste"), nor a "to" of another verb ("I learned to code
    and used it to cut errors"), nor a verb said in the past ("... and reduced the queues", "...
    and got the late payments down", and after "and" one whose past is its base, ``past_as_base``:
    "... and cut the queues"), nor a change told with its size ("learned to cut waste by 20%":
    a skill has no size, a change made has)."""
    at, lo, hi = claim.match.start, claim.clause.lo, claim.clause.hi
    k = bisect.bisect_left(learned, (at, at))
    w = words[at]
    if k == 0 or learned[k - 1][0] < lo or " " in claim.match.pattern.strip() \
            or w.lower.endswith("ed") or w.base != strip_suffix(w.lower) \
            or _measured(spec, words, at, hi):
        return False
    start, end = learned[k - 1]
    for i in range(at - 1, max(start, at - _COMPLEMENT_REACH), -1):
        low = words[i].lower
        if low == "to":
            # the learning's own "to" ("learned to", "learned how to", "taught me how to")
            return (i <= end or (i - 1 <= end and words[i - 1].lower == "how")) \
                and (i == at - 1 or w.lower not in spec.same_past)
        if low in _OWN_CLAUSE:
            return False
    return False


def _measured(spec: Specific, words, at: int, hi: int) -> bool:
    """Whether words ``at`` to ``hi`` (at most ``_COMPLEMENT_REACH`` of them) tell a size (a
    digit, or a word of ``spec.sizes``)."""
    return any(any(c.isdigit() for c in w.lower) or w.lower in spec.sizes
               for w in words[at:min(hi, at + _COMPLEMENT_REACH)])


def generic_claim(spec: Specific, words, lo: int, hi: int) -> bool:
    """True for a sentence (``words[lo:hi]``) whose every word that names something is a word of
    a generic claim (``generic_outcomes``) and that holds no number: "Drove sales, improved KPIs
    and added value.", "I helped the business to grow sales.", "In my role I increased
    efficiency, reduced costs and improved quality." name no change for the organisation. Not
    "I rebuilt the rota and overtime fell", nor "sales rose 12%". A setting the sentence opens on
    ("At the bank I improved customer satisfaction, increased efficiency and optimised
    processes") names where, not what changed: it is read past, up to the speaker."""
    generic = False
    lo = _past_setting(words, lo, hi)
    for i in range(lo, hi):
        w = words[i]
        if not names_something(spec, words, i, i + 1, True):
            continue
        if w.base not in spec.generic and w.lower not in spec.generic:
            return False
        generic = True
    return generic


# where a sentence's conjuncts start (after these), for ``unmeasured_change``: a colon joins a
# change and what it was ("improved efficiency by 25%: the line packs 500 boxes an hour")
_PARTS_END = _CONJUNCT_ENDS | {":", "-", "\u2013", "(", ")"}
# a conjunct that opens on these points back at what was told before it ("That boosted
# efficiency by 25%", "..., which improved performance by a fifth")
_POINTING = frozenset("that this it which these those".split())


def unmeasured_change(spec: Specific, words, claim, grown: list[int],
                      parts: dict | None = None) -> bool:
    """True for a result whose change names no measure, with or without a number: "I drove 30%
    growth", "improved processes by 40%", "boosted efficiency by 25%", "generated significant
    value for the company" (every word of its conjunct that names something is one of
    ``unmeasured_outcomes``: an act of change, an abstraction, an intensifier), told beside
    nothing but the speaker's growth and a setting ("At the bank I learned SQL and improved
    processes by 40%"). A number needs a measure it is of. Not "increased sales by 20%" (sales
    are measured), "cut picking errors by 25%", "improved efficiency on the packing line", nor a
    change told beside the act that made it ("I rebuilt the rota and improved efficiency by
    25%", "Using the new scanner, I boosted productivity by a fifth"), nor one that points back
    ("That boosted efficiency by 25%")."""
    if not spec.unmeasured or claim.match.pattern == LEARNED_PATTERN:
        return False
    s = claim.sentence
    bounds, measured, naming = _conjuncts(spec, words, s.lo, s.hi, grown, parts)
    if claim.match.start < bounds[0][0]:
        return False
    # bisected on the (start, end) pairs themselves: a list of starts made per claim cost the
    # square of a one-sentence paste with many claims (test_check_linear, '$cut-1' repeated)
    at = bisect.bisect_right(bounds, (claim.match.start, math.inf)) - 1
    mine = at if claim.match.start < bounds[at][1] else -1
    if mine >= 0 and measured[mine]:  # it points back, or names a measure
        return False
    # an act of the speaker's told beside the change (another conjunct, with no growth in it,
    # that names something) names its what
    return not naming - {mine}


def _conjuncts(spec: Specific, words, lo: int, hi: int, grown: list[int],
               parts: dict | None) -> tuple[list[tuple[int, int]], list[bool], frozenset[int]]:
    """A sentence's conjuncts read once (``unmeasured_change`` is asked per claim: a long
    answer in one sentence holds many): their bounds after its setting, whether each points
    back or names a measure, and which of them, holding no growth claim, name something."""
    key = (lo, hi)
    if parts is not None and key in parts:
        return parts[key]
    start = _past_setting(words, lo, hi)
    cuts = [i + 1 for i in range(start, hi) if words[i].lower in _PARTS_END]
    edges = [start, *cuts, hi]
    bounds = list(zip(edges, edges[1:], strict=False))
    measured: list[bool] = []
    naming = set()
    for n, (a, b) in enumerate(bounds):
        first = next((i for i in range(a, b) if words[i].is_word), None)
        measured.append(first is not None and (words[first].lower in _POINTING or any(
            names_something(spec, words, i, i + 1, False) and words[i].base not in spec.unmeasured
            and words[i].lower not in spec.unmeasured for i in range(a, b))))
        if first is not None and bisect.bisect_left(grown, a) == bisect.bisect_left(grown, b) \
                and names_something(spec, words, a, b, False):
            naming.add(n)
    read = (bounds, measured, frozenset(naming))
    if parts is not None:
        parts[key] = read
    return read


def sift(spec: Specific, reading, found) -> None:
    """Move the claims of ``found`` (``workshop.claims.Found``) that name nothing out of the
    lists that count: empty growth joins the bare learnings, an empty result or a duty goes to
    ``found.hollow_results`` and empty later use to ``found.hollow_used`` (each with why)."""
    ws = reading.words
    memo = _PerClause(spec, ws)
    growth = []
    for claim in found.growth:
        if claim.named_before:  # "I worked on developing this": named the sentence before
            named = True
        elif claim.arc:  # "by the end I was <what>": the words after the arc's end name the skill
            named = names_something(spec, ws, claim.match.end, claim.sentence.hi, False)
        else:  # in the conjunct the claim stands in: "I gained many skills and contributed to
            # the charity's mission" names no skill
            named = memo.names_around(claim.clause, claim.match.start, claim.match.end) \
                or typed_name_after(ws, claim) or taken_up_alone(ws, claim, memo.names_span)
        (growth if named else found.bare_learning).append(claim)
    found.growth = growth
    # a result whose verb is the growth's own and whose particle is the task's ("I got
    # confident stripping down gearboxes": "got ... down" across a feeling about a task) is the
    # growth, not a change: dropped, not refused, so a change told after it may still be read
    tasks = _task_growth(ws, growth)
    grown = sorted(c.match.start for c in growth if c.real)
    parts: dict = {}  # each sentence's conjuncts, read once for all its claims
    results = []
    taken = found.taken_up
    for claim in found.results:
        if claim.match.start in tasks and claim.match.end > tasks[claim.match.start]:
            continue
        # "I made a reading scheme and the school still uses it": the organisation takes up
        # the speaker's work, named before the pronoun that points back to it
        back = any(lo <= claim.match.start < hi for lo, hi in taken) \
            and _points_back(ws, claim.clause.lo, claim.match.start, claim.match.end,
                             claim.clause.hi)
        why = "growth" if own_need(spec, reading, claim) \
            else _hollow_result(spec, ws, memo, claim, back, grown, parts)
        if why:
            found.hollow_results.append((claim, why))
        else:
            results.append(claim)
    found.results = results
    used = []
    for claim in found.used_later:
        if memo.names(claim.clause, False) or memo.placed(claim.sentence):
            used.append(claim)
        else:
            found.hollow_used.append((claim, "used"))
    found.used_later = used


def _task_growth(ws, growth) -> dict[int, int]:
    """Where the real growth claims that end on a task ("I got confident stripping", "I grew
    comfortable breaking") have their verb, and where they end: a result that starts on that
    verb and reaches past the task ("got ... down") reads the task's particle as a change."""
    out = {}
    for c in growth:
        m = c.match
        if c.real and not c.arc and m.end - m.start > 2 and ws[m.end - 1].lower.endswith("ing"):
            for i in range(m.start, m.end - 1):
                out[i] = m.end
    return out


def _points_back(ws, lo: int, start: int, at: int, hi: int) -> bool:
    """True when one of the two words from ``at`` is a pronoun that points back ("uses it",
    "still runs them"), or one of the three before ``start`` ("it got picked up by ...")."""
    return any(ws[i].lower in _BACK for i in (*range(max(lo, start - 3), start),
                                              *range(at, min(hi, at + 2))))


_BACK = frozenset("it them these those".split())


# a sentence that opens on its setting: "At the bank I ...", "During my time there we ..."
_SETTING_OPENERS = frozenset("at in on during while when within as for".split())
_SETTING_SUBJECTS = frozenset("i we i've we've".split())
_SETTING_WORDS = 8  # how long a setting before the speaker may be


def _past_setting(words, lo: int, hi: int) -> int:
    """Where the sentence's claim starts when it opens on a setting ("At the bank I ...",
    "During my time at the hotel, we ..."): at the speaker; else ``lo``."""
    if lo >= hi or words[lo].lower not in _SETTING_OPENERS:
        return lo
    for i in range(lo + 1, min(hi, lo + 1 + _SETTING_WORDS)):
        if words[i].lower in _SETTING_SUBJECTS:
            return i
    return lo


def _hollow_result(spec: Specific, ws, memo: _PerClause, claim, back: bool = False,
                   grown: list[int] | None = None, parts: dict | None = None) -> str:
    """Why a result claim names no change ("duty", "empty", "dates", "unmeasured"), or "" when it
    does; ``back``: an uptake of the speaker's work told by a pronoun that points back to it,
    which names what the speaker's own clause named; ``grown``: where the real growth claims
    start (``unmeasured_change``)."""
    c, m = claim.clause, claim.match
    if memo.generic(claim.sentence):
        return "empty"
    if memo.hedged(claim.sentence):
        return "hedged"
    if is_duty(spec, ws, m.pattern, m.end, c.hi, memo.changed_in(c)):
        return "duty"
    if empty_contribution(spec, ws, m.start, m.end, c.hi) \
            or empty_help_by_means(spec, ws, m.pattern, m.end, c.hi, memo.changed_in(c)):
        return "empty"
    if only_dates(ws, m.pattern, m.start, m.end):
        return "dates"
    if not back and unmeasured_change(spec, ws, claim, grown or [], parts):
        return "unmeasured"
    if back or memo.names_from(c, m.start):
        return ""
    told = _told_before_pronoun(ws, c.lo, m.start)
    return "" if told is not None and memo.names_from(c, told) else "empty"


# a pronoun that takes up a thing said just before it, as speech does: "the kids' loans, they
# went up"; "the waiting list, it came right down"
_RESUMING = frozenset("they it these those that".split())


def _told_before_pronoun(ws, lo: int, start: int) -> int | None:
    """Where the thing a result's pronoun takes up is told, when the result's subject is such a
    pronoun right after a comma ("the kids' loans, they went up"): the first word of the clause,
    whose conjunct then names the thing; None otherwise."""
    i = start - 1
    if i - 1 >= lo and ws[i].lower in _RESUMING and ws[i - 1].lower == ",":
        return lo
    return None


# words after a hedge that make it an estimate of the change's size, not a guess that it happened
_SIZING = frozenset("by about around roughly nearly almost over under some close".split())


class _PerClause:
    """What ``sift`` asks of a clause or a sentence, worked out once for all the claims in it:
    a clause full of claims is still read in linear time."""

    def __init__(self, spec: Specific, words):
        self.spec, self.words = spec, words
        self._named: dict = {}
        self._last_change: dict = {}
        self._placed: dict = {}
        self._conjuncts: dict = {}

    def names(self, c, numbers_count: bool) -> bool:
        key = (c.lo, c.hi, numbers_count)
        if key not in self._named:
            self._named[key] = names_something(self.spec, self.words, c.lo, c.hi, numbers_count)
        return self._named[key]

    def names_from(self, c, start: int) -> bool:
        """Whether the clause ``c`` names something (a number counting) in the conjunct the
        word at ``start`` stands in, or after it: what the speaker did before an "and" or a
        comma is their own doing, not the change ("I worked long hours and helped the business
        grow" names no change; "I rebuilt the rota and sales grew" does). Worked out once per
        clause: where its conjuncts start and its last word that names something."""
        key = (c.lo, c.hi)
        if key not in self._conjuncts:
            ws = self.words
            cuts = [i + 1 for i in range(c.lo, c.hi) if ws[i].lower in _CONJUNCT_ENDS]
            last = max((i for i in range(c.lo, c.hi)
                        if names_something(self.spec, ws, i, i + 1, True)), default=-1)
            self._conjuncts[key] = (cuts, last)
        cuts, last = self._conjuncts[key]
        k = bisect.bisect_right(cuts, start)
        return last >= (cuts[k - 1] if k else c.lo)

    def names_around(self, c, start: int, end: int) -> bool:
        """Whether the conjunct of clause ``c`` that holds words ``start`` to ``end`` (a growth
        claim) names something, no number counting: from the last comma or "and" before the
        claim to the first after it ("it taught me so much" and "the skills I picked up there"
        name nothing)."""
        cuts = self._cuts(c)
        k = bisect.bisect_right(cuts, start)
        lo = cuts[k - 1] if k else c.lo
        j = bisect.bisect_left(cuts, end + 1)
        hi = cuts[j] - 1 if j < len(cuts) else c.hi
        return self._names_span(lo, hi)

    def names_span(self, lo: int, hi: int) -> bool:
        """Whether words ``lo`` to ``hi`` name something, no number counting."""
        return self._names_span(lo, hi)

    def _names_span(self, lo: int, hi: int) -> bool:
        key = (lo, hi, False)
        if key not in self._named:
            self._named[key] = names_something(self.spec, self.words, lo, hi, False)
        return self._named[key]

    def _cuts(self, c) -> list[int]:
        key = ("cuts", c.lo, c.hi)
        if key not in self._conjuncts:
            self._conjuncts[key] = [i + 1 for i in range(c.lo, c.hi)
                                    if self.words[i].lower in _CONJUNCT_ENDS]
        return self._conjuncts[key]

    def changed_in(self, c):
        """``changed_from(i)`` for ``is_duty``: a change word starts at ``i`` or after."""
        key = (c.lo, c.hi)
        if key not in self._last_change:
            starts = [m.start for m in self.spec.change_words.find(self.words, c.lo, c.hi)]
            self._last_change[key] = max(starts, default=-1)
        last = self._last_change[key]
        return lambda i: last >= i

    def generic(self, sentence) -> bool:
        key = ("generic", sentence.lo)
        if key not in self._named:
            self._named[key] = generic_claim(self.spec, self.words, sentence.lo, sentence.hi)
        return self._named[key]

    def hedged(self, sentence) -> bool:
        """Whether the sentence guesses at its effect (``result_hedges``: "I'd like to think the
        lists brought more patients back", "probably saved the company some time", "I reckon
        that must have kept a few customers"): a guess, not a claim of what changed."""
        key = ("hedged", sentence.lo)
        if key not in self._named:
            hedges, ws = self.spec.hedges, self.words
            found = hedges.find(ws, sentence.lo, sentence.hi) if hedges is not None else []
            # "they went up, I reckon by a third": the hedge sizes the change, the change stands
            self._named[key] = any(m.end >= sentence.hi or not (
                ws[m.end].lower in _SIZING or ws[m.end].lower[:1].isdigit()) for m in found)
        return self._named[key]

    def placed(self, sentence) -> bool:
        if sentence.lo not in self._placed:
            self._placed[sentence.lo] = names_later_place(self.spec, self.words, sentence.lo,
                                                          sentence.hi)
        return self._placed[sentence.lo]
