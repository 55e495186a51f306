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
"""

from __future__ import annotations

from .numbers import has_quantity
from .resources import load_json, per_data_folder

__all__ = ["acts_before", "told_after"]

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
    ws, past = reading.words, _past_forms()
    for i in range(sentence.lo, sentence.hi):
        if ws[i].lower not in _SUBJECTS:
            continue
        for j in range(i + 1, min(i + 4, sentence.hi)):
            low = ws[j].lower
            if low in not_acts:
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
