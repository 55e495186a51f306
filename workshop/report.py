"""The report on a workspace: ranking, explanation, answer and its check, in four formats.

The same report is the answer card a participant downloads (Markdown, or a printable HTML page)
and the output of ``workshop report``. Everything the participant typed is escaped in HTML.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping

from .check import check_answer
from .check_render import check_html, check_lines
from .draft import answer_for
from .model import Workspace
from .scoring import PART_LABELS, PARTS, Weights, explain, rank

__all__ = ["FORMATS", "build_report", "render", "render_text", "render_markdown", "render_html",
           "render_json"]

FORMATS = ("text", "markdown", "html", "json")


def build_report(workspace: Workspace, weights: Weights | Mapping | None = None) -> dict:
    """Everything the report says, as plain data (the ``--format json`` object)."""
    ranking = rank(workspace, weights)
    strongest = ranking.strongest
    choice = answer_for(workspace)
    role_id, text, source = choice.role_id, choice.text, choice.source
    check = check_answer(text, workspace.target_role.goals)
    return {
        "target_role": workspace.target_role.to_dict(),
        "weights": ranking.weights.to_dict(),
        "ranking": [
            {"rank": s.rank, "role_id": s.role.id, "title": s.role.title,
             "organization": s.role.organization, "score": s.score, "parts": dict(s.parts),
             "ratings": s.role.ratings.to_dict(), "enjoyment": s.role.enjoyment}
            for s in ranking.ranked
        ],
        "strongest": strongest.role.id if strongest else None,
        "unranked": [s.role.id for s in ranking.unranked],
        "unranked_titles": [s.role.title for s in ranking.unranked],
        "explanation": explain(ranking, workspace),
        "answer": {"role_id": role_id, "source": source, "text": text,
                   "check": check.to_dict()},
    }


# The score's parts as short column headings (the report's tables), never the internal codes.
PART_HEADINGS = {"pillars": "both pillars", "relevance": "relevance",
                 "quantified": "a number", "used_later": "used later"}


def render_text(report: dict) -> str:
    """Plain text for a terminal."""
    out = []
    target = report["target_role"]
    if target["title"]:
        out.append(f"Target role: {target['title']}")
    if target["goals"]:
        out.append("Hiring manager's goals: " + "; ".join(target["goals"]))
    out.append("")
    out.append("Ranking (score of 100; parts: "
               + ", ".join(PART_HEADINGS[p] for p in PARTS) + ")")
    if not report["ranking"]:
        out.append("  (no role is fully rated yet)")
    for row in report["ranking"]:
        org = f", {row['organization']}" if row["organization"] else ""
        parts = " + ".join(f"{row['parts'][p]:.1f}" for p in PARTS)
        out.append(f"  {row['rank']}. {row['title']}{org}: {row['score']:.1f}  ({parts})")
    if report["unranked"]:
        out.append("  Not ranked yet: " + ", ".join(report["unranked_titles"]))
    out += ["", report["explanation"], ""]
    ans = report["answer"]
    label = "Your answer" if ans["source"] == "participant" else "Draft answer"
    check = ans["check"]
    out.append(f"{label} ({check['words']} words, about {check['seconds']} seconds):")
    out.append(ans["text"] or "(nothing to draft yet)")
    out += ["", "Answer check:"]
    out += ["  " + line for line in check_lines(check)[1:]]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text safe inside Markdown: HTML escaped, and the characters that make links, emphasis,
    code, headings or table cells backslashed."""
    text = html.escape(str(text), quote=False)
    for ch in "\\`*_[]#|~":
        text = text.replace(ch, "\\" + ch)
    return text


def render_markdown(report: dict) -> str:
    """Markdown: the answer card a participant keeps."""
    out = ["# My answer card: the job that gave me the most value", ""]
    target = report["target_role"]
    if target["title"]:
        out.append(f"**Target role:** {_md(target['title'])}  ")
    if target["goals"]:
        out.append("**Hiring manager's goals:** " + "; ".join(_md(g) for g in target["goals"]))
    out += ["", "## Ranking", ""]
    if report["ranking"]:
        out.append("| rank | role | score | "
                   + " | ".join(PART_HEADINGS[p] for p in PARTS) + " |")
        out.append("|---|---|---|" + "---|" * len(PARTS))
        for row in report["ranking"]:
            role = _md(row["title"]) + (f", {_md(row['organization'])}"
                                        if row["organization"] else "")
            parts = " | ".join(f"{row['parts'][p]:.1f}" for p in PARTS)
            out.append(f"| {row['rank']} | {role} | {row['score']:.1f} | {parts} |")
    else:
        out.append("No role is fully rated yet.")
    if report["unranked"]:
        out += ["", "Not ranked yet: " + ", ".join(_md(t) for t in report["unranked_titles"])]
    out += ["", "## Why", ""] + [_md(line) + "  " for line in report["explanation"].splitlines()]
    ans = report["answer"]
    check = ans["check"]
    out += ["", "## My answer" if ans["source"] == "participant" else "## Draft answer", ""]
    out += [f"> {_md(line)}" if line else ">" for line in (ans["text"] or "").splitlines()]
    out += ["", f"*{check['words']} words, about {check['seconds']} seconds spoken.*", "",
            "## Check", ""]
    out += [f"- {_md(line)}" for line in check_lines(check)[1:]]
    return "\n".join(out) + "\n"


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 46em; margin: 2em auto; color: #111;
       line-height: 1.45; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { border-left: 4px solid #333; margin: 0; padding: .5em 1em; background: #f4f4f4;
             white-space: pre-wrap; }
li.ok::marker { content: "✔ "; } li.todo::marker { content: "☐ "; }
@media print { body { margin: 0; max-width: none; } blockquote { background: none; } }
"""


def render_html(report: dict) -> str:
    """A self-contained, printable HTML page (no scripts, no external files)."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>Answer card: the job that gave me the most value</title>",
           f"<style>{_CSS}</style></head><body>",
           "<h1>My answer card: the job that gave me the most value</h1>"]
    target = report["target_role"]
    if target["title"]:
        out.append(f"<p><strong>Target role:</strong> {e(target['title'])}</p>")
    if target["goals"]:
        goals = "".join(f"<li>{e(g)}</li>" for g in target["goals"])
        out.append(f"<p><strong>Hiring manager's goals:</strong></p><ul>{goals}</ul>")
    out.append("<h2>Ranking</h2>")
    if report["ranking"]:
        head = "".join(f"<th>{e(PART_LABELS[p])}</th>" for p in PARTS)
        out.append(f"<table><thead><tr><th>rank</th><th>role</th><th>score</th>{head}</tr>"
                   "</thead><tbody>")
        for row in report["ranking"]:
            role = e(row["title"]) + (f", {e(row['organization'])}" if row["organization"] else "")
            parts = "".join(f'<td class="num">{row["parts"][p]:.1f}</td>' for p in PARTS)
            out.append(f'<tr><td class="num">{row["rank"]}</td><td>{role}</td>'
                       f'<td class="num">{row["score"]:.1f}</td>{parts}</tr>')
        out.append("</tbody></table>")
    else:
        out.append("<p>No role is fully rated yet.</p>")
    if report["unranked"]:
        out.append("<p>Not ranked yet: " + ", ".join(e(t) for t in report["unranked_titles"])
                   + "</p>")
    out.append("<h2>Why</h2>")
    out += [f"<p>{e(line)}</p>" for line in report["explanation"].splitlines()]
    ans = report["answer"]
    check = ans["check"]
    out.append("<h2>My answer</h2>" if ans["source"] == "participant"
               else "<h2>Draft answer</h2>")
    out.append(f"<blockquote>{e(ans['text'])}</blockquote>")
    out.append(f"<p><em>{check['words']} words, about {check['seconds']} seconds spoken.</em></p>")
    out.append("<h2>Check</h2>")
    out.append(check_html(check, "Check of the answer", "workshop-card-check"))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_json(report: dict) -> str:
    """The report object as JSON text."""
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def render(report: dict, fmt: str = "text") -> str:
    """The report in one of ``FORMATS``."""
    renderers = {"text": render_text, "markdown": render_markdown, "html": render_html,
                 "json": render_json}
    return renderers[fmt](report)
