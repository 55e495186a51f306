"""One story, not a list, told at the right time and place (issue 20, blind hiring managers r20):
the 30-second draft follows one skill (how far it grew, what it did, where it went), never a
second skill tacked on; the story follows the skill the entries hold something behind, so no
bare "That job taught me X." ends it; "In my next job" only of the job right after; "this" for
the job held now. Also the benchmark's own readings of those classes
(``benchmarks/draft_thread.py``). The workspaces are written for these tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from helpers_sample import one_role_workspace

from workshop.draft import offered_draft, plan_draft
from workshop.model import SCHEMA_VERSION, Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_thread import (  # noqa: E402
    link_to_non_result,
    said_twice,
    skills_named,
    time_place_wrong,
)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)


BEEKEEPING = {"name": "hive inspections", "before": "novice", "after": "proficient",
              "used_later": "I run the hive inspections for the allotment society now"}
LABELS = {"name": "honey labelling rules", "before": "novice", "after": "competent",
          "used_later": "I check the labels for two farm shops as a side job"}


def _apiary(skills: list[dict], results: list[dict], reason: str = "",
            current: bool = False) -> Workspace:
    return one_role_workspace({"title": "Apiary Assistant", "organization": "Wexcombe Honey Farm",
                               "personal_value": reason, "skills": skills,
                               "results": results},
                              "Farm Shop Supervisor", start="2016-04",
                              end=None if current else "2020-09")


def test_the_short_draft_tells_one_skill_not_a_second_one_tacked_on():
    """The 30-second version: the story's skill with its result and its later use; the other
    skill's later use is not told beside it. It is the 90-second version's, where that
    version is a whole answer that tells a beat more (draft38: ``draft.THIN_SECONDS`` is the
    check's shortest answer, and such entries are no longer offered as one draft): told in the
    job, before the thread's close, its later use, which ends the answer (round 31: never after
    it with "Back then")."""
    ws = _apiary([BEEKEEPING, LABELS],
                 [{"statement": "I cut colony losses over winter from 30% to 12%",
                   "enabled_by": ["hive inspections"]}])
    for seconds in (30, 90):
        plan = offered_draft(ws, "r1", seconds)
        text = plan.text
        assert "hive inspections" in text and "allotment society" in text, text
        if seconds == 30 or plan.thin:
            assert "labelling" not in text and "farm shops" not in text, text
        else:
            assert text.index("labelling") < text.index("allotment society"), text
            assert "allotment society" in text.split(". ")[-1] and "Back then" not in text, text


def test_the_story_follows_the_skill_with_something_behind_it():
    """The first skill has no result linked and no later use; the second has a later use:
    the story is the second's (grown there, then where it went), and the draft never ends
    on a bare line about the first."""
    bare = {"name": "queen rearing", "before": "novice", "after": "proficient"}
    ws = _apiary([bare, LABELS], [{"statement": "We sold 4,000 jars at the county show"}])
    text = offered_draft(ws, "r1", 30).text
    assert "farm shops" in text, text
    last = _sentences(text)[-1]
    assert not re.search(r"taught me|learned|made me better", last), text


def test_a_skill_with_nothing_behind_it_is_said_in_the_opening_not_left_bare_at_the_end():
    bare = {"name": "queen rearing", "before": "novice", "after": "proficient"}
    ws = _apiary([bare], [{"statement": "We sold 4,000 jars at the county show"}])
    text = offered_draft(ws, "r1", 30).text
    said = _sentences(text)
    assert "queen rearing" in said[0], text
    assert "queen rearing" not in said[-1], text


def _three_jobs(note: str) -> Workspace:
    role = {"id": "r1", "title": "Apiary Assistant", "organization": "Wexcombe Honey Farm",
            "start": "2012-01", "end": "2015-06",
            "skills": [{"name": "hive inspections", "before": "novice", "after": "proficient",
                        "used_later": note}],
            "results": [{"statement": "I cut colony losses from 30% to 12%",
                         "enabled_by": ["hive inspections"]}]}
    nxt = {"id": "r2", "title": "Garden Centre Assistant", "organization": "Brantley Garden Centre",
           "start": "2015-07", "end": "2019-03"}
    last = {"id": "r3", "title": "Estate Ranger", "organization": "Harcombe Estate",
            "start": "2019-04", "end": None,
            "summary": "I look after the 600-acre estate and its orchards."}
    return Workspace.from_dict({"schema_version": SCHEMA_VERSION,
                                "target_role": {"title": "Head Ranger", "goals": []},
                                "roles": [role, nxt, last],
                                "answer": {"role_id": "r1", "text": ""}})


def test_next_job_only_of_the_job_right_after():
    two_on = plan_draft(_three_jobs("I used it at Harcombe Estate to set up 20 new hives"),
                        "r1", 90).text
    assert "Harcombe" in two_on and "next job" not in two_on, two_on
    right_after = plan_draft(_three_jobs("I used it at Brantley Garden Centre to run the bee "
                                         "talks"), "r1", 90).text
    assert "next job" in right_after, right_after
    by_figure = plan_draft(_three_jobs("I used it on the 600-acre orchards to plan pollination"),
                           "r1", 90).text
    assert "next job" not in by_figure, by_figure


def test_the_job_held_now_is_this_job_in_the_opening():
    ws = _apiary([{"name": "hive inspections", "before": "novice", "after": "competent"}],
                 [{"statement": "I cut colony losses from 30% to 12%",
                   "enabled_by": ["hive inspections"]}], current=True)
    for seconds in (30, 90):
        text = plan_draft(ws, "r1", seconds).text
        assert "that is where" not in text.lower() and "that job" not in text.lower(), text


# --- the benchmark's readings ----------------------------------------------------------------

def test_benchmark_counts_skills_named_with_asides_left_out():
    ws = _apiary([BEEKEEPING, {**LABELS, "name": "Hivetrack (record software)"}], [])
    role = ws.roles[0]
    assert skills_named("I got good at hive inspections. I also learned Hivetrack.", role) == 2
    assert skills_named("I got good at hive inspections.", role) == 1


def test_benchmark_hears_one_figure_told_twice_whatever_its_thousands_mark():
    assert said_twice("Opening. We sold 4,800 jars. That is 4.800 jars in a year.") == 1
    assert said_twice("Opening. We sold 4,800 jars. Colony losses fell to 12%.") == 0
    assert said_twice("Opening. Losses went from 30% to 12%. Losses went from 30% to 12%.") == 1


def test_benchmark_reads_a_link_before_a_non_result_or_an_unlinked_one():
    ws = _apiary([BEEKEEPING],
                 [{"statement": "I cut colony losses from 30% to 12%",
                   "enabled_by": ["hive inspections"]},
                  {"statement": "We sold 4,000 jars at the county show"}])
    role = ws.roles[0]
    good = "Opening. I got good at hive inspections. That is what let me cut colony losses " \
           "from 30% to 12%."
    assert link_to_non_result(good, role) == 0
    problem = "Opening. I got good at hive inspections. That is a big part of why the old " \
              "hives had many problems."
    unlinked = "Opening. I got good at hive inspections. With that behind me, I sold 4,000 jars."
    assert link_to_non_result(problem, role) == 1
    assert link_to_non_result(unlinked, role) == 1


def test_benchmark_reads_a_next_job_two_jobs_on_and_this_or_that_job():
    ws = _three_jobs("")
    role = ws.roles[0]
    assert time_place_wrong("Opening. In my next job, I used it at Harcombe Estate.", role,
                            ws.roles) == 1
    assert time_place_wrong("Opening. In my next job, I used it at Brantley Garden Centre.",
                            role, ws.roles) == 0
    assert time_place_wrong("It was my job there, because this job taught me a lot.", role,
                            ws.roles) == 1
