"""A growth arc that names nothing learned is no growth, though a result follows it (issue 21,
check47, class 1): "When I started I was a complete beginner; by the end I was an expert, and
complaints fell by 30%" and "I went from knowing nothing to being the go-to person, and I cut
the backlog by half" were Strong: the words read for the arc's skill ran on into the result's
conjunct ("complaints", "backlog"), and "knowing", "go-to" counted as names. An arc's skill is
read up to the break of a conjunct of its own before a result; a result inside the arc's own
words stays its skill. Sentences written for this file, beside their look-alikes."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _check(text: str):
    check = check_answer(text)
    return {f.code: f for f in check.findings}, check.verdict


@pytest.mark.parametrize("text", [
    "When I started I was a complete beginner; by the end I was an expert, and complaints fell "
    "by 30%.",
    "I went from knowing nothing to being the go-to person, and I cut the backlog by half.",
    "At first I was a total newbie, by year two I was the office guru, and we halved the "
    "waiting list.",
    "i went from zero to rockstar, and sales went up 20%",
])
def test_an_arc_that_names_nothing_is_no_growth(text):
    found, verdict = _check(text)
    assert not found["skill_growth"].ok, found["skill_growth"].message
    assert not verdict.strong


@pytest.mark.parametrize("text", [
    "When I started I couldn't read a rota; by the end I was planning it for the whole ward, "
    "and overtime fell by a third.",
    "I went from dreading the phone to handling the angry callers myself, and complaints fell "
    "by half.",
    "At first I was hopeless with the till; by the end I could cash up in ten minutes, and the "
    "shop stopped losing money on the float.",
    "I went from knowing nothing about forklifts to being the go-to driver for the night shift, "
    "and we cleared the dock an hour earlier.",
])
def test_an_arc_that_names_its_skill_stays_growth(text):
    found, verdict = _check(text)
    assert found["skill_growth"].ok, found["skill_growth"].message
    assert verdict.strong, verdict.message
