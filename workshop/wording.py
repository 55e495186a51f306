"""Turning a participant's entries into phrases a person would say, each grammatical for its kind.

The draft (``workshop.draft``) never pastes a field into a fixed frame. It asks this module for a
realisation that fits what the field holds:

- an organisation as what it is ("the school", "our patients"), read from ``organization_kind``
  or, when the participant has not said, from the name (``organization_kind``);
- a skill by its shape: a noun ("forklift" -> "my forklift skills"), a noun that already says
  skills ("communication skills"), or an activity ("coach a team" -> "coaching a team");
- a level move as the person would tell it ("new to scheduling", "by the end I could handle
  the hard cases with confidence");
- a result statement in the first person by its shape: "I ..." and "We ..." as they are, a bare
  past verb with "I" before it, a base verb after "I helped <the organisation>", a clause with its
  own subject ("customer satisfaction went up") as a sentence of its own, a noun phrase after
  "One result I contributed to was";
- a number as what it is (``kind``): a change by an amount, from one level to another, a count,
  an amount, a level; a number whose kind the entries leave open is not worded at all
  (``number_reading`` says so, and the draft asks).

The words come from ``data/wording.json``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .model import Result, Role, Skill
from .resources import load_json

__all__ = ["OrgWords", "SkillWords", "NumberReading", "org_kind", "org_words", "skill_words",
           "growth_sentence", "statement_sentence", "number_reading", "format_number",
           "content_stems", "article", "lower_first", "upper_first", "strip_end",
           "starts_with_past_verb", "starts_with_base_verb", "takes_article",
           "later_use_sentence"]


@functools.cache
def _data() -> dict:
    return load_json("wording.json")  # type: ignore[return-value]


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_data()[key])


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _first_word(text: str) -> str:
    m = _WORD.search(text)
    return m.group(0).lower() if m and m.start() <= 1 else ""


def strip_end(text: str) -> str:
    return " ".join(str(text).split()).rstrip(" .!;:,")


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is "I", a name or an acronym."""
    if not text:
        return text
    first = text.split()[0]
    if first == "I" or first.startswith(("I'", "I’")) or any(c.isupper() for c in first[1:]):
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def starts_with_base_verb(text: str) -> bool:
    """True for a phrase that opens with a verb's plain form ("reduce costs", "lead a team")."""
    words = text.split()
    return bool(words) and words[0].lower() in _words("base_verbs")


def takes_article(title: str) -> bool:
    """False for a title said without "a" ("Head of Maths", "Lead Pharmacist")."""
    words = title.split()
    return bool(words) and words[0].lower() not in _data()["no_article_titles"]


def article(phrase: str) -> str:
    """"a" or "an" for the phrase, by its first letter (an hour, a user: close enough to say)."""
    word = phrase.strip().split()[0] if phrase.strip() else ""
    if len(word) > 1 and word.isupper() and word.isalpha():
        return "an" if word[0] in "AEFHILMNORSX" else "a"  # an HR, an MRI, a UX
    first = word[:1].lower()
    return "an" if first and first in "aeiou" else "a"


# --- organisations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgWords:
    """How the draft names an organisation and those it served.

    Attributes:
        kind: one of ``model.ORGANIZATION_KINDS``.
        the: "the school", "the hospital", "the library" (a noun from the name when it has one).
        people: who it serves ("our students", "our patients").
        team: the participant's own team ("my team", "my platoon").
        department: the wider unit ("my department", "my unit").
    """

    kind: str
    the: str
    people: str
    team: str
    department: str

    def scope(self, scope: str) -> str:
        """Who felt a result, by its ``scope``."""
        return {"team": self.team, "department": self.department, "company": self.the,
                "customers": self.people}.get(scope, self.the)


def _has_words(name: str, words: list[str]) -> str:
    """The first of ``words`` standing as whole words in ``name`` (lower case), or ""."""
    for word in words:
        if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", name):
            return word
    return ""


def org_kind(role: Role) -> str:
    """The kind the participant picked, else one read from the organisation's name, else
    "company"."""
    if role.organization_kind:
        return role.organization_kind
    name = role.organization.lower()
    for kind, words in _data()["organizations"].items():
        if words["name_words"] and _has_words(name, words["name_words"]):
            return kind
    return "company"


def org_words(role: Role) -> OrgWords:
    """The organisation of ``role`` in words (see ``OrgWords``)."""
    kind = org_kind(role)
    words = _data()["organizations"][kind]
    the = words["the"]
    noun = _has_words(role.organization.lower(), words["nouns"])
    if noun:
        the = f"the {noun}"
    return OrgWords(kind, the, words["people"], words["team"], words["department"])


# --- skills -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillWords:
    """A skill's name, said the way its shape allows.

    Attributes:
        topic: what one is new to or good at ("scheduling", "coaching a team").
        owned: the skill as a thing one has ("my scheduling skills", "my coaching a team" is
            never made: an activity reads "what I learned about coaching a team").
        activity: True when the name is something one does ("coaching a team").
    """

    topic: str
    owned: str
    activity: bool


_LEARNED = re.compile(r"^(?:i\s+)?(?:learned|learnt|learning|got better at|how)\s+(?:how\s+)?"
                      r"(?:to\s+)?", re.IGNORECASE)


def _gerund(verb: str) -> str:
    """"lead" -> "leading", "manage" -> "managing", "plan" -> "planning", "run" -> "running"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb) and len(verb) <= 4:
        return verb + verb[-1] + "ing"
    return verb + "ing"


_CUT = re.compile(r"\s*(?:\(|,|;|:|\s-\s|\s(?:so|that|which|because|when|where|while)\s)",
                  re.IGNORECASE)


def _spoken_name(name: str) -> str:
    """The skill's name as said aloud: what stands in brackets and any clause after it left
    out ("building dashboards in Tableau so the execs could ..." -> "building dashboards in
    Tableau")."""
    name = _LEARNED.sub("", strip_end(name))
    if name.lower().startswith("to "):
        name = name[3:]
    head = _CUT.split(name, 1)[0].strip()
    name = head if len(head) >= 2 else name
    return re.sub(r"\s*/\s*", " and ", name)


def skill_words(skill: Skill) -> SkillWords:
    """The skill's name by its shape (see ``SkillWords``)."""
    name = _spoken_name(skill.name)
    words = name.split()
    if not words:
        return SkillWords(skill.name, f"my {skill.name}", False)
    first = words[0].lower()
    if starts_with_base_verb(name) and len(words) > 1 and first not in ("set", "test", "file",
                                                                        "budget", "code"):
        name = " ".join([_gerund(first), *words[1:]])
        return SkillWords(name, f"what I learned about {name}", True)
    if first.endswith("ing") and len(first) > 4 and len(words) > 1:
        return SkillWords(name, f"what I learned about {name}", True)
    if re.search(r"\b(?:skills?|abilities|ability|knowledge|know-how)$", name, re.IGNORECASE):
        return SkillWords(name, f"my {name}", False)
    plural = words[-1].lower().endswith("s") and not words[-1].lower().endswith(("ss", "is"))
    if len(words) <= 3 and not plural and not _has_words(name.lower(),
                                                         ["with", "of", "for", "to", "and", "/"]):
        return SkillWords(name, f"my {name} skills", False)
    return SkillWords(name, f"my skills in {name}", False)


def _levels(part: str, level: str) -> str:
    return _data()["levels"][part][level]


def growth_sentence(skill: Skill, current: bool, variant: int, second: bool = False) -> str:
    """How far the job moved the skill, as a person tells it: "I started there new to
    scheduling, and by the time I left I could handle the hard cases with confidence."
    A skill that did not move is told as the level it was used at; ``second`` tells a further
    skill ("I also grew ...")."""
    words = skill_words(skill)
    end = _levels("end_present" if current else "end_past", skill.after)
    if skill.levels_grown <= 0:
        return f"I put {words.owned} to work every day: {lower_first(end)}."
    again = _levels("start", skill.before).format(skill="it")
    by_then = "now" if current else "by the end"
    if second:
        if words.activity:
            return f"I also got much better at {words.topic}: I started {again}, and {by_then} " \
                   f"{end}."
        return f"{upper_first(words.owned)} grew too: I started {again}, and {by_then} {end}."
    grew = "has grown" if current else "grew"
    job = "This job" if current else "That job"
    if words.activity:
        grown = f"{job} {grew} my skill at {words.topic} the most"
    else:
        grown = f"{job} {grew} {words.owned} the most"
    if current:
        forms = (f"{grown}: I started {again}, and now {end}.",
                 f"I have learned the most about {words.topic} here: I started {again}, and "
                 f"now {end}.")
    else:
        forms = (f"{grown}: I came in {again}, and by the end {end}.",
                 f"I learned the most about {words.topic} there: I started {again}, and by the "
                 f"time I left {end}.")
    return forms[variant % len(forms)]


# --- results ------------------------------------------------------------------------------------

_SUBJECTS = frozenset("""a an the our my their his her its this that these those most all every
    each some many more fewer less over nearly almost about around half none no both either
    neither one it they he she everyone everybody nobody""".split())


def _present(text: str) -> bool:
    """True for a clause told in the present ("residents are calmer")."""
    words = {w.lower() for w in _WORD.findall(text)}
    return bool(words & {"is", "are", "has", "have", "goes", "rises", "falls", "grows", "stays",
                         "remains", "runs", "uses"})


def starts_with_past_verb(text: str) -> bool:
    """True for a note that opens with a past verb ("built the dashboard", "cut waste")."""
    first = _first_word(text)
    return (first.endswith("ed") and len(first) > 3) or first in _words("irregular_past")


def _is_clause(text: str) -> bool:
    """True when the statement has a subject of its own and a finite verb after it
    ("customer satisfaction went up", "the backlog fell to zero", "sales rose 20%")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 2:
        return False
    for i, word in enumerate(words[1:], start=1):
        if word in _words("finite_verbs") and words[i - 1] not in ("to", "i", "we"):
            return True
        if word.endswith("ed") and len(word) > 4 and i < len(words) - 1 \
                and words[i - 1] not in ("the", "a", "an", "to", "of", "and", "i", "we"):
            return True
    return False


_HEAD = re.compile(r",|;|\s(?:which|that|so|and|because|while|by)\s", re.IGNORECASE)


def statement_sentence(result: Result, org: OrgWords) -> tuple[str, str]:
    """The result in the first person, with the kind of sentence it became:

    - "own": the participant's sentence as it is ("I ...", "I helped ...");
    - "we": a "We ..." sentence (the draft asks for the speaker's part);
    - "clause": a sentence with its own subject ("Customer satisfaction went up."), or
      "clause-now" for one told in the present ("Residents are calmer.");
    - "phrase": a noun phrase ("One result I contributed to was ...");
    - "" when the statement holds no words.

    "the company" in a participant's sentence about another kind of organisation becomes the
    organisation's own name for itself ("the school")."""
    text = strip_end(result.statement)
    if not text:
        return "", ""
    if org.kind != "company":
        text = re.sub(r"\bthe company\b", org.the, text, flags=re.IGNORECASE)
    first = _first_word(text)
    if first in ("i", "i'd", "i've", "i'm", "i’m"):
        return upper_first(text) + ".", "own"
    if first == "we":
        return upper_first(text) + ".", "we"
    if first == "helped":
        return f"I {text}.", "own"
    if first in _words("base_verbs") and not starts_with_past_verb(text) \
            and not _is_clause(_HEAD.split(text, 1)[0]):
        verb_rest = lower_first(text)
        return f"I helped {org.scope(result.scope)} {verb_rest}.", "own"
    if starts_with_past_verb(text) and first not in _SUBJECTS:
        return f"I {lower_first(text)}.", "own"
    if _is_clause(text):
        return upper_first(text) + ".", ("clause-now" if _present(text) else "clause")
    return f"One result I contributed to was {lower_first(text)}.", "phrase"


# --- numbers ------------------------------------------------------------------------------------


def _unit_words(unit: str) -> str:
    unit = unit.strip()
    return _data()["unit_words"].get(unit.lower(), unit)


def format_number(value: float | int, unit: str = "") -> str:
    """A number as a person says it, with its unit: "18%", "$2.3 million", "12 hours a week",
    "11 percentage points", "4,500 Swiss francs"."""
    unit = unit.strip()
    if abs(value) >= 1_000_000 and float(value) == round(value, -4):
        number = f"{value / 1_000_000:,.2f}".rstrip("0").rstrip(".") + " million"
    elif isinstance(value, float):
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        number = f"{value:,}"
    if not unit:
        return number
    if unit == "%":
        return number + "%"
    symbol = _data()["currency"].get(unit.upper()) or _data()["currency"].get(unit)
    if symbol:
        return symbol + number
    word = _data()["currency_words"].get(unit.upper()) or _data()["currency_words"].get(unit)
    if word:
        return f"{number} {word}"
    words = _unit_words(unit)
    return f"{number}{words}" if words.startswith(" ") else f"{number} {words}"


@dataclass(frozen=True)
class NumberReading:
    """What a result's number is, and how the draft says it.

    Attributes:
        kind: "change", "count", "amount", "level", "in_statement" (the sentence says it
            already), "unclear" (the entries leave open what it is: the draft leaves it out and
            asks), or "none" (no number).
        inline: words to add at the end of the statement's sentence ("by 18%"), or "".
        sentence: a sentence of its own that follows the statement ("Overtime hours went from
            40 to 22 a week."), or "".
    """

    kind: str
    inline: str = ""
    sentence: str = ""


def _change_direction(text: str) -> str:
    words = {w.lower() for w in _WORD.findall(text)}
    verbs = _data()["change_verbs"]
    if words & set(verbs["down"]):
        return "down"
    if words & set(verbs["up"]):
        return "up"
    return ""


def _has_number(statement: str, result: Result) -> bool:
    if result.value == 0 and re.search(r"\b(?:zero|no|none|nil|every|all)\b", statement,
                                       re.IGNORECASE):
        return True
    digits = statement.replace(",", "")
    value = result.value
    text = f"{value:g}" if isinstance(value, float) else str(value)
    if re.search(rf"(?<![\d.]){re.escape(text)}(?![\d])", digits):
        return True
    return bool(re.search(r"\b(?:half|halved|third|quarter|doubled|tripled|twice|zero|none)\b",
                          statement,
                          re.IGNORECASE)) and result.kind in ("", "change")


def _kind(result: Result, statement: str) -> str:
    if result.kind:
        return result.kind
    if result.from_value is not None:
        return "change"
    unit = result.unit.strip().lower()
    if _change_direction(statement) and (unit in ("%", "percent", "percentage points", "pp")
                                         or "hour" in unit or "minute" in unit or "day" in unit):
        return "change"
    return "unclear"


def _unit_in_metric(result: Result) -> bool:
    """True when the metric names the unit already ("critical violations", unit "violations";
    "incidents/month", unit "incidents per month")."""
    unit = result.unit.strip().lower()
    head = _WORD.findall(unit)[:1]
    return bool(head) and head[0] in result.metric.lower() and unit not in ("%",)


def _plain(result: Result, value: float | int) -> str:
    """A value with its unit, or bare when the metric beside it names the unit."""
    return format_number(value, "" if _unit_in_metric(result) else result.unit)


_TIME_WORDS = re.compile(r"^(?:in|over|within|during|after|by|across|from|between|throughout|"
                         r"for|last|each|every|per|a|an)\b", re.IGNORECASE)


def _period(result: Result) -> str:
    """" in six months", " from 2016 to 2022", " over 2023": the period with the word it needs."""
    period = strip_end(result.period)
    if not period:
        return ""
    if _TIME_WORDS.match(period):
        return f" {period}"
    if period[:1].isdigit():
        return f" from {period}" if re.search(r"\bto\b|[-–]", period) else f" in {period}"
    return f" in {period}"


def _change(result: Result, statement: str, current: bool) -> NumberReading:
    value = format_number(result.value, result.unit)
    metric = strip_end(result.metric)
    if result.from_value is not None:
        end = _plain(result, result.value) if metric else value
        unit = result.unit.strip()
        money = bool(_data()["currency"].get(unit.upper()) or _data()["currency"].get(unit))
        start = format_number(result.from_value, unit if unit == "%" or money else "")
        subject = upper_first(metric) if metric else "It"
        return NumberReading("change", sentence=f"{subject} went from {start} to {end}"
                                                f"{_period(result)}.")
    at_end = not metric and not re.search(r"\sby\s", statement, re.IGNORECASE)
    ends_on_metric = bool(metric) and strip_end(statement).lower().endswith(metric.lower())
    if _change_direction(statement) and (at_end or ends_on_metric):
        return NumberReading("change", inline=f"by {value}{_period(result)}")
    what = f" in {metric}" if metric else ""
    direction = {"down": "a drop", "up": "a rise"}.get(_change_direction(statement), "a change")
    return NumberReading("change", sentence=f"That was {direction} of {value}{what}"
                                            f"{_period(result)}.")


def _count(result: Result, current: bool) -> NumberReading:
    metric = strip_end(result.metric)
    unit = result.unit.strip()
    if _unit_in_metric(result) or not unit:
        number, noun = format_number(result.value), metric
    elif unit.isalpha() and len(unit) > 3 and not _data()["currency_words"].get(unit.upper()):
        number, noun = format_number(result.value), unit
    else:
        number, noun = format_number(result.value, unit), (f"of {metric}" if metric else "")
    verb = "comes" if current else "came"
    if noun:
        return NumberReading("count", sentence=f"That {verb} to {number} {noun} in all"
                                               f"{_period(result)}.")
    return NumberReading("count", sentence=f"That {verb} to {number} in all{_period(result)}.")


def _amount(result: Result, current: bool) -> NumberReading:
    metric = strip_end(result.metric)
    verb = "adds up" if current else "came"
    what = f" in {metric}" if metric else ""
    return NumberReading("amount", sentence=f"That {verb} to "
                                            f"{format_number(result.value, result.unit)}{what}"
                                            f"{_period(result)}.")


def _level(result: Result, current: bool) -> NumberReading:
    metric = strip_end(result.metric)
    value = _plain(result, result.value) if metric else format_number(result.value, result.unit)
    if result.value == 0 and (result.unit.strip() in ("", "%") or _unit_in_metric(result)):
        value = "zero"
    verb = "stands" if current else "stood"
    subject = upper_first(metric) if metric else "The figure"
    return NumberReading("level", sentence=f"{subject} {verb} at {value}{_period(result)}.")


def number_reading(result: Result, statement: str, current: bool = False) -> NumberReading:
    """What the result's number is and how it is said (see ``NumberReading``)."""
    if not result.quantified:
        return NumberReading("none")
    if _has_number(statement, result):
        return NumberReading("in_statement")
    if result.kind in ("count", "amount") and re.search(r"\d", statement):
        return NumberReading("in_statement")  # the sentence gives its own figure
    kind = _kind(result, statement)
    if kind == "change":
        return _change(result, statement, current)
    if kind == "count":
        return _count(result, current)
    if kind == "amount":
        return _amount(result, current)
    if kind == "level":
        return _level(result, current)
    return NumberReading("unclear")


# --- later use ----------------------------------------------------------------------------------

_LATER_START = re.compile(r"^(?:later|afterwards|since then)\b[\s,:]*", re.IGNORECASE)
_PLACE_START = re.compile(r"^(?:at|in|on|when|as|while|during|after|for|since|now|today|still)\b",
                          re.IGNORECASE)


def later_use_sentence(skill: Skill, variant: int) -> str:
    """Where the grown skill was used later, in the participant's words, or ""."""
    note = _LATER_START.sub("", strip_end(skill.used_later))
    if not note:
        return ""
    words = skill_words(skill)
    first = _first_word(note)
    lead = (f"I have kept using {words.owned} since" if variant % 2 else "It stayed with me")
    if first in ("i", "i've", "i'd", "i'm", "we"):
        return f"{lead}: {lower_first(note) if first == 'we' else note}."
    if _PLACE_START.match(note):
        return f"{upper_first(note)}, I used {words.owned} again." \
            if len(note.split()) <= 6 else f"{lead}: {lower_first(note)}."
    if first in ("used", "applied", "reused", "took", "brought"):
        return f"Later I {lower_first(note)}."
    if starts_with_past_verb(note):
        return f"Later, using {words.owned}, I {lower_first(note)}."
    if first in _words("base_verbs"):
        return f"Today I {lower_first(note)} with {words.owned}."
    return f"{lead}: {lower_first(note)}."


# --- goals --------------------------------------------------------------------------------------


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ers", "er", "ies", "ied",
                   "es", "ed", "s", "y", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> set[str]:
    """The stems of the words that carry meaning in ``text`` (used to see whether a sentence
    gives evidence for a goal)."""
    quiet = _words("quiet_words")
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in quiet and len(w) > 2}
