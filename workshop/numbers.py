"""The quantities a text states: one rule for the importers and the answer check.

``quantities(text)`` finds the amounts a sentence gives as a result or a size ("cut waiting by
40%", "1.2 million users", "from 6% to 33%", "a team of 8", "doubled sales") and leaves out the
numbers that only name or date something:

- years ("in 2019", "FIM 2010", "2021 TV Series", "1998-2001"), dates ("2019-11-01",
  "11/1/2019", "March 3rd", "3 March"), clock times ("9:30", "9am", "9 p.m.");
- versions and product numbers ("ASP.NET 3.5", "Angular 2+", "Python 3", "v2.1", "HTML5");
- list labels ("#3", "No. 3", "Lesson 3", "Step 2", a "1." that starts a bullet), ordinals
  ("3rd"), phone numbers ("+44 20 7946 0958", "(555) 123-4567").

How an amount is read:

- thousands in both conventions: "1,200" and "1.200.000" / "400.000 users" (a dot followed by
  exactly three digits is a thousands separator); a decimal comma "1,5" is 1.5;
- multipliers: "1.2 million", "1.2M", "$4.5bn", "300k" give the full amount;
- number words: zero to twenty, the tens, hundred, thousand, million, billion, dozen, in
  compounds ("twenty-five", "two hundred", "a dozen"); "hundreds of" reads as 100;
- a change "from X to Y" (or "X -> Y", "Y, up from X") is Y, with X kept in ``before``; a range
  "X to Y" or "X-Y" is read as Y;
- multiples: "3x", "three times", "threefold", "doubled" (2), "tripled" (3), "halved" (0.5).

Kinds (``Quantity.kind``):

- ``percent``: "40%", "forty percent", "a third of" (33.3);
- ``money``: a currency symbol, code or word before or after the amount ("$1.2M", "500 EUR");
- ``multiple``: unit ``"x"``;
- ``duration``: a plain length of time ("two years", "six months", "a one-week deadline"); it may
  be a tenure, so a caller decides whether it counts as a result;
- ``time_span``: a length of time stated as a change or a rate, so it is a measured result
  ("from 3 days to 4 hours", "by 2 hours", "saved 10 hours", "5 hours a week");
- ``count``: a whole number of something ("12 feeds", "a team of 8", "400.000 users");
- ``amount``: any other number ("to 4.8", "3 million", "20 kg").

Contractions are never read as numbers, and a number glued to letters ("3rd", "4G", "Q3") is not
an amount. Nothing here raises on any text.
"""

from __future__ import annotations

import bisect
import operator
import re

from .number_changes import inherit_units, pairs, time_span
from .number_names import blocked as never_spans
from .number_names import named
from .number_told import counts_changed, ranks, rates, special
from .number_units import Atom, apply_suffix, classify, team_before
from .number_words import (
    Quantity,
    Vocabulary,
    guarded,
    parse_digits,
    parse_words,
    vocabulary,
)
from .spans import Spans

__all__ = ["KINDS", "Quantity", "first_quantity", "has_quantity", "quantities", "skill_rate",
           "team_size"]

KINDS = ("percent", "money", "multiple", "duration", "time_span", "count", "amount")

# The module map of the number reader (the words: data/numbers_vocabulary.json, format in
# data/README.md, read by number_words.py):
# - here: the numbers found (digits and words), and the reading put together;
# - number_units.py: what a number counts or measures (its unit and kind);
# - number_names.py: numbers that name, label or date something (left out);
# - number_changes.py: two numbers as one change or range, a duration as a measured change;
# - number_words.py: the vocabulary, values of digits and words;
# - number_told.py: amounts told in words ("doubled", "a third of", "one in ten").

# A number starts after anything but a Latin letter, a digit, "." or ",": "HTML5" and "v2" are
# names, while "高于100ms" (digits next to Chinese) is a number.
# Thousands grouped by a space ("R180 000", "5 000 zł", as in much of Europe and South Africa)
# only where nothing but a word's end follows: "3 100-page reports" stays two numbers.
# (A run is read once, from its first group, and never given back, so this stays linear.)
_DIGITS = guarded(r"(?<![A-Za-z\u00c0-\u024f0-9_.,])(?<!\d[ \u00a0\u202f])"
                  r"\d{1,3}(?:[ \u00a0\u202f]\d{3})++(?![A-Za-z0-9_-]|[.,]\d|[ \u00a0\u202f]\d)"
                  r"|(?<![A-Za-z\u00c0-\u024f0-9_.,])\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*"
                  r"(?:[.,]\d+)?(?![A-Za-z0-9_]|[.,]\d)"
                  r"|(?<![A-Za-z\u00c0-\u024f0-9_.,])\d+(?:[.,]\d+)?(?![.,]\d)")
# Asked once per number: compiled here, not looked up in re's cache each time.
_GROUPED = re.compile(r"[.,]\d{3}(?!\d)")
# The digits right after a currency letter or a multiple's mark written against them ("R95 000",
# "Rs500", "x3"): the shapes of ``_DIGITS``, then no letter or digit but a multiplier's
# ("R1.2m", "R40k"), which ``apply_suffix`` reads.
_GLUED_DIGITS = re.compile(r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})++(?![A-Za-z0-9_-]|[.,]\d"
                           r"|[ \u00a0\u202f]\d)|\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?"
                           r"|\d++(?:[.,]\d+)?)(?![0-9_]|[.,]\d|[A-Za-z](?<![kKmMbB]))")
# A currency letter needs an amount no name has ("R2", "R5" may be a model); a multiple's mark
# a factor no version has ("x86", "x64").
_GLUED_LEAST, _MARK_MOST = 100, 20


def _digit_atoms(text: str, blocked: Spans) -> list[Atom]:
    """The numbers of digits, in order, but those a span that is never an amount overlaps
    (no atom made for each of a paste's thousands of clock times or dates)."""
    atoms = []
    overlaps = blocked.overlaps_ascending()
    values: dict[str, tuple] = {}  # each number as written read once: a paste repeats them
    for m in _DIGITS.finditer(text):
        written = m.group()
        read = values.get(written)
        if read is None:
            raw = written if written.isdigit() else "".join(written.split())  # "180 000"
            # digits alone (most numbers) read at once; "1,200", "1.5" and long runs by the rule
            value = float(raw) if len(raw) < 16 and raw.isdigit() else parse_digits(raw)
            read = (value, value is not None and value >= 1000 and (
                bool(_GROUPED.search(raw)) or len(written) > len(raw)))
            if len(values) < 10_000:
                values[written] = read
        if read[0] is not None:
            start, end = m.span()
            if overlaps(start, end):
                continue
            atoms.append(Atom(read[0], start, end, False, False, "", "", read[1]))
    return atoms


def _glued_atoms(text: str, v: Vocabulary) -> list[Atom]:
    """Amounts with a currency letter or a multiple's mark written against the digits: "saved
    R180 000", "Rs500", "KSh4,000" (money), "speed went x3" (a multiple). The atom starts at
    the mark, which ``_DIGITS`` never reads as a number's start."""
    atoms = []
    for m in v.glued_before.finditer(text):
        d = _GLUED_DIGITS.match(text, m.end())
        if d is None:
            continue
        written = d.group()
        raw = "".join(written.split())
        value = parse_digits(raw)
        if value is None:
            continue
        unit = v.currency_glued.get(m.group())
        if unit is None and value <= _MARK_MOST:
            atoms.append(Atom(value, m.start(), d.end(), kind="multiple", unit="x"))
        elif unit is not None and (value >= _GLUED_LEAST or len(written) > len(raw)
                                   or text[d.end():d.end() + 1] in "kKmMbB"):
            atoms.append(Atom(value, m.start(), d.end(), kind="money", unit=unit,
                              grouped=value >= 1000))
    return atoms


def _word_atoms(text: str, v: Vocabulary) -> list[Atom]:
    atoms = []
    for m in v.words.finditer(text):
        value = parse_words(m.group(0), v)
        if value is None:
            continue
        atoms.append(Atom(value=value, start=m.start(), end=m.end(), words=True,
                          grouped=value >= 1000))
    for m in v.plural_scale.finditer(text):
        value = float(v.plural_scales[m.group("w").lower()])
        atoms.append(Atom(value=value, start=m.start("w"), end=m.end("w"), words=True))
    return atoms


def team_size(text: str, q: Quantity) -> bool:
    """True for a count that is the size of a team, a class or a crew ("a team of 8", "a crew of
    12 drivers"): how big, never a result. The one rule for the number reader and the check."""
    return q.kind == "count" and team_before(text, q.start, vocabulary())


def skill_rate(text: str, q: Quantity) -> bool:
    """True for a count that measures a person's own skill ("75 words a minute", "40 -> 70
    wpm"): how fast someone types or keys, never a result's number (``skill_rates`` in the
    number vocabulary). The one rule for the check and the draft."""
    return q.kind in ("count", "amount") and vocabulary().ctx.skill_rate.match(
        text, q.end - len(q.unit) if q.unit and text.endswith(q.unit, 0, q.end) else q.end,
        q.end + 24) is not None


def quantities(text: str) -> list[Quantity]:
    """Every quantity the text states, in order; see the module docstring for the rule."""
    if not isinstance(text, str) or not text:
        return []
    v = vocabulary()  # a bad edit of its data file is said (a ValidationError), never hidden
    try:
        return _quantities(text, v)
    except (ValueError, OverflowError, IndexError, KeyError, StopIteration):  # pragma: no cover
        return []


def _quantities(text: str, v: Vocabulary) -> list[Quantity]:
    blocked = never_spans(text, v)
    shares = ranks(text, v) + rates(text, blocked, v)  # ranks first: "from 14th to 5th"
    shares += counts_changed(text, blocked.plus((q.start, q.end) for q in shares), v)
    blocked = blocked.plus((q.start, q.end) for q in shares)
    atoms = _digit_atoms(text, blocked)  # in order
    words = _word_atoms(text, v) + _glued_atoms(text, v)
    if words:
        atoms += words
        atoms.sort(key=_START)
    kept: list[Atom] = []
    read = _reader(text, v)
    for atom in atoms:
        if kept and atom.start < kept[-1].end or blocked.overlaps(atom.start, atom.end):
            continue  # (its unit only widens it: a blocked number stays blocked, read or not)
        if not read(atom) or blocked.overlaps(atom.start, atom.end):
            continue
        if kept and atom.start < kept[-1].end:
            continue
        kept.append(atom)
    for atom in kept:
        if atom.kind == "duration" and time_span(text, atom, v):
            atom.kind = "time_span"
    inherit_units(kept, text, v)
    found = pairs(text, kept, v)
    found += _free(shares + special(text, blocked, v), found)
    found.sort(key=lambda q: q.start)
    return found


_START = operator.attrgetter("start")

# A text this long is a paste, not an answer: a number read there is read once per stretch of
# text around it (``_reader``).
_LONG_TEXT = 4_000
# What a number's readers read of the text around it, at most: 56 characters before it (the word
# before it, and what starts that word); after it, up to eight words (a suffix of up to two, then
# the noun it counts and the words before and after that) and 24 characters more (a mark, a
# year, "a week"), each word a run of what is not a space. Where the 32 characters after it
# hold no letter, no currency sign and no run of spaces or hyphens longer than three, no reader
# reads a word after it: 16 characters at most.
_BEFORE, _AFTER, _WORDS_READ, _MORE = 64, 32, 8, 24
_OPEN_AFTER = re.compile(r"[A-Za-z\u00c0-\u024f\u20ac$\u00a3\u00a5\u20b9]|[\s-]{4}")
_WORDS_AFTER = re.compile(rf"(?:\s*+\S++){{{_WORDS_READ}}}")  # whole runs: never one cut in two
_FAR = 240  # the eight words and what stands between them: a longer stretch is read afresh


def _after(text: str, end: int) -> str | None:
    """What a number's readers can read after ``end``, or None when that can't be told in
    ``_FAR`` characters (a word longer than that, spaces wider)."""
    after = text[end:end + _AFTER]
    if not _OPEN_AFTER.search(after):
        return after
    m = _WORDS_AFTER.match(text, end, end + _FAR)
    if m is None:
        return text[end:] if len(text) - end < _FAR else None
    return text[end:m.end() + _MORE] if m.end() < end + _FAR else None


def _reader(text: str, v: Vocabulary):
    """``read(atom)``: give a number its suffix, unit and kind; False when it is no quantity or
    names something (``classify``, ``number_names.named``). In a long paste, a number of digits
    whose surroundings were read before ("1/1/1/...", "from 1 to 2 from 1 to 2 ...") takes that
    reading at once: what decides is the 64 characters before it, the number and what its
    readers can read after it (``_after``)."""

    def read(atom: Atom) -> bool:
        apply_suffix(text, atom, v)
        atom.number_end = atom.end
        return classify(text, atom, v) and not named(text, atom, v)

    if len(text) <= _LONG_TEXT:
        return read
    known: dict[tuple[str, str, str], tuple] = {}

    def read_once(atom: Atom) -> bool:
        start, end = atom.start, atom.end
        after = None if atom.words else _after(text, end)
        if after is None:
            return read(atom)
        key = (text[max(0, start - _BEFORE):start], text[start:end], after)
        got = known.get(key)
        if got is None:
            ok = read(atom)
            got = known[key] = (ok, atom.start - start, atom.end - end, atom.number_end - end,
                                atom.kind, atom.unit, atom.value, atom.plus, atom.grouped)
        ok, atom.kind, atom.unit, atom.value, atom.plus, atom.grouped = got[0], *got[4:]
        atom.start, atom.end, atom.number_end = start + got[1], end + got[2], end + got[3]
        return ok

    return read_once


def _free(specials: list[Quantity], found: list[Quantity]) -> list[Quantity]:
    """The specials, in turn, that overlap neither a number found nor a special kept before."""
    if not specials:
        return []  # most pastes of numbers: no spans of the numbers found are needed
    taken = Spans((f.start, f.end) for f in found)
    kept: list[tuple[int, int]] = []  # sorted, never overlapping: only the one before can touch
    out = []
    for q in specials:
        i = bisect.bisect_left(kept, (q.end, -1))
        if taken.overlaps(q.start, q.end) or (i and kept[i - 1][1] > q.start):
            continue
        kept.insert(i, (q.start, q.end))
        out.append(q)
    return out


# What decides a number's reading lies near it: at most ``_BEFORE`` characters before it and
# ``_FAR`` plus ``_MORE`` after it, and the links of a change or a range and the spans never read
# are shorter still. Read in stretches, a quantity that starts ``_SETTLED_BEFORE`` characters
# after a stretch's start and ends ``_SETTLED_AFTER`` before its end is read as in the whole
# text; a quantity is at most ``_LONGEST`` characters ("four the year before, ..., none after").
_SETTLED_BEFORE, _SETTLED_AFTER, _LONGEST = 200, 400, 160
_STRETCH = 8_000


def first_quantity(text: str) -> Quantity | None:
    """``quantities(text)[0]``, or None, without reading every number of a long paste: the
    text is read in stretches of ``_STRETCH`` characters that overlap, each answering for the
    quantities that start in its settled middle, until one holds a quantity (about a tenth
    more reading than the whole text when none does). The answer check names it when no
    result holds a number."""
    if not isinstance(text, str):
        return None
    n, start = len(text), 0
    while True:
        end = min(n, start + _STRETCH)
        first = start + _SETTLED_BEFORE if start else 0
        last = n if end == n else end - _SETTLED_AFTER - _LONGEST  # where its answers start
        for q in quantities(text[start:end]):
            if q.start + start < first:
                continue  # the stretch before answered for it
            if q.start + start >= last:
                break
            return q if not start else Quantity(q.value, q.unit, q.kind, q.text,
                                                q.start + start, q.end + start, q.before)
        if end == n:
            return None
        start = last - _SETTLED_BEFORE


def has_quantity(text: str) -> bool:
    """True when the text states at least one quantity (years, versions and labels aside)."""
    return bool(quantities(text))
