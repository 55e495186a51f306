"""Turning a participant's entries into phrases a person would say, each grammatical for its kind.

The draft (``workshop.draft``) never pastes a field into a fixed frame. It asks this module for a
realisation that fits what the field holds:

- an organisation as what it is ("the school", "our patients"), read from ``organization_kind``
  or, when the participant has not said, from the name (``organization_kind``), and its name as
  people say it (``org_spoken``: no legal form, "the University of ...");
- a skill by its shape: a noun ("forklift" -> "my forklift skills"), a noun that already says
  skills ("communication skills"), or an activity ("coach a team" -> "coaching a team");
- a result statement in the first person by its shape: "I ..." and "We ..." as they are, a bare
  past verb with "I" before it, a base verb said in the past after "I" (the doing the 03 form's
  "I helped the company to ..." leaves unsaid is the speaker's), a clause with its
  own subject ("customer satisfaction went up") as a sentence of its own, a noun phrase after
  "One result I contributed to was";
- a number as what it is (``kind``): a change by an amount, from one level to another, a count,
  an amount, a level; a number whose kind the entries leave open is not worded at all
  (``number_reading`` says so, and the draft asks).

The words come from ``data/wording.json``. Notes are said as speech by ``workshop.spoken`` (the
layer under this one, whose names this module passes on: ``speech``, ``in_past`` ...), and a
skill's growth and later use are told by ``workshop.skill_story`` (the layer above).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .empty_reply import says_nothing
from .model import Result, Role
from .note_grammar import moved_clause, own_subject
from .note_shapes import clause_said, clause_subject, noun_change
from .noun_phrase import ceiling
from .numbers import quantities
from .resources import per_data_folder
from .scope_words import scope_of, scope_spoken
from .skill_words import SkillWords, gerund, is_qualification, skill_words
from .spoken import SUBJECTS as _SUBJECTS
from .spoken import WORD as _WORD
from .spoken import first_word as _first_word
from .spoken import (
    in_past,
    lower_first,
    note_clause,
    past_tense,
    said_aloud,
    speech,
    starts_with_base_verb,
    starts_with_past_verb,
    strip_end,
    upper_first,
)
from .spoken import is_clause as _is_clause
from .spoken import is_present as _present
from .spoken import word_list as _words
from .spoken import wording_data as _data
from .to_self import form_value
from .typed_said import hedged_figure, no_subject_said, spread_unnamed
from .verbs import past_of_present

__all__ = ["OrgWords", "SkillWords", "NumberReading", "org_kind", "org_words", "org_spoken",
           "household_name",
           "skill_words",
           "statement_sentence", "number_reading", "format_number",
           "content_stems", "article", "lower_first", "upper_first", "strip_end",
           "starts_with_past_verb", "starts_with_base_verb", "takes_article",
           "in_past", "is_qualification", "speech", "gerund", "said_from_fields"]


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

    def scope(self, scope: str, said: str = "") -> str:
        """Who felt a result, by its ``scope``; in the participant's own word ("the ward",
        ``Result.scope_said``) where the kit places it as one of the four."""
        if said and scope:
            return scope_spoken(said)
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
    return _org_kind(role.organization, role.organization_kind)


def org_words(role: Role) -> OrgWords:
    """The organisation of ``role`` in words (see ``OrgWords``)."""
    return _org_words(role.organization, role.organization_kind)


# Read once per organisation: 04 asks for every role's words on every change (a few hundred
# whole-word searches a role), and the answer depends only on the name and the kind picked.
@per_data_folder
def _org_kind(organization: str, picked: str) -> str:
    if picked:
        return picked
    name = organization.lower()
    for kind, words in _data()["organizations"].items():
        if household_name(organization, words) or (
                words["name_words"] and _has_words(name, words["name_words"])):
            return kind
    return "company"


def household_name(organization: str, words: dict | None = None) -> bool:
    """Whether the organisation typed is no workplace's name but one of a kind's ``names``,
    matched whole ("family", "home", "household" for caring at home: never "Family Dental"
    or "Seaview Nursing Home"); without ``words``, any kind's."""
    name = " ".join(re.sub(r"[^\w\s]", " ", organization.lower()).split())
    name = re.sub(r"^(?:my|our|the)\s+", "", name)
    kinds = [words] if words is not None else _data()["organizations"].values()
    return bool(name) and any(name in kind.get("names", ()) for kind in kinds)


@per_data_folder
def _org_words(organization: str, picked: str) -> OrgWords:
    kind = _org_kind(organization, picked)
    words = _data()["organizations"][kind]
    the = words["the"]
    noun = _has_words(organization.lower(), words["nouns"])
    if noun:
        the = f"the {noun}"
    return OrgWords(kind, the, words["people"], words["team"], words["department"])


# A legal form is not said ("Hollis & Grant LLP" -> "Hollis & Grant"); a name that opens
# with one of these takes "the" ("the University of Leeds", "the U.S. Army").
_LEGAL = re.compile(r"[\s,]+(?:ltd|limited|llp|llc|l\.l\.c|inc|incorporated|plc|gmbh|ag|s\.a|"
                    r"sa|sas|s\.r\.l|srl|b\.v|bv|n\.v|nv|pty|co|corp|sp\. ?z ?o\. ?o|"
                    r"sp z o ?o|s\.a\.s|oy|ab|as|a/s|aps|kg|ohg|ug)\.?$", re.IGNORECASE)
_THE_NAME = re.compile(r"^(?:(?:university|college|institute|department|ministry|office|"
                       r"city|county|state)\s+of\b|(?:royal|national|british|united|u\.s\.|us)"
                       r"\s+\w+)", re.IGNORECASE)


_JOINER_END = re.compile(r"(?:\s(?:&|\+|and|of|for|the|und|et)|&)$", re.IGNORECASE)


def org_spoken(name: str) -> str:
    """An organisation's name as people say it: a legal form left out ("TransEuro Cargo Sp. z
    o.o." -> "TransEuro Cargo"), what stands after a comma (a unit: "U.S. Army, 3rd Brigade")
    or a spaced dash left out, a branch after the name ("X Bank Ikeja branch") left out, "the"
    before a name that takes it ("the University of Leeds"); "" for a form's stand-in for no
    name ("n/a", "Various / unpaid": ``to_self.form_value``)."""
    if form_value(name):
        return ""
    name = " ".join(re.sub(r"\s*\([^)]*\)", "", name).split())
    parts = [p for p in re.split(r",\s|\s[-–—|]\s", name) if strip_end(p)] or [name]
    # "Ward 7, St Mary's Hospital": a unit typed before its organisation is not the employer
    while len(parts) > 1 and _unit_part(parts[0]):
        parts = parts[1:]
    name = strip_end(parts[0])
    name = re.sub(r"(?<=\w)\s+[A-Z][\w'-]*\s+branch$", "", name, flags=re.IGNORECASE)
    for _ in range(2):
        short = strip_end(_LEGAL.sub("", name))
        # "Primrose & Co." never said "Primrose &": a name left ending on a joining word
        # keeps its legal form (blind raters, s17: a name cut is a name garbled)
        name = name if not short or _JOINER_END.search(short) else short
    if _THE_NAME.match(name) and not name.lower().startswith("the "):
        name = "the " + name
    return name


def _unit_part(part: str) -> bool:
    """True for a part of an organisation's box that names a unit of it, not the employer: a
    unit word and its number or letter ("Ward 7", "Unit 4B", "Bay C"), or a name ending in a
    unit word ("Dementia Unit", "Night Shift", "Sales Team"); never a name that only opens on
    one ("Team Rubicon")."""
    words = [w.lower() for w in _WORD.findall(part)]
    units = _words("org_units")
    return bool(words) and (words[-1] in units or words[0] in units and bool(
        re.search(r"\d|\b[A-Z]\b", part)))


# --- results ------------------------------------------------------------------------------------

_HEAD = re.compile(r",|;|\s(?:which|that|so|and|because|while|by)\s", re.IGNORECASE)


def statement_sentence(result: Result, org: OrgWords, framed: bool = False) -> tuple[str, str]:
    """The result in the first person, with the kind of sentence it became:

    - "own": the participant's sentence as it is ("I ...", "I helped ...");
    - "we": a "We ..." sentence (the draft asks for the speaker's part);
    - "clause": a sentence with its own subject ("Customer satisfaction went up."), or
      "clause-now" for one told in the present ("Residents are calmer.");
    - "phrase": a noun phrase the draft cannot say as a sentence of the participant's (it is
      left out of the story and the coach asks for it as a sentence); a phrase "X from A to
      B" becomes the clause "X went from A to B.", and so does a phrase "X" with A and B in
      the result's fields (``_fields_moved``);
    - "" when the statement holds no words.

    "the company" in a participant's sentence about another kind of organisation becomes the
    organisation's own name for itself ("the school"). A bare doing ("cut food cost") is said
    as the speaker's own ("I cut food cost"), a doing after the 03 form's frame as typed
    without its "to" ("I helped the kitchen cut food cost", ``_helped_doing``); ``framed``:
    as "I helped <the organisation> <doing>", the reading ``result_number`` falls back to
    where the answer check reads a result only so (a level reached or kept: "reach 94%
    readiness")."""
    text = strip_end(said_aloud(result.statement))
    if not text:
        return "", ""
    if org.kind != "company":
        text = re.sub(r"\bthe company\b", org.the, text, flags=re.IGNORECASE)
    spoken = speech(text)
    if not spoken:  # note grammar ("led rota; cut overtime"): asked for as a sentence
        return upper_first(text) + ".", "phrase"
    text, _sep, rest = spoken.partition(". ")
    sentence, shape = _statement_head(text, result, org, framed)
    if rest and shape != "phrase":
        sentence = f"{sentence} {upper_first(rest)}."
    return sentence, shape


# "I helped the kitchen to cut ...": the 03 form's own frame typed out, before the speaker's
# doing (``_helped_doing``)
_HELPED = re.compile(r"^(?:I\s+)?helped\s+(?:the|our|my)\s+((?:[\w&'’-]+\s+){1,4}?)"
                     r"to\s+(?=([a-z]+)\b)", re.IGNORECASE)


_CLAUSE_AFTER = re.compile(r"^\S+(?:\s+\S+){0,2}?\s+(?:went|was|were|is|are|has|had|rose|fell|"
                           r"[a-z]+ed)\b", re.IGNORECASE)


def _helped_doing(text: str, org: OrgWords) -> str:
    """"I helped <the unit> to <do> ..." said "I helped <the unit> <do> ...": the speaker's
    part as they typed it (never the doing alone, "I cut food cost", a claim the entry does
    not make), without the 03 form's "to" (raters heard "helped ... to" as the kit's frame);
    the text as it is where a clause follows it ("to customer satisfaction went up"; ``org``
    unused: the organisation is named as typed, "the company" read earlier)."""
    m = _HELPED.match(text)
    verb = m.group(2).lower() if m else ""
    if not m or not (verb in _words("base_verbs") or past_of_present(verb) or verb in (
            "hit", "cut", "set", "put")) and _CLAUSE_AFTER.match(text[m.end():]):
        return text  # "... to customer satisfaction went up": a clause, not a doing
    return text[:m.start(1)] + m.group(1) + text[m.end():]


def _statement_head(text: str, result: Result, org: OrgWords,
                    framed: bool = False) -> tuple[str, str]:
    text = text if framed else _helped_doing(text, org)
    first = _first_word(text)
    if first in ("i", "i'd", "i've", "i'm", "i’m"):
        return upper_first(text) + ".", "own"
    if first == "we":
        return upper_first(text) + ".", "we"
    if first == "helped":
        return f"I {text}.", "own"
    typed = no_subject_said(text)
    if typed:
        return typed
    changed = noun_change(text)  # "returned mail down from 5% to 1%": a noun phrase, no verb
    if changed:
        return _clause_said(changed, result)
    if (first in _words("base_verbs") or first in ("hit", "cut", "set", "put")) \
            and not starts_with_past_verb(text) \
            and not _is_clause(_HEAD.split(text, 1)[0]) and not own_subject(text):
        # the doing the 03 form's "I helped the company to ..." left unsaid is the speaker's
        # own, said in the past as theirs ("find that X lifted Y" -> "I found that ..."):
        # never "I helped the kitchen to cut ...", a frame raters heard as the kit's
        if framed and first in _words("org_level_verbs"):  # a level the organisation
            # reached or kept ("reach 94% readiness"); a person's own act ("train the new
            # clerks", "lead a team of 3") is never turned into "I helped my team ..."
            return (f"I helped {org.scope(scope_of(result), result.scope_said)} "
                    f"{lower_first(text)}.", "own")
        rest = text.split(maxsplit=1)
        said = past_tense(first) + (f" {rest[1]}" if len(rest) > 1 else "")
        return f"I {said}.", "own"
    if starts_with_past_verb(text) and first not in _SUBJECTS and not own_subject(text):
        return f"I {lower_first(text)}.", "own"  # never "I forecast accuracy improved"
    clause = note_clause(text)  # a subject and a finite verb in the main clause, or ""
    if clause:
        return _clause_said(clause, result)
    return _moved_said(text, result) or _fields_moved(text, result) or (
        upper_first(text) + ".", "phrase")


# a noun phrase short enough to be what moved ("e-book loans", "falls on the ward")
_WHAT_MOVED = re.compile(r"^[^\d,;:()+&/]+$")


def _fields_moved(text: str, result: Result) -> tuple[str, str] | None:
    """A noun phrase with no number whose from and to are in the result's fields ("e-book
    and e-audio loans", 64,000 -> 182,000) said as what went up or down (the fields' numbers
    are said after it, ``result_number``), never left out as a note: a change with its
    before and after is what a draft tells first (blind raters: a thin draft while the
    entries hold more)."""
    if result.from_value is None or result.value is None or result.value == result.from_value:
        return None
    if not _WHAT_MOVED.match(text) or len(text.split()) > 6:
        return None
    head, _sp, rest = text.partition(" ")
    if rest and head.lower() in _words("direction_words"):  # "fewer incidents": the
        text = rest  # numbers say which way, never "fewer incidents went from 7 to 2"
    unit = result.unit.strip()
    first, _sp, others = unit.partition(" ")
    if first and first.lower() in text.lower().split():  # "incidents per month" after
        unit = others  # "incidents": "from 7 to 2 per month", the noun said once
    low, high = (format_number(v, unit) for v in (result.from_value, result.value))
    bare = format_number(result.from_value)
    if low != bare and low.startswith(bare):  # "from 64,000 to 182,000 loans", one unit
        low = bare
    clause = moved_clause(text, f"from {low} to {high}")
    return _clause_said(clause, result) if clause else None


def said_from_fields(result: Result, org: OrgWords) -> bool:
    """True for a result typed as a note that the draft says only from its fields' before
    and after (``_fields_moved``): the coach still asks for it as the participant's sentence,
    which says what they did and what it meant."""
    if result.from_value is None:
        return False
    return statement_sentence(result, org)[1] not in ("phrase", "") and \
        statement_sentence(replace(result, from_value=None), org)[1] == "phrase"


def _moved_said(text: str, result: Result) -> tuple[str, str] | None:
    """A note of what moved with its verb left out, said as a clause (``moved_clause``)."""
    moved = _FROM_TO.match(text) or _UP_DOWN.match(text)
    if moved and ceiling(moved.group(2)):
        return None  # "managed crew of up to 35 freelancers": a limit, never "went up to 35"
    clause = moved_clause(moved.group(1), moved.group(2)) if moved else ""
    return _clause_said(clause, result) if clause else None


def _clause_said(clause: str, result: Result) -> tuple[str, str]:
    """A clause with its own subject as a sentence (``note_shapes.clause_said``), or a note
    the coach asks for ("phrase")."""
    said = clause_said(clause, result.unit.strip() == "%")
    if not said:
        return upper_first(clause) + ".", "phrase"
    return upper_first(said) + ".", ("clause-now" if _present(said) else "clause")


# a figure its writer doubted said "from about 12 to 3" (``to_self``, ``typed_said.hedge_own``)
_FROM_TO = re.compile(r"^(\D+?)\s+(from\s+(?:(?:about|around|roughly|nearly|almost|some|maybe)\s+)?"
                      r"\S*\d\S*\s+to\s+\S*\d.*)$", re.IGNORECASE)
_UP_DOWN = re.compile(r"^([^\d,;:+&]+?)\s+((?:up|down)(?:\s+(?:(?:by|to)\s+)?\S*\d.*)?)$",
                      re.IGNORECASE)


# --- numbers ------------------------------------------------------------------------------------


def _unit_words(unit: str) -> str:
    unit = unit.strip()
    return _data()["unit_words"].get(unit.lower(), unit)


_SYMBOL_GLUED = re.compile(r"^(US\$|C\$|A\$|[$£€¥])(?=[\w/])|(?<=\w)([$£€¥])$")


def money_unit(unit: str) -> tuple[str, str, str] | None:
    """A unit of money typed with a multiplier or a rate, read in the order a person says it:
    the currency's symbol, the multiplier's word and the rest ("£ million" -> ("£",
    "million", ""), "million USD" -> ("$", "million", ""), "$ per month" -> ("$", "", "a
    month"), "€k" -> ("€", "thousand", "")); None for a unit that is one currency alone or no
    currency at all (said as before)."""
    if unit.strip().upper() in _data()["currency"] or unit.strip() in _data()["currency"]:
        return None
    words = _SYMBOL_GLUED.sub(lambda m: (m.group(1) or "") + " " if m.group(1) else
                              " " + m.group(2), unit.strip()).split()
    if len(words) < 2:
        return None
    currency, scales = _data()["currency"], _data()["unit_multipliers"]
    symbol = scale = named_as = ""
    rest: list[str] = []
    for word in words:
        found = currency.get(word.upper()) or currency.get(word)
        named = _data()["currency_words"].get(word.upper())
        if found and not symbol:
            symbol = found
        elif named and not symbol:
            symbol, named_as = " ", named  # after the number ("5 million Swiss francs")
        elif word.lower() in scales and not scale and not rest:
            scale = scales[word.lower()]
        else:
            rest.append(word)
    if not symbol:
        return None
    tail = " ".join(rest)
    if named_as:
        return "", scale, " ".join([named_as, *rest])
    if scale == "thousand":  # "£40k": the way a figure in thousands is written and said
        symbol, scale = symbol, "k"
    return symbol, scale, _unit_words(tail).strip() if tail else ""


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
    money = money_unit(unit)
    if money is not None:  # "£ million", "million USD", "$ per month", "€k": one said order
        symbol, scale, rest = money
        said = f"{symbol}{number}{scale if scale == 'k' else ' ' + scale if scale else ''}"
        return f"{said} {rest}" if rest else said
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
        inline: words to add at the end of the statement's sentence, with the space or comma
            that joins them (" by 18%", ", from 25 to 4 in six months"), or "".
        sentence: a sentence of its own that follows the statement ("Overtime hours went from
            40 to 22 a week."), or "".
        whole: the statement's sentence with the number in its place ("I trained 212 teachers
            on Canvas."), or "".
    """

    kind: str
    inline: str = ""
    sentence: str = ""
    whole: str = ""


_WENT = re.compile(r"\b(?:went|go(?:es|ne)?|is|are|was|were)\s+(up|down)\b", re.IGNORECASE)


_S_VERB = re.compile(r"(?<!\bthe )(?<!\bour )(?<!\bmy )\b([a-z]{3,}s) (?!(?:on|in|at|per|of|"
                     r"for|to|from|by|and|or|with|was|were|is|are)\b)[a-z]", re.IGNORECASE)


def _change_direction(text: str) -> str:
    words = {w.lower() for w in _WORD.findall(text)}
    for m in _S_VERB.finditer(text):  # "lifts basket size", "reduces waits": the verb's own
        words |= {m.group(1)[:-1], m.group(1)[:-2]}  # "-s" form (never "patient falls on")
    verbs = _data()["change_verbs"]
    if words & set(verbs["down"]):
        return "down"
    if words & set(verbs["up"]):
        return "up"
    went = _WENT.search(text)  # "sales went up", "costs are down"
    return went.group(1).lower() if went else ""


def _has_number(statement: str, result: Result) -> bool:
    if hedged_figure(statement):  # "maybe 20-30%": the participant's own
        return True  # figure with their hedge, said as typed; never the field's end beside it
    if result.value == 0 and re.search(r"\b(?:zero|no|none|nil|every|all)\b", statement,
                                       re.IGNORECASE):
        return True
    digits = statement.replace(",", "")
    value = result.value
    text = f"{value:g}" if isinstance(value, float) else str(value)
    if re.search(rf"(?<![\d.]){re.escape(text)}(?![\d])", digits):
        return True
    if any(abs(float(q.value) - float(value)) < 1e-9 for q in quantities(statement)):
        return True  # said in words ("thirty five advisors", "two hundred and ten")
    return bool(re.search(r"\b(?:half|halved|third|quarter|doubled|tripled|twice|zero|none)\b",
                          statement,
                          re.IGNORECASE)) and result.kind in ("", "change")


def _kind(result: Result, statement: str) -> str:
    if result.kind:
        return result.kind
    if result.from_value is not None:
        return "change"
    unit = result.unit.strip().lower()
    # a change verb and a number with its unit: by how much it changed (``Result.value``),
    # "cut the backlog by 120 tickets", "reduced fees by $3,200"; never a rating ("/5")
    if _change_direction(statement) and unit and not unit.startswith("/"):
        return "change"
    return "unclear"


def _unit_in_metric(result: Result) -> bool:
    """True when the metric names the unit already ("critical violations", unit "violations";
    "incidents/month", unit "incidents per month")."""
    unit = result.unit.strip().lower()
    head = _WORD.findall(unit)[:1]
    return bool(head) and head[0] in result.metric.lower() and unit not in ("%",)


def _unit_ends(unit: str, statement: str) -> bool:
    """True when the statement's last words name a unit of words ("... LQA bugs", unit
    "bugs"), its plural or singular either way: a figure after it needs no unit."""
    head = _WORD.findall(unit.strip().lower())[:1]
    last = [w.lower().rstrip("s") for w in _WORD.findall(statement)[-3:]]
    return bool(head) and head[0].rstrip("s") in last and len(head[0]) > 2


def _plain(result: Result, value: float | int) -> str:
    """A value with its unit, or bare when the metric beside it names the unit."""
    return format_number(value, "" if _unit_in_metric(result) else result.unit)


_TIME_WORDS = re.compile(r"^(?:in|over|within|during|after|by|across|from|between|throughout|"
                         r"for|last|each|every|per|a|an)\b", re.IGNORECASE)


def _period(result: Result) -> str:
    """" in six months", " from 2016 to 2022", " over 2023": the period with the word it needs
    ("" for a reply that says nothing, "dunno": ``empty_reply.says_nothing``)."""
    if says_nothing(result.period):
        return ""
    period = strip_end(re.split(r"[,;]\s", said_aloud(result.period), maxsplit=1)[0])
    period = lower_first(period)
    if not period:
        return ""
    if _TIME_WORDS.match(period):
        return f" {period}"
    if period[:1].isdigit():
        return f" from {period}" if re.search(r"\bto\b|[-–]", period) else f" in {period}"
    return f" in {period}"


def _metric_said(metric: str, statement: str) -> bool:
    """True when the statement already names what the metric measures: a word in common, or
    the metric is the initials of words the statement says ("FCR" after "first call
    resolution"). A metric of a spread ("forecast variance") is named only by a statement
    that says a spread too ("forecast accuracy improved" names none: 12% to 3% is no
    accuracy)."""
    if spread_unnamed(metric, statement):
        return False
    if content_stems(metric) & content_stems(statement):
        return True
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", statement)).upper()
    short = [w for w in _WORD.findall(metric) if w.isupper() and 2 <= len(w) <= 5]
    return bool(short) and all(w in initials for w in short)


def _ends_on(metric: str, statement: str) -> bool:
    words = _WORD.findall(statement)
    return bool(words) and _stem(words[-1]) in content_stems(metric)


def _subject(metric: str, percent: bool = False) -> str:
    """A metric as the subject of a sentence: "Food cost %" -> "Food cost"; a metric that is a
    clause ("claims were paid in 10 days") as a noun phrase where that is safe
    (``note_shapes.clause_subject``), else "" (the sentence says "It")."""
    metric = re.sub(r"\s*\([^)]*\)|\s*%$", "", strip_end(metric)).strip()
    return upper_first(clause_subject(metric, percent))


_VAGUE_END = re.compile(r"\s+(?:a lot|a bit|a little|loads|massively|significantly|dramatically|"
                        r"hugely|considerably|a great deal|quite a bit|heaps|so much)\s*\.?$",
                        re.IGNORECASE)


def _metric(result: Result) -> str:
    """What a result's number measures, as said aloud: a note's brackets and asides left out
    ("cost per truck (Lviv route)" -> "cost per truck")."""
    return strip_end(said_aloud(result.metric or ""))


def _change(result: Result, statement: str, current: bool) -> NumberReading:
    # a change typed with its sign and no start ("-18" %): its direction, said once, in words
    # ("a drop of 18%", never "a drop of -18%" or "cut ... by -18%")
    signed = result.from_value is None and result.value is not None and result.value < 0
    value = format_number(-result.value if signed else result.value, result.unit)
    metric = _metric(result)
    said = not metric or _metric_said(metric, statement)
    if result.from_value is not None:
        end = _plain(result, result.value) if metric else value
        unit = result.unit.strip()
        money = bool(_data()["currency"].get(unit.upper()) or _data()["currency"].get(unit)
                     or money_unit(unit))
        start = format_number(result.from_value, unit if unit == "%" or money else "")
        moved = f"from {start} to {end}{_period(result)}"
        vague = _VAGUE_END.search(statement)
        if vague and (_change_direction(statement) or re.search(r"\b(?:up|down)\b", statement)):
            # "mis-ships went down a lot" + 25 to 4: the figures say how much, once
            return NumberReading("change", whole=f"{statement[:vague.start()]} {moved}.")
        # "from A to B" said after the statement only where it tells a change ("I cut food
        # cost") or names what changed ("volunteer hours"), not after a clause of another
        # verb ("claims were processed within 10 days from 61% to 89%")
        if said and not re.search(r"\sfrom\s", statement, re.IGNORECASE) and (
                _change_direction(statement) or (metric and _ends_on(metric, statement)
                                                 and not _is_clause(statement))):
            # the noun the statement ends on is the unit's: said once ("I cut LQA bugs from
            # 150 to 90", never "... to 90 bugs")
            told = _unit_ends(result.unit, statement)
            moved = f"from {start} to {format_number(result.value, '') if told else value}" \
                    f"{_period(result)}"
            own = re.match(r"(?:I|We)\b", statement) and _change_direction(statement)
            join = " " if own or (metric and _ends_on(metric, statement)) or \
                _ENDS_MOVING.search(statement) else ", "
            return NumberReading("change", inline=f"{join}{moved}")
        said_again = content_stems(statement) <= content_stems(metric)  # the metric itself
        subject = _subject(metric, result.unit.strip() == "%")
        if subject and said_again and _is_clause(statement):
            return NumberReading("change", whole=f"{subject} went {moved}.")
        return NumberReading("change", sentence=f"{subject or 'It'} went {moved}.")
    at_end = not metric and not re.search(r"\sby\s", statement, re.IGNORECASE)
    direction = _change_direction(statement) or ("down" if signed else None)
    if direction and (at_end or _ends_on(metric, statement) or (said and _ENDS_MOVING.search(
            statement))):  # "first call resolution went up" + 7 points: "went up by 7 ..."
        return NumberReading("change", inline=f" by {value}{_period(result)}")
    how = statement.lower().find(" by ")  # "... by fixing the bug": how, said after
    if direction and said and how < 0:  # "I cut overtime on weekends by 18%": the verb's "by"
        return NumberReading("change", inline=f" by {value}{_period(result)}")
    if direction and said and _ends_on(metric, statement[:how]):  # "I cut X by 40% by ..."
        return NumberReading("change", whole=f"{statement[:how]} by {value}{_period(result)}"
                                             f"{statement[how:].rstrip('.')}.")
    subject = lower_first(_subject(metric)) if metric else ""
    if subject:  # what changed said as a clause of its own, joined to the speaker's: "I
        # rebuilt the rota, and overtime went down by 18%" (never the kit's arithmetic "...,
        # a drop of 18% in overtime"); "changed" where the entries give no direction
        moved = f"went {direction}" if direction else "changed"
        return NumberReading("change", inline=f", and {subject} {moved} by {value}"
                                              f"{_period(result)}")
    # no direction and nothing named that changed: what the number is stays open (asked)
    return NumberReading("unclear")


_ENDS_MOVING = re.compile(r"\b(?:up|down|rose|fell|dropped|increased|decreased|improved|grew|"
                          r"declined)\s*\.?$", re.IGNORECASE)
_DETERMINERS = frozenset("the a an our my their his her its this that these those all every each "
                         "some many".split())


def _is_verb(word: str) -> bool:
    word = word.lower()
    return ((word.endswith("ed") and len(word) > 3) or word in _words("irregular_past")
            or word in _words("base_verbs"))


# words a count never moves back across to reach a verb (the noun it counts is then in another
# phrase: "I helped the support team to clear the backlog" holds no place for "300")
_NO_COUNT_ACROSS = frozenset("to for with of in on at by from into about and or but".split())


def _count_in_place(statement: str, number: str, noun: str) -> str:
    """The count put before the noun it counts, right after the verb ("I trained teachers on
    Canvas" -> "I trained 212 teachers on Canvas"), or "" when the sentence has no such place."""
    tokens = strip_end(statement).split()
    stems = content_stems(noun)
    words = [re.sub(r"\W", "", token) for token in tokens]
    j = next((i for i, word in enumerate(words) if _stem(word) in stems and not _is_verb(word)),
             None)
    if j is None:
        return ""
    for k in range(j - 1, max(j - 4, -1), -1):
        word = re.sub(r"\W", "", tokens[k]).lower()
        if word in _DETERMINERS or word in _NO_COUNT_ACROSS or not word:
            return ""  # never across "to" or a preposition: "the support [300] team to clear"
        if _is_verb(word):
            return " ".join([*tokens[:k + 1], number, *tokens[k + 1:]]) + "."
    return ""


def _count(result: Result, statement: str, current: bool) -> NumberReading:
    metric = _metric(result)
    unit = result.unit.strip()
    if _unit_in_metric(result) or not unit:
        number, noun = format_number(result.value), metric
    elif unit.isalpha() and len(unit) > 3 and not _data()["currency_words"].get(unit.upper()):
        number, noun = format_number(result.value), unit
    else:
        number, noun = format_number(result.value, unit), (f"of {metric}" if metric else "")
    placed = _count_in_place(statement, number, noun) if noun and not _period(result) else ""
    if placed:
        return NumberReading("count", whole=placed)
    tail = "so far" if current else "in all"
    if noun and _metric_said(noun, statement):
        return NumberReading("count", inline=f", {number} {tail}{_period(result)}")
    if noun:
        return NumberReading("count", inline=f", {number} {noun} {tail}{_period(result)}")
    return NumberReading("count", inline=f", {number} {tail}{_period(result)}")


_WORTH = re.compile(r"sav|revenue|sales|profit|income|order|contract|deal|grant|fund|donat|raised",
                    re.IGNORECASE)


def _amount(result: Result, statement: str, current: bool) -> NumberReading:
    metric = _metric(result)
    amount = format_number(result.value, result.unit)
    if metric and _ends_on(metric, statement):  # "stay within the budget of £95,000"
        return NumberReading("amount", inline=f" of {amount}{_period(result)}")
    if not metric or _metric_said(metric, statement):
        return NumberReading("amount", inline=f", worth {amount}{_period(result)}")
    lead = "worth" if _WORTH.search(metric) else "with"
    return NumberReading("amount", inline=f", {lead} {amount} in {metric}{_period(result)}")


def _level(result: Result, statement: str, current: bool) -> NumberReading:
    metric = _metric(result)
    if re.search(r"\d", statement):
        return NumberReading("in_statement")  # the sentence has figures of its own
    value = _plain(result, result.value) if metric else format_number(result.value, result.unit)
    if result.value == 0 and (result.unit.strip() in ("", "%") or _unit_in_metric(result)):
        value = "zero"
    if metric and _subject(metric) and not _metric_said(metric, statement):
        return NumberReading("level", inline=f", with {lower_first(_subject(metric))} at {value}"
                                              f"{_period(result)}")
    return NumberReading("level", inline=f", reaching {value}{_period(result)}")


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
        return _count(result, statement, current)
    if kind == "amount":
        return _amount(result, statement, current)
    if kind == "level":
        return _level(result, statement, current)
    return NumberReading("unclear")


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
