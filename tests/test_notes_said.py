"""Pasted notes said as speech (issue 20, blind raters' class 4): a short form after a count is
said in the plural ("6 mo" -> "6 months", never "6 month"); a ", + ..." part with a verb of its
own is joined with "and", one with none (", + new supplier": what was done the note does not
say) is left out rather than half repaired ("..., and new supplier"); a "+" inside a part joins
a list ("morale + retention")."""

from __future__ import annotations

import pytest

from workshop.spoken import said_aloud


@pytest.mark.parametrize(("note", "said"), [
    ("cut waste 30% in 6 mo", "cut waste 30% in 6 months"),
    ("cut waste in 1 mo", "cut waste in 1 month"),
    ("saved 3 hrs a wk", "saved 3 hours a week"),
    ("saved 10 hrs/wk for 2 mgr", "saved 10 hours a week for 2 managers"),
    ("cut overtime 20%, + saved 10 hrs", "cut overtime 20% and saved 10 hours"),
    ("cut waste 30% in 6 mo, + new supplier", "cut waste 30% in 6 months"),
    ("improved morale + retention, on time", "improved morale and retention, on time"),
    ("cut costs approx 12% & kept quality", "cut costs about 12% and kept quality"),
])
def test_a_note_is_said_whole_or_its_part_left_out(note, said):
    assert said_aloud(note) == said
