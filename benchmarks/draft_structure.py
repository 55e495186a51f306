"""The structural half of the grammar figure of ``benchmarks/draft_eval.py``: faults a careful
listener hears in how one sentence is built, found by its structure (a subject and its finite
verb, a word said twice, a frame's slot holding a phrase that does not fit it), not by the
wording of any set. Each class is read with the benchmark's own short word lists, so a rule
taken out of the kit's data still shows:

- ``two verbs``: a clause given a subject it does not have, two finite verbs in one clause
  ("I forecast accuracy improved from ...": "I" before a clause with its own subject and
  verb) or a verb half inflected before the finite one ("Revenue grow went from ...");
- ``dangling``: an opening phrase about a person whose clause has "it" as its subject ("As a
  TA with a pupil, it's how ...");
- ``number tacked``: a number said as the kit's arithmetic after a comma ("..., a change of
  6.5%", ", a drop of 40%"), not as what the clause says changed;
- ``said again``: a two-word name said twice in one sentence ("... my dementia care skills to
  train new carers in dementia care"), or a sentence that says again most of the sentence
  before it ("all passed" twice in a row);
- ``title glued``: a job title with its field glued on after the word that names the person
  ("a team leader residence permits at ...");
- ``skills glued``: a name of two words or more glued before "skills" ("my Instagram content
  skills"), where the last is neither a doing ("selling") nor a word said with "skills"
  ("customer service skills");
- ``no start``: "By the end ..." with no start told before it;
- ``doubled``: a word said twice in a row ("the the").

Apart from the grammar sum (it is grammatical, and heard as a fault of another kind), a row of
its own: ``number untied`` (``untied_numbers``), a change said as a bare sentence with nobody
in it ("GP went from 62% to 71%."): no first person, no link to what the speaker did.
"""

from __future__ import annotations

import re

STRUCTURE_CLASSES = ("two verbs", "dangling", "number tacked", "said again", "title glued",
                     "skills glued", "no start", "doubled")

_FINITE_CHANGE = r"(?:went|rose|fell|dropped|improved|increased|decreased|grew|declined|doubled)"
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s(?:and|but|so|which|that|who|why|how|when|because|while|"
                           r"after|before|since|until|if|where|as)\s", re.IGNORECASE)
# verbs that take a clause after them with no "that" ("I found sales went up")
_THINKING = frozenset("""found find felt feel saw see knew know noticed notice realised realized
    learned learnt thought think showed show proved prove said say heard made make watched
    watch saw helped help let had have got kept made""".split())
_AUX = frozenset("am was were is are be been have has had do did does can could will would "
                 "should may might must also just then still".split())
_I_CLAUSE = re.compile(rf"^\s*I (\w+) ((?:[\w%'-]+ ){{1,5}}?)(?:{_FINITE_CHANGE}|was|were|is|"
                       r"are)\b")
_BASE_BEFORE = re.compile(rf"\b(?:grow|rise|fall|drop|increase|decrease|improve|reduce|go|get|"
                          rf"cut|raise|lower|lift|boost)s? {_FINITE_CHANGE}\b", re.IGNORECASE)
_DANGLING = re.compile(r"^(?:As|Being|Like) (?:a|an|the|my) [^,]{2,80}, (?:it|it's|this|that|"
                       r"there)\b", re.IGNORECASE)
_TACKED = re.compile(r",\s+(?:a|an)\s+(?:change|drop|rise|difference|increase|decrease|fall|"
                     r"gain|cut|reduction|improvement)\s+of\s+\S*\d", re.IGNORECASE)
_CHANGE = re.compile(rf"\bfrom \S*\d\S* to \S*\d|\b{_FINITE_CHANGE}(?: (?:up|down))? by \S*\d",
                     re.IGNORECASE)
_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|we|we've|our|us|myself)\b|\b(?:why|because|"
                     r"so|thanks|through|after|since)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9']+")
_STOP = frozenset("""a an the and or but so of to in on at for with by from as is was were are be
    been it its this that these those my our your their his her i we you they he she me us them
    which who what when where how why there here not no all any each every one new more most
    up down out over into about than then also just very really same other""".split())
_HEADS = frozenset("""leader manager nurse assistant officer coordinator driver chef engineer
    analyst teacher technician technologist developer designer worker agent clerk supervisor
    director representative specialist consultant advisor adviser pharmacist sergeant lead
    administrator accountant associate teller cook picker operator instructor trainer tutor
    carer librarian forwarder ambassador intern apprentice coach receptionist secretary
    executive controller auditor planner buyer scientist researcher editor writer
    """.split())
_TITLE = re.compile(r"\b(?:as|was|am|being) (?:a|an) ((?:[\w&'./-]+ ){1,7}?)(?:at|for|in|with) "
                    r"[A-Z]")
_LINKING = frozenset("of for in at to on with and de du la le der des del di da".split())
_SKILLS = re.compile(r"\bmy ((?:[\w'-]+ ){2,4})skills\b", re.IGNORECASE)
# words said with "skills" as one name ("customer service skills", "time management skills")
_SKILL_WORDS = frozenset("""service management communication leadership people language
    languages presentation writing computer it interpersonal organisational organizational
    problem-solving social digital technical soft""".split())
_BY_THE_END = re.compile(r"^(?:By the end|By the time I left|In the end)\b", re.IGNORECASE)
_START = re.compile(r"\b(?:at first|at the start|when I (?:started|joined|began|arrived)|on my "
                    r"first|in the beginning|in my first|to begin with|before that|first (?:day|"
                    r"week|month|year)s?)\b", re.IGNORECASE)
_DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 4 else word


def _meaningful(text: str) -> list[str]:
    return [_stem(w) for w in _words(text) if w not in _STOP and not w.isdigit()]


def _two_verbs(sentence: str) -> bool:
    if _BASE_BEFORE.search(sentence):
        return True
    for clause in _CLAUSE_SPLIT.split(sentence):
        m = _I_CLAUSE.match(clause)
        if m and m.group(1).lower() not in _THINKING | _AUX:
            return True
    return False


def _said_again_within(sentence: str) -> bool:
    words = _meaningful(sentence)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return len(pairs) != len(set(pairs))


def _said_again_after(sentence: str, before: str) -> bool:
    mine, theirs = set(_meaningful(sentence)), set(_meaningful(before))
    return len(mine) >= 3 and len(mine & theirs) >= 0.8 * len(mine)


def _title_glued(sentence: str) -> bool:
    for m in _TITLE.finditer(sentence):
        words = m.group(1).split()
        for i, word in enumerate(words[:-1]):
            rest = words[i + 1:]
            if word.lower() in _HEADS and all(w[:1].islower() and w.lower() not in _LINKING
                                               and w.lower() not in _HEADS for w in rest):
                return True
    return False


def _skills_glued(sentence: str) -> bool:
    for m in _SKILLS.finditer(sentence):
        last = m.group(1).split()[-1].lower()
        if not last.endswith("ing") and last not in _SKILL_WORDS:
            return True
    return False


def structure_faults(said: list[str]) -> list[tuple[str, str]]:
    """The sentences of a draft (``said``, in order) built wrong, each with its class
    (``STRUCTURE_CLASSES``)."""
    out: list[tuple[str, str]] = []
    for n, sentence in enumerate(said):
        checks = {
            "two verbs": _two_verbs(sentence),
            "dangling": bool(_DANGLING.search(sentence)),
            "number tacked": bool(_TACKED.search(sentence)),
            "said again": _said_again_within(sentence) or n > 0 and _said_again_after(
                sentence, said[n - 1]),
            "title glued": _title_glued(sentence),
            "skills glued": _skills_glued(sentence),
            "no start": bool(_BY_THE_END.search(sentence)) and not any(
                _START.search(s) for s in said[:n]),
            "doubled": bool(_DOUBLED.search(sentence)),
        }
        out += [(kind, sentence) for kind, found in checks.items() if found]
    return out


def untied_numbers(said: list[str]) -> list[str]:
    """The sentences after the opening that say a change with nobody in them: no first
    person and no link ("because", "so", "why") to what the speaker did."""
    return [s for s in said[1:] if _CHANGE.search(s) and not _PERSON.search(s)]
