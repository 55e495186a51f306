"""The anonymised export a participant chooses to share with the class.

It carries ratings, levels, counts and check results only: no name, organisation, job title,
date, statement, answer text or any other free text. A skill is named only when it matches the
kit's own vocabulary closely (``workshop.skills.canonical_skill``, leniently: "SQL queries" is
"sql"); any other skill is shared as "other", never under a guess ("ticket triage" is not
healthcare), and the preview suggests the nearest listed skill for the participant to pick. A
participant may map a skill of theirs to a listed one in the share preview: the choice is kept
in the workspace as the skill's ``share_as`` field (a listed name, or "other"). ``workshop
share`` and the share button in notebook 05 write the same file; the class dashboard (``workshop
class``) reads a folder of them: the class folder, which ``class_folder`` alone decides.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import config
from .answer_choice import answer_for
from .check import check_answer, pitfall_phrases
from .fileio import write_output
from .model import Skill, Workspace
from .result_number import read_result
from .scope_words import scope_of
from .scoring import enjoyment_trap, has_number, rank
from .skills import OTHER_SKILL, canonical_skill, nearest_skill
from .store import default_workspace_path
from .used_later import skill_used_later

__all__ = ["EXPORT_KIND", "EXPORT_VERSION", "SHARE_AS", "export_dict", "write_export",
           "canonical_skill", "SkillMapping", "skill_mappings", "new_export_id",
           "class_folder"]

EXPORT_KIND = "job-value-workshop/class-export"
EXPORT_VERSION = 1


CLASS_FOLDER_NAME = "share_exports"


def class_folder(workspace: str | os.PathLike | None = None) -> Path:
    """The class folder: where the share button and ``workshop share`` write, and where the class
    dashboard looks. ``WORKSHOP_SHARE_DIR`` when set, else ``share_exports/`` beside the workspace
    file (``workspace``, by default the default workspace file)."""
    override = config.share_dir()
    if override:
        return override
    path = Path(workspace) if workspace is not None else default_workspace_path()
    return path.parent / CLASS_FOLDER_NAME


SHARE_AS = "share_as"  # the skill field holding the participant's own choice


def shared_skill(skill: Skill) -> str:
    """The name a skill is shared under: the participant's choice, else the vocabulary's match,
    else "other"."""
    choice = skill.extra.get(SHARE_AS)
    return canonical_skill(skill.name, choice if isinstance(choice, str) else None)


@dataclass(frozen=True)
class SkillMapping:
    """How one of the participant's skills is shared.

    Attributes:
        role_id: the role the skill belongs to.
        index: the skill's place in that role's list.
        name: the skill as the participant typed it (shown to them only, never shared).
        automatic: what the vocabulary matches it to ("other" when nothing).
        shared_as: what the export will say (their choice, else ``automatic``).
        chosen: True when the participant chose it.
        suggested: the listed skill the name comes nearest to when it is no close match
            (shown in the preview for the participant to pick), else "".
    """

    role_id: str
    index: int
    name: str
    automatic: str
    shared_as: str
    chosen: bool
    suggested: str = ""


def skill_mappings(workspace: Workspace) -> list[SkillMapping]:
    """Every skill of every role with the name it is shared under, in the workspace's order."""
    out = []
    for role in workspace.roles:
        for i, skill in enumerate(role.skills):
            automatic = canonical_skill(skill.name)
            choice = skill.extra.get(SHARE_AS)
            chosen = isinstance(choice, str) and canonical_skill("", choice) == choice
            nearest = nearest_skill(skill.name) if automatic == OTHER_SKILL else OTHER_SKILL
            out.append(SkillMapping(role.id, i, skill.name, automatic, shared_skill(skill),
                                    chosen, "" if nearest == OTHER_SKILL else nearest))
    return out


def new_export_id() -> str:
    """A fresh random export id (the dashboard counts a file with a known id once)."""
    return uuid.uuid4().hex


def answer_summary(text: str, source: str, goals: list[str] | tuple[str, ...]) -> dict:
    """What the export says of the answer: its length and checks, never its text."""
    check = check_answer(text, list(goals))
    return {
        "source": source,
        "words": check.words,
        "seconds": check.seconds,
        "passed": check.passed,
        "findings": {f.code: f.ok for f in check.findings},
        "pitfall_categories": sorted(pitfall_phrases(text)),
    }


def export_dict(workspace: Workspace, *, export_id: str | None = None,
                answer: dict | None = None) -> dict:
    """The anonymised export of a workspace, as a JSON-ready dict (a new random id unless
    ``export_id`` is given: the share preview shows exactly the file it will write).

    ``answer`` is ``answer_summary`` of the answer ``answer_choice.answer_for`` picks, when the
    caller has it already (the share preview keeps it while the answer and its role stay the
    same).
    """
    ranking = rank(workspace)
    roles, jobs = [], tuple(workspace.roles)
    for scored in ranking.ranked + ranking.unranked:  # strongest first: the list order says nothing
        role = scored.role
        roles.append({
            "rank": scored.rank,
            "score": scored.score,
            "ratings": role.ratings.to_dict(),
            "enjoyment": role.enjoyment,
            # "used later" as 04's score and 05's check read it (``workshop.used_later``), for
            # the role (its score part) and for each skill (its own note alone)
            "used_later": scored.used_later,
            "skills": [{"skill": shared_skill(s), "before": s.before, "after": s.after,
                        "levels_grown": s.levels_grown,
                        "used_later": skill_used_later(role, j, jobs)}
                       for j, s in enumerate(role.skills)],
            "results": [{"quantified": read_result(r, role).counts, "scope": scope_of(r)}
                        for r in role.results],
        })
    strongest = ranking.strongest
    strongest_is_most_enjoyed = enjoyment_trap(ranking).strongest_is_favourite
    if answer is None:
        choice = answer_for(workspace)  # the one rule: which text, about which role, from whom
        answer = answer_summary(choice.text, choice.source, workspace.target_role.goals)
    return {
        "kind": EXPORT_KIND,
        "export_version": EXPORT_VERSION,
        "export_id": export_id or new_export_id(),
        "goal_count": len(workspace.target_role.goals),
        "role_count": len(workspace.roles),
        "ranked_count": len(ranking.ranked),
        "roles": roles,
        "strongest_is_most_enjoyed": strongest_is_most_enjoyed,
        "strongest_has_quantified_result": bool(strongest and has_number(strongest.role)),
        "strongest_has_used_later": bool(strongest and strongest.used_later),
        "answer": json.loads(json.dumps(answer)),  # a copy: the caller's stays as it was
    }


def write_export(workspace: Workspace, target: str | os.PathLike, *,
                 export_id: str | None = None) -> Path:
    """Write the export to ``target``: a ``.json`` file, or a folder (a new file named by id)."""
    data = export_dict(workspace, export_id=export_id)
    target = Path(target)
    if target.suffix.lower() != ".json":
        target = target / f"share-{data['export_id'][:12]}.json"
    write_output(target, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
    return target
