"""The sample role and workspace the tests build on: one shift supervisor at a logistics firm.

Shared by the model, store, bad-file and widget tests, so that "a valid role" is written once.
``role_dict`` is the role as a workspace file holds it; ``sample_role`` is the same role as the
model makes it; ``workspace_dict`` is a whole valid file's object.
"""

from __future__ import annotations

from workshop.model import SCHEMA_VERSION, Role, Workspace


def role_dict(title="Shift Supervisor", **overrides) -> dict:
    """A valid role as it appears in a workspace file; keywords replace its fields."""
    data = {
        "id": "r1",
        "title": title,
        "organization": "Northwind Logistics",
        "start": "2019-11",
        "end": None,
        "summary": "Ran the night shift",
        "skills": [{"name": "scheduling", "before": "novice", "after": "proficient",
                    "used_later": "planned rosters for 40 staff"}],
        "results": [{"statement": "I helped the company to cut overtime",
                     "metric": "overtime hours", "value": 18, "unit": "%",
                     "scope": "department"}],
        "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 3},
        "enjoyment": 2,
    }
    data.update(overrides)
    return data


def sample_role(title="Shift Supervisor", **overrides) -> Role:
    """The sample role as the model makes it from ``role_dict(title, **overrides)``."""
    return Role.from_dict(role_dict(title, **overrides))


def workspace_dict(*roles: dict) -> dict:
    """A valid workspace file's object holding ``roles`` (two default roles if none given)."""
    if not roles:
        roles = (role_dict(), role_dict("Barista", id="r2", organization="Bean There",
                                        start="2016", end="2019-10", enjoyment=5))
    return {
        "schema_version": SCHEMA_VERSION,
        "participant": {"name": "Ana"},
        "target_role": {"title": "Operations Manager",
                        "goals": ["reduce costs", "lead a team of 8"]},
        "roles": list(roles),
        "answer": {"role_id": "r1", "text": "In my role as shift supervisor ..."},
    }


def one_role_workspace(role: dict, title: str, goals: tuple[str, ...] = (), *, start: str,
                       end: str | None) -> Workspace:
    """A workspace holding only ``role`` (id "r1", the dates given unless ``role`` sets them),
    applying for ``title`` with ``goals``, with no answer yet: the draft tests' one-role case."""
    base = {"id": "r1", "start": start, "end": end}
    base.update(role)
    return Workspace.from_dict({
        "schema_version": SCHEMA_VERSION,
        "target_role": {"title": title, "goals": list(goals)},
        "roles": [base],
        "answer": {"role_id": None, "text": ""},
    })
