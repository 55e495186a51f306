"""The roles as pandas tables, ready for notebooks to show and for CSV export.

pandas is imported here only, and only when a table is asked for, so ``import workshop`` stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from .clock import this_month
from .model import Workspace, months_between
from .result_number import read_result
from .scoring import PARTS, Ranking, Weights, rank

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["roles_frame", "COLUMNS", "PART_COLUMNS", "csv_safe", "frame_to_csv"]

COLUMNS = ["rank", "title", "organization", "start", "end", "months", "skill_growth",
           "company_results", "relevance", "enjoyment", "skills", "skills_used_later", "results",
           "quantified_results", "score"]
PART_COLUMNS = {name: f"{name}_pts" for name in PARTS}

_FORMULA_START = frozenset("=+-@")
# every character str.splitlines() breaks at: a line break inside a cell starts a new line for
# any reader that reads line by line
_LINE_BREAKS = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def roles_frame(workspace: Workspace, weights: Weights | dict | None = None, *,
                parts: bool = False, ranking: Ranking | None = None,
                today: tuple[int, int] | None = None) -> pd.DataFrame:
    """One row per role, strongest first, unrated roles last (rank and score empty).

    Columns: ``COLUMNS`` (ratings and enjoyment as nullable integers, evidence as counts), plus
    one column per score part (``PART_COLUMNS``) when ``parts`` is true. The index is the role id.
    """
    import pandas as pd

    ranking = ranking or rank(workspace, weights)
    today = today or this_month()
    rows, ids = [], []
    for scored in ranking.ranked + ranking.unranked:
        role = scored.role
        r = role.ratings
        row = {
            "rank": scored.rank,
            "title": role.title,
            "organization": role.organization,
            "start": role.start or "",
            "end": (role.end or "now") if role.start else (role.end or ""),
            "months": months_between(role.start, role.end, today) if role.start else None,
            "skill_growth": r.skill_growth,
            "company_results": r.company_results,
            "relevance": r.relevance,
            "enjoyment": role.enjoyment,
            "skills": len(role.skills),
            "skills_used_later": sum(1 for s in role.skills if s.used_later),
            "results": len(role.results),
            "quantified_results": sum(1 for x in role.results if read_result(x, role).counts),
            "score": scored.score,
        }
        if parts:
            for name in PARTS:
                row[PART_COLUMNS[name]] = scored.parts.get(name) if scored.ranked else None
        rows.append(row)
        ids.append(role.id)
    columns = COLUMNS + (list(PART_COLUMNS.values()) if parts else [])
    frame = pd.DataFrame(rows, columns=columns, index=pd.Index(ids, name="id", dtype="str"))
    for col in ("rank", "months", "skill_growth", "company_results", "relevance", "enjoyment"):
        frame[col] = frame[col].astype("Int64")
    for col in ("skills", "skills_used_later", "results", "quantified_results"):
        frame[col] = frame[col].astype("int64")
    for col in ["score"] + (list(PART_COLUMNS.values()) if parts else []):
        frame[col] = frame[col].astype("Float64")
    for col in ("title", "organization", "start", "end"):
        frame[col] = frame[col].astype("str")
    return frame


def _first_visible(text: str) -> str:
    """The first character a spreadsheet would see as the cell's start: leading spaces, tabs,
    control and zero-width characters skipped, full-width forms folded (＝ is =)."""
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        return unicodedata.normalize("NFKC", ch)[:1]
    return ""


def csv_safe(value: object) -> object:
    """A text cell no spreadsheet will run as a formula: the one neutraliser every CSV the kit
    writes uses (``frame_to_csv``, the class charts' tables).

    Line breaks inside the cell become spaces (a reader going line by line would otherwise see a
    line starting "=1+2"), and a cell whose first visible character is = + - or @ (after spaces,
    tabs, control or zero-width characters, and with full-width forms such as "＝" folded) gets a
    leading apostrophe. Numbers and other values pass unchanged.
    """
    if not isinstance(value, str):
        return value
    value = _LINE_BREAKS.sub(" ", value)
    first = _first_visible(value)
    if first in _FORMULA_START:
        return "'" + value
    return value


def frame_to_csv(frame: pd.DataFrame) -> str:
    """The table as CSV text with every text cell (and header) made formula-safe."""
    safe = frame.copy()
    safe.index = safe.index.map(csv_safe)
    safe.columns = [csv_safe(c) for c in safe.columns]
    for col in safe.columns:
        if safe[col].dtype == object or str(safe[col].dtype) in ("str", "string"):
            safe[col] = safe[col].map(csv_safe)
    return safe.to_csv()
