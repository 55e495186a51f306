"""Answers as people TYPE them (a form's box, notes, a chat) are read as the same answer said
aloud: an arrow or an "x3" between quantities is a change, a glued "pc" is a percent, a short
form is its words, and every message quotes the answer as typed."""

import time

from workshop.check import check_answer
from workshop.typed import spoken


def _finding(text, code):
    return next(f for f in check_answer(text, []).findings if f.code == code)


def test_an_arrow_between_two_quantities_reads_as_a_change():
    """"12 a day -> 4 a day" is a change, as "went from 12 a day to 4 a day" is."""
    text = "Relabelled the returns shelves. Parcels sent back 12 a day -> 4 a day."
    assert _finding(text, "company_result").ok
    assert _finding(text, "quantified").ok


def test_a_unicode_arrow_and_a_bare_second_number_read_as_a_change():
    text = "Rewrote the intake form. Time to first appointment 6 weeks \u2192 2."
    assert _finding(text, "company_result").ok


def test_a_glued_percent_is_a_number_of_the_result():
    """"20pc" is "20%": the result sentence has its number."""
    text = "I rewrote the call scripts and complaints fell 20pc in the spring."
    assert _finding(text, "quantified").ok


def test_a_multiple_of_a_measure_is_a_change_and_a_count_of_events_is_not():
    """"sign-ups x3" measures a change; "won the pub quiz x3" counts wins, no result."""
    assert _finding("Ran the newsletter on my own. Sign-ups x3 over the year.",
                    "company_result").ok
    assert not _finding("Won the staff quiz x3.", "company_result").ok


def test_an_arrow_joining_two_clauses_reads_as_so():
    """"put in a sign-in sheet => lost keys down to 1 a month": the second clause is the result."""
    text = "Put in a sign-in sheet for the van keys => lost keys down from 9 a month to 1."
    assert _finding(text, "company_result").ok


def test_the_check_quotes_the_answer_as_typed():
    """The message quotes what the participant typed, not the spoken rewording."""
    text = "Relabelled the returns shelves. Parcels sent back 12 a day -> 4 a day."
    message = _finding(text, "company_result").message
    assert "12 a day -> 4 a day" in message
    assert "went from" not in message


def test_a_text_with_nothing_typed_is_read_as_it_came():
    text = "I learned to plan the rota; the overtime bill fell by a third."
    assert spoken(text) == (text, None)


def test_typed_marks_in_bulk_are_read_in_linear_time():
    """A paste of arrows, multiples and short forms costs about the same per character."""
    for piece in ("1 -> ", "sales x2 ", "w/ mgr ", "+5% ", "~3 ", "-> ", "1.", "a-", "a b c d: ",
                  "basic -> ", "am wanting ", ". went "):
        started = time.perf_counter()
        spoken(piece * 4000)
        assert time.perf_counter() - started < 2.0
        check_answer(piece * 400, [])


def test_a_broken_typed_file_stops_with_one_line_naming_it(tmp_path, monkeypatch):
    """A facilitator's typed.json that is not lists of words stops with a message, no traceback
    of a KeyError; an empty list reads nothing as typed."""
    import json

    import pytest

    from workshop.errors import WorkshopError

    monkeypatch.setenv("WORKSHOP_DATA", str(tmp_path))
    (tmp_path / "typed.json").write_text(json.dumps({"words": ["w/"]}), encoding="utf-8")
    with pytest.raises(WorkshopError, match="typed.json"):
        spoken("built it w/ my mgr")
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("WORKSHOP_DATA", str(empty))
    (empty / "typed.json").write_text(json.dumps({"words": {}, "after_number": {},
                                                  "multiplied": []}), encoding="utf-8")
    assert spoken("built it w/ my mgr") == ("built it w/ my mgr", None)


def test_typed_workplace_short_forms_of_perks_are_read_as_perks():
    """"PTO", "hols" and "401k" are paid time off, holidays and a pension: praised as what the
    job gave, they are the perks pitfall. ("WFH" and "TOIL" are left as typed: "TOIL" is also
    the word "toil", and reading "WFH" changed what a held-out draft says.)"""
    for text in ("Really, the 401k and the PTO were excellent.",
                 "Honestly the PTO and the 401k match were brilliant."):
        assert not _finding(text, "pitfalls").ok, text


def test_a_verb_of_state_in_the_progressive_is_read_in_its_simple_form():
    """World Englishes tell a state in the progressive ("I am wanting", "we were not knowing"):
    read as "I want", "we did not know", so a want for oneself is the wanted pitfall."""
    assert spoken("I am wanting a post where I can grow.")[0] == "I want a post where I can grow."
    assert spoken("we were not knowing the till")[0] == "we did not know the till"
    assert spoken("she is needing help")[0] == "she needs help"
    assert not _finding("Presently I am wanting a company where I can settle and earn well.",
                        "pitfalls").ok


def test_a_negation_in_a_run_on_stops_at_the_comma_before_a_dropped_i_learn_verb():
    """Typed run-ons join clauses with commas and drop "I": "had never done X before, learnt Y"
    tells the growth in its own clause, out of the negation's reach; a negation inside that
    clause still counts."""
    assert _finding("Took over the rota, had never done scheduling before, learnt the rota "
                    "software in a month.", "skill_growth").ok
    assert not _finding("Was put on the tills, never learnt the stock system.",
                        "skill_growth").ok


def test_a_skill_between_two_levels_joined_by_an_arrow_is_growth():
    """"Spanish - basic -> fluent" is "my Spanish went from basic to fluent"."""
    for text in ("- Bookkeeping: beginner -> confident", "Spanish - basic \u2192 fluent"):
        assert _finding(text, "skill_growth").ok, text
    assert not _finding("Receptionist -> office manager", "skill_growth").ok


def test_a_typed_sentence_opening_on_the_speakers_verb_has_the_speaker_as_subject():
    """"Went from basic spreadsheets to writing macros." drops "I": it is the speaker's growth,
    as "I went from ..." is; the message still quotes what was typed."""
    text = "Joined as a temp. Went from basic spreadsheets to writing macros for the team."
    finding = _finding(text, "skill_growth")
    assert finding.ok
    assert spoken("Hi. Went home.")[0] == "Hi. I Went home."
    assert "I Went" not in finding.message


def test_a_negation_inside_a_typed_aside_stays_inside_its_brackets():
    """"Rebuilt the rota (had never done one), overtime fell by a third": the "never" of the
    aside says where the speaker started, not that overtime did not fall."""
    text = "Rebuilt the rota (had never done one), overtime fell by a third."
    assert _finding(text, "company_result").ok
    assert not _finding("Rebuilt the rota, overtime (never) fell.", "company_result").ok
