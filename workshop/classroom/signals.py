"""The teaching signals: what the class summary says a facilitator could discuss next.

Each signal is a share of the class with a one-line suggestion read from
``data/teaching_signals.json`` (a facilitator may rewrite the sentences and thresholds there):

- per pillar, the share whose strongest role lacks it: a skill that grew a level, a result with a
  number, a skill used later (over participants with a rated role);
- the most common missing check in own answers (drafts are never counted);
- the enjoyment trap: the share whose strongest role is not the job they enjoyed most;
- the rating spread: the share of all ratings that are 5 (does the class rate everything 5?);
- where the class is: how many listed roles, rated one, have an answer, edited it, shared; the
  suggestion is for the first stage fewer than the threshold share have reached.

A signal whose share reaches its threshold is marked ``discuss``; below it the ``fine`` sentence
is shown. A signal the class gives no data for yet says so ("no data yet").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..resources import load_json
from .summary import STAGES, ClassSummary

__all__ = ["CHECK_NAMES", "GAP_NAMES", "TeachingSignal", "teaching_signals"]

SIGNALS_FILE = "teaching_signals.json"
CHECK_NAMES = {
    "skill_growth": "skill growth",
    "company_result": "a result for the organisation",
    "quantified": "a number in a result",
    "used_later": "a grown skill used later",
    "goals_match": "the hiring manager's goals",
    "pitfalls": "no pitfalls",
    "length": "length",
}
# what an own answer that misses the check lacks or holds, in the teaching signal's words ("no
# pitfalls: 100%" read as the opposite of what it meant)
GAP_NAMES = {
    "skill_growth": "no skill growth",
    "company_result": "no result for the organisation",
    "quantified": "no number in a result",
    "used_later": "no skill used later",
    "goals_match": "no evidence for the hiring manager's goals",
    "pitfalls": "pitfalls found",
    "length": "too short or too long",
}


@dataclass(frozen=True)
class TeachingSignal:
    """One line of the teaching signals.

    Attributes:
        key: the signal's key in the data file ("pillar_number").
        title: what it measures, in words.
        value: the figure in words ("40% (4 of 10)").
        share: the figure as a share 0..1, or ``None`` without data.
        discuss: True when the share reached the threshold (worth discussing now).
        suggestion: the one-line suggestion for the facilitator.
    """

    key: str
    title: str
    value: str
    share: float | None
    discuss: bool
    suggestion: str

    def to_dict(self) -> dict:
        return asdict(self)


def _pct(part: int, whole: int) -> tuple[float | None, str]:
    if not whole:
        return None, "no data yet"
    share = part / whole
    return round(share, 4), f"{share * 100:.0f}% ({part} of {whole})"


def _threshold(spec: dict) -> float:
    value = spec.get("threshold", 0.25)
    return float(value) if isinstance(value, (int, float)) and 0 <= value <= 1 else 0.25


def _signal(key: str, spec: dict, part: int, whole: int, suffix: str = "") -> TeachingSignal:
    share, value = _pct(part, whole)
    discuss = share is not None and share >= _threshold(spec)
    text = spec.get("discuss" if discuss else "fine", "")
    if share is None:
        text = "Nothing to say yet: no participant gives data for this."
    return TeachingSignal(key, spec.get("title", key), value + suffix, share, discuss, text)


def _missing(spec: dict, s: ClassSummary) -> TeachingSignal:
    title = spec.get("title", "missing_finding")
    if not s.own_answers:
        return TeachingSignal("missing_finding", title,
                              f"no own answers yet ({s.draft_answers} on the draft)", None,
                              bool(s.participants), spec.get("none", ""))
    if not s.missing:
        return TeachingSignal("missing_finding", title,
                              f"none: every own answer passes every check (of {s.own_answers})",
                              0.0, False, spec.get("fine", ""))
    code, count = next(iter(s.missing.items()))
    share, value = _pct(count, s.own_answers)
    discuss = share >= _threshold(spec)
    name = GAP_NAMES.get(code, code)
    text = spec.get("codes", {}).get(code, "") if discuss else spec.get("fine", "")
    return TeachingSignal("missing_finding", title, f"{name}: {value} of own answers", share,
                          discuss, text)


def _progress(spec: dict, s: ClassSummary) -> TeachingSignal:
    title = spec.get("title", "progress")
    value = ", ".join(f"{stage} {s.stages[stage]}" for stage in STAGES)
    if not s.participants:
        return TeachingSignal("progress", title, "no data yet", None, False,
                              "Nothing to say yet: no participant has shared.")
    limit = _threshold(spec)
    for stage in STAGES[:-1]:
        reached = s.stages[stage] / s.participants
        if reached < limit:
            return TeachingSignal("progress", title, f"{value} (of {s.participants})",
                                  round(reached, 4), True,
                                  spec.get("stages", {}).get(stage, ""))
    return TeachingSignal("progress", title, f"{value} (of {s.participants})", 1.0, False,
                          spec.get("fine", ""))


def teaching_signals(summary: ClassSummary) -> list[TeachingSignal]:
    """The teaching signals of a class summary, in the order of the dashboard's page."""
    specs = load_json(SIGNALS_FILE)["signals"]
    s = summary
    ranked = s.ranked_participants
    top = sum(c[4] for c in s.ratings.values())
    spread = f"; {s.all_top_ratings} participant(s) rated everything 5"
    return [
        _progress(specs["progress"], s),
        _signal("pillar_growth", specs["pillar_growth"], s.lacks_growth, ranked),
        _signal("pillar_number", specs["pillar_number"], ranked - s.quantified, ranked),
        _signal("pillar_used_later", specs["pillar_used_later"], s.lacks_used_later, ranked),
        _missing(specs["missing_finding"], s),
        _signal("enjoyment_trap", specs["enjoyment_trap"], s.not_most_enjoyed,
                s.enjoyment_known),
        _signal("rating_spread", specs["rating_spread"], top, s.rating_count,
                spread if s.rating_count else ""),
    ]
