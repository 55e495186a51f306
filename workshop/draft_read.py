"""The one reading of a role's entries that a draft and its coach's questions are made from.

A draft reads each result once (``RoleReading.said``): its sentence in the first person and the
right tense, its shape, what its number is, the sentence with the number said, and whether the
answer check counts that number. The ranking of the results, the coach's questions, the story
and the choice of which result leads all ask this one reading (``workshop.draft``,
``workshop.coach``), so a draft never reads a result twice, and the number the score in 04
counts ("a result with a number") is the one the draft keeps when it can.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .draft_compose import figures
from .model import Result, Role, Skill, Workspace
from .numbers import Quantity, quantities
from .personal_value import role_value
from .result_number import ResultNumber, clean, read_result
from .result_voice import as_entered
from .scope_words import scope_of
from .wording import (
    OrgWords,
    content_stems,
    is_qualification,
    org_words,
    said_from_fields,
    skill_words,
    strip_end,
)

__all__ = ["Said", "RoleReading", "clean", "goals_of", "facts", "facts_told", "reason_about",
           "names_skill"]


def goals_of(workspace: Workspace) -> list[str]:
    """The hiring manager's goals that can be said (tidied, pitfalls left out)."""
    return [g for g in (strip_end(clean(g)) for g in workspace.target_role.goals) if g]


# The kinds of quantity that identify a fact ("from 30% to 11%", "$1.4M", "127%"); a duration
# or a small count ("3 services", "2 years") is said of many things and identifies none.
_FACT_KINDS = ("percent", "money", "multiple", "time_span")


def facts(text: str) -> list[Quantity]:
    """The quantities in ``text`` that identify a fact: a change (from a value to another), an
    amount of money, a percentage, a multiple, a measured time, or a count of ten or more."""
    return [q for q in quantities(text)
            if q.before is not None or q.kind in _FACT_KINDS
            or (q.kind == "count" and q.value >= 10)]


def _same(one: float, other: float) -> bool:
    return abs(one - other) <= 0.005 * max(abs(one), abs(other), 1e-9)


def _same_before(one: float | None, other: float | None, scale: float) -> bool:
    """Two changes' starting values as one: equal, or one written in the unit of the other's
    end ("from 0.9 to 1.4 million": 0.9 is 900,000; the reading keeps it as written)."""
    if one is None or other is None:
        return one is None and other is None
    return any(_same(a * k, b) for a, b in ((one, other), (other, one))
               for k in (1, scale, 1_000, 1_000_000))


def _same_fact(q: Quantity, other: Quantity) -> bool:
    """One fact in two spellings: the same value ("$1.4M" and "1.4 million USD" are 1,400,000)
    of the same kind, and for a change the same start."""
    if q.kind != other.kind or not _same(q.value, other.value):
        return False
    if q.before is None or other.before is None:
        return q.before is None or other.before is not None and _same_before(
            q.before, other.before, 1)
    return _same_before(q.before, other.before, q.value / max(abs(q.before), 1e-9)
                        if q.value >= 1_000 else 1)


def facts_told(text: str, other: str) -> bool:
    """True when every fact ``text`` states by a number (``facts``) is stated in ``other``
    too, by number identity, not by string ("grew revenue from 0.9 to 1.4 million USD" is
    told in "grew my territory from $0.9M to $1.4M"); False when ``text`` states none."""
    mine = facts(text)
    theirs = facts(other)
    return bool(mine) and all(any(_same_fact(q, o) for o in theirs) for q in mine)


def reason_about(reason: str, skill: Skill) -> bool:
    """True when the reason said is about the skill: most of the skill's meaningful words, as
    words, not parts of others ("precepting new grads" in "What I valued most was precepting
    the new grads"; not "account reconciliations" in "feel like an actual accountant"); the
    reason and the skill's growth are then one fact, told once: the reason, then the arc."""
    stems = content_stems(skill_words(skill).topic)
    return bool(stems) and 2 * len(stems & content_stems(reason)) > len(stems)


def names_skill(text: str, skill: Skill, word_starts: bool = False) -> bool:
    """True when the text names the skill: at least half of the skill's meaningful words
    ("coaching" in "it is where I learned coaching new starters"; one of "customs documents"
    in "I learned international logistics and customs"); with ``word_starts`` a word that is
    the start of another counts too ("grads" and "graduate", four letters or more)."""
    stems = content_stems(skill_words(skill).topic)
    said = content_stems(text)
    if word_starts:
        shared = sum(any(a == b or (min(len(a), len(b)) >= 4
                                    and (a.startswith(b) or b.startswith(a))) for b in said)
                     for a in stems)
    else:
        shared = len(stems & said)
    return bool(stems) and 2 * shared >= len(stems)


# One result as the draft says it: the one reading of a result (``workshop.result_number``),
# so the number the draft keeps is the one 04's score counts and 05's check finds.
Said = ResultNumber


@dataclass
class RoleReading:
    """A role's entries read once for one draft.

    Attributes:
        role: the role.
        org: how its organisation is named.
    """

    role: Role
    org: OrgWords = field(init=False)
    _said: dict[int, Said] = field(default_factory=dict, init=False, repr=False)
    _skills: list[tuple[int, Skill]] | None = field(default=None, init=False, repr=False)
    _results: list[tuple[int, Result]] | None = field(default=None, init=False, repr=False)
    _story: tuple[list[Skill], list[Result]] | None = field(default=None, init=False,
                                                            repr=False)

    def __post_init__(self) -> None:
        self.org = org_words(self.role)

    def said(self, result: Result) -> Said:
        """The result as the draft says it, read once (``result_number.read_result``)."""
        key = id(result)
        if key not in self._said:
            said = read_result(result, org=self.org, current=self.role.current)
            self._said[key] = as_entered(said, result, self.org)  # as the participant said it
        return self._said[key]

    def told_within(self, result: Result, other: Result) -> bool:
        """True when ``other`` tells all ``result`` says and more: its figures and meaningful
        words ("hit 127% of quota" inside "hit 127% of quota and grew my territory ..."), or
        the facts its numbers state in another spelling ("grew territory revenue from 0.9 to
        1.4 million USD" inside "... grew my territory from $0.9M to $1.4M, ...": number
        identity, ``facts_told``), so one change is told once, in the longer sentence, the
        participant's own."""
        mine, theirs = result.statement, other.statement
        if len(theirs) > len(mine) and figures(mine) <= figures(theirs) and \
                content_stems(mine) <= content_stems(theirs):
            return True
        told, other_told = self.said(result).told, self.said(other).told
        return len(other_told) > len(told) and facts_told(told, other_told)

    def skills(self) -> list[tuple[int, Skill]]:
        """Skills with a clean name that can be told as growing (a qualification such as
        "First Aid Level 2" or a forklift licence is earned, not grown: it is left out), the
        most grown first (stable: the participant's order)."""
        if self._skills is None:
            usable = [(i, s) for i, s in enumerate(self.role.skills)
                      if clean(s.name) and not is_qualification(s.name)]
            self._skills = sorted(usable, key=lambda item: -item[1].levels_grown)
        return self._skills

    def results(self) -> list[tuple[int, Result]]:
        """Results with a clean statement the draft can say: first those the answer check
        reads as a result for the organisation at all (``Said.result``: "I answered 60 calls
        a day" is a duty, so "I cut overtime" comes before it, number or not), then one whose
        number the check counts, then a number said plainly, then one linked to a skill, then
        the wider scope; otherwise the participant's order."""
        if self._results is None:
            scope_order = {"team": 0, "department": 1, "company": 2, "customers": 2}

            def rank(item: tuple[int, Result]) -> tuple:
                said = self.said(item[1])
                return (not said.result, not said.counted, not said.number_said,
                        not item[1].enabled_by, -scope_order.get(scope_of(item[1]), 0))

            usable = [(i, r) for i, r in enumerate(self.role.results) if self.said(r).usable]
            self._results = sorted(usable, key=rank)
        return self._results

    def phrase_results(self) -> list[tuple[int, Result]]:
        """Results written as a note the draft cannot say as the participant's sentence
        ("CSAT 4.6/5", "led rota; cut overtime"): left out of the story, and asked for as a
        sentence; also one the draft says only from its fields' before and after ("fewer
        incidents", 7 -> 2: ``wording.said_from_fields``), asked for as the participant's
        own sentence, which says what they did and what it meant."""
        return [(i, r) for i, r in enumerate(self.role.results)
                if clean(r.statement) and (self.said(r).shape == "phrase"
                                           or said_from_fields(r, self.org))]

    def story(self) -> tuple[list[Skill], list[Result]]:
        """The skills and results in the order the draft's story tells them, the story's skill
        and result first: where the participant's reason names grown skills (the opening says
        the reason; the story supports it), the one of them linked to the best result, else
        the first of them (``_reason_skills``) with a result linked to it or speaking of it,
        else the results as ranked; without such a reason, the grown skill linked to the best
        result (or to the
        second best, when both or neither keep a number the check counts) and that result;
        else a grown skill and a result that speak of the same thing (a meaningful word in
        common); else the most grown skill and the best result, told side by side. The one
        rule for which skill the story is about: the draft tells it and the coach asks about
        it (``workshop.coach``)."""
        if self._story is None:
            self._story = self._story_order()
        return self._story

    def story_skill(self) -> Skill | None:
        """The skill the draft's story is about (``story``), or None."""
        skills = self.story()[0]
        return skills[0] if skills else None

    def _reason_skills(self, grown: list[Skill]) -> list[Skill]:
        """The grown skills the participant's reason, as the draft says it, names
        (``names_skill``): first those linked to a result the draft can say, then those it
        names most fully; [] when it names none."""
        reason = role_value(self.role).sentence
        stems = content_stems(reason)
        results = [r for _i, r in self.results()]

        def rank(skill: Skill) -> tuple:
            topic = content_stems(skill_words(skill).topic)
            return (not any(r.made_possible_by(skill) for r in results),
                    -len(topic & stems) / len(topic))

        return sorted((s for s in grown if names_skill(reason, s)), key=rank)

    def _story_order(self) -> tuple[list[Skill], list[Result]]:
        skills = [s for _i, s in self.skills()]
        results = [r for _i, r in self.results()]
        grown = [s for s in skills if s.levels_grown > 0]
        pool = results[:2] if len(results) < 2 or \
            self.said(results[0]).counted == self.said(results[1]).counted else results[:1]

        def first(skill: Skill, result: Result) -> tuple[list[Skill], list[Result]]:
            return ([skill, *[s for s in skills if s is not skill]],
                    [result, *[r for r in results if r is not result]])

        named = self._reason_skills(grown)
        for result in pool:
            for skill in grown:
                if result.made_possible_by(skill) and (not named or skill in named):
                    return first(skill, result)
        if named:  # the reason carries the answer: the story tells the skill it names
            skill = named[0]
            result = next((r for r in results if r.made_possible_by(skill)), None) or next(
                (r for r in results if content_stems(skill_words(skill).topic)
                 & content_stems(f"{r.statement} {r.metric}")), None)
            if result is not None:
                return first(skill, result)
            return [skill, *[s for s in skills if s is not skill]], results
        for result in pool:
            about = content_stems(f"{result.statement} {result.metric}")
            for skill in grown:
                if content_stems(skill_words(skill).topic) & about:
                    return first(skill, result)
        return skills, results
