"""The answer check reads tense and mood by the sentence's structure (issue 21, class 4): a
"could" told of the past is a claim, one about the future or a condition is not; later use is
found where a sentence says when and names the skill that grew, not where "since" runs from the
start of the same job. The sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer


@pytest.mark.parametrize("text", [
    "I learned to plan the loads. By 2020 the depot could ship 40 more pallets a day.",
    "I learned to plan the loads, and after a few months the depot could ship 40 more pallets a "
    "day.",
    "I learned to plan the loads; within a year the yard could load 12 more lorries a "
    "day.",
])
def test_could_told_of_the_past_is_a_result(text):
    assert _ok(text, "company_result")
    assert _ok(text, "quantified")


def test_a_past_anchor_in_the_sentence_before_carries_over():
    text = ("I learned to take bookings on the new system; after some months I was the quickest "
            "on the desk. The surgery could see 15 more patients each morning.")
    assert _ok(text, "quantified")


@pytest.mark.parametrize("text", [
    "I learned to plan the loads. The depot could ship 40 more pallets a day.",
    "I learned to plan the loads. By 2020, if they had listened, the depot could ship 40 more "
    "pallets a day.",
    "I learned to plan the loads. By 2020 the depot could have shipped 40 more pallets a day.",
    "I learned to plan the loads. By 2020 I could see you would ship 40 more pallets a day.",
])
def test_could_without_a_past_anchor_or_beside_a_condition_stays_a_wish(text):
    assert not _ok(text, "quantified")


def test_a_past_could_backs_a_goal():
    text = ("In 2019 I joined a small bakery. By 2020 I could run the ovens alone, and the owner "
            "could take on wholesale orders she used to refuse.")
    assert check_answer(text, ["take on wholesale orders"]).finding("goals_match").ok


@pytest.mark.parametrize("text", [
    "At the garage I learned to balance wheels with the new machine. Today at the dealership I "
    "balance the wheels for the whole workshop.",
    "I learned to wrap pallets properly at the depot. In my new warehouse I am the one who "
    "trains the wrapping now.",
])
def test_a_later_sentence_that_names_the_grown_skill_is_later_use(text):
    assert _ok(text, "used_later")


@pytest.mark.parametrize("text", [
    # the same job, from its start up to now
    "I learned to lift patients with the hoist. Since I am on this ward the hoist is used "
    "safely.",
    # a later sentence that names no grown skill
    "I learned to balance wheels at the garage. Today I work at a bank.",
    # applying for a job is not applying a skill
    "I learned to balance wheels at the garage. Since then I have been applying for workshop "
    "roles.",
])
def test_what_only_looks_like_later_use_is_not(text):
    assert not _ok(text, "used_later")
