"""Two figures of ``benchmarks/draft_eval.py`` (issue 20, draft47): a draft's tense against
its job's dates, and one fact said twice in two tenses, read with the benchmark's own short
word lists, never the draft code's:

- ``job tense``: sentences after the opening told in a tense the job's dates deny. For a job
  held now (no end): an ended job's frame ("by the end", "by the time I left", "when I left",
  "at the end of that job"), or a verb the participant typed in the present after "I" or
  "we" ("I run a gang of 4") said in the past ("I ran a gang of 4") where no entry types that
  past. For a job that ended: a present of the speaker's ("I manage 3 people") with nothing
  that says it is so now or later ("now", "still", "today", "these days", "my next job",
  "at <a later employer>", a general "every"), and no speaker's view of today ("I think").
  A past event told inside a job held now ("last year I rebuilt the rota") is no fault.
  Extended in draft55: for a job held now, what it gave told as over ("This job taught me",
  "It gave me"); for a job that ended, a later use its note types in the present ("I plan
  the cover at Greenway") said in the past, where no entry types that past (it is so now);
- ``fact twice``: a sentence after the opening whose deed (a verb, in any tense, with most
  of what follows it) is said again in another sentence of the draft ("I train the new
  clerks." and "I trained the new clerks, 5 so far."), the tenses read alike.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

from workshop.wording import content_stems  # noqa: E402

__all__ = ["job_tense_wrong", "fact_twice"]

_ENDED_FRAME = re.compile(r"\b(?:by the end|by the time I left|when I left|at the end of (?:that|"
                          r"the|my) (?:job|role|time)|towards the end|before I left)\b",
                          re.IGNORECASE)
# the benchmark's own verbs, present -> past (regular ones by rule)
_IRREGULAR = {"run": "ran", "teach": "taught", "lead": "led", "do": "did", "make": "made",
              "have": "had", "get": "got", "keep": "kept", "write": "wrote", "build": "built",
              "bring": "brought", "give": "gave", "take": "took", "go": "went", "feel": "felt",
              "know": "knew", "find": "found", "sell": "sold", "buy": "bought", "tell": "told",
              "hold": "held", "spend": "spent", "send": "sent", "meet": "met", "see": "saw",
              "am": "was", "manage": "managed", "oversee": "oversaw", "drive": "drove",
              "speak": "spoke", "think": "thought", "deal": "dealt", "win": "won"}
# the speaker's presents read in a job that ended (a duty told as if held now)
_PRESENT_VERBS = frozenset((set(_IRREGULAR) - {"am", "think", "feel", "know", "see"}) | set(
    """manage train handle supervise coordinate plan work help organise organize answer
    process check order schedule cover serve look care deal mentor coach support prepare
    deliver update monitor""".split()))
_SAME = frozenset("cut put set hit let shut read spread cost".split())
_NOT_VERB = frozenset("""also still never always just often usually could would will should
    may might must did didn't not only even then now already really am was were had""".split())
_NOW = re.compile(r"\b(?:now|still|today|these days|nowadays|currently|at the moment|every|"
                  r"always|since|next|later|current|anymore|any more|so far)\b", re.IGNORECASE)
_VIEW = frozenset("think reckon guess suppose believe bet imagine".split())
_SPEAKER = re.compile(r"\b(I|[Ww]e)\s+([a-z]+)\b")


def _past(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb in _SAME:
        return verb
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if len(verb) <= 4 and re.search(r"(?:^|[^aeiou])[aeiou][bdglmnprt]$", verb):
        return verb + verb[-1] + "ed"  # "plan" -> "planned", "stop" -> "stopped"
    return verb + "ed"


def _presents(text: str) -> dict[str, str]:
    """The speaker's present verbs typed in ``text`` ("I run a gang" -> {"ran a": "run a"}):
    their past with the next word, as said in the past, mapped to the typed form."""
    out = {}
    for m in _SPEAKER.finditer(text):
        verb = m.group(2).lower()
        if verb in _NOT_VERB or verb.endswith(("ed", "ing", "ly")) or verb in _VIEW or \
                verb in set(_IRREGULAR.values()):
            continue
        after = text[m.end():].split()[:1]
        if not after:
            continue
        past = _past(verb)
        if past != verb:
            out[f"{past} {after[0].lower()}"] = f"{verb} {after[0].lower()}"
    return out


def _said_past(sentence: str, presents: dict[str, str], typed: str) -> bool:
    """True when ``sentence`` says in the past ("I ran a") a present the entries type ("I run
    a"), where no entry types that past."""
    low = sentence.lower()
    return any(re.search(rf"\b{who} {past}\b", low) and
               not re.search(rf"\b{who} {past}\b", typed)
               for past in presents for who in ("i", "we"))


def _said_now(sentence: str, presents: dict[str, str]) -> bool:
    """True when ``sentence`` says a later use as its note types it, in the present ("I plan
    the cover at Greenway"): so now, no duty of the job that ended."""
    low = sentence.lower()
    return any(re.search(rf"\b(?:i|we) {now}\b", low) for now in presents.values())


def job_tense_wrong(text: str, role, entries: str) -> int:
    """Sentences after the opening in a tense the job's dates deny (see the docstring);
    ``entries``: all the participant typed (the file and the replies)."""
    if role is None or not text:
        return 0
    said = sentences(text)[1:]
    typed = entries.lower()
    count = 0
    if role.current:
        presents = _presents(entries)
        for sentence in said:
            if _ENDED_FRAME.search(sentence) or _GAVE_PAST.search(sentence):
                count += 1
                continue
            count += _said_past(sentence, presents, typed)
        return count
    later = _presents(" ".join(getattr(sk, "used_later", "") or ""
                               for sk in getattr(role, "skills", ())))
    for sentence in said:
        if _said_past(sentence, later, typed):
            count += 1  # a later use typed in the present ("I plan the cover at Greenway")
            continue  # said in the past ("I planned the cover at Greenway"): it is now
        count += not _NOW.search(sentence) and not _said_now(sentence, later) and \
            _duty_present(sentence)
    return count


def _duty_present(sentence: str) -> bool:
    """True when the speaker says a duty in the present ("I manage 3 people")."""
    for m in _SPEAKER.finditer(sentence):
        verb = m.group(2).lower()
        if verb in _VIEW or verb in _NOT_VERB or verb in _SAME:
            continue
        if verb in _PRESENT_VERBS:
            return True
    return False


# the job held now told as over by what it gave ("This job taught me", "It gave me a seat at
# the table"): said "has taught me", "has given me" (the kit's job_now)
_GAVE_PAST = re.compile(r"\b(?:[Tt]his (?:job|role)|[Ii]t|[Tt]hat (?:job|role)) (?:really )?"
                        r"(?:gave|taught|showed|made) me\b")


_DEED = re.compile(r"\b(?:I|we)\s+(?:also\s+)?([a-z]+)\s+((?:[a-z'-]+\s*){2,6})", re.IGNORECASE)
_LIGHT = frozenset("have get do go be use make take give".split())
_BASE = {past: verb for verb, past in _IRREGULAR.items()}


def _deeds(sentence: str) -> list[tuple[str, set[str]]]:
    """The speaker's deeds of a sentence as (the verb's base, the stems of what follows)."""
    out = []
    for m in _DEED.finditer(sentence):
        verb = m.group(1).lower()
        if verb in _NOT_VERB or verb in _VIEW:
            continue
        base = _BASE.get(verb) or re.sub(r"(?:e?d|s)$", "", verb)
        out.append((base, content_stems(m.group(2))))
    return out


def fact_twice(text: str) -> int:
    """Sentences after the opening whose deed another sentence says again in another tense
    (or the same): the same verb (not a light one: "have", "get", "use") and nearly all (80%)
    of the meaningful words of the shorter's object in the other's."""
    said = sentences(text)[1:] if text else []
    deeds = [_deeds(s) for s in said]
    count = 0
    for n in range(1, len(said)):
        if any(a == b and a not in _LIGHT and x and y and
               len(x & y) >= 0.8 * min(len(x), len(y))
               for a, x in deeds[n] for before in deeds[:n] for b, y in before):
            count += 1
    return count
