"""A first draft of the answer, built from the participant's own words for one role.

The draft is what a person would say, in a 30-second and a 90-second version (``VERSIONS``):

- a direct opening that answers the question in one line ("My three years as a shift
  supervisor at Northwind Logistics gave me the most.");
- one story: the skill that grew and how far (told as a person tells it, never as rubric
  levels), the result it produced for the organisation in the participant's own sentence, the
  number read as what it is (a change, a count, an amount, a level), where the skill was used
  later;
- at most one bridge to a hiring manager's goal that the story gives evidence for, and a close.

It claims nothing the entries do not hold. A skill is said to have made a result possible only
where the participant linked them (a result's ``enabled_by``); a number is said only as what it
is, and a number whose kind the entries leave open is left out; the organisation is named as
what it is (``workshop.wording.org_words``). Where something is missing or vague the draft does
not guess and never leaves a placeholder: ``plan_draft`` returns the coach's questions beside the
text (``Question``), and ``apply_reply`` puts a participant's reply into the workspace, so the
next draft follows.

Which opening, which order (growth first, or the result first when the result is the stronger
part) and which connectors are chosen by the content; no sentence is the same in every draft.
Entries that hold a pitfall phrase (the fun, the perks, the team) are left out.

The rule "which answer text, about which role, from where" is written here once,
``answer_for(workspace)``, and every view asks it (report, share, notebook 05, the demo).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, replace

from .check import MIN_SECONDS, WORDS_PER_MINUTE, count_words, pitfall_phrases, speaking_seconds
from .edits import with_item, with_role
from .errors import ValidationError
from .model import NUMBER_KINDS, ORGANIZATION_KINDS, Result, Role, Skill, Workspace, months_between
from .numbers import quantities
from .wording import (
    NumberReading,
    OrgWords,
    article,
    content_stems,
    growth_sentence,
    in_past,
    is_qualification,
    later_use_sentence,
    lower_first,
    number_reading,
    org_words,
    skill_words,
    starts_with_base_verb,
    starts_with_past_verb,
    statement_sentence,
    strip_end,
    takes_article,
    upper_first,
)

__all__ = ["draft_answer", "draft_versions", "plan_draft", "coach_questions", "apply_reply",
           "Draft", "Question", "speaking_seconds", "VERSIONS", "DRAFT_WORDS", "AnswerChoice",
           "answer_for", "answer_role_id", "is_untouched_draft"]

# Spoken length of each version, in seconds: (least, most). The 30-second version is kept at
# or above the check's MIN_SECONDS so that it passes the length finding too. The full version
# tells what the entries hold, up to 100 s; padding it to a round 90 s would mean stock
# sentences, so a story with little in it is shorter (the draft states its true time).
VERSIONS = {30: (MIN_SECONDS, 40), 90: (45, 100)}


def _words_of(seconds: int) -> int:
    return round(seconds * WORDS_PER_MINUTE / 60)


DRAFT_WORDS = (_words_of(VERSIONS[30][0]), _words_of(VERSIONS[90][1]))


def _clean(text: str | None) -> str:
    """The text tidied, or "" when it holds a pitfall phrase (so it is left out)."""
    if not text:
        return ""
    text = " ".join(str(text).split()).strip()
    if not re.search(r"[^\W\d_]", text) or pitfall_phrases(text):
        return ""  # no letters (nothing to say) or a pitfall
    return text


# --- the coach's questions ------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    """A coach's question beside the draft, where the entries leave something missing or vague.

    Attributes:
        code: what it asks for: "skills", "results", "goals" (answered in notebooks 02, 03
            and 00), "organization_kind", "number", "number_kind", "from_to", "period",
            "my_part", "enabled_by", "used_later", "statement" (a result noted as a phrase,
            asked for as a sentence), "how_far" (the growth in the participant's own words).
        text: the question, quoting the entry it is about.
        skill: the index of the skill in the role it is about, or None.
        result: the index of the result in the role it is about, or None.
        options: the choices for a reply picked from a list (empty: a typed reply).
        where: the notebook where it is answered, for the questions a reply box can't answer.
    """

    code: str
    text: str
    skill: int | None = None
    result: int | None = None
    options: tuple[str, ...] = ()
    where: str = ""

    @property
    def key(self) -> str:
        """Stable while the entries it is about stay where they are."""
        return f"{self.code}:{self.skill}:{self.result}"


@dataclass(frozen=True)
class Draft:
    """A draft and what goes beside it.

    Attributes:
        text: the answer, every sentence a whole one.
        seconds: how long it takes to say, as the answer check counts it.
        role_id: the role it is about, or None when there are no roles.
        questions: the coach's questions for what is missing or vague.
    """

    text: str
    seconds: int
    role_id: str | None
    questions: tuple[Question, ...]


def _q(text: str, limit: int = 70) -> str:
    """An entry quoted in a question, cut on a word."""
    text = strip_end(text)
    if len(text) <= limit:
        return f"'{text}'"
    cut = text[:limit].rsplit(" ", 1)[0]
    return f"'{cut} ...'"


def _usable_skills(role: Role) -> list[tuple[int, Skill]]:
    """Skills with a clean name that can be told as growing (a qualification such as "First
    Aid Level 2" or a forklift licence is earned, not grown: it is left out), the most grown
    first (stable: the participant's order)."""
    usable = [(i, s) for i, s in enumerate(role.skills)
              if _clean(s.name) and not is_qualification(s.name)]
    return sorted(usable, key=lambda item: -item[1].levels_grown)


def _said(result: Result, org: OrgWords) -> tuple[str, str, NumberReading]:
    """The result's sentence, its shape and its number's reading: the one reading the
    ranking, the questions and the story all use."""
    sentence, shape = statement_sentence(result, org)
    return sentence, shape, number_reading(result, sentence)


def _number_said(result: Result, org: OrgWords) -> bool:
    return _said(result, org)[2].kind not in ("none", "unclear")


def _usable_results(role: Role, org: OrgWords) -> list[tuple[int, Result]]:
    """Results with a clean statement: a number said plainly first, then one linked to a
    skill, then the wider scope; otherwise the participant's order."""
    scope_order = {"team": 0, "department": 1, "company": 2, "customers": 2}

    def rank(item: tuple[int, Result]) -> tuple:
        result = item[1]
        return (not _number_said(result, org), not result.enabled_by,
                -scope_order.get(result.scope, 0))

    usable = [(i, r) for i, r in enumerate(role.results)
              if _clean(r.statement) and _said(r, org)[1] != "phrase"
              and not _PROMOTION.search(r.statement)]
    return sorted(usable, key=rank)


# A promotion or a new title is the speaker's gain, not a result for the organisation.
_PROMOTION = re.compile(r"\bpromot(?:ed|ion)\b|^\s*(?:i'?m|i am|i was|i became|became|got|now)\s+"
                        r"(?:now\s+)?(?:the|a|an)\s+(?:\w+\s+){0,3}(?:lead|manager|coordinator|"
                        r"supervisor|head|director|officer|chef|senior)\b", re.IGNORECASE)


def _phrase_results(role: Role, org: OrgWords) -> list[tuple[int, Result]]:
    """Results written as a note the draft cannot say as the participant's sentence
    ("CSAT 4.6/5"): left out of the story, and asked for as a sentence."""
    return [(i, r) for i, r in enumerate(role.results)
            if _clean(r.statement) and _said(r, org)[1] == "phrase"]


def _result_questions(role: Role, org: OrgWords) -> list[Question]:
    out: list[Question] = []
    names = tuple(s.name for s in role.skills)
    for i, result in _phrase_results(role, org)[:2]:
        out.append(Question("statement", f"Can you say {_q(result.statement)} as a sentence: "
                                         "what did you do, and what changed for the "
                                         "organisation?", result=i))
    for i, result in _usable_results(role, org)[:2]:
        _sentence, shape, reading = _said(result, org)
        quoted = _q(result.statement)
        if reading.kind == "none":
            out.append(Question("number", f"Can you put a number on {quoted}: by how much, from "
                                          "what to what, or how many?", result=i))
        elif reading.kind == "unclear":
            noted = " ".join(f"{result.value:g} {result.unit}".split())
            what = f" for '{strip_end(result.metric)}'" if strip_end(result.metric) else ""
            out.append(Question("number_kind", f"For {quoted} you noted {noted}{what}. Is that "
                                               "how much it changed, a count, an amount, or a "
                                               "level it reached?", result=i,
                                options=NUMBER_KINDS))
        elif reading.kind == "change" and result.from_value is None:
            out.append(Question("from_to", f"For {quoted}: from how much to how much?",
                                result=i))
        elif reading.kind == "change" and not result.period:
            out.append(Question("period", f"For {quoted}: in what time?", result=i))
        if shape in ("we", "clause", "clause-now") and not _clean(result.my_part):
            what = "'we'" if shape == "we" else "it"
            out.append(Question("my_part", f"In {quoted}, what was your own part in {what}?",
                                result=i))
        if names and not result.enabled_by:
            out.append(Question("enabled_by", f"Which of your skills made {quoted} possible?",
                                result=i, options=names))
    return out


def _skill_questions(role: Role) -> list[Question]:
    out = []
    grown = [(i, s) for i, s in _usable_skills(role) if s.levels_grown > 0]
    if grown and not _clean(grown[0][1].how_far):
        i, skill = grown[0]
        out.append(Question("how_far", f"In your own words: where did you start with "
                                       f"{skill_words(skill).topic}, and where did you get to? "
                                       "For example what you could not do at first, and what "
                                       "you were trusted with by the end.", skill=i))
    for i, skill in _usable_skills(role)[:2]:
        if skill.levels_grown > 0 and not later_use_sentence(skill, 0, role.current):
            topic = skill_words(skill).topic
            text = (f"Have you used {topic} beyond this job yet? Where, and what did it produce?"
                    if role.current else
                    f"Where did you use {topic} later, and what did it produce?")
            if _clean(skill.used_later):  # a note the draft cannot say as a sentence
                text += f" Say it as a sentence: your note reads {_q(skill.used_later)}."
            out.append(Question("used_later", text, skill=i))
    return out


def coach_questions(workspace: Workspace, role_id: str | None = None) -> list[Question]:
    """The coach's questions for the role's draft: what is missing or vague, most useful
    first. Empty when the entries hold all the draft needs."""
    role = _pick_role(workspace, role_id)
    if role is None:
        return [Question("results", "Which jobs have you had? Add them in notebook 01.",
                         where="01")]
    org = org_words(role)
    out: list[Question] = []
    if not _usable_skills(role):
        out.append(Question("skills", "Which skill did this job grow the most, and how far: "
                                      "where did you start, and where did you get to? Add it "
                                      "in notebook 02.", where="02"))
    if not _usable_results(role, org) and not _phrase_results(role, org):
        out.append(Question("results", "What changed for the organisation because of your "
                                       "work? Add it in notebook 03, in your own words.",
                            where="03"))
    out += _result_questions(role, org)
    out += _skill_questions(role)
    if not _goals_of(workspace):
        out.append(Question("goals", "What does the hiring manager want done? Paste the goals "
                                     "from the job ad in notebook 00, and the draft links your "
                                     "story to one of them.", where="00"))
    if role.organization and not role.organization_kind:
        out.append(Question("organization_kind", f"What kind of organisation is "
                                                 f"{_q(role.organization)}? The draft calls it "
                                                 f"'{org.the}'.", options=ORGANIZATION_KINDS))
    return out


def _reply_quantity(reply: str):
    """The number a reply gives ("by 20%", "from 40 to 22 hours"), or None."""
    found = [q for q in quantities(reply) if q.kind not in ("year", "date", "rating")]
    return found[0] if found else None


def _put(role: Role, old: Result | Skill, new: Result | Skill) -> Role:
    """The role with its result or skill ``old`` (this very record) replaced by ``new``."""
    field_name = "skills" if isinstance(old, Skill) else "results"
    items = getattr(role, field_name)
    i = next(i for i, item in enumerate(items) if item is old)
    return replace(role, **{field_name: with_item(items, i, new)})


def _reply_number(role: Role, result: Result, skill: Skill, reply: str) -> Role:
    q = _reply_quantity(reply)
    if q is None:
        raise ValidationError("that reply has no number in it: write it the way you would "
                              "say it, for example 'by 20%' or 'from 40 to 22 hours'.",
                              field="value")
    fields = {"value": int(q.value) if float(q.value).is_integer() else q.value}
    if q.unit and q.unit not in ("x",):  # the reply's own unit ("from 400 to 328 hours")
        fields["unit"] = q.unit
    if q.before is not None:
        fields["from_value"] = int(q.before) if float(q.before).is_integer() else q.before
        fields["kind"] = "change"
    return _put(role, result, replace(result, **fields))


def apply_reply(workspace: Workspace, role_id: str, question: Question, reply: str) -> Workspace:
    """The workspace with the participant's reply to ``question`` put in its entries (for
    ``Session.change``). Raises ``ValidationError`` with what to fix for an empty or unusable
    reply, and for a question whose entry is no longer there."""
    reply = " ".join(str(reply).split())
    if not reply:
        raise ValidationError("the reply is empty: type your answer in the box first.",
                              field="reply")
    role = workspace.role(role_id)
    try:
        result = role.results[question.result] if question.result is not None else None
        skill = role.skills[question.skill] if question.skill is not None else None
    except IndexError:
        raise ValidationError("that entry has changed since the question was asked: look at "
                              "the new questions.", field="reply") from None
    return with_role(workspace, role_id,
                     lambda role: _REPLIES[question.code](role, result, skill, reply))


def _reply_from_to(role: Role, result: Result, skill: Skill, reply: str) -> Role:
    q = _reply_quantity(reply)
    if q is None or q.before is None:
        raise ValidationError("write both numbers, for example 'from 40 to 22'.",
                              field="from_value")
    return _reply_number(role, result, skill, reply)


def _reply_field(name: str):
    def reply_to(role: Role, result: Result, skill: Skill, reply: str) -> Role:
        if name == "organization_kind":
            return replace(role, organization_kind=reply)
        record = skill if name in ("used_later", "how_far") else result
        return _put(role, record, replace(record, **{name: reply}))
    return reply_to


def _reply_enabled_by(role: Role, result: Result, skill: Skill, reply: str) -> Role:
    return _put(role, result, replace(result, enabled_by=(*result.enabled_by, reply)))


_REPLIES = {"number": _reply_number, "from_to": _reply_from_to,
            "number_kind": _reply_field("kind"), "period": _reply_field("period"),
            "my_part": _reply_field("my_part"), "used_later": _reply_field("used_later"),
            "statement": _reply_field("statement"), "how_far": _reply_field("how_far"),
            "organization_kind": _reply_field("organization_kind"),
            "enabled_by": _reply_enabled_by}


# --- the story --------------------------------------------------------------------------------


@dataclass
class _Piece:
    """A sentence of the draft: its place in the story and how much it is wanted (0 first)."""

    order: int
    priority: int
    text: str


def _variant(*parts: str) -> int:
    """A stable choice among equivalent wordings, made by the content (not at random)."""
    return zlib.crc32("|".join(parts).encode("utf-8"))


def _duration(role: Role) -> str:
    if not role.start:
        return ""
    try:
        months = months_between(role.start, role.end) if role.end else 0
    except ValueError:
        return ""
    if role.end is None or months <= 0:
        return ""
    if months >= 24:
        years, rest = divmod(months, 12)
        if rest >= 9:
            return f"nearly {years + 1} years"
        return f"{years} and a half years" if rest >= 4 else f"{years} years"
    if months >= 12:
        return "year" if months < 18 else "year and a half"
    return f"{months} months" if months > 1 else ""


_NUMBER_WORDS = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
                 "8": "eight", "9": "nine", "10": "ten"}


def _spoken(text: str) -> str:
    """A name as said aloud: what stands in brackets left out."""
    return " ".join(re.sub(r"\s*\([^)]*\)", "", text).split()) or text


def _as_title(role: Role) -> str:
    """"a shift supervisor at Northwind Logistics" ("Head of Maths" keeps no article)."""
    title = _spoken(_clean(role.title))
    org = _spoken(_clean(role.organization))
    lead = article(title) + " " if takes_article(title) else ""
    where = f" at {strip_end(org)}" if org else ""
    return f"{lead}{title}{where}" if title else (f"my job{where}" if where else "that job")


def _opening(role: Role, long: bool) -> str:
    what = _as_title(role)
    summary = _clean(role.summary)
    where = ""
    summary = strip_end(re.split(r"(?<=[a-z0-9)])[.;!?]\s|,\s", summary, maxsplit=1)[0])
    if long and summary and starts_with_past_verb(summary) and 4 <= len(summary.split()) <= 20:
        where = f", where I {lower_first(summary)}"
    if role.current:
        forms = (f"The job that has given me the most is the one I have now, as {what}{where}.",
                 f"My current job, as {what}, has given me the most personal value{where}.",
                 f"I would point to the job I have now, as {what}{where}.",
                 f"For me, it is my current job as {what}{where}.")
        return forms[_variant(role.title, role.organization) % len(forms)]
    duration = _duration(role)
    words = duration.split()
    if words:
        duration = " ".join(_NUMBER_WORDS.get(word, word) for word in words)
    time = f"my {duration}" if duration else "my time"
    forms = (f"{upper_first(time)} as {what} gave me the most{where}.",
             f"The job that gave me the most personal value was {time} as {what}{where}.",
             f"I would point to {time} as {what}{where}.",
             f"If I pick one job, it is {time} as {what}{where}.",
             f"For me, it was {time} as {what}{where}.")
    return forms[_variant(role.title, role.organization) % len(forms)]


def _linked(result: Result, skill: Skill | None) -> bool:
    if skill is None:
        return False
    return skill.name.strip().lower() in {n.lower() for n in result.enabled_by}


def _with_number(sentence: str, result: Result, role: Role) -> str:
    """The result's sentence with its number said as what it is, in the past for a job that
    is over ("I build the dashboard" becomes "I built the dashboard")."""
    if not role.current:
        sentence = in_past(sentence)
    reading = number_reading(result, sentence, role.current)
    if reading.whole:
        sentence = reading.whole
    if reading.inline:
        sentence = sentence[:-1] + f"{reading.inline}."
    if reading.sentence:
        sentence += " " + reading.sentence
    return sentence


def _my_part(result: Result) -> str:
    """The speaker's own part in a shared result, as a sentence of its own: "I did the temp
    logs every shift." as typed; a past verb gets "I"; anything else "My own part: ..."."""
    part = strip_end(_clean(result.my_part))
    if not part:
        return ""
    part = re.sub(r"\bi\b(?=\s|')", "I", part)  # "i did the logs" as typed in a hurry
    if len(part.split()) < 4:
        return ""  # "I did it really": too little to say
    if part.lower().startswith(("i ", "i'")):
        return f" {upper_first(part)}."
    if starts_with_past_verb(part):
        return f" I {lower_first(part)}."
    first = part.split()[0].lower()
    if first in ("it", "we", "my", "our", "that", "this", "the", "they"):
        return f" My own part: {upper_first(part)}."
    return f" My own part was {lower_first(part)}."


def _first_result(result: Result, role: Role, org: OrgWords, skill: Skill | None,
                  variant: int, named: bool) -> str:
    """The main result, linked to the grown skill only where the participant linked them; a
    skill ``named`` already in the story is "that skill", not its name again."""
    sentence, shape = statement_sentence(result, org)
    sentence = _with_number(sentence, result, role)
    if _linked(result, skill):
        owned = ("that skill", "it")[variant % 2] if named else skill_words(skill).owned
        if shape in ("own", "we"):
            lead = (f"Using {owned}", f"With {owned}", f"Putting {owned} to work")[
                variant % 3] if named else f"With {owned}"
            sentence = f"{lead}, {lower_first(sentence)}"
        elif named:  # "made the difference" only where something changed
            changed = _said(result, org)[2].kind == "change" or re.search(
                r"\b(?:from|went|rose|fell|dropped|improved|grew|doubled|halved|cut|reduced|"
                r"increased|decreased)\b", sentence, re.IGNORECASE)
            leads = (("That skill made the difference", "And it paid off", "It showed")
                     if changed else ("It showed", "That skill is behind this"))
            sentence = f"{leads[variant % len(leads)]}: {lower_first(sentence)}"
        else:
            sentence = f"{upper_first(owned)} made this possible: {lower_first(sentence)}"
    elif shape in ("own", "we"):
        lead = ("In this job, " if role.current else "In that job, ",
                "For " + org.the + ", ", "Alongside that, ")[variant % 3]
        sentence = lead + lower_first(sentence)
    elif shape == "clause":
        lead = "Since I started, " if role.current else "While I was there, "
        sentence = lead + lower_first(sentence)
    return sentence + _my_part(result)


def _more_result(result: Result, role: Role, org: OrgWords, n: int) -> str:
    sentence, shape = statement_sentence(result, org)
    sentence = _with_number(sentence, result, role)
    words = sentence.split()
    if shape == "own" and len(words) > 1 and words[0] == "I":
        sentence = ("I also " if n == 1 else "And I ") + " ".join(words[1:])
    elif shape == "we" and len(words) > 1:
        sentence = "We also " + " ".join(words[1:])
    elif shape in ("clause", "clause-now"):
        sentence = "And " + lower_first(sentence)
    return sentence + _my_part(result)


def _goals_of(workspace: Workspace) -> list[str]:
    return [g for g in (strip_end(_clean(g)) for g in workspace.target_role.goals) if g]


def _best_goal(goals: list[str], evidence: str) -> str:
    """The goal the story gives most evidence for: its meaningful words said in the story
    (half of them, or two; one shared verb alone is not enough), or "" when none has
    evidence."""
    said = content_stems(evidence)
    best, best_score = "", 0.0
    for goal in goals:
        wanted = content_stems(goal)
        if not wanted:
            continue
        common = wanted & said
        shared = len(common)
        if shared == 1 and starts_with_base_verb(next(iter(common))):
            continue  # one shared verb ("lead") is no evidence for "lead a team of 40"
        if shared >= 2 or (shared >= 1 and shared / len(wanted) >= 0.5):
            score = shared / len(wanted) + shared / 10
            if score > best_score:
                best, best_score = goal, score
    return best


def _bridge(goal: str, variant: int) -> str:
    """One bridge to the goal, in a shape that fits it: a goal that starts with a verb ("cut
    costs") is work one can do; a short name ("safeguarding") is experience; a longer one is
    quoted after a colon."""
    goal = re.sub(r"\bour\b", "your", lower_first(_spoken(goal)), flags=re.IGNORECASE)
    goal = re.sub(r"\bwe\b", "you", goal, flags=re.IGNORECASE)
    if starts_with_base_verb(goal):
        forms = (f"You want someone who can {goal}, and that is work I have already done.",
                 f"That is the same kind of work your role asks for: to {goal}.")
    elif len(goal.split()) <= 3:
        forms = (f"That is the {goal} experience your ad asks for.",
                 f"It is the kind of {goal} experience your ad asks for.")
    else:  # a long name from the ad, pasted after a colon, sounds recited: no bridge
        return ""
    return forms[variant % 2]


def _closing(workspace: Workspace, role: Role, skill: Skill | None, variant: int) -> str:
    """The close; the skill is named in the story already, so it is "that" here."""
    title = _spoken(_clean(workspace.target_role.title))
    held = title.lower() in {_spoken(r.title.strip()).lower() for r in workspace.roles}
    if title and skill is not None and (variant % 2 or held):
        return f"That is what I would bring to your {title} role."
    if title:
        job = "this job" if role.current else "that job"
        return f"That is why I point to {job}: it made me ready for {article(title)} {title} " \
               "role."
    return "That is why it is the job I would point to."


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figures(text: str) -> set[float]:
    """The numbers written in ``text``, as values ("1,200" and "1200" are one; "3" is not in
    "$35")."""
    return {float(m.group(0).replace(",", "")) for m in _FIGURE.finditer(text)}


def _told(result: Result, growth: str) -> bool:
    """True when the participant's growth words already tell this result: its numbers, or
    most of its meaningful words (it is not said twice)."""
    if not growth:
        return False
    numbers = _figures(result.statement)
    numbers |= {float(v) for v in (result.value, result.from_value) if v is not None}
    if numbers and numbers <= _figures(growth):
        return True
    return _repeats(result.statement, [content_stems(growth)])


def _repeats(note: str, told: list[set[str]], numbers: str = "") -> bool:
    """True when a note says again what a result says (most of its meaningful words), or gives
    only numbers the story has said already (``numbers``: the text told before it)."""
    said = content_stems(note)
    figures = _figures(note)
    if figures and figures <= _figures(numbers):
        return True
    return bool(said) and any(len(said & t) >= 0.8 * len(said) for t in told)


_SPLICE = re.compile(r",\s*(?:now|then|so|and now)?\s*\w+\s+(?:is|are|was|were)\b", re.IGNORECASE)


def _specific(result: Result, org: OrgWords) -> bool:
    """A further result worth its time in the longer version: a number said, or a sentence
    that names what changed (three meaningful words), and not two notes run together with a
    comma ("I set the same system up, now recalls is 60 a week")."""
    sentence = _said(result, org)[0]
    if _SPLICE.search(result.statement):
        return False
    return _number_said(result, org) or len(content_stems(sentence)) >= 3


def _story(role: Role, org: OrgWords) -> tuple[list[Skill], list[Result]]:
    """The skills and results in the order the story tells them: the grown skill the
    participant linked to one of the two best results (``enabled_by``) and that result first;
    else a grown skill and a result that speak of the same thing (a meaningful word in
    common); else the most grown skill and the best result, told side by side."""
    skills = [s for _i, s in _usable_skills(role)]
    results = [r for _i, r in _usable_results(role, org)]
    grown = [s for s in skills if s.levels_grown > 0]

    def first(skill: Skill, result: Result) -> tuple[list[Skill], list[Result]]:
        return ([skill, *[s for s in skills if s is not skill]],
                [result, *[r for r in results if r is not result]])

    for result in results[:2]:
        for skill in grown:
            if _linked(result, skill):
                return first(skill, result)
    for result in results[:2]:
        about = content_stems(f"{result.statement} {result.metric}")
        for skill in grown:
            if content_stems(skill_words(skill).topic) & about:
                return first(skill, result)
    return skills, results


def _pieces(workspace: Workspace, role: Role, long: bool) -> list[_Piece]:
    org = org_words(role)
    skills, results = _story(role, org)
    top = skills[0] if skills else None
    variant = _variant(role.title, role.organization, role.id)
    pieces = [_Piece(0, 0, _opening(role, long))]
    growth_first = not (results and top is not None and top.levels_grown <= 1
                        and _number_said(results[0], org))
    linked_first = bool(results) and not growth_first and _linked(results[0], top)
    if top is not None:
        pieces.append(_Piece(1 if growth_first else 3, 0,
                             growth_sentence(top, role.current, variant, named=linked_first)))
    told_growth = top.how_far if top is not None else ""
    results = [r for r in results if not _told(r, told_growth)] or results[:0]
    if results:
        pieces.append(_Piece(2, 0, _first_result(results[0], role, org, top, variant,
                                                 named=growth_first)))
    if long:  # more results only where they read as the participant's own sentence
        more = [r for r in results[1:] if statement_sentence(r, org)[1] in ("own", "we")
                and _specific(r, org)]
        for n, result in enumerate(more[:2], start=1):
            pieces.append(_Piece(5 + n, 3 + n, _more_result(result, role, org, n)))
    told = [content_stems(r.statement) for r in results] + [content_stems(told_growth)]
    said_so_far = " ".join(p.text for p in pieces)
    later = [t for t in (later_use_sentence(s, variant + i, role.current, named=s is top)
                         for i, s in enumerate(skills[:2])
                         if not _repeats(s.used_later, told, said_so_far)) if t]
    if later:
        pieces.append(_Piece(8, 0, later[0]))
        if long and len(later) > 1:
            pieces.append(_Piece(9, 5, later[1]))
    # the goal is chosen from the main story (growth, first result, its later use), so that
    # the bridge never turns to a skill the story did not tell
    evidence = " ".join(p.text for p in pieces[1:] if p.priority == 0)
    goal = _best_goal(_goals_of(workspace), evidence)
    bridge = _bridge(goal, variant) if goal else ""
    if bridge:  # the bridge is the close: a second stock line after it adds nothing
        pieces.append(_Piece(10, 2, bridge))
    else:
        pieces.append(_Piece(11, 3, _closing(workspace, role, top, variant)))
    return [p for p in pieces if p.text and not pitfall_phrases(p.text)]


def _compose(pieces: list[_Piece], most_words: int) -> str:
    """The pieces that fit ``most_words``, most wanted first, told in story order."""
    chosen: list[_Piece] = []
    total = 0
    for piece in sorted(pieces, key=lambda p: (p.priority, p.order)):
        n = count_words(piece.text)
        if piece.priority == 0 or total + n <= most_words:
            chosen.append(piece)
            total += n
    return " ".join(p.text for p in sorted(chosen, key=lambda p: p.order))


def _pick_role(workspace: Workspace, role_id: str | None) -> Role | None:
    if role_id is not None:
        try:
            return workspace.role(role_id)
        except KeyError:
            raise ValidationError(f"there is no role with the id '{role_id}' in this workspace.",
                                  field="answer.role_id") from None
    chosen = answer_role_id(workspace)
    return workspace.role(chosen) if chosen is not None else None


def plan_draft(workspace: Workspace, role_id: str | None = None, seconds: int = 90) -> Draft:
    """The draft for one role, about ``seconds`` long (30 or 90), with the coach's questions.

    ``role_id`` ``None`` drafts for the role ``answer_role_id`` picks (the chosen one, else the
    strongest, else the first). An unknown ``role_id`` raises ``ValidationError``. With no roles
    the text is empty and the questions say where to start.
    """
    role = _pick_role(workspace, role_id)
    questions = tuple(coach_questions(workspace, role.id if role else None))
    if role is None:
        return Draft("", 0, None, questions)
    long = seconds > 45
    pieces = _pieces(workspace, role, long)
    text = _compose(pieces, _words_of(VERSIONS[90 if long else 30][1]))
    return Draft(text, speaking_seconds(text), role.id, questions)


def draft_answer(workspace: Workspace, role_id: str | None = None, seconds: int = 90) -> str:
    """The text of ``plan_draft`` (see there)."""
    return plan_draft(workspace, role_id, seconds).text


def draft_versions(workspace: Workspace, role_id: str | None = None) -> dict[int, str]:
    """The 30-second and the 90-second draft, by their length in seconds."""
    return {seconds: draft_answer(workspace, role_id, seconds) for seconds in VERSIONS}


# --- which answer, about which role, from where ------------------------------------------------


@dataclass(frozen=True)
class AnswerChoice:
    """The answer a view shows or checks.

    Attributes:
        text: the answer text ("" when there is nothing to show).
        role_id: the role it is about, or None when there are no roles.
        source: "participant" (their own words), "draft" (written by the kit: the box is empty,
            or holds a draft the participant has not changed) or "none".
    """

    text: str
    role_id: str | None
    source: str


def answer_role_id(workspace: Workspace) -> str | None:
    """The role the answer is about: the chosen one, else the strongest, else the first."""
    from .scoring import rank

    ids = [r.id for r in workspace.roles]
    if workspace.answer.role_id in ids:
        return workspace.answer.role_id
    strongest = rank(workspace).strongest
    if strongest is not None:
        return strongest.role.id
    return ids[0] if ids else None


def is_untouched_draft(workspace: Workspace, text: str, role_id: str | None) -> bool:
    """True when ``text`` is a draft the kit writes for that role, word for word."""
    text = text.strip()
    if not text or role_id is None:
        return False
    try:
        return any(text == draft_answer(workspace, role_id, s).strip() for s in VERSIONS)
    except ValidationError:
        return False


def answer_for(workspace: Workspace) -> AnswerChoice:
    """Which answer text, about which role, and where it comes from: the one rule.

    - the participant's own text, about the chosen role (else the strongest, else the first);
      a text that is still an untouched draft counts as the kit's draft;
    - an empty box: the 90-second draft for that role, source "draft";
    - no roles at all: no text, no role, source "none".
    """
    role_id = answer_role_id(workspace)
    own = workspace.answer.text.strip()
    if own:
        source = "draft" if is_untouched_draft(workspace, own, role_id) else "participant"
        return AnswerChoice(own, role_id, source)
    if role_id is None:
        return AnswerChoice("", None, "none")
    return AnswerChoice(draft_answer(workspace, role_id), role_id, "draft")
