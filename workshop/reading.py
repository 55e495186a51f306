"""An answer read as sentences and clauses, with the scope of negation and of wishes.

The answer check asks of each claim ("I learned to ...", "we cut ...") whether the participant
says it happened. ``read(text, grammar)`` splits the text into ``Sentence``\\ s, each into
``Clause``\\ s (at "but", "so", "because", ", and", ";" and the other breaks of the grammar),
and marks in each clause where a negation stands ("not", "wasn't", "never") and where a wish,
plan or condition does ("I want", "a chance to", "would", "if", "I will"). A claim is *real*
when no such word comes before it in its clause; "It wasn't about the fun" negates "fun", while
"I hated having to leave, but they had to downsize" keeps its two clauses apart.

Placeholders in square brackets (left by the draft) are blanked before reading.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .abbreviations import ends_before_name, ends_in_abbreviation
from .phrases import Lexicon, Match, Patterns, Word
from .spans import Spans
from .typed import spoken

__all__ = ["Grammar", "Clause", "Sentence", "Reading", "read", "REACH"]

# How many words a reading looks back from a verb for its subject, or for who uses a thing
# (``has_subject``, ``check_later``): past it no spoken clause keeps its subject; a long paste
# of adverbs ("still still ...") is then read in linear time.
REACH = 24

_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"')\]]*\s+|\n\s*")
_PIECE = re.compile(r"\S+")
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{0,2000}\]")
_CONJUNCTIONS = frozenset("and so but then which that because once when after also just "
                          "and, as while though although".split())
_SPEAKER = frozenset("i i've i'd i'm you you'd you'll".split())
# Words that alone don't make a subject for "went from", "fell", "stopped" (see has_subject).
_NOT_SUBJECT = _CONJUNCTIONS | frozenset("i i've i'd i'm me was were am is be been had have "
                                         "has did do really actually finally eventually "
                                         "quickly soon could would can might should may must "
                                         "will shall got get gets".split())
# has_subject's function words: none is a subject alone, and a preposition's object is none.
_PREPOSITIONS = frozenset("in on at by for with within without after before during over under "
                          "from into onto through across since until till of about around "
                          "near per via among between behind beyond despite throughout "
                          "inside outside".split())
_DETERMINERS = frozenset("the a an my our their his her its your this that these those every "
                         "each some any all no both several many few".split())
_FUNCTION = _PREPOSITIONS | _DETERMINERS | frozenset("not never there then too also even "
                                                     "still already".split())
_COORDINATORS = frozenset("and but or".split())
_MODIFIERS = 2  # "at the new depot": words between a preposition's object and its determiner
_PRONOUNS = frozenset("we they it he she this these those everyone everybody nobody someone "
                      "somebody something everything nothing each both all".split())
_NUMERALS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty "
                      "thirty forty fifty hundred half most none".split())
_QUOTES = frozenset("' \" \u2018 \u2019 \u201c \u201d".split())  # "our 'no stock' sales"
_HEDGES = frozenset("about around over under roughly".split())
_ENDS_PHRASE = _FUNCTION | _NOT_SUBJECT | _SPEAKER | _PRONOUNS | frozenset(("are",))


@dataclass(frozen=True)
class Grammar:
    """The word lists reading needs: clause breaks, negations, and wishes, plans, conditions."""

    lexicon: Lexicon
    breaks: Patterns
    negation: Patterns
    not_negation: Patterns
    irrealis: Patterns
    nominal: Patterns  # "no", "nothing", "without": negate a pitfall, never a claim
    # "could" told of the past ("By 2022 I could prepare the accounts on my own"): a modal of
    # ``past_modal`` is no wish where its sentence, or the one before, holds a ``past_anchor``
    # ("by 2022", "after some months") and no other wish, plan or condition.
    past_modal: Patterns | None = None
    past_anchor: Patterns | None = None
    # "would" told of a past that came true ("a skill that would serve me well in every job
    # after"): no wish where a ``retro_anchor`` follows it in its clause's sentence.
    retro_anchor: Patterns | None = None
    # A modal that tells no wish or plan: memory ("I'll always remember the crew"), a hedge
    # ("I would say the job ..."): the past or present told in a future or conditional's words.
    not_irrealis: Patterns | None = None


@dataclass
class Clause:
    """Words ``lo`` to ``hi`` of the text; where negations and wishes stand in it."""

    lo: int
    hi: int
    negations: list[tuple[int, int]] = field(default_factory=list)
    wishes: list[tuple[int, int]] = field(default_factory=list)
    nominal: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Asked once per claim: kept as the first start, the first end and the sorted starts,
        # so that a long clause full of claims and negations is still read in linear time.
        if not (self.negations or self.wishes or self.nominal):  # most clauses
            self._first_bar = self._first_end = None
            self._negation_starts = []
            return
        self._first_bar = min((s for s, _ in self.negations + self.wishes), default=None)
        self._first_end = min((e for _, e in self.negations + self.nominal), default=None)
        self._negation_starts = sorted(s for s, _ in self.negations)

    def real(self, match: Match) -> bool:
        """True when no negation of a verb ("not", "never") and no wish, plan or condition
        stands before the match in this clause."""
        return self._first_bar is None or self._first_bar >= match.start

    def negated_before(self, match: Match) -> bool:
        """True when a negation stands before the match in the clause ("it wasn't about the
        fun"), whatever follows it."""
        return self._first_end is not None and self._first_end <= match.start

    def negated(self, match: Match) -> bool:
        """True when a negation stands before the match in the clause ("it wasn't about the
        fun", "nothing bad to say") or just after it ("the salary wasn't the reason")."""
        if self.negated_before(match):
            return True
        starts = self._negation_starts
        k = bisect.bisect_left(starts, match.end)
        return k < len(starts) and starts[k] <= match.end + 1


    def negated_inside(self, match: Match) -> bool:
        """True when a negation of a verb stands inside the match, after its first word: in a
        pattern with a gap, "the hours were never brutal" and "the team wasn't great" deny what
        the pattern's two ends would say."""
        starts = self._negation_starts
        k = bisect.bisect_right(starts, match.start)
        return k < len(starts) and starts[k] < match.end


@dataclass
class Sentence:
    """One sentence: where it is in the text, its words ``lo`` to ``hi``, its clauses."""

    start: int
    end: int
    lo: int
    hi: int
    clauses: list[Clause]

    def __post_init__(self) -> None:
        self._los = [c.lo for c in self.clauses]  # the clauses follow one another

    def clause_of(self, index: int) -> Clause:
        """The clause holding word ``index`` (the last clause when none does)."""
        k = bisect.bisect_right(self._los, index) - 1
        if k >= 0 and index < self.clauses[k].hi:
            return self.clauses[k]
        return self.clauses[-1]


@dataclass
class Reading:
    """A text as words and sentences."""

    text: str
    words: list[Word]
    sentences: list[Sentence]
    # the text as typed and, per character of ``text``, its offset there (``typed.spoken``):
    # None when the text was read as it came
    typed: str | None = None
    back: list[int] | None = None

    def word_at(self, char: int) -> int:
        """The index of the word that starts at character ``char``, or -1 (the starts are
        worked out once)."""
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = self.__dict__["_starts"] = [w.start for w in self.words]
        i = bisect.bisect_left(starts, char)
        return i if i < len(starts) and starts[i] == char else -1

    def quote(self, sentence: Sentence, limit: int = 140, keep: Match | None = None,
              chars: tuple[int, int] | None = None) -> str:
        """The sentence as typed, shortened in the middle when it is long: cut only between
        words, and with what the message is about in view (``keep``, a match's words, or
        ``chars``, a number's character offsets in the text)."""
        if keep is not None and keep.end > keep.start:
            chars = (self.words[keep.start].start, self.words[keep.end - 1].end)
        source, start, end = self.text, sentence.start, sentence.end
        if self.back is not None and sentence.end <= len(self.back):  # quoted as typed
            back, source = self.back, self.typed
            start = back[sentence.start]
            end = back[sentence.end] if sentence.end < len(back) else len(source)
            if chars is not None:
                chars = (back[min(chars[0], len(back) - 1)],
                         back[chars[1]] if chars[1] < len(back) else len(source))
        pieces = [(m.start(), m.group(0)) for m in _PIECE.finditer(source, start, end)]
        words = [p for _, p in pieces]
        if len(" ".join(words)) <= limit:
            return " ".join(words)
        inside = [i for i, (at, p) in enumerate(pieces)
                  if chars is not None and at < chars[1] and at + len(p) > chars[0]]
        head = _fit(words, range(len(words)), limit - 30)
        if not inside or inside[-1] <= head[-1]:
            return _joined(words, [head, _fit(words, range(len(words) - 1, head[-1], -1), 24)])
        head = _fit(words, range(len(words)), 36)
        around = range(max(head[-1] + 1, inside[0] - 2), len(words))
        middle = _fit(words, around, max(limit - 70, len(" ".join(words[i] for i in inside))))
        tail = _fit(words, range(len(words) - 1, middle[-1], -1), 24)
        return _joined(words, [head, middle, tail])

    def span_text(self, lo: int, hi: int) -> str:
        if lo >= hi:
            return ""
        return " ".join(self.text[self.words[lo].start:self.words[hi - 1].end].split())

    def speaker_leads(self, clause: Clause, match: Match) -> bool:
        """True when the first word before the match, past conjunctions, from the last comma or
        conjunction in the clause (or its start) is the speaker ("I came in an hour earlier",
        "and I usually left a day sooner"; not "Because I planned it, the van left a day
        sooner", "I planned the routes and parcels arrived a day sooner")."""
        ws = self.words
        lo = clause.lo
        for i in range(match.start - 1, clause.lo, -1):
            if ws[i].lower == "," or ws[i].lower in _CONJUNCTIONS:
                lo = i + 1
                break
        for start in dict.fromkeys((lo, clause.lo)):
            for i in range(start, match.start):
                low = ws[i].lower
                if ws[i].is_word and low not in _CONJUNCTIONS:
                    return low in _SPEAKER
        return False

    def has_subject(self, match: Match) -> bool:
        """True when the words before the match, back to the last comma or clause break, hold
        a subject other than "I" ("the queue fell", "the queue at the depot fell", "it fell";
        not "I went from ... to ...", "and within weeks went from ...", "then suddenly
        dropped"): a pronoun, or the head of a noun phrase that no preposition governs. Adverbs,
        prepositions, determiners and conjunctions alone are no subject."""
        ws = self.words
        participle = ws[match.start].lower.endswith("ing")
        i = match.start - 1
        stop = max(0, match.start - REACH)  # a subject is near its verb: linear in the text
        while i >= stop and (ws[i].is_word or (ws[i].lower == "," and not participle)
                          or ws[i].lower in _QUOTES):
            low = ws[i].lower
            if low in _SPEAKER:
                return False  # "after two years I reached ...": the subject is "I" (or "you")
            if low in _COORDINATORS:
                return self._run_subject(i)  # "The queue shrank and then fell": shared
            if not ws[i].is_word or low in _NOT_SUBJECT or low in _FUNCTION \
                    or self._adverb(i):
                i -= 1
                continue
            if low in _PRONOUNS or low in _NUMERALS or low[:1].isdigit():
                return True  # "it", "nine of the twelve pupils", "80% of calls"
            j = i - 1  # back over the phrase's modifiers (two at most) to what governs it
            while j >= i - _MODIFIERS and j >= 0 and ws[j].is_word \
                    and ws[j].lower not in _ENDS_PHRASE:
                j -= 1
            if j >= 0 and ws[j].lower in _DETERMINERS:
                j -= 1  # one: "after that the shop": "that" is the preposition's object
            if j >= 0 and ws[j].lower in _PREPOSITIONS and not self._hedge(j):
                i = j - 1  # "within weeks", "at the depot": a preposition's object
                continue
            return True
        return False

    def _hedge(self, j: int) -> bool:
        """True for "about", "around" or "over" before a number ("About forty pounds of
        arrears got paid back"): a hedge on the number, not a preposition governing it."""
        ws = self.words
        if ws[j].lower not in _HEDGES or j + 1 >= len(ws):
            return False
        low = ws[j + 1].lower
        return low in _NUMERALS or low[:1].isdigit()

    def _run_subject(self, i: int) -> bool:
        """The subject a coordinated verb shares with the clause before ``and`` at ``i``:
        the first word of that clause's run that is not a function word, an adverb or a
        conjunction; "I" is none other than the speaker."""
        ws = self.words
        k = i - 1
        stop = max(0, i - REACH)
        while k >= stop and ws[k].is_word and ws[k].lower not in _COORDINATORS:
            k -= 1
        for j in range(k + 1, i):
            low = ws[j].lower
            if low in _NOT_SUBJECT or low in _FUNCTION or self._adverb(j):
                if low in _SPEAKER:
                    return False
                continue
            return low not in _SPEAKER
        return False

    def _adverb(self, i: int) -> bool:
        """An "-ly" word that no determiner comes before ("quickly", not "the supply")."""
        low = self.words[i].lower
        return (len(low) > 4 and low.endswith("ly")
                and not (i > 0 and self.words[i - 1].lower in _DETERMINERS))


def _fit(words: Sequence[str], order: Iterable[int], budget: int) -> list[int]:
    """The indexes of words taken in ``order`` while they fit in ``budget`` characters (at least
    one), sorted."""
    taken, size = [], 0
    for i in order:
        size += len(words[i]) + 1
        if size > budget + 1 and taken:
            break
        taken.append(i)
    return sorted(taken)


def _joined(words: Sequence[str], groups: list[list[int]]) -> str:
    """The groups of words, "..." where words were left out between them."""
    out, last = [], None
    for group in groups:
        for i in group:
            if last is not None and i <= last:
                continue
            if last is not None and i > last + 1:
                out.append("...")
            out.append(words[i])
            last = i
    return " ".join(out)


def _spans(ws: Sequence[Word], lo: int, hi: int, patterns: Patterns,
           unless: Patterns | None = None) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in patterns.find(ws, lo, hi)]
    if unless is not None and spans:
        kept = Spans.of(unless.find(ws, lo, hi))
        spans = [s for s in spans if not kept.overlaps(s[0], s[0] + 1)]
    return spans


def _anchored(ws: Sequence[Word], lo: int, hi: int, grammar: Grammar) -> bool:
    """True when words ``lo`` to ``hi`` hold a past anchor ("by the end", "after a year")."""
    return grammar.past_anchor is not None and grammar.past_anchor.search(ws, lo, hi) is not None


def _past_ability(ws: Sequence[Word], wishes: list[tuple[int, int]],
                  grammar: Grammar) -> list[tuple[int, int]]:
    """The wishes that are a modal of ``past_modal`` told of the past ("could" not followed by
    "have"), when they are the sentence's only wishes; ``[]`` when there is another."""
    if grammar.past_modal is None or not wishes:
        return []
    modals = []
    for start, end in wishes:
        m = grammar.past_modal.match_at(ws, start, end)
        after = ws[end].lower if end < len(ws) else ""
        if m is None or m.end != end or after in ("have", "'ve", "of"):
            return []
        modals.append((start, end))
    return modals


def _unquoted(ws: Sequence[Word], lo: int, hi: int,
              spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The negations that stand outside quoted words: in "our lost sales on 'we don't have it'
    basically stopped" the "don't" is what customers were told, and negates nothing after the
    quote. Quote marks are paired in order within the sentence."""
    if not spans:
        return spans
    marks = [i for i in range(lo, hi) if ws[i].lower in _QUOTES]
    if len(marks) < 2:
        return spans
    quoted = Spans([(a, b) for a, b in zip(marks[::2], marks[1::2], strict=False)])
    return [s for s in spans if not quoted.covers(s[0], s[1])]


def _clauses(ws: Sequence[Word], lo: int, hi: int, grammar: Grammar,
             before: tuple[int, int] | None = None) -> list[Clause]:
    # "Not because of the perks, but ...": a negation just before a break stays with it.
    negations = _unquoted(ws, lo, hi, _spans(ws, lo, hi, grammar.negation, grammar.not_negation))
    negated_at = {end for _, end in negations}
    cuts = [m.start for m in grammar.breaks.find(ws, lo, hi)
            if m.start > lo and m.start not in negated_at]
    wishes = [w for w in _spans(ws, lo, hi, grammar.irrealis, grammar.not_irrealis)
              if not _elided(ws, w, hi) and not _came_true(ws, w, hi, grammar)]
    told = set(_past_ability(ws, wishes, grammar))  # looked for only where a "could" stands
    if told and (_anchored(ws, lo, hi, grammar)
                 or (before is not None and _anchored(ws, *before, grammar))):
        wishes = [w for w in wishes if w not in told]
    nominal = _spans(ws, lo, hi, grammar.nominal, grammar.not_negation)
    if not (cuts or negations or wishes or nominal):
        return [Clause(lo, hi)]  # most sentences: one plain clause
    bounds = [lo] + cuts + [hi]
    clauses = []
    marked = negations or wishes or nominal  # else only breaks: plain clauses, said at once
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b <= a:
            continue
        clauses.append(Clause(a, b, _within(negations, a, b), _within(wishes, a, b),
                              _within(nominal, a, b)) if marked else Clause(a, b))
    return clauses or [Clause(lo, hi)]


_MODALS = frozenset("could would can might should may".split())


def _elided(ws: Sequence[Word], span: tuple[int, int], hi: int) -> bool:
    """True for a modal whose verb is left out, a comma or the sentence's end right after it
    ("there was now someone who could, so the firm ...", "as fast as I could."): it bears on
    nothing that follows."""
    start, end = span
    j = end
    while j < hi and j - end < 2 and ws[j].is_word and ws[j].lower in _MODALS:
        j += 1  # "someone who could,": the wish's own words, then the modal
    return ws[j - 1].lower in _MODALS and (j >= hi or not ws[j].is_word)


def _came_true(ws: Sequence[Word], span: tuple[int, int], hi: int, grammar: Grammar) -> bool:
    """True for a lone "would" (not "would have", "would like") followed in the sentence by a
    ``retro_anchor`` ("... would serve me well in every job after", "... for the rest of my
    working life"): a future seen from the past that came true."""
    start, end = span
    if grammar.retro_anchor is None or end - start != 1 or ws[start].lower != "would":
        return False
    if end < hi and ws[end].lower in ("have", "'ve", "like", "love", "prefer", "rather"):
        return False
    return grammar.retro_anchor.search(ws, end, hi) is not None


def _within(spans: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """The spans (sorted by start) that start from word ``a`` to before ``b``."""
    return spans[bisect.bisect_left(spans, (a,)):bisect.bisect_left(spans, (b,))]


def read(text: str, grammar: Grammar) -> Reading:
    """Split a text into sentences and clauses (see the module docstring). A typed text
    ("waste 20kg/wk -> 8kg/wk", "w/ my mgr") is read in its spoken words (``typed.spoken``) and
    quoted as typed."""
    typed = text
    text, back = spoken(text)
    clean = _PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text)
    ws = grammar.lexicon.words(clean)
    starts = [w.start for w in ws]
    sentences = []
    begin = 0
    # A full stop after an abbreviation ends no sentence before a digit or a small letter
    # ("ca. 22%"), one after a title or an initial none before a name either ("Dr. Patel").
    cuts = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(clean)
            if not (clean[m.start() - 1:m.start()] == "." and m.end() < len(clean)
                    and ((clean[m.end()].isdigit() or clean[m.end()].islower())
                         and ends_in_abbreviation(clean, m.start())
                         or clean[m.end()].isupper() and ends_before_name(clean, m.start())))]
    cuts.append((len(clean), len(clean)))
    index = 0
    before = None  # the words of the sentence before
    # A text where no break, negation, wish or "no" can start (a paste of numbers or marks):
    # every sentence is one plain clause, said without asking each sentence.
    plain = all(p.nowhere(ws) for p in (grammar.breaks, grammar.negation, grammar.irrealis,
                                        grammar.nominal))
    for cut, after in cuts:
        if cut > begin and not clean[begin:cut].isspace():
            lo = index
            while index < len(ws) and starts[index] < cut:
                index += 1
            if index > lo:
                clauses = [Clause(lo, index)] if plain else \
                    _clauses(ws, lo, index, grammar, before)
                sentences.append(Sentence(ws[lo].start, ws[index - 1].end, lo, index, clauses))
                before = (lo, index)
        begin = after
    reading = Reading(text, ws, sentences)
    if back is not None:
        reading.typed, reading.back = typed, back
    return reading
