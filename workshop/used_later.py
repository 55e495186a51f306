"""The one reading of "a grown skill used later": whether a role's entries say it, as 05's check
reads the sentences the draft says from them.

Notebook 04's score gives a role the "used later" points, and 05's answer check credits a later
use in the draft; both read it here, so they cannot disagree. A role holds a later use when the
answer check finds one in what the draft would say from the role's entries: each grown skill's
growth line as the draft words it (the line naming the skill, without the participant's own
words of how far it grew, which the draft may leave out) followed by its later
use (``skill_story.later_use_sentence``, at the time the entries hold), and the participant's
own reason (``personal_value``: "I train the new guys now",
of a skill the job grew, is a later use the check credits, so the score counts it too). A note
the draft cannot say ("yes", a fragment with no verb), one that says a result again (the draft
tells the result once) or one on a skill that did not grow counts for neither.
"""

from __future__ import annotations

import functools

from .check import check_answer
from .draft_frame import variant_of
from .model import Role
from .personal_value import role_value
from .skill_story import growth_parts, later_use_sentence, later_when
from .wording import content_stems, skill_words

__all__ = ["role_used_later", "used_later_text"]

CACHE_SIZE = 2048


def used_later_text(role: Role, roles: tuple[Role, ...] = ()) -> str:
    """What the draft says from the role's entries that can tell a later use: the
    participant's reason first, as the draft says it, then each grown skill's growth line
    (naming the skill, as the draft words it) and later use ("" when there is none).
    ``roles``: the workspace's jobs, which place a later use in time (``later_when``)."""
    parts: list[str] = []
    results = [content_stems(r.statement) for r in role.results]
    for skill in role.skills:
        if skill.levels_grown <= 0:
            continue
        said = content_stems(skill.used_later)
        if said and any(len(said & told) >= 0.8 * len(said) for told in results):
            continue  # the note says a result again: the draft tells the result, once
        later = later_use_sentence(skill, variant_of(skill.name), role.current, named=True,
                                   when=later_when(skill, role, roles or (role,)))
        parts.append(growth_parts(skill, role.current, variant_of(skill.name, role.id))[0])
        # the draft names the grown skill as learned there too (the opening's "where I learned
        # X", a link's "what I learned about X"), which is where the check finds its words
        parts.append(f"I learned {skill_words(skill).topic} there.")
        if later:
            parts.append(later)
    reason = role_value(role).sentence
    if reason and parts:  # said first, as the draft says it right after the opening
        parts.insert(0, reason)
    return " ".join(parts)


def role_used_later(role: Role, roles: tuple[Role, ...] = ()) -> bool:
    """True when the role's entries say a grown skill was used later, as 05's check reads the
    draft's sentences of them (``used_later_text``): 04's score part "used later"."""
    text = used_later_text(role, roles)
    return bool(text) and _credited(text)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _credited(text: str) -> bool:
    return check_answer(text).finding("used_later").ok
