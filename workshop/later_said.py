"""A later use said the way a person says it (issue 20, blind hiring managers r26): the later
doing with its own subject, time and place ("In my next job, I went on to build the med rec
process for the PCN.", "Now I use it to run discovery at Cloudly."), never the kit's frame
round the skill ("I used that skill when I built ...", "I used my skills in Instagram content
when I made reels ...", "I drew on that skill when ...", "Later, I used that skill on ...").

- ``went_on``: a past doing of the note told as what the speaker went on to do, at the time
  the entries hold; ``None`` where the note's verb has no base form the kit knows, or where a
  second past verb would clash with the infinitive ("built X and ran Y").
- ``spoken_pointer``: the skill told just before is "it" after a use ("use it to", "used it
  on ... too"), as a listener takes it, never "that skill".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .note_grammar import adverb
from .spoken import clause_in_past, starts_with_past_verb

__all__ = ["went_on", "spoken_pointer", "own_use", "name_as_it", "POINTER_USE"]

# "I" and the note's own verb, the rest as the participant typed it
_OWN = re.compile(r"^I\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$")
# words after "I" that name no doing ("I was ...", "I also ...")
_NO_DOING = frozenset("am was were have had has did also still never just always only would "
                      "could will can should really used use applied reused".split())


def went_on(own: str, lead: str, base_of: Callable[[str], str]) -> str | None:
    """``own`` ("I wrote the unit's checklist, which is still in use") said as what the speaker
    went on to do, after ``lead`` (a time the entries hold, "In my next job, ", or ""): "I went
    on to write the unit's checklist, which is still in use."; ``base_of`` gives a past verb's
    base ("wrote" -> "write", "" where unknown). ``None`` for a note this cannot say."""
    m = _OWN.match(own.strip().rstrip("."))
    if not m:
        return None
    verb, rest = m["verb"].lower(), m["rest"]
    if verb in _NO_DOING or adverb(verb) or not starts_with_past_verb(verb):
        return None
    base = base_of(verb)
    if not base or base in ("use", "apply", "reuse"):
        return None
    # "built X and ran Y": "to build X and ran Y" would clash (said the old way)
    if any(starts_with_past_verb(w) for w in re.findall(r"\b(?:and|,)\s+(\w+)", rest)
           if not re.match(r"^(?:which|who|where|when|so|and|but|the|a|an|my|our|all|one|"
                           r"it|they|we|i)$", w, re.IGNORECASE)):
        return None
    return f"{lead}I went on to {base}{rest}."


# A use of the skill told just before, with the kit's pointer: "use that skill to", "used
# that skill on"
POINTER_USE = re.compile(r"\b(?P<verb>use|used|apply|applied)\s+that skill(?=\s+(?:to|on|in|at|for|"
                         r"with|as|every|daily)\b)")


def spoken_pointer(sentence: str) -> str:
    """``sentence`` with the kit's pointer at the skill told just before said as a person
    says it: "Today I use that skill to run discovery" -> "Today I use it to run discovery";
    "Later, I used that skill on the hospital programme." -> "Later I used it on the hospital
    programme too." (the check hears the "too" as the same skill used again)."""
    said = POINTER_USE.sub(lambda m: f"{m['verb']} it", sentence, count=1)
    if said == sentence:
        return sentence
    on = re.match(r"^(?:Later,?\s+)?I used it (on|at|in|for|with)\b(?P<rest>[^,;]*)\.$", said)
    if on and not re.search(r"\b(?:too|again|as well)\b", said):
        said = said[:-1] + " too."
    return said


# A time of the note's own: no "now" of the kit's before it.
_OWN_TIME = re.compile(r"\b(?:now|today|these days|currently|still|any ?more)\b", re.IGNORECASE)
# The times of the kit's a later use may be told at (``skill_story._TIME_LEADS``).
_KIT_TIMES = re.compile(r"^(?:In my next job|Later in that job|Later)\b", re.IGNORECASE)
# A note told as the speaker's own clause, a place or a time of its own before it ("In Poland
# I do the same for import now", "Now I train ...", "I run discovery ...").
_OWN_CLAUSE = re.compile(r"^(?:(?:now|today|these days|at|in|on|as|for)\b[^,]{0,40}?,?\s+)?"
                         r"I\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)


def own_use(head: str, lead: re.Match | None, note: str,
            base_of: Callable[[str], str] | None = None) -> str:
    """A grown skill's sentence (``head``: "I also learned method validation there") and its
    later use as the participant typed it (``note``, as ``skill_story.said_note`` gives it),
    one sentence with its own subject, time and place, never the kit's frame round the skill
    ("..., which I used when I validated 2 new assays", "..., which I use in Poland for import
    now" of "in Poland I do the same for import now": blind hiring managers, r27, heard both
    as a link the participant never made). ``lead`` is the kit's later-use sentence read by
    ``skill_story._ALSO_LEADS``: its time ("In my next job") is kept where the note says none.
    A doing typed with no subject ("validated 2 new assays") shares the head's "I"; a clause
    of the speaker's own follows after ", and". "" where the note is neither (the caller
    says it the old way) or says the use itself ("used it on ...")."""
    said = " ".join((note or "").split()).rstrip(".")
    if not said or re.search(r"\b(?:not|never|no longer)\b|n't\b|\b(?:use|used|using)\s+it\b",
                             said, re.IGNORECASE):
        return ""
    when = (lead["when"] or "").strip().rstrip(",") if lead is not None else ""
    when = when if _KIT_TIMES.match(when) else ""
    own = _OWN_CLAUSE.match(said)
    if own and own["verb"].lower() not in _NO_DOING | {"'m", "m"}:
        clause = said if said[:2] != "i " else "I " + said[2:]
        if not when and re.match(r"^I\s", clause) and not _OWN_TIME.search(clause) and \
                clause_in_past(clause) != clause:
            clause = f"now {clause}"  # "I learned X there, and now I run ...": a use told
            # in the present says when, else the two tenses clash
        if when and re.match(r"^I\s", clause):
            clause = f"{when.lower()} {clause}" if when != "Later" else f"later {clause}"
        elif not re.match(r"^I\s", clause):
            clause = clause[0].lower() + clause[1:]
        return f"{head}, and {clause}."
    first = said.split()[0].lower()
    if not starts_with_past_verb(first) or first in _NO_DOING or adverb(first):
        return ""
    # a past doing is what the speaker went on to do ("... and went on to validate 2 new
    # assays"), where its base is known; else as typed
    base = base_of(first) if base_of is not None else ""
    rest = said.split(" ", 1)[1] if " " in said else ""
    doing = f"went on to {base} {rest}".strip() if base and base not in ("use", "apply") else \
        said[0].lower() + said[1:]
    if when:
        return f"{head}, and {when[0].lower() + when[1:]} I {doing}."
    return f"{head} and {doing}."


def name_as_it(sentence: str, clause: str) -> str:
    """``sentence`` with the skill's name, said in ``clause`` just before it, as "it" where it
    stands once after a preposition or a verb ("in dementia care" -> "in it", "I do personal
    care every day" -> "I do it every day"): a name said twice in one sentence is heard as the
    kit's repeat."""
    words = clause.split()
    for n in range(len(words), 1, -1):  # the longest run of the clause's words said again
        for i in range(len(words) - n + 1):
            name = " ".join(words[i:i + n])
            if len(name) < 6 or name.lower() in ("i learned", "i got better at"):
                continue
            found = re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, re.IGNORECASE)
            if len(found) == 1 and re.search(
                    rf"\b(?:in|on|with|at|for|use|used|using|teach|taught|train|do|does|did)\s+"
                    rf"{re.escape(name)}(?!\w)", sentence, re.IGNORECASE):
                return re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "it", sentence,
                              flags=re.IGNORECASE)
    return sentence
