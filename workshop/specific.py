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

from dataclasses import dataclass

from .phrases import Lexicon, Patterns

__all__ = ["Specific", "names_something", "is_duty", "names_later_place", "someone_elses",
           "sift"]

# The result patterns of the shape "I helped <them> (to) <verb> ...": the verb after them is the
# outcome, or a duty.
_HELP_PATTERNS = frozenset({"help|helped <org> to", "help|helped <org>", "help|helped us",
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

    @classmethod
    def from_data(cls, data: object, lexicon: Lexicon, stopwords: frozenset) -> Specific:
        data = data if isinstance(data, dict) else {}

        def bases(key: str) -> frozenset:
            values = data.get(key)
            words = [v for v in values if isinstance(v, str)] if isinstance(values, list) else []
            return frozenset(lexicon.base(w.strip().lower()) for w in words if w.strip())

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
                   lowered("help_without_outcome"))


def names_something(spec: Specific, words, lo: int, hi: int, numbers_count: bool) -> bool:
    """True when ``words[lo:hi]`` hold a word that names something: a word whose base is not
    empty (nor a stopword), or, when ``numbers_count``, a number."""
    for i in range(lo, hi):
        w = words[i]
        if not w.is_word:
            continue
        if any(c.isdigit() for c in w.lower):
            if numbers_count and not _is_year(w.lower):
                return True
            continue
        if w.base not in spec.empty and w.lower not in spec.empty and len(w.lower) > 1:
            return True
    return False


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099


def only_dates(words, pattern: str, start: int, end: int) -> bool:
    """True for a number-shaped result whose numbers are all years: "from 2021 to 2023" is how
    long the job lasted, not a change."""
    if "#" not in pattern:
        return False
    numbers = [w.lower for w in words[start:end] if any(c.isdigit() for c in w.lower)]
    return bool(numbers) and all(_is_year(n) for n in numbers)


def is_duty(spec: Specific, words, pattern: str, end: int, hi: int) -> bool:
    """True for "I helped the firm (to) answer phone enquiries" (a help-shaped result whose
    next verb is a duty) and "I helped them during a hard time" / "I helped customers." (help
    with no outcome after it), unless the clause says what changed ("30% more orders")."""
    if pattern not in _HELP_PATTERNS:
        return False
    i = end
    while i < hi and words[i].is_word and words[i].lower in ("to", "me", "them", "him", "her"):
        i += 1
    if i < hi and words[i].is_word and words[i].base in spec.duties:
        pass
    elif "to" in pattern.split() or (i < hi and words[i].is_word
                                     and words[i].lower not in spec.service):
        return False  # "helped the store to ...", "helped them cut ...": an outcome follows
    return spec.change_words.search(words, i, hi) is None


def names_later_place(spec: Specific, words, lo: int, hi: int) -> bool:
    """True when the words name where or when the skill was used later ("in my next job")."""
    return spec.later_places.search(words, lo, hi) is not None


def someone_elses(spec: Specific, words, lo: int, start: int) -> bool:
    """True when the words before ``start`` (back to ``lo``, the sentence's start) name someone
    else before they name the speaker: "People are paying for a fun night", "She said ... and
    looked forward to ..." are not the speaker's fun or wish."""
    for i in range(start - 1, lo - 1, -1):
        low = words[i].lower
        if low in spec.speaker:
            return False
        if low in spec.others:
            return True
    return False


def sift(spec: Specific, reading, found) -> None:
    """Move the claims of ``found`` (``workshop.check._Found``) that name nothing out of the
    lists that count: empty growth joins the bare learnings, an empty result or a duty goes to
    ``found.hollow_results`` and empty later use to ``found.hollow_used`` (each with why)."""
    ws = reading.words
    growth = []
    for claim in found.growth:
        c = claim.clause
        (growth if names_something(spec, ws, c.lo, c.hi, False) else found.bare_learning) \
            .append(claim)
    found.growth = growth
    results = []
    for claim in found.results:
        c, m = claim.clause, claim.match
        if is_duty(spec, ws, m.pattern, m.end, c.hi):
            found.hollow_results.append((claim, "duty"))
        elif only_dates(ws, m.pattern, m.start, m.end):
            found.hollow_results.append((claim, "dates"))
        elif not names_something(spec, ws, c.lo, c.hi, True):
            found.hollow_results.append((claim, "empty"))
        else:
            results.append(claim)
    found.results = results
    used = []
    for claim in found.used_later:
        c = claim.clause
        if names_something(spec, ws, c.lo, c.hi, False) \
                or names_later_place(spec, ws, claim.sentence.lo, claim.sentence.hi):
            used.append(claim)
        else:
            found.hollow_used.append((claim, "used"))
    found.used_later = used
