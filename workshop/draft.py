"""A first draft of the answer, built from the participant's own entries for one role.

The draft follows the two pillars: an opening that names the role, the skills it grew (level
before and after) and where they were used later, what the participant helped the organisation to
achieve (with the numbers), and a closing that links to the target role and the hiring manager's
goals. It aims at about 90 to 200 words (roughly 40 to 85 seconds spoken).

It never says anything the answer check would flag as a pitfall: any entry holding a pitfall
phrase is left out, the role's summary is not used, and enjoyment is never mentioned. Where a
pillar has no entries yet, the draft carries a bracketed prompt ("[add a result with a number
...]") in its place, so it is still useful to edit.
"""

from __future__ import annotations

import re

from .check import count_words, pitfall_phrases, speaking_seconds
from .errors import ValidationError
from .model import Result, Role, Skill, Workspace, parse_date

__all__ = ["draft_answer", "speaking_seconds", "DRAFT_WORDS"]

DRAFT_WORDS = (90, 200)  # the length a draft aims at, in words

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SCOPE_NOUNS = {"team": "the team", "department": "my department", "company": "the company",
                "customers": "our customers"}
_SCOPE_ORDER = {"team": 0, "department": 1, "company": 2, "customers": 3}
_CURRENCY_SYMBOLS = ("$", "€", "£", "¥")
# How many skills, used-later notes and results to try, most first, until the draft fits.
_SIZES = ((3, 2, 3), (3, 1, 2), (2, 1, 2), (2, 1, 1), (1, 1, 1))

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


def _opening(role: Role) -> str:
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
    return f"The job that {verb} me the most value {be} {where}{_period(role)}."


def _grown_first(skills: list[Skill]) -> list[Skill]:
    return sorted(skills, key=lambda s: -s.levels_grown)  # stable: the participant's order


def _skills_sentence(role: Role, skills: list[Skill]) -> str:
    if not skills:
        return PROMPT_SKILLS
    grown = [s for s in skills if s.levels_grown > 0]
    have = "have grown" if role.current else "grew"
    if grown:
        parts = [f"{s.name} from {s.before} to {s.after}" for s in grown]
        return f"There I {have} my skills: {_join(parts)}."
    names = _join([s.name for s in skills])
    level = skills[0].after
    return (f"There I deepened my skills in {names}, working at a {level} level. "
            "[say how far one of them moved, for example from competent to proficient]")


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


def _used_later_sentences(skills: list[Skill], limit: int) -> list[str]:
    out = []
    for skill in skills:
        note = _strip_end(_clean(skill.used_later))
        note = _LATER_START.sub("", note)  # "later ran ..." would say "later" twice
        if not note:
            continue
        if note.lower().startswith("i "):
            out.append(f"I used my {skill.name} skills later: I{note[1:]}.")
        elif _starts_with_verb(note):
            out.append(f"I used my {skill.name} skills later, when I {_lower_first(note)}.")
        else:
            out.append(f"I used my {skill.name} skills later: {note}.")
        if len(out) >= limit:
            break
    return out


def _format_value(result: Result) -> str:
    value = result.value
    if isinstance(value, float):
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        number = f"{value:,}"
    unit = _clean(result.unit)
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


def _result_sentence(result: Result) -> str:
    statement = _strip_end(_clean(result.statement))
    if not statement:
        return ""
    number = ""
    if result.quantified and not _has_value(statement, result):
        metric = _clean(result.metric)
        value = _format_value(result)
        number = f" ({metric}: {value})" if metric else f" ({value})"
    helped = _SCOPE_NOUNS.get(result.scope, "the company")
    low = statement.lower()
    if low.startswith(("i helped", "we helped")):
        return _upper_first(statement) + number + "."
    if low.startswith("helped "):
        return "I " + statement + number + "."
    first = low.split()[0]
    if low.startswith(("i ", "we ", "my ", "our ")) or (first.endswith("ed") and len(first) > 3):
        if not low.startswith(("i ", "we ", "my ", "our ")):
            statement = "I " + _lower_first(statement)
        return f"{_upper_first(statement)}{number}, which helped {helped}."
    if _starts_with_subject(statement):
        # "Most of my students passed" can't follow "to": name the result after a colon.
        return f"I helped {helped} to this result: {_lower_first(statement)}{number}."
    return f"I helped {helped} to {_lower_first(statement)}{number}."


def _best_results(results: list[Result]) -> list[Result]:
    """Quantified results first, then the wider scope; otherwise the participant's order."""
    return sorted(results, key=lambda r: (not r.quantified, -_SCOPE_ORDER.get(r.scope, 0)))


def _closing(workspace: Workspace) -> str:
    target = workspace.target_role
    title = _clean(target.title)
    goals = [_strip_end(g) for g in (_clean(g) for g in target.goals) if _strip_end(g)][:5]
    role = f"the {title} role" if title else "this role"
    if goals:
        return (f"That is the value I would bring to {role}, to help with your goals: "
                f"{_join(goals)}.")
    return f"That is the value I would bring to {role}. {PROMPT_GOALS}"


def _compose(workspace: Workspace, role: Role, sizes: tuple[int, int, int]) -> str:
    n_skills, n_used, n_results = sizes
    skills = [s for s in _grown_first(role.skills) if _clean(s.name)]
    results = [r for r in _best_results(role.results) if _result_sentence(r)]
    # A skill with a used-later note is kept even when it grew less than the others.
    shown = skills[:n_skills]
    used = _used_later_sentences(skills, n_used)
    sentences = [_opening(role), _skills_sentence(role, shown)]
    if used:
        sentences.extend(used)
    elif skills:
        sentences.append(PROMPT_USED_LATER)
    if results:
        sentences.extend(_result_sentence(r) for r in results[:n_results])
        if skills:
            sentences.append("Growing those skills is what made these results possible.")
    else:
        sentences.append(PROMPT_RESULTS)
    sentences.append(_closing(workspace))
    # Last guard: a sentence that still reads as a pitfall (two clean entries side by side) goes.
    return " ".join(s for s in sentences if s and (s.startswith("[") or not pitfall_phrases(s)))


def _empty_draft(workspace: Workspace) -> str:
    return " ".join(["The job that gave me the most value was [name the role and the "
                     "organisation].", PROMPT_SKILLS, PROMPT_USED_LATER, PROMPT_RESULTS,
                     _closing(workspace)])


def _pick_role(workspace: Workspace, role_id: str | None) -> Role | None:
    if role_id is not None:
        try:
            return workspace.role(role_id)
        except KeyError:
            raise ValidationError(f"there is no role with the id '{role_id}' in this workspace.",
                                  field="answer.role_id") from None
    if workspace.answer.role_id is not None:
        try:
            return workspace.role(workspace.answer.role_id)
        except KeyError:
            pass  # a stale choice: fall back to the first role
    return workspace.roles[0] if workspace.roles else None


def draft_answer(workspace: Workspace, role_id: str | None = None) -> str:
    """A first draft of the answer for one role, in the two-pillar structure.

    ``role_id`` ``None`` drafts for the role chosen in ``workspace.answer``, or else the first
    role. An unknown ``role_id`` raises ``ValidationError``. With no roles at all the draft is a
    template of bracketed prompts.
    """
    role = _pick_role(workspace, role_id)
    if role is None:
        return _empty_draft(workspace)
    text = ""
    for sizes in _SIZES:
        text = _compose(workspace, role, sizes)
        if count_words(text) <= DRAFT_WORDS[1]:
            break
    return text
