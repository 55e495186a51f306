"""A grown skill's growth said from what the participant typed, never a stock frame round its
name (issue 20, draft48: "This job is where I learned X." in dev 12 of 56 drafts and held-out 23
of 60, marked down by blind raters as "true but thin, generic, no reason").

Each frame is chosen by what the entries hold, not rotated:

- the levels set in 02, said as how far the skill moved (``levels_sentence``: "I went from a
  beginner to proficient in dementia care there."), never for a name the participant hedged or
  one that names a quality ("patience": no one is "proficient at patience") or knowledge; the
  level words are data (``levels_said`` in ``data/wording.json``);
- a note of how they learned it (``how_learned``: "by doing the night audit every weekend" ->
  "I learned it by doing the night audit every weekend."; "shadowed the vault manager for 6
  months" -> "I shadowed the vault manager for 6 months."; "using Power BI for the weekly
  report" -> "I used Power BI for the weekly report."), in the first person and the job's
  tense, only where the note reads as a clause once said so.

Nothing is added that the entries do not hold: no scene, no "soon I was the one others asked".
"""

from __future__ import annotations

import re

from .growth_said import gave_shape, hedged, how_new, said_topic
from .model import Skill
from .spoken import lower_first, note_clause, speech, starts_with_past_verb, wording_data

__all__ = ["how_learned", "levels_clause", "levels_sentence", "quality"]


def quality(skill: Skill) -> bool:
    """True for a skill named as a quality of the person ("patience", "self-confidence",
    "being more assertive"): the levels' words ("proficient", "an expert") do not fit it."""
    name = re.sub(r"^(?:more|my|a|some|real)\s+", "", " ".join(skill.name.lower().split()))
    return name.strip(" .!") in _said()["quality_words"]


def levels_clause(skill: Skill, current: bool, also: bool = False) -> str:
    """The levels set in 02 as a clause of how far the skill moved, by the name's shape ("I
    went from a beginner to proficient in dementia care there", "I have gone from knowing the
    basics to competent at cross-selling"), or "" for a skill that did not move, a hedged or
    playful name (``growth_said.hedged``), a quality (``quality``), knowledge ("claims
    knowledge") or a shape with no preposition of its own in ``levels_said``. ``also``: a
    second skill grown in the same job ("I also went from ...")."""
    if skill.levels_grown <= 0 or hedged(skill) or quality(skill):
        return ""
    said = _said()
    shape, _base = gave_shape(skill)
    lead = said["at"].get(shape)
    if lead is None:
        return ""
    start, end = said["from"].get(skill.before), said["to"].get(skill.after)
    if not start or not end:
        return ""
    topic = said_topic(skill, shape)
    if skill.after == "advanced beginner":  # "knowing the basics of Canva"
        lead = "of {topic}"
    where = lead.format(topic=topic)
    form = said["frames"][("also_" if also else "") + ("held" if current else "over")]
    clause = form.format(start=start, end=end, where=where)
    if len(topic.split()) > LONG_TOPIC and clause.endswith(" there"):
        # a long doing is said last: "there" after it would be heard as its own place
        # ("... angry about a bill there"): said first
        clause = "There " + clause[:-len(" there")]
    return clause


# A skill's name longer than this many words is said last in its levels sentence.
LONG_TOPIC = 3


def levels_sentence(skill: Skill, current: bool, also: bool = False) -> str:
    """``levels_clause`` as a sentence, or ""."""
    clause = levels_clause(skill, current, also)
    return f"{clause}." if clause else ""


# A note that says how the skill was learned by a lead of its own ("by doing ...", "from my
# manager", "on the job").
_HOW_LEAD = re.compile(r"^(?:by|through|from|thanks to|via|on the job|with (?:the )?help)\b",
                       re.IGNORECASE)
_USING = re.compile(r"^using\s+(?=\S)", re.IGNORECASE)


def how_learned(note: str, skill: Skill, current: bool) -> str:
    """How the participant learned the skill, in their words (their note of how far, where it
    tells neither a start and an end nor where it got to, ``skill_story.own_growth`` and
    ``growth_said.own_end``): a lead of its own said after "I learned it" ("I got better at
    it" for a skill they had some of, ``how_new``), a past doing in the first person ("I
    shadowed ..."), a tool's "using ..." said as what they used ("I used Power BI ...", "I use"
    for a job held). "" for no note, a note of fewer than three words, or one that does not
    read as a clause once said so (the coach asks)."""
    note = speech(note or "").strip().rstrip(".")
    if len(note.split()) < 3:
        return ""
    if _HOW_LEAD.match(note):
        verb = "learned it" if how_new(skill) == "new" else "got better at it"
        said = f"I {verb} {lower_first(note)}"
        return f"{said}." if note_clause(said) and "," not in note else ""
    if _USING.match(note):
        said = f"I {'use' if current else 'used'} {_USING.sub('', note)}"
    elif re.match(r"^I\s", note):
        said = note
    elif starts_with_past_verb(note):
        said = f"I {lower_first(note)}"
    else:
        return ""
    return f"{said}." if note_clause(said) else ""


def _said() -> dict:
    return wording_data()["levels_said"]
