"""The report on a workspace: ranking, explanation, answer and its check, in four formats.

The same report is the answer card a participant downloads (Markdown, or a printable HTML page)
and the output of ``workshop report``. Everything the participant typed is escaped in HTML.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping

from .answer_choice import answer_for
from .check import check_answer, spoken_time
from .check_render import finding_title_text
from .glossary import PART_WORDS
from .model import Workspace
from .reason_found import names_most
from .scope_words import entry_notes
from .scoring import PARTS, Weights, explain, rank

__all__ = ["FORMATS", "build_report", "card_findings", "render", "render_html", "printed_chars",
           "print_size", "ONE_PAGE_SECONDS"]

FORMATS = ("text", "markdown", "html", "json")


def build_report(workspace: Workspace, weights: Weights | Mapping | None = None) -> dict:
    """Everything the report says, as plain data (the ``--format json`` object)."""
    ranking = rank(workspace, weights)
    strongest = ranking.strongest
    choice = answer_for(workspace)
    role_id, text, source = choice.role_id, choice.text, choice.source
    check = check_answer(text, workspace.target_role.goals)
    about = ranking.by_id().get(role_id) if role_id is not None else None
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
        "explanation": explain(ranking),
        "answer": {"role_id": role_id, "source": source, "text": text,
                   "check": check.to_dict(), "role": _role_row(about),
                   "why": answer_why(ranking, workspace, role_id)},
        # entries read as typed that the participant may want to look at again: a scope word
        # the kit cannot place, a level read from a slip, a figure kept with its hedge
        "read_notes": entry_notes(workspace),
    }


def _role_row(scored) -> dict | None:
    """The role an answer is about, as the card names it (``None`` when there is no role)."""
    if scored is None:
        return None
    role = scored.role
    return {"role_id": role.id, "title": role.title, "organization": role.organization,
            "label": role.label, "rank": scored.rank, "score": scored.score}


def answer_why(ranking, workspace: Workspace, role_id: str | None) -> str:
    """Why the card's answer is about its role, in lines, always speaking of that role.

    When the answer is about the ranking's strongest role this is the ranking's explanation.
    When the participant chose another role, the lines are about the chosen role (its ratings,
    its place) and name the ranking's first role in the third person: the card never says
    "your strongest answer is X" beside an answer about Y.
    """
    strongest = ranking.strongest
    if role_id is None or (strongest is not None and strongest.role.id == role_id):
        return explain(ranking)
    about = ranking.by_id().get(role_id)
    if about is None:
        return explain(ranking)
    role, r = about.role, about.role.ratings
    named = names_most(role) if workspace.answer.role_id != role_id else ""
    if named:  # the job the participant's own words pick (``draft.answer_role_id``)
        lines = [f"This answer is about {role.label}: your own words name it as the job that "
                 f"mattered most to you (\u201c{named}\u201d), and your ratings do not put it "
                 "below another, so it leads."]
    elif strongest is None and workspace.answer.role_id != role_id:
        return explain(ranking)  # no job ranked yet: the one the ratings so far put first
    elif about.rank is None:
        lines = [f"This answer is about {role.label}, a job you chose yourself. It is not ranked "
                 "yet: rate its skill growth, company results and relevance in notebooks 02 and "
                 "03 to see where it stands."]
    else:
        lines = [f"This answer is about {role.label}, a job you chose yourself: it ranks "
                 f"{about.rank} of {len(ranking.ranked)} (score {about.score:.1f} of 100; "
                 f"skill growth {r.skill_growth}/5, company results {r.company_results}/5, "
                 f"relevance {r.relevance}/5)."]
    if strongest is not None:
        lines.append(f"The ranking puts {strongest.role.label} first (score "
                     f"{strongest.score:.1f}). An answer about another job holds when it names "
                     "a skill the job grew and a result it produced for the organisation.")
    return "\n".join(lines)



_QUOTED = re.compile("\u201c([^\u201d]*)\u201d")
_CUT = " ... "  # where the answer check shortened a long sentence in the middle


def _whole_words(quote: str, text: str) -> str:
    """A quote the check shortened in the middle, cut again on whole words of ``text``.

    The check keeps a long sentence's head and tail by characters, so a half word can stand
    on either side of the cut (" ... ith the difficult cases"): the half words go, and the cut
    is shown as an ellipsis between whole words.
    """
    if _CUT not in quote:
        return quote
    head, tail = quote.split(_CUT, 1)
    flat = " ".join(text.split())
    at = flat.find(head)
    if at >= 0:
        after = at + len(head)
        if after < len(flat) and flat[after].isalnum() and head[-1:].isalnum():
            head = head.rsplit(" ", 1)[0] if " " in head else ""
        end = flat.find(tail, after)
        if end > 0 and flat[end - 1].isalnum() and tail[:1].isalnum():
            tail = tail.split(" ", 1)[1] if " " in tail else ""
    head = head.rstrip(" ,;:")
    return f"{head} \u2026 {tail}".strip() if head or tail else quote


def card_findings(report: dict) -> list[tuple[bool, str, str]]:
    """The answer check as the card shows it: (done, title, what it found), one per finding.

    The title is said once (a message that starts with its own title loses that start), and
    every quote the check shortened ends and starts on a whole word of the answer.
    """
    ans = report["answer"]
    rows = []
    for f in ans["check"]["findings"]:
        title, text = finding_title_text(f["code"], f["message"])
        text = _QUOTED.sub(lambda m: "\u201c" + _whole_words(m.group(1), ans["text"]) + "\u201d",
                           text)
        rows.append((bool(f["ok"]), title, text))
    return rows


_SENTENCE_QUOTE = re.compile(r"\s*\(?:?\s*\u201c[^\u201d]{40,}\u201d\)?\.?")


def _brief(text: str) -> str:
    """A done finding without the sentence it quotes (the card shows the answer just above):
    "A result has a number (“40%”): “That was ...”" becomes "A result has a number (“40%”)"."""
    short = _SENTENCE_QUOTE.sub(lambda m: "." if m.group().endswith(".") else "", text)
    short = short.strip().rstrip(":;,").strip()
    return short if short.strip(".") else "said in the answer above"


def _job_heading(report: dict) -> str:
    """"The job: Title, Organisation": the role the answer is about, or "" without one."""
    role = report["answer"].get("role")
    return f"The job: {role['label']}" if role else ""


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
               + ", ".join(PART_WORDS[p].heading for p in PARTS) + ")")
    if not report["ranking"]:
        out.append("  (no role is fully rated yet)")
    for row in report["ranking"]:
        org = f", {row['organization']}" if row["organization"] else ""
        parts = " + ".join(f"{row['parts'][p]:.1f}" for p in PARTS)
        out.append(f"  {row['rank']}. {row['title']}{org}: {row['score']:.1f}  ({parts})")
    if report["unranked"]:
        out.append("  Not ranked yet: " + ", ".join(report["unranked_titles"]))
    ans = report["answer"]
    out += ["", ans["why"], ""]
    label = "Your answer" if ans["source"] == "participant" else "Draft answer"
    check = ans["check"]
    job = report["answer"].get("role")
    about = f" about {job['label']}" if job else ""
    out.append(f"{label}{about} ({check['words']} words, about {check['seconds']} seconds):")
    out.append(ans["text"] or "(nothing to draft yet)")
    out += ["", "Answer check:"]
    if check.get("verdict"):
        out.append(f"  Verdict: {check['verdict']['message']}")
    out += [f"  [{'ok' if ok else 'to do'}] {title}: {text}"
            for ok, title, text in card_findings(report)]
    if report.get("read_notes"):
        out += ["", "Read from your file (check these):"]
        out += [f"  - {note}" for note in report["read_notes"]]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Text safe inside Markdown: HTML escaped, and the characters that make links, emphasis,
    code, headings or table cells backslashed."""
    text = html.escape(str(text), quote=False)
    for ch in "\\`*_[]#|~":
        text = text.replace(ch, "\\" + ch)
    return text


def render_markdown(report: dict) -> str:
    """Markdown: the answer card a participant keeps (the answer first, then its check, why
    this job, and the ranking)."""
    out = ["# My answer card: the job that gave me the most value", ""]
    target = report["target_role"]
    if target["title"]:
        out.append(f"**Target role:** {_md(target['title'])}  ")
    if target["goals"]:
        out.append("**Hiring manager's goals:** " + "; ".join(_md(g) for g in target["goals"]))
    ans = report["answer"]
    check = ans["check"]
    if _job_heading(report):
        out += ["", f"## {_md(_job_heading(report))}"]
    out += ["", "### My answer" if ans["source"] == "participant" else "### Draft answer", ""]
    out += [f"> {_md(line)}" if line else ">" for line in (ans["text"] or "").splitlines()]
    out += ["", f"*{check['words']} words, {spoken_time(check['seconds'])} spoken.*", "",
            "## Check", ""]
    if check.get("verdict"):
        out.append(f"**Verdict:** {_md(check['verdict']['message'])}")
        out.append("")
    out += [f"- {'✔ Done' if ok else '☐ To do'}: **{_md(title)}**. {_md(text)}"
            for ok, title, text in card_findings(report)]
    out += ["", "## Why this job", ""] + [_md(line) + "  " for line in ans["why"].splitlines()]
    out += ["", "## Ranking", ""]
    if report["ranking"]:
        out.append("| rank | role | score | "
                   + " | ".join(PART_WORDS[p].heading for p in PARTS) + " |")
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
    return "\n".join(out) + "\n"


# One A5 page (148 x 210 mm; it also fits half letter, 5.5 x 8.5 in, within 2 mm) when
# printed, a readable column on screen. The printed size steps down with the card's length
# (``_print_size``): measured with Chromium's print to PDF in tests/test_card.py.
_CSS = """
@page { size: 148mm 210mm; margin: 9mm 10mm; }
body { font: 10.5pt/1.4 system-ui, sans-serif; max-width: 42em; margin: 2em auto; color: #111;
       padding: 0 1em; }
h1 { font-size: 1.3em; margin: 0 0 .3em; } h2 { font-size: 1.08em; margin: .9em 0 .25em; }
p { margin: .2em 0; } ul { margin: .2em 0; padding-left: 1.3em; } li { margin: .1em 0; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { border: 1px solid #999; padding: .15em .35em; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { border-left: 3px solid #333; margin: .3em 0; padding: .35em .8em;
             background: #f4f4f4; white-space: pre-wrap; }
li.ok::marker { content: "✔ "; } li.todo::marker { content: "☐ "; }
@media print { body { margin: 0; max-width: none; padding: 0; font-size: PRINT_SIZEpt; }
               body { line-height: 1.3; } h1 { font-size: 1.15em; } h2 { margin: .6em 0 .15em; }
               blockquote { background: none; padding: .2em .6em; }
               .more, .part, li.ok .detail { display: none; }
               ul.check { columns: 2; } li.todo { column-span: all; } }
"""

# The printed font size by how many characters the printed page holds (``printed_chars``):
# the largest size that kept every case of ``benchmarks/card_pdf.py`` on one A5 page.
_PRINT_SIZES = ((1450, 9.5), (1850, 9), (2300, 8.5), (2600, 8), (3300, 7.5), (3900, 7))
_SMALLEST = 6.5
ONE_PAGE_SECONDS = 120  # an answer up to this long, with up to 8 ranked roles, prints on one page


def printed_chars(report: dict) -> int:
    """How much the printed card holds: the answer, the first line of why, the checks still to
    do, the goals, and each ranking row counted as 90 characters (a line of the table)."""
    ans = report["answer"]
    why = ans["why"].splitlines()[:1]
    todo = [t for ok, _, t in card_findings(report) if not ok]
    return (len(ans["text"]) + sum(map(len, why)) + sum(map(len, todo))
            + 90 * (len(report["ranking"]) + 1) + len("; ".join(report["target_role"]["goals"])))


def print_size(report: dict) -> float:
    """The printed font size in points, smaller as the card holds more."""
    chars = printed_chars(report)
    return next((pt for most, pt in _PRINT_SIZES if chars <= most), _SMALLEST)


def render_html(report: dict) -> str:
    """The answer card as a self-contained page (no scripts, no external files) that prints on
    one A5 page: the answer first, its check, why this job, then the ranking."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>Answer card: the job that gave me the most value</title>",
           "<style>" + _CSS.replace("PRINT_SIZE", f"{print_size(report):g}")
           + "</style></head><body>",
           "<h1>My answer card: the job that gave me the most value</h1>"]
    target = report["target_role"]
    if target["title"]:
        out.append(f"<p><strong>Target role:</strong> {e(target['title'])}</p>")
    if target["goals"]:
        out.append("<p><strong>Hiring manager's goals:</strong> "
                   + "; ".join(e(g) for g in target["goals"]) + "</p>")
    ans = report["answer"]
    check = ans["check"]
    heading = "My answer" if ans["source"] == "participant" else "Draft answer"
    if _job_heading(report):
        heading += f" &middot; {e(_job_heading(report))}"
    out.append(f"<h2>{heading}</h2>")
    out.append(f"<blockquote>{e(ans['text'])}</blockquote>")
    out.append(f"<p><em>{check['words']} words, {spoken_time(check['seconds'])} spoken.</em></p>")
    findings = card_findings(report)
    done = sum(1 for ok, _, _ in findings if ok)
    out.append(f"<h2>Check: {done} of {len(findings)} done</h2>")
    if check.get("verdict"):
        label = "Strong answer" if check["verdict"]["strong"] else "Not yet strong"
        out.append(f"<p><strong>{label}.</strong> {e(check['verdict']['message'])}</p>")
    # printed, the done checks are their titles in two columns; what is still to do is in full
    out.append('<ul class="check">' + "".join(
        f'<li class="ok"><strong>{e(title)}</strong><span class="detail">: '
        f"{e(_brief(text))}</span></li>" if ok else
        f'<li class="todo"><strong>{e(title)}</strong> (to do): {e(text)}</li>'
        for ok, title, text in findings) + "</ul>")
    out.append("<h2>Why this job</h2>")
    # the first line says why this job; the rest (runner-up, unranked roles, the enjoyment
    # trap) is on the screen, not on the printed page
    out += [("<p>" if i == 0 else '<p class="more">') + e(line) + "</p>"
            for i, line in enumerate(ans["why"].splitlines())]
    out.append("<h2>Ranking</h2>")
    if report["ranking"]:
        head = "".join(f'<th class="part">{e(PART_WORDS[p].heading)}</th>' for p in PARTS)
        out.append(f"<table><thead><tr><th>rank</th><th>role</th><th>score</th>{head}</tr>"
                   "</thead><tbody>")
        for row in report["ranking"]:
            role = e(row["title"]) + (f", {e(row['organization'])}" if row["organization"] else "")
            parts = "".join(f'<td class="num part">{row["parts"][p]:.1f}</td>' for p in PARTS)
            out.append(f'<tr><td class="num">{row["rank"]}</td><td>{role}</td>'
                       f'<td class="num">{row["score"]:.1f}</td>{parts}</tr>')
        out.append("</tbody></table>")
    else:
        out.append("<p>No role is fully rated yet.</p>")
    if report["unranked"]:
        out.append("<p>Not ranked yet: " + ", ".join(e(t) for t in report["unranked_titles"])
                   + "</p>")
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
