"""Numbers said as rough as typed, and the speaker's help read once (issue 20, draft34: blind
hiring managers r26: "maybe 20-30%" told "by 30%", "200+" told as a count; "I helped the
kitchen to cut ..." stripped in one module and put back in another). The examples are other
words than the workspaces that showed each class."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.draft_read import RoleReading
from workshop.model import Ratings, Result, Role, Skill
from workshop.result_voice import _hedged_forms
from workshop.wording import org_words, statement_sentence


def _role(*results: Result) -> Role:
    return Role(id="r1", title="Depot Planner", organization="Northgate Freight",
                summary="", start="2017", end="2022",
                skills=[Skill(name="route planning", before="novice", after="proficient")],
                results=list(results), ratings=Ratings(4, 4, 4), enjoyment=4)


def _told(result: Result) -> str:
    said = RoleReading(_role(result)).said(result)
    return said.told + said.part


# --- B: a rough number stays rough ------------------------------------------------------


@pytest.mark.parametrize(("statement", "metric", "value", "said", "hard"), [
    # the note's rough figure in brackets, the field's top end: never "by 15%"
    ("lowered breakage (maybe 10-15%)", "breakage", 15, "maybe 10 to 15%", "by 15%"),
    # "60+" in brackets and the field's 60: "over 60", never a count of exactly 60
    ("recruited drivers for the night routes (60+)", "drivers", 60, "over 60",
     "recruited 60"),
])
def test_a_rough_number_is_said_as_rough_as_typed(statement, metric, value, said, hard):
    result = Result(statement=statement, metric=metric, value=value,
                    unit="%" if "%" in statement else "", scope="company",
                    kind="" if "%" in statement else "count")
    told = _told(result)
    assert said in told, told
    assert hard not in f" {told} ", told
    assert check_answer(told).finding("quantified").ok


def test_the_speakers_part_can_hold_the_hedge_too():
    result = Result(statement="shortened loading times", metric="loading time", value=40,
                    unit="%", scope="team", my_part="about 40% I think, I redid the bays")
    assert "about 40%" in _told(result), _told(result)


@pytest.mark.parametrize("text", ["over 18 months", "over 2021", "a rise of 12 points"])
def test_a_period_or_a_plain_number_is_no_hedge(text):
    assert _hedged_forms(text) == {}


def test_an_exact_number_is_left_as_it_is():
    result = Result(statement="cut fuel use by 12%", metric="fuel use", value=12, unit="%",
                    kind="change", scope="company")
    assert "by 12%" in _told(result)


# --- C: "I helped <unit> to <do>" is read once, with the help kept --------------------------


@pytest.mark.parametrize(("statement", "start"), [
    ("I helped the clinic to shorten waiting lists", "I helped the clinic shorten waiting"),
    ("helped our branch to win back lapsed members", "I helped our branch win back"),
    # people helped: their doing is theirs, the speaker's part is the help
    ("I helped the new volunteers to find their feet", "I helped the new volunteers find"),
])
def test_the_help_is_kept_where_the_result_is_first_read(statement, start):
    result = Result(statement=statement, scope="company")
    role = _role(result)
    sentence, shape = statement_sentence(result, org_words(role))
    assert sentence.startswith(start), sentence
    assert " to " not in sentence.split(start, 1)[1][:4], sentence
    assert shape == "own"


def test_result_voice_has_one_help_rule():
    """The reading says the help once; result_voice no longer adds it back."""
    import workshop.result_voice as rv
    assert not hasattr(rv, "_helped_kept")
