"""Whether a note can be said as it stands, and a note that can't said by its kind.

Blind raters quoted sentences the kit made from a participant's note in note grammar: a noun
phrase read as a verb phrase ("returned mail down from 5% to 1%" said "I returned mail down
..."), a clause used as the name of what changed ("claims were paid in 10 days went from ..."),
an article dropped from the subject ("Branch was first of 9"). The rules here, each for a class
(``docs/draft_sentences.md``):

- ``as_it_stands``: the one test of a note said as typed: no mark of note grammar
  (``spoken.note_marks``), a subject and a finite verb in its main clause (a note that opens
  with a past verb has the speaker as its subject: "Trained 14 nurses" is "I trained 14
  nurses"), one tense (``verbs.one_tense``; for a job that is over, no present that
  ``verbs.clause_in_past`` would change), and no clause before a verb of change;
- ``noun_change``: a noun phrase with a change ("returned mail down from 5% to 1%"): its verb
  said, "... went down from 5% to 1%", where the first word is a past form that is no verb
  taking a figure (``figure_verbs`` and ``change_verbs`` in ``data/wording.json``) and the
  phrase after it opens with no determiner, as an object does ("cut the queue ..."); never
  a head that is no noun phrase ("managed crew of", ``noun_phrase``) or a limit ("up to 35",
  ``noun_phrase.ceiling``): that note is no noun phrase with a change;
- ``with_article``: a subject said without its article ("branch was ...", "ward had ..."):
  "our" before the names of a workplace's units (``our_nouns``);
- ``clause_subject``: a clause named as what changed, before "went": said as "the share of
  <things> <done> ..." where that is a safe rewrite (a plural noun and a past participle, a
  percentage), else "the share of cases where <clause>" for a percentage, else "" (the note
  is left out and the coach asks for it as a sentence).
"""

from __future__ import annotations

import re

from .noun_phrase import ceiling, noun_phrase
from .spoken import (
    _CHANGE_TAIL,
    figure_verb,
    names_change,
    note_clause,
    note_marks,
    speech,
    starts_with_past_verb,
)
from .verbs import _past_form, _words, clause_in_past, one_tense

__all__ = ["as_it_stands", "noun_change", "with_article", "clause_subject", "clause_said",
           "clause_before_change", "figure_verb"]

# Where a note's subject and its verb can no longer be one clause: a comma, a semicolon, a word
# that joins clauses (not "before", "after" or "when", which may qualify the subject: "calls
# answered before noon went ...").
_CLAUSE_END = re.compile(r"[,;]\s*|\s+(?:and|but|so|because|which|who|that|while|whereas)\s+",
                         re.IGNORECASE)
# A clause before a verb of change in one main clause: a "was"/"were" ... "went from".
_BE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been)\s+(\w+)", re.IGNORECASE)
_CHANGE_VERB = re.compile(r"\b(?:went|goes|go|rose|fell|dropped|improved|increased|decreased|"
                          r"grew|climbed|jumped|doubled|halved|moved)\s+(?:from|up|down|by|to)\b",
                          re.IGNORECASE)


def noun_change(text: str) -> str:
    """A note that is a noun phrase with a change, its verb said ("returned mail down from 5%
    to 1.2% after the clean-up" -> "returned mail went down from 5% to 1.2% after the
    clean-up"), or "" for any other note (``spoken.names_change``: a verb with its object,
    "cut food cost from 34% to 28%", "brought waits down to 12 minutes", is not one)."""
    text = " ".join(text.split())
    if not names_change(text):
        return ""
    m = _CHANGE_TAIL.match(text)
    if not noun_phrase(m.group("np")) or ceiling(m.group("change")):
        return ""  # "managed crew of up to 35": no noun phrase, and a limit, not a change
    last = m.group("np").split()[-1].lower()
    if m.group("change").lower().startswith("from") and (
            _past_form(last) or last in _words("irregular_past")):
        return ""  # "forecast accuracy improved from 12% to 4%": it has its verb already
    return f"{m.group('np')} went {m.group('change')}"


def with_article(text: str) -> str:
    """A note whose subject is a workplace's unit said without its article ("branch was
    second of 14", "ward had no falls") with "our" before it; any other note as it is."""
    words = text.split()
    if len(words) < 2:
        return text
    first = re.sub(r"[^\w'-]", "", words[0]).lower()
    second = re.sub(r"[^\w'-]", "", words[1]).lower()
    if first not in _words("our_nouns"):
        return text
    verb = second in _words("finite_verbs") or _past_form(second) or \
        second in _words("irregular_past")
    if not verb:
        return text
    return f"our {words[0].lower() if words[0][1:].islower() else words[0]} " + " ".join(words[1:])


def clause_before_change(text: str) -> bool:
    """True when a note's main clause holds a clause with its own verb before a verb of change
    ("claims were paid within 10 days went from 61% to 89%"): two finite verbs, one subject."""
    main = _CLAUSE_END.split(" ".join(text.split()), maxsplit=1)[0]
    change = _CHANGE_VERB.search(main)
    before = main[:change.start()] if change else ""
    be = _BE.search(before)
    return bool(be and _past_form(be.group(1))) or bool(_DONE.match(before))


# A plural noun and a past participle after it, "claims paid within 10 days": a clause read as
# a noun phrase (what changed), in a note's subject.
_DONE = re.compile(r"^\S+s\s+(?!\S*(?:ing|s)\b)\S+ed\b", re.IGNORECASE)


def clause_subject(subject: str, percent: bool) -> str:
    """A clause named as what changed (``subject``: "assessments were completed within 45
    days", or "assessments completed within 45 days") as a noun phrase for a percentage: "the
    share of assessments completed within 45 days" (a plural noun and a past participle, the
    "were" left out), else "the share of cases where <clause>" (a clause with its own subject
    and verb). For another figure a noun and its participle stand as they are ("calls answered
    in 20 s"); a clause with its own "was"/"were" is "": the kit cannot name it safely; so is
    a phrase that is no noun phrase (``noun_phrase``: "by the glass", "revenue grow")."""
    subject = " ".join(subject.split())
    if not noun_phrase(subject) and not _BE.search(subject):
        return ""  # "by the glass", "revenue grow": no name for what changed (r27)
    words = subject.split()
    be = _BE.search(subject)
    if not (be and _past_form(be.group(1))) and not _DONE.match(subject):
        return subject  # a noun phrase ("food cost", "time to hire"): as it is
    if not percent:  # "calls answered in 20 s went from 300 to 450": a noun phrase as it is
        return "" if be else subject
    head = subject[:be.start()].strip() if be else ""
    if be and head and head.split()[-1].lower().endswith("s") and _past_form(be.group(1)) \
            and not re.search(r"\b(?:the|our|my|their)\b", head.split()[0], re.IGNORECASE):
        return f"the share of {head[0].lower() + head[1:]} {subject[be.start(1):]}"
    if be:
        return f"the share of cases where {subject[0].lower() + subject[1:]}"
    participle = next((i for i, w in enumerate(words[1:4], start=1) if _past_form(w)), None)
    if participle and words[participle - 1].lower().endswith("s"):
        return f"the share of {subject[0].lower() + subject[1:]}"
    return ""


def as_it_stands(note: str, current: bool = True) -> bool:
    """True when a note can be said as typed (see the module docstring); the draft says it so,
    with "I" before a note that opens with a past verb."""
    said = speech(note)
    if not said or said != " ".join(note.split()).rstrip(" .!;:,") or note_marks(note):
        return False
    if one_tense(said) != said or (not current and clause_in_past(said) != said):
        return False
    if clause_before_change(said) or noun_change(said) or with_article(said) != said:
        return False
    first = said.split()[0].lower()
    return first in ("i", "we", "i'm", "i've", "i'd") or starts_with_past_verb(said) or \
        note_clause(said) == said


_CHANGE_AT = re.compile(r"\s+(went|rose|fell|dropped|improved|increased|decreased|grew)(?=\s)")


def clause_said(clause: str, percent: bool) -> str:
    """A clause with its own subject as the draft says it: a unit's name given its "our"
    (``with_article``), a clause named as what changed said as a noun phrase where that is
    safe ("the share of claims paid in 10 days went ...", ``clause_subject``); "" for one the
    kit cannot say (the note is left out and the coach asks for it as a sentence)."""
    clause = with_article(clause)
    if clause_before_change(clause):
        head, verb, rest = _CHANGE_AT.split(clause, maxsplit=1)
        named = clause_subject(head, percent or "%" in rest)
        if not named:
            return ""
        clause = f"{named} {verb}{rest}"
    return clause
