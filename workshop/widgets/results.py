"""Notebook 03's editor: per role, the results for the organisation in the participant's words
(statement; what was measured, the number, its unit and what the number is: a change, from what,
in what time, a count, an amount or a level; who felt it; which of the role's skills made it
possible), the company results and relevance ratings, with the hiring manager's goals shown for
reference. Fields the form does not show (another tool's) are kept as they were.

A typed value is read by the model's one number rule (``Result``); this module only words the
refusal for the value box. ``results_editor()`` builds the editor on the kernel's shared session.
"""

from __future__ import annotations

import re

import ipywidgets as w

from ..errors import ValidationError
from ..model import NUMBER_KINDS, SCOPES, Result, skill_key
from ..scope_words import scope_kind
from ..session import Session, open_session
from ..typed_entries import HEDGE_KEY, read_value
from ._base import form_text, replacing_earlier
from .messages import esc
from .role_list import RoleListEditor, RowDriver, format_value

__all__ = ["ResultsEditor", "results_editor"]

_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")  # only to suggest an example number


def _starts_like_a_result(statement: str) -> bool:
    return statement.strip().lower().startswith("i helped")


REMOVED = "(no longer a skill of this role: take it out)"
PICK_SEVERAL = ("To pick more than one skill, hold Ctrl (Cmd on a Mac) while you click; "
                "Ctrl-click a picked one to drop it.")
_KIND_LABELS = {"": "not said yet", "change": "a change (by how much, or from ... to ...)",
                "count": "a count of things done", "amount": "an amount (money, volume)",
                "level": "a level reached or held"}


def _value_shown(data: dict) -> str:
    """A result's value as the form shows it: with the hedge it was typed with ("about 20",
    "15 to 20"), where the box's text reads back to the same number and hedge
    (``typed_entries.read_value``); else the number alone."""
    value, hedge = format_value(data.get("value")), data.get(HEDGE_KEY)
    if not value or not isinstance(hedge, str) or data.get("from_value") is not None:
        return value
    read = read_value(f"{hedge}{value}")
    return f"{hedge}{value}" if read and read[0] == data.get("value") \
        and read[1].get(HEDGE_KEY) == hedge else value


class _ResultRow(w.VBox):
    """One result in the form: statement; metric, value, unit, what the number is, from what,
    in what time; who felt it; the skills that made it possible."""

    HINT = ('Tip: results sound strongest when they start with "I helped the company to ..." '
            "(or the team, the department, our customers) and say what changed.")

    def __init__(self, data: dict | None, skills: tuple[str, ...] = ()) -> None:
        data = data or {}
        self.origin = dict(data) if data else None
        self._kept = {k: v for k, v in data.items() if k not in (
            "statement", "metric", "value", "unit", "scope", "kind", "from_value", "period",
            "enabled_by")}  # my_part and other tools' fields: kept as they are
        self._statement = form_text(area=True, value=data.get("statement", ""),
                                    description="result",
                                    placeholder="I helped the company to ...",
                                    layout=w.Layout(width="98%", height="52px"),
                                    style={"description_width": "50px"})
        self._metric = form_text(value=data.get("metric", ""), description="metric",
                                 placeholder="e.g. overtime hours", layout=w.Layout(width="400px"),
                                 style={"description_width": "50px"})
        shown = _value_shown(data)
        if shown != format_value(data.get("value")):  # "about 20" shown, and read from the box
            self._kept.pop(HEDGE_KEY, None)
        self._value = form_text(value=shown, description="value",
                                placeholder="e.g. 18", layout=w.Layout(width="140px"),
                                style={"description_width": "40px"})
        self._unit = form_text(value=data.get("unit", ""), description="unit",
                               placeholder="e.g. %", layout=w.Layout(width="230px"),
                               style={"description_width": "32px"})
        # a word of the participant's own ("ward", "clients") is kept (``scope_said``, among the
        # kept fields) and shown beside the kind it is read as; one the kit cannot place is
        # "not one of these" until they pick a kind
        said = data.get("scope_said", "") if isinstance(data.get("scope_said"), str) else ""
        scope = data.get("scope", "team")
        # "" keeps the word's own reading: the kind the facilitator's list places it as, or
        # none; a kind picked here is the participant's, saved beside the word
        placed = scope_kind(said) if said else ""
        options = [(k, k) for k in SCOPES] + ([(f"{placed} (read from your word)"
                                                if placed else "not one of these", "")]
                                               if said else [])
        self._scope = w.Dropdown(options=options,
                                 value=scope if scope in dict(options).values() else "team",
                                 description="who felt it", layout=w.Layout(width="230px"),
                                 style={"description_width": "70px"},
                                 tooltip="team, department, company or customers")
        self._said = w.HTML(f'<span style="color:#333">in your words: \u201c{esc(said)}\u201d'
                            "</span>" if said else "")
        self._kind = w.Dropdown(options=[(label, k) for k, label in _KIND_LABELS.items()],
                                value=data.get("kind", "") if data.get("kind", "") in
                                NUMBER_KINDS else "", description="the number is",
                                layout=w.Layout(width="420px"),
                                style={"description_width": "initial"})
        self._from = form_text(value=format_value(data.get("from_value")), description="from",
                               placeholder="e.g. 40", layout=w.Layout(width="140px"),
                               style={"description_width": "40px"})
        self._period = form_text(value=data.get("period", ""), description="in what time",
                                 placeholder="e.g. in six months",
                                 layout=w.Layout(width="320px"),
                                 style={"description_width": "initial"})
        # the links as saved, by the model's rule for naming a skill (``skill_key``): a pick
        # of the skill they name is written back as saved, so an untouched row is unchanged
        self._saved_links = {skill_key(n): n for n in data.get("enabled_by", [])}
        self._enabled_by = w.SelectMultiple(
            description="made possible by", layout=w.Layout(width="420px"),
            style={"description_width": "initial"},
            tooltip="Which of this role's skills made the result possible (Ctrl or Cmd to pick "
                    "more than one). The draft links a skill to a result only where you say so.")
        self._remove = w.Button(description="Remove", tooltip="remove this result",
                                layout=w.Layout(width="80px"))
        self._hint = w.HTML()
        self._error = w.HTML()
        self._no_skills = w.HTML("<span>Add this role's skills in notebook 02 to say which one "
                                 "made this result possible.</span>")
        # said on the page, not only in a tooltip: a list picks one unless Ctrl or Cmd is held
        self._picker = w.VBox([self._enabled_by, w.HTML(
            f'<span style="font-size:90%;color:#333">{PICK_SEVERAL}</span>',
            layout=w.Layout(margin="0 0 0 8px"))])
        self._links = w.HBox([self._scope, self._said], layout=w.Layout(flex_flow="row wrap"))
        self.follow_skills(skills, picked=list(self._saved_links.values()))
        super().__init__([self._statement,
                          w.HBox([self._metric, self._value, self._unit],
                                 layout=w.Layout(flex_flow="row wrap")),
                          w.HBox([self._kind, self._from, self._period],
                                 layout=w.Layout(flex_flow="row wrap")),
                          self._links,
                          w.HBox([self._remove]),
                          self._hint, self._error],
                         layout=w.Layout(border="1px solid #ccc", padding="4px",
                                         margin="2px 0", width="100%"))
        self.update_hint()
        self.driver = RowDriver(self)

    @property
    def fields(self) -> list[w.Widget]:
        return [self._statement, self._metric, self._value, self._unit, self._scope, self._kind,
                self._from, self._period, self._enabled_by]

    def values(self) -> dict:
        """The form's values in the shape of a saved result (``saved_values``), so that an
        untouched row equals what was loaded."""
        out = {"statement": self._statement.value.strip(), "metric": self._metric.value.strip(),
               "value": self._value.value.strip(), "unit": self._unit.value.strip(),
               "scope": self._scope.value}
        optional = {"kind": self._kind.value, "from_value": self._from.value.strip(),
                    "period": self._period.value.strip(),
                    "enabled_by": [self._saved_links.get(skill_key(n), n)
                                   for n in self._enabled_by.value]}
        out.update({k: v for k, v in optional.items() if v not in ("", [], None)})
        out.update({k: v for k, v in self._kept.items() if k not in out})
        return out

    def follow_skills(self, skills: tuple[str, ...], picked: list[str] | None = None) -> None:
        """Offer ``skills`` (the role's, as saved) in "made possible by", keeping what is picked
        (``picked``, else the picks shown): a pick names the listed skill of its key, and a
        pick of a skill no longer listed stays, marked, so that Save refuses it by name."""
        picked = list(self._enabled_by.value) if picked is None else picked
        listed = {skill_key(n): n for n in reversed(skills)}
        keep = list(dict.fromkeys(listed.get(skill_key(n), n) for n in picked))
        options = [(n, n) for n in skills] + [(f"{n} {REMOVED}", n) for n in keep
                                                 if skill_key(n) not in listed]
        if list(self._enabled_by.options) != options:
            self._enabled_by.options = options
            self._enabled_by.rows = min(4, max(2, len(options)))
        if list(self._enabled_by.value) != keep:
            self._enabled_by.value = keep
        shown = self._picker if options else self._no_skills
        if self._links.children[2:] != (shown,):
            self._links.children = (self._scope, self._said, shown)

    def update_hint(self) -> None:
        statement = self._statement.value.strip()
        if statement and not _starts_like_a_result(statement):
            self._hint.value = f'<span style="color:#0b3d91">ℹ {esc(self.HINT)}</span>'
        else:
            self._hint.value = ""

    def record(self) -> Result:
        data = self.values()
        data["value"] = data["value"] or None
        try:
            return Result.from_dict(data)
        except ValidationError as exc:
            if exc.field not in ("value", "from_value"):
                raise
            text = self._value.value.strip() if exc.field == "value" else self._from.value
            box = "value" if exc.field == "value" else "from"
            found = _NUMBER.search(text)
            example = found.group(0).replace(",", ".") if found else "20"
            raise ValidationError(
                f"the {box} '{text}' is not a number. Type a number like {example} in "
                f"the {box} box (units such as % go in the unit box, words in the metric), or "
                "leave it empty.", field=exc.field) from None

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
        role = self._current
        names = tuple(s.name for s in role.skills) if role is not None else ()
        return _ResultRow(data, names)

    def _progress_text(self, ws):
        n = len(ws.roles)
        cr = sum(r.ratings.company_results is not None for r in ws.roles)
        rel = sum(r.ratings.relevance is not None for r in ws.roles)
        return f"{cr} of {n} roles rated for company results, {rel} of {n} for relevance"

    def _set_rows(self, rows, baseline):
        super()._set_rows(rows, baseline)
        self._follow_skills()

    def _follow_skills(self) -> None:
        """Every row's "made possible by" offers the skills of the role as saved."""
        role = self._current
        names = tuple(s.name for s in role.skills) if role is not None else ()
        for row in self._rows:
            row.follow_skills(names)

    def _extra_sync(self, ws):
        self._follow_skills()
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
