"""Numbers and metric fields said in prose the participant would say (issue 20, draft37, r27).

Classes: a metric field that is no noun phrase is never pasted where a noun phrase stands; a
note whose head is no noun phrase, or whose figure is a limit ("up to"), is not read as a
noun with a change; a number the participant gave only hedged in the time they gave for it
keeps its hedge; the benchmark rows that count
these. Written in other words than the workspaces that showed them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workshop.model import Ratings, Result, Role, Skill
from workshop.note_shapes import noun_change
from workshop.noun_phrase import ceiling, noun_phrase
from workshop.result_number import read_result
from workshop.result_voice import as_entered
from workshop.wording import org_words

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_hedge import hedge_hardened  # noqa: E402
from draft_pasted import field_pasted, hedge_spliced  # noqa: E402


def _role(*results: Result) -> Role:
    return Role(id="r1", title="Taproom Supervisor", organization="Hopfield Brewery",
                start="2018", end="2022",
                skills=[Skill(name="cellar management", before="novice", after="proficient")],
                results=list(results), ratings=Ratings(4, 4, 4), enjoyment=4)


def _told(result: Result) -> str:
    role = _role(result)
    return as_entered(read_result(result, role), result, org_words(role)).told


@pytest.mark.parametrize(("phrase", "ok"), [
    ("by the pint", False), ("with the regulars", False), ("team of", False),
    ("turnover reduce", False), ("collected", False), ("waiting list length", True),
    ("parcels returned", True), ("stock loss", True), ("cost per keg", True)])
def test_a_phrase_stands_as_a_noun_only_when_it_is_one(phrase, ok):
    assert noun_phrase(phrase) is ok


def test_a_limit_is_no_change():
    assert ceiling("up to 12 volunteers")
    assert not ceiling("down from 9% to 3%")
    assert noun_change("ran a team of up to 12 volunteers") == ""
    assert noun_change("kept a rota of up to 12 volunteers") == ""
    assert noun_change("returned kegs down from 9% to 3%") == \
        "returned kegs went down from 9% to 3%"


def test_a_metric_that_is_no_noun_phrase_is_not_the_subject_of_went():
    told = _told(Result(statement="we brought in a guest ale list", metric="by the pint",
                        value=140, from_value=60, kind="change", scope="company"))
    assert "By the pint went" not in told and "by the pint went" not in told
    assert "It went from 60 to 140" in told, told


def test_a_metric_that_is_a_past_verb_tells_what_the_doing_did():
    told = _told(Result(statement="ran the charity quiz nights", metric="collected",
                        value=2300, unit="GBP", kind="amount", scope="company"))
    assert "in collected" not in told
    assert "which collected £2,300" in told, told


def test_a_level_whose_metric_is_no_noun_phrase_is_said_as_reached():
    told = _told(Result(statement="tightened the line cleaning", metric="at audit",
                        value=97, unit="%", kind="level", scope="company"))
    assert "with at audit" not in told.lower()
    assert "reaching 97%" in told, told


def test_a_noun_metric_is_said_as_before():
    told = _told(Result(statement="reworked the cellar rota", metric="stock loss",
                        value=5, from_value=11, unit="%", kind="change", scope="company"))
    assert "Stock loss went from 11% to 5%" in told, told


def test_a_hedge_given_with_the_time_stays_with_the_number():
    told = _told(Result(statement="spoiled kegs went down", metric="spoiled kegs",
                        value=3, from_value=20, kind="change", scope="company",
                        period="over roughly two years, from 20 down to maybe 3"))
    assert "maybe 3" in told, told


# --- the benchmark's rows -------------------------------------------------------------------


def test_the_benchmark_counts_a_head_that_is_no_noun_phrase():
    role = _role()
    assert field_pasted("I did that. Ran a team of went up to 12.", role)
    assert field_pasted("On the pumps went from 60 to 140.", role)
    assert field_pasted("Footfall increase went from 3 to 7.", role)
    assert not field_pasted("The crew I managed went from 5 to 9.", role)
    assert not field_pasted("I went from being nervous to leading tours.", role)


def test_the_benchmark_counts_a_metric_pasted_after_a_preposition():
    role = _role(Result(statement="ran the charity quiz nights", metric="collected",
                        value=2300, unit="GBP", kind="amount"))
    assert field_pasted("I ran the charity quiz nights, worth £2,300 in collected.", role)
    assert not field_pasted("I ran the charity quiz nights, which collected £2,300.", role)


def test_the_benchmark_counts_a_change_told_twice():
    role = _role(Result(statement="the queue went from 40 minutes to 10", metric="wait time",
                        value=10, from_value=40, kind="change"))
    text = "The queue went from 40 minutes to 10. Wait time went from 40 to 10."
    assert field_pasted(text, role) == ["Wait time went from 40 to 10."]


def test_the_benchmark_hears_no_figure_beside_a_figure():
    assert hedge_spliced("I don't know the exact number, by 25%.")
    assert not hedge_spliced("I don't know the exact number.")
    assert not hedge_spliced("Waste went down by 25%.")


def test_the_benchmark_reads_the_replies_for_hedges():
    role = _role(Result(statement="we ran a weekly tasting night", metric="guests", value=40,
                        kind="count", scope="company"))
    assert hedge_hardened("We had 40 guests a night.", role) == []
    assert hedge_hardened("We had 40 guests a night.", role, ("roughly 40 a night",)) == ["40"]
    assert hedge_hardened("We had roughly 40 guests.", role, ("roughly 40 a night",)) == []
