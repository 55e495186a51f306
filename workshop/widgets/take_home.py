"""Notebook 05's "Take it with you": the answer card and the workspace file, made when asked.

- "Make my answer card" saves the answer box, writes the card (``answer_card.md`` and the
  printable ``answer_card.html``) beside the workspace file and offers both for download. The
  card on offer is always the card of the answer as it is: keys that reach the kernel within
  ``LATE_KEYS`` of the click go into it (it is made again); a later change to the box or to the
  saved workspace (a rating in notebook 03, an undo) takes its download away and says why.
- "Get my workspace file" (``downloads.WorkspaceDownload``) makes the workspace file's link from
  the file as saved at that moment, the box saved first.

Nothing here is built on a change the participant did not ask for: a download link holds its
whole file (base64), so links made on every change would send the files to the browser at
every rating click. ``AnswerStudio`` (``answer.py``) places this part and calls ``follow``
on each redraw.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as w

from ..fileio import write_output
from ..model import Workspace
from . import _base
from ._base import LATE_KEYS
from .downloads import WorkspaceDownload, download_link
from .messages import Message, esc

__all__ = ["TakeHome", "CARD_NAMES", "remove_cards"]

CARD_NAMES = {"markdown": "answer_card.md", "html": "answer_card.html"}
# how each card the kit writes begins (``report.render``): a file there that does not begin so
# is not the kit's card and is never removed
_CARD_STARTS = {"markdown": (b"# My answer card:",),
                "html": (b"<!DOCTYPE html>",)}
_CARD_HTML_TITLE = b"<title>Answer card:"
_CARD_OLD = ("Your answer changed after the card was made, so the card's download is gone: "
             "click 'Make my answer card' again for a card of the answer as it is now.")
_CARD_ENTRIES_OLD = ("Your entries changed after the card was made (a rating, a skill or a "
                     "result; your answer's text did not change), so the card's download is "
                     "gone: click 'Make my answer card' again for a card of your entries as "
                     "they are now.")
_CARD_FILES_OLD = ("<p class='workshop-card-old'>ℹ {what} changed after the last card: "
                   "click <b>Make my answer card</b> for a new one. The card files beside your "
                   "workspace file are still the earlier card.</p>")
_KEEP_A_COPY = ("<p style='margin:2px 0'>Keep a copy: on Binder nothing is kept after the "
                "session ends. Load the workspace file again in notebook 00.</p>")


@dataclass(frozen=True)
class _Card:
    """The answer card last made: its Markdown, the answer text in it, when it was made, and
    the workspace it was made from."""

    markdown: str
    text: str
    made: float
    workspace: Workspace


def remove_cards(folder: Path) -> list[str]:
    """Remove the answer card files the kit wrote in ``folder`` (Start fresh: the next person
    at a shared computer must not find the last one's answer beside the empty workspace);
    returns the names removed. Only a regular file with one name whose start is the kit's card
    is removed: a link, a folder, or a file the participant wrote under that name stays."""
    removed = []
    for kind, name in CARD_NAMES.items():
        path = Path(folder) / name
        try:
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
                continue
            with open(path, "rb") as f:
                head = f.read(512)
        except OSError:
            continue
        if not head.startswith(_CARD_STARTS[kind]):
            continue
        if kind == "html" and _CARD_HTML_TITLE not in head:
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(name)
    return removed


class TakeHome(w.VBox):
    """The card button, its note, the workspace file's button and the download links.

    ``text()`` is the answer box's text now, ``save()`` saves the box into the workspace, and
    ``before()`` runs at the card's press (the studio cancels a pending confirm and a pending
    save); ``save_typed()`` runs before the workspace file's link is made (typed text not saved
    yet is saved, so the file holds what the box shows); ``message`` is the studio's message
    area.
    """

    def __init__(self, session, *, text: Callable[[], str], save: Callable[[], object],
                 before: Callable[[], object], save_typed: Callable[[], object],
                 message: Message) -> None:
        self._session = session
        self._text, self._save, self._before = text, save, before
        self._message = message
        self._card_made: _Card | None = None
        self.card_button = w.Button(description="Make my answer card",
                                    tooltip="Write the answer card next to your workspace and "
                                            "offer it for download",
                                    layout=w.Layout(width="auto"))
        self._card_note = w.HTML()
        self.workspace_file = WorkspaceDownload(session, before=save_typed, message=message)
        self._card_links = w.HTML()
        super().__init__([
            w.HTML("<h4 style='margin-bottom:2px'>Take it with you</h4>"),
            w.HBox([self.card_button], layout=w.Layout(flex_flow="row wrap")),
            self._card_note,
            w.HTML(_KEEP_A_COPY),
            self.workspace_file,
            self._card_links,
        ])

    @property
    def links(self) -> str:
        """The HTML of the download links shown: the workspace file's, then the card's."""
        return self.workspace_file.link.value + self._card_links.value

    def make_card(self) -> None:
        """Save the box, write the card beside the workspace, offer it and say so."""
        self._before()
        self._make_card()
        self._message.show(f"Your answer card is saved as {CARD_NAMES['markdown']} and "
                           f"{CARD_NAMES['html']} next to your workspace file, and you can "
                           "download it below. After a change, click the button again for a "
                           "new card.", "ok")
        self._card_note.value = (f"<p role='status' class='workshop-card-done'>✔ "
                                 f"{esc(self._message.text)}</p>")

    def _make_card(self) -> None:
        from ..report import build_report, render

        self._card_made = None  # the save below must not find it out of date
        self._card_links.value = ""
        self._save()
        ws = self._session.workspace
        report = build_report(ws)
        markdown, html = render(report, "markdown"), render(report, "html")
        folder = self._session.path.parent
        write_output(folder / CARD_NAMES["markdown"], markdown.encode("utf-8"))
        write_output(folder / CARD_NAMES["html"], html.encode("utf-8"))
        self._card_links.value = (
            download_link(CARD_NAMES["markdown"], markdown.encode("utf-8"),
                          "Answer card (Markdown)", "text/markdown")
            + download_link(CARD_NAMES["html"], html.encode("utf-8"),
                            "Answer card (printable page)", "text/html"))
        self._card_made = _Card(markdown, ws.answer.text.strip(), _base.clock(), ws)

    def follow(self, ws: Workspace | None = None) -> None:
        """The links on offer are of the answer and the file as they are now, or none is
        offered: ``ws`` is the saved workspace after a change (a rating changed in another
        notebook, an undo); without it, the box changed.

        Keys that arrive within ``LATE_KEYS`` of the card go into it (it is made again); a later
        change takes the card's download away and says why.
        """
        if ws is not None:
            self.workspace_file.follow()
        card = self._card_made
        if card is None:
            return
        text_changed = self._text().strip() != card.text
        if not text_changed and (ws is None or ws is card.workspace or self._same_card(ws)):
            return
        if ws is None and _base.clock() - card.made <= LATE_KEYS:
            self._make_card()
            return
        self._card_made = None
        self._card_links.value = ""
        self._card_note.value = _CARD_FILES_OLD.format(
            what="The answer" if text_changed else "Your entries")
        self._message.show(_CARD_OLD if text_changed else _CARD_ENTRIES_OLD, "info")

    def _same_card(self, ws: Workspace) -> bool:
        from ..report import build_report, render

        return render(build_report(ws), "markdown") == self._card_made.markdown
