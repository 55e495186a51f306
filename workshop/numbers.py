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
import re
from dataclasses import dataclass

from .number_words import (
    Quantity,
    Vocabulary,
    next_word,
    parse_digits,
    parse_words,
    rates,
    special,
    vocabulary,
)
from .phrases import Spans

__all__ = ["KINDS", "Quantity", "has_quantity", "quantities", "team_size"]

KINDS = ("percent", "money", "multiple", "duration", "time_span", "count", "amount")

# --- words: data/numbers_vocabulary.json (format in data/README.md), read by number_words.py ----

# The vocabulary of the reading under way: set by ``quantities`` before it reads.
_V: Vocabulary

_GLUED = re.compile(r"[A-Za-z]+(?![A-Za-z0-9_'\u2019])")
_HYPHENED = re.compile(r"-(?P<w>[A-Za-z]+)(?![\w'\u2019-])")
# The mark right before a year ("-2019", "(2019") or its word (``year_words``: "in 2019"), read
# backwards from the number (on the reversed text), so that a search costs the word's
# length, not the window's length squared.
_YEAR_MARK = re.compile(r"\s*(?:[-\u2013\u2014/'(\u00a9,]|\.?(?P<w>\w+))")  # reversed
_YEAR_AFTER = re.compile(r"\s*(?:[-\u2013\u2014/]|to\b|and\b|until\b)\s*(?:\d{2,4}|present|now|"
                         r"today|current)", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:(?:the|our|its|their|my|his|her|your|these|those)\s+)?")
_ANY_DIGIT = re.compile(r"\d")
_RATING = re.compile(r"\s?/\s?(?P<d>5|10|100)(?![\d/])")
_LIST_LABEL = re.compile(r"(?m)(?:^|(?<=[\n•●▪◦‣*·]))[ \t]*\(?\d{1,2}[.)](?=\s)")

# --- numbers ----------------------------------------------------------------------------------

# A number starts after anything but a Latin letter, a digit, "." or ",": "HTML5" and "v2" are
# names, while "高于100ms" (digits next to Chinese) is a number.
_DIGITS = re.compile(r"(?<![A-Za-z\u00c0-\u024f0-9_.,])\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*"
                     r"(?:[.,]\d+)?(?![A-Za-z0-9_]|[.,]\d)"
                     r"|(?<![A-Za-z\u00c0-\u024f0-9_.,])\d+(?:[.,]\d+)?(?![.,]\d)")
_PLURAL_SCALE = re.compile(r"(?<![\w'\u2019-])(?P<w>hundreds|thousands|millions|billions|"
                           r"dozens|tens)\s+of\b", re.IGNORECASE)

_SUFFIX = re.compile(
    r"(?P<plus>\+)?(?:"
    r"(?P<pct>\s?%|\s?(?:percent|per\s?cent|pct|percentage\s+points?|pp|p\.p\.)(?![\w]))"
    r"|(?P<mult>\s?(?:k|K|M|MM|mn|Mn|bn|Bn|BN|B|m|Mio\.?|mio\.?|Mrd\.?)(?![\w])"
    r"|\s(?:[Tt]housand|[Mm]illions?|MILLION|[Bb]illions?|BILLION|[Tt]rillion|lakh|crore)"
    r"(?![\w]))"
    r"|(?P<x>\s?[x\u00d7X](?![\w])|-?fold\b))?(?P<plus2>\+)?", )
_CHANGE = re.compile(
    r"\s*(?:to|->|\u2192|=>|\u2013|-|\u2014|until)\s*(?:(?:just|only|about|around|roughly|"
    r"nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|a\s+mere|below|above)\s+)?"
    r"$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|nearly|almost|over|under|an?\s+"
                   r"average\s+of|more\s+than|less\s+than|just|only)\s+)?$", re.IGNORECASE)
_UP_FROM = re.compile(r"^[\s,(]*(?:(?:up|down)\s+)?from\s+(?:(?:about|around|just|only)\s+)?",
                      re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:by|saved?|saving|saves|freed|freeing|frees|shaved|"
                          r"shaving|cut|cutting|reduced|reducing|down\s+to|under|within|"
                          r"from|faster|sooner|quicker)\s+(?:(?:about|around|over|nearly|"
                          r"almost|more\s+than|up\s+to|an?\s+average\s+of|just|only)\s+)?$",
                          re.IGNORECASE)
_SPAN_AFTER = re.compile(r"^\s*(?:(?:of\s+\w+\s+)?(?:per|a|an|each|every)\s+(?:\w+\s+)?"
                         r"(?:second|minute|hour|day|week|month|quarter|year|shift|sprint|"
                         r"release|order|ticket|case|call|person|employee|user|customer)\b|"
                         r"(?:daily|weekly|monthly|yearly|annually|faster|sooner|earlier|"
                         r"quicker|less|shorter|saved)\b)", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n•●▪◦‣*\u2013\u2014(\"“]\s*|^\s*-\s*|\s-\s+)$")
_PREV_WORD = re.compile(r"\s*(?P<w>[\w#+][\w.#+\u2019'-]*)")  # on the reversed text
# Asked once per number: compiled here, not looked up in re's cache each time.
_GROUPED = re.compile(r"[.,]\d{3}(?!\d)")
_NAME_DASH = re.compile(r"[A-Za-z][-]$")
_ARROW = re.compile(r"->|\u2192|=>")
_AND = re.compile(r"\s*and\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)






@dataclass
class _Atom:
    """A number found in the text, before it is given a unit and a kind."""

    value: float
    start: int
    end: int
    words: bool = False  # written in words
    plus: bool = False
    kind: str = ""
    unit: str = ""
    grouped: bool = False  # written with a thousands separator or a multiplier
    number_end: int = -1  # where the number itself ends, before its unit


def _blocked(text: str) -> Spans:
    if not _ANY_DIGIT.search(text):
        return Spans()  # every span that is never a quantity holds a digit
    spans = [(m.start(), m.end()) for m in _V.never.finditer(text)]
    spans += [(m.start(), m.end()) for m in _LIST_LABEL.finditer(text)]
    return Spans(spans)




def _previous_word(text: str, pos: int) -> tuple[str, int]:
    """The word that ends at ``pos`` (spaces before ``pos`` skipped), with where it starts."""
    m = _PREV_WORD.match(text[max(0, pos - 40):pos][::-1])
    if not m:
        return "", pos
    return m.group("w")[::-1], pos - m.end("w")


def _sentence_initial(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, pos - 6):pos]))


def _is_name_word(word: str, text: str, start: int) -> bool:
    """A word that names a product, a standard or a list item when a number follows it."""
    low = word.lower().rstrip(".")
    if low in _V.label_words:
        return True
    core = word.rstrip(".")
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return False  # "12", "1.5": no name
    if any(c in core for c in "#+."):
        return True  # ASP.NET, C#, C++
    if sum(c.isupper() for c in letters) >= 2:  # SQL, iOS, FIM
        return True
    return core[:1].isupper() and not _sentence_initial(text, start)  # Angular, Magento


def _digit_atoms(text: str) -> list[_Atom]:
    atoms = []
    for m in _DIGITS.finditer(text):
        value = parse_digits(m.group(0))
        if value is None:
            continue
        atom = _Atom(value=value, start=m.start(), end=m.end(),
                     grouped=value >= 1000 and bool(_GROUPED.search(m.group(0))))
        atoms.append(atom)
    return atoms


def _word_atoms(text: str) -> list[_Atom]:
    atoms = []
    for m in _V.words.finditer(text):
        value = parse_words(m.group(0), _V)
        if value is None:
            continue
        atoms.append(_Atom(value=value, start=m.start(), end=m.end(), words=True,
                           grouped=value >= 1000))
    for m in _PLURAL_SCALE.finditer(text):
        word = m.group("w").lower()
        value = {"tens": 10.0, "dozens": 12.0}.get(word) or float(_V.scales[word[:-1]])
        atoms.append(_Atom(value=value, start=m.start("w"), end=m.end("w"), words=True))
    return atoms


def _apply_suffix(text: str, atom: _Atom) -> None:
    """Read what is glued to a number: "%", "k", "million", "x", "+"."""
    m = _SUFFIX.match(text, atom.end)
    if m and m.group(0):
        if m.group("plus") or m.group("plus2"):
            atom.plus = True
        if m.group("pct"):
            atom.kind, atom.unit = "percent", "%"
        elif m.group("mult"):
            word = m.group("mult").strip().rstrip(".").lower()
            factor = _V.multiplier_suffix.get(word)
            if word == "m" and not _money_before(text, atom.start) and atom.words:
                factor = None
            if factor is None:
                return
            atom.value *= factor
            atom.grouped = True
        elif m.group("x"):
            atom.kind, atom.unit = "multiple", "x"
        atom.end = m.end()


def _money_before(text: str, start: int) -> str:
    before = text[max(0, start - 6):start].lower()
    m = _V.money_sign.search(before)
    if m:
        return _V.currency_symbols[m.group(1)]
    m = _V.money_code.search(before)
    return _V.currency_words[m.group(1)] if m else ""


def _money_start(text: str, start: int) -> int:
    m = _V.money_start.search(text[max(0, start - 6):start])
    return max(0, start - 6) + m.start() if m else start


def _classify(text: str, atom: _Atom) -> bool:
    """Give the atom its kind and unit; False when it is not a quantity at all. The readers
    are tried in turn; the first that decides (True or False) wins, else it is an amount."""
    if atom.kind in ("percent", "multiple"):
        return True
    for reader in _READERS:
        decided = reader(text, atom)
        if decided is not None:
            return decided
    atom.kind = "amount"
    return True


def _money_sign_before(text: str, atom: _Atom) -> bool | None:
    """"$1.2M", "EUR 400": money."""
    currency = _money_before(text, atom.start)
    if not currency:
        return None
    atom.kind, atom.unit = "money", currency
    atom.start = _money_start(text, atom.start)
    return True


def _rating(text: str, atom: _Atom) -> bool | None:
    """"4.8/5": a score out of 5."""
    rating = _RATING.match(text, atom.end)
    if not rating:
        return None
    atom.kind, atom.unit = "amount", "/" + rating.group("d")
    atom.end = rating.end()
    return True


def _glued_unit(text: str, atom: _Atom) -> bool | None:
    """"6MB", "45s", "2h": a unit; "2FA", "3D", "940c": part of a name (not a quantity)."""
    glued = _GLUED.match(text, atom.end)
    if not glued:
        return None
    unit = glued.group(0)
    if unit.lower() in _V.time_units:
        atom.kind, atom.unit = "duration", _V.time_units[unit.lower()]
    elif unit.lower() in _V.measures:
        atom.kind, atom.unit = "amount", unit
    else:
        return False
    atom.end = glued.end()
    return True


def _hyphened_unit(text: str, atom: _Atom) -> bool | None:
    """"a 3-month project", "a 10-person team"; "1-way", "Twelve-Factor" are names."""
    hyphen = _HYPHENED.match(text, atom.end)
    if not hyphen:
        return None
    low = hyphen.group("w").lower()
    if low in _V.time_units:
        atom.kind, atom.unit = "duration", _V.time_units[low]
    elif low in _V.people:
        atom.kind, atom.unit = "count", "people"
    else:
        return False
    atom.end = hyphen.end()
    return True


def _currency_after(text: str, atom: _Atom) -> bool | None:
    """"500 EUR", "500€", "5 million dollars": money."""
    word, _, wend = next_word(text, atom.end)
    low = word.lower()
    if word in ("€", "$", "£", "¥", "₹") or low in _V.currency_words:
        atom.kind = "money"
        atom.unit = _V.currency_symbols.get(word) or _V.currency_words[low]
        atom.end = wend
        return True
    return None


def _times(text: str, atom: _Atom) -> bool | None:
    """"three times faster" (a multiple), "4 times a week" (a count of times)."""
    word, _, wend = next_word(text, atom.end)
    low = word.lower()
    if not (low == "times" or (low == "time" and atom.value > 1)):
        return None
    follow = text[wend:wend + 20].lower()
    if re.match(r"\s+(?:a|an|per|each|every|daily|weekly|monthly|yearly)\b", follow):
        atom.kind, atom.unit = "count", "times"
    else:
        atom.kind, atom.unit = "multiple", "x"
    atom.end = wend
    return True


def _unit_word(text: str, atom: _Atom) -> bool | None:
    """"two years", "3.2 s" (a duration), "20 kg" (an amount)."""
    word, wstart, wend = next_word(text, atom.end)
    low = word.lower()
    if low in _V.time_units or (word == "s" and wstart > atom.end):
        atom.kind, atom.unit = "duration", _V.time_units.get(low, "seconds")
    elif low in _V.measures:
        atom.kind, atom.unit = "amount", word
    else:
        return None
    atom.end = wend
    return True


def _counted(text: str, atom: _Atom) -> bool | None:
    """"12 new clients": a count of clients."""
    noun, nend = _counted_noun(text, atom.end)
    if not noun:
        return None
    atom.unit = noun
    atom.kind = "count" if float(atom.value).is_integer() else "amount"
    atom.end = nend
    return True


def _team_before(text: str, start: int) -> bool:
    """"a team of", "a crew of about" ends right before ``start`` (``team_words``)."""
    before = text[max(0, start - 40):start]
    return "of" in before.lower() and _V.team_of.search(before) is not None


def team_size(text: str, q: Quantity) -> bool:
    """True for a count that is the size of a team, a class or a crew ("a team of 8", "a crew of
    12 drivers"): how big, never a result. The one rule for the number reader and the check."""
    global _V
    _V = vocabulary()
    return q.kind == "count" and _team_before(text, q.start)


def _team_of(text: str, atom: _Atom) -> bool | None:
    """"a team of 8": a count of people."""
    if _team_before(text, atom.start) and float(atom.value).is_integer():
        atom.kind, atom.unit = "count", "people"
        return True
    return None


_READERS = (_money_sign_before, _rating, _glued_unit, _hyphened_unit, _currency_after, _times,
            _unit_word, _counted, _team_of)


def _counted_noun(text: str, pos: int) -> tuple[str, int]:
    """The noun a number counts ("12 new clients" -> "clients"), or ("", pos)."""
    skipped = 0
    cursor = pos
    while skipped < 3:
        word, wstart, wend = next_word(text, cursor)
        if not word or word in "€$£¥₹":
            return "", pos
        low = word.lower().strip("'\u2019")
        gap = text[cursor:wstart]
        if "\n" in gap or any(c in gap for c in ",;:()/"):
            return "", pos
        if low == "of" and skipped == 0:
            m = _OF_THE.match(text, cursor)
            if not m:
                return "", pos
            cursor = m.end()
            skipped += 1
            continue
        if cursor == pos and _comparative_before_noun(text, low, wend):
            cursor = wend  # "twelve more patients", "3 fewer complaints"
            skipped += 1
            continue
        if low in _V.not_nouns or low in _V.time_units:
            return "", pos
        nxt, nstart, _ = next_word(text, wend)
        follows = bool(nxt) and nxt[:1].isalpha() and nxt.lower() not in _V.not_nouns and \
            not any(c in text[wend:nstart] for c in ",;:()/\n")
        title_case = word[:1].isupper() and word[1:].islower()
        if follows and skipped < 2 and (
                low in _V.adjectives or low.endswith(("'s", "\u2019s"))
                or (title_case and nxt[:1].islower())
                or (not low.endswith("s") and nxt.lower().endswith("s") and nxt.islower()
                    and "-" not in text[cursor:wstart])):
            cursor = wend  # "12 new clients", "15 client websites", "3 Microsoft exams"
            skipped += 1
            continue
        if not any(c.isalpha() for c in word) or (low.endswith("ed") and len(low) > 4):
            return "", pos  # "150k gzipped": a participle, not what was counted
        return word.rstrip("'\u2019-"), wend
    return "", pos


def _comparative_before_noun(text: str, low: str, end: int) -> bool:
    """"more", "fewer" or "extra" right after a number and before the noun it counts."""
    if low not in ("more", "fewer", "extra"):
        return False
    nxt = next_word(text, end)[0].lower()
    return bool(nxt) and nxt[:1].isalpha() and nxt not in _V.not_nouns and nxt not in _V.time_units


def _excluded(text: str, atom: _Atom, blocked: Spans) -> bool:
    """A number that names, labels or dates something rather than stating an amount."""
    if blocked.overlaps(atom.start, atom.end):
        return True
    if atom.words:
        return _word_excluded(text, atom)
    if _NAME_DASH.search(text[max(0, atom.start - 2):atom.start]):
        return True  # COVID-19, Win-10
    if atom.kind in ("percent", "money", "multiple"):
        return False
    return _version_plus(text, atom) or (_year_shaped(text, atom) and _year(text, atom)) \
        or _labelled(text, atom)


def _version_plus(text: str, atom: _Atom) -> bool:
    """"Angular 2+": a version, not "more than 2"."""
    if not (atom.plus and atom.kind == "amount"):
        return False
    word, _ = _previous_word(text, atom.start)
    return bool(word) and _is_name_word(word, text, atom.start - len(word))


def _year_shaped(text: str, atom: _Atom) -> bool:
    """Four digits from 1900 to 2100, not written with a thousands separator."""
    return (float(atom.value).is_integer() and 1900 <= atom.value <= 2100 and not atom.grouped
            and text[atom.start:atom.start + 4].isdigit())


def _labelled(text: str, atom: _Atom) -> bool:
    """"Python 3", "Raspberry Pi 4 coordinates", "Lesson 3 notes": a name's number."""
    if atom.kind not in ("amount", "count"):
        return False
    word, wstart = _previous_word(text, atom.start)
    if not word or not _is_name_word(word, text, wstart) or word.lower() == "top":
        return False
    label = word.lower().rstrip(".") in _V.label_words
    small = float(atom.value).is_integer() and atom.value <= 20
    return atom.kind == "amount" or label or small


def _year(text: str, atom: _Atom) -> bool:
    """A four-digit number from 1900 to 2100 that reads as a year."""
    if _year_context(text[max(0, atom.start - 14):atom.start]):
        return True
    if _YEAR_AFTER.match(text, atom.end):
        return True
    if atom.kind == "count":
        word, wstart = _previous_word(text, atom.start)
        if word and _is_name_word(word, text, wstart):
            return True
        return not atom.unit[:1].islower()  # 2021 TV Series
    return atom.kind == "amount"


def _year_context(before: str) -> bool:
    """A year's word or mark ends ``before`` ("in", "Q3.", "-"), spaces after it allowed."""
    m = _YEAR_MARK.match(before[::-1])
    if not m:
        return False
    word = m.group("w")
    return word is None or bool(_V.year_word.fullmatch(word[::-1]))


def _word_excluded(text: str, atom: _Atom) -> bool:
    written = text[atom.start:atom.number_end].lower().split()
    if written and written[0] in ("one", "a", "an") and len(written) == 1:
        if atom.kind in ("amount",):
            return True  # "one of", "no one", "one" alone
    before = text[max(0, atom.start - 8):atom.start].lower()
    after = text[atom.number_end:atom.number_end + 9].lower()
    if written[:1] == ["one"] and (re.search(r"\b(?:no|any|every|some|the|this|that)\s*$", before)
                                   or re.match(r"\s+(?:of|another|by|or|and|more)\b", after)):
        return True  # "no one", "one of the best", "one another"
    return bool(atom.kind == "amount" and atom.value < 1000
                and not re.search(r"\b(?:to|by|of|from|at|reached|hit|about|around|roughly|like|"
                                  r"nearly|almost)\s+$", before))




def _time_span(text: str, atom: _Atom) -> bool:
    return bool(_SPAN_BEFORE.search(text[max(0, atom.start - 30):atom.start])
                or _SPAN_AFTER.match(text[atom.end:atom.end + 40]))


def _to_quantity(text: str, atom: _Atom, before: float | None = None,
                 start: int | None = None) -> Quantity:
    start = atom.start if start is None else start
    value = atom.value
    return Quantity(value=value, unit=atom.unit, kind=atom.kind, text=text[start:atom.end],
                    start=start, end=atom.end, before=before)


def _pairs(text: str, atoms: list[_Atom]) -> list[Quantity]:
    """Join "from X to Y", "X -> Y", "Y, up from X" and ranges "X-Y" into one quantity."""
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and b.start - a.end <= 24 and (
                _CHANGE.match(text[a.end:b.start]) or _between(text, a, b)):
            frm = _FROM.search(text[max(0, a.start - 40):a.start])
            arrow = _ARROW.search(text[a.end:b.start])
            if a.kind in ("", "amount") or not a.unit or a.unit == b.unit or (
                    a.kind in ("duration", "time_span") and b.kind in ("duration", "time_span")):
                before_value = _convert(a, b)
                kind = b.kind
                if kind == "duration" and (frm or arrow):
                    kind = "time_span"
                b.kind = kind
                if frm or arrow:
                    start = max(0, a.start - 40) + frm.start() if frm else a.start
                    out.append(_to_quantity(text, b, before_value, start))
                else:
                    out.append(_to_quantity(text, b, None, a.start))
                i += 2
                continue
        if a.kind in ("percent", "money", "count", "amount", "duration") and (
                m := _UP_FROM.match(text[a.end:a.end + 30])) and b is not None and \
                b.start == a.end + m.end() and (b.unit == a.unit or b.kind == "amount"):
            q = _to_quantity(text, a, _convert(b, a))
            out.append(Quantity(q.value, q.unit, "time_span" if q.kind == "duration" else q.kind,
                                text[a.start:b.end], a.start, b.end, q.before))
            i += 2
            continue
        out.append(_to_quantity(text, a))
        i += 1
    return out


def _between(text: str, a: _Atom, b: _Atom) -> bool:
    """"between 20 and 30 stores": a range."""
    return bool(_AND.fullmatch(text[a.end:b.start])
                and _BETWEEN.search(text[max(0, a.start - 10):a.start]))


def _convert(a: _Atom, b: _Atom) -> float:
    """The "from" value in the unit of the "to" value (3 days -> 72 hours)."""
    if a.unit != b.unit and a.unit in _V.in_hours and b.unit in _V.in_hours:
        return round(a.value * _V.in_hours[a.unit] / _V.in_hours[b.unit], 6)
    return a.value


def _inherit_units(atoms: list[_Atom], text: str) -> None:
    """"6 to 33%" or "40 to 25 minutes": the first number takes the unit of the second."""
    for a, b in zip(atoms, atoms[1:], strict=False):
        if a.kind == "amount" and b.kind != "amount" and _CHANGE.match(text[a.end:b.start]) \
                and b.start - a.end <= 24:
            a.kind, a.unit = b.kind, b.unit


def quantities(text: str) -> list[Quantity]:
    """Every quantity the text states, in order; see the module docstring for the rule."""
    if not isinstance(text, str) or not text:
        return []
    global _V
    _V = vocabulary()
    try:
        return _quantities(text)
    except (ValueError, OverflowError, IndexError, KeyError, StopIteration):  # pragma: no cover
        return []


def _quantities(text: str) -> list[Quantity]:
    blocked = _blocked(text)
    shares = rates(text, blocked, _V)
    blocked = blocked.plus((q.start, q.end) for q in shares)
    atoms = _digit_atoms(text) + _word_atoms(text)
    atoms.sort(key=lambda a: a.start)
    kept: list[_Atom] = []
    for atom in atoms:
        if kept and atom.start < kept[-1].end or blocked.overlaps(atom.start, atom.end):
            continue  # (its unit only widens it: a blocked number stays blocked, read or not)
        _apply_suffix(text, atom)
        atom.number_end = atom.end
        if not _classify(text, atom) or _excluded(text, atom, blocked):
            continue
        if kept and atom.start < kept[-1].end:
            continue
        kept.append(atom)
    for atom in kept:
        if atom.kind == "duration" and _time_span(text, atom):
            atom.kind = "time_span"
    _inherit_units(kept, text)
    found = _pairs(text, kept)
    found += _free(shares + special(text, blocked, _V), found)
    found.sort(key=lambda q: q.start)
    return found


def _free(specials: list[Quantity], found: list[Quantity]) -> list[Quantity]:
    """The specials, in turn, that overlap neither a number found nor a special kept before."""
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


def has_quantity(text: str) -> bool:
    """True when the text states at least one quantity (years, versions and labels aside)."""
    return bool(quantities(text))
