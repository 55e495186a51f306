"""Notebook 02's editor: per role, the skills it grew (name, level before and after, where the
skill was used later), the skill growth rating and the enjoyment rating (never part of the score).

``skill_growth_editor()`` builds it on the kernel's shared session; the notebook displays it.
"""

from __future__ import annotations

import ipywidgets as w

from ..edits import with_skills
from ..model import LEVELS, Role, Skill
from ..session import Session, open_session
from ._base import form_text, replacing_earlier
from .messages import esc
from .rating import level_definitions, rubric
from .role_list import RoleListEditor, RowDriver

__all__ = ["SkillGrowthEditor", "skill_growth_editor"]

_LABEL_WIDTH = "80px"  # the labels left of a skill's boxes: "Skill", "How far", "Used later"


class _SkillRow(w.VBox):
    """One skill in the form: name, level before and after, how far in the participant's own
    words, where it was used later; fields the form does not show are kept."""

    def __init__(self, data: dict | None, level_tip: str) -> None:
        data = data or {}
        self.origin = dict(data) if data else None  # the saved skill this row shows, if any
        # a box as wide as the row: a long skill's name shows whole (up to about 90 characters)
        self._name = form_text(value=data.get("name", ""), placeholder="a skill, e.g. scheduling",
                               description="Skill", layout=w.Layout(width="98%"),
                               style={"description_width": _LABEL_WIDTH})
        self._before = w.Dropdown(options=list(LEVELS), value=data.get("before", "novice"),
                                  description="before", tooltip=level_tip,
                                  layout=w.Layout(width="235px"),
                                  style={"description_width": "50px"})
        self._after = w.Dropdown(options=list(LEVELS), value=data.get("after", "competent"),
                                 description="after", tooltip=level_tip,
                                 layout=w.Layout(width="225px"),
                                 style={"description_width": "40px"})
        self._remove = w.Button(description="Remove", tooltip="remove this skill",
                                layout=w.Layout(width="80px"))
        # fields this form does not show (other tools' fields): kept as they are
        self._kept = {k: v for k, v in data.items()
                      if k not in ("name", "before", "after", "used_later", "how_far")}
        # visible labels: once both boxes are filled their placeholders are gone
        self._how_far = form_text(
            area=True,
            value=data.get("how_far", ""),
            description="How far",
            placeholder="in your own words: what could you do at first, and what by the end? "
                        "e.g. at first I could hardly read a rota; by the end I planned cover "
                        "for three sites",
            layout=w.Layout(width="98%", height="52px"),
            style={"description_width": _LABEL_WIDTH})
        self._used_later = form_text(
            area=True,
            value=data.get("used_later", ""),
            description="Used later",
            placeholder="where did you use this skill afterwards, and what did it produce? "
                        "e.g. planned rosters for 40 staff at my next job",
            layout=w.Layout(width="98%", height="52px"),
            style={"description_width": _LABEL_WIDTH})
        self._error = w.HTML()
        # the level boxes are wide enough for "advanced beginner" whole (issue 24); the row
        # wraps on a narrow page instead of cutting them
        super().__init__([self._name,
                          w.HBox([self._before, self._after, self._remove],
                                 layout=w.Layout(flex_flow="row wrap")),
                          self._how_far, self._used_later, self._error],
                         layout=w.Layout(border="1px solid #ccc", padding="4px",
                                         margin="2px 0", width="100%"))
        self.driver = RowDriver(self)

    @property
    def fields(self) -> list[w.Widget]:
        return [self._name, self._before, self._after, self._how_far, self._used_later]

    def values(self) -> dict:
        out = {"name": self._name.value.strip(), "before": self._before.value,
               "after": self._after.value, "used_later": self._used_later.value.strip()}
        if self._how_far.value.strip():
            out["how_far"] = self._how_far.value.strip()
        out.update({k: v for k, v in self._kept.items() if k not in out})
        return out

    def record(self) -> Skill:
        return Skill.from_dict({**self._kept, "name": self._name.value,
                                "before": self._before.value, "after": self._after.value,
                                "used_later": self._used_later.value,
                                "how_far": self._how_far.value})

    def show_error(self, text: str) -> None:
        self._error.value = (f'<span style="color:#8a0b0b">✖ {esc(text)}</span>' if text else "")

    def summary(self) -> str:
        return self._name.value.strip() or "(no name yet)"


class SkillGrowthEditor(RoleListEditor):
    """Notebook 02: the skills each role grew, and its skill growth and enjoyment ratings."""

    kind, kinds, list_field = "skill", "skills", "skills"
    ratings = (("skill_growth", "How much did this job grow your skills?"),
               ("enjoyment", "How much did you enjoy it? (never part of the score)"))
    progress_names = ("skill_growth",)

    def __init__(self, session: Session) -> None:
        self._levels = level_definitions()
        self._level_tip = "; ".join(f"{name}: {text}" for name, text in self._levels.items())
        self._legend = w.HTML(self._legend_html())
        super().__init__(session)

    def _legend_html(self) -> str:
        items = "".join(f"<li><b>{esc(name)}</b>: {esc(text)}</li>"
                        for name, text in self._levels.items())
        return (f'<details style="font-size:90%"><summary>What the levels mean (novice to '
                f'expert)</summary><ul style="margin:2px 0">{items}</ul></details>')

    def _layout_children(self) -> list[w.Widget]:
        return [self._role, self._progress, self._heading, self._legend, self._rows_box,
                w.HBox([self._add, self._save]), self._status, self._message,
                self._controls["skill_growth"], self._controls["enjoyment"]]

    def _new_row(self, data):
        return _SkillRow(data, self._level_tip)

    def _with_list(self, role: Role, items: tuple, renamed: dict[str, str]) -> Role:
        return with_skills(role, items, renamed)  # the results' links follow the skills

    def _renamed(self, records: list) -> dict[str, str]:
        pairs = zip(self._rows, records, strict=True)
        return {row.origin["name"]: record.name for row, record in pairs
                if row.origin and row.origin.get("name") != record.name}

    def _progress_text(self, ws):
        return f"{self._rated(ws)} of {len(ws.roles)} roles rated for skill growth"

    def _rating_doubt(self, name: str, value: int | None) -> str:
        """Skill growth 4 or 5 says a grown skill was used later: ask when no skill of the role
        says where (issue 24), or point to the typed one that is not saved yet."""
        if name != "skill_growth" or value is None or value < 4:
            return ""
        role = self._current
        if role is None or any(s.used_later.strip() for s in role.skills):
            return ""
        words = rubric(name)["levels"][str(value)]
        if any(row.values()["used_later"] for row in self._rows):
            return (f"A {value} says: \u201c{words}\u201d Your 'Used later' text is typed but "
                    "not saved yet: press \u201cSave skills\u201d to keep it.")
        if not role.skills and not self._rows:
            return (f"A {value} says: \u201c{words}\u201d No skill of this role is listed yet: "
                    "add the skills it grew with \u201cAdd a skill\u201d, say in 'Used later' "
                    "where you used one, and press \u201cSave skills\u201d.")
        return (f"A {value} says: \u201c{words}\u201d No skill of this role says where you used "
                "it later yet: fill a skill's 'Used later' box and press \u201cSave skills\u201d, "
                "or pick the number whose words fit.")


def skill_growth_editor(session: Session | None = None) -> SkillGrowthEditor:
    """The notebook 02 editor on ``session`` (default: the kernel's shared session)."""
    session = session or open_session()
    return replacing_earlier(SkillGrowthEditor(session), session)
