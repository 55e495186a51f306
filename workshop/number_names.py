"""Numbers that name, label or date something rather than state an amount: years ("in 2019",
"2021 TV Series", "1998-2001"), versions and product numbers ("Python 3", "Angular 2+",
"COVID-19"), list labels ("Lesson 3", a "1." that starts a bullet), number words that are no
amount ("no one", "one of the best"), and the spans the vocabulary says are never amounts
(phone numbers, dates, clock times, ratios; ``never_amounts`` in
``data/numbers_vocabulary.json``).

``workshop/numbers.py`` asks ``blocked`` once per text and ``excluded`` once per number. Nothing
here raises on any text.
"""

from __future__ import annotations

import re

from .number_units import Atom
from .number_words import Vocabulary
from .spans import Spans

__all__ = ["blocked", "excluded", "named"]

# The mark right before a year ("-2019", "(2019") or its word (``year_words``: "in 2019"), read
# backwards from the number (on the reversed text), so that a search costs the word's
# length, not the window's length squared.
_YEAR_MARK = re.compile(r"\s*(?:[-\u2013\u2014/'(\u00a9,]|\.?(?P<w>\w+))")  # reversed
_ANY_DIGIT = re.compile(r"\d")
_LIST_LABEL = re.compile(r"(?m)(?:^|(?<=[\n•●▪◦‣*·]))[ \t]*\(?\d{1,2}[.)](?=\s)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n•●▪◦‣*\u2013\u2014(\"“]\s*|^\s*-\s*|\s-\s+)$")
_PREV_WORD = re.compile(r"\s*(?P<w>[\w#+][\w.#+\u2019'-]*)")  # on the reversed text
_NAME_DASH = re.compile(r"[A-Za-z][-]$")



def blocked(text: str, v: Vocabulary) -> Spans:
    """The spans of ``text`` that are never a quantity: ``never_amounts`` and list labels."""
    if not _ANY_DIGIT.search(text):
        return Spans()  # every span that is never a quantity holds a digit
    spans = [(m.start(), m.end()) for m in v.never.finditer(text)]
    spans += [(m.start(), m.end()) for m in _LIST_LABEL.finditer(text)]
    return Spans(spans)


def _previous_word(text: str, pos: int) -> tuple[str, int]:
    """The word that ends at ``pos`` (spaces before ``pos`` skipped), with where it starts."""
    before = text[max(0, pos - 40):pos]  # all it reads: the same 40 characters, the same word
    read = _BEFORE.get(before)
    if read is None:
        if len(_BEFORE) > 10_000:
            _BEFORE.clear()  # a paste of ever new stretches: kept bounded
        read = _BEFORE[before] = read_previous_word(before)
    word, back = read
    return word, pos - back


# The word read before a number, by the 40 characters before it: a paste repeats them.
_BEFORE: dict[str, tuple[str, int]] = {}


def read_previous_word(before: str) -> tuple[str, int]:
    """The word that ends ``before`` (spaces at its end skipped), with how far back from the
    end it starts ("" and 0 if none)."""
    m = _PREV_WORD.match(before[::-1])
    if not m:
        return "", 0
    return m.group("w")[::-1], m.end("w")


def _sentence_initial(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, pos - 6):pos]))


_UNKNOWN = object()


def _is_name_word(word: str, text: str, start: int, v: Vocabulary) -> bool:
    """A word that names a product, a standard or a list item when a number follows it."""
    known = v.name_kinds  # worked out once per word: a paste repeats them
    kind = known.get(word, _UNKNOWN)
    if kind is _UNKNOWN:
        if len(known) > 10_000:
            known.clear()  # a paste of ever new words: kept bounded
        kind = known[word] = _name_kind(word, v)
    if kind is None:  # capitalised: a name unless it starts its sentence
        return not _sentence_initial(text, start)  # Angular, Magento
    return kind


def _name_kind(word: str, v: Vocabulary) -> bool | None:
    """What a word says alone: True for a name, False for none, None for a capitalised word
    (a name unless it starts a sentence)."""
    low = word.lower().rstrip(".")
    if low in v.label_words:
        return True
    core = word.rstrip(".")
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return False  # "12", "1.5": no name
    if any(c in core for c in "#+."):
        return True  # ASP.NET, C#, C++
    if sum(c.isupper() for c in letters) >= 2:  # SQL, iOS, FIM
        return True
    return None if core[:1].isupper() else False


def excluded(text: str, atom: Atom, blocked: Spans, v: Vocabulary) -> bool:
    """A number that names, labels or dates something rather than stating an amount."""
    return blocked.overlaps(atom.start, atom.end) or named(text, atom, v)


def named(text: str, atom: Atom, v: Vocabulary) -> bool:
    """``excluded`` but for the spans that are never amounts: what the number's own
    surroundings say (at most 56 characters before it; after it, the words and marks its
    readers read)."""
    if atom.kind == "duration" and _schedule(text, atom, v):
        return True
    if _hour_of_day(text, atom, v) or _place_number(text, atom, v):
        return True
    if atom.words:
        return _word_excluded(text, atom, v)
    if text[atom.start - 1:atom.start] == "-" and \
            _NAME_DASH.search(text[max(0, atom.start - 2):atom.start]):
        return True  # COVID-19, Win-10
    if atom.kind in ("percent", "money", "multiple"):
        return False
    return _version_plus(text, atom, v) or (_year_shaped(text, atom) and _year(text, atom, v)) \
        or _year_end(text, atom, v) or _labelled(text, atom, v)


def _year_end(text: str, atom: Atom, v: Vocabulary) -> bool:
    """The two-digit end of a range of years ("2021–23", "1998-03", "2019 to 22"): a year."""
    return (atom.end - atom.start == 2 and not atom.unit
            and v.ctx.year_before.search(text, max(0, atom.start - 12), atom.start) is not None)


def _schedule(text: str, atom: Atom, v: Vocabulary) -> bool:
    """"I worked 40 hours a week", "pulling about twelve hours a day": the speaker's working
    time, a term of the job that belongs to no change (unless a change is said right after it:
    "worked 10 hours less a week", "40 hours instead of 50")."""
    return bool(v.ctx.schedule_before.search(text[max(0, atom.start - 40):atom.start])
                and not v.ctx.schedule_not_after.match(text[atom.end:atom.end + 48]))


def _hour_of_day(text: str, atom: Atom, v: Vocabulary) -> bool:
    """"sold out by ten", "we'd finish at four", "until 6, then": a bare whole number up to 12
    right after "at", "by" or "until" is an hour of the day, a time the work happened at, no
    amount; unless a margin, a level or a change is told just before the link ("cut it by
    four", "beat the target by ten", "satisfaction stood at 4")."""
    if atom.kind != "amount" or atom.unit or not (float(atom.value).is_integer()
                                                  and 1 <= atom.value <= 12):
        return False
    m = v.ctx.clock_at.search(text, max(0, atom.start - 28), atom.start)
    if m is None:
        return False
    before = text[max(0, m.start() - 40):m.start()]
    last = before.split()[-1:] or [""]
    if last[0].isdigit() or last[0].lower() in v.small:
        return False  # "from 8 till 4": a range of hours, read with its first hour
    return not (v.ctx.clock_not_at.search(before) or v.ctx.clock_changes.search(before))


def _place_number(text: str, atom: Atom, v: Vocabulary) -> bool:
    """"Line three kept stopping", "on ward seven": a number word after a place's label
    (``place_labels``) names the place, as "Line 3" does (``_labelled``), no amount."""
    if not atom.words or atom.kind not in ("amount", "count") or atom.value > 20:
        return False
    word, _ = _previous_word(text, atom.start)
    return word.lower() in v.ctx.place_labels


def _version_plus(text: str, atom: Atom, v: Vocabulary) -> bool:
    """"Angular 2+": a version, not "more than 2"."""
    if not (atom.plus and atom.kind == "amount"):
        return False
    word, _ = _previous_word(text, atom.start)
    return bool(word) and _is_name_word(word, text, atom.start - len(word), v)


def _year_shaped(text: str, atom: Atom) -> bool:
    """Four digits from 1900 to 2100, not written with a thousands separator."""
    return (float(atom.value).is_integer() and 1900 <= atom.value <= 2100 and not atom.grouped
            and text[atom.start:atom.start + 4].isdigit())


def _labelled(text: str, atom: Atom, v: Vocabulary) -> bool:
    """"Python 3", "Raspberry Pi 4 coordinates", "Lesson 3 notes": a name's number."""
    if atom.kind not in ("amount", "count"):
        return False
    word, wstart = _previous_word(text, atom.start)
    if not word or not _is_name_word(word, text, wstart, v) or word.lower() == "top":
        return False
    label = word.lower().rstrip(".") in v.label_words
    small = float(atom.value).is_integer() and atom.value <= 20
    return atom.kind == "amount" or label or small


def _year(text: str, atom: Atom, v: Vocabulary) -> bool:
    """A four-digit number from 1900 to 2100 that reads as a year."""
    if _year_context(text[max(0, atom.start - 14):atom.start], v):
        return True
    if v.ctx.year_after.match(text, atom.end):
        return True
    if atom.kind == "count":
        word, wstart = _previous_word(text, atom.start)
        if word and _is_name_word(word, text, wstart, v):
            return True
        return not atom.unit[:1].islower()  # 2021 TV Series
    return atom.kind == "amount"


def _year_context(before: str, v: Vocabulary) -> bool:
    """A year's word or mark ends ``before`` ("in", "Q3.", "-"), spaces after it allowed."""
    m = _YEAR_MARK.match(before[::-1])
    if not m:
        return False
    word = m.group("w")
    return word is None or bool(v.year_word.fullmatch(word[::-1]))


def _word_excluded(text: str, atom: Atom, v: Vocabulary) -> bool:
    written = text[atom.start:atom.number_end].lower().split()
    if written and written[0] in v.ctx.lone_ones and len(written) == 1:
        if atom.kind in ("amount",):
            return True  # "one of", "no one", "one" alone
    before = text[max(0, atom.start - 8):atom.start].lower()
    after = text[atom.number_end:atom.number_end + 9].lower()
    if written[:1] == ["one"] and (v.ctx.no_one.search(before) or v.ctx.one_of.match(after)
                                   or v.ctx.one_manner.match(text, atom.end, atom.end + 24)):
        return True  # "no one", "one of the best", "one another", "one laptop at a time"
    return bool(atom.kind == "amount" and atom.value < 1000
                and not v.ctx.amount_before.search(before))
