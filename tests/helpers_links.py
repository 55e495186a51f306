"""The leads the draft may put before a result linked to a skill, right after its growth
(``links`` in ``data/wording.json``), as one pattern for the tests that ask whether a result is
told as a skill's effect. Built from the data, so a facilitator's new form is covered too."""

from __future__ import annotations

import re

from workshop.spoken import wording_data


def link_lead() -> str:
    """A pattern matching any link lead, up to the result's words ("That is what let me ",
    "That is a big part of why ")."""
    forms = {form for key, group in wording_data()["links"].items() if key != "about"
             for form in group}
    leads = {re.escape(form.split("{")[0]) for form in forms}
    return "(?:" + "|".join(sorted(leads, key=len, reverse=True)) + ")"


LINK = link_lead()
