"""A note's pointer said only where a listener knows what it points at (issue 20, r35).

Notes lean on what their field or another entry holds: a later use typed "used it on the
hospital programme" means the skill it is typed under; "it's how he went from 2 days a week
to full time" the same; "I used the same approach at Acme" an approach told somewhere else, or
nowhere. Pasted into a draft where the listener never heard that thing, they point at nothing
(blind hiring managers, r35: "'the same bookkeeping habits' has nothing earlier to refer to",
"'it' is vague: name the skill"). So, on the draft's text:

- ``its_named``: a skill note's own "it" (``owner_it``: the note's first thing, a subject or
  the object of its first doing) is said by the skill's name where neither the sentence before
  nor its own sentence before the "it" names the skill;
- ``pointers_told``: "the same X", "that X", "this X" whose noun the draft has not said before
  (a time, the job, people and the like are no such thing: ``pointer_not_things`` in
  ``data/note_grammar.json``): a later use's "the same bookkeeping habits" is said as what "the
  same" means there, "the bookkeeping habits from that job"; a bare method word ("the same
  approach", "that system", "this process": ``pointer_methods``) is said by the entry that
  holds it (the skill whose name says it), and where none does, its sentence is left out and
  the coach asks what it was (``untold_notes``, ``workshop.coach``). Nothing is made up.
"""

from __future__ import annotations

import re

from .growth_said import short_name
from .model import Role, Skill
from .note_grammar import unglued_name
from .resources import load_json, per_data_folder
from .spoken import starts_with_past_verb
from .verbs import past_of_present
from .wording import content_stems, skill_words

__all__ = ["its_named", "leaned", "owner_it", "pointer_at", "pointers_told", "untold_notes"]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£$€\"'])")


@per_data_folder
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                      frozenset[str]]:
    """The pointer's word lists: things that are none, method words, adjectives, verbs that
    take a clause, and the words that end a noun phrase."""
    data = load_json("note_grammar.json")
    ends = set(data["phrase_stops"]) | set(data["determiners"]) | set(data["introducers"]) | \
        set(data["adverbs_after_i"])
    return (frozenset(data["pointer_not_things"]), frozenset(data["pointer_methods"]),
            frozenset(data["pointer_adjectives"]), frozenset(data["clause_taking"]),
            frozenset(ends))


# "the same X", "that X", "this X": a pointer and the up to two words after it
_POINTER = re.compile(r"\b(?P<det>the\s+(?:very\s+|exact\s+)?same|that|this)\s+"
                      r"(?P<one>[a-z][a-z-]*)(?:\s+(?P<two>[a-z][a-z-]*))?", re.IGNORECASE)
# words after the pointer's phrase that say which one ("that method I built", "the same
# checklist we used"): the phrase is told there
_SAYS_WHICH = frozenset("who which that whose where i we my our called named".split())
# "that" after a preposition or a doing points at a thing; after a noun it opens a clause
_BEFORE_THAT = re.compile(r"(?:^|\b(?:of|with|for|about|from|at|on|in|to|by|into|through|"
                          r"under|via|like|use|uses|run|runs|ran|do|does|did|apply|applies|bring|"
                          r"brings|teach|teaches|follow|follows|\w+ed|\w+ing))\s*$",
                          re.IGNORECASE)


def _phrase(m: re.Match) -> list[str]:
    """The words of the thing a pointer names: an adjective and a noun ("new process"), a
    noun and a noun ("bookkeeping habits"), or a noun; a word that ends a phrase ("at", "as",
    "every", "now") or a past ("worked") is not one of them."""
    _things, _methods, adjectives, _clause, ends = _lists()
    one, two = m["one"].lower(), (m["two"] or "").lower()
    if one in ends:
        return []  # "I do the same for import": the same doing, no thing named
    if two and two not in ends | _things and two not in _SAYS_WHICH and not two.endswith("ed"):
        return [one, two]
    return [] if one in adjectives else [one]


def pointer_at(sentence: str, told: str = "") -> tuple[int, int, list[str], str] | None:
    """The first pointer at a thing in ``sentence`` ("the same approach", "that method") whose
    noun neither ``told`` (what the listener heard before) nor the sentence before it says:
    where it starts and ends, the words that name the thing, and its pointer ("the same",
    "that", "this"); ``None`` where there is none."""
    not_things, _methods, adjectives, clause_taking, _ends = _lists()
    for m in _POINTER.finditer(sentence):
        det = " ".join(m["det"].lower().split())
        before = sentence[:m.start()]
        last = (before.split() or [""])[-1].lower().strip(",")
        doing = bool(last) and (starts_with_past_verb(last) or bool(past_of_present(last)))
        if det in ("that", "this") and not (_BEFORE_THAT.search(before) or doing
                                            or not before.strip()):
            continue  # "the checklist that still runs": a clause, no pointer
        if det == "that" and last in clause_taking | {"so", "such", "now", "sure", "knowing"}:
            continue  # "I learned that paperwork is ...": a clause
        words = _phrase(m)
        nouns = [w for w in words if w not in adjectives]
        if not nouns or nouns[-1] in not_things or nouns[0] in not_things:
            continue  # "the same day", "that year", "this job"
        last_word = re.search(rf"\b{re.escape(words[-1])}\b", sentence[m.start():], re.I)
        end = m.start() + last_word.end() if last_word else m.end()
        after = sentence[end:].split()[:1]
        if after and after[0].lower().strip(",.") in _SAYS_WHICH:
            continue  # "that method I built": told
        if not content_stems(" ".join(nouns)) & content_stems(f"{told} {before}"):
            return m.start(), end, words, det
    return None


def _is_method(words: list[str]) -> bool:
    """True for a pointer's words that are only a method word ("approach", "same system"):
    nothing in them says what it was."""
    _things, methods, adjectives, _clause, _ends = _lists()
    return words[-1] in methods and all(w in adjectives for w in words[:-1])


def _holder(word: str, role: Role) -> str:
    """The entry of the role that names the method: a skill whose name says the word ("Lean
    process mapping"), else a result that tells it ("introduced a new rota system" -> "the new
    rota system"); "" where none does."""
    stem = content_stems(word)
    skill = next((sk for sk in role.skills if stem & content_stems(sk.name)), None)
    if skill is not None:
        return skill_words(skill).topic
    _things, _methods, _adjectives, _clause, ends = _lists()
    for result in role.results:
        words = re.findall(r"[\w'-]+", result.statement)
        at = next((i for i, w in enumerate(words) if content_stems(w) & stem), None)
        if at is None or _POINTER.search(result.statement):
            continue
        start = at
        while start and words[start - 1].lower() not in ends and not words[start - 1].lower(
                ).endswith("ed") and at - start < 3:
            start -= 1
        if start < at:  # the method said with what it was ("rota system"), never bare
            return "the " + " ".join(words[start:at + 1])
    return ""


def _later_skill(sentence: str, role: Role) -> Skill | None:
    """The skill whose later-use note ``sentence`` says (most of its note's meaningful words),
    or None."""
    said = content_stems(sentence)
    return next((sk for sk in role.skills for stems in [content_stems(sk.used_later or "")]
                 if stems and len(stems & said) >= 0.6 * len(stems)), None)


def pointers_told(text: str, role: Role) -> str:
    """``text`` with each pointer at a thing it has not said told (see the module docstring):
    named by its entry, said as what "the same" means in a later use, or its sentence left
    out where the entries never say what it was."""
    sentences = _SENTENCE_END.split(text)
    out = [sentences[0]] if sentences else []
    for sentence in sentences[1:]:
        found = pointer_at(sentence, " ".join(out))
        if found is None:
            out.append(sentence)
            continue
        start, end, words, det = found
        later = _later_skill(sentence, role)  # the skill whose later use this sentence says
        if _is_method(words):
            holder = _holder(words[-1], role)
            later = None if holder else later
            if later is not None and _named(" ".join(out), later):
                out.append(sentence)  # the skill just told: "the same approach" is plain
                continue
            if later is not None:  # a skill's own later use: "the same approach" is that skill
                holder = _said_name(later, subject=start == 0)
            if holder:  # the skill or the result that says what it was
                out.append(sentence[:start] + holder + sentence[end:])
            continue  # what it was is in no entry: left out, the coach asks
        if det.startswith("the") and later is not None:
            job = "this job" if role.current else "that job"
            out.append(f"{sentence[:start]}the {sentence[start:end].split(maxsplit=2)[-1]} "
                       f"from {job}{sentence[end:]}")
            continue
        out.append(sentence)
    return " ".join(out)


# --- a skill note's own "it" -----------------------------------------------------------------

# a note's lead that sets a place or a time before its clause ("As an SEN TA with a boy with
# autism, ", "At the PCN ", "In Raben "): no thing an "it" after it can mean
_LEAD = re.compile(r"^(?:(?i:as|at|in|on|with|for|during|since|now|today|later|these days)\b"
                   r"[^,]{0,60},\s*|(?i:at|in|on)\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*"
                   r"\s+|(?i:at|in|on|for|with)\s+(?i:my|our|the|a|an|this|that)\s+[^,]{0,40}?\s"
                   r"(?=(?i:I|we)\s))")
# "it" is the note's first thing: its subject ("it's how ...") or the object of its first
# doing ("used it on ...", "I use it in ...", "taught it at ...")
_IT_FIRST = re.compile(r"^(?:(?:i|we)\s+(?:still\s+|also\s+|now\s+)?)?(?:[a-z]+\s+)?it\b",
                       re.IGNORECASE)
# a dummy "it": "it was hard", "it turned out", "it took a year", "it was my idea to ..."
_DUMMY = re.compile(r"^it(?:'s|’s|\s+is|\s+was|\s+has\s+been|\s+had\s+been)?\s+(?:turned\s+out|"
                    r"took|takes|seems|seemed|felt|feels|(?:(?:not|never|really|very|so|"
                    r"quite|a\s+bit)\s+)?(?:hard|easy|tough|difficult|great|good|nice|fun|"
                    r"important|my\s+idea|the\s+first|a\s+big|a\s+lot|time|clear|obvious|"
                    r"true|normal|possible|impossible|busy|quiet|raining)\b)", re.IGNORECASE)


def owner_it(note: str) -> str:
    """The words right after a skill note's "it" where that "it" is the note's first thing,
    the skill ("used it on the £240m programme" -> "on the £240m"), else ""."""
    rest = _LEAD.sub("", " ".join((note or "").split()), count=1)
    m = _IT_FIRST.match(rest)
    if not m or _DUMMY.match(rest[m.end() - 2:]):
        return ""
    return " ".join(re.findall(r"[A-Za-z0-9£$€%]+", rest[m.end():])[:3])


def _said_name(skill: Skill, subject: bool) -> str:
    """The skill said where its note said "it": a name of up to three words whole ("my
    earned value skills"), a longer one short as the kit says a skill again
    (``growth_said.short_name``: "my skills in cost control"); as a subject a doing by its
    verb and object ("building trust is how ..."), never "that skill", which points too."""
    words = skill_words(skill)
    short = unglued_name(short_name(skill)) if len(words.topic.split()) > 3 else ""
    name = short if short and short != "that skill" else unglued_name(words.owned)
    lead = "what I learned about "
    return name[len(lead):] if subject and name.startswith(lead) else name


# a thing said with its determiner ("a £38m school campus", "the rota"): a nearer "it"
_THING = re.compile(r"\b(?:a|an|the|my|our|their|his|her|this|that)\s+[\w£$€]+", re.IGNORECASE)


def _named(text: str, skill: Skill) -> bool:
    """True where ``text`` names the skill as the last thing said: a thing said after it
    ("I picked up cost control and delivered a £38m school campus") is what a listener takes
    a next "it" for."""
    stems = content_stems(skill_words(skill).topic)
    words = list(re.finditer(r"[\w'-]+", text))
    last = next((w for w in reversed(words) if content_stems(w[0]) & stems), None)
    things = _lists()[0]
    return last is not None and not any(
        m[0].split()[-1].lower() not in things for m in _THING.finditer(text[last.end():]))


def its_named(text: str, skills: list[Skill]) -> str:
    """``text`` with a skill note's own "it" said as the skill where neither the sentence
    before nor its own words before the "it" name the skill (see the module docstring)."""
    sentences = _SENTENCE_END.split(text)
    for skill in skills:
        for note in (skill.used_later, skill.how_far):
            after = owner_it(note)
            if not after:
                continue
            pattern = re.compile(r"\b(it)(\W+)" + r"\W+".join(map(re.escape, after.split())),
                                 re.IGNORECASE)
            for n, sentence in enumerate(sentences[1:], start=1):
                m = pattern.search(sentence)
                if m is None or _named(sentences[n - 1], skill) or _named(sentence[:m.start()],
                                                                         skill):
                    continue
                subject = m[2].startswith(("'", "’")) or re.match(
                    r"\s+(?:is|was|has|had|helped|made|gave|got|let|meant)\b", m[2] +
                    sentence[m.end(2):])
                name = _said_name(skill, bool(subject))
                said = name + (" is" if m[2][:1] in "'’" else "")
                rest = sentence[m.end(2) + 1:] if m[2][:1] in "'’" else sentence[m.end(1):]
                lead = sentence[:m.start()]
                sentences[n] = lead + (said[:1].upper() + said[1:] if not lead.strip()
                                       else said) + rest
    return " ".join(sentences)


# --- a reason said short, with what it leans on ----------------------------------------------

# "it turned out I'm ...", "as it turned out, I ...": a turn whose set-up was said before it
_TURNED = re.compile(r"^(?:but\s+)?(?:as\s+)?it\s+turned\s+out,?\s+(?:that\s+)?(?=I\b|I['’])",
                     re.IGNORECASE)
# a short reason says the sentence it leans on too while both are this short together
_LEANED_WORDS = 40


def leaned(said: str, whole: str) -> str:
    """``said`` (a reason said short: a sentence or a clause of ``whole``, the reason as
    typed) with what it leans on: a "that discipline" or "the same approach" the sentence
    does not say is said with the sentence before it where both are short together
    (blind raters, r35: "I brought that discipline with me" with "paperwork is how you take
    care of people" cut), or, where the pointer is in a clause joined on at its end, without
    that clause ("If the property book was right, soldiers got what they needed."); a turn
    whose set-up is cut ("It turned out I'm rather good at ...")
    says what the speaker found ("I found out I'm rather good at ...")."""
    if " ".join(said.split()) == " ".join(whole.split()):
        return said  # said whole: it leans on nothing left out
    turned = _TURNED.match(said)
    if turned:
        return "I found out " + said[turned.end():]
    found = pointer_at(said) if said else None
    if found is None:
        return said
    # the pointer in a clause joined on at the end (", and I brought that discipline with
    # me"): the sentence is said without it, where what is left is a clause of its own
    joins = [m for m in re.finditer(r",\s+(?:and|so)\s+", said) if m.start() < found[0]]
    if joins and len(said[:joins[-1].start()].split()) >= 6:
        return said[:joins[-1].start()].rstrip() + "."
    sentences = _SENTENCE_END.split(" ".join(whole.split()))
    at = next((n for n, s in enumerate(sentences) if s.strip() == said.strip()), 0)
    before = sentences[at - 1] if at else ""
    if before and len(f"{before} {said}".split()) <= _LEANED_WORDS:
        return f"{before} {said}"
    return said


# --- what the coach asks -----------------------------------------------------------------------


def untold_notes(role: Role) -> list[tuple[str, int | None, int | None, str]]:
    """The notes of ``role`` that point at a method no entry of it says ("I set up the same
    system" in a result's own part, where no entry tells the system), as (field, skill index,
    result index, the pointer's words): the draft leaves their sentence out and the coach asks
    what it was. A skill's later-use note is none: its "the same approach" is that skill's,
    said by its name ("I used my skills in patient flow at my next hospital")."""
    out = []
    notes = [("used_later", i, None, sk.used_later) for i, sk in enumerate(role.skills)] + [
        ("how_far", i, None, sk.how_far) for i, sk in enumerate(role.skills)] + [
        ("my_part", None, j, r.my_part) for j, r in enumerate(role.results)]
    for field, skill, result, note in notes:
        if field == "used_later":  # a skill's own later use: the method is that skill's
            continue
        for sentence in _SENTENCE_END.split(" ".join((note or "").split())):
            found = pointer_at(sentence)
            if found is not None and _is_method(found[2]) and not _holder(found[2][-1], role):
                out.append((field, skill, result, sentence[found[0]:found[1]]))
                break
    return out
