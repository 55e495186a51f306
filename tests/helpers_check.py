"""What the answer check says of one code, for the check's tests."""

from __future__ import annotations

from workshop.check import check_answer


def finding_ok(text: str, code: str) -> bool:
    """True when the check of ``text`` (no goals) marks ``code`` done."""
    return check_answer(text).finding(code).ok


def credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []
