"""A skill's growth said in the act that used it, not as a stock line of its own (issue 20,
blind hiring managers s18: "That job is where I learned X." was the worst sentence on every
set; it tells a listener nothing they can check and repeats what the story shows).

Where the participant linked a result to the skill (enabled_by), or the result is the skill's
own doing, the draft tells the growth inside that result's sentence; where it cannot without
losing what the answer check reads, the plain line stays and the coach asks."""

from __future__ import annotations

import re

from helpers_sample import one_role_workspace

from workshop.check import check_answer
from workshop.draft import plan_draft
from workshop.growth_said import folded_growth, growth_done
from workshop.model import Skill
from workshop.spoken import wording_data

# a sentence that is only a job, a growth verb and the skill's name
_FRAME_ONLY = re.compile(
    r"^(?:(?:That|This) (?:was the )?job (?:is where I |where I )?(?:learned|got better at|"
    r"taught me|made me better at|built up)|It was in (?:that|this) job that I learned|"
    r"In (?:that|this) job I learned|Over my time there I got better at)\b")


def _workspace(skill: dict, result: dict, *, end: str | None = "2023-06"):
    return one_role_workspace({
        "title": "Apiary Assistant", "organization": "Hillside Honey Co",
        "skills": [skill], "results": [{"scope": "company", **result}],
        "ratings": {"skill_growth": 5, "company_results": 4, "relevance": 4}},
        "Farm Manager", ("raise yields",), start="2019-04", end=end)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def test_a_linked_result_carries_the_growth_of_the_skill_that_made_it():
    """A skill new to the speaker, a result they linked to it: both versions tell one
    sentence with the skill and the result in it, and no line that is only the frame and the
    skill's name; the draft stays strong."""
    ws = _workspace({"name": "queen rearing", "before": "novice", "after": "proficient"},
                    {"statement": "I raised honey yield from 18 to 26 kg per hive",
                     "enabled_by": ["queen rearing"]})
    for seconds in (90, 30):
        text = plan_draft(ws, "r1", seconds).text
        assert not [s for s in _sentences(text) if _FRAME_ONLY.match(s)], text
        both = [s for s in _sentences(text) if "queen rearing" in s and "26" in s]
        assert both, text
        assert check_answer(text).verdict.strong, text


def test_a_result_that_is_the_skills_own_doing_says_the_growth_after_the_act():
    """A result that opens on the skill's doing ("coaching junior climbers" -> "I coached 40
    junior climbers ...") is the evidence of the growth: the growth follows it in the same
    sentence, never a separate line before it."""
    ws = _workspace({"name": "coaching junior climbers", "before": "competent",
                     "after": "expert"},
                    {"statement": "I coached 40 junior climbers to their first lead grade"})
    text = plan_draft(ws, "r1", 30).text
    assert not [s for s in _sentences(text) if _FRAME_ONLY.match(s)], text
    assert re.search(r"I coached 40 junior climbers to their first lead grade, which is how "
                     r"I got better at coaching junior climbers\.", text), text


def test_a_long_result_is_not_made_into_a_run_on_sentence():
    """A result of several clauses is not opened by a growth lead nor followed by "which":
    the fold gives way (the answer keeps its plain line)."""
    skill = Skill(name="hive inspections", before="novice", after="competent")
    told = ("I checked all 60 hives every week, logged every queen, and we lost none of them "
            "over the winter, which the owner said had never happened before.")
    assert folded_growth(skill, False, told) == ""
    assert folded_growth(skill, False, told, act=True) == ""


def test_a_result_pointing_back_or_without_growth_is_not_folded():
    """No fold for a skill that did not move, a name the participant hedged, or a sentence
    that points at one before it."""
    told = "I cut mite losses from 30% to 5%."
    assert folded_growth(Skill(name="varroa control", before="competent",
                               after="competent"), False, told) == ""
    assert folded_growth(Skill(name="bee stuff", before="novice", after="competent"),
                         False, told) == ""
    assert folded_growth(Skill(name="varroa control", before="novice", after="competent"),
                         False, "It went from 30% to 5%.") == ""


def test_the_fold_keeps_the_job_held_in_the_present():
    """For a job still held, the growth is said of "this job"."""
    said = folded_growth(Skill(name="varroa control", before="advanced beginner",
                               after="proficient"), True, "I cut mite losses from 30% to 5%.")
    assert said == "Getting better at varroa control in this job is how I cut mite losses " \
                   "from 30% to 5%.", said


def test_every_folded_growth_form_is_read_as_growth_by_the_answer_check():
    """Each 'done' form of the data (new or better, by the skill's shape), said as a lead of a
    linked result and after an act: the answer check reads a skill that grew and the result."""
    topics = {"tool": "Power Query", "area": "stock control", "doing": "grafting fruit trees",
              "verb": "grafting fruit trees", "knowledge": "orchard knowledge",
              "task": "pruning rounds", "language": "Welsh", "place": "farm shop",
              "project": "a cider launch"}
    data = wording_data()["growth_folded"]
    for how in ("new", "better"):
        for shape, form in data["done"][how].items():
            done = form.format(topic=topics[shape], base="graft fruit trees")
            first, rest = done.split(" ", 1)
            lead = f"{data['gerund'][first]} {rest}"
            said = data["how"].format(Growing=lead, that="that", who="I",
                                      rest="cut tree losses from 20% to 6%")
            check = check_answer(said)
            assert check.finding("skill_growth").ok and check.finding("company_result").ok, \
                said
            act = data["by_act"].format(act="I grafted 300 trees", done=done)
            assert check_answer(act).finding("skill_growth").ok, act


def test_growth_done_says_what_the_levels_say():
    """New to the speaker: learned; some of it before: got better at."""
    assert growth_done(Skill(name="Power Query", before="novice", after="competent")) == \
        "learned to use Power Query"
    assert growth_done(Skill(name="Power Query", before="competent", after="expert")) == \
        "got better at using Power Query"


def test_a_result_that_is_the_skills_own_doing_is_never_led_by_that_skill():
    """A result that is the skill's own doing told in more than one clause ("I coached 14 new
    starters, and every one ...") cannot take the growth after it; the growth never opens it
    either: "Learning to coach new starters ... is how I coached 14 new starters" says the doing
    twice (blind hiring managers: "said again")."""
    ws = _workspace({"name": "coaching new starters", "before": "novice", "after": "proficient"},
                    {"statement": "I coached 14 new starters, and every one stayed past probation",
                     "enabled_by": ["coaching new starters"]})
    for seconds in (90, 30):
        text = plan_draft(ws, "r1", seconds).text
        assert not re.search(r"\b(?:Learning|Getting better at) (?:to )?coach", text), text
        assert "14 new starters" in text, text
