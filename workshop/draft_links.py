"""The words that tie a result to the skill the participant linked it to (``enabled_by``).

Blind raters found one stock link in most drafts ("That is how I ...", "It is a big part of why
...", "It paid off when ...", "That skill is also how ..."): a pronoun a listener can take to
point at the wrong thing, the same words in every answer. A link here is said only where the
participant linked the skill and the result, and it either names the skill it credits ("With
my Workday skills, I cut ...", "Because of what I learned about coaching, ...") or follows
right after that skill's growth line as a plain sequence ("Once I could do that, I cut ...",
"From there, ..."). Its form is chosen by the shape of the result's sentence and by the content
(not at random), and no form is said twice in one draft. The forms are data (``links`` in
``data/wording.json``), so a facilitator can edit them.
"""

from __future__ import annotations

import zlib

from .model import Result, Skill
from .result_number import ResultNumber
from .spoken import lower_first, upper_first, wording_data
from .wording import skill_words

__all__ = ["linked_sentence"]


def linked_sentence(said: ResultNumber, result: Result, skill: Skill, used: set[str], *,
                    after_growth: bool) -> str:
    """The result's sentence (``said.told``) led by a link to ``skill``: forms by the shape of
    the sentence (the speaker's own, "we", a clause of its own, one holding a number the check
    counts), those that follow a growth line where it comes right after the skill's
    (``after_growth``); a skill named by a long doing (over four words) is never slotted into
    a lead, so without a growth line before it the result is told plainly. ``used`` holds the
    forms said in this draft; none is said twice (the sentence is plain when all are)."""
    forms = wording_data()["links"]
    shape = said.shape if said.shape in ("own", "we") else "clause"
    words = skill_words(skill)
    named = len(words.topic.split()) <= 4
    pool = [*(forms["after_growth"] if after_growth else []),
            *(forms[shape] if named else []),
            *(forms["clause_counted"] if shape == "clause" and said.counted else [])]
    fresh = [form for form in pool if form not in used]
    if not fresh:
        return said.told
    form = fresh[zlib.crc32(f"{skill.name}|{result.statement}".encode()) % len(fresh)]
    used.add(form)
    return form.format(owned=words.owned, Owned=upper_first(words.owned),
                       sentence=lower_first(said.told))
