"""Practice saying the answer aloud: the pace against the check's rate, and the follow-up
questions an interviewer would ask about this answer.

- ``timer_fit(text, seconds)``: before speaking, whether the answer fits the timer picked (30,
  60 or 90 seconds) at the answer check's ``WORDS_PER_MINUTE``;
- ``pace(text, seconds)``: after speaking, the words a minute the participant spoke at, and
  whether that is near the check's rate (within ``PACE_BAND`` words a minute);
- ``follow_ups(workspace, role_id, text)``: the questions an interviewer would ask next, made
  from the entries the answer tells (a result's number, a skill that grew, a "we", a skill the
  participant linked to a result, where a skill was used later, a goal of the hiring manager
  the answer speaks to, the job itself). Every entry the participant typed is quoted, never
  bent into a frame; skills are named with ``wording.skill_words`` and numbers with
  ``wording.format_number``, so each question is a whole sentence for every kind of entry.
  Wordings are chosen by the content (a checksum, not at random), so two participants do not
  get one list.

Nothing here leaves the participant's machine: it reads the workspace and the text, no more.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, replace

from .check import WORDS_PER_MINUTE, count_words
from .model import Result, Role, Skill, Workspace
from .result_number import DIFFER, read_result
from .typed_said import NOT_QUOTED, figure_note, without_figures
from .wording import (
    article,
    content_stems,
    format_number,
    org_words,
    skill_words,
    statement_sentence,
    strip_end,
    upper_first,
)

__all__ = ["TIMERS", "PACE_BAND", "Pace", "FollowUp", "timer_fit", "pace", "follow_ups"]

TIMERS = (30, 60, 90)  # the practice timer's lengths, in seconds
PACE_BAND = 20  # words a minute either side of WORDS_PER_MINUTE that count as a good pace
MOST_QUESTIONS = 6
_QUOTE = 80  # characters of an entry quoted in a question, cut on a word


@dataclass(frozen=True)
class Pace:
    """How fast the answer was said.

    Attributes:
        words: the words in the answer.
        seconds: how long the participant took.
        per_minute: words a minute (0 when no time was taken).
        verdict: "slow", "good", "fast", or "" when too little time was taken to say.
        message: the pace in one or two plain sentences.
    """

    words: int
    seconds: float
    per_minute: int
    verdict: str
    message: str


@dataclass(frozen=True)
class FollowUp:
    """A question an interviewer could ask next.

    Attributes:
        text: the question, a whole sentence.
        about: the entry it comes from, in a few words ("your result: cut overtime").
    """

    text: str
    about: str


# --- timing -------------------------------------------------------------------------------------


def _at_rate(words: int) -> int:
    return round(words / WORDS_PER_MINUTE * 60)


def timer_fit(text: str, seconds: int) -> str:
    """Whether ``text`` fits a timer of ``seconds`` when said at the check's rate."""
    words = count_words(text)
    if not words:
        return "Put your answer in the box first (a draft or your own words), then start the timer."
    said = _at_rate(words)
    head = (f"Your answer has {words} words: about {said} seconds at {WORDS_PER_MINUTE} words a "
            "minute.")
    if said > seconds:
        need = round(words / seconds * 60)
        cut = words - round(seconds * WORDS_PER_MINUTE / 60)
        return (f"{head} To say it in {seconds} seconds you would need {need} words a minute: "
                f"cut about {cut} words, or pick a longer timer.")
    if said < seconds * 0.5:
        return (f"{head} It leaves much of the {seconds} seconds empty: a shorter timer fits, "
                "or add where you used the skill later.")
    return f"{head} It fits in {seconds} seconds with time to breathe."


def pace(text: str, seconds: float) -> Pace:
    """The pace of ``text`` said in ``seconds``, against the check's ``WORDS_PER_MINUTE``."""
    words = count_words(text)
    if not words:
        return Pace(0, seconds, 0, "", "There is no answer in the box to time.")
    if seconds < 5:
        return Pace(words, seconds, 0, "",
                    "The timer had hardly started. Press Start, say your answer aloud, then "
                    "press 'I have finished'.")
    per_minute = round(words / seconds * 60)
    said = f"You said {words} words in {round(seconds)} seconds: {per_minute} words a minute."
    low, high = WORDS_PER_MINUTE - PACE_BAND, WORDS_PER_MINUTE + PACE_BAND
    if per_minute > 2 * WORDS_PER_MINUTE:
        return Pace(words, seconds, per_minute, "fast",
                    f"{said} Nobody says words that fast and is understood: did you press "
                    "'I have finished' before the end? Start again and say the whole answer.")
    if per_minute > high:
        return Pace(words, seconds, per_minute, "fast",
                    f"{said} That is faster than the {WORDS_PER_MINUTE} the check counts on: "
                    "slow down and pause after the result, so that the number lands.")
    if per_minute < low:
        return Pace(words, seconds, per_minute, "slow",
                    f"{said} That is slower than the {WORDS_PER_MINUTE} the check counts on: "
                    "say it again until it comes without looking at the text.")
    return Pace(words, seconds, per_minute, "good",
                f"{said} A good pace, near the {WORDS_PER_MINUTE} the check counts on.")


# --- follow-up questions ------------------------------------------------------------------------


def _variant(*parts: str) -> int:
    return zlib.crc32("|".join(parts).encode("utf-8"))


def _quote(text: str) -> str:
    """An entry as quoted in a question: one line, cut on a word, no end stop."""
    text = strip_end(text)
    if len(text) <= _QUOTE:
        return text
    cut = text[:_QUOTE].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + " ..."


def _unit_in_metric(result: Result) -> bool:
    head = re.findall(r"[^\W\d_]+", result.unit.lower())[:1]
    return bool(head) and head[0] in result.metric.lower()


def _number(result: Result, value: float | int, start: bool = False) -> str:
    """A result's number as said in a question ("18%", "$3,200", "4.6 out of 5", "zero"); a
    starting value keeps only a % or a currency, and a unit the metric names is left out."""
    unit = result.unit.strip()
    if re.fullmatch(r"/\s*\d+", unit):  # "4.6 /5" said as "4.6 out of 5"
        return f"{format_number(value)} out of {unit.lstrip('/ ')}"
    if value == 0 and not start:
        return "zero"
    rate = re.fullmatch(r"(.+?)\s*(?:/|\bper\b)\s*(hour|day|week|month|year)", unit)
    if rate and not start:  # "USD/month" said "$3,000 a month", "invoices/month" likewise
        head = _number(replace(result, unit=rate.group(1)), value)
        return f"{head} {article(rate.group(2))} {rate.group(2)}"
    full = format_number(value, unit)
    if _unit_in_metric(result) or (start and full[:1].isdigit() and not full.endswith("%")):
        return format_number(value)
    return full


def _kind(result: Result) -> str:
    if result.kind:
        return result.kind
    if result.from_value is not None:
        return "change"
    return ""


def _number_question(result: Result, role: Role, variant: int) -> str:
    metric = _quote(result.metric)
    value = _number(result, result.value)
    kind = _kind(result)
    said = _quote(result.statement)
    if kind == "change" and result.from_value is not None:
        start = _number(result, result.from_value, start=True)
        forms = ([f"How did you measure {metric}, before and after?",
                  f"What did you change first to move {metric} from {start} to {value}?"]
                 if metric else
                 [f"How did you measure the change from {start} to {value}?",
                  f"What did you change first to get from {start} to {value}?"])
    elif kind == "change":
        forms = [f"How did you measure the {value}?" if value != "zero" else
                 "How did you measure that change?",
                 f"What was it before you started, and how do you know it changed by {value}?"]
    elif kind == "count":
        unit = result.unit.strip()
        value = _number(replace(result, metric=""), result.value) if unit else \
            (f"{format_number(result.value)} {metric}" if metric else value)
        forms = [f"Walk me through how you got to {value}: what did you do yourself?",
                 f"What did it take to get to {value}, and what would you do differently next "
                 "time?"]
    elif kind == "amount":
        forms = [f"How was the {value} worked out, and who confirmed it?",
                 f"Where does the {value} come from: your own figures, or the organisation's?"]
    elif kind == "level" and value == "zero":
        forms = ([f"What did you do to keep {metric} at zero?",
                  f"Zero {metric} is a strong claim: how did you keep it there, and for how "
                  "long?"] if metric else
                 ["What did you do to keep it at zero?",
                  "Zero is a strong claim: how did you keep it there, and for how long?"])
    elif kind == "level":
        the = _yours(org_words(role).the)
        forms = [f"What did you do to get to {value}, and what was it before you started?",
                 f"How does {value} compare with others across {the}?"]
    else:
        forms = [f"What difference did \u201c{said}\u201d make, and how did you measure it?",
                 f"What did \u201c{said}\u201d change for {_yours(org_words(role).the)}?"]
    return forms[variant % len(forms)]


def _yours(the: str) -> str:
    """The organisation as the interviewer says it: "my client" is "your client"."""
    return re.sub(r"^my\b", "your", the)


def _result_question(result: Result, role: Role, variant: int) -> FollowUp:
    # the result as the draft tells it: a note about its figure left out, a figure the
    # participant asked not to be quoted never asked about, and of a statement whose figure
    # the fields' disagree with, the statement's (issue 20, draft61)
    typed, note = figure_note(result.statement, result.quantified)
    if note == NOT_QUOTED:
        typed = without_figures(typed) or typed
    said = _quote(typed)
    about = f"your result: {said}"
    if result.quantified and note != NOT_QUOTED and read_result(result, role).note != DIFFER:
        return FollowUp(_number_question(result, role, variant), about)
    forms = [f"What difference did \u201c{said}\u201d make, and how could someone see it?",
             f"What evidence could you show for \u201c{said}\u201d?",
             f"If I asked someone who was there about \u201c{said}\u201d, what would they "
             "tell me?"]
    return FollowUp(forms[variant % len(forms)], about)


def _my_part_question(result: Result, variant: int) -> FollowUp:
    said = _quote(result.statement)
    forms = [f"You said \u201c{said}\u201d. What was your own part in it?",
             f"Who was the \u201cwe\u201d in \u201c{said}\u201d, and what did you do yourself?"]
    return FollowUp(forms[variant % len(forms)], f"your result: {said}")


def _skill_question(skill: Skill, current: bool, variant: int) -> FollowUp:
    words = skill_words(skill)
    topic = words.topic
    if skill.levels_grown <= 0:
        forms = [f"Can you give me an example of a hard case where you used {topic}?",
                 f"How do you keep {topic} up to date?"]
    elif words.activity:
        forms = [f"What was hardest about {topic} at first?",
                 f"Can you give me an example of {topic} that did not go well, and what you "
                 "learned from it?",
                 f"Who or what helped you most as you got better at {topic}?"]
    else:
        forms = [f"What was hardest about learning {topic}?",
                 f"How did you get better at {topic}: training, practice, someone who showed you?",
                 f"Can you walk me through a difficult case where you used {topic}?"]
    return FollowUp(forms[variant % len(forms)], f"your skill: {_quote(skill.name)}")


def _link_question(result: Result, skill: Skill, variant: int) -> FollowUp:
    topic = skill_words(skill).topic
    said = _quote(result.statement)
    forms = [f"How exactly did {topic} help with \u201c{said}\u201d?",
             f"What part did {topic} play in \u201c{said}\u201d?"]
    return FollowUp(forms[variant % len(forms)],
                    f"your link: {_quote(skill.name)} made \u201c{said}\u201d possible")


def _later_question(skill: Skill, variant: int) -> FollowUp:
    topic = skill_words(skill).topic
    later = _quote(skill.used_later)
    forms = [f"You used {topic} again later (\u201c{later}\u201d). What came of it?",
             f"Tell me more about \u201c{later}\u201d: what did {topic} let you do there?"]
    return FollowUp(forms[variant % len(forms)], f"where you used {_quote(skill.name)} later")


def _goal_question(goal: str, variant: int) -> FollowUp:
    goal = _quote(goal)
    forms = [f"This role asks for \u201c{goal}\u201d. What would you do first here?",
             f"How would what you did there carry over to \u201c{goal}\u201d in this job?"]
    return FollowUp(forms[variant % len(forms)], f"the hiring manager's goal: {goal}")


def _job_question(role: Role, variant: int) -> FollowUp:
    org = " ".join(role.organization.split())
    if role.current:
        forms = ["What would make you leave a job that has given you this much?",
                 f"What would your manager{f' at {org}' if org else ''} say you still have to "
                 "learn?"]
    else:
        forms = [f"Why did you move on from {org}?" if org else "Why did you move on from that "
                 "job?",
                 f"What would your manager{f' at {org}' if org else ''} say was your biggest "
                 "contribution?",
                 "What would you do differently if you did that job again?"]
    return FollowUp(forms[variant % len(forms)], f"the job: {_quote(role.title)}")


def _told(entry: str, said: set[str]) -> bool:
    """True when the answer tells this entry: half its meaningful words are in it (or two)."""
    stems = content_stems(entry)
    if not stems:
        return False
    shared = len(stems & said)
    return shared / len(stems) >= 0.6 or (shared >= 3 and shared / len(stems) >= 0.4)


def _number_told(result: Result, text: str) -> bool:
    if not result.quantified:
        return False
    digits = text.replace(",", "")
    shown = f"{result.value:g}" if isinstance(result.value, float) else str(result.value)
    return bool(re.search(rf"(?<![\d.]){re.escape(shown)}(?![\d])", digits))


def _goal_told(goals: list[str], said: set[str]) -> str:
    for goal in goals:
        if _told(goal, said):
            return goal
    return ""


def follow_ups(workspace: Workspace, role_id: str | None, text: str) -> list[FollowUp]:
    """The questions an interviewer would ask about ``text``, the answer about ``role_id``.

    Made from the role's entries that the answer tells (its words or its number); when it tells
    none of them (an answer in other words), from the role's first result and skill. At most
    ``MOST_QUESTIONS``: a result's number (or, without one, how it could be seen), a "we"
    result's own part, the skill that grew, a skill linked to a result, where a skill was used
    later, a goal the answer speaks to, and one about the job.
    """
    if role_id is None:
        return []
    try:
        role = workspace.role(role_id)
    except KeyError:
        return []
    said = content_stems(text)
    org = org_words(role)
    results = [r for r in role.results if strip_end(r.statement)]
    skills = [s for s in role.skills if strip_end(s.name)]
    told_results = [r for r in results if _number_told(r, text) or _told(r.statement, said)]
    told_skills = [s for s in skills if _told(skill_words(s).topic, said)
                   or _told(s.name, said)]
    if not told_results and not told_skills:
        told_results, told_skills = results[:1], skills[:1]
    seed = _variant(role.id, role.title, text)
    questions: list[FollowUp] = []
    for n, result in enumerate(told_results[:2]):
        questions.append(_result_question(result, role, seed + n))
        if statement_sentence(result, org)[1] == "we" and not strip_end(result.my_part):
            questions.append(_my_part_question(result, seed + n))
    grown = sorted(told_skills, key=lambda s: -s.levels_grown)
    if grown:
        questions.append(_skill_question(grown[0], role.current, seed))
    links = [(r, s) for r in told_results for s in told_skills if r.made_possible_by(s)]
    if links:
        questions.append(_link_question(*links[0], seed))
    later = [s for s in told_skills if strip_end(s.used_later)]
    if later:
        questions.append(_later_question(later[0], seed))
    goals = [g for g in (strip_end(g) for g in workspace.target_role.goals) if g]
    goal = _goal_told(goals, said)
    if goal:
        questions.append(_goal_question(goal, seed))
    job = _job_question(role, seed)
    kept = questions[:MOST_QUESTIONS - 1] + [job]
    return [FollowUp(upper_first(q.text), q.about) for q in kept]
