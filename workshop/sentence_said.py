"""A sentence of the draft read once more before it is said, the way a listener hears it.

Blind raters (round 25) marked down, in many drafts, lines a person never says: a note's
subjectless fragment pasted whole ("Knew the basics at the start.", "Saw the world and got paid
for it."), a line with no verb at all ("Only here still."), obvious misspellings kept as typed
("recieved", "alot", "dont"). Each of the kit's readers (the reason, the growth, a result, a
later use) turns a note into speech on its own; this is the one last reading of every piece of
the draft, whatever reader made it (``draft._pieces``):

- a sentence that opens on a past verb with no subject, the participant's dropped "I", is said
  with it ("Knew the basics at the start." -> "I knew the basics at the start."); not a clause
  with a subject of its own ("Trained staff were more confident"), a participle leading a
  clause ("Based in Leeds, I ..."), a passive ("Promoted by my manager ...") or a noun that looks
  like a past ("Saw blades were dull");
- a sentence with no verb the kit knows is left out, never guessed into a sentence; the
  piece's other sentences stay;
- a list mark a note pasted from a CV opens on ("• helped win a grant", "- Managed the rota")
  is not read out;
- a word of the misspelling list (``data/note_grammar.json``, ``note_grammar.spelled``) is said
  spelled right; any other word as typed, a name, a dialect word or a learner's grammar ("I
  learn") included;
- a second-language writer's slip a safe rule mends (``slips.mended_slips``, its lists in
  ``data/slips.json``) is said mended: "not only manager" -> "not only a manager", "the
  citizens must wait less" in a past story -> "had to wait less", "the team grow" -> "grew",
  "more calm" -> "calmer", "I have got driver of the month" -> "I have been named ...", "we
  stopped to print" -> "stopped printing", "In Raben" (an employer) -> "At Raben".

A sentence in the imperative ("Ask anyone on the ward.") and every sentence that has a
subject are said as they are.
"""

from __future__ import annotations

import re

from .abbreviations import split_sentences
from .note_faults import _verbs as _plain_verbs  # one reader of data/note_grammar.json
from .note_grammar import own_subject, spelled
from .slips import mended_slips
from .spoken import lower_first, starts_with_past_verb
from .spoken import part_has_verb as _has_verb

__all__ = ["said_as_sentences", "subject_given", "unmarked"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“‘$£€])")
_WORD = re.compile(r"[\w'’-]+")
# a compound noun's head said with its own verb right after it ("Saw blades were dull"): the
# first word is no verb there
_OWN_VERB = frozenset("is are was were has have had".split())
# a participle leading a clause of its own ("Based in Leeds, I ...", "Asked why, the manager
# said ..."): a subject right after the comma
_LEAD_CLAUSE = re.compile(r"^[^,;:]{1,80}[,;:]\s*(?:I|we|my|our|the|it|they|he|she|you|this|"
                          r"that|everyone|nobody|people|[A-Z][a-z]+\s+(?:said|told|asked|was))\b")
# a feeling said with a past participle ("Tired but happy.", "Exhausted most days."): an
# adjective, no doing with a dropped "I"
_FEELINGS = frozenset("""tired exhausted stressed bored excited interested motivated pleased
    surprised worried scared amazed overwhelmed delighted satisfied thrilled frustrated
    relieved drained shattered inspired hooked""".split())


def subject_given(sentence: str) -> str:
    """``sentence`` with the "I" a note dropped before its first verb, a past one ("Knew the
    basics at the start." -> "I knew the basics at the start."), or as it is."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if len(words) < 2 or not starts_with_past_verb(sentence) or own_subject(sentence) or \
            words[0] in _FEELINGS:
        return sentence
    if _LEAD_CLAUSE.match(sentence) or words[1] == "by" or (len(words) > 2 and words[2] in _OWN_VERB
                                            and words[1] not in ("a", "an", "the")):
        return sentence  # "Based in Leeds, I ...", "Promoted by ...", "Saw blades were dull"
    return "I " + lower_first(sentence)


# a finite verb of "be", "have", "do" or a modal ("That would be my current job, ..."): a
# verb whatever the word lists hold
_AUXILIARY = frozenset("""am is are was were be been being has have had do does did can could
    will would shall should may might must""".split())


def _sentences(text: str) -> list[str]:
    """The sentences of ``text``; a title's or an initial's full stop ("St. Luke's", "the U.S.
    Army") ends none."""
    return split_sentences(text, _SENTENCE)


def _verb_in(sentence: str) -> bool:
    words = [w.lower() for w in _WORD.findall(sentence)]
    return _has_verb(sentence) or any(
        w in _AUXILIARY or w in _plain_verbs() or "'" in w or "’" in w for w in words)


# a list mark a note pasted from a CV opens on ("• helped win ...", "- Managed ...", "* cut
# ..."): never said; a dash only with a space after it (not "-20%")
_MARKS = (r"(?:[\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba>*]+|"
          r"[-\u2013\u2014](?=\s))")
_LIST_MARK = re.compile(r"^\s*" + _MARKS + r"\s*")


_MARK_AFTER_STOP = re.compile(r"(?<=[.!?])\s+" + _MARKS.replace(">", "") + r"\s*(\w)")


def unmarked(sentence: str) -> str:
    """``sentence`` without a list mark before it or after a full stop (``_unmarked``): for a
    note the kit says after words of its own ("It gave me - first time ..."), where this last
    pass would find the mark inside the sentence."""
    return _unmarked(sentence.strip())


def _unmarked(sentence: str) -> str:
    """``sentence`` without a list mark before it or after a full stop, each such first
    letter a capital."""
    bare = _MARK_AFTER_STOP.sub(lambda m: " " + m.group(1).upper(), sentence)
    lead = _LIST_MARK.sub("", bare, count=1)
    return lead[:1].upper() + lead[1:] if lead != bare else bare


def said_as_sentences(text: str, employers: tuple[str, ...] = ()) -> str:
    """A piece of the draft with every sentence one a person says (see the module docstring):
    no list mark read out, its misspellings spelled right, a dropped "I" given back, a
    learner's slips mended (``employers``: the workspace's organisations, "In Raben" said "At
    Raben"), a sentence with no verb left out."""
    if not text:
        return text
    kept = []
    for sentence in _sentences(_unmarked(text)):
        sentence = mended_slips(subject_given(spelled(sentence)), employers)
        if _verb_in(sentence):  # a verb the kit knows, a plain one too ("Ask anyone ..."),
            kept.append(sentence)  # an auxiliary or a contraction ("it's", "I'd")
    return " ".join(kept)
