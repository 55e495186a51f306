"""The 90-second version tells the whole story the entries hold, as one story (issue 20, r28):
a result joined to nothing only where it speaks to a goal of the hiring manager's; and it is
offered wherever it is a whole answer that tells a beat more than the 30-second one
(``draft.THIN_SECONDS``, ``MORE_SECONDS``)."""

from __future__ import annotations

from helpers_sample import one_role_workspace

from workshop.check import speaking_seconds
from workshop.draft import MORE_SECONDS, THIN_SECONDS, offered_draft, plan_draft

KEEPER = {
    "title": "Assistant Keeper", "organization": "Northcliff Lighthouse Trust",
    "summary": "lamp maintenance, visitor tours, weather logs",
    "skills": [{"name": "lens restoration", "before": "novice", "after": "proficient",
                "used_later": "At Harbour Museum I restored two more lenses"},
               {"name": "guiding visitors", "before": "advanced beginner", "after": "competent",
                "used_later": "At Harbour Museum I lead the school tours"},
               {"name": "grant writing", "before": "novice", "after": "competent",
                "used_later": "At Harbour Museum I wrote our heritage fund bid"}],
    "results": [{"statement": "I restored the 1890 lens to working order",
                 "scope": "company", "enabled_by": ["lens restoration"]},
                {"statement": "visitor numbers went from 4,000 to 6,500 a year",
                 "scope": "company", "enabled_by": ["guiding visitors"]},
                {"statement": "I won the staff quiz three times", "scope": "team"}],
}
GOALS = ("Conserve historic objects", "grow visitor numbers", "write funding bids")


def keeper(**changes) -> object:
    return one_role_workspace({**KEEPER, **changes}, "Collections Officer", GOALS,
                              start="2015-01", end="2020-06")


def test_a_summary_of_duties_is_not_said_as_a_stock_setting_line():
    """A summary typed as a list of duties is not turned into "Day to day, the job was ..."
    (blind raters, r29, marked that line down in every draft that gained it): the 90-second
    version says what the job was only where the summary says a doing."""
    long = plan_draft(keeper(), "r1", 90).text
    assert "Day to day" not in long and "The work itself" not in long, long
    assert "lamp maintenance, visitor tours and weather logs" not in long, long


def test_a_result_joined_to_nothing_is_told_only_where_it_speaks_to_a_goal():
    """A result linked to no skill, off the story's thread, is left out of the 90-second
    version unless it speaks to one of the hiring manager's goals."""
    long = plan_draft(keeper(), "r1", 90).text
    assert "quiz" not in long, long
    results = [*KEEPER["results"][:2],
               {"statement": "I catalogued 300 historic objects", "scope": "company"}]
    long = plan_draft(keeper(results=results), "r1", 90).text
    assert "300 historic objects" in long, long


def test_a_whole_answer_that_tells_more_is_offered_as_the_90_second_version():
    """Where the full version is a whole answer (the check's shortest) and tells a beat more
    than the 30-second one, it is offered at its real time, not replaced by the short one."""
    ws = keeper()
    full, short = offered_draft(ws, "r1", 90), offered_draft(ws, "r1", 30)
    assert full.seconds >= THIN_SECONDS and full.seconds - short.seconds >= MORE_SECONDS
    assert not full.thin and full.text == plan_draft(ws, "r1", 90).text
    assert full.seconds == speaking_seconds(full.text)
