"""The charts of notebook 04: drawn from a ranking, readable in greyscale, labels never overlap."""

from __future__ import annotations

import io
import itertools
import random
from dataclasses import replace

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from workshop.charts import (
    PART_COLORS,
    chart_rows,
    enjoyment_vs_strength,
    figure_strongest,
    save_png,
    score_bars,
    strength_scatter,
)
from workshop.edits import add_roles, rate
from workshop.model import Ratings, Result, Role, Skill, Workspace
from workshop.resources import persona_paths
from workshop.scoring import PARTS, rank
from workshop.store import read_workspace


def _role(title, sg, cr, rel, *, enjoyment=None, number=False, used=False, org="Acme"):
    return Role(
        title=title, organization=org, ratings=Ratings(sg, cr, rel), enjoyment=enjoyment,
        results=[Result("I helped the company to grow sales", value=5 if number else None,
                        unit="%" if number else "")],
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
    ws = add_roles(ws, Role(title="Not rated yet"))
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


def _markers(ax, ranking):
    """(relevance, is the star, centre in pixels, width in pixels) of each role drawn."""
    by_rank = {str(s.rank): s for s in ranking.ranked}
    texts = [t for t in ax.texts if t.get_text() in by_rank]
    out = []
    for c, t in zip(ax.collections, texts, strict=True):
        scored = by_rank[t.get_text()]
        (x, y), = c.get_offset_transform().transform(c.get_offsets())
        width = float(np.sqrt(c.get_sizes()[0])) * ax.figure.dpi / 72
        out.append((scored.role.ratings.relevance, scored is ranking.strongest, (x, y), width))
    return out


SHARED_SPOTS = {
    "beside the star": [("Star", 4, 4, 5), ("Next", 4, 4, 4), ("Alone", 2, 3, 3)],
    "a pair and lone roles": [("A", 5, 5, 5), ("B", 3, 1, 5), ("C", 3, 1, 1), ("D", 2, 2, 3),
                              ("E", 1, 4, 4)],
    "five on the star's spot": [(f"R{i}", 4, 4, 1 + i % 5) for i in range(5)] + [("L", 1, 1, 2)],
    "fifteen on one spot": [(f"R{i}", 3, 3, 1 + i % 5) for i in range(15)],
}


@pytest.mark.parametrize("name", sorted(SHARED_SPOTS))
def test_bubble_size_follows_relevance_wherever_a_role_sits(name):
    """A circle's size is a function of relevance alone, the same on a shared spot as alone,
    and the legend's circles are drawn at those same sizes: a role of relevance 4 beside the
    star is never smaller than a lone role of relevance 3."""
    ws = Workspace(roles=[_role(t, sg, cr, rel, number=t in ("Star", "A"))
                          for t, sg, cr, rel in SHARED_SPOTS[name]])
    ranking = rank(ws)
    fig = figure_strongest(ranking)
    ax = fig.axes[0]
    _drawn(fig)
    circles = [(rel, width) for rel, star, _, width in _markers(ax, ranking) if not star]
    for (rel_a, w_a), (rel_b, w_b) in itertools.combinations(circles, 2):
        if rel_a == rel_b:
            assert w_a == pytest.approx(w_b)
        else:
            assert (w_a > w_b) == (rel_a > rel_b), (rel_a, w_a, rel_b, w_b)
    legend = {h.get_label(): h.get_markersize() * fig.dpi / 72
              for h in ax.get_legend().legend_handles}
    for rel, width in circles:
        if f"relevance {rel}" in legend:
            assert legend[f"relevance {rel}"] == pytest.approx(width)


@pytest.mark.parametrize("name", sorted(SHARED_SPOTS))
def test_markers_sharing_a_spot_do_not_touch(name):
    """Markers set side by side on one spot (the star among them) keep white between them,
    and their numbers do not overlap."""
    ws = Workspace(roles=[_role(t, sg, cr, rel, number=t in ("Star", "A"))
                          for t, sg, cr, rel in SHARED_SPOTS[name]])
    ranking = rank(ws)
    fig = figure_strongest(ranking)
    renderer = _drawn(fig)
    ax = fig.axes[0]
    markers = _markers(ax, ranking)
    for (_, _, (xa, ya), wa), (_, _, (xb, yb), wb) in itertools.combinations(markers, 2):
        apart = float(np.hypot(xa - xb, ya - yb))
        if apart < 1.5 * max(wa, wb):  # neighbours on one spot
            assert apart >= (wa + wb) / 2 + 1, (apart, wa, wb)
    numbers = [(t.get_text(), t.get_window_extent(renderer)) for t in ax.texts
               if t.get_text().isdigit()]
    assert _overlaps(numbers) == []


@pytest.mark.parametrize("name", sorted(SHARED_SPOTS))
def test_the_live_chart_gets_the_same_marker_rule(name):
    """The browser's scatter draws from ``chart_rows``: there too a circle's width follows
    relevance alone, the legend's circles match, and markers sharing a spot do not touch."""
    ws = Workspace(roles=[_role(t, sg, cr, rel, number=t in ("Star", "A"))
                          for t, sg, cr, rel in SHARED_SPOTS[name]])
    data = chart_rows(rank(ws))
    legend = dict(data["bubbles"])
    circles = [(r["relevance"], r["marker"][2]) for r in data["rows"] if not r["strongest"]]
    for (rel_a, w_a), (rel_b, w_b) in itertools.combinations(circles, 2):
        assert (w_a == w_b) if rel_a == rel_b else ((w_a > w_b) == (rel_a > rel_b))
    for rel, width in circles:
        assert legend.get(rel, width) == width
    for a, b in itertools.combinations(data["rows"], 2):
        if (a["skill_growth"], a["company_results"]) == (b["skill_growth"], b["company_results"]):
            apart = float(np.hypot(a["marker"][0] - b["marker"][0],
                                   a["marker"][1] - b["marker"][1]))
            assert apart >= (a["marker"][2] + b["marker"][2]) / 2, (a, b)


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
    assert "The job you liked most (rank 2)\nis not your strongest" in ax.get_title()
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


def test_math_markup_and_backslashes_are_drawn_as_typed_never_doubled():
    """A title holding maths markup ($\\frac{1}{$) and a backslash is drawn exactly as typed:
    no label doubles the backslash, none is parsed as mathtext, and the figure draws."""
    title = "Analyst $\\frac{1}{$ C:\\temp"
    ws = Workspace(roles=[_role(title, 4, 4, 4, enjoyment=3)])
    fig = figure_strongest(rank(ws))
    _drawn(fig)
    labels = [t for ax in fig.axes for t in ax.get_yticklabels() if "Analyst" in t.get_text()]
    assert labels and all("\\\\" not in t.get_text() for t in labels)
    assert all(not t.get_parse_math() for t in labels)
    assert any(title in t.get_text() for t in labels)


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


# --- the fixed layout and the refresh path: one draw per picture -----------------------------


def _many(n: int) -> Workspace:
    """``n`` roles copied from the senior professional persona, spread over the ratings (as the
    benchmark's refresh workspaces are)."""
    base = read_workspace(persona_paths()["senior_professional"])
    roles = []
    for i in range(n):
        role = Role.from_dict({**base.roles[i % len(base.roles)].to_dict(), "id": f"m{i}"})
        role = replace(role, title=f"{role.title} {i}",
                       ratings=Ratings(1 + i % 5, 1 + (i * 3) % 5, 1 + (i * 2) % 5))
        roles.append(role)
    return Workspace(roles=roles)


def _wide_labels() -> Workspace:
    """Titles of the widest letters, dollars and a backslash, and one of the narrowest."""
    return Workspace(roles=[
        _role("W" * 60, 5, 5, 5, number=True, used=True, enjoyment=5, org="WWWWWW"),
        _role("Sales $5k to $9k <b> & \\d", 4, 4, 4, org="A&B", enjoyment=2),
        _role("i" * 60, 2, 3, 1),
    ])


LAYOUT_CASES = {
    **{name: (lambda p=path: read_workspace(p)) for name, path in persona_paths().items()},
    "1 role": lambda: Workspace(roles=[_role("Lead", 4, 4, 4, enjoyment=3)]),
    "15 roles": lambda: _many(15),
    "20 roles": lambda: _many(20),
    "15 on one spot": lambda: _fifteen(crowd=15),
    "wide labels": _wide_labels,
    "nothing rated": lambda: Workspace(roles=[Role(title="Unrated")]),
}


class _Counts:
    """Counts figure draws, and text measurements made outside a draw."""

    def __init__(self, monkeypatch):
        import matplotlib.text

        self.draws = 0
        self.measured_outside = 0
        self._drawing = 0
        draw, extent = Figure.draw, matplotlib.text.Text.get_window_extent
        counts = self

        def counted_draw(fig, renderer):
            counts.draws += 1
            counts._drawing += 1
            try:
                return draw(fig, renderer)
            finally:
                counts._drawing -= 1

        def counted_extent(text, renderer=None, dpi=None):
            if not counts._drawing:
                counts.measured_outside += 1
            return extent(text, renderer, dpi)

        monkeypatch.setattr(Figure, "draw", counted_draw)
        monkeypatch.setattr(matplotlib.text.Text, "get_window_extent", counted_extent)


@pytest.mark.parametrize("name", sorted(LAYOUT_CASES))
def test_nothing_is_clipped_and_nothing_overlaps(name):
    """For every persona, 1, 15 and 20 roles, 15 roles on one spot, very wide labels and nothing
    rated, every text of the figure lies inside the picture, no two texts overlap, and the three
    charts do not overlap each other."""
    fig = figure_strongest(rank(LAYOUT_CASES[name]()))
    renderer = _drawn(fig)
    page = fig.bbox.padded(0.5)
    texts = _texts(fig, renderer)
    outside = [t for t, box in texts
               if not (page.x0 <= box.x0 and box.x1 <= page.x1
                       and page.y0 <= box.y0 and box.y1 <= page.y1)]
    assert outside == []
    assert _overlaps(texts) == []
    boxes = [ax.get_window_extent(renderer) for ax in fig.axes]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)


@pytest.mark.parametrize("name", ["career_changer", "20 roles", "wide labels"])
def test_label_margin_fits_the_longest_label(name):
    """The room left of the score bars is worked out from the longest row label without drawing
    it: the widest label starts inside the picture, and less than 0.3 inch from its left edge
    (the estimate is a little generous, never short)."""
    fig = figure_strongest(rank(LAYOUT_CASES[name]()))
    renderer = _drawn(fig)
    bars = fig.axes[1]
    left = min(t.get_window_extent(renderer).x0 for t in bars.get_yticklabels()
               if t.get_visible() and t.get_text())
    assert 0 <= left < 0.3 * fig.dpi


def test_very_wide_labels_are_shortened_so_the_bars_keep_their_room():
    """When a title of wide letters would squeeze the score bars, the row labels are cut
    shorter (with "…") so that the bars stay at least as wide as their title."""
    fig = figure_strongest(rank(_wide_labels()))
    renderer = _drawn(fig)
    bars = fig.axes[1]
    labels = [t.get_text() for t in bars.get_yticklabels()]
    assert labels[0].startswith("1. WWW") and labels[0].endswith("…")
    assert len(labels[0]) < len("1. ") + 34
    assert bars.get_window_extent(renderer).width >= bars.title.get_window_extent(renderer).width


def test_the_figure_has_a_fixed_layout_and_building_it_draws_nothing(monkeypatch):
    """The figure has no layout engine (constrained layout would draw it once more on every
    save); building it neither draws it nor measures a text."""
    counts = _Counts(monkeypatch)
    fig = figure_strongest(rank(_many(20)))
    assert fig.get_layout_engine() is None
    assert counts.draws == 0 and counts.measured_outside == 0


@pytest.mark.parametrize("save", ["savefig", "save_png"])
def test_saving_the_figure_draws_it_once(monkeypatch, save):
    """Saving the figure as a PNG, with ``savefig`` or with ``save_png``, draws it exactly once
    and measures no text outside that draw."""
    fig = figure_strongest(rank(_many(20)))
    counts = _Counts(monkeypatch)
    buf = io.BytesIO()
    if save == "savefig":
        fig.savefig(buf, format="png", dpi=fig.dpi)
    else:
        save_png(fig, buf)
    assert buf.getvalue().startswith(b"\x89PNG")
    assert counts.draws == 1 and counts.measured_outside == 0


def test_a_rating_change_redraws_the_view_charts_once(tmp_path, monkeypatch):
    """In notebook 04's view, a rating change made elsewhere sends the chart's new rows and
    draws no matplotlib figure at all; the demo's picture is redrawn with one draw of one figure,
    and no text is measured outside it."""
    from workshop.session import Session
    from workshop.widgets.strongest import StrongestRoleView

    session = Session.open(tmp_path / "ws.json")
    session.replace(_many(5), "test set-up")
    live, demo = StrongestRoleView(session), StrongestRoleView(session, live=False)
    rows, picture = live.driver.chart.rows, demo.driver.picture
    counts = _Counts(monkeypatch)
    session.change(lambda ws: rate(ws, ws.roles[0].id, "skill_growth", 5), "rate")
    assert counts.draws == 1 and counts.measured_outside == 0  # the demo's one picture
    assert demo.driver.picture != picture and demo.driver.picture.startswith(b"\x89PNG")
    assert live.driver.chart.rows != rows
    changed = session.workspace.roles[0].label
    assert [r["skill_growth"] for r in live.driver.chart.rows if r["label"] == changed] == [5]


def _pixels(png: bytes) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_save_png_gives_the_same_picture_as_savefig():
    """``save_png`` gives the very pixels ``savefig`` gives, also when figures of two sizes take
    turns (its kept renderer is replaced when the size changes)."""
    for n in (3, 20, 3):
        ranking = rank(_many(n))
        expected = io.BytesIO()
        figure_strongest(ranking).savefig(expected, format="png", dpi=100)
        got = io.BytesIO()
        save_png(figure_strongest(ranking), got)
        assert np.array_equal(_pixels(got.getvalue()), _pixels(expected.getvalue()))


def test_save_png_from_two_threads():
    """Two threads saving figures of different sizes at once each get their own picture."""
    import threading

    rankings = {3: rank(_many(3)), 20: rank(_many(20))}
    expected = {}
    for n, ranking in rankings.items():
        buf = io.BytesIO()
        figure_strongest(ranking).savefig(buf, format="png", dpi=100)
        expected[n] = _pixels(buf.getvalue())
    got: dict[int, list[bytes]] = {3: [], 20: []}

    def work(n):
        for _ in range(3):
            buf = io.BytesIO()
            save_png(figure_strongest(rankings[n]), buf)
            got[n].append(buf.getvalue())

    threads = [threading.Thread(target=work, args=(n,)) for n in rankings]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for n, pngs in got.items():
        assert len(pngs) == 3
        assert all(np.array_equal(_pixels(p), expected[n]) for p in pngs)


def test_label_margin_follows_the_font():
    """With another font set in matplotlib's settings, the row labels are measured in that font:
    drawn in a wider monospace font, the widest label still starts inside the picture and close
    to its left edge."""
    import matplotlib

    ranking = rank(_many(20))
    figure_strongest(ranking)  # widths of the usual font are cached first
    with matplotlib.rc_context({"font.family": "monospace"}):
        fig = figure_strongest(ranking)
        renderer = _drawn(fig)
        left = min(t.get_window_extent(renderer).x0 for t in fig.axes[1].get_yticklabels()
                   if t.get_visible() and t.get_text())
    assert 0 <= left < 0.3 * fig.dpi


def test_no_text_of_the_figure_is_smaller_than_ten_points():
    """Every text drawn in the notebook 04 figure (titles, labels, numbers, legends) is at least
    10 points, so it reads at 100% zoom."""
    from matplotlib.text import Text

    ws = Workspace(roles=[_role("Strong", 5, 5, 5, enjoyment=2, number=True),
                          _role("Fun", 2, 2, 2, enjoyment=5)])
    fig = figure_strongest(rank(ws))
    _drawn(fig)
    sizes = {t.get_text(): t.get_fontsize() for t in fig.findobj(Text) if t.get_text().strip()}
    assert sizes and min(sizes.values()) >= 10, {k: v for k, v in sizes.items() if v < 10}


def test_a_long_role_name_is_cut_after_a_whole_word():
    """A chart label too long for its row ends on a whole word and "…", never mid-word."""
    from workshop.charts import _short

    name = "Senior Customer Support Specialist for enterprise accounts, Northwind Logistics"
    label = _short(name, 34)
    assert label.endswith("…") and len(label) <= 34
    kept = label[:-1]
    assert name.startswith(kept) and name[len(kept)] in " ,"
    assert _short("Short title", 34) == "Short title"
