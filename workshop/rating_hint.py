"""Where a role's skill-growth rating and its own entries disagree, by the rubric of 02.

The rating is the participant's; the levels they set for each skill in 02 are theirs too. The
rubric (``data/rubrics.json``, ``skill_growth``) says which ratings those levels fit: no skill
moved, 1; one skill moved one level, 2; one skill moved two levels or two or three skills moved
one level each, 3 or more; several skills moved up, at least one by two levels, with a grown
skill used later (``workshop.used_later``, the reading 04's score and 05's check share), up to
4; several skills moved two levels or more each and used later, up to 5. A rating outside that
range gets a hint in 04 quoting both, and never changes by itself: the participant decides
which of the two to correct.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import LEVELS, Role
from .resources import load_json

__all__ = ["GrowthFit", "growth_fit", "growth_hint"]

_NUMBERS = ("no", "one", "two", "three", "four")


@dataclass(frozen=True)
class GrowthFit:
    """The skill-growth ratings a role's levels fit.

    Attributes:
        low: the lowest rating the levels fit (1 to 5).
        high: the highest (1 to 5).
        evidence: what the levels say, in words ("'Excel' moved two levels, novice to
            competent").
    """

    low: int
    high: int
    evidence: str


def growth_fit(role: Role) -> GrowthFit:
    """The ratings the rubric allows for the levels the role's skills moved (module
    docstring)."""
    grown = sorted((s for s in role.skills if s.levels_grown > 0),
                   key=lambda s: -s.levels_grown)
    if not grown:
        return GrowthFit(1, 1, "no skill moved up a level")
    top = grown[0]
    moved = f"'{top.name}' moved {_NUMBERS[top.levels_grown]} level" \
            f"{'s' if top.levels_grown > 1 else ''}, {top.before} to {top.after}"
    if len(grown) > 1:
        moved += f", and {len(grown) - 1} more skill{'s' if len(grown) > 2 else ''} moved up"
    if len(grown) == 1 and top.levels_grown == 1:
        return GrowthFit(2, 2, moved)
    # 4 and 5 ask more than levels ("several", a later use the participant can name): the
    # levels alone fit 3 and up, and the score counts the later use in a part of its own
    return GrowthFit(3, 5, moved)


def growth_hint(role: Role) -> str:
    """A line for 04 when the role's skill-growth rating is outside what its levels fit, else
    "" (no rating yet, or it fits)."""
    rating = role.ratings.skill_growth
    if rating is None or any(s.before not in LEVELS for s in role.skills):
        return ""
    fit = growth_fit(role)
    if fit.low <= rating <= fit.high:
        return ""
    levels = load_json("rubrics.json")["skill_growth"]["levels"]
    fits = str(fit.low) if fit.low == fit.high else f"{fit.low} to {fit.high}"
    near = fit.low if rating < fit.low else fit.high
    return (f"Check the skill growth rating of {role.label}: you rated it {rating} "
            f"(\u201c{levels[str(rating)]}\u201d), but your levels in 02 say {fit.evidence}, "
            f"which the rubric rates {fits} (\u201c{levels[str(near)]}\u201d). Change the "
            "rating or the levels in notebook 02, whichever is wrong.")
