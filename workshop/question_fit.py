"""Whether a coach's question fits the entry it is about (issue 20, round 29: the classes of
question raters and a blind replies writer found fitting badly), read once here and asked by
``workshop.coach``:

- ``outcome_kind``: a result that is a pass, an award, a rating or a yes/no outcome ("passed
  the fire inspection", "named volunteer of the year", "top rated on the review site", "kept
  the contract") has no "by how much, from what to what": the coach asks what it meant;
- ``is_problem``: an entry that tells a problem or a situation ("the team was short-staffed")
  is no result: no skill "made it possible", and the coach asks what was done about it;
- ``link_options``: the skills a "which skill made it possible?" question offers, each once,
  with a skill the participant named in another job for this result (``brought_skill`` puts
  one picked into this job's skills);
- ``size_told``: a size typed in words ("by half") is asked from what to what, not "by how
  much" again;
- ``plan_note``: a later-use note that is a wish or a plan ("I want to use it in my next
  job") is no later use: never said or asked as one;
- ``later_named``: a later-use note that already names where the skill was used later: the
  coach does not ask "where" again; ``listed_later``: a later job that lists the skill again
  is asked about by name.

The word lists are ``data/question_fit.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .edits import with_role
from .model import Role, Skill, Workspace, skill_key
from .resources import load_json, per_data_folder
from .wording import content_stems

__all__ = ["brought_skill", "is_problem", "later_named", "link_options", "listed_later",
           "outcome_kind", "plan_note", "size_told"]

_OUTCOMES = ("pass", "award", "rating", "yes_no")


@per_data_folder
def _pattern(name: str) -> re.Pattern:
    words = load_json("question_fit.json")[name]
    return re.compile(r"(?:(?<![\w'])|^)(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)


def outcome_kind(statement: str) -> str:
    """What kind of outcome with no size a result's sentence tells: "pass", "award",
    "rating" or "yes_no"; "" for any other, and for one whose words tell a change with a
    size after all ("passed 12 more audits than the year before", "rating went up")."""
    text = " ".join(statement.split())
    if not text or _pattern("size_words").search(text):
        return ""
    return next((kind for kind in _OUTCOMES if _pattern("outcome_" + kind).search(text)), "")


def size_told(statement: str) -> bool:
    """True when a result's sentence says how much in words ("cut onboarding calls by half",
    "doubled the stall's takings"): the coach asks for the figures from and to, never "by how
    much" again."""
    return bool(_pattern("size_told").search(" ".join(statement.split())))


def is_problem(statement: str) -> bool:
    """True when a result entry tells a problem or a situation, not what changed ("the team
    was short-staffed", "there was a backlog of refunds"); one that also says what was done
    or what changed ("... so I rebuilt the rota", "cleared the backlog") is a result."""
    text = " ".join(statement.split())
    return bool(text) and bool(_pattern("problem").search(text)) and \
        not _pattern("result_verbs").search(text)


def plan_note(note: str) -> bool:
    """True when a later-use note is a wish or a plan, with no doing told before it ("I want
    to use it in my next job", "hoping to bring it to a bigger kitchen one day"); "Used it at
    Acme, and I want to keep using it" is a use."""
    text = " ".join(note.replace("\u2019", "'").split())
    plan = _pattern("plan").search(text)
    if not plan:
        return False
    before = _pattern("plan_not_done").sub(" ", text[:plan.start()])
    return not _pattern("plan_done").search(before)


def _month(date: str | None) -> str:
    date = (date or "").strip()
    return date if len(date) != 4 else f"{date}-01"


def _later_roles(role: Role, roles: tuple[Role, ...]) -> list[Role]:
    start = _month(role.start)
    return [r for r in roles if r.id != role.id and start and _month(r.start) > start]


# words of an organisation's or a title's name that say nothing of which one it is
_NAME_WORDS = content_stems("the company group services service ltd limited inc llc plc gmbh "
                            "team department centre center clients client various")


def later_named(role: Role, index: int, roles: tuple[Role, ...]) -> str:
    """The later job the ``index``-th skill's later-use note already names ("" for none): one
    whose organisation or title it names ("at the credit union" of a later job at a credit
    union), or, for a job that is over, "now" or "at my current job" where the workspace holds
    a later job. The coach does not ask "where did you use it later?" of these."""
    skill = role.skills[index]
    note = content_stems(skill.used_later)
    later_jobs = _later_roles(role, roles)
    if later_jobs and not role.current and _pattern("later_words").search(skill.used_later):
        return _job(later_jobs[0])  # "now I ...", "at my current job": a job after this one
    for later in later_jobs:
        name = content_stems(f"{later.organization} {later.title}") - _NAME_WORDS
        if note and name and note & name:
            return _job(later)
    return ""


def listed_later(role: Role, index: int, roles: tuple[Role, ...]) -> str:
    """A later job that lists the ``index``-th skill again ("" for none): the coach asks how
    it was used there, naming that job, never "where did you use it later?"."""
    key = skill_key(role.skills[index].name)
    return next((_job(later) for later in _later_roles(role, roles)
                 if any(skill_key(s.name) == key for s in later.skills)), "")


def _job(role: Role) -> str:
    """A job named as the participant typed it: "as Shift Lead at Dunmore Distribution"."""
    return " ".join(f"as {role.title} at {role.organization}".replace("as  at", "").split()) \
        if role.title and role.organization else f"as {role.title or role.organization}"


def link_options(role: Role, result: int, roles: tuple[Role, ...] = ()) -> tuple[str, ...]:
    """The skills a "which skill made it possible?" question offers for the ``result``-th
    result: the role's skills, each once (two names of one skill, "Excel" and "excel ", are
    one), then a skill of another job whose later-use note tells this result, or whose name
    the result's sentence or its own-part note names, where this role lacks it."""
    names: list[str] = []
    for s in role.skills:
        if skill_key(s.name) and skill_key(s.name) not in {skill_key(n) for n in names}:
            names.append(s.name)
    r = role.results[result]
    said = content_stems(f"{r.statement} {r.my_part}")
    told = content_stems(r.statement)
    for other in roles:
        if other.id == role.id:
            continue
        for s in other.skills:
            if skill_key(s.name) in {skill_key(n) for n in names}:
                continue
            stems = content_stems(s.name)
            note = content_stems(s.used_later)
            if (stems and stems <= said) or (told and len(told & note) >= max(2, len(told) // 2)):
                names.append(s.name)
    return tuple(names)


def brought_skill(workspace: Workspace, role_id: str, picked: tuple[str, ...]) -> Workspace:
    """The workspace with each skill of another job that a reply to "which skill made it
    possible?" picks (``link_options`` offered it; ``picked``: the skill named, or every
    option for "all of them") added to the role ``role_id``, at the level that job left it
    (grown there, not here: the same level before and after), so that the reply can link it;
    the workspace as it was for any other reply."""
    role = workspace.role(role_id)
    have = {skill_key(s.name) for s in role.skills}
    brought: list[Skill] = []
    for name in picked:
        key = skill_key(name)
        found = next((s for r in workspace.roles if r.id != role_id for s in r.skills
                      if skill_key(s.name) == key), None)
        if key and key not in have and found is not None:
            have.add(key)
            brought.append(Skill(found.name, before=found.after, after=found.after))
    if not brought:
        return workspace
    return with_role(workspace, role_id, lambda r: replace(r, skills=(*r.skills, *brought)))
