"""An abbreviation's full stop before a figure or a lower-case word ends no sentence, so a
result's number after "ca." or "approx." stays in its result ("costs dropped ca. 22%"): the
kit's own draft of such a result is read as having its number, as 04's score reads it."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.check_rules import rules
from workshop.reading import read

GROWTH = "At first I could only follow a rota; by the end I planned it for the whole site."


def _sentences(text: str) -> list[str]:
    reading = read(text, rules().grammar)
    return [text[s.start:s.end] for s in reading.sentences]


@pytest.mark.parametrize("result", [
    "Their translation costs dropped ca. 22% because of my termbase.",
    "We cut waste by approx. 40 kg a week.",
    "Returns fell by c. 300 parcels a month.",
])
def test_a_number_after_an_abbreviation_stays_in_its_result(result):
    assert _sentences(result) == [result]
    finding = next(f for f in check_answer(f"{GROWTH} {result}").findings
                   if f.code == "quantified")
    assert finding.ok and result in finding.message


@pytest.mark.parametrize("text, count", [
    ("I ran the tills, the rota, the banking etc. Then I trained the new staff.", 2),
    ("We sold the van to Smith and Co. Then sales grew by 10%.", 2),
    ("It was approx. Then it was exact.", 2),
])
def test_a_sentence_still_ends_after_an_abbreviation_before_a_capital(text, count):
    assert len(_sentences(text)) == count
