"""The coach's growth question is asked in the job's own time: of a job held now, what the
participant can do now; of a job that ended, what they could do by its end (blind replies,
round 28: three people of sixteen, each still in the job, were asked what they could do "at
the end of this job")."""

from __future__ import annotations

import pytest

from workshop.draft import entry_questions
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace


def _workspace(end: str | None, how_far: str = "") -> Workspace:
    role = Role(id="r1", title="Apprentice Electrician", organization="Brightwire Ltd",
                organization_kind="company", start="2024-09", end=end,
                skills=(Skill("fault finding", "novice", "competent", how_far=how_far),),
                results=(Result("Call-backs on my jobs went down", enabled_by=("fault finding",)),),
                ratings=Ratings(4, 3, 4))
    return Workspace(target_role=TargetRole("Maintenance Electrician", ()), roles=(role,))


def _asked(ws: Workspace) -> str:
    found = [q.text for q in entry_questions(ws, "r1") if q.code == "how_far"]
    assert len(found) == 1, found
    return found[0]


def test_a_job_held_now_is_asked_of_now():
    text = _asked(_workspace(None))
    assert "What can you do now in this job" in text and "trusted with now" in text
    assert "end of this job" not in text and "by the end" not in text


def test_a_job_that_ended_is_asked_of_its_end():
    text = _asked(_workspace("2025-06"))
    assert "at the end of this job" in text and "by the end" in text
    assert "can you do now" not in text


@pytest.mark.parametrize(("end", "said", "unsaid"), [(None, "by now", "by the end"),
                                                     ("2025-06", "by the end", "by now")])
def test_a_note_with_only_a_start_is_finished_in_the_jobs_time(end, said, unsaid):
    text = _asked(_workspace(end, how_far="at first I could barely read a wiring diagram"))
    assert f"add what you could do {said}" in text and unsaid not in text, text
