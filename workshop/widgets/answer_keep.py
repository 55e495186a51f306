"""Notebook 05's answer box kept beside the workspace on every change (``workshop.drafts``, key
``answer``), so that the last words typed before a kernel restart, a page reload or a closed
tab come back in the box, though the workspace saves the text only once typing pauses.

Each change is written through ``drafts.Typing``: at once when the box wrote nothing in the
last ``drafts.GAP`` seconds, or when its last key ended a word (in place of the gap's next
write, so no write more), else its latest text once that time has passed, and whatever is
waiting when the kernel exits (a restart, a shutdown, SIGTERM); the key is dropped once the
workspace holds the text. What a kernel killed outright (SIGKILL, out of memory) loses is
measured by ``benchmarks/kill_loss.py``.

The box's typing is for the workspace it was typed in (``typed_for``, its identity in
``workshop.drafts``): when another notebook replaces the workspace meanwhile, the typing is
``stale``: it is neither kept beside the new workspace (``drafts`` holds it in this kernel's
memory) nor saved into it, until the participant saves it there on purpose (``adopt``) or the
replacement is undone, which makes it the workspace's typing again (``revived``).
"""

from __future__ import annotations

import os

from ..drafts import OWN, DraftFile, Typing
from ..fields import MAX_LONG_TEXT
from ..model import Workspace

__all__ = ["KeptAnswer", "KEY", "BACK", "ends_word"]

KEY = "answer"
BACK = ("What you had typed in your answer and was not saved yet (the notebook restarted or "
        "its page closed) is back in the box, and saved now.")


def ends_word(text: str) -> bool:
    """Whether the last key typed into ``text`` ended a word: a space, a line break or a
    mark that ends a clause (``.,;:!?``) after a letter or a digit; a run of spaces ends one
    word, once, and an apostrophe or a hyphen inside a word ends none."""
    return len(text) >= 2 and (text[-1].isspace() or text[-1] in ".,;:!?") \
        and text[-2].isalnum()


class KeptAnswer:
    """The answer box's typing kept for one workspace file: ``keep(text, role_id, saved)``
    on every change, ``forget()`` once the workspace holds it, ``kept(workspace)`` the text
    to put back in a box built anew (None when there is none).

    Attributes:
        typing: the coalesced writer (``drafts.Typing``), its ``writes`` counted.
    """

    typed_for: object = OWN  # the workspace the box's typing is for

    def __init__(self, workspace_file: str | os.PathLike) -> None:
        self.typing = Typing(DraftFile.of(workspace_file), KEY)
        self.typed_for = self.typing.drafts.learn()
        self._was_stale = False

    @property
    def stale(self) -> bool:
        """True when the box's typing is for a workspace that another notebook replaced."""
        return self.typed_for is not OWN and self.typed_for != self.typing.drafts.learn()

    def revived(self) -> bool:
        """True once when the box's typing, stale until now, is for the workspace again (the
        replacement was undone): it is to be saved."""
        stale = self.stale
        back, self._was_stale = self._was_stale and not stale, stale
        return back

    def adopt(self) -> None:
        """The participant saves the box into the workspace shown now, on purpose."""
        self.typed_for = self.typing.drafts.learn()

    def keep(self, text: str, role_id: str | None, saved: str) -> None:
        """Keep ``text`` typed about ``role_id`` over the saved answer ``saved``: written
        within ``drafts.GAP``, and at once when its last key ended a word (``ends_word``);
        for the workspace it was typed for (held in memory when that one was replaced)."""
        self.typing.put({"text": text, "role": role_id, "baseline": saved}
                        if text.strip() != saved.strip() else None, word_end=ends_word(text),
                        instance=self.typed_for)

    def flush(self) -> None:
        self.typing.flush()

    def forget(self) -> None:
        """The workspace holds the box's text: nothing waits, and the key is dropped; the
        next typing is for the workspace shown now."""
        self.typing.cancel()
        self.typing.drafts.put(KEY, None)
        self.adopt()

    def kept(self, workspace: Workspace) -> str | None:
        """The text typed and not saved into ``workspace`` (by a kernel since restarted, a tab
        closed), or None: none kept, the same as saved, or not a text the box holds."""
        found = self.typing.drafts.get(KEY)
        text = found.get("text") if isinstance(found, dict) else None
        if not isinstance(text, str) or not text.strip() or len(text) > 4 * MAX_LONG_TEXT:
            return None
        if text.strip() == workspace.answer.text.strip():
            self.forget()  # saved since
            return None
        return text
