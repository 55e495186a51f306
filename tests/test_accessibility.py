"""Accessibility without a browser: names of controls, the charts' text alternative, contrast.

The browser-side measure is ``make a11y`` (axe-core on every notebook's output) and the
keyboard-only walkthrough in ``test_browser_keyboard.py``; these tests pin the rules behind them
at the package's public surface: every rating button says what its number means on the rubric,
the weights sliders and the role list have names, every chart picture carries a text
alternative made from the same ranking as the picture, and the colours of the kit's text and of
the charts' labels and marks meet WCAG 2.1 AA contrast.
"""

from __future__ import annotations

import re

import ipywidgets as w
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from workshop.alt_text import strongest_alt_text
from workshop.charts import figure_strongest
from workshop.model import Ratings, Result, Role, Skill, Workspace
from workshop.resources import load_json, persona_paths
from workshop.scoring import Weights, rank
from workshop.session import Session
from workshop.store import read_workspace
from workshop.widgets import (
    RatingControl,
    results_editor,
    role_editor,
    skill_growth_editor,
    strongest_role_view,
)
from workshop.widgets.accessible import FOCUS_COLOUR, ChartImage, RatingButtons, Slider
from workshop.widgets.messages import _STYLES
from workshop.widgets.ranking_chart import RankingChart
from workshop.widgets.strongest import StrongestRoleView


def luminance(colour) -> float:
    """WCAG 2.1 relative luminance of a matplotlib or CSS colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_the_wcag_examples():
    """The helper gives WCAG's own figures: black on white 21:1, #767676 on white 4.54:1."""
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "white") == pytest.approx(4.54, abs=0.01)
    assert contrast("#777777", "white") < 4.5


def _role(title, sg, cr, rel, *, enjoyment=None, org="Acme"):
    return Role(title=title, organization=org, ratings=Ratings(sg, cr, rel), enjoyment=enjoyment,
                results=[Result("I helped the company to cut costs", value=12, unit="%")],
                skills=[Skill("planning", "novice", "proficient", "at my next job")])


def _session(tmp_path, ws: Workspace) -> Session:
    session = Session.open(tmp_path / "my_workspace.json")
    session.replace(ws, "test set-up")
    return session


# --- every control has a name that says what it is ------------------------------------------


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def test_each_rating_button_is_named_with_its_rubric_words():
    """Each 1 to 5 button of a rating is named "<rubric title> <n>: <the rubric's words for n>",
    read from data/rubrics.json, and the group is named by its question."""
    rubric = load_json("rubrics.json")["skill_growth"]
    control = RatingControl("skill_growth", heading="How much did this job grow your skills?")
    buttons = next(n for n in _walk(control) if isinstance(n, RatingButtons))
    named = dict(zip([v for _label, v in buttons.options], buttons.names, strict=True))
    for n in range(1, 6):
        assert named[n] == f"{rubric['title']} {n}: {rubric['levels'][str(n)]}"
    assert named[0] == f"{rubric['title']}: not rated"
    assert buttons.group_label == "How much did this job grow your skills?"
    assert [label for label, _ in buttons.options] == ["not rated", "1", "2", "3", "4", "5"]


def test_every_rating_of_notebooks_02_and_03_names_its_buttons(tmp_path):
    """All four ratings in the editors (skill growth, enjoyment, company results, relevance)
    name every button with a number and its rubric text."""
    session = _session(tmp_path, Workspace(roles=[_role("Clerk", 3, 3, 3)]))
    rubrics = load_json("rubrics.json")
    seen = set()
    for editor in (skill_growth_editor(session), results_editor(session)):
        for group in (n for n in _walk(editor) if isinstance(n, RatingButtons)):
            title = next(r["title"] for r in rubrics.values()
                         if group.names[1].startswith(r["title"] + " 1: "))
            seen.add(title)
            assert all(re.match(rf"{re.escape(title)} \d: \S", name) for name in group.names[1:])
            assert group.group_label.strip()
    assert seen == {r["title"] for r in rubrics.values()}


def test_a_rating_chosen_in_the_group_reaches_the_control_listeners():
    """Choosing a button of the group (as a key press or a click does) calls the listeners."""
    control = RatingControl("relevance")
    got = []
    control.on_change(got.append)
    buttons = next(n for n in _walk(control) if isinstance(n, RatingButtons))
    buttons.value = 4
    assert got == [4] and control.value == 4
    assert "4 of 5" in repr(control)


def test_weight_sliders_and_role_list_have_names(tmp_path):
    """The four weights sliders of notebook 04 are named by their part, and notebook 01's list of
    roles has a visible label."""
    session = _session(tmp_path, Workspace(roles=[_role("Clerk", 4, 4, 3)]))
    view = strongest_role_view(session)
    sliders = [n for n in _walk(view) if isinstance(n, Slider)]
    assert [s.description for s in sliders] == ["Both pillars:", "Relevance:",
                                                 "Result with a number:", "Skill used later:"]
    editor = role_editor(session)
    lists = [n for n in _walk(editor) if isinstance(n, w.Select)]
    assert lists and all(s.description.strip() for s in lists)


def test_no_plain_image_or_unnamed_toggle_is_left_in_the_kit_widgets(tmp_path):
    """No view uses ipywidgets' ``Image`` (no alt) or ``ToggleButtons`` (buttons named only by
    their number) any more, and no slider without a name."""
    session = _session(tmp_path, Workspace(roles=[_role("Clerk", 4, 4, 3, enjoyment=2)]))
    views = [skill_growth_editor(session), results_editor(session), role_editor(session),
             strongest_role_view(session)]
    for view in views:
        for node in _walk(view):
            assert not isinstance(node, w.Image | w.ToggleButtons), type(view).__name__
            if isinstance(node, w.FloatSlider | w.IntSlider):
                pytest.fail(f"{type(view).__name__} has an ipywidgets slider, whose handle "
                            "has no accessible name")


# --- the charts' text alternative ---------------------------------------------------------------


def test_alt_text_says_strongest_role_order_and_enjoyment_trap():
    """For a favourite job that is not the strongest answer, the text names the strongest role
    with its score and pillars, lists the roles in rank order, and says that the job enjoyed
    most ranks lower."""
    ws = Workspace(roles=[_role("Festival Assistant", 2, 2, 3, enjoyment=5, org="Sunfield"),
                          _role("Support Agent", 4, 5, 5, enjoyment=2, org="Parcelpoint"),
                          _role("Coordinator", 3, 3, 4, enjoyment=3, org="Tidewater")])
    ranking = rank(ws)
    text = strongest_alt_text(ranking)
    top = ranking.strongest
    assert f"Strongest role: Support Agent, Parcelpoint, score {top.score:.1f} of 100" in text
    assert "skill growth 4 and company results 5" in text
    order = [text.index(f"{s.rank}. {s.role.label}: score {s.score:.1f}") for s in ranking.ranked]
    assert order == sorted(order) and len(order) == 3
    assert ("the job you liked most, Festival Assistant, Sunfield (5 of 5), ranks third, "
            "not first") in text


def test_alt_text_when_the_favourite_is_the_strongest_or_nothing_is_rated():
    """It says so when the strongest role is also the most enjoyed, and explains an empty
    chart in words."""
    ws = Workspace(roles=[_role("Lead", 5, 5, 5, enjoyment=5), _role("Clerk", 2, 2, 2,
                                                                     enjoyment=1)])
    assert "the strongest role is also the one you liked most (5 of 5)" in \
        strongest_alt_text(rank(ws))
    unrated = Workspace(roles=[Role(title="Clerk")])
    text = strongest_alt_text(rank(unrated))
    assert "no role is fully rated yet" in text and "1 role not fully rated" in text


def test_alt_text_follows_the_weights_the_chart_is_drawn_with():
    """The text is made from the ranking the picture is drawn from, weights included."""
    ws = Workspace(roles=[_role("Steady", 4, 4, 1), _role("Relevant", 3, 3, 5)])
    usual = strongest_alt_text(rank(ws))
    tilted = strongest_alt_text(rank(ws, Weights(pillars=1, relevance=90, quantified=0,
                                                 used_later=0)))
    assert usual != tilted
    assert "Strongest role: Relevant" in tilted


@pytest.mark.parametrize("live", [True, False], ids=["notebook 04 live chart", "demo picture"])
def test_view_picture_carries_the_alt_text_of_its_ranking(tmp_path, live):
    """Notebook 04's live chart and the demo's picture have as accessible name (``alt``) the
    text of the ranking they show, and it follows a weight moved on a slider."""
    ws = Workspace(roles=[_role("Steady", 4, 4, 1), _role("Relevant", 3, 3, 5)])
    view = StrongestRoleView(_session(tmp_path, ws), live=live)
    kind = RankingChart if live else ChartImage
    image = next(n for n in _walk(view) if isinstance(n, kind))
    if not live:
        assert bytes(image.value).startswith(b"\x89PNG")
    assert image.alt == strongest_alt_text(view.ranking)
    sliders = {s.description: s for s in _walk(view) if isinstance(s, Slider)}
    sliders["Relevance:"].value = 100
    sliders["Both pillars:"].value = 0
    assert image.alt == strongest_alt_text(view.ranking)
    assert "Strongest role: Relevant" in image.alt


def test_notebook_figure_shows_with_its_alt_text(tmp_path):
    """The figure cell of notebook 04 shows the picture as an HTML image with the same alt
    text, and its plain-text form is that text (what nbval compares)."""
    from workshop.notebook import strongest_figure

    session = _session(tmp_path, Workspace(roles=[_role("Steady", 4, 4, 1, enjoyment=3)]))
    chart = strongest_figure(session)
    bundle = chart._repr_mimebundle_()
    alt = strongest_alt_text(rank(session.workspace))
    assert bundle["text/plain"] == alt
    html = bundle["text/html"]
    assert html.startswith('<img class="workshop-chart" src="data:image/png;base64,')
    assert 'alt="' + alt.replace('"', "&quot;").replace("'", "&#x27;") + '"' in html


def test_alt_text_escapes_nothing_itself_but_the_html_form_does(tmp_path):
    """A role title with markup stays literal in the text, and is escaped in the HTML form."""
    from workshop.notebook import strongest_figure

    session = _session(tmp_path, Workspace(roles=[_role('<b>x</b>" onload="1', 4, 4, 4)]))
    chart = strongest_figure(session)
    assert '<b>x</b>" onload="1' in chart._repr_mimebundle_()["text/plain"]
    assert "<b>x</b>" not in chart._repr_mimebundle_()["text/html"]
    assert '" onload="' not in chart._repr_mimebundle_()["text/html"]


# --- contrast at AA -------------------------------------------------------------------------


def _figure(name: str):
    fig = figure_strongest(rank(read_workspace(persona_paths()[name])))
    FigureCanvasAgg(fig).draw()
    return fig


@pytest.mark.parametrize("name", sorted(persona_paths()))
def test_chart_text_has_aa_contrast_against_what_it_sits_on(name):
    """Every label, title, tick and number in the charts has at least 4.5:1 contrast against
    the figure's white background, and every number written on a marker against the marker."""
    fig = _figure(name)
    background = fig.get_facecolor()
    markers = [c for ax in fig.axes for c in ax.collections]
    for text in fig.findobj(Text):
        if not text.get_visible() or not text.get_text().strip():
            continue
        ratio = contrast(text.get_color(), background)
        assert ratio >= 4.5, f"{text.get_text()!r}: {ratio:.2f}:1 on the background"
    for ax in fig.axes:
        numbers = [t for t in ax.texts if t.get_text().strip().isdigit()]
        for t in numbers:  # the rank numbers sit on the scatter's bubbles
            for marker in markers:
                for face in marker.get_facecolor():
                    rgb = tuple(face[:3]) if face[3] == 1 else tuple(
                        face[3] * c + (1 - face[3]) for c in face[:3])  # over white
                    assert contrast(t.get_color(), rgb) >= 4.5, t.get_text()


@pytest.mark.parametrize("name", sorted(persona_paths()))
def test_chart_marks_are_outlined_so_every_bar_and_bubble_has_3_to_1(name):
    """Non-text contrast (WCAG 1.4.11): every bar and bubble has a boundary of at least 3:1, its
    fill against the white background or its outline against its fill (the pale yellow part
    is outlined in black)."""
    fig = _figure(name)
    background = fig.get_facecolor()
    for ax in fig.axes:
        for patch in ax.patches:
            if not isinstance(patch, Rectangle) or patch.get_width() <= 0 or \
                    patch.get_height() <= 0:
                continue
            fill, edge = patch.get_facecolor(), patch.get_edgecolor()
            if fill[3] == 0:
                continue
            best = max(contrast(fill[:3], background), contrast(edge[:3], fill[:3])
                       if edge[3] > 0 and patch.get_linewidth() > 0 else 0)
            assert best >= 3.0, f"a {patch} in {ax.get_title()!r}: {best:.2f}:1"
        for marker in ax.collections:
            for fill, edge in zip(marker.get_facecolor(), marker.get_edgecolor(), strict=False):
                assert max(contrast(fill[:3], background), contrast(edge[:3], fill[:3])) >= 3


def test_message_and_focus_colours_meet_aa():
    """Each kind of message (info, ok, warning, error) is at least 4.5:1 on its own tint, and
    the focus ring at least 3:1 on white and on the widgets' button grey."""
    for kind, (fg, bg, _symbol) in _STYLES.items():
        assert contrast(fg, bg) >= 4.5, kind
        assert contrast(fg, "white") >= 4.5, kind
    assert contrast(FOCUS_COLOUR, "white") >= 3 and contrast(FOCUS_COLOUR, "#eeeeee") >= 3


def test_the_wide_ranking_table_scrolls_in_a_region_the_keyboard_reaches(tmp_path):
    """Notebook 04's ranking table (wider than the page) sits in a named, focusable region
    that scrolls sideways; its plain form is the DataFrame's and participant text is escaped."""
    from workshop.notebook import ranking_table

    session = _session(tmp_path, Workspace(roles=[_role("<b>Lead</b>", 4, 4, 4)]))
    table = ranking_table(session)
    html = table._repr_html_()
    assert html.startswith('<div role="region" aria-label="The ranking as a table" '
                           'tabindex="0" style="overflow-x:auto')
    assert "<b>Lead</b>" not in html and "&lt;b&gt;Lead&lt;/b&gt;" in html
    assert repr(table) == repr(table.frame) and "job title" in repr(table)
