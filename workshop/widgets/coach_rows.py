"""The coach's questions in notebook 05 (``QuestionList``) as rows: each question's text and,
where it asks for a reply, a reply box of its own right under it with its "Add to my entries"
button.

What was typed in a reply box and not yet added is kept for its question (by workspace file,
role and question) beside the workspace (``workshop.drafts``, key ``coach/<role>/<question>``;
in the kernel's memory only where that file can't be written), so a redraw, a change saved
elsewhere, the cell run again, a page reload or a kernel restart builds the box anew with it,
and a workspace replaced in 00 takes none of it (the drafts file is the one place it is kept):
rows built for a workspace that was replaced (here or in another notebook) are built anew.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ipywidgets as w

from ..coach import OPEN_AT_ONCE, Question, studio_order
from ..drafts import DraftFile
from ..fields import MAX_TEXT
from ._base import form_text
from .messages import esc

__all__ = ["QuestionList", "question_row", "forget_reply"]

Where = tuple[Path, str | None, str]


def _key(where: Where) -> str:
    return f"coach/{where[1] or '-'}/{where[2]}"


def _keep_reply(where: Where, value) -> None:
    DraftFile.of(where[0]).put(_key(where), value or None)


def _typed(where: Where) -> str | None:
    """What was typed for the question and not added, as the drafts file beside the
    workspace keeps it (this kernel's typing, or a kernel's since restarted)."""
    kept = DraftFile.of(where[0]).get(_key(where))
    return kept if isinstance(kept, str) and 0 < len(kept) <= MAX_TEXT else None


def forget_reply(where: Where) -> None:
    """Drop what was typed for a question once its reply was added."""
    DraftFile.of(where[0]).put(_key(where), None)


def question_row(q: Question, where: Where,
                 on_add: Callable[[Question, w.Widget], None]) -> tuple[Question, w.Widget,
                                                                       w.Widget]:
    """(the question, its row, its reply box: the row's text for a question answered in
    another notebook). The reply box is labelled as the reply to this question, so that it
    is never taken for the answer box below."""
    text = w.HTML(f"<span>{esc(q.text)}</span>")
    if q.where:
        return q, w.VBox([text]), text
    typed = _typed(where)
    if q.options:
        box = w.Dropdown(options=list(q.options), description="Reply:",
                         value=typed if typed in q.options else None,
                         layout=w.Layout(width="auto", max_width="420px"),
                         style={"description_width": "50px"})
    else:
        box = form_text(area=True, rows=2, value=typed or "",
                        placeholder="your reply to this question, in your own words",
                        description="Reply:",
                        layout=w.Layout(width="95%", max_width="560px"),
                        style={"description_width": "50px"})
    box.observe(lambda change: _keep_reply(where, change["new"]), names="value")
    into = "answer" if q.code == "goal_evidence" else "entries"  # where the reply goes
    add = w.Button(description=f"Add to my {into}", layout=w.Layout(width="auto"),
                   tooltip=f"Add this reply to your {into}: {q.text}")
    add.on_click(lambda _b: on_add(q, box))
    return q, w.VBox([text, w.HBox([box, add], layout=w.Layout(flex_flow="row wrap"))],
                     layout=w.Layout(margin="0 0 8px 0")), box


class QuestionList(w.VBox):
    """The coach's questions under a heading, one row each, in the order that raises the
    answer most (``coach.studio_order``): the first ``OPEN_AT_ONCE`` open, the rest behind a
    "More questions (N)" button that shows them. A row stays while the same question stands,
    and each role's rows are kept while the role is there, so the strongest role changing back
    and forth with a rating clicked in 03 builds no widget again (the live floor of
    ``docs/live_views.md``); ``rows`` are all the rows, in that order, by question key, and
    ``open_keys`` the keys of those shown."""

    def __init__(self, on_add: Callable[[Question, w.Widget], None]) -> None:
        self._head = w.HTML()
        self._on_add = on_add
        self._by_role: dict[str | None, dict[str, tuple[Question, w.Widget, w.Widget]]] = {}
        self.rows: dict[str, tuple[Question, w.Widget, w.Widget]] = {}
        self._instance: object = None
        self._all_open = False  # "More questions" pressed: every row shown
        self.more = w.Button(description="More questions", layout=w.Layout(width="auto"),
                             tooltip="Show the coach's other questions")
        self.more.on_click(self._on_more)
        super().__init__([self._head])

    @property
    def open_keys(self) -> list[str]:
        """The keys of the rows shown open, in order."""
        keys = list(self.rows)
        return keys if self._all_open else keys[:OPEN_AT_ONCE]

    def _on_more(self, _button=None) -> None:
        self._all_open = not self._all_open
        self._lay_out()

    def _lay_out(self) -> None:
        shown = [self.rows[k][1] for k in self.open_keys]
        hidden = len(self.rows) - len(shown)
        self.more.description = ("Fewer questions" if self._all_open else
                                 f"More questions ({hidden})")
        tail = (self.more,) if hidden or self._all_open and len(self.rows) > OPEN_AT_ONCE \
            else ()
        children = (self._head, *shown, *tail) if self.rows else (self._head,)
        if self.children != children:  # the same rows: no message to the page
            self.children = children

    def take_kept(self, path: Path, role_id: str | None) -> None:
        """Put into each empty reply box of ``role_id`` what is kept for its question (typed in
        an earlier view of the cell, whose text reached the kernel after this one was built);
        a box with text of its own keeps it."""
        for key, (_q, _row, box) in self._by_role.get(role_id, {}).items():
            kept = _typed((path, role_id, key))
            if kept and isinstance(box, w.Textarea) and not box.value:
                box.value = kept

    def show(self, questions: list[Question], path: Path, role_id: str | None,
             role_ids: set[str], other: str = "") -> None:
        """Show ``questions`` of ``role_id`` (``other``: the name of a role looked at that
        the answer is not about); ``role_ids``: the roles there are now."""
        instance = DraftFile.of(path).learn()  # rows are for one workspace, not its successor
        if instance != self._instance:
            self._by_role, self._instance = {}, instance
        self._by_role = {k: v for k, v in self._by_role.items() if k in role_ids}
        earlier, kept = self._by_role.get(role_id, {}), {}
        for q in studio_order(questions):
            old = earlier.get(q.key)
            kept[q.key] = old if old is not None and old[0] == q else \
                question_row(q, (path, role_id, q.key), self._on_add)
        self.rows = self._by_role[role_id] = kept
        whose = f" for {esc(other)}, the role you are looking at" if other else ""
        self._head.value = (
            f"<h4 style='margin-bottom:2px'>A coach's questions{whose}</h4><p style='margin-top:"
            "0'>A draft says only what your entries hold. Answer these in the reply box under "
            "each question (or in the notebook it names), the first ones first: they add the "
            "most. Your reply goes into your entries, the draft follows, and the next "
            "question comes up.</p>") if kept else ""
        self._lay_out()
