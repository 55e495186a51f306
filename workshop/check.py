"""The answer check: reads an answer sentence by sentence, the way a careful coach would.

``check_answer(text, goals)`` reports one ``Finding`` per code in ``CODES`` and a ``Verdict``.
It is rule based, offline and explainable: the word lists and patterns are in
``data/phrases.json`` (format in ``data/README.md``), matched by ``workshop/phrases.py`` on the
sentences and clauses that ``workshop/reading.py`` makes. Each message quotes the sentence it is
about. Why these rules and not a library model: ``docs/answer_check.md``.

The rules, one per finding. A claim counts only when it is *real*: no negation, wish, plan or
condition comes before it in its clause ("a chance to learn new skills", "I would have cut",
"I will use" are not claims), and *specific*: it names a skill, a change, a later use
(``workshop/specific.py``: "I helped the business to expand" names nothing).

- ``skill_growth``: a growth pattern ("learned to", "became a speedy, accurate typist",
  "developed a number of important skills", "from novice to") that is not a bare learning
  ("learned a lot", "learned from it", "learned so much about life": ``not_skill_growth``); or a
  before-and-after pair ("I was green ... by the end I could ...").
- ``company_result``: a result for the organisation, whatever the subject: a result verb or
  pattern (``company_result``: "cut", "saving the firm", "went up", "the store saw a boost")
  that is not personal (``not_result``: "grew up", "improved my"); verbs that need a subject
  other than "I" (``result_needs_subject``: "went from", "fell", "stopped") count only with
  one; a span of time earlier or sooner counts only when its clause does not start with the
  speaker (``result_needs_clause_subject``: "the vans left an hour earlier", not "I came in an
  hour earlier"); a sentence about a change the participant only watched
  (``observed_result``) has none.
- ``quantified``: a number inside a result clause, as ``workshop.numbers.quantities`` finds
  numbers (never years, versions, list labels or clock times). A team size ("a team of 8") or a
  time frame ("in six months") alone is not a result's number.
- ``used_later``: a grown skill used later (``used_later``: "skills I use today", "in my last
  role I used", "am now a successful fundraiser because ..."), not a bare "later"/"since then".
- ``goals_match``: a goal is matched only where a skill, result or later-use sentence speaks to
  it: one of the goal's object words (its verb such as "reduce" and its stopwords left out) or
  of their ``goal_synonyms`` appears in such a sentence. Ok when a goal is matched or none
  was given. A recital of the goals is no evidence.
- ``pitfalls``: each category's patterns, in any word order where the list says so (a team
  word beside praise; a complaint word beside an employer), skipped where negated ("it wasn't
  about the fun") or where a ``pitfall_exceptions`` pattern covers it ("I hated having to
  leave", "what I liked most was learning to ..."), and not someone else's: a person named
  before it ("people paid for a fun night out") or the people served right after it ("rude
  customers"); perks, wants and complaints count in any mood ("I could work from home"); a
  perk valued by the next clause ("a company car, which was the best bit") is one, and one
  set aside by a contrast or a concession ("the pay was fine, but what mattered was ...") is
  none (``workshop/check_pitfalls.py``).
- ``length``: words are whitespace-separated pieces holding a letter or digit; spoken at
  ``WORDS_PER_MINUTE``, the answer should take ``MIN_SECONDS`` to ``MAX_SECONDS``.

The verdict: *strong* when both pillars (``skill_growth`` and ``company_result``) are there and
no pitfall; a number in a result and a skill used later make it stronger (the advice's "even
better"), and the verdict names which of them is missing.

The check never raises on a string, whatever it holds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import result_measure
from .check_goals import evidence_said, match_goals
from .check_learned import second_opinion
from .check_lesson import lesson_then_result
from .check_pitfalls import pitfall_hits
from .check_rules import Rules, suggest
from .check_rules import rules as _rules
from .claims import Claim, Found, arc_ends, learned_sentences, measures, read_claims
from .errors import WorkshopError
from .number_words import problem_size
from .numbers import first_quantity, quantities, skill_rate, team_size
from .reading import Reading, Sentence, read
from .result_measure import an_occasion, measure_after, told_without_digits
from .spans import Spans

__all__ = ["CODES", "WORDS_PER_MINUTE", "MIN_SECONDS", "MAX_SECONDS", "MAX_CHECKED_CHARS",
           "Finding", "Verdict", "AnswerCheck", "check_answer", "count_words", "speaking_seconds",
           "spoken_time", "FAR_SECONDS", "pitfall_phrases", "GrowthArc", "growth_arc"]

CODES = ("skill_growth", "company_result", "quantified", "used_later", "goals_match", "pitfalls",
         "length")
WORDS_PER_MINUTE = 140
MIN_SECONDS = 30
MAX_SECONDS = 120
# An answer past this many seconds spoken is no spoken answer at all (a pasted CV, a whole
# essay): its length is said in minutes, and it is never "Strong", whatever its pillars.
FAR_SECONDS = 300
# Sentences are read in the first this-many characters (an answer is at most 20,000 in a
# workspace); words are counted in all of it, so an overlong text still fails on length.
MAX_CHECKED_CHARS = 40_000

_HAS_ALNUM = re.compile(r"[^\W_]")
_COUNTED_KINDS = frozenset({"percent", "money", "multiple", "amount", "count", "duration",
                            "time_span"})


@dataclass(frozen=True)
class Finding:
    """One line of the answer check.

    Attributes:
        code: which rule, one of ``CODES``.
        ok: True when the answer meets the rule.
        message: a short plain sentence: what was found (quoting the sentence), or what to do.
        phrases: the matched pitfall phrases as they appear in the text (only for ``pitfalls``).
        sentence: the sentence the message is about, as typed ("" when there is none).
        number: the result's number a ``quantified`` finding counts (a ``numbers.Quantity``:
            ``workshop.result_number`` reads a result's number with it), else ``None``.
        unbacked: for ``goals_match``, the goals no evidence sentence backs yet, in the
            goals' order (the coach asks about exactly these).
    """

    code: str
    ok: bool
    message: str
    phrases: tuple[str, ...] = ()
    sentence: str = ""
    number: object = field(default=None, compare=False, repr=False)
    unbacked: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = {"code": self.code, "ok": self.ok, "message": self.message}
        if self.code == "pitfalls":
            out["phrases"] = list(self.phrases)
        if self.sentence:
            out["sentence"] = self.sentence
        return out


@dataclass(frozen=True)
class Verdict:
    """The answer as a whole.

    Attributes:
        strong: both pillars are there and no pitfall.
        message: the verdict in one or two plain sentences.
        missing: what keeps it from being strong: the codes ``skill_growth``,
            ``company_result``, ``pitfalls``, or ``telegram`` (clipped fragments).
        stronger_with: the codes that would make it stronger (``quantified``, ``used_later``).
    """

    strong: bool
    message: str
    missing: tuple[str, ...] = ()
    stronger_with: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"strong": self.strong, "label": "strong" if self.strong else "not yet strong",
                "message": self.message, "missing": list(self.missing),
                "stronger_with": list(self.stronger_with)}


@dataclass
class AnswerCheck:
    """The result of checking one answer.

    Attributes:
        words: how many words the answer has.
        seconds: about how long it takes to say, at ``WORDS_PER_MINUTE``.
        findings: one ``Finding`` per code, in ``CODES`` order.
        verdict: the answer as a whole (see ``Verdict``).
    """

    words: int
    seconds: int
    findings: list[Finding] = field(default_factory=list)
    verdict: Verdict | None = None

    @property
    def passed(self) -> bool:
        """True when every finding is ok."""
        return all(f.ok for f in self.findings)

    def finding(self, code: str) -> Finding:
        """The finding with this code; ``NotFoundError`` (a ``KeyError``) if there is none."""
        from .errors import NotFoundError

        for f in self.findings:
            if f.code == code:
                return f
        raise NotFoundError(f"there is no finding '{code}' in this check.")

    def to_dict(self) -> dict:
        out = {"words": self.words, "seconds": self.seconds, "passed": self.passed,
               "findings": [f.to_dict() for f in self.findings]}
        if self.verdict is not None:
            out["verdict"] = self.verdict.to_dict()
        return out


# --- counting -----------------------------------------------------------------------------------


def count_words(text: str) -> int:
    """Words in a text: whitespace-separated pieces holding at least one letter or digit."""
    if not isinstance(text, str):
        return 0
    return sum(1 for piece in text.split() if _HAS_ALNUM.search(piece))


def speaking_seconds(text: str) -> int:
    """About how many seconds the text takes to say, at ``WORDS_PER_MINUTE``."""
    return _seconds(count_words(text))


def _seconds(words: int) -> int:
    return round(words / WORDS_PER_MINUTE * 60)


# --- the findings -------------------------------------------------------------------------------


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


_DOUBLE_STOP = re.compile(r"([.!?\u2026])\u201d\.")


def _one_stop(message: str) -> str:
    """A quoted sentence that ends with its own full stop ends ours too: ``.”`` never ``.”.``"""
    return _DOUBLE_STOP.sub("\\1\u201d", message)


def _first_real(claims: Sequence[Claim]) -> Claim | None:
    return next((c for c in claims if c.real), None)


def _quoting(code: str, ok: bool, reading: Reading, claim, message: str,
             suggestion: str = "") -> Finding:
    """A finding about one claim, its sentence quoted where ``message`` says ``{quote}``, then
    the suggestion (a facilitator's text, taken as it is)."""
    said = reading.quote(claim.sentence, keep=claim.match)
    return Finding(code, ok, _one_stop(message.replace("{quote}", _q(said)) + suggestion),
                   sentence=said)


def _claimed(code: str, reading: Reading, claims: list, found: str, unreal: str,
             suggestion: str) -> Finding | None:
    """The first real claim passes, quoted after ``found``; else the first wish or plan fails,
    quoted in ``unreal``, with the suggestion; else ``None`` (nothing of the kind said)."""
    claim = _first_real(claims)
    if claim is not None:
        return _quoting(code, True, reading, claim, found + "{quote}")
    wish = next((c for c in claims if not c.real), None)
    if wish is not None:
        return _quoting(code, False, reading, wish, unreal, suggestion)
    return None


def _skill_growth(rules: Rules, reading: Reading, found: Found) -> Finding:
    suggestion = suggest(rules, "skill_growth", "Name a skill the job grew and how far.")
    finding = _claimed("skill_growth", reading, found.growth, "Skill growth: ",
                       "This is a wish or a plan, not growth you had: {quote}. ", suggestion)
    if finding is not None:
        return finding
    bare = _first_real(found.bare_learning)
    if bare is not None:
        return _quoting("skill_growth", False, reading, bare,
                        "Learning is there but no job skill is named: {quote}. ", suggestion)
    return Finding("skill_growth", False, suggestion)


def _company_result(rules: Rules, reading: Reading, found: Found) -> Finding:
    suggestion = suggest(rules, "company_result",
                          'Add a result that starts "I helped the company to ...".')
    return _claimed("company_result", reading, found.results, "A result for the organisation: ",
                    "This result is a plan, a wish or a \u201ccould\u201d, not something that "
                    "changed: {quote}. ", suggestion) \
        or _hollow("company_result", reading, found.hollow_results, suggestion)


def _quantities(text: str) -> list:
    try:
        return list(quantities(text))
    except WorkshopError:
        raise  # a bad edit of the number reader's data file is said, not hidden
    except Exception:  # a number reader's bug must not stop the check  # noqa: BLE001
        return []


def _first_quantity(text: str) -> list:
    try:
        first = first_quantity(text)
    except WorkshopError:
        raise
    except Exception:  # a number reader's bug must not stop the check  # noqa: BLE001
        return []
    return [] if first is None else [first]


def _result_number(rules: Rules, reading: Reading, claim: Claim, numbers: list,
                   starts: list[int], changes: tuple, missed: set) -> object | None:
    """The first number inside the claim's clause that a result can count (``starts``: where
    each of the numbers, in text order, starts). A colon joins a result and its measure, either
    way round ("stop paying penalties: four the year before, none after"; "Forty thousand euros a
    year: that's what the hotel stopped losing"), so the clause next to it is read too; so is
    a clause that points back at the result ("..., and that was a fifth of our jobs by the
    end"; "I traced a 400 pound shortfall, which the bank refunded": ``_pointing``). With no
    number, a count told without a digit ("not a single late filing since") is zero."""
    ws, sentence = reading.words, claim.sentence
    lo, hi = _colon(reading, sentence, *_pointing(rules, reading, claim))
    if (lo, hi, claim.match.pattern) in missed:  # read for a claim before, and nothing found:
        return None  # (a number found ends the search) a clause of many claims is read once
    missed.add((lo, hi, claim.match.pattern))
    start, end = ws[lo].start, ws[hi - 1].end
    inside = range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
    not_results: dict[tuple[int, int], Spans] = {}
    for k in (*inside, *result_measure.changes_beside(reading, sentence, changes, inside)):
        q, at = numbers[k], reading.word_at(numbers[k].start)
        c_lo, c_hi = (lo, hi) if k in inside else (sentence.clause_of(at).lo,
                                                     sentence.clause_of(at).hi)
        if q.end > ws[c_hi - 1].end or q.kind not in _COUNTED_KINDS or not measures(claim, q):
            continue
        if (c_lo, c_hi) not in not_results:  # "helped 2 juniors get promoted": no result
            not_results[c_lo, c_hi] = Spans.of(rules.lists["not_result"].find(ws, c_lo, c_hi))
        if at >= 0 and not_results[c_lo, c_hi].overlaps(at, at + 1):
            continue
        if result_measure.a_time_frame(reading.text, q) or result_measure.a_scope(reading.text, q) \
                or result_measure.a_certain_one(reading.text, q):
            continue  # "in six months": when, not how much ("in two days instead of ten" is);
            # "One client's son told me": a certain one, no count
        if result_measure.in_means(rules.lists, reading, q, c_lo):
            continue  # "by dropping one supplier": what the speaker did, not how much changed
        if team_size(reading.text, q) or problem_size(reading.text, q) \
                or skill_rate(reading.text, q) \
                or an_occasion(rules.lists, reading, q):
            continue  # "a team of 8", "a backlog of 600", "on one shift", "75 words a minute"
        return q
    return told_without_digits(rules.lists, reading, lo, hi)


def _colon(reading: Reading, sentence: Sentence, lo: int, hi: int) -> tuple[int, int]:
    """Words ``lo`` to ``hi`` and the clause a colon joins to them, either side."""
    ws = reading.words
    j = hi - 1 if ws[hi - 1].lower == ":" else hi
    while j < sentence.hi and not ws[j].is_word:
        j += 1
    if j > hi - 1 and j < sentence.hi and ":" in (w.lower for w in ws[hi - 1:j]):
        hi = max(hi, sentence.clause_of(j).hi)
    i = lo - 1
    while i >= sentence.lo and not ws[i].is_word:
        i -= 1
    if i >= sentence.lo and ":" in (w.lower for w in ws[i + 1:lo + 1]):
        lo = min(lo, sentence.clause_of(i).lo)
    return lo, hi


def _pointing(rules: Rules, reading: Reading, claim: Claim) -> tuple[int, int]:
    """Where the result's number is looked for: its clause, and the clause after it in the
    sentence when that one points back at the result (``result_measure_next``: "that was",
    "which came to"; a bare measure after a semicolon, ``result_measure.a_bare_measure``; or
    the next sentence's first clause, ``result_measure.measure_after``),
    or the clause before when the result's own clause opens with "which" ("I traced a 400
    pound shortfall, which the bank refunded") or tells that what it names went away
    ("Password tickets were a third of the queue, and they disappeared")."""
    ws, clause, sentence = reading.words, claim.clause, claim.sentence
    lo, hi = clause.lo, clause.hi
    if hi < sentence.hi:
        after = sentence.clause_of(hi)
        if rules.lists["result_measure_next"].search(ws, after.lo, after.hi) is not None \
                or result_measure.a_bare_measure(reading, after):
            hi = after.hi
    else:  # "I cut fuel costs. That was 12% of the budget.": the next sentence points back
        hi = measure_after(rules.lists, reading, sentence)
    first = next((i for i in range(lo, hi) if ws[i].is_word), None)
    if first is not None and lo > sentence.lo and (ws[first].lower in ("which", "whereupon")
                                                   or result_measure.gone(reading, claim, first)):
        lo = sentence.clause_of(lo - 1).lo
    return lo, hi


def _quantified(rules: Rules, reading: Reading, found: Found) -> Finding:
    suggestion = suggest(rules, "quantified", "Put a number into a result sentence.")
    real = [c for c in found.results if c.real]
    # with no result, only the first number is named: a paste's other numbers go unread
    numbers = _quantities(reading.text) if real else _first_quantity(reading.text)
    starts, changes = [q.start for q in numbers], result_measure.told_changes(numbers)
    missed: set[tuple] = set()
    for claim in real:
        q = _result_number(rules, reading, claim, numbers, starts, changes, missed)
        if q is not None:
            said = reading.quote(claim.sentence, chars=(q.start, q.end))
            return Finding("quantified", True,
                           f"A result has a number ({_q(q.text)}): {_q(said)}", sentence=said,
                           number=q)
    if real:
        said = reading.quote(real[0].sentence)
        return Finding("quantified", False,
                       _one_stop(f"Your result has no number yet: {_q(said)}. {suggestion}"),
                       sentence=said)
    if numbers:
        q = numbers[0]
        return Finding("quantified", False,
                       f"There is a number ({_q(q.text)}) but not in a result for the "
                       f"organisation. {suggestion}")
    return Finding("quantified", False, f"No result has a number yet. {suggestion}")


def _used_later_finding(rules: Rules, reading: Reading, found: Found) -> Finding:
    suggestion = suggest(rules, "used_later", "Say where you used the grown skill later.")
    return _claimed("used_later", reading, found.used_later, "A grown skill used later: ",
                    "This is a plan, not a use you made: {quote}. ", suggestion) \
        or _hollow("used_later", reading, found.hollow_used, suggestion)


_HOLLOW = {"duty": "This is a duty, not what changed for the organisation: {quote}. ",
           "empty": "This names no change for the organisation: {quote}. ",
           "unmeasured": "This names no measure of what changed, only that something did; say "
                         "what went up or down, and for whom: {quote}. ",
           "dates": "These dates say how long you were there, not what changed: {quote}. ",
           "own_rate": "This is how much you got through yourself, which shows the skill grew; "
                       "say what it changed for the organisation: {quote}. ",
           "growth": "This tells how you grew, not what changed for the organisation: {quote}. ",
           "state": "This tells a size or a state, not what changed for the organisation: "
                    "{quote}. ",
           "hedged": "This is a guess at an effect, not what you saw change: {quote}. ",
           "unowned": "This is the organisation's figure; say what you did that moved it: "
                      "{quote}. ",
           "used": "This later use names neither where nor what you used: {quote}. ",
           "no_growth": "Later use counts once you name the skill the job grew: {quote}. "}


def _hollow(code: str, reading: Reading, hollow: list, suggestion: str) -> Finding:
    """The first claim that named nothing, quoted with why it does not count (specific.py)."""
    for claim, why in (h for h in hollow if h[0].real):
        return _quoting(code, False, reading, claim, _HOLLOW[why], suggestion)
    return Finding(code, False, suggestion)


def _goals(rules: Rules, reading: Reading, found: Found, goals: Sequence[str],
           learned: dict[str, Sentence] | None = None) -> Finding:  # learned: claims.for_goals
    goals = [" ".join(g.split()) for g in goals if isinstance(g, str) and g.strip()]
    if not goals:
        return Finding("goals_match", True,
                       "No goals were given, so the match with the hiring manager's goals was not "
                       "checked.")
    matched, missing, backing = match_goals(rules, reading, goals=goals,
                                            **found.for_goals(learned))
    first_sentence = reading.quote(backing[matched[0]]) if matched else ""
    if matched:
        said = evidence_said(matched, backing, lambda s: _q(reading.quote(s)))
        message = f"Matches {len(matched)} of {len(goals)} goals with evidence: {said}."
        if missing:
            message += f" Not yet backed by a skill or a result: {'; '.join(missing)}."
        return Finding("goals_match", True, message, sentence=first_sentence,
                       unbacked=tuple(missing))
    suggestion = suggest(rules, "goals_match", "Use the words of at least one goal.")
    return Finding("goals_match", False,
                   f"No skill or result sentence speaks to the goals ({'; '.join(goals)}). "
                   f"{suggestion}", unbacked=tuple(goals))


def pitfall_phrases(text: str) -> dict[str, list[str]]:
    """The pitfall phrases found in a text, by category (categories with none left out)."""
    if not isinstance(text, str):
        return {}
    rules = _rules()
    reading = read(text[:MAX_CHECKED_CHARS], rules.grammar)
    out: dict[str, list[str]] = {}
    seen: set[tuple[str, str]] = set()
    for _, category, _, m in pitfall_hits(rules, reading):
        phrase = reading.span_text(m.start, m.end)
        if (category, phrase.lower()) not in seen:
            seen.add((category, phrase.lower()))
            out.setdefault(category, []).append(phrase)
    return out


def _pitfalls(rules: Rules, reading: Reading) -> Finding:
    hits = pitfall_hits(rules, reading)
    if not hits:  # every kind looked for, as the findings name them (``pitfall_labels``)
        kinds = [rules.pitfall_labels.get(c, c)
                 for c in dict.fromkeys(rules.pitfall_category.values())]
        said = ", ".join(kinds[:-1]) + " or " + kinds[-1] if len(kinds) > 1 else "".join(kinds)
        return Finding("pitfalls", True, f"No pitfalls: nothing about {said}.")
    phrases: dict[str, str] = {}  # by its lowercase form, the first as typed
    for _, _, _, m in hits:
        phrase = reading.span_text(m.start, m.end)
        phrases.setdefault(phrase.lower(), phrase)
    phrases = list(phrases.values())
    order: list[str] = []
    for _, category, _, _ in hits:
        if category not in order:
            order.append(category)
    names = [rules.pitfall_labels.get(c, c) for c in order]
    tips = " ".join(suggest(rules, c, "") for c in order).strip()
    said = reading.quote(hits[0][2], keep=hits[0][3])
    message = _one_stop(f"Pitfalls found: {', '.join(names)} "
                        f"({', '.join(_q(p) for p in phrases[:4])}), in {_q(said)}. {tips}").strip()
    return Finding("pitfalls", False, message, tuple(phrases), sentence=said)


def spoken_time(seconds: int) -> str:
    """How long an answer takes to say, in the unit a listener would use: "about 75 seconds",
    and past ``FAR_SECONDS`` "about 30 minutes" (nobody hears "1807 seconds")."""
    if seconds <= FAR_SECONDS:
        return f"about {seconds} seconds"
    minutes = round(seconds / 60)
    return f"about {minutes} minutes"


def _length(rules: Rules, words: int, seconds: int, truncated: bool = False) -> Finding:
    said = f"{words} words, {spoken_time(seconds)} spoken"
    if MIN_SECONDS <= seconds <= MAX_SECONDS:
        return Finding("length", True,
                       f"{said}: within {MIN_SECONDS} to {MAX_SECONDS} seconds.")
    if seconds < MIN_SECONDS:
        tip = suggest(rules, "length_short", suggest(rules, "length", ""))
        return Finding("length", False, f"{said}: under {MIN_SECONDS} seconds. {tip}".strip())
    tip = suggest(rules, "length_long", suggest(rules, "length", ""))
    over = f": over {MAX_SECONDS} seconds."
    if seconds > FAR_SECONDS:
        tip = suggest(rules, "length_far", tip)
        over = f", far past the {MAX_SECONDS} seconds of a spoken answer."
    if truncated:
        tip += f" Only the first {MAX_CHECKED_CHARS:,} characters were read."
    return Finding("length", False, f"{said}{over} {tip}".strip())


_MISSING_WORDS = {"telegram": "say it in full sentences, as you would to the hiring manager",
                  "length": "cut it to the one story you would tell in two minutes",
                  "skill_growth": "name a skill the job grew",
                  "company_result": "add a result for the organisation",
                  "pitfalls": "take out the pitfalls"}
_STRONGER_WORDS = {"quantified": "a number in the result",
                   "used_later": "where you used the grown skill later"}


# A telegram: a short answer of clipped fragments ("Learned rota planning. Cut overtime 20%.
# Still use it."): fewer than this many words, and fewer than TELEGRAM_WORDS_PER_SENTENCE a
# sentence. It is never strong however many pillars its fragments touch.
TELEGRAM_WORDS = 30
TELEGRAM_WORDS_PER_SENTENCE = 6


def _telegram(words: int, reading: Reading) -> bool:
    return words < TELEGRAM_WORDS and words < TELEGRAM_WORDS_PER_SENTENCE * len(reading.sentences)


def _verdict(findings: Sequence[Finding], telegram: bool = False,
             far_too_long: bool = False) -> Verdict:
    """Strong with both pillars and no pitfall, unless the answer is a telegram or takes far
    longer to say than any spoken answer (``FAR_SECONDS``: "length" is then missing, as a
    30-minute answer is no strong spoken answer however many claims it holds)."""
    ok = {f.code: f.ok for f in findings}
    ok["telegram"] = not telegram
    ok["length"] = not far_too_long
    missing = tuple(c for c in ("telegram", "length", "skill_growth", "company_result",
                                "pitfalls") if not ok.get(c))
    stronger = tuple(c for c in ("quantified", "used_later") if not ok.get(c))
    if not missing:
        message = ("Strong: a grown skill and a result for the organisation, and no pitfall.")
        if stronger:
            message += (" Even better with " + " and ".join(_STRONGER_WORDS[c] for c in stronger)
                        + ".")
        return Verdict(True, message, (), stronger)
    todo = [_MISSING_WORDS[c] for c in missing]
    todo = todo[0] if len(todo) == 1 else ", ".join(todo[:-1]) + " and " + todo[-1]
    return Verdict(False, f"Not yet strong: {todo}.", missing, stronger)


def _arc_apart(rules: Rules, reading: Reading, found: Found, growth: Finding) -> dict:
    """Where a growth arc's end is told, for the learned second opinion, when the rules found
    no growth but read both halves of an arc that they did not join: the end before the start,
    or further from it than they join ("Within a year the other nurses came to me with it,
    which at first I'd had to look up every time"). The end sentence then counts as growth
    when the model reads it as growth more likely than not (``check_learned.HALF_TOLD_SCORE``):
    two weaker readings that agree. An arc the rules joined and found naming no skill ("On
    arrival I was a beginner. By the end I was an expert.") stays out."""
    if growth.ok or any(c.arc for c in found.bare_learning):
        return {}
    start, end = arc_ends(rules, reading)
    if start is None or end is None:
        return {}
    return {"skill_growth": [(end.start, end.end)]}


def check_answer(text: str, goals: Sequence[str] = ()) -> AnswerCheck:
    """Check an answer against the rules in the module docstring, optionally against goals."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if isinstance(goals, str):
        goals = [goals]
    try:
        goals = list(goals or ())
    except TypeError:
        goals = []
    rules, words = _rules(), count_words(text)
    seconds = _seconds(words)
    truncated = len(text) > MAX_CHECKED_CHARS
    reading = read(text[:MAX_CHECKED_CHARS], rules.grammar)
    found = read_claims(rules, reading)
    findings = [
        _skill_growth(rules, reading, found),
        _company_result(rules, reading, found),
        _quantified(rules, reading, found),
        _used_later_finding(rules, reading, found),
        _goals(rules, reading, found, goals),
        _pitfalls(rules, reading),
        _length(rules, words, seconds, truncated),
    ]
    ruled = findings[0]
    findings, learned = learned_sentences(rules, reading, found, findings,  # in other words
                                          second_opinion(findings, text[:MAX_CHECKED_CHARS],
                                                         _arc_apart(rules, reading, found,
                                                                    findings[0])))
    findings[0], learned = lesson_then_result(rules, reading, found, findings[0], ruled,
                                              learned)
    if "skill_growth" in learned and found.use_of_learned_growth():
        findings[3] = _used_later_finding(rules, reading, found)
    if "company_result" in learned and not findings[2].ok:  # its number, as a rule result's
        findings[2] = _quantified(rules, reading, found)
    if goals and findings[4].unbacked and learned:
        findings[4] = _goals(rules, reading, found, goals, learned)
    return AnswerCheck(words=words, seconds=seconds, findings=findings,
                       verdict=_verdict(findings, _telegram(words, reading),
                                        seconds > FAR_SECONDS))


@dataclass(frozen=True)
class GrowthArc:
    """Whether a text tells a growth as a start and an end, as the check reads growth arcs
    ("At first I only sent the orders; by the end I negotiated the contracts").

    Attributes:
        told: the check reads a start and an end joined as one arc.
        start: the sentence that says where it started, as typed ("" when none does).
        end: the sentence that says where it got to, as typed ("" when none does).
    """

    told: bool
    start: str = ""
    end: str = ""


def growth_arc(text: str) -> GrowthArc:
    """The check's own reading of a growth arc in ``text`` (``claims.read_claims``: a
    ``growth_before`` then a ``growth_after`` close enough to it), with each half found apart
    (``claims.arc_ends``) so that a caller can say which one is missing. Never raises."""
    text = text if isinstance(text, str) else ""
    rules = _rules()
    reading = read(text[:MAX_CHECKED_CHARS], rules.grammar)
    found = read_claims(rules, reading)
    start, end = arc_ends(rules, reading)
    # an arc of a start and an end (not a lesson named, then told, which is an arc too)
    told = start is not None and end is not None and any(c.arc and c.real for c in found.growth)
    return GrowthArc(told, reading.quote(start) if start is not None else "",
                     reading.quote(end) if end is not None else "")
