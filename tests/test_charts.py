"""The charts of notebook 04: drawn from a ranking, readable in greyscale, labels never overlap."""

from __future__ import annotations

import io
import itertools
import random

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from workshop.charts import (
    PART_COLORS,
    enjoyment_vs_strength,
    figure_strongest,
    score_bars,
    strength_scatter,
)
from workshop.model import Ratings, Result, Role, Skill, Workspace
from workshop.resources import persona_paths
from workshop.scoring import PARTS, rank
from workshop.store import read_workspace


def _role(title, sg, cr, rel, *, enjoyment=None, number=False, used=False, org="Acme"):
    return Role(
        title=title, organization=org, ratings=Ratings(sg, cr, rel), enjoyment=enjoyment,
        results=[Result("I helped the company to grow", value=5 if number else None)],
        skills=[Skill("planning", "novice", "competent", "at my next job" if used else "")],
    )


def _fifteen(seed: int = 4, crowd: int = 6) -> Workspace:
    rnd = random.Random(seed)
    roles = []
    for i in range(15):
        sg, cr = (4, 4) if i < crowd else (rnd.randint(1, 5), rnd.randint(1, 5))
        roles.append(_role(f"Role number {i} with a long title", sg, cr, rnd.randint(1, 5),
                           enjoyment=rnd.choice([None, 1, 2, 3, 4, 5]), number=bool(i % 2),
                           used=bool(i % 3)))
    return Workspace(roles=roles)


def _drawn(fig: Figure):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def _texts(fig: Figure, renderer):
    """Every visible, non-empty text on the figure with its box on the page."""
    out = []
    for t in fig.findobj(Text):
        if not t.get_visible() or not t.get_text().strip():
            continue
        out.append((t.get_text(), t.get_window_extent(renderer)))
    return out


def _overlaps(items, slack: float = 1.0):
    bad = []
    for (a, ba), (b, bb) in itertools.combinations(items, 2):
        ba2, bb2 = ba.expanded(1, 1).padded(-slack), bb.expanded(1, 1).padded(-slack)
        if ba2.width > 0 and bb2.width > 0 and ba2.overlaps(bb2):
            bad.append((a, b))
    return bad


def _png_grey(fig: Figure) -> np.ndarray:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi)
    import matplotlib.image as mpimg

    buf.seek(0)
    rgba = mpimg.imread(buf, format="png")
    return rgba[..., 0] * 0.299 + rgba[..., 1] * 0.587 + rgba[..., 2] * 0.114


def test_part_colours_differ_in_greyscale():
    """Rendered to PNG and turned grey, the four score parts still have clearly different
    brightness, so the bar chart reads on a greyscale print."""
    ws = Workspace(roles=[_role("Lead", 5, 5, 5, number=True, used=True)])
    fig = Figure(figsize=(6, 2.5), dpi=100)
    ax = fig.add_subplot()
    score_bars(rank(ws), ax, legend=False)
    renderer = _drawn(fig)
    grey = _png_grey(fig)
    height = grey.shape[0]
    levels = {}
    for container in ax.containers:
        (bar,) = container.patches
        box = bar.get_window_extent(renderer)
        x0, x1 = int(box.x0) + 2, int(box.x1) - 2
        y0, y1 = height - int(box.y1) + 2, height - int(box.y0) - 2  # PNG rows go down
        levels[container.get_label()] = float(np.median(grey[y0:y1, x0:x1]))
    assert len(levels) == len(PARTS)
    for (a, la), (b, lb) in itertools.combinations(levels.items(), 2):
        assert abs(la - lb) >= 0.08, (a, la, b, lb)


def test_palette_luminance_is_spread():
    """The palette itself is chosen for luminance: no two part colours within 25 of 255."""
    from matplotlib.colors import to_rgb

    lum = [sum(c * w for c, w in zip(to_rgb(PART_COLORS[p]), (0.299, 0.587, 0.114),
                                     strict=True)) for p in PARTS]
    for a, b in itertools.combinations(lum, 2):
        assert abs(a - b) * 255 >= 25


def test_parts_are_hatched_not_colour_only():
    """Every part but the first carries a hatch pattern, so colour is never the only cue."""
    ws = Workspace(roles=[_role("Lead", 5, 5, 5, number=True, used=True)])
    ax = Figure().add_subplot()
    score_bars(rank(ws), ax)
    hatches = [c.patches[0].get_hatch() for c in ax.containers]
    assert len(set(hatches)) == len(PARTS)


@pytest.mark.parametrize("crowd", [0, 6, 15])
def test_fifteen_roles_have_no_overlapping_labels(crowd):
    """With 15 roles, even all 15 on the same two ratings, no two texts of the figure overlap
    (point numbers, corner label, bar labels, scores, enjoyment values, legends)."""
    ws = _fifteen(crowd=crowd)
    fig = figure_strongest(rank(ws))
    renderer = _drawn(fig)
    texts = _texts(fig, renderer)
    assert sum(1 for t, _ in texts if t.isdigit()) >= 15
    assert _overlaps(texts) == []


def test_scatter_numbers_every_ranked_role_and_skips_unrated():
    """Each ranked role gets its rank written on the scatter; an unrated role is not drawn."""
    ws = _fifteen(crowd=3)
    ws.roles.append(Role(title="Not rated yet"))
    ranking = rank(ws)
    ax = Figure().add_subplot()
    strength_scatter(ranking, ax)
    numbers = sorted(int(t.get_text()) for t in ax.texts if t.get_text().isdigit())
    assert numbers == list(range(1, 16))
    assert len(ax.collections) == 15


def test_scatter_marks_winner_by_shape_and_outline():
    """The strongest role is a star with a thicker outline, not only another colour."""
    ws = Workspace(roles=[_role("A", 4, 4, 4, number=True), _role("B", 5, 1, 5)])
    ax = Figure().add_subplot()
    strength_scatter(rank(ws), ax)
    winner, other = ax.collections
    assert winner.get_linewidths()[0] > other.get_linewidths()[0]
    assert winner.get_paths()[0].vertices.shape != other.get_paths()[0].vertices.shape


def test_scatter_shades_and_labels_the_strongest_corner():
    """The corner where both pillars are 4 or more is shaded and says what it is."""
    ax = Figure().add_subplot()
    strength_scatter(rank(Workspace()), ax)
    corner = [p for p in ax.patches if p.get_x() == 3.5 and p.get_y() == 3.5]
    assert corner
    assert any("both pillars 4 or 5" in t.get_text() for t in ax.texts)


def test_equal_ratings_are_spread_apart():
    """Roles with the same ratings land on distinct positions on the page."""
    ws = Workspace(roles=[_role(f"R{i}", 3, 3, 3) for i in range(5)])
    fig = Figure(figsize=(5, 4), dpi=100)
    ax = fig.add_subplot()
    strength_scatter(rank(ws), ax, legend=None)
    _drawn(fig)
    centres = set()
    for c in ax.collections:
        (x, y), = c.get_offset_transform().transform(c.get_offsets())
        centres.add((round(float(x)), round(float(y))))
    assert len(centres) == 5


def test_bars_are_ranked_with_scores_written():
    """The bar chart lists roles strongest first and writes each score at the bar's end."""
    ws = Workspace(roles=[_role("Weak", 5, 1, 5), _role("Strong", 4, 4, 3, number=True)])
    ranking = rank(ws)
    ax = Figure().add_subplot()
    score_bars(ranking, ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("1. Strong") and labels[1].startswith("2. Weak")
    scores = [t.get_text() for t in ax.texts]
    assert f"{ranking.ranked[0].score:.1f}" in scores
    assert ax.yaxis_inverted()


def test_enjoyment_chart_says_when_favourite_is_not_strongest():
    """When the most enjoyed job is not the strongest, the enjoyment chart says so in words."""
    ws = Workspace(roles=[_role("Strong", 5, 5, 5, enjoyment=2, number=True),
                          _role("Fun", 2, 2, 2, enjoyment=5)])
    ax = Figure().add_subplot()
    enjoyment_vs_strength(rank(ws), ax)
    assert "Liked most: 2" in ax.get_title() and "Strongest answer: 1" in ax.get_title()
    assert any(t.get_text() == "5/5 most" for t in ax.texts)


def test_enjoyment_chart_when_favourite_is_strongest_or_missing():
    """It says so when the strongest job is also the favourite, and "not given" for roles
    without an enjoyment rating."""
    ws = Workspace(roles=[_role("Strong", 5, 5, 5, enjoyment=5), _role("Other", 2, 2, 2)])
    ax = Figure().add_subplot()
    enjoyment_vs_strength(rank(ws), ax)
    assert "also" in ax.get_title()
    assert any(t.get_text() == "not given" for t in ax.texts)


def test_participant_text_is_shown_literally():
    """Dollar signs and markup in a title are drawn as typed, not parsed as maths."""
    ws = Workspace(roles=[_role("Sales $5k to $9k <b>", 4, 4, 4, org="A&B")])
    fig = figure_strongest(rank(ws))
    renderer = _drawn(fig)  # mathtext would fail or eat the dollars
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert any("$5k" in label.replace("\\", "") for label in labels)
    assert renderer is not None


def test_empty_ranking_draws_a_message_not_an_error():
    """With nothing rated the figure still draws and says why it is empty."""
    ws = Workspace(roles=[Role(title="Unrated")])
    fig = figure_strongest(rank(ws))
    _drawn(fig)
    words = " ".join(t.get_text() for t in fig.findobj(Text))
    assert "No role is fully rated yet" in words


@pytest.mark.parametrize("name", sorted(persona_paths()))
def test_every_persona_draws(name, tmp_path):
    """Every sample persona's figure renders to a PNG with three panels."""
    ws = read_workspace(persona_paths()[name])
    fig = figure_strongest(rank(ws))
    fig.savefig(tmp_path / f"{name}.png")
    assert (tmp_path / f"{name}.png").stat().st_size > 10_000
    assert len(fig.axes) == 3
    assert _overlaps(_texts(fig, _drawn(fig))) == []
