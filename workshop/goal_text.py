"""What a goal's own text names, for the goals match (``workshop/check_goals.py``): its short
forms ("WMS"), its pairs of object words as written ("patient experience"), its proper names
("Salesforce"), its heads (the last object word and the act's object: "designers" in "mentor
junior designers") and the acts that bring people on it names as a skill ("mentoring skills",
"leadership"). Each reads the goal once: linear in the goal.
"""

from __future__ import annotations

from .goal_qualifiers import is_object

__all__ = ["acronyms", "acts_named", "goal_propers", "heads", "phrase"]


def acronyms(goal: str) -> list[str]:
    """A goal's short forms as written: two to five capitals ("WMS", "CRM", "EPOS")."""
    words = (w.strip(",.;:()") for w in goal.split())
    return [w.lower() for w in words if 2 <= len(w) <= 5 and w.isalpha() and w.isupper()]


def phrase(rules, goal: str) -> tuple[str, ...]:
    """A goal's pairs of object words as written, lowercase ("patient experience" in "improve
    the patient experience", "continuous improvement" in "support a culture of continuous
    improvement"); none when no two stand together."""
    words = [w.strip(",.;:()").lower() for w in goal.split()]
    content = [w if w and w not in rules.stopwords
               and rules.grammar.lexicon.base(w) not in rules.goal_verbs else "" for w in words]
    return tuple(f"{a} {b}" for a, b in zip(content, content[1:], strict=False) if a and b)


def goal_propers(goal: str) -> frozenset[str]:
    """A goal's proper names, lowercase ("Salesforce" in "keep our Salesforce CRM accurate")."""
    words = [w.strip(",.;:()") for w in goal.split()]
    return frozenset(w.lower() for k, w in enumerate(words)
                     if k > 0 and w[:1].isupper() and any(c.islower() for c in w))


_LINKS = frozenset("to in into for with within across among throughout from of on at by "
                   "through under".split())
_ARTICLES = frozenset("a an the our your their its all".split())


def heads(rules, lexed) -> list:
    """A goal's heads: its last object word (not a verb, a stopword or a number), and the last
    word of every run of object words that follows no preposition ("designers" in "mentor
    junior designers"; "staff" in "train new staff to brand standards", "colleagues" in "lead
    colleagues to exceed targets": the act's object, the complement after it says how far;
    a run after a preposition says where or for whom: "company" in "... in line with company
    policy")."""
    def object_word(w) -> bool:
        return is_object(rules, w)
    objects = [w for w in lexed if object_word(w)]
    out = objects[-1:]
    run, linked, before = None, False, ""
    for w in (*lexed, None):  # one pass: linear in the goal
        if w is not None and object_word(w):
            if run is None:
                linked = before in _LINKS
            run = w
            continue
        if run is not None and not linked and all(run is not o for o in out):
            out.append(run)
        run = None
        # the word before a run, articles and numbers passed over ("a team of 15 colleagues")
        if w is not None and w.is_word and w.lower.isalpha() and w.lower not in _ARTICLES:
            before = w.lower
    return out


def acts_named(rules, lexed, mean) -> frozenset:
    """The acts that bring people on a goal names as a skill, by their "-ing" form or a noun
    ("mentoring", "coaching", "onboarding"; ``people_acts``), and the act a "-ship" noun of its
    doer names ("leadership": "lead", one of ``goal_acts``)."""
    out = set()
    for w in lexed:
        low = w.lower
        if low.endswith("ing") and w.base in mean.people_acts:
            out.add(w.base)
        elif low.endswith("ership") and rules.grammar.lexicon.base(low[:-6]) in rules.goal_acts:
            out.add(rules.grammar.lexicon.base(low[:-6]))
    return frozenset(out)
