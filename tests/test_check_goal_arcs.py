"""A growth told as an arc backs the goal its start names (issue 21, class 6; check58): the
sentence before a growth that tells where the speaker started ("I used to freeze when ...",
"I'd never opened a spreadsheet", "I couldn't ...") names what grew, though the growth sentence
says only how. The sentences are written for these tests (none is from a corpus).

The start counts only where it is the speaker's own state (their ability or knowing denied, a
"never" of theirs, their habit); another's state, a wish or a question before a growth is no
start, and the start alone, with no growth after it, backs nothing.
"""

from __future__ import annotations

import pytest
from helpers_check import credited


@pytest.mark.parametrize(("text", "goal"), [
    # the speaker's habit: the start names the family ("flustered") the goal asks about
    ("On the hospital switchboard I used to get flustered whenever four lines lit up together. "
     "An older operator showed me how to park each call with one sentence and come back in "
     "order, and by the winter I was covering the whole board alone on bank holidays.",
     "Stay composed under pressure"),
    # the speaker's habit: the start names what the goal is about ("unpaid bills")
    ("At the call centre I used to dread ringing people about unpaid bills. My team leader let "
     "me listen in on her calls for a month, and by the summer I was the one the office passed "
     "the hardest cases to.", "Credit control"),
])
def test_the_start_of_a_growth_arc_backs_the_goal(text, goal):
    assert credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # another's state before a growth is a problem of the place, not where the speaker started
    ("The loading bay used to flood every time it rained. I learned to drive the reach truck "
     "in my first month and by the autumn I was moving the whole inbound load on my own.",
     "Improve drainage on site"),
    # the speaker's start with nothing grown after it
    ("I used to get flustered whenever four lines lit up together on the switchboard. It was a "
     "busy hospital and the pay was fair.", "Stay composed under pressure"),
    # a wish before a growth names nothing that grew
    ("I would love to get better at handling supplier invoices one day. My supervisor sat with "
     "me for a fortnight, and by the spring I was running the forklift rota on my own.",
     "Process supplier invoices"),
])
def test_no_start_of_the_speakers_backs_no_goal(text, goal):
    assert credited(text, [goal]) == []
