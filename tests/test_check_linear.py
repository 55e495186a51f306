"""The answer check runs in linear time on any text up to the answer size limit: a pasted run of
digits, punctuation, spaces, amounts with units or a phrase list's own patterns costs about four
times as much at four times the length (a quadratic pattern or loop costs sixteen times).

Each kind is timed at two lengths, the better of two runs each, so that a busy machine slows
both alike; the bound (eight) sits halfway between linear and quadratic on a log scale. The
kinds are those of ``benchmarks/bench.py`` (``make bench`` prints their times at 20,000).
"""

from __future__ import annotations

import time

import pytest

from workshop.check import check_answer
from workshop.model import MAX_LONG_TEXT
from workshop.numbers import quantities

# One piece per kind of long input, repeated up to the length; the worst cases seen so far are
# the digit runs ("1-1-1", "1/1/1", "#1#1"), many short sentences and long clauses of claims.
KINDS = {
    "digits": "1",
    "digits and spaces": "1 ",
    "digits and dashes": "1-",
    "digits and slashes": "1/",
    "clock times": "1:",
    "phone numbers": "+1 ",
    "labels": "#1",
    "bullets": "\u20221. ",
    "decimal commas": "1,",
    "versions": "v1.2.3 ",
    "years with CJK": "100\u5e74",
    "letters": "a",
    "spaces": " ",
    "newlines": "\n",
    "full stops": ".",
    "punctuation": ".,;:!?-()[]'\"/",
    "percentages": "12% ",
    "money": "$1,000,",
    "units": "3 hours ",
    "number words": "twenty ",
    "changes": "from 1 to 2 ",
    "results": "I helped the company to cut costs by 40%, ",
    "negated claims": "I did not learn to ",
    "bare learnings": "I learned a lot, ",
    "pitfalls and exceptions": "I loved the team, I hated having to leave, ",
    "a mixed answer": "I cut costs by 40% from $1.2M to $700k in 2019, saving 3 hours a week. ",
}
SHORT, LONG = 1_500, 6_000


def _text(piece: str, n: int) -> str:
    return (piece * (n // len(piece) + 1))[:n]


def _least_time(fn, text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_check_grows_linearly_with_the_length_of_any_kind_of_text(kind):
    """Four times the text costs well under eight times the time (sixteen when quadratic)."""
    check_answer("warm up: 12% of $1,000 in 3 hours")
    short = _least_time(check_answer, _text(KINDS[kind], SHORT))
    long = _least_time(check_answer, _text(KINDS[kind], LONG))
    # A floor of 4 ms on the short run keeps timer noise on tiny times out of the ratio.
    assert long / max(short, 0.004) < 8, f"{kind}: {short * 1000:.1f} ms -> {long * 1000:.1f} ms"


def test_the_longest_answer_of_the_worst_kind_is_checked_in_well_under_a_second():
    """At the size limit the worst kinds took 8 to 16 s before the patterns were made linear;
    the bound is far above today's figure, so only a return to quadratic trips it."""
    assert _least_time(check_answer, _text(KINDS["digits"], MAX_LONG_TEXT), runs=1) < 2.0


def test_the_number_reader_finds_the_same_quantities_in_a_long_run_as_in_a_short_one():
    """Linear is not achieved by giving up: every repeat of "12% " is still read."""
    assert len(quantities(_text("12% ", 8_000))) == 2_000
    assert [q.value for q in quantities("from 1 to 2 " * 3)] == [2.0, 2.0, 2.0]
