"""Results and their numbers as people say them loosely, and the non-results beside them (issue
21, round 30, check53; classes found on probe_blind12-14 and the other studied sets):

- a count said loosely is still a count: "maybe two", "perhaps three", "maybe a couple a month",
  "thirty-odd new members", a time compared with "not": "took two days, not five";
- the speaker's own rate told as a start and an end ("I was keying fifty a day; by spring it was
  ninety, with fewer slips") and the speaker's own mistakes ("my mis-keys fell to one a week") are
  the skill, not a result for the organisation;
- a duty's clock time ("the bar was set up by 6"), a promise to the next employer ("I'd bring
  that to cutting your costs"), a manner ("the quickest way to"), a trade's measure ("cutting
  boards to length"), a stay told in years ("after three years more"), a value ("how important
  it is to cut waste") are no result;
- "One customer's daughter told me ..." and a dialled "999" count nothing.

Sentences written for this file, each beside a look-alike that must keep its reading."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _found(text: str) -> dict:
    return {f.code: f for f in check_answer(text).findings}


@pytest.mark.parametrize("text", [
    "I rewrote the picking labels, and wrong deliveries fell to maybe two a month from nearly "
    "ten.",
    "After I set up the cleaning log the fridge failures went down to perhaps three a year.",
    "Once I labelled the shelves the lost-stock calls dropped to maybe a couple a month from, I "
    "dunno, a couple a day.",
    "I ran the membership drive and signed thirty-odd new members in a term.",
    "Once I rebuilt the stock sheet the quarterly count took two days, not five.",
    "After my changes the month-end close finished in three days and not eight.",
])
def test_a_count_said_loosely_is_a_results_number(text):
    found = _found(text)
    assert found["company_result"].ok, found["company_result"].message
    assert found["quantified"].ok, found["quantified"].message


@pytest.mark.parametrize("text", [
    "I took three weeks, not two, to learn the till system.",
    "We were open six days, not seven, in the winter.",
    "I worked forty hours, not thirty-five, most weeks.",
    "Maybe two of us stayed late on Fridays.",
])
def test_a_time_or_count_of_the_speakers_own_is_no_result(text):
    assert not _found(text)["company_result"].ok


@pytest.mark.parametrize("text", [
    "When I joined the claims desk I was keying fifty forms a day; by spring it was ninety, with "
    "fewer slips.",
    "At first I was wrapping maybe forty boxes an hour; by the summer I was wrapping eighty, "
    "double.",
    "I was slow at the start, but by Christmas I got through twice as many invoices a day as when "
    "I started, with fewer mistakes.",
    "I learned to double-check the codes, and my mis-keys fell to one a week.",
    "By my second month I was scanning about 500 parcels a shift, and my error rate was the lowest "
    "in the depot.",
])
def test_the_speakers_own_rate_or_mistakes_are_no_result(text):
    found = _found(text)
    assert not found["company_result"].ok, found["company_result"].message


@pytest.mark.parametrize("text", [
    "I was sorting 200 parcels a day, and the depot's missed collections went from twelve a week "
    "to two.",
    "I got through 40 files a day by the end, and the backlog fell by half.",
    "My own mistakes stopped, and the store's refund claims fell by half.",
])
def test_a_change_with_its_own_subject_after_the_speakers_rate_stays_a_result(text):
    assert _found(text)["company_result"].ok


@pytest.mark.parametrize("text", [
    "On Saturdays we served 200 breakfasts and I made sure the bar was set up by 6.",
    "That's the sort of planning I'd bring to cutting your delivery costs.",
    "I found the quickest way to stack the chairs and to clear the hall with two people.",
    "I got much better at reading drawings and cutting boards to length.",
    "Within a year I was made shift lead, and after three years more I had my own site.",
    "I know how important it is to cut waste in a kitchen.",
])
def test_duties_promises_manners_and_stays_are_no_result(text):
    assert not _found(text)["company_result"].ok, _found(text)["company_result"].message


@pytest.mark.parametrize("text", [
    "Sales were up by 11 percent after I redid the window display.",
    "By then I'd cut the food waste by half.",
    "I got the bin collections down by 11 a month.",
])
def test_the_look_alikes_stay_results(text):
    found = _found(text)
    assert found["company_result"].ok, found["company_result"].message
    assert found["quantified"].ok, found["quantified"].message


@pytest.mark.parametrize("text", [
    "One customer's daughter told me her mum had stopped ringing 999 in the night after I started "
    "leaving a note of the next visit.",
    "One resident's nephew said his aunt had started eating again after I changed her plate.",
])
def test_a_certain_one_and_a_dialled_line_are_no_number(text):
    found = _found(text)
    assert not found["quantified"].ok, found["quantified"].message


def test_a_count_of_one_still_measures():
    found = _found("After I redid the handover sheet, missed medicines fell to one a month.")
    assert found["quantified"].ok, found["quantified"].message


@pytest.mark.parametrize("text", [
    "Before I redrew the bay plan we were losing a pallet most weeks; afterwards it was one or two "
    "a quarter.",
    "Before I started the sign-in sheet they had keys going missing every month; by the spring it "
    "was none.",
])
def test_before_told_with_the_speakers_act_then_how_it_was_after_is_a_result(text):
    found = _found(text)
    assert found["company_result"].ok, found["company_result"].message


def test_the_speakers_own_before_is_no_result():
    assert not _found("Before I joined I was a barista; it was only one year.")[
        "company_result"].ok


@pytest.mark.parametrize("text", [
    "I learned to plate up fast at the bistro. Bookings doubled that spring, mostly thanks to a "
    "review the owner got in the paper.",
    "I got good at the tills there. Footfall went up a lot after the manager moved the shop to "
    "the high street.",
    "I was a porter during the year the hospital brought in electronic beds lists and the "
    "waits fell sharply.",
    "I joined the gym as a receptionist when it had 300 members; when I left it had over 1,000 "
    "and had raised its fees twice.",
])
def test_a_change_credited_to_someone_else_is_no_result_of_the_speakers(text):
    assert not _found(text)["company_result"].ok, _found(text)["company_result"].message


@pytest.mark.parametrize("text", [
    "After the manager hired me I redid the shop window, and footfall went up a third.",
    "Thanks to the rota I wrote, agency shifts halved.",
])
def test_the_speakers_own_act_beside_someone_elses_keeps_the_result(text):
    assert _found(text)["company_result"].ok, _found(text)["company_result"].message


@pytest.mark.parametrize("text", [
    "Honestly, let me tell you about the café first, because that's where it clicked: I learned "
    "to plan a whole brunch service on one sheet, and I still plan every shift that way.",
    "I learned to read a lease properly, which I had never done before, and by my second year I "
    "wrote the renewal notes for the partners.",
    "I learned to triage the phone queue on my own. We had 60 callers an hour at peak, so it was "
    "hectic.",
])
def test_talk_around_a_growth_is_no_result(text):
    assert not _found(text)["company_result"].ok, _found(text)["company_result"].message


@pytest.mark.parametrize("text", [
    "I played my part and contributed to the success of several major launches.",
    "The library benefited from my dedication and commitment.",
    "I helped the surgery to become more person-centred.",
    "I helped the club make a real difference in the community with my efforts.",
])
def test_a_generic_outcome_of_effort_names_no_change(text):
    assert not _found(text)["company_result"].ok, _found(text)["company_result"].message


@pytest.mark.parametrize("text", [
    "I started a community larder at the church, and food thrown away fell by a third.",
    "I helped the surgery cut its missed appointments by a quarter.",
])
def test_a_named_change_beside_those_words_stays_a_result(text):
    assert _found(text)["company_result"].ok, _found(text)["company_result"].message


def test_what_went_away_is_measured_by_its_size_in_the_clause_before():
    found = _found("I set up self-service refunds. Refund calls had been about a quarter of our "
                   "phone traffic, and they pretty much vanished.")
    assert found["quantified"].ok, found["quantified"].message


def test_people_who_stopped_doing_something_are_no_measure():
    found = _found("I rewrote the shift rota. We had 14 porters, and they stopped moaning about "
                   "weekends.")
    assert not found["quantified"].ok, found["quantified"].message


@pytest.mark.parametrize("text", [
    "I learned to read the wiring diagrams, and I'd spot the fault eight times out of ten on the "
    "first visit.",
    "I learned the new booking forms, and the office stopped bouncing my timesheets back.",
    "By my second season I was pricing every job three ways and going with the cheapest.",
])
def test_the_speakers_own_hit_rate_and_work_returned_are_no_result(text):
    assert not _found(text)["company_result"].ok, _found(text)["company_result"].message


def test_a_hit_rate_of_the_organisations_work_stays_a_result():
    found = _found("After my audit, nine times out of ten the vans left on time, up from half.")
    assert found["company_result"].ok, found["company_result"].message
