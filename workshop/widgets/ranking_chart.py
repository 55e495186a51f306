"""Notebook 04's live ranking: the same three charts as ``workshop.charts``, drawn by the browser,
with the explanation above them and the ranking table and the roles not ranked yet under them.

A rating change used to cost notebook 04's kernel about 270 ms (a matplotlib figure built, drawn
and encoded, 95 KB sent). ``RankingChart`` holds only what the charts show (``charts.chart_rows``:
a few hundred bytes of rows) and its text alternative; the browser draws them with the
matplotlib charts' colours, hatches and labels (``charts.chart_legend``): the scatter as SVG,
the score bars and the enjoyment bars as an HTML grid whose row labels wrap instead of being cut.
The blocks around the chart (``explanation``, ``note``, ``table``, ``unranked``) are traits of
the same widget, so a change that moves the ranking reaches the page as one message, not one per
block (each message costs a kernel about 0.6 to 1 ms: ``docs/live_views.md``).

The chart is written with DOM calls only (``textContent``, ``setAttribute``), so participant
text is never parsed as HTML; the blocks around it are HTML the kernel wrote with every
participant's word escaped (as an ``ipywidgets.HTML`` holds it: ``strongest.ranking_table_html``,
``messages.esc``). The chart is one ``role="img"`` with the text alternative
(``alt_text.strongest_alt_text``) as its accessible name, as the PNG's ``alt`` was; the table
beside it is a real ``<table>`` with its headings. A picture to keep (PNG) is still drawn by
matplotlib, from the same ranking (``StrongestRoleView``).
"""

from __future__ import annotations

import anywidget
import traitlets as t

from ..alt_text import strongest_alt_text
from ..charts import chart_legend, chart_rows
from ..scoring import Ranking
from .accessible import _CSS

__all__ = ["RankingChart"]

_CHART_CSS = _CSS + """
.workshop-live-chart { font-size: 13px; color: #111; max-width: 800px; width: 100%;
  box-sizing: border-box; overflow: hidden; }
.workshop-live-chart svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.workshop-live-chart svg text { font-family: inherit; fill: #111; }
.workshop-live-chart .wlc-title { font-weight: bold; text-align: center; margin: 8px 0 4px; }
.workshop-live-chart .wlc-grid { display: grid; column-gap: 8px; row-gap: 3px;
  grid-template-columns: minmax(6em, max-content) minmax(120px, 3fr) max-content
    minmax(150px, 1fr);
  align-items: center; }
.workshop-live-chart .wlc-label { text-align: right; overflow-wrap: anywhere; max-width: 22em; }
.workshop-live-chart .wlc-track { position: relative; height: 20px; display: flex;
  align-items: center; }
.workshop-live-chart .wlc-seg { height: 18px; box-sizing: border-box; border: 0.6px solid #000;
  flex: none; }
.workshop-live-chart .wlc-value { margin-left: 4px; white-space: nowrap; }
.workshop-live-chart .wlc-head { font-weight: bold; font-size: 12px; text-align: center; }
.workshop-live-chart .wlc-note { font-style: italic; color: #444; }
.workshop-live-chart .wlc-legend { display: flex; flex-wrap: wrap; gap: 4px 14px;
  justify-content: center; margin-top: 6px; }
.workshop-live-chart .wlc-swatch { display: inline-block; width: 22px; height: 12px;
  border: 0.6px solid #000; vertical-align: middle; margin-right: 4px; }
.workshop-live-chart .wlc-empty { text-align: center; margin: 12px 0; }
.wlc-block:empty { display: none; }
"""

_CHART_ESM = r"""
const SVG = "http://www.w3.org/2000/svg";
const WINNER = "#E69F00", OTHER = "#56B4E9", CORNER = "#DDDDDD", ENJOYED = "#CC79A7",
  NEUTRAL = "#BBBBBB";
const HATCH = {
  "": "none",
  "//": "repeating-linear-gradient(135deg, transparent 0 3px, rgba(0,0,0,.75) 3px 4px)",
  "..": "radial-gradient(circle, rgba(0,0,0,.8) 1px, transparent 1.4px) 0 0 / 5px 5px",
  "xx": "repeating-linear-gradient(45deg, transparent 0 3px, rgba(0,0,0,.7) 3px 4px), " +
        "repeating-linear-gradient(135deg, transparent 0 3px, rgba(0,0,0,.7) 3px 4px)",
  "\\\\": "repeating-linear-gradient(45deg, transparent 0 3px, rgba(0,0,0,.75) 3px 4px)",
};
function node(tag, attrs, parent, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  parent.appendChild(n);
  return n;
}
function div(cls, parent, text) {
  const n = document.createElement("div");
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  parent.appendChild(n);
  return n;
}
function fill(el, color, hatch) {
  const h = HATCH[hatch] || "none";
  el.style.background = h === "none" ? color : h + ", " + color;
}
function star(cx, cy, r) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + i * Math.PI / 5, rr = i % 2 ? r * 0.45 : r;
    pts.push((cx + rr * Math.cos(a)).toFixed(1) + "," + (cy + rr * Math.sin(a)).toFixed(1));
  }
  return pts.join(" ");
}
function scatter(rows, bubbles, parent) {
  const W = 640, H = 330, L = 52, T = 30, PW = 380, PH = 250;
  const svg = node("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H,
                            "aria-hidden": "true", focusable: "false" }, parent);
  const x = v => L + (v - 0.4) / 5.2 * PW, y = v => T + PH - (v - 0.4) / 5.7 * PH;
  node("text", { x: L + PW / 2, y: 18, "text-anchor": "middle", "font-weight": "bold" }, svg,
       "Both pillars: skill growth and company results");
  for (let v = 1; v <= 5; v++) {
    node("line", { x1: x(v), x2: x(v), y1: T, y2: T + PH, stroke: "#E6E6E6" }, svg);
    node("line", { x1: L, x2: L + PW, y1: y(v), y2: y(v), stroke: "#E6E6E6" }, svg);
    node("text", { x: x(v), y: T + PH + 16, "text-anchor": "middle" }, svg, String(v));
    node("text", { x: L - 8, y: y(v) + 4, "text-anchor": "end" }, svg, String(v));
  }
  node("rect", { x: x(3.5), y: T, width: x(5.6) - x(3.5), height: y(3.5) - T, fill: CORNER,
                 stroke: "#555", "stroke-dasharray": "5 3" }, svg);
  node("text", { x: x(4.55), y: y(5.62), "text-anchor": "middle" }, svg, "strongest answers:");
  node("text", { x: x(4.55), y: y(5.62) + 15, "text-anchor": "middle" }, svg,
       "both pillars 4 or 5");
  node("rect", { x: L, y: T, width: PW, height: PH, fill: "none", stroke: "#000" }, svg);
  node("text", { x: L + PW / 2, y: T + PH + 34, "text-anchor": "middle" }, svg,
       "Skill growth (1 to 5)");
  node("text", { x: 14, y: T + PH / 2, "text-anchor": "middle",
                 transform: `rotate(-90 14 ${T + PH / 2})` }, svg, "Company results (1 to 5)");
  // each marker's offset and width come from the kernel (charts.marker_layout): a circle's
  // width follows relevance alone, and roles sharing a spot keep white between them
  for (const r of rows) {
    const [dx, dy, size] = r.marker;
    const cx = x(r.skill_growth) + dx, cy = y(r.company_results) - dy;
    if (r.strongest) {
      node("polygon", { points: star(cx, cy, size / 2), fill: WINNER, stroke: "#000",
                        "stroke-width": 2 }, svg);
    } else {
      node("circle", { cx, cy, r: size / 2, fill: OTHER, "fill-opacity": 0.85,
                       stroke: "#000", "stroke-width": 0.7 }, svg);
    }
    node("text", { x: cx, y: cy + 4, "text-anchor": "middle", "font-weight": "bold" }, svg,
         String(r.rank));
  }
  const lx = L + PW + 24;
  node("polygon", { points: star(lx + 14, 84, 11), fill: WINNER, stroke: "#000",
                    "stroke-width": 1.6 }, svg);
  node("text", { x: lx + 36, y: 88 }, svg, "strongest role");
  bubbles.forEach(([rel, size], i) => {
    node("circle", { cx: lx + 14, cy: 122 + i * 38, r: size / 2, fill: OTHER,
                     stroke: "#000", "stroke-width": 0.7 }, svg);
    node("text", { x: lx + 36, y: 126 + i * 38 }, svg, "relevance " + rel);
  });
  node("text", { x: lx, y: 250 }, svg, "numbers are ranks;");
  node("text", { x: lx, y: 266 }, svg, "bubble size is relevance");
}
function bars(rows, legend, verdict, parent) {
  const grid = div("wlc-grid", parent);
  div("", grid);
  div("wlc-head", grid, "Score out of 100, and what it is made of").style.gridColumn = "2 / 4";
  const joyHead = div("wlc-head", grid, "Enjoyment (not scored)");
  for (const line of verdict.split("\n")) div("", joyHead, line).style.fontWeight = "normal";
  for (const r of rows) {
    const label = div("wlc-label", grid, r.rank + ". " + r.label);
    if (r.rank === 1) label.style.fontWeight = "bold";
    const track = div("wlc-track", grid);
    r.parts.forEach((pts, i) => {
      if (pts <= 0) return;
      const seg = div("wlc-seg", track);
      seg.style.width = pts + "%";
      fill(seg, legend[i].color, legend[i].hatch);
    });
    const score = div("wlc-value", grid, r.score.toFixed(1));
    if (r.rank === 1) score.style.fontWeight = "bold";
    const joy = div("wlc-track", grid);
    if (r.enjoyment === null || r.enjoyment === undefined) {
      div("wlc-note", joy, "not given");
    } else {
      const seg = div("wlc-seg", joy);
      seg.style.width = (r.enjoyment / 5 * 50) + "%";  // room for "5/5 most" beside it
      fill(seg, r.favourite ? ENJOYED : NEUTRAL, r.favourite ? "\\\\" : "");
      const t = div("wlc-value", joy, r.enjoyment + "/5" + (r.favourite ? " most" : ""));
      if (r.favourite) t.style.fontWeight = "bold";
    }
  }
  const keys = div("wlc-legend", parent);
  for (const part of legend) {
    const item = div("", keys);
    const sw = document.createElement("span");
    sw.className = "wlc-swatch";
    fill(sw, part.color, part.hatch);
    item.appendChild(sw);
    item.appendChild(document.createTextNode(part.label));
  }
}
function render({ model, el }) {
  // the blocks around the chart: HTML the kernel wrote, every participant's word escaped
  const blocks = {};
  function block(name) {
    const n = document.createElement("div");
    n.className = "wlc-block wlc-" + name;
    el.appendChild(n);
    blocks[name] = n;
    const show = () => { n.innerHTML = model.get(name); };
    model.on("change:" + name, show);
    show();
  }
  block("explanation");
  const chart = document.createElement("div");
  chart.classList.add("workshop-live-chart", "workshop-chart");
  chart.setAttribute("role", "img");
  el.appendChild(chart);
  block("note");
  block("table");
  block("unranked");
  function draw() {
    chart.setAttribute("aria-label", model.get("alt"));
    chart.replaceChildren();
    const rows = model.get("rows");
    if (!rows.length) {
      div("wlc-empty", chart,
          "No role is fully rated yet: rate your roles in notebooks 02 and 03.");
      return;
    }
    scatter(rows, model.get("bubbles"), chart);
    bars(rows, model.get("legend"), model.get("verdict"), chart);
  }
  model.on("change:rows", draw);
  model.on("change:alt", draw);
  model.on("change:verdict", draw);
  model.on("change:bubbles", draw);
  draw();
}
export default { render };
"""


class RankingChart(anywidget.AnyWidget):
    """Notebook 04's three charts drawn in the browser from ``rows``, between the HTML blocks
    ``explanation`` (above), ``note``, ``table`` and ``unranked`` (below): see the module
    docstring.

    ``show(ranking)`` sets the rows, the enjoyment verdict and the text alternative ``alt``;
    traitlets sends only what changed, and nothing when the ranking shows the same. A caller
    that sets several blocks at once does it under ``hold_sync()``: one message for all.
    """

    _esm = _CHART_ESM
    _css = _CHART_CSS
    rows = t.List().tag(sync=True)  # charts.chart_rows: plain dicts, not validated again
    verdict = t.Unicode("").tag(sync=True)
    bubbles = t.List().tag(sync=True)  # the legend's circles: [relevance, width in pixels]
    alt = t.Unicode("").tag(sync=True)
    legend = t.List(t.Dict(), default_value=chart_legend()).tag(sync=True)
    explanation = t.Unicode("").tag(sync=True)
    note = t.Unicode("").tag(sync=True)
    table = t.Unicode("").tag(sync=True)
    unranked = t.Unicode("").tag(sync=True)

    def html_values(self) -> list[str]:
        """The HTML blocks around the chart (what ``Driver.html_values`` reads)."""
        return [self.explanation, self.note, self.table, self.unranked]

    def show(self, ranking: Ranking) -> bool:
        """Show ``ranking``; True when anything shown changed."""
        data = chart_rows(ranking)
        alt = strongest_alt_text(ranking)
        if (data["rows"] == self.rows and data["verdict"] == self.verdict and alt == self.alt
                and data["bubbles"] == self.bubbles):
            return False
        with self.hold_sync():  # one message for all
            self.rows = data["rows"]
            self.bubbles = data["bubbles"]
            self.verdict = data["verdict"]
            self.alt = alt
        return True
