"""The words that tie a result to the skill the participant linked it to (``enabled_by``).

Blind raters found one stock link in most drafts ("That is how I ...", "It is a big part of why
...", "It paid off when ...", "That skill is also how ..."): a pronoun a listener can take to
point at the wrong thing, the same words in every answer. A link here is said only where the
participant linked the skill and the result, and it names the skill it credits ("With my
Workday skills, I cut ...", "Because of what I learned about coaching, ..."), also right after
its growth line: "Once I could do that," and "From there," had nothing clear to point at (blind
raters, r15), a colon joining a skill to a result ("... teaching it to others: I trained 14
nurses") muddled the two, and "Putting what I learned to work, I ..." turned the cause round.
A result the participant did not link is told as a plain sentence of its own. Its form is
chosen by the shape of the result's sentence and by the content (not at random), and no form
is said twice in one draft. The forms are data (``links`` in
``data/wording.json``), so a facilitator can edit them.
"""

from __future__ import annotations

import zlib

from .model import Result, Skill
from .result_number import ResultNumber
from .spoken import lower_first, upper_first, wording_data
from .wording import skill_words

__all__ = ["linked_sentence"]


def linked_sentence(said: ResultNumber, result: Result, skill: Skill, used: set[str]) -> str:
    """The result's sentence (``said.told``) led by a link naming ``skill``, by the shape of the
    sentence (the speaker's own, "we", a clause of its own). A skill named by a long doing
    (over four words) is never slotted into a lead: the sentence is told plainly. ``used``
    holds what this draft has said: a link form, "skill:<name>" where the opening already
    said the skill grew there (the result then follows plainly: the listener knows the skill),
    "word:because" where the opening's reason began with that word. One named link a draft at
    most (a second would be a frame of its own), never a lead word the opening said ("...,
    because that is where I learned X. Because of my X skills, ...")."""
    forms = wording_data()["links"]
    shape = said.shape if said.shape in ("own", "we") else "clause"
    words = skill_words(skill)
    if words.learned:  # a doing is told as a clause: "Because I had learned to write SQL, ..."
        shape = "doing"
    if len(words.topic.split()) > 4 or f"skill:{skill.name}" in used or "linked" in used:
        return said.told
    fresh = [form for form in forms[shape] if form not in used
             and f"word:{form.split()[0].lower()}" not in used]
    if not fresh:
        return said.told
    form = fresh[zlib.crc32(f"{skill.name}|{result.statement}".encode()) % len(fresh)]
    used |= {form, "linked"}
    return form.format(owned=words.owned, Owned=upper_first(words.owned), learned=words.learned,
                       sentence=lower_first(said.told))
