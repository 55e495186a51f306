"""How a result the participant linked to a skill (``enabled_by``) follows the skill's growth,
and two results told one after the other said as one sentence (``told_together``).

Blind raters (r17) heard the skill's name pasted into a stock causal frame ("Because of my
skills in X, I ...", "With what I learned about X, I ..."), and blind hiring managers (r24,
r25) quoted the frames that replaced it ("That is a big part of why ...", "That is what let me
...", "With that behind me, I ...") as the worst sentence: a join taken from a list, not chosen
by what the entries say. The skill is named once, in its growth; the result it made possible
follows as the participant wrote it, with no join of the kit's (``linked_sentence``), and where
they linked the two the growth is said on the result in one sentence
(``draft_results.growth_on_result``: "I learned X there and cut ...").
"""

from __future__ import annotations

import re

from .draft_read import names_skill
from .model import Result, Skill
from .note_grammar import unglued_name
from .result_number import ResultNumber
from .skill_story import short_name
from .spoken import lower_first, starts_with_past_verb

__all__ = ["linked_sentence", "told_together", "references_kept", "that_skill_named",
           "credited_elsewhere", "points_later"]


def credited_elsewhere(result: Result, skill: Skill | None) -> bool:
    """True when the participant linked ``result`` to a skill (``enabled_by``) and not to
    ``skill``, the story's: the result is another skill's doing (blind hiring managers, r21:
    "the conversion number from usability testing dropped in as if it came from the design
    system"), told as its own fact, with what the speaker did for it."""
    return bool(result.enabled_by) and (skill is None or not result.made_possible_by(skill))


# A sentence that ends on a later step than the growth ("..., and then I got the job for the
# rollout", "after that I ...", "later ..."): "that" after it points at that step.
_LATER_STEP = re.compile(r"\b(?:and then|then I|after that|afterwards|later (?:I|on|that)|"
                         r"since then|from then on)\b", re.IGNORECASE)


def points_later(sentence: str) -> bool:
    """True when ``sentence`` tells a step after the growth (``_LATER_STEP``): a link back
    ("That is a big part of why ...") after it would make that later step the result's cause
    (blind hiring managers, r21: "the later rollout job is made the cause of the 42-to-19-day
    result"), so the result is told as the participant wrote it, with no link."""
    return bool(_LATER_STEP.search(sentence))


def linked_sentence(said: ResultNumber, result: Result, skill: Skill, used: set[str],
                    after_growth: bool = False, with_part: bool = True) -> str:
    """The result's sentence as it follows the skill's growth: as the participant wrote it
    (``said.told``), with no join of the kit's. Blind hiring managers (r24, r25) quoted every
    frame the kit once put before it ("That is a big part of why ...", "That is what let me
    ...", "With that behind me, I ...") as the worst sentence of the draft: a join chosen from
    a list, not by what the entries say. Where the participant linked the result to the skill
    (``enabled_by``) the growth rides on it in one sentence (``draft_results.growth_on_result``:
    "I learned X there and cut ..."); their part says what they did. The arguments other than
    ``said`` are kept for the callers that pass the story's state."""
    del result, skill, used, after_growth, with_part
    return said.told


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


_THAT_SKILL = re.compile(r"\b([Tt])hat skill\b")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z0-9£$€])")


def references_kept(text: str, skills: list[Skill]) -> str:
    """``text`` with each "that skill" pointing at what a listener takes it to: kept where
    the sentence before it names a skill (or says its growth), else said by the short name
    (``skill_story.short_name``) of the skill named last before it (blind raters, r17: "I
    used that skill when I made reels" two sentences after the skill was named). ``skills``
    are the role's, the story's first."""
    sentences = _SENTENCE_END.split(text)
    out = []
    for n, sentence in enumerate(sentences):
        if n and _THAT_SKILL.search(sentence) and not _named_in(sentences[n - 1], skills):
            named = next((sk for before in reversed(sentences[:n - 1]) for sk in skills
                          if _names(before, sk)), skills[0] if skills else None)
            if named is not None:
                sentence = that_skill_named(sentence, unglued_name(short_name(named)))
        out.append(sentence)
    return " ".join(out)


def that_skill_named(sentence: str, name: str) -> str:
    """``sentence`` with its first "that skill"/"That skill" said as ``name``, capitalised
    where it opens the sentence."""
    return _THAT_SKILL.sub(lambda m: (name[:1].upper() if m[1] == "T" else name[:1]) + name[1:],
                           sentence, count=1)


def _named_in(sentence: str, skills: list[Skill]) -> bool:
    return any(_names(sentence, sk) for sk in skills)


def _names(sentence: str, skill: Skill) -> bool:
    """True when the sentence says the skill (``draft_read.names_skill``; a word the start of
    another counts: "grads" and "graduate")."""
    return names_skill(sentence, skill, word_starts=True)
