"""The ``leans on cut`` figure of ``benchmarks/draft_eval.py`` (issue 20, draft59), read with the
benchmark's own short lists, never the draft code's reading: sentences of a draft that lean on a
sentence the participant typed just before them, in the same entry or the result before, which
the draft does not tell before them, so a listener hears a pointer at nothing or a payoff
without its event.

A draft's sentence is traced to where it was typed: a run of the role's entries (the results'
statements in their order, and each note's own sentences: the summary, the reason, each
skill's growth and later use, each result's own part), the typed sentence of which seven in ten
meaningful words (two or more) the draft's sentence says. It leans where it was typed second or
later in its run and, as the draft says it, it opens on a pointer ("That cut ...", "This meant
...", "It saved ...", "Which ...", "So ...", "Then ...", "After that ...", "Twice that ...",
"The same ...", "Since then ...", "Three weeks later ...") or speaks of "he", "she", "they",
"them" before anything in it that they could mean; it dangles where the draft, before it, says
under half of the typed sentence before it. The job said by a pointer ("That job is where ...",
"This role ...") and a dummy "it" ("It was hard", "It took a year") lean on nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_grammar import sentences  # noqa: E402

from workshop.wording import content_stems  # noqa: E402

__all__ = ["leans_on_cut"]

_OPENS = re.compile(
    r"^(?:this|that|these|those|it|which|so|then|after that|after this|afterwards|"
    r"since then|ever since|by then|from then on|because of (?:that|this|it)|"
    r"(?:twice|half|double|triple|three times|four times) (?:that|this|as much|as many)|"
    r"the same|all of (?:that|this|it|them)|"
    r"(?:a|an|one|two|three|four|five|six|a few|several|\d+) (?:days?|weeks?|months?|"
    r"years?) later)\b", re.IGNORECASE)
# what a pointer's noun may be that the opening already says: the job itself
_JOB = re.compile(r"^(?:this|that) (?:job|role|work|place|company|position|post|office|"
                  r"organisation|organization)\b", re.IGNORECASE)
_DUMMY = re.compile(r"^it(?:'s|\s+is|\s+was|\s+has been)?\s+(?:was\s+)?(?:hard|easy|tough|"
                    r"the first|the (?:job|role|place|work)\b|a |an |my |our |in |at |during |"
                    r"took|takes|turned out|seemed|felt|great|good|fun)", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:(?P<one>he|she|him|her)|they|them|their)\b", re.IGNORECASE)
# someone named before a pronoun: a name (a capital word that does not open the sentence), a
# word for people, for "he"/"she" a noun after a determiner, for "they"/"them" a plural one
_NAME = re.compile(r"(?<=\s)(?-i:[A-Z][a-z]+)\b|\b(?:people|everyone|everybody|staff|"
                   r"colleagues|customers|clients|guests|kids|children|pupils|students|learners|"
                   r"trainees|apprentices|volunteers|members|workers|nurses|drivers|soldiers|"
                   r"team|crew|families|residents|patients)\b", re.IGNORECASE)
_SOMEONE = re.compile(r"\b(?:the|a|an|my|our|one|this|that)\s+(?:\w+\s+)?\w+", re.IGNORECASE)
_SOME = re.compile(r"\b(?:the|my|our|some|all|those|these|two|three|four|five|\d+)\s+"
                   r"(?:\w+\s+)?\w+s\b", re.IGNORECASE)


def _leans(sentence: str) -> bool:
    text = sentence.strip().lstrip("\"'(")
    if _OPENS.match(text) and not _JOB.match(text) and not _DUMMY.match(text):
        return True
    m = _PERSON.search(text)
    if not m:
        return False
    before = text[:m.start()]
    return not (_NAME.search(before) or (_SOMEONE if m["one"] else _SOME).search(before))


def _runs(role) -> list[list[str]]:
    notes = [role.summary, role.personal_value] + [
        n for sk in role.skills for n in (sk.how_far, sk.used_later)] + [
        r.my_part for r in role.results]
    runs = [[" ".join((r.statement or "").split()) for r in role.results]]
    return runs + [re.split(r"(?<=[.!?])\s+", " ".join(n.split())) for n in notes
                   if n and n.strip()]


def leans_on_cut(text: str, role) -> list[str]:
    """The sentences of the draft after its opening that lean on a typed sentence the draft
    does not tell before them (see the module docstring)."""
    if role is None or not text:
        return []
    said = sentences(text)
    runs = _runs(role)
    out = []
    for n, sentence in enumerate(said[1:], start=1):
        if not _leans(sentence):
            continue
        stems = content_stems(sentence)
        before = content_stems(" ".join(said[:n]))
        for run in runs:
            at = next((k for k, typed in enumerate(run) if len(content_stems(typed)) >= 2
                       and len(content_stems(typed) & stems) >= 0.7 * len(
                           content_stems(typed))), None)
            if not at:
                continue
            prior = content_stems(run[at - 1])
            if prior and len(prior & before) < 0.5 * len(prior):
                out.append(sentence)
                break
    return out
