"""A result's words said as the participant typed them where the kit's frame would garble them
(issue 20, blind raters r24-r29: "not got the figure by 33.3%", "maybe 20-30%" said "by 30%",
"I booked out", a variance told as accuracy).

- ``hedged_figure``: the statement gives its own figure hedged or as a range ("maybe 20-30%",
  "roughly 25%", "20-ish", "between 5 and 8"): said as typed, never a field's figure beside it;
- ``without_no_figure``: a note that there is no figure ("not sure of the exact figure",
  "never measured it") left out of the statement, never a clause a number is joined to;
- ``hedge_added``: the field's figure said with the participant's hedge ("about 20%", "maybe
  20-30%") where they gave it only hedged (a no-figure note, or a hedged reply to the coach,
  ``reply_hedge``);
- ``spread_unnamed``: a metric of a spread ("forecast variance") that a statement of accuracy
  or improvement does not name: its figures are the spread's, said in a sentence of its own;
- ``no_subject_said``: a negated doing typed with no subject ("didn't lose a single client")
  said with its "I"; a place's state ("booked out") never said as the speaker's doing;
- ``reply_told``: a reply to the coach's number question told in words or as a rate, the
  kit's reader making a figure of it the participant never typed ("about a third", "roughly
  half", "twenty-ish percent", "1 in 5 to 1 in 20"): its figure for 04's score and its words
  kept (``SAID_KEY``), and ``words_said`` says those words where the figure would stand, never
  "by 33.3%" or "by 15 percentage points" (issue 20, blind raters r31);
- typed short hedges ("~", "c.", "ca.", "approx") said "about" (``hedge_said``);
- ``figure_note``: a note that a figure is not to be quoted ("don't quote me on this",
  "confidential", "can't share the exact figure") or is unsure ("from memory", "ballpark",
  "I'd have to check", "not sure of this number"), its words in ``data/result_voice.json``
  (``not_quoted``, ``unsure_notes``, ``clause_only``), taken out of the statement: a figure
  not to be quoted is never said (``without_figures``: "cut overtime by 18%" -> "cut
  overtime"; the coach asks for one they are happy to say), an unsure one is said "about"
  (``hedge_own``), never firmer than typed (issue 20, draft61).

Nothing here raises on any text.
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple

from .resources import load_json, per_data_folder
from .spoken import lower_first, upper_first
from .to_self import finished, self_cut
from .typed import HEDGE_WORDS as _HEDGE_WORDS
from .typed_entries import HEDGE_KEY, SAID_KEY  # the keys a hedged figure is kept in

__all__ = ["hedged_figure", "without_no_figure", "hedge_added", "reply_hedge", "spread_unnamed",
           "no_subject_said", "HEDGE_KEY", "SAID_KEY", "reply_told", "words_said", "hedge_said",
           "NOT_QUOTED", "UNSURE", "QUOTED_KEY", "figure_note", "without_figures", "hedge_own",
           "unquoted_figures", "figures_kept_out"]


_HEDGED_FIGURE = re.compile(
    r"(?<![\w.])\d[\d,.]*\s*%?\s*(?:-|–|to|or)\s*\d[\d,]*(?:\.\d+)?|"
    r"\bbetween\s+\S*\d\S*\s+and\s+\S*\d|(?<![\w.])\d[\d,.]*\s*%?\s*-?\s*(?:ish|odd)\b|"
    r"(?<![\w.])\d[\d,]*\+|"
    rf"(?:^|(?<=\s))(?:{_HEDGE_WORDS})\s*\S*\d", re.IGNORECASE)


def hedged_figure(text: str) -> bool:
    """True when ``text`` gives a figure hedged or as a range (see the module docstring): the
    statement then says its own number as typed. Gating it on the field's figure (a range
    that holds it, a hedged figure near it) was tried (draft43): held-out-10+replies' "field
    pasted" went back from 0 to 2, a field's figure pasted beside the participant's own."""
    return bool(_HEDGED_FIGURE.search(text or ""))


_NO_FIGURE = re.compile(
    r"\b(?:(?:have\s+)?not\s+got\s+(?:the|a|an|any)\s+(?:exact\s+)?(?:figures?|numbers?|data)|"
    r"(?:do\s+not|don['’]?t|didn['’]?t|did\s+not|can['’]?t|cannot)\s+(?:know|have|remember|"
    r"recall)\s+(?:the|a|an|any)?\s*(?:exact\s+|precise\s+|actual\s+)?(?:figures?|numbers?|"
    r"stats?|data|percentages?)|no\s+(?:exact\s+|hard\s+|real\s+)?(?:figures?|numbers?|data|"
    r"stats)|not\s+sure\s+(?:of|about)\s+(?:the\s+)?(?:exact\s+)?(?:figures?|numbers?|"
    r"percentages?)|(?:never|not|wasn['’]?t|didn['’]?t|did\s+not|don['’]?t)\s+(?:really\s+)?"
    r"(?:measured?|tracked|track|counted|count)(?:\s+it|\s+(?:the|any)\s+(?:figures?|numbers?))?)"
    r"\b", re.IGNORECASE)
_NOTE_SPLIT = re.compile(r"\s*(?:[,;:]|\s[-–—]\s|\(|\)|\bbut\b|\band\b)\s*", re.IGNORECASE)


def without_no_figure(statement: str) -> tuple[str, bool]:
    """The statement with its no-figure notes left out ("Sales went up, not sure of the exact
    figure" -> "Sales went up"), and whether it held one; a statement that is only such a
    note ("not got the figure") is "" (nothing to say: the coach asks)."""
    if not statement or not _NO_FIGURE.search(statement):
        return statement, False
    kept, start = [], 0
    for m in [*_NOTE_SPLIT.finditer(statement), None]:
        end = m.start() if m else len(statement)
        piece = statement[start:end]
        if piece.strip() and not _NO_FIGURE.search(piece):
            kept.append((start, end))
        start = m.end() if m else end
    if not kept:
        return "", True
    return statement[kept[0][0]:kept[-1][1]].strip(" ,;:-"), True


_FIGURE = re.compile(r"(?<![\w.])(?:[$£€¥]\s?)?\d[\d,.]*")
_HEDGE_BEFORE = re.compile(rf"\b(?:{_HEDGE_WORDS}|between)\s*$", re.IGNORECASE)


def _added_from(told: str, sentence: str) -> int | None:
    """Where the figure the reading added to ``sentence`` can start in ``told``: after the
    words ``told`` keeps of the sentence ("... a $35 threshold lifts basket size" + "from 31
    to 36"), a figure of the sentence's own ("$35") left as typed; None where the reading
    rewrote the sentence's own figures."""
    sentence = (sentence or "").rstrip(" .!?")
    kept = len(os.path.commonprefix([told, sentence]))
    own = list(_FIGURE.finditer(sentence))
    if own and own[-1].end() > kept:
        return None
    return kept if own else 0


def hedge_added(told: str, sentence: str, hedge: str) -> str:
    """``told`` with ``hedge`` ("about ", "maybe 20-", "between 5 and ") before the first
    figure the reading added to ``sentence`` (the statement said before its number), where
    the sentence gives none of its own and no hedge stands before that figure already."""
    start = _added_from(told, sentence)
    if not hedge or start is None:
        return told
    m = _FIGURE.search(told, start)
    if not m or _HEDGE_BEFORE.search(told[:m.start()]):
        return told
    return f"{told[:m.start()]}{hedge_said(hedge)}{told[m.start():]}"


_REPLY_LEAD = re.compile(rf"((?:(?:{_HEDGE_WORDS})\s+|(?:[~≈]|\bc\.|\bca\.)\s*)+)"
                         r"(?:between\s+)?$", re.IGNORECASE)
# hedges typed as a sign or a short form, said as a person says them
_SHORT_HEDGE = re.compile(r"(?:(?<![\w.])(?:ca?\.|approx\b\.?)|\bcirca\b|[~≈])\s*"
                          r"(?=[$£€¥]?\d|$)", re.IGNORECASE)


def hedge_said(words: str) -> str:
    """A hedge as said: "~", "≈", "c.", "ca.", "circa", "approx" -> "about" ("~ " ->
    "about ", "maybe approx " -> "maybe about "); other words as typed."""
    return _SHORT_HEDGE.sub("about ", words) if words else words
_RANGE_LOW = re.compile(r"^((?:[$£€¥]\s?)?\d[\d,.]*)\s*%?\s*(-|–|to|or|and)\s*(?=\S*\d)",
                        re.IGNORECASE)


def reply_hedge(reply: str, start: int, text: str) -> str:
    """The words a reply to the coach's number question gives before its number, where it
    gives the number only hedged (``text``, the number as the reply wrote it, at ``start``):
    "maybe 20-30%" -> "maybe 20-", "somewhere between 5 and 8 hours" -> "somewhere between 5
    and ", "20-ish" -> "about ", "not sure of the exact figure, maybe 10%" -> "maybe "; ""
    for a plain figure ("by 25%")."""
    lead = _REPLY_LEAD.search(reply[:start])
    # said inside the draft's sentence: "by maybe 20-30%", never "by Maybe 20-30%"; "~25%"
    # said "about 25%"
    words = hedge_said(lower_first(lead.group(1))) if lead else ""
    between = bool(re.search(r"\bbetween\s+$", reply[:start], re.IGNORECASE))
    low = _RANGE_LOW.match(text)
    if low:
        joint = {"-": "-", "–": "-"}.get(low.group(2), f" {low.group(2).lower()} ")
        if between and joint.strip() == "and":
            words += "between "
        return f"{words}{low.group(1)}{joint}"
    if words:
        return words
    if re.search(r"-?\s*(?:ish|odd)\b", reply[start + len(text):start + len(text) + 6]
                 + text, re.IGNORECASE) or _NO_FIGURE.search(reply):
        return "about "
    return ""


_SPREAD = re.compile(r"\b(?:variance|variances|spread|deviation|deviations|error|errors|"
                     r"discrepanc(?:y|ies)|gap|gaps|range|variation|tolerance)\b", re.IGNORECASE)


def spread_unnamed(metric: str, statement: str) -> bool:
    """True for a metric of a spread ("forecast variance", "estimate error") that the
    statement does not name as one ("forecast accuracy improved"): 12% to 3% is no
    accuracy, so the figures are said as the spread's own."""
    return bool(_SPREAD.search(metric or "")) and not _SPREAD.search(statement or "")


# a doing typed with no subject and a negation before its verb ("didn't lose a single client",
# "never missed a deadline", "did not have one complaint", "haven't had a fall since")
_NEGATED_DOING = re.compile(r"^(?:didn['’]?t|did\s+not|never|haven['’]?t|have\s+not|hadn['’]?t|"
                            r"had\s+not|wasn['’]?t|was\s+not)\s+(?:once\s+|ever\s+|even\s+)?"
                            r"[a-z]{2,}\b", re.IGNORECASE)
# a state typed as a participle with no object ("booked out", "sold out every night", "fully
# booked"): the place's state, not the speaker's doing
_STATE_ONLY = re.compile(r"^(?:(?:fully|completely|totally)\s+(?:booked|subscribed|staffed)\b|"
                         r"(?:booked|sold)\s+(?:out|up)\b(?!\s+(?:the|a|an|our|my|all|"
                         r"\d)))", re.IGNORECASE)


def no_subject_said(text: str) -> tuple[str, str] | None:
    """A note typed with no subject that is not a plain doing: a negated doing ("didn't lose
    a single client", "never missed a deadline") said with its "I" as typed ("own"); a
    place's state ("booked out", "fully booked every weekend"), no doing of the speaker's,
    never "I booked out" (a "phrase" the coach asks for as a sentence); else None."""
    if _NEGATED_DOING.match(text):
        return f"I {lower_first(text)}.", "own"
    if _STATE_ONLY.match(text):
        return upper_first(text) + ".", "phrase"
    return None


class Told(NamedTuple):
    """A reply's quantity told in words: its figure (a percentage), where it started for a
    change told as two rates, and the words to say."""

    value: float
    before: float | None
    words: str


_FRACTION_WORDS = r"(?:(?:a|an|one|two|three|four)[\s-]+(?:good\s+)?" \
                  r"(?:half|thirds?|quarters?|fifths?|tenths?)|half)"
_NUMBER_WORD = r"(?:\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)"
_RATE = rf"{_NUMBER_WORD}\s+(?:in|out\s+of)\s+{_NUMBER_WORD}"
# what may stand round the quantity in a reply to "by how much?": a direction, "by", a hedge,
# "less"/"fewer" after it, "I think", a question mark
_AROUND = r"(?:down|up|by|cut|fell|rose|went|dropped|reduced|increased|i\s+think|i\s+guess|" \
          r"maybe|perhaps|probably|about|around|roughly|approx(?:imately)?\.?|nearly|almost|" \
          r"just\s+(?:over|under)|over|under|less|fewer|more|lower|higher|than\s+before|" \
          r"overall|or\s+so|give\s+or\s+take)"
_TOLD_FRACTION = re.compile(rf"^(?P<lead>(?:{_AROUND}\s+)*)(?P<q>{_FRACTION_WORDS})"
                            rf"(?:\s+(?:{_AROUND}|of\s+(?:it|them|that)))*$", re.IGNORECASE)
_TOLD_ISH = re.compile(rf"^(?P<lead>(?:{_AROUND}\s+)*)(?P<q>(?P<n>{_NUMBER_WORD})\s*-?\s*ish\s*"
                       rf"(?:%|percent|per\s+cent|pc)?)(?:\s+{_AROUND})*$", re.IGNORECASE)
_TOLD_RATE = re.compile(rf"^(?P<lead>(?:{_AROUND}\s+)*)(?P<q>{_RATE})(?:\s+{_AROUND})*$",
                        re.IGNORECASE)
_TOLD_RATES = re.compile(rf"^(?:{_AROUND}\s+)*(?:from\s+)?(?P<a>{_RATE})\s*(?:to|->|\u2192|-)\s*"
                         rf"(?P<b>{_RATE})(?:\s+{_AROUND})*$", re.IGNORECASE)
_RATE_PARTS = re.compile(rf"(?P<n>{_NUMBER_WORD})\s+(?:in|out\s+of)\s+(?P<d>{_NUMBER_WORD})$",
                         re.IGNORECASE)
_LEAD_KEPT = re.compile(r"\b(?:maybe|perhaps|probably|about|around|roughly|approx(?:imately)?\.?|"
                        r"nearly|almost|just\s+(?:over|under)|over|under)\b", re.IGNORECASE)


def _value_of(word: str) -> float | None:
    from .number_words import parse_digits, parse_words, vocabulary
    word = " ".join(word.replace("-", " ").split())
    return parse_digits(word) if word[:1].isdigit() else parse_words(word, vocabulary())


def _fraction_value(words: str) -> float | None:
    from .number_words import vocabulary
    v = vocabulary()
    parts = words.lower().replace("-", " ").split()
    if parts[-1] == "half" and (len(parts) == 1 or parts[0] in ("a", "an", "one")):
        return 50.0
    count = v.fraction_counts.get(parts[0]) if len(parts) > 1 else None
    share = v.fractions.get(parts[-1])
    return round(count * share, 1) if count and share else None


def _rate_value(words: str) -> float | None:
    m = _RATE_PARTS.match(words)
    n, d = (_value_of(m.group("n")), _value_of(m.group("d"))) if m else (None, None)
    return round(100 * n / d, 1) if n is not None and d and 0 < n < d else None


def reply_told(reply: str) -> Told | None:
    """A reply to "by how much?" told in words or as two rates, whole ("about a third",
    "maybe a third less", "roughly half", "twenty-ish percent", "20-ish%", "around 2 in 10",
    "from 1 in 5 to 1 in 20"): its figure as a percentage and the words the draft says
    ("about a third", "twenty-ish percent", "from 1 in 5 to 1 in 20"); the hedge kept once,
    a "less" or a direction left to the sentence's own verb. None for any other reply (a
    figure typed in digits is read as before, its hedge kept by ``reply_hedge``)."""
    text = " ".join(str(reply or "").split()).strip(" .!?,;")
    if not text or len(text) > 80:
        return None
    m = _TOLD_RATES.match(text)
    if m:
        a, b = (_RATE_PARTS.match(" ".join(m.group(k).split())) for k in "ab")
        values = [(_value_of(r.group("n")), _value_of(r.group("d"))) for r in (a, b) if r]
        if len(values) == 2 and all(n is not None and d and 0 < n < d for n, d in values):
            (n1, d1), (n2, d2) = values
            words = f"from {' '.join(m.group('a').split())} to {' '.join(m.group('b').split())}"
            return Told(round(100 * n2 / d2, 1), round(100 * n1 / d1, 1), words)
        return None
    for pattern in (_TOLD_FRACTION, _TOLD_ISH, _TOLD_RATE):
        m = pattern.match(text)
        if not m:
            continue
        q = " ".join(m.group("q").split())
        value = _fraction_value(q) if pattern is _TOLD_FRACTION else _rate_value(q) \
            if pattern is _TOLD_RATE else _value_of(m.group("n"))
        if value is None or not 0 < value <= 1000:
            return None
        if pattern is _TOLD_ISH:
            q = re.sub(r"\s*-?\s*ish\s*(?:%|percent|per\s+cent|pc)?$", "-ish percent", q,
                       flags=re.IGNORECASE)
        lead = " ".join(w.group(0).lower() for w in _LEAD_KEPT.finditer(m.group("lead"))) \
            if pattern is not _TOLD_ISH else ""  # "-ish" is its hedge: said once
        return Told(float(value), None, hedge_said(f"{lead} {q}".strip()))
    return None


_SAID_FIGURE = re.compile(r"(?:\bfrom\s+)?(?:[$£€¥]\s?)?\d(?:[\d,.]*\d)?(?:\s*(?:%|"
                          r"percent(?:age points?)?|percentage points?))?(?:\s+to\s+"
                          r"(?:[$£€¥]\s?)?\d(?:[\d,.]*\d)?(?:\s*(?:%|percent))?)?",
                          re.IGNORECASE)


def words_said(told: str, sentence: str, words: str) -> str:
    """``told`` with the figure the reading added to ``sentence`` said in the participant's
    ``words`` (``reply_told``): "by 33.3%" -> "by about a third", "from 20% to 5%" -> "from 1
    in 5 to 1 in 20"; a hedge the reading put before it is not said twice; ``told`` as it is
    where the sentence gives a figure of its own or the reading added none."""
    start = _added_from(told, sentence)
    if not words or start is None:
        return told
    m = _SAID_FIGURE.search(told, start)
    if not m:
        return told
    head, tail = told[:m.start()], told[m.end():]
    head = re.sub(rf"(?:\b(?:{_HEDGE_WORDS})\s*)+$", "", head, flags=re.IGNORECASE)
    if words.lower().startswith("from "):
        head = re.sub(r"\b(?:by|down|up|from)\s+$", "", head, flags=re.IGNORECASE)
    elif m.group(0).lower().startswith("from"):
        return told  # a change told from and to: the reply's share is not its words
    return f"{head}{words}{tail}"


# --- a figure the participant qualified: not to be quoted, or unsure (issue 20, draft61) ---

NOT_QUOTED, UNSURE = "not_quoted", "unsure"
# the key of ``Result.extra`` that keeps a statement as typed with a figure not to be quoted,
# where a reply to the coach gave one the participant is happy to say (``reply_read``)
QUOTED_KEY = "statement_not_quoted"
# the short forms a mark's word may be typed in ("don't" or "do not")
_SPELLED = {"don't": "(?:don['’]?t|do\\s+not)", "can't": "(?:can['’]?t|cannot|can\\s+not)",
            "i'd": "(?:i['’]?d|i\\s+would)", "i'm": "(?:i['’]?m|i\\s+am)",
            "that's": "(?:that['’]?s|that\\s+is)", "won't": "(?:won['’]?t|will\\s+not)"}
# what may stand round a mark in a clause that is only the mark ("the figures are
# confidential", "don't quote me on this though", "I'm not sure tbh")
_FILLER = frozenset("""please but and so though tbh honestly on about this that it these those the
    exact actual real figure figures number numbers data percentage percentages stats is are was
    were be it's that's thats its sorry really all i i'm am here for now btw note nb ps just a bit
    anyway though totally 100% quite no""".split())
_CLAUSE = re.compile(r"\s*(?:[,;:()\[\]]|\s[-–—]\s|(?<=\d)\s*[-–—]\s|\.\s|\bbut\b|\band\b)\s*",
                     re.IGNORECASE)
_NOTE_TAIL = re.compile(r"(?:\s+(?:on|about)\s+(?:this|that|it|these|those|the\s+(?:exact\s+)?"
                        r"(?:figures?|numbers?|percentages?))|\s+(?:though|tbh|sorry|exactly|"
                        r"for\s+now))*", re.IGNORECASE)
_A_FIGURE = re.compile(r"\d")


def _mark_rx(phrases: list[str], after_figure: bool = False) -> re.Pattern:
    """The phrases as one pattern, longest first, each word in its typed forms; with
    ``after_figure``, only right after a figure ("40% or so", "12 or so")."""
    alts = []
    for phrase in sorted({p.lower() for p in phrases if isinstance(p, str) and p.strip()},
                         key=len, reverse=True):
        words = [_SPELLED.get(w, re.escape(w).replace("'", "['’]?")) for w in phrase.split()]
        alts.append(r"\s+".join(words))
    if not alts:
        return re.compile(r"(?!)")
    body = r"(?<![\w'’])(?:" + "|".join(alts) + r")(?![\w'’])"
    return re.compile(rf"(?:(?<=\d)|(?<=\d%))\s+{body}" if after_figure else body,
                      re.IGNORECASE)


@per_data_folder
def _marks() -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    """Per mark (not quoted, unsure): its patterns anywhere in a clause that holds the figure,
    and those that count only as a clause of their own (``clause_only``)."""
    data = load_json("result_voice.json")
    data = data if isinstance(data, dict) else {}
    only = {p.lower() for p in data.get("clause_only", []) if isinstance(p, str)}
    after = {p.lower() for p in data.get("after_figure", []) if isinstance(p, str)}
    out = []
    for mark, key in ((NOT_QUOTED, "not_quoted"), (UNSURE, "unsure_notes")):
        phrases = [p for p in data.get(key, []) if isinstance(p, str)]
        out.append((mark, _mark_rx([p for p in phrases if p.lower() not in only | after]),
                    _mark_rx([p for p in phrases if p.lower() in only])))
    # a figure's own doubt, right after it ("40% or so"), never a time's ("a year or so")
    out.append((UNSURE, _mark_rx(sorted(after), after_figure=True), _mark_rx([])))
    return tuple(out)


def _only_filler(text: str) -> bool:
    return all(w in _FILLER for w in re.findall(r"[\w'’%]+", text.lower().replace("’", "'")))


# a note's verb whose object is the rest of its clause ("need to check [that with the
# revenue manager first]", "don't put the number [in yet]")
_TASK_END = re.compile(r"(?:check|checked|confirm|verify|put|use|say|quote)$", re.IGNORECASE)


def _marks_in(clause: str) -> list[tuple[int, int, str, bool]]:
    """The marks ``clause`` holds, each (start, end with its tail, mark, only as a clause);
    one mark where two overlap (the longer, read first); a mark that ends on a task's verb
    takes the rest of the clause, its object, with it."""
    found: list[tuple[int, int, str, bool]] = []
    for mark, anywhere, alone in _marks():
        for rx, whole_only in ((anywhere, False), (alone, True)):
            for m in rx.finditer(clause):
                if re.match(r"\s+in\b", clause[m.end():], re.IGNORECASE) and \
                        re.search(r"(?:believe|think|reckon)$", m.group(0), re.IGNORECASE):
                    continue  # "I believe in ...": a belief, no doubt about a figure
                if not any(a < m.end() and m.start() < b for a, b, _k, _o in found):
                    end = len(clause) if _TASK_END.search(m.group(0)) and not \
                        _A_FIGURE.search(clause[m.end():]) else \
                        _NOTE_TAIL.match(clause, m.end()).end()
                    found.append((m.start(), end, mark, whole_only))
    return found


def _note_in(clause: str, field_figure: bool) -> tuple[str, str] | None:
    """(mark, the clause with the note taken out) where ``clause`` holds a note that its
    figure is not to be quoted or is unsure: "" where the clause is only notes ("commercially
    sensitive, so no figure please"); None where it holds none, or only ``clause_only``
    marks among other words ("confidential files")."""
    found = _marks_in(clause)
    if not found:
        return None
    mark = NOT_QUOTED if any(k == NOT_QUOTED for _a, _b, k, _o in found) else UNSURE

    def cut(spans: list[tuple[int, int, str, bool]]) -> str:
        rest, last = [], 0
        for a, b, _k, _o in sorted(spans):
            rest.append(clause[last:a] if a > last else "")
            last = max(last, b)  # a task's mark may reach over the next one
        return " ".join(("".join(rest) + " " + clause[last:]).split())

    if _only_filler(cut(found)):
        return mark, ""
    inside = [f for f in found if not f[3]]
    if not inside or not (_A_FIGURE.search(clause) or field_figure):
        return None
    mark = NOT_QUOTED if any(k == NOT_QUOTED for _a, _b, k, _o in inside) else UNSURE
    rest = cut(inside).strip(" ,;:-–—")
    # what the note's words leave hanging goes with them ("the 180k is [a rough number]")
    return mark, rest if finished(rest) else ""


def figure_note(statement: str, field_figure: bool = False) -> tuple[str, str]:
    """The statement with a note about its figure taken out, and what the note says:
    ``NOT_QUOTED`` ("Cut overtime by 18%, don't quote me on this", "(confidential)", "can't
    share the exact figure"), ``UNSURE`` ("from memory", "ballpark", "not sure of this number",
    "I'd have to check", "I think we cut ...") or "" (none: the statement as it is). A mark
    counts as a clause of its own, or inside a clause that holds a figure (the statement's own,
    or with ``field_figure`` the fields'); ``clause_only`` marks ("confidential", "not sure")
    only as a clause of their own, so "I kept confidential files" and "not sure at first, but
    the audit confirmed 12%" are said as typed. Never raises."""
    text = " ".join((statement or "").split())  # one space between words: linear reading
    if not text:
        return statement, ""
    # a remark its writer typed to themselves first ("- need to check the exact year", "(rough
    # number)"): taken out whole, never word by word; one that doubts the figure is unsure
    cut, doubted = self_cut(text)
    if cut != text:
        statement = text = cut
    found, kept, start, sep = "", [], 0, ""
    for m in [*_CLAUSE.finditer(text), None]:
        end = m.start() if m else len(text)
        clause = text[start:end]
        if not clause.strip():
            start = m.end() if m else end
            continue
        note = _note_in(clause, field_figure)
        # the separator just before the clause: a note left out between two takes its own
        # with it ("40% - not for quoting, it took 2 yrs" -> "40%, it took 2 yrs")
        joint = sep if kept else ""
        if note is None:
            kept.append(joint + clause)
        else:
            found = NOT_QUOTED if NOT_QUOTED in (found, note[0]) else note[0]
            if note[1]:
                kept.append(joint + note[1])
        sep = m.group(0) if m else ""
        start = m.end() if m else end
    if not found:
        return statement, UNSURE if doubted else ""
    said = "".join(kept).strip(" ,;:-–—([")
    said = re.sub(r"\(\s*$|\s+\)", "", said).strip(" ,;:-–—")
    return said, found


# a figure with what says it: its hedge, its preposition, a from-to, its unit of % or money;
# a figure told in words ("about a third", "by half", "from 1 in 5 to 1 in 20")
_HEDGES_BEFORE = rf"(?:(?:{_HEDGE_WORDS})\s+|[~\u2248]\s*)?"
_COUNT_WORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|" \
              r"a\s+hundred)"
_NUM = rf"(?:{_COUNT_WORD}\s+(?:in|out\s+of)\s+{_COUNT_WORD}\b|" \
       r"(?:a|an|one|two|three)[\s-]+(?:good\s+)?(?:half|thirds?|quarters?|fifths?|tenths?)\b|" \
       r"[$£€¥]?\s?\d[\d,.]{0,15}(?:\s?(?:%|percent|per\s+cent|pc|k|m|bn|million|billion|" \
       r"thousand|points?|percentage\s+points?)\b|%)?)"
# what the figure is counted in ("£400k/yr", "40 a week"): left out with it
_EACH = r"(?:\s*/\s*(?:yr|year|annum|month|mo|week|wk|day|shift)\b|\s+(?:a|per|each)\s+" \
        r"(?:year|month|week|day|shift|night)\b)"
# a time as the figure itself ("to 6 minutes", "by 2 days"), left out with it
_TIMED = rf"(?:{_NUM}(?:\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?)\b)?)"
_SAID_NUMBER = re.compile(
    rf"(?:\s+(?:by|to|of|at)\s+{_HEDGES_BEFORE})?\s+from\s+{_HEDGES_BEFORE}{_NUM}\s*"
    rf"(?:to|-|–|->|→)\s*{_HEDGES_BEFORE}{_TIMED}|"
    rf"(?:\s+(?:by|to|of|at|from)\b)?\s+{_HEDGES_BEFORE}{_NUM}(?:\s*(?:-|–|to|or)\s*"
    rf"{_NUM})?(?:\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?)\b)?"
    rf"{_EACH}?(?:\s+(?:or\s+so|ish))?|\s+(?:by|in)\s+half\b|^{_HEDGES_BEFORE}{_NUM}\s*",
    re.IGNORECASE)
# a time the change took is no figure of the change ("in 6 months", "over 2 yrs"): kept
_PERIOD = re.compile(r"\b(?:over|in|within|for|across|during|after|took|taking|lasted)\s+"
                     r"(?:the\s+)?(?:first\s+|last\s+|past\s+|next\s+)?(?:about\s+|around\s+)?\d[\d.,]*\s*(?:days?|"
                     r"weeks?|months?|years?|yrs?|hours?|hrs?|quarters?|terms?|semesters?)\b|"
                     r"\b(?:in|since|during|until|till)\s+(?:(?:early|late|mid)[\s-]+)?"
                     r"(?:19|20)\d\d\b(?![.,]?\d|\s*%|\s+(?:to|-)\s+\d)",  # "in 2022": when
                     re.IGNORECASE)
# a clause of the statement (a comma, a semicolon, a spaced dash, "but" between them)
_FIGURE_CLAUSE = re.compile(r"\s*(?:[,;]|\s[-–—]\s|\bbut\b)\s*", re.IGNORECASE)
# what a removed figure leaves hanging: a "was" or a "think it was" that said only it
_FIGURE_WAS = re.compile(r"(?:\b(?:was|were|is|are|be|been|being|it['’]?s|that['’]?s|"
                         r"thats|its)|[=:])\s*$", re.IGNORECASE)
# a time after a figure a "was" said ("it was about 11k [over the summer]"): no more said
_WHEN_AFTER = re.compile(r"\s*(?:over|in|during|across|within|for|since|last|this|that|a|"
                         r"per|each|every|/)\b", re.IGNORECASE)
_HOLLOW_WORDS = frozenset("""i i'd i'm think thought guess reckon believe it it's its that's
    thats that this was were is are be been about around roughly over under approx maybe
    probably perhaps so or just only a the and but though total in all""".split())


def _figures_out(clause: str) -> str | None:
    """The clause with its figures left out (a time it took kept), or None where it then
    says nothing whole: the figure was what a "was" said ("think it was about 180k"), or
    only hedges and pronouns are left."""
    periods: list[str] = []

    def keep(m: re.Match) -> str:
        periods.append(m.group(0))
        return f"\ue000{len(periods) - 1}\ue001"
    text = " " + _PERIOD.sub(keep, clause)
    parts, last, hanging = [], 0, False
    for m in _SAID_NUMBER.finditer(text):
        parts.append(text[last:m.start()])
        # "it was about 180k (over 2 yrs)": the figure was all the "was" said
        after = re.sub(r"\ue000\d+\ue001", "", text[m.end():])
        hanging = hanging or bool(_FIGURE_WAS.search(text[:m.start()]) and (
            _hollow(after) or _WHEN_AFTER.match(after)))
        last = m.end()
    if not parts:
        return clause
    said = "".join(parts) + (" " if text[last:last + 1].isalnum() else "") + text[last:]
    said = re.sub(r"\ue000(\d+)\ue001", lambda m: periods[int(m.group(1))], said)
    said = " ".join(said.split()).strip(" ,;:-–—")
    if hanging or not said or _hollow(_PERIOD.sub("", said)):
        return None
    return said


def _hollow(text: str) -> bool:
    """True where ``text`` holds only hedges, pronouns and the like: nothing said."""
    return all(w.replace("’", "'") in _HOLLOW_WORDS for w in re.findall(r"[\w'’]+",
                                                                         text.lower()))


def without_figures(statement: str) -> str:
    """The statement with every figure it types left out, with the word that leads it ("Cut
    overtime by 18%" -> "Cut overtime", "grew sales from $1.2m to $1.9m" -> "grew sales",
    "I trained 14 new nurses" -> "I trained new nurses", "by about a third" and "from 1 in 5
    to 1 in 20" too): the change in words, for a figure the participant asked not to be
    quoted. The time it took stays ("in 6 months"); a clause that said only the figure ("-
    think it was about 180k") goes whole, never left hanging ("think it was"). Never raises."""
    text = " ".join((statement or "").split())
    kept, joint, start = [], "", 0
    for m in [*_FIGURE_CLAUSE.finditer(text), None]:
        end = m.start() if m else len(text)
        said = _figures_out(text[start:end])
        if said:
            kept.append((joint if kept else "") + said)
        joint = m.group(0) if m else ""
        start = m.end() if m else end
    return "".join(kept).strip(" ,;:-–—")


# --- a figure not to be quoted, wherever the entries say it again (issue 20, draft67) ---

_MULTIPLIER = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_FRACTION = {"half": 50.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_A_NUM = re.compile(_NUM, re.IGNORECASE)


def _figure_key(words: str) -> tuple[float, bool] | None:
    """A figure as (value, is a share) to know it wherever it is typed ("180k", "£180,000";
    "18%", "18 percent"; "a third", "about a third"); None for a bare small number ("3"),
    a rate or a date, too common to tell apart."""
    low = " ".join(words.lower().split())
    for name, share in _FRACTION.items():
        if re.search(rf"\b{name}", low):
            m = re.match(r"(two|three)\b", low)
            return share * (2 if m and m.group(1) == "two" else 3 if m else 1), True
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(k|m|bn|million|billion|thousand|%|percent|per\s+cent|"
                  r"pc)?\b", low)
    if not m or " in " in low or " out of " in low:
        return None
    value = float(m.group(1).replace(",", ""))
    unit = m.group(2) or ""
    share = unit.startswith(("%", "per", "pc")) or low.endswith("%")
    value *= _MULTIPLIER.get(unit, 1.0)
    if not share and (value < 10 or 1900 <= value <= 2100):
        return None
    return round(value, 1), share


def _figure_keys(text: str) -> set[tuple[float, bool]]:
    """The figures ``text`` types (a time it took aside: "over 2 yrs")."""
    keys = (_figure_key(m.group(0)) for m in _A_NUM.finditer(_PERIOD.sub(" ", text)))
    return {k for k in keys if k is not None}


def unquoted_figures(results) -> frozenset:
    """The figures the participant asked not to be quoted: those typed in a result's
    statement noted so ("cut overtime by 18%, don't quote me"), and its fields' while no
    reply gave one they are happy to say (``QUOTED_KEY``)."""
    keys: set[tuple[float, bool]] = set()
    for result in results:
        typed = result.extra.get(QUOTED_KEY) or result.statement
        said, note = figure_note(typed, True)
        if note != NOT_QUOTED:
            continue
        keys |= _figure_keys(said)
        if not result.extra.get(QUOTED_KEY):
            share = (result.unit or "").strip() == "%"
            keys |= {(round(float(v), 1), share) for v in (result.value, result.from_value)
                     if v is not None and (share or abs(float(v)) >= 10)}
    return frozenset(keys)


_STOPS = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'\u201c])")


def figures_kept_out(text: str, figures: frozenset) -> str:
    """``text`` with every sentence that says one of ``figures`` (``unquoted_figures``) told
    without it ("I rebuilt the rota so overtime fell 18% in a year" -> "... so overtime fell
    in a year"), or left out where nothing whole is left: a participant's wish not to quote a
    figure holds in every note that says it again."""
    if not figures or not text:
        return text
    kept = []
    for sentence in _STOPS.split(text.strip()):
        if _figure_keys(sentence) & figures:
            stop = re.search(r"[.!?]+[\"'\u201d\u2019)]*$", sentence)
            said = without_figures(sentence[:stop.start()] if stop else sentence)
            sentence = f"{said}{stop.group(0) if stop else '.'}" if finished(said) else ""
        if sentence:
            kept.append(sentence)
    return " ".join(kept)


_FIRST_FIGURE = re.compile(r"(?<![\w.])[$£€¥]?\d")


def hedge_own(statement: str) -> str:
    """The statement with "about" before its first figure, for a figure the participant
    marked unsure ("fell by 40%" -> "fell by about 40%", "went from 54% to 81%" -> "went from
    about 54% to 81%"); as it is where a hedge stands there already or it types no figure."""
    m = _FIRST_FIGURE.search(statement or "")
    if not m or re.match(r"[$£€¥]?\d[\d,.]*\+", statement[m.start():]):
        return statement  # no figure, or "40+" ("over 40"): hedged as typed
    head = statement[:m.start()]
    if _HEDGE_BEFORE.search(head) or re.search(r"[~\u2248]\s*[$£€¥]?$", head) or re.search(
            r"\b(?:between|from\s+(?:" + _HEDGE_WORDS + r")\s*)\s*$", head, re.IGNORECASE):
        return statement  # "~£400k" is hedged as typed too
    # "from about 54% to 81%": the hedge beside its figure, so a note's "X down from" or "X
    # from" keeps its words together and its verb is said before them ("handle time went from
    # about 9 to 6"), never "handle time roughly went from" (issue 20, draft65)
    return f"{head}about {statement[m.start():]}"
