"""The anonymised export a participant chooses to share with the class.

It carries ratings, levels, counts and check results only: no name, organisation, job title,
date, statement, answer text or any other free text. A skill is named only when it matches the
kit's own vocabulary (``data/skill_vocabulary.json``); any other skill is shared as "other".
``workshop share`` and the share button in notebook 05 write the same file; the class dashboard
(``workshop class``) reads a folder of them.
"""

from __future__ import annotations

import functools
import json
import os
import uuid
from pathlib import Path

from .check import check_answer, pitfall_phrases
from .model import Workspace
from .resources import load_json
from .scoring import enjoyment_trap, rank
from .store import write_atomic

__all__ = ["EXPORT_KIND", "EXPORT_VERSION", "export_dict", "write_export", "canonical_skill"]

EXPORT_KIND = "job-value-workshop/class-export"
EXPORT_VERSION = 1


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("_", " ").split())


@functools.cache
def _vocabulary() -> dict[str, str]:
    table: dict[str, str] = {}
    skills = load_json("skill_vocabulary.json")["skills"]
    for canonical, synonyms in skills.items():
        table[_norm(canonical)] = canonical
        for s in synonyms:
            table[_norm(s)] = canonical
    return table


def canonical_skill(name: str) -> str:
    """The vocabulary name for a participant's skill, or "other" (no free text is shared)."""
    return _vocabulary().get(_norm(name), "other")


def export_dict(workspace: Workspace) -> dict:
    """The anonymised export of a workspace, as a JSON-ready dict."""
    from .draft import answer_for

    ranking = rank(workspace)
    roles = []
    for scored in ranking.ranked + ranking.unranked:  # strongest first: the list order says nothing
        role = scored.role
        roles.append({
            "rank": scored.rank,
            "score": scored.score,
            "ratings": role.ratings.to_dict(),
            "enjoyment": role.enjoyment,
            "skills": [{"skill": canonical_skill(s.name), "before": s.before, "after": s.after,
                        "levels_grown": s.levels_grown, "used_later": bool(s.used_later)}
                       for s in role.skills],
            "results": [{"quantified": r.quantified, "scope": r.scope} for r in role.results],
        })
    strongest = ranking.strongest
    strongest_is_most_enjoyed = enjoyment_trap(ranking).strongest_is_favourite
    choice = answer_for(workspace)
    text, source = choice.text, choice.source
    check = check_answer(text, workspace.target_role.goals)
    return {
        "kind": EXPORT_KIND,
        "export_version": EXPORT_VERSION,
        "export_id": uuid.uuid4().hex,
        "goal_count": len(workspace.target_role.goals),
        "role_count": len(workspace.roles),
        "ranked_count": len(ranking.ranked),
        "roles": roles,
        "strongest_is_most_enjoyed": strongest_is_most_enjoyed,
        "strongest_has_quantified_result": bool(strongest and strongest.role.quantified),
        "answer": {
            "source": source,
            "words": check.words,
            "seconds": check.seconds,
            "passed": check.passed,
            "findings": {f.code: f.ok for f in check.findings},
            "pitfall_categories": sorted(pitfall_phrases(text)),
        },
    }


def write_export(workspace: Workspace, target: str | os.PathLike) -> Path:
    """Write the export to ``target``: a ``.json`` file, or a folder (a new file named by id)."""
    data = export_dict(workspace)
    target = Path(target)
    if target.suffix.lower() != ".json":
        target = target / f"share-{data['export_id'][:12]}.json"
    write_atomic(target, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
    return target
