"""The charts of notebook 04: which role makes the strongest answer, and why.

Each chart takes a ``Ranking`` (``workshop.scoring.rank``) and a matplotlib ``Axes``, draws on it
and returns it; ``figure_strongest`` puts the three on one ``Figure``. Only ranked (fully rated)
roles are drawn: the caller lists the unrated ones. No widgets here, and no pyplot: figures are
made with ``matplotlib.figure.Figure`` so there is no pyplot state and no backend to choose.

Notebook 04 redraws the figure on every rating change, so it is made to be quick: its layout is
computed here rather than by matplotlib (a constrained layout draws the figure once more on every
save), and ``save_png`` draws it once, on an Agg renderer kept from the last picture.

Readable without colour: every colour comes with a shape, an outline or a hatch, the palette is
Okabe-Ito (safe for the common kinds of colour blindness), and the score parts differ in
luminance as well as in hue, so a greyscale print still tells them apart.

Roles are numbered by rank (1 is the strongest) in every chart, so a number on the scatter is
keyed to the bar chart's row labels and to the ranking table shown beside the charts.
"""

from __future__ import annotations

import functools
import math
import threading
from typing import TYPE_CHECKING, BinaryIO

from .fields import clip
from .glossary import PART_WORDS
from .scoring import PARTS, Ranking, ScoredRole, enjoyment_trap

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "PART_COLORS",
    "PART_HATCHES",
    "strength_scatter",
    "score_bars",
    "enjoyment_vs_strength",
    "figure_strongest",
    "save_png",
    "chart_rows",
    "chart_legend",
    "marker_layout",
]

# Okabe-Ito colours, picked so that their greyscale luminance differs (about 87, 162, 213, 119
# of 255): blue, orange, yellow, vermillion.
PART_COLORS = {"pillars": "#0072B2", "relevance": "#E69F00", "quantified": "#F0E442",
               "used_later": "#D55E00"}
PART_HATCHES = {"pillars": "", "relevance": "//", "quantified": "..", "used_later": "xx"}

_WINNER = "#E69F00"  # orange star, thick black outline
_OTHER = "#56B4E9"  # sky-blue circle, thin outline
_CORNER = "#DDDDDD"
_ENJOYED = "#CC79A7"  # reddish purple, hatched
_NEUTRAL = "#BBBBBB"
_LABEL_CHARS = 34


FONT = 10  # points: no text of a chart is smaller, so it reads at 100% zoom
TITLE_FONT = 11


def _plain(text: str) -> str:
    """Participant text as it is drawn: unchanged, since every label holding it is drawn with
    ``parse_math=False`` (a ``$`` or a backslash is shown as typed, never as mathtext)."""
    return str(text)


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return clip(text, limit)


def _row_label(scored: ScoredRole, limit: int = _LABEL_CHARS) -> str:
    return _plain(f"{scored.rank}. {_short(scored.role.label, limit)}")


def _hbars(ax: Axes, ys: list[int], widths: list[float], *, colors: list[str],
           hatches: list[str], left: list[float] | None = None,
           label: str = "_nolegend_") -> None:
    """Horizontal bars 0.62 high with a thin black outline, as ``ax.barh`` draws them (a
    ``BarContainer`` of rectangles in ``ax.containers``), without its data-limit bookkeeping:
    every chart here sets its own limits, and with 20 roles (100 bars) that bookkeeping is about
    a quarter of the time it takes to build the figure."""
    from matplotlib.container import BarContainer
    from matplotlib.patches import Rectangle

    lefts = left if left is not None else [0.0] * len(ys)
    bars = []
    for y, width, x, color, hatch in zip(ys, widths, lefts, colors, hatches, strict=True):
        bar = Rectangle((x, y - 0.31), width, 0.62, facecolor=color, edgecolor="black",
                        linewidth=0.6, hatch=hatch, zorder=2, label="_nolegend_")
        ax.add_artist(bar)
        bars.append(bar)
    ax.add_container(BarContainer(bars, datavalues=widths, orientation="horizontal",
                                  label=label))


def _empty(ax: Axes, what: str) -> Axes:
    ax.text(0.5, 0.5, f"No role is fully rated yet:\n{what}", ha="center", va="center",
            transform=ax.transAxes, fontsize=FONT, wrap=True)
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


_GAP = 3.0  # points of white between two markers sharing a spot
_NUMBER_ROOM = 14.0  # points between two markers' centres: room for "15" drawn at 10 points
_SMALLEST_SCALE = 0.4  # a crowded spot shrinks every bubble of the chart, down to this


def _bubble_diameter(relevance: int, scale: float = 1.0) -> float:
    """A circle's width in points for a relevance of 1 to 5: the one size rule of the scatter,
    its legend included (16.5 to 34.5 points at ``scale`` 1)."""
    return scale * (12 + 4.5 * relevance)


def _star_diameter(relevance: int, scale: float) -> float:
    """The strongest role's star: wider than a circle of its relevance (a star's middle is
    small), and never too small for its number."""
    return max(22.0, 26.0 * scale, 1.3 * _bubble_diameter(relevance, scale))


def _cluster_grid(n: int, widest: float, unit_x: float, unit_y: float) -> tuple[int, float, float]:
    """Columns, spacing (points) and how much of one rating step the grid needs, for ``n``
    markers of which the widest is ``widest`` points across: the columns that need least."""
    spacing = max(_NUMBER_ROOM, widest + _GAP)
    best = None
    for cols in range(1, n + 1):
        rows = math.ceil(n / cols)
        need = max(cols * spacing / unit_x, rows * spacing / unit_y if rows > 1 else 0.0)
        if best is None or need < best[2] - 1e-9:
            best = (cols, spacing, need)
    return best


def _marker_diameter(scored: ScoredRole, winner: ScoredRole | None, scale: float) -> float:
    rel = scored.role.ratings.relevance
    return _star_diameter(rel, scale) if scored is winner else _bubble_diameter(rel, scale)


@functools.lru_cache(maxsize=256)
def _widest_fitting(n: int, unit_x: float, unit_y: float) -> float:
    """The largest spacing (points) at which ``n`` markers fit one rating step in some grid."""
    return max(min(unit_x / cols, unit_y / math.ceil(n / cols) if n > cols else math.inf)
               for cols in range(1, n + 1))


def _bubble_scale(spots: dict, winner: ScoredRole | None, unit_x: float, unit_y: float) -> float:
    """One scale for every bubble of the chart: the largest (at most 1) at which each spot's
    markers sit side by side, not touching, within one rating step; never below
    ``_SMALLEST_SCALE`` (a very crowded spot then spreads a little past its step)."""
    scale = 1.0
    for group in spots.values():
        if len(group) < 2:
            continue
        room = _widest_fitting(len(group), unit_x, unit_y) - _GAP  # the widest marker's width
        for scored in group:
            rel = scored.role.ratings.relevance
            if scored is winner:  # the star: max(22, 26 scale, 1.3 circle)
                scale = min(scale, room / 26.0, room / (1.3 * _bubble_diameter(rel))
                            if room >= 22.0 else 0.0)
            else:
                scale = min(scale, room / _bubble_diameter(rel))
    return max(_SMALLEST_SCALE, scale)


def marker_layout(ranking: Ranking, unit_x: float, unit_y: float
                  ) -> tuple[dict[int, tuple[float, float, float]], dict[int, float]]:
    """Where each ranked role's marker goes on the scatter and how wide it is, for a plot whose
    rating step is ``unit_x`` by ``unit_y`` points (or pixels): by rank, its offset from its
    spot (``dx`` right, ``dy`` up) and its width; and the legend's circle widths for relevance
    1, 3 and 5. One rule for both scatters (matplotlib's and the browser's): a circle's width
    follows relevance alone, at one scale for the whole chart, and roles sharing a spot sit in
    a grid with white between them."""
    spots: dict[tuple[int, int], list[ScoredRole]] = {}
    for scored in ranking.ranked:
        r = scored.role.ratings
        spots.setdefault((r.skill_growth, r.company_results), []).append(scored)
    winner = ranking.strongest
    scale = _bubble_scale(spots, winner, unit_x, unit_y)
    out = {}
    for group in spots.values():
        if len(group) == 1:  # most spots: no grid to work out
            out[group[0].rank] = (0.0, 0.0, _marker_diameter(group[0], winner, scale))
            continue
        widest = max(_marker_diameter(s, winner, scale) for s in group)
        cols, spacing, _ = _cluster_grid(len(group), widest, unit_x, unit_y)
        for scored, (dx, dy) in zip(group, _cluster_offsets(len(group), spacing, cols),
                                    strict=True):
            out[scored.rank] = (dx, dy, _marker_diameter(scored, winner, scale))
    return out, {rel: _bubble_diameter(rel, scale) for rel in (1, 3, 5)}


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
    ax.set_title("Both pillars: skill growth and company results", fontsize=TITLE_FONT)
    ax.grid(True, color="#E6E6E6", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    ax.add_patch(Rectangle((3.5, 3.5), 2.1, 2.6, facecolor=_CORNER, edgecolor="#555555",
                           linestyle="--", linewidth=1.0, hatch="", zorder=0.5))
    ax.text(4.55, 5.82, "strongest answers:\nboth pillars 4 or 5", ha="center", va="center",
            fontsize=FONT, color="#222222", zorder=1)
    if not ranking.ranked:
        ax.text(3.0, 3.0, "No role is fully rated yet", ha="center", va="center", fontsize=FONT)
        return ax

    fig = ax.figure
    placed, legend_sizes = marker_layout(ranking, *_unit_points(ax))
    winner = ranking.strongest
    for scored in ranking.ranked:
        r = scored.role.ratings
        x, y = r.skill_growth, r.company_results
        dx, dy, diameter = placed[scored.rank]
        is_winner = scored is winner
        where = offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="points")
        ax.scatter([x], [y], s=diameter ** 2,
                   marker="*" if is_winner else "o",
                   facecolor=_WINNER if is_winner else _OTHER,
                   edgecolor="black", linewidth=2.0 if is_winner else 0.7,
                   alpha=1.0 if is_winner else 0.85, transform=where,
                   zorder=4 if is_winner else 3)
        ax.text(x, y, str(scored.rank), transform=where, ha="center", va="center",
                fontsize=FONT, fontweight="bold", color="black", zorder=5)
    if legend:
        handles = [
            Line2D([], [], marker="*", linestyle="", markersize=14, markerfacecolor=_WINNER,
                   markeredgecolor="black", markeredgewidth=1.6, label="strongest role"),
        ]
        for rel in (1, 3, 5):
            handles.append(Line2D([], [], marker="o", linestyle="",
                                  markersize=legend_sizes[rel],
                                  markerfacecolor=_OTHER, markeredgecolor="black",
                                  markeredgewidth=0.7, label=f"relevance {rel}"))
        where = ({"loc": "center left", "bbox_to_anchor": (1.03, 0.5), "ncol": 1,
                  "labelspacing": 1.3} if legend == "right" else
                 {"loc": "upper center", "bbox_to_anchor": (0.5, -0.16), "ncol": 4})
        ax.legend(handles=handles, fontsize=FONT, frameon=False, handletextpad=0.9,
                  columnspacing=1.4, title="numbers are ranks\nbubble size is relevance"
                  if legend == "right" else "numbers are ranks; bubble size is relevance",
                  title_fontsize=FONT, borderpad=0.8, **where)
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


def score_bars(ranking: Ranking, ax: Axes, *, legend: bool = True, labels: bool = True,
               label_chars: int = _LABEL_CHARS) -> Axes:
    """The ranked roles as horizontal bars, strongest on top, each split into the score's parts.

    Each part has its own colour and hatch; the score is written at the end of the bar. Row
    labels are "rank. title, organisation", shortened with "…" to ``label_chars`` characters.
    """
    from matplotlib.patches import Patch
    from matplotlib.transforms import offset_copy

    ax.set_title("Score out of 100, and what it is made of", fontsize=TITLE_FONT)
    if not ranking.ranked:
        return _empty(ax, "rate your roles in notebooks 02 and 03.")
    n = len(ranking.ranked)
    ys = list(range(n))
    left = [0.0] * n
    for part in PARTS:
        widths = [s.parts.get(part, 0.0) for s in ranking.ranked]
        _hbars(ax, ys, widths, left=left, colors=[PART_COLORS[part]] * n,
               hatches=[PART_HATCHES[part]] * n, label=PART_WORDS[part].legend)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for y, scored in zip(ys, ranking.ranked, strict=True):
        ax.text(scored.score + 1.2, y, f"{scored.score:.1f}", va="center", ha="left",
                fontsize=FONT, fontweight="bold" if scored.rank == 1 else "normal", zorder=3)
    ax.set_yticks(ys)
    shown = ax.set_yticklabels([_row_label(s, label_chars) for s in ranking.ranked]
                               if labels else [],
                               fontsize=FONT, parse_math=False)
    if shown:  # the strongest role's row, always the first
        shown[0].set_fontweight("bold")
    ax.set_ylim(n - 0.5, -0.5)  # strongest on top
    ax.set_xlim(0, 112)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel("score (of 100)")
    ax.grid(True, axis="x", color="#E6E6E6", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    if legend:
        handles = [Patch(facecolor=PART_COLORS[p], hatch=PART_HATCHES[p], edgecolor="black",
                         linewidth=0.6, label=PART_WORDS[p].legend) for p in PARTS]
        below = offset_copy(ax.transAxes, fig=ax.figure, y=-36, units="points")  # under xlabel
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0),
                  bbox_transform=below, ncol=4, fontsize=FONT, frameon=False, handlelength=2.2,
                  columnspacing=1.0, borderaxespad=0)
    return ax


# --- enjoyment beside the score --------------------------------------------------------------


def _enjoyment_verdict(ranking: Ranking) -> tuple[str, set[str]]:
    """A short sentence on the enjoyment trap (``scoring.enjoyment_trap``), and the ids of the
    most enjoyed roles."""
    trap = enjoyment_trap(ranking)
    if trap.top is None:
        return "No enjoyment given yet", set()
    if trap.all_equal:
        return "You liked them all\nthe same", set()
    favourites = {s.role.id for s in trap.favourites}
    if trap.strongest_is_favourite:
        return "Your strongest role is also\nthe one you liked most", favourites
    fav = trap.favourite
    if fav.rank is None:
        return "The job you liked most\nis not rated yet", favourites
    return f"The job you liked most (rank {fav.rank})\nis not your strongest", favourites


def enjoyment_vs_strength(ranking: Ranking, ax: Axes, *, labels: bool = True) -> Axes:
    """Enjoyment (1 to 5, never scored) for each ranked role, in rank order, strongest on top.

    Read across from the score bars: when the longest enjoyment bar is not on the top row, the
    job enjoyed most is not the strongest answer; the title says so in words and the most
    enjoyed rows are hatched and coloured. Rows of roles without an enjoyment say "not given".
    """
    verdict, favourites = _enjoyment_verdict(ranking)
    ax.set_title("Enjoyment (not scored)\n" + verdict, fontsize=FONT)
    if not ranking.ranked:
        return _empty(ax, "rate your roles first.")
    n = len(ranking.ranked)
    fontsize = FONT
    rows, values, colours, hatches = [], [], [], []
    for y, scored in enumerate(ranking.ranked):
        joy = scored.role.enjoyment
        if joy is None:
            ax.text(0.1, y, "not given", va="center", ha="left", fontsize=fontsize,
                    style="italic", color="#444444")
            continue
        fav = scored.role.id in favourites
        rows.append(y)
        values.append(joy)
        colours.append(_ENJOYED if fav else _NEUTRAL)
        hatches.append("\\\\" if fav else "")
        ax.text(joy + 0.12, y, f"{joy}/5" + (" most" if fav else ""), va="center", ha="left",
                fontsize=fontsize, fontweight="bold" if fav else "normal", zorder=3)
    _hbars(ax, rows, values, colors=colours, hatches=hatches)
    ax.set_yticks(range(n))
    if labels:
        ax.set_yticklabels([_plain(f"{s.rank}. {_short(s.role.title, 24)} ({s.score:.1f})")
                            for s in ranking.ranked], fontsize=fontsize, parse_math=False)
    else:
        ax.tick_params(axis="y", labelleft=False)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_xlim(0, 8.4)
    ax.set_xticks([1, 3, 5])
    ax.set_xlabel("how much you liked it")
    ax.grid(True, axis="x", color="#E6E6E6", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    return ax


# --- the same charts as rows, for a live view drawn in the browser ---------------------------


# The browser's scatter (``widgets.ranking_chart``): a plot 380 by 250 pixels for the ratings
# 0.4 to 5.6 across and 0.4 to 6.1 up, so one rating step is this many pixels.
LIVE_SCATTER_UNIT = (380 / 5.2, 250 / 5.7)


def chart_rows(ranking: Ranking) -> dict:
    """What the three charts show, as plain data: one row per ranked role (strongest first)
    with its rank, full label and title, score, the points of each part (in ``PARTS`` order),
    the three ratings and enjoyment, whether it is the strongest role and whether it is among
    the most enjoyed, and its scatter marker (``marker_layout``: offset right, up and width, in
    the live chart's pixels); the enjoyment chart's verdict; and the legend's circle widths
    (``bubbles``, relevance and width). It is the state of notebook 04's live
    chart (``widgets.ranking_chart``), drawn by the browser with ``chart_legend``'s colours, so
    a rating change sends these few hundred bytes instead of a new picture; the matplotlib
    figure (``figure_strongest``) is drawn from the same ``Ranking`` for a kept picture."""
    verdict, favourites = _enjoyment_verdict(ranking)
    winner = ranking.strongest
    placed, legend_sizes = marker_layout(ranking, *LIVE_SCATTER_UNIT)
    rows = []
    for scored in ranking.ranked:
        role, r = scored.role, scored.role.ratings
        dx, dy, size = placed[scored.rank]
        rows.append({
            "rank": scored.rank, "label": " ".join(str(role.label).split()),
            "title": " ".join(str(role.title).split()), "score": round(scored.score, 1),
            "parts": [round(scored.parts.get(p, 0.0), 2) for p in PARTS],
            "skill_growth": r.skill_growth, "company_results": r.company_results,
            "relevance": r.relevance, "enjoyment": role.enjoyment,
            "strongest": scored is winner, "favourite": role.id in favourites,
            "marker": [round(dx, 1), round(dy, 1), round(size, 1)],
        })
    return {"rows": rows, "verdict": verdict,
            "bubbles": [[rel, round(size, 1)] for rel, size in legend_sizes.items()]}


def chart_legend() -> list[dict]:
    """The score parts as the live chart draws them: key, label, colour and hatch (the
    matplotlib charts' ``glossary.PART_WORDS`` legends, ``PART_COLORS`` and ``PART_HATCHES``)."""
    return [{"key": p, "label": PART_WORDS[p].legend, "color": PART_COLORS[p],
             "hatch": PART_HATCHES[p]} for p in PARTS]


# --- the three together ---------------------------------------------------------------------

# The figure is laid out by hand, in inches, from its size and the width of the longest row
# label. matplotlib's constrained layout would do the same from the artists' drawn extents, which
# costs one more full draw on every save; here each PNG is a single draw. The margins hold what
# sits outside the axes: titles above, tick labels and axis labels beside and below, the legends.
_EDGE = 0.06  # blank border around the whole figure
_SCATTER_ASPECT = 0.7  # height / width of the scatter's box
_SCATTER_ABOVE = 0.34  # its title
_SCATTER_BELOW = 0.62  # tick labels and x label, and a gap above the charts underneath
_SCATTER_LEFT = 0.62  # y label and tick labels
_SCATTER_LEGEND = 1.45  # the legend on its right, with its offset from the box
_BARS_BELOW = 0.80  # tick labels, x label, and the parts legend under them
_TICKS = (3.5 + 3.5 + 2.0) / 72  # a tick, its gap to the label, and a hair, in inches
_BARS_GAP = 0.16  # between the score bars and the enjoyment bars
_JOY_SHARE = 1.2 / 4.3  # the enjoyment bars' share of the width the two charts get
_LINE = 1.2  # matplotlib's line spacing, in font sizes


@functools.lru_cache(maxsize=4096)
def _glyph_points(char: str, bold: bool, font: str) -> float:
    """Advance of one character at 10 points, in points, read from the font (no drawing).
    ``font``, the file matplotlib's settings pick now, keys the cache: a new font, new widths."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    prop = FontProperties(size=10, weight="bold" if bold else "normal")
    return text_to_path.get_text_width_height_descent(char, prop, ismath=False)[0]


def _text_inches(text: str, size: float, bold: bool = False) -> float:
    """About how wide a line of text is drawn, in inches: its characters' widths from the font
    (cached by character), plus 4% for kerning and hinting (measured: 1.5% to 7.5% over)."""
    from matplotlib.font_manager import FontProperties, fontManager

    font = fontManager.findfont(FontProperties(weight="bold" if bold else "normal"))
    return 1.04 * sum(_glyph_points(c, bold, font) for c in text) * size / 10 / 72


def _label_inches(ranking: Ranking, limit: int) -> float:
    """How wide the score bars' widest row label is drawn, in inches."""
    size = FONT
    return max((_text_inches(_row_label(s, limit), size, bold=s.rank == 1)
                for s in ranking.ranked), default=0.0)


def figure_strongest(ranking: Ranking, *, figsize: tuple[float, float] | None = None) -> Figure:
    """The three charts on one figure: the scatter on top, then the score bars with enjoyment
    beside them (the rows line up, so a row reads across: rank, role, score, enjoyment).

    The layout is fixed and computed here (see ``_EDGE`` and the margins after it), so saving the
    figure draws it once."""
    from matplotlib.figure import Figure

    n = max(len(ranking.ranked), 1)
    bars_height = max(2.6, 0.3 * n + 1.5)
    if figsize is None:
        figsize = (8.6, 4.6 + bars_height)
    width, height = figsize
    fig = Figure(figsize=figsize, dpi=100)

    def rect(left: float, top: float, w: float, h: float) -> list[float]:
        """An axes position from inches measured from the figure's top left corner."""
        return [left / width, 1 - (top + h) / height, w / width, h / height]

    # top band: the scatter with its legend on the right, centred as a group
    band = height * 4.6 / (4.6 + bars_height)
    box_h = max(1.0, band - _SCATTER_ABOVE - _SCATTER_BELOW)
    box_w = box_h / _SCATTER_ASPECT
    room = width - 2 * _EDGE - _SCATTER_LEFT - _SCATTER_LEGEND
    if box_w > room:
        box_w, box_h = room, room * _SCATTER_ASPECT
    top = _SCATTER_ABOVE + (band - _SCATTER_ABOVE - _SCATTER_BELOW - box_h) / 2
    left = (width - (_SCATTER_LEFT + box_w + _SCATTER_LEGEND)) / 2 + _SCATTER_LEFT
    scatter = fig.add_axes(rect(left, top, box_w, box_h))
    strength_scatter(ranking, scatter, legend="right")

    # bottom band: score bars, row labels on their left, enjoyment bars on their right
    verdict, _ = _enjoyment_verdict(ranking)
    joy_lines = 2 + verdict.count("\n")
    above = max(10 * _LINE, 9 * _LINE * joy_lines) / 72 + (6.0 + 4.0) / 72  # titles, pad, gap
    joy_title = max(_text_inches(line, 9) for line in ["Enjoyment (not scored)",
                                                      *verdict.splitlines()])
    joy_least = joy_title + 0.06
    # the score bars keep at least the width of their title; very wide labels get shorter
    room = (width - 2 * _EDGE - _TICKS - _BARS_GAP - joy_least
            - _text_inches("Score out of 100, and what it is made of", 10) - 0.1)
    chars = _LABEL_CHARS
    label_w = _label_inches(ranking, chars)
    while label_w > room and chars > 8:
        chars -= 2
        label_w = _label_inches(ranking, chars)
    bars_left = _EDGE + label_w + (_TICKS if ranking.ranked else 0.0)
    two = width - bars_left - _EDGE - _BARS_GAP
    joy_w = max(two * _JOY_SHARE, joy_least)
    bars_w = two - joy_w
    bars_top = band + above
    below = _BARS_BELOW if ranking.ranked else _EDGE  # no ticks, labels or legend when empty
    bars_h = max(0.5, height - bars_top - below)
    bars = fig.add_axes(rect(bars_left, bars_top, bars_w, bars_h))
    joy = fig.add_axes(rect(bars_left + bars_w + _BARS_GAP, bars_top, joy_w, bars_h),
                       sharey=bars)
    score_bars(ranking, bars, label_chars=chars)
    enjoyment_vs_strength(ranking, joy, labels=False)
    return fig


# --- to PNG, for a view that redraws often ---------------------------------------------------

_PAINTERS = threading.local()  # per thread: the last Agg renderer, reused while the size holds


def save_png(fig: Figure, out: BinaryIO, *, compress_level: int = 3) -> None:
    """Write the figure to ``out`` (a binary file or ``io.BytesIO``) as a PNG at its own size
    and dpi, drawn once.

    The picture is the one ``fig.savefig(out, format="png")`` makes, less the alpha channel (the
    figure is opaque). It is quicker for a view that redraws on every change: the Agg renderer of
    the last size is kept (one per thread) and with it matplotlib's cache of text sizes, so the
    labels measured on one refresh are not measured again on the next; and the RGB image is
    compressed at ``compress_level`` 3, as small as the default level 6 and quicker.
    """
    from matplotlib.backends.backend_agg import RendererAgg
    from PIL import Image

    # whole pixels as FigureCanvasAgg counts them: 7.199999 inches at 100 dpi are 720 rows
    width, height = (int(v + 1e-8) for v in fig.bbox.max)
    key = (width, height, fig.dpi)
    renderer = getattr(_PAINTERS, "renderer", None)
    if renderer is None or getattr(_PAINTERS, "key", None) != key:
        renderer = RendererAgg(width, height, fig.dpi)
        _PAINTERS.renderer, _PAINTERS.key = renderer, key
    renderer.clear()
    fig.draw(renderer)
    image = Image.frombuffer("RGBA", (width, height), renderer.buffer_rgba(), "raw", "RGBA", 0,
                             1)
    image.convert("RGB").save(out, format="png", compress_level=compress_level,
                              dpi=(fig.dpi, fig.dpi))
