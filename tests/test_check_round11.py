"""Issue 21, eleventh round (branch ``check13``): numbers people say read as the number of the
change (a fraction with a comparative, number words joined by a hyphen, a count brought to
nothing, a hedged range, a count told after how it was before), and numbers that belong to no
change (a working week) left out.

Each class comes with look-alikes that must not count. The sentences are written for these
tests (none is from a corpus)."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.numbers import quantities

GROWN = "As a stock clerk I learned to run the weekly cycle counts. "


def _quantified(text: str):
    return check_answer(GROWN + text).finding("quantified")


# -- a fraction said with a comparative, no "of" ----------------------------------------------

@pytest.mark.parametrize(("text", "said", "value"), [
    ("Our van uses about a tenth less fuel than the fleet average.", "a tenth", 10.0),
    ("Since the new rota we print a good third fewer forms.", "a good third", 33.3),
    ("The café throws away half less bread now.", "half", 50.0),
    ("Returns were a quarter lower after I rewrote the size guide.", "a quarter", 25.0),
    ("We now ship a fifth more parcels a day.", "a fifth", 20.0),
])
def test_a_fraction_before_a_comparative_is_a_percentage(text, said, value):
    found = [q for q in quantities(text) if q.kind == "percent"]
    assert [(text[q.start:q.end], q.value) for q in found] == [(said, value)]


@pytest.mark.parametrize("text", [
    "The first half less busy than the second.",  # a part of the day, no amount
    "A third of the way through the shift I moved to the tills.",  # no comparative: "of" rule
    "I had a quarter hour less for lunch.",  # a quarter hour: a time, not a share
])
def test_a_fraction_that_is_no_share_of_a_change_is_not_read_as_one(text):
    assert not [q for q in quantities(text) if q.kind == "percent" and q.value in (50.0, 25.0)
                and "less" in text[q.end:q.end + 6]]


@pytest.mark.parametrize("text", [
    "After I set up the date labels, the kitchen threw away almost half less food.",
    "Since I redrew the routes our vans use about a tenth less diesel than the depot average.",
    "Once I fixed the size chart, customers sent back a good third fewer parcels.",
])
def test_a_result_told_with_a_fraction_and_a_comparative_is_quantified(text):
    finding = _quantified(text)
    assert finding.ok, finding.message


# -- number words joined by a hyphen --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The pick accuracy in my aisles was going from about ninety-two to ninety-nine percent.",
    "Our on-time rate was going from sixty-five to eighty-eight percent.",
])
def test_a_change_told_in_hyphenated_number_words_is_a_quantified_result(text):
    result = check_answer(GROWN + text)
    assert result.finding("company_result").ok
    assert result.finding("quantified").ok


def test_a_hyphenated_number_word_is_a_number_in_the_phrase_patterns_and_plain_ones_still_are():
    """A prefix entry ("twenty-*") in the number class once broke matching of every number
    word ("twelve more trailers" lost its result): the class lists the forms one by one."""
    text = "After that we were getting twelve more trailers out a shift."
    assert check_answer(GROWN + text).finding("company_result").ok


# -- a count brought to nothing -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "After I started the refresher sessions the hoist near-misses went to nothing.",
    "Once I set up the reorder sheet, stock-outs on the big lines dropped to none.",
    "Since my new checklist the missed signatures fell to nil.",
])
def test_a_count_brought_to_nothing_is_a_measured_result(text):
    finding = _quantified(text)
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "I went from knowing next to nothing about forklifts to training the new drivers.",
    "I cared for next to nothing but the night shift back then.",
])
def test_nothing_that_is_no_count_brought_down_is_no_number(text):
    assert not _quantified(text).ok


# -- a hedged range at the end of a change --------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Missed calls went from most days to one or two a month.", 2.0),
    ("Late deliveries came down to one or three a quarter.", 3.0),
])
def test_one_or_two_a_period_is_the_ranges_top_count(text, value):
    found = [q for q in quantities(text) if q.kind == "count"]
    assert [q.value for q in found] == [value]


def test_a_result_ending_in_a_hedged_range_is_quantified():
    text = "Missed visits went from a handful every week to one or two a month."
    finding = _quantified(text)
    assert finding.ok, finding.message


def test_one_or_two_without_a_change_or_a_period_is_no_range():
    text = "I spoke to one or two of the drivers."
    assert not [q for q in quantities(text) if "one or two" in text[q.start:q.end]]


# -- a count told after how it was before --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Before, we had lots of residents admitted with falls. In my second winter it was only one.",
    "Until then we had a billing error most weeks; in the six months after, it was one.",
    "Before that we lost parcels every week. After my change there were none.",
])
def test_the_count_now_after_a_count_before_is_the_results_measure(text):
    finding = _quantified(text)
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "Before that I was a waiter; it was only one year.",  # the speaker's own past
    "It was only one.",  # no "before"
])
def test_a_lone_count_with_no_before_of_another_is_no_measure(text):
    assert not _quantified(text).ok


# -- a number that belongs to no change: the speaker's working time ----------------------------

@pytest.mark.parametrize("text", [
    "I worked 40 hours a week at the depot.",
    "We were pulling about twelve hours a day in the run-up to Christmas.",
    "I clocked up 50 hours a week over the summer.",
])
def test_a_working_week_is_no_quantity(text):
    assert not [q for q in quantities(text) if q.kind in ("duration", "time_span")]


@pytest.mark.parametrize("text", [
    "After I fixed the rota we worked 10 hours less a week.",
    "The new rota saved 40 hours a week.",
    "We were working 30 hours instead of 45 by the spring.",
])
def test_hours_that_changed_are_still_read(text):
    assert [q for q in quantities(text) if q.kind in ("duration", "time_span")]


def test_a_working_week_beside_an_empty_help_is_no_quantified_result():
    result = check_answer(GROWN + "I worked 40 hours a week and helped the business grow.")
    assert not result.finding("company_result").ok
    assert not result.finding("quantified").ok


# -- a result's clause read from the conjunct it stands in ----------------------------------

@pytest.mark.parametrize("text", [
    "I worked long hours and helped the business grow.",
    "I covered the late shifts and helped the company to improve.",
    "I was at the hotel for three years, and helped the business expand.",
])
def test_the_speakers_own_doing_before_an_empty_help_names_no_change(text):
    finding = check_answer(GROWN + text).finding("company_result")
    assert not finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "I rebuilt the rota and sales grew.",
    "I rewrote the pick lists and helped the depot cut mis-picks.",
    "I helped the team grow, 30% more orders by the summer.",
])
def test_a_change_named_in_the_results_own_conjunct_still_counts(text):
    finding = check_answer(GROWN + text).finding("company_result")
    assert finding.ok, finding.message


def test_hollow_answers_with_a_speakers_doing_are_not_strong():
    text = ("I worked 40 hours a week and helped the business grow. I went from beginner to "
            "expert in my skills. I applied them afterwards.")
    assert not check_answer(text).verdict.strong


# -- growth told as an arc: thrown in, then "within a few weeks" ------------------------------

@pytest.mark.parametrize("text", [
    "When I joined I didn't know the licensing rules. Within a few weeks I knew them well enough "
    "to clear the tricky applications without checking the guidance.",
    "I was put straight onto the returns desk, and within a couple of months I was the one "
    "deciding refunds over fifty pounds.",
    "I was thrown in at the deep end. After a few weeks I was running the pass on my own.",
])
def test_an_arc_with_a_few_weeks_or_a_deep_end_start_is_growth(text):
    finding = check_answer(text).finding("skill_growth")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "Within a few weeks I had moved flat.",  # no start, and nothing of a job's skill
    "I learned a ton.",
    "I was a lab assistant at the university library from 2021 to 2023.",
])
def test_no_arc_and_no_named_skill_is_no_growth(text):
    assert not check_answer(text).finding("skill_growth").ok


# -- a result told against a baseline: the year before, the average, the others -----------------

@pytest.mark.parametrize("text", [
    "The conference cost the charity around 30,000 euros less than the year before.",
    "We had fewer complaints than the year before once I rewrote the welcome pack.",
    "Our branch's wastage was about half what the other branches had.",
    "My route uses a fifth less fuel than the depot average.",
])
def test_a_change_against_a_baseline_is_a_result(text):
    finding = check_answer(GROWN + text).finding("company_result")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "I earned less than the year before.",  # the speaker's own pay
    "I was paid less than the others.",
    "It took me less than a week to learn the till.",  # the speaker's learning time
    "I ran faster than the year before.",
])
def test_the_speakers_own_comparison_is_no_result(text):
    assert not check_answer(GROWN + text).finding("company_result").ok


# -- a state since the speaker's change, told as an event --------------------------------------

@pytest.mark.parametrize("text", [
    "Once I sorted the handover, the night shift finally went home on time.",
    "After I changed the loading plan the trucks left on time.",
    "Since I redid the filing, nobody has had to chase a missing invoice.",
    "Nobody had to stay late after I rebuilt the rota.",
])
def test_a_state_or_an_absence_after_the_speakers_change_is_a_result(text):
    finding = check_answer(GROWN + text).finding("company_result")
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "I went home on time once I started nights.",  # the speaker's own
    "The night shift went home on time.",  # no tie to the speaker's change
    "No one had to tell me twice.",  # no since
])
def test_an_event_with_no_tie_or_the_speakers_own_is_no_result(text):
    assert not check_answer(GROWN + text).finding("company_result").ok


# -- money got back for the organisation carries its number, read by the rules --------------

@pytest.mark.parametrize("text", [
    "I went through four years of old donation records for the charity, and we got back about "
    "£9,000 of tax relief they had never claimed.",
    "I sorted out the supplier invoices at the garage and we got back about £4,000 we had been "
    "overcharged.",
])
def test_a_number_in_money_got_back_is_quantified_by_the_rules_alone(text):
    """Once read only by the learned second opinion; the rules read money got back for others
    as a result since check50, and its number with it (one reading of a result's number), with
    or without the second opinion."""
    from workshop import check_learned

    result = check_answer(text)
    assert result.finding("company_result").ok
    assert result.finding("quantified").ok, result.finding("quantified").message
    with check_learned.model_override({}):  # the rules alone
        alone = check_answer(text)
        assert alone.finding("company_result").ok and alone.finding("quantified").ok


def test_a_number_in_a_growth_clause_of_a_learned_result_is_no_measure():
    from workshop.check_rules import rules
    from workshop.claims import Found, read_claims
    from workshop.reading import read

    r = rules()
    reading = read("The manager showed me how to build one image and push it out, and every "
                   "machine was ready on the first morning.", r.grammar)
    found = read_claims(r, reading)
    assert isinstance(found, Found)
    grown = {(c.clause.lo, c.clause.hi) for c in found.growth}
    found.add_learned_result(reading.sentences[0])
    assert grown, "the growth clause is read"
    assert not [c for c in found.results if (c.clause.lo, c.clause.hi) in grown
                and c.match.pattern.startswith("(read by")]


# -- shares and measures people say ----------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Every third order went out late.", 33.3),
    ("Every fifth box came back damaged.", 20.0),
])
def test_every_nth_thing_is_a_share(text, value):
    assert [q.value for q in quantities(text) if q.kind == "percent"] == [value]


@pytest.mark.parametrize("text", [
    "We checked the fridges every second day.",  # how often
    "I had a day off every other week.",
])
def test_every_other_period_is_no_share(text):
    assert not [q for q in quantities(text) if q.kind == "percent"]


@pytest.mark.parametrize("text", [
    "I rebuilt them by hand, one laptop at a time.",
    "I fixed the faults one by one.",
])
def test_one_thing_at_a_time_is_no_count(text):
    assert not [q for q in quantities(text) if q.value == 1.0]


@pytest.mark.parametrize("text", [
    "After I changed the feeding routine the losses went down. The year before we lost thirty "
    "lambs; last year, four.",
    "The new rota cut the overtime a lot. We used to pay about 2,000 pounds a month in it.",
    "After my display changes, sales went up. I think it was around 15 percent.",
    "Profit become double after I change the menu.",
    "After my new routine, complaint is reduce to half.",
    "Since my eco-driving course my lorry use 15 litres less each 100 km.",
    "I knocked an hour off the morning delivery round.",
    "After I redid the pick list our deliveries were on time 95 percent.",
])
def test_measures_told_in_speech_and_learners_english_are_read(text):
    finding = _quantified(text)
    assert finding.ok, finding.message


@pytest.mark.parametrize("text", [
    "I worked at the shop for two years. I think it was 2019.",  # a year, no result
    "Sales went up. We used to go to the pub on Fridays.",  # no measure of it
    "I had an hour off for lunch.",
    "I slept 2 hours less.",  # the speaker's own
])
def test_look_alikes_of_told_measures_are_none(text):
    assert not _quantified(text).ok


@pytest.mark.parametrize("text", [
    "Before that we had a wrong tray on most rounds. After my checklist it was two.",
    "Before, there were late vans every day. After the new plan there were only three a week.",
])
def test_a_count_now_in_digits_or_any_number_word_after_a_before_is_read(text):
    """``compared_now`` once held "#|one" in one alternation, where "#" is no number: only
    "one" was read."""
    finding = _quantified(text)
    assert finding.ok, finding.message


def test_a_bare_count_measures_a_learned_result_only_with_a_change_told_with_it():
    """A result only the second opinion read has no verb the rules read to tie a bare count
    to the change: a share, money, a multiple or time saved measure it by their kind, a count
    only with where it started."""
    from workshop.check_rules import rules
    from workshop.claims import LEARNED, Claim, measures
    from workshop.phrases import Match
    from workshop.reading import read

    r = rules()
    reading = read("We took on fourteen contracts that year.", r.grammar)
    sentence = reading.sentences[0]
    clause = sentence.clauses[0]
    learned = Claim(sentence, clause, Match(clause.lo, clause.hi, LEARNED), True)
    ruled = Claim(sentence, clause, Match(clause.lo, clause.hi, "take on"), True)
    count, = [q for q in quantities("We took on fourteen contracts that year.")]
    assert count.kind == "count"
    assert not measures(learned, count)
    assert measures(ruled, count)
    money, = quantities("we got back about £9,000")
    assert measures(learned, money)
    change, = [q for q in quantities("cut returns from 12 to 3") if q.before is not None]
    assert measures(learned, change)


# -- hollow answers in other words -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I contributed to the organisation's expansion. I progressed from novice to master in my "
    "craft. Afterwards I put it all to use.",
    "I helped the firm scale up. I developed from a beginner into a seasoned professional. I "
    "carried those skills forward.",
    "I went from junior to senior in my abilities. I helped the business thrive. I applied "
    "them later on.",
])
def test_hollow_answers_in_other_level_and_growth_words_are_not_strong(text):
    result = check_answer(text)
    assert not result.verdict.strong
    assert not result.finding("skill_growth").ok or not result.finding("company_result").ok


@pytest.mark.parametrize(("text", "code"), [
    ("As a junior baker I learned to laminate croissant dough by hand.", "skill_growth"),
    ("I went from junior clerk to running the senior partners' diaries.", "skill_growth"),
    ("I helped the shop scale up its online orders from 20 to 90 a week.", "company_result"),
])
def test_level_words_beside_a_named_skill_or_change_still_count(text, code):
    finding = check_answer(text).finding(code)
    assert finding.ok, finding.message
