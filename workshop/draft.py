"""A first draft of the answer, built from the participant's own words for one role.

The draft is what a person would say, in a 30-second and a 90-second version (``VERSIONS``):

- a direct opening that answers the question in one line ("My three years as a shift
  supervisor at Northwind Logistics gave me the most.");
- one story: the skill that grew (in the participant's own words when they gave them, never as
  rubric levels), the result it produced for the organisation in the participant's own
  sentence, the number read as what it is (a change, a count, an amount, a level), where the
  skill was used later;
- why it gave the most personal value, from what the story holds (a grown skill that made a
  difference for the organisation, and stayed useful), and at most one bridge to a hiring
  manager's goal the story gives evidence for: why it matters for the job applied for.

It claims nothing the entries do not hold. A skill is said to have made a result possible only
where the participant linked them (a result's ``enabled_by``); a number is said only as what it
is, and a number whose kind the entries leave open is left out; the organisation is named as
what it is (``workshop.wording.org_words``). Notes are said as speech, never pasted in note
grammar (``wording.speech``), and no fact is told twice. Where something is missing or vague
the draft does not guess and never leaves a placeholder: ``plan_draft`` returns the coach's
questions beside the text (``workshop.coach``), and ``apply_reply`` puts a participant's reply
into the workspace, so the next draft follows. A role's entries are read once per draft
(``workshop.draft_read``).

Which opening and which connectors are chosen by the content; no sentence is the same in every
draft. Entries that hold a pitfall phrase (the fun, the perks, the team) are left out.

The rule "which answer text, about which role, from where" is written here once,
``answer_for(workspace)``, and every view asks it (report, share, notebook 05, the demo).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from .check import MIN_SECONDS, WORDS_PER_MINUTE, count_words, pitfall_phrases, speaking_seconds
from .coach import Question, apply_reply, role_questions
from .draft_read import RoleReading, Said, clean, goals_of
from .errors import ValidationError
from .model import Result, Role, Skill, Workspace, months_between
from .result_number import holds_number, role_number
from .wording import (
    article,
    content_stems,
    growth_sentence,
    later_use_sentence,
    lower_first,
    skill_words,
    starts_with_base_verb,
    starts_with_past_verb,
    strip_end,
    takes_article,
    upper_first,
)

__all__ = ["draft_answer", "draft_versions", "plan_draft", "coach_questions", "apply_reply",
           "Draft", "Question", "speaking_seconds", "VERSIONS", "DRAFT_WORDS", "AnswerChoice",
           "answer_for", "answer_role_id", "is_untouched_draft"]

# Spoken length of each version, in seconds: (least, most). The 30-second version is kept at
# or above the check's MIN_SECONDS so that it passes the length finding too. The full version
# tells what the entries hold, up to 100 s; padding it to a round 90 s would mean stock
# sentences (blind raters marked a stock "why" line down), so a story with little in it is
# shorter, down to 40 s (the draft states its true time, and the coach asks for more).
VERSIONS = {30: (MIN_SECONDS, 40), 90: (40, 100)}


def _words_of(seconds: int) -> int:
    return round(seconds * WORDS_PER_MINUTE / 60)


DRAFT_WORDS = (_words_of(VERSIONS[30][0]), _words_of(VERSIONS[90][1]))


@dataclass(frozen=True)
class Draft:
    """A draft and what goes beside it.

    Attributes:
        text: the answer, every sentence a whole one.
        seconds: how long it takes to say, as the answer check counts it.
        role_id: the role it is about, or None when there are no roles.
        questions: the coach's questions for what is missing or vague.
    """

    text: str
    seconds: int
    role_id: str | None
    questions: tuple[Question, ...]


# --- the story --------------------------------------------------------------------------------


@dataclass
class _Piece:
    """A sentence of the draft: its place in the story and how much it is wanted (0 first)."""

    order: float
    priority: int
    text: str


def _variant(*parts: str) -> int:
    """A stable choice among equivalent wordings, made by the content (not at random)."""
    return zlib.crc32("|".join(parts).encode("utf-8"))


def _duration(role: Role) -> str:
    if not role.start:
        return ""
    try:
        months = months_between(role.start, role.end) if role.end else 0
    except ValueError:
        return ""
    if role.end is None or months <= 0:
        return ""
    if months >= 24:
        years, rest = divmod(months, 12)
        if rest >= 9:
            return f"nearly {years + 1} years"
        return f"{years} and a half years" if rest >= 4 else f"{years} years"
    if months >= 12:
        return "year" if months < 18 else "year and a half"
    return f"{months} months" if months > 1 else ""


_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty")


def _in_words(word: str) -> str:
    """A count of years as said ("12" -> "twelve", "23" -> "twenty-three"): a tenure is no
    figure of the entries, so it is never written in digits."""
    if not word.isdigit() or not 0 < int(word) < 60:
        return word
    n = int(word)
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")



def _spoken(text: str) -> str:
    """A name as said aloud: what stands in brackets left out."""
    return " ".join(re.sub(r"\s*\([^)]*\)", "", text).split()) or text


def _as_title(role: Role) -> str:
    """"a shift supervisor at Northwind Logistics" ("Head of Maths" keeps no article)."""
    title = _spoken(clean(role.title))
    org = _spoken(clean(role.organization))
    lead = article(title) + " " if takes_article(title) else ""
    where = f" at {strip_end(org)}" if org else ""
    return f"{lead}{title}{where}" if title else (f"my job{where}" if where else "that job")


def _opening(role: Role, long: bool) -> str:
    what = _as_title(role)
    summary = clean(role.summary)
    where = ""
    summary = strip_end(re.split(r"(?<=[a-z0-9)])[.;!?]\s|,\s", summary, maxsplit=1)[0])
    if long and summary and starts_with_past_verb(summary) and 4 <= len(summary.split()) <= 20 \
            and not holds_number(f"I {lower_first(summary)}."):  # a result's number: in 03
        where = f", where I {lower_first(summary)}"
    if role.current:
        forms = (f"The job that has given me the most is the one I have now, as {what}{where}.",
                 f"My current job, as {what}, has given me the most personal value{where}.",
                 f"I would point to the job I have now, as {what}{where}.",
                 f"For me, it is my current job as {what}{where}.")
        return forms[_variant(role.title, role.organization) % len(forms)]
    duration = _duration(role)
    words = duration.split()
    if words:
        duration = " ".join(_in_words(word) for word in words)
    time = f"my {duration}" if duration else "my time"
    forms = (f"{upper_first(time)} as {what} gave me the most{where}.",
             f"The job that gave me the most personal value was {time} as {what}{where}.",
             f"I would point to {time} as {what}{where}.",
             f"If I pick one job, it is {time} as {what}{where}.",
             f"For me, it was {time} as {what}{where}.")
    return forms[_variant(role.title, role.organization) % len(forms)]


def _linked(result: Result, skill: Skill | None) -> bool:
    if skill is None:
        return False
    return skill.name.strip().lower() in {n.lower() for n in result.enabled_by}


# How a result follows the grown skill the participant linked to it: spoken leads, never a
# label with a colon ("That skill made the difference: ...").
_WITH = ("With that skill,", "Using that skill,", "With that skill,")
_BECAUSE = ("Because of that skill,", "As a result,", "Thanks to that skill,")


def _first_result(result: Result, read: RoleReading, skill: Skill | None, variant: int,
                  named: bool) -> str:
    """The main result, linked to the grown skill only where the participant linked them; a
    skill ``named`` already in the story is "that skill", not its name again."""
    said = read.said(result)
    sentence, shape, role = said.told, said.shape, read.role
    if _linked(result, skill):
        owned = skill_words(skill).owned
        if named and shape in ("own", "we"):
            sentence = f"{_WITH[variant % 3]} {lower_first(sentence)}"
        elif named:
            sentence = f"{_BECAUSE[variant % 3]} {lower_first(sentence)}"
        elif shape in ("own", "we"):
            sentence = f"With {owned}, {lower_first(sentence)}"
        else:
            sentence = f"Thanks to {owned}, {lower_first(sentence)}"
    elif shape == "clause" and role.current:
        sentence = "Since I started, " + lower_first(sentence)
    return _kept(sentence, said)


def _more_result(result: Result, read: RoleReading, n: int) -> str:
    said = read.said(result)
    sentence, shape = said.told, said.shape
    words = sentence.split()
    if shape == "own" and len(words) > 1 and words[0] == "I":
        sentence = ("I also " if n == 1 else "And I ") + " ".join(words[1:])
    elif shape == "we" and len(words) > 1:
        sentence = "We also " + " ".join(words[1:])
    elif shape in ("clause", "clause-now"):
        sentence = "And " + lower_first(sentence)
    return _kept(sentence, said)


def _kept(sentence: str, said: Said) -> str:
    """The result with its lead and the speaker's part; the sentence as read
    (``said.told``) where a lead would change whether it holds its number, so that the draft
    says the number 04 scores exactly where the reading found one."""
    if sentence != said.told and bool(holds_number(sentence + said.part)) != said.counts:
        sentence = said.told
    return sentence + said.part


def _best_goal(goals: list[str], evidence: str) -> str:
    """The goal the story gives most evidence for: its meaningful words said in the story
    (half of them, or two; one shared verb alone is not enough), or "" when none has
    evidence."""
    said = content_stems(evidence)
    best, best_score = "", 0.0
    for goal in goals:
        wanted = content_stems(goal)
        if not wanted:
            continue
        common = wanted & said
        shared = len(common)
        if shared == 1 and starts_with_base_verb(next(iter(common))):
            continue  # one shared verb ("lead") is no evidence for "lead a team of 40"
        if shared >= 2 or (shared >= 1 and shared / len(wanted) >= 0.5):
            score = shared / len(wanted) + shared / 10
            if score > best_score:
                best, best_score = goal, score
    return best


def _bridge(goal: str, variant: int) -> str:
    """Why the story matters for the job applied for, by the goal it backs, in a shape that
    fits the goal: one that starts with a verb ("cut costs") is work one can do; a short name
    ("safeguarding") is experience; a long name from the ad is not recited (no bridge)."""
    goal = re.sub(r"\bour\b", "your", lower_first(_spoken(goal)), flags=re.IGNORECASE)
    goal = re.sub(r"\bwe\b", "you", goal, flags=re.IGNORECASE)
    if starts_with_base_verb(goal):
        forms = (f"You want someone who can {goal}, and that is work I have already done.",
                 f"Your role needs someone who can {goal}, and I have done that before.")
    elif len(goal.split()) <= 3:
        forms = (f"That is the {goal} experience your ad asks for.",
                 f"It is the kind of {goal} experience your ad asks for.")
    else:
        return ""
    return forms[variant % 2]


def _closing(workspace: Workspace, role: Role, skill: Skill | None, variant: int) -> str:
    """The close, by the role applied for; without one, the job pointed to."""
    title = _spoken(clean(workspace.target_role.title))
    if title:
        forms = (f"That is what I would bring to your {title} role.",
                 f"It is what I would bring to {article(title)} {title} role like yours.")
        return forms[variant % 2]
    return "That is why it is the job I would point to."


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figures(text: str) -> set[float]:
    """The numbers written in ``text``, as values ("1,200" and "1200" are one; "3" is not in
    "$35")."""
    return {float(m.group(0).replace(",", "")) for m in _FIGURE.finditer(text)}


def _told(result: Result, growth: str) -> bool:
    """True when the participant's growth words already tell this result: its numbers, or
    most of its meaningful words (it is not said twice)."""
    if not growth:
        return False
    numbers = _figures(result.statement)
    numbers |= {float(v) for v in (result.value, result.from_value) if v is not None}
    if numbers and numbers <= _figures(growth):
        return True
    return _repeats(result.statement, [content_stems(growth)])


def _repeats(note: str, told: list[set[str]], numbers: str = "") -> bool:
    """True when a note says again what a result says (most of its meaningful words), or gives
    only numbers the story has said already (``numbers``: the text told before it)."""
    said = content_stems(note)
    figures = _figures(note)
    if figures and figures <= _figures(numbers):
        return True
    return bool(said) and any(len(said & t) >= 0.8 * len(said) for t in told)


_SPLICE = re.compile(r",\s*(?:now|then|so|and now)?\s*\w+\s+(?:is|are|was|were)\b", re.IGNORECASE)


def _specific(result: Result, read: RoleReading) -> bool:
    """A further result worth its time in the longer version: a number said, or a sentence
    that names what changed (three meaningful words), and not two notes run together with a
    comma ("I set the same system up, now recalls is 60 a week")."""
    said = read.said(result)
    if _SPLICE.search(result.statement):
        return False
    return said.number_said or len(content_stems(said.sentence)) >= 3


def _story(read: RoleReading) -> tuple[list[Skill], list[Result]]:
    """The skills and results in the order the story tells them: the grown skill the
    participant linked to the best result (or to the second best, when both or neither keep a
    number the check counts) and that result first; else a grown skill and a result that speak
    of the same thing (a meaningful word in common); else the most grown skill and the best
    result, told side by side."""
    skills = [s for _i, s in read.skills()]
    results = [r for _i, r in read.results()]
    grown = [s for s in skills if s.levels_grown > 0]
    pool = results[:2] if len(results) < 2 or \
        read.said(results[0]).counted == read.said(results[1]).counted else results[:1]

    def first(skill: Skill, result: Result) -> tuple[list[Skill], list[Result]]:
        return ([skill, *[s for s in skills if s is not skill]],
                [result, *[r for r in results if r is not result]])

    for result in pool:
        for skill in grown:
            if _linked(result, skill):
                return first(skill, result)
    for result in pool:
        about = content_stems(f"{result.statement} {result.metric}")
        for skill in grown:
            if content_stems(skill_words(skill).topic) & about:
                return first(skill, result)
    return skills, results


def _later_uses(skills: list[Skill], top: Skill | None, told: list[set[str]], said: str,
                current: bool, variant: int) -> list[str]:
    """Where the story's skills were used later, each not repeating what the story told, the
    second not opening like the first."""
    later: list[str] = []
    for skill in skills:
        if _repeats(skill.used_later, told, said):
            continue
        for k in range(4):
            sentence = later_use_sentence(skill, variant + len(later) + k, current,
                                          named=skill is top)
            if not later or sentence.split()[:4] != later[0].split()[:4]:
                break
        plain = later_use_sentence(skill, 0, current)  # as the number's reading read it
        if bool(holds_number(sentence)) != bool(holds_number(plain)):
            sentence = plain
        if sentence:
            later.append(sentence)
    return later


def _pieces(workspace: Workspace, read: RoleReading, long: bool) -> list[_Piece]:
    role = read.role
    skills, results = _story(read)
    top = skills[0] if skills else None
    variant = _variant(role.title, role.organization, role.id)
    pieces = [_Piece(0, 0, _opening(role, long))]
    if top is not None:  # the growth first: the result then shows what it produced
        pieces.append(_Piece(1, 0, growth_sentence(top, role.current, variant)))
    told_growth = top.how_far if top is not None else ""
    results = [r for r in results if not _told(r, told_growth)] or results[:0]
    if results:
        pieces.append(_Piece(2, 0, _first_result(results[0], read, top, variant,
                                                 named=top is not None)))
    # more results where they read as the participant's own sentence and say something
    # (a number, or four meaningful words: "I also kept everything running" is a bolt-on)
    more = [r for r in results[1:] if read.said(r).shape in ("own", "we") and _specific(r, read)
            and (read.said(r).number_said or _figures(read.said(r).sentence)
                 or len(content_stems(read.said(r).sentence)) >= 4)]
    for n, result in enumerate(more[:2 if long else 1], start=1):
        pieces.append(_Piece(5 + n, 3 + n, _more_result(result, read, n)))
    told = [content_stems(r.statement) for r in results] + [content_stems(told_growth)]
    # a later use of the skill the story told, else of the next one, named as it comes
    later = _later_uses(skills[:2], top, told, " ".join(p.text for p in pieces), role.current,
                        variant)
    if later:
        pieces.append(_Piece(8, 0, later[0]))
        if long and len(later) > 1:
            pieces.append(_Piece(9, 5, later[1]))
    # the goal is chosen from the main story (growth, first result, its later use), so that
    # the bridge never turns to a skill the story did not tell
    evidence = " ".join(p.text for p in pieces[1:] if p.priority == 0)
    goal = _best_goal(goals_of(workspace), evidence)
    bridge = _bridge(goal, variant) if goal else ""
    if bridge:  # the bridge is the close: a second stock line after it adds nothing
        pieces.append(_Piece(10, 2, bridge))
    else:
        pieces.append(_Piece(11, 3, _closing(workspace, role, top, variant)))
    pieces = [p for p in pieces if p.text and not pitfall_phrases(p.text)]
    # the number 04 scores (``result_number.role_number``) is said in every version
    number = role_number(role)
    if number is not None and not any(holds_number(p.text) for p in pieces if p.priority == 0):
        pieces.append(_Piece(2.5 if number.result is not None else 8.5, 0, number.told))
    return pieces


def _compose(pieces: list[_Piece], most_words: int) -> str:
    """The pieces that fit ``most_words``, most wanted first, told in story order; a piece
    that only says again what the chosen ones said (all its figures, or most of its
    meaningful words) is left out, so no fact is told twice."""
    chosen: list[_Piece] = []
    total = 0
    for piece in sorted(pieces, key=lambda p: (p.priority, p.order)):
        n = count_words(piece.text)
        if 0 < piece.order < 9.5 and chosen and _said_again(piece.text, chosen):
            continue
        if piece.priority == 0 or total + n <= most_words:
            chosen.append(piece)
            total += n
    return " ".join(p.text for p in sorted(chosen, key=lambda p: p.order))


def _said_again(text: str, chosen: list[_Piece]) -> bool:
    before = " ".join(p.text for p in chosen if 0 < p.order < 9.5)
    figures = _figures(text)
    if figures:  # a new figure is a new fact; figures all said already are not
        return figures <= _figures(before)
    stems = content_stems(text) - _LINK_WORDS
    return len(stems) >= 3 and len(stems & content_stems(before)) >= 0.75 * len(stems)


# Words of the kit's own leads and links, not facts ("that skill", "later", "since").
_LINK_WORDS = content_stems("that skill later since again used using kept job also learned "
                            "grew gave most this there here")


def _pick_role(workspace: Workspace, role_id: str | None) -> Role | None:
    if role_id is not None:
        try:
            return workspace.role(role_id)
        except KeyError:
            raise ValidationError(f"there is no role with the id '{role_id}' in this workspace.",
                                  field="answer.role_id") from None
    chosen = answer_role_id(workspace)
    return workspace.role(chosen) if chosen is not None else None


def coach_questions(workspace: Workspace, role_id: str | None = None) -> list[Question]:
    """The coach's questions for the role's draft: what is missing or vague, most useful
    first. Empty when the entries hold all the draft needs."""
    return list(plan_draft(workspace, role_id).questions)


def plan_draft(workspace: Workspace, role_id: str | None = None, seconds: int = 90) -> Draft:
    """The draft for one role, about ``seconds`` long (30 or 90), with the coach's questions.

    ``role_id`` ``None`` drafts for the role ``answer_role_id`` picks (the chosen one, else the
    strongest, else the first). An unknown ``role_id`` raises ``ValidationError``. With no roles
    the text is empty and the questions say where to start. The role's entries are read once
    for the draft and its questions (``RoleReading``).
    """
    role = _pick_role(workspace, role_id)
    if role is None:
        return Draft("", 0, None, tuple(role_questions(workspace, None)))
    read = RoleReading(role)
    long = seconds > 45
    pieces = _pieces(workspace, read, long)
    text = _compose(pieces, _words_of(VERSIONS[90 if long else 30][1]))
    backed = not goals_of(workspace) or any(p.order == 10 for p in pieces)
    questions = tuple(role_questions(workspace, read, goal_backed=backed))
    return Draft(text, speaking_seconds(text), role.id, questions)


def draft_answer(workspace: Workspace, role_id: str | None = None, seconds: int = 90) -> str:
    """The text of ``plan_draft`` (see there)."""
    return plan_draft(workspace, role_id, seconds).text


def draft_versions(workspace: Workspace, role_id: str | None = None) -> dict[int, str]:
    """The 30-second and the 90-second draft, by their length in seconds."""
    return {seconds: draft_answer(workspace, role_id, seconds) for seconds in VERSIONS}


# --- which answer, about which role, from where ------------------------------------------------


@dataclass(frozen=True)
class AnswerChoice:
    """The answer a view shows or checks.

    Attributes:
        text: the answer text ("" when there is nothing to show).
        role_id: the role it is about, or None when there are no roles.
        source: "participant" (their own words), "draft" (written by the kit: the box is empty,
            or holds a draft the participant has not changed) or "none".
    """

    text: str
    role_id: str | None
    source: str


def answer_role_id(workspace: Workspace) -> str | None:
    """The role the answer is about: the chosen one, else the strongest, else the first."""
    from .scoring import rank

    ids = [r.id for r in workspace.roles]
    if workspace.answer.role_id in ids:
        return workspace.answer.role_id
    strongest = rank(workspace).strongest
    if strongest is not None:
        return strongest.role.id
    return ids[0] if ids else None


def is_untouched_draft(workspace: Workspace, text: str, role_id: str | None) -> bool:
    """True when ``text`` is a draft the kit writes for that role, word for word."""
    text = text.strip()
    if not text or role_id is None:
        return False
    try:
        return any(text == draft_answer(workspace, role_id, s).strip() for s in VERSIONS)
    except ValidationError:
        return False


def answer_for(workspace: Workspace) -> AnswerChoice:
    """Which answer text, about which role, and where it comes from: the one rule.

    - the participant's own text, about the chosen role (else the strongest, else the first);
      a text that is still an untouched draft counts as the kit's draft;
    - an empty box: the 90-second draft for that role, source "draft";
    - no roles at all: no text, no role, source "none".
    """
    role_id = answer_role_id(workspace)
    own = workspace.answer.text.strip()
    if own:
        source = "draft" if is_untouched_draft(workspace, own, role_id) else "participant"
        return AnswerChoice(own, role_id, source)
    if role_id is None:
        return AnswerChoice("", None, "none")
    return AnswerChoice(draft_answer(workspace, role_id), role_id, "draft")
