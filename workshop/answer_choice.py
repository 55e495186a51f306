"""Which answer text, about which role, from where: the one rule (``answer_for``), asked by
every view (report, share, notebook 05, the demo). It reads the drafts ``workshop.draft``
writes; the draft knows nothing of which answer a view shows."""

from __future__ import annotations

from dataclasses import dataclass

from .draft import VERSIONS, answer_role_id, draft_answer, offered_draft
from .errors import ValidationError
from .model import Workspace

__all__ = ["AnswerChoice", "answer_for", "answer_role_id", "is_untouched_draft"]


@dataclass(frozen=True)
class AnswerChoice:
    """The answer a view shows or checks.

    Attributes:
        text: the answer text ("" when there is nothing to show).
        role_id: the role it is about, or None when there are no roles.
        source: "participant" (their own words), "draft" (written by the kit: the box is empty,
            or holds a draft the participant has not changed) or "none".
    """

    text: str
    role_id: str | None
    source: str


def is_untouched_draft(workspace: Workspace, text: str, role_id: str | None) -> bool:
    """True when ``text`` is a draft the kit writes for that role, word for word."""
    text = text.strip()
    if not text or role_id is None:
        return False
    try:
        return any(text in (draft_answer(workspace, role_id, s).strip(),
                            offered_draft(workspace, role_id, s).text.strip())
                   for s in VERSIONS)
    except ValidationError:
        return False


def answer_for(workspace: Workspace) -> AnswerChoice:
    """Which answer text, about which role, and where it comes from: the one rule.

    - the participant's own text, about the chosen role (else the strongest, else the first);
      a text that is still an untouched draft counts as the kit's draft;
    - an empty box: the 90-second draft for that role, source "draft";
    - no roles at all: no text, no role, source "none".
    """
    role_id = answer_role_id(workspace)
    own = workspace.answer.text.strip()
    if own:
        source = "draft" if is_untouched_draft(workspace, own, role_id) else "participant"
        return AnswerChoice(own, role_id, source)
    if role_id is None:
        return AnswerChoice("", None, "none")
    return AnswerChoice(offered_draft(workspace, role_id).text, role_id, "draft")
