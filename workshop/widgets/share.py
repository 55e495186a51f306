"""Share with the class: see exactly what will be sent, choose how each skill is named, share.

``SharePanel`` is the share part of notebook 05 (the answer studio puts it where its share button
was). Beside the share button it shows the anonymised export exactly as it will be written (the
same id, the same fields, the same values), and above it every skill of the participant with the
name it will be shared under: the kit's vocabulary match when it is close, or "other" (with
the nearest listed skill suggested, never chosen for them). The participant may map a
skill to a listed one (or keep it "other"); the choice is saved in the workspace (the skill's
``share_as`` field) and the preview follows at once. Nothing typed (skill names included) is
ever in the export: a listed name or "other" only.

``ShareDriver`` is the small public driver tests and scripts use to read the preview, map a skill
and press the button without reaching into the widget's children.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import ipywidgets as w

from ..edits import with_item, with_role
from ..errors import NotFoundError
from ..model import Workspace
from ..session import Session
from ..share import SHARE_AS, export_dict, new_export_id, skill_mappings, write_export
from ..skills import OTHER_SKILL, skill_families
from . import _base
from ._base import LATE_KEYS, SessionView
from .memo import share_answer_of
from .messages import Message, esc, guarded
from .testing import Driver

__all__ = ["SharePanel", "ShareDriver", "OTHER_LABEL"]

OTHER_LABEL = "other (no skill name is shared)"


def _options() -> list[tuple[str, str]]:
    options = [(OTHER_LABEL, OTHER_SKILL)]
    for family, skills in skill_families().items():
        options += [(f"{skill} ({family})", skill) for skill in skills]
    return options


class SharePanel(SessionView):
    """The share preview, the skill mapping and the share button, bound to a session.

    ``folder`` gives the folder (or ``.json`` file) to share into, asked at each share;
    ``before_share`` runs first (the answer studio saves the text in its box).
    """

    def __init__(self, session: Session, *, folder: Callable[[], str | os.PathLike],
                 before_share: Callable[[], object] | None = None) -> None:
        self._folder = folder
        self._before_share = before_share
        self._export_id = new_export_id()  # one id: the preview shows the file as written
        self._shared_path: Path | None = None
        self._shared: dict | None = None  # the export as the last share wrote it
        self._shared_made = 0.0  # when (_base.clock)
        self._skill_keys: tuple = ()
        self._shown: tuple = (None, False)  # the export and staleness the preview shows
        self._options = _options()

        self._message = Message()
        self._mapping = w.VBox()
        self._preview = w.HTML(layout=w.Layout(flex="1 1 420px", min_width="280px"))
        self._since = w.HTML()  # says when the workspace changed after the last share
        self._button = w.Button(description="Share with the class (anonymised)",
                                tooltip="Write the anonymised export shown beside this button "
                                        "into the class folder",
                                button_style="success", layout=w.Layout(width="auto"),
                                # Voila's green (#388e3c) gives white text 4.1:1 (axe:
                                # color-contrast, serious); this one gives 5.1:1
                                style={"button_color": "#2e7d32"})
        self._button.on_click(self._on_share)
        super().__init__(session, [
            w.HTML("<h4 style='margin-bottom:2px'>Share with the class (anonymised)</h4>"
                   "<p style='margin-top:2px'>Only if you want to. <b>Shared:</b> your ratings, "
                   "enjoyment, skill levels before and after (each skill under a name from the "
                   "kit's list, or 'other'), how many results have a number, and which checks "
                   "your answer passes. <b>Not shared:</b> your name, job titles, "
                   "organisations, dates, your statements, your own skill names or your answer "
                   "text. Your facilitator sees the class together, not you.</p>"),
            self._mapping,
            w.HBox([w.VBox([self._button, self._message, self._since],
                           layout=w.Layout(flex="0 0 auto", max_width="300px")),
                    self._preview], layout=w.Layout(flex_flow="row wrap")),
        ], layout=w.Layout(max_width="900px"))
        self.driver = ShareDriver(self)
        self._guarded_refresh()  # a problem shows as a message

    # public surface ----------------------------------------------------------------------------

    @property
    def export_id(self) -> str:
        return self._export_id

    @property
    def shared_path(self) -> Path | None:
        """The file written by the last share, or ``None`` before the first."""
        return self._shared_path

    def preview(self) -> dict:
        """The export exactly as the share button would write it now."""
        ws = self._session.workspace
        return export_dict(ws, export_id=self._export_id, answer=share_answer_of(ws))

    def __repr__(self) -> str:
        n = len(self._skill_keys)
        where = f"; shared as {self._shared_path.name}" if self._shared_path else ""
        return f"SharePanel: {n} skill(s) to name for sharing{where}"

    # showing -----------------------------------------------------------------------------------

    def _rows(self, ws: Workspace) -> None:
        mappings = skill_mappings(ws)
        keys = tuple((m.role_id, m.index, m.name) for m in mappings)
        titles = {r.id: r.title for r in ws.roles}
        if keys != self._skill_keys:
            rows = []
            for m in mappings:
                picker = w.Dropdown(options=self._options, value=m.shared_as,
                                    description="shared as:",
                                    style={"description_width": "80px"},
                                    layout=w.Layout(width="auto", min_width="320px"))
                picker.observe(self._on_map(m.role_id, m.index, m.name), names="value")
                role = esc(titles.get(m.role_id, ""))
                near = (f"<br><small class='workshop-share-suggest'>Not in the kit's list: "
                        f"shared as 'other' unless you pick one. Nearest: "
                        f"<b>{esc(m.suggested)}</b>, if it fits.</small>"
                        if m.suggested else "")
                label = w.HTML(f"<span><b>{esc(m.name)}</b> <small>({role}; only you "
                               f"see this name)</small>{near}</span>",
                               layout=w.Layout(width="320px"))
                rows.append(w.HBox([label, picker], layout=w.Layout(flex_flow="row wrap")))
            head = (w.HTML("<p style='margin:4px 0'><b>Your skills and the names they are "
                           "shared under.</b> Pick a listed skill for one the kit did not "
                           "recognise, or keep it 'other'.</p>") if rows
                    else w.HTML("<p><i>No skills entered yet (notebook 02).</i></p>"))
            for old in self._mapping.children:
                old.close()
            self._mapping.children = [head, *rows]
            self._skill_keys = keys
        else:
            for row, m in zip(self._mapping.children[1:], mappings, strict=True):
                picker = row.children[1]
                if picker.value != m.shared_as:
                    picker.value = m.shared_as

    def _show_preview(self, data: dict | None = None) -> None:
        """Show the export (``data``, else as it would be written now) and whether the file
        shared last is older."""
        data = self.preview() if data is None else data
        stale = self._shared is not None and data != self._shared
        if (data, stale) == self._shown:
            return  # what the page shows already (a change elsewhere in the workspace)
        self._shown = (data, stale)
        self._since.value = (
            "<p role='status' class='workshop-share-old'>Your workspace changed after you "
            "shared: the class folder still has the file as it was. Press the button again to "
            "update it (your earlier file is replaced, no second one is made).</p>"
            if stale else "")
        text = json.dumps(data, indent=2, ensure_ascii=False)
        # Read in words first; the file itself below, unfolded on demand and never a scrolling
        # box (a scrollable ``pre`` is out of a keyboard's reach: axe's scrollable-region-focusable)
        self._preview.value = (
            "<div class='workshop-share-readable'><p style='margin:2px 0'><b>Exactly what will "
            "be sent</b> (this file, nothing else), in words:</p>" + _readable(data) +
            "<details><summary>The file itself (JSON)</summary><pre class='workshop-share-"
            "preview' style='white-space:pre-wrap;overflow-wrap:anywhere;font-size:85%;"
            f"border:1px solid #999;padding:4px'>{esc(text)}</pre></details></div>")

    def refresh(self) -> None:
        """Redraw the skill list and the preview from the saved workspace."""
        self._rows(self._session.workspace)
        self._show_preview()

    # callbacks ---------------------------------------------------------------------------------

    def _on_map(self, role_id: str, index: int, name: str):
        @guarded("_message")
        def handler(self, change) -> None:
            choice = change["new"]
            if (role_id, index, name, choice) in {(m.role_id, m.index, m.name, m.shared_as)
                                                  for m in skill_mappings(self._session.workspace)}:
                return  # what is saved (the panel showing it), not a participant's new choice

            def edit(ws: Workspace) -> Workspace:
                skill = ws.role(role_id).skills[index]
                if skill.name != name:  # changed elsewhere meanwhile: leave it alone
                    return ws
                mapped = replace(skill, extra={**skill.extra, SHARE_AS: choice})
                return with_role(ws, role_id, lambda role: replace(
                    role, skills=with_item(role.skills, index, mapped)))

            self._session.change(edit, f"share '{name}' as {choice}")
            shown = "other" if choice == OTHER_SKILL else f"'{choice}'"
            self._message.show(f"'{name}' will be shared as {shown}.", "ok")

        return lambda change: handler(self, change)

    def follow_late_keys(self) -> None:
        """Keys of the answer box that reach the kernel within ``LATE_KEYS`` of the share go
        into the shared file (written again in place); later changes are only shown as such."""
        if self._shared is not None and _base.clock() - self._shared_made <= LATE_KEYS:
            self._write()

    def _write(self) -> bool:
        """Save what the answer box holds, then write the export; True for a first share."""
        if self._before_share is not None:
            self._before_share()
        target = self._shared_path or Path(self._folder())
        path = write_export(self._session.workspace, target, export_id=self._export_id)
        first = self._shared_path is None
        self._shared_path = path
        self._shared, self._shared_made = self.preview(), _base.clock()
        self._show_preview(self._shared)
        return first

    @guarded("_message")
    def _on_share(self, _button=None) -> None:
        again = not self._write()
        path = self._shared_path
        self._message.show(f"{'Updated' if again else 'Shared'} with the class, anonymised, as "
                           f"the file {path.name} in the class folder: exactly the file shown "
                           "beside this button.", "ok")


def _yes(value: object) -> str:
    return "yes" if value else "no"


def _readable(data: dict) -> str:
    """The export in words, one list item per thing shared (every value escaped)."""
    ratings = ("skill_growth", "company_results", "relevance")
    items = []
    for n, role in enumerate(data.get("roles", []), start=1):
        r = role.get("ratings") or {}
        rated = ", ".join(f"{k.replace('_', ' ')} {esc(r[k])}" for k in ratings if k in r)
        rank = (f"ranked {esc(role['rank'])}, score {esc(role['score'])}"
                if role.get("rank") is not None else "not ranked")
        skills = "; ".join(
            f"{esc(s['skill'])}: {esc(s['before'])} to {esc(s['after'])}"
            + (", used later" if s.get("used_later") else "") for s in role.get("skills", []))
        results = role.get("results", [])
        numbered = sum(1 for x in results if x.get("quantified"))
        items.append(
            f"<li>A role ({n}): {rank}; ratings: {rated or 'none'}; enjoyment: "
            f"{esc(role.get('enjoyment') if role.get('enjoyment') is not None else 'not given')}"
            f"; skills: {skills or 'none'}; {len(results)} result(s), {numbered} with a number"
            "</li>")
    answer = data.get("answer") or {}
    findings = answer.get("findings") or {}
    done = ", ".join(esc(k.replace("_", " ")) for k, ok in findings.items() if ok)
    items.append(f"<li>Your answer: {esc(answer.get('words', 0))} words, about "
                 f"{esc(answer.get('seconds', 0))} seconds; checks passed: {done or 'none'}; "
                 "the text itself is not sent</li>")
    items.append(f"<li>Counts: {esc(data.get('goal_count', 0))} goal(s), "
                 f"{esc(data.get('role_count', 0))} role(s), {esc(data.get('ranked_count', 0))}"
                 f" ranked; strongest role is the most enjoyed: "
                 f"{_yes(data.get('strongest_is_most_enjoyed'))}; it has a result with a number: "
                 f"{_yes(data.get('strongest_has_quantified_result'))}</li>")
    return f"<ul style='margin:2px 0 4px;padding-left:20px'>{''.join(items)}</ul>"


def _shown_name(label: w.HTML) -> str:
    return html.unescape(re.search(r"<b>(.*?)</b>", label.value, re.S).group(1))


class ShareDriver(Driver):
    """Drive a ``SharePanel`` as a participant would, through what it shows."""

    def __init__(self, panel: SharePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def preview_text(self) -> str:
        """The preview as displayed (HTML unescaped): the JSON the button writes."""
        match = re.search(r"<pre[^>]*>(.*)</pre>", self.panel._preview.value, re.S)
        return html.unescape(match.group(1)) if match else ""

    def preview(self) -> dict:
        return json.loads(self.preview_text())

    def skills(self) -> dict[str, str]:
        """Each skill as the participant typed it -> the name it is shared under, as shown."""
        out = {}
        for row in self.panel._mapping.children[1:]:
            label, picker = row.children
            out[_shown_name(label)] = picker.value
        return out

    def map_skill(self, name: str, to: str) -> None:
        """Choose the listed skill (or "other") the participant's skill ``name`` is shared as."""
        for row in self.panel._mapping.children[1:]:
            label, picker = row.children
            if _shown_name(label) == name:
                picker.value = to
                return
        raise NotFoundError(f"no skill '{name}' is listed to share.")

    def share(self) -> Path | None:
        """Press the share button; the file written (``None`` when it was refused)."""
        self.press("Share with the class (anonymised)")
        return self.panel.shared_path
