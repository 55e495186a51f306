"""The grammar a speaker gives each kind of reason, where the kit's frames would wrap it.

``personal_value`` says a reason typed as a bare phrase after a lead ("It gave me ...", "What I
valued most was ..."). Blind raters (r28) heard three kinds of reason wrapped in the wrong frame:

- a person, a memory or a thing named and then a clause that points back at it ("the first
  family I worked with, I still think about them"): the clause alone leaves "them" pointing at
  nothing, and "It gave me the first family ..." is no English. Said as a person says it: the
  thing named after the lead, then the clause as its own sentence ("What I valued most was the
  first family I worked with. I still think about them."), ``held_then_told``;
- a clause whose subject is people, with the plain form of its verb ("people ask me now
  instead of me asking them"): a clause, said after "What I value most is that ...", never as
  a thing given (``personal_value._has_own_verb`` reads its subject by ``PLURAL_PEOPLE``);
- (left as it was: a bare noun, "It has given me freedom.", raters marked it thin, but asking
  instead left drafts with no reason at all, which ``no reason`` counts and raters mark worse).

A story is told to its end or not started (r28: an anecdote cut before its payoff): a version
that would say only part of a reason whose later sentence points back at the first says it
whole (``story_kept_whole``); a set-up the kit's reading finds no sentence in is said as typed
where the next sentence points back at it (``set_up_as_typed``); a pitfall at a story's end
leaves out the pitfall, not the end (``story_end``). After a pitfall, what the speaker says
they liked doing is a reason of its own (``pitfall_sentence_kept``).

Three shapes of a typed reason that were dropped or said as no sentence (draft41):

- a short name of the thing, a dash or a colon, then a clause that tells it ("the
  independence - I planned my own routes"): two sentences, the name after its lead, the clause
  as typed (``headed_clause``), never refused as a note;
- people named as what mattered ("the kids", "the people I trained, seeing them do well"):
  after "What I valued most was", never "It gave me the kids" (``names_people``,
  ``people_nouns``);
- a doing whose next verb is a clause's own ("knowing the residents trusted me", ``clause_
  doings``) or a participle ("being trusted with the keys at 19", ``passive_doings``): a
  phrase, said after its lead, never as a sentence with no verb (``doing_skips``).
"""

from __future__ import annotations

import re

from .check import pitfall_phrases
from .reason_found import liked_thing
from .reason_short import value_data
from .spoken import is_clause, upper_first

__all__ = ["held_then_told", "held_said", "dangling", "story_kept_whole",
           "story_end", "pitfall_sentence_kept", "job_subject", "set_up_as_typed",
           "PLURAL_PEOPLE", "headed_clause", "names_people", "doing_skips"]

# plural subjects without an "s": "people ask me", "the children wave at me"
PLURAL_PEOPLE = frozenset(("people", "children", "men", "women", "staff", "folk"))

# a phrase that names someone or something (a determiner first), a comma, then a clause of
# the speaker's or of a pronoun that points back at what was named
_HELD = re.compile(
    r"^(?P<named>(?:the|my|our|one|a|an|that|this)\s+[^,;:]{3,80}?)\s*[,;:–—-]\s*(?:and\s+)?"
    r"(?P<told>(?:I|we|he|she|they|it)\b\s+\S.*)$", re.IGNORECASE)
_BACK = re.compile(r"\b(?:them|him|her|it|they|he|she|their|his)\b", re.IGNORECASE)
_VERBISH = re.compile(r"\b(?:is|was|are|were|has|had|have|gave|gives|taught|made|makes)\b",
                      re.IGNORECASE)


def held_then_told(text: str) -> tuple[str, str] | None:
    """(what was named, the clause about it) for a reason that names a person, a memory or a
    thing and then tells a clause pointing back at it ("the first customer I ever helped, she
    still sends me a card" -> ("the first customer I ever helped", "She still sends me a
    card")); None for any other shape (a named phrase with a verb of its own is a clause)."""
    m = _HELD.match(" ".join(text.split()))
    if not m or _VERBISH.search(m.group("named")):
        return None
    told = m.group("told")
    pointer = told.split()[0].lower() in ("he", "she", "they", "it")
    if not (pointer or _BACK.search(told)):
        return None
    return m.group("named"), told[0].upper() + told[1:]


def held_said(text: str, lead: str, in_tense) -> str:
    """A reason of that shape (``held_then_told``) said after ``lead`` ("What I valued most
    was"), its clause as its own sentence in the job's tense (``in_tense``); "" for another."""
    held = held_then_told(text)
    return f"{lead} {held[0][0].lower()}{held[0][1:]}. {in_tense(held[1])}" if held else ""


_PERSON = re.compile(r"\b(?:he|him|his|she|her|they|them|their|they'd|they're|he'd|she'd)\b",
                     re.IGNORECASE)
_INTRODUCES = re.compile(r"\b(?:the|a|an|my|our|some|those|these|this|that|one|every|all|"
                         r"each|two|three|a few|most|many)\s+\S", re.IGNORECASE)


def dangling(sentence: str) -> bool:
    """True when a sentence speaks of someone ("he", "them") it does not name first: said
    alone, the pointer points at nothing ("I talked him through it ...")."""
    m = _PERSON.search(sentence)
    return bool(m) and not _INTRODUCES.search(sentence[:m.start()])


def set_up_as_typed(parts: list[str], n: int, tidy) -> str:
    """The reason's sentence ``n`` as typed (``tidy``: its chat noise left out), where the
    kit's reading finds no sentence in it and the next sentence points back at it
    (``dangling``): a story's set-up, which its end needs ("On my second night a trainee
    froze ... . She got through it ..."); "" otherwise."""
    if not dangling(" ".join(parts[n + 1:n + 2])):
        return ""
    text = tidy(parts[n]).strip().rstrip(".!?,;: ")
    return text[:1].upper() + text[1:]


def story_kept_whole(sentences: list[str], part: str) -> str:
    """``part`` (a version's clause of the reason), or the reason whole where the reason is a
    story whose later sentence points back at the first ("... the smallest kid asked to go in
    goal. He saved a penalty ..."): a part of it would stop before its payoff or start on a
    pointer to nothing. A story is told to its end or not started."""
    whole = " ".join(sentences)
    linked = any(dangling(s) for s in sentences[1:])
    return whole if linked and part and part != whole else part


_CLAUSE_LINK = re.compile(r",?\s+(?:and|plus|but|so)\s+|;\s+|,\s+", re.IGNORECASE)


def story_end(part: str) -> str:
    """The clauses a sentence of a story opens with, up to the first that holds a pitfall
    ("She passed with a merit and sent me a card, and that is when I knew I wanted to
    teach" -> "She passed with a merit and sent me a card"); "" when the first does, or
    what is left says under four words."""
    links = list(_CLAUSE_LINK.finditer(part))
    said, start = "", 0
    for m in [*links, None]:
        end = m.start() if m else len(part)
        longer = part[:end].strip(" ,.")
        if pitfall_phrases(longer):
            break
        said, start = longer, end
    return said if len(said.split()) >= 4 and start else ""


def pitfall_sentence_kept(part: str, after_kept: bool) -> str:
    """What of a reason's sentence with a pitfall in it is said, besides its clause of
    reason: what the speaker says they liked doing ("I like mentoring the new hires too,
    that's the fun part" -> "mentoring the new hires", ``reason_found.liked_thing``), or,
    for a story's next sentence that points back at the one said before it
    (``dangling``), its clauses up to the pitfall (``story_end``): the story told to its
    end, never its set-up alone."""
    return liked_thing(part) or (story_end(part) if after_kept and dangling(part) else "")


_JOB_SUBJECT_RX = re.compile(r"^(it|it's|that's|(?:this|that|the) (?:job|role|work|place)|"
                             r"working there|this|that|here|there)\s+(\w+)", re.IGNORECASE)
# after a bare "this" or "that", the verbs that make the job its subject ("this is where ...");
# after "here" or "there", what makes it a place in the job ("here I ...")
_BARE_SUBJECT = {"this": ("is", "was", "gave", "gives", "taught", "teaches", "showed", "shows",
                          "made", "makes"),
                 "here": ("i", "we", "is", "was"), "there": ("i", "we", "is", "was")}
_BARE_SUBJECT["that"] = _BARE_SUBJECT["this"]


def job_subject(text: str) -> re.Match | None:
    """The job as the sentence's subject ("it", "this job", "this is where", "here I"), or
    None (a bare "that I could ..." is a that-clause, not the job)."""
    m = _JOB_SUBJECT_RX.match(text)
    bare = _BARE_SUBJECT.get(m.group(1).lower()) if m else None
    if m and bare is not None and m.group(2).lower() not in bare:
        return None
    return m


_HEADED = re.compile(r"^(?P<head>[^.!?;:,–—-]{3,40}?)\s*(?:\s[-–—]+\s|:\s)\s*(?P<rest>\S.*)$")


def headed_clause(text: str) -> str:
    """A reason typed as a short name of the thing (four words at most, no verb), a dash or a
    colon, then a clause of four words or more that tells it ("the independence - I planned
    my own routes and nobody micromanaged me"), as two sentences ("the independence. I
    planned ..."); the text as it is otherwise."""
    m = _HEADED.match(text)
    if not m:
        return text
    head, rest = m.group("head").strip(), m.group("rest").strip()
    speaker = re.match(r"(?:I|I'm|I've|I'd|we|we're|nobody|no one|everyone|my \w+)\s+[a-z]",
                       rest)  # "I was 22 and running ...": a clause the strict reading misses
    if len(head.split()) > 4 or is_clause(head) or len(rest.split()) < 4 or \
            not (speaker or is_clause(rest)):
        return text
    return f"{head}. {upper_first(rest)}"


_PEOPLE_LEAD = frozenset(("the", "my", "our", "those", "these", "all", "all the", "helping",
                          "seeing", "watching"))


def names_people(text: str) -> bool:
    """True for a phrase that names people as what mattered, its first noun one of
    ``people_nouns`` ("kids", "the people I trained", "my regulars"): said after "What I
    valued most was", never as a thing given ("It gave me the kids")."""
    words = [w.lower().strip(",.;:!?") for w in text.split()[:3]]
    people = set(value_data().get("people_nouns", ())) | PLURAL_PEOPLE
    if not words:
        return False
    if words[0] in people:
        return True
    return words[0] in ("the", "my", "our", "those", "these") and (
        len(words) > 1 and words[1] in people or
        len(words) > 2 and words[2] in people and not words[1].endswith("ing"))


def doing_skips(first: str, words: list[str]) -> tuple[list[str], int]:
    """For a phrase opening on the doing ``first`` with ``words`` after it: the words where
    its own verb may be (a participle after "being" left out: "being trusted with ...") and
    how many verbs belong to a clause it takes first ("knowing the residents trusted me": one,
    ``clause_doings``), so that a doing is read as a sentence's subject only where a verb of
    its own follows."""
    data = value_data()
    if first in data.get("passive_doings", ()) and words:
        return words[1:], 0
    if first == "having" and words[:1] == ["been"]:
        return words[2:], 0
    return words, int(first in data.get("clause_doings", ()))
