"""Two classes of the goals match. A goal that names a general category ("events", "video
content", "the community") is backed by a claim that names a kind of it ("ran the conferences",
"edited the films", "the villages around the depot"): ``categories`` in
``data/goal_meanings.json``, one way only, and only in a claim's sentence. And a goal said back
as a comparative with no measure ("I helped the surgery to become more patient-focused" for
"patient-focused care") backs nothing. The sentences are written for these tests (none is from
a corpus)."""

from __future__ import annotations

import pytest
from helpers_data import drop, own_data, set_at

from workshop.check import check_answer
from workshop.errors import ValidationError


def _matched(text: str, goals: list[str]) -> bool:
    return check_answer(text, goals).finding("goals_match").ok


@pytest.mark.parametrize(("goal", "text"), [
    ("Organise corporate events", "At the venue I learned to cost and run trade conferences "
                                  "from the first call to the last coffee, and repeat bookings "
                                  "doubled."),
    ("Make short videos", "At the charity I learned to script and edit two-minute films about "
                          "our projects, and online donations rose by a quarter."),
    ("Build links with the community", "I started a monthly open morning for the villages round "
                                       "the quarry, and objections to our night shifts fell "
                                       "from nine to one."),
    ("Maintain the fleet", "I learned to book the MOT and service for all 14 vans on one "
                           "calendar, and breakdowns dropped by half."),
])
def test_a_kind_of_the_category_a_goal_names_backs_it(goal, text):
    assert _matched(text, [goal])


@pytest.mark.parametrize(("goal", "text"), [
    # one way: the category does not back a goal about one of its kinds
    ("Plan weddings", "At the hotel I learned to organise events for up to 300 guests, and "
                      "bookings rose by a fifth."),
    # a kind named outside any claim
    ("Organise corporate events", "The hotel hosted weddings most weekends. I was a porter."),
    # a kind of a word before the goal's head: the goal is about compliance, not vans
    ("Ensure vehicle compliance", "I learned to plan the rounds, and our vans used 12 percent "
                                  "less diesel."),
    # a kind named in a wish
    ("Make short videos", "I hope to make films one day."),
])
def test_a_category_backs_nothing_the_other_way_or_outside_a_claim(goal, text):
    assert not _matched(text, [goal])


def test_a_facilitator_s_categories_decide(tmp_path, monkeypatch):
    text = ("At the holiday camp I learned to plan the tombola for 200 children, and parents' "
            "complaints fell by half.")
    assert not _matched(text, ["Run school activities"])
    own_data(tmp_path, monkeypatch, "goal_meanings.json",
             set_at(["categories", "activity"], ["tombola"]))
    assert _matched(text, ["Run school activities"])


def test_a_copy_without_categories_still_reads(tmp_path, monkeypatch):
    own_data(tmp_path, monkeypatch, "goal_meanings.json", drop("categories"))
    assert _matched("I learned to plan the rotas and overtime fell by 20%.", ["reduce overtime"])


@pytest.mark.parametrize("value", [[], "event", {"event": []}, {"event": "wedding"}])
def test_broken_categories_are_said_naming_the_key(tmp_path, monkeypatch, value):
    own_data(tmp_path, monkeypatch, "goal_meanings.json", set_at(["categories"], value))
    with pytest.raises(ValidationError) as caught:
        check_answer("I learned to plan rotas and cut overtime by 20%.", ["reduce costs"])
    assert caught.value.field == "categories"


# --- a goal said back as a comparative ("more patient-focused") is no measure of it -------

@pytest.mark.parametrize(("goal", "text"), [
    ("Patient-focused care", "I learned to use the booking system. I helped the surgery to "
                             "become more patient-focused."),
    ("Customer-friendly service", "I helped the garage to become more customer-friendly."),
])
def test_a_goal_said_as_a_comparative_backs_nothing(goal, text):
    assert not _matched(text, [goal])


@pytest.mark.parametrize(("goal", "text"), [
    ("Improve efficiency", "I rebuilt the rota, and the ward became more efficient: agency "
                           "shifts fell by 40 percent."),
    ("reduce complaints", "I learned to ring customers back the same day, and we had far fewer "
                          "complaints."),
])
def test_a_comparative_with_its_measure_or_of_another_word_still_backs(goal, text):
    assert _matched(text, [goal])


# --- a move told by a verb and its particle ("went up", "came down") has a direction ------

@pytest.mark.parametrize(("goal", "text"), [
    ("cut agency spend", "I learned to plan the rota a month ahead, and what we paid the agency "
                         "went up by a third that winter."),
    ("grow bookings", "I learned to dress the windows, and bookings went down by 5 percent while "
                      "the bridge was shut."),
])
def test_a_result_that_went_the_other_way_by_a_particle_backs_nothing(goal, text):
    assert not _matched(text, [goal])


def test_a_result_that_came_down_backs_a_goal_to_reduce():
    assert _matched("I learned to plan the rota a month ahead, and agency spend came down by "
                    "a third.", ["cut agency spend"])
