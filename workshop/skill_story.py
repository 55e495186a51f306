"""A skill's story in the participant's words: how far the job grew it, and where it was used later.

The draft (``workshop.draft``) tells a grown skill as what the job gave (``growth_sentence``),
with how far in the participant's own words (``own_growth``), a second skill as grown in the same
job before its later use (``also_grew_sentence``), and where a skill was used later
(``later_use_sentence``), never "later" for a job still held and never a note the draft cannot
say as a sentence (the coach asks). Skill names come from ``workshop.wording.skill_words``.
"""

from __future__ import annotations

import re

from .model import Skill
from .spoken import first_word as _first_word
from .spoken import lower_first, speech, starts_with_past_verb, upper_first
from .spoken import word_list as _words
from .wording import content_stems, skill_words

__all__ = ["own_growth", "growth_sentence", "also_grew_sentence", "later_use_sentence"]


_GROWTH_START = re.compile(r"^(?:at first|when i (?:started|began|joined|arrived)|"
                           r"on (?:my )?day one|in my first|"
                           r"i (?:started|began|came in|arrived|joined|went|had|"
                           r"could|couldn't|knew|didn't|was)|before)\b", re.IGNORECASE)


def own_growth(note: str) -> str:
    """How far the skill grew in the participant's words, as sentences that follow "What that
    job gave me most was X." ("At first I could hardly read a manifest. By the end I planned
    the loads"), or "" when there is no note, it is not told as a start and an end, or it is
    a note the draft cannot say (``speech``)."""
    note = speech(note or "")
    if not note or not _GROWTH_START.match(note) or len(note.split()) < 6:
        return ""
    return upper_first(note)


def growth_sentence(skill: Skill, current: bool, variant: int, long: bool = True) -> str:
    """How the job moved the skill, as a person tells what the job gave them: where it was
    learned ("That job gave me the scheduling skills I value most."), then how far in the
    participant's own words (``how_far``: "At first I could not fill a rota without gaps. By
    the end I planned cover for three sites."). Never rubric levels or phrases made from them
    ("I went from advanced beginner to proficient", "the hard cases" read as a form): without
    the participant's words the result and the later use show how far, and the coach asks.
    A skill that did not move is not a growth to tell: "" (the coach asks). The short
    version (``long`` False) keeps the last of the participant's sentences: where it got to."""
    if skill.levels_grown <= 0:
        return ""
    words = skill_words(skill)
    that = "This" if current else "That"
    there = "here" if current else "there"
    topic = words.topic
    if words.activity:
        really = "" if skill.before in ("novice", "advanced beginner") else "really "
        forms = (f"{that} job is where I got {really}good at {topic}.",
                 f"What I value most from {that.lower()} job is that I got {really}good at "
                 f"{topic}.",
                 f"I got {really}good at {topic} {there}.")
    else:
        skills = re.search(r"\b(?:skills?|knowledge|know-how)$", topic, re.IGNORECASE)
        mine = f"my {topic}" if skills else words.owned
        short = words.owned == f"my {topic} skills" and len(topic.split()) <= 2
        valued = (f"{that} job gave me the {topic} skills I value most." if short else
                  f"What I value most from {that.lower()} job is that I built up {mine} {there}.")
        forms = (f"{that} job is where I built up {mine}.", valued, f"I built up {mine} {there}.")
    own = own_growth(skill.how_far)
    if own and not long:  # the short version tells where it got to: the last sentence
        own = re.split(r"(?<=[a-z0-9])\.\s+(?=[A-Z])", own)[-1]
    return forms[variant % len(forms)] + (f" {own}." if own else "")


def also_grew_sentence(skill: Skill, current: bool, variant: int) -> str:
    """A second skill told as grown in the same job, before its later use ("I also built up
    my Power Query skills there."), so it never appears only in that later use."""
    words = skill_words(skill)
    there = "here" if current else "there"
    if words.activity:
        forms = (f"I also got good at {words.topic} {there}.",
                 f"{'This' if current else 'That'} job also taught me {words.topic}.")
    else:
        forms = (f"I also built up {words.owned} {there}.",
                 f"{'This' if current else 'That'} job also gave me {words.owned}.")
    return forms[variant % len(forms)]


# --- later use ----------------------------------------------------------------------------------

_LATER_START = re.compile(r"^(?:later|afterwards|since then)\b[\s,:]*", re.IGNORECASE)
_PLACE_START = re.compile(r"^(?:at|in|on|when|as|while|during|after|for|since)\b", re.IGNORECASE)
_USED = ("used", "applied", "reused", "took", "brought")
_PREPOSITIONS = frozenset("for in at on with when while during to as".split())
_CLAUSE_INSIDE = re.compile(r"(?:^|[,;:]\s*|\s)(?:i|we)\s+[a-z]", re.IGNORECASE)


def _later_lead(it: str, note: str, variant: int, current: bool, named: bool) -> str:
    """The short sentence that says the skill was used again, before the note that says where
    and what it produced: never "later" for a job still held, never "Later I used" before a
    note told in the present ("I still use ..."), and "again" only about a skill the story has
    told already."""
    if current:
        leads = (f"I have already used {it} beyond my own tasks.",
                 f"I have already put {it} to use beyond my own job.",
                 f"I have since taken {it} beyond my own tasks.")
    elif re.search(r"\b(?:still|now|today)\b", note, re.IGNORECASE):
        leads = ((f"I have kept using {it} since.",) if re.search(r"\bstill\b", note, re.I)
                 else (f"I have kept using {it} since.", f"I still use {it} today."))
    elif named:
        leads = ("I used that skill again later.", "I have kept using that skill since.",
                 "I have used that skill ever since.")
    else:
        leads = (f"I used {it} later too.", f"{upper_first(it)} came in useful later as well.")
    return leads[variant % len(leads)]


def _said_later(note: str) -> str:
    """The note made a sentence a person can say after a lead, or "" for a fragment the
    draft cannot say ("inventory control at my current job" with no verb): "still use it"
    becomes "I still use it", "used for the family days" becomes "used it for the family
    days"."""
    note = re.sub(r"^(?:yes|yeah|yep|sure)\b[,.!]?\s*", "", note, flags=re.IGNORECASE)
    turned = re.match(r"^(?:not|no)\b[^,]*,?\s*but\s+(.+)$", note, re.IGNORECASE)
    if turned:  # "not Sage itself, but I used the same habits": what was used
        note = turned.group(1)
    words = note.split()
    first = _first_word(note)
    if first in ("still", "now", "also") and len(words) > 1 and (
            words[1].lower() in _words("base_verbs") or starts_with_past_verb(words[1])):
        return f"I {lower_first(note)}"
    if first in _USED and len(words) > 1 and words[1].lower() in _PREPOSITIONS:
        return " ".join([words[0], "it", *words[1:]])
    sayable = (first in ("i", "i've", "i'd", "i'm", "we", *_USED) or starts_with_past_verb(note)
               or first in _words("base_verbs") or bool(_PLACE_START.match(note))
               or bool(_CLAUSE_INSIDE.search(note)))
    return note if sayable else ""


def later_use_sentence(skill: Skill, variant: int, current: bool = False,
                       named: bool = False) -> str:
    """Where the grown skill was used later, in the participant's words, or "" (no note, or a
    fragment the coach asks to have said as a sentence). A skill the draft has ``named``
    already is "that skill"; for a job still held nothing is told as "later"."""
    note = _said_later(_LATER_START.sub("", speech(skill.used_later)))
    words = skill_words(skill)
    if not note or not content_stems(note) - content_stems(f"{words.topic} still now use"):
        return ""  # nothing beyond the skill itself ("I still use it"): asked, not said
    it = "that skill" if named else words.owned
    first = _first_word(note)
    lead = _later_lead(it, note, variant, current, named)
    if re.search(r"\b(?:not|never|no longer|n't)\b|n't\b", note, re.IGNORECASE) and \
            first in ("i", "i've", "i'd", "i'm", "we"):
        return upper_first(note) + "."  # "I don't use it anymore, but ...": no lead to deny
    if first in ("i", "i've", "i'd", "i'm", "we"):
        if re.search(r"\bstill\b", note, re.IGNORECASE):
            return upper_first(note) + "."  # "I still use ...": it says the use goes on
        return _joined(lead, "and", note)
    if _PLACE_START.match(note) and len(note.split()) <= 6:
        return f"{upper_first(note)}, I used {it} {'again' if named else 'too'}."
    if first in _USED:  # "used it on the hospital programme": "it" is the skill
        note = re.sub(r"^(\w+)\s+it\b", rf"\1 {it}", note)
        return f"{'Since then' if current else 'Later'} I {lower_first(note)}."
    if starts_with_past_verb(note):
        if current or re.search(r"\b(?:when|again)\b", note, re.IGNORECASE):
            word = "and" if re.search(r"\bwhen\b", note, re.IGNORECASE) else "when"
            return _joined(lead, word, f"I {lower_first(note)}")
        again = "again " if named else ""
        forms = (f"Later I used {it} {again}when I {lower_first(note)}.",
                 f"I put {it} to use {again}when I {lower_first(note)}.")
        return forms[variant % 2]
    if first in _words("base_verbs"):
        return f"Today I {lower_first(note)} with {it}."
    return _joined(lead, "and", note)


def _joined(lead: str, word: str, note: str) -> str:
    """The lead and the note said as one sentence ("I have kept using that skill since, and in
    Poland I do the same for import now."), not two short ones in a row."""
    return f"{lead.rstrip('.')}, {word} {lower_first(note)}."
