"""The coach's questions beside a draft, and a participant's replies put into the workspace.

Where the entries leave something missing or vague, the draft does not guess: ``role_questions``
asks (``Question``), quoting the entry it is about, most useful first, and ``apply_reply``
(``workshop.reply_read``, the reply readers, re-exported here) puts the participant's reply
into the workspace (``Session.change``), so that the next draft follows. The questions read
the role through the draft's one reading of it (``workshop.draft_read``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .check import AnswerCheck, growth_arc
from .draft_read import RoleReading, clean, goals_of
from .empty_reply import empty_said, says_nothing
from .model import NUMBER_KINDS, ORGANIZATION_KINDS, Result, Role, Skill, Workspace, skill_key
from .note_faults import fault_told
from .note_grammar import unintroduced
from .personal_value import (
    check_reads,
    own_reason,
    role_value,
    summary_reason,
    thin_reason,
)
from .question_fit import (
    is_problem,
    later_named,
    link_options,
    listed_later,
    outcome_kind,
    plan_note,
    size_told,
)
from .referents import untold_notes
from .reply_meaning import ENDED_KEY, NONE_KEY, UNKNOWN_KEY
from .reply_read import apply_reply, joined_note, written_as_sentences
from .result_number import DIFFER, ResultNumber
from .result_unit import unit_questions
from .skill_story import later_use_sentence, own_end, own_growth
from .to_self import form_value
from .typed_said import HEDGE_KEY, NOT_QUOTED, SAID_KEY
from .used_later import later_job, later_use_gap
from .wording import format_number, skill_words, speech, strip_end

__all__ = ["Question", "role_questions", "goal_question", "apply_reply", "noted", "joined_note",
           "reply_said", "length_question", "ninety_questions", "studio_order", "OPEN_AT_ONCE",
           "written_as_sentences"]


@dataclass(frozen=True)
class Question:
    """A coach's question beside the draft, where the entries leave something missing or vague.

    Attributes:
        code: what it asks for: "skills", "results", "goals" (answered in notebooks 02, 03
            and 00), "organization_kind", "number", "number_kind", "from_to", "period",
            "my_part", "enabled_by", "used_later", "unit" (a number with no unit, answered in
            notebook 03), "meaning" (what a pass, an award, a rating or a yes/no outcome
            meant for the organisation, added to the result), "statement" (a result noted
            as a phrase, asked for as a sentence), "how_far" (the growth in the
            participant's own words), "personal_value" (what the job gave them personally,
            in their own words),
            "length" (what to add for a 90-second version, where the entries hold less).
        text: the question, quoting the entry it is about.
        skill: the index of the skill in the role it is about, or None.
        result: the index of the result in the role it is about, or None.
        options: the choices for a reply picked from a list (empty: a typed reply).
        where: the notebook where it is answered, for the questions a reply box can't answer.
        follow_up: a question on words the draft says already (a thin reason): it asks for
            more, after the questions on what the draft lacks.
    """

    code: str
    text: str
    skill: int | None = None
    result: int | None = None
    options: tuple[str, ...] = ()
    where: str = ""
    follow_up: bool = False

    @property
    def key(self) -> str:
        """Stable while the entries it is about stay where they are."""
        return f"{self.code}:{self.skill}:{self.result}"



def _q(text: str, limit: int = 70) -> str:
    """An entry quoted in a question, cut on a word."""
    text = strip_end(text)
    if len(text) <= limit:
        return f"'{text}'"
    cut = text[:limit + 1].rsplit(" ", 1)[0].rstrip(" ,;:-\u2013\u2014(/&+")
    return f"'{cut} ...'"



def _which_question(read: RoleReading, i: int, told: str, quoted: str) -> list[Question]:
    """A result that says "the backlog", "the project" with nothing that introduces it, where
    the job's title, organisation and summary do not name it either: the listener never
    heard which, so the coach asks for the sentence again (``note_grammar.unintroduced``)."""
    role = read.role
    thing = unintroduced(told, f"{role.title} {role.organization} {role.summary}")
    if not thing:
        return []
    return [Question("statement", f"Can you say {quoted} again so that someone who does not "
                                  f"know your workplace can follow: which {thing[4:]}? For "
                                  f"example '{thing} of ...'.", result=i)]


def _result_questions(read: RoleReading, roles: tuple[Role, ...] = ()) -> list[Question]:
    out: list[Question] = []
    role = read.role
    as_sentence = read.phrase_results()[:2]
    for i, result in as_sentence:
        told = fault_told(result.statement)  # a sentence that does not read as spoken
        out.append(Question("statement", (
            f"Your note {_q(result.statement)} is not said as typed ({told}). Can you say it "
            "as you would aloud to a hiring manager: what did you do, and what changed for "
            "the organisation?") if told else (
            f"Can you say {_q(result.statement)} as a sentence: what did you do, and what "
            "changed for the organisation?"), result=i))
    for i, result in read.results()[:2]:
        if any(i == j for j, _r in as_sentence):  # asked for as a sentence: its reply
            # says the rest
            continue
        said = read.said(result)
        shape = said.shape
        quoted = _q(result.statement)
        if is_problem(result.statement):  # a situation, not what changed: no number, part
            out.append(Question("statement", f"{quoted} tells the situation, not what "  # or
                                "changed. What did you do about it, and what changed for the "
                                "organisation? Say it as the result, in a sentence or two.",
                                result=i))  # skill made it possible
            continue
        asked = _which_question(read, i, said.told, quoted) + _number_questions(
            result, said, i, quoted)
        out += [q for n, q in enumerate(asked) if q.code not in {a.code for a in asked[:n]}]
        out += _part_question(result, i, shape, quoted)  # (one question a code)
        names = link_options(role, i, roles)
        if names and not result.enabled_by and not result.extra.get(NONE_KEY):
            out.append(_link_question(names, i, quoted))
    return out


def _number_questions(result: Result, said: ResultNumber, i: int, quoted: str) -> list[Question]:
    """The coach's questions about a result's number: a figure the participant qualified
    (``_figure_noted``), else none given, what it is, from what, in what time."""
    out: list[Question] = []
    reading = said.reading
    unknown = bool(result.extra.get(UNKNOWN_KEY))  # "no idea": a figure they don't know
    asked = _figure_noted(result, said.note, i, quoted)
    if asked:  # a figure not to be quoted, or two that disagree: asked of that alone
        out.append(asked)
    elif reading.kind == "none" and not said.counted:  # not of "from 300 to 40" said
        if unknown:  # is not asked again
            pass
        elif outcome_kind(result.statement):  # a pass, an award, a rating: no "how much"
            out.append(Question("meaning", _OUTCOME_ASK[outcome_kind(result.statement)].format(
                quoted) + " Say it in a sentence or two; it is added to your result.",
                result=i))
        elif size_told(result.statement):  # "by half": how much is said, in words
            out.append(Question("number", f"{quoted} says how much in words. Can you put "
                                          "figures on it: from what to what, roughly?",
                                result=i))
        else:
            out.append(Question("number", f"Can you put a number on {quoted}: by how "
                                          "much, from what to what, or how many?", result=i))
    elif reading.kind == "unclear":
        noted = " ".join(f"{result.value:g} {result.unit}".split())
        what = f" for '{strip_end(result.metric)}'" if strip_end(result.metric) else ""
        out.append(Question("number_kind", f"For {quoted} you noted {noted}{what}. Is that "
                                           "how much it changed, a count, an amount, or a "
                                           "level it reached?", result=i,
                            options=NUMBER_KINDS))
    elif reading.kind == "change" and result.from_value is None and not unknown and not any(
            result.extra.get(k) for k in (HEDGE_KEY, SAID_KEY)):
        # a figure they gave only hedged or in words is all they know: not asked again
        out.append(Question("from_to", f"For {quoted}: from how much to how much?",
                            result=i))
    elif reading.kind == "change" and (not result.period or says_nothing(result.period)):
        out.append(Question("period", f"For {quoted}: in what time?" + _empty_note(
            result.period, "how long it took, for example 'over about 6 months'."),
            result=i))
    return out


# What a result with no size asks for in place of a number: what it meant (issue 20, round 29)
_OUTCOME_ASK = {
    "pass": "{} is a pass, not a change, so it needs no figure. What did it mean for the "
            "organisation: what did it let them keep or do, or what would a fail have cost?",
    "award": "{} is a recognition, not a change, so it needs no figure. What was it for, and "
             "what did it mean for the organisation?",
    "rating": "{} is a rating, not a change, so it needs no figure. What earned it, and what "
              "did it mean for the organisation?",
    "yes_no": "{} is an outcome that either happened or did not, so it needs no figure. What "
              "did it mean for the organisation: what did it let them keep or do?"}


def _figure_noted(result: Result, note: str, i: int, quoted: str) -> Question | None:
    """The question about a figure the participant qualified (issue 20, draft61): one they
    asked not to be quoted (the draft tells the change without it) asks for a figure they
    are happy to say; a statement whose figure the fields' disagree with (the draft says the
    statement's) asks which is right. None for any other."""
    if note == NOT_QUOTED:
        return Question("number", f"You asked for the figure in {quoted} not to be quoted, so "
                                  "the draft tells the change without it. Is there a figure "
                                  "you are happy to say, for example a rounded one or 'about "
                                  "a fifth'?", result=i)
    if note == DIFFER:
        start = "" if result.from_value is None else \
            f"from {format_number(result.from_value, result.unit)} to "
        fields = f"{start}{format_number(result.value, result.unit)}"
        return Question("statement", f"{quoted} and your figures for it ({fields}) tell the "
                                     "change differently, so the draft says only your "
                                     "sentence. Which is right? Say the result again with the "
                                     "figure you stand behind.", result=i)
    return None


# The choices beside a role's skills for "which of your skills made it possible?": more than one
# did, or none did (the result came from the team, luck, timing or work of the participant's that
# none of the skills listed names: a blind replier found "the team" wrongly credited her own work);
# ``reply_read`` reads both, and any reply opening "None" (older workspaces keep older words).
LINK_BOTH, LINK_ALL = "Both of them", "All of them"
LINK_NONE = "None of these skills (the team, luck, timing or something else)"


def _link_question(names: tuple[str, ...], i: int, quoted: str) -> Question:
    """Which skills made a result possible: one, more than one, or none of them (a reply of
    none is kept, never said, and not asked again). ``names`` may hold a skill of another job
    (``question_fit.link_options``): one picked is brought into this job's skills."""
    more = (LINK_BOTH if len(names) == 2 else LINK_ALL,) if len(names) > 1 else ()
    some = "one, both or none" if len(names) == 2 else "one, several or none" \
        if len(names) > 2 else "it, or none"
    return Question("enabled_by", f"Which of your skills made {quoted} possible? Pick {some} "
                                  "(if it came from the team, luck, timing or something else, "
                                  "say none: the draft then ties it to no skill).",
                    result=i, options=(*names, *more, LINK_NONE))


def _empty_note(note: str, would: str) -> str:
    """The coach's words, after a question, for a reply kept in the entries that says
    nothing (``empty_reply.says_nothing``); "" for any other note."""
    return " " + empty_said(note, would) if says_nothing(note) else ""


# A result told as a team's ("we", "our kitchen ...", "the crew ...", "Sam and I"; a team as the
# subject, never "a few of our lads got in"): the words the coach quotes when it asks for the
# participant's own part. ``_SPEAKER``: a result that says "I" ("my routes" does not).
_TEAM_NOUNS = (r"team|crew|shift|squad|group|unit|department|staff|class|cohort|gang|lab|ward|"
               r"kitchen|store|branch|site|office|section|school|practice|platoon")
_TEAM = re.compile(r"\b(?:we(?:'(?:ve|d|re|ll))?|(?:(?:my|our|the)\s+)?[\w'-]+\s+and\s+I|"
                   r"together)\b|(?:^|\b(?:since|once|after|when|because|as|and|so)\s+)"
                   r"((?:our|my|the)\s+(?:[\w-]+\s+)?(?:" + _TEAM_NOUNS + r")s?)\b",
                   re.IGNORECASE)
_SPEAKER = re.compile(r"\b(?:I|I'(?:m|ve|d|ll)|[Mm]e|[Mm]yself)\b")
# the speaker as the subject of a deed of their own ("I rebuilt", "I've cut", "i set up"), and
# the pair that shares one ("Sam and I", "my manager and I"), which names no part of theirs
_OWN_DEED = re.compile(r"(?:^|(?<=[\s,;(]))(?:I|i)(?:'(?:ve|d)|\s+(?:also|then|personally|"
                       r"myself|had|have))?\s+(?!am\b|was\b|and\b|think\b|guess\b)[a-z]{2,}")
_PAIR = re.compile(r"\b(?:(?:my|our|the)\s+)?[\w'-]+\s+and\s+(?:I|i)\b")


def _part_question(result: Result, i: int, shape: str, quoted: str) -> list[Question]:
    """What was the speaker's own part, for a result told as "we" or a clause with no one in
    it, where no note of it can be said."""
    part = clean(result.my_part)
    if shape not in ("we", "clause", "clause-now") or part and speech(part):
        return []
    team = _TEAM.search(result.statement)
    if _OWN_DEED.search(_PAIR.sub(" ", result.statement)):
        return []  # "I rebuilt the rota and we cut overtime": their part is said already
    if part and _OWN_DEED.search(part) and not says_nothing(part):
        # their note says "I ..." but not as a sentence the draft can say: asked for that alone
        return [Question("my_part", f"Your note on your part in {quoted} reads {_q(part)}. "
                                    f"{_SAY_IT.rstrip(':')}.", result=i)]
    if team:  # why it asks, in the words typed: "we", "the team", "my crew and I"
        words = team.group(1) or team.group(0)
        words = words if re.match(r"I\b", words) else words[:1].lower() + words[1:]
        text = f"In {quoted}, what was your own part in '{words}'?"
    elif _SPEAKER.search(result.statement):  # "... with me": no deed of theirs, said already
        return []
    else:  # no one in it (the draft may tell it as "we"; the participant did not): plainly
        text = f"Your result {quoted} does not say who did it: what was your own part in it?"
    if says_nothing(part):  # "dunno", "same as above": kept, never said
        text += _empty_note(part, "a sentence or two on what you did yourself, for example 'I "
                                  "rebuilt the rota'.")
    elif part:  # a note the draft cannot say as a sentence
        text += f" {_SAY_IT} your note reads {_q(part)}."
    return [Question("my_part", text, result=i)]


# How the coach asks for a note it cannot say as it is: a sentence or two in the participant's
# own words, never "one whole sentence" (a long story squeezed into one loses its payoff).
_SAY_IT = "Say it in a sentence or two, in your own words, as you would aloud:"

_VALUE_ASK = ("What did this job give you personally? In your own words: what it changed in "
              "you, what you found you could do, or why the work mattered to you.")


def _value_question(role: Role) -> list[Question]:
    """Where the role holds no words on what the job gave the participant, or words that can't
    lead the answer (a pitfall the check would flag, words that name nothing, a note), the
    coach asks, saying why; the draft's opening says the reply (``workshop.personal_value``)."""
    said = role_value(role)
    if says_nothing(role.personal_value):  # "dunno really": kept, never said, asked again
        text = _empty_value(role, said.sentence)
    elif not " ".join(role.personal_value.split()):
        found = own_reason(role) if said.sentence else ""
        where = "the job's summary" if found == summary_reason(role.summary, role.current) \
            else "your notes on this job"
        text = (f"{_VALUE_ASK} For now the draft opens with your words from {where}, "
                f"{_q(found)}; a sentence of your own here takes their place."
                if found else
                "What did this job give you personally: why does this job matter to you? "
                "Think of one moment in it when you knew it mattered: what happened, and what "
                "did it change in you? Tell it in a sentence or two, in your own words; the "
                "draft opens with it. Until then it names the job and goes straight to your "
                "story.")
    elif said.problem == "pitfall":
        found = ", ".join(_q(p, 30) for p in said.phrases[:3])
        text = (f"Your words {_q(said.quoted)} talk about {' and '.join(said.pitfalls)} "
                f"({found}): a hiring manager hears that as a pitfall, so the draft leaves "
                f"them out. {_VALUE_ASK}")
    elif said.problem == "vague" and len(said.quoted.split()) == 1:
        text = (f"One word, {_q(said.quoted)}, can't tell a hiring manager why this job "
                f"mattered to you, so the draft leaves it out. {_VALUE_ASK}")
    elif said.problem == "vague":
        text = (f"Your words {_q(said.quoted)} could be said of any job, so the draft leaves "
                f"them out. {_VALUE_ASK} Name what it was.")
    elif said.problem == "result":
        text = (f"Your words {_q(said.quoted)} tell a result your entries hold already, so "
                f"the draft does not say it twice. {_VALUE_ASK}")
    elif said.problem == "pick":
        text = (f"Your words {_q(said.quoted)} pick this job but don't say why it mattered to "
                f"you. {_VALUE_ASK}")
    elif said.problem == "downside":
        text = (f"Your words {_q(said.quoted)} say what was hard about the job, not what it "
                f"gave you, so the draft leaves them out. {_VALUE_ASK}")
    elif said.problem == "note":
        text = (f"Your note {_q(said.quoted)} can't be said as it is. {_VALUE_ASK} "
                f"{_SAY_IT.rstrip(':')}.")
    else:
        return _check_word_question(role) or _thin_value_question(role)
    return [Question("personal_value", text)]


def _check_word_question(role: Role) -> list[Question]:
    """A reason that uses a pitfall word in another sense ("where the money goes"), which the
    answer check reads as the pitfall (``personal_value.check_reads``): the draft leaves it
    out, so the coach says so, never calling the reason a perk or a complaint, and asks for
    the same in other words."""
    reads = check_reads(role)
    if not reads.problem:
        return []
    words = ", ".join(_q(p, 30) for p in reads.phrases[:3])
    return [Question("personal_value", (
        f"Your words {_q(reads.quoted)} say why the job mattered to you, but the answer check "
        f"hears {words} in them as talk of {' and '.join(reads.pitfalls)}, so the draft leaves "
        "them out for now. Say the same in other words, in a sentence or two, and the draft "
        "opens with it."))]


def _thin_value_question(role: Role) -> list[Question]:
    """Words the draft says that are thin ("the freedom", a perk, a word: ``thin_reason``):
    the coach asks what would make them stronger, a moment and what it changed, after the
    questions on what the draft lacks (``Question.follow_up``); none for a fuller reason."""
    thin = thin_reason(role)
    if not thin:
        return []
    return [Question("personal_value", (
        f"The draft says your words {_q(role.personal_value)}, but a few words on their own "
        "could be said of many jobs. What would make them stronger: one moment in this job "
        f"when {thin[:1].lower() + thin[1:]} mattered to you, and what it changed in you or "
        "what you found you could do. Tell it in a sentence or two, in your own words."),
        follow_up=True)]


def _empty_value(role: Role, said: str) -> str:
    """The coach's words for a reason that says nothing ("dunno really"): kept in the entries,
    left out of the draft, what would help, and the words the draft opens with meanwhile."""
    typed = " ".join(role.personal_value.split())
    found = own_reason(role) if said else ""
    where = "the job's summary" if found == summary_reason(role.summary, role.current) \
        else "your notes on this job"
    text = (f"One word, {_q(typed)}, can't tell a hiring manager why this job mattered to "
            f"you, so the draft leaves it out (it stays in your entries). {_VALUE_ASK}"
            if len(typed.split()) == 1 else
            empty_said(typed, "a sentence or two on what this job gave you personally: what "
                              "it changed in you, what you found you could do, or why the "
                              "work mattered to you, with one moment when you knew it."))
    return text + (f" Until then the draft opens with your words from {where}, {_q(found)}."
                   if found else "")


def _how_far_missing(note: str, now: bool = False) -> str:
    """What a growth note lacks to be told as a start and an end, in the participant's own
    words, as the answer check reads a growth arc (``check.growth_arc``); "" for no note. Of a
    job held ``now``, where they got to is said of now ("by now I ..."), not of its end."""
    end = "by now" if now else "by the end"
    if says_nothing(note):  # "dunno really": kept, never said
        return _empty_note(note, "where you started ('at first I ...') and where you got to "
                                 f"('{end} I ...').")
    if not clean(note):
        return ""
    arc = growth_arc(note)
    if arc.told:  # a start and an end the draft cannot say as they are
        return (f" Your note reads {_q(note)}: it tells a start and an end; say it as whole "
                "sentences, as you would say it aloud.")
    if arc.start:
        return (f" Your note says where you started ({_q(arc.start)}) but not where you got "
                f"to: add what you could do {end}, or after a year.")
    if arc.end:
        return (f" Your note says where you got to ({_q(arc.end)}) but not where you "
                "started: add what you could do at first.")
    return (f" Your note reads {_q(note)}: it says neither where you started (for example "
            f"'at first I ...') nor where you got to ('{end} I ...').")


def _skill_questions(read: RoleReading, roles: tuple[Role, ...] = ()) -> list[Question]:
    out = []
    role = read.role
    # the skills in the order the draft's story tells them, its skill first (one rule:
    # ``RoleReading.story``): the coach asks about the growth the draft tells
    where = {id(s): i for i, s in read.skills()}
    told = [(where[id(s)], s) for s in read.story()[0]]
    told = [(i, s) for n, (i, s) in enumerate(told)  # a skill typed twice is asked of once
            if skill_key(s.name) not in {skill_key(t.name) for _j, t in told[:n]}]
    grown = [(i, s) for i, s in told if s.levels_grown > 0]
    if grown and not own_growth(grown[0][1].how_far) and \
            not own_end(grown[0][1].how_far, role.current):
        i, skill = grown[0]
        # the draft tells no growth scene of the kit's (``skill_story.level_growth``): the
        # participant's own words of where they got to are what it tells
        # a job held now has no end yet: asked of now, in its tense
        text = (f"What can you do now in this job that you could not do at the start, with "
                f"{skill_words(skill).topic}? Say it in your own words, for example what you "
                "are trusted with now." if role.current else
                f"What could you do at the end of this job that you could not do at the "
                f"start, with {skill_words(skill).topic}? Say it in your own words, for "
                "example what you were trusted with by the end.")
        text += _how_far_missing(skill.how_far, role.current)
        out.append(Question("how_far", text, skill=i))
    for i, skill in told[:2]:
        said = later_use_sentence(skill, 0, role.current)
        # a note the draft says but 04 and 05 do not read as a later use: why, and what counts
        gap = later_use_gap(role, i, roles) if said and skill.levels_grown > 0 else ""
        ended = skill.extra.get(ENDED_KEY) and (not clean(skill.used_later) or says_nothing(
            skill.used_later))  # "it ended there": their answer, not asked again
        if said and gap and later_named(role, i, roles):  # the note names the later job
            continue  # the note tells where it was used later: not asked "where" again
        if skill.levels_grown > 0 and (gap or not said) and not ended:
            topic = skill_words(skill).topic
            if plan_note(skill.used_later):  # a wish or a plan: no use yet, never said as one
                out.append(Question("used_later", f"Your note {_q(skill.used_later)} is a plan, "
                                    "not a use yet, so the draft leaves it out: a hiring manager "
                                    f"hears what you have done. Have you used {topic} anywhere "
                                    "since, and what did it produce? If not yet, say 'not yet'.",
                                    skill=i))
                continue
            later = listed_later(role, i, roles)  # a later job lists the skill again
            if later and not says_nothing(skill.used_later):
                out.append(Question("used_later", f"You list {topic} again in your job "
                                    f"{later}: how did you use it there, and what did it "
                                    "produce? Say it in a sentence or two, naming that job.",
                                    skill=i))
                continue
            # a job held now with no later job in the entries: "beyond this job yet?" can't be
            # answered; where else they use it now can (later work here, or outside it)
            now = role.current and not later_job(role, roles)
            text = (f"Where else do you use {topic} now: in later work in this job (something "
                    "bigger you were trusted with), or outside it (a project, volunteering, "
                    "training others)? What did it produce? If nowhere yet, say 'not yet' and "
                    "the draft leaves it out." if now else
                    f"Have you used {topic} beyond this job yet? Where, and what did it produce? "
                    "If not yet, say so and the draft leaves it out."
                    if role.current else
                    f"Where did you use {topic} later, and what did it produce? If it ended "
                    "with this job, say 'it ended there' and the draft leaves it out.")
            if says_nothing(skill.used_later):  # "n/a", "not really": kept, never said
                text += _empty_note(skill.used_later, (
                    "where you use it now (later work in this job, a project, outside work) "
                    if now else "where you used it (a job, a project, a place) ") +
                    "and what it produced there.")
            elif gap:
                text += f" {gap}"
            elif clean(skill.used_later):  # a note the draft cannot say as a sentence: the
                # later use is named there, so it is not asked again, only said anew
                text = (f"Your note on where you used {topic} "
                        f"{'beyond this job' if role.current else 'later'} reads "
                        f"{_q(skill.used_later)}. {_SAY_IT.rstrip(':')}, with what it "
                        "produced there.")
            out.append(Question("used_later", text, skill=i))
    return out


def _levels(skill: Skill) -> str:
    """A skill's levels as the participant set them, in words."""
    if not skill.before or not skill.after:
        return "no levels set"
    if skill.before == skill.after:
        return f"{skill.before} before and after"
    return f"{skill.before} before, {skill.after} after"


def role_questions(workspace: Workspace, read: RoleReading | None) -> list[Question]:
    """The coach's questions from the entries of the role ``read`` is about (``None``: there
    are no roles), most useful first; empty when the entries hold all a draft needs. They
    need no draft: which goals an answer backs is asked of a text (``goal_question``)."""
    if read is None:
        return [Question("results", "Which jobs have you had? Add them in notebook 01.",
                         where="01")]
    role = read.role
    out: list[Question] = []
    if not read.skills():
        out.append(Question("skills", "Which skill did this job grow the most, and how far: "
                                      "where did you start, and where did you get to? Add it "
                                      "in notebook 02.", where="02"))
    elif not any(s.levels_grown > 0 for _i, s in read.skills()):
        flat = ", ".join(f"{_q(s.name, 40)} ({_levels(s)})" for _i, s in read.skills()[:3])
        out.append(Question("skills", f"Your skills for this job show no growth: {flat}. "
                                      "Which skill did this job grow, and how far: where did "
                                      "you start, and where did you get to? Set its levels "
                                      "before and after in notebook 02.", where="02"))
    if not read.results() and not read.phrase_results():
        out.append(Question("results", "What changed for the organisation because of your "
                                       "work? Add it in notebook 03, in your own words.",
                            where="03"))
    # the reason (what the job gave them) is the answer's own point: where the entries hold
    # a story and no reason of theirs, it is the first thing the coach asks
    story = any(s.levels_grown > 0 for _i, s in read.skills()) or bool(read.results())
    out = _value_question(role) + out if story else out + _value_question(role)
    roles = tuple(workspace.roles)
    out = unit_questions(read, out + _result_questions(read, roles), Question)  # "40 what?"
    out += _skill_questions(read, tuple(workspace.roles))
    out += _pointer_questions(role, out)
    goals = goals_of(workspace)
    if not goals:
        out.append(Question("goals", "What does the hiring manager want done? Paste the goals "
                                     "from the job ad in notebook 00, and the draft links your "
                                     "story to one of them.", where="00"))
    if role.organization and not role.organization_kind:
        if form_value(role.organization):
            # "n/a", "Various / unpaid": no name to ask the kind of (``to_self.form_value``)
            ask = (f"Your employer is typed as {_q(role.organization)}, so the draft names none "
                   "(add its name in 01 if it has one). What kind of place was it?")
        else:
            ask = f"What kind of organisation is {_q(role.organization)}?"
        out.append(Question("organization_kind", f"{ask} The draft calls it '{read.org.the}'.",
                            options=ORGANIZATION_KINDS))
    return out


def _pointer_questions(role: Role, asked: list[Question]) -> list[Question]:
    """A note that points at a method no entry says ("I used the same approach at Acme"): the
    draft leaves its sentence out (``workshop.referents``), and the coach asks what it was,
    on the note's own field (a reply replaces the note), unless that field is asked already."""
    keys = {(q.code, q.skill, q.result) for q in asked}
    notes = {"used_later": lambda i, _j: role.skills[i].used_later,
             "how_far": lambda i, _j: role.skills[i].how_far,
             "my_part": lambda _i, j: role.results[j].my_part}
    return [Question(field, f"Your note {_q(notes[field](skill, result))} speaks of "
                            f"'{pointer}', but no entry says what it was. Say it again so "
                            "that someone who never saw your entries can follow: what did you "
                            "do, and how?", skill=skill, result=result)
            for field, skill, result, pointer in untold_notes(role)
            if (field, skill, result) not in keys]


def goal_question(check: AnswerCheck, *, reply_here: bool) -> list[Question]:
    """The coach's question on the hiring manager's goals that ``check`` (the answer check
    of a text: the draft, or the participant's answer) finds no evidence for, every one of
    them listed, so that it says what the check's ``goals_match`` message says of the same
    text; empty when every goal is backed or none was given. ``reply_here``: the reply is
    typed in the question's own box and added to the end of the answer (``apply_reply``);
    else it is added as a result in notebook 03."""
    unbacked = check.finding("goals_match").unbacked
    if not unbacked:
        return []
    listed = "; ".join(_q(g, 60) for g in unbacked)
    some = "this goal" if len(unbacked) == 1 else "one of these goals"
    ask = (f"The answer shows no evidence yet for {some} of the hiring manager's: {listed}. "
           "What did you do in this job that shows you can meet it, and what changed?")
    if reply_here:
        return [Question("goal_evidence", f"{ask} Your reply is added to the end of your "
                                          "answer.")]
    return [Question("goal_evidence", f"{ask} Add the result or the skill that shows it in "
                                      "notebook 03, and the draft ends on it.", where="03")]


def noted(role: Role, question: Question) -> str:
    """What the participant's entries hold now in the field a typed reply to ``question``
    goes into ("" for none, or for a reply picked from a list)."""
    name = _NOTE_FIELDS.get(question.code)
    if name is None or question.options:
        return ""
    if name in ("organization_kind", "personal_value"):
        return getattr(role, name)
    items = role.skills if name in ("used_later", "how_far") else role.results
    index = question.skill if name in ("used_later", "how_far") else question.result
    try:
        return getattr(items[index], name) if index is not None else ""
    except IndexError:
        return ""


def reply_said(before: Workspace, after: Workspace, role_id: str, question: Question) -> str:
    """What was done with a reply to ``question`` (``before`` and ``after`` it was put in),
    in the participant's terms: the entry it went into, what it reads now, and what it read
    before when the reply took its place (Undo brings that back)."""
    old_role, new_role = before.role(role_id), after.role(role_id)
    if question.skill is not None:
        entry = f"the skill '{new_role.skills[question.skill].name}' (notebook 02)"
    elif question.result is not None:
        entry = f"the result {_q(new_role.results[question.result].statement)} (notebook 03)"
    else:
        entry = f"the role {new_role.label}"
    old, new = noted(old_role, question), noted(new_role, question)
    if not new:
        return f"Added to your entries for {entry}."
    said = f"Added to your entries for {entry}: it now reads '{new}'."
    if old and old not in new:
        said += f" It read '{old}' before: Undo brings that back."
    return said


def length_question(read: RoleReading, questions: list[Question], seconds: int,
                    least: int) -> Question:
    """Where the entries hold less than a 90-second answer (``least`` seconds), the one thing
    to add that gives the story most, asked in the participant's terms (their skill, their
    result) and drawn from the questions already asked, most story first (``_LONGER``): the
    draft is not padded to the time."""
    role = read.role
    asked: dict[str, str] = {}
    for q in questions:
        skill = role.skills[q.skill] if q.skill is not None else None
        result = role.results[q.result] if q.result is not None else None
        topic = skill_words(skill).topic if skill is not None else ""
        said = _q(result.statement, 40) if result is not None else ""
        item = {"used_later": f"where you used {topic} later, and what it produced",
                "number": f"the numbers behind {said}",
                "from_to": f"the numbers behind {said}",
                "period": f"the time {said} took",
                "my_part": f"your own part in {said}",
                "how_far": f"how far {topic} grew, in your own words",
                "personal_value": "what the job gave you personally",
                "enabled_by": f"which skill made {said} possible",
                "results": "what your work produced for the organisation"}.get(q.code, "")
        if item and q.code not in asked:
            # a question shown with its own reply box is pointed to, not asked a second time
            asked[q.code] = f"{item} (the coach's question on it has its reply box)" \
                if not q.where else f"{item} ({_NOTEBOOK.get(q.where, 'notebook ' + q.where)})"
    first = next((asked[code] for code in _LONGER if code in asked),
                 "what else this job produced, with its numbers (notebook 03), or where you "
                 "used what it taught you later (notebook 02)")
    return Question("length", f"Your entries hold about {seconds} seconds of story, and a "
                              f"90-second answer runs {least} seconds or more; the draft is "
                              "not padded to the time. The one thing to add for a 90-second "
                              f"version: {first}.", where="05")


_NOTEBOOK = {"02": "notebook 02", "03": "notebook 03"}


# Said after each question that adds a piece of story to entries too thin for 90 seconds (a
# closing note: as a lead-in it read as part of the question, or of the draft)
NINETY_MARK = " (This adds a piece to a 90-second version.)"


def ninety_questions(read: RoleReading, questions: list[Question], seconds: int) -> list[Question]:
    """The questions for entries too thin for a 90-second answer (the draft is shown once, at
    its real time, ``seconds``): what the entries hold and that there is no separate 90-second
    version (a "length" question with no reply box), then one question per missing piece,
    each the coach's own question for that piece (its reply box kept), marked
    ``NINETY_MARK`` and put first in the order that adds most story (``_LONGER``), after the
    question on what the job gave (asked first wherever it is missing). Where no piece is
    asked, the "length" question asks the one thing to add (``length_question``)."""
    pieces = sorted((q for q in questions if q.code in _LONGER and q.code != "personal_value"),
                    key=lambda q: _LONGER.index(q.code))
    if not pieces:
        return [*[q for q in questions if q.code == "personal_value"],
                length_question(read, questions, seconds, 60),
                *[q for q in questions if q.code != "personal_value"]]
    head = Question("length", f"Your entries hold one answer of about {seconds} seconds, not "
                              "90, so there is no separate 90-second version: the draft is "
                              "shown once, at its real time, not padded. Each question that "
                              "ends 'this adds a piece to a 90-second version' adds one piece "
                              "of story.",
                    where="05")
    marked = [replace(q, text=q.text + NINETY_MARK) for q in pieces]
    value = [q for q in questions if q.code == "personal_value" and not q.follow_up]
    rest = [q for q in questions if q not in pieces and q not in value]
    return [*value, head, *marked, *rest]


# The coach's question that adds most to a thin story, first: a later use (a sentence or two of
# its own), a result's numbers or time, the participant's part, the growth, the reason.
_LONGER = ("used_later", "results", "number", "from_to", "period", "my_part", "how_far",
           "personal_value", "enabled_by")


# How many of the coach's questions 05 shows open at once; the rest wait behind "More
# questions (N)", so that a participant meets the few that raise the answer most.
OPEN_AT_ONCE = 3
# The headline result's questions that come third: the participant's part, then its number.
_HEADLINE = ("my_part", "number", "from_to", "number_kind", "period", "statement")


def studio_order(questions: list[Question]) -> list[Question]:
    """The coach's questions in the order 05 asks them, what raises the answer most first:
    the reason (what the job gave the participant), the "how far" of the growth the story
    tells, then the own part and the number of the headline result (the first result the
    questions are about, as the draft tells them), then the rest in their own order. Only
    the first ``OPEN_AT_ONCE`` are open at once; a reply changes the draft and the next comes
    up. The order is stable: questions of the same rank keep theirs."""
    headline = next((q.result for q in questions if q.result is not None), None)

    def rank(q: Question) -> int:
        if q.code in ("skills", "results"):  # no story yet: where to add one comes first
            return 1
        if q.where:  # answered in another notebook: after the reply boxes
            return 8 if q.code != "length" else 9
        if q.code == "personal_value":
            return 0 if not q.follow_up else 6
        if q.code == "how_far":
            return 1
        if q.code in _HEADLINE and q.result == headline:
            return 2 + _HEADLINE.index(q.code) // 2
        return 7
    return sorted(questions, key=rank)


# The field a typed reply to each question goes into (the rest are numbers or choices).
_NOTE_FIELDS = {"period": "period", "my_part": "my_part", "used_later": "used_later",
                "statement": "statement", "meaning": "statement", "how_far": "how_far",
                "personal_value": "personal_value"}
