"""Goal-side evidence: sentences the goals match reads as evidence beside the claims the check
reads (``claims.Found.for_goals``), for ``workshop/check_goals.py``.

- The act told just before its result: a result often comes in two sentences, what the speaker
  did and then what changed ("I rewrote the discharge leaflets in plain English. Calls from
  worried callers fell by half."). The act names what a goal asks for, the result says it
  worked; so the sentence before a result is evidence too where it tells the speaker's own
  act: "I" or "we" and a verb in the past, with no negation, wish or verb of thinking in it
  ("I know you need ...", "I never got round to ...", "I wanted to ..." are no acts). The
  act is read as part of its result (its figure is the next sentence's).
- The change told after a growth: the sentence right after a growth (an evidence sentence
  that holds no result) that tells a move or a figure, with no negation or wish, says what
  the grown skill changed, though it is told as the speaker's own doing and the check reads
  no result in it ("I learned how each tariff worked. Of the people who rang to cancel, I
  was keeping about half on, when the desk kept a third."). It is read as a result for the
  goals: its move must go the goal's way.
- The problem told before a result: a result is often told as the fix of a problem named just
  before it, the result's change then says only that the problem went ("The directors were
  double-booked most weeks because three of us wrote in the same diary. I set it up so only I
  could accept meetings; the clashes stopped."). The sentence just before the result (or
  before the act told before it) that is no claim, no wish and no question names what the
  result changed: its words are read with the result's for the goals (``problems_before``),
  never as a result of their own (its move is the problem's, not the fix's). The act must be
  the speaker's: the speaker's own act denied or habit ("I never got round to automating the
  reporting", "I used to do the rota by hand") is no state that went wrong (the speaker's
  ability or knowing denied is: "I couldn't find half the files"), and a result that
  no "I" or "we" did, in it or in the act told before it ("The new manager added it to the
  template, and queries fell by half"), fixed no problem of the speaker's.
- The start told before a growth: a growth is often told as an arc whose first sentence says
  where the speaker started ("I used to panic when six tickets came in at once. The head chef
  taught me to call the whole board out loud ..."; "I'd never touched a PLC. By year two I
  could trace a fault in the ladder logic."). That sentence names what grew, though the growth
  sentence says only how: the sentence just before a growth that is no evidence of its own, no
  wish and no question, and tells the speaker's own ability or knowing denied ("I couldn't",
  "I didn't know how to"), a "never" of the speaker's ("I'd never touched") or the speaker's
  habit ("I used to panic"), is read with the growth for the goals (``starts_before``), never
  as a claim of its own. Another's state ("the rota used to be a mess") is a problem, not
  where the speaker started.
- A loss stopped: a result that tells a loss or harm the speaker's work stopped ("I caught a
  duplicate payment of £4,000", "if I hadn't spotted it, we would have paid a fine") serves a
  goal that names a risk ("minimise financial risk", "ensure compliance"; ``risk_heads`` of
  ``data/goal_meanings.json``), though it shares no word with it (``averts``).
"""

from __future__ import annotations

from .goal_sentence import sentence_bases
from .numbers import has_quantity, quantities, team_size
from .resources import load_json, per_data_folder

__all__ = ["acts_before", "averts", "problems_before", "starts_before", "told_after",
           "told_bases"]

_SUBJECTS = frozenset(("i", "we"))


@per_data_folder
def _past_forms() -> frozenset[str]:
    """The irregular past forms the kit knows (``data/wording.json``): "built", "took"."""
    data = load_json("wording.json")
    return frozenset(data.get("irregular_past", [])) | frozenset(data.get("past_of", {}).values())


def _speaker_act(reading, sentence, not_acts: frozenset) -> bool:
    """True when the sentence tells what the speaker did: "I" or "we" and, within three words,
    a verb in the past ("I rewrote the leaflets", "we then built a rota"), with no negation or
    wish in it ("I never got round to it", "I wanted to"), no verb of ``not_acts`` ("I
    knew"; ``Meanings.not_acts``)."""
    if any(c.negations or c.wishes for c in sentence.clauses):
        return False
    return _acts_in(reading, sentence, sentence.lo, sentence.hi, not_acts)


def _acts_in(reading, sentence, lo: int, hi: int, not_acts: frozenset,
             subjects: frozenset = _SUBJECTS) -> bool:
    """True when words ``lo`` to ``hi`` hold "I" or "we" (``subjects``) and, within three
    words, a verb in the past that is no verb of ``not_acts``, and no negation of the clause
    stands between them ("I set up a board", not "I never got round to it")."""
    ws, past = reading.words, _past_forms()
    denied = {n for c in sentence.clauses for a, b in c.negations for n in range(a, b)}
    for i in range(lo, hi):
        if ws[i].lower not in subjects:
            continue
        for j in range(i + 1, min(i + 4, hi)):
            low = ws[j].lower
            if low in not_acts or j in denied:
                break
            if low in past or (len(low) > 4 and low.endswith("ed") and low.isalpha()):
                return True
    return False


def acts_before(reading, evidence: list, results: list,
                not_acts: frozenset = frozenset()) -> tuple[list, list]:
    """The evidence and result sentences with, before each result, the sentence that tells the
    speaker's act that brought it ("I rewrote the discharge leaflets in plain English. Calls
    from worried callers fell by half."): what was done names what the goal asks for, the
    result says it worked. A sentence before is no act when it recites, wishes or denies."""
    where = {id(s): k for k, s in enumerate(reading.sentences)}
    held = {id(s) for s in evidence}
    added = []
    for result in results:
        k = where.get(id(result))
        if not k:
            continue
        before = reading.sentences[k - 1]
        if id(before) not in held and _speaker_act(reading, before, not_acts):
            held.add(id(before))
            added.append(before)
    return evidence + added, results + added


def told_after(reading, evidence: list, results: list, mean) -> tuple[list, list]:
    """The evidence and result sentences with, after each growth (an evidence sentence that
    holds no result), the sentence that tells what the grown skill changed: a move or a figure
    in it, no negation or wish ("I learned to book the next visit before they left. A year on
    most of my clients were regulars and rebooking doubled.")."""
    where = {id(s): k for k, s in enumerate(reading.sentences)}
    held = {id(s) for s in evidence}
    told = {id(s) for s in results}
    added = []
    for growth in evidence:
        k = where.get(id(growth))
        if k is None or id(growth) in told or k + 1 >= len(reading.sentences):
            continue
        after = reading.sentences[k + 1]
        if id(after) in held or any(c.negations or c.wishes for c in after.clauses):
            continue
        text = reading.text[after.start:after.end]
        if mean.moves(reading.words, after.lo, after.hi) or has_quantity(text):
            held.add(id(after))
            added.append(after)
    return evidence + added, results + added


def problems_before(reading, evidence: list, results: list, mean,
                    knowing: frozenset = frozenset()) -> dict[int, object]:
    """For each result sentence (by ``id``), the sentence that names the problem it fixed: the
    sentence just before the result, or before the act told just before it (itself read as a
    result, ``acts_before``), where that sentence is no evidence of its own, has no wish in it,
    asks no question and tells a state that was wrong (denied, counted or a habit:
    "Emails used to sit for three days before anyone answered. I grouped the common questions
    into saved replies, and we got the average wait down to the same day."). A result sentence
    that opens the answer has none. ``knowing``: the verbs of knowing and thinking, past forms
    and bases ("knew", "know"): "I didn't know who to call" is a state that was wrong."""
    where = {id(s): k for k, s in enumerate(reading.sentences)}
    held = {id(s) for s in evidence}
    told = {id(s) for s in results}
    out: dict[int, object] = {}
    for result in results:
        k = where.get(id(result))
        if not k:
            continue
        j = k - 1
        if id(reading.sentences[j]) in told and j > 0:  # the act told before the result
            j -= 1
        problem = reading.sentences[j]
        text = reading.text[problem.start:problem.end]
        if id(problem) in held or any(c.wishes for c in problem.clauses) \
                or text.rstrip().endswith("?"):
            continue
        # a problem tells a state that was wrong: denied ("nobody knew who to call"), counted
        # ("double-booked most weeks because three of us wrote in it"; ``_counted``) or a
        # habit ("used to sit for three days", "kept losing"); a role, a duty, a topic or a
        # size told with none of these, or a goal's verb recited ("I'm passionate about
        # reducing churn": a move word, no state) names no problem the result fixed
        if not (_denied(reading.words, problem, knowing)
                or _counted(reading, problem, text)
                or _habit(reading.words, problem.lo, problem.hi)):
            continue
        # the fix is the speaker's: the result or the act told before it tells what "I" or
        # "we" did ("I set it up so only I could accept meetings"); a result the owner's or
        # the team's doing alone fixed no problem of the speaker's telling
        if any(_acts_in(reading, s, s.lo, s.hi, mean.not_acts, _FIXERS)
               for s in reading.sentences[j + 1:k + 1]):
            out[id(result)] = problem
    return out


_ME = frozenset(("i", "i'd", "i've", "i'm"))
# the speaker as the subject of a fix ("Once I'd set the patterns up", "we've since rebuilt")
_FIXERS = _SUBJECTS | frozenset(("i'd", "i've", "we'd", "we've"))


def _mine(ws, at: int, lo: int) -> bool:
    """True when word ``at`` is told of the speaker alone: "I", "I'd" or "I've" one or two
    words before it ("I never got round to it", "I had never", "I used to panic"): the
    speaker's own act denied or habit is no state of the organisation that went wrong."""
    return any(ws[i].lower in _ME for i in range(max(lo, at - 2), at))


def _denied(ws, sentence, not_acts: frozenset = frozenset()) -> bool:
    """True when a clause of the sentence denies a state ("Our invoices never went out with an
    order number", "we never had a key log"), or the speaker's ability or knowing ("I couldn't
    find anything in the stock room", "I didn't know who to call": a state that was wrong),
    not the speaker's own act ("I never got round to automating the reporting": no act, no
    problem the result fixed). ``not_acts``: the verbs of knowing and thinking, their past
    forms and bases ("knew", "know")."""
    return any(not _mine(ws, a, c.lo) or _unable(ws, a, b, c.hi, not_acts)
               for c in sentence.clauses for a, b in c.negations)


def _unable(ws, a: int, b: int, hi: int, knowing: frozenset) -> bool:
    """True when the negation at words ``a`` to ``b`` denies an ability ("couldn't", "could
    never", "can't") or a knowing ("didn't know", "never understood"): the verb at most two
    words after it."""
    if ws[a].lower.startswith(("could", "can")) or (a > 0 and ws[a - 1].lower == "could"):
        return True
    return any(ws[k].lower in knowing or ws[k].base in knowing for k in range(b, min(b + 2, hi)))


_RATES = frozenset(("percent", "money", "multiple", "amount"))


def _counted(reading, sentence, text: str) -> bool:
    """True when a sentence counts how bad a state was: a share, a sum or a multiple ("half
    the records had wrong numbers", "twice"), or a count that is no team's size in a sentence
    that tells no "I" ("three of us wrote in the same diary"). A size or a tenure told of the
    speaker ("I was a team leader at a call centre with 40 agents", "for three years") counts
    nothing that went wrong."""
    found = [q for q in quantities(text) if not team_size(text, q)]
    if any(q.kind in _RATES for q in found):
        return True
    ws = reading.words
    return any(q.kind == "count" for q in found) and not any(
        ws[i].lower in ("i", "i'm", "i'd", "i've") for i in range(sentence.lo, sentence.hi))


def _habit(ws, lo: int, hi: int) -> bool:
    """True when words ``lo`` to ``hi`` tell a habit of the past: "used to" before a verb, or
    "kept" before a verb's "-ing" form ("kept losing stock")."""
    return any(((ws[i].lower == "used" and ws[i + 1].lower == "to")
                or (ws[i].lower == "kept" and ws[i + 1].lower.endswith("ing")))
               and not _mine(ws, i, lo) for i in range(lo, hi - 1))


def told_bases(rules, reading, problem, mean) -> set[str]:
    """The bases of a sentence told beside a claim, the problem before a result
    (``problems_before``: what the result changed, "the same diary" before "the clashes
    stopped") or the start before a growth (``starts_before``: what grew, "panic" before "I
    learned to call the board"), a wish, a duty, a topic, a job title, a role the speaker held
    (``_role_said``) and a place of work left out as in any claim; none when there is no such
    sentence."""
    if problem is None:
        return set()
    ws = reading.words
    skip = _role_said(ws, problem.lo, problem.hi, mean.is_role) \
        | mean.settings_in(ws, problem.lo, problem.hi)
    return sentence_bases(rules, reading, problem, mean.is_role, mean, skip)


_BE = frozenset(("was", "am", "'m", "were"))


def _role_said(ws, lo: int, hi: int, is_role) -> set[int]:
    """The places of a role the speaker says they held, "I" and a form of "be" then up to four
    words ending in a role noun ("I was the volunteer coordinator at ...", "I'm a night
    porter"): a role names no thing a result changed. Each "I" looks five words on: linear."""
    out: set[int] = set()
    for i in range(lo, hi - 1):
        if ws[i].lower not in ("i", "i'm"):
            continue
        start = i + 1 if ws[i].lower == "i'm" else i + 2
        if ws[i].lower == "i" and ws[i + 1].lower not in _BE:
            continue
        for j in range(start, min(hi, start + 4)):
            if not ws[j].is_word or not ws[j].lower.isalpha():
                break
            if is_role(ws[j].lower):
                out.update(range(start, j + 1))
                break
    return out


def starts_before(reading, evidence: list, results: list,
                  knowing: frozenset = frozenset()) -> dict[int, object]:
    """For each growth (an evidence sentence that holds no result), by ``id``, the sentence
    just before it that tells where the speaker started (module docstring: "I used to panic
    when six tickets came in at once", "I'd never touched a PLC"), where that sentence is no
    evidence of its own, has no wish and asks no question. ``knowing``: the verbs of knowing
    and thinking, past forms and bases ("I didn't know how to tell a friend he was late")."""
    where = {id(s): k for k, s in enumerate(reading.sentences)}
    held = {id(s) for s in evidence}
    told = {id(s) for s in results}
    ws = reading.words
    out: dict[int, object] = {}
    for growth in evidence:
        k = where.get(id(growth))
        if not k or id(growth) in told:
            continue
        start = reading.sentences[k - 1]
        if id(start) in held or any(c.wishes for c in start.clauses) \
                or reading.text[start.start:start.end].rstrip().endswith("?"):
            continue
        if _own_start(ws, start, knowing):
            out[id(growth)] = start
    return out


def _own_start(ws, sentence, knowing: frozenset) -> bool:
    """True when the sentence tells the speaker's own starting point: their ability or knowing
    denied ("I couldn't read a drawing", "I didn't know how to"), a "never" of theirs ("I'd
    never touched a PLC") or their habit ("I used to panic"); not a state of another's ("the
    stock room used to flood", "nobody knew")."""
    if any(_mine(ws, a, c.lo) and (ws[a].lower == "never" or _unable(ws, a, b, c.hi, knowing))
           for c in sentence.clauses for a, b in c.negations):
        return True
    return any(ws[i].lower == "used" and ws[i + 1].lower == "to" and _mine(ws, i, sentence.lo)
               for i in range(sentence.lo, sentence.hi - 1))


_LOSSES = ("loss_stopped", "loss_cost", "loss_before", "loss_averted")


def averts(lists, reading, sentence) -> bool:
    """True when a result's sentence tells a loss or harm stopped (``losses.losses``' lists:
    "caught the duplicate invoices", "before it got serious", "instead of a fine") or one
    prevented, told as what would have happened ("if I hadn't caught it, we would have paid a
    penalty": ``prevented_if`` then ``prevented_loss``). One search per list: linear."""
    ws, lo, hi = reading.words, sentence.lo, sentence.hi
    if any(lists[name].search(ws, lo, hi) is not None for name in _LOSSES if name in lists):
        return True
    condition = lists["prevented_if"].search(ws, lo, hi) if "prevented_if" in lists else None
    return condition is not None and lists["prevented_loss"].search(ws, condition.end, hi) \
        is not None
