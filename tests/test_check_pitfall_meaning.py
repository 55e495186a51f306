"""Pitfalls told by meaning, with no pitfall word (issue 21, check37): a complaint about the
one in charge told as a story ("the director expected us to ..."), enjoyment as a feeling
("the best feeling", "grinning all the way home"), a promotion as what was handed over ("they
handed me the keys"), the crew as the value ("they were there for each other"), pay as
what it paid for ("it covered the mortgage"), and "mind you" (a filler, no other person's
words). Their look-alikes stay clean: the work that fixed what the boss changed, keys handed
over as a task, a team result with the speaker's part, rent as the work's object, and a praise
word in what the team did rather than told of the team ("the team posted the best figures").
Sentences in our own words."""

import pytest

from workshop.check import check_answer


def _pitfall(text: str) -> bool:
    return not check_answer(text, []).finding("pitfalls").ok


@pytest.mark.parametrize("text", [
    # the one in charge, told as a story
    "At the garage the manager expected us to stay till the last car was done and never once "
    "paid the extra hour.",
    "The head office kept changing the delivery slots the night before, every week.",
    "Our supervisor looked at the finished job and told us to do the whole thing again.",
    "The directors were too busy arguing with each other to look at what we made.",
    "Mind you, the owner was clueless about stock.",
    # enjoyment as a feeling
    "I was grinning all the way home after every match-day shift.",
    "Closing a sale like that was the best feeling in the world.",
    "Nights on the ward filled me up in a way nothing else has.",
    "Summers at the campsite were like being on holiday with a wage.",
    # promotion as what was handed over
    "Great progression there: from the stock room to running the floor in three years.",
    # the crew as the value
    "The drivers on my route were there for each other, whatever happened.",
    "The girls on the early shift were always there for me.",
    # pay as what it paid for
    "The weekend overtime covered my mortgage, which was what counted.",
    "It put extra cash in my pocket every month.",
])
def test_pitfalls_told_by_meaning_are_found(text):
    assert _pitfall(text)


@pytest.mark.parametrize("text", [
    "When the head office moved the delivery slots, I rebuilt the unloading rota so the vans "
    "were emptied within the hour.",
    "I handed the keys to the new tenants and walked them through the meter readings.",
    "Our warehouse team cut picking errors by half; my part was the new shelf labels.",
    "I chased the rent arrears on forty flats, and the arrears fell by a third.",
    "Customers kept mentioning how friendly the new check-in was after I rewrote it.",
    "The director asked me to train the new starters, and I trained twelve that spring.",
    # a praise word in what the team did, not told of the team
    "The night crew kept calling my handover sheet brilliant.",
    "Our team posted the best figures in the region; my part was the pricing sheet.",
])
def test_their_look_alikes_are_no_pitfall(text):
    assert not _pitfall(text)
