"""What notebook 05 shows, worked out once per distinct input: the drafts, the coach's questions,
the interviewer's follow-ups, the answer check and which answer a share holds.

A rating clicked in 03 reaches 05 as a new workspace, and most of what 05 shows did not change
with it: a draft reads one role (its entries, ratings included), the target role and the roles'
titles; the check reads the answer's text and the goals. So each result is kept under exactly
those inputs (``role_key``), and a change elsewhere in the workspace finds it again. The rules
themselves stay in ``workshop.draft``, ``workshop.check`` and ``workshop.practice``: this module
only remembers their answers (a few dozen, the least recently used dropped first).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Hashable

from ..answer_choice import AnswerChoice, answer_for, answer_role_id
from ..check import AnswerCheck, check_answer
from ..draft import (
    Draft,
    Question,
    entry_questions,
    offered_draft,
)
from ..model import Workspace
from ..practice import follow_ups
from ..share import answer_summary

__all__ = ["role_key", "draft_of", "questions_of", "follow_ups_of", "check_of", "answer_of",
           "share_answer_of"]

_SIZE = 64
_kept: OrderedDict[Hashable, object] = OrderedDict()


def _remembered(key: Hashable, work: Callable[[], object]):
    if key in _kept:
        _kept.move_to_end(key)
        return _kept[key]
    value = work()
    _kept[key] = value
    while len(_kept) > _SIZE:
        _kept.popitem(last=False)
    return value


def role_key(workspace: Workspace, role_id: str | None) -> Hashable:
    """Everything a draft of ``role_id`` reads: the role as saved (every field), the target
    role and the titles of all roles (the close says whether the target job was held)."""
    try:
        role = json.dumps(workspace.role(role_id).to_dict(), sort_keys=True, default=str) \
            if role_id is not None else None
    except KeyError:
        role = ("missing", role_id)
    return (role_id, role, workspace.target_role.title, tuple(workspace.target_role.goals),
            tuple(r.title for r in workspace.roles))


def draft_of(workspace: Workspace, role_id: str, seconds: int) -> Draft:
    """``draft.offered_draft(workspace, role_id, seconds)``, remembered: the draft 05
    offers (one draft at both lengths for entries too thin for 90 seconds)."""
    return _remembered(("draft", seconds, role_key(workspace, role_id)),
                       lambda: offered_draft(workspace, role_id, seconds))


def questions_of(workspace: Workspace, role_id: str | None) -> list[Question]:
    """``draft.entry_questions(workspace, role_id)``, remembered (a new list each time): the
    coach's questions from the entries, with no draft made. They read the role's entries but
    not its ratings, so a rating clicked elsewhere finds them again."""
    if role_id is None:
        return entry_questions(workspace, None)
    return list(_remembered(("questions", _entries_key(workspace, role_id)),
                            lambda: tuple(entry_questions(workspace, role_id))))


def _entries_key(workspace: Workspace, role_id: str) -> Hashable:
    """What the coach's questions of ``role_id`` read: the role's entries (its ratings left
    out) and the hiring manager's goals."""
    try:
        role = workspace.role(role_id).to_dict()
        role.pop("ratings", None)
        role = json.dumps(role, sort_keys=True, default=str)
    except KeyError:
        role = ("missing", role_id)
    return (role_id, role, tuple(workspace.target_role.goals))


def follow_ups_of(workspace: Workspace, role_id: str | None, text: str) -> list:
    """``practice.follow_ups(workspace, role_id, text)``, remembered (a new list each time)."""
    return list(_remembered(("follow_ups", text, role_key(workspace, role_id)),
                            lambda: tuple(follow_ups(workspace, role_id, text))))


def check_of(text: str, goals) -> AnswerCheck:
    """``check.check_answer(text, goals)``, remembered."""
    goals = tuple(goals)
    return _remembered(("check", text, goals), lambda: check_answer(text, list(goals)))


def answer_of(workspace: Workspace) -> AnswerChoice:
    """``answer_choice.answer_for(workspace)``, remembered: it reads the answer, the role it is
    about (the chosen one, else the strongest) and that role's draft inputs."""
    role_id = answer_role_id(workspace)
    key = ("answer", workspace.answer.text, role_id, role_key(workspace, role_id))
    return _remembered(key, lambda: answer_for(workspace))


def share_answer_of(workspace: Workspace) -> dict:
    """What the share export says of the answer (``share.answer_summary`` of ``answer_of``),
    remembered."""
    choice = answer_of(workspace)
    goals = tuple(workspace.target_role.goals)
    return _remembered(("share", choice.text, choice.source, goals),
                       lambda: answer_summary(choice.text, choice.source, goals))
