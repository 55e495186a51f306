"""A skill's name as the kit says it, by its shape: a noun ("my Workday skills"), a noun that
says skills already ("my communication skills"), a noun with a complement ("what I learned
about supervision of new staff"), or a doing ("what I learned about writing SQL", and as a
clause, "learned to write SQL"), and the verb that agrees with it (``agrees``: "my skills in
X have", never "has"). Blind raters heard "With my skills in supervision of ..." and
"Thanks to what I learned about writing SQL, I ..." as frames that do not fit their skill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Skill
from .resources import per_data_folder
from .spoken import WORD as _WORD
from .spoken import starts_with_base_verb, strip_end
from .spoken import word_list as _words
from .spoken import wording_data as _data

__all__ = ["SkillWords", "skill_words", "gerund", "is_qualification", "agrees"]


def _has_words(name: str, words: list[str]) -> str:
    """The first of ``words`` standing as whole words in ``name`` (lower case), or ""."""
    for word in words:
        if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", name):
            return word
    return ""


@dataclass(frozen=True)
class SkillWords:
    """A skill's name, said the way its shape allows.

    Attributes:
        topic: what one is new to or good at ("scheduling", "coaching a team").
        owned: the skill as a thing one has ("my scheduling skills", "my coaching a team" is
            never made: an activity reads "what I learned about coaching a team").
        activity: True when the name is something one does ("coaching a team").
        learned: for an activity, what one learned as a clause's verb phrase ("learned to
            write SQL" where the kit knows the verb, else "got good at precepting new grads"),
            so that a link says "Because I had learned to write SQL, ..." and never "Thanks to
            what I learned about writing SQL"; "" for a name.
    """

    topic: str
    owned: str
    activity: bool
    learned: str = ""


_LEARNED = re.compile(r"^(?:i\s+)?(?:learned|learnt|learning|got better at|how)\s+(?:how\s+)?"
                      r"(?:to\s+)?", re.IGNORECASE)


def gerund(verb: str) -> str:
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
    """The skill's name as said aloud: what stands in brackets (anywhere in it) and any
    clause after it left out ("building dashboards in Tableau so the execs could ..." ->
    "building dashboards in Tableau")."""
    # what stands in brackets goes first, so a name with a bracket inside is never cut at
    # it ("e-file (E-Akte) introduction" is "e-file introduction", not "e-file")
    unbracketed = " ".join(re.sub(r"\([^()]*\)", " ", name).split()) or name
    # a doubt or a box left to fill typed after it ("rota planning ??", "CAD TBC"): no name
    unbracketed = re.sub(r"(?:\s*\?+|\s+(?:tb[cda]|todo|\?+))+\s*$", "", unbracketed,
                         flags=re.IGNORECASE) or unbracketed
    name = _LEARNED.sub("", strip_end(unbracketed))
    if name.lower().startswith("to "):
        name = name[3:]
    head = _CUT.split(name, 1)[0].strip()
    name = head if len(head) >= 2 else name
    # a slash inside an abbreviation ("A/B testing", "P/L", "I/O") is part of its name, said
    # as written (r26: "A and B testing" is wrong aloud); between words it is "and"
    return _SLASH.sub(lambda m: m[0] if _ABBREVIATION.fullmatch(m[0]) else
                      re.sub(r"\s*/\s*", " and ", m[0]), name)


_SLASH = re.compile(r"(?<![^\s/])[^\s/]*(?:\s*/\s*[^\s/]*)+")
_ABBREVIATION = re.compile(r"[A-Za-z0-9]{1,2}/[A-Za-z0-9]{1,2}")


def skill_words(skill: Skill) -> SkillWords:
    """The skill's name by its shape (see ``SkillWords``)."""
    name = _spoken_name(skill.name)
    words = name.split()
    if not words:
        return SkillWords(skill.name, f"my {skill.name}", False)
    first = words[0].lower()
    if starts_with_base_verb(name) and len(words) > 1 and not _compound(words):
        doing = " ".join([gerund(first), *words[1:]])
        return SkillWords(doing, f"what I learned about {doing}", True,
                          f"learned to {first} {' '.join(words[1:])}")
    if first.endswith("ing") and len(first) > 4 and len(words) > 1:
        # "recruiting coordination": a noun made of a verb after it makes the -ing word its
        # modifier (a compound noun), not a doing with an object
        verb = "" if _NOMINAL.match(" ".join(words[1:])) else _verb_of(first)
        learned = f"learned to {verb} {' '.join(words[1:])}" if verb else f"got good at {name}"
        return SkillWords(name, f"what I learned about {name}", True, learned)
    if re.search(r"\b(?:skills?|abilities|ability|knowledge|know-how)$", name, re.IGNORECASE):
        return SkillWords(name, f"my {name}", False)
    plural = words[-1].lower().endswith("s") and not words[-1].lower().endswith(("ss", "is"))
    if len(words) <= 3 and not plural and not _has_words(name.lower(),
                                                         ["with", "of", "for", "to", "and", "/"]):
        return SkillWords(name, f"my {name} skills", False)
    if _has_words(name.lower(), ["with", "of", "for", "to"]):  # "supervision of new staff"
        return SkillWords(name, f"what I learned about {name}", False)
    return SkillWords(name, f"my skills in {name}", False)


_NOMINAL = re.compile(r"^\w+(?:tion|sion|ment|ance|ence|ity|ing)s?\b", re.IGNORECASE)
_OBJECT_LEADS = frozenset("the a an my our their his her new other all every each people staff "
                          "team teams up with for out down off".split())


def _compound(words: list[str]) -> bool:
    """True for a name whose first word is a verb's form but which is a noun made of two nouns
    ("audit prep", "care plans", "code review", "process mapping", "budget management"), not a
    doing with an object ("audit the stores", "train new guys", "write SQL"): a word the data
    names as mostly a noun at a name's head (``noun_first``) with no article or determiner
    after it, or any verb whose next word is a noun made of a verb ("mapping", "management")."""
    nxt = words[1].lower()
    if nxt in _OBJECT_LEADS or words[1][:1].isupper():
        return False
    return words[0].lower() in _words("noun_first") or bool(_NOMINAL.match(nxt))


def _verb_of(doing: str) -> str:
    """The verb of a doing's first word, where the kit knows it ("writing" -> "write",
    "planning" -> "plan"), else ""."""
    stem = doing.lower()[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""
    return next((v for v in (stem, stem + "e", doubled) if v and v in _words("base_verbs")), "")


def agrees(subject: str, one: str, many: str) -> str:
    """The verb form that agrees with a skill as the kit names it: ``many`` for a plural head
    ("my skills in stock control and invoicing have", "my Excel skills have"), ``one`` for
    another ("that skill has", "what I learned about rotas has", "my Excel has")."""
    head = re.split(r"\s(?:in|of|with|for|about|at|on)\s", subject.strip(), maxsplit=1)[0]
    return many if re.search(r"\b(?:skills|abilities)$", head, re.IGNORECASE) else one


@per_data_folder  # asked for every skill of every role at each ranking
def is_qualification(name: str) -> bool:
    """True for a qualification one earns rather than a skill that grows ("First Aid Level 2",
    "forklift licence", "CSCS card")."""
    words = " ".join(_WORD.findall(name.lower()))
    return any(re.search(rf"\b{re.escape(w)}\b", words) for w in _data()["qualification_words"])
