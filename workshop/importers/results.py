"""A result statement from one accomplishment line, with the number it really carries.

The number comes from :mod:`workshop.numbers`, the rule the answer check uses too: years,
versions, list labels, dates and phone numbers are never values; "1.2 million" is 1200000;
"400.000 users" is 400000; "from 6% to 33%" is 33 (the 6 is kept as ``from_value``, and the kind
is "change"); "in six months" in a line with a number is its ``period``; a multiple ("three times",
"halved") has the unit "x". A plain length of time ("for two years") is not taken as a result's
value: it is a tenure, not an outcome.

Which quantity, when a line holds several: a percentage, then money, a multiple, a time saved, a
count, a bare amount, each time the first in the line.
"""

from __future__ import annotations

import re

from ..model import Result
from ..numbers import Quantity, quantities
from .text import clean_block

__all__ = ["ACHIEVEMENT", "result", "scope", "value_of"]

_ORDER = ("percent", "money", "multiple", "time_span", "count", "amount")
_CURRENCY_CODES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "A$": "AUD",
                   "C$": "CAD", "R$": "BRL"}
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣●–—+]|\d{1,2}[.)])\s+")
_METRIC = re.compile(
    r"\b(?:increased|reduced|cut|grew|raised|lowered|improved|decreased|boosted|lifted|"
    r"shortened|halved|trimmed|sped up|reducing|increasing|cutting|improving)\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+|my\s+)?"
    r"(?P<metric>[A-Za-z][A-Za-z'-]{0,30}(?:\s+[A-Za-z][A-Za-z'-]{0,30}){0,3}?)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$", re.I)
_NOT_METRIC = {"from", "to", "by", "the", "a", "an"}
# "in six months", "within 3 weeks", "over the first year": the result's period (03's "in what
# time"), so that the form shows it and the draft can say it.
_PERIOD = re.compile(
    r"\b(?:in|within|over)\s+(?:(?:just|only|about|under|less\s+than)\s+)?"
    r"(?:(?:the|my|its|our)\s+)?(?:(?:first|last|next)\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?)\b", re.I)
_CUSTOMERS = re.compile(r"\b(?:customers?|clients?)(?:'s?|s')?\b", re.I)
_COMPANY = re.compile(
    r"\b(?:company|organi[sz]ation|business|firm|group|enterprise)[\s-]?wide\b|"
    r"\b(?:across|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:company|organi[sz]ation|"
    r"business|firm|group)\b|\b(?:whole|entire)\s+(?:company|organi[sz]ation|business|firm)\b|"
    r"\ball\s+(?:sites|offices|stores|branches|departments|locations|regions)\b", re.I)
_DEPARTMENT = re.compile(r"\bdepartment(?:al|s)?\b|\bdivision(?:al)?\b", re.I)
# Verbs that make a sentence of prose an accomplishment (LinkedIn descriptions).
ACHIEVEMENT = re.compile(
    r"\b(?:increased?|increasing|reduced?|reducing|cut|cutting|saved?|saving|grew|grow|growing|"
    r"led|lead|leading|launched?|launching|improved?|improving|delivered|doubled|tripled|"
    r"halved|boosted|lowered|raised|shortened|streamlined|automated|achieved|won|built|"
    r"introduced|decreased|expanded|generated|secured|negotiated|trained|mentored|created|"
    r"redesigned|implemented|eliminated|exceeded)\b", re.I)


def value_of(text: str) -> Quantity | None:
    """The quantity a result statement is about, or ``None``."""
    found = [q for q in quantities(text) if q.kind in _ORDER
             and not (q.kind == "count" and q.value == 1)]  # "one command": not a result
    for kind in _ORDER:
        for q in found:
            if q.kind == kind:
                return q
    return None


def scope(text: str) -> str:
    if _CUSTOMERS.search(text):
        return "customers"
    if _COMPANY.search(text):
        return "company"
    if _DEPARTMENT.search(text):
        return "department"
    return "team"


def result(text: str) -> Result | None:
    """A result from one accomplishment line, or ``None`` for a line with no words."""
    statement = " ".join(_BULLET.sub("", clean_block(text)).split())
    if not statement:
        return None
    q = value_of(statement)
    metric = ""
    number: dict = {}
    value = None
    unit = ""
    if q is not None:
        value = int(q.value) if float(q.value).is_integer() and abs(q.value) < 1e15 else q.value
        value = round(value, 6) if isinstance(value, float) else value
        unit = _CURRENCY_CODES.get(q.unit, q.unit)[:40]
        if q.before is not None:
            number = {"kind": "change",
                      "from_value": int(q.before) if float(q.before).is_integer() else q.before}
        if (m := _METRIC.search(statement[:q.start])) and \
                m.group("metric").split()[-1].lower() not in _NOT_METRIC:
            metric = m.group("metric").lower()
    if value is not None and (period := _PERIOD.search(statement)):
        number["period"] = period.group(0)
    return Result(statement=statement, metric=metric, value=value, unit=unit,
                  scope=scope(statement), **number)
