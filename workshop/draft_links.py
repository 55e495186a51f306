"""How a result the participant linked to a skill (``enabled_by``) follows the skill's growth,
and two results told one after the other said as one sentence (``told_together``).

Blind raters (r17) heard the skill's name pasted into a stock causal frame ("Because of my
skills in X, I ...", "Thanks to my skills in X, I ...", "With my X skills, med rec ...
improved", "Once I had got good at X, ...", "With what I learned about X, I ..."), and the
name said three to five times in one draft. The skill is named once, in its growth line; the
result it made possible follows that line as the next step of the story, pointing back with
"that" (whose referent is the sentence just before), in the grammar of the result's own
sentence (``linked_sentence``): "That is what let me cut month-end close from 10 to 6 days."
for the speaker's own doing, "That is what let us ..." for the team's, "With that behind me, I
managed $2.3 million in equipment ..." for an amount or a count, "That is a big part of why
time to hire went from 45 to 28 days." for a sentence with its own subject (whose subject is
never the skill's holder, so no frame may dangle before it). Where the result is not told
right after the growth line, or the participant's own words already say how the skill was
used, the result is told as they wrote it, with no frame. The forms are data (``links`` in
``data/wording.json``), so a facilitator can edit them.
"""

from __future__ import annotations

import re

from .check import check_answer
from .draft_read import names_skill
from .model import Result, Skill
from .note_grammar import unglued_name
from .result_number import ResultNumber
from .skill_story import base_verb, short_name
from .spoken import lower_first, starts_with_past_verb, wording_data
from .wording import content_stems, skill_words

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
    """The result's sentence (``said.told``) as the step that follows the skill's growth line
    (``after_growth``: the draft tells it right after the sentence that says the skill grew),
    by the shape of the sentence (``links`` in ``data/wording.json``); the sentence as it is
    anywhere else, where the opening already said the skill grew there ("skill:<name>" in
    ``used``: the listener knows the skill), where a link was said already ("linked"), and
    where the participant's own words say how the skill was used (the statement or their
    part, where it is said (``with_part``), name the skill, every meaningful word of it, and
    say how: "using", "by ...ing", "through", "with my": their how is said, not a frame)."""
    told = said.told
    if not after_growth or f"skill:{skill.name}" in used or "linked" in used or not told:
        return told
    topic = content_stems(skill_words(skill).topic)
    how = f"{told} {said.part if with_part else ''}"
    if topic and topic <= content_stems(how) and _HOW.search(how):
        return told  # "I used my rota skills to cut overtime": their how, no frame
    form = _link_form(said, told.rstrip(". "))
    # the answer check reads the result in it as it reads the plain sentence (a lead it hears
    # as no result, "That is a big part of why I managed ...", is not said)
    if not form or check_answer(form).finding("company_result").ok != said.result:
        return told
    used.add("linked")
    return form


# Words that say how something was done ("using the new rota", "by rebuilding", "through").
_HOW = re.compile(r"\b(?:us(?:e|ed|ing)|appl(?:y|ied|ying)|through|by \w+ing|with (?:my|the|a|"
                  r"our|an)|put \w+ to)\b", re.IGNORECASE)


def _link_form(said: ResultNumber, sentence: str) -> str:
    """The link by the result's shape, or "" where none fits."""
    forms = wording_data()["links"]
    subject = {"own": "I", "we": "We"}.get(said.shape, "")
    rest = sentence[len(subject) + 1:] if subject and sentence.startswith(f"{subject} ") else ""
    verb = rest.split(" ", 1)[0] if rest else ""
    base = base_verb(verb.lower()) if verb and starts_with_past_verb(rest) else ""
    # one past verb and its object: "cut month-end close ..."; a second verb ("... and
    # passed") would be left in the past after "let me"
    single = base and not re.search(r"(?:and|but|then)\s+(?:\w+\s+)?\w+ed|[,;]", rest)
    if subject == "I" and said.kind in ("amount", "count") and verb:
        return forms["amount"][0].format(done=rest)
    if single and said.shape in ("own", "we"):
        return forms[said.shape][0].format(doing=f"{base}{rest[len(verb):]}", done=rest)
    if said.shape in ("own", "we", "clause", "clause-now"):
        return forms["clause"][0].format(sentence=lower_first(sentence))
    return ""


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
