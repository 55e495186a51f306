"""A result said as the participant said it (issue 20, s20): four listener figures of
``benchmarks/draft_eval.py``, read by a sentence's structure against the role's result entries
with the benchmark's own short patterns, never the draft code's word lists, so a form taken out
of the data still shows. Blind hiring managers (r24, r25) marked these down:

- ``sole claim``: a sentence that tells a result (most of its statement's meaningful words, or
  a number of its fields; not one that tells a skill's later use, the participant's own note)
  as the speaker's alone, no word of sharing in it ("helped", "we", "us", "my team",
  "together"), where the entry says the speaker helped ("I helped the kitchen to cut ..."),
  says "we", or is a change with no subject whose scope is the team;
- ``passive no owner``: such a sentence told in the passive with nobody in it ("The cost was
  reduced ...") where the entry has an owner (it opens on "I", "we", "helped" or a past verb);
- ``too precise``: a result's sentence that gives a number where its statement says how much
  only in words ("went down a lot", "about", "over", "200+") and the sentence drops those
  words; or a number of the draft that no field holds, within a fifth of an approximate figure
  the entries give ("212" where the entries say "200+" and no field says 212);
- ``number twice``: a number a result's fields hold (its value or its from value) said in two
  sentences of one draft.

``voice`` is their sum.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

__all__ = ["voice_faults", "VOICE_CLASSES"]

VOICE_CLASSES = ("sole claim", "passive no owner", "too precise", "number twice")

_WORD = re.compile(r"[a-z][a-z'-]*")
_STOP = frozenset("""that this with from into over than they them their there were have been
    about around also just very more most much some what when which while each every after
    before then only still really helped help the and for our my your its""".split())
_SHARED = re.compile(r"\b(?:help(?:ed|ing|s)?|we|we've|we'd|us|together|my team|our team|"
                     r"the team|with the team|my crew|our crew)\b", re.IGNORECASE)
_HELPED = re.compile(r"^\s*(?:i\s+)?helped\s+(?:the|our|my)\s+(?:[\w&'-]+\s+){0,4}?to\s+",
                     re.IGNORECASE)
_HELPED_ANY = re.compile(r"^\s*(?:i\s+)?helped\b", re.IGNORECASE)
_OWNER = re.compile(r"^\s*(?:i|we|helped|\w+ed|cut|grew|ran|led|built|made|won|set|wrote|"
                    r"taught|brought|kept|got|sold|found)\b", re.IGNORECASE)
_NO_SUBJECT = re.compile(r"^\s*(?:\w+ed|cut|grew|ran|led|built|made|won|set|wrote|taught|"
                         r"brought|kept|sold|found|raise|reduce|increase|improve|grow|"
                         r"lower|save|speed|shorten)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|got|is|are)\s+(?:\w+ed|cut|built|made|run|set|"
                      r"won|led|grown|brought|kept|sold|found|taken|done)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:I|we|We|my|our|Our|My)\b")
_APPROX_WORDS = re.compile(
    r"\b(?:a lot|quite a lot|a bit|a little|slightly|significantly|sharply|dramatically|"
    r"massively|hugely|considerably|substantially|noticeably|about|around|roughly|nearly|"
    r"almost|approximately|over|more than|at least|a few|several|loads)\b|\d\+",
    re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(\+)?")
_APPROX_FIGURE = re.compile(r"(?:\b(?:about|around|roughly|nearly|almost|approximately|over|"
                            r"more than|at least|some)\s+(\d[\d,]*(?:\.\d+)?)|"
                            r"(\d[\d,]*(?:\.\d+)?)\+)", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    return {w.rstrip("s")[:6] for w in _WORD.findall((text or "").lower())
            if len(w) >= 4 and w not in _STOP}


def _values(text: str) -> set[float]:
    out = set()
    for m in _NUMBER.finditer(text or ""):
        try:
            out.add(float(m.group(1).replace(",", "")))
        except ValueError:
            continue
    return out


def _fields(result) -> set[float]:
    return {float(v) for v in (result.value, result.from_value)
            if v is not None and abs(float(v)) >= 2}


def _tells(sentence: str, result) -> bool:
    """True when ``sentence`` tells ``result``: most (60%, two or more) of its statement's
    meaningful words (the form's frame left out), or a number of its fields."""
    statement = _HELPED.sub("", result.statement or "")
    words = _stems(statement)
    said = _stems(sentence)
    if len(words) >= 2 and len(words & said) >= 0.6 * len(words):
        return True
    fields = _fields(result)
    return bool(fields) and bool(fields & _values(sentence))


def _shared_entry(result) -> bool:
    """True when the entry says the speaker helped or did it with others."""
    statement = " ".join((result.statement or "").split())
    if _HELPED_ANY.match(statement) or re.match(r"^\s*(?:we|our team|my team)\b", statement,
                                                re.IGNORECASE):
        return True
    change = result.from_value is not None or (result.kind or "") == "change"
    return (result.scope or "") == "team" and change and bool(_NO_SUBJECT.match(statement)) \
        and not re.search(r"\bteam\b", statement, re.IGNORECASE)


def _too_precise(sentence: str, result) -> bool:
    approx = _APPROX_WORDS.search(result.statement or "")
    if not approx or not _values(sentence) - _values(result.statement or ""):
        return False
    return approx.group(0).lower() not in sentence.lower()


def _approx_figures(role) -> set[float]:
    texts = [role.summary, role.personal_value]
    texts += [t for s in role.skills for t in (s.used_later, s.how_far)]
    texts += [t for r in role.results for t in (r.statement, r.my_part)]
    out = set()
    for text in texts:
        for m in _APPROX_FIGURE.finditer(text or ""):
            try:
                out.add(float((m.group(1) or m.group(2)).replace(",", "")))
            except ValueError:
                continue
    return out


def _later_note(sentence: str, role) -> bool:
    """True when ``sentence`` tells a grown skill's later use (most of its note's words): the
    participant's own words of another time, not the result's."""
    return any(len(_stems(s.used_later)) >= 2 and len(_stems(s.used_later) & _stems(sentence))
               >= 0.6 * len(_stems(s.used_later)) for s in role.skills)


def _result_faults(said: list[str], result, role) -> list[tuple[str, str]]:
    """The faults of the sentences that tell one result (a later use's note left out)."""
    out: list[tuple[str, str]] = []
    for sentence in (s for s in said if _tells(s, result) and not _later_note(s, role)):
        if _shared_entry(result) and not _SHARED.search(sentence) \
                and re.search(r"\bI\b", sentence):
            out.append(("sole claim", sentence))
        elif _OWNER.match(result.statement or "") and _PASSIVE.search(sentence) \
                and not _PERSON.search(sentence):
            out.append(("passive no owner", sentence))
        if _too_precise(sentence, result):
            out.append(("too precise", sentence))
    for value in _fields(result):
        holding = [s for s in said if value in _values(s)]
        if len(holding) > 1:
            out.append(("number twice", holding[1]))
    return out


def voice_faults(text: str, role) -> list[tuple[str, str]]:
    """The draft's sentences that say a result otherwise than its entry, by class."""
    if role is None or not text:
        return []
    said = sentences(text)
    out = [fault for result in role.results for fault in _result_faults(said, result, role)]
    fields = {v for r in role.results for v in _fields(r)}
    approx = _approx_figures(role)
    for sentence in said:
        for value in _values(sentence) - fields - approx:
            if any(a and value != a and abs(value - a) <= 0.2 * a for a in approx):
                out.append(("too precise", sentence))
    return out
