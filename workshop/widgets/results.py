"""Notebook 03's editor: per role, the "I helped the company to ..." results (statement, metric,
value, unit, scope), the company results and relevance ratings, with the hiring manager's goals
shown for reference.

A typed value is read by the model's one number rule (``Result``); this module only words the
refusal for the value box. ``results_editor()`` builds the editor on the kernel's shared session.
"""

from __future__ import annotations

import re

import ipywidgets as w

from ..errors import ValidationError
from ..model import SCOPES, Result
from ..session import Session, open_session
from ._base import esc, form_text, replacing_earlier
from .role_list import RoleListEditor, RowDriver, format_value

__all__ = ["ResultsEditor", "results_editor"]

_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")  # only to suggest an example number


def _starts_like_a_result(statement: str) -> bool:
    return statement.strip().lower().startswith("i helped")


class _ResultRow(w.VBox):
    """One result in the form: statement, metric, value, unit, scope."""

    HINT = ('Tip: results sound strongest when they start with "I helped the company to ..." '
            "(or the team, the department, our customers) and say what changed.")

    def __init__(self, data: dict | None) -> None:
        data = data or {}
        self.origin = dict(data) if data else None
        self._statement = form_text(area=True, value=data.get("statement", ""),
                                    placeholder="I helped the company to ...",
                                    layout=w.Layout(width="98%", height="52px"))
        self._metric = form_text(value=data.get("metric", ""), description="metric",
                                 placeholder="e.g. overtime hours", layout=w.Layout(width="250px"),
                                 style={"description_width": "50px"})
        self._value = form_text(value=format_value(data.get("value")), description="value",
                                placeholder="e.g. 18", layout=w.Layout(width="140px"),
                                style={"description_width": "40px"})
        self._unit = form_text(value=data.get("unit", ""), description="unit",
                               placeholder="e.g. %", layout=w.Layout(width="120px"),
                               style={"description_width": "32px"})
        self._scope = w.Dropdown(options=list(SCOPES), value=data.get("scope", "team"),
                                 description="who felt it", layout=w.Layout(width="200px"),
                                 style={"description_width": "70px"},
                                 tooltip="team, department, company or customers")
        self._remove = w.Button(description="Remove", tooltip="remove this result",
                                layout=w.Layout(width="80px"))
        self._hint = w.HTML()
        self._error = w.HTML()
        super().__init__([self._statement,
                          w.HBox([self._metric, self._value, self._unit],
                                 layout=w.Layout(flex_flow="row wrap")),
                          w.HBox([self._scope, self._remove]),
                          self._hint, self._error],
                         layout=w.Layout(border="1px solid #ccc", padding="4px",
                                         margin="2px 0", width="100%"))
        self.update_hint()
        self.driver = RowDriver(self)

    @property
    def fields(self) -> list[w.Widget]:
        return [self._statement, self._metric, self._value, self._unit, self._scope]

    def values(self) -> dict:
        return {"statement": self._statement.value.strip(), "metric": self._metric.value.strip(),
                "value": self._value.value.strip(), "unit": self._unit.value.strip(),
                "scope": self._scope.value}

    def update_hint(self) -> None:
        statement = self._statement.value.strip()
        if statement and not _starts_like_a_result(statement):
            self._hint.value = f'<span style="color:#0b3d91">ℹ {esc(self.HINT)}</span>'
        else:
            self._hint.value = ""

    def record(self) -> Result:
        text = self._value.value.strip()
        try:
            return Result(statement=self._statement.value, metric=self._metric.value,
                          value=text or None, unit=self._unit.value, scope=self._scope.value)
        except ValidationError as exc:
            if exc.field != "value":
                raise
            found = _NUMBER.search(text)
            example = found.group(0).replace(",", ".") if found else "20"
            raise ValidationError(
                f"the value '{text}' is not a number. Type a number like {example} in "
                "the value box (units such as % go in the unit box, words in the metric), or "
                "leave it empty.", field="value") from None

    def show_error(self, text: str) -> None:
        self._error.value = (f'<span style="color:#8a0b0b">✖ {esc(text)}</span>' if text else "")

    def summary(self) -> str:
        s = self._statement.value.strip()
        return (s[:40] + "...") if len(s) > 40 else (s or "(no statement yet)")


class ResultsEditor(RoleListEditor):
    """Notebook 03: each role's results for the organisation, and its company results and
    relevance ratings, with the hiring manager's goals shown for reference."""

    kind, kinds, list_field = "result", "results", "results"
    ratings = (("company_results", "What did your work achieve for the organisation?"),
               ("relevance", "How much does this job speak to the hiring manager's goals?"))
    progress_names = ("company_results", "relevance")

    def __init__(self, session: Session) -> None:
        self._goals = w.HTML()
        super().__init__(session)

    def _layout_children(self) -> list[w.Widget]:
        return [self._role, self._progress, self._goals, self._heading, self._rows_box,
                w.HBox([self._add, self._save]), self._status, self._message,
                self._controls["company_results"], self._controls["relevance"]]

    def _new_row(self, data):
        return _ResultRow(data)

    def _progress_text(self, ws):
        n = len(ws.roles)
        cr = sum(r.ratings.company_results is not None for r in ws.roles)
        rel = sum(r.ratings.relevance is not None for r in ws.roles)
        return f"{cr} of {n} roles rated for company results, {rel} of {n} for relevance"

    def _extra_sync(self, ws):
        target = ws.target_role
        title = f" for <b>{esc(target.title)}</b>" if target.title else ""
        if target.goals:
            items = "".join(f"<li>{esc(g)}</li>" for g in target.goals)
            self._goals.value = (f"<div>The hiring manager's goals{title}:"
                                 f'<ul style="margin:2px 0">{items}</ul></div>')
        else:
            self._goals.value = (f"<div>No hiring manager's goals yet{title}: paste them from "
                                 "the job ad in notebook 00, so you can rate relevance.</div>")


def results_editor(session: Session | None = None) -> ResultsEditor:
    """The notebook 03 editor on ``session`` (default: the kernel's shared session)."""
    session = session or open_session()
    return replacing_earlier(ResultsEditor(session), session)
