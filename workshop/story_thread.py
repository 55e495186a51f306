"""The story's one thread (issue 20, blind raters r20 and s17): which grown skill the draft
tells, and where a skill with nothing behind it is said.

- ``thread_skill``: the first skill (``draft_read``'s order) with something behind it (a
  result linked to it or naming its topic, or a later use), else the next grown one that has;
- ``told_with_growth``: the story skill's growth said in the result that shows it (one the
  participant linked to it, or the skill's own doing), instead of a line of its own;
- ``where_grown``: for a story skill with nothing behind it and no reason of the
  participant's, a clause of the opening that says where it grew ("..., where I learned queen
  rearing"), never a reason and never a bare last line.
"""

from __future__ import annotations

import re

from .check import check_answer
from .draft_compose import figures
from .draft_frame import variant_of
from .draft_later import share
from .draft_results import circular, linked
from .growth_said import folded_growth
from .model import Result, Role, Skill
from .skill_story import gave_clause
from .wording import content_stems, skill_words

__all__ = ["has_behind", "thread_skill", "told_with_growth", "where_grown"]


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


def told_with_growth(top: Skill | None, role: Role, result: Result, told: str, own: str,
                     before: str = "", line: str = "") -> str:
    """The story's first result (``told``, as the draft says it) with its skill's growth folded
    in (``growth_said.folded_growth``), where the participant linked that result to the skill
    (enabled_by) or the result is the skill's own doing (``circular``), and the entries hold
    no words of theirs of how far it grew (``own``: their words tell it, the kit does not): one
    sentence of the act that used the skill instead of a stock line before it ("That job is
    where I learned X.": blind hiring managers, s18). "" where it cannot be folded, and where
    the sentences ``before`` it told that result already (``draft_compose`` leaves a fact told
    twice out, and the growth would go with it); nor where the answer check, reading the
    story so far (``before``), finds less in it than with the growth ``line`` and the result
    told apart (the draft's pillars never give way to its wording)."""
    if top is None or own or not told or _told_before(told, before):
        return ""
    act = circular(result, top)
    if not act and not linked(result, top):
        return ""
    fold = folded_growth(top, role.current, told, act=act)
    if fold and line:  # the answer check reads the story so far as it read it with the line
        kept, was = (check_answer(f"{before} {said}".strip())
                     for said in (fold, f"{line} {told}"))
        if any(was.finding(code).ok and not kept.finding(code).ok for code in _PILLARS) or \
                was.verdict.strong and not kept.verdict.strong:
            return ""
    return fold


_PILLARS = ("skill_growth", "company_result", "quantified", "used_later", "pitfalls")


def _told_before(told: str, before: str) -> bool:
    """True when ``before`` told the fact of ``told`` already, as ``draft_compose`` reads a
    fact told twice: all its figures, or, with none, most of its meaningful words."""
    said = figures(told)
    if said:
        return said <= figures(before)
    stems = content_stems(told)
    return len(stems) >= 3 and len(stems & content_stems(before)) >= 0.75 * len(stems)
