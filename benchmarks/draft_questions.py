"""The coach's questions whose answer the entries already hold, by this benchmark's own reading
(issue 20, round 27): ``draft_eval``'s column "questions asked/redundant".

Read here, apart from ``workshop.coach``, so that a rule the coach gets wrong is counted, not
repeated. A question is redundant when:

- ``used_later``: the skill's note names a later use (a place or a time after the job: "at",
  "since", "now", "still", "next", "new" ... with no denial first), or the participant already
  said it ended there (the reply kept on the skill);
- ``enabled_by``: the result's sentence names one of the role's skills, or the participant
  already said no skill did (the reply kept on the result);
- ``my_part``: the result's sentence says what "I" did (not "Sam and I"), or the own-part
  note does;
- ``number`` / ``from_to`` / ``period``: the sentence holds a figure / a "from X to Y" /
  a time ("in six months", "over a year").
"""

from __future__ import annotations

import re

from workshop.model import Role, skill_key

try:
    from workshop.reply_meaning import ENDED_KEY, NONE_KEY
except ImportError:  # a checkout before these replies were kept: none are
    ENDED_KEY, NONE_KEY = "later_use_none", "enabled_by_none"

_LATER = re.compile(r"\b(?:at|since|now|still|today|later|next|new|current|another|other|"
                    r"every|these\s+days|nowadays|afterwards|went\s+on)\b", re.IGNORECASE)
_DENIED = re.compile(r"^\W*(?:no|not|never|n/?a|none|nothing|nowhere|haven't|didn't)\b",
                     re.IGNORECASE)
_PAIR = re.compile(r"\b[\w'-]+\s+and\s+I\b")
_I_DEED = re.compile(r"(?:^|(?<=[\s,;(]))[Ii](?:'ve)?\s+(?!am\b|was\b|think\b)[a-z]{2,}")
_FIGURE = re.compile(r"\d")
_FROM_TO = re.compile(r"\bfrom\s+\S*\d.*?\bto\s+\S*\d", re.IGNORECASE)
_TIME = re.compile(r"\b(?:in|over|within|after|for|across)\s+(?:about\s+)?(?:a|an|one|two|three|"
                   r"four|six|twelve|\d+|the\s+first)\s+(?:\w+\s+)?(?:day|week|month|year|term|"
                   r"quarter|season|shift)s?\b", re.IGNORECASE)


def held(role: Role, code: str, skill: int | None, result: int | None) -> bool:
    """True when the role's entries already hold what a question ``code`` asks."""
    if code == "used_later" and skill is not None:
        s = role.skills[skill]
        note = " ".join(s.used_later.split())
        return bool(s.extra.get(ENDED_KEY)) or bool(
            note and not _DENIED.search(note) and _LATER.search(note))
    if result is None:
        return False
    r = role.results[result]
    text = r.statement
    if code == "enabled_by":
        low = skill_key(text)
        return bool(r.extra.get(NONE_KEY)) or any(
            re.search(r"(?<!\w)" + re.escape(skill_key(s.name)) + r"(?!\w)", low)
            for s in role.skills)
    if code == "my_part":
        return bool(_I_DEED.search(_PAIR.sub(" ", text)) or _I_DEED.search(r.my_part or ""))
    return bool({"number": _FIGURE, "from_to": _FROM_TO, "period": _TIME}.get(
        code, re.compile(r"(?!)")).search(text))


def redundant(role: Role, questions) -> int:
    """How many of ``questions`` ask what the role's entries already hold."""
    return sum(held(role, q.code, q.skill, q.result) for q in questions)
