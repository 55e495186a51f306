"""The words that tie a result to the skill the participant linked it to (``enabled_by``), and
two results told one after the other said as one sentence (``told_together``).

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

import re
import zlib

from .model import Result, Skill
from .result_number import ResultNumber
from .spoken import lower_first, starts_with_past_verb, upper_first, wording_data
from .wording import skill_words

__all__ = ["linked_sentence", "told_together"]


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


# A sentence said on its own, never joined to the one before: a link that names its skill
# (it leads its own beat), or one that opens on a time or a place.
_OWN_LEAD = re.compile(r"^(?:With|Because|Thanks|Using|After|Later|In|At|On|When|Once|Over|"
                       r"During|By|From|So)\b")
# Most words a sentence of two results may hold: a listener hears one breath, not a list.
MOST_WORDS = 30


def told_together(text: str, facts: set[str]) -> str:
    """``text`` with each two results told in a row (``facts``: the draft's result sentences,
    each a sentence of its own) said as one sentence, so a story is told, not a list stacked
    line by line (blind raters, r16: "choppy list"): "I opened 85 new accounts. I stopped a
    fraud check worth $9,500." -> "I opened 85 new accounts and stopped a fraud check worth
    $9,500." Joined in pairs from the first (a third stays a sentence of its own), only
    where the two come together to ``MOST_WORDS`` words or fewer, and never a result that
    opens with its own lead (a link naming its skill, a time, a place): the words are the
    participant's, and "and" claims no cause between them (``joined_pair``)."""
    found = sorted((text.find(f), f) for f in facts
                   if f and text.find(f) >= 0 and _one_sentence(f))
    out, taken = text, set()
    for (start, one), (nxt, two) in zip(found, found[1:], strict=False):
        if start in taken or nxt != start + len(one) + 1:
            continue
        both = joined_pair(one, two)
        if both != f"{one} {two}" and f"{one} {two}" in out:
            out = out.replace(f"{one} {two}", both, 1)
            taken |= {start, nxt}
    return out


def joined_pair(one: str, two: str) -> str:
    """Two results as one sentence, by their shapes: the same speaker doing both ("I opened
    ... and stopped ..."; "We ... and ..."), else ", and" before the second's own subject
    ("I trained 14 new nurses, and first-year turnover went down ..."); a first sentence with
    a comma of its own keeps the second's subject (", and I ..."). The two as they were where
    they cannot be joined (see ``told_together``), or where the first has an ", and" of its
    own ("I trained 23 new drivers, and all passed"): a second would run the facts on."""
    apart = f"{one} {two}"
    if not (one.endswith(".") and two.endswith(".")) or _OWN_LEAD.match(two):
        return apart
    if len(one.split()) + len(two.split()) > MOST_WORDS or re.search(r",\s+and\b", one):
        return apart  # a sentence with its own ", and" takes no second one
    head, tail = one[:-1], two[:-1]
    for subject in ("I", "We"):
        same = head.startswith(f"{subject} ") and tail.startswith(f"{subject} ")
        if same and "," not in head and starts_with_past_verb(tail[len(subject) + 1:]):
            return f"{head} and {tail[len(subject) + 1:]}."
    return f"{head}, and {lower_first(tail)}."


def _one_sentence(text: str) -> bool:
    return not re.search(r"[.!?]\s+[A-Z0-9£$€]", text.strip())
