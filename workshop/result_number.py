"""The one reading of a result's number: what number a result holds, and of what kind.

A result's entries (its statement, ``value``, ``from_value``, ``unit``, ``metric``, ``kind``,
``period``) are read here once, by ``read_result``, into the sentence the draft says for it, with
its number said as what it is (``workshop.wording.number_reading``), and the number the answer
check finds in that very sentence (the ``quantified`` finding's ``number``). The result holds a
number, of one of ``KINDS``, exactly when the check finds one there: a number the entries give
(the fields, or the statement's own figures) that reads as a result for the organisation. Else
its kind is "none", and ``why`` says in plain words what keeps the number from counting (what
it is is left open; a note, not a sentence; a duty, a size or a time, not a change).

Three readers use it, so they cannot disagree on a result's number (issues 21 and 24):

- notebook 04's score gives a role the points for "a result with a number" when one of its
  results holds one (``role_number``), and its explanation names that result, or says why a
  number it has does not count;
- the draft in 05 (``workshop.draft_read``) says ``told``, the sentence read here, and tells a
  result that holds a number first;
- 05's answer check finds the number in that sentence: the reading is the check's own.

The kind: "change" (from X to Y, by X, a multiple such as "halved"), "count" (a number of
things: "14 nurses"), "amount" (money, a volume) or "level" (a level reached or held: "94%
readiness"). The participant's own ``kind`` decides when given; else the entries (a
``from_value`` is a change), else the number as the check read it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from .check import check_answer, pitfall_phrases
from .model import Result, Role, Skill
from .note_grammar import own_subject
from .numbers import Quantity
from .result_unit import missing_unit, without_number
from .skill_story import later_use_sentence, own_growth
from .spoken import clause_in_past, wording_data
from .typed_said import (
    HEDGE_KEY,
    NOT_QUOTED,
    SAID_KEY,
    UNSURE,
    figure_note,
    hedge_added,
    hedge_own,
    without_figures,
    without_no_figure,
    words_said,
)
from .verbs import in_present_perfect
from .wording import (
    NumberReading,
    OrgWords,
    content_stems,
    format_number,
    in_past,
    is_qualification,
    lower_first,
    money_unit,
    number_reading,
    org_words,
    speech,
    starts_with_past_verb,
    statement_sentence,
    upper_first,
)

__all__ = ["KINDS", "ResultNumber", "RoleNumber", "read_result", "role_number", "clean",
           "is_promotion", "my_part_sentence", "holds_number", "why_no_number"]

KINDS = ("change", "amount", "level", "count")
CACHE_SIZE = 2048

# A promotion or a new title is the speaker's gain, not a result for the organisation.
_PROMOTION = re.compile(r"\bpromot(?:ed|ion)\b|^\s*(?:i'?m|i am|i was|i became|became|got|now)\s+"
                        r"(?:now\s+)?(?:the|a|an)\s+(?:\w+\s+){0,3}(?:lead|manager|coordinator|"
                        r"supervisor|head|director|officer|chef|senior)\b", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:over|more than|at least|almost|nearly|about|around|roughly|some|"
                 r"up to)?\s*$", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=CACHE_SIZE)
def clean(text: str | None) -> str:
    """The text tidied, or "" when it holds a pitfall phrase (so it is left out); read once
    per distinct text (04 reads every role's entries again on each change)."""
    if not text:
        return ""
    text = " ".join(str(text).split()).strip()
    if not _LETTER.search(text) or pitfall_phrases(text):
        return ""  # no letters (nothing to say) or a pitfall
    return text


def is_promotion(statement: str) -> bool:
    """True for a promotion or a new title told as a result (the speaker's gain)."""
    return bool(_PROMOTION.search(statement))


@dataclass(frozen=True)
class ResultNumber:
    """One result read once: the sentence that says it, and the number it holds.

    Attributes:
        kind: one of ``KINDS``, or "none" when the result holds no number that counts.
        number: the number as the check found it in ``told`` ("18%", "from 9 min to 6"), or "".
        told: the result as the draft says it, with its number ("I cut overtime by 18%."); ""
            when the statement holds nothing to say.
        part: the speaker's own part in it as the draft says it after ``told``, with the space
            before it (" I rebuilt the rota."), or "".
        sentence: the statement in the first person, before its number is added.
        shape: "own", "we", "clause", "clause-now", "phrase" or "" (see
            ``wording.statement_sentence``).
        reading: how the entries' number is said (``wording.NumberReading``).
        usable: the draft can tell it (a clean sentence, not a note, not a promotion).
        why: when the entries give a number that does not count, the reason in plain words;
            else "".
        result: the answer check reads ``told`` as a result for the organisation (its
            ``company_result`` finding), not a duty, a size or the speaker's own gain ("I
            answered 60 calls a day" is none; "I cut overtime" is one, with no number).
        note: what the participant noted of the figure (``typed_said.figure_note``):
            ``NOT_QUOTED`` (told without any figure), ``UNSURE`` (said "about"), ``DIFFER``
            (the statement's figure and the fields' disagree: the statement's said alone) or
            "": the coach asks about the first and the last.
    """

    kind: str
    number: str
    told: str
    part: str
    sentence: str
    shape: str
    reading: NumberReading
    usable: bool
    why: str = ""
    result: bool = False
    note: str = ""

    @property
    def counts(self) -> bool:
        """True when the result holds a number: 04 scores it, the draft says it, the check
        finds it."""
        return self.kind != "none"

    @property
    def counted(self) -> bool:
        """The same as ``counts``: the answer check counts the number in ``told``."""
        return self.counts

    @property
    def number_said(self) -> bool:
        """True when the draft says the entries' number in ``told``."""
        return self.reading.kind not in ("none", "unclear")


# how the change was brought about, told after what changed: "by tracing them to one faulty
# part", "through calling every client": a change's "from 30 to 9" / "by 40%" goes before it,
# on what changed, never after it on the means ("one faulty part from 30 to 9"); a statement
# with its own figure before the means keeps its order
_MEANS = re.compile(r",?\s(?:by|through)\s+(?!\d)[^\W\d_]+ing\b", re.IGNORECASE)


def _with_number(sentence: str, reading: NumberReading) -> str:
    if reading.whole:
        sentence = reading.whole
    if reading.inline:
        means = _MEANS.search(sentence, 1)
        if (means and reading.kind == "change" and not reading.inline.startswith(",")
                and not _DIGIT.search(sentence, 0, means.start())):
            sentence = sentence[:means.start()] + reading.inline + sentence[means.start():]
        else:
            sentence = sentence[:-1] + f"{reading.inline}."
    if reading.sentence:
        sentence += " " + reading.sentence
    return sentence


# "me and my wife did it", "me and Dev rebuilt the rota": the speaker and another as the
# subject, said "My wife and I did it"
_ME_AND = re.compile(r"^(?:me|myself)\s+and\s+(.+)$", re.IGNORECASE)


def _me_and(others: str) -> tuple[str, str] | None:
    """("my wife", "did it") for "my wife did it", what follows "me and": the other one (a
    name, or a noun of up to three words after "my", "our", "the" or "a") and a past verb with
    what follows; None where no past verb follows."""
    words = others.split()
    for n in (1, 2, 3):
        other, rest = words[:n], " ".join(words[n:])
        if not rest or (n > 1 and other[0].lower() not in ("my", "our", "the", "a")) or (
                n == 1 and not other[0][:1].isupper()):
            continue
        if starts_with_past_verb(rest):
            return " ".join(other), rest
    return None


def my_part_sentence(result: Result, past: bool = False) -> str:
    """The speaker's own part in a shared result, as a sentence of its own: "I did the temp
    logs every shift." as typed; a past verb gets "I"; a sentence with its own subject ("It
    was my idea ...") as it is; a noun phrase "My own part was ..."; a note the draft cannot
    say as a sentence is left out (the coach asks)."""
    part = speech(clean(result.my_part))
    if part and past:  # "I ask the families ..." for a job that is over: "I asked ..."
        part = clause_in_past(part)
    if not part:
        return ""
    if len(part.split()) < 4:
        return ""  # "I did it really": too little to say
    if part.lower().startswith(("i ", "i'")):
        return f" {upper_first(part)}."
    shared = _ME_AND.match(part)
    both = _me_and(shared.group(1)) if shared else None
    if both:  # "me and my wife did it": the speaker one of two who did it
        return f" {upper_first(both[0])} and I {both[1]}."
    if shared and len(shared.group(1).split()) <= 3 and not any(
            starts_with_past_verb(w) for w in shared.group(1).split()[1:]):
        return f" I did it with {shared.group(1)}."  # "me and my wife": who shared it
    if starts_with_past_verb(part) and not own_subject(part):  # never "I forecast accuracy
        return f" I {lower_first(part)}."  # improved": a clause keeps its own subject
    first = part.split()[0].lower()
    if first in ("it", "we", "my", "our", "that", "this", "the", "they", "everyone", "most",
                 "all"):
        return f" {upper_first(part)}."
    return f" My own part was {lower_first(part)}."


def _kind(result: Result, reading: NumberReading, told: str, q: Quantity) -> str:
    """What the number is: the participant's kind, else the entries', else the check's."""
    if result.kind and result.quantified:
        return result.kind
    if reading.kind in KINDS:
        return reading.kind
    if result.from_value is not None or q.before is not None or q.kind in ("multiple",
                                                                           "time_span"):
        return "change"
    if _BY.search(told[:q.start]):
        return "change"
    if q.kind == "money":
        return "amount"
    if q.kind == "count":
        return "count"
    return "level"


def _has_number(result: Result) -> bool:
    return result.quantified or bool(_DIGIT.search(result.statement))


def _why(result: Result, reading: NumberReading, shape: str, usable: bool, told: str) -> str:
    """Why the number the entries give does not count, in plain words."""
    if not _has_number(result):
        return ""
    value = format_number(result.value, result.unit) if result.quantified else ""
    about = f"its number ({value})" if value else "its number"
    pitfalls = pitfall_phrases(result.statement)
    if pitfalls:
        said = next(iter(pitfalls.values()))[0]
        return (f"{about} is in a statement about \u201c{said}\u201d, a pitfall the advice "
                "warns about, so the draft leaves it out")
    if not clean(result.statement):
        return f"{about} is in a statement with no words to say"
    if is_promotion(result.statement):
        return f"{about} belongs to a promotion, which is your gain, not the organisation's"
    if shape in ("phrase", ""):
        return (f"the result is a note, not a sentence: write what changed as a sentence for "
                f"{about} to count")
    if reading.kind == "unclear":
        return (f"it does not say what {value or 'its number'} is: a change (from, to, by), a "
                "count, an amount or a level")
    return (f"{about} does not read as a change for the organisation in "
            f"\u201c{told}\u201d (a duty, a size or a time is not one)")


def _key(result: Result) -> tuple:
    hedge = result.extra.get(HEDGE_KEY, "")
    if not isinstance(hedge, str) or result.from_value is not None and re.search(r"\d", hedge):
        hedge = ""  # a range's low end ("maybe 20-") is no hedge of a change told from and to
    said = result.extra.get(SAID_KEY, "")
    return (result.statement, result.metric, result.value, result.unit, result.scope,
            result.kind, result.from_value, result.period, result.my_part,
            hedge, said if isinstance(said, str) else "", result.scope_said)


# "I get driver of the month 3 times": what happened a number of times is told in the past,
# even for a job still held.
_TIMES = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
                    r"times\b|\btwice\b", re.IGNORECASE)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _read(key: tuple, org: OrgWords, current: bool) -> ResultNumber:
    """The reading with the statement said as the speaker's own doing; where the answer check
    reads no result in it but does in the 03 form's frame ("I reached 94% readiness" is no
    result to it, "I helped the ward to reach 94% readiness" is), the framed one, so that 04's
    score and 05's check keep reading the result the participant entered."""
    reading = _read_said(key, org, current, False)
    if reading.result and reading.kind != "none":
        return reading
    framed = _read_said(key, org, current, True)
    if framed.told != reading.told and (framed.result, framed.kind != "none") > (
            reading.result, reading.kind != "none"):
        return framed
    return reading


def _figures_noted(key: tuple) -> tuple:
    """The statement and the fields' figures as the draft says them where the participant
    qualified a figure (issue 20, draft61): one not to be quoted is never said (the change
    told in words, no field's figure beside it; the coach asks for one they are happy to
    say); one marked unsure is said "about"; a statement and fields that tell one change
    give one reading (``_one_reading``). (statement, value, from_value, hedge, said, note)."""
    statement, metric, value, unit, _s, _k, from_value, _p, _m, hedge, said, _w = key
    statement, note = figure_note(statement, value is not None)
    if note == NOT_QUOTED:
        return without_figures(statement), None, None, "", "", note
    if note == UNSURE and _DIGIT.search(statement):
        statement = hedge_own(statement)  # "about 40%", never firmer than typed
    statement, value, from_value, differ = _one_reading(statement, value, from_value, unit,
                                                        metric)
    return statement, value, from_value, hedge, said, DIFFER if differ else note


def _read_said(key: tuple, org: OrgWords, current: bool, framed: bool) -> ResultNumber:
    (statement, metric, value, unit, scope, kind, from_value, period, my_part, hedge, said,
     scope_said) = key
    statement, value, from_value, hedge, said, note = _figures_noted(key)
    statement, unsure = without_no_figure(statement)
    unsure = unsure or note == UNSURE
    if not statement:  # only a note that there is no figure: nothing to say (the coach asks)
        return ResultNumber("none", "", "", "", "", "", NumberReading("none"), False,
                            "the statement says only that there is no figure: write what "
                            "changed as a sentence")
    result = Result(statement=statement, metric=metric, value=value, unit=unit, scope=scope,
                    kind=kind, from_value=from_value, period=period, my_part=my_part,
                    scope_said=scope_said)
    sentence, shape = statement_sentence(result, org, framed)
    unitless = missing_unit(result)  # "went down by 40": 40 what? left out, and asked
    if unitless is not None:
        sentence = without_number(sentence, unitless) if unitless.typed else sentence
        result = replace(result, value=None, from_value=None)
    if sentence and not current:
        sentence = in_past(sentence)
    elif sentence and _TIMES.search(sentence):  # a count of times in a job held now: done so
        sentence = in_present_perfect(sentence)  # far, "I have got ... 3 times"
    if sentence and shape == "clause-now" and not current:
        past = clause_in_past(sentence)
        sentence, shape = past, ("clause" if past != sentence else shape)
    elif sentence and not current:  # one tense in the whole sentence: "I set up X and the
        sentence = clause_in_past(sentence)  # team uses it" -> "used" for a job that is over
    reading = number_reading(result, sentence, current)
    told = _with_number(sentence, reading) if sentence else ""
    hedge = "about " if unsure else hedge
    if hedge and told != sentence and reading.kind in KINDS:
        told = hedge_added(told, sentence, hedge)
    if said and told != sentence:  # "about a third" typed, never "by 33.3%" (``reply_told``)
        told = words_said(told, sentence, said)
    usable = bool(clean(statement)) and shape not in ("phrase", "") \
        and not is_promotion(statement)
    part = my_part_sentence(result, past=not current) if told else ""
    check = check_answer(told + part) if usable and told else None
    q = check.finding("quantified").number if check is not None else None
    is_result = check is not None and check.finding("company_result").ok
    if q is None or unitless is not None:
        why = unitless.why if unitless is not None else _NOT_QUOTED_WHY \
            if note == NOT_QUOTED else _why(result, reading, shape, usable, told)
        return ResultNumber("none", "", told, part, sentence, shape, reading, usable, why,
                            is_result, note)
    return ResultNumber(_kind(result, reading, told + part, q), q.text, told, part, sentence,
                        shape, reading, usable, result=is_result, note=note)


DIFFER = "differ"
_NOT_QUOTED_WHY = ("you asked for its figure not to be quoted, so the draft tells the change "
                   "without it")
# the statement's figures in the unit of the fields' ("40%" for a unit "%"), and a statement
# that ends on where the change started ("raised completion from 54%")
_PERCENT = re.compile(r"(?<![\w.,])(\d[\d,]{0,15}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b|pc\b)",
                      re.IGNORECASE)
_FROM_END = re.compile(r"\bfrom\s(\d[\d,]{0,15}(?:\.\d+)?)(%|\s[^\W\d_]+)?[.!]?$",
                       re.IGNORECASE)
# words after a figure that say how it moved, not what else it measures ("40% fewer")
_COMPARED = frozenset("fewer less more lower higher faster quicker cheaper better worse shorter "
                      "longer smaller bigger greater".split())


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.5, 0.02 * abs(b))


def _one_reading(statement: str, value, from_value, unit: str, metric: str):
    """One change said with one set of figures (issue 20, draft61): a statement that ends on
    where the change started ("raised completion from 54%") with the fields' start is said
    with the fields' end ("... from 54% to 81%"), never the fields' from-to again beside it;
    a statement that gives its own figure in the fields' unit for what they measure ("up by
    40%") is said alone, the fields' left out, never "by 40%, from 30% to 11%" nor "to 15%
    from 30% to 11%"; where none of the fields' figures fits it (the end, the start, the
    difference, the change in %) it is ``differ``: the coach asks which is right. (statement,
    value, from_value, differ)."""
    if value is None or not statement:
        return statement, value, from_value, False
    said = " ".join(statement.split())
    end = _FROM_END.search(said)
    if end and from_value is not None and _near(float(end.group(1).replace(",", "")),
                                                float(from_value)) \
            and not _near(float(value), float(from_value)):
        told = format_number(value, unit)
        return f"{said[:end.end()].rstrip(' .!')} to {told}", value, from_value, False
    own = _own_figures(statement, unit, metric)
    if not own or any(_near(o, float(value)) for o in own):
        return statement, value, from_value, False  # none of its unit, or the fields' end
    if metric and not content_stems(metric) & content_stems(statement):
        return statement, value, from_value, False  # the fields are about another thing
    fits = []
    if from_value is not None:
        start = float(from_value)
        fits += [start, abs(float(value) - start)]
        if start:
            fits.append(abs(float(value) - start) / start * 100)
    # its own figure told, the fields' left out: where one fits them, no question
    return statement, None, None, not any(_near(o, f) for o in own for f in fits)


def _own_figures(statement: str, unit: str, metric: str) -> list[float]:
    """The figures the statement types in ``unit`` for what the fields measure: "40%" for
    "%", "15 minutes" for "minutes", "$3,200" for "USD"; none for a unit it cannot tell, nor
    one before a word of another thing ("kept 98% attendance" beside a metric "overtime")."""
    unit = (unit or "").strip()
    if unit == "%":
        rx = _PERCENT
    elif money_unit(unit) or unit.upper() in ("USD", "GBP", "EUR"):
        rx = re.compile(r"[$£€¥]\s?(\d[\d,]{0,15}(?:\.\d+)?)")
    else:
        head = re.findall(r"[^\W\d_]{3,}", unit.lower())[:1]
        if not head:
            return []
        rx = re.compile(rf"(?<![\w.,])(\d[\d,]{{0,15}}(?:\.\d+)?)\s*{re.escape(head[0][:4])}",
                        re.IGNORECASE)
    measured = content_stems(metric or "")
    out = []
    for m in rx.finditer(statement):
        after = re.match(r"\s*(?:%|[^\W\d_]*)\s*([^\W\d_]+)", statement[m.end(1):])
        word = after.group(1).lower() if after else ""
        stems = content_stems(word)
        if stems and measured and not stems & measured and word not in _COMPARED:
            continue  # the figure of another thing
        out.append(float(m.group(1).replace(",", "")))
    return out


def read_result(result: Result, role: Role | None = None, *, org: OrgWords | None = None,
                current: bool | None = None) -> ResultNumber:
    """The one reading of ``result`` (see the module docstring), for the role it belongs to
    (its organisation names the words, a current role keeps the present tense); read once per
    distinct entry and kept."""
    if org is None:
        org = org_words(role) if role is not None else org_words(Role(id="r", title="role"))
    if current is None:
        current = bool(role is not None and role.current)
    return _read(_key(result), org, current)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _number_in(sentence: str) -> Quantity | None:
    """The result's number the answer check finds in ``sentence``, or None: the one reader of
    a number in the sentences a draft says (a result's, a note's, a lead's), read once each."""
    return check_answer(sentence).finding("quantified").number if sentence else None


def holds_number(sentence: str) -> str:
    """The result's number the answer check finds in ``sentence`` ("20%"), or ""."""
    q = _number_in(sentence)
    return "" if q is None else q.text


_CLAUSE_END = re.compile(r"[.,;:!?\u2013\u2014]")


@functools.lru_cache(maxsize=1)
def _circumstance() -> re.Pattern:
    words = [w for w in wording_data().get("circumstance_words", []) if isinstance(w, str) and w]
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _notes_own_number(sentence: str) -> str:
    """The number a grown skill's note tells as what the skill produced, or "": a number in a
    clause that sets the scene of the growth (``circumstance_words`` in ``data/wording.json``:
    "I learned to calm callers when the support team doubled") is when it grew, not a result
    of the role, so it is no result's number (only a result's own number counts)."""
    q = _number_in(sentence)
    if q is None:
        return ""
    before = sentence[:q.start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    clause = before[ends[-1] if ends else 0:]
    return "" if _circumstance().search(clause) else q.text


def _notes(role: Role) -> list[tuple[Skill, str]]:
    """The grown skills' notes the draft can tell, as it tells them: how far the skill grew
    (in the participant's words) and where it was used later."""
    out = []
    for skill in role.skills:
        if not clean(skill.name) or is_qualification(skill.name):
            continue
        if skill.levels_grown > 0:
            out.append((skill, own_growth(clean(skill.how_far))))
        out.append((skill, later_use_sentence(skill, 0, role.current) if clean(skill.used_later)
                    else ""))
    return [(skill, text) for skill, text in out if text]


# Role records are frozen and a re-read file gives back the records of unchanged roles
# (``store._role_record``), so a role's number is read once per record: 04 and 05 score every
# role again at every change elsewhere, and the reading was three quarters of ``rank``.
_numbers: dict[int, tuple[Role, RoleNumber | None]] = {}


def role_number(role: Role) -> RoleNumber | None:
    """The number notebook 04 scores as "a result with a number", or ``None``: of the role's
    results that hold one (see ``read_result``), the first change, else amount, level, count;
    else a grown skill's note that tells a result with a number (how far it grew, or where it
    was used later and what that produced: "at my next job I used it to cut overtime by
    20%"), read the same way, since the draft tells those notes and the check reads them.
    Read once per role record (the record is kept with its number, so its id stays its own)."""
    kept = _numbers.get(id(role))
    if kept is not None and kept[0] is role:
        return kept[1]
    number = _role_number(role)
    if len(_numbers) >= CACHE_SIZE:
        _numbers.pop(next(iter(_numbers)))  # the oldest first
    _numbers[id(role)] = (role, number)
    return number


def _role_number(role: Role) -> RoleNumber | None:
    org = org_words(role)
    counted = [(result, read) for result in role.results
               if (read := read_result(result, org=org, current=role.current)).counts]
    if counted:  # what changed says most; then an amount, a level, a count (stable)
        result, read = min(counted, key=lambda item: KINDS.index(item[1].kind))
        return RoleNumber(read.kind, read.number, read.told + read.part, result, None)
    for skill, sentence in _notes(role):
        number = _notes_own_number(sentence)
        if number:
            return RoleNumber("note", number, sentence, None, skill)
    return None


def why_no_number(role: Role) -> str:
    """Why a role whose results give a number still holds none (``role_number`` is
    ``None``), for its first such result, in plain words ("it does not say what 18 is: ..."),
    or "" when no result gives a number."""
    org = org_words(role)
    for result in role.results:
        why = read_result(result, org=org, current=role.current).why
        if why:
            return f"\u201c{' '.join(result.statement.split())[:80]}\u201d: {why}"
    return ""


_KIND_WORDS = {"change": "a change", "count": "a count", "amount": "an amount",
               "level": "a level", "note": "in a grown skill's note"}


@dataclass(frozen=True)
class RoleNumber:
    """The number a role's story holds, and where it comes from.

    Attributes:
        kind: the result's kind (one of ``KINDS``), or "note" for a grown skill's note.
        number: the number as the check found it ("18%").
        told: the sentence that says it, as the draft says it.
        result: the result it belongs to, or ``None`` for a note.
        skill: the grown skill whose note holds it, or ``None`` for a result.
    """

    kind: str
    number: str
    told: str
    result: Result | None
    skill: Skill | None

    def __str__(self) -> str:
        """The number and what it is, as 04 says it: "“18%”, a change"."""
        return f"\u201c{self.number}\u201d, {_KIND_WORDS.get(self.kind, self.kind)}"
