"""Numbers written out: the number reader's vocabulary and the amounts told in words.

``workshop/numbers.py`` finds the quantities a text states; this module holds what it reads them
with: the ``Quantity`` it returns, the vocabulary of ``data/numbers_vocabulary.json`` (number
words, units, currencies, label words, fractions, multiples, the spans that are never amounts)
and the values of digits and number words ("1.200.000", "twenty-five", "a dozen"). The amounts
told in words rather than digits are read by ``workshop/number_told.py``. Nothing here raises on
any text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .errors import ValidationError
from .pattern_start import first_characters, guarded, guarded_choice
from .resources import data_file, read_data_json

__all__ = ["Quantity", "VOCABULARY_FILE", "Vocabulary", "first_characters", "guarded",
           "vocabulary", "problem_size", "next_word", "parse_digits", "parse_words"]



@dataclass(frozen=True, init=False)
class Quantity:
    """One amount a text states.

    Attributes:
        value: the amount as meant ("1.2 million" is 1200000, "halve" is 0.5 as a multiple).
        unit: "%", a currency ("$", "€", "£", "¥" or a code such as "CHF"), "x" for multiples,
            or the counted noun ("users", "hours"); "" if none.
        kind: one of ``KINDS``.
        text: the words as written.
        start: where ``text`` starts in the text.
        end: where it ends.
        before: the "from" value of "from X to Y", else ``None``.
    """

    value: float
    unit: str
    kind: str
    text: str
    start: int
    end: int
    before: float | None = None

    def __init__(self, value: float, unit: str, kind: str, text: str, start: int, end: int,
                 before: float | None = None) -> None:
        # Frozen, and set once here in one step: a paste of numbers makes ten thousand of them,
        # and a frozen dataclass's own __init__ (a guarded set per field) costs twice as much.
        self.__dict__.update(value=value, unit=unit, kind=kind, text=text, start=start, end=end,
                             before=before)


VOCABULARY_FILE = "numbers_vocabulary.json"


def _rank_change(alt) -> str:
    """A place in a ranking that moved: "from 14th to 5th", "from the bottom of the district on
    accessory sales to second", "to one of the top five" (at most seven words between; every
    run possessive, so a paste is read in linear time)."""
    place = r"\d{1,3}(?:st|nd|rd|th)|" + alt("rank_ordinals")
    return (r"(?<![\w'\u2019-])from\s++(?:the\s++)?(?P<a>" + place + "|" + alt("rank_from_ends")
            + r")(?![\w'\u2019-])(?:\s++(?!to\b)[\w'\u2019,-]++){0,7}?\s++to\s++(?:(?:the|one\s++of"
            r"\s++the)\s++)?(?:(?P<t>" + alt("rank_top") + r")\s++(?P<n>\d{1,2}|[a-z]++)|(?P<b>"
            + place + r"))(?![\w'\u2019-])")


@dataclass(frozen=True)
class Contexts:
    """The words around a number that decide what it is (``contexts`` in the data file), each
    reading's list compiled into its pattern: which words before a fraction make it a change,
    which link two numbers into a change, which make a duration a measured change, and so on."""

    change_before: re.Pattern  # "by", "cut", "went up" (+ a hedge) right before a fraction
    article_span: re.Pattern  # "an hour earlier", "from a week to ..."
    frequency_change: re.Pattern  # "from one a week to one a quarter"
    rough_change: re.Pattern  # "from hundreds of tickets to a handful"
    to_none: re.Pattern  # "four the year before ..., none after"
    fold: re.Pattern  # "threefold", "three-fold"
    times: re.Pattern  # "once a quarter", "three times a week": how often
    from_every: re.Pattern  # "from weekly to ...": how often, where a change starts
    to_one: re.Pattern  # "down to one (or two) a month": how often, where a change ends
    skill_rate: re.Pattern  # " words a minute", " wpm" after a count: the speaker's own speed
    rough_to: re.Pattern  # "fell to single figures", "to a handful": a rough count a change ends at
    clock_link: re.Pattern  # "to", "till", "-" between two hours of the day ("from 7 to 3")
    clock_words: re.Pattern  # "shift", "worked", "open" near them: the hours of a working day
    # (on lowercased text)
    clock_changes: re.Pattern  # "went", "fell", "down" before them: a change after all
    clock_at: re.Pattern  # "at", "by", "until" (+ "about") right before an hour of the day
    clock_not_at: re.Pattern  # "beat", "stood", "score" before that: a margin or a level
    place_labels: frozenset  # "line", "ward": a number word after one names a place
    hedge_before: re.Pattern  # "nearly", "just over" right before "half": a rough share
    rank_change: re.Pattern  # "climbed from 14th to 5th", "from the bottom ... to second"
    rank_ordinals: dict  # "fifth": 5 (``rank_ordinals`` in order, "first" is 1)
    fraction: re.Pattern  # "a third", "two thirds"
    change: re.Pattern  # what links two numbers into a change: "to", "->" (+ a hedge)
    change_start: re.Pattern  # a first character of a change link: a gap without one has none
    from_: re.Pattern  # "from" (+ a hedge) right before a number
    up_from: re.Pattern  # ", up from about" right after a number
    span_before: re.Pattern  # "saved", "by" before a duration: a measured change
    span_after: re.Pattern  # "a week", "faster" after a duration: a rate or a change
    times_rate: re.Pattern  # "4 times a week": a count of times
    of_the: re.Pattern  # "12 of the ..." before the counted noun
    year_after: re.Pattern  # "2019-2021", "2019 to present": a year
    year_before: re.Pattern  # "2021–" before "23": the end of a range of years
    no_one: re.Pattern  # "no one", "every one" (on lowercase text)
    one_of: re.Pattern  # "one of", "one another" (on lowercase text)
    amount_before: re.Pattern  # "to", "by", "about" before a number word (on lowercase text)
    measured_before_one: frozenset  # "down to one trip", "from one visit": a measure
    rate_after_one: frozenset  # "one trip a day": a rate
    saved_span: re.Pattern  # "that saved us about a week": time saved, told with "a"
    and_a_half: re.Pattern  # "one and a half days", "a day and a half"
    verb_multiple: re.Pattern  # "doubled", "twice", "halved"
    half_time: re.Pattern  # " an hour" after "half" (on lowercase text)
    half_multiple_before: re.Pattern  # "in" before "half": a multiple
    half_multiple_after: re.Pattern  # " what we used to", " as many" after "half"
    half_percent_after: re.Pattern  # " of", " the" after "half": 50%
    half_not_before: re.Pattern  # "first", "second" before "half": a part, not an amount
    fraction_comparative: re.Pattern  # " less", " fewer" right after "a tenth", "half"
    one_manner: re.Pattern  # " at a time" after "one laptop": how it was done, no count
    schedule_before: re.Pattern  # "worked (about)" right before "40 hours": the speaker's week
    schedule_not_after: re.Pattern  # " less", " fewer" after it: a change of hours, not a week
    not_rate_before: re.Pattern  # "no", "any" before "one in ten": nobody, not a share
    range_before: re.Pattern  # "between" before "20 and 30": a range
    range_link: re.Pattern  # "and" between its two numbers
    comparatives: frozenset  # "more", "fewer": between a number and its noun
    lone_ones: frozenset  # "one", "a": a number word that alone is no amount
    nones: frozenset  # "none", "nothing": a count of zero told as a word
    period_words: frozenset  # "season", "term": a count of them may be a length of time

    @classmethod
    def from_dict(cls, data: dict) -> Contexts:
        def alt(key: str) -> str:
            return "(?:" + "|".join(p.replace(" ", r"\s+") for p in ctx[key]) + ")"

        def words(key: str) -> frozenset:
            return frozenset(ctx[key])

        ctx, fractions = data["contexts"], data["fractions"]
        hedge = "(?:" + alt("hedges") + r"\s+)?"
        small, period = alt("small_counts"), alt("periods")
        i = re.IGNORECASE
        return cls(
            # "dropped by, I think it was around a fifth": a spoken aside between the two
            change_before=re.compile(r"\b" + alt("change_before") + r",?\s+(?:"
                                     + alt("spoken_asides") + r",?\s+)?" + hedge + "$", i),
            article_span=guarded(
                r"(?<![\w'\u2019-])(?:an?|one)\s+(?:" + alt("article_span_size") + r"\s+)?"
                r"(?P<u>" + alt("article_span_units") + r")\s+" + alt("article_span_after")
                # "a week instead of a month": one of the unit, against another length of time
                + r"\b|(?<![\w'\u2019-])an?\s+(?P<i>" + alt("article_span_units") + r")(?=\s+"
                + alt("article_span_instead") + r"\s+(?:an?|one|\d|[a-z]+)\s+(?:[a-z]+\s+)?"
                + alt("article_span_units") + r")"
                + r"|(?<=\bfrom\s)an?\s+(?P<f>" + alt("article_span_from_units")
                + r")(?=\s+to\b)", i),
            frequency_change=guarded(
                r"\bfrom\s+" + hedge + r"(?P<a>" + small + "|" + _spaced(data["rough_starts"])
                + r")\s+(?:a|an|per)\s+(?P<q>" + period + r")\s+to\s+" + hedge + r"(?P<b>"
                + small + "|" + alt("none_words") + r")(?:\s+(?:a|an|per)\s+"
                r"(?P<p>" + period + r"))?(?![\w'\u2019-])", i),
            # "from hundreds of tickets to a handful", "from several a night to none": a
            # change told in rough counts at both ends
            rough_change=guarded(
                r"\bfrom\s+" + hedge + r"(?P<a>" + _spaced([*data["rough_starts"],
                                                            *data["plural_scales"]])
                + r")(?:\s+of)?(?:\s+[\w'\u2019-]+){0,3}?\s+to\s+" + hedge + r"(?P<b>"
                + _spaced(data["rough_counts"]) + "|" + alt("none_words")
                + r")(?![\w'\u2019-])", i),
            to_none=guarded(
                r"\b(?P<a>" + small + r")\s+(?:(?:in\s+)?(?:the|a)\s+)?" + period
                + r"\s+before\b[^.;!?]{0,80}?\b" + alt("none_words") + r"\s+"
                + alt("none_after") + r"\b", i),
            fold=guarded(r"(?<![\w'\u2019-])(?P<w>" + alt("fold_words") + r")-?fold\b", i),
            times=guarded(r"(?<![\w'\u2019-])(?P<n>" + _alternatives(data["times_words"])
                          + r"|(?:" + small + r")\s+times)\s+" + alt("times_per")
                          + r"\s+(?P<p>" + period + r")\b", i),
            from_every=guarded(r"(?<=\bfrom\s)(?P<w>" + _alternatives(data["period_adverbs"])
                               + "|" + alt("every_words") + r"\s+(?P<p>" + period
                               + r"))(?=\s+to\b)", i),
            to_one=guarded(r"\b" + alt("to_one_links") + r"\s+(?:" + alt("to_one_hedges")
                           + r"\s+)?(?P<n>" + _spaced(data["single_counts"])
                           + r")(?:\s+or\s+(?P<m>" + small + r"))?\s+"
                           + alt("to_one_per") + r"\s+(?P<p>" + period + r")\b", i),
            fraction=guarded(r"(?<![\w'\u2019-])(?P<n>" + _alternatives(data["fraction_counts"])
                                + r")[\s-]+(?:" + alt("fraction_sizes") + r"\s+)?(?P<f>"
                                + _alternatives(fractions)
                                + r")(?![\w'\u2019])", i),
            skill_rate=re.compile(r"\s*" + alt("skill_rates") + r"(?![\w'\u2019])", i),
            rough_to=guarded(r"(?<![\w'\u2019-])" + alt("rough_count_links") + r"\s+(?:"
                             + alt("hedges") + r"\s+)?(?P<w>" + _spaced(data["rough_counts"])
                             + r")\b", i),
            clock_link=re.compile(r"\s*" + alt("clock_range_links") + r"\s*", i),
            # asked of lowercased text (a scan of a whole paste, faster without IGNORECASE)
            clock_words=re.compile(r"\b(?=[a-z])" + alt("clock_range_words").lower() + r"\b"),
            clock_changes=re.compile(r"\b" + alt("clock_range_changes") + r"\b", i),
            clock_at=re.compile(r"\b" + alt("clock_at_links") + r"\s+(?:" + alt("clock_at_hedges")
                                + r"\s+)?$", i),
            clock_not_at=re.compile(r"\b" + alt("clock_at_not_before") + r"\b", i),
            place_labels=words("place_labels"),
            hedge_before=re.compile(r"\b" + alt("hedges") + r"\s+$", i),
            rank_change=guarded(_rank_change(alt), i),
            rank_ordinals={w: float(n) for n, w in enumerate(ctx["rank_ordinals"], 1)},
            change=re.compile(r"\s*" + alt("change_links") + r"\s*(?:" + alt("change_hedges")
                              + r"\s+)?$", i),
            change_start=re.compile(
                "[" + "".join(sorted({re.escape(p[0]) for p in ctx["change_links"]})) + "]", i),
            from_=re.compile(r"\bfrom\s+(?:" + alt("from_hedges") + r"\s+)?$", i),
            up_from=re.compile(r"[\s,(]*(?:(?:up|down)\s+)?from\s+(?:" + alt("up_from_hedges")
                               + r"\s+)?", i),
            span_before=re.compile(r"\b" + alt("span_before") + r"\s+(?:"
                                   + alt("span_before_hedges") + r"\s+)?$", i),
            span_after=re.compile(
                r"^\s*(?:(?:of\s+\w+\s+)?" + alt("span_rate_per") + r"\s+(?:\w+\s+)?"
                + alt("span_rate_units") + r"\b|" + alt("span_after") + r"\b)", i),
            times_rate=re.compile(r"\s+" + alt("times_rate") + r"\b"),
            of_the=re.compile(r"\s+of\s+(?:" + alt("of_determiners") + r"\s+)?"),
            year_before=re.compile(r"(?<![\w.,])(?:19|20)\d\d\s*" + alt("year_range_links")
                                   + r"\s*$", i),
            year_after=re.compile(r"\s*" + alt("year_range_links") + r"\s*"
                                  + alt("year_range_ends"), i),
            no_one=re.compile(r"\b" + alt("no_one_before") + r"\s*$"),
            one_of=re.compile(r"\s+" + alt("one_of_after") + r"\b"),
            amount_before=re.compile(r"\b" + alt("amount_before") + r"\s+$"),
            measured_before_one=words("measured_before_one"),
            rate_after_one=words("rate_after_one"),
            saved_span=guarded(r"(?<![\w'\u2019-])" + alt("saved_verbs") + r"\s+(?:"
                               + alt("saved_whom") + r"\s+)?(?:" + alt("saved_hedges")
                               + r"\s+)?(?P<a>an?\s+(?:" + alt("article_span_size")
                               + r"\s+)?(?P<u>" + alt("saved_units") + r"))\b", i),
            and_a_half=re.compile(r"(?<![\w'\u2019-])(?:(?P<n>" + alt("and_a_half_counts")
                                  + r")\s+and\s+a\s+half\s+(?P<u>" + alt("and_a_half_units")
                                  + r")s?|(?:an?|one)\s+(?P<v>" + alt("and_a_half_units")
                                  + r")\s+and\s+a\s+half)\b", i),
            verb_multiple=guarded(r"(?<![\w'\u2019-])(?P<w>" + alt("multiple_verb_forms")
                                  + "|" + alt("multiple_verbs_before_object") + r"(?=\s+"
                                  + alt("multiple_object_determiners") + r"\b))(?![\w'\u2019])",
                                  i),
            half_time=re.compile(r"\s+an?\s+(" + alt("half_time_units")[3:-1] + r")\b"),
            half_multiple_before=re.compile(r"\b" + alt("half_multiple_before") + r"\s+$"),
            half_multiple_after=re.compile(r"\s+" + alt("half_multiple_after")),
            half_percent_after=re.compile(r"\s+" + alt("half_percent_after") + r"\b"),
            half_not_before=re.compile(r"\b" + alt("half_not_before") + r"\s+$"),
            fraction_comparative=re.compile(r"\s+" + alt("fraction_comparatives") + r"\b", i),
            one_manner=re.compile(r"\s+" + alt("one_manner_after") + r"\b", i),
            schedule_before=re.compile(r"\b" + alt("schedule_verbs") + r"\s+" + hedge + "$", i),
            schedule_not_after=re.compile(r"\s+(?:\S+\s+){0,3}?" + alt("schedule_not_after")
                                          + r"\b", i),
            not_rate_before=re.compile(r"\b" + alt("not_rate_before") + r"\s+$"),
            range_before=re.compile(r"\b" + alt("range_before") + r"\s+$", i),
            range_link=re.compile(r"\s*" + alt("range_links") + r"\s*"),
            comparatives=words("comparatives"), lone_ones=words("lone_ones"),
            nones=words("none_words"), period_words=words("periods"),
        )


@dataclass(frozen=True)
class Vocabulary:
    """The words the reader knows, with the patterns made from them."""

    small: dict  # "twenty": 20
    scales: dict  # "hundred": 100
    multiplier_suffix: dict  # "k": 1000.0
    time_units: dict  # "hrs": "hours"
    in_hours: dict  # "days": 24
    currency_symbols: dict  # "us$": "$"
    currency_words: dict  # "eur": "€"
    currency_glued: dict  # "R": "ZAR": a currency letter written against the digits ("R95 000")
    glued_before: re.Pattern  # that letter or a multiple's mark ("x3") right before digits
    measures: frozenset  # "kg"
    not_nouns: frozenset  # words after a number that say nothing about what was counted
    adjectives: frozenset  # words between a number and its noun: "12 new clients"
    people: frozenset  # "a 10-person team"
    career_steps: frozenset  # "grades" in "moved up two grades": a career's steps, no result
    label_words: frozenset  # a word before a number that makes it a name or a version
    fractions: dict  # "third": 33.3 (percent)
    multiple_verbs: dict  # "doubl": 2.0 (a word starting so)
    times_words: dict  # "once": 1, "twice": 2 (how often)
    fraction_counts: dict  # "two": 2 in "two thirds"
    single_counts: dict  # "a couple": 2 in "down to a couple a month"
    rough_counts: dict  # "single figures": 9 in "fell to single figures"
    rough_starts: dict  # "several": 4 in "from several a month to none"
    every_ordinals: dict  # "third": 3 in "every third order" (a share: one in three)
    plural_scales: dict  # "hundreds": 100 in "hundreds of"
    period_adverbs: dict  # "weekly": "week"
    never: re.Pattern  # spans that are never amounts: phone numbers, dates, times, labels
    words: re.Pattern  # number words: "twenty-five", "a dozen"
    rate: re.Pattern  # "one in ten", "3 out of 4"
    every_nth: re.Pattern  # "every third order": a share told with an ordinal
    plural_scale: re.Pattern  # "hundreds of", "dozens of"
    suffix: re.Pattern  # what is glued to a number: "%", "k", " million", "x", "+" (``suffixes``)
    suffix_start: re.Pattern | None  # where a suffix can start (None: anywhere)
    year_word: re.Pattern  # "in", "since", "Q3": a year follows
    team_of: re.Pattern  # "a team of"
    problem_of: re.Pattern  # "a backlog of": the size of a problem
    money_sign: re.Pattern  # "$", "us$" right before a number (on lowercase text)
    money_code: re.Pattern  # "usd", "eur" right before a number (on lowercase text)
    money_start: re.Pattern  # where either starts
    money_last: frozenset  # the characters a currency sign or code ends with (lowercase)
    ctx: Contexts  # the words around a number, as patterns (``contexts``)
    # What each word before a number says of it (number_names.py): filled as words are read.
    name_kinds: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict) -> Vocabulary:
        words = lambda key: frozenset(data[key])  # noqa: E731
        token = _alternatives(list(data["number_words"]) + list(data["scales"]))
        signs = _alternatives(data["currency_symbols"])
        codes = _alternatives(data["currency_codes_before"])
        month = "(?:" + "|".join(data["months"]) + ")"

        def ctx(key: str) -> str:  # a list of ``contexts`` as one group, a space any spaces
            return "(?:" + "|".join(p.replace(" ", r"\s+") for p in data["contexts"][key]) + ")"
        return cls(
            small=dict(data["number_words"]), scales=dict(data["scales"]),
            multiplier_suffix=dict(data["multiplier_suffixes"]),
            time_units=dict(data["time_units"]), in_hours=dict(data["hours_per_unit"]),
            currency_symbols=dict(data["currency_symbols"]),
            currency_words=dict(data["currency_words"]),
            currency_glued=dict(data["currency_glued"]),
            glued_before=re.compile(r"(?<![A-Za-z\u00c0-\u024f0-9_.,$\u20ac\u00a3])(?:"
                                    + _alternatives([*data["currency_glued"],
                                                     *data["suffixes"]["multiple_marks"]])
                                    + r")(?=\d)"),
            measures=words("measures"), not_nouns=words("not_nouns"),
            adjectives=words("adjectives"), people=words("people"),
            career_steps=words("career_steps"),
            label_words=words("label_words"), fractions=dict(data["fractions"]),
            multiple_verbs=dict(data["multiple_verbs"]), times_words=_floats(data["times_words"]),
            fraction_counts=dict(data["fraction_counts"]),
            single_counts={" ".join(k.split()): v for k, v in data["single_counts"].items()},
            rough_counts={" ".join(k.split()).lower(): float(v)
                          for k, v in data["rough_counts"].items()},
            rough_starts={" ".join(k.split()).lower(): float(v)
                          for k, v in data["rough_starts"].items()},
            every_ordinals=_floats(data["every_ordinals"]),
            every_nth=guarded(r"(?<![\w'\u2019-])" + ctx("every_words") + r"\s+(?P<o>"
                              + _alternatives(data["every_ordinals"]) + r")\s+(?P<w>[A-Za-z]+)",
                              re.IGNORECASE),
            plural_scales=dict(data["plural_scales"]),
            period_adverbs=dict(data["period_adverbs"]),
            never=guarded_choice([p.replace("{month}", month) for group in
                                  data["never_amounts"].values() for p in group],
                                 re.IGNORECASE),
            words=guarded(r"(?<![\w'\u2019-])(?:" + ctx("scale_articles") + r"\s+(?="
                          + ctx("article_scales") + r"\b))?" + token + r"(?:(?:[\s-]+|\s+and\s+)"
                          + token + r")*(?![\w'\u2019])", re.IGNORECASE),
            rate=guarded(r"(?<![\w'\u2019-])(?P<n>" + ctx("rate_counts") + r")\s+"
                         + ctx("rate_links") + r"\s+(?:" + ctx("every_words") + r"\s+)?(?P<d>"
                         + token + r"|\d{1,6})(?![\w'\u2019])", re.IGNORECASE),
            suffix=re.compile(_suffix(data["suffixes"])),
            suffix_start=_suffix_start(data["suffixes"]),
            plural_scale=guarded(r"(?<![\w'\u2019-])(?P<w>" + _alternatives(data["plural_scales"])
                                 + r")\s+of\b", re.IGNORECASE),
            year_word=re.compile(_alternatives(data["year_words"], escape=False), re.IGNORECASE),
            team_of=re.compile(r"\b(?P<w>" + _alternatives(data["team_words"]) + r")\s+of\s+"
                               r"(?:" + ctx("team_hedges") + r"\s+)?$", re.IGNORECASE),
            problem_of=re.compile(r"\b(?:" + _alternatives(data["problem_words"]) + r")\s+of\s+"
                                  r"(?:" + ctx("problem_hedges") + r"\s+)?$", re.IGNORECASE),
            money_sign=re.compile(r"(" + signs + r")\s?$"),
            money_code=re.compile(r"\b(" + codes + r")\s?$"),
            money_start=re.compile(r"(?:" + signs + r"|\b" + codes + r")\s?$", re.IGNORECASE),
            money_last=frozenset(w[-1:].lower() for w in (*data["currency_symbols"],
                                                          *data["currency_codes_before"])),
            ctx=Contexts.from_dict(data),
        )


def _suffix(table: dict) -> str:
    """The pattern of what may be glued to a number (case matters: "M" is a million, "m" a
    metre unless money stands before it): "+", then a percent, a multiplier or a multiple."""
    def alt(key: str) -> str:
        return "(?:" + "|".join(table[key]) + ")"

    return (r"(?P<plus>\+)?(?:(?P<pct>\s?%|\s?" + alt("percent") + r"(?![\w]))"
            r"|(?P<mult>\s?" + alt("glued_multipliers") + r"(?![\w])|\s"
            + alt("word_multipliers") + r"(?![\w]))"
            r"|(?P<x>\s?" + alt("multiple_marks") + r"(?![\w])|" + alt("folds") + r"))?"
            r"(?P<plus2>\+)?")


def _suffix_start(table: dict) -> re.Pattern | None:
    """The characters a suffix can start with, and those it can go on with after one space,
    read from its patterns (``first_characters``): a number followed by anything else has no
    suffix, and the pattern is not tried there. None when that can't be told."""
    def first(*keys: str) -> str | None:
        found = [first_characters("|".join(table[k])) for k in keys]
        return None if None in found else "".join(found)

    glued = first("percent", "glued_multipliers", "multiple_marks", "folds")
    spaced = first("percent", "glued_multipliers", "word_multipliers", "multiple_marks")
    if glued is None or spaced is None:
        return None
    return re.compile(r"[+%" + glued + r"]|\s[%" + spaced + "]")


def _floats(table: dict) -> dict:
    return {k: float(x) for k, x in table.items()}


def _spaced(words) -> str:
    """``_alternatives`` of words that may hold a space, which stands for any run of spaces."""
    return _alternatives(words).replace(r"\ ", r"\s+")


def _alternatives(words, escape: bool = True) -> str:
    """A regex group of the words, longest first (``escape=False``: they are patterns)."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) if escape else w for w in ordered) + ")"


# The shape of each key of the data file: what a facilitator's edit must keep.
_NUMBERS = ("number_words", "scales", "multiplier_suffixes", "hours_per_unit", "fractions",
            "multiple_verbs", "times_words", "fraction_counts", "single_counts", "rough_counts",
            "rough_starts", "plural_scales", "every_ordinals")  # a word -> a number
_NAMES = ("time_units", "currency_symbols", "currency_words", "currency_glued",
          "period_adverbs")  # word -> word
_SUFFIXES = ("percent", "glued_multipliers", "word_multipliers", "multiple_marks", "folds")
_LISTS = ("currency_codes_before", "measures", "people", "career_steps", "problem_words",
          "team_words", "not_nouns", "adjectives", "label_words", "year_words", "months")
_CONTEXT_KEYS = ("hedges", "change_before", "article_span_units", "article_span_size",
                 "article_span_after", "article_span_instead", "article_span_from_units",
                 "small_counts", "periods",
                 "none_words", "none_after", "fold_words", "change_links", "change_hedges",
                 "from_hedges", "up_from_hedges", "span_before", "span_before_hedges",
                 "span_rate_per", "span_rate_units", "span_after", "times_rate",
                 "of_determiners", "year_range_links", "year_range_ends", "no_one_before",
                 "one_of_after", "amount_before", "measured_before_one", "rate_after_one",
                 "every_words", "times_per", "to_one_links", "to_one_hedges", "to_one_per",
                 "rate_counts", "rate_links", "scale_articles", "article_scales", "team_hedges",
                 "problem_hedges", "saved_verbs", "saved_whom", "saved_hedges", "saved_units",
                 "and_a_half_counts", "and_a_half_units", "multiple_verb_forms",
                 "multiple_verbs_before_object", "multiple_object_determiners",
                 "half_time_units", "half_multiple_before", "half_multiple_after",
                 "half_percent_after", "half_not_before", "fraction_comparatives",
                 "fraction_sizes", "one_manner_after", "schedule_verbs", "schedule_not_after",
                 "not_rate_before", "comparatives", "range_before", "range_links", "lone_ones",
                 "rough_count_links", "clock_range_links", "clock_range_words",
                 "clock_range_changes", "clock_at_links", "clock_at_hedges",
                 "clock_at_not_before", "place_labels", "rank_ordinals", "rank_from_ends",
                 "rank_top", "spoken_asides", "skill_rates")


def _words(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(w, str) and w.strip() for w in value)


def _shape_problem(data: object) -> tuple[str, str] | None:
    """(key, what is wrong) for the first key whose value has the wrong shape, else None."""
    if not isinstance(data, dict):
        return "", "the file must hold one JSON object (keys such as \"number_words\")."
    table = [(k, "an object from words to numbers", lambda x: isinstance(x, dict) and x and all(
        isinstance(w, str) and isinstance(n, (int, float)) and not isinstance(n, bool)
        for w, n in x.items())) for k in _NUMBERS]
    table += [(k, "an object from words to words", lambda x: isinstance(x, dict) and x and all(
        isinstance(w, str) and isinstance(n, str) for w, n in x.items())) for k in _NAMES]
    table += [(k, "a list of words (strings, not empty)", _words) for k in _LISTS]
    table.append(("never_amounts", "an object from a group's name to a list of patterns",
                  lambda x: isinstance(x, dict) and x and all(map(_words, x.values()))))
    table.append(("contexts", "an object of word lists", lambda x: isinstance(x, dict)))
    table.append(("suffixes", f"an object of the lists {', '.join(_SUFFIXES)}",
                  lambda x: isinstance(x, dict) and set(x) == set(_SUFFIXES)
                  and all(map(_words, x.values()))))
    for key, shape, fits in table:
        if key not in data:
            return key, f"the key is missing; it must be {shape}."
        if not fits(data[key]):
            return key, f"it must be {shape}."
    for key in _CONTEXT_KEYS:
        if not _words(data["contexts"].get(key)):
            return f"contexts.{key}", "it must be a list of words or patterns (not empty)."
    return None


def _pattern_problem(data: dict) -> tuple[str, str] | None:
    """(key, what is wrong) for the first entry that is not a regular expression."""
    entries = [("year_words", p) for p in data["year_words"]]
    entries += [(f"never_amounts.{g}", p) for g, ps in data["never_amounts"].items() for p in ps]
    entries += [(f"contexts.{k}", p) for k in _CONTEXT_KEYS for p in data["contexts"][k]]
    entries += [(f"suffixes.{k}", p) for k in _SUFFIXES for p in data["suffixes"][k]]
    for key, entry in entries:
        try:
            re.compile(entry.replace("{month}", "(?:x)"))
        except re.error as exc:
            return key, f"'{entry[:60]}' is not a regular expression the kit can read ({exc})."
    return None


def _from_data(data: object, path: str) -> Vocabulary:
    """The vocabulary of a data file's contents; a bad edit is said in one line, naming the
    key (never a traceback, and never a reader that silently finds no numbers)."""
    problem = _shape_problem(data)
    if problem is None:
        try:
            return Vocabulary.from_dict(data)
        except re.error:
            problem = _pattern_problem(data) or ("", "its patterns do not make a regular "
                                                     "expression the kit can read.")
    key, message = problem
    raise ValidationError(f"{message} These are the number reader's words: data/README.md "
                          "says what each key holds.", file=path, field=key or None)


@functools.lru_cache(maxsize=8)
def _vocabulary_at(path: str) -> Vocabulary:
    return _from_data(read_data_json(path, what="a vocabulary"), path)


def vocabulary() -> Vocabulary:
    """The vocabulary in the data folder (a facilitator's ``WORKSHOP_DATA`` folder may have its
    own, or fall back to the kit's)."""
    return _vocabulary_at(str(data_file(VOCABULARY_FILE)))


# a word is read to at most 60 characters: a run glued by hyphens through digits ("1a-1a-1a-...")
# is no unit or noun, and read whole from every number in it, it cost the square of its length
_NOUN = re.compile(r"[\s-]*(?P<w>[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9'\u2019&-]{0,59}|"
                   r"[€$£¥₹])")



# The words after each place of the text read last: a number's readers each ask for the word
# after it (a unit? a currency? a noun?), so it is read once. (One tuple, swapped whole, so that
# a reader never mixes two texts.)
_NEXT: tuple[str, dict] = ("", {})


def problem_size(text: str, q: Quantity) -> bool:
    """True for a number that is the size of a problem ("cleared a backlog of about 600
    parcels", "a queue of 40 trucks"; ``problem_words``): how big the problem was, not how
    much changed."""
    before = text[max(0, q.start - 40):q.start]
    return "of" in before.lower() and vocabulary().problem_of.search(before) is not None


def next_word(text: str, pos: int) -> tuple[str, int, int]:
    """The word after ``pos`` (skipping spaces and one hyphen), with its span; "" if none."""
    global _NEXT
    read, found = _NEXT
    if read is not text:
        found = {}
        _NEXT = (text, found)
    word = found.get(pos)
    if word is None:
        m = _NOUN.match(text, pos) if _may_start_word(text, pos) else None
        word = found[pos] = (m.group("w"), m.start("w"), m.end("w")) if m else ("", pos, pos)
    return word


def _may_start_word(text: str, pos: int) -> bool:
    """Whether ``_NOUN`` can match at ``pos``: past spaces and hyphens, a letter or a currency
    sign (a number followed by a space and a digit, a slash or a colon is not asked)."""
    for c in text[pos:pos + 2]:
        if not (c.isspace() or c == "-"):
            return c in _CURRENCY_SIGNS or "A" <= c <= "Z" or "a" <= c <= "z" \
                or "\u00c0" <= c <= "\u024f"
    return len(text) > pos + 2  # two spaces or hyphens: the regex reads on


_CURRENCY_SIGNS = frozenset("\u20ac$\u00a3\u00a5\u20b9")  # the signs _NOUN takes as a word


def parse_digits(raw: str) -> float | None:
    """The value of a number as written, thousands and decimals in either convention."""
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        text = raw.replace(thousands, "").replace(decimal, ".")
    elif commas:
        groups = raw.split(",")
        if len(groups) > 2 or (len(groups[1]) == 3 and groups[0] not in ("", "0")):
            text = raw.replace(",", "")  # 1,200 or 1,200,000
        else:
            text = raw.replace(",", ".")  # 1,5 (a decimal comma)
    elif dots:
        groups = raw.split(".")
        if len(groups) > 2 or (len(groups[1]) == 3 and groups[0] not in ("", "0")
                               and len(groups[0]) <= 3):
            text = raw.replace(".", "")  # 400.000 or 1.200.000 (European thousands)
        else:
            text = raw
    else:
        text = raw
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) < 1e18 else None


def parse_words(text: str, v: Vocabulary) -> float | None:
    """The value of number words: "twenty-five", "two hundred and ten", "a dozen"."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("a", "an", "and", ""):
            if word in ("a", "an"):
                current = current or 1.0
            continue
        if word == "half":
            current = 0.5
            continue
        if word in v.small:
            current += v.small[word]
            seen = True
        elif word in v.scales:
            scale = v.scales[word]
            current = (current or 1.0) * scale
            seen = True
            if scale >= 1000:
                total += current
                current = 0.0
        else:
            return None
    return total + current if seen else None
