"""What a job gave the participant personally, in their own words: read, and said as speech.

The interview question asks which job gave the most personal value. The draft's opening answers
it with the participant's own reason (a role's ``personal_value``), never one the kit makes up.
``say_value`` reads those words the way the answer check reads an answer and says them as the
speaker's sentence:

- a pitfall the check would flag (perks, the pay, the fun, the great team, complaints) is the
  check's own reading (``check.pitfall_phrases`` on the sentence the draft would say);
- words that name nothing ("a great experience", "I learned a lot", "confidence") are the
  check's reading of what is specific (``specific.names_something``, its ``empty_words``);
- a note the draft cannot say as speech (``spoken.speech`` gives "") is asked for as a sentence.

Such words never lead the answer; ``ValueSaid.problem`` says why, and the coach asks again
(``workshop.coach``). Words that can lead are said in the first person and, for a job that is
over, in the past ("taught me to stay calm" -> "It taught me to stay calm.", "learning to
trust my judgement" -> "I learned to trust my judgement.", "the confidence to run a shift" ->
"It gave me the confidence to run a shift.", "seeing young people come back" -> "What I valued
most was seeing young people come back."), with one short clause of it for the 30-second
version. The verbs and openings it knows are data (``data/personal_value.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import reason_grammar as _grammar
from . import story_cut as _story
from .check import pitfall_phrases
from .check_rules import rules
from .empty_reply import says_nothing
from .model import Role
from .reading import read
from .reason_found import (
    OPENING_JOIN,
    _present_of,
    downside,
    job_now,
    job_phrase,
    job_reason,
    liked_thing,
    meant_pitfalls,
    note_reason,
    pay_said,
    pick_only,
    quality_made,
    story_event,
    without_pick,
)
from .reason_short import SHORT_WORDS as _SHORT_WORDS
from .reason_short import carries as _carries
from .reason_short import marks as _marks
from .reason_short import meaning_short as _meaning_short
from .reason_short import own_value as _own_value
from .reason_short import pointers_said, value_data
from .reason_short import says_value as _says_value
from .reason_short import stands_alone as _stands_alone
from .reason_short import they_first as _they_first
from .reason_short import told_turn as _told_turn
from .reason_short import turn_of as _turn_of
from .resources import per_data_folder
from .sentence_said import unmarked
from .specific import names_something
from .spoken import (
    SUBJECTS,
    SUBORDINATE_HEAD,
    clause_in_past,
    first_word,
    given_thing,
    is_clause,
    lower_first,
    past_of_present,
    reads_whole,
    speech,
    starts_with_past_verb,
    strip_end,
    upper_first,
    word_list,
)
from .verbs import in_base_forms
from .wording import content_stems

__all__ = ["ValueSaid", "say_value", "role_value", "own_reason", "summary_reason", "thin_reason",
           "check_reads"]


@dataclass(frozen=True)
class ValueSaid:
    """The participant's words on what the job gave them, as the draft says them.

    Attributes:
        sentence: the words as the speaker's sentences (at most two), "" when they can't lead.
        short: one short clause of them, for the 30-second version ("" likewise).
        problem: why some of the words are not said: "" (all said, or nothing typed),
            "empty" (a reply that carries no content, ``empty_reply.says_nothing``),
            "pitfall", "vague", "result" (a result the role tells already) or "note" (words
            that do not read as a sentence a person says).
        quoted: the words the problem is about, as typed.
        pitfalls: for "pitfall", the pitfalls found, as the check names them ("perks").
        phrases: for "pitfall", the phrases the check found.
        brief: the briefest clause of them ("" likewise), for a 30-second version the full
            ``short`` would take past its time.
    """

    sentence: str = ""
    short: str = ""
    problem: str = ""
    quoted: str = ""
    pitfalls: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    brief: str = ""


_data = value_data  # one reading of data/personal_value.json


def _table(key: str) -> dict[str, str]:
    return {k.lower(): v for k, v in _data()[key].items()}


@per_data_folder
def _fillers() -> re.Pattern:
    words = sorted(_data()["fillers"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\b[,:!.]?\s+",
                      re.IGNORECASE)


_LEADS_PAST = ("What I valued most was", "What mattered most to me was")
_LEADS_NOW = ("What I value most is", "What matters most to me is")
_PLACE_LEAD = re.compile(r"^(?:at|in|on|when|as|while|during|after|by|since|over|within|from|for|"
                         r"before|once|working|every|each)\b", re.IGNORECASE)
# Where a long sentence may be cut: before a clause of its own ("..., and I ...", a semicolon
# or a dash); else before any "and", "but", "so", where what comes before is a clause itself.
_CLAUSE_BREAK = re.compile(r",?\s+(?:and|but|so|because)\s+(?=(?:I|I'm|I've|we|it|it's|they|he|"
                           r"she|this|that|there)\b)|\s*[;–—]\s+", re.IGNORECASE)
_ANY_BREAK = re.compile(r",?\s+(?:and|but|so|because|which)\s+(?=\S)", re.IGNORECASE)
_LONG_WORDS = 45  # both sentences of the 90-second version together
_LONG_CLAUSE = 40  # one sentence of it


def _tidy(text: str) -> str:
    """The reply as typed, made speech: a list mark before it left out ("- first time ..."),
    a spoken opening that says nothing left out
    ("honestly, ..."), chat noise left out ("lol", ":)"), contractions typed without their
    apostrophe written with it, and a generic "you" ("you learn to ...") said as the
    speaker's own "I"."""
    text = unmarked(text)  # "- first time I was ...": a CV list mark, never said
    noise = "|".join(re.escape(w) for w in _data()["chat_noise"])
    text = re.sub(rf"(?:(?<=\s)|^)(?:{noise})(?=[\s.,!?]|$)", "", text, flags=re.IGNORECASE)
    text = " ".join(text.split())
    for _ in range(3):
        text = _fillers().sub("", text).strip()
    contracted = _table("contractions")
    text = re.sub(r"\b(" + "|".join(contracted) + r")\b",
                  lambda m: contracted[m.group(1).lower()], text, flags=re.IGNORECASE)
    if first_word(text) == "you":
        text = re.sub(r"^you\b", "I", text, flags=re.IGNORECASE)
        text = re.sub(r"\byourself\b", "myself", text, flags=re.IGNORECASE)
        text = re.sub(r"\byour\b", "my", text, flags=re.IGNORECASE)
        text = re.sub(r"\byou\b", "me", text, flags=re.IGNORECASE)
    return text


def _job_in_past(sentence: str) -> str:
    """A sentence whose subject is the job told in the past ("It gives me ..." -> "It gave me
    ...", "This job teaches ..." -> "That job taught ...", "This is where ..." -> "That was
    where ...")."""
    m = _grammar.job_subject(sentence)
    if not m:
        return sentence
    subject, verb = m.group(1), m.group(2)
    if subject.lower() in ("it's", "that's"):
        rest = sentence[len(subject):].lstrip()
        if starts_with_past_verb(rest):  # "it's proved to me": it has, said as "it proved"
            return f"{upper_first(subject[:-2])} {rest}"
        return f"{upper_first(subject[:-2])} was {rest}"
    past = past_of_present(verb) if verb.lower().endswith("s") else ""
    subject = re.sub(r"^this\b", "that", subject, flags=re.IGNORECASE)
    return f"{upper_first(subject)} {past or verb}{sentence[m.end():]}"


def _in_tense(sentence: str, current: bool) -> str:
    """``sentence`` for a job that is over in the past: the job as its subject ("It gives me"
    -> "It gave me", ``_job_in_past``), then the kit's one reading of tense
    (``spoken.clause_in_past``: a verb it does not know leaves the sentence as typed, never
    half in the past), unless it says it is so still ("now", "still", "today")."""
    if current:
        return job_now(sentence)  # "It gave me ..." of the job held now: "It has given me"
    if re.search(r"\b(?:now|still|today|to this day|(?:who|what) I am)\b", sentence,
                 re.IGNORECASE):  # "it made me who I am": the speaker now
        return sentence
    # "Here I learned ..." of a job that is over: "here" in an interview is the
    # interviewer's place, and "this job" is the one held now
    sentence = re.sub(r"^Here\b,?\s*(?=(?:I|we)\b)", "In that job ", sentence)
    sentence = re.sub(r"\b(in|at|from|of) this (job|role|place|work)\b", r"\1 that \2",
                      sentence, flags=re.IGNORECASE)
    return clause_in_past(_job_in_past(sentence))


# a story's time before its clause ("One night the ward lost power", "That summer our boat
# ..."): the clause after it is the sentence, never a thing the job gave ("It gave me one night
# the ward lost power": blind raters, r29)
_TIME_LEAD = re.compile(r"^(?:(?:one|that|this|the|a|last|next)\s+(?:\w+\s+)?(?:night|day|"
                        r"morning|evening|afternoon|weekend|week|shift|summer|winter|spring|"
                        r"autumn|season|year|month|time|match|game)|once)\b,?\s+", re.IGNORECASE)


def _a_clause(text: str, first: str) -> bool:
    """True for a sentence with a subject of its own: the speaker, the job, "this is where
    ...", a time or place before "I", a story's time before an event ("One night the ward
    lost power"), or any subject with a finite verb."""
    timed = _TIME_LEAD.match(text)
    return (first in ("i", "i'm", "i've", "i'd", "we", "we're", "we've", "they", "they're",
                      "they've", "he", "she", "he's", "she's") and len(text.split()) > 2 or
            bool(_grammar.job_subject(text)) or
            bool(_PLACE_LEAD.match(text) and re.search(r"\b(?:I|we)\s+[a-z]", text)) or
            bool(timed and story_event(text[timed.end():])) or is_clause(text))


def _phrase(text: str, current: bool, variant: int) -> str:
    """A first sentence that is a phrase, not a clause, as the answer to the question: a thing
    the job gave ("the confidence to speak up" -> "It gave me the confidence to speak up"),
    something of the speaker's ("my kids" -> "What I valued most was my kids"), or "" for a
    phrase that names no such thing ("still early days", "mixed")."""
    words = text.split()
    first = first_word(text)
    if first in _data()["not_a_thing"] or first.endswith("ly") or \
            len(words) == 1 and (starts_with_past_verb(text) or first.endswith("ed")):
        return ""
    lead = (_LEADS_NOW if current else _LEADS_PAST)[variant % 2]
    own_verb = not first.endswith("ing") and _has_own_verb(text)  # "the kids wave ..."
    if _story_turn(text) or own_verb and story_event(text):  # "a dog bit me ... after that"
        return upper_first(_in_tense(text, current))  # a story's start, told as it is
    if own_verb:  # "my manager trusts me ...": a lasting state, the thing valued
        return f"{lead} that {lower_first(_in_tense(text, current))}"
    if first.endswith("ing") and len(first) > 4 or first in ("my", "our") or \
            _grammar.names_people(text):  # "the people I trained", never "It gave me" them
        return f"{lead} {lower_first(_in_tense(text, current))}"
    if not given_thing(text):
        return ""  # "It gave me ward-based technician on nights" is no sentence: asked
    return f"{'It has given me' if current else 'It gave me'} {lower_first(text)}"


_DETERMINERS = frozenset(("the", "my", "our", "his", "her", "their"))


def _has_own_verb(text: str) -> bool:
    """True for a phrase that goes on to a verb of its own after its first noun: a clause with
    a subject ("the residents wave at me", "my manager trusts me with the keys"), which is said
    after "that", never as a thing given ("It has given me the residents wave ...")."""
    words = [w.lower().strip(",.;:") for w in text.split()]
    if len(words) < 3 or words[0] not in _DETERMINERS | _grammar.PLURAL_PEOPLE | {
            "customers", "clients", "patients", "kids"}:
        return False
    for before, word, after in zip(words[:4], words[1:5], [*words[2:6], ""], strict=False):
        if word in ("who", "which", "that", "of", "to", "for", "with", "and", "in", "at"):
            return False  # "my team who ...", "the chance to ...": a phrase, not a clause
        plural = before in _grammar.PLURAL_PEOPLE or before.endswith("s") and \
            not before.endswith("ss")
        # a verb the tense data does not know, read by what follows it: "the residents wave
        # at me", "the kids call me" (a noun is not followed by "me" or "at")
        unknown = after in ("me", "us", "at", "when") and word.isalpha() and plural
        verb = (bool(past_of_present(word)) or unknown) and before not in _DETERMINERS
        if word in ("is", "are", "was", "were", "has", "have", "had") or verb and (
                plural != (word.endswith("s") and not word.endswith("ss"))):
            return True  # "the drivers trust", "my manager trusts": a subject and its verb
    return False


def _opening_form(text: str, current: bool) -> str:
    """A reply whose opening words the data names: what the speaker found out ("learning to
    ..." -> "I learned to ..."), what the job gave ("taught me ..." -> "It taught me ..."), an
    occasion ("first time I ..." -> "It was the first time I ..."); "" for any other."""
    first, low, words = first_word(text), text.lower(), text.split()
    for opening, past in sorted(_table("learned").items(), key=lambda kv: -len(kv[0])):
        rest = text[len(opening):].strip()
        if low.startswith(opening + " ") and len(words) > len(opening.split()) + 1 and (
                first_word(rest) in ("to", "how", "that", "what", "about", "why", "when", "i",
                                     "we") or not is_clause(rest)):
            return f"I {past} {rest}"
    gives = _table("gives_me")
    if first in gives and len(words) > 2 and words[1].lower().strip(",") == "me":
        verb = words[0] if current else gives[first]
        return _in_tense(f"It {lower_first(verb)} {' '.join(words[1:])}", current)
    for opening, said in sorted(_table("it_was").items(), key=lambda kv: -len(kv[0])):
        if low.startswith(opening + " ") and ("first" in said or not is_clause(text)):
            now = current and "first" not in said
            return f"It {'is' if now else 'was'} {said}{text[len(opening):]}"
    return ""


def _finite_after_doing(text: str) -> bool:
    """True when a phrase that opens with a doing ("running that office ...") goes on to a
    verb of its own ("... taught me", "... was why"): a clause with the doing as its subject,
    not a doing named ("watching frightened patients relax")."""
    verbs = word_list("finite_verbs") | word_list("irregular_past") | set(_table("gives_me"))
    words, embedded = _grammar.doing_skips(first_word(text), [w.lower().strip(",.;:")
                                                              for w in text.split()[1:]])
    for word, after in zip(words, [*words[1:], ""], strict=True):
        if word in ("when", "who", "which", "if", "where", "while") or word == "because" \
                and after != "of" or (
                word == "that" and after in SUBJECTS | {"i", "we", "they", "you"}):
            # "knowing that the clients were safe": the verb is the clause's ("because of" is
            # no clause: "seeing them through because of checks I set up meant ...")
            return False
        verb = word in verbs or word.endswith("s") and bool(past_of_present(word))
        if verb and embedded:
            embedded = -1  # "knowing the residents trusted me": the clause's own verb; a
        elif verb or embedded < 0 and word in _present_of():  # a past after it is
            return True  # the doing's ("... trusted me meant everything")
    return False


def _told_as_is(text: str, first: str) -> bool:
    """True for a clause that answers the question as it stands: the speaker's or the job's
    own sentence, one opening with a time or a place, one that says its own value ("... is
    what I'm proudest of"), one whose subject is a doing ("running that office taught me
    ..."), or one that tells an event, a past state or what was not (``story_event``)."""
    return (first in ("i", "i'm", "i've", "i'd", "we") or bool(_grammar.job_subject(text)) or
            bool(_PLACE_LEAD.match(text) or _TIME_LEAD.match(text)) or _says_value(text) or
            (first.endswith("ing") and len(first) > 4 and _finite_after_doing(text)) or
            story_event(text))


def _realised(part: str, current: bool, variant: int, lead_sentence: bool = True) -> str:
    """One sentence of the reply as the speaker says it (no final stop), or "" when it is no
    sentence the draft can say. The first (``lead_sentence``) answers the question, so a bare
    phrase gets a lead ("It gave me ...", "What I valued most was ..."); a later one is told
    only where it is a sentence of its own."""
    text = strip_end(_tidy(part))
    text = OPENING_JOIN.sub("", text) if lead_sentence else text  # "but it turned out"
    held = _grammar.held_said(text, (_LEADS_NOW if current else _LEADS_PAST)[variant % 2],
                     lambda told: _in_tense(told, current)) if lead_sentence else ""
    turned = re.search(r"(?:,|,?\s+(?:but|and|so))\s+(?=(?:I|we)\s+[a-z])", text)
    if turned and not _a_clause(text[:turned.start()], first_word(text)):
        text = text[turned.end():]  # "crazy deadlines, but I learned ...": what was said of it
    first, words = first_word(text), text.split()
    if re.fullmatch(r"[a-z]{3,}est|best|worst", first) and len(words) > 2:
        text = f"It {'is' if current else 'was'} the {lower_first(text)}"  # "hardest job I've had"
        return text
    formed = held or (_opening_form(text, current) or quality_made(text, current) or (
        job_phrase(text, current) if lead_sentence else "")) if text else ""  # "The job that"
    if formed or not text:
        return formed
    if first == "because" and len(words) > 3 and lead_sentence:  # a reason, said as one
        reason = _in_tense(lower_first(text), current)
        return f"It {'matters' if current else 'mattered'} to me {reason}"
    if first in ("that", "to") and len(words) > 2 and not _grammar.job_subject(text) and \
            not _TIME_LEAD.match(text):  # "That summer our skipper ...": a story's time
        if first == "to":
            return f"{'It has taught me' if current else 'It taught me'} {lower_first(text)}" \
                if lead_sentence else ""
        shown = "It has shown me" if current else "It showed me"
        return f"{shown} {lower_first(_in_tense(text, current))}" if lead_sentence else ""
    doing = first.endswith("ing") and len(first) > 4
    # a later sentence of a doing that goes on to a verb of its own is a clause with the
    # doing as its subject ("Seeing them ... meant more to me than ..."): said as it is
    if _finite_after_doing(text) if doing and not lead_sentence else \
            _a_clause(text, first) and not (doing and not _finite_after_doing(text)):
        told = _in_tense(upper_first(text), current)
        if not lead_sentence or _told_as_is(text, first) or _story_turn(text):
            return told  # "a mate got hurt ..., and after that I ...": a story, told as it is
        lead = (_LEADS_NOW if current else _LEADS_PAST)[variant % 2]
        return f"{lead} that {lower_first(told)}"
    if len(words) > 2 and (starts_with_past_verb(text) or first in word_list("base_verbs")
                           and words[1].lower() not in ("of", "and", "for", "with")):
        return _in_tense(f"I {lower_first(text)}", current)
    return _phrase(text, current, variant) if lead_sentence else ""


@per_data_folder
def _turns() -> re.Pattern:
    words = sorted(_data()["story_turns"], key=len, reverse=True)
    # at a clause's start only: "after a few months" inside a clause is no turn
    return re.compile(r"(?:^|[,;]\s*(?:(?:and|so)\s+)?|\s(?:and|so)\s+)(?:" +
                      "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _story_turn(text: str) -> bool:
    """True when a sentence turns from an event to what the speaker did or found from then on
    (``story_turns``: "... and after that I never ..."): a story, whose start is no thing valued."""
    return bool(_turns().search(text))


def _names_something(text: str) -> bool:
    r = rules()
    reading = read(text, r.grammar)
    return names_something(r.specific, reading.words, 0, len(reading.words), False)


def _cut(part: str, most: int, loose: bool = True) -> str:
    """A sentence longer than ``most`` words cut before a clause of its own, or (``loose``)
    before any "and", "but" or "so" where what comes before is a clause, leaving four to
    ``most`` words (the longest such head, so a "but" keeps what it turns to where it fits),
    else as it is."""
    if len(part.split()) <= most:
        return part
    heads = [part[:m.start()] for m in _CLAUSE_BREAK.finditer(part)]
    if loose:
        heads += [h for h in (part[:m.start()] for m in _ANY_BREAK.finditer(part))
                  if _a_clause(h, first_word(h))]
    heads = [h for h in heads if 4 <= len(h.split()) <= most and not _leaning(h)]
    if not heads and _leaning(part.split(",", 1)[0]):
        # a clause leaning on the next ("When the power tripped ..., I kept calm, found ...")
        # is said with that next clause, cut at the comma after it
        heads = [h for h in (part[:m.start()] for m in re.finditer(r",\s+", part))
                 if 4 <= len(h.split()) <= most and not _leaning(h) and _ends_on_clause(h)]
    return max(heads, key=len) if heads else part


def _ends_on_clause(head: str) -> bool:
    """True when the last comma-part of ``head`` is a clause of its own ("..., I kept calm")."""
    last = head.rsplit(",", 1)[-1].strip()
    return _a_clause(last, first_word(last))


def _leaning(head: str) -> bool:
    """True for a head that is only a clause leaning on the one after it ("When the power
    tripped at eleven one night with patients on monitors"): cut there, the sentence said is
    a fragment (blind raters, r34: the draft opened on such a half-sentence)."""
    return bool(SUBORDINATE_HEAD.match(head.strip())) and "," not in head


def _pitfall(quoted: str, found: dict[str, list[str]]) -> ValueSaid:
    labels = rules().pitfall_labels
    return ValueSaid(problem="pitfall", quoted=quoted,
                     pitfalls=tuple(labels.get(c, c) for c in found),
                     phrases=tuple(p for ps in found.values() for p in ps))


# Two sentences run together with a comma ("nobody got hurt, that means more ..."): two.
_SPLICE = re.compile(r",\s+(that|this|it)(?=\s+(?:is|was|means|meant|made|makes|gave|gives|"
                     r"matters|mattered)\b)", re.IGNORECASE)


def _unspliced(sentence: str) -> str:
    return _SPLICE.sub(lambda m: ". " + upper_first(m.group(1)), sentence)


def _restates(part: str, told: tuple[str, ...]) -> bool:
    """True when a sentence of the reply says again what a result or a note of the role says
    (four in five of its meaningful words, two or more): the same fact is not told twice,
    and a result is no answer to what the job gave the speaker."""
    said = content_stems(part)
    return len(said) >= 2 and any(len(said & content_stems(t)) >= 0.8 * len(said)
                                  for t in told)


# Where a reason's sentence joins two clauses, each with its own subject ("I train the new
# guys now and nobody on my shift got hurt")
_AND_CLAUSE = re.compile(r",?\s+and\s+(?=(?:I|i|we|nobody|no one|everyone|everybody|none|my|our|"
                         r"the)\b)")
# a clause that points back at the one before it ("... and all of them passed"): never alone
_POINTS_BACK = re.compile(r"^(?:they|them|it|that|this|those|these|all of them|both of them|"
                          r"he|she|all|most|some|which)\b", re.IGNORECASE)


# when a deed is told ("I train the new guys now"): not what the deed is
_TIME_NOW = re.compile(r"\b(?:now|today|still|these days|nowadays|always|currently|so far)\b",
                       re.IGNORECASE)


def _untold_clause(part: str, told: tuple[str, ...]) -> str:
    """A reason's sentence of two clauses where one says again a fact a result or a note of
    the role says (``_restates``, in any tense: "I train the new guys now" beside "I trained
    all the new guys to scan every pallet"): the other clause alone, the fuller telling kept
    where it is (issue 20, draft47: one fact said twice in two tenses). The sentence as it is
    where neither or both clauses say a note again, where the one left would point back at
    the other ("... and all of them passed"), or where it names nothing to say alone."""
    pieces = _AND_CLAUSE.split(part, maxsplit=1)
    if len(pieces) != 2 or not told:
        return part
    first, second = pieces
    told = tuple(in_base_forms(t) for t in told)  # "taught" beside "teach": one deed
    again = [_restates(in_base_forms(_TIME_NOW.sub("", clause)), told)
             for clause in (first, second)]
    rest = second if again == [True, False] and not _POINTS_BACK.match(second) else \
        first if again == [False, True] and len(first.split()) >= 3 else ""
    if not rest or not (_names_something(rest) or job_reason(rest)):
        return part  # a clause that would be left out alone ("the crew trusts me"): whole
    return rest[:1].upper() + rest[1:]


def _kept(parts: list[str], current: bool, variant: int,
          told: tuple[str, ...] = ()) -> tuple[list[tuple[str, str]], ValueSaid]:
    """The reply's sentences the draft can lead with, as (typed, said), and why any was not
    kept: a pitfall, or, when none is kept, a result the role tells already, words that name
    nothing, or a note that does not read as a sentence (``spoken.reads_whole``). A sentence
    with a pitfall in it keeps its clause of reason where it has one (``_clean_clause``:
    "..., and making the club was the moment I felt I belonged, plus the car was nice");
    after a pitfall, a sentence that points back to it ("that's why I stayed") is not said,
    one that turns from it ("But building the system taught me to think in systems") is."""
    kept: list[tuple[str, str]] = []
    problem = ValueSaid()
    story = len(parts) > 1 and _story_turn(" ".join(parts[1:3]))
    after_pitfall = False
    for n, part in enumerate(parts[:3]):
        part = _turned_from(part) if after_pitfall else part
        part = _untold_clause(part, told) if part and not _restates(part, told) else part
        if not part or says_nothing(part):  # "Dunno really. The kids, I guess": the kids
            continue
        sentence = _unspliced(_realised(part, current, variant, not kept and not story))
        if story and not kept and not sentence:  # a bare phrase still needs its lead
            sentence = _unspliced(_realised(part, current, variant, True))
        set_up = not (sentence or kept) and _grammar.set_up_as_typed(parts, n, _tidy)
        sentence = sentence or set_up or ""  # a story's set-up its next sentence points at
        # a pitfall read by the sentence's meaning, never by a word used in another sense
        # ("where the money goes", "I hated stocktakes at first": ``meant_pitfalls``)
        found = meant_pitfalls(pitfall_phrases(part), part) or \
            meant_pitfalls(pitfall_phrases(sentence), sentence) or \
            meant_pitfalls(pay_said(part), part)
        if found:
            if not problem.problem or problem.problem != "pitfall":
                problem = _pitfall(part, found)
            clause = _clean_clause(part) or _grammar.pitfall_sentence_kept(part, bool(kept))
            said = _pitfall_kept(clause, current, variant, not kept)
            if said and reads_whole(said) and not pitfall_phrases(said) and \
                    not downside(clause):
                kept.append((clause, said))
            after_pitfall = True
            continue
        why = ("result" if _restates(part, told) else "downside" if downside(part) else
               "note" if not sentence or not (set_up or reads_whole(sentence)) else
               "vague" if not _names_something(part) and not job_reason(part) else "")
        if why:
            if not kept and not problem.problem:
                problem = ValueSaid(problem=why, quoted=part)
            continue
        kept.append((part, sentence))
    if problem.problem == "pitfall":
        return kept, problem
    return kept, problem if not kept else ValueSaid()


def _pitfall_kept(clause: str, current: bool, variant: int, lead_sentence: bool) -> str:
    """The clause of reason kept from a sentence with a pitfall in it, as said; what they
    liked told as a clause of its own ("I loved that I could see my numbers move") is said
    after the lead ("What I valued most was that ..."), never "It showed me that ..." (a
    finding the liking did not say) and never dropped with the liking (r25: "her reason
    dropped"); "" for no clause."""
    if not clause:
        return ""
    if re.match(r"(?:that|how)\s", clause, re.IGNORECASE):
        lead = (_LEADS_NOW if current else _LEADS_PAST)[variant % 2]
        return f"{lead} {strip_end(_in_tense(clause, current))}"
    return _unspliced(_realised(clause, current, variant, lead_sentence))


# After a pitfall: a sentence that points back to it ("that's why I stayed", "so ...") and
# the words that turn away from it ("But ...", "Also ...").
_POINTS_BACK = re.compile(r"^(?:that's|that is|that was|this is|which|so|and so|it was)\b",
                          re.IGNORECASE)
_WHY_BACK = re.compile(r"\b(?:that's|that is|which is|this is|that was) why\b", re.IGNORECASE)
_TURNS_FROM = re.compile(r"^(?:but|however|also|and|still|then again)\b,?\s*", re.IGNORECASE)
_CLAUSES = re.compile(r",?\s+(?:and|plus|but|so)\s+|;\s+|,\s+(?=(?:I|I'm|I've|it|it's|that's|"
                      r"this|the)\b)", re.IGNORECASE)


def _turned_from(part: str) -> str:
    """A sentence after a pitfall, without the words that turn from it ("But ..."), where it
    says a reason of its own; "" where it points back to the pitfall ("that's why I stayed")
    or says more of it ("Paid a bit more too.")."""
    if _POINTS_BACK.match(part) or _WHY_BACK.search(part) or not _carries(part) and \
            not liked_thing(part):  # "I like mentoring the new hires too": a reason
        return ""
    return _TURNS_FROM.sub("", part)


def _clean_clause(part: str) -> str:
    """The clause of a sentence with a pitfall in it that says a reason of its own: no pitfall,
    not pointing back to one, of six words or more, with a feeling, a finding or a meaning
    (``reason_marks``, ``says_value``), said to the end of its thought: a piece after it that
    goes on with the same subject ("... belonged here and was not just the new guy") is said
    with it, where it holds no pitfall; "" when none does."""
    pieces = _CLAUSES.split(part)
    links = [m.group(0) for m in _CLAUSES.finditer(part)]
    for n, clause in enumerate(pieces):
        clause = strip_end(clause.strip(" ,"))
        if len(clause.split()) >= 6 and not _POINTS_BACK.match(clause) and \
                not pitfall_phrases(clause) and (_marks().search(clause) or _says_value(clause)):
            for link, more in zip(links[n:], pieces[n + 1:], strict=False):
                longer = f"{clause}{link}{strip_end(more.strip(' ,'))}"
                if not _SAME_SUBJECT.match(link + more) or pitfall_phrases(longer):
                    break
                clause = longer
            return upper_first(_introduced(clause, pieces[:n], links[:n]))
    return ""


def _introduced(clause: str, before: list[str], links: list[str]) -> str:
    """A reason clause whose "they" comes before whom it means, said with the pieces of its
    sentence before it back to the one that names them, leaving out a piece with a pitfall
    ("..., it makes me very happy, ..."); the clause as it is where none names them."""
    told, gap = clause, False
    for piece, link in zip(reversed(before), reversed(links), strict=False):
        if not _they_first(told):
            return told
        piece = strip_end(piece.strip(" ,"))
        if not piece or pitfall_phrases(piece) or pay_said(piece):
            gap = True
            continue
        told = f"{piece}{', and ' if gap else link}{lower_first(told)}"
        gap = False
    return clause if _they_first(told) else told


# A piece that goes on with the subject before it: "and"/"but" then a verb or "not".
_SAME_SUBJECT = re.compile(r"^,?\s+(?:and|but|or)\s+(?:not|never|was|were|is|are|had|has|have|"
                           r"also|still)\b", re.IGNORECASE)


def role_value(role: Role, variant: int = 0) -> ValueSaid:
    """``say_value`` for a role's own words (``own_reason``), beside what its results and
    notes tell already (a sentence of the reply that says a result again is not said)."""
    told = tuple(r.statement for r in role.results) + tuple(
        r.my_part for r in role.results if r.my_part) + tuple(
        note for sk in role.skills for note in (sk.used_later, sk.how_far) if note)
    reason = own_reason(role)  # read once: each read runs the note readers over every note
    told = tuple(t for t in told if not reason or  # a reason in a note
                 reason.lower() not in t.lower())  # is not that note said again
    return say_value(reason, role.current, variant, told)


def thin_reason(role: Role) -> str:
    """The participant's typed reason where the draft says it but it is thin: a bare phrase
    (no verb of its own, ``THIN_WORDS`` meaningful words or fewer) that the draft gives its own
    lead ("the freedom" -> "It gave me the freedom.", "the location" -> "What I valued most was
    the location."): a hiring manager hears a word, or a perk, not why the job mattered, and
    the coach asks for a moment and what it changed (``coach``). "" for a reason that tells a
    clause of its own, one the draft does not say, or words taken from the summary or notes.
    The phrase is returned as the draft says it (a spoken opening, "honestly", left out)."""
    typed = " ".join(str(role.personal_value or "").split())
    said = role_value(role)
    if not typed or says_nothing(typed) or not said.sentence or said.problem:
        return ""
    phrase = _tidy(typed).strip(" .!?")  # "honestly the freedom": the freedom
    lead = said.sentence.lower()
    given = [f"{w.lower()} {phrase.lower()}" for w in (*_LEADS_PAST, *_LEADS_NOW, "It gave me",
                                                        "It has given me")]
    if not any(lead.startswith(g) for g in given) or len(content_stems(phrase)) > THIN_WORDS:
        return ""
    return phrase


def check_reads(role: Role) -> ValueSaid:
    """A reason the participant typed that says a pitfall word in another sense ("where the
    money goes": ``reason_found.meant_pitfalls``), which the answer check still reads as the
    pitfall (its reading is issue 21's): the draft leaves the sentence out, so the coach asks
    for other words, naming the words and the check's pitfall. An empty ``ValueSaid`` where
    the check reads no pitfall in what the draft would say."""
    said = role_value(role)
    typed = " ".join(str(role.personal_value or "").split())
    found = pitfall_phrases(said.sentence) if typed and said.sentence else {}
    return _pitfall(typed, found) if found else ValueSaid()


THIN_WORDS = 3  # "independence and responsibility", "the people I trained": still a phrase


def own_reason(role: Role) -> str:
    """The participant's reason for this job, in their own words: the role's
    ``personal_value`` (their answer to the coach), else the sentence of the role's summary
    that says one (``summary_reason``), else a reason in a note (``note_reason``), else what
    the summary says they liked doing (``liked_thing``: "I change the menu every season, I
    love it" -> "changing the menu every season"), else "".
    """
    typed = " ".join(str(role.personal_value or "").split())
    typed = "" if says_nothing(typed) else typed  # a throwaway reply: the summary's words
    return typed or summary_reason(role.summary, role.current) or note_reason(role) or \
        liked_thing(role.summary)


_DUTY = re.compile(r"^(?:i\s+(?:am|was)\s+)?(?:responsible|in charge)\s+(?:for|of)\b", re.I)


def summary_reason(summary: str, current: bool = False) -> str:
    """The sentence of a role's summary that is the participant's reason, read by its
    structure: a first-person clause (``first_person`` in ``data/personal_value.json``) of
    feeling, finding or meaning (``reason_marks``: "I was nervous at first, but I found I was
    good at ...", "it turned out to be my favourite part of the week"), which the draft can
    say as the speaker's sentence (``say_value`` finds no fault in it); never a duty
    ("Responsible for ..."), nor one the answer check reads as a pitfall (the perks, the pay,
    the team, the fun: ``check.pitfall_phrases``). "" when no sentence is one."""
    text = " ".join(str(summary or "").split())
    mine = set(_data()["first_person"])
    for part in re.split(r"(?<=[\w)%'’!])[.!?]+\s+(?=\S)", text):
        words = {w.lower().strip(",;:!?.") for w in part.split()}
        if not (words & mine and _marks().search(part)) or _DUTY.match(part) or \
                pitfall_phrases(part):
            continue
        said = say_value(part, current)
        if said.sentence and not said.problem:
            return strip_end(part)
    return ""


def say_value(text: str, current: bool, variant: int = 0,
              told: tuple[str, ...] = (), results: tuple[str, ...] | None = None) -> ValueSaid:
    """The participant's words on what the job gave them (``Role.personal_value``), said as
    the draft says them, and what keeps any of them from being said (see ``ValueSaid``).
    ``current``: the job is still held (else told in the past); ``variant`` picks among
    equivalent leads; ``told``: what the role's results and notes say already;
    ``results``: the role's results a story may end on (``told`` where None)."""
    raw = " ".join(str(text or "").split())
    if says_nothing(raw) or pick_only(raw):
        # "dunno really", "same as above": never "It gave me dunno really."; "without a doubt
        # this one": the job picked, no reason given
        return ValueSaid(problem="empty" if says_nothing(raw) else "pick", quoted=raw)
    raw = _grammar.headed_clause(without_pick(raw))  # "the independence - I planned ..."
    said = speech(raw, own_voice=True) if raw else ""
    alone = raw.lower().strip(".!?") if len(raw.split()) == 1 else ""
    if alone in _data().get("non_answers", ()):
        return ValueSaid(problem="vague", quoted=raw)  # "idk", "ok": no reason said
    if not said or alone in _data().get("pay_alone", ()):
        found = pitfall_phrases(raw) or pay_said(raw) or ({"perks": [raw]} if alone else {})
        return _pitfall(raw, found) if found else ValueSaid(problem="note" if raw else "",
                                                           quoted=raw)
    parts = [p for p in re.split(r"(?<=[\w)%'’])[.!?]+\s+(?=\S)", said) if strip_end(p)]
    # as typed: a story is told by its own sentences
    story = _story_said(raw, current, told if results is None else results)
    if story is not None:
        return story
    kept, problem = _kept(parts, current, variant, told)
    if not kept:
        return problem
    kept = _slogan_meant(kept, parts, current, variant, told)
    out, total = [], 0
    for _part, sentence in kept[:3 if _told_story(kept) else 2]:
        sentence = _cut(sentence, _LONG_CLAUSE)
        if out and total + len(sentence.split()) > _LONG_WORDS:
            break
        out.append(upper_first(sentence) + ".")
        total += len(sentence.split())
    # a first sentence the next one turns ("I was nervous at first. ..., but it turned out
    # ...") is a set-up: the 30-second version does not stop on it
    turned = len(kept) > 1 and (re.search(r"\b(?:but|however|turned out)\b", kept[1][1], re.I)
                                or _story_turn(kept[1][1]))
    brief = _told_turn(kept) if turned else \
        _turn_of(kept[0][1]) or _short_clause(kept[0], current, variant)
    short = _meaning_short(kept) or brief
    if short != brief and short and not _stands_alone(kept[0]):
        # the meaning is in a later sentence: the briefest version keeps that sentence whole,
        # never the slogan or set-up alone ("It gave me a purpose.")
        brief = short.split(". ", 1)[1] if short.startswith(upper_first(
            strip_end(kept[0][1])) + ". ") else short
    brief = _payoff_brief(kept, brief)
    # a later sentence said alone whose "they" the first sentence introduces ("What I valued
    # most was precepting the new grads. ... watching them get confident ...") keeps it
    lead = upper_first(strip_end(kept[0][1])) + "."
    names = len(lead.split()) <= 2 * _SHORT_WORDS and not _they_first(f"{lead} them")
    short, brief = (f"{lead} {t}" if names and t and not t.startswith(lead[:-1]) and
                    _they_first(t) else t for t in (short, brief))
    short, brief = (pointers_said(_grammar.story_kept_whole(out, t)) for t in (short, brief))
    return ValueSaid(pointers_said(" ".join(out)), short, problem.problem, problem.quoted,
                     problem.pitfalls, problem.phrases, brief)


def _payoff_brief(kept: list[tuple[str, str]], brief: str) -> str:
    """The briefest version of a reason whose last sentence is its payoff, the one that says
    in so many words what it was worth to the speaker ("..., this is important for me", "I
    was proud every day, ...", "That means more to me than ..."): that sentence, whole,
    where it makes sense alone and is short (blind raters, r31: the 30-second version kept
    the first point and lost the end); ``brief`` as it is otherwise."""
    last = strip_end(kept[-1][1]) if len(kept) > 1 else ""
    if not last or last.lower() in brief.lower() or len(last.split()) > 2 * _SHORT_WORDS or \
            not (_own_value().search(last) or _says_value(last)) or _story.points_back(last):
        return brief
    return upper_first(last) + "."


def _slogan_meant(kept: list[tuple[str, str]], parts: list[str], current: bool, variant: int,
                  told: tuple[str, ...]) -> list[tuple[str, str]]:
    """A first sentence that is a slogan about the job ("That job made me who I am.") with
    the next sentence kept that says what it means, as the lead where both don't fit."""
    if job_reason(kept[0][0]) and not _names_something(kept[0][0]) and len(parts) > 1:
        more = _kept(parts[1:], current, variant, told)[0]
        if more:
            fit = len(f"{kept[0][1]} {_cut(more[0][1], _LONG_CLAUSE)}".split()) <= _LONG_WORDS
            return [kept[0], *more[:1]] if fit else more
    return kept


def _story_said(raw: str, current: bool, told: tuple[str, ...] = ()) -> ValueSaid | None:
    """A reason told as a story of three sentences or more (``story_cut.is_story``: "The night
    the sailing got caught beam-on ... I took the wheel ... and we got every passenger off
    dry."), said as a coach shortens it in each version (``story_cut.told_short``): the
    scene, the turn and the payoff, or less, never without its end (blind raters, r31: the
    scene told, the outcome lost); None for a reason that is no story, or one with a pitfall
    or a downside in it (``_kept`` says what it can of those)."""
    typed = [re.sub(r"\bi\b", "I", _tidy(p)) for p in _story.story_sentences(raw)]
    if not _story.is_story(typed) or any(_faulted(p) for p in typed):
        return None
    # a sentence of the story that does not read as one a person says ("Pouring rain, no
    # lights.") is detail and gives way, the payoff never; each is said in the job's tense
    said = [_in_tense(upper_first(strip_end(p)), current) for n, p in enumerate(typed)
            if n == len(typed) - 1 or reads_whole(p)]
    # a story whose payoff is one of the role's results is told with it as its end, the
    # result said there once (``draft``): each version gives it the result's words too, so
    # the scene and the turn stay with their payoff (issue 20, r25: the turn lost, the
    # result said apart)
    payoff = said[_story.payoff_at(said)] if said else ""
    extra = len(payoff.split()) if _story.ends_on_result(payoff, told) else 0
    sentence = _story.told_short(said, _LONG_WORDS + extra) or \
        _story.told_short(said, _LONG_CLAUSE + 20)
    if not sentence:
        return None
    turn = _story.turn_at(said, _story.payoff_at(said))
    if turn is not None and strip_end(said[turn]) not in sentence:
        # the 90-second version tells what the speaker did where the scene, the turn and
        # the payoff fit a longer telling (about 25 seconds): never the scene and the end
        # with the speaker's part cut out for a few words
        longer = _story.told_short(said, _LONG_CLAUSE + 20 + extra)
        sentence = longer if strip_end(said[turn]) in longer else sentence
    short = _story.told_short(said, 2 * _SHORT_WORDS + extra) or sentence
    brief = _story.told_short(said, _SHORT_WORDS + 6 + extra) or short
    return ValueSaid(sentence, short, brief=brief)


def _faulted(sentence: str) -> bool:
    """True for a sentence of a story the draft does not say: a pitfall the check reads
    (read by its meaning, ``meant_pitfalls``), the pay, or a downside."""
    return bool(meant_pitfalls(pitfall_phrases(sentence), sentence) or pay_said(sentence)
                or downside(sentence))


def _told_story(kept: list[tuple[str, str]]) -> bool:
    """True for a reason told as a story of three sentences (an event at a time, what the
    speaker did, how it ended: "One night the ward lost power ... I kept ... Every patient
    came through the night.") that fits the 90-second version's words whole: it is told to
    its end, never its set-up and action alone (blind raters, r29: "cut before the payoff")."""
    if len(kept) < 3:
        return False
    first = strip_end(_tidy(kept[0][0]))
    event = story_event(first) and not _grammar.job_subject(first) and \
        first_word(first) not in ("i", "i'm", "i've", "i'd", "it", "this", "that", "there")
    return bool(_TIME_LEAD.match(first) or event) and \
        sum(len(sentence.split()) for _p, sentence in kept[:3]) <= _LONG_WORDS


def _short_clause(first: tuple[str, str], current: bool, variant: int) -> str:
    """One short clause of the first sentence kept, for the 30-second version: the sentence
    itself when short, else its head before a clause of its own (a sentence up to twice as
    short's words with no such clause is said whole: never its thought half said), for a
    long one its head before any "and" or "but" (up to twice as long), said as the whole
    sentence starts (a head that would need another lead says something else); "" when there
    is none (a long sentence is not said in 30 seconds)."""
    typed, said = first
    if len(said.split()) <= 2 * _SHORT_WORDS:
        # cut only before a clause of its own ("..., and I still ..."): a loose "and" goes on
        # with the same thought ("... an actual accountant and not just someone processing
        # paperwork"), which a cut would leave half said
        head = _cut(typed, _SHORT_WORDS, loose=False)
    else:
        head = _cut(typed, 2 * _SHORT_WORDS)
        if len(head.split()) > 2 * _SHORT_WORDS:
            return ""
    short = strip_end(_realised(head, current, variant)) if head != typed else strip_end(said)
    if not short or pitfall_phrases(short) or not said.startswith(short):
        return "" if len(said.split()) > 2 * _SHORT_WORDS else upper_first(said) + "."
    return upper_first(short) + "."
