"""A result's number with no unit: "first reply time went down by 40", or a value of 40 with an
empty unit field for "first reply time". Forty what: minutes, hours, percent? Nobody can tell,
so the one reading of a result (``workshop.result_number``) does not count it (04 gives no
points for it, the share file says no number), the draft leaves the number out and says the
rest of the sentence, and the coach's question area says what is missing and how to add it.

A number needs a unit when what it measures is a time, money or a physical size (the words of
``measures`` in ``data/result_units.json``, read in the metric, else in the statement before
the number) and nothing gives one: no unit field, no unit, currency or "%" typed with it. A
number of things counted ("errors went down by 40", "40 new customers") needs none, nor one
whose unit the participant typed ("by 40%", "from 60 to 20 minutes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Result
from .numbers import quantities
from .resources import load_json
from .wording import format_number, strip_end

__all__ = ["MissingUnit", "missing_unit", "without_number", "unit_questions"]

UNIT_FILE = "result_units.json"
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class MissingUnit:
    """A result's number that says no unit.

    Attributes:
        number: the number as the participant gave it ("40", "from 60 to 20").
        thing: what it measures, in their words ("first reply time").
        typed: True when the number is in the statement (the draft says the statement
            without it), False when it is the ``value`` field's.
    """

    number: str
    thing: str
    typed: bool

    @property
    def how(self) -> str:
        """How to add the unit, in plain words."""
        examples = ", ".join(load_json(UNIT_FILE)["examples"][:4])
        where = ("write it into the statement after the number" if self.typed
                 else "fill in the 'unit' box of this result")
        return f"in notebook 03, {where} ({examples}, ...), and the draft says it"

    @property
    def why(self) -> str:
        """Why the number does not count, and how to add what it lacks."""
        how = self.how
        return f"its number ({self.number}) says no unit: {self.number} what? " \
               f"{how[:1].upper()}{how[1:]}"


def _measures(text: str) -> bool:
    """True when ``text`` names a thing measured in units (a time, money, a size)."""
    words = set(load_json(UNIT_FILE)["measures"])
    return any(w in words for w in _WORD.findall(text.lower()))


def missing_unit(result: Result) -> MissingUnit | None:
    """The result's number when it needs a unit and has none (see the module docstring), else
    None. The participant's own kind "count" says the number counts things: no unit needed."""
    if result.unit.strip() or result.kind == "count":
        return None
    typed = [q for q in quantities(result.statement) if q.kind not in ("year", "date")]
    if typed:  # the statement's own figure is the one the draft says
        q = typed[0]
        if q.unit or q.kind != "amount" or len(typed) > 1:
            return None
        thing = strip_end(result.metric) or result.statement[:q.start]
        return MissingUnit(q.text, thing.strip(), True) if _measures(thing) else None
    if result.value is None:
        return None
    thing = strip_end(result.metric) or result.statement
    if not _measures(thing):
        return None
    number = format_number(result.value, "")
    if result.from_value is not None:
        number = f"from {format_number(result.from_value, '')} to {number}"
    return MissingUnit(number, thing.strip(), False)


def without_number(sentence: str, missing: MissingUnit) -> str:
    """``sentence`` with the statement's unitless number left out, with the word that leads it
    ("went down by 40." -> "went down."), or ``sentence`` as it is when it does not hold it."""
    lead = r"(?:\s+(?:by|of|to|at)(?:\s+(?:over|about|around|almost|nearly|some))?)?"
    pattern = re.compile(lead + r"\s+" + re.escape(missing.number) + r"(?![\w%])")
    out = pattern.sub("", sentence, count=1)
    return out if out != sentence else sentence


def unit_questions(read, questions: list, question: type) -> list:
    """The coach's ``questions`` with "40 what?" (a ``question``, the coach's record) for each
    of the role's results whose number says no unit, in place of the questions about that
    number (how much, from what, in what time): answered in notebook 03, where the unit goes."""
    out, asked = list(questions), set()
    for i, result in read.results():
        missing = missing_unit(result)
        if missing is None:
            continue
        asked.add(i)
        said = " ".join(result.statement.split())
        quoted = said if len(said) <= 70 else said[:67].rsplit(" ", 1)[0] + " ..."
        out.append(question("unit", f"For '{quoted}': {missing.number} what? The draft leaves "
                                    f"the number out until it has its unit: {missing.how}.",
                            result=i, where="03"))
    number_codes = ("number", "number_kind", "from_to", "period")
    return [q for q in out if not (q.code in number_codes and q.result in asked)]
