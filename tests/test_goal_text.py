"""What a goal's own text names (``workshop/goal_text.py``): its short forms, pairs, proper
names, heads and the acts that bring people on it names as a skill (check58). Goals written for
these tests."""

from __future__ import annotations

import pytest

from workshop.check_rules import rules
from workshop.goal_meanings import meanings
from workshop.goal_text import acronyms, acts_named, goal_propers, heads, phrase


def _lexed(goal: str):
    return rules().grammar.lexicon.words(goal)


def test_short_forms_and_proper_names_are_read_as_written():
    goal = "Keep our Zendesk queue and CRM tidy"
    assert acronyms(goal) == ["crm"]
    assert goal_propers(goal) == frozenset({"zendesk"})


def test_pairs_of_object_words_stand_together():
    assert "guest experience" in phrase(rules(), "improve the guest experience")


def test_the_acts_object_is_a_head():
    assert "apprentices" in [w.lower for w in heads(rules(), _lexed("mentor junior apprentices"))]


@pytest.mark.parametrize(("goal", "acts"), [
    ("Excellent mentoring skills", {"mentor"}),
    ("Coaching and onboarding of new hires", {"coach", "onboard"}),
    ("Develop leadership skills", {"lead"}),
    ("Improve customer retention", set()),
    ("Grow the partnership with schools", set()),
])
def test_acts_named_as_a_skill(goal, acts):
    base = rules().grammar.lexicon.base
    found = acts_named(rules(), _lexed(goal), meanings(rules().grammar.lexicon))
    assert found == {base(a) for a in acts}
