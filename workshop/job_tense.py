"""A draft about a job held now told in its tense (issue 20, draft47): the participant's own
words that frame their growth by the end of a job ("By the end I had my own checklist", "At
the end I was the contact person"), said of a job they still hold.

Blind raters marked "by the end" down in a draft about the job held now (r31: "current job
told as past"). The words stay the participant's; only the frame and the verb forms the kit
is sure of change (``held_now``):

- a state after the frame ("I was", "we had", "people could", "I had learned") is where
  they are now: "Now I am lead preceptor", "Now I have my own checklist", "Now I have
  learned every route", by its subject (the speaker, a plural, a singular noun); a later
  clause's state ("and I was training every new starter") the same;
- a deed after the frame ("people brought me their queries", "I wrote the checklist") may be
  a one-off: it stays in the past, with a frame that does not end the job ("Over time people
  brought me ..."); after a "Now" sentence a later clause's deed is told as a sentence of its
  own in the past ("Now I have my own checklist. My supervisor let me train ..."), never a
  present and a past of one time in one sentence;
- "By the end of the first term" names its own time: as typed; so is "in the end"
  ("eventually").
"""

from __future__ import annotations

import re

__all__ = ["held_now"]

# An ended job's frame at the start of a sentence or after ", " / "; " ("..., by the end I had")
_FRAME = re.compile(r"(?:^|(?<=[.;!?] )|(?<=, ))(?:[Bb]y|[Aa]t|[Tt]owards) the end(?! of)|"
                    r"(?:^|(?<=[.;!?] )|(?<=, ))(?:[Bb]y the time|[Ww]hen|[Bb]efore) I left\b")
_AFTER_FRAME = re.compile(r"^,?\s*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# where a clause with a subject of its own starts after the first: "and my supervisor let me",
# ", I was training"
_SUBJECTS = (r"I|we|they|he|she|it|people|everyone|everybody|nobody|colleagues|others|"
             r"(?:my|our|the|their|his|her) [a-z-]+(?: [a-z-]+)?")
_NEXT_CLAUSE = re.compile(rf"(?:,\s+and\s+|\s+and\s+|,\s+)(?=(?:{_SUBJECTS}) [a-z'’]+\b)")
_STATE = re.compile(rf"^(?P<subject>{_SUBJECTS})\s+(?P<verb>was|were|had|could)(?P<not>n't|"
                    rf"n’t| not)?\b", re.IGNORECASE)
_PLURAL = frozenset("we they people colleagues others you".split())
_SINGULAR = frozenset("he she it everyone everybody nobody".split())


def _number(subject: str) -> str:
    """"i", "plural" or "singular" for a subject, or "" where the kit is not sure ("the staff",
    "the whole shift")."""
    low = subject.lower()
    if low == "i":
        return "i"
    if low in _PLURAL:
        return "plural"
    if low in _SINGULAR:
        return "singular"
    head = low.split()[-1] if " " in low else ""
    if not head:
        return ""
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return "plural"
    if re.fullmatch(r"(?:supervisor|manager|boss|director|lead|chef|sister|matron|head|"
                    r"team|unit|ward|shop|store|branch|office|department|site|kitchen|"
                    r"hospital|school|company|client|crew|shift)", head):
        return "singular"
    return ""


_PRESENT = {  # (verb, number) -> present
    ("was", "i"): "am", ("was", "singular"): "is", ("were", "plural"): "are",
    ("was", "plural"): "are", ("had", "i"): "have", ("had", "plural"): "have",
    ("had", "singular"): "has", ("could", "i"): "can", ("could", "plural"): "can",
    ("could", "singular"): "can",
}
_NEGATIVE = {"am": "am not", "is": "isn't", "are": "aren't", "have": "don't have",
             "has": "doesn't have", "can": "can't"}


def _state_now(clause: str) -> str:
    """A clause whose subject's verb is a state ("I was", "we had", "they could") said in the
    present ("I am", "we have", "they can"), or "" where the kit is not sure of it."""
    m = _STATE.match(clause)
    if not m:
        return ""
    number = _number(m.group("subject"))
    verb = m.group("verb").lower()
    present = _PRESENT.get((verb, number))
    if not present:
        return ""
    rest = clause[m.end():]
    if verb == "had" and re.match(r"\s+to\b", rest):
        return ""  # "I had to": a must of the time, not a state held
    # "I had learned every route" -> "I have learned ...": the present perfect of a job held
    if m.group("not"):
        present = _NEGATIVE[present]
        if verb == "had":  # "I hadn't a clue": rare; "did not have" is not this form
            return ""
    return f"{m.group('subject')} {present}{rest}"


def _told_now(rest: str) -> str:
    """What follows an ended job's frame, said of the job held now (see the module)."""
    starts = [0, *(m.end() for m in _NEXT_CLAUSE.finditer(rest))]
    joins = [rest[m.start():m.end()] for m in _NEXT_CLAUSE.finditer(rest)]
    clauses = [rest[a:(starts[i + 1] - len(joins[i]) if i + 1 < len(starts) else len(rest))]
               for i, a in enumerate(starts)]
    first = _state_now(clauses[0])
    if not first:  # a deed: kept in the past, with a frame that leaves the job open
        return f"Over time {rest}"
    out = f"Now {first}"
    for join, clause in zip(joins, clauses[1:], strict=True):
        state = _state_now(clause)
        if state:
            out += join + state
        else:  # a deed: its own sentence, in the past as typed
            out = out.rstrip(" ,") + ". " + clause[:1].upper() + clause[1:]
    return out


def held_now(text: str) -> str:
    """``text`` with each ended job's frame ("By the end", "At the end", "By the time I
    left") said of a job held now (see the module); any other text as it is."""
    if not _FRAME.search(text):
        return text
    out = []
    for sentence in _SENTENCE.split(text):
        m = _FRAME.search(sentence)
        if not m:
            out.append(sentence)
            continue
        head = sentence[:m.start()].rstrip(" ,;")
        rest = _AFTER_FRAME.sub("", sentence[m.end():])
        end = re.search(r"[.!?]+$", rest)
        mark = end.group(0) if end else ""
        rest = rest[:end.start()] if end else rest
        if not rest or not re.match(rf"(?:{_SUBJECTS})\b", rest, re.IGNORECASE):
            out.append(sentence)  # "by the end, the unit ...": no subject the kit reads
            continue
        rest = rest[:1].lower() + rest[1:] if not rest.startswith("I ") else rest
        said = _told_now(rest) + mark
        out.append(f"{head}. {said}" if head else said)
    return " ".join(out)
