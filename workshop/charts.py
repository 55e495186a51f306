"""The charts of notebook 04: which role makes the strongest answer, and why.

Each chart takes a ``Ranking`` (``workshop.scoring.rank``) and a matplotlib ``Axes``, draws on it
and returns it; ``figure_strongest`` puts the three on one ``Figure``. Only ranked (fully rated)
roles are drawn: the caller lists the unrated ones. No widgets here, and no pyplot: figures are
made with ``matplotlib.figure.Figure`` so there is no global state and no backend to choose.

Readable without colour: every colour comes with a shape, an outline or a hatch, the palette is
Okabe-Ito (safe for the common kinds of colour blindness), and the score parts differ in
luminance as well as in hue, so a greyscale print still tells them apart.

Roles are numbered by rank (1 is the strongest) in every chart, so a number on the scatter is
keyed to the bar chart's row labels and to the ranking table shown beside the charts.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .scoring import PARTS, Ranking, ScoredRole

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "PART_COLORS",
    "PART_HATCHES",
    "PART_SHORT",
    "strength_scatter",
    "score_bars",
    "enjoyment_vs_strength",
    "figure_strongest",
]

# Okabe-Ito colours, picked so that their greyscale luminance differs (about 87, 162, 213, 119
# of 255): blue, orange, yellow, vermillion.
PART_COLORS = {"pillars": "#0072B2", "relevance": "#E69F00", "quantified": "#F0E442",
               "used_later": "#D55E00"}
PART_HATCHES = {"pillars": "", "relevance": "//", "quantified": "..", "used_later": "xx"}
PART_SHORT = {"pillars": "both pillars", "relevance": "relevance",
              "quantified": "result with a number", "used_later": "skill used later"}

_WINNER = "#E69F00"  # orange star, thick black outline
_OTHER = "#56B4E9"  # sky-blue circle, thin outline
_CORNER = "#DDDDDD"
_ENJOYED = "#CC79A7"  # reddish purple, hatched
_NEUTRAL = "#BBBBBB"
_LABEL_CHARS = 34


def _plain(text: str) -> str:
    """Participant text as matplotlib shows it literally (a ``$`` would start mathtext)."""
    return str(text).replace("\\", "\\\\").replace("$", r"\$")


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _row_label(scored: ScoredRole) -> str:
    return _plain(f"{scored.rank}. {_short(scored.role.label)}")


def _empty(ax: Axes, what: str) -> Axes:
    ax.text(0.5, 0.5, f"No role is fully rated yet:\n{what}", ha="center", va="center",
            transform=ax.transAxes, fontsize=9, wrap=True)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _cluster_offsets(n: int, spacing: float, cols: int) -> list[tuple[float, float]]:
    """Offsets (in points) for ``n`` markers sharing one spot: a centred grid, row by row."""
    rows = math.ceil(n / cols)
    out = []
    for i in range(n):
        r, c = divmod(i, cols)
        in_row = min(cols, n - r * cols)
        x = (c - (in_row - 1) / 2) * spacing
        y = ((rows - 1) / 2 - r) * spacing
        out.append((x, y))
    return out


def _cluster_grid(n: int, unit_x: float, unit_y: float) -> tuple[int, float]:
    """Columns and spacing (points) that fit ``n`` markers into 90% of one rating step."""
    best = (1, 0.0)
    for cols in range(1, n + 1):
        rows = math.ceil(n / cols)
        spacing = min(0.9 * unit_x / cols, 0.9 * unit_y / rows if rows > 1 else 1e9)
        if spacing > best[1] + 1e-9:
            best = (cols, spacing)
    cols, spacing = best
    return cols, min(16.0, max(10.0, spacing))


# --- scatter: skill growth against company results --------------------------------------------


def strength_scatter(ranking: Ranking, ax: Axes, *, legend: str | None = "below") -> Axes:
    """Skill growth (x) against company results (y), 1 to 5; bubble size is relevance.

    The "strongest answer" corner (both pillars 4 or 5) is shaded and labelled. Each bubble holds
    the role's rank; the strongest role is an orange star with a thick outline, the others are
    blue circles with a thin one. Roles with the same two ratings are set side by side in a small
    grid around their spot instead of on top of each other. ``legend`` is "below", "right" or
    ``None``.
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle
    from matplotlib.transforms import offset_copy

    ax.set_xlim(0.4, 5.6)
    ax.set_ylim(0.4, 6.1)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.set_xlabel("Skill growth (1 to 5)")
    ax.set_ylabel("Company results (1 to 5)")
    ax.set_title("Both pillars: skill growth and company results", fontsize=10)
    ax.grid(True, color="#E6E6E6", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    ax.add_patch(Rectangle((3.5, 3.5), 2.1, 2.6, facecolor=_CORNER, edgecolor="#555555",
                           linestyle="--", linewidth=1.0, hatch="", zorder=0.5))
    ax.text(4.55, 5.82, "strongest answers:\nboth pillars 4 or 5", ha="center", va="center",
            fontsize=7.5, color="#222222", zorder=1)
    if not ranking.ranked:
        ax.text(3.0, 3.0, "No role is fully rated yet", ha="center", va="center", fontsize=9)
        return ax

    spots: dict[tuple[int, int], list[ScoredRole]] = {}
    for scored in ranking.ranked:
        r = scored.role.ratings
        spots.setdefault((r.skill_growth, r.company_results), []).append(scored)
    fig = ax.figure
    unit_x, unit_y = _unit_points(ax)
    winner = ranking.strongest
    for (x, y), group in spots.items():
        n = len(group)
        cols, spacing = _cluster_grid(n, unit_x, unit_y)
        fontsize = 7.5 if spacing >= 12.5 else 6.5
        for scored, (dx, dy) in zip(group, _cluster_offsets(n, spacing, cols), strict=True):
            rel = scored.role.ratings.relevance
            if n == 1:
                diameter = 12 + 4.5 * rel  # 16.5 to 34.5 points across
            else:
                diameter = spacing * (0.55 + 0.09 * rel)
            is_winner = scored is winner
            if is_winner:  # a star's middle is small: make it big enough for its number
                diameter = 1.55 * spacing if n > 1 else max(26.0, diameter * 1.3)
            where = offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="points")
            ax.scatter([x], [y], s=diameter ** 2,
                       marker="*" if is_winner else "o",
                       facecolor=_WINNER if is_winner else _OTHER,
                       edgecolor="black", linewidth=2.0 if is_winner else 0.7,
                       alpha=1.0 if is_winner else 0.85, transform=where,
                       zorder=4 if is_winner else 3)
            ax.text(x, y, str(scored.rank), transform=where, ha="center", va="center",
                    fontsize=8.5 if is_winner and n == 1 else fontsize, fontweight="bold",
                    color="black", zorder=5)
    if legend:
        handles = [
            Line2D([], [], marker="*", linestyle="", markersize=14, markerfacecolor=_WINNER,
                   markeredgecolor="black", markeredgewidth=1.6, label="strongest role"),
        ]
        for rel in (1, 3, 5):
            handles.append(Line2D([], [], marker="o", linestyle="", markersize=(12 + 4.5 * rel)
                                  * 0.5, markerfacecolor=_OTHER, markeredgecolor="black",
                                  markeredgewidth=0.7, label=f"relevance {rel}"))
        where = ({"loc": "center left", "bbox_to_anchor": (1.03, 0.5), "ncol": 1,
                  "labelspacing": 1.3} if legend == "right" else
                 {"loc": "upper center", "bbox_to_anchor": (0.5, -0.16), "ncol": 4})
        ax.legend(handles=handles, fontsize=7.5, frameon=False, handletextpad=0.9,
                  columnspacing=1.4, title="numbers are ranks\nbubble size is relevance"
                  if legend == "right" else "numbers are ranks; bubble size is relevance",
                  title_fontsize=7.5, borderpad=0.8, **where)
    return ax


def _unit_points(ax: Axes) -> tuple[float, float]:
    """About how many points one rating step spans across and up (before any layout)."""
    dpi = ax.get_figure(root=True).dpi
    width = ax.bbox.width / dpi * 72
    height = ax.bbox.height / dpi * 72
    aspect = ax.get_box_aspect()
    if aspect is not None:  # a fixed box shape: the box shrinks to fit
        width, height = min(width, height / aspect), min(height, width * aspect)
    return max(20.0, width / 5.2), max(20.0, height / 5.7)


# --- ranked bars of the score's parts ---------------------------------------------------------


def score_bars(ranking: Ranking, ax: Axes, *, legend: bool = True,
               labels: bool = True) -> Axes:
    """The ranked roles as horizontal bars, strongest on top, each split into the score's parts.

    Each part has its own colour and hatch; the score is written at the end of the bar.
    """
    from matplotlib.patches import Patch
    from matplotlib.transforms import offset_copy

    ax.set_title("Score out of 100, and what it is made of", fontsize=10)
    if not ranking.ranked:
        return _empty(ax, "rate your roles in notebooks 02 and 03.")
    n = len(ranking.ranked)
    ys = list(range(n))
    left = [0.0] * n
    for part in PARTS:
        widths = [s.parts.get(part, 0.0) for s in ranking.ranked]
        ax.barh(ys, widths, left=left, height=0.62, color=PART_COLORS[part],
                hatch=PART_HATCHES[part], edgecolor="black", linewidth=0.6,
                label=PART_SHORT[part], zorder=2)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for y, scored in zip(ys, ranking.ranked, strict=True):
        ax.text(scored.score + 1.2, y, f"{scored.score:.1f}", va="center", ha="left",
                fontsize=8, fontweight="bold" if scored.rank == 1 else "normal", zorder=3)
    ax.set_yticks(ys)
    ax.set_yticklabels([_row_label(s) for s in ranking.ranked] if labels else [],
                       fontsize=8 if n <= 10 else 7)
    for tick in ax.get_yticklabels():
        if tick.get_text().startswith("1. "):
            tick.set_fontweight("bold")
    ax.set_ylim(n - 0.5, -0.5)  # strongest on top
    ax.set_xlim(0, 112)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel("score (of 100)")
    ax.grid(True, axis="x", color="#E6E6E6", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    if legend:
        handles = [Patch(facecolor=PART_COLORS[p], hatch=PART_HATCHES[p], edgecolor="black",
                         linewidth=0.6, label=PART_SHORT[p]) for p in PARTS]
        below = offset_copy(ax.transAxes, fig=ax.figure, y=-36, units="points")  # under xlabel
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0),
                  bbox_transform=below, ncol=4, fontsize=7.5, frameon=False, handlelength=2.2,
                  columnspacing=1.0, borderaxespad=0)
    return ax


# --- enjoyment beside the score --------------------------------------------------------------


def _enjoyment_verdict(ranking: Ranking) -> tuple[str, set[str]]:
    """A short sentence on the enjoyment trap, and the ids of the most enjoyed roles."""
    rated = [s for s in ranking.ranked if s.role.enjoyment is not None]
    if not rated:
        return "No enjoyment given yet", set()
    top = max(s.role.enjoyment for s in rated)
    if len(rated) > 1 and all(s.role.enjoyment == top for s in rated):
        return "You liked them all\nthe same", set()
    favourites = {s.role.id for s in rated if s.role.enjoyment == top}
    winner = ranking.strongest
    if winner.role.id in favourites:
        return "Strongest role (1) is also\nthe one you liked most", favourites
    first = min((s for s in rated if s.role.id in favourites), key=lambda s: s.rank)
    return f"Liked most: {first.rank}\nStrongest answer: {winner.rank}", favourites


def enjoyment_vs_strength(ranking: Ranking, ax: Axes, *, labels: bool = True) -> Axes:
    """Enjoyment (1 to 5, never scored) for each ranked role, in rank order, strongest on top.

    Read across from the score bars: when the longest enjoyment bar is not on the top row, the
    job enjoyed most is not the strongest answer; the title says so in words and the most
    enjoyed rows are hatched and coloured. Rows of roles without an enjoyment say "not given".
    """
    verdict, favourites = _enjoyment_verdict(ranking)
    ax.set_title("Enjoyment (not scored)\n" + verdict, fontsize=9)
    if not ranking.ranked:
        return _empty(ax, "rate your roles first.")
    n = len(ranking.ranked)
    fontsize = 8 if n <= 10 else 7
    for y, scored in enumerate(ranking.ranked):
        joy = scored.role.enjoyment
        if joy is None:
            ax.text(0.1, y, "not given", va="center", ha="left", fontsize=fontsize,
                    style="italic", color="#444444")
            continue
        fav = scored.role.id in favourites
        ax.barh([y], [joy], height=0.62, color=_ENJOYED if fav else _NEUTRAL,
                hatch="\\\\" if fav else "", edgecolor="black", linewidth=0.6, zorder=2)
        ax.text(joy + 0.12, y, f"{joy}/5" + (" most" if fav else ""), va="center", ha="left",
                fontsize=fontsize, fontweight="bold" if fav else "normal", zorder=3)
    ax.set_yticks(range(n))
    if labels:
        ax.set_yticklabels([_plain(f"{s.rank}. {_short(s.role.title, 24)} ({s.score:.0f})")
                            for s in ranking.ranked], fontsize=fontsize)
    else:
        ax.tick_params(axis="y", labelleft=False)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlim(0, 8.4)
    ax.set_xticks([1, 3, 5])
    ax.set_xlabel("how much you liked it")
    ax.grid(True, axis="x", color="#E6E6E6", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    return ax


# --- the three together ---------------------------------------------------------------------


def figure_strongest(ranking: Ranking, *, figsize: tuple[float, float] | None = None) -> Figure:
    """The three charts on one figure: the scatter on top, then the score bars with enjoyment
    beside them (the rows line up, so a row reads across: rank, role, score, enjoyment)."""
    from matplotlib.figure import Figure

    n = max(len(ranking.ranked), 1)
    bars_height = max(2.6, 0.3 * n + 1.5)
    if figsize is None:
        figsize = (8.6, 4.6 + bars_height)
    fig = Figure(figsize=figsize, dpi=100, layout="constrained")
    top, bottom = fig.subfigures(2, 1, height_ratios=[4.6, bars_height], hspace=0.02)
    scatter = top.add_subplot()
    scatter.set_box_aspect(0.7)
    strength_scatter(ranking, scatter, legend="right")
    bars, joy = bottom.subplots(1, 2, sharey=True, width_ratios=[3.1, 1.2])
    score_bars(ranking, bars)
    enjoyment_vs_strength(ranking, joy, labels=False)
    return fig
