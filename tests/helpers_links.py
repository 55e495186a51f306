"""The leads the draft may put before a result linked to a skill (``links`` in
``data/wording.json``), as one pattern for the tests that ask whether a result is told as a
skill's effect. Built from the data, so a facilitator's new form is covered too."""

from __future__ import annotations

import re

from workshop.spoken import wording_data


def link_lead() -> str:
    """A pattern matching any link lead, up to the result's sentence ("With my X skills, ",
    "Because of what I learned about X, ")."""
    forms = {form for key, group in wording_data()["links"].items() if key != "about"
             for form in group}
    leads = set()
    for form in forms:
        lead = re.escape(form.split("{sentence}")[0])
        leads.add(lead.replace(re.escape("{owned}"), ".+?").replace(re.escape("{Owned}"), ".+?"))
    return "(?:" + "|".join(sorted(leads, key=len, reverse=True)) + ")"


LINK = link_lead()
