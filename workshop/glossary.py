"""The kit's words for its own names, each written once: the score's parts and the workspace's
fields as a participant reads them.

Every report, chart, table, slider and message asks here, so a part or a field is called the
same wherever it is shown. The rule behind a name lives with its owner (``scoring`` the parts,
``model`` the fields); this module knows no other module of the kit.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PartWords", "PART_WORDS", "FIELD_WORDS", "field_words"]


@dataclass(frozen=True)
class PartWords:
    """How one part of the score (``scoring.PARTS``) is named.

    Attributes:
        heading: a table's column heading, short ("a number"): the report's tables, the ranking
            table's "pts: a number" and notebook 04's "from a number".
        legend: a chart's legend and a slider's label ("result with a number"; the slider
            starts it with a capital).
    """

    heading: str
    legend: str


PART_WORDS = {
    "pillars": PartWords(heading="both pillars", legend="both pillars"),
    "relevance": PartWords(heading="relevance", legend="relevance"),
    "quantified": PartWords(heading="a number", legend="result with a number"),
    "used_later": PartWords(heading="used later", legend="skill used later"),
}

#: A workspace field as the forms call it, for messages ("the job title" for ``title``): the
#: model's validation messages shown in a widget, and the merge's "the end date of the role ...".
FIELD_WORDS = {
    "title": "the job title", "organization": "the organisation", "start": "the start date",
    "end": "the end date", "summary": "the one-line summary", "name": "the skill name",
    "before": "the level before", "after": "the level after", "used_later": "where you used it",
    "statement": "the result sentence", "metric": "what was measured", "value": "the value",
    "unit": "the unit", "scope": "who felt it", "goals": "the goals", "text": "the answer",
    "role_id": "the role", "enjoyment": "the enjoyment rating",
    "skill_growth": "the skill growth rating", "company_results": "the company results rating",
    "relevance": "the relevance rating", "organization_kind": "the kind of organisation",
    "kind": "what the number is", "from_value": "the starting value", "period": "the time it took",
    "my_part": "your part", "enabled_by": "the skill that made it possible",
    "personal_value": "what the job gave you",
    "skills": "the skills", "results": "the results", "ratings": "the ratings",
}


def field_words(name: str) -> str:
    """The words for the field ``name`` ("the job title"); an unknown field by its own name,
    its underscores as spaces ("the share as")."""
    return FIELD_WORDS.get(name, "the " + name.replace("_", " "))
