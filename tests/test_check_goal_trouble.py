"""A result often ends a trouble told just before it, and the trouble names what the goal asks
for (issue 21, check37): "The printers kept jamming. I set up a weekly clean and the call-outs
stopped." backs "minimise printer jams". The sentence before a result is read with it only
where it tells a trouble (a negation, or ``trouble_words``: "kept", "used to", "most weeks"),
not the speaker's act, a duty, a wish or the ad recited. And a role that "involved" its duties
("My job involved ...") names duties: none of them is evidence. Sentences in our own
words, with look-alikes that must not count."""

import pytest

from workshop.check import check_answer
from workshop.check_rules import rules as check_rules
from workshop.goal_meanings import meanings
from workshop.reading import read


def _credited(text: str, goals: list[str]) -> list[str]:
    """The goals the check credits, in the goals' order."""
    finding = check_answer(text, goals).finding("goals_match")
    return [g for g in goals if g not in finding.unbacked] if finding.ok else []


@pytest.mark.parametrize(("goal", "text"), [
    ("Minimise printer downtime across the office",
     "The office printers kept jamming on Monday mornings. I set up a weekly clean with the "
     "supplier, and the call-outs fell from six a month to one."),
    ("Reduce late running on school bus routes",
     "Most weeks the school bus reached the gates late, because nobody had checked the route "
     "since the bypass opened. I redrew it around the bypass, and the head "
     "teacher's complaints stopped."),
    ("Grow repeat bookings for the guest house",
     "Hardly any of our summer guests ever came back a second year. I sent each of them a "
     "postcard in January with a small offer, and the following summer a third of our weeks "
     "went to people who had stayed before."),
])
def test_a_trouble_told_before_its_result_names_the_goal(goal, text):
    assert _credited(text, [goal]) == [goal]


@pytest.mark.parametrize(("goal", "text"), [
    # a duty before the result names the goal's topic, not a trouble the result ended
    ("Maintain accurate printer maintenance logs",
     "I was responsible for the printer maintenance logs, which were always late. I set up a "
     "weekly clean with the supplier, and the call-outs fell from six a month to one."),
    # the ad recited before a result about something else
    ("Reduce late running on school bus routes",
     "You need someone who never lets the school bus run late. I redrew the canteen rota, and "
     "the queue at lunch fell by half."),
    # the sentence before tells the setting, no trouble
    ("Grow repeat bookings for the guest house",
     "The guest house sits on the harbour road with twelve rooms. I redecorated the lounge, and "
     "breakfast takings went up by a fifth."),
])
def test_a_sentence_before_that_tells_no_trouble_is_not_read_with_the_result(goal, text):
    assert _credited(text, [goal]) == []


@pytest.mark.parametrize("text", [
    "Part of my role involved delivering training to new volunteers and improving the sign-up "
    "process.",
    "My job involved delivering training to new volunteers, improving the sign-up process and "
    "keeping the rota.",
])
def test_a_role_that_involved_its_duties_backs_no_goal(text):
    assert _credited(text, ["Deliver safe, dignified care to residents",
                            "Deliver training to volunteers"]) == []


def test_trouble_words_are_read_from_the_data_file():
    lexicon = check_rules().grammar.lexicon
    mean = meanings(lexicon)
    reading = read("The vans used to come back half empty.", check_rules().grammar)
    assert mean.tells_trouble(reading.words, reading.sentences[0])
    reading = read("The vans came back at six.", check_rules().grammar)
    assert not mean.tells_trouble(reading.words, reading.sentences[0])
