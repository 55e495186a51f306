"""What a number counts or measures: the readers that give a number found in a text its unit and
its kind (``workshop/numbers.py`` finds the numbers and asks these).

- what is glued to it: "40%", "1.2M", "3x", "300k", "Angular 2+" (``apply_suffix``);
- the readers, asked in turn (``classify``): a currency before it ("$1.2M", "EUR 400"), a score
  out of 5, 10 or 100 ("4.8/5"), a unit glued to it ("6MB", "45s"; "2FA", "3D" are names), a
  hyphened unit ("a 3-month project", "a 10-person team"), a currency after it ("500 EUR", "5
  million dollars"), "times" ("three times faster", "4 times a week"), a unit word ("two years",
  "20 kg"), the noun it counts ("12 new clients"), and the size of a team ("a team of 8").

The words come from ``data/numbers_vocabulary.json`` (``workshop/number_words.py``), passed in
as ``v``. Nothing here raises on any text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .number_words import Vocabulary, next_word

__all__ = ["READERS", "Atom", "apply_suffix", "classify", "money_before", "team_before"]

_GLUED = re.compile(r"[A-Za-z]+(?![A-Za-z0-9_'\u2019])")
_HYPHENED = re.compile(r"-(?P<w>[A-Za-z]+)(?![\w'\u2019-])")
_ROUGH = re.compile(r"-?(?:odd|ish)(?![\w'\u2019-])", re.IGNORECASE)
_RATING = re.compile(r"\s?/\s?(?P<d>5|10|100)(?![\d/])")



@dataclass(slots=True)
class Atom:
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


def may_have_suffix(text: str, end: int, v: Vocabulary) -> bool:
    """Whether a suffix can start at ``end`` (else the suffix pattern matches nothing there: a
    paste of "1 1 1" or "1/1/1" would ask it ten thousand times; ``suffix_start`` in the
    vocabulary, ``tests/test_check_shortcuts.py`` asks it everywhere and compares)."""
    return v.suffix_start is None or v.suffix_start.match(text, end) is not None


def apply_suffix(text: str, atom: Atom, v: Vocabulary) -> None:
    """Read what is glued to a number: "%", "k", "million", "x", "+"."""
    if not may_have_suffix(text, atom.end, v):
        return
    m = v.suffix.match(text, atom.end)
    if m and m.group(0):
        if m.group("plus") or m.group("plus2"):
            atom.plus = True
        if m.group("pct"):
            atom.kind, atom.unit = "percent", "%"
        elif m.group("mult"):
            word = m.group("mult").strip().rstrip(".").lower()
            factor = v.multiplier_suffix.get(word)
            if word == "m" and not money_before(text, atom.start, v) and atom.words:
                factor = None
            if factor is None:
                return
            atom.value *= factor
            atom.grouped = True
        elif m.group("x"):
            atom.kind, atom.unit = "multiple", "x"
        atom.end = m.end()


def money_before(text: str, start: int, v: Vocabulary) -> str:
    """The currency whose sign or code ends right before ``start`` ("$", "EUR "), or ""."""
    if v.money_last.isdisjoint(text[max(0, start - 3):start].lower()):
        return ""  # a sign or code ends within the last three characters (a space, a newline)
    return money_ending_at(text, start, v)


def money_ending_at(text: str, start: int, v: Vocabulary) -> str:
    """``money_before`` without its first look at the last three characters: the sign or code
    read from the six characters before ``start``."""
    before = text[max(0, start - 6):start].lower()
    m = v.money_sign.search(before)
    if m:
        return v.currency_symbols[m.group(1)]
    m = v.money_code.search(before)
    return v.currency_words[m.group(1)] if m else ""


def _money_start(text: str, start: int, v: Vocabulary) -> int:
    m = v.money_start.search(text[max(0, start - 6):start])
    return max(0, start - 6) + m.start() if m else start


def classify(text: str, atom: Atom, v: Vocabulary) -> bool:
    """Give the atom its kind and unit; False when it is not a quantity at all. The readers
    are tried in turn; the first that decides (True or False) wins, else it is an amount."""
    if atom.kind in ("percent", "multiple") or (atom.kind == "money" and atom.unit):
        return True  # read where it was found: "40%", "x3", "R95 000"
    rough = _ROUGH.match(text, atom.end)
    if rough:  # "200-odd sheets", "20-ish minutes": about so many, then what they count
        atom.end = rough.end()
    for reader in _asked(text, atom, v):
        decided = reader(text, atom, v)
        if decided is not None:
            return decided
    atom.kind = "amount"
    return True


def _asked(text: str, atom: Atom, v: Vocabulary) -> tuple:
    """The readers that can decide for this number, in their order: each is asked only where
    what it reads can stand (a currency's last character before the number, the character
    after it, a word after it), so a paste of ten thousand bare numbers is not asked nine
    questions per number. A reader left out would have said nothing: each returns ``None``
    when its mark is not there."""
    after = text[atom.end:atom.end + 1]
    key = (after, bool(next_word(text, atom.end)[0]),
           not v.money_last.isdisjoint(text[max(0, atom.start - 3):atom.start].lower()),
           _has_of(text))
    readers = _ASKED.get(key)
    if readers is None:
        if len(_ASKED) > 1_000:
            _ASKED.clear()  # one entry per character seen after a number: kept bounded
        readers = _ASKED[key] = _readers_for(*key)
    return readers


# The text last asked whether it holds an "of" anywhere (a team's "of": "a team of 8").
_OF_IN: tuple[str, bool] = ("", False)


def _has_of(text: str) -> bool:
    global _OF_IN
    if _OF_IN[0] is not text:
        _OF_IN = (text, "of" in text.lower())
    return _OF_IN[1]


def _readers_for(after: str, word: bool, money: bool, of: bool) -> tuple:
    """The readers of ``READERS`` that can decide, in their order, given the character after
    the number, whether a word follows it, whether a currency may end before it and whether
    the text holds an "of" (a team's size) at all."""
    can = {_team_of: of,
           _money_sign_before: money,  # "$1.2M", "EUR 400"
           _rating: after == "/" or after.isspace(),  # "4.8/5", "4.8 / 5"
           _glued_unit: after.isascii() and after.isalpha(),  # "6MB"
           _hyphened_unit: after == "-",  # "3-month"
           _currency_after: word, _times: word, _fraction_count: word, _unit_word: word,
           _counted: word}
    return tuple(reader for reader in READERS if can.get(reader, True))


def _money_sign_before(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"$1.2M", "EUR 400": money."""
    currency = money_before(text, atom.start, v)
    if not currency:
        return None
    atom.kind, atom.unit = "money", currency
    atom.start = _money_start(text, atom.start, v)
    return True


def _rating(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"4.8/5": a score out of 5."""
    rating = _RATING.match(text, atom.end)
    if not rating:
        return None
    atom.kind, atom.unit = "amount", "/" + rating.group("d")
    atom.end = rating.end()
    return True


def _glued_unit(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"6MB", "45s", "2h": a unit; "2FA", "3D", "940c": part of a name (not a quantity)."""
    glued = _GLUED.match(text, atom.end)
    if not glued:
        return None
    unit = glued.group(0)
    if unit.lower() in v.time_units:
        atom.kind, atom.unit = "duration", v.time_units[unit.lower()]
    elif unit.lower() in v.measures:
        atom.kind, atom.unit = "amount", unit
    else:
        return False
    atom.end = glued.end()
    return True


def _hyphened_unit(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"a 3-month project", "a 10-person team"; "1-way", "Twelve-Factor" are names."""
    hyphen = _HYPHENED.match(text, atom.end)
    if not hyphen:
        return None
    low = hyphen.group("w").lower()
    if low in v.time_units:
        atom.kind, atom.unit = "duration", v.time_units[low]
    elif low in v.people:
        atom.kind, atom.unit = "count", "people"
    else:
        return False
    atom.end = hyphen.end()
    return True


def _currency_after(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"500 EUR", "500€", "5 million dollars": money."""
    word, _, wend = next_word(text, atom.end)
    low = word.lower()
    if word in ("€", "$", "£", "¥", "₹") or low in v.currency_words:
        atom.kind = "money"
        atom.unit = v.currency_symbols.get(word) or v.currency_words[low]
        atom.end = wend
        return True
    return None


def _times(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"three times faster" (a multiple), "4 times a week" (a count of times)."""
    word, _, wend = next_word(text, atom.end)
    low = word.lower()
    if not (low == "times" or (low == "time" and atom.value > 1)):
        return None
    follow = text[wend:wend + 20].lower()
    if v.ctx.times_rate.match(follow):
        atom.kind, atom.unit = "count", "times"
    else:
        atom.kind, atom.unit = "multiple", "x"
    atom.end = wend
    return True


def _unit_word(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"two years", "3.2 s" (a duration), "20 kg" (an amount)."""
    word, wstart, wend = next_word(text, atom.end)
    low = word.lower()
    if low in v.time_units or (word == "s" and wstart > atom.end):
        atom.kind, atom.unit = "duration", v.time_units.get(low, "seconds")
    elif low in v.measures:
        atom.kind, atom.unit = "amount", word
    else:
        return None
    atom.end = wend
    return True


def _fraction_count(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"two thirds of the backlog", "three quarters of the calls", "cut by three quarters": no
    count of thirds but a fraction's numerator, which ``number_told`` reads as a share (False
    here); "for three quarters" is still a length of time."""
    word, _, wend = next_word(text, atom.end)
    low = word.lower()
    if atom.value >= 10 or low not in v.fractions:
        return None
    if low in v.time_units and next_word(text, wend)[0].lower() != "of" \
            and not v.ctx.change_before.search(text[max(0, atom.start - 30):atom.start]):
        return None  # "for three quarters"; "cut by three quarters" is a share
    return False


def _counted(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"12 new clients": a count of clients."""
    noun, nend = _counted_noun(text, atom.end, v)
    if not noun:
        return None
    atom.unit = noun
    atom.kind = "count" if float(atom.value).is_integer() else "amount"
    atom.end = nend
    return True


def team_before(text: str, start: int, v: Vocabulary) -> bool:
    """"a team of", "a crew of about" ends right before ``start`` (``team_words``)."""
    before = text[max(0, start - 40):start]
    return "of" in before.lower() and v.team_of.search(before) is not None


def _team_of(text: str, atom: Atom, v: Vocabulary) -> bool | None:
    """"a team of 8": a count of people."""
    if team_before(text, atom.start, v) and float(atom.value).is_integer():
        atom.kind, atom.unit = "count", "people"
        return True
    return None


# Every reader, in the order they are asked: the first that decides wins.
READERS = (_money_sign_before, _rating, _glued_unit, _hyphened_unit, _currency_after, _times,
           _fraction_count, _unit_word, _counted, _team_of)
# The readers asked, by what stands around a number (``_asked``).
_ASKED: dict[tuple[str, bool, bool, bool], tuple] = {}


def _counted_noun(text: str, pos: int, v: Vocabulary) -> tuple[str, int]:
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
            m = v.ctx.of_the.match(text, cursor)
            if not m:
                return "", pos
            cursor = m.end()
            skipped += 1
            continue
        if cursor == pos and _comparative_before_noun(text, low, wend, v):
            cursor = wend  # "twelve more patients", "3 fewer complaints"
            skipped += 1
            continue
        if low in v.not_nouns or low in v.time_units:
            return "", pos
        nxt, nstart, _ = next_word(text, wend)
        follows = bool(nxt) and nxt[:1].isalpha() and nxt.lower() not in v.not_nouns and \
            not any(c in text[wend:nstart] for c in ",;:()/\n")
        title_case = word[:1].isupper() and word[1:].islower()
        if follows and skipped < 2 and (
                low in v.adjectives or low.endswith(("'s", "\u2019s"))
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


def _comparative_before_noun(text: str, low: str, end: int, v: Vocabulary) -> bool:
    """"more", "fewer" or "extra" right after a number and before the noun it counts."""
    if low not in v.ctx.comparatives:
        return False
    nxt = next_word(text, end)[0].lower()
    return bool(nxt) and nxt[:1].isalpha() and nxt not in v.not_nouns and nxt not in v.time_units
