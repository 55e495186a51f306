"""The frame of a draft: the opening that answers the question, what the job was, the bridge to a
hiring manager's goal, and the close.

The story in the middle (``workshop.draft``) tells the skill, the result and the later use; this
module says how the answer starts and ends, each chosen by the content (the role's title and
organisation as people say them, its length in words, the goal the story backs), so that ten
participants do not get one skeleton, and a line with nothing of the entries in it is left out.
"""

from __future__ import annotations

import re
import zlib

from .draft_read import clean
from .fields import months_between
from .model import Role, Skill, Workspace
from .result_number import holds_number
from .spoken import clause_in_past
from .wording import (
    article,
    content_stems,
    lower_first,
    org_kind,
    org_spoken,
    skill_words,
    speech,
    starts_with_base_verb,
    starts_with_past_verb,
    strip_end,
    takes_article,
    upper_first,
)

__all__ = ["variant_of", "opening", "what_i_did", "best_goal", "bridge", "closing", "said_name"]


def variant_of(*parts: str) -> int:
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



def said_name(text: str) -> str:
    """A name as said aloud: what stands in brackets left out."""
    return " ".join(re.sub(r"\s*\([^)]*\)", "", text).split()) or text


def _as_title(role: Role) -> str:
    """"a shift supervisor at Northwind Logistics" ("Head of Maths" keeps no article; a title
    written "Senior Agent / Floor Support" is said "Senior Agent and Floor Support")."""
    title = re.sub(r"\s+/\s+", " and ", said_name(clean(role.title)))
    org = org_spoken(clean(role.organization))
    lead = article(title) + " " if takes_article(title) else ""
    where = f" {'in' if org_kind(role) == 'armed forces' else 'at'} {org}" if org else ""
    return f"{lead}{title}{where}" if title else (f"my job{where}" if where else "that job")


def opening(role: Role) -> str:
    """The first line, answering the question: which job, as what, where, for how long; one
    of several forms, chosen by the role's title and organisation."""
    what = _as_title(role)
    if role.current:
        forms = (f"The job that has given me the most is the one I have now, as {what}.",
                 f"My current job, as {what}, has given me the most personal value.",
                 f"The one I would pick is the job I have now, as {what}.",
                 f"For me, it is the one I have now, as {what}.",
                 f"It is the job I am in now: {what}.")
        return forms[variant_of(role.title, role.organization) % len(forms)]
    duration = _duration(role)
    words = duration.split()
    if words:
        duration = " ".join(_in_words(word) for word in words)
    time = f"my {duration}" if duration else "my time"
    forms = (f"{upper_first(time)} as {what} gave me the most.",
             f"The job that gave me the most personal value was {time} as {what}.",
             f"I would point to {time} as {what}.",
             f"If I pick one job, it is {time} as {what}.",
             f"For me, it was {time} as {what}.")
    return forms[variant_of(role.title, role.organization) % len(forms)]


_RESPONSIBLE = re.compile(r"^(?:i\s+(?:am|was)\s+)?responsible\s+for\b", re.IGNORECASE)


def what_i_did(role: Role) -> str:
    """What the job was, from the role's one-line summary, as a sentence of the speaker's:
    the first part of it that says what they did ("I run our volunteer program", "Ran the
    office for a busy estate agent" -> "I ran the office for a busy estate agent",
    "Responsible for e-resources, the PCs and the drop-ins" -> "I was responsible for
    e-resources, the PCs and the drop-ins": a list ending in "and" is said whole), in the past
    for a job that is over; "" when no part reads as a doing (a list of duties, a note)."""
    for part in re.split(r"(?<=[a-z0-9)])[.;!?]\s+", " ".join(role.summary.split())):
        head = strip_end(re.split(r",\s|\s[-–]\s|\s\+\s", part, maxsplit=1)[0])
        if re.search(r",[^,]*\band\b", part) and not re.search(r",\s*(?:about\s+)?\d|\+", part):
            head = strip_end(part)  # "Responsible for A, B and C": a list, said whole
        head = clean(speech(head))
        words = head.split()
        if org_kind(role) != "company" and re.search(r"\bthe company\b", head, re.I):
            continue  # "the company property book" in the army: not said as "the company"
        if not 4 <= len(words) <= 20 or re.search(r"\b(?:love|loved|like|liked)\b", head, re.I):
            continue
        if holds_number(f"I {lower_first(head)}."):
            continue  # a result's number belongs in 03, where 04 scores it
        if _RESPONSIBLE.match(head):
            rest = _RESPONSIBLE.sub("", head).strip()
            return f"I {'am' if role.current else 'was'} responsible for {rest}."
        if words[0] in ("I", "i") and len(words) > 2:
            sentence = "I " + " ".join(words[1:]) + "."
        elif starts_with_past_verb(head):
            sentence = f"I {lower_first(head)}."
        else:
            continue
        return sentence if role.current else clause_in_past(sentence)
    return ""


def best_goal(goals: list[str], evidence: str) -> str:
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


def bridge(goal: str, variant: int) -> str:
    """Why the story matters for the job applied for, by the goal it backs, in a shape that
    fits the goal: one that starts with a verb ("cut costs", six words at most) is work one can
    do; a short name ("safeguarding") is experience; a long line from the ad is not recited
    (no bridge: "run full sales cycle from discovery to close" reads as the ad pasted)."""
    goal = re.sub(r"\bour\b", "your", lower_first(said_name(goal)), flags=re.IGNORECASE)
    goal = re.sub(r"\bwe\b", "you", goal, flags=re.IGNORECASE)
    if starts_with_base_verb(goal) and len(goal.split()) <= 6:
        forms = (f"You want someone who can {goal}, and that is work I have already done.",
                 f"Your role needs someone who can {goal}, and I have done that before.",
                 f"Your ad asks me to {goal}, and that is what I have been doing.")
    elif len(goal.split()) <= 3:
        forms = (f"That is the {goal} experience your ad asks for.",
                 f"It is the kind of {goal} experience your ad asks for.",
                 f"Your ad asks for {goal}, and that is where my experience is.")
    else:
        return ""
    return forms[variant % len(forms)]


def closing(workspace: Workspace, skill: Skill | None, variant: int, *, current: bool = False,
            later: bool = False) -> str:
    """The close: the story brought to the role applied for, in a shape chosen by what the
    story holds, so that drafts of different stories do not end alike: a job still held is
    a step to take ("I am ready to take that into a Personal Banker role."); a story that
    told a later use already reaches today ("It is what I would keep building on as your
    Account Executive."); else the skill the story told, as "the same skills" (named in the
    story already, so not again). Without a role applied for or a grown skill, no close (a
    stock line adds nothing)."""
    # an ad's title as a person says it: "Account Executive, Mid-Market SaaS" and "Lead
    # Pharmacist – Medicines Optimisation" are said "Account Executive", "Lead Pharmacist"
    title = re.split(r",|\s[-–—|]\s", said_name(clean(workspace.target_role.title)))[0].strip()
    if not title or skill is None or skill.levels_grown <= 0:
        return ""
    words = skill_words(skill)
    if current:
        forms = [f"I am ready to take that into {article(title)} {title} role.",
                 f"That is the experience I would bring as your {title}."]
    elif later:
        forms = [f"It is what I would keep building on as your {title}.",
                 f"As your {title}, I would build on exactly that."]
    else:
        forms = [f"I would bring the same {'skill' if words.activity else 'skills'} to your "
                 f"{title} role.",
                 f"That is what I would bring to your {title} role."]
    return forms[variant % len(forms)]
