"""What the answer check says of one code, for the check's tests."""

from __future__ import annotations

from workshop.check import check_answer


def finding_ok(text: str, code: str) -> bool:
    """True when the check of ``text`` (no goals) marks ``code`` done."""
    return check_answer(text).finding(code).ok
