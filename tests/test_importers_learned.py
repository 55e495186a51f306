"""What an imported line says was learned becomes skills; what changed stays a result
(workshop/importers/learned.py, issue 24 class 5)."""

from __future__ import annotations

import json

import pytest

from workshop.importers import import_bytes_with_report
from workshop.importers.learned import split_learned

LINE = ("Learned ticket triage and SQL basics; cut the backlog from 400 to 120 tickets in three "
        "months.")


@pytest.mark.parametrize(("line", "skills", "rest"), [
    (LINE, ["ticket triage", "SQL basics"],
     "Cut the backlog from 400 to 120 tickets in three months."),
    ("Picked up Excel, Zendesk and basic SQL.", ["Excel", "Zendesk", "basic SQL"], ""),
    ("I learnt rostering. Then I cut overtime by 18%.", ["rostering"],
     "Then I cut overtime by 18%."),
    ("Learned to use Salesforce; grew renewals by 12%", ["Salesforce"], "Grew renewals by 12%"),
    ("Mastered the point-of-sale system, then trained 4 new staff on it.",
     ["point-of-sale system"], "Trained 4 new staff on it."),
])
def test_a_learning_clause_gives_skills_and_the_rest_stays_a_result(line, skills, rest):
    """A clause that opens with a learning verb names skills; the rest of the line is kept."""
    assert split_learned(line) == (skills, rest)


@pytest.mark.parametrize("line", [
    "Learned that customers stay when they feel heard.",  # prose, not a skill
    "Learned the ropes in my first month.",
    "Learned a lot about people.",
    "Trained 5 new hires in ticket triage.",  # trained others: a result
    "Developed a dashboard used by 40 agents.",
    "Cut costs by 10% and learned Python along the way.",  # learning only mid-clause
    "Learned how a ticket moves from one team to the next and who owns each step at every "
    "point",
    "Learned customer service skills that helped me later handle the toughest escalations "
    "calmly.",  # a skill name longer than five words: prose
])
def test_a_line_that_names_no_learned_skill_is_left_whole(line):
    assert split_learned(line) == ([], line)


def test_positions_csv_splits_learned_from_changed_and_says_so():
    """The issue's line: two skills (levels left to the participant), one result with its
    number and baseline; the report names the skills."""
    csv = ("Company Name,Title,Description,Location,Started On,Finished On\n"
           f'Tallyfox Software,Customer Support Agent,"Answered tickets by email. {LINE}",'
           "Remote,Jan 2019,Feb 2022\n").encode()
    imported = import_bytes_with_report("Positions.csv", csv)
    role = imported.workspace.roles[0]
    assert [(s.name, s.before, s.after) for s in role.skills] == [
        ("ticket triage", "novice", "novice"), ("SQL basics", "novice", "novice")]
    assert [(r.statement, r.value, r.from_value) for r in role.results] == [
        ("Cut the backlog from 400 to 120 tickets in three months.", 120, 400)]
    assert role.summary == "Answered tickets by email."
    lines = imported.report.lines()
    assert "with 1 result and 2 skills" in lines[0]
    assert any("learned (ticket triage, SQL basics)" in line and "notebook 02" in line
               for line in lines)


def test_json_resume_highlights_split_the_same_way():
    """A JSON Resume highlight gets the same split; a line only about learning gives no
    result."""
    doc = {"work": [{"name": "Tallyfox", "position": "Agent", "startDate": "2019-01",
                     "highlights": [LINE, "Picked up Zendesk."], "keywords": ["email"]}]}
    imported = import_bytes_with_report("resume.json", json.dumps(doc).encode())
    role = imported.workspace.roles[0]
    assert [s.name for s in role.skills] == ["ticket triage", "SQL basics", "Zendesk", "email"]
    assert [r.statement for r in role.results] == [
        "Cut the backlog from 400 to 120 tickets in three months."]
    text = " ".join(imported.report.lines())
    assert "3 skills from what a line says was learned" in text
    assert "1 keyword added as skills" in text
