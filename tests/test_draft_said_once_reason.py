"""A fact said once (issue 20, draft55): a result the participant's reason tells already at the
start is not said again after its growth line; the growth is said on its own and the speaker's
part follows. A result with a count the reason leaves out is still told; a reason that shares
few words with the result leaves it as it was; a repetition inside the reason itself is the
participant's and stays. The benchmark's "said twice 60%" and "opened twice" figures
(``benchmarks/draft_thread.py``) are tested on sentences of the tests' own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workshop.draft import offered_draft
from workshop.draft_results import told_by_reason
from workshop.model import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_thread import opened_twice, said_twice_loose  # noqa: E402

CASES = [
    # (title, org, skill, reason, statement, part)
    ("Lab Assistant", "Kirkby Pathology", "sample reception",
     "Once we sorted the sample reception, results came back before the morning ward round and "
     "the doctors started to trust the lab.",
     "results came back before the morning ward round once we sorted the sample reception",
     "I rebuilt the booking-in bench and wrote the labelling guide."),
    ("Sales Assistant", "Petal & Stem Florists", "wedding orders",
     "When brides came back to order again for their sisters, I felt I really had done my job "
     "well.",
     "brides came back to order again for their sisters",
     "I sat with every couple and drew the flowers for each table."),
    ("Warehouse Operative", "Nordhafen Logistik", "forklift work",
     "After the new layout nobody got hurt on the night shift any more, that was important "
     "for me.",
     "nobody got hurt on the night shift after the new layout",
     "I marked the new walkways and I showed every driver the routes."),
]


def _workspace(title, org, skill, reason, statement, part, end="2023") -> Workspace:
    return Workspace.from_dict({
        "schema_version": 1, "participant": {},
        "target_role": {"title": "Team Leader", "goals": ["improve quality"]},
        "roles": [{"id": "r1", "title": title, "organization": org,
                   "organization_kind": "company", "start": "2019", "end": end,
                   "personal_value": reason,
                   "skills": [{"name": skill, "before": "novice", "after": "competent",
                               "used_later": ""}],
                   "results": [{"statement": statement, "metric": "", "scope": "team",
                                "enabled_by": [skill], "my_part": part}],
                   "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 4}}],
        "answer": {"role_id": "r1", "text": ""}})


@pytest.mark.parametrize("end", ["2023", None])
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_result_the_reason_told_is_not_said_again(case, end):
    ws = _workspace(*case, end=end)
    for seconds in (90, 30):
        text = offered_draft(ws, "r1", seconds).text
        assert said_twice_loose(text) == 0, text
    long = offered_draft(ws, "r1", 90).text
    assert case[5].split()[1] in long  # the speaker's part is still told


@pytest.mark.parametrize("told, reason", [
    ("I trained 23 new drivers, and all passed.",
     "I train the new drivers and all of them passed, I am proud."),  # its count is new
    ("Complaints went down from 40 to 12 a month.",
     "Complaints went down and the team was happier."),
    ("We opened a second kitchen.", "I loved the people in the kitchen."),  # few words shared
    ("", "anything"),
])
def test_a_result_with_more_than_the_reason_is_still_told(told, reason):
    assert not told_by_reason(told, reason)


def test_a_repetition_inside_the_reason_itself_stays():
    reason = "I was trusted, really trusted, with the keys and the takings at 19."
    ws = _workspace("Play Worker", "Hilltop After School Club", "behaviour support", reason,
                    "I cut exclusions from 9 to 2 a term", "I ran the calm corner every day.")
    text = offered_draft(ws, "r1", 90).text
    assert "trusted, really trusted" in text
    assert "from 9 to 2" in text


@pytest.mark.parametrize("text, twice", [
    ("I ran the bar. I cut waste by 30%. Waste went down 30% in a year.", 1),
    ("I ran the bar. We opened in 4 towns. Now we are in 4 towns.", 1),
    ("I ran the bar. The regulars came back every week. I made sure the regulars came back "
     "every week.", 1),
    ("I ran the bar. I cut waste by 30%. Sales grew by 12%.", 0),
    ("I ran the bar. I trained 4 staff. I opened 2 new sites in 4 months.", 0),
    ("I work in the ICU. I run the ICU rota for the UK team.", 0),
])
def test_the_said_twice_figure(text, twice):
    assert said_twice_loose(text) == twice


@pytest.mark.parametrize("text, twice", [
    ("It was my pick. I trained the juniors. I trained the seniors too.", 1),
    ("It was my pick. In that job I learned Excel. In that job I learned Sage.", 1),
    ("It was my pick. I trained the juniors. I was proud of them. I trained more.", 0),
    ("It was my pick. I was nervous. I was new.", 0),
])
def test_the_opened_twice_figure(text, twice):
    assert opened_twice(text) == twice
