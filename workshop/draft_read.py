"""The one reading of a role's entries that a draft and its coach's questions are made from.

A draft reads each result once (``RoleReading.said``): its sentence in the first person and the
right tense, its shape, what its number is, the sentence with the number said, and whether the
answer check counts that number. The ranking of the results, the coach's questions, the story
and the choice of which result leads all ask this one reading (``workshop.draft``,
``workshop.coach``), so a draft never reads a result twice, and the number the score in 04
counts ("a result with a number") is the one the draft keeps when it can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .check import check_answer, pitfall_phrases
from .model import Result, Role, Skill, Workspace
from .spoken import clause_in_past
from .wording import (
    NumberReading,
    OrgWords,
    in_past,
    is_qualification,
    number_reading,
    org_words,
    statement_sentence,
    strip_end,
)

__all__ = ["Said", "RoleReading", "clean", "goals_of"]


def clean(text: str | None) -> str:
    """The text tidied, or "" when it holds a pitfall phrase (so it is left out)."""
    if not text:
        return ""
    text = " ".join(str(text).split()).strip()
    if not re.search(r"[^\W\d_]", text) or pitfall_phrases(text):
        return ""  # no letters (nothing to say) or a pitfall
    return text


def goals_of(workspace: Workspace) -> list[str]:
    """The hiring manager's goals that can be said (tidied, pitfalls left out)."""
    return [g for g in (strip_end(clean(g)) for g in workspace.target_role.goals) if g]


# A promotion or a new title is the speaker's gain, not a result for the organisation.
_PROMOTION = re.compile(r"\bpromot(?:ed|ion)\b|^\s*(?:i'?m|i am|i was|i became|became|got|now)\s+"
                        r"(?:now\s+)?(?:the|a|an)\s+(?:\w+\s+){0,3}(?:lead|manager|coordinator|"
                        r"supervisor|head|director|officer|chef|senior)\b", re.IGNORECASE)


# "I get driver of the month 3 times": what happened a number of times is told in the past,
# even for a job still held.
_TIMES = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
                    r"times\b|\btwice\b", re.IGNORECASE)


@dataclass(frozen=True)
class Said:
    """One result as the draft says it.

    Attributes:
        sentence: the statement in the first person, in the past for a job that is over,
            before its number is added ("I cut overtime.").
        shape: "own", "we", "clause", "clause-now", "phrase" or "" (see
            ``wording.statement_sentence``).
        reading: what its number is and how it is said.
        told: the sentence with its number said as what it is ("I cut overtime by 18%.").
        counted: True when the answer check counts a number in ``told`` (the number 04's
            score counts is then in the draft).
    """

    sentence: str
    shape: str
    reading: NumberReading
    told: str
    counted: bool

    @property
    def number_said(self) -> bool:
        return self.reading.kind not in ("none", "unclear")


def _with_number(sentence: str, reading: NumberReading) -> str:
    if reading.whole:
        sentence = reading.whole
    if reading.inline:
        sentence = sentence[:-1] + f"{reading.inline}."
    if reading.sentence:
        sentence += " " + reading.sentence
    return sentence


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

    def __post_init__(self) -> None:
        self.org = org_words(self.role)

    def said(self, result: Result) -> Said:
        """The result as the draft says it, read once."""
        key = id(result)
        if key not in self._said:
            sentence, shape = statement_sentence(result, self.org)
            if sentence and (not self.role.current or _TIMES.search(sentence)):
                sentence = in_past(sentence)  # a count of times is of things done, past
            if sentence and shape == "clause-now" and not self.role.current:
                sentence, shape = clause_in_past(sentence), "clause"
            reading = number_reading(result, sentence, self.role.current)
            told = _with_number(sentence, reading) if sentence else ""
            counted = bool(told) and result.quantified and reading.kind != "unclear" and \
                check_answer(told).finding("quantified").ok
            self._said[key] = Said(sentence, shape, reading, told, counted)
        return self._said[key]

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
        """Results with a clean statement the draft can say: one whose number the check counts
        first, then a number said plainly, then one linked to a skill, then the wider scope;
        otherwise the participant's order."""
        if self._results is None:
            scope_order = {"team": 0, "department": 1, "company": 2, "customers": 2}

            def rank(item: tuple[int, Result]) -> tuple:
                said = self.said(item[1])
                return (not said.counted, not said.number_said, not item[1].enabled_by,
                        -scope_order.get(item[1].scope, 0))

            usable = [(i, r) for i, r in enumerate(self.role.results)
                      if clean(r.statement) and self.said(r).shape not in ("phrase", "")
                      and not _PROMOTION.search(r.statement)]
            self._results = sorted(usable, key=rank)
        return self._results

    def phrase_results(self) -> list[tuple[int, Result]]:
        """Results written as a note the draft cannot say as the participant's sentence
        ("CSAT 4.6/5", "led rota; cut overtime"): left out of the story, and asked for as a
        sentence."""
        return [(i, r) for i, r in enumerate(self.role.results)
                if clean(r.statement) and self.said(r).shape == "phrase"]
