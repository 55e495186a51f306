"""Two classes of issue 21 (branch ``check32``), with sentences written for these tests (none is
from a corpus):

- a virtue or a lesson about how much something matters is no job skill, whatever verb teaches
  it: "the job taught me honesty and loyalty", "I learned how vital it is to double-check";
  a named skill beside it still counts (``data/phrases.json``: class ``virtue`` and the
  ``not_skill_growth`` patterns that use it);
- a want whose infinitive passes on what the answer told the speaker grew ("I'd really like to
  apply the same approach", "I'd love to bring that to ...") is a plan to contribute, not what
  the speaker wants for themselves (class ``pass_on``); a want for the speaker ("I'd love to
  take it easy", "I'd love to get a pay rise") stays a pitfall."""

from __future__ import annotations

import pytest

from workshop.check import check_answer, pitfall_phrases

_RESULT = " The depot's fuel bill fell by a fifth that year."


def _growth(text: str) -> bool:
    return check_answer(text).finding("skill_growth").ok


@pytest.mark.parametrize("text", [
    "Driving for the depot taught me honesty and loyalty above everything.",
    "That placement taught me humility, punctuality and kindness.",
    "The warehouse taught me a strong work ethic.",
    "I learned how vital it is to double-check every delivery note.",
    "Above all I learned resilience and self-discipline on those night shifts.",
    "The shop taught me how valuable it is to smile at people.",
])
def test_a_virtue_or_a_lesson_is_no_job_skill(text):
    assert not _growth(text + _RESULT), text


@pytest.mark.parametrize("text", [
    "Driving for the depot taught me to plan multi-drop routes on the tracking software.",
    "I learned to load-plan the trailers by weight and axle limit.",
    "The depot taught me how to read a tachograph chart, which I had never seen before.",
])
def test_a_named_skill_still_counts(text):
    assert _growth(text + _RESULT), text


_SKILL = ("At the depot I learned to plan multi-drop routes on the tracking software, and the "
          "fuel bill fell by a fifth in a year. ")


@pytest.mark.parametrize("want", [
    "I'd really like to apply the same approach in a bigger fleet.",
    "I would love to bring that to your drivers.",
    "I'd love to share those methods with a new team.",
    "I would love to use this experience again.",
])
def test_a_want_that_passes_on_what_grew_is_no_pitfall(want):
    assert "wanted" not in pitfall_phrases(_SKILL + want), want
    assert check_answer(_SKILL + want).verdict.strong, want


@pytest.mark.parametrize("want", [
    "I'd love to take it easy for a while now.",
    "I'd love to get a pay rise next year.",
    "I would love to become a manager one day.",
])
def test_a_want_for_the_speaker_stays_a_pitfall(want):
    assert "wanted" in pitfall_phrases(_SKILL + want), want


# A growth arc told with no learn verb: a start said as "no idea about/of ..." and an end told
# as a period of the job with a word between the ordinal and the period ("by my third harvest
# year", "by the final busy month"): both halves of the arc are ``growth_before`` and
# ``growth_after`` patterns in data/phrases.json.
@pytest.mark.parametrize("text", [
    "I arrived at the vineyard with no idea of pruning. By my third harvest year I was leading "
    "the picking crews, and the estate brought its grapes in before the rain for once.",
    "I joined the kennels with no idea about dog grooming. By my second show season I was "
    "clipping the terriers for the breeders, and the kennels stopped sending them out.",
])
def test_an_arc_from_no_idea_to_a_later_season_is_growth(text):
    assert _growth(text), text


def test_an_arc_that_names_nothing_stays_no_growth():
    text = ("I had no idea about anything at the start. By my second busy year I was good at "
            "all of it. The company was happy with me.")
    assert not _growth(text)
