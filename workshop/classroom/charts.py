"""The class charts: each takes a ``ClassSummary`` and a matplotlib ``Axes`` and returns it.

Every chart has its numbers as a table beside it (``chart_tables``, ``chart_frames``). Colours are
Okabe-Ito with a hatch each, so the charts read in greyscale and for the common colour-vision
deficiencies. Every text on a chart is drawn literally (``parse_math=False``): a name holding
``$\\frac{1}{$`` is shown as typed, never parsed as math markup. matplotlib is imported only when a
figure is made, and without pyplot (figures are safe to draw from a background thread).
"""

from __future__ import annotations

import textwrap

from ..skills import OTHER_SKILL
from .render import skills_note
from .signals import CHECK_NAMES
from .summary import SCORE_BINS, STAGES, ClassSummary

__all__ = ["CHART_FILES", "CHART_TITLES", "chart_tables", "chart_frames", "class_figures",
           "plot_score_distribution", "plot_progress", "plot_answer_gaps", "plot_pitfalls",
           "plot_skills_grown", "plot_families_grown", "plot_shares"]

# chart name -> file stem of its PNG and CSV
CHART_FILES = {
    "progress": "class_progress",
    "score_distribution": "score_distribution",
    "answer_gaps": "own_answer_gaps",
    "pitfalls": "pitfalls",
    "skills_grown": "skills_grown",
    "families_grown": "skill_families_grown",
    "shares": "quantified_share",
}
CHART_TITLES = {
    "progress": "Where the class is",
    "score_distribution": "Score of each participant's strongest role",
    "answer_gaps": "Checks missing in own answers",
    "pitfalls": "Most common pitfalls in own answers",
    "skills_grown": "Skills most grown in the class",
    "families_grown": "Skill families most grown in the class",
    "shares": "Share of the class",
}
_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
_HATCHES = ("//", "..", "xx", "\\\\", "oo", "--", "++")
_LITERAL = {"parse_math": False}
_OTHER_LABEL = f"{OTHER_SKILL} (not in the kit's list)"
_RARE_LABEL = "listed, fewer than 3 participants"


def _share(part: int, whole: int):
    return round(part / whole, 4) if whole else ""


def _shares_rows(s: ClassSummary) -> list[list]:
    ranked = s.ranked_participants
    top = sum(c[4] for c in s.ratings.values())
    rows = [
        ("strongest role lacks a skill that grew", s.lacks_growth, ranked),
        ("strongest role lacks a result with a number", ranked - s.quantified, ranked),
        ("strongest role lacks a skill used later", s.lacks_used_later, ranked),
        ("strongest role is not the job enjoyed most", s.not_most_enjoyed, s.enjoyment_known),
        ("own answer passed every check", s.passed, s.own_answers),
        ("ratings that are 5", top, s.rating_count),
    ]
    return [[what, n, of, _share(n, of)] for what, n, of in rows]


def _skill_rows(s: ClassSummary) -> list[list]:
    rows = [[k, v, s.skill_participants.get(k, "")] for k, v in s.skills_grown.items()]
    if s.rare_levels_grown:
        rows.append([_RARE_LABEL, s.rare_levels_grown, ""])
    if s.other_levels_grown:
        rows.append([_OTHER_LABEL, s.other_levels_grown, ""])
    return rows


def chart_tables(summary: ClassSummary) -> dict[str, tuple[list[str], list[list]]]:
    """Each chart's data as (header, rows): what the CSV beside the chart holds."""
    s = summary
    return {
        "progress": (["stage", "participants", "of"],
                     [[stage, s.stages[stage], s.participants] for stage in STAGES]),
        "score_distribution": (["score_from", "score_to", "participants"],
                               [[lo, hi, n] for (lo, hi), n in
                                zip(SCORE_BINS, s.score_histogram, strict=True)]),
        "answer_gaps": (["check", "own_answers_missing_it", "of_own_answers"],
                        [[CHECK_NAMES.get(k, k), v, s.own_answers] for k, v in s.missing.items()]),
        "pitfalls": (["pitfall", "own_answers", "of_own_answers"],
                     [[k, v, s.own_answers] for k, v in s.pitfalls.items()]),
        "skills_grown": (["skill", "levels_grown", "participants"], _skill_rows(s)),
        "families_grown": (["family", "levels_grown", "participants"],
                           [[k, v, s.family_participants[k]] for k, v in s.families_grown.items()]),
        "shares": (["what", "count", "of", "share"], _shares_rows(s)),
    }


def _shown_share(value) -> str:
    return f"{value * 100:.0f}%" if isinstance(value, int | float) else "–"


def chart_frames(summary: ClassSummary) -> dict:
    """Each chart's data as a small pandas table, by chart name, as a facilitator reads it
    beside the charts: headings in words ("own answers missing it", not the CSV's
    ``own_answers_missing_it``) and shares as percentages like the charts' ("11%", not
    0.1111). The CSV files keep ``chart_tables``' names and fractions, for spreadsheets."""
    import pandas as pd

    frames = {}
    for name, (header, rows) in chart_tables(summary).items():
        if "share" in header:
            at = header.index("share")
            rows = [[*row[:at], _shown_share(row[at]), *row[at + 1:]] for row in rows]
        frames[name] = pd.DataFrame(rows, columns=[h.replace("_", " ") for h in header])
    return frames


def _empty(ax, title: str, why: str = "No data yet"):
    ax.set_title(title, **_LITERAL)
    ax.text(0.5, 0.5, why, ha="center", va="center", transform=ax.transAxes, wrap=True,
            **_LITERAL)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def plot_score_distribution(summary: ClassSummary, ax):
    """Bars: participants per band of strongest-role score. Returns ``ax``."""
    title = CHART_TITLES["score_distribution"]
    if not summary.strongest_scores:
        return _empty(ax, title)
    counts = summary.score_histogram
    lefts = [lo for lo, _ in SCORE_BINS]
    bars = ax.bar(lefts, counts, width=10, align="edge", color=_COLOURS[0], hatch=_HATCHES[0],
                  edgecolor="black", linewidth=0.8)
    ax.bar_label(bars, labels=[str(n) if n else "" for n in counts], padding=2)
    ax.set_xticks(range(0, 101, 10))
    ax.set_xlim(0, 100)
    ax.set_xlabel("score (0 to 100)")
    ax.set_ylabel("participants")
    ax.set_ylim(0, max(counts) * 1.2 + 0.5)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    return ax


def _barh(ax, labels: list[str], values: list[float], title: str, xlabel: str, *,
          texts: list[str] | None = None, xmax: float | None = None, plain_last: int = 0):
    if not labels:
        return _empty(ax, title)
    n = len(labels)
    texts = texts or [f"{v:g}" for v in values]
    colours = [_COLOURS[i % len(_COLOURS)] for i in range(n)]
    hatches = [_HATCHES[i % len(_HATCHES)] for i in range(n)]
    for i in range(n - plain_last, n):  # pooled bars ("other") are not skills: plain grey
        colours[i], hatches[i] = "#BBBBBB", ""
    # drawn bottom-up, so reversed: the largest (first) bar ends at the top
    bars = ax.barh(range(n), values[::-1], color=colours[::-1], hatch=hatches[::-1],
                   edgecolor="black", linewidth=0.8)
    ax.bar_label(bars, labels=texts[::-1], padding=3, **_LITERAL)
    ax.set_yticks(range(n), [textwrap.shorten(x, 48, placeholder="...") for x in labels[::-1]],
                  **_LITERAL)
    top = xmax if xmax is not None else max(values) if values else 1
    ax.set_xlim(0, (top or 1) * 1.3)
    if all(isinstance(v, int) for v in values):  # counts: whole-number ticks only
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(xlabel, **_LITERAL)
    ax.set_title(title, **_LITERAL)
    return ax


def plot_progress(summary: ClassSummary, ax):
    """Horizontal bars: how many listed roles, rated, have an answer, edited it, shared."""
    s = summary
    if not s.participants:
        return _empty(ax, CHART_TITLES["progress"])
    labels = ["listed roles", "rated a role", "have an answer (draft or own)",
              "edited into their own", "shared"]
    values = [s.stages[stage] for stage in STAGES]
    return _barh(ax, labels, values, CHART_TITLES["progress"], "participants",
                 texts=[f"{v} of {s.participants}" for v in values], xmax=s.participants)


def plot_answer_gaps(summary: ClassSummary, ax):
    """Horizontal bars: own answers missing each check (drafts never counted)."""
    s = summary
    title = f"{CHART_TITLES['answer_gaps']} (of {s.own_answers} own answers)"
    if not s.own_answers:
        return _empty(ax, title, f"No own answers yet ({s.draft_answers} still the kit's draft)")
    if not s.missing:
        return _empty(ax, title, "Every own answer passes every check")
    items = list(s.missing.items())
    return _barh(ax, [CHECK_NAMES.get(k, k) for k, _ in items], [v for _, v in items], title,
                 "own answers missing it", xmax=s.own_answers)


def plot_pitfalls(summary: ClassSummary, ax, limit: int = 7):
    """Horizontal bars: the most common pitfall categories in own answers. Returns ``ax``."""
    s = summary
    title = f"{CHART_TITLES['pitfalls']} (of {s.own_answers})"
    if not s.own_answers:
        return _empty(ax, title, f"No own answers yet ({s.draft_answers} still the kit's draft)")
    items = list(s.pitfalls.items())[:limit]
    if not items:
        return _empty(ax, title, "No pitfall in any own answer")
    return _barh(ax, [k for k, _ in items], [v for _, v in items], title,
                 "own answers that have it", xmax=s.own_answers)


def plot_skills_grown(summary: ClassSummary, ax, limit: int = 10):
    """Horizontal bars: levels grown per skill shared by enough participants, the pooled rest
    last in grey; the privacy rule is said under the chart."""
    s = summary
    rows = [r for r in _skill_rows(s) if r[0] not in (_RARE_LABEL, _OTHER_LABEL)][:limit]
    pooled = [r for r in _skill_rows(s) if r[0] in (_RARE_LABEL, _OTHER_LABEL)]
    labels = [f"{r[0]} ({r[2]} participants)" for r in rows] + [r[0] for r in pooled]
    values = [r[1] for r in rows + pooled]
    ax = _barh(ax, labels, values, CHART_TITLES["skills_grown"],
               "levels grown (summed over all roles)", plain_last=len(pooled))
    ax.set_xlabel("levels grown (summed over all roles)\n" + textwrap.fill(skills_note(s), 70),
                  **_LITERAL)
    return ax


def plot_families_grown(summary: ClassSummary, ax, limit: int = 10):
    """Horizontal bars: levels grown per skill family (families shared by enough participants).
    """
    s = summary
    items = list(s.families_grown.items())[:limit]
    title = CHART_TITLES["families_grown"]
    if not items:
        return _empty(ax, title, "No data yet: no skill family grown by 3 participants or more")
    ax = _barh(ax, [f"{k} ({s.family_participants[k]} participants)" for k, _ in items],
               [v for _, v in items], title, "levels grown (summed over all roles)")
    ax.set_xlabel("levels grown (summed over all roles)\n" + textwrap.fill(
        "A family is shown only when at least 3 participants grew a skill in it; skills "
        "outside the kit's list are not in any family.", 70), **_LITERAL)
    return ax


def plot_shares(summary: ClassSummary, ax):
    """Horizontal bars, 0 to 100%: what the strongest roles lack, the enjoyment trap, own answers
    passing, top ratings."""
    rows = [r for r in _shares_rows(summary) if r[2]]
    if not rows:
        return _empty(ax, CHART_TITLES["shares"])
    ax = _barh(ax, [r[0] for r in rows], [r[3] * 100 for r in rows], CHART_TITLES["shares"],
               "% of those it applies to",
               texts=[f"{r[3] * 100:.0f}% ({r[1]} of {r[2]})" for r in rows], xmax=100)
    ax.set_xlim(0, 135)
    ax.set_xticks(range(0, 101, 20))
    return ax


_PLOTS = {
    "progress": plot_progress,
    "score_distribution": plot_score_distribution,
    "answer_gaps": plot_answer_gaps,
    "pitfalls": plot_pitfalls,
    "skills_grown": plot_skills_grown,
    "families_grown": plot_families_grown,
    "shares": plot_shares,
}


def class_figures(summary: ClassSummary) -> dict:
    """One matplotlib ``Figure`` per chart (made without pyplot), by chart name."""
    from matplotlib.figure import Figure

    figures = {}
    for name, plot in _PLOTS.items():
        fig = Figure(figsize=(8, 4.2), layout="constrained")
        plot(summary, fig.add_subplot())
        figures[name] = fig
    return figures
