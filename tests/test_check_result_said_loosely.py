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
    # look-alikes of a clock time and a promise, which stay results with their numbers
    "Sales were up by 11 percent after I redid the window display.",
    "By then I'd cut the food waste by half.",
    "I got the bin collections down by 11 a month.",
])
def test_a_count_said_loosely_is_a_results_number(text):
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


def test_the_speakers_own_before_is_no_result():
    assert not _found("Before I joined I was a barista; it was only one year.")[
        "company_result"].ok


def test_what_went_away_is_measured_by_its_size_in_the_clause_before():
    found = _found("I set up self-service refunds. Refund calls had been about a quarter of our "
                   "phone traffic, and they pretty much vanished.")
    assert found["quantified"].ok, found["quantified"].message


def test_people_who_stopped_doing_something_are_no_measure():
    found = _found("I rewrote the shift rota. We had 14 porters, and they stopped moaning about "
                   "weekends.")
    assert not found["quantified"].ok, found["quantified"].message


def test_a_hit_rate_of_the_organisations_work_stays_a_result():
    found = _found("After my audit, nine times out of ten the vans left on time, up from half.")
    assert found["company_result"].ok, found["company_result"].message


# what is no result, by the class of how it is said (the class names the id of each case)
NO_RESULT = [
    ("speakers_own_time",
     "I took three weeks, not two, to learn the till system."),
    ("speakers_own_time",
     "We were open six days, not seven, in the winter."),
    ("speakers_own_time",
     "I worked forty hours, not thirty-five, most weeks."),
    ("speakers_own_time",
     "Maybe two of us stayed late on Fridays."),
    ("own_rate_or_mistakes",
     "When I joined the claims desk I was keying fifty forms a day; by spring it was ninety, "
     "with fewer slips."),
    ("own_rate_or_mistakes",
     "At first I was wrapping maybe forty boxes an hour; by the summer I was wrapping eighty, "
     "double."),
    ("own_rate_or_mistakes",
     "I was slow at the start, but by Christmas I got through twice as many invoices a day as "
     "when I started, with fewer mistakes."),
    ("own_rate_or_mistakes",
     "I learned to double-check the codes, and my mis-keys fell to one a week."),
    ("own_rate_or_mistakes",
     "By my second month I was scanning about 500 parcels a shift, and my error rate was the "
     "lowest in the depot."),
    ("duty_promise_manner_stay",
     "On Saturdays we served 200 breakfasts and I made sure the bar was set up by 6."),
    ("duty_promise_manner_stay",
     "That's the sort of planning I'd bring to cutting your delivery costs."),
    ("duty_promise_manner_stay",
     "I found the quickest way to stack the chairs and to clear the hall with two people."),
    ("duty_promise_manner_stay",
     "I got much better at reading drawings and cutting boards to length."),
    ("duty_promise_manner_stay",
     "Within a year I was made shift lead, and after three years more I had my own site."),
    ("duty_promise_manner_stay",
     "I know how important it is to cut waste in a kitchen."),
    ("someone_elses",
     "I learned to plate up fast at the bistro. Bookings doubled that spring, mostly thanks to a "
     "review the owner got in the paper."),
    ("someone_elses",
     "I got good at the tills there. Footfall went up a lot after the manager moved the shop to "
     "the high street."),
    ("someone_elses",
     "I was a porter during the year the hospital brought in electronic beds lists and the waits "
     "fell sharply."),
    ("someone_elses",
     "I joined the gym as a receptionist when it had 300 members; when I left it had over 1,000 "
     "and had raised its fees twice."),
    ("talk_around_growth",
     "Honestly, let me tell you about the café first, because that's where it clicked: I learned "
     "to plan a whole brunch service on one sheet, and I still plan every shift that way."),
    ("talk_around_growth",
     "I learned to read a lease properly, which I had never done before, and by my second year I "
     "wrote the renewal notes for the partners."),
    ("talk_around_growth",
     "I learned to triage the phone queue on my own. We had 60 callers an hour at peak, so it "
     "was hectic."),
    ("generic_effort",
     "I played my part and contributed to the success of several major launches."),
    ("generic_effort",
     "The library benefited from my dedication and commitment."),
    ("generic_effort",
     "I helped the surgery to become more person-centred."),
    ("generic_effort",
     "I helped the club make a real difference in the community with my efforts."),
    ("own_hit_rate",
     "I learned to read the wiring diagrams, and I'd spot the fault eight times out of ten on "
     "the first visit."),
    ("own_hit_rate",
     "I learned the new booking forms, and the office stopped bouncing my timesheets back."),
    ("own_hit_rate",
     "By my second season I was pricing every job three ways and going with the cheapest."),
]

# the look-alikes that stay results
RESULT = [
    ("change_after_own_rate",
     "I was sorting 200 parcels a day, and the depot's missed collections went from twelve a "
     "week to two."),
    ("change_after_own_rate",
     "I got through 40 files a day by the end, and the backlog fell by half."),
    ("change_after_own_rate",
     "My own mistakes stopped, and the store's refund claims fell by half."),
    ("before_then_after",
     "Before I redrew the bay plan we were losing a pallet most weeks; afterwards it was one or "
     "two a quarter."),
    ("before_then_after",
     "Before I started the sign-in sheet they had keys going missing every month; by the spring "
     "it was none."),
    ("own_act_beside_others",
     "After the manager hired me I redid the shop window, and footfall went up a third."),
    ("own_act_beside_others",
     "Thanks to the rota I wrote, agency shifts halved."),
    ("named_change",
     "I started a community larder at the church, and food thrown away fell by a third."),
    ("named_change",
     "I helped the surgery cut its missed appointments by a quarter."),
]


@pytest.mark.parametrize(("kind", "text"), NO_RESULT, ids=[k for k, _ in NO_RESULT])
def test_no_result_by_class(kind, text):
    assert not _found(text)["company_result"].ok, (kind, _found(text)["company_result"].message)


@pytest.mark.parametrize(("kind", "text"), RESULT, ids=[k for k, _ in RESULT])
def test_the_look_alike_stays_a_result(kind, text):
    assert _found(text)["company_result"].ok, (kind, _found(text)["company_result"].message)
