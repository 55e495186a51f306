"""The leads the draft may put before a result linked to a skill, right after its growth
(``links`` in ``data/wording.json``), or the growth's own clause said in the result's sentence
(``growth_rides``: "I learned scheduling there and cut overtime ..."), as one pattern for the
tests that ask whether a result is told as a skill's effect. Built from the data, so a
facilitator's new form is covered too."""

from __future__ import annotations

import re

from workshop.spoken import wording_data


def link_lead() -> str:
    """A pattern matching any link lead, up to the result's words ("That is what let me ",
    "That is a big part of why ")."""
    return "(?:" + "|".join(sorted({lead_only(), ride_lead()}, key=len, reverse=True)) + ")"


def lead_only() -> str:
    """A pattern matching a link lead of ``links`` alone ("That is what let me ")."""
    forms = {form for key, group in wording_data()["links"].items() if key != "about"
             for form in group}
    leads = {re.escape(form.split("{")[0]) for form in forms}
    return "(?:" + "|".join(sorted(leads, key=len, reverse=True)) + ")"


def ride_lead() -> str:
    """A pattern matching the growth's clause said in a result's sentence and its join, up to
    the result's words ("I learned scheduling there and ", "I got better at X here, and we ")."""
    rides = {form for key, group in wording_data()["growth_rides"].items() if key != "about"
             for forms in group.values() for form in forms}
    return "(?:" + "|".join(sorted((_ride(f) for f in rides), key=len, reverse=True)) + ")"


def _ride(form: str) -> str:
    """A growth clause of ``growth_rides`` and the join to its result, as a pattern ("I
    learned .+? (?:here|there),? and (?:we )?")."""
    said = re.escape(form)
    said = said.replace(re.escape("{topic}"), r"[^.,]+?").replace(re.escape("{base}"),
                                                                    r"[^.,]+?")
    said = said.replace(re.escape("{There}"), r"(?:Here|There)")
    return said.replace(re.escape("{there}"), r"(?:here|there)") + r",? and (?:we )?"


LINK = link_lead()
LEAD = lead_only()
RIDE = ride_lead()
