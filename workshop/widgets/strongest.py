"""Notebook 04's view: which role makes the strongest answer, and why.

It shows the charts with the ranking table right under them, the plain-language explanation, the
roles not ranked yet, and a weights explorer: four sliders that re-rank the roles and say whether
the strongest role changes. Exploring weights never changes the saved workspace. When a rating
changes in another widget (through the session), the table and charts follow.

``strongest_role_view()`` builds it on the kernel's shared session; the notebook displays it.
"""

from __future__ import annotations

import io
from contextlib import contextmanager, nullcontext

import ipywidgets as w

from ..alt_text import strongest_alt_text
from ..errors import ValidationError
from ..glossary import PART_WORDS
from ..model import RATING_NAMES, Workspace
from ..scoring import PARTS, TIE_RULE, Ranking, Weights, configured_weights, explain, rank
from ..session import Session, open_session
from ..tables import PART_COLUMNS
from ._base import TABLE_CSS, Quiet, SessionView, replacing_earlier, role_name
from .accessible import ChartImage, Slider
from .downloads import download_link
from .messages import Message, esc, guarded
from .ranking_chart import RankingChart
from .testing import Driver

__all__ = ["StrongestRoleView", "StrongestDriver", "strongest_role_view", "TABLE_HEADERS",
           "SLIDER_LABELS", "ranking_table_html", "picture_png"]

TABLE_HEADERS = {
    "rank": "Rank", "role": "Role", "skill_growth": "Skill growth",
    "company_results": "Company results", "relevance": "Relevance",
    "enjoyment": "Enjoyed (not scored)", "score": "Score",
    **{column: f"pts: {PART_WORDS[part].heading}" for part, column in PART_COLUMNS.items()},
}
SLIDER_LABELS = {part: words.legend.capitalize() for part, words in PART_WORDS.items()}
_RATING_WORDS = {"skill_growth": "skill growth", "company_results": "company results",
                 "relevance": "relevance"}


def _missing(role) -> str:
    return ", ".join(_RATING_WORDS[k] for k in RATING_NAMES if getattr(role.ratings, k) is None)


def _cell(value: object, decimals: bool) -> str:
    if value is None:
        return "–"
    text = f"{float(value):.1f}" if decimals else str(value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ranking_table_html(ranking: Ranking) -> str:
    """The ranking as notebook 04's table (``TABLE_HEADERS``), strongest first, roles not fully
    rated last with "–" where there is no value; written from the ranking with a plain template
    (0.2 ms where a pandas table took about 10 ms), the same HTML pandas' ``to_html`` gave."""
    head = "".join(f"      <th>{_cell(h, False)}</th>\n" for h in TABLE_HEADERS.values())
    rows = []
    for scored in ranking.ranked + ranking.unranked:
        role, r = scored.role, scored.role.ratings
        values = [(scored.rank, False), (role_name(role), False), (r.skill_growth, False),
                  (r.company_results, False), (r.relevance, False), (role.enjoyment, False),
                  (scored.score, True),
                  *((scored.parts.get(p) if scored.ranked else None, True) for p in PARTS)]
        cells = "".join(f"      <td>{_cell(v, d)}</td>\n" for v, d in values)
        rows.append(f"    <tr>\n{cells}    </tr>\n")
    table = ('<table class="dataframe workshop-table workshop-ranking">\n  <thead>\n'
             f'    <tr style="text-align: right;">\n{head}    </tr>\n  </thead>\n  <tbody>\n'
             f'{"".join(rows)}  </tbody>\n</table>')
    return f'{TABLE_CSS}<div style="overflow-x:auto;max-width:780px">{table}</div>'


def _chart_inputs(ranking: Ranking) -> tuple:
    return (tuple(ranking.weights.to_dict().values()),
            tuple((s.role.id, s.role.label, s.role.title, s.rank, s.score,
                   tuple(s.parts.get(p) for p in PARTS),
                   tuple(s.role.ratings.to_dict().items()), s.role.enjoyment)
                  for s in ranking.ranked))


def picture_png(ranking: Ranking) -> bytes:
    """Notebook 04's three charts drawn by matplotlib (``charts.figure_strongest``), as PNG."""
    from ..charts import figure_strongest, save_png

    buf = io.BytesIO()
    save_png(figure_strongest(ranking), buf)  # one draw, on a renderer kept from the last one
    return buf.getvalue()


class _Block:
    """A block of the live ranking (the ``RankingChart`` trait ``name``), set and read through
    ``value`` as an ``ipywidgets.HTML`` is: the view writes its blocks the same way whether they
    are widgets of their own (the demo) or parts of the live chart (notebook 04)."""

    def __init__(self, chart: RankingChart, name: str) -> None:
        self._chart, self._name = chart, name

    @property
    def value(self) -> str:
        return getattr(self._chart, self._name)

    @value.setter
    def value(self, html: str) -> None:
        setattr(self._chart, self._name, html)


class StrongestRoleView(SessionView):
    """The ranking of notebook 04: charts, table, explanation, unranked roles, weights explorer."""

    def __init__(self, session: Session, *, live: bool = True) -> None:
        """``live``: the charts drawn in the browser from the ranking's rows (notebook 04);
        ``False``: a matplotlib picture redrawn on each change (the facilitator demo, whose
        persona changes only when the facilitator picks another)."""
        self._session = session
        self._ranking: Ranking | None = None
        self._chart_key: object = None  # what the current picture was drawn from
        self.renders = 0  # how many times the charts changed (they change only when needed)
        self._quiet = Quiet()  # sliders set by the view itself, not moved by the participant

        self._message = Message()
        self._heading = w.HTML()
        self._live = RankingChart() if live else None
        self._image = None if live else ChartImage(
            format="png", layout=w.Layout(width="100%", max_width="800px"))
        if live:  # one widget, so a change reaches the page as one message (ranking_chart.py)
            self._explanation, self._chart_note, self._table, self._unranked = (
                _Block(self._live, name) for name in ("explanation", "note", "table",
                                                      "unranked"))
        else:
            self._explanation, self._chart_note, self._unranked = w.HTML(), w.HTML(), w.HTML()
            self._table = w.HTML(layout=w.Layout(width="100%", max_width="800px",
                                                 overflow="auto"))
        self._picture = w.Button(description="Make a picture of the charts (PNG)",
                                 tooltip="Draw the charts as they are now, to download and keep",
                                 layout=w.Layout(width="auto", align_self="flex-start"))
        self._picture.on_click(self._on_picture)
        self._picture_link = w.HTML()

        self._sliders: dict[str, Slider] = {}
        usual = configured_weights().to_dict()
        for part in PARTS:  # named sliders (ipywidgets' slider handles have no name)
            slider = Slider(value=usual[part], min=0.0, max=100.0, step=1.0,
                            description=SLIDER_LABELS[part] + ":", description_width="150px",
                            layout=w.Layout(width="auto", max_width="520px"))
            slider.observe(self._on_weight, names="value")
            self._sliders[part] = slider
        self._reset = w.Button(description="Reset to the usual weights",
                               tooltip="Put the sliders back to the kit's default weights",
                               layout=w.Layout(width="auto", align_self="flex-start"))
        self._reset.on_click(self._on_reset)
        self._verdict = w.HTML()

        shown = ([self._live,  # the explanation, the charts, the table, the unranked roles
                  w.HBox([self._picture, self._picture_link],
                         layout=w.Layout(flex_flow="row wrap", align_items="center"))]
                 if live else
                 [self._explanation, self._image, self._chart_note, self._table,
                  self._unranked])
        super().__init__(session, [
            self._heading,
            self._message,
            *shown,
            w.HTML("<h4 style='margin-bottom:2px'>Try other weights</h4>"
                   "<p style='margin-top:2px'>How much should each part count? Move a slider "
                   "and see whether your strongest role changes. This is only for exploring: "
                   "your saved workspace does not change.</p>"),
            *self._sliders.values(),
            self._reset,
            self._verdict,
        ], layout=w.Layout(max_width="800px", overflow="visible"))  # no scrollbar for a margin
        self.driver = StrongestDriver(self)
        self._guarded_refresh()  # a problem shows as a message, not a traceback

    # public surface ----------------------------------------------------------------------------

    @property
    def weights(self) -> Weights:
        """The weights the sliders are set to (raises ``ValidationError`` when all are 0)."""
        return Weights(**{part: float(s.value) for part, s in self._sliders.items()})

    @property
    def ranking(self) -> Ranking | None:
        """The ranking shown, with the sliders' weights."""
        return self._ranking

    def __repr__(self) -> str:
        ranking = self._ranking
        if ranking is None or not ranking.ranked:
            unrated = len(self._session.workspace.roles)
            return (f"StrongestRoleView: no role ranked yet ({unrated} not fully rated)"
                    if unrated else "StrongestRoleView: no roles yet")
        top = ranking.strongest
        extra = f", {len(ranking.unranked)} not fully rated" if ranking.unranked else ""
        rows = [f"{s.rank}. {role_name(s.role)}: {s.score:.1f}" for s in ranking.ranked]
        return "\n".join([f"StrongestRoleView: {len(ranking.ranked)} ranked{extra}; strongest: "
                          f"{role_name(top.role)}, score {top.score:.1f}", *rows,
                          explain(ranking)])

    # showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        with self._live.hold_sync() if self._live is not None else nullcontext():
            self._refresh()  # notebook 04: every block of the live chart in one message

    def _refresh(self) -> None:
        ws = self._session.workspace
        weights = self.weights
        ranking = rank(ws, weights)
        usual = rank(ws)
        self._ranking = ranking
        custom = weights.to_dict() != usual.weights.to_dict()
        self._heading.value = (
            "<h3 style='margin-bottom:4px'>Your strongest role</h3>"
            + ("<p style='margin-top:0'><b>Ranked with the weights you are trying out below "
               "(not saved).</b></p>" if custom else ""))
        lines = explain(ranking).splitlines()
        self._explanation.value = "".join(f"<p style='margin:4px 0'>{esc(line)}</p>"
                                          for line in lines)
        self._show_charts(ranking)
        self._show_table(ws, ranking)
        self._show_unranked(ranking)
        self._verdict.value = self._verdict_html(usual, ranking, custom) + _shares_html(weights)

    def _show_charts(self, ranking: Ranking) -> None:
        if self._live is not None:
            changed = self._live.show(ranking)  # rows to the browser: no figure in the kernel
        else:
            changed = self._draw_picture(ranking)
        if not changed:
            return  # nothing the charts show has changed: keep them, no flicker
        self.renders += 1
        self._picture_link.value = ""  # a picture made earlier shows an older ranking
        if ranking.ranked:
            self._chart_note.value = (
                "<p style='font-size:90%;margin:2px 0'>Top: each bubble is a role, numbered by "
                "rank; the star is your strongest role and the shaded corner is where both "
                "pillars are 4 or 5. Bottom: each bar is a role's score split into its parts, "
                "with enjoyment (never scored) beside it. The table below gives the same "
                "numbers.</p>")
        else:
            self._chart_note.value = ""

    def _draw_picture(self, ranking: Ranking) -> bool:
        key = _chart_inputs(ranking)
        if key == self._chart_key:
            return False
        self._image.value = picture_png(ranking)
        self._image.alt = strongest_alt_text(ranking)
        self._chart_key = key
        return True

    def picture(self) -> bytes:
        """The charts as they are shown now, drawn by matplotlib as a PNG (what
        "Make a picture of the charts" hands over)."""
        return picture_png(self._ranking if self._ranking is not None
                           else rank(self._session.workspace, self.weights))

    def _show_table(self, ws: Workspace, ranking: Ranking) -> None:
        if not ws.roles:
            self._table.value = "<p>There are no roles yet: add your past jobs in notebook 01.</p>"
            return
        self._table.value = (
            "<p style='margin:6px 0 2px'><b>The ranking as a table</b> (strongest first; the "
            "last four columns are the points each part adds to the score).</p>"
            + ranking_table_html(ranking))

    def _show_unranked(self, ranking: Ranking) -> None:
        if not ranking.unranked:
            self._unranked.value = ""
            return
        items = "".join(f"<li>{esc(role_name(s.role))}: missing {esc(_missing(s.role))}</li>"
                        for s in ranking.unranked)
        self._unranked.value = (
            f"<p style='margin:6px 0 2px'><b>Not ranked yet</b> ({len(ranking.unranked)}): "
            "rate them in notebooks 02 and 03; this view follows on its own.</p>"
            f"<ul style='margin-top:0'>{items}</ul>")

    @staticmethod
    def _verdict_html(usual: Ranking, explored: Ranking, custom: bool) -> str:
        if usual.strongest is None:
            return "<p>Rate at least one role fully to explore the weights.</p>"
        before = role_name(usual.strongest.role)
        after = role_name(explored.strongest.role)
        if not custom:
            text = (f"These are the usual weights: the strongest role is {before}. Move a slider "
                    "to see whether it changes.")
        elif usual.strongest.role.id == explored.strongest.role.id:
            text = f"With these weights the strongest role is still {before}."
        else:
            text = (f"With these weights the strongest role changes from {before} to {after}. "
                    "Your saved ranking uses the usual weights.")
        tie = ""
        second = explored.runner_up
        if second is not None and abs(explored.strongest.score - second.score) < 0.05:
            tie = f" It is a tie on score: {TIE_RULE}"
        return f"<p role='status'><b>{esc(text)}</b>{esc(tie)}</p>"

    # callbacks ---------------------------------------------------------------------------------

    @guarded("_message")
    def _on_weight(self, _change) -> None:
        if self._quiet:
            return
        try:
            self.weights  # noqa: B018 - validates the sliders
        except ValidationError:
            self._message.show("All four weights are 0: give at least one part a weight. The "
                               "ranking shown still uses the last weights that worked.",
                               "warning")
            return
        self._message.clear()
        self.refresh()

    @contextmanager
    def quiet(self):
        """Within it, sliders the view sets itself do not count as the participant's moves."""
        with self._quiet():
            yield

    @guarded("_message")
    def _on_reset(self, _button=None) -> None:
        usual = configured_weights().to_dict()
        with self.quiet():
            for part, slider in self._sliders.items():
                slider.value = usual[part]
        self._message.clear()
        self.refresh()

    @guarded("_message")
    def _on_picture(self, _button=None) -> None:
        data = self.picture()
        self._picture_link.value = download_link(
            "strongest-role-charts.png", data, "Download the picture (PNG)", "image/png")


def _shares_html(weights) -> str:
    """How the sliders' numbers become a score out of 100, said when they do not add up to 100
    (a slider at 8 of 149 gives its part 5.4 points): the explanation and the table count in
    points, and a participant must find the slider's number in them."""
    total = sum(weights.to_dict().values())
    if not total or abs(total - 100) < 0.05:
        return ""
    parts = "; ".join(f"{SLIDER_LABELS[part].lower()} {value:g} of {total:g}, so "
                      f"{round(100 * value / total, 1):g} points"
                      for part, value in weights.to_dict().items())
    return (f"<p class='workshop-weight-shares'>Your sliders add up to {total:g}, and a score "
            f"is out of 100: each part counts its share, in points ({esc(parts)}). The "
            "explanation and the table above count in these points.</p>")


def strongest_role_view(session: Session | None = None) -> StrongestRoleView:
    """The strongest-role view for notebook 04, on the kernel's shared session unless given."""
    session = session if session is not None else open_session()
    return replacing_earlier(StrongestRoleView(session), session)


class StrongestDriver(Driver):
    """Drive a ``StrongestRoleView`` as a participant does: ``weigh(part, value)`` moves the
    slider labelled ``SLIDER_LABELS[part]``, ``press("Reset to the usual weights")``; read the
    chart (``picture``, its PNG bytes), the ``table``, the ``explanation``, the ``unranked``
    roles, the weights' ``verdict`` and the ``heading`` (HTML each), the sliders' positions
    (``weights_shown``) and the order of those blocks on the page (``blocks``)."""

    def __init__(self, view: StrongestRoleView) -> None:
        super().__init__(view)
        self.strongest_view = view

    def slider(self, part: str) -> Slider:
        """The slider of weight ``part`` ("pillars"), found by its label."""
        return self.control(SLIDER_LABELS[part] + ":")

    def weigh(self, part: str, value: float) -> None:
        """Move the slider of ``part`` to ``value`` and let go of it."""
        self.slider(part).value = value

    @property
    def weights_shown(self) -> dict[str, float]:
        """Where each slider stands, by part."""
        return {part: self.slider(part).value for part in SLIDER_LABELS}

    @property
    def picture(self) -> bytes:
        """The charts as a PNG: the picture shown (the demo), or the one "Make a picture of the
        charts" draws (notebook 04)."""
        view = self.strongest_view
        if view._image is not None:
            return bytes(view._image.value)
        return view.picture()

    @property
    def chart(self) -> RankingChart | None:
        """The live chart (notebook 04): its ``rows``, ``verdict`` and ``alt``."""
        return self.strongest_view._live

    @property
    def table(self) -> str:
        return self.strongest_view._table.value

    @property
    def explanation(self) -> str:
        return self.strongest_view._explanation.value

    @property
    def unranked(self) -> str:
        """The HTML of the list of roles not fully rated ("" when every role is ranked)."""
        return self.strongest_view._unranked.value

    @property
    def verdict(self) -> str:
        """The HTML of what the sliders' weights do to the strongest role."""
        return self.strongest_view._verdict.value

    @property
    def heading(self) -> str:
        return self.strongest_view._heading.value

    def blocks(self) -> list[str]:
        """The view's main blocks in the order shown: "heading", "message", "explanation",
        "chart", "table", "unranked", "weights", "verdict"."""
        view = self.strongest_view
        names = {id(view._heading): ["heading"], id(view._message): ["message"],
                 id(view._explanation): ["explanation"], id(view._image): ["chart"],
                 id(view._live): ["explanation", "chart", "table", "unranked"],
                 id(view._table): ["table"], id(view._unranked): ["unranked"],
                 id(view._reset): ["weights"], id(view._verdict): ["verdict"]}
        return [name for x in view.children for name in names.get(id(x), [])]
