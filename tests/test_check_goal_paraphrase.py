"""Goals named in other words (issue 21, class 6; branch ``check5``): a hiring manager's goal
backed by an answer that never uses its words but names the same thing in the words of its own
field (a knowledge base for self-service help content, walk-ins for footfall, phishing tests
for cyber security, suspensions for exclusions), across shops, hotels, schools, care, logistics,
IT, energy and housing; and near misses in the same fields that must not be credited. The pairs
are written for these tests (none is from a corpus). The tables are ``goal_synonyms``,
``goal_kinds`` and ``goal_outcomes`` in ``data/phrases.json``."""

from __future__ import annotations

import pytest

from workshop.check import check_answer


def _matched(text: str, goal: str) -> bool:
    return check_answer(text, [goal]).finding("goals_match").ok


@pytest.mark.parametrize(("goal", "text"), [
    ('build self-service help content',
     'I learned to write help articles, and I built a knowledge base of 60 how-to pages that cut '
     'tickets by a fifth.'),
    ('increase footfall',
     'After I redesigned the window displays, walk-ins rose by 30% over the summer.'),
    ('reduce shrinkage',
     'I learned to read the loss reports, and I cut shoplifting losses by 40% in a year.'),
    ('improve on-shelf availability',
     "I learned the replenishment system, and the store's stock-outs fell by half."),
    ('improve bed occupancy',
     'I learned to manage the bookings, and our rooms went from 60% to 85% full.'),
    ('reduce carbon emissions',
     "I learned energy auditing, and I cut the depot's electricity use by 18%, about 40 tonnes "
     "of CO2 a year."),
    ('grow membership',
     'I learned to run the online sign-up, and our members went from 400 to 650 in a year.'),
    ('improve cyber security',
     'I learned to run phishing tests, and the clicks on fake links dropped from 20% to 3%.'),
    ('increase enrolment',
     'I learned to run open days, and applications to the course rose by 35%.'),
    ('reduce exclusions',
     "I learned restorative practice, and the school's suspensions fell from 40 to 12 in a year."),
    ('improve response times',
     'I learned the dispatch software, and crews reached calls in 8 minutes instead of 14.'),
    ('reduce patient discharge delays',
     'I learned to plan discharges with the wards, and patients went home a day sooner on '
     'average.'),
    ('grow the online channel',
     'I learned e-commerce, and web orders went from 5% to 22% of our sales.'),
    ('increase production output',
     'I learned to set up the line, and we went from 400 to 550 units a shift.'),
    ('reduce legal costs',
     'I learned mediation, and we settled disputes before tribunal, saving about £30,000 in '
     'solicitor fees.'),
    ('reduce homelessness',
     'I learned housing law, and I helped 45 rough sleepers into tenancies in a year.'),
    ('improve reputation',
     'I learned to answer reviews well, and our Google rating went from 3.9 to 4.6 stars.'),
    ('automate manual processes',
     'I learned Python, and I wrote scripts that took 10 hours of copying a week off the team.'),
    ('improve asset utilisation',
     'I learned fleet planning, and our vans stood idle 30% less of the time.'),
    ('improve data quality',
     'I learned SQL, and I cleaned the supplier records so duplicate entries fell from 900 to 40.'),
    ('raise literacy',
     'I learned to teach phonics, and the reading ages of my group rose by 14 months in a year.'),
    ('increase lead generation',
     'I learned to run webinars, and we got 120 new enquiries a month, up from 30.'),
    ('meet service level agreements',
     'I learned to triage the queue, and we answered 98% of tickets within target, up from 80%.'),
    ('reduce energy bills',
     'I learned to read the meters, and I cut the gas and electricity spend by £12,000 a year.'),
])
def test_a_goal_named_in_the_words_of_its_field_is_backed(goal, text):
    assert _matched(text, goal)


@pytest.mark.parametrize(("goal", "text"), [
    ('increase footfall',
     'I learned to run the tills, and I cut cash errors by half.'),
    ('reduce shrinkage',
     'I learned visual merchandising, and our window displays won an award from the council.'),
    ('improve cyber security',
     'I learned to use spreadsheets, and I cut the month-end close from 5 days to 3.'),
    ('grow membership',
     'I learned to order stock, and waste fell by 20%.'),
    ('reduce legal costs',
     'I learned to drive a forklift, and the loading bay cleared 20% more pallets.'),
    ('improve bed occupancy',
     'I learned to cook for large groups, and the kitchen cut food waste by a third.'),
])
def test_a_claim_about_something_else_in_the_same_field_backs_nothing(goal, text):
    assert not _matched(text, goal)


@pytest.mark.parametrize(("goal", "text"), [
    # the field's word outside any claim: a recital or a plan
    ("increase footfall", "I know you want more walk-ins and I would love to bring them."),
    ("improve cyber security", "Phishing is a big risk for any firm these days."),
    # a kind backs its general goal, never the reverse
    ("reduce shoplifting", "I learned loss prevention, and I cut the shop's shrinkage by 40%."),
])
def test_the_fields_words_without_a_claim_or_the_wrong_way_round_back_nothing(goal, text):
    assert not _matched(text, goal)


@pytest.mark.parametrize(("goal", "text"), [
    ('reduce employee turnover',
     'I learned to run exit interviews, and the number of leavers fell from 30 to 12 a year.'),
    ('improve cash flow',
     'I learned credit control, and I cut the average time customers took to pay from 60 days '
     'to 35.'),
    ('reduce agency spend',
     'I learned to plan rotas ahead, and we stopped booking temps for weekend cover, saving '
     '£40,000.'),
    ('increase average order value',
     'I learned to upsell at the counter, and the typical basket went from £18 to £24.'),
    ('improve code quality',
     'I learned test-driven development, and the bugs reported after each release dropped by 60%.'),
    ('reduce cloud costs',
     'I learned to tag our AWS resources, and the monthly hosting bill fell by $8,000.'),
    ('improve site safety',
     'I learned to run toolbox talks, and reportable accidents on site went from six to one.'),
    ('speed up month-end close',
     'I learned to automate the reconciliations, and the accounts were closed in three days '
     'instead of eight.'),
    ('improve student outcomes',
     "I learned to plan revision sessions, and my class's pass rate rose from 55% to 78%."),
    ('reduce hospital readmissions',
     'I learned to run discharge phone calls, and patients coming back within a month fell by '
     'a quarter.'),
    ('increase donor retention',
     'I learned to write thank-you calls, and the share of supporters who gave again rose '
     'from 40% to 55%.'),
    ('reduce food waste',
     'I learned to forecast covers, and the kitchen threw away 30% less each week.'),
    ('improve first contact resolution',
     'I learned the billing system inside out, and 85% of calls were solved on the first '
     'call, up from 60%.'),
    ('increase market share',
     "I learned to run local promotions, and we took the biggest share of the town's sales "
     'from our rival.'),
    ('improve guest experience',
     'I learned to handle complaints at the desk, and our TripAdvisor score went from 3.8 to 4.5.'),
    ('reduce lead times',
     'I learned to plan production, and orders left the factory in five days instead of twelve.'),
    ('grow recurring revenue',
     'I learned to sell service plans, and subscriptions went from 200 to 560 in a year.'),
    ('improve staff engagement',
     'I learned to run one-to-ones, and the staff survey score rose from 58% to 74%.'),
    ('reduce fraud losses',
     'I learned to spot suspicious refunds, and chargebacks fell by £15,000 a quarter.'),
    ('increase volunteer hours',
     'I learned to recruit through local schools, and volunteers gave 2,000 more hours a year.'),
])
def test_more_fields_name_their_goals_in_their_own_words(goal, text):
    """Staffing, finance, software, building sites, schools, hospitals, charities, kitchens,
    call centres, hotels, factories and subscriptions."""
    assert _matched(text, goal)


@pytest.mark.parametrize(("goal", "text"), [
    ('reduce employee turnover',
     'I learned to run the tills, and cash discrepancies fell by half.'),
    ('improve cash flow',
     'I learned to cook for large groups, and the kitchen served 40 more covers a night.'),
    ('reduce cloud costs',
     'I learned to run toolbox talks, and accidents on site fell by half.'),
    ('improve code quality',
     'I learned to negotiate with suppliers, and we cut the price of paper by 10%.'),
    ('increase donor retention',
     'I learned to drive the minibus, and we took 20 more pupils on trips.'),
    ('reduce food waste',
     'I learned to run payroll, and late payments to staff fell to zero.'),
])
def test_more_near_misses_back_nothing(goal, text):
    assert not _matched(text, goal)
