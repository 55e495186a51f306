"""A goal that names a risk ("minimise financial risk", "limit the company's liability") is
served by a result that tells a loss or harm the speaker's work stopped, though it shares no
word with the goal (issue 21, class 6; check58): "I caught a duplicate payment of £9,000", "if
I hadn't checked, we would have paid out £12,000". A result that tells no loss stopped backs no
risk goal by this reading, and a loss stopped backs no goal that names no risk. The sentences
are written for these tests (none is from a corpus); the goal words are ``risk_heads`` of
``data/goal_meanings.json``.
"""

from __future__ import annotations

import pytest
from helpers_check import credited
from helpers_data import own_data, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError

CAUGHT = ("In accounts payable I learned to match every invoice to its purchase order, and in my "
          "second month I caught a duplicate payment of about £9,000 to one of our hauliers.")
WOULD = ("I learned to read the hire agreements closely at the plant depot, and if I hadn't "
         "checked the cover dates we would have paid out £12,000 on an uninsured excavator.")


@pytest.mark.parametrize(("text", "goal"), [
    (CAUGHT, "Minimise financial risk"),
    (WOULD, "Limit the company's liability"),
])
def test_a_loss_stopped_serves_a_risk_goal(text, goal):
    assert credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("text", "goal"), [
    # a result with no loss stopped in it
    ("I learned to plan the delivery rota from the order history, and overtime in the depot "
     "fell by a third within a year.", "Minimise financial risk"),
    # a loss stopped, for a goal that names no risk
    (CAUGHT, "Grow event bookings"),
])
def test_no_loss_stopped_or_no_risk_named_backs_nothing(text, goal):
    assert credited(text, [goal]) == []


def test_without_its_risk_heads_a_loss_stopped_backs_no_risk_goal(tmp_path, monkeypatch):
    """The loss stopped, not another route, is what backs the goal in its case."""
    own_data(tmp_path, monkeypatch, "goal_meanings.json", lambda d: d.pop("risk_heads"))
    assert credited(WOULD, ["Limit the company's liability"]) == []


def test_risk_heads_of_the_wrong_shape_are_said_naming_the_key(tmp_path, monkeypatch):
    own_data(tmp_path, monkeypatch, "goal_meanings.json", set_at(["risk_heads"], "risk"))
    with pytest.raises(ValidationError) as caught:
        check_answer(CAUGHT, ["Minimise financial risk"])
    assert caught.value.field == "risk_heads"
