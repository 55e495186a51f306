"""The class summary: what a folder of anonymised exports says about the class.

``summarise_folder`` reads a folder (``exports.read_folder``), checks each file
(``exports.read_export``) and sums up the valid ones in a ``ClassSummary``; a file that is not a
valid export is skipped and named with the reason, so one bad file never stops the dashboard.
``dashboard_summary`` is what the dashboard shows: the folder's summary, or, while the folder holds
no export yet, a sample class made of the kit's personas (and it says so).

Own answers apart from drafts: an export says whether its answer is the participant's own text
("participant"), the kit's untouched draft ("draft", which passes the kit's own check by
construction) or none. Every answer statistic (checks passed, missing findings, pitfalls, length)
is over own answers only, and the summary says how many that is.

Skills: levels grown per canonical skill over all roles. A skill is shown by name only when at
least ``MIN_PARTICIPANTS_PER_SKILL`` participants grew it (a rare combination could single a
person out); the others are pooled, and skills outside the vocabulary are counted as "other".
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ExportFormatError
from ..resources import persona_paths
from ..share import write_export
from ..skills import OTHER_SKILL, skill_family
from ..store import read_workspace
from .exports import RATING_KINDS, read_export, read_folder

__all__ = ["SCORE_BINS", "STAGES", "MIN_PARTICIPANTS_PER_SKILL", "ClassSummary",
           "summarise_exports", "summarise_folder", "sample_summary", "dashboard_summary"]

SCORE_BINS = tuple((lo, lo + 10) for lo in range(0, 100, 10))  # the last bin holds 100 too
STAGES = ("listed", "rated", "drafted", "edited", "shared")
MIN_PARTICIPANTS_PER_SKILL = 3


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass
class ClassSummary:
    """What a folder of anonymised exports says about the class.

    Attributes:
        folder: the folder read.
        participants: how many valid exports were read (one per participant).
        skipped: ``(file name, reason)`` for every ``*.json`` entry that was not a valid export.
        strongest_scores: the score (0 to 100) of each participant's strongest role.
        unranked_participants: participants whose export has no rated role.
        enjoyment_known: participants whose export says whether their strongest role was the one
            they enjoyed most.
        not_most_enjoyed: of those, how many had a strongest role that was *not* the most enjoyed
            (the enjoyment trap: the job they liked most is not their best answer).
        quantified: participants whose strongest role has a result with a number.
        lacks_growth: participants whose strongest role has no skill that grew a level.
        lacks_used_later: participants whose strongest role has no skill used later.
        stages: participants per stage of the workshop (``STAGES``: listed roles, rated one,
            have an answer, edited it into their own, shared).
        own_answers: participants whose answer is their own text (written or edited).
        draft_answers: participants whose answer is still the kit's untouched draft.
        passed: own answers that passed every check.
        words: the length in words of each own answer.
        pitfalls: own answers falling into each pitfall category, most common first.
        missing: own answers missing each check (code -> count), most common first.
        ratings: per rating kind, how many ratings of 1, 2, 3, 4 and 5 the class gave.
        all_top_ratings: participants who gave at least two ratings, all of them 5.
        skills_grown: levels grown per skill that at least ``MIN_PARTICIPANTS_PER_SKILL``
            participants grew, most grown first.
        skill_participants: how many participants grew each shown skill.
        rare_levels_grown: levels grown in listed skills too few participants share to be shown.
        families_grown: levels grown per skill family (as ``skills_grown``: a family is shown
            only when at least ``MIN_PARTICIPANTS_PER_SKILL`` participants grew a skill in it).
        family_participants: how many participants grew a skill in each shown family.
        other_levels_grown: levels grown in skills outside the kit's vocabulary.
        note: a sentence to show above the figures (for example: this is the sample class).
    """

    folder: str = ""
    participants: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    strongest_scores: list[float] = field(default_factory=list)
    unranked_participants: int = 0
    enjoyment_known: int = 0
    not_most_enjoyed: int = 0
    quantified: int = 0
    lacks_growth: int = 0
    lacks_used_later: int = 0
    stages: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STAGES, 0))
    own_answers: int = 0
    draft_answers: int = 0
    passed: int = 0
    words: list[int] = field(default_factory=list)
    pitfalls: dict[str, int] = field(default_factory=dict)
    missing: dict[str, int] = field(default_factory=dict)
    ratings: dict[str, list[int]] = field(
        default_factory=lambda: {k: [0] * 5 for k in RATING_KINDS})
    all_top_ratings: int = 0
    skills_grown: dict[str, int] = field(default_factory=dict)
    skill_participants: dict[str, int] = field(default_factory=dict)
    rare_levels_grown: int = 0
    families_grown: dict[str, int] = field(default_factory=dict)
    family_participants: dict[str, int] = field(default_factory=dict)
    other_levels_grown: int = 0
    note: str = ""

    @property
    def ranked_participants(self) -> int:
        """Participants with at least one rated role (so with a strongest role)."""
        return len(self.strongest_scores)

    @property
    def no_answer(self) -> int:
        """Participants with no answer text at all."""
        return self.participants - self.own_answers - self.draft_answers

    @property
    def score_histogram(self) -> list[int]:
        """How many strongest-role scores fall in each bin of ``SCORE_BINS``."""
        counts = [0] * len(SCORE_BINS)
        for score in self.strongest_scores:
            counts[min(int(score // 10), len(SCORE_BINS) - 1)] += 1
        return counts

    @property
    def share_not_most_enjoyed(self) -> float | None:
        """Of the participants it is known for: strongest role not the most enjoyed (0..1)."""
        return _share(self.not_most_enjoyed, self.enjoyment_known)

    @property
    def share_quantified(self) -> float | None:
        """Of the participants with a strongest role: it has a result with a number (0..1)."""
        return _share(self.quantified, self.ranked_participants)

    @property
    def share_passed(self) -> float | None:
        """Of the own answers: passed every check (0..1); drafts are not counted."""
        return _share(self.passed, self.own_answers)

    @property
    def mean_words(self) -> float | None:
        """The mean length of the own answers in words, or ``None`` without any."""
        return round(sum(self.words) / len(self.words), 1) if self.words else None

    @property
    def mean_score(self) -> float | None:
        """The mean score of the strongest roles, or ``None`` when nobody has one."""
        if not self.strongest_scores:
            return None
        return round(sum(self.strongest_scores) / len(self.strongest_scores), 1)

    @property
    def rating_count(self) -> int:
        """How many ratings the class gave, all kinds together."""
        return sum(sum(counts) for counts in self.ratings.values())

    @property
    def share_top_ratings(self) -> float | None:
        """Of all ratings given: the share that are 5 (0..1)."""
        return _share(sum(c[4] for c in self.ratings.values()), self.rating_count)

    @property
    def levels_grown(self) -> int:
        """All levels grown in the class, every skill together."""
        return sum(self.skills_grown.values()) + self.rare_levels_grown + self.other_levels_grown

    @property
    def share_other(self) -> float | None:
        """Of all levels grown: the share in skills outside the vocabulary (0..1)."""
        return _share(self.other_levels_grown, self.levels_grown)

    def __repr__(self) -> str:
        return (f"ClassSummary: {self.participants} participant(s) from {self.folder or 'exports'}"
                f", {len(self.skipped)} file(s) skipped")


def _sorted(counts: Counter) -> dict[str, int]:
    # most first, then by name, so the order is the same on every run
    return dict(sorted(((k, v) for k, v in counts.items() if v > 0),
                       key=lambda kv: (-kv[1], kv[0])))


class _Tally:
    """Adds records up one by one (the loop of ``summarise_exports``)."""

    def __init__(self, summary: ClassSummary) -> None:
        self.s = summary
        self.pitfalls: Counter = Counter()
        self.missing: Counter = Counter()
        self.grown: Counter = Counter()
        self.holders: Counter = Counter()
        self.family_grown: Counter = Counter()
        self.family_holders: Counter = Counter()

    def add(self, r) -> None:
        """Count one participant's record."""
        self.s.participants += 1
        self._stages(r)
        self._strongest(r)
        self._ratings(r)
        self._skills(r)
        self._families(r)
        self._answer(r)

    def _stages(self, r) -> None:
        stages = self.s.stages
        stages["shared"] += 1
        stages["listed"] += r.role_count > 0
        stages["rated"] += r.score is not None
        stages["drafted"] += r.source != "none"
        stages["edited"] += r.source == "participant"

    def _strongest(self, r) -> None:
        """What the strongest role has and lacks (nothing for an unranked participant)."""
        s = self.s
        if r.score is None:
            s.unranked_participants += 1
            return
        s.strongest_scores.append(r.score)
        s.quantified += r.quantified
        s.lacks_growth += not r.grew
        s.lacks_used_later += not r.used_later
        if r.enjoyed is not None:
            s.enjoyment_known += 1
            s.not_most_enjoyed += not r.enjoyed

    def _ratings(self, r) -> None:
        s = self.s
        for kind, value in r.ratings:
            s.ratings[kind][value - 1] += 1
        if len(r.ratings) >= 2 and all(v == 5 for _, v in r.ratings):
            s.all_top_ratings += 1

    def _skills(self, r) -> None:
        """Levels grown per skill, and the participant among those who grew each."""
        mine: set[str] = set()
        for skill, levels in r.skills:
            self.grown[skill] += levels
            if levels > 0:
                mine.add(skill)
        self.holders.update(mine)

    def _families(self, r) -> None:
        """Levels grown per skill family, and the participant among those who grew one in each."""
        families: set[str] = set()
        for skill, levels in r.skills:
            family = skill_family(skill)
            if family is not None:
                self.family_grown[family] += levels
                if levels > 0:
                    families.add(family)
        self.family_holders.update(families)

    def _answer(self, r) -> None:
        """The answer's figures, over own answers only; a draft is only counted."""
        s = self.s
        if r.source == "participant":
            s.own_answers += 1
            s.words.append(r.words)
            s.passed += r.passed
            self.pitfalls.update(r.pitfalls)
            self.missing.update(code for code, ok in r.findings.items() if not ok)
        elif r.source == "draft":
            s.draft_answers += 1

    def finish(self) -> ClassSummary:
        s = self.s
        s.other_levels_grown = self.grown.pop(OTHER_SKILL, 0)
        self.holders.pop(OTHER_SKILL, None)
        shown = Counter({k: v for k, v in self.grown.items()
                         if self.holders[k] >= MIN_PARTICIPANTS_PER_SKILL})
        s.rare_levels_grown = sum(v for k, v in self.grown.items() if k not in shown)
        s.skills_grown = _sorted(shown)
        s.skill_participants = {k: self.holders[k] for k in s.skills_grown}
        s.families_grown = _sorted(Counter(
            {k: v for k, v in self.family_grown.items()
             if self.family_holders[k] >= MIN_PARTICIPANTS_PER_SKILL}))
        s.family_participants = {k: self.family_holders[k] for k in s.families_grown}
        s.pitfalls = _sorted(self.pitfalls)
        s.missing = _sorted(self.missing)
        return s


def _reason(exc: ExportFormatError) -> str:
    text = " ".join(exc.message.split())
    return f"{text} (field '{exc.field}')" if exc.field and exc.field not in text else text


def summarise_exports(items, folder: str = "") -> ClassSummary:
    """Sum up ``(file name, bytes)`` pairs; invalid ones (or ``ExportFormatError`` in place of
    the bytes) end up in ``skipped``. A second file with the same export id counts once."""
    summary = ClassSummary(folder=folder)
    tally = _Tally(summary)
    seen: dict[str, str] = {}
    for name, raw in items:
        if isinstance(raw, ExportFormatError):
            summary.skipped.append((name, _reason(raw)))
            continue
        try:
            record = read_export(raw, file=name)
        except ExportFormatError as exc:
            summary.skipped.append((name, _reason(exc)))
            continue
        if record.export_id:
            first = seen.get(record.export_id)
            if first is not None:
                summary.skipped.append((name, f"a copy of {first} (same export id); counted "
                                              "once."))
                continue
            seen[record.export_id] = name
        tally.add(record)
    return tally.finish()


def summarise_folder(folder: str | os.PathLike, *, missing_ok: bool = False) -> ClassSummary:
    """Read every ``*.json`` in ``folder`` and its participant folders one level down
    (``exports.read_folder``) and sum up the class.

    A missing folder raises ``ExportFormatError``, or gives an empty summary with ``missing_ok``.
    """
    path = Path(folder)
    if not path.is_dir():
        if missing_ok:
            return ClassSummary(folder=str(path))
        what = "is a file, not a folder" if path.exists() else "does not exist"
        raise ExportFormatError(f"the exports folder {what}; give the folder the participants' "
                                "shared files were collected in.", file=str(path))
    try:
        return summarise_exports(read_folder(path), folder=str(path))
    except OSError as exc:
        raise ExportFormatError(f"the exports folder can't be read ({exc.strerror or exc}).",
                                file=str(path)) from None


def sample_summary() -> ClassSummary:
    """The class made of the kit's sample personas, one export each (a preview of the dashboard).
    """
    with tempfile.TemporaryDirectory(prefix="workshop-sample-class-") as tmp:
        for name, path in persona_paths().items():
            write_export(read_workspace(path), Path(tmp) / f"{name}.json")
        summary = summarise_folder(tmp)
    summary.folder = "the kit's sample personas"
    return summary


def dashboard_summary(folder: str | os.PathLike) -> ClassSummary:
    """The summary of ``folder``; while it holds no export yet, the sample class, said so."""
    summary = summarise_folder(folder, missing_ok=True)
    if summary.participants:
        return summary
    sample = sample_summary()
    sample.skipped = summary.skipped
    sample.note = (f"No class exports in {folder} yet, so this shows a SAMPLE class made of the "
                   f"kit's {sample.participants} sample personas. It changes to the class as "
                   "soon as participants share into that folder.")
    return sample
