"""The story's one thread (issue 20, blind raters r20 and s17): which grown skill the draft
tells, and where a skill with nothing behind it is said.

- ``thread_skill``: the first skill (``draft_read``'s order) with something behind it (a
  result linked to it or naming its topic, or a later use), else the next grown one that has;
- ``on_thread``: a result that is part of that skill's story (linked to it, or linked to
  none and naming its topic), told as more of it, never as an aside;
- ``where_grown``: for a story skill with nothing behind it and no reason of the
  participant's, a clause of the opening that says where it grew ("..., where I learned queen
  rearing"), never a reason and never a bare last line.
"""

from __future__ import annotations

import re

from .draft_frame import variant_of
from .draft_later import share
from .draft_results import linked
from .model import Result, Role, Skill, skill_key
from .skill_story import gave_clause
from .wording import content_stems, skill_words

__all__ = ["has_behind", "on_thread", "thread_keys", "thread_skill", "where_grown"]


def thread_skill(skills: list[Skill], role: Role) -> Skill | None:
    """The story's skill: the first (``draft_read``) with something ``has_behind`` it, else the
    next grown one that has: one thread, not a bare "That job taught me X." (r20)."""
    grown = [sk for sk in skills if sk.levels_grown > 0]
    return next((sk for sk in skills[:1] + grown if has_behind(sk, role)), (skills or [None])[0])


def has_behind(skill: Skill, role: Role) -> bool:
    """True when the skill has a later use, or a result linked to it or naming its topic."""
    topic = content_stems(skill_words(skill).topic)
    return bool(skill.used_later.strip()) or any(
        linked(r, skill) or share(topic, content_stems(r.statement)) for r in role.results)


def on_thread(result: Result, skill: Skill | None) -> bool:
    """True when ``result`` belongs to the story of ``skill``: the participant linked it to
    that skill, or linked it to none and it names the skill's topic ("first-year turnover of
    new grads" in the story of "precepting new grads"). Such a result is told as more of the
    story, not as a fact beside it; one the participant linked to another skill is that
    skill's (``draft_links.credited_elsewhere``)."""
    if skill is None:
        return False
    if result.enabled_by:
        return linked(result, skill)
    return share(content_stems(skill_words(skill).topic), content_stems(result.statement))


def thread_keys(result: Result, top: Skill | None) -> frozenset[str]:
    """The skills a result's piece is told with (``draft_compose.Piece.skills``): those the
    participant linked, and the story's for a result of its thread (``on_thread``), so it
    may share a sentence with the thread's other results ("..., and first-year turnover
    went down ...": "and" claims no cause, ``draft_links.told_together``)."""
    keys = frozenset(skill_key(name) for name in result.enabled_by)
    return keys | {skill_key(top.name)} if top is not None and on_thread(result, top) else keys


def where_grown(top: Skill, role: Role) -> str:
    """For a skill with nothing behind it (no result linked to it or naming it, no later use),
    a clause of the opening that says where it grew, never why the job mattered ("..., where I
    learned queen rearing"): told as a line of its own it would end the story bare ("That job
    taught me cash office."), or, before a result it did not produce, sound like its cause."""
    if has_behind(top, role):
        return ""
    clause = gave_clause(top, role.current, variant_of(top.name, role.id))
    where = re.sub(r"^(?:because|since)\s+(?:that|this|it)(?:\s+job)?\s+is\s+where\s+", "where ",
                   clause)
    return where if where.startswith("where ") else ""
