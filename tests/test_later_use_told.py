"""A later use told as what happened (issue 20, blind raters' class 2): leads that read as a
template ("I put what I learned about X to use when ...", "My skills in X came in useful later
as well, and ...", "I carried that skill into my next job, and ...", "With that skill, I ...")
are gone; the use is said in the participant's words at the time the entries hold
(``later_when``: no time they do not hold), one "when" to a sentence, and a note with a
subject of its own is a sentence of its own, never glued on with ", and"."""

from __future__ import annotations

import re

import pytest

from workshop.check import check_answer
from workshop.model import Skill
from workshop.skill_story import later_use_sentence

TEMPLATE = re.compile(r"I put what I learned|came in useful|I carried that skill|"
                      r"^With (?:that skill|my [\w ]+ skills?), I|put \w+ \w+ to use when",
                      re.IGNORECASE)
NOTES = [
    "cut food cost again when I took over as kitchen manager",
    "wrote the stockroom guide for new starters",
    "at Loop I write SQL every day for the growth squad",
    "I run discovery calls at Cloudly",
    "used the same ordering habits as treasurer of the PTA",
    "set up the same checks at my next store",
]


def _said():
    for note in NOTES:
        skill = Skill(name="stock control", before="novice", after="proficient", used_later=note)
        for current in (False, True):
            for when in ("", "next", "since", "same"):
                for named in (False, True):
                    for variant in range(4):
                        said = later_use_sentence(skill, variant, current, named=named,
                                                  when=when)
                        if said:
                            yield note, current, when, said


def test_no_later_use_is_told_with_a_template_lead():
    said = list(_said())
    assert len(said) > 50
    for _note, _current, _when, text in said:
        assert not TEMPLATE.search(text), text


def test_one_when_to_a_sentence_and_no_glued_on_clause():
    """"... when I cut food cost again when I took over" is never said; "..., and at Loop I
    write ..." is never glued on: the note's own sentence says what the skill was used for
    ("Today I use that skill at Loop to write ...")."""
    for _note, _current, _when, text in _said():
        for sentence in re.split(r"(?<=\.)\s+", text):
            assert len(re.findall(r"\bwhen\b", sentence)) <= 1, text
        assert ", and at Loop" not in text and ", and I run" not in text, text


@pytest.mark.parametrize(("when", "time"), [
    ("next", r"\bnext job\b"), ("same", r"\bLater in that job\b|\bin that job\b"),
    ("", None)])
def test_the_time_said_is_the_time_the_entries_hold(when, time):
    """A later job's use is said at the next job, one in the same job later in that job, and
    one the entries do not place in time with no time at all."""
    skill = Skill(name="stock control", before="novice", after="proficient",
                  used_later="wrote the stockroom guide for new starters")
    for variant in range(4):
        said = later_use_sentence(skill, variant, False, named=True, when=when)
        assert "the stockroom guide for new starters" in said, said  # "went on to write" (r26)
        if time:
            assert re.search(time, said), said
        else:
            assert not re.search(r"\b(?:later|next|after|since|today|now)\b", said, re.I), said


def test_a_later_job_use_told_in_the_participants_words_is_read_as_a_later_use():
    growth = "I knew nothing about stock control on my first day, and by the end I ran it alone."
    skill = Skill(name="stock control", before="novice", after="proficient",
                  used_later="cut food cost again when I took over as kitchen manager")
    said = later_use_sentence(skill, 0, False, named=True, when="next")
    # one sentence: the skill as what was used, then the participant's doing (draft13)
    assert "I went on to cut food cost again when I took over as kitchen manager." \
        in said, said  # the doing with its time, no frame round the skill (r26)
    assert check_answer(f"{growth} {said}").finding("used_later").ok, said


# A time word and the tense it wants: "since" the present perfect ("I have kept using ...");
# "these days", "today", "now" the present; "later", "after that", "in my next job", "at my next
# job" the past.
_PERFECT = re.compile(r"\bsince\b", re.IGNORECASE)
_PAST_LEADS = re.compile(r"^(?:Later(?: in that job)?|After that|In my next job|At my next job),?"
                         r" I (\w+)")
TENSE_NOTES = NOTES + ["used it on the hospital programme", "automated the bank rec template",
                       "now I train new carers in dementia care", "still use it every day"]


@pytest.mark.parametrize("current", [False, True])
@pytest.mark.parametrize("when", ["", "next", "since", "same"])
def test_every_time_word_has_the_tense_it_wants(current, when):
    """Each later-use sentence, for each time the entries can hold and a job held or over:
    "since" with "have" ("I have kept using it since", never "Since then, I automated"); a
    sentence led by "Later", "After that" or "in my next job" goes on in the past."""
    from workshop.spoken import starts_with_past_verb

    for note in TENSE_NOTES:
        skill = Skill(name="stock control", before="novice", after="proficient",
                      used_later=note)
        for variant in range(4):
            said = later_use_sentence(skill, variant, current, named=True, when=when)
            for sentence in re.split(r"(?<=\.)\s+", said):
                if _PERFECT.search(sentence):
                    assert re.search(r"\bhave\b|\bhas\b", sentence), sentence
                lead = _PAST_LEADS.match(sentence)
                if lead:
                    assert starts_with_past_verb(lead.group(1)), sentence
