"""Every sentence of a draft is one a person says aloud (issue 20, draft67).

Blind hiring-manager raters marked drafts down for sentences cut and left waiting ("..., and.",
"My own part was.", "... because of."), for notes the participant typed to themselves read
aloud ("that's a rough number", "Start: ... End: ..."), and for a coach that said the figure
was left out while the draft still said it. The rules tested here:

- where a piece is taken out of a sentence (a figure, a note), what is left is a whole
  sentence or nothing: never a "was" that said only the figure;
- a figure the participant asked not to be quoted is said nowhere: not in the result, not in
  another note that says it again, not in words ("about a third");
- a note's label is said as speech or left out.
"""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

from workshop.draft import coach_questions, draft_versions
from workshop.sentence_said import said_as_sentences, whole_said
from workshop.to_self import finished, label_said, self_cut
from workshop.typed_said import NOT_QUOTED, figure_note, without_figures

# a sentence that waits for more: a joining word, an article, a bare "was", a lead with nothing
_WAITS = re.compile(r"(?:\b(?:and|or|but|the|a|an|my|our|was|were|of|to|with|from)|"
                    r"because of|thanks to)[.!?]$", re.IGNORECASE)


def _spoken(text: str) -> None:
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        assert not _WAITS.search(sentence), sentence
        assert not re.match(r"(?:start|end|before|after|result)\s*[:-]", sentence,
                            re.IGNORECASE), sentence


@pytest.mark.parametrize(("typed", "said"), [
    ("Lowered missed appointments by about a quarter", "Lowered missed appointments"),
    ("we moved errors from 1 in 8 to 1 in 40", "we moved errors"),
    ("raised the pass rate by 12 points within 9 months", "raised the pass rate within 9 months"),
    ("shortened the queue to 6 minutes, it took 3 weeks", "shortened the queue, it took 3 weeks"),
    ("we saved on freight - I reckon it was around 60k", "we saved on freight"),
    ("Stock losses were 15% lower", "Stock losses were lower"),
    ("trimmed courier costs ~£90k/yr across the region", "trimmed courier costs across the "
                                                          "region"),
    ("saved 12 hours a week in 2021", "saved in 2021"),
])
def test_a_figure_left_out_leaves_a_whole_sentence(typed, said):
    """The figure goes with the words that said only it; the time the change took stays."""
    assert without_figures(typed) == said


def test_a_doubt_that_leaves_its_figure_hanging_goes_whole():
    """"the 90 was a ballpark figure": with the doubt cut, "the 90 was" waits for its end,
    so the clause is no part of what is said; the change itself stays."""
    said, note = figure_note("we shortened the waiting list, the 90 was a rough figure", True)
    assert note and said == "we shortened the waiting list"
    said, note = figure_note("the 90 is only an estimate, don't use it", True)
    assert note == NOT_QUOTED and said == ""


@pytest.mark.parametrize("statement", [
    "bookings for the spa went up, I believe it was about 9k over the spring but I need to "
    "check that with finance before so don't put the number in",
    "bookings for the spa went up - reckon it was around 9k in the spring, don't quote it",
])
def test_a_note_to_check_takes_its_object_with_it(statement):
    """"need to check [that with finance before]": the task's words go whole, and the clause
    that said only the figure goes with the figure: no "but before so in", no "it was over
    the spring"."""
    said, note = figure_note(statement, True)
    assert note == NOT_QUOTED
    assert without_figures(said) == "bookings for the spa went up"


@pytest.mark.parametrize(("typed", "said"), [
    ("Start: couldn't read a balance sheet.", "At the start I couldn't read a balance sheet."),
    ("End - closing the month on my own.", "By the end I was closing the month on my own."),
    ("Before: I dreaded the phone.", "At the start I dreaded the phone."),
    ("Now - I train the new starters.", "Now I train the new starters."),
    ("Result: we kept the tender.", "We kept the tender."),
])
def test_a_notes_label_is_said_as_speech(typed, said):
    assert said_as_sentences(typed) == said


def test_a_label_before_words_with_no_verb_is_left_out_and_a_look_alike_kept():
    assert said_as_sentences("Start - spreadsheets only.") == ""
    assert label_said("Starting salary was low.") == "Starting salary was low."
    assert said_as_sentences("End of year stock take was my job.") == \
        "End of year stock take was my job."


@pytest.mark.parametrize(("typed", "said"), [
    ("The backlog cleared quickly because of.", "The backlog cleared quickly."),
    ("We won the contract thanks to.", "We won the contract."),
    ("I picked up a lot of tricks from.", "I picked up a lot of tricks."),
    ("It was the site I was fondest of.", "It was the site I was fondest of."),
    ("They were the drivers I rode with.", "They were the drivers I rode with."),
    ("I did it because of her.", "I did it because of her."),
    ("The night crew was easy to work with.", "The night crew was easy to work with."),
    ("The new till was paid for.", "The new till was paid for."),
])
def test_a_sentence_left_waiting_on_a_preposition_is_said_to_its_last_whole_part(typed, said):
    assert finished(typed) == said


def test_a_remark_that_ends_a_sentence_leaves_its_full_stop():
    """A cut at the end never runs the sentence into the next one."""
    assert self_cut("we trained about 300 people, not sure exact.") == (
        "we trained about 300 people.", True)
    assert said_as_sentences("About 300 people took the course, not sure exact. I also "
                             "wrote its handbook.") == \
        "About 300 people took the course. I also wrote its handbook."


def test_a_sentence_that_is_only_a_note_about_a_figure_is_not_said():
    text = "I ran the weekly counts. The 40k was a rough number though, don't use it."
    assert said_as_sentences(text) == "I ran the weekly counts."


GOALS = ["cut agency spend", "lead a bigger team"]


def _workspace(statement: str, my_part: str, summary: str = "Ran the ward's staffing"):
    role = {"title": "Ward Manager", "organization": "Elmfield Hospital",
            "organization_kind": "hospital", "summary": summary,
            "skills": [{"name": "workforce planning", "before": "novice",
                        "after": "proficient"}],
            "results": [{"statement": statement, "my_part": my_part,
                         "enabled_by": ["workforce planning"]}],
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}
    return one_role_workspace(role, "Head of Nursing", GOALS, start="2018-03", end="2023-06")


@pytest.mark.parametrize(("statement", "my_part", "figure"), [
    ("we cut agency shifts by roughly a third - please don't quote that",
     "I built a bank of our own staff, which is how we lost a third of the agency shifts",
     r"third"),
    ("agency spend fell by 22%, don't quote me on this",
     "I set up the internal bank, so agency spend fell 22% in one year", r"22"),
])
def test_a_figure_not_to_be_quoted_is_said_in_no_note_and_the_coach_agrees(
        statement, my_part, figure):
    """The coach says the draft tells the change without the figure: so it does, in every
    version, though another note types the figure again."""
    ws = _workspace(statement, my_part)
    asked = [q.text for q in coach_questions(ws, "r1") if q.code == "number"]
    assert asked and "without it" in asked[0]
    for text in draft_versions(ws, "r1").values():
        assert "agency" in text.lower(), text  # the change is still told
        assert not re.search(figure, text, re.IGNORECASE), text
        _spoken(text)


def test_a_wish_not_to_quote_the_exact_figure_keeps_the_fields_figure_out_too():
    """"(please don't quote the exact number)": the form's figure is not said either, and the
    coach says so."""
    role = {"title": "Caseworker", "organization": "Harlow Council",
            "organization_kind": "public service", "summary": "Housing casework",
            "skills": [{"name": "case planning", "before": "novice", "after": "proficient"}],
            "results": [{"statement": "we shortened the wait for a housing decision (please "
                                      "don't quote the exact number, it's internal)",
                         "value": 7, "unit": "weeks", "enabled_by": ["case planning"]}],
            "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}
    ws = one_role_workspace(role, "Team Leader", GOALS, start="2019-01", end="2024-01")
    asked = [q.text for q in coach_questions(ws, "r1") if q.code == "number"]
    assert asked and "without it" in asked[0]
    for text in draft_versions(ws, "r1").values():
        assert "wait for a housing decision" in text and "7" not in text, text


def test_a_figure_the_participant_is_happy_to_say_is_still_said():
    """Look-alike: the same story without a note keeps its figure."""
    ws = _workspace("agency spend fell by 22%", "I set up the internal bank for the ward")
    assert any("22%" in text for text in draft_versions(ws, "r1").values())


def test_a_draft_joined_by_any_step_is_said_in_whole_sentences():
    """The last pass over a version's text: a sentence another step left waiting is said to
    its last whole part or left out, a piece cut off after a stop is left out, and titles'
    and abbreviations' stops end nothing."""
    text = ("I was a porter at St. Mary's for the U.S. Navy. I ran the loading bay there, and. "
            "Our part was. The gate queue shrank because of. They came. back. Waits fell by "
            "approx. a fifth.")
    assert whole_said(text) == ("I was a porter at St. Mary's for the U.S. Navy. I ran the "
                                "loading bay there. The gate queue shrank. They came. Waits fell "
                                "by approx. a fifth.")
