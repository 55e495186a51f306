"""A result's metric field pasted into a statement, and a hedge spliced with a figure (issue 20,
blind raters r27).

``field_pasted(text, role)``: the draft's sentences whose head before a verb of change is no
noun phrase, whatever it came from (a note's head, a metric), and those that say a result's
``metric`` field, as typed, in a place only a noun phrase can stand ("<metric> went from",
"worth ... in <metric>", "with <metric> at", "of <metric>") where the metric is no noun
phrase: it opens on a preposition or a joining word ("by the glass"), ends on a word that
waits for more ("crew of", "sales and"), holds a verb's base form after its first word
("revenue grow"), or is a single past form ("raised"): heard as the kit's glue, not the
participant's English.
A metric said twice about the same change ("He went from 2 days to full time. Days in class per
week went from 2 to 5.") is pasted too: the statement told the change already.

``hedge_spliced(text)``: the draft's sentences that say the participant has no figure ("not got
the figure", "don't know the exact number") beside a figure: a note of theirs glued to a
number of the kit's.

Read here with the benchmark's own word lists, not the kit's data.
"""

from __future__ import annotations

import re

__all__ = ["field_pasted", "hedge_spliced"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*")
_OPENERS = frozenset("by with in on at for to from of per and or but via through after "
                     "before during".split())
_WAITING = frozenset("of to for by with in on at from and or the a an per our my "
                     "their".split())
# verbs a metric or a note's head may hold where a noun phrase would not ("revenue grow",
# "raised"): base forms after a first word, and any of these alone; written from general job
# vocabulary
_BASE = frozenset("grow increase improve reduce decrease manage raise save sell achieve boost "
                  "lower expand".split())
_VERBS = _BASE | frozenset("grew grown increased improved reduced decreased managed raised saved "
                           "sold made ran led built hired trained won got did went rose dropped "
                           "lowered boosted handled delivered opened closed collected served "
                           "processed".split())
_NOUN_EDS = frozenset("need speed feed seed bed shed red breed".split())
_PLACES = (r"{m}\s+(?:went|rose|fell|dropped|grew|changed)\b",
           r"\b(?:in|of|with|at)\s+{m}\b", r"\bwith\s+{m}\s+at\b")
_NO_FIGURE = re.compile(
    r"\b(?:(?:have\s+)?not\s+got\s+(?:the|a|an)\s+(?:exact\s+)?(?:figure|number)|"
    r"(?:do\s+not|don['’]t|didn['’]t|did\s+not)\s+(?:know|have|remember)\s+(?:the|a|an)?\s*"
    r"(?:exact\s+)?(?:figure|number|numbers|figures)|no\s+(?:exact\s+)?(?:figure|figures|"
    r"numbers?|data)|not\s+sure\s+(?:of|about)\s+the\s+(?:figure|number)|"
    r"(?:never|not)\s+measured)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _metric(text: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", text or "")
    return " ".join(text.replace("%", " ").split()).strip(" .,;:").lower()


def _not_a_noun_phrase(metric: str) -> bool:
    words = [w.lower() for w in _WORD.findall(metric)]
    if not words:
        return False
    if words[0] in _OPENERS or words[-1] in _WAITING:
        return True
    if len(words) == 1:
        return words[0] in _VERBS or (words[0].endswith("ed") and words[0] not in _NOUN_EDS)
    return any(w in _BASE for w in words[1:])


def _told_change(statement: str) -> bool:
    return bool(re.search(r"\bfrom\b.*\bto\b", statement or "", re.IGNORECASE)) and bool(
        _DIGIT.search(statement or ""))


def field_pasted(text: str, role) -> list[str]:
    """The sentences of ``text`` that paste a result's metric field (see the docstring)."""
    if role is None or not text:
        return []
    sentences = _SENTENCE.split(text)
    out: list[str] = [s for s in sentences if _head_pasted(s)]
    for result in getattr(role, "results", ()):
        metric = _metric(getattr(result, "metric", ""))
        if not metric or getattr(result, "value", None) is None:
            continue
        if metric in (result.statement or "").lower():
            continue  # the participant's own sentence names it: said as typed
        rx = [re.compile(p.format(m=re.escape(metric)), re.IGNORECASE) for p in _PLACES]
        for sentence in sentences:
            if sentence in out or not any(r.search(sentence) for r in rx):
                continue
            if _not_a_noun_phrase(metric) or (
                    _told_change(result.statement) and rx[0].search(sentence)):
                out.append(sentence)
    return out


# a sentence's head before a verb of change: "<head> went up to 35", ", and <head> went by"
_HEAD = re.compile(r"(?:^|, and )([A-Za-z][^,.;:!?]*?) (?:went|rose|fell|dropped|grew) "
                   r"(?:up|down|from|by|to)\b")
_PRONOUNS = frozenset("i we he she it they you this that".split())


def _head_pasted(sentence: str) -> bool:
    """True for a sentence whose head before "went" (or another verb of change) is no noun
    phrase ("Managed crew of went up to 35", "By the glass went from 8 to 30")."""
    for m in _HEAD.finditer(sentence):
        words = _WORD.findall(m.group(1))
        if words and words[-1].lower() not in _PRONOUNS and _not_a_noun_phrase(m.group(1)):
            return True
    return False


def hedge_spliced(text: str) -> list[str]:
    """The sentences of ``text`` that say there is no figure beside a figure."""
    return [s for s in _SENTENCE.split(text or "") if _NO_FIGURE.search(s) and _DIGIT.search(
        _NO_FIGURE.sub(" ", s))]
