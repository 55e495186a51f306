"""The one rule for the quantities a text states (workshop.numbers), in the wordings people use."""

from __future__ import annotations

import pytest
from fuzzing import fuzz
from hypothesis import given
from hypothesis import strategies as st

from workshop.numbers import KINDS, Quantity, has_quantity, quantities


def only(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, f"{text!r} -> {found}"
    return found[0]


# (text, value, unit, kind)
READ = [
    # percentages
    ("Cut overtime by 18%", 18, "%", "percent"),
    ("Reduced churn by 12 percent", 12, "%", "percent"),
    ("Lifted retention 7 per cent", 7, "%", "percent"),
    ("Cut returns by forty percent", 40, "%", "percent"),
    ("Grew the margin by 2.5 percentage points", 2.5, "%", "percent"),
    ("Cut error rates by 1,5%", 1.5, "%", "percent"),
    ("Raised conversion from 6% to 33%", 33, "%", "percent"),
    ("Took our share of orders to 33%, up from 6%", 33, "%", "percent"),
    ("Cut waiting lists by a third", 33.3, "%", "percent"),
    ("Half of our tickets closed the same day", 50, "%", "percent"),
    ("Coffee sales went up about a quarter over the summer", 25, "%", "percent"),
    ("Repeat visits rose by roughly a third", 33.3, "%", "percent"),
    ("Comebacks fell to one in ten cars", 10, "%", "percent"),
    ("Three out of four callers got an answer the same day", 75, "%", "percent"),
    # money
    ("Saved $1.2M a year in licences", 1_200_000, "$", "money"),
    ("Cut supplier costs by €400k", 400_000, "€", "money"),
    ("Won a £2.5 million contract", 2_500_000, "£", "money"),
    ("Managed a budget of 5 million dollars", 5_000_000, "$", "money"),
    ("Recovered 12.000 EUR of unpaid invoices", 12_000, "€", "money"),
    ("Raised CHF 300k for the food bank", 300_000, "CHF", "money"),
    ("Negotiated 1.234,56 EUR off each order", 1234.56, "€", "money"),
    ("Brought in US$ 4.5bn of deals", 4_500_000_000, "$", "money"),
    ("Sold 500€ of tickets a night", 500, "€", "money"),
    # multiples
    ("Made deployments three times faster", 3, "x", "multiple"),
    ("Sped up the build 10x", 10, "x", "multiple"),
    ("Helped halve waiting times", 0.5, "x", "multiple"),
    ("Halved the backlog in a quarter", 0.5, "x", "multiple"),
    ("Doubled weekly sign-ups", 2, "x", "multiple"),
    ("Tripled the volunteer list", 3, "x", "multiple"),
    ("Cut invoice errors in half", 0.5, "x", "multiple"),
    ("Our write-offs dropped by about half", 0.5, "x", "multiple"),
    ("Grew the newsletter fivefold", 5, "x", "multiple"),
    ("Served twice the customers with the same staff", 2, "x", "multiple"),
    # durations and time spans
    ("Worked there two years", 2, "years", "duration"),
    ("Covered six months of parental leave", 6, "months", "duration"),
    ("Met a one-week deadline", 1, "weeks", "duration"),
    ("Brought 10+ years of retail experience", 10, "years", "duration"),
    ("Cut processing time from 3 days to 4 hours", 4, "hours", "time_span"),
    ("Saved 10 hours a week of manual entry", 10, "hours", "time_span"),
    ("Cut onboarding by 2 weeks", 2, "weeks", "time_span"),
    ("Brought call waiting down from 40 to 25 minutes", 25, "minutes", "time_span"),
    ("The night crew finished an hour earlier", 1, "hours", "time_span"),
    # counts
    ("Led a team of 8", 8, "people", "count"),
    ("Grew to 1.2 million users", 1_200_000, "users", "count"),
    ("Served 400.000 users across Europe", 400_000, "users", "count"),
    ("Automated 12 feeds", 12, "feeds", "count"),
    ("Signed 25 new clients", 25, "clients", "count"),
    ("Twenty-five new clients signed in my first year", 25, "clients", "count"),
    ("Ran a dozen stores", 12, "stores", "count"),
    ("Coordinated hundreds of volunteers", 100, "volunteers", "count"),
    ("Onboarded 1,200 accounts", 1200, "accounts", "count"),
    ("Shipped 3 major releases", 3, "releases", "count"),
    ("12 of our clients renewed early", 12, "clients", "count"),
    ("Managed 3M+ records", 3_000_000, "records", "count"),
    ("Sold 2000 units in launch week", 2000, "units", "count"),
    ("Twelve more patients can have dialysis each day", 12, "patients", "count"),
    ("Trained one new hire a month", 1, "hire", "count"),
    ("Grew the crew from 12 to 30 people", 30, "people", "count"),
    ("Built 15+ client websites", 15, "websites", "count"),
    ("Used by 3 city governments", 3, "governments", "count"),
    ("Led a six-engineer working group", 6, "people", "count"),
    ("Supervised 20+ master's students", 20, "students", "count"),
    ("Linked the 2 CMS platforms' feeds", 2, "CMS", "count"),
    ("Reached 1.2 Million players", 1_200_000, "players", "count"),
    ("实现了3套不同的模组", 3, "", "amount"),
    # glued and hyphened units
    ("Shrank the model to 6MB", 6, "MB", "amount"),
    ("Ran a 24h hotline", 24, "hours", "duration"),
    ("Ran a 3-month pilot", 3, "months", "duration"),
    ("Cut page load time from 3.2 s to 1.1 s", 1.1, "seconds", "time_span"),
    ("将音频延迟降低至35ms", 35, "milliseconds", "duration"),
    # amounts
    ("Raised our rating to 4.8/5", 4.8, "/5", "amount"),
    ("Cut the defect count to 3", 3, "", "amount"),
    ("Saved 20 kg of packaging per pallet", 20, "kg", "amount"),
    ("Scored 95 points on the audit", 95, "points", "amount"),
]


@pytest.mark.parametrize(("text", "value", "unit", "kind"), READ)
def test_a_stated_quantity_is_read_as_meant(text, value, unit, kind):
    """Each wording gives one quantity: its value as meant, its unit and its kind."""
    q = only(text)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.kind) == (unit, kind)
    assert text[q.start:q.end] == q.text


NOT_QUANTITIES = [
    # years
    "In 2019 I moved to the Leeds office",
    "Certified in FIM 2010",
    "Extras casting for the 2021 TV Series",
    "Worked there 1998-2001, then 2019–2021",
    "Since 2015 on the night shift",
    "Targets for Q3 2019 and FY2020",
    "Back in summer 2012",
    "Promoted once in 2019",
    # "one in" that is not a share
    "The busiest one in the morning",
    # versions and product names
    "Built apps in ASP.NET 3.5 and Angular 2+",
    "Migrated services to Python 3",
    "Shipped v2.1 of the API",
    "Moved the site to HTML5 and ES6",
    "Rolled out Windows 10 and Office 365",
    "Kept us ISO 9001 compliant",
    "Upgraded Drupal 7 to Drupal 8",
    "Released 4.2.1 on time",
    "Support for Angular 2.x",
    "Ran the COVID-19 testing desk",
    # list labels and ordinals
    "#3 in the regional sales table",
    "Wrote Lesson 3 and Step 2 of the guide",
    "1. Wrote the onboarding guide",
    "Came 3rd in the national final",
    "Finished 21st in the league",
    "No. 1 in the store league",
    "Phase 2 of the move",
    "Taught Year 2 pupils",
    # clock times and dates
    "Opened the shop at 9:30 every day",
    "Ran the 9am stand-up",
    "Closed at 10 p.m. on Fridays",
    "Started on 2019-11-01",
    "Started on 11/1/2019",
    "Hired on March 3rd, 2019",
    "Promoted on 3 March",
    "Moved teams in Nov 2019",
    "On call 24/7 for the warehouse",
    # names glued to or hyphened with a number, ratios, labels in Chinese
    "Added 2FA to the login",
    "Modelled the hall in 3D",
    "Benchmarked the NAS 940c",
    "Promoted 1-way hashing",
    "Adopted the Twelve-Factor method",
    "A Pi 4 coordinates the show",
    "Ran weekly 1:1s",
    "阿里9号馆",
    "2020年10月加入",
    "Left in the 1990s",
    # phone numbers
    "Call me on +44 20 7946 0958",
    "Office line (555) 123-4567",
    # words that only look like numbers
    "I won't stop learning",
    "No one else on the team knew SQL",
    "One of the best teams I joined",
    "Someone had to keep the books",
    "We often worked late",
    "A tone of voice guide",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_numbers_that_name_date_or_label_are_not_quantities(text):
    """Years, versions, labels, times, dates, ordinals, phones and lookalike words give none."""
    assert quantities(text) == []
    assert has_quantity(text) is False


def test_from_x_to_y_keeps_the_change():
    """"from X to Y" is Y, with X in ``before`` and the whole change as its text."""
    q = only("Raised conversion from 6% to 33%")
    assert (q.value, q.before, q.text) == (33, 6, "from 6% to 33%")


def test_a_change_across_time_units_gives_before_in_the_new_unit():
    """"from 3 days to 4 hours": before is 72 hours, so the two compare."""
    q = only("Cut processing time from 3 days to 4 hours")
    assert (q.value, q.unit, q.before) == (4, "hours", 72)


def test_a_range_reads_as_its_upper_end_without_a_before():
    """A range ("5 to 10 people", "5-10%") is not a change: the upper end, no before."""
    assert (only("Grew teams of 5 to 10 people").value, only("Grew teams of 5 to 10 people")
            .before) == (10, None)
    assert only("Lifted margins 5-10%").value == 10
    assert only("Ran between 20 and 30 stores").value == 30


def test_several_quantities_come_in_order_with_spans_in_the_text():
    """A sentence with several amounts gives each one, left to right."""
    text = "Led 12 engineers and 3 designers, cut costs by 25% and saved $40k in 2021"
    found = quantities(text)
    assert [(q.value, q.unit) for q in found] == [(12, "engineers"), (3, "designers"),
                                                   (25, "%"), (40_000, "$")]
    assert all(text[q.start:q.end] == q.text for q in found)


def test_a_year_next_to_a_result_is_left_out_and_the_result_kept():
    """"in 2019" beside "by 18%": only the 18% is a quantity."""
    assert [(q.value, q.kind) for q in quantities("In 2019 I cut overtime by 18%")] == [
        (18, "percent")]


def test_a_percentage_is_not_paired_with_a_time_in_brackets():
    """"by 70% (from 3 minutes to 45 seconds)": 70% has no before; the times are a change."""
    first, second = quantities("Cut run time by over 70% (from 3 minutes to 45 seconds)")
    assert (first.value, first.before) == (70, None)
    assert (second.value, second.unit, second.before) == (45, "seconds", 180)


def test_four_digit_counts_are_not_mistaken_for_years():
    """"2000 users" is a count, though 2000 could be a year."""
    assert only("Onboarded 2000 users in a month").value == 2000


def test_has_quantity_agrees_with_quantities():
    """has_quantity is true exactly when quantities finds one."""
    for text, *_ in READ:
        assert has_quantity(text)


def test_kinds_are_the_documented_ones():
    """Every kind returned is one of KINDS."""
    for text, *_ in READ:
        assert all(q.kind in KINDS for q in quantities(text))


def test_quantity_is_frozen_and_before_defaults_to_none():
    """Quantity is an immutable record; ``before`` is None unless a "from" value was given."""
    q = Quantity(1.0, "", "amount", "1", 0, 1)
    assert q.before is None
    with pytest.raises(AttributeError):
        q.value = 2  # type: ignore[misc]


def test_non_text_gives_no_quantities():
    """A value that is not text gives an empty list, not an error."""
    assert quantities(None) == []  # type: ignore[arg-type]
    assert quantities(42) == []  # type: ignore[arg-type]


_PIECES = st.sampled_from([
    "1", "1.2", "1,5", "400.000", "1,234.56", "1.234,56", "%", "$", "€", "£", "k", "M", "bn",
    "million", "x", "+", "-", "–", "/", ":", "#", "No.", "from", "to", "and", "between", "up",
    "one", "two", "twenty-five", "hundred", "dozen", "half", "a third", "doubled", "times",
    "years", "hours", "days", "users", "team of", "in", "2019", "2021", "v2", "Angular", "3rd",
    "9am", "9:30", "(555)", "+44", "won't", "\n", "•", "- ", "  ", ".", ",", "'", "’",
])


@fuzz(examples=300)
@given(st.one_of(st.text(max_size=200),
                 st.lists(_PIECES, max_size=30).map(" ".join),
                 st.lists(_PIECES, max_size=30).map("".join)))
def test_quantities_never_raises_and_spans_lie_inside_the_text(text):
    """For any text: no exception; each quantity's span is inside the text and is its text."""
    found = quantities(text)
    last_end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in KINDS
        assert q.start >= last_end  # in order, never overlapping
        last_end = q.end
    assert has_quantity(text) == bool(found)
