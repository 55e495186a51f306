"""The driver of notebook 05's studio (``AnswerStudio``): types in the answer box, presses its
buttons and reads what it shows, as a participant does, for the tests and scripts
(``widgets/testing.py`` is the drivers' base)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as w

from .testing import Driver

if TYPE_CHECKING:
    from .answer import AnswerStudio

__all__ = ["AnswerDriver"]


class AnswerDriver(Driver):
    """Drive an ``AnswerStudio`` as a participant does: ``write(text)`` types in the answer
    box, ``press(AnswerDriver.DRAFT)`` drafts (found by its tooltip: its label changes when it
    asks to confirm), ``press("Save")``, ``press("Make my answer card")``, ``undo()``; picking
    another role in "The role:" only shows its draft, and ``press("Answer about this role
    instead")`` makes the answer about it; read the ``answer_box``, the check ``feedback`` and
    the ``downloads`` links (HTML). The share part has its own driver,
    ``studio.share_panel.driver``, and practice mode too, ``studio.practice.driver``."""

    DRAFT = "Write a first draft from what you entered for this role"

    def __init__(self, studio: AnswerStudio) -> None:
        super().__init__(studio)
        self.studio = studio

    @property
    def answer_box(self) -> w.Textarea:
        """The answer box (found by its placeholder)."""
        return self.box("Your answer.")

    def write(self, text: str) -> None:
        """Type ``text`` into the answer box (it replaces what was there)."""
        self.answer_box.value = text

    @property
    def feedback(self) -> str:
        """The HTML of the live check under the box."""
        return self.studio._feedback.value

    @property
    def downloads(self) -> str:
        """The HTML of the download links (the workspace file's once "Get my workspace file"
        was pressed, then the card's files)."""
        return self.studio._take_home.links

    @property
    def questions(self) -> list[str]:
        """The coach's questions (their text), in the order 05 asks them, those behind "More
        questions (N)" too."""
        return [q.text for q, _row, _box in self.studio._questions.rows.values()]

    @property
    def open_questions(self) -> list[str]:
        """The coach's questions shown open (at most ``coach.OPEN_AT_ONCE`` until "More
        questions" is pressed), in order."""
        rows = self.studio._questions.rows
        return [rows[k][0].text for k in self.studio._questions.open_keys]

    @property
    def more_label(self) -> str:
        """The label of the "More questions (N)" button ("" when it is not shown)."""
        more = self.studio._questions.more
        return more.description if more in self.studio._questions.children else ""

    def more(self) -> None:
        """Press "More questions (N)" (or "Fewer questions")."""
        self.studio._questions.more.click()

    def reply(self, question: str, text: str) -> None:
        """Type (or pick) ``text`` as the reply to the coach's question that contains
        ``question``, then press its "Add to my entries" (a question behind "More
        questions" is opened first, as a participant does)."""
        if not any(question in q for q in self.open_questions):
            self.more()
        self.reply_box(question).value = text
        next(row for q, row, _b in self.studio._questions.rows.values()
             if question in q.text).children[1].children[1].click()

    def reply_box(self, question: str):
        """The reply box of the coach's question that contains ``question`` (set its
        ``value`` to type a reply without adding it)."""
        for q, row, box in self.studio._questions.rows.values():
            if question in q.text and box is not row.children[0]:
                return box
        raise LookupError(f"no coach's question with a reply box says {question!r}")

    def cancel_pending_save(self) -> None:
        """Drop the save that waits for a pause in typing (the typed text stays in the box,
        unsaved): for a test whose event loop ends before the pause."""
        self.studio._save_soon.cancel()
