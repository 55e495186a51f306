"""Whose result it is: an organisation's figure the speaker has no part in (issue 21).

"That year the garden centre's sales went up 20 percent", "The ward had the lowest infection
rates in the hospital that year", "The lab published four papers in that time": a change told
of the organisation over a period (``period_frame`` in ``data/outcomes.json``: "that year",
"in that time", "by the time I left"), in a sentence where the speaker is not (no "I", "we",
"me", "my", "us" outside the period's words), is the speaker's result only when the answer
ties it to something they did:

- a sentence, before it or after it, where the speaker acts (results told first: "Sales went
  up a third that year. I had moved the sweets to the till.");
- a tie before the change in its sentence (``figure_tie``: "because", "thanks to", "which
  meant"; a "so" that opens the sentence is talk, not a tie);
- a word in its clause that points back to the work ("it", "which"; "this" or "that" just
  before the change: "This cut the queue that year", not "That year sales went up").

The speaker acts where "I" or "we" is followed (past an adverb or two) by a verb that does
something: not being, having or wanting (``not_action``: "I was a cashier", "we had a plan";
but "I was the one who", "I was put in charge of", ``acting_role``), not a negation ("I never
touched it"), and not growth (a growth claim there: "I learned to run the till", "I got really
good at reconciling"); "I had moved" acts. Notes and CVs act with no subject: a sentence that
opens on a past ("Redesigned the pick routes", "- Took over the rota"). An answer where the
speaker only held a post and grew leaves the organisation's figures the organisation's: "I
learned Excel properly. The finance team cut month-end close from ten days to four that year."

"Our" is the organisation's ("sales in our department went up that year"), but "our team",
"our shift" (``speaker_group``) is the speaker with others, as "we" is; "my section" is the
speaker's own ("complaints about my section stopped that year").
"""

from __future__ import annotations

from collections.abc import Sequence

from .phrases import Patterns
from .reading import Reading, Sentence
from .resources import per_data_folder
from .verbs import _tense

__all__ = ["SpeakerActs", "speaker_acts", "unowned_figure", "acts_at", "past_word"]

# the speaker in a sentence: any of these puts the sentence's change in their hands
_SPEAKER = frozenset("i i've i'd i'm i'll me my mine myself we we've we'd we're we'll us "
                     "ourselves".split())
# the speaker as a subject that can act
_SUBJECT = frozenset("i i've i'd we we've we'd".split())
# words between the subject and its verb that leave the verb the speaker's ("I then set up")
_BETWEEN = frozenset("also then just finally eventually quickly soon really actually even "
                     "personally myself later first basically".split())
_BE = frozenset("was were am 'm".split())
# words before a change in its clause that point back to the speaker's work ("It cut the
# queue", "which meant"), and those that do so only just before it ("This cut the queue", not
# "That year sales went up")
_POINTERS = frozenset("it which it's that's".split())
_NEAR_POINTERS = frozenset("this that these those".split())
_NEAR = 2
# "I had moved", "we'd rewritten": a have before a participle is the speaker acting
_HAVE = frozenset("had have has 've 'd".split())
_PARTICIPLE_ENDS = ("ed", "en", "t")


def speaker_acts(lists: dict[str, Patterns], reading: Reading,
                 grown: Sequence[tuple[int, int]]) -> bool:
    """True when the speaker acts in some sentence of the answer (see the module docstring);
    ``grown`` are the (start, end) word spans of the growth claims, real or bare."""
    ws = reading.words
    growth = {j for lo, hi in grown for j in range(lo, hi)}
    for sentence in reading.sentences:
        if _unsaid_subject_acts(lists, reading, sentence, growth):
            return True
        for i in range(sentence.lo, sentence.hi):
            if ws[i].lower not in _SUBJECT or i in growth:
                continue
            if _subject_acts(lists, ws, sentence, i, growth):
                return True
        for i in range(sentence.lo, sentence.hi - 2):
            # "me and another volunteer rewrote the rota": the speaker with someone else
            if ws[i].lower == "me" and ws[i + 1].lower == "and" and i not in growth \
                    and (i == sentence.lo or not ws[i - 1].is_word) \
                    and _subject_acts(lists, ws, sentence, i, growth, after_and=True):
                return True
    return False


def acts_at(lists: dict[str, Patterns], ws, sentence: Sentence, i: int) -> bool:
    """True when the speaker at word ``i`` ("I", "we") is followed by a doing of theirs ("I
    moved the meal earlier", "we rebuilt the rota"), or by a skill learned and put to work
    ("I learned to run the counter"): not being, having, wanting or a post."""
    if ws[i].lower not in _SUBJECT:
        return False
    if _subject_acts(lists, ws, sentence, i, set()):
        return True
    j = i + 1
    while j < sentence.hi and j < i + 3 and ws[j].lower in _BETWEEN:
        j += 1
    return j + 2 < sentence.hi and ws[j].lower in _LEARNED_TO and ws[j + 1].lower == "to" \
        and _doing(lists, ws, j + 2, sentence.hi, set())


_LEARNED_TO = frozenset("learned learnt".split())
_DID = frozenset("did do".split())


def _subject_acts(lists: dict[str, Patterns], ws, sentence: Sentence, i: int,
                  growth: set[int], after_and: bool = False) -> bool:
    """True when the subject at word ``i`` is followed (past an adverb or two) by a doing; with
    ``after_and``, "me and <someone>" is the subject: its verb is looked for a few words on."""
    j = i + 1
    if after_and:
        j = next((k for k in range(i + 2, min(sentence.hi, i + 6)) if _past(ws[k].lower)),
                 sentence.hi)
    while j < sentence.hi and j < i + 3 and ws[j].lower in _BETWEEN:
        j += 1
    if j >= sentence.hi or not ws[j].is_word or j in growth or _negated(sentence, i, j):
        return False  # "I never touched it" (the shared reading of negations)
    if i > sentence.lo and ws[i - 1].lower == "what" and ws[j].lower not in _DID:
        return False  # "What I got out of it was ...": what the speaker took, not a doing;
        # but "What I did was rebuild the rota"
    if j + 1 < sentence.hi and ws[j].lower in _HAVE:
        if ws[j + 1].lower == "to":
            return _doing_after(lists, ws, sentence, j, growth)  # "I had to rebuild"
        j += 1  # "I had moved the sweets": the participle is the verb
        if not ws[j].lower.endswith(_PARTICIPLE_ENDS):
            return False  # "I had a plan"
    if lists["not_action"].match_at(ws, j, sentence.hi) is None:
        return True
    if ws[j].lower in _BE and j + 1 < sentence.hi \
            and lists["acting_role"].match_at(ws, j + 1, sentence.hi) is not None:
        return True  # "I was the one who redid the rota", not "I was a cashier"
    return _doing_after(lists, ws, sentence, j, growth)


def _negated(sentence: Sentence, i: int, j: int) -> bool:
    """True when a negation of the clause (``reading.Clause.negations``) stands between the
    subject at ``i`` and its verb at ``j``, or is that verb: "I never touched it", "I didn't"."""
    return any(i < s <= j for s, _ in sentence.clause_of(j).negations)


def _doing_after(lists: dict[str, Patterns], ws, sentence: Sentence, j: int,
                 growth: set[int]) -> bool:
    """True when the word at ``j`` (being, having or a plain verb: ``not_action``) leads into a
    doing of the speaker's (``data/outcomes.json``): a verb with its particle (``acting_phrase``:
    "worked out", "came up with", "went through"), or a lead (``acting_lead``) with a doing
    after it: a habit ("I would check", "I used to ring"), a duty done ("I had to rebuild"),
    "to" before a doing ("worked with the chef to cut", "used the data to plan", "stayed late to
    recount"). Not a wish or a feeling ("I wanted to fix", "I would love to"), not growth ("I
    had to learn"), not a post ("I used to work on the tills"), nor time spent doing, which
    tells a post as often as a piece of work ("I spent my days answering the phones")."""
    if lists["acting_phrase"].match_at(ws, j, sentence.hi) is not None:
        return True
    lead = lists["acting_lead"].match_at(ws, j, sentence.hi)
    if lead is None:
        return False
    hi = min(sentence.clause_of(j).hi, sentence.hi, lead.end + _LOOK)
    if ws[lead.end - 1].lower in _OPEN_LEADS:
        return _doing(lists, ws, lead.end, hi, growth)  # "would check", "had to rebuild"
    for k in range(lead.end, hi):
        low = ws[k].lower
        if not ws[k].is_word or k in growth or low in _JOINS:
            return False  # "I worked on the tills and learned to cash up"
        if low == "to":
            return _doing(lists, ws, k + 1, hi, growth)  # "worked with the chef to cut"
    return False  # "I spent my days answering the phones": a post told as time spent


def _doing(lists: dict[str, Patterns], ws, k: int, hi: int, growth: set[int]) -> bool:
    """True when word ``k`` can be a doing: a word, no growth, not being, having, wanting or
    a plain post (``not_action``), not a word that names no doing (``_NOT_DOING``)."""
    return k < hi and ws[k].is_word and k not in growth and ws[k].lower not in _NOT_DOING \
        and lists["not_action"].match_at(ws, k, hi) is None


class SpeakerActs:
    """Whether the speaker acts anywhere in the answer (``speaker_acts``), read once, when first
    asked: most answers tell no figure over a period. ``claims`` are the growth claims."""

    def __init__(self, lists: dict[str, Patterns], reading: Reading, claims: Sequence) -> None:
        self._args = (lists, reading, [(c.match.start, c.match.end) for c in claims])
        # what the grown skills name ("taught myself to build the delivery schedule"): a figure
        # of the same thing ("missed deliveries dropped that year") is the skill at work. A skill
        # is named in the rest of its sentence, past its clause: "I learned to read the rota,
        # cover the phones, and in the end plan the deliveries myself".
        ws = reading.words
        self.grown_words = {ws[i].base for c in claims
                            for i in range(c.match.end, min(c.sentence.hi, c.match.end + _NAMED))
                            if ws[i].is_word and len(ws[i].lower) > 3
                            and ws[i].lower not in _PLAIN}
        self._acts: bool | None = None
        self._sentences: dict[tuple[int, int], list[int] | None] = {}

    def __call__(self) -> bool:
        if self._acts is None:
            self._acts = speaker_acts(*self._args)
        return self._acts

    def sentence(self, sentence: Sentence) -> list[int] | None:
        """Where the ties stand in a sentence that tells a period (``period_frame``) and not the
        speaker (no speaker word outside the period's words, no ``speaker_group``), else None;
        read once per sentence. A "so" that opens the sentence is talk, not a tie."""
        key = (sentence.lo, sentence.hi)
        if key not in self._sentences:
            self._sentences[key] = _ties(self._args[0], self._args[1].words, sentence)
        return self._sentences[key]


def _ties(lists: dict[str, Patterns], ws, sentence: Sentence) -> list[int] | None:
    frames = lists["period_frame"].find(ws, sentence.lo, sentence.hi)
    if not frames:
        return None  # "Missed deliveries dropped from ten a week to two": told as a change
    framed = {i for m in frames for i in range(m.start, m.end)}
    if any(ws[i].lower in _SPEAKER and i not in framed for i in range(sentence.lo, sentence.hi)):
        return None
    if lists["speaker_group"].search(ws, sentence.lo, sentence.hi) is not None:
        return None  # "that year our shift cut the waste by half": the speaker with others
    return [m.start for m in lists["figure_tie"].find(ws, sentence.lo, sentence.hi)
            if m.start > sentence.lo or ws[m.start].lower != "so"]


def _unsaid_subject_acts(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
                         growth: set[int]) -> bool:
    """True when the sentence opens (past a list mark) on a verb in the past with no subject,
    as notes and CVs tell the speaker's work ("Redesigned the pick routes", "- Took over the
    rota"): a past the kit knows (``data/tense.json``) or a word in "-ed", not ``not_action``
    ("Joined in 2019", "Learned Excel") and no growth claim."""
    ws = reading.words
    i = sentence.lo
    while i < sentence.hi and not ws[i].is_word:
        i += 1
    if i >= sentence.hi:
        return False
    if not _past(ws[i].lower):
        return False  # "Redesigned", "Took over", "Rebuilt"
    if lists["not_action"].match_at(ws, i, sentence.hi) is not None:
        return False
    return i not in growth


def past_word(low: str) -> bool:
    """True when a lower-case word is a past (``_past``: one the kit knows, or in "-ed")."""
    return _past(low)


def _past(low: str) -> bool:
    """True when a word is a past: a past the kit knows (``data/tense.json``), one after "re"
    ("rebuilt", "re-wrote") or a word in "-ed"."""
    return low.endswith("ed") and len(low) > 4 or low in _pasts() \
        or low.startswith("re") and low[2:].lstrip("-") in _pasts()


@per_data_folder
def _pasts() -> frozenset[str]:
    """The past forms the kit knows (the values of ``data/tense.json``'s table)."""
    return frozenset(v.lower() for v in _tense().values())


def unowned_figure(lists: dict[str, Patterns], reading: Reading, sentence: Sentence,
                   clause_lo: int, start: int, acting: SpeakerActs) -> bool:
    """True when a change at word ``start`` (in the clause from ``clause_lo``) of ``sentence``
    is the organisation's figure with no part of the speaker's: the sentence tells a period and
    not the speaker, nothing before the change points back to their work, and they act in no
    sentence of the answer (``acting()``, asked only here: most answers tell no figure over a
    period). What the sentence holds is read once per sentence (``acting.sentence``), the
    words before the change only near it: linear in the text."""
    ws = reading.words
    ties = acting.sentence(sentence)
    if ties is None:
        return False  # no period, or the speaker is in the sentence
    named = _place_words(ws, sentence)
    if any(ws[i].base in acting.grown_words for i in range(sentence.lo, sentence.hi)
           if i not in named):
        return False  # "learned to build the delivery schedule ... missed deliveries dropped"
    if any(at < start for at in ties):
        return False  # "Because there was now someone who could, the firm started quoting"
    lo = max(clause_lo, start - _REACH)
    if ws[clause_lo].is_word and ws[clause_lo].lower.endswith("ing") \
            or any(ws[i].lower in _POINTERS for i in range(lo, start)) \
            or any(ws[i].lower in _NEAR_POINTERS for i in range(max(lo, start - _NEAR), start)):
        return False  # "Reworking the rota saved", "which cut", "This cut"
    return not acting()


# how far past a lead ("worked with", "had") its doing may stand, the words that end a clause's
# run of doing, the words that end a lead and want a doing right after them, and the words after
# "to" or a modal that are no doing ("to the", "would love", "to work")
_LOOK = 8
_JOINS = frozenset("and but so then or".split())
_OPEN_LEADS = frozenset("would 'd to".split())
_NOT_DOING = frozenset("the a an my our your their his her its this that these those every all "
                       "some any them him her me us it there here be being say think love like "
                       "hate enjoy hope want wish need try trying anything something nothing "
                       "everything morning evening during building thing".split())
def _place_words(ws, sentence: Sentence) -> set[int]:
    """The words of a sentence that name the organisation, not what its figure is of: an owner
    ("the garden centre's sales", "the co-op's losses") and a place after ``_PLACE_PREPS``
    ("sales at the garden centre"). A skill told at the workplace ("I learned to run the tills
    at the garden centre") names the place, not the figure."""
    out: set[int] = set()
    for k in range(sentence.lo, sentence.hi):
        low = ws[k].lower
        if low.endswith("'s"):  # "the garden centre's": back to its determiner
            run = range(k, max(sentence.lo, k - _NAME_WORDS) - 1, -1)
        elif low in _PLACE_PREPS:  # "at the garden centre": on past one determiner
            j = k + 1 + (k + 1 < sentence.hi and ws[k + 1].lower in _DETERMINERS)
            out.add(k)
            run = range(j, min(sentence.hi, j + _NAME_WORDS))
        else:
            continue
        for j in run:
            if not ws[j].is_word or ws[j].lower in _DETERMINERS:
                break
            out.add(j)
    return out


# the words before a place ("at the garden centre"), the words that end an owner's name
_PLACE_PREPS = frozenset("at across throughout".split())
_DETERMINERS = frozenset("the a an our their this that these those its".split())
_NAME_WORDS = 3
# how far back before a change a pointer to the speaker's work may stand
_REACH = 12
# how many words after a growth claim (in its sentence) name the skill, and the words there
# that name nothing
_NAMED = 30
_PLAIN = frozenset("that this with from there their them they then than what when which where "
                   "while about into over under also well really very much more most some "
                   "other every each being been were have having just even only own properly "
                   "whole thing things stuff year years month months week weeks time times "
                   "first last better good work working worked".split())
