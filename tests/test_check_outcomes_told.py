"""Results told with no number and no change verb (issue 21, class 2; ``workshop/outcomes.py``):
a decision others took on the speaker's work, the speaker's work that led others to act, the
organisation keeping, running or lending what the speaker made, an uptake that started, a
problem that went away. Beside each, what looks the same and is no result: a decision on the
speaker's own request, someone else's work kept, a person led to act, a look. The sentences are
written for these tests (none is from a corpus); every finding quotes its sentence."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer


@pytest.mark.parametrize("text", [
    # a decision someone else took on the speaker's work, for everyone or tied to it
    "I drafted a short induction quiz for the pool lifeguards, and the leisure trust decided "
    "all its pools would give it to new staff.",
    "I priced up the van routes on a spreadsheet. On the strength of my figures the directors "
    "agreed to close the Tuesday run.",
    # the speaker's work leading others to act
    "My audit of the fire doors got the landlord to replace every one of them.",
    # kept, run, lent: told by a pronoun or by the noun said again
    "I put together a box of sensory toys for the ward, and the nurses still lend the box to "
    "other wards.",
    "I started a lunchtime chess club for the Year 8s, and that club still runs on Thursdays.",
    "I set up a seed swap at the allotments and the committee has run it every spring since.",
    # an uptake that started
    "The surveyors began using my snagging checklist on every handover.",
    # a problem that went away
    "I rewired the alarm panel, and the false call-outs went away.",
])
def test_results_told_without_a_number_or_change_verb(text):
    check = check_answer(text)
    finding = check.finding("company_result")
    assert finding.ok, finding.message
    assert "\u201c" in finding.message  # the sentence is quoted


@pytest.mark.parametrize("text", [
    # the speaker's own request, the speaker's life: no work of theirs
    "I asked for Fridays off, and my manager agreed to my request for every week in summer.",
    # someone else made what is kept
    "I joined the lab in May. My supervisor had written the sampling protocol, and the lab "
    "still runs it every week.",
    # a person led to act, a look, a plan
    "I wrote up the idea, and my report got the board to look at it again next year.",
    "I proposed a seed swap, and the committee said they might think about it.",
    # the speaker keeps running their own thing
    "I set up a seed swap at the allotments and I still run it every spring.",
    # "went away" of the speaker
    "I went away on a course and the stockroom was a mess when I got back.",
    # what the speaker admired or was given, kept by others, is no work of theirs
    "I admired the new shelf labels. The branch has kept them ever since.",
])
def test_look_alikes_are_no_result(text):
    assert not _ok(text, "company_result")


def test_the_size_words_are_data():
    """The words that tell a size ("halved", "a third") are read from data/outcomes.json."""
    from workshop.outcomes import outcome_lists

    sizes = set(outcome_lists()["size_words"])
    assert {"half", "third", "twice", "percent"} <= sizes
    # "learned to cut the queue by half": a change told with its size is the speaker's result
    assert _ok("I learned to cut the queue at the counter by half.", "company_result")


def test_a_misspelt_key_is_said(tmp_path, monkeypatch):
    """A facilitator's outcomes.json with a key misspelt is said naming the file and the key."""
    from workshop.errors import ValidationError
    from workshop.outcomes import _read

    bad = tmp_path / "outcomes.json"
    bad.write_text('{"decisoin": ["decided"]}', encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        _read(str(bad))
    assert "decisoin" in str(err.value)


@pytest.mark.parametrize("text", [
    "I learned to restore old photographs. I restored a box of wartime prints, and the archive "
    "now lends the prints to schools.",
    "I learned to run a seed swap from scratch. I set up one at the allotments, and that swap "
    "still runs every spring.",
])
def test_what_the_organisation_keeps_is_not_the_speakers_later_use(text):
    """One reading of the sentence: the organisation keeping the work is a result, and its
    "now" or "still" is the work living on, not the speaker using the skill later."""
    check = check_answer(text)
    assert check.finding("company_result").ok
    assert not check.finding("used_later").ok


def test_an_uptake_in_a_later_job_is_still_the_speakers_later_use():
    """In a later job, others taking up the speaker's work shows the skill used there."""
    check = check_answer("I learned to plan lessons for mixed classes. In my new school the "
                         "other teachers now use my planner for every class.")
    assert check.finding("used_later").ok


# A problem that stopped, told by "nobody" or "no <person>" as the subject (issue 21, check40):
# "after that, nobody phoned to ask", "no new starter left in their first month". Beside them,
# what looks the same and is no result: the speaker's own life ("nobody phoned me back"), a time
# after the speaker left, no tie to a change at all.
@pytest.mark.parametrize("text", [
    "I rewrote the returns page on the website. After that, nobody phoned to ask how returns "
    "worked.",
    "I put size labels on every shelf in the stockroom. Since then no one has sent the wrong "
    "size to a customer.",
    "I drew a map of the yard for new drivers. Nobody got lost on their first day after that.",
    "I redid the induction pack. From then on, no new starter left in their first month.",
    "I sorted the filing system out, and nobody had to hunt for a file again.",
    "I trained the Saturday staff on the new till. From then on, the Saturday queue never went "
    "past the door.",
])
def test_a_problem_that_stopped_told_by_nobody_is_a_result(text):
    assert _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I worked in the post room for two years. After that, nobody phoned me back about the job.",
    "I left in 2019. Since then no one has called me from there.",
    "I was a receptionist. After I left, nobody answered the phone properly and nobody sent the "
    "post.",
    "Nobody ever thanked me for the stock counts.",
    "No one told me what to do on my first day.",
    "When I started, nobody left the building before six.",
])
def test_nobody_in_the_speakers_own_life_or_untied_is_no_result(text):
    assert not _ok(text, "company_result")
