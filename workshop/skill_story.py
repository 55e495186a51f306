"""A skill's story in the participant's words: how far the job grew it, and where it was used later.

The draft (``workshop.draft``) tells a grown skill as what the job gave (``growth_sentence``),
with how far in the participant's own words (``own_growth``), a second skill as grown in the same
job before its later use (``also_grew_sentence``), and where a skill was used later
(``later_use_sentence``), never "later" for a job still held and never a note the draft cannot
say as a sentence (the coach asks). Skill names come from ``workshop.wording.skill_words``.
"""

from __future__ import annotations

import re

from .check import check_answer, growth_arc
from .growth_said import (
    gave_clause,
    gave_shape,
    hedged,
    how_new,
    level_growth,
    own_end,
    rides_on,
    said_topic,
    short_name,
    typed_arc,
)
from .later_said import name_as_it, own_use, spoken_pointer, went_on
from .model import Role, Skill
from .note_grammar import adverb, unspliced
from .note_shapes import noun_change
from .question_fit import plan_note
from .spoken import (
    clause_in_past,
    lower_first,
    note_clause,
    past_of_present,
    speech,
    spelled_initials,
    starts_with_past_verb,
    upper_first,
    wording_data,
)
from .spoken import first_word as _first_word
from .spoken import word_list as _words
from .wording import content_stems, skill_words

__all__ = ["also_with", "base_verb", "said_note", "own_growth", "own_end", "hedged",
           "growth_sentence",
           "also_grew_sentence", "later_use_sentence", "told_as_use", "later_when", "level_growth",
           "gave_clause", "gave_shape", "own_arc", "story_growth", "short_name"]


def own_growth(note: str) -> str:
    """How far the skill grew in the participant's words, as sentences that follow "What that
    job gave me most was X." ("At first I could hardly read a manifest. By the end I planned
    the loads"), or "" when there is no note, it is not told as a start and an end (the
    answer check's own reading of a growth arc, ``check.growth_arc``: in any tense, "at
    first", "in the beginning", "then", "now", "at the end", "after a year"), or it is a note
    the draft cannot say (``speech``)."""
    note = speech(note or "")
    if not note or len(note.split()) < 6 or not (growth_arc(note).told or typed_arc(note)):
        return ""
    # typed with no subject ("Went from dreading calls to ..."): said as the speaker's own
    return upper_first(re.sub(r"^(went|grew|progressed|started|began)\b",
                              lambda m: f"I {m.group(1).lower()}", note, flags=re.IGNORECASE))


def growth_sentence(skill: Skill, current: bool, variant: int, long: bool = True) -> str:
    """The growth line and the participant's own words after it (``growth_parts``), as one."""
    line, own = growth_parts(skill, current, variant, long)
    return f"{line} {own}" if own else line


def growth_parts(skill: Skill, current: bool, variant: int, long: bool = True,
                 used: set[str] | None = None) -> tuple[str, str]:
    """How the job moved the skill, as a person tells what the job changed for them: with the
    participant's own words of where they started and where they got to (``how_far``), those
    words are the personal value, after a short line naming the skill ("Where that job changed
    me most was in growing my scheduling skills. At first I could not fill a rota without gaps. By
    the end I planned cover for three sites."); without them, where the skill started and where
    it got to as the participant rated it in 02 (``level_growth``: "I came into that job new to
    Power Query, and by the end I ran it on my own."), never the rubric's level names and never
    one stock line ("built up my X skills from scratch") for every skill. A skill that did not
    move is not a growth to tell: "" (the coach asks). The short version (``long`` False) keeps
    the last of the participant's sentences: where it got to. ``used`` holds the forms this
    draft has said already; none is said twice. Returned as (the line naming the skill, the
    participant's words after it, or "")."""
    if skill.levels_grown <= 0:
        return "", ""
    own = own_growth(skill.how_far)
    if not own:  # the levels' one plain sentence, then the end in their words where given
        return level_growth(skill, current, variant, used), own_end(skill.how_far, current)
    words = skill_words(skill)
    that = "This" if current else "That"
    topic = said_topic(skill, gave_shape(skill)[0])
    if words.activity:  # a doing is got good at, not "learned training new guys"
        forms = (f"I really got good at {topic} in {that.lower()} job.",
                 f"{that} job is where I got good at {topic}.")
    else:  # the name as typed, never "my X skills" glued on, never "what I learned about X"
        # said as a thing grown (blind raters, s17: "growing my e-file skills", "I grew
        # what I learned about supervision of new staff most")
        forms = (f"I grew most in {topic} in {that.lower()} job.",
                 f"Where I grew most in {that.lower()} job was {topic}.")
    if not long:  # the short version tells where it got to: the last sentence
        own = re.split(r"(?<=[a-z0-9])\.\s+(?=[A-Z])", own)[-1]
    return forms[variant % len(forms)], f"{own}."


def own_arc(skill: Skill) -> str:
    """The participant's own words of where the skill started and where it got to
    (``own_growth``), whole, as the story's growth with no line of the kit's before it: their
    start and end say the skill grew (blind hiring managers, s18, heard "Where I grew most in
    that job was X." before them as the kit's stock line, saying nothing their words did not).
    "" for a skill that did not move or has no such words."""
    own = own_growth(skill.how_far) if skill.levels_grown > 0 else ""
    return f"{own}." if own else ""


def story_growth(skill: Skill, current: bool, variant: int, long: bool, used: set[str], *,
                 gave: bool) -> tuple[str, str]:
    """The story's growth, told once: the growth line and the participant's own words after it
    (``growth_parts``); after an opening that said what the job grew (``gave``, see
    ``gave_clause``), no second growth line and no stock start ("It was all new to me at the
    start."): the participant's own words of how far where they gave them, else the result
    shows where it got to."""
    arc = own_arc(skill)
    if arc:  # their words tell the growth whole: no kit line before them
        return "", arc
    line, own = growth_parts(skill, current, variant, long, used)
    return ("" if gave else line), own


def also_grew_sentence(skill: Skill, current: bool, variant: int,
                       used: set[str] | None = None, where: str = "") -> str:
    """Another skill the job grew, told in one short sentence before what it produced or its
    later use, so it never appears only there ("I also learned Power Query in this job."):
    never a second start and end, which a listener hears as the same formula again (blind
    raters: "three templated skill cycles"). Its forms are data (``also_grew`` in
    ``data/wording.json``), none said twice in a draft (``used``). Told right after a later
    use at another job, "that job" would be heard as that later one: ``where`` (the
    organisation as spoken) names the job ("At ShopRight Grocers I also picked up SQL."). ""
    for a skill that did not move."""
    if skill.levels_grown <= 0 or hedged(skill):
        return ""
    used = set() if used is None else used
    shape, base = gave_shape(skill)
    grew = wording_data()["also_grew"][how_new(skill)]
    kind = {"language": "noun", "area": "noun"}.get(shape, shape)
    forms = grew.get(kind) or (grew.get("doing") if kind == "verb" else None)
    if not forms:  # a piece of work ("e-file introduction"): no plain sentence is true
        return ""
    # a form that opens on its speaker: a lead pointing back ("Along the way ...", "In that
    # job I also ...") is a stock join (blind hiring managers, r24/r25), said only where the
    # data has no other
    forms = [f for f in forms if f.startswith("I ")] or list(forms)
    fresh = [f for f in forms if f not in used] or list(forms)
    form = fresh[variant % len(fresh)]
    used.add(form)
    # the data's lead left out: "In that job I also learned to X." -> "I also learned to X."
    # (a long doing is said last: the job is the one the story is about)
    form = re.sub(r"^(?:In \{that\} job|Along the way) (I .*)$", r"\1", form)
    that = "this" if current else "that"
    topic = said_topic(skill, shape)
    # a job held is named by no place word: "here" is the interviewer's place
    said = upper_first(form.format(topic=topic, Topic=upper_first(topic), base=base,
                                   that=that, That=upper_first(that),
                                   there="" if current else "there"))
    said = re.sub(r"\s+(?=[.,])|(?<=\s)\s+", "", said)
    return _named_job(said, where) if where else said


def _named_job(sentence: str, where: str) -> str:
    """An "also grew" sentence told right after a later use at another job, its time said
    back ("Back then, I also got better at scheduling."), never the employer's name a second
    time ("I also got better at scheduling at Harbor Grill & Oyster Bar.": blind hiring
    managers, r28, heard the name the opening said as the kit's repeat): "there", "in that
    job" and a lead of "Along the way" give way to "Back then". ``where`` (the organisation
    as spoken) is kept out of the sentence; "" for none leaves it as it is."""
    if not where:
        return sentence
    said = re.sub(r"^(?:In (?:that|this) job|Along the way),?\s+", "", sentence)
    said = re.sub(r"^(?:That|This) job\b", "It", said)
    said = re.sub(r"\s+(?:in (?:that|this) job|there)\b(?=[\s.,])", "", said)
    return f"Back then, {lower_first(said)}"


# --- later use ----------------------------------------------------------------------------------

_LATER_START = re.compile(r"^(?:later|afterwards|since then)\b[\s,:]*", re.IGNORECASE)
_PLACE_START = re.compile(r"^(?:at|in|on|when|as|while|during|after|for|since)\b", re.IGNORECASE)
_USED = ("used", "applied", "reused", "took", "brought")
_PREPOSITIONS = frozenset("for in at on with when while during to as".split())
_CLAUSE_INSIDE = re.compile(r"(?:^|[,;:]\s*|\s)(?:i|we)\s+[a-z]", re.IGNORECASE)


def later_when(skill: Skill, role: Role, roles: tuple[Role, ...]) -> str:
    """When the entries say a skill's later use happened, for a job that is over: "next" (its
    note names a job that began after this one: its employer, a capitalised word of its
    title, its initials or a figure of its summary; or says "my next job", "after I left"),
    "since" (its note is told in the present: "I run discovery at Cloudly", "now I train new
    carers"), "same" (its note names this job's own employer, and no later job is there) or
    "" (the entries do not say when: no time is claimed). A later place that is no job (a
    volunteer's, a treasurer's or a governor's role, named in the note or as the later
    role's title) is "after": said "Later", never "In my next job" (blind raters, r17)."""
    note = speech(skill.used_later)
    if role.current or not note:
        return ""
    years = {int(y) for y in _YEAR.findall(note)}
    if _LATER_START.match(note) or _NEXT_WORDS.search(note) or \
            years and min(years) > int(role.end[:4]):
        # "later", "at my next pharmacy", a year after the job ended
        return "after" if _NO_JOB.search(note) else "next"
    later = [r for r in roles if r.id != role.id and r.start and role.end
             and r.start[:7] >= role.end[:7]]
    note = spelled_initials(note, [f"{r.title}" for r in later])
    named = [r for r in later if _names(note, r, with_title=True)]
    if named:
        return "after" if _NO_JOB.search(note) or all(_NO_JOB.search(r.title)
                                                        for r in named) else "next"
    main = re.split(r",\s+|\s+(?:and|but|which|who|when|so)\s+", note, maxsplit=1)[0]
    if _NOW_WORDS.search(main) or clause_in_past(main) != main:
        return "since"
    inside = bool(years) and role.start is not None and \
        int(role.start[:4]) <= min(years) and max(years) < int(role.end[:4])
    if inside or _names(note, role) and not any(_names(r.organization, role) for r in later):
        return "same"  # a year within the job, or its own employer and no later job there
    return ""


# A place that is no job: a volunteer's, a treasurer's, a governor's role.
_NO_JOB = re.compile(r"\b(?:volunteer(?:ed|ing|s)?|treasurer|governor|trustee|chairperson|"
                     r"churchwarden|scout leader|unpaid)\b", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"\b(?:my (?:next|following|later) \w+|my (?:new|current) (?:job|"
                         r"role|employer|company|post|position)|after I left|"
                         r"when I (?:left|moved on))\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOW_WORDS = re.compile(r"\b(?:now|still|today|these days|currently)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"\b[A-Z][\w&'’-]{2,}|\b[A-Z]{2,}\b")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d{2,}")


def _names(note: str, role: Role, with_title: bool = False) -> bool:
    """True when a note names ``role``: a capitalised word of its employer (or, with
    ``with_title``, of its title) as written, or a figure of its summary ("the £240m
    hospital programme" for a job whose summary holds "£240m")."""
    words = {w for w in _NAME_WORD.findall(role.organization)}
    if with_title:
        words |= set(_NAME_WORD.findall(role.title))
        if set(_FIGURE.findall(role.summary)) & set(_FIGURE.findall(note)):
            return True
    words -= _NOT_A_NAME
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", note) for w in words)


# Capitalised words that name no one place ("The", "Ltd", a kind of employer).
_NOT_A_NAME = frozenset("The And For Ltd Inc LLC Group Company Services Service Trust "
                        "Council University School Hospital Centre Center Co".split())


# A place or a time, a comma, then a thing said with its determiner and an infinitive after it
# ("At X, the journey maps to make ..."): a note that may have lost its verb.
_LEAD_THING = re.compile(r"^(?:at|in|on|for|with|during|when|as|since|after)\b[^,]{1,60},\s+"
                         r"((?:the|a|an|my|our|their|his|her)(?:\s[\w'-]+){1,3}\s+to\s+\w.*)$",
                         re.IGNORECASE)


def _said_later(note: str) -> str:
    """The note made a sentence a person can say after a lead, or "" for a fragment the
    draft cannot say ("inventory control at my current job" with no verb): "still use it"
    becomes "I still use it", "used for the family days" becomes "used it for the family
    days"."""
    note = re.sub(r"^(?:yes|yeah|yep|sure)\b[,.!]?\s*", "", note, flags=re.IGNORECASE)
    note = unspliced(note)  # "At X, built their report": its "I"; "did X, built Y": "and"
    tail = _LEAD_THING.match(note)
    if tail and not note_clause(tail.group(1)):
        return ""  # "In my next role at X, the journey maps to make ...": no verb, asked
    # a tail with no verb of its own ("..., still in use") is said as a clause about what
    # came before it ("..., which is still in use"), never left as a half-sentence
    note = re.sub(r",\s+((?:still|now|today)\s+(?:in|used|on|at|part|the)\b[^,]*)$",
                  r", which is \1", note, flags=re.IGNORECASE)
    turned = re.match(r"^(?:not|no)\b[^,]*,?\s*but\s+(.+)$", note, re.IGNORECASE)
    if turned:  # "not Sage itself, but I used the same habits": what was used
        note = turned.group(1)
    words = note.split()
    first = _first_word(note)
    if first in ("still", "now", "also") and len(words) > 1 and (
            words[1].lower() in _words("base_verbs") or starts_with_past_verb(words[1])):
        return f"I {lower_first(note)}"
    if first in ("still", "now", "also", "nowadays") and len(words) > 1 and re.fullmatch(
            r"[a-z]{2,}ing", words[1].lower()):  # "still using the checklist at X": a use now
        return f"I'm {lower_first(note)}"
    days = re.match(r"^(nowadays|these\s+days)\s+(\w+)\b(.*)$", note, re.IGNORECASE)
    if days and days.group(2).lower() in _words("base_verbs"):  # "these days teach it to ..."
        return f"{upper_first(days.group(1))} I {days.group(2).lower()}{days.group(3)}"
    if first in _USED and len(words) > 1 and words[1].lower() in _PREPOSITIONS:
        return " ".join([words[0], "it", *words[1:]])
    sayable = (first in ("i", "i've", "i'd", "i'm", "we", *_USED) or starts_with_past_verb(note)
               or first in _words("base_verbs") or bool(_PLACE_START.match(note))
               or bool(_CLAUSE_INSIDE.search(note)))
    return note if sayable else ""


def said_note(skill: Skill, same: bool = False) -> str:
    """The skill's later-use note as the draft can say it (speech, a "yes" or "later" lead
    left out; "the same way" only where the story told the way, the participant's own growth
    words; "to do the same" never, the story said no doing for it to point at), or "" for a
    fragment. ``same``: told right after the skill's growth, "I do the same" points at it and
    is said as typed (else "I use it": the skill, used)."""
    note = _said_later(_LATER_START.sub("", speech(skill.used_later)))
    if not own_growth(skill.how_far):  # "the same way" as what? the story told no way
        note = re.sub(r",?\s+(?:in\s+)?(?:exactly\s+)?the same way\b", "", note,
                      flags=re.IGNORECASE)
    # "... to do the same for import": the same as what? the skill's use says it (r17)
    if not same:  # "in Poland I do the same for ...": the skill, used
        note = re.sub(rf"\b(I|we)\s+(?:still\s+)?do\s+{_SAME}", r"\1 use it", note,
                      flags=re.IGNORECASE)
    return re.sub(rf",?\s+to\s+do\s+{_SAME}", "", note, flags=re.IGNORECASE)


# "the same" as a doing's object, pointing back at a doing ("do the same"), not a noun's
# ("the same checklist", "the same way").
_SAME = (r"(?:exactly\s+)?the\s+same\b(?=\s*(?:$|[,.;]|(?:for|at|in|on|with|now|here|there|"
         r"again|too|every|as)\b))")


def later_use_sentence(skill: Skill, variant: int, current: bool = False,
                       named: bool = False, when: str = "") -> str:
    """Where the grown skill was used later, in the participant's words, or "" (a fragment:
    the coach asks). A skill ``named`` already is "it" (``later_said``); nothing "later" in a
    job held, else only the time the entries hold (``when``, ``later_when``)."""
    if plan_note(said_note(skill)):  # "I want to use it in my next job": a plan, no use
        return ""  # yet: never said as one (the coach asks)
    return spoken_pointer(_later_use(skill, variant, current, named, when))


def _later_use(skill: Skill, variant: int, current: bool, named: bool, when: str) -> str:
    note = said_note(skill)
    words = skill_words(skill)
    if not note or not content_stems(note) - content_stems(f"{words.topic} still now use"):
        return ""  # nothing beyond the skill itself ("I still use it"): asked, not said
    it = "that skill" if named else short_name(skill)
    first = _first_word(note)
    if first in ("i", "i've", "i'd", "i'm", "we"):
        return _speakers_note(note, it, current, when)
    if re.match(r"^(?:nowadays|these\s+days)\s+I\b", note, re.IGNORECASE):
        return upper_first(note) + "."  # "These days I teach it ...": a use now, as said
    if _PLACE_START.match(note) and len(note.split()) <= 6:
        return f"{upper_first(note)}, I used {it} too."
    now = re.match(r"^(?:used|applied)\s+it\s+now\b\s*(.*)$", note, re.IGNORECASE)
    if now:  # "used it now to set up ...": a use told now is said in the present
        return f"Now I use {it} {now.group(1)}".rstrip() + "."
    if first in _USED:  # "used it on the hospital programme": "it" is the skill
        note = re.sub(r"^(\w+)\s+it\b", rf"\1 {it}", note)
        when_said = {"next": "In my next job, ", "since": "Later ", "same": "Later in that job, ",
                     "after": "Later, "}
        # a note that names its own place or time ("... in my current role", "... now") is
        # said with no time of the kit's: never "In my next job, I used it ... in my current job"
        own = _NEXT_WORDS.search(note) or _OWN_TIME.search(note)
        lead = "After that, " if current else ("" if own else when_said.get(when, ""))
        return f"{lead}I {lower_first(note)}."
    changed = noun_change(note)  # "returned mail down from 5% to 1%": what changed, its verb
    if changed:
        return _alone(changed)
    if starts_with_past_verb(note):
        return _past_doing(note, it, variant, current, when)
    if first in _words("base_verbs"):
        return _present_doing(note, it)
    return _to_use(note, it, when, current) or _alone(note)


def _present_doing(note: str, it: str) -> str:
    """A later use typed as a doing in the present with no "I" ("use it daily at X", "train
    new starters on it"): a use today. "it" is the skill, never "... with that skill" again;
    a note with a time of its own ("still", "now") takes no "Today"."""
    object_it = re.match(r"^(\w+)\s+it\b(.*)$", note, re.IGNORECASE)
    lead = "I" if _OWN_TIME.search(note) else "Today I"
    if object_it:
        return f"{lead} {object_it.group(1).lower()} {it}{object_it.group(2)}."
    if re.search(r"\b(?:it|them)\b", note, re.IGNORECASE):  # "train new starters on it"
        return f"{lead} {lower_first(note)}."
    return f"{lead} {lower_first(note)} with {it}."


# a word that tells a use goes on now ("every day", "now", "these days", "each week")
_NOW = re.compile(r"\b(?:now|nowadays|these days|today|currently|every (?:day|week|month|shift|"
                  r"time)|each (?:day|week|month|shift)|daily|weekly|always)\b", re.IGNORECASE)


def _speakers_note(note: str, it: str, current: bool, when: str) -> str:
    """A later use the participant told as their own sentence ("I run discovery at ..."):
    as it is where it says so itself (a denial, "still", a job still held); a past doing at
    the time the entries hold (``_told_when``); else after the lead, or with the skill drawn
    on and no time."""
    if re.search(r"\b(?:not|never|no longer|n't)\b|n't\b", note, re.IGNORECASE):
        return upper_first(note) + "."  # "I don't use it anymore, but ...": no lead to deny
    if current or re.search(r"\bstill\b", note, re.IGNORECASE):
        return upper_first(note) + "."  # "I still use ...", or the job held: it says so
    words = note.split()
    if len(words) > 1 and words[0] == "I" and words[1].lower() in _words("base_verbs") and \
            not _OWN_TIME.search(note) and not (
                starts_with_past_verb(" ".join(words[1:])) and not _NOW.search(note)):
        # a job that is over, a use told in the present; "I set up ..." may be a past: only
        # with a word of now ("every day", "now") is it one
        return f"These days {note}."  # ("I apply it every day at X"): a use since, said so
    # "I also run ...": its tense is its own, never "when I also run" (said as it is)
    told = None if adverb((note.split() + [""])[1]) else _told_when(note, it, when)
    if told is not None:
        return told
    if not when and starts_with_past_verb(" ".join(note.split()[1:])) and not _says_use(note):
        return (it == "that skill" and went_on(note, "", base_verb)) or \
            f"I drew on {it} when {lower_first(note)}."
    return _to_use(note, it, when, current) or _alone(note)


def _says_use(note: str) -> bool:
    """True when a note says the use itself ("I used it again when ...", "... when I had
    to ..."): a lead "I drew on that skill when" before it says "when" or the use twice
    (blind raters, r17: "I drew on that skill when I used it again when I had to ...")."""
    words = note.split()
    return (len(words) > 1 and words[1].lower() in _USED
            or bool(re.search(r"\bwhen\b", note, re.IGNORECASE)))


def _told_when(note: str, it: str, when: str) -> str | None:
    """A later use noted as a past doing, said as what happened at the time the entries hold:
    "In my next job, I used that skill when I cut food cost again ...", "Later in that job, I
    used that skill when I wrote ..."; a note that names its own time ("at my next job") is
    said with no second one, and one with a "when" of its own in a sentence of its own
    ("I used that skill in my next job too. I cut food cost again when I took over ...").
    ``None`` where the entries hold no such time, or the note is told
    in the present (it says its time itself)."""
    if re.match(r"^I['’]", note):
        return None  # "I'm the lead now", "I've run ...": a state, not a past doing
    own = f"I {lower_first(note[2:])}" if note[:2] in ("I ", "i ") else f"I {lower_first(note)}"
    if clause_in_past(own) != own or _OWN_TIME.search(own):
        return None  # "I run discovery at Cloudly", "I use ... now": not a past doing
    if own.split()[1].lower() in _USED:  # "used the same habits as PTA treasurer": said so
        if when == "after":
            return f"Later, {own}."
        return f"In my next job, {own}." if when == "next" and not _NEXT_WORDS.search(note) \
            else (f"Later in that job, {own}." if when == "same" else None)
    twice = re.search(r"\bwhen\b", own, re.IGNORECASE)  # "... again when I took over"
    lead = {"next": "" if _NEXT_WORDS.search(note) or re.search(r"\bnext\b", note, re.I)
            else "In my next job, ", "same": "Later in that job, ", "after": "Later, "}.get(when)
    if it == "that skill" and lead is not None and went_on(own, lead, base_verb):  # r26
        return went_on(own, lead, base_verb)
    if when == "next":
        if _NEXT_WORDS.search(note) or re.search(r"\bnext\b", note, re.IGNORECASE):
            return f"I used {it} when {own}." if not twice else \
                _to_use(own, it, "since", False) or _alone(own)
        if twice:
            return _to_use(own, it, when, False) or _alone(own)
        forms = (f"In my next job, I used {it} when {own}.",
                 f"I used {it} at my next job too, when {own}.")
        return forms[len(note) % 2]
    if when in ("same", "after"):  # a later place that is no job: no "next job"
        return f"{lead}I used {it} when {own}." if not twice else \
            _to_use(own, it, when, False) or _alone(own)
    return None


def _past_doing(note: str, it: str, variant: int, current: bool,
                when: str = "") -> str:
    """A later use noted as a past doing ("wrote 6 runbooks the team uses"): in a job still
    held, after the growth ("After that, I wrote ..."), never a use "beyond" or "later"; where
    the entries place it, at that time (``_told_when``); where they do not say when, the skill
    is what it took ("I drew on that skill when I wrote ..."), with no time."""
    if current:  # a past doing after the growth, in the job still held ("since then" would
        return f"After that, I {lower_first(note)}."  # want "I have ...")
    told = _told_when(note, it, when)
    if told is not None:
        return told
    if it == "that skill" and went_on(f"I {lower_first(note)}", "", base_verb):  # r26
        return went_on(f"I {lower_first(note)}", "", base_verb)
    if re.search(r"\bwhen\b", note, re.IGNORECASE):  # one "when" to a sentence
        own = f"I {lower_first(note)}"
        return _to_use(own, it, when, current) or _alone(own)
    if when == "since":
        return f"Later I used {it} when I {lower_first(note)}."
    forms = (f"I drew on {it} when I {lower_first(note)}.",
             f"I used {it} when I {lower_first(note)}.")
    return forms[variant % 2]


def _alone(note: str) -> str:
    """A note said as its own sentence, with no lead: where it cannot be told as what the
    skill was used for (``_to_use``), the glue goes and the participant's sentence stands
    (blind raters, r16: a lead such as "I used that skill too." said nothing of the
    entries)."""
    return upper_first(note.strip().rstrip(".")) + "."


# A note told as the speaker's own doing, with an optional place or time before it ("At Loop
# I write SQL ...", "Now I train ...", "I cut food cost again when ...").
_USE_NOTE = re.compile(r"^(?P<pre>(?:now|today|these days|at|in|on|as|for)\b[^,]{0,40}?,?\s+)?"
                       r"I\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)
# Words after "I" that name no doing a skill is used for.
_NOT_DOING = frozenset("am was were have had has did also still never just always only "
                       "would could will can should really".split())
_OWN_TIME = re.compile(r"\b(?:now|today|these days|currently|still|any ?more)\b", re.IGNORECASE)
# Leads of a time the entries hold, after which a comma is said.
_TIME_LEADS = {"next": "In my next job", "same": "Later in that job", "since": "Later",
               "after": "Later,"}


def _to_use(note: str, it: str, when: str, current: bool) -> str | None:
    """A later use told as what the skill was used for, one sentence built from the note's
    own grammar (never a lead sentence before it, never a lead and a colon, never a note
    glued on with ", and"): "At Loop I write SQL every day" -> "At Loop I use that skill to
    write SQL every day"; "I cut food cost again when I took over" -> "In my next job, I used
    that skill to cut food cost again when I took over" at the time the entries hold
    (``later_when``); "At the PCN I use it in ..." -> "At the PCN I use that skill in ...".
    A present doing is said in the present (it says its own time, or "I still use" where the
    entries say "since"), a past one in the past. ``None`` where the note is no doing of the
    speaker's whose verb the kit knows ("I'm the safeguarding lead now")."""
    m = _USE_NOTE.match(note.strip().rstrip("."))
    if not m or m["verb"].lower() in _NOT_DOING or adverb(m["verb"]):
        return None  # "I now curate ...": never "to now curate" (said as its own sentence)
    verb, rest = m["verb"].lower(), m["rest"]
    pre = (m["pre"] or "").strip().rstrip(",")
    said_now = bool(re.match(r"^(?:now|today|these days)\b", pre, re.IGNORECASE))
    # "I write", "I run" (a present the kit knows), or a word the kit does not know that is
    # no past and no adverb ("At Cloudly I tier my accounts"); not "I cut" (past or present)
    present = past_of_present(verb) not in ("", verb) or (
        not starts_with_past_verb(verb) and not verb.endswith(("ly", "ed"))
        and verb not in _words("base_verbs") and verb not in _words("plain_verbs"))
    if verb in ("use", "used") and re.match(r"^\s+it\b", rest):  # "I use it in ...": it is
        base, rest = "", rest.lstrip()[2:]  # the skill
    else:
        base = verb if present else base_verb(verb)
        if not base or base in ("use", "apply", "reuse"):
            return None  # "I use SQL every day": the note says the use ("use it to use")
        if not present and any(starts_with_past_verb(w) for w in re.findall(
                r"\band\s+(\w+)", rest)):
            return None  # "built X and ran Y": "to build X and ran Y" would clash
    # a note that says its own time ("... to other clients now") gets none of the kit's: the
    # time is said once ("still ... now", "Today ... now" say it twice)
    own_time = bool(_OWN_TIME.search(rest))
    if current or own_time and present:
        time = "" if present else "After that"
    elif present:
        time = "Today" if when == "next" else ""
    else:
        time = _TIME_LEADS.get(when, "")
    if time in ("In my next job", "Later") and _NEXT_WORDS.search(note):
        time = ""  # "... in my current job to ...": the note names its own job
    use = ("still use" if when == "since" and not current and not said_now and not own_time
           else "use") if present else "used"
    doing = f" to {base}" if base else ""
    if said_now:  # "Now I train ...": the note's own time
        return f"{upper_first(pre)} I {use} {it}{doing}{rest}."
    where = f" {lower_first(pre)}" if pre else ""
    if pre and not time and use != "still use":  # "At Loop I write ...": its place first
        return f"{upper_first(pre)} I {use} {it}{doing}{rest}."
    lead = f"{time}, I" if " " in time or time == "After that" else (f"{time} I" if time else "I")
    return f"{lead} {use} {it}{where}{doing}{rest}."


def base_verb(past: str) -> str:
    """The base of a past verb the kit knows ("took" -> "take", "validated" -> "validate",
    "cut" -> "cut"), or ""."""
    for verb, said in wording_data()["past_of"].items():
        if said == past:
            return verb
    known = _words("base_verbs") | _words("plain_verbs")
    if past in known and not past_of_present(past):
        return past  # "cut", "set", "put": the same in the past
    if not past.endswith("ed"):
        return ""
    stem = past[:-2]
    for base in (stem + "e", stem, past[:-3] + "y" if past.endswith("ied") else "",
                 stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and base in known:
            return base
    return ""


# A later use led by the skill ("I still use that skill, and ..."), said after the skill's
# name as "which I still use, and ...": the time words that open it ("In my next job") go
# after the verb.
_ALSO_LEADS = re.compile(r"^(?P<when>(?:In my next job|Later in that job|Later|After that|"
                         r"Today|Now|At [^,]{1,40}?|In [^,]{1,40}?),? )?I (?P<verb>(?:have )?"
                         r"(?:kept using|still use|use|used|put|drew on))\s+(?:that skill|it)\b"
                         r"(?P<rest>.*)$")


# A tail of a note's own: a relative or a consequence clause ("..., which is how we ...").
_OWN_TAIL = re.compile(r",\s+(?:which|so|so that|and that)\b", re.IGNORECASE)
_LINK_LEAD = re.compile(r"^(?:With|Using|Thanks to|Because of) (?:my|what I learned about) "
                        r"[^,.]+, ")


def told_as_use(joined: str, apart: str) -> str:
    """``joined`` (a skill's growth and its later use said in one sentence), or "" where the
    answer check would not read a later use in it that it reads in the two told ``apart``:
    04's score and 05's draft must agree on whether a later use is told."""
    if not joined:
        return ""
    if check_answer(joined).finding("used_later").ok or \
            not check_answer(apart).finding("used_later").ok:
        return joined
    return ""


def _which_use(head: str, lead: re.Match) -> str:
    """The skill's sentence and a use that names it, after the name with "which"."""
    when = lower_first(lead["when"] or "").strip().rstrip(",")
    when = f" {when}" if when and not re.match(r"^(?:later|after that)$", when) else ""
    return f"{head}, which I {lead['verb']}{when}{lead['rest'].rstrip('.')}."


def also_with(also: str, after: str, note: str = "") -> str:
    """Another grown skill said in one sentence with what it carries (blind raters, r16:
    "That job also taught me delegation. I used that skill too." stacked a bare line on
    another): ``also`` is the short sentence that the job grew the skill
    (``also_grew_sentence``), ``after`` what follows it, its later use or a result the
    participant linked to it. A later use that names the skill ("At Loop I use that skill to
    write SQL ...", "In my next job, I used that skill when ...") is said after the skill's
    name with "which", its place or time after the verb ("I also picked up SQL there, which I
    use at Loop to write SQL ..."); a result of the speaker's ("I cut onboarding calls by
    half.", also after a link naming the skill again) is joined with "and with it"; one told
    "After that" with "and". Anything else (two sentences, or a note told on its own: "I'm
    the safeguarding lead now", which the check reads as a later use only after the skill's
    sentence) follows as it is. Where the note (``note``, as ``said_note`` gives it) has a
    relative or a consequence clause of its own (", which is how we ..."), a "which" of the
    kit's would chain a second one: the skill's sentence leads into the note after a colon
    ("That job also taught me delegation: in my educator secondment I hand ..., which is how
    ..."). Never over 40 words: a longer one stays two sentences."""
    after = after.strip()
    if not also or not after:
        return f"{also} {after}".strip()
    # a link naming the skill just named says it twice: "and with it" says it once
    bare = _LINK_LEAD.sub("", after)
    if bare != after and re.match(r"^(?:I|we)\b", bare):
        after = upper_first(bare)
    one = not re.search(r"[.!?]\s+\S", after)
    head = also.rstrip(".")
    joined = ""
    lead = _ALSO_LEADS.match(after) if one else None
    if lead and note and _OWN_TAIL.search(lead["rest"]):
        # the note has a clause of its own (", which is how ...", ", so ..."): a second
        # "which" would chain; the skill's sentence leads into the note, as written
        # the skill named again in the note is "it" ("I also learned personal care: ... I
        # do it every day"), never its name twice in one sentence
        joined = f"{head}: {lower_first(name_as_it(note.strip().rstrip('.'), head))}."
    elif lead:
        joined = told_as_use(own_use(head, lead, note, base_verb), f"{also} {after}") or \
            _which_use(head, lead)
    elif one and re.match(r"^After that,? I\b", after):
        # the job is held: its doing follows the growth with "and", never "and after that"
        # (blind hiring managers, r27: "I also picked up X in this job, and after that ...")
        joined = rides_on(head, re.sub(r"^After that,? ", "", after))
    elif one and re.match(r"^(?:Later|Later in that job),? I\b", after):
        joined = f"{head}, and {lower_first(after).replace(', I ', ' I ', 1)}"
    elif one and re.match(r"^I (?:used|use|applied|apply|reused)\b", after):
        joined = f"{head}, and {after}"  # the note says the use itself: no "with it"
    elif one and re.match(r"^(?:I|We) ", after) and \
            starts_with_past_verb(after.split(" ", 1)[1]) and not after.startswith("I also "):
        joined = rides_on(head, after)  # "and", which claims no cause: never "and with it"
    if joined and len(joined.split()) <= 40:
        return joined
    return _folded(also, after) or f"{also} {after}"


# The first words of a skill's evidence that may follow its line after ", and" or a colon (a
# name would lose its capital there, another lead would be heard as a new story)
_FOLD_FIRST = frozenset("I I'm I've I'd We We've We're My Now These Today Since In At As When "
                        "Within Every".split())
# The most words a skill's line and its evidence hold as one sentence; the fewest its evidence
# holds, with a speaker in it (a note's "At the trust." is no evidence to join)
FOLD_WORDS = 40
_LEAST = 4
_SPEAKER = re.compile(r"\b(?:I|I'm|I've|I'd|[Ww]e|[Ww]e've|[Ww]e're|[Mm]y|[Oo]ur)\b")


# The words of a skill's line that are not its name
_LINE_WORDS = frozenset("also learned learnt picked got better good grew there here that this "
                        "well".split())


def _named_in(head: str, sentence: str) -> bool:
    """True when ``sentence`` says every word of the skill's name that ``head`` (its line)
    holds."""
    name = {w.lower() for w in re.findall(r"[\w'-]{4,}", head)} - _LINE_WORDS
    return bool(name) and name <= {w.lower() for w in re.findall(r"[\w'-]{4,}", sentence)}


def _folded(also: str, after: str) -> str:
    """A second skill's short line (``also``: "I also got better at safeguarding there.") and
    the first sentence of what it carries (``after``: its later use or the result the
    participant linked to it) said as one sentence, the rest after it as it is: "..., and
    I'm the designated safeguarding lead at the trust now."; where that sentence has a comma
    of its own, after a colon ("I also learned cold chain handling: I check and log ..., so
    ..."). Blind hiring managers (round 31) heard the line alone as a skill bolted on ("I
    also picked up Camtasia there." then its use). "" where the evidence opens on another
    word (a name keeps its capital and its own sentence) or says "also" again, the line has a
    clause of its own, the two run over ``FOLD_WORDS`` or the answer check would read a later
    use in the two apart that it does not read in one (04 and 05 agree)."""
    head = also.strip().rstrip(".")
    parts = re.split(r"(?<=[a-z0-9%)'][.!?])\s+(?=[A-Z0-9])", after.strip(), maxsplit=1)
    first, rest = parts[0], parts[1] if len(parts) > 1 else ""
    if not first or first.split()[0] not in _FOLD_FIRST or re.search(r"[,:;]", head) or \
            len(head.split()) + len(first.split()) > FOLD_WORDS or \
            not re.search(r"\balso\b|\bas well\b", head) or len(first.split()) < _LEAST or \
            not _SPEAKER.search(first) or re.search(r"\balso\b", first):
        return ""
    glue = ": " if re.search(r"[,;:]", first) else ", and "
    # the skill named again in its evidence is "it": never its name twice in one sentence
    said = name_as_it(first, head)
    if said == first and _named_in(head, first):
        return ""
    joined = f"{head}{glue}{lower_first(said)}"
    return told_as_use(f"{joined} {rest}".strip(), f"{also} {after}")
