"""Turning a participant's entries into phrases a person would say, each grammatical for its kind.

The draft (``workshop.draft``) never pastes a field into a fixed frame. It asks this module for a
realisation that fits what the field holds:

- an organisation as what it is ("the school", "our patients"), read from ``organization_kind``
  or, when the participant has not said, from the name (``organization_kind``);
- a skill by its shape: a noun ("forklift" -> "my forklift skills"), a noun that already says
  skills ("communication skills"), or an activity ("coach a team" -> "coaching a team");
- a skill's growth in the participant's own words (``how_far``), else as where it was learned,
  never as rubric levels ("I went from advanced beginner to proficient" reads as a form);
- a note in note grammar said as speech (``speech``: a semicolon's parts as sentences, clauses
  run together with a comma joined with "and"), or left out for the coach to ask about;
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
from .numbers import quantities
from .resources import load_json

__all__ = ["OrgWords", "SkillWords", "NumberReading", "org_kind", "org_words", "skill_words",
           "growth_sentence", "statement_sentence", "number_reading", "format_number",
           "content_stems", "article", "lower_first", "upper_first", "strip_end",
           "starts_with_past_verb", "starts_with_base_verb", "takes_article",
           "later_use_sentence", "in_past", "is_qualification", "speech", "own_growth"]


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


_ALOUD = ((re.compile(r"\s*\([^)]*\)"), ""), (re.compile(r"(?<![\w.])(\d[\d,.]*)\+"), r"over \1"),
          (re.compile(r"(?<![\w.])~\s*(?=\d)"), "about "),
          (re.compile(r"\bapprox\.?(?=\s)", re.IGNORECASE), "about"),
          (re.compile(r"\bhrs\b"), "hours"), (re.compile(r"\bmins\b"), "minutes"),
          (re.compile(r"\bw/\s*"), "with "), (re.compile(r"\s&\s"), " and "),
          (re.compile(r"(?<![\w'’])i(?=\s|['’](?:m|ve|d|ll)\b)"), "I"),
          (re.compile(r"(?<=[^\W\d])\s*/\s*(day|week|month|year|hour|shift)\b", re.IGNORECASE),
           r" a \1"))


def said_aloud(text: str) -> str:
    """A note as a person says it: what stands in brackets left out, "200+" as "over 200",
    "~40" as "about 40", "hrs" as "hours", "w/" as "with", " & " as " and ", "samples/day" as
    "samples a day"."""
    for pattern, words in _ALOUD:
        text = pattern.sub(words, text)
    return " ".join(text.split())


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


def is_qualification(name: str) -> bool:
    """True for a qualification one earns rather than a skill that grows ("First Aid Level 2",
    "forklift licence", "CSCS card")."""
    words = " ".join(_WORD.findall(name.lower()))
    return any(re.search(rf"\b{re.escape(w)}\b", words) for w in _data()["qualification_words"])


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


def growth_sentence(skill: Skill, current: bool, variant: int, named: bool = False) -> str:
    """How the job moved the skill, as a person tells it: where it was learned ("That job is
    where I learned scheduling."), then how far in the participant's own words (``how_far``:
    "At first I could not fill a rota without gaps. By the end I planned cover for three
    sites."). Without those words, no rubric levels ("I went from advanced beginner to
    proficient" reads as a form): the story's result and later use show how far it went, and
    the coach asks for the participant's words.
    The skill is named once; ``named`` (it was named already) says "that skill". A skill that
    did not move is told as the skill used every day."""
    words = skill_words(skill)
    if skill.levels_grown <= 0:
        return f"I put {'that skill' if named else words.owned} to work every day."
    that = "This" if current else "That"
    new = skill.before in ("novice", "advanced beginner")
    own = own_growth(skill.how_far)
    if named:
        forms = ((f"{that} job is where I learned that skill.",
                  f"I learned that skill in {that.lower()} job.") if new else
                 (f"{that} job is where I got really good at that skill.",
                  f"I got really good at that skill in {that.lower()} job."))
        return forms[variant % 2] + (f" {own}." if own else "")
    topic = words.topic
    there = "here" if current else "there"
    if re.search(r"\b(?:skills?|knowledge|know-how)$", topic, re.IGNORECASE) or (
            len(topic.split()) == 1 and not words.activity):
        mine = f"my {topic}" if " " in topic or topic.endswith(("skills", "skill")) \
            or topic.endswith(("knowledge", "know-how")) else words.owned
        forms = (f"{that} job is where I built up {mine}.", f"I built up {mine} {there}.")
    elif words.activity:
        really = "" if new else "really "
        forms = (f"{that} job is where I got {really}good at {topic}.",
                 f"I got {really}good at {topic} {there}.")
    else:  # a noun phrase: "my cash office skills", never "I learned cash office"
        forms = (f"{that} job is where I built up {words.owned}.",
                 f"I built up {words.owned} {there}.")
    if own:  # the participant's own words say how far
        return f"{forms[variant % 2]} {own}."
    return forms[variant % 2]


# --- notes said as speech -------------------------------------------------------------------------

_JOINERS = frozenset("""and but so or nor yet which who whose whom when where while because as
    then though although if until unless since after before with without from to for in on at
    by using used including especially mostly mainly about around over nearly almost not like
    plus than via per each every both either""".split())
_TIME_LEAD = re.compile(r"^(?:by the (?:end|time)|at the end|in the end|now|today|later|after|"
                        r"then|since|within|a year later|months later|soon|every|each|last|"
                        r"this|next|once|twice)\b", re.IGNORECASE)
_SUBJECT_LEAD = frozenset("i i'm i've i'd we they he she it it's everyone everybody nobody "
                          "people most all".split())


def _has_verb(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    if words and words[0] in _SUBJECT_LEAD:
        return True
    return any(w in _words("finite_verbs") or w in _words("irregular_past")
               or w in _words("base_verbs") or (w.endswith("ed") and len(w) > 3) for w in words)


def _splice_joined(text: str) -> str:
    """Two clauses run together with a comma, as in a note ("I automated the template,
    everyone uses it now"), joined as a person says them ("..., and everyone uses it now");
    the last such comma only, so a list of clauses reads "A, B, and C"."""
    commas = [m for m in re.finditer(r",\s+", text)]
    for m in reversed(commas):
        tail = re.split(r"[,;.]", text[m.end():], maxsplit=1)[0]
        first = _first_word(tail)
        if not first or first in _JOINERS or not _has_verb(text[:m.start()]):
            continue
        if first.endswith("ing") or first in _words("base_verbs") or starts_with_past_verb(tail):
            continue  # "..., made sure ...", "..., matching ...": one subject, a list of doings
        if first in _SUBJECT_LEAD or _is_clause(tail):
            rest = text[m.end():]
            if re.search(r"\band\b", rest):  # an "and" of its own: a new sentence
                return text[:m.start()] + ". " + upper_first(rest)
            return text[:m.start()] + ", and " + rest
    return text


# A comma before the end of a growth told as a start and an end ("at first I ..., by the end
# I ..."): two sentences when said.
_THEN_BREAK = re.compile(r",\s+(?=(?:by the end|by the time|at the end|in the end|now|today|"
                         r"a year later|after a year|months later)\b[^,]*\b(?:i|i'm|we)\b)",
                         re.IGNORECASE)


def speech(note: str) -> str:
    """A note as a person would say it, without its final stop: said aloud (``said_aloud``),
    parts written with a semicolon or a dash told as sentences of their own ("at first I ...;
    by the end I ..." -> "at first I .... By the end I ..."; a part that starts with a past
    verb gets "I"), two clauses run together with a comma joined with "and". "" for note
    grammar the draft cannot turn into speech: a part after the first that is a fragment with
    no verb, or of one or two words ("led rota; cut overtime"), or a head with no verb before
    a clause ("inventory control at my job, we went to cycle counts"). The coach then asks for
    a sentence."""
    text = strip_end(said_aloud(note or ""))
    if not text:
        return ""
    parts = [p.strip() for p in re.split(r"\s*;\s*|\s+[-–—]\s+(?=[^\W\d_])|"
                                         + _THEN_BREAK.pattern, text, flags=re.IGNORECASE)
             if p and p.strip()]
    if len(parts) > 1 and any(len(p.split()) < 3 for p in parts):
        return ""
    out = []
    for i, part in enumerate(parts):
        part = strip_end(part)
        if i and starts_with_past_verb(part) and _first_word(part) not in _SUBJECTS:
            part = "I " + lower_first(part)
        elif i and not (_has_verb(part) or _TIME_LEAD.match(part)):
            return ""
        head = re.split(r",\s+", part, maxsplit=1)
        if len(head) > 1 and not _has_verb(head[0]) and not _PLACE_LEAD.match(head[0]) \
                and not _TIME_LEAD.match(head[0]) and _starts_clause(head[1]):
            return ""  # "inventory control at my current job, we went from ...": a fragment
        part = _splice_joined(part)
        out.append(upper_first(part) if i else part)
    return ". ".join(out)


def _starts_clause(text: str) -> bool:
    """True when ``text`` opens with a clause of its own ("we went ...", "bookings doubled"),
    not a doing of the subject before it ("made sure ...", "matching ...")."""
    tail = re.split(r"[,;.]", text, maxsplit=1)[0]
    first = _first_word(tail)
    if not first or first in _JOINERS or first.endswith("ing") or \
            first in _words("base_verbs") or starts_with_past_verb(tail):
        return False
    return first in _SUBJECT_LEAD or _is_clause(tail)


_PLACE_LEAD = re.compile(r"^(?:at|in|on|when|as|while|during|after|for|since|with|from)\b",
                         re.IGNORECASE)


def past_tense(verb: str) -> str:
    """The simple past of a base verb: "build" -> "built", "reduce" -> "reduced"."""
    irregular = _data()["past_of"].get(verb.lower())
    if irregular:
        return irregular
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb) and len(verb) <= 4:
        return verb + verb[-1] + "ed"
    return verb + "ed"


def in_past(sentence: str) -> str:
    """"I build the dashboard." -> "I built the dashboard." (a base verb right after "I" or
    "We", for a job that is over); anything else as it is."""
    m = re.match(r"^((?:And I|I also|We also|I|We)\s+)([a-z]+)\b", sentence)
    if not m or m.group(2) not in _words("base_verbs") or m.group(2) in ("cut", "set", "put"):
        return sentence
    return m.group(1) + past_tense(m.group(2)) + sentence[m.end():]


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
        finite = word in _words("finite_verbs") or word in _words("irregular_past")
        if finite and words[i - 1] not in ("to", "i", "we", "the", "a", "an"):
            return True
        last = i == len(words) - 1  # a verb last is a clause when a figure follows it
        if word.endswith("ed") and len(word) > 4 and words[i - 1] not in (
                "the", "a", "an", "to", "of", "and", "i", "we") and (not last or re.search(
                rf"\b{re.escape(word)}\s+[^\s\w]?\d", text, re.IGNORECASE)):
            return True
    return False


_HEAD = re.compile(r",|;|\s(?:which|that|so|and|because|while|by)\s", re.IGNORECASE)


def statement_sentence(result: Result, org: OrgWords) -> tuple[str, str]:
    """The result in the first person, with the kind of sentence it became:

    - "own": the participant's sentence as it is ("I ...", "I helped ...");
    - "we": a "We ..." sentence (the draft asks for the speaker's part);
    - "clause": a sentence with its own subject ("Customer satisfaction went up."), or
      "clause-now" for one told in the present ("Residents are calmer.");
    - "phrase": a noun phrase the draft cannot say as a sentence of the participant's (it is
      left out of the story and the coach asks for it as a sentence); a phrase "X from A to
      B" becomes the clause "X went from A to B.";
    - "" when the statement holds no words.

    "the company" in a participant's sentence about another kind of organisation becomes the
    organisation's own name for itself ("the school")."""
    text = strip_end(said_aloud(result.statement))
    if not text:
        return "", ""
    if org.kind != "company":
        text = re.sub(r"\bthe company\b", org.the, text, flags=re.IGNORECASE)
    spoken = speech(text)
    if not spoken:  # note grammar ("led rota; cut overtime"): asked for as a sentence
        return upper_first(text) + ".", "phrase"
    text, _sep, rest = spoken.partition(". ")
    sentence, shape = _statement_head(text, result, org)
    if rest and shape != "phrase":
        sentence = f"{sentence} {upper_first(rest)}."
    return sentence, shape


def _statement_head(text: str, result: Result, org: OrgWords) -> tuple[str, str]:
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
    moved = _FROM_TO.match(text) or _UP_DOWN.match(text)
    if moved:  # "sign-up conversion from 2.1% to 3.4%", "labour down to 24%": the verb left out
        return f"{upper_first(moved.group(1))} went {moved.group(2)}.", "clause"
    return upper_first(text) + ".", "phrase"


_FROM_TO = re.compile(r"^(\D+?)\s+(from\s+\S*\d\S*\s+to\s+\S*\d.*)$", re.IGNORECASE)
_UP_DOWN = re.compile(r"^([^\d,;:+&]+?)\s+((?:up|down)(?:\s+(?:by|to)\s+\S*\d.*)?)$", re.IGNORECASE)


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


def _change_direction(text: str) -> str:
    words = {w.lower() for w in _WORD.findall(text)}
    verbs = _data()["change_verbs"]
    if words & set(verbs["down"]):
        return "down"
    if words & set(verbs["up"]):
        return "up"
    went = _WENT.search(text)  # "sales went up", "costs are down"
    return went.group(1).lower() if went else ""


def _has_number(statement: str, result: Result) -> bool:
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


def _plain(result: Result, value: float | int) -> str:
    """A value with its unit, or bare when the metric beside it names the unit."""
    return format_number(value, "" if _unit_in_metric(result) else result.unit)


_TIME_WORDS = re.compile(r"^(?:in|over|within|during|after|by|across|from|between|throughout|"
                         r"for|last|each|every|per|a|an)\b", re.IGNORECASE)


def _period(result: Result) -> str:
    """" in six months", " from 2016 to 2022", " over 2023": the period with the word it needs."""
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
    """True when the statement already names what the metric measures (a word in common)."""
    return bool(content_stems(metric) & content_stems(statement))


def _ends_on(metric: str, statement: str) -> bool:
    words = _WORD.findall(statement)
    return bool(words) and _stem(words[-1]) in content_stems(metric)


def _subject(metric: str) -> str:
    """A metric as the subject of a sentence: "Food cost %" -> "Food cost"."""
    metric = re.sub(r"\s*\([^)]*\)|\s*%$", "", strip_end(metric)).strip()
    return upper_first(metric)


_VAGUE_END = re.compile(r"\s+(?:a lot|a bit|a little|loads|massively|significantly|dramatically|"
                        r"hugely|considerably|a great deal|quite a bit|heaps|so much)\s*\.?$",
                        re.IGNORECASE)


def _change(result: Result, statement: str, current: bool) -> NumberReading:
    value = format_number(result.value, result.unit)
    metric = strip_end(result.metric)
    said = not metric or _metric_said(metric, statement)
    if result.from_value is not None:
        end = _plain(result, result.value) if metric else value
        unit = result.unit.strip()
        money = bool(_data()["currency"].get(unit.upper()) or _data()["currency"].get(unit))
        start = format_number(result.from_value, unit if unit == "%" or money else "")
        moved = f"from {start} to {end}{_period(result)}"
        vague = _VAGUE_END.search(statement)
        if vague and (_change_direction(statement) or re.search(r"\b(?:up|down)\b", statement)):
            # "mis-ships went down a lot" + 25 to 4: the figures say how much, once
            return NumberReading("change", whole=f"{statement[:vague.start()]} {moved}.")
        if said and not re.search(r"\sfrom\s", statement, re.IGNORECASE) and (
                _change_direction(statement) or (metric and _ends_on(metric, statement))):
            moved = f"from {start} to {value}{_period(result)}"
            own = re.match(r"(?:I|We)\b", statement) and _change_direction(statement)
            join = " " if own or (metric and _ends_on(metric, statement)) else ", "
            return NumberReading("change", inline=f"{join}{moved}")
        return NumberReading("change", sentence=f"{_subject(metric) or 'It'} went {moved}.")
    at_end = not metric and not re.search(r"\sby\s", statement, re.IGNORECASE)
    direction = _change_direction(statement)
    if direction and (at_end or _ends_on(metric, statement)):
        return NumberReading("change", inline=f" by {value}{_period(result)}")
    what = f" in {metric}" if metric and not said else ""
    size = {"down": "a drop", "up": "a rise"}.get(direction, "a change")
    return NumberReading("change", inline=f", {size} of {value}{what}{_period(result)}")


_DETERMINERS = frozenset("the a an our my their his her its this that these those all every each "
                         "some many".split())


def _is_verb(word: str) -> bool:
    word = word.lower()
    return ((word.endswith("ed") and len(word) > 3) or word in _words("irregular_past")
            or word in _words("base_verbs"))


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
        if word in _DETERMINERS or not word:
            return ""
        if _is_verb(word):
            return " ".join([*tokens[:k + 1], number, *tokens[k + 1:]]) + "."
    return ""


def _count(result: Result, statement: str, current: bool) -> NumberReading:
    metric = strip_end(result.metric)
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
    metric = strip_end(result.metric)
    amount = format_number(result.value, result.unit)
    if metric and _ends_on(metric, statement):  # "stay within the budget of £95,000"
        return NumberReading("amount", inline=f" of {amount}{_period(result)}")
    if not metric or _metric_said(metric, statement):
        return NumberReading("amount", inline=f", worth {amount}{_period(result)}")
    lead = "worth" if _WORTH.search(metric) else "with"
    return NumberReading("amount", inline=f", {lead} {amount} in {metric}{_period(result)}")


def _level(result: Result, statement: str, current: bool) -> NumberReading:
    metric = strip_end(result.metric)
    if re.search(r"\d", statement):
        return NumberReading("in_statement")  # the sentence has figures of its own
    value = _plain(result, result.value) if metric else format_number(result.value, result.unit)
    if result.value == 0 and (result.unit.strip() in ("", "%") or _unit_in_metric(result)):
        value = "zero"
    if metric:
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
                 f"I have already put {it} to use beyond my own job.")
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
        return f"{lead} {upper_first(note)}."
    if _PLACE_START.match(note) and len(note.split()) <= 6:
        return f"{upper_first(note)}, I used {it} {'again' if named else 'too'}."
    if first in _USED:
        return f"{'Since then' if current else 'Later'} I {lower_first(note)}."
    if starts_with_past_verb(note):
        if current or re.search(r"\b(?:when|again)\b", note, re.IGNORECASE):
            return f"{lead} I {lower_first(note)}."
        again = "again " if named else ""
        forms = (f"Later I used {it} {again}when I {lower_first(note)}.",
                 f"I put {it} to use {again}when I {lower_first(note)}.")
        return forms[variant % 2]
    if first in _words("base_verbs"):
        return f"Today I {lower_first(note)} with {it}."
    return f"{lead} {upper_first(note)}."


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
