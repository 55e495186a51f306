"""What the notebooks show besides the widgets: plain tables and texts of the saved workspace.

Each function reads the kernel's session (the workspace every notebook shares), so a notebook run
top to bottom on a fresh kernel shows the participant's current state; in the notebooks they are
shown through ``workshop.widgets.live_view``, which draws them again after every change. The
tables are pandas DataFrames (pandas escapes their text when it shows them as HTML), except the
two notebooks 02 and 03 keep open beside the others (``skills_table``, ``results_table``): those
are ``PlainTable``, which writes the same HTML and text without loading pandas (33 MiB and
about 7 ms per change in each of those kernels).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .glossary import PART_WORDS
from .scope_words import scope_of
from .session import Session, open_session

if TYPE_CHECKING:
    import pandas as pd

    from .alt_text import ChartWithAlt

__all__ = ["Paragraphs", "PlainTable", "ScrollingTable", "summary", "skills_table",
           "results_table", "ranking_table", "explanation", "strongest_figure", "answer_text"]


class Paragraphs:
    """Text shown as paragraphs that wrap between words (``print`` in JupyterLab breaks words
    at the edge); its plain form is the text itself, which is what nbval compares."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        import html

        return "".join(f"<p>{html.escape(line)}</p>" if line.strip() else "<br>"
                       for line in self.text.splitlines())


class PlainTable:
    """A small table of text and whole numbers, rows numbered from 1, shown as pandas shows a
    DataFrame of the same cells (``to_html`` and ``to_string`` give the same text), so the views
    and nbval read it alike; a missing value is "–".

    Attributes:
        columns: the headers.
        rows: the cells, one tuple per row (``None`` is shown as "–").
    """

    def __init__(self, columns: list[str], rows: list[tuple]) -> None:
        self.columns = list(columns)
        self.rows = [tuple("–" if v is None else v for v in row) for row in rows]

    def __len__(self) -> int:
        return len(self.rows)

    def to_string(self) -> str:
        """As ``DataFrame.to_string``: each cell after a space, right-aligned to its column,
        one more space between columns, the row numbers on the left; with no rows, pandas'
        three lines for an empty frame."""
        if not self.rows:
            return f"Empty DataFrame\nColumns: [{', '.join(self.columns)}]\nIndex: []"
        index = [str(i) for i in range(1, len(self.rows) + 1)]
        iw = max(map(len, index))
        widths = [max([len(h), *(1 + len(str(r[c])) for r in self.rows)])
                  for c, h in enumerate(self.columns)]
        lines = [" " * iw + "".join(" " + h.rjust(w) for h, w in zip(self.columns, widths,
                                                                     strict=True))]
        for i, row in zip(index, self.rows, strict=True):
            lines.append(i.ljust(iw) + "".join(" " + (" " + str(v)).rjust(w) for v, w in
                                               zip(row, widths, strict=True)))
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.to_string()

    def to_html(self, *, escape: bool = True, index: bool = True, border: int = 0,
                na_rep: str = "–", classes: str = "") -> str:
        """The HTML pandas' ``DataFrame.to_html`` writes for these cells (text escaped)."""
        def cell(v) -> str:
            return str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        head = ("      <th></th>\n" if index else "") + "".join(
            f"      <th>{cell(h)}</th>\n" for h in self.columns)
        body = []
        for i, row in enumerate(self.rows, 1):
            first = f"      <th>{i}</th>\n" if index else ""
            cells = "".join(f"      <td>{cell(v)}</td>\n" for v in row)
            body.append(f"    <tr>\n{first}{cells}    </tr>\n")
        return (f'<table class="dataframe {classes}">\n  <thead>\n'
                f'    <tr style="text-align: right;">\n{head}    </tr>\n  </thead>\n'
                f'  <tbody>\n{"".join(body)}  </tbody>\n</table>')


class ScrollingTable:
    """A table too wide for the page, shown in a box that scrolls sideways and that the
    keyboard can reach (a focusable region named by ``label``: WCAG asks that a scrolling area
    be reachable without a mouse). Its plain form is the DataFrame's (what nbval compares);
    ``frame`` is the DataFrame itself."""

    def __init__(self, frame: pd.DataFrame, label: str) -> None:
        self.frame = frame
        self.label = label

    def __repr__(self) -> str:
        return repr(self.frame)

    def _repr_html_(self) -> str:
        import html

        return (f'<div role="region" aria-label="{html.escape(self.label, quote=True)}" '
                f'tabindex="0" style="overflow-x:auto;max-width:100%">'
                f"{self.frame._repr_html_()}</div>")


def _readable(frame: pd.DataFrame, columns: dict[str, str], index_name: str | None = None):
    """Plain headers, rows numbered from 1, and a dash for a missing value."""
    shown = frame[list(columns)].rename(columns=columns).astype(object)
    shown = shown.where(shown.notna(), "–")
    shown.index = range(1, len(shown) + 1)
    shown.index.name = index_name
    return shown


def _session(session: Session | None) -> Session:
    return session or open_session()


def summary(session: Session | None = None) -> str:
    """One paragraph: where the workspace is saved and what it holds."""
    s = _session(session)
    ws = s.workspace
    target = ws.target_role
    rated = sum(1 for r in ws.roles if r.ratings.complete)
    lines = [f"Workspace file: {s.shown_path} (saved after every change)",
             f"Roles: {len(ws.roles)}, fully rated: {rated}"]
    if target.title:
        lines.append(f"Target role: {target.title}")
    else:
        lines.append("Target role: not named yet (name it above)")
    if target.goals:
        lines.append("Hiring manager's goals: " + "; ".join(target.goals))
    if s.notice:
        lines.append(s.notice)
    return "\n".join(lines)


def skills_table(session: Session | None = None) -> PlainTable:
    """Every grown skill, one row each, with the role's skill-growth rating."""
    rows = []
    for role in _session(session).workspace.roles:
        for skill in role.skills:
            rows.append((role.label, skill.name, skill.before, skill.after,
                         skill.levels_grown, "yes" if skill.used_later else "not yet",
                         role.ratings.skill_growth))
    return PlainTable(["role", "skill", "before", "after", "levels grown", "used later",
                       "skill growth rating"], rows)


def _scope_shown(result) -> str:
    """Who felt a result as the table shows it: the participant's word with the kind it is
    read as ("ward (department)"), or the word alone where the kit cannot place it."""
    kind = scope_of(result)
    if not result.scope_said:
        return kind
    return f"{result.scope_said} ({kind})" if kind else result.scope_said


def results_table(session: Session | None = None) -> PlainTable:
    """Every result statement, one row each, with its number."""
    rows = []
    for role in _session(session).workspace.roles:
        for result in role.results:
            rows.append((role.label, result.statement, result.metric,
                         "" if result.value is None else f"{result.value:g}", result.unit,
                         _scope_shown(result), role.ratings.company_results,
                         role.ratings.relevance))
    return PlainTable(["role", "statement", "metric", "value", "unit", "scope",
                       "company results rating", "relevance rating"], rows)


def ranking_table(session: Session | None = None, weights=None) -> ScrollingTable:
    """The ranking of notebook 04: ratings, evidence, score and its parts, strongest first
    (``.frame`` is the DataFrame)."""
    import pandas as pd

    from .tables import PART_COLUMNS, roles_frame

    frame = roles_frame(_session(session).workspace, weights, parts=True)
    columns = {"title": "job title", "organization": "organisation",
               "skill_growth": "skill growth", "company_results": "company results",
               "relevance": "relevance", "enjoyment": "enjoyment (not scored)", "score": "score",
               **{column: f"from {PART_WORDS[part].heading}"
                  for part, column in PART_COLUMNS.items()}}
    shown = _readable(frame, columns)
    shown.index = ["–" if pd.isna(r) else int(r) for r in frame["rank"]]
    shown.index.name = "rank"
    return ScrollingTable(shown, "The ranking as a table")


def explanation(session: Session | None = None, weights=None) -> Paragraphs:
    """Why the strongest role wins, what the runner-up lacks, and the enjoyment trap."""
    from .scoring import explain, rank

    ws = _session(session).workspace
    return Paragraphs(explain(rank(ws, weights)))


def strongest_figure(session: Session | None = None) -> ChartWithAlt:
    """The three charts of notebook 04 as one figure, shown with its text alternative."""
    from .alt_text import ChartWithAlt, strongest_alt_text
    from .charts import figure_strongest
    from .scoring import rank

    ranking = rank(_session(session).workspace)
    return ChartWithAlt(figure_strongest(ranking), strongest_alt_text(ranking))


def answer_text(session: Session | None = None) -> Paragraphs:
    """The answer ``answer_choice.answer_for`` picks: the participant's own, else a draft."""
    from .report import build_report

    return Paragraphs(build_report(_session(session).workspace)["answer"]["text"])
