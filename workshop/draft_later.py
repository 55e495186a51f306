"""The later part of a draft's story (``workshop.draft``): where the story's skills were used
later, told at the time the entries hold, and in the 90-second version a second skill the job
grew that carries a later use or a result; with the one test of a note that says again
what the story told (``repeats``), so no fact is told twice.
"""

from __future__ import annotations

import re

from .draft_compose import Piece
from .draft_compose import figures as _figures
from .draft_frame import variant_of
from .draft_links import that_skill_named
from .draft_read import names_skill
from .model import Role, Skill
from .note_grammar import unglued_name
from .result_number import clean, holds_number
from .skill_story import (
    also_grew_sentence,
    also_with,
    later_use_sentence,
    later_when,
    said_note,
    short_name,
    told_as_use,
)
from .spoken import upper_first
from .verbs import past_of_present, past_tense
from .wording import content_stems, org_spoken, skill_words

__all__ = ["repeats", "share", "later_uses", "later_pieces", "job_named",
           "own_duty", "when_used", "unglued"]


def repeats(note: str, told: list[set[str]], numbers: str = "") -> bool:
    """True when a note says again what a result says (most of its meaningful words), or gives
    only numbers the story has said already (``numbers``: the text told before it)."""
    said = content_stems(note)
    figures, before = _figures(note), _figures(numbers)
    if figures and figures <= before:
        return True
    if figures and all(any(abs(f - g) <= 0.1 * max(f, g) for g in before) for f in figures) \
            and share(said, content_stems(numbers)):
        return True  # "over 200 teachers" after "212 teachers": the same fact, rounded
    return bool(said) and any(len(said & t) >= 0.8 * len(said) for t in told)


def share(one: set[str], other: set[str]) -> bool:
    """True when two sets of stems share a word, one stem the start of the other ("grad" and
    "graduat")."""
    return any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
               for a in one for b in other)


def later_uses(skills: list[Skill], top: Skill | None, told: list[set[str]], said: str,
                role: Role, roles: tuple[Role, ...], top_last: bool) -> list[tuple[Skill, str]]:
    """Where the story's skills were used later, each not repeating what the story told, the
    second not opening like the first, at the time the entries hold (``later_when``). A skill
    other than ``top`` is "that skill" too: the story tells it as grown in the job before its
    later use (``also_grew_sentence``); ``top`` is "that skill" only where it is the skill
    named last before its later use (``top_last``), else named again."""
    later: list[tuple[Skill, str]] = []
    for skill in skills:
        if repeats(skill.used_later, told, said):
            continue
        when = when_used(skill, role, roles)
        for k in range(4):
            # the wording varies with the skill's own name, so that a story's second later
            # use, or another participant's, is not told with the same lead
            # a skill told as grown there first is "that skill"; the role's own duty is not
            # told so (``own_duty``), and is named in its later use
            named = top_last if skill is top else not own_duty(skill, role)
            sentence = later_use_sentence(skill, variant_of(skill.name) + k, role.current,
                                          named=named, when=when)
            if not later or sentence.split()[:3] != later[0][1].split()[:3]:
                break
        sentence = unglued(sentence, skill)
        plain = unglued(later_use_sentence(skill, 0, role.current), skill)  # as the number's
        # reading read it
        if bool(holds_number(sentence)) != bool(holds_number(plain)):
            sentence = plain
        if sentence:
            later.append((skill, sentence))
    return later


def unglued(sentence: str, skill: Skill) -> str:
    """A later use said without the skill's name glued into its frame (blind hiring managers,
    issue 20: "my Instagram content skills", "Now I use my dementia care skills to train new
    carers in dementia care"):

    - where the use itself names the skill's doing (half its meaningful words), the frame
      "use <the skill> to" is left out and the doing is said as the speaker's own ("Now I
      train new carers in dementia care"): the skill is not named twice in one sentence;
    - else a name of two words or more with "skills" glued on is said as what was learned
      ("my skills in cost control"), the words as the participant typed them.
    """
    note = said_note(skill)
    m = _USE_TO.search(sentence)
    # the doing with its verb: "lead the project team" names "leading a team" by its verb
    if m and note and names_skill(note, skill) and names_skill(sentence[m.start("verb"):], skill):
        new = not names_skill(sentence[m.end():], skill) or bool(m["place"]) or \
            " that experience " in m.group(0)
        said = _doing_said(sentence, m)
        # a place, "that experience" or a verb read as naming the skill (draft66): the doing is
        # said on its own only where the check still reads the later use it read in the frame
        # (04's "used later" and 05's check agree)
        return (told_as_use(said, sentence) or sentence) if new else said
    return unglued_name(sentence)


def _doing_said(sentence: str, m: re.Match) -> str:
    """``sentence`` without the frame ``m`` (``_USE_TO``): the doing as the speaker's own."""
    verb = m["verb"]
    if m["use"] == "used":
        verb = past_of_present(verb) or past_tense(verb)
    head, doing = sentence[:m.start()], verb + sentence[m.end():]
    place = (m["place"] or "").strip()
    if place and head.endswith("I "):  # "Today I use it at X to cover ..." -> "Today
        # at X I cover ...": the place stays before its doing, as the note typed it
        lead = head[:-2].strip()
        head = f"{lead} {place} I " if lead else f"{upper_first(place)} I "
    elif place:
        doing = f"{doing.rstrip('.')} {place}."
    return head + doing


# The kit's frame round a later use: "use <the skill> [at <place>] to <verb>" (the place a
# note typed before its doing goes between them: "Today I use it at Nordstrom Rack to ...").
_USE_TO = re.compile(r"\b(?P<use>use|used) (?:that skill|that experience|my [^.,;]+? skills|"
                     r"what I learned about [^.,;]+?|it)(?P<place> (?:at|in|with|for) "
                     r"[A-Z][^.,;]{0,40}?)? to (?P<verb>[a-z]+)\b")


def when_used(skill: Skill, role: Role, roles: tuple[Role, ...]) -> str:
    """When the skill's later use happened (``skill_story.later_when``), "next" said only of
    the job right after this one: a note that names a later job with another one between
    them (the later jobs by their start) is "after", said "Later", never "In my next job"
    (blind hiring managers, r20: "In my next job, I used it on the £240m programme" of a
    job two moves on)."""
    when = later_when(skill, role, roles)
    if when != "next" or not role.end:
        return when
    later = sorted((r for r in roles if r.id != role.id and r.start
                    and r.start[:7] >= role.end[:7]), key=lambda r: r.start[:7])
    named = [r for r in later if _names_job(skill.used_later, r)]
    return "after" if named and later[0] not in named else when


def _names_job(note: str, role: Role) -> bool:
    """True when a note names the job: a capitalised word of its employer (not a kind of
    employer), or a figure of ten or more of its summary ("£240m")."""
    words = set(re.findall(r"\b[A-Z][\w&'-]+", role.organization)) - _NOT_A_NAME
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", note) for w in words) or \
        bool({f for f in _figures(role.summary) if f >= 10} & _figures(note))


# Capitalised words that name no one employer.
_NOT_A_NAME = frozenset("The And For Of Ltd Inc LLC Group Company Services Service Trust "
                        "Council University School Hospital Centre Center Co".split())


def later_pieces(later: list[tuple[Skill, str]], top: Skill | None, role: Role,
                  long: bool, used: set[str], beside: dict[int, str]) -> list[Piece]:
    """The later uses as pieces; a skill other than the story's is told as grown in that job
    first, in forms the draft has not said (``used``), in one sentence with what it carries
    (``skill_story.also_with``): what it produced there (``beside``, by the skill's ``id``),
    else its later use. A skill that is the role's own duty (``own_duty``) is not told as
    "also learned": its later use names it."""
    pieces: list[Piece] = []
    # the thread's later use at another time comes first: a second skill's story is told
    # before it, in the job, never after it with "Back then" (``_in_job_time``)
    moved = bool(later) and later[0][0] is top and not role.current
    for n, (skill, sentence) in enumerate(later):
        wanted = (0 if long else 1) if n == 0 else 3
        if skill is not top and not own_duty(skill, role):
            # after a later use, the job is named (``also_grew_sentence``)
            also = also_grew_sentence(skill, role.current, variant_of(skill.name, role.id), used,
                                      where=job_named(role) if n and not role.current
                                      and not moved else "")
            produced = beside.get(id(skill), "")
            if not also:  # its name is not said as grown (a hedged "SQL-ish"): "that skill"
                # would point at the skill named before it, another one (participant trial)
                sentence = _named_again(sentence, short_name(skill))
            sentence = f"{also_with(also, produced)} {sentence}" if produced else \
                also_with(also, sentence, said_note(skill, True))
        pieces.append(Piece(8 + n, wanted, sentence))
    return _in_job_time(pieces, top) if moved else pieces


# Where a second skill's story is told when the thread's later use is at another time: after
# the job's own results (5 + n), before that later use (8)
_BEFORE_LATER = 7.9


def _in_job_time(pieces: list[Piece], top: Skill | None) -> list[Piece]:
    """The later pieces with each second skill's story (its growth in the job, then what it
    carries) told before the thread's own later use, which is told last with its skill named
    ("In my next job, I used my ordering skills ..."), never "that skill" or "it" after
    another skill: blind hiring managers (round 31) heard "Back then, I also learned X" after
    a later job as a confusing jump back in time and a skill bolted on. Each piece is chosen
    as before (its ``order``), only told elsewhere (``Piece.told_at``)."""
    if top is None or len(pieces) < 2:
        return pieces
    if not names_skill(pieces[0].text, top):  # "use it" or "that skill" after another skill
        pieces[0].text = unglued_name(_named_again(pieces[0].text, short_name(top)))
    for n, piece in enumerate(pieces[1:], start=1):
        piece.told_at = _BEFORE_LATER + n / 100
    return pieces


def _named_again(sentence: str, name: str) -> str:
    """``sentence`` with the skill's pointer ("that skill", or "it" after a use: "use it to",
    "used it at ...", not "use it with" of a doing the note names) said as ``name``."""
    named = that_skill_named(sentence, name)
    return named if named != sentence else \
        re.sub(r"\b(use|used|apply|applied) it\b(?= (?:at|in|on|to|for|when|every|all)\b|[.,])",
               rf"\1 {name}", sentence, count=1)


def own_duty(skill: Skill, role: Role) -> bool:
    """True when the skill is the role's own title or duty ("night audit and end of day" of
    a Night Auditor): more than half of its meaningful words are the title's ("territory
    planning" of a Territory Sales Representative shares one of two: a skill of its own).
    Such a skill is what the job was, not something it "also" taught."""
    topic = content_stems(skill_words(skill).topic)
    title = content_stems(role.title)
    return bool(topic) and 2 * sum(share({stem}, title) for stem in topic) > len(topic)


def job_named(role: Role) -> str:
    """The job's organisation as spoken, to name the job a sentence is about ("ShopRight
    Grocers"); "" for a role with no organisation typed (the sentence then keeps "that job").
    Used for a job that is over: a job held has no later job to take "that job"."""
    return org_spoken(clean(role.organization))
