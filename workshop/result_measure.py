"""Where a result's measure is, and what is no measure of it, beside the number reader.

``workshop/numbers.py`` reads quantities with a unit or a counted noun ("12 feeds", "a third",
"from 9 to 6 minutes"). People also give a result's size in ways that hold no such quantity,
and the answer check (``workshop/check.py``) reads them here, only inside a result's clause:

- a count brought to nothing, told without a digit: "we haven't had a single late filing
  since", "not one pallet went missing" (``result_absence_count`` in ``data/phrases.json``),
  read as zero;
- "one" that picks out an occasion is no measure: "on one shift I ...", "one trip to the
  stockroom later" (``result_occasion``), unless a rate or a change is told with it;
- the count now of a count told after how it was before ("Before, we had many residents going
  to hospital. In my second winter it was only one": ``compared_now``), read as that count;
- a count now and before, told the way many learners of English tell it, with bare number
  words and "before it was": "in six months only two, before it was more than ten"
  (``result_now_before``), read as the first number with the second as its ``before``;
- a measure told in the next sentence, pointing back at the result: "I rebuilt the routes and
  cut fuel costs. That was about 12% of the budget." (``measure_after``: the next sentence
  opens with ``result_measure_next``, "that was", "this came to", or on a figure, "Roughly 15
  percent.", "We measured it: from 12 a day to 2."; or points back further in: "The manager
  put it at about 12 percent."), or after a semicolon as a bare figure: "Overtime fell;
  roughly £2,000 a month." (``a_bare_measure``);
- a count inside the means of a result is what the speaker did, not how much changed: "I cut
  our costs by dropping one supplier", "we saved two hours a day by merging three rounds into
  one" (``result_means``: "by", "through" or "via" and a doing, up to a comma or a subject of
  its own, ``in_means``); a change told there still measures ("by cutting waste by 20%");
- what is no measure: a length of time that says when ("in six months", "over my 3 years
  there": ``a_time_frame``; "saved over 200 hours" and "100 hours a month" are amounts) and a
  count that says where ("at our 3 depots", "across 12 stores", "the other two hotels":
  ``a_scope``; so are "over two seasons" as a length, "there were two of us" and a career's
  steps, "moved up two grades").

A change told with where it started ("down from five weeks to under two") measures the result
of its sentence from any clause of it: "our void periods were down from five weeks to under
two, and the portfolio grew" (``changes_beside``); any other number only from the result's own
clause.

Outside a result's clause neither is a number ("I didn't take a single day off", "only two,
before it was ten" said of the speaker's breaks), because the check asks here only for the
clauses of its results. Nothing here raises on any text.
"""

from __future__ import annotations

import bisect
import re

from .number_words import Quantity, parse_digits, parse_words, vocabulary
from .numbers import quantities
from .phrases import Patterns

__all__ = ["a_bare_measure", "a_certain_one", "gone", "a_scope", "a_time_frame", "an_occasion",
           "in_means", "measure_after", "told_without_digits"]


def told_changes(numbers: list[Quantity]) -> tuple[list[int], list[int]]:
    """Which of ``numbers`` are changes told with where they started, and where each starts
    (asked once per check, for ``changes_beside``)."""
    ks = [k for k, q in enumerate(numbers) if q.before is not None]
    return ks, [numbers[k].start for k in ks]


_BESIDE = 3  # the changes tried beside a result, at most: a paste of them is read in linear time


def changes_beside(reading, sentence, changes: tuple[list[int], list[int]],
                   inside: range) -> list[int]:
    """Which numbers (``changes``: ``told_changes``) are changes told with where they started
    ("from five weeks to under two") in ``sentence`` but outside the result's clause
    (``inside``: the numbers of that clause), each on a word of the text; the first few."""
    ks, starts = changes
    lo = bisect.bisect_left(starts, reading.words[sentence.lo].start)
    hi = bisect.bisect_left(starts, reading.words[sentence.hi - 1].end)
    return [ks[i] for i in range(lo, min(hi, lo + _BESIDE + len(inside)))
            if ks[i] not in inside and reading.word_at(starts[i]) >= 0][:_BESIDE]


def told_without_digits(lists: dict[str, Patterns], reading, lo: int, hi: int
                        ) -> Quantity | None:
    """The measure of words ``lo`` to ``hi`` (a result's clause) told without a quantity the
    number reader takes, as a ``Quantity`` of kind "count", or ``None``."""
    ws = reading.words
    m = lists["result_now_before"].search(ws, lo, hi)
    if m is not None:
        values = [_value(ws[i].lower) for i in range(m.start, m.end)]
        values = [v for v in values if v is not None]
        if len(values) >= 2:
            return _quantity(reading, m, values[0], values[-1])
    m = lists["result_absence_count"].search(ws, lo, hi)
    if m is not None:
        return _quantity(reading, m, 0.0, None)
    m = lists["compared_now"].search(ws, lo, hi)  # "(before, many ...) this winter it was one"
    if m is not None and [w.lower for w in ws[m.end:m.end + 2]] == ["of", "us"]:
        m = None  # "there were two of us": who the speaker's group was, no count that changed
    if m is not None:
        last = ws[m.end - 1].lower
        value = 0.0 if last in vocabulary().ctx.nones else _value(last)
        if value is not None:
            return _quantity(reading, m, value, None)
    return None


# ("every two hours", "each 4 weeks": how often a duty was done, no measure of a change)
_TIME_FRAME_BEFORE = frozenset("in within over after for during across throughout last past "
                               "first every each".split())
_COMPARED_AFTER = re.compile(r"\s*,?\s*(?:(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|"
                             r"against|versus|vs\.?)\s|(?:and\s+)?not\s+(?:\d|(?:an?|one|two|"
                             r"three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b))",
                             re.IGNORECASE)  # "in two days, not five": a time compared
# After a length of time, a rate ("over 100 hours a month") makes it an amount, not a frame.
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|quarter|year|"
                         r"shift|night|term|season)\b", re.IGNORECASE)
_SHORT_UNITS = frozenset({"seconds", "minutes", "hours"})
# After a length of time, a point it is told from: "three years after I left", "two years
# later", "five years ago", "two years on," ("two weeks before the deadline" and "down to 15
# minutes after I reorganised it" are measures)
_WHEN_AFTER = re.compile(r"\s+(?:after\s+(?:i|we)\s+(?:had\s+)?(?:left|quit|moved\s+on)\b|"
                         r"later\b|ago\b|on\s*(?:[,.;:!?]|$))", re.IGNORECASE)


def a_time_frame(text: str, q: Quantity) -> bool:
    """True for a length of time that says when a result came, not how much it was: "in six
    months", "within a year", "over two seasons"; or how often a duty was done: "small plates
    every two hours". Not a frame: a time compared ("in two days
    instead of ten"), an amount per period ("over 100 hours a month"), and hours or minutes
    after "over" ("saved over 200 hours": more than)."""
    if q.kind not in ("duration", "time_span") and not (
            q.kind == "count" and q.unit.lower().rstrip("s") in vocabulary().ctx.period_words):
        return False  # a count of seasons, terms or shifts is a length of time too
    if _WHEN_AFTER.match(text, q.end):
        return True  # "three years after I left", "two years on,": when, told from a point
    words = text[max(0, q.start - 40):q.start].split()
    last = words[-1].lower() if words else ""
    if last in _OWNERS and len(words) >= 2 and words[-2].lower() in _TIME_FRAME_BEFORE:
        return True  # "over my 3 years there", "in our first two months": a tenure
    if last not in _TIME_FRAME_BEFORE or _COMPARED_AFTER.match(text, q.end) \
            or _RATE_AFTER.match(text, q.end):
        return False
    return not (last == "over" and q.unit in _SHORT_UNITS)


# After a semicolon, a clause that opens on a figure (hedged or not) is the measure of the one
# before: "Overtime fell by a lot; roughly £2,000 a month." ("; I also trained 12 staff" is not)
_BARE = re.compile(r"\s*;\s*(?:(?:about|around|roughly|nearly|almost|over|some|maybe|perhaps|"
                   r"close\s+to|well\s+over|more\s+than)\s+)?(?:[£$€¥₹]|\d)", re.IGNORECASE)


_MEASURES = frozenset(("percent", "money", "multiple", "time_span"))
# A next sentence that is the measure itself: it opens on a figure ("Roughly 15 percent, by
# the manager's count."), or a few words and a colon come first ("We measured it: from 12 a day
# to 2."; "In numbers: 30 a week down to 8").
_FIGURE_NEXT = re.compile(r"(?:[^.:;!?\n]{1,40}:\s*)?(?:(?:in\s+numbers|in\s+figures),?\s+)?"
                          r"(?:from\s+)?(?:(?:about|around|roughly|nearly|almost|over|some|maybe|"
                          r"perhaps|close\s+to|well\s+over|more\s+than|just\s+under|just\s+over)"
                          r"\s+)?(?P<f>[£$€¥₹]|\d)", re.IGNORECASE)


def a_bare_measure(reading, clause) -> bool:
    """True for a clause that opens with a semicolon and then a figure: the measure of the
    clause before it."""
    ws = reading.words
    return clause.lo < len(ws) and ws[clause.lo].lower == ";" \
        and _BARE.match(reading.text, ws[clause.lo].start) is not None


_OWNERS = frozenset("my our the his her its their those these all both".split())
_PLACES_BEFORE = frozenset("at across".split())


# "One client's son told me ...", "One daughter said ...": "one" opening its sentence or clause
# before a noun picks out a person or a thing, it counts nothing ("we lost one customer all
# year", "down to one a month" count)
_CERTAIN_ONE = re.compile(r"one\s+[a-z]", re.IGNORECASE)
_OPENS = re.compile(r"(?:^|[.!?;:\n]|\b(?:and|but|then|so))\s*$", re.IGNORECASE)


def a_certain_one(text: str, q: Quantity) -> bool:
    """True for a "one" that opens its sentence or clause before a noun ("One client's son
    told me her dad had stopped ringing at night"): a certain one, not a count of one."""
    return q.value == 1 and q.kind == "count" and bool(_CERTAIN_ONE.match(text, q.start)) \
        and bool(_OPENS.search(text, max(0, q.start - 8), q.start))


# a thing that went away, told of a pronoun that points back at the clause before: its size
# there is how much went ("Password tickets had been about a third of our queue, and they more
# or less disappeared")
_GONE = frozenset("disappeared vanished stopped ceased ended".split())
_GONE_SUBJECTS = frozenset("they it these those".split())
_GONE_REACH = 5


def gone(reading, claim, first: int) -> bool:
    """True when the claim's clause opens (past "and", "but", "so") on "they", "it", "these"
    or "those" and its change is that the thing went away ("..., and they disappeared")."""
    ws, at = reading.words, first
    while at < claim.match.start and ws[at].lower in ("and", "but", "so", "then"):
        at += 1
    gone_at = next((i for i in range(claim.match.start, claim.match.end)
                    if ws[i].lower in _GONE), None)
    # not "they stopped complaining": the people before stopped doing something
    return gone_at is not None and ws[at].lower in _GONE_SUBJECTS \
        and claim.match.start - at <= _GONE_REACH \
        and not (gone_at + 1 < len(ws) and ws[gone_at + 1].lower.endswith("ing"))


def a_scope(text: str, q: Quantity) -> bool:
    """True for a count that says where or for how many the result held, not how much it
    changed: "at our 3 depots", "across its 12 stores", "for all 40 trucks", "the other two
    hotels" (scope on its own is no measure; "for 200 families" is left as told: it may be the
    result's own count); who the speaker's own group was, "there were two of us"; and a
    career's steps, "moved up two grades" (``career_steps`` of the number vocabulary)."""
    if q.kind != "count":
        return False
    unit = q.unit.lower()
    words = text[max(0, q.start - 30):q.start].split()
    if unit == "us" or (unit in vocabulary().career_steps and "by" not in (
            w.lower() for w in words[-3:])):
        return True  # "two of us", "moved up two grades": no change for anyone; "the pupils
        # went up by one grade" is a change told in grades
    last = words[-1].lower() if words else ""
    if last in _PLACES_BEFORE:
        return True
    if last == "other" and len(words) >= 2 and words[-2].lower() in _OWNERS:
        return True  # "the other two hotels", "our other three stores": where, again
    return last in _OWNERS and len(words) >= 2 \
        and words[-2].lower() in _PLACES_BEFORE | {"for", "over"}


def measure_after(lists: dict[str, Patterns], reading, sentence) -> int:
    """Where a result's measure may be looked for after a result that ends its sentence: the
    end of the next sentence's first clause when that sentence opens by pointing back at it
    (``result_measure_next``: "That was 12% of the budget.", "This came to $4,000 a year."),
    else the sentence's own end."""
    k = bisect.bisect_left(reading.sentences, sentence.hi, key=lambda s: s.lo)
    if k >= len(reading.sentences):
        return sentence.hi
    after = reading.sentences[k]
    if lists["result_measure_next"].match_at(reading.words, after.lo, after.hi) is not None:
        return after.clauses[0].hi
    ws = reading.words
    figure = _FIGURE_NEXT.match(reading.text, ws[after.lo].start) if after.lo < len(ws) else None
    at = reading.word_at(figure.start("f")) if figure is not None else -1
    if after.lo <= at < after.hi:  # the clause the figure stands in
        hi = after.clause_of(at).hi
        return hi if _a_measure(reading, after.lo, hi) else sentence.hi
    # words further in that point back ("My supervisor pulled the figures and it was something
    # like a quarter fewer.", "The manager put it at about 12 percent."): a measure from there
    # to the sentence's end
    later = lists["result_measure_next"].search(ws, after.lo, after.hi)
    if later is not None and _a_measure(reading, later.start, after.hi):
        return after.hi
    return sentence.hi


def _a_measure(reading, lo: int, hi: int) -> bool:
    """Whether words ``lo`` to ``hi`` hold a measure, not a size on its own ("30 people were on
    the team" tells no change): a percentage, money, a multiple, a span of time saved or a
    count told with what it was before."""
    ws = reading.words
    told = quantities(reading.text[ws[lo].start:ws[hi - 1].end])
    return any(q.kind in _MEASURES or q.before is not None for q in told)


def an_occasion(lists: dict[str, Patterns], reading, q: Quantity) -> bool:
    """True for "one" that picks out an occasion rather than measuring a result: "on one
    shift I ...", "one trip to the stockroom later ..." (``result_occasion``); not "down to
    one trip a day", "from one visit a week" (a measure, or a rate)."""
    if q.kind != "count" or q.value != 1:
        return False
    ws = reading.words
    i = reading.word_at(q.start)
    if i < 0:
        return False
    m = lists["result_occasion"].match_at(ws, i)
    if m is None:
        return False
    before = ws[i - 1].lower if i > 0 else ""
    after = ws[m.end].lower if m.end < len(ws) else ""
    ctx = vocabulary().ctx  # "down to one trip a day", "from one visit": a measure
    return before not in ctx.measured_before_one and after not in ctx.rate_after_one


# what ends a means clause before a number: a clause break, or a subject of its own ("by
# merging rounds we needed two fewer vans": the vans are the result's)
_MEANS_ENDS = frozenset(", ; : - and but so which i we they it he she".split())


def in_means(lists: dict[str, Patterns], reading, q: Quantity, lo: int) -> bool:
    """True for a count told inside how a result was brought about, in words ``lo`` (the
    result's clause) up to it: "cut our costs by dropping one supplier", "saved two hours a day
    by merging three rounds into one", "through retraining 14 staff" (``result_means``). Not a
    change told there ("by cutting waste by 20%", "from 12 to 3"), nor a count after the means'
    end ("by merging rounds we needed two fewer vans")."""
    if q.kind != "count" or q.before is not None:
        return False
    ws = reading.words
    at = reading.word_at(q.start)
    if at <= lo:
        return False
    means = [m for m in lists["result_means"].find(ws, lo, at) if m.end <= at]
    if not means:
        return False
    return not any(ws[i].lower in _MEANS_ENDS for i in range(means[-1].end, at))


def _value(word: str) -> float | None:
    if not word or not (word[0].isdigit() or word.isalpha()):
        return None
    if word[0].isdigit():
        return parse_digits(word)
    return parse_words(word, vocabulary())


def _quantity(reading, m, value: float, before: float | None) -> Quantity:
    start, end = reading.words[m.start].start, reading.words[m.end - 1].end
    return Quantity(value, "", "count", reading.text[start:end], start, end, before=before)
