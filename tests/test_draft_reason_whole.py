"""The participant's reason said whole in both versions, and joins chosen by the entries or
none (issue 20, blind hiring managers r24 and r25): the 30-second version keeps the reason's
payoff (the sentence that says what the first one meant) and lets a side result give way; a
result follows its growth with no join taken from a list ("That is a big part of why ...",
"That is what let me ...", "With that behind me, ..."); a skill's growth is said on what the
person did with it, or not at all ("In that job I learned X." on its own is no sentence of
theirs). The workspaces are written for these tests."""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import plan_draft
from workshop.wording import content_stems

# a pointer clause or a lead of a preposition and a pointer, with no word of the entries
STOCK_JOIN = re.compile(r"(?:^|[.!?]\s)(?:(?:That|This|It) (?:is|was) (?:a big part of why|"
                        r"what let|why|how)\b|With that behind me\b|Along the way\b|"
                        r"(?:In|At) (?:that|this) job I\b|(?:That|This) (?:job )?(?:is|was) "
                        r"(?:the job )?where I\b|It was in (?:that|this) job that\b)")

REASON = ("I had never been trusted with a whole hive yard before. Seeing forty colonies come "
          "through a hard winter because of checks I set up meant more to me than any honey "
          "yield.")


def _ws(reason: str = REASON, results: tuple[dict, ...] = (), skills: tuple[dict, ...] = ()):
    return one_role_workspace({
        "title": "Apiary Assistant", "organization": "Heatherbank Honey",
        "personal_value": reason,
        "skills": list(skills) or [{"name": "queen rearing", "before": "novice",
                                    "after": "proficient"}],
        "results": list(results) or [
            {"statement": "Winter colony losses went down from 30% to 8%",
             "enabled_by": ["queen rearing"]},
            {"statement": "I sold 400 jars at the farmers' market"}]},
        "Bee Farm Manager", start="2016-04", end="2022-09")


def _said(part: str, text: str) -> bool:
    stems = content_stems(part)
    return len(stems & content_stems(text)) >= 0.9 * len(stems)


@pytest.mark.parametrize("seconds", [30, 90])
def test_the_reason_is_said_whole_with_its_payoff_in_both_versions(seconds):
    """Both sentences of the reason are said, the one that says what it meant too."""
    text = plan_draft(_ws(), "r1", seconds).text
    first, payoff = REASON.split(". ", 1)
    assert _said(first, text), text
    assert _said(payoff, text), text


def test_the_short_version_lets_a_side_result_give_way_not_the_reason():
    """Where the 30-second version runs over, the side result goes, the reason stays."""
    text = plan_draft(_ws(), "r1", 30).text
    assert "meant more to me" in text
    assert plan_draft(_ws(), "r1", 30).seconds <= 45


@pytest.mark.parametrize("seconds", [30, 90])
@pytest.mark.parametrize("statement", [
    "Winter colony losses went down from 30% to 8%",
    "I cut winter colony losses from 30% to 8%",
    "We cut winter colony losses from 30% to 8%",
    "I managed 40 colonies on my own",
])
def test_a_linked_result_follows_its_growth_with_no_stock_join(statement, seconds):
    """A result the participant linked to the skill is said in their words, never after a
    join from the kit's list."""
    ws = _ws(results=({"statement": statement, "enabled_by": ["queen rearing"]},),
             skills=({"name": "queen rearing", "before": "novice", "after": "proficient",
                      "how_far": "At first I could not even spot a queen cell. By the end I "
                                 "raised queens for every yard on the farm."},))
    text = plan_draft(ws, "r1", seconds).text
    assert not STOCK_JOIN.search(text), text


@pytest.mark.parametrize("seconds", [30, 90])
def test_a_growth_the_draft_says_already_gets_no_line_round_its_name(seconds):
    """A skill grown there with no words of the participant's on it, beside a result it did
    not produce, is not said again in a line of the kit's round its name where the reason
    already says how far they grew."""
    ws = _ws(reason="At first I could not even light a smoker, and by the end I ran forty "
                    "colonies on my own. Nobody had trusted me like that before.",
             results=({"statement": "Honey sales went up from 2 to 5 tonnes a year"},),
             skills=({"name": "swarm control", "before": "novice", "after": "competent"},))
    text = plan_draft(ws, "r1", seconds).text
    assert "forty colonies" in text, text
    assert not STOCK_JOIN.search(text), text
    assert "swarm control" not in text, text
