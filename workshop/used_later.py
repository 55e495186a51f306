"""The one reading of "a grown skill used later": whether a role's entries say it, as 05's check
reads the sentences the draft says from them.

Notebook 04's score gives a role the "used later" points, and 05's answer check credits a later
use in the draft; both read it here, so they cannot disagree. A role holds a later use when the
answer check finds one in what the draft would say from the role's entries: each grown skill's
growth line as the draft words it (the line naming the skill, without the participant's own
words of how far it grew, which the draft may leave out) followed by its later
use (``skill_story.later_use_sentence``, at the time the entries hold), and the participant's
own reason (``personal_value``: "I train the new guys now",
of a skill the job grew, is a later use the check credits, so the score counts it too). A note
the draft cannot say ("yes", a fragment with no verb), one that says a result again (the draft
tells the result once) or one on a skill that did not grow counts for neither.
"""

from __future__ import annotations

import functools
import re

from .check import check_answer
from .draft_frame import variant_of
from .draft_later import repeats
from .model import Role, Skill
from .personal_value import role_value
from .resources import load_json
from .result_number import read_result
from .skill_story import growth_parts, later_use_sentence, later_when
from .wording import content_stems, skill_words

__all__ = ["later_job", "later_use_gap", "role_used_later", "skill_used_later", "used_later_text"]

CACHE_SIZE = 2048


def used_later_text(role: Role, roles: tuple[Role, ...] = ()) -> str:
    """What the draft says from the role's entries that can tell a later use: the
    participant's reason first, as the draft says it, then each grown skill's growth line
    (naming the skill, as the draft words it) and later use ("" when there is none).
    ``roles``: the workspace's jobs, which place a later use in time (``later_when``)."""
    parts: list[str] = []
    for skill in role.skills:
        parts += _skill_parts(role, skill, roles)
    reason = role_value(role).sentence
    if reason and parts:  # said first, as the draft says it right after the opening
        parts.insert(0, reason)
    return " ".join(parts)


def _repeats_result(role: Role, skill: Skill) -> bool:
    """True when the skill's note says one of the role's results again, by the draft's own
    test (``draft_later.repeats``: most of its words, or only the results' figures, rounded):
    the draft leaves such a note out, so it is no later use for 04 either."""
    said = [read_result(r, role).told or r.statement for r in role.results]  # as the draft
    return repeats(skill.used_later, [content_stems(r.statement) for r in role.results],
                   " ".join(said))


def _skill_parts(role: Role, skill: Skill, roles: tuple[Role, ...]) -> list[str]:
    """The draft's sentences of one grown skill that can tell its later use: its growth line,
    "I learned <it> there." and its later use; none for a skill that did not grow or whose note
    says a result again (the draft tells the result, once)."""
    if skill.levels_grown <= 0 or _repeats_result(role, skill):
        return []
    later = later_use_sentence(skill, variant_of(skill.name), role.current, named=True,
                               when=later_when(skill, role, roles or (role,)))
    # the draft names the grown skill as learned there too (the opening's "where I learned
    # X", a link's "what I learned about X"), which is where the check finds its words
    parts = [growth_parts(skill, role.current, variant_of(skill.name, role.id))[0],
             f"I learned {skill_words(skill).topic} there."]
    return parts + [later] if later else parts


def role_used_later(role: Role, roles: tuple[Role, ...] = ()) -> bool:
    """True when the role's entries say a grown skill was used later, as 05's check reads the
    draft's sentences of them (``used_later_text``): 04's score part "used later"."""
    text = used_later_text(role, roles)
    return bool(text) and _credited(text)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _credited(text: str) -> bool:
    return check_answer(text).finding("used_later").ok


def skill_used_later(role: Role, index: int, roles: tuple[Role, ...] = ()) -> bool:
    """True when the role's ``index``-th skill grew and its own note tells a later use, as 05's
    check reads the draft's sentences of that skill alone (no reason, no other skill): what the
    share file says of the skill, and when the coach stops asking where it was used later."""
    skill = role.skills[index]
    if not skill.used_later.strip():
        return False
    text = " ".join(_skill_parts(role, skill, roles))
    return bool(text) and _credited(text)


_CLAUSE_END = re.compile(r"\bbut\b|[,;:.!?]", re.IGNORECASE)


def _denies(note: str) -> bool:
    """True when a note's first clause says the skill has not been used later yet ("not in
    another job yet, but ...", "never had the chance", "no"): a word of ``denials``
    (data/later_use.json) before its first "but" or comma."""
    first = _CLAUSE_END.split(note, maxsplit=1)[0].lower().replace("\u2019", "'")
    words = set(re.findall(r"[a-z']+", first))
    words |= {"n't"} if any(w.endswith("n't") for w in words) else set()
    return bool(words & set(load_json("later_use.json")["denials"]))


def _month(date: str | None) -> str:
    """A "YYYY" or "YYYY-MM" date as "YYYY-MM", to compare ("" for none)."""
    date = (date or "").strip()
    return date if len(date) != 4 else f"{date}-01"


def later_job(role: Role, roles: tuple[Role, ...] = ()) -> bool:
    """True when the workspace holds a job begun after ``role`` began (the participant may
    have used what it taught them there): for a job held now with no later job, "Have you
    used it beyond this job yet?" is a question they cannot answer, and the coach asks where
    else they use it now instead."""
    start = _month(role.start)
    return any(other is not role and other.id != role.id and start and
               _month(other.start) > start for other in roles)


def later_use_gap(role: Role, index: int, roles: tuple[Role, ...] = ()) -> str:
    """Why the ``index``-th skill's later-use note does not count as a later use, and what would
    make it count, in the participant's terms ("" when it counts, or when there is no note:
    the coach's question asks for one). The same reading as 04's points and 05's check
    (``skill_used_later``)."""
    skill = role.skills[index]
    note = " ".join(skill.used_later.split())
    if not note or skill_used_later(role, index, roles):
        return ""
    topic = skill_words(skill).topic
    where = ("after this job (a later job, another team, a project)" if not role.current else
             "beyond this job (another team, a project, a later job)" if later_job(role, roles)
             else "beyond the work you learned it on (later work in this job, another team, "
                  "a project outside work)")
    make = f"Say where you used {topic} {where} and what it produced."
    if skill.levels_grown <= 0:
        return (f"A later use counts for a skill that grew here; '{skill.name}' is set at the "
                "same level before and after (notebook 02).")
    if _denies(note):
        why = (f"it says you have not used {topic} {'beyond this job' if role.current else 'later'}"
               " yet, so it is no later use")
        fix = ("When you have, say where and what it produced; until then the answer tells "
               "the growth and the results, and 04 gives no points for a later use.")
        return f"Your note reads '{note}': {why}. {fix}"
    if _repeats_result(role, skill):
        return (f"Your note reads '{note}': it says one of this job's results again, which the "
                f"answer tells once. {make}")
    if role.current:
        return (f"Your note reads '{note}': it tells what you do in this job, not a use "
                f"beyond it. {make}")
    return f"Your note reads '{note}': the check reads no later use in it. {make}"
