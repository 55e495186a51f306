"""The story's bridge (issue 20, item 4): one sentence from the participant's story to one
goal of the role applied for that the answer already backs with evidence.

The hiring manager asks "what job gave you the most?" to hear what the person would bring;
blind raters (r22) rated drafts that stopped on a bare result "true but thin". A bridge says
which of the manager's goals the story speaks to, pointing back at it with "that" and
claiming nothing the story has not shown:

- only a goal the answer check finds backed in the draft's own sentences (``goals_match``,
  ``workshop.check_goals``), and one whose own words (its verb aside) the story says: a
  bridge to a goal with no evidence, or one credited by meaning alone, would be a claim;
- the goal said as a doing ("Reduce shipping errors" -> "reducing shipping errors") or as
  the manager's work on a thing ("your method validation work"), from its own words,
  brackets left out; a goal too long to say
  in one breath, or a list of its own (a comma), is not bridged to;
- one form of ``data/story.json``'s ``bridges``, chosen by the content, never naming the
  job title (a close written round the title is a tell of the template), never a pitfall.
"""

from __future__ import annotations

import functools
import re

from .check import check_answer, count_words, pitfall_phrases
from .resources import load_json
from .skill_words import gerund
from .spoken import upper_first
from .wording import content_stems

__all__ = ["goal_said", "bridge_goal", "bridge_sentence", "with_bridge"]

# The most words a goal may have to be said in a bridge (one breath).
GOAL_WORDS = 9
# the most words a goal named as a thing may have to be said as "your ... work"
THING_WORDS = 3


@functools.cache
def _data() -> dict:
    return load_json("story.json")  # type: ignore[return-value]


def goal_said(goal: str) -> str:
    """The goal as the bridge says it, or "" where it cannot be said in one breath: a doing
    for a goal that opens with a verb of ``goal_verbs`` ("Supervise and support drivers" ->
    "supervising and supporting drivers"), the work on a thing otherwise ("Customs
    documentation" -> "your customs documentation work"; "PostgreSQL" and "HRIS" keep their
    capitals)."""
    text = " ".join(re.sub(r"\([^()]*\)", " ", goal if isinstance(goal, str) else "").split())
    text = text.strip(" .;:")
    words = text.split()
    if not words or len(words) > GOAL_WORDS or re.search(r"[,;:/]|\band/or\b", text):
        return ""
    verbs = frozenset(_data()["goal_verbs"])
    lead = 1 if len(words) > 1 and words[0].lower().endswith("ly") and \
        words[0].lower() not in verbs else 0  # "consistently exceed quota"
    if words[lead].lower() in verbs:
        out = words[:lead] + [_doing(words[lead].lower())] + words[lead + 1:]
        # "supervise and support drivers": each verb of the pair is said as a doing
        for n in range(lead + 1, len(out) - 1):
            if out[n] == "and" and out[n + 1].lower() in verbs:
                out[n + 1] = _doing(out[n + 1].lower())
        return " ".join([out[0].lower(), *out[1:]])
    # a thing is a short name ("month-end close", "PostgreSQL"), never a clause: a goal that
    # opens on a verb the list does not hold ("curate the wine list", "troubleshoot electrical
    # and hydraulic faults") or that runs on past a few words, an article or a preposition
    # ("consistent roast profiles across every batch") said as "your ... work" is heard as
    # broken English, so no bridge is said
    if len(words) > THING_WORDS or any(w.lower() in _data()["thing_stops"] for w in words):
        return ""
    first = words[0]
    if first[:1].isupper() and first[1:].islower():
        first = first.lower()  # "Method validation" -> "method validation"; "HRIS" stays
    thing = " ".join([first, *words[1:]])
    # a thing is said as the manager's work on it: "to your PostgreSQL work", not "for
    # PostgreSQL"
    return f"your {thing}" if words[-1].lower() == "work" else f"your {thing} work"


def _doing(verb: str) -> str:
    return _data()["doings"].get(verb) or gerund(verb)


def bridge_goal(text: str, goals: list[str]) -> str:
    """The first of ``goals`` that ``text`` backs with evidence and that can be said
    (``goal_said``), or ""."""
    if not text or not goals:
        return ""
    finding = check_answer(text, goals).finding("goals_match")
    backed = [g for g in goals if g not in finding.unbacked] if finding.ok else []
    # the goal's own words in the story too: the check also credits a goal by meaning, and a
    # bridge to a goal the story never names ("improving carrier scheduling" after a result
    # on on-time orders) would be heard as a claim of a skill the story did not tell
    said = content_stems(text) - content_stems(" ".join(_data()["goal_verbs"]))
    shared = {g: len(content_stems(goal_said(g)) & said) for g in backed if goal_said(g)}
    # the goal the story says most of ("reduce shipping errors" after "mis-ships went down",
    # not "on-time shipping"), the first of them in the manager's order
    best = max(shared.values(), default=0)
    return next((g for g in backed if best and shared.get(g) == best), "")


def bridge_sentence(text: str, goals: list[str], variant: int) -> str:
    """The bridge for a draft's ``text``: a form of ``bridges`` with the goal it backs said
    in it (``variant`` chooses the form), or "" where it backs none that can be said."""
    goal = bridge_goal(text, goals)
    if not goal:
        return ""
    said = goal_said(goal)
    forms = _data()["bridges"]
    sentence = forms[variant % len(forms)].format(goal=said, Goal=upper_first(said))
    return "" if pitfall_phrases(sentence) else sentence


def with_bridge(text: str, goals: list[str], variant: int, most_words: int,
                below_words: int | None = None, evidence: str | None = None) -> str:
    """``text`` with its bridge said last, where it fits in ``most_words``; with
    ``below_words`` (the 30-second version) only while ``text`` is shorter than that: a short
    answer that already runs its time keeps its story, and the bridge is not said at the
    cost of a piece of it. ``evidence``: the sentences of ``text`` that tell the story's
    thread (its asides left out), the only ones a bridge may stand on; all of ``text`` where
    it is None."""
    words = count_words(text)
    if below_words is not None and words >= below_words:
        return text
    bridge = bridge_sentence(text if evidence is None else evidence, goals, variant)
    if not bridge or words + count_words(bridge) > most_words:
        return text
    return f"{text} {bridge}"
