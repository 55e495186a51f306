"""Amounts told in words rather than digits: multiples ("doubled", "threefold"), fractions ("a
third of", "by half"), spans ("an hour earlier", "one and a half days", "that saved us about a
week"), how often ("twice a month", "from weekly to ..."), counts that changed ("four the year
before, none after") and rates ("one in ten", "3 out of 4"). ``workshop/numbers.py`` asks
``rates`` and ``special`` once per text; their words are the vocabulary's
(``data/numbers_vocabulary.json``, read by ``workshop/number_words.py``). Nothing here raises
on any text."""

from __future__ import annotations

import re

from .number_words import Quantity, Vocabulary, guarded, next_word, parse_digits, parse_words
from .spans import Spans

__all__ = ["counts_changed", "ranks", "rates", "special"]

_HALF = guarded(r"(?<![\w'\u2019-])half(?![\w'\u2019-])", re.IGNORECASE)


def _frequencies(text: str, v: Vocabulary) -> list[Quantity]:
    """How often something happened, told without a count of things: "once a quarter", "twice
    a month", "from weekly to ...", "down to one a month", "to one or two a month": a count a
    period."""
    found = []
    low = text.lower()  # each pattern needs its word: a paste without it is not scanned
    timed = "times" in low or any(word in low for word in v.times_words)
    for m in v.ctx.times.finditer(text) if timed else ():
        n = m.group("n").lower()
        value = v.times_words.get(n) or _small(n.rsplit(None, 1)[0], v)
        if value:
            found.append(Quantity(value, f"a {m.group('p').lower()}", "count", m.group(0),
                                  m.start(), m.end()))
    for m in v.ctx.from_every.finditer(text) if "from" in low else ():
        period = m.group("p") or v.period_adverbs[m.group("w").lower()]
        found.append(Quantity(1.0, f"a {period.lower()}", "count", m.group(0), m.start(),
                              m.end()))
    # "to one or two a month": the hedged range's top
    for m in v.ctx.to_one.finditer(text) if "to" in low else ():
        value = float(v.single_counts[" ".join(m.group("n").lower().split())])
        if m.group("m"):
            value = max(value, _small(m.group("m"), v) or 0.0)
        found.append(Quantity(value, f"a {m.group('p').lower()}", "count",
                              text[m.start("n"):m.end()], m.start("n"), m.end()))
    return found


_ROUGHLY = re.compile(r"-(?:odd|ish)$", re.IGNORECASE)  # "30-odd", "twenty-odd": about so many


def _small(word: str, v: Vocabulary) -> float | None:
    word = _ROUGHLY.sub("", " ".join(word.split()))
    return parse_digits(word) if word[0].isdigit() else parse_words(word, v)


def _rough_counts(text: str, v: Vocabulary) -> list[Quantity]:
    """A change that ends at a rough count ("fell to single figures", "down to a handful"):
    a count, told without a digit, that measures the change."""
    found = []
    for m in v.ctx.rough_to.finditer(text):
        value = v.rough_counts.get(" ".join(m.group("w").lower().split()))
        if value is not None:
            found.append(Quantity(value, "", "count", m.group(0), m.start(), m.end()))
    return found


def counts_changed(text: str, blocked: Spans, v: Vocabulary) -> list[Quantity]:
    """A frequency that changed ("from one a week to one a quarter", "from 12 a day to 2"): a
    count a period, its old value in ``before``; taken before its numbers alone, as ``rates``
    are ("12" and "2" are no amounts of their own there)."""
    found = []
    for m in v.ctx.frequency_change.finditer(text):
        a, b = _rough(m.group("a"), v), _rough(m.group("b"), v)
        if a is None or b is None or blocked.overlaps(m.start(), m.end()) or (
                not m.group("p") and next_word(text, m.end())[0].lower() in v.time_units):
            continue  # "from 3 a day to 2 days" is no count a day
        period = (m.group("p") or m.group("q")).lower()  # "from 12 a day to 2": a day
        found.append(Quantity(b, f"a {period}", "count", m.group(0), m.start(), m.end(),
                              before=a))
    taken = Spans((q.start, q.end) for q in found)
    for m in v.ctx.rough_change.finditer(text):
        a, b = _rough(m.group("a"), v), _rough(m.group("b"), v)
        if a is None or b is None or b >= a or blocked.overlaps(m.start(), m.end()) \
                or taken.overlaps(m.start(), m.end()):
            continue
        found.append(Quantity(b, "", "count", m.group(0), m.start(), m.end(), before=a))
    return found


def _rough(word: str, v: Vocabulary) -> float | None:
    """A count told as a digit, a number word or roughly ("several", "hundreds", "a handful",
    "none")."""
    said = " ".join(_ROUGHLY.sub("", " ".join(word.split())).lower().split())
    for table in (v.rough_starts, v.plural_scales, v.rough_counts):
        if said in table:
            return float(table[said])
    if said in v.ctx.nones:
        return 0.0
    return _small(word, v)


def _changes_in_counts(text: str, v: Vocabulary) -> list[Quantity]:
    """A count brought to zero ("four the year before ..., none after"): a count, its old
    value in ``before``."""
    found = []
    # Its one fixed word, looked for first: a paste of bare numbers is not tried at each one.
    for m in v.ctx.to_none.finditer(text) if "before" in text.lower() else ():
        a = _small(m.group("a"), v)
        if a:
            found.append(Quantity(0.0, "", "count", m.group(0), m.start(), m.end(), before=a))
    return found


def special(text: str, blocked: Spans, v: Vocabulary) -> list[Quantity]:
    """Multiples and fractions written as words: doubled, threefold, a third, by half; "one
    and a half days"; how often ("twice a month"); a count brought to zero ("four the year
    before, none after"; a frequency that changed is ``counts_changed``'s)."""
    found = _verb_multiples(text, v) + _folds(text, v) + _fractions(text, v) + _halves(text, v) \
        + _halves_of_time(text, v) + _article_spans(text, v) + _changes_in_counts(text, v) \
        + _frequencies(text, v) + _rough_counts(text, v)
    return [q for q in found if not blocked.overlaps(q.start, q.end)]


def _verb_multiples(text: str, v: Vocabulary) -> list[Quantity]:
    """"doubled", "twice", "halved": a multiple."""
    found = []
    for m in v.ctx.verb_multiple.finditer(text):
        word = m.group("w").lower()
        value = next(x for k, x in v.multiple_verbs.items() if word.startswith(k))
        found.append(Quantity(value, "x", "multiple", m.group(0), m.start(), m.end()))
    return found


def _folds(text: str, v: Vocabulary) -> list[Quantity]:
    """"threefold": a multiple."""
    found = []
    for m in v.ctx.fold.finditer(text):
        value = parse_words(m.group("w"), v)
        if value is not None:
            found.append(Quantity(value, "x", "multiple", m.group(0), m.start(), m.end()))
    return found


def _fractions(text: str, v: Vocabulary) -> list[Quantity]:
    """"a third of", "by two thirds", "from two thirds to ...", "up about a quarter", "a tenth
    less", "a good third fewer": a percentage ("a half" is left to the "half" rule). A
    comparative right after the fraction makes it the size of a change as "of" or a change verb
    before it does."""
    found = []
    for m in v.ctx.fraction.finditer(text):
        after = text[m.end():m.end() + 6].lower()
        before = text[max(0, m.start() - 30):m.start()]
        if not (after.startswith(" of") or v.ctx.change_before.search(before)
                or v.ctx.from_.search(before)  # "went from about two thirds to ..."
                or v.ctx.fraction_comparative.match(text, m.end(), m.end() + 12)):
            continue
        if m.group("f").lower().startswith("hal"):
            continue
        count = v.fraction_counts[m.group("n").lower()]
        value = round(count * v.fractions[m.group("f").lower()], 1)
        found.append(Quantity(value, "%", "percent", m.group(0), m.start(), m.end()))
    return found


def _halves(text: str, v: Vocabulary) -> list[Quantity]:
    """"half an hour" (a duration), "by about half" (a multiple), "half of the" and "half
    less" (50%)."""
    found = []
    for m in _HALF.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 12].lower()
        time = v.ctx.half_time.match(after)
        if time:
            end = m.end() + time.end()
            found.append(Quantity(0.5, v.time_units[time.group(1)], "duration",
                                  text[m.start():end], m.start(), end))
        elif v.ctx.change_before.search(before) or v.ctx.half_multiple_before.search(before) \
                or v.ctx.half_multiple_after.match(after):
            # "half what we used to", "half as many returns"
            found.append(Quantity(0.5, "x", "multiple", m.group(0), m.start(), m.end()))
        elif (v.ctx.half_percent_after.match(after)
              or v.ctx.fraction_comparative.match(after)
              or v.ctx.hedge_before.search(before)) \
                and not v.ctx.half_not_before.search(before.lower()):
            # "just over half of them", "a tenth less", "nearly half stayed": a rough share
            found.append(Quantity(50.0, "%", "percent", m.group(0), m.start(), m.end()))
    return found




def _halves_of_time(text: str, v: Vocabulary) -> list[Quantity]:
    """"one and a half days", "a day and a half": the length of time, half included."""
    found = []
    for m in v.ctx.and_a_half.finditer(text) if "half" in text.lower() else ():
        n = m.group("n")
        count = 1.0 if n is None or n.lower() in ("a", "an") else _small(n, v)
        unit = v.time_units.get((m.group("u") or m.group("v")).lower())
        if count and unit:
            found.append(Quantity(count + 0.5, unit, "time_span", m.group(0), m.start(), m.end()))
    return found


def _article_spans(text: str, v: Vocabulary) -> list[Quantity]:
    """"an hour earlier", "a day sooner", "from a week to ...", "saved us about a week": a
    measured length of time (one of the unit)."""
    # a unit the vocabulary does not time ("a shift earlier") is left out, not an error that
    # would lose every number of the text
    found = [Quantity(1.0, v.time_units[unit], "time_span", m.group(0), m.start(), m.end())
             for m in v.ctx.article_span.finditer(text)
             if (unit := (m.group("u") or m.group("i") or m.group("f")).lower())
             in v.time_units]
    taken = Spans([(q.start, q.end) for q in found])
    found += [Quantity(1.0, v.time_units[m.group("u").lower()], "time_span", m.group("a"),
                       m.start("a"), m.end("a")) for m in v.ctx.saved_span.finditer(text)
              if not taken.overlaps(m.start("a"), m.end("a"))]
    return sorted(found, key=lambda q: q.start)


def ranks(text: str, v: Vocabulary) -> list[Quantity]:
    """A place in a ranking that moved: "climbed from 14th to 5th" (5, before 14), "from the
    bottom of the district to second" (2), "to one of the top five" (5). Read before the
    ordinals, which alone are never amounts."""
    if "from" not in text.lower():
        return []
    found = []
    for m in v.ctx.rank_change.finditer(text):
        end = _place(m.group("b") or m.group("n"), v)
        if end is None:
            continue
        start = _place(m.group("a"), v)
        found.append(Quantity(end, "place", "amount", m.group(0), m.start(), m.end(),
                              start if start is not None and start != end else None))
    return found


def _place(word: str, v: Vocabulary) -> float | None:
    """A place in a ranking: "5th", "second", "five" (top five); None for "bottom"."""
    low = word.lower()
    if low[:1].isdigit():
        return parse_digits(low.rstrip("stndrh"))
    return v.ctx.rank_ordinals.get(low) or (parse_words(low, v) if low in v.small else None)


def _not_a_rate(text: str, m: re.Match, d: float, v: Vocabulary) -> bool:
    """"1 in 2019" (a year), "no one in ten" (nobody), "one in ten years" (a time)."""
    return bool((m.group("d")[0].isdigit() and 1900 <= d <= 2100)
                or v.ctx.not_rate_before.search(text[max(0, m.start() - 6):m.start()])
                or next_word(text, m.end())[0].lower() in v.time_units)


def rates(text: str, blocked: Spans, v: Vocabulary) -> list[Quantity]:
    """"one in ten", "3 out of 4", "every third order": a share, as a percentage (taken before
    its numbers alone)."""
    found = []
    for m in v.rate.finditer(text):
        n, d = (parse_digits(x) if x[0].isdigit() else parse_words(x, v)
                for x in (m.group("n"), m.group("d")))
        if n is None or not d or d < 2 or n >= d or blocked.overlaps(m.start(), m.end()):
            continue
        if _not_a_rate(text, m, d, v):
            continue
        found.append(Quantity(round(100 * n / d, 1), "%", "percent", m.group(0), m.start(),
                              m.end()))
    for m in v.every_nth.finditer(text):  # "every third order": one in three, of things
        if m.group("w").lower() in v.time_units or blocked.overlaps(m.start(), m.end("o")):
            continue  # "every second day", "every other week": how often, not a share
        d = v.every_ordinals[m.group("o").lower()]
        found.append(Quantity(round(100 / d, 1), "%", "percent", text[m.start():m.end("o")],
                              m.start(), m.end("o")))
    return found
