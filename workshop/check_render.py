"""The answer check shown to a person: one function for plain text, one for HTML.

Every view uses these two: ``workshop check`` and the text report (``check_text``), notebook
05, the facilitator demo and the printable answer card (``check_html``). The Markdown card lists
the same lines as ``check_text``. Everything from the answer (the quoted sentences) is escaped
in HTML.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from .check import MAX_SECONDS, MIN_SECONDS, AnswerCheck, spoken_time

__all__ = ["CHECK_TITLES", "check_lines", "check_text", "check_html", "finding_title_text"]

CHECK_TITLES = {
    "skill_growth": "Skill growth",
    "company_result": "A result for the organisation",
    "quantified": "A number in a result",
    "used_later": "A grown skill used later",
    "goals_match": "The hiring manager's goals",
    "pitfalls": "No pitfalls",
    "length": "Length",
}


def finding_title_text(code: str, message: str) -> tuple[str, str]:
    """A finding as every view shows it: its title, and its message without that title.

    The one rule that keeps a label from being said twice ("Skill growth: Skill growth: ..."):
    a message that starts with its own title, followed by ":", "." or "," ("Skill growth, read
    from how you tell it: ..."), loses that start.
    """
    title = CHECK_TITLES.get(code, code)
    text = message.strip()
    after = text[len(title):len(title) + 1]
    if text[:len(title)].lower() == title.lower() and after in (":", ".", ","):
        text = text[len(title) + 1:].lstrip()
        text = text[:1].upper() + text[1:]
    return title, text


def _data(check: AnswerCheck | Mapping) -> Mapping:
    """The check as its JSON shape (``AnswerCheck.to_dict``), whichever form was given."""
    return check.to_dict() if isinstance(check, AnswerCheck) else check


def check_lines(check: AnswerCheck | Mapping) -> list[str]:
    """The check as lines: how long, the verdict, then one "[ok]"/"[to do]" line per finding."""
    data = _data(check)
    lines = [f"{data['words']} words, {spoken_time(data['seconds'])} spoken."]
    verdict = data.get("verdict")
    if verdict:
        lines.append(f"Verdict: {verdict['message']}")
    for f in data["findings"]:
        title, text = finding_title_text(f["code"], f["message"])
        lines.append(f"[{'ok' if f['ok'] else 'to do'}] {title}: {text}")
    return lines


def check_text(check: AnswerCheck | Mapping) -> str:
    """The check as plain text, one line each (ends with a newline)."""
    return "\n".join(check_lines(check)) + "\n"


def check_html(check: AnswerCheck | Mapping, heading: str = "Check of the answer",
               css_class: str = "workshop-check") -> str:
    """The check as an HTML fragment: a summary with the verdict, then the findings."""
    e = html.escape
    data = _data(check)
    findings = data["findings"]
    done = sum(1 for f in findings if f["ok"])
    items = "".join(
        f"<li style='margin:2px 0'><strong>{'✔ Done' if f['ok'] else '☐ To do'}: "
        f"{e(title)}</strong>. {e(text)}</li>"
        for f in findings for title, text in [finding_title_text(f["code"], f["message"])])
    verdict = ""
    if data.get("verdict"):
        label = "Strong answer" if data["verdict"]["strong"] else "Not yet strong"
        verdict = (f"<p class='{e(css_class)}-verdict' style='margin:2px 0'>"
                   f"<strong>{label}.</strong> {e(data['verdict']['message'])}</p>")
    return (f"<p class='{e(css_class)}' style='margin:6px 0 2px'><strong>{e(heading)}:</strong> "
            f"{data['words']} words, {spoken_time(data['seconds'])} spoken (aim for "
            f"{MIN_SECONDS} to {MAX_SECONDS}). {done} of {len(findings)} done.</p>"
            f"{verdict}<ul style='list-style:none;padding-left:0;margin-top:0'>{items}</ul>")
