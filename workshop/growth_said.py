"""A grown skill said from the entries with nothing the entries do not hold (issue 20, blind
raters r18): where the participant wrote no words of how a skill grew, at most one plain
sentence of what the levels they set in 02 say (``level_growth``: "I learned Power Query in
that job.", never a scene of a start and an end the kit made up: "I had no background in X at
first, but soon I was the one colleagues asked"), the opening's clause of what the job gave
(``gave_clause``), both said by the skill name's shape (``gave_shape``), none round a name the
participant hedged (``hedged``); and where they told where it got to, in answer to the
coach's question, their words in the first person and the job's tense (``own_end``).
"""

from __future__ import annotations

import re

from .check import growth_arc
from .model import Skill
from .reason_found import job_now
from .spoken import first_word as _first_word
from .spoken import lower_first, speech, upper_first, wording_data
from .spoken import word_list as _words
from .wording import article, skill_words

__all__ = ["level_growth", "gave_clause", "gave_shape", "growth_clause", "growth_lead", "hedged",
           "how_new",
           "own_end", "rides_on", "said_topic", "short_name", "typed_arc"]


# A start and an end typed in one of the shapes people write them in besides the check's "at
# first ... by the end": "I went from X to Y", "I used to X; now I Y", "I started out X and
# ended up Y" (a from-to of the speaker, never of a figure: "sales went from 2 to 3" has its
# own subject; never a move between places: "moved from London to Leeds"). Read only in a
# skill's how-far note, where the from-to is the speaker's growth by the field's meaning.
_TYPED_ARC = re.compile(
    r"(?:^|[.;:!?]\s+)(?:(?:honestly|basically|so|well),?\s+)?(?:I\s+(?:have\s+|'ve\s+)?|I've\s+)?"
    r"(?:went|gone|grew|progressed)\s+(?:all the way\s+)?from\s+\S.{2,}?\s+to\s+\S"
    r"|\bI\s+used\s+to\b.+?(?:[.;,:]|\s-|\bbut\b|\band\b)\s*(?:(?:and|but|so)\s+)?"
    r"(?:now|these days|today|by the end|in the end|eventually|now I)\b"
    r"|\b(?:started|began)\s+(?:out\s+|off\s+)?(?:as|with|by|not|unable|knowing|barely|"
    r"scared|afraid|nervous|clueless|dreading)\b.+?\b(?:ended up|finished|now|by the end|"
    r"in the end)\b", re.IGNORECASE)


def typed_arc(note: str) -> bool:
    """True where a skill's how-far note tells a start and an end in a shape the check's arc
    reading does not take (``_TYPED_ARC``): the participant's own before and after, which the
    draft tells as theirs, never after a stock line of the kit's ("This job is where I learned
    coaching." beside "I used to fix everything myself; now I ask questions": blind raters, the
    stock line beside a typed before/after)."""
    return bool(_TYPED_ARC.search(" ".join(str(note or "").split())))


def own_end(note: str, current: bool) -> str:
    """Where the skill got to, in the participant's own words, where the note tells an end
    but no start (a reply to the coach's "What could you do at the end of this job that you
    could not do at the start?"): said in the first person and the job's tense ("I can run
    the cash office on my own" -> "By the end, I could run the cash office on my own." for a
    job that is over, "Now I can ..." for one held; "Run the cash office alone" likewise;
    a note that names its own time, "By the end I ...", as it is). "" for no note, a note
    told as a start and an end (``own_growth``), a start alone, or one the draft cannot say
    as speech (``speech``)."""
    note = speech(note or "")
    if not note or len(note.split()) < 4:
        return ""
    arc = growth_arc(note)
    if arc.told or arc.start or not (arc.end or re.match(r"^I (?:can|could)\b", note, re.I)
                                     or _first_word(note) in _words("base_verbs")):
        return ""
    if re.match(r"^(?:by|at|after|now|today|these days|in the end|over)\b", note,
                re.IGNORECASE):
        return upper_first(note) + "."  # it says its own time
    said = re.sub(r"^I (?:can|could|was able to|am able to)\s+(?:now\s+|today\s+)?", "", note,
                  flags=re.IGNORECASE)
    if said == note and _first_word(note) not in _words("base_verbs"):
        return upper_first(note) + "." if _first_word(note) == "i" else ""
    return f"Now I can {lower_first(said)}." if current else \
        f"By the end, I could {lower_first(said)}."


def level_growth(skill: Skill, current: bool, variant: int, used: set[str] | None = None) -> str:
    """A skill's growth where the entries hold none of the participant's own words about it:
    one plain sentence that says only what the levels they set in 02 say (the skill was new to
    them: "I learned Power Query in that job."; they had some of it: "That job made me better
    at cross-selling."), said by the skill name's shape (``gave_shape``), never a scene of a
    start and an end the kit made up ("I had no background in X at first, but soon I was the
    one colleagues asked": blind raters, r18, canned and often untrue). The forms are data
    (``growth_levels`` in ``data/wording.json``), none said twice in one draft (``used``).
    "" for a skill that did not move, or whose name the participant hedged ("people stuff",
    "Excel-ish": ``hedged``): the kit does not put words round it, the coach asks."""
    if skill.levels_grown <= 0 or hedged(skill):
        return ""
    used = set() if used is None else used
    shape, base = gave_shape(skill)
    forms = wording_data()["growth_levels"][how_new(skill)].get(shape)
    if not forms:  # a piece of work ("e-file introduction"): no plain sentence is true
        return ""
    if current:  # a job held is "this job", never "there" nor "over my time there" (r28)
        forms = [f for f in forms if not _THERE.search(f)] or list(forms)
    fresh = [f for f in forms if f not in used] or list(forms)
    form = fresh[variant % len(fresh)]
    used.add(form)
    that = "this" if current else "that"
    said = upper_first(form.format(topic=said_topic(skill, shape), base=base, that=that,
                                   That=upper_first(that)))
    return job_now(said) if current else said  # the job held now is never told as over


# A form that places the growth in a job that is over ("Over my time there ...").
_THERE = re.compile(r"\b(?:there|over my time)\b", re.IGNORECASE)


def growth_clause(skill: Skill, current: bool, variant: int = 0) -> str:
    """The skill's growth as a clause that the result it produced follows in one sentence
    (``rides_on``): "I learned inventory and ordering there", "Here I got much better at
    using Power Query". It says only what the levels say (``how_new``) by the name's shape
    (``gave_shape``); the forms are data (``growth_rides``), one chosen by ``variant`` (made
    from the content by the caller). "" for a skill that did not move, a name the participant
    hedged (``hedged``), a shape with no form (a piece of work), or a name too long to carry
    a result after it in one sentence (more than ``RIDE_WORDS`` words: "calming customers
    who ring in angry about a bill")."""
    if skill.levels_grown <= 0 or hedged(skill):
        return ""
    shape, base = gave_shape(skill)
    forms = wording_data()["growth_rides"][how_new(skill)].get(shape)
    topic = said_topic(skill, shape)
    if not forms or len(topic.split()) > RIDE_WORDS:
        return ""
    there = "here" if current else "there"
    return forms[variant % len(forms)].format(topic=topic, base=base, there=there,
                                              There=upper_first(there))


def growth_lead(skill: Skill, current: bool) -> str:
    """The skill's growth as the clause that leads into what the participant tied to it (a
    result linked to it, its later use: ``draft_compose.stock_folded``), by the same forms as
    ``growth_clause`` and with no limit on the name's length: "I learned property
    accountability there"; for a job held, "here", as ``growth_clause`` says it; a piece of
    work or a name ending in skills by ``growth_leads`` ("I learned how an e-file introduction
    is run there", "I built up communication skills there"). "" for a
    skill that did not move or a name hedged."""
    if skill.levels_grown <= 0 or hedged(skill):
        return ""
    shape, base = gave_shape(skill)
    data = wording_data()
    forms = data["growth_leads"][how_new(skill)].get(shape) or \
        data["growth_rides"][how_new(skill)].get(shape)
    if not forms:
        return ""
    form = forms[sum(map(ord, skill.name)) % len(forms)]
    there = "here" if current else "there"
    return upper_first(form.format(topic=said_topic(skill, shape), base=base, there=there,
                                   There=upper_first(there)))


# The most words of a skill's name said in one sentence with the result it produced.
RIDE_WORDS = 5


def rides_on(clause: str, sentence: str) -> str:
    """The growth's clause (``growth_clause``) and the result's sentence as one, in time
    order: a sentence of the speaker's own ("I cut food cost ...") shares its "I" ("I learned
    X there and cut food cost ..."); any other ("Mis-ships went down ...", "We scaled ...")
    follows after ", and". ``sentence`` as it is for no clause."""
    said = sentence.strip()
    if not clause or not said:
        return sentence
    own = re.match(r"^I\s+(?!(?:am|was|have|had|'m|’m)\b)(\w+)", said)
    if own and not re.search(r"^I\s+\w+,", said):
        return f"{clause} and {said[2:]}"
    return f"{clause}, and {lower_first(said)}"


def how_new(skill: Skill) -> str:
    """"new" for a skill set novice before the job (it was new to them: learned), else
    "better" (they had some of it, "advanced beginner" included: got better at). Blind
    raters (s17) heard "taught me X" or "learned X" of a skill the speaker started the job
    with some of as an overstatement, every time."""
    return "new" if skill.before == "novice" else "better"


def hedged(skill: Skill) -> bool:
    """True for a skill name the participant hedged ("people stuff", "Excel-ish", "sort of
    leading") or typed as a joke or slang ("spreadsheet voodoo", "printer wizardry",
    "herding drivers"): the kit says no sentence of its own round it (``hedged_skill_words``,
    ``playful_skill_words``): a frame of the kit's ("I picked up herding drivers there")
    makes a joke read as a formal skill (s24)."""
    name = skill.name.lower()
    levels = wording_data()["growth_levels"]
    for word in levels["hedged_skill_words"] + levels.get("playful_skill_words", []):
        lead = r"(?<![\w])" if word[:1].isalnum() else ""
        if re.search(rf"{lead}{re.escape(word)}(?![\w])", name):
            return True
    return False


def gave_clause(skill: Skill, current: bool, variant: int) -> str:
    """What the job gave, as the opening's reason where the participant gave none of their own:
    the skill the story is about and that the job grew it, so the first line answers the
    question asked (what gave you the most personal value) from the entries, never with a
    feeling the participant did not state and with no more than the levels say. Said by the
    skill's shape (``gave_shape``; forms in ``job_gave``, ``data/wording.json``) and by whether
    the skill was new to them (``how_new``): "because that is where I learned to train new
    guys", "... learned Power Query", "... made me better at precepting new grads"; never a
    scene ("grew confident in", "the cash office side of the job": blind raters, r18). "" for
    a skill that did not move, or one whose name the participant hedged (``hedged``).
    """
    if skill.levels_grown <= 0 or hedged(skill):
        return ""
    shape, base = gave_shape(skill)
    forms = wording_data()["job_gave"][how_new(skill)].get(shape)
    if not forms:  # a piece of work ("e-file introduction"): no plain clause is true
        return ""
    return forms[variant % len(forms)].format(topic=said_topic(skill, shape), base=base,
                                              that="this" if current else "that")


def said_topic(skill: Skill, shape: str) -> str:
    """The skill's name as its shape's forms say it: a place after "the" of the form ("how
    the cash office works") without an article of its own, a piece of work with one ("how an
    e-file introduction is run")."""
    topic = skill_words(skill).topic
    if shape == "project":  # "how an e-file introduction is run"
        return f"{article(topic)} {topic}"
    return topic[4:] if shape == "place" and topic.lower().startswith("the ") else topic


KNOWLEDGE = re.compile(r"\b(?:skills?|knowledge|know-how)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w&+.-]*|and|of|&)$")


def _ends_in(topic: str, key: str) -> bool:
    """True when ``topic`` ends on one of the ``skill_shapes`` words under ``key``."""
    said = " ".join(topic.lower().split())
    return any(said == w or said.endswith(" " + w) for w in _words_of(key))


def _words_of(key: str) -> list[str]:
    return wording_data()["skill_shapes"][key]


def gave_shape(skill: Skill) -> tuple[str, str]:
    """The skill's shape, by which its growth is said the way English says that kind of
    thing, and a doing's verb: ("verb", "train") for a doing whose verb the kit knows
    ("training new guys": learned to train new guys), ("doing", "") for another doing
    ("precepting new grads"), ("knowledge", "") for a name ending in skills or knowledge,
    ("task", "") for a task said as a plural noun ("EV charger installs": learned to do
    them), ("place", "") for a place of work ("cash office": learned how it works),
    ("project", "") for a piece of work ("e-file introduction": learned how one is run),
    ("language", "") for a language ("English", "business English"), ("tool", "") for a
    name every word of which is
    capitalised ("Power Query", "PCR", "GCSS-Army": learned to use it), ("area", "") for a
    field of work ("Instagram content", "menu costing"). The words that tell a task, a place,
    a piece of work and a language are data (``skill_shapes``)."""
    words = skill_words(skill)
    if words.activity:  # the doing's verb, read once (``skill_words``)
        verb = words.learned.removeprefix("learned to ") if \
            words.learned.startswith("learned to ") else ""
        return ("verb", verb) if verb else ("doing", "")
    topic = words.topic
    if KNOWLEDGE.search(topic):
        return "knowledge", ""
    if _ends_in(topic, "languages"):
        return "language", ""
    if _ends_in(topic, "project_heads"):
        return "project", ""
    if _ends_in(topic, "place_heads"):
        return "place", ""
    if _ends_in(topic, "task_heads") and len(topic.split()) > 1 or \
            topic.lower() in _words_of("task_heads"):
        return "task", ""
    if all(_NAME_WORD.match(w) for w in topic.split()) and topic[:1].isupper():
        return "tool", ""
    return "area", ""


# Words that end a doing's short name before its object ("training for new staff").
_FUNCTION_WORDS = frozenset("for with to in on at of about the a an and my our".split())
# Heads too general to stand for a skill alone ("cost control" is not "control").
_GENERAL_HEADS = frozenset("control management content care design skills skill knowledge "
                           "work system systems support planning process processes".split())


# A name said whole, nothing glued on ("Power Query", "English"); a task, a place or a piece
# of work is no skill's name ("my visit skills", "my e-file skills": blind raters, s17).
_SHORT_BY_SHAPE = {"tool": "{topic}", "language": "{topic}", "task": "that experience",
                   "place": "that experience", "project": "that experience"}


def short_name(skill: Skill) -> str:
    """The skill said again after its growth line, short, as a listener who heard the name
    takes it: the head of its name ("account reconciliations" -> "my reconciliation skills",
    "inventory and ordering" -> "my ordering skills", "negotiation with carriers" -> "my
    negotiation skills"; a general head keeps the word before it: "cost control"; a name is
    said whole: "Power Query"); a long doing by its verb and object ("what I learned
    about building dashboards in Tableau" -> "what I learned about building dashboards"), or
    "that skill" where those are not two words. Blind raters (r17) heard a skill's full name
    said three to five times in one draft as a robotic repeated phrase. By the name's shape
    (``gave_shape``): a tool or a language is said by its name ("Power Query"), a task, a
    place or a piece of work as "that experience": "skills" is never glued onto a noun that
    names no skill ("my visit skills", "my e-file skills": blind raters, s17)."""
    words = skill_words(skill)
    topic = words.topic
    by_shape = _SHORT_BY_SHAPE.get(gave_shape(skill)[0])
    if by_shape:
        return by_shape.format(topic=topic)
    if words.activity:  # a short doing is its own short name; a long one, its verb and object
        # ("building dashboards", never "building" alone: blind raters, r18, heard "what I
        # learned about building" as nonsense)
        said = topic.split()
        if len(said) > 3:
            said = said[:2] if said[1].lower() not in _FUNCTION_WORDS else said[:1]
        if len(said) < 2 and len(topic.split()) > 1:
            return "that skill"
        return f"what I learned about {' '.join(said)}"
    if all(w[:1].isupper() or w[:1].isdigit() for w in topic.split()):
        return words.owned  # a name ("Power Query", "GCSS-Army") is said whole
    part = re.split(r"\s+(?:and|&)\s+", topic)[-1]
    part = re.split(r"\s+(?:with|of|for|to|in|on|at|about)\s+", part)[0].split()
    if not part:
        return words.owned
    head = part[-1:] if part[-1].lower() not in _GENERAL_HEADS or len(part) < 2 else part[-2:]
    last = head[-1]
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 4 \
            and last.islower():
        head = [*head[:-1], last[:-1]]
    said = " ".join(head)
    if re.search(r"\b(?:skills?|knowledge|know-how)$", said, re.IGNORECASE):
        return f"my {said}"
    return f"my {said} skills"
