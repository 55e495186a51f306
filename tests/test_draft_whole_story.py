"""The 90-second version tells the whole story the entries hold, as one story (issue 20, r28):
what the job was (a summary typed as a list of duties, said as a sentence of the speaker's),
a result joined to nothing only where it speaks to a goal of the hiring manager's; and it is
offered wherever it is a whole answer that tells a beat more than the 30-second one
(``draft.THIN_SECONDS``, ``MORE_SECONDS``)."""

from __future__ import annotations

from helpers_sample import one_role_workspace

from workshop.check import pitfall_phrases, speaking_seconds
from workshop.draft import MORE_SECONDS, THIN_SECONDS, offered_draft, plan_draft
from workshop.model import Role
from workshop.story_setting import setting_said

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


def test_a_summary_of_duties_is_said_as_what_the_job_was():
    """A summary typed as a list of duties is said as one sentence of the speaker's, its
    duties joined as a person lists them, in the 90-second version."""
    long = plan_draft(keeper(), "r1", 90).text
    assert "lamp maintenance, visitor tours and weather logs" in long, long


def test_the_duties_leave_out_perks_numbers_feelings_and_a_lone_title():
    """No perk, number or feeling is said as a duty, and a single part (most often the job's
    name again) is no list of duties."""
    role = Role.from_dict({"id": "r", "title": "Ranger", "organization": "Fell Park",
                           "start": "2019-01", "end": "2020-01",
                           "summary": "trail repairs, guided walks, free parking"})
    said = setting_said(role)
    assert "parking" not in said and not pitfall_phrases(said)
    for summary in ("trail repairs, 40 guided walks a month", "park ranger on the north side",
                    "trail repairs, loved every minute"):
        role = Role.from_dict({"id": "r", "title": "Ranger", "organization": "Fell Park",
                               "start": "2019-01", "end": "2020-01", "summary": summary})
        assert setting_said(role) == "", (summary, setting_said(role))


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
