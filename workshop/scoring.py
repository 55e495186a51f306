"""How roles are scored and ranked: the one place the rule is written down.

A role's score (0 to 100) is the weighted sum of four parts, each between 0 and 1:

- ``pillars``: the geometric mean of the two pillar ratings, each first moved to 0..1
  (``(rating - 1) / 4``). A 1 in either pillar gives 0, so a role strong in one pillar only
  scores low: 4 and 4 gives 0.75, 5 and 1 gives 0.
- ``relevance``: ``(relevance - 1) / 4``, how much the role speaks to the hiring manager's goals.
- ``quantified``: 1 when the role holds a result's number, else 0: a number its entries give
  that reads as a result for the organisation (a change, a count, an amount or a level; in a
  result, else in a grown skill's note of what it produced), read once by
  ``workshop.result_number``: the reading the draft says and the answer check finds, so 04 and
  05 agree on every result's number. The explanation names that number, or says why a number
  the role's results give does not count (a duty's count, a note, a number of no known kind).
- ``used_later``: 1 when the role's entries say a grown skill was used later, as 05's check reads
  them (``workshop.used_later.role_used_later``: a note, or the participant's reason), else 0.

Default weights are 60, 24, 8 and 8 (they add up to 100). A facilitator sets others for a class
in ``data/weights.json`` or with ``WORKSHOP_WEIGHTS="pillars=50,relevance=30"``
(``configured_weights``; callers pass weights, or get the configured ones); a participant explores
them with the sliders of notebook 04. With the
defaults, 4 and 4 outranks 5 and 1 even when the 5-and-1 role has full relevance and evidence
(45 points against at most 40).
Other weights are scaled so that a score still runs from 0 to 100.

Roles missing any of the three ratings are listed but not ranked. Ties (scores equal to
0.01) are broken, in this order, by: the more balanced role (higher lower-pillar rating), the
higher relevance, the more recent role (current roles first, then by end date), and finally the
order in which the participant listed the roles. ``enjoyment`` is never part of the score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import config
from .errors import ValidationError, WorkshopError
from .fields import parse_date
from .model import Role, Workspace
from .rating_hint import growth_hint
from .resources import data_dir, load_json
from .result_number import role_number, why_no_number
from .used_later import role_used_later

__all__ = [
    "PARTS",
    "DEFAULT_WEIGHTS",
    "Weights",
    "ScoredRole",
    "Ranking",
    "score_role",
    "rank",
    "explain",
    "EnjoymentTrap",
    "enjoyment_trap",
    "TIE_RULE",
    "configured_weights",
    "parse_weights",
    "has_number",
    "rated_first",
    "rated_below",
]

PARTS = ("pillars", "relevance", "quantified", "used_later")
MAX_WEIGHT = 1000.0
MIN_TOTAL = 1e-6
DEFAULT_WEIGHTS = {"pillars": 60.0, "relevance": 24.0, "quantified": 8.0, "used_later": 8.0}
TIE_RULE = ("Equal scores are ordered by the more balanced role (its lower pillar rating is "
            "higher), then higher relevance, then the more recent role, then your own order.")


@dataclass(frozen=True)
class Weights:
    """How much each part counts; any non-negative numbers, not all zero.

    Attributes:
        pillars: weight of the two pillars together.
        relevance: weight of relevance to the hiring manager's goals.
        quantified: weight of having a result with a number.
        used_later: weight of having a grown skill used later.
    """

    pillars: float = DEFAULT_WEIGHTS["pillars"]
    relevance: float = DEFAULT_WEIGHTS["relevance"]
    quantified: float = DEFAULT_WEIGHTS["quantified"]
    used_later: float = DEFAULT_WEIGHTS["used_later"]

    def __post_init__(self) -> None:
        for name in PARTS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) \
                    or not 0 <= value <= MAX_WEIGHT:
                shown = value if isinstance(value, float) else str(value)[:20]
                raise ValidationError(f"the weight '{name}' is {shown}; use a number from 0 to "
                                      f"{MAX_WEIGHT:g}.", field=f"weights.{name}")
        if self.total < MIN_TOTAL:
            raise ValidationError("all weights are 0 (or too small); give at least one part a "
                                  "weight.", field="weights")

    @property
    def total(self) -> float:
        return sum(getattr(self, n) for n in PARTS)

    @classmethod
    def from_mapping(cls, data: Mapping[str, float] | None) -> Weights:
        """Weights from a dict such as ``{"pillars": 50}``; missing parts keep their default."""
        data = dict(data or {})
        unknown = set(data) - set(PARTS)
        if unknown:
            raise ValidationError(f"unknown weight(s) {', '.join(sorted(unknown))}; the parts are "
                                  f"{', '.join(PARTS)}.", field="weights")
        return cls(**data)

    def to_dict(self) -> dict[str, float]:
        return {n: getattr(self, n) for n in PARTS}


@dataclass(frozen=True)
class ScoredRole:
    """One role with its score and the parts that make it up.

    Attributes:
        role: the role.
        score: 0 to 100, rounded to one decimal; ``None`` for an unrated role.
        parts: points each part contributes (they add up to ``score``); empty when unrated.
        rank: 1 for the strongest; ``None`` for an unrated role.
        position: the role's place in the participant's list (0-based), the last tie-break.
    """

    role: Role
    score: float | None
    parts: dict[str, float] = field(default_factory=dict)
    rank: int | None = None
    position: int = 0
    used_later: bool = False  # the role's entries say a grown skill was used later

    @property
    def ranked(self) -> bool:
        return self.score is not None


def has_number(role: Role) -> bool:
    """The score's ``quantified`` part: the role holds a result's number
    (``result_number.role_number``, the reading 05's draft and check use)."""
    return role_number(role) is not None


def _fractions(role: Role, used_later: bool) -> dict[str, float]:
    r = role.ratings
    sg = (r.skill_growth - 1) / 4
    cr = (r.company_results - 1) / 4
    return {
        "pillars": math.sqrt(sg * cr),
        "relevance": (r.relevance - 1) / 4,
        "quantified": 1.0 if has_number(role) else 0.0,
        "used_later": 1.0 if used_later else 0.0,
    }


def parse_weights(text: str) -> Weights:
    """Weights from ``"pillars=50,relevance=30"``; parts not named keep their default."""
    values = {}
    for item in text.split(","):
        if not item.strip():
            continue
        name, _, value = item.partition("=")
        try:
            values[name.strip()] = float(value)
        except ValueError:
            raise ValidationError(f"'{item.strip()}' should look like pillars=60.",
                                  field="weights") from None
    return Weights.from_mapping(values)


def configured_weights() -> Weights:
    """The class's weights: ``WORKSHOP_WEIGHTS`` if set, else the data folder's
    ``weights.json``, else the defaults. Read once (until ``config.reset()``); a value that can't
    be used is said once, and the defaults are used."""
    return config.kept("weights", _read_configured_weights)


def _read_configured_weights() -> Weights:
    text = config.weights_text()
    if text:
        try:
            return parse_weights(text)
        except WorkshopError as exc:
            config.say_once(f"WORKSHOP_WEIGHTS is '{text[:80]}', which can't be used "
                            f"({exc.message}); the default weights 60, 24, 8 and 8 are used "
                            "instead.")
            return Weights()
    path = data_dir() / "weights.json"
    if not path.is_file():
        return Weights()
    try:
        data = load_json("weights.json")
        return Weights.from_mapping(data.get("weights") if isinstance(data, dict) else None)
    except (WorkshopError, OSError, TypeError, ValueError) as exc:
        reason = exc.message if isinstance(exc, WorkshopError) else "it is not valid JSON"
        config.say_once(f"{path} can't be used ({reason}); the default weights 60, 24, 8 and 8 "
                        "are used instead.")
        return Weights()


def score_role(role: Role, weights: Weights | None = None,
               roles: tuple[Role, ...] = ()) -> tuple[float, dict[str, float]] | None:
    """The score and its parts for one role, or ``None`` if the role is not fully rated.
    ``roles``: the workspace's jobs, which place a later use in time as the draft does."""
    if not role.ratings.complete:
        return None
    weights = weights or configured_weights()
    scale = 100.0 / weights.total
    fractions = _fractions(role, role_used_later(role, roles))
    exact = {n: fractions[n] * getattr(weights, n) * scale for n in PARTS}
    parts = {n: round(v, 2) for n, v in exact.items()}
    return round(sum(exact.values()), 1), parts


def _recency(role: Role) -> tuple[int, int]:
    if role.current:
        return (9999, 12)
    for value in (role.end, role.start):
        if value:
            return parse_date(value)
    return (0, 0)


@dataclass(frozen=True)
class Ranking:
    """All roles of a workspace, ranked.

    Attributes:
        ranked: the fully rated roles, strongest first.
        unranked: the roles missing a rating, in the participant's order.
        weights: the weights used.
    """

    ranked: list[ScoredRole]
    unranked: list[ScoredRole]
    weights: Weights

    @property
    def strongest(self) -> ScoredRole | None:
        return self.ranked[0] if self.ranked else None

    @property
    def runner_up(self) -> ScoredRole | None:
        return self.ranked[1] if len(self.ranked) > 1 else None

    def by_id(self) -> dict[str, ScoredRole]:
        return {s.role.id: s for s in self.ranked + self.unranked}


_RANKINGS_KEPT = 4
# The last few rankings, by the workspace record itself (records are frozen, so the same record
# ranks the same): one change makes a notebook ask for the ranking of the same workspace
# several times (05: the role list, the answer's role, the share export).
_rankings: list[tuple[Workspace, Weights, Ranking]] = []


def rank(workspace: Workspace, weights: Weights | Mapping[str, float] | None = None) -> Ranking:
    """Score every role and order them; deterministic (see the module docstring for ties)."""
    if weights is None:
        weights = configured_weights()
    elif not isinstance(weights, Weights):
        weights = Weights.from_mapping(weights)
    for ranked_ws, ranked_weights, ranking in _rankings:
        if ranked_ws is workspace and ranked_weights == weights:
            return ranking
    ranking = _ranking(workspace, weights)
    _rankings.insert(0, (workspace, weights, ranking))
    del _rankings[_RANKINGS_KEPT:]
    return ranking


def _ranking(workspace: Workspace, weights: Weights) -> Ranking:
    scored, unranked = [], []
    for pos, role in enumerate(workspace.roles):
        result = score_role(role, weights, tuple(workspace.roles))
        if result is None:
            unranked.append(ScoredRole(role=role, score=None, position=pos))
        else:
            scored.append((result, pos, role))

    def key(item):
        (score, _parts), pos, role = item
        r = role.ratings
        recent = _recency(role)
        return (-round(score, 2), -min(r.skill_growth, r.company_results), -r.relevance,
                -recent[0], -recent[1], pos)

    scored.sort(key=key)
    ranked = [ScoredRole(role=role, score=score, parts=parts, rank=i + 1, position=pos,
                         used_later=role_used_later(role, tuple(workspace.roles)))
              for i, ((score, parts), pos, role) in enumerate(scored)]
    return Ranking(ranked=ranked, unranked=unranked, weights=weights)


def _pillar_rank(role: Role) -> tuple[int, float, int]:
    """How far a role's pillar ratings carry it, to compare: how many of the two are given (a
    role rated in one pillar only is a weak answer), then their balanced product (as the
    score's pillars part), then their sum."""
    r = role.ratings
    given = [v for v in (r.skill_growth, r.company_results) if v is not None]
    both = math.sqrt((given[0] - 1) * (given[1] - 1)) if len(given) == 2 else 0.0
    return len(given), round(both, 6), sum(given)


def rated_below(role: Role, other: Role) -> bool:
    """True when the participant's pillar ratings put ``role`` below ``other`` (fewer of the
    two given, else a lower balanced product, else a lower sum)."""
    return _pillar_rank(role) < _pillar_rank(other)


def rated_first(ranking: Ranking) -> Role | None:
    """The role the ratings given so far put first when no role is ranked yet (none has all
    three ratings): by its pillar ratings (``rated_below``), then relevance, then the
    participant's own order; ``None`` when a role is ranked (``Ranking.strongest`` leads) or
    no pillar is rated at all. The draft answers about it, and 04 and the card name it, so
    no job rated low leads the answer while a higher-rated one waits for its third rating."""
    if ranking.ranked:
        return None
    rated = [s for s in ranking.unranked if _pillar_rank(s.role)[0]]
    if not rated:
        return None

    def key(s: ScoredRole) -> tuple:
        count, both, total = _pillar_rank(s.role)
        return (-count, -both, -total, -(s.role.ratings.relevance or 0), s.position)

    return min(rated, key=key).role


def _given(role: Role) -> str:
    """The pillar ratings a role has so far, in words ("skill growth 4/5")."""
    r = role.ratings
    said = [f"{name} {v}/5" for name, v in (("skill growth", r.skill_growth),
                                           ("company results", r.company_results),
                                           ("relevance", r.relevance)) if v is not None]
    return ", ".join(said)


def _pillar_words(role: Role) -> str:
    r = role.ratings
    return f"skill growth {r.skill_growth}/5, company results {r.company_results}/5"


def _what_lacks(winner: ScoredRole, other: ScoredRole) -> list[str]:
    """Plain reasons why ``other`` scores below ``winner``, biggest gap first."""
    gaps = sorted(((winner.parts[n] - other.parts[n], n) for n in PARTS), reverse=True)
    reasons = []
    r = other.role.ratings
    for gap, name in gaps:
        if gap <= 0.05:
            continue
        if name == "pillars":
            low = min(r.skill_growth, r.company_results)
            weak = "skill growth" if r.skill_growth <= r.company_results else "company results"
            if low <= 2:
                reasons.append(f"it is weak in one pillar ({weak} only {low}/5), and a role "
                               "strong in one pillar only makes a weak answer")
            else:
                reasons.append(f"its pillars are lower ({_pillar_words(other.role)})")
        elif name == "relevance":
            reasons.append(f"it is less relevant to the hiring manager's goals "
                           f"({r.relevance}/5 against {winner.role.ratings.relevance}/5)")
        elif name == "quantified":
            why = why_no_number(other.role)
            reasons.append(f"no number in its results counts yet ({why})" if why else
                           "none of its results has a number yet" if other.role.results
                           else "it has no results listed yet")
        elif name == "used_later":
            if not other.role.skills:
                reasons.append("it has no grown skills listed yet")
            elif other.role.current:
                reasons.append("none of its grown skills says where you used it later (it is "
                               "your current job: that may not have happened yet)")
            else:
                reasons.append("none of its grown skills says where you used it later")
    return reasons


@dataclass(frozen=True)
class EnjoymentTrap:
    """The enjoyment trap, decided once for every view (explanation, charts, demo, export).

    The favourites are the roles with the highest enjoyment among *all* roles that have one,
    ranked or not: a job the participant enjoyed most but has not rated yet is still their
    favourite, and it is not their strongest answer (an unrated role is never the strongest).

    Attributes:
        favourites: the most enjoyed roles (ties kept), in ranking order then listed order.
        top: their enjoyment (1 to 5), or ``None`` when no role has one.
        strongest_is_favourite: whether the strongest role is among the favourites; ``None``
            when nothing is ranked or no enjoyment is given.
        all_equal: every role with an enjoyment has the same one (and there are two or more).
    """

    favourites: tuple[ScoredRole, ...]
    top: int | None
    strongest_is_favourite: bool | None
    all_equal: bool

    @property
    def trapped(self) -> bool:
        """True when the job enjoyed most is not the strongest answer."""
        return self.strongest_is_favourite is False

    @property
    def favourite(self) -> ScoredRole | None:
        """The first favourite (the best ranked), or ``None``."""
        return self.favourites[0] if self.favourites else None


def enjoyment_trap(ranking: Ranking) -> EnjoymentTrap:
    """Decide the enjoyment trap for ``ranking`` (see ``EnjoymentTrap``)."""
    rated = [s for s in ranking.ranked + ranking.unranked if s.role.enjoyment is not None]
    if not rated:
        return EnjoymentTrap((), None, None, False)
    top = max(s.role.enjoyment for s in rated)
    favourites = tuple(s for s in rated if s.role.enjoyment == top)
    strongest = ranking.strongest
    is_fav = None if strongest is None else any(s.role.id == strongest.role.id
                                                 for s in favourites)
    return EnjoymentTrap(favourites, top, is_fav, len(rated) > 1 and len(favourites) == len(rated))


def _runner_up_lines(win: ScoredRole, second: ScoredRole) -> list[str]:
    """What the explanation says about the runner-up: a tie, or what it lacks; and, when only
    the runner-up has a grown skill used later, why the winner still wins."""
    diff = win.score - second.score
    if abs(diff) < 0.05:
        lines = [f"{second.role.label} has the same score ({second.score:.1f}). {TIE_RULE}"]
    else:
        reasons = _what_lacks(win, second) or ["its parts add up to a little less"]
        lines = [f"The runner-up is {second.role.label} ({second.score:.1f}, "
                 f"{diff:.1f} points behind): " + "; ".join(reasons) + "."]
    if not win.used_later and second.used_later:
        lines.append(_used_later_note(win, second))
    return lines


def _used_later_note(win: ScoredRole, second: ScoredRole) -> str:
    """Why the strongest role wins although the runner-up has the evidence the advice values
    most (a grown skill used later), said in the advice's terms (issue 24)."""
    why = ("it is your current job, so that may simply not have happened yet"
           if win.role.current else "none of its grown skills says where you used it later")
    return (f"{win.role.label} wins on your ratings of its two pillars and its relevance, "
            f"without the {_points(second, 'used_later')} points for a grown skill "
            f"used later: {why}. {second.role.label} has that evidence: a skill it grew that "
            "you then used for results, the story the advice rates highest. If that story is "
            f"the stronger one to tell, answer with {second.role.label}; if your ratings are "
            "right, lead with the winner and name where its skills already paid off.")


def _points(scored: ScoredRole, part: str) -> str:
    return f"{round(scored.parts.get(part, 0), 1):g}"  # as the table shows it (live43)


def _nothing_ranked(ranking: Ranking) -> str:
    """``explain`` where no role has all three ratings: what to rate, and the role the
    ratings so far put first (``rated_first``), the one 05's draft is about."""
    if not ranking.unranked:
        return "There are no roles yet: add your past jobs in notebook 01."
    ask = ("No role is ranked yet: rate skill growth, company results and relevance for at "
           f"least one of your {len(ranking.unranked)} role(s) in notebooks 02 and 03.")
    first = rated_first(ranking)
    if first is None:
        return ask
    return (f"{ask}\nYour ratings so far put {first.label} first ({_given(first)}): the "
            "draft in 05 is about it until a job is ranked or you choose one.")


def explain(ranking: Ranking) -> str:
    """A plain-language explanation of the winner, the runner-up, ties and the enjoyment trap."""
    if not ranking.ranked:
        return _nothing_ranked(ranking)
    win = ranking.strongest
    r = win.role.ratings
    evidence = []
    number = role_number(win.role)
    if number is not None:
        evidence.append(f"a result with a number ({number})")
    if win.used_later:
        evidence.append("a grown skill you used later")
    lines = [
        f"Your strongest answer is {win.role.label} (score {win.score:.1f} of 100): "
        f"{_pillar_words(win.role)}, relevance {r.relevance}/5"
        + (f", with {' and '.join(evidence)}." if evidence else
           ". Add a result with a number and say where you used a grown skill later to make it "
           "stronger.")
    ]
    if number is None and why_no_number(win.role):
        lines.append(f"Its number does not count yet: {why_no_number(win.role)}.")
    if min(r.skill_growth, r.company_results) <= 2:
        lines.append("Careful: even this role is weak in one pillar. Look for evidence you may "
                     "have missed before building your answer on it.")
    if ranking.runner_up is not None:
        lines.extend(_runner_up_lines(win, ranking.runner_up))
    lines += [hint for s in ranking.ranked if (hint := growth_hint(s.role))]  # rating vs 02
    if ranking.unranked:
        names = ", ".join(s.role.label for s in ranking.unranked)
        lines.append(f"Not ranked until all three ratings are given: {names}.")
    trap = enjoyment_trap(ranking)
    if trap.trapped:
        fav = trap.favourite
        where = (f"it ranks {fav.rank}" if fav.rank is not None
                 else "it is not ranked: it still needs a rating")
        lines.append(f"Notice: the job you enjoyed most, {fav.role.label} (enjoyment "
                     f"{trap.top}/5), is not your strongest answer ({where}). "
                     "Interviewers ask what the job did for your skills and for the "
                     "organisation, not how much you liked it.")
    return "\n".join(lines)
