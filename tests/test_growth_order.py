"""Growth told with its end first, or with no arc phrase, and growth that is someone else's
(issue 21, classes 1 and 2; check62, ``workshop/growth_order.py``). Every sentence here is
written for these tests, in fields and words of its own.

- the end told before the start, in one sentence or the one before ("Within a year I was
  trusted with ..., when at first I had only ..."; "Today I run ... . When I joined I had
  never ...");
- an end with no arc phrase, the speaker handed or doing the work later ("Later I was trusted
  with ...", "in my second year they trusted me with ...");
- the speaker's own "can" now against a start that lacked it ("Now I can ...; when I started it
  took me two weeks");
- look-alikes: a feeling at the start, a place never been, a title or a perk at the end, a
  plan, someone else's arc or learning.
"""

import pytest

from workshop.check import check_answer
from workshop.check_learned import model_override


def _growth(text: str, rules_only: bool = False):
    if rules_only:
        with model_override({}):
            return check_answer(text).finding("skill_growth")
    return check_answer(text).finding("skill_growth")


@pytest.mark.parametrize("text", [
    # the end first, the start after it in the same sentence
    "Within eight months I was trusted with the quarterly VAT returns, when at first I had only "
    "been allowed to scan receipts.",
    "I can now rig a stage for a touring band, which at the start I couldn't have done.",
    "Now I can price a kitchen refit in an hour; when I started at the showroom it took me "
    "three days and two phone calls to my manager.",
    "These days I set the glaze recipes myself; back then I could only load the kiln.",
    # the end first, the start in the sentence after
    "By my last winter I was grading the ski runs for the resort. When I arrived I couldn't "
    "tell one snow type from another.",
    "Today I plan the menus for both cafés. When I joined I had never costed a single dish.",
    # an end with no arc phrase, in the sentence after the start
    "In the beginning I was only allowed to sort the donations. Later I was trusted with the "
    "grant applications myself.",
    "At first I only fetched samples for the chemists. After some months they trusted me with "
    "the stability tests.",
    # a second language: no article, present tense for the past
    "At beginning my Dutch was very weak for the client calls. At the end of first year I take "
    "the supplier calls alone, also the angry ones.",
    # the start as "too ... to"
    "After a year I was leading the toolbox talks on site, which at first I was far too shy to "
    "even attempt.",
])
def test_an_end_told_first_or_without_an_arc_phrase_is_growth(text):
    finding = _growth(text, rules_only=True)
    assert finding.ok, finding.message
    assert finding.message.startswith("Skill growth: ")
    assert _growth(text).ok


@pytest.mark.parametrize("text", [
    # a feeling, not a lack, at the start
    "I can now say it was the best place I worked; at first I didn't enjoy it at all.",
    # a place never been: no skill
    "When I started I had never been to Asia. Later I flew to Seoul every month for the firm.",
    # a title or a perk at the end
    "At first I was only a runner. Later I was promoted to floor manager.",
    "When I joined I couldn't afford a car. After a year I was given a company car.",
    # a plan or a pitch at the end
    "Now I can help your clinic with its rota; when I started at the hospital I wasn't in "
    "scheduling at all.",
    # no start that lacks anything
    "When I started I worked on the tills. Later I was on the tills and the deli counter.",
    # the end's person is someone else
    "At first the apprentices couldn't weld a seam. After a year they were welding the frames.",
])
def test_look_alikes_stay_no_growth(text):
    assert not _growth(text, rules_only=True).ok


@pytest.mark.parametrize("text", [
    "At first my supervisor couldn't read the new dashboards. After a year she was training "
    "everybody on them.",
    "In my first month the new hires struggled with the scanners. After a few weeks they were "
    "teaching the agency staff.",
])
def test_an_arc_whose_end_is_someone_elses_is_not_the_speakers_growth(text):
    assert not _growth(text, rules_only=True).ok


@pytest.mark.parametrize("text", [
    "My colleague was training the whole floor on the new till by spring.",
    "I watched how the trainees learned to read the load plans.",
])
def test_a_growth_pattern_with_someone_else_before_it_is_theirs(text):
    assert not _growth(text, rules_only=True).ok


@pytest.mark.parametrize("text", [
    "At the lab I went from trainee to lead analyst for soil testing, signing off the reports "
    "on my own.",
    "The regulars taught me patience with a queue out the door, and I learned to pour six "
    "drinks at once.",
    "In my first term I couldn't get a class to settle. By the summer my manager was sending "
    "her trainees to watch my lessons.",
])
def test_the_speaker_told_in_or_after_the_pattern_keeps_the_growth(text):
    assert _growth(text, rules_only=True).ok


@pytest.mark.parametrize("text", [
    "Within ten months I was trusted with the wholesale orders.",
    "Six months in, the head chef let me run the pastry section.",
    "By my second season I was being sent to repair the lifts the other mechanics could not.",
    "I was trusted with the biggest landlord on our books after only four months there.",
])
def test_work_handed_to_the_speaker_after_a_span_of_time_is_growth(text):
    finding = _growth(text, rules_only=True)
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "Within a year I was asked to leave.",
    "After a year I was sent to the Glasgow office.",
    "Within weeks I was put on nights.",
    "After a year I was handed my notice.",
    "After six months they let me go.",
    "After two years I was given a pay rise.",
    "Within a year I was promoted to supervisor.",
    "In my first week I was given a locker and a badge.",
    "Now I was trusted with the stock room.",
])
def test_a_handing_that_is_no_work_or_tells_no_span_is_no_growth(text):
    assert not _growth(text, rules_only=True).ok


@pytest.mark.parametrize("text", [
    "When I come to the bakery I don't read the German recipes. After one year I prepare the "
    "whole morning bake alone.",
    "I couldn't drive the reach truck at all. Within two months I was loading the night "
    "trailers on my own.",
])
def test_a_lack_then_a_span_since_starting_is_growth(text):
    assert _growth(text, rules_only=True).ok


@pytest.mark.parametrize("text", [
    # the lack is the callers', not the speaker's
    "I saw the tenants weren't angry with me personally. I was answering fifty letters a week "
    "by the end.",
    # a feeling, then a span
    "I didn't like the early starts. After a year I was on the late shift.",
    # the end tells no span since starting
    "I couldn't stand the commute. Later I moved closer to the depot.",
])
def test_a_lack_that_is_not_the_speakers_skill_or_no_span_is_no_growth(text):
    assert not _growth(text, rules_only=True).ok
