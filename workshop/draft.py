"""A first draft of the answer, built from the participant's own entries for one role.

The draft sounds like a person telling the two pillars, in a 30-second and a 90-second version
(``VERSIONS``): the role; the grown skill (its level before and after) linked to the result it
produced ("Because I had grown my scheduling from novice to proficient, I helped my department
to cut overtime hours by 18%."); the result's number inside its sentence, with the direction
the statement gives and its scope; where the skill was used later; and at most two of the hiring
manager's goals, each named right after the evidence that serves it (a goal is paired with a
sentence only when the answer check finds that sentence speaks to it). The goals are never
listed, and no sentence is the same in every draft.

It never says anything the answer check would flag as a pitfall: any entry holding a pitfall
phrase is left out, the role's summary is not used, and enjoyment is never mentioned. Where a
pillar has no entries yet, the draft carries a bracketed prompt ("[add a result with a number
...]") in its place, so it is still useful to edit.

The rule "which answer text, about which role, from where" is written here once,
``answer_for(workspace)``, and every view asks it (report, share, notebook 05, the demo).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .check import MIN_SECONDS, check_answer, count_words, pitfall_phrases, speaking_seconds
from .errors import ValidationError
from .model import Result, Role, Skill, Workspace, parse_date

__all__ = ["draft_answer", "draft_versions", "speaking_seconds", "VERSIONS", "DRAFT_WORDS",
           "AnswerChoice", "answer_for", "answer_role_id", "is_untouched_draft"]

# Spoken length of each version, in seconds: (least, most). The 30-second version is kept at
# or above the check's MIN_SECONDS so that it passes the length finding too.
VERSIONS = {30: (MIN_SECONDS, 36), 90: (60, 100)}
DRAFT_WORDS = (round(VERSIONS[30][0] * 140 / 60), round(VERSIONS[90][1] * 140 / 60))

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SCOPE_NOUNS = {"team": "the team", "department": "my department", "company": "the company",
                "customers": "our customers"}
_SCOPE_ORDER = {"team": 0, "department": 1, "company": 2, "customers": 3}
_CURRENCY_SYMBOLS = ("$", "€", "£", "¥")

_LATER_START = re.compile(r"^(?:later|afterwards)\b[\s,]*", re.IGNORECASE)
# Irregular past tenses a used-later note may start with ("built the dashboard ...").
_PAST_VERBS = frozenset("""
    began brought built bought came cut did drew drove fed found gave got grew held hung kept knew
    led lent made met paid put ran read rode said sang saw sent set shot showed sold spent spoke
    stood struck swam taught thought threw told took understood went won wrote
""".split())

# Words a result statement may open with that make it a sentence of its own.
_SUBJECT_WORDS = frozenset("""
    a an the our my their his her its this that these those most all every each some many more
    fewer less over nearly almost about around half none no both either neither one two three
    four five six seven eight nine ten it they he she you everyone everybody nobody
""".split())

PROMPT_SKILLS = ("[add a skill this job grew, with its level before and after, for example "
                 "\"I grew my scheduling from novice to proficient\"]")
PROMPT_USED_LATER = "[add where you used one of these skills later and what it produced]"
PROMPT_RESULTS = ("[add a result with a number: \"I helped the company to ...\", with what "
                  "changed and by how much]")
PROMPT_GOALS = "[add the hiring manager's goals from the job ad and link one of them here]"


def _clean(text: str | None) -> str:
    """The text tidied, or "" when it holds a pitfall phrase (so it is left out)."""
    if not text:
        return ""
    text = " ".join(str(text).split()).strip()
    if not text or pitfall_phrases(text):
        return ""
    return text


def _strip_end(text: str) -> str:
    return text.rstrip(" .!;:,")


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word looks like a name or acronym."""
    if not text:
        return text
    first = text.split()[0]
    if first == "I" or first.startswith("I'") or any(c.isupper() for c in first[1:]):
        return text
    return text[0].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _month_year(value: str) -> str:
    year, month = parse_date(value)
    return f"{_MONTHS[month - 1]} {year}" if "-" in value else str(year)


def _period(role: Role) -> str:
    """Where the role sits in time, as words, or ""."""
    try:
        if role.current:
            return f", which I started in {_month_year(role.start)}"
        if role.start and role.end:
            start, end = _month_year(role.start), _month_year(role.end)
            if start == end:
                return f", in {start}"
            same_year = start.split()[-1] == end.split()[-1]
            if same_year and " " in start:
                start = start.split()[0]  # "from January to June 2024"
            return f", from {start} to {end}"
        if role.end:
            return f", until {_month_year(role.end)}"
        if role.start:
            return f", from {_month_year(role.start)}"
    except ValueError:
        pass
    return ""


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _opening(role: Role, period: bool = True) -> str:
    title, org = _clean(role.title), _clean(role.organization)
    verb = "has given" if role.current else "gave"
    be = "is" if role.current else "was"
    what = "my current role" if role.current else "my time"
    if title:
        where = f"{what} as {title}" + (f" at {org}" if org else "")
    elif org:
        where = f"{what} at {org}"
    else:
        where = what + " in that role"
    return f"The job that {verb} me the most value {be} {where}{_period(role) if period else ''}."


def _starts_with_verb(text: str) -> bool:
    """True when the note reads as "built the dashboard ...", so "when I" can go before it."""
    first = text.split()[0].lower() if text.split() else ""
    return (first.endswith("ed") and len(first) > 3) or first in _PAST_VERBS


def _starts_with_subject(text: str) -> bool:
    """True when a statement opens with its subject ("Sales rose", "The queue fell") rather than
    a verb that could follow "I helped the company to" ("cut overtime")."""
    first = text.split()[0] if text.split() else ""
    low = first.lower().strip("\"'(")
    if low in _SUBJECT_WORDS or any(c.isdigit() for c in low):
        return True
    if low.endswith("s") and not low.endswith(("ss", "us")):
        return True
    return first[:1].isupper() and any(c.isupper() for c in first[1:])  # "NHS", "McKay"


def _format_value(result: Result, with_unit: bool = True) -> str:
    value = result.value
    if isinstance(value, float):
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        number = f"{value:,}"
    unit = _clean(result.unit) if with_unit else ""
    if not unit:
        return number
    if unit == "%":
        return number + "%"
    if unit in _CURRENCY_SYMBOLS:
        return unit + number
    return f"{number} {unit}"


def _has_value(statement: str, result: Result) -> bool:
    """True when the statement already says the result's number."""
    digits = statement.replace(",", "")
    value = result.value
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return re.search(rf"(?<![\d.]){re.escape(text)}(?![\d])", digits) is not None



def _words_of(seconds: int) -> int:
    return round(seconds * 140 / 60)


def _level_move(skill: Skill) -> str:
    return f"from {skill.before} to {skill.after}"


def _grown(skills: list[Skill]) -> list[Skill]:
    """Skills with a clean name, the most grown first (stable: the participant's order)."""
    usable = [s for s in skills if _clean(s.name)]
    return sorted(usable, key=lambda s: -s.levels_grown)


def _growth_clause(skill: Skill, current: bool = False) -> str:
    """"I had grown my scheduling from novice to proficient" (or "worked on" when it didn't)."""
    had = "have" if current else "had"
    if skill.levels_grown > 0:
        return f"I {had} grown my {skill.name} {_level_move(skill)}"
    return f"I {had} worked hard on my {skill.name} at a {skill.after} level"


def _number_phrase(result: Result) -> str:
    """"by 18%", "by €1.2 million" for a change; else "" (the caller words it)."""
    return "by " + _format_value(result) if result.quantified else ""


_CHANGE_VERB = re.compile(r"\b(?:cut|cutting|reduc\w*|lower\w*|rais\w*|increas\w*|grow\w*|grew|"
                          r"boost\w*|improv\w*|sav\w*|halv\w*|shorten\w*|speed\w*|sped|"
                          r"decreas\w*|lift\w*|drop\w*|trim\w*)\b", re.IGNORECASE)


def _with_number(statement: str, result: Result) -> str:
    """The statement with its number inside: after the metric if the statement names it,
    else after the statement when it says a change ("cut overtime by 18%"), else as "a
    difference of 120 hours in <metric>"."""
    if not result.quantified or _has_value(statement, result):
        return statement
    value = _format_value(result)
    metric = _strip_end(_clean(result.metric))
    change = _CHANGE_VERB.search(statement)
    if change:
        if metric:
            at = statement.lower().find(metric.lower(), change.end())
            if at >= 0:
                end = at + len(metric)
                return f"{statement[:end]} by {value}{statement[end:]}"
        return f"{statement} by {value}"
    unit = _clean(result.unit)
    if metric and unit and re.search(rf"\b{re.escape(unit)}\b", metric, re.IGNORECASE):
        # the metric names the unit: "a difference of 120 teacher hours spent on tracking"
        return f"{statement}, a difference of {_format_value(result, with_unit=False)} {metric}"
    if metric:
        return f"{statement}, a difference of {value} in {metric}"
    return f"{statement}, a difference of {value}"


def _result_text(result: Result, because: str = "") -> str:
    """One result as a sentence, its number inside ("I helped the company to cut ... by 18%")."""
    statement = _strip_end(_clean(result.statement))
    if not statement:
        return ""
    statement = _with_number(statement, result)
    helped = _SCOPE_NOUNS.get(result.scope, "the company")
    low = statement.lower()
    lead = f"Because {because}, " if because else ""
    if low.startswith(("i helped", "we helped")):
        core = statement if lead else _upper_first(statement)
        return f"{lead}{core}."
    if low.startswith("helped "):
        return f"{lead}I {statement}."
    first = low.split()[0]
    if low.startswith(("i ", "we ")) or (first.endswith("ed") and len(first) > 3) \
            or first in _PAST_VERBS:
        if not low.startswith(("i ", "we ")):
            statement = "I " + _lower_first(statement)
        return f"{lead}{statement}, and that helped {helped}." if lead else \
            f"{_upper_first(statement)}, which helped {helped}."
    if _starts_with_subject(statement):
        return f"{lead}I helped {helped} to a clear result: {_lower_first(statement)}."
    return f"{lead}I helped {helped} to {_lower_first(statement)}."


def _best_results(results: list[Result]) -> list[Result]:
    """Quantified results first, then the wider scope; otherwise the participant's order."""
    usable = [r for r in results if _strip_end(_clean(r.statement))]

    def plain(r: Result) -> bool:  # says its change in words a listener follows at once
        low = _clean(r.statement).lower()
        return low.startswith(("i helped", "we helped", "helped")) or bool(
            _CHANGE_VERB.search(low))

    return sorted(usable, key=lambda r: (not r.quantified, not plain(r),
                                         -_SCOPE_ORDER.get(r.scope, 0)))


def _used_later_text(skill: Skill) -> str:
    note = _LATER_START.sub("", _strip_end(_clean(skill.used_later)))
    if not note:
        return ""
    if note.lower().startswith("i "):
        return f"I went on to use my {skill.name} skills later: I{note[1:]}."
    if _starts_with_verb(note):
        return f"I went on to use my {skill.name} skills later, when I {_lower_first(note)}."
    return f"I went on to use my {skill.name} skills later: {_lower_first(note)}."


def _goals_of(workspace: Workspace) -> list[str]:
    return [g for g in (_strip_end(_clean(g)) for g in workspace.target_role.goals) if g]


def _serves(sentence: str, goal: str) -> bool:
    """True when the answer check finds that the sentence speaks to the goal (one rule)."""
    return check_answer(sentence, [goal]).finding("goals_match").ok


_GOAL_LINKS = ("That speaks to one of your goals: {goal}.",
               "It also answers your goal: {goal}.")


def _goal_sentence(goal: str, n: int) -> str:
    return _GOAL_LINKS[n % len(_GOAL_LINKS)].format(goal=_lower_first(goal))


def _closing(workspace: Workspace, skill: Skill | None) -> str:
    title = _clean(workspace.target_role.title)
    role = f"the {title} role" if title else "this role"
    if skill is not None:
        return f"I would bring the same {skill.name} to {role}."
    return f"I would bring what I built there to {role}."


@dataclass
class _Piece:
    """A sentence of the draft: its place in the story and how much it is wanted."""

    order: int
    priority: int
    text: str


class _GoalLinks:
    """At most two of the hiring manager's goals, each named right after the sentence that
    gives evidence for it."""

    def __init__(self, goals: list[str]) -> None:
        self.goals = goals
        self.used: list[str] = []

    def after(self, sentence: str, order: int, priority: int) -> list[_Piece]:
        if len(self.used) >= 2:
            return []
        for goal in self.goals:
            if goal not in self.used and _serves(sentence, goal):
                self.used.append(goal)
                return [_Piece(order, priority, _goal_sentence(goal, len(self.used) - 1))]
        return []


def _pieces(workspace: Workspace, role: Role, long: bool) -> list[_Piece]:
    """The draft's sentences, each with its place and how early it goes when words run out."""
    skills = _grown(role.skills)
    results = _best_results(role.results)
    goals = _goals_of(workspace)
    links = _GoalLinks(goals)
    top = skills[0] if skills else None
    pieces = [_Piece(0, 0, _opening(role, period=long))]
    pieces += _core_pieces(role, results, top, links)
    if long:
        pieces += _more_skills_piece(skills)
    pieces += _more_result_pieces(results, long, links)
    pieces += _later_pieces(skills, long)
    if not goals:
        pieces.append(_Piece(12, 5, PROMPT_GOALS))
    pieces.append(_Piece(13, 3, _closing(workspace, top)))
    # A sentence that still reads as a pitfall (two clean entries side by side) goes.
    return [p for p in pieces
            if p.text and (p.text.startswith("[") or not pitfall_phrases(p.text))]


def _core_pieces(role: Role, results: list[Result], top: Skill | None,
                 links: _GoalLinks) -> list[_Piece]:
    """The grown skill linked to the first result (or the growth alone), and the prompts for
    what is missing."""
    pieces = []
    if results:
        first = _result_text(results[0], _growth_clause(top, role.current) if top else "")
        pieces.append(_Piece(2, 0, first))
        pieces += links.after(first, 3, 2)
    elif top is not None:
        pieces.append(_Piece(2, 0, _growth_sentence(top, role.current)))
    if top is None:
        pieces.append(_Piece(1, 0, PROMPT_SKILLS))
    if not results:
        pieces.append(_Piece(4, 0, PROMPT_RESULTS))
    return pieces


def _growth_sentence(top: Skill, current: bool) -> str:
    """"There I grew my scheduling from novice to proficient." (no result to link it to)."""
    if current:
        return f"There {_growth_clause(top, current).replace(' had ', ' ')}."
    if top.levels_grown > 0:
        return f"There I grew my {top.name} {_level_move(top)}."
    return f"There I worked hard on my {top.name} at a {top.after} level."


def _more_skills_piece(skills: list[Skill]) -> list[_Piece]:
    """"I also grew my X from ... and my Y from ..." (the long version)."""
    more = [s for s in skills[1:3] if s.levels_grown > 0]
    if not more:
        return []
    parts = [f"my {s.name} {_level_move(s)}" for s in more]
    return [_Piece(5, 4, f"I also grew {_join(parts)}.")]


def _more_result_pieces(results: list[Result], long: bool, links: _GoalLinks) -> list[_Piece]:
    """"On top of that, I ..." for the next results, each with the goal it serves."""
    pieces = []
    for n, result in enumerate(results[1:3 if long else 1], start=1):
        text = _result_text(result)
        if text:
            pieces.append(_Piece(5 + 2 * n, 3 + n, f"On top of that, {_lower_first(text)}"
                                 if text.startswith("I ") else text))
            pieces += links.after(text, 6 + 2 * n, 3 + n)
    return pieces


def _later_pieces(skills: list[Skill], long: bool) -> list[_Piece]:
    """Where the grown skills were used later (two in the long version), or the prompt."""
    later = [t for t in (_used_later_text(s) for s in skills) if t]
    if not later:
        return [_Piece(10, 1, PROMPT_USED_LATER)] if skills else []
    pieces = [_Piece(10, 1, later[0])]
    if long and len(later) > 1:
        pieces.append(_Piece(11, 6, later[1].replace("I went on to use", "I also used", 1)))
    return pieces


def _compose(pieces: list[_Piece], most_words: int) -> str:
    """The pieces that fit ``most_words``, most wanted first, told in story order."""
    chosen: list[_Piece] = []
    total = 0
    for piece in sorted(pieces, key=lambda p: (p.priority, p.order)):
        n = count_words(piece.text)
        if piece.priority == 0 or total + n <= most_words:
            chosen.append(piece)
            total += n
    return " ".join(p.text for p in sorted(chosen, key=lambda p: p.order))


def _empty_draft(workspace: Workspace) -> str:
    goals = [] if _goals_of(workspace) else [PROMPT_GOALS]
    return " ".join(["The job that gave me the most value was [name the role and the "
                     "organisation].", PROMPT_SKILLS, PROMPT_USED_LATER, PROMPT_RESULTS,
                     *goals])


def _pick_role(workspace: Workspace, role_id: str | None) -> Role | None:
    if role_id is not None:
        try:
            return workspace.role(role_id)
        except KeyError:
            raise ValidationError(f"there is no role with the id '{role_id}' in this workspace.",
                                  field="answer.role_id") from None
    chosen = answer_role_id(workspace)
    return workspace.role(chosen) if chosen is not None else None


def draft_answer(workspace: Workspace, role_id: str | None = None, seconds: int = 90) -> str:
    """A first draft of the answer for one role, about ``seconds`` long (30 or 90).

    ``role_id`` ``None`` drafts for the role ``answer_role_id`` picks (the chosen one, else the
    strongest, else the first). An unknown ``role_id`` raises ``ValidationError``. With no roles
    at all the draft is a template of bracketed prompts.
    """
    role = _pick_role(workspace, role_id)
    if role is None:
        return _empty_draft(workspace)
    long = seconds > 45
    least, most = VERSIONS[90 if long else 30]
    return _compose(_pieces(workspace, role, long), _words_of(most))


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
