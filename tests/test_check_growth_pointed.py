"""Growth as people tell it with the skill named once and then pointed back to, or with its level
said as an adjective (issue 21, class 2; check52): "they put me on the forklift ... I picked it
up in a fortnight", "got the hang of it", "developed solid costing skills". Beside look-alikes
that must stay uncredited: "picked it up" after no skill, a level with no skill named. The
sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok


@pytest.mark.parametrize("text", [
    # the work the speaker was put on names the skill; the next sentence points back to it
    "In my second week the supervisor put me on the forklift, though I had only driven a car. "
    "I picked it up in a fortnight and was unloading the lorries alone by the spring.",
    "They moved me onto payroll when the clerk left. I got the hang of it within a month.",
    # the level told as an adjective before the skill's name
    "I developed solid costing and tendering skills on the site.",
    "Developed strong bookkeeping skills (Xero) over two years.",
])
def test_growth_pointed_back_or_with_a_level_is_credited(text):
    assert _ok(text, "skill_growth")


@pytest.mark.parametrize("text", [
    # nothing named before the pointer
    "My manager was friendly from day one. I picked it up quickly.",
    "We went to the staff party on the Friday. I picked it up from the bar later.",
    # a level with no skill named
    "I developed strong skills there.",
    "I developed really good skills in that job.",
])
def test_look_alikes_stay_uncredited(text):
    assert not _ok(text, "skill_growth")
