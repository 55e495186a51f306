"""Every rendering of the answer check says each finding's label once (issue 21: 05's live check
showed "Skill growth. Skill growth: ..."): the rule is ``check_render.finding_title_text``."""

from __future__ import annotations

import html
import re

import pytest

from workshop.check import check_answer
from workshop.check_render import CHECK_TITLES, check_html, check_text, finding_title_text

ANSWERS = [
    ("When I started I couldn't read a rota; by my second year I planned the shifts for thirty "
     "people. I helped the company to cut overtime by 18%. I still use the same rota method in "
     "my current job. It was so much fun.", ["reduce overtime"]),
    ("I learned a lot.", []),
    ("", ["lead a team"]),
    ("The team was amazing and the pay was good.", []),
]


def _doubled(shown: str) -> list[str]:
    return [title for title in CHECK_TITLES.values()
            if re.search(rf"{re.escape(title)}\W+{re.escape(title)}", shown, re.I)]


@pytest.mark.parametrize("text,goals", ANSWERS)
def test_no_rendering_says_a_label_twice(text, goals):
    check = check_answer(text, goals)
    assert _doubled(check_text(check)) == []
    shown = html.unescape(re.sub(r"<[^>]+>", " ", check_html(check)))
    assert _doubled(shown) == []
    assert _doubled(check_text(check.to_dict())) == []


def test_a_message_that_starts_with_its_title_loses_only_that_start():
    assert finding_title_text("skill_growth", "Skill growth: \u201cI learned to weld.\u201d") == \
        ("Skill growth", "\u201cI learned to weld.\u201d")
    assert finding_title_text("pitfalls", "No pitfalls: nothing about fun.") == \
        ("No pitfalls", "Nothing about fun.")
    # a message that only begins with the same word is left whole
    assert finding_title_text("length", "Length of 40 words is short.") == \
        ("Length", "Length of 40 words is short.")
