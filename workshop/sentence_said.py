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

from .abbreviations import ends_in_abbreviation, split_sentences
from .note_faults import _verbs as _plain_verbs  # one reader of data/note_grammar.json
from .note_grammar import own_subject, spelled
from .slips import mended_slips
from .spoken import lower_first, slashes_said, starts_with_past_verb
from .spoken import part_has_verb as _has_verb
from .to_self import finished, label_said
from .typed import chat_dropped, coach_dropped, plain_word, short_forms_said
from .typed_said import figure_note

__all__ = ["said_as_sentences", "subject_given", "unmarked", "typed_marks_said", "whole_said"]

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
            words[0] in _FEELINGS or sentence.rstrip().endswith("?"):  # "Did it work?"
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


# a break typed inside a note: a list mark, a spaced dash, a semicolon
_BREAK = re.compile(r"\s*(?:[\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba]|"
                    r"(?<=\s)[-\u2013\u2014*](?=\s)|;)\s*")
_JOINER = re.compile(r"^(?:and|but|or|so|then|which|who|while|as|to|with|plus|incl|"
                     r"including)\b", re.IGNORECASE)
_NAME_END = re.compile(r"(?:^|\s)[A-Z][\w&'’.]*$")
_NAME_START = re.compile(r"^[A-Z][\w&'’.]*(?:\s|$)")


def _breaks_said(text: str, listed: bool = False) -> str:
    """A note's typed breaks (list marks, spaced dashes, semicolons) said: a full stop where
    a clause of its own follows, else a comma; a spaced dash that opens no clause kept as
    typed ("I cut waste - by half - in a month"), unless the note is a list (``listed``: it
    opened on a list mark); a range ("20 - 30") or a dash between two names kept."""
    if not _BREAK.search(text):
        return text
    out, at = [], 0
    for m in _BREAK.finditer(text):
        before, after = text[at:m.start()], text[m.end():]
        mark = m.group(0).strip()
        if mark in "-\u2013\u2014" and (
                before[-1:].isdigit() and after[:1].isdigit()
                or _NAME_END.search(before) and _NAME_START.match(after)):
            continue  # "20 - 30", "Tesco - Metro": as typed
        nxt = _BREAK.split(after, maxsplit=1)[0]
        clause = _verb_in(subject_given(nxt)) and not _JOINER.match(nxt)
        if mark in "-\u2013\u2014" and not clause and not listed:
            continue  # a dash inside the sentence: said as typed
        out.append(before.rstrip(" ,"))
        if not out[-1].strip() or clause:
            out.append(". " if out[-1].strip() and out[-1].rstrip()[-1:] not in ".!?" else " ")
        else:
            out.append(", ")
        at = m.end()
    out.append(text[at:])
    return _capitals("".join(out).strip(" ,"))


_AFTER_STOP = re.compile(r"([.!?])(\s+)(?=[a-z])")


def _capitals(text: str) -> str:
    """Each sentence of ``text`` typed in lower case opens on a capital ("cut overtime. the
    rota ..." -> "... The rota ..."); not after an abbreviation ("e.g. the rota"), nor a
    brand's own style ("eBay")."""
    text = text[:1].upper() + text[1:] if plain_word(text) else text

    out, at = [], 0
    for m in _AFTER_STOP.finditer(text):
        if ends_in_abbreviation(text, m.start() + 1) or not plain_word(text[m.end():]):
            continue
        out.append(text[at:m.end()])
        out.append(text[m.end()].upper())
        at = m.end() + 1
    out.append(text[at:])
    return "".join(out)


_LONE_I = re.compile(r"(?<![\w'’.-])i(?=(?:['’](?:m|ve|d|ll)\b)|[\s,;:!?]|$)")


def typed_marks_said(text: str, listed: bool = False) -> str:
    """``text`` without its typing marks (see the module docstring): short forms spelled
    out, chat noise left out, breaks said, a lone "i" as "I", each sentence opening on a
    capital (``listed``: the note opened on a list mark, its spaced dashes are its items);
    what it says to the coach and the final full stops are the sentence's
    (``said_as_sentences``)."""
    if not text:
        return text
    text = slashes_said(short_forms_said(chat_dropped(text)))
    return _capitals(_breaks_said(_LONE_I.sub("I", text), listed))


def _finished(sentence: str) -> str:
    """``sentence`` ending on a full stop where it was typed with none (a comma, a colon, a
    dash or nothing after its last word)."""
    bare = sentence.rstrip(" ,;:-\u2013\u2014")
    if re.search(r"[.!?][\"'”’)\]]*$", bare) or not bare:
        return bare
    return bare + "."


def _labels_said(text: str) -> str:
    """``text`` with each sentence's note label said as speech (``to_self.label_said``)
    before its dashes are read as breaks ("End - running payroll" never "End. Running ...");
    as it is where no sentence opens on one."""
    sentences = _sentences(text)
    said = [label_said(s, _verb_in) for s in sentences]
    return text if said == sentences else " ".join(s for s in said if s)


def _figure_note_only(sentence: str) -> bool:
    """True where ``sentence`` is only a note about a figure, never said ("The 180k was a
    rough number though, don't use it": ``typed_said.figure_note``)."""
    said, note = figure_note(sentence)
    return bool(note) and not said


def said_as_sentences(text: str, employers: tuple[str, ...] = ()) -> str:
    """A piece of the draft with every sentence one a person says (see the module docstring):
    no list mark read out, its misspellings spelled right, a dropped "I" given back, a
    learner's slips mended (``employers``: the workspace's organisations, "In Raben" said "At
    Raben"), a sentence with no verb left out."""
    if not text:
        return text
    kept = []
    listed = bool(_LIST_MARK.match(text))
    text = _labels_said(text)
    for sentence in _sentences(typed_marks_said(coach_dropped(_unmarked(text)), listed)):
        sentence = label_said(coach_dropped(sentence), _verb_in)  # "Start: ...": its time
        if not sentence or _figure_note_only(sentence):
            continue  # "see my earlier note", "n/a": said to the coach, never in the draft
        sentence = finished(mended_slips(subject_given(spelled(sentence)), employers))
        if _verb_in(sentence):  # a verb the kit knows, a plain one too ("Ask anyone ..."),
            kept.append(_finished(sentence))  # an auxiliary or a contraction ("it's", "I'd")
    return " ".join(kept)


# a piece after a stop that opens in lower case: a sentence's end cut off ("They came. back.")
_PIECE = re.compile(r"(?<=[.!?])\s+(?=[a-z])")


def whole_said(text: str) -> str:
    """The draft's text with every sentence a whole one, whichever step put it together: one
    left waiting (", and.", "... because of.", "My own part was.") said to its last whole
    part or left out (``to_self.finished``), and a piece cut off after a stop ("back.") left
    out where it is no clause of its own."""
    kept = []
    for sentence in _sentences(text):
        parts, start = [], 0
        for m in _PIECE.finditer(sentence):
            if not ends_in_abbreviation(sentence, m.start()):
                parts.append(sentence[start:m.start()])
                start = m.end()
        parts.append(sentence[start:])
        head, rest = parts[0], parts[1:]
        for piece in rest:  # "back.": a fragment; "they stayed.": a clause said as its own
            if len(_WORD.findall(piece)) >= 3 and _verb_in(piece):
                head = f"{head} {piece[:1].upper()}{piece[1:]}"
        said = " ".join(finished(s) for s in _sentences(head))
        if said.strip():
            kept.append(said.strip())
    return " ".join(kept)
