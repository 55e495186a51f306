"""The text alternative of notebook 04's charts: what a screen reader says instead of the picture.

``strongest_alt_text(ranking)`` is made from the same ``Ranking`` the charts are drawn from
(``workshop.charts.figure_strongest``), and says what the charts show, in their order: the
strongest role and where it sits on the two pillars, the order of the roles with their scores
and the parts of each score, and the enjoyment comparison (``scoring.enjoyment_trap``, the rule
the enjoyment chart's title and the explanation follow). Every view that shows the picture uses
it as the image's ``alt``.

It is plain text (no markup): the widget sets it as a DOM property, so participant text in it is
never parsed as HTML.
"""

from __future__ import annotations

import base64
import html
import io

from .charts import save_png
from .glossary import PART_WORDS
from .scoring import PARTS, Ranking, ScoredRole, enjoyment_trap

__all__ = ["strongest_alt_text", "ChartWithAlt"]

_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def _place(rank: int) -> str:
    return _ORDINALS.get(rank, f"number {rank}")


def _parts(scored: ScoredRole) -> str:
    shown = [f"{PART_WORDS[p].legend} {scored.parts.get(p, 0.0):.1f}" for p in PARTS
             if scored.parts.get(p, 0.0) > 0]
    return ", ".join(shown) if shown else "no points"


def strongest_alt_text(ranking: Ranking) -> str:
    """The charts of ``ranking`` in words: strongest role, order, enjoyment comparison."""
    if not ranking.ranked:
        unrated = len(ranking.unranked)
        rest = f" ({unrated} role{'s' if unrated != 1 else ''} not fully rated)" if unrated \
            else ""
        return ("Charts of your roles: empty, because no role is fully rated yet" + rest
                + ". Rate skill growth, company results and relevance in notebooks 02 and 03.")
    top = ranking.strongest
    r = top.role.ratings
    n = len(ranking.ranked)
    corner = ("inside the strongest-answer corner (both pillars 4 or 5)"
              if r.skill_growth >= 4 and r.company_results >= 4 else
              "outside the strongest-answer corner (both pillars 4 or 5)")
    sentences = [
        f"Charts of your {n} ranked role{'s' if n != 1 else ''}.",
        f"Strongest role: {top.role.label}, score {top.score:.1f} of 100, with skill growth "
        f"{r.skill_growth} and company results {r.company_results} of 5 and relevance "
        f"{r.relevance}, {corner}.",
    ]
    order = "; ".join(f"{s.rank}. {s.role.label}: score {s.score:.1f} ({_parts(s)})"
                      for s in ranking.ranked)
    sentences.append(f"Order by score, strongest first: {order}.")
    trap = enjoyment_trap(ranking)  # the one rule the explanation and the chart use too
    if trap.top is None:
        sentences.append("Enjoyment (never scored): not given for any role.")
    elif trap.all_equal:
        sentences.append(f"Enjoyment (never scored): you liked them all the same, {trap.top} "
                         "of 5.")
    elif trap.strongest_is_favourite:
        sentences.append(f"Enjoyment (never scored): the strongest role is also the one you "
                         f"liked most ({trap.top} of 5).")
    else:
        liked = trap.favourite
        where = (f"ranks {_place(liked.rank)}, not first" if liked.rank is not None else
                 "is not fully rated yet")
        sentences.append(f"Enjoyment (never scored): the job you liked most, "
                         f"{liked.role.label} ({trap.top} of 5), {where}: your favourite job "
                         "is not your strongest answer.")
    if ranking.unranked:
        k = len(ranking.unranked)
        sentences.append(f"{k} role{'s are' if k != 1 else ' is'} not ranked yet (not fully "
                         "rated).")
    return " ".join(sentences)


class ChartWithAlt:
    """A figure shown in a notebook as a picture with its text alternative.

    JupyterLab shows a bare figure as an ``<img>`` without ``alt``; this shows it as HTML
    ``<img alt="...">`` (the PNG inside, no file, no network), keeps the PNG for front-ends that
    prefer it, and gives the alt text as its plain-text form (what nbval compares).

    Attributes:
        figure: the matplotlib figure.
        alt: its text alternative (``strongest_alt_text``).
    """

    def __init__(self, figure, alt: str) -> None:
        self.figure = figure
        self.alt = alt

    def png(self) -> bytes:
        buf = io.BytesIO()
        save_png(self.figure, buf)
        return buf.getvalue()

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        payload = base64.b64encode(self.png()).decode("ascii")
        return {
            "text/plain": self.alt,
            "text/html": (f'<img class="workshop-chart" src="data:image/png;base64,{payload}" '
                          f'alt="{html.escape(self.alt, quote=True)}" style="max-width:100%">'),
            "image/png": payload,
        }

    def __repr__(self) -> str:
        return self.alt
