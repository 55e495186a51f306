"""What an accomplishment line says was learned, apart from what changed.

A LinkedIn description or a JSON Resume highlight often puts both in one line: "Learned ticket
triage and SQL basics; cut the backlog from 400 to 120 tickets in three months." What was
learned is skill growth (pillar 1), what changed is a result (pillar 2): :func:`split_learned`
gives the skills ("ticket triage", "SQL basics") and the rest of the line ("Cut the backlog
from 400 to 120 tickets in three months."), which the importer then reads as a result.

A clause is about learning when it opens with a learning verb ("learned", "learnt", "picked
up", "mastered", "got trained in", "gained experience in"); its object, split at commas and
"and", gives the skill names. Clauses end at a semicolon, a full stop or ", then". When a named
skill would be longer than :data:`MAX_SKILL_WORDS` words the clause is left as it was: a long
object is prose, not a skill name ("Learned that customers stay when ..."). "Trained" and
"developed" are not learning verbs here: "Trained 5 new hires" and "Developed a dashboard" are
results.
"""

from __future__ import annotations

import re

__all__ = [ "split_learned"]

MAX_SKILL_WORDS = 5
_LEARNING = re.compile(
    r"^(?:i\s+)?(?:learned\s+to\s+use|learnt\s+to\s+use|learned|learnt|picked\s+up|mastered|"
    r"got\s+(?:trained|certified)\s+in|gained\s+(?:experience|skills?|knowledge)\s+(?:in|with|of)|"
    r"became\s+(?:fluent|proficient)\s+in)\s+(?P<what>\S.*)$", re.I)
_CLAUSES = re.compile(r"\s*;\s*|(?<=[.!?])\s+(?=[A-Z])|,\s+then\s+|\s+[–—]\s+")
_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*")
_NOT_A_SKILL = re.compile(
    r"^(?:how|that|what|why|when|where|to|from|about|a\s+lot|lots|much|so\s+much|a\s+great\s+deal|"
    r"the\s+ropes|the\s+hard\s+way|on\s+the\s+job)\b", re.I)


def split_learned(line: str) -> tuple[list[str], str]:
    """The skills ``line`` says were learned, and the rest of the line ("" when nothing is
    left); ``([], line)`` when it names none."""
    clauses = [c for c in _CLAUSES.split(line.strip()) if c and c.strip()]
    skills: list[str] = []
    rest: list[str] = []
    for clause in clauses:
        names = _skill_names(clause)
        if names:
            skills.extend(n for n in names if n.casefold() not in {s.casefold() for s in skills})
        else:
            rest.append(clause.strip())
    if not skills:
        return [], line
    text = "; ".join(c.rstrip(";") for c in rest).strip()
    if text:
        text = text[0].upper() + text[1:]
    return skills, text


def _skill_names(clause: str) -> list[str]:
    """The skill names of a learning clause, or [] (not about learning, or prose)."""
    m = _LEARNING.match(clause.strip())
    if m is None:
        return []
    what = m.group("what").strip().rstrip(".!?:,").strip()
    if not what or _NOT_A_SKILL.match(what):
        return []
    names = [p.strip(" .") for p in _PARTS.split(what) if p and p.strip(" .")]
    names = [re.sub(r"^(?:the|some)\s+(?=\S)", "", n, flags=re.I) for n in names]
    if not names or any(len(n.split()) > MAX_SKILL_WORDS for n in names):
        return []
    return names
