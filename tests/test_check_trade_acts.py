"""A trade act told with a result (issue 21, check45): the verbs of a trade that are also change
verbs ("cut", "drove", "served", "picked", "filled", "ran"). The duty is the verb with its trade
object alone ("I cut hair", "I drove the van", "I filled shelves"); a change in an amount is a
result whatever verb carries it ("I cut our hair dye waste by half", "I drove forty fewer miles
a day", "I filled the night shifts in two days instead of two weeks"). Sentences written for
this file, each class in several wordings beside its look-alikes (``workshop/trade_acts.py``)."""

from __future__ import annotations

import pytest

from workshop.check import check_answer

GREW = "In that job I learned to plan my own work and to talk customers through their options. "


def _result(text: str):
    return next(f for f in check_answer(text).findings if f.code == "company_result")


@pytest.mark.parametrize("tail", [
    "I cut our hair dye waste by half.",
    "I weighed the colour for each client and cut hair dye waste by a third.",
    "I cut tile breakage by half once I scored them properly.",
    "I cut the mowing time for the whole park by a third.",
    "I drove forty fewer miles a day after I reworked the route.",
    "Once I planned the drops, I drove a hundred fewer miles a week.",
    "I filled the night shifts in two days instead of two weeks.",
    "With the vetted list I filled vacancies in a week instead of a month.",
    "I drove delivery costs down by a fifth.",
])
def test_a_trade_verb_with_a_change_in_an_amount_is_a_result(tail):
    """The trade word begins a longer object ("hair dye waste"), or the act is measured."""
    finding = _result(GREW + tail)
    assert finding.ok, finding.message


@pytest.mark.parametrize("tail", [
    "I cut hair, washed clients and mixed the colour for the stylists.",
    "I cut hair.",
    "I cut the onions and veg for the whole service every morning.",
    "I cut keys and fixed watches on Saturdays.",
    "I cut grass on the verges every week.",
    "I cut tiles for the bathrooms.",
    "I drove the van to the shops every morning.",
    "I drove a forklift in the yard.",
    "I served about a hundred covers a lunchtime.",
    "I served customers at the counter and on the terrace.",
    "I picked orders for supermarkets, around 300 lines a shift.",
    "I filled shelves and faced up the aisles at night.",
    "I filled temporary shifts for hospitals and care homes.",
    "I ran the shop on Saturdays and opened up in the mornings.",
    "I ran the till on my own at weekends.",
])
def test_the_trade_act_with_its_object_alone_is_a_duty(tail):
    """A duty, with or without the size of the work, is no result."""
    finding = _result(GREW + tail)
    assert not finding.ok, finding.message


@pytest.mark.parametrize("tail", [
    "I came in an hour earlier than the others.",
    "I got through twice as many files a day by the end.",
    "I drove the van an hour longer each day.",
    "I served customers faster than anyone else on the shift.",
])
def test_the_speakers_own_time_or_pace_is_no_result(tail):
    """Whose time moved is the speaker's: no trade act measured on the organisation's work."""
    finding = _result(GREW + tail)
    assert not finding.ok, finding.message
