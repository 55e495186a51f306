"""The one CSV formula neutraliser (``workshop.tables.csv_safe``), used by every CSV the kit
writes: the roles table (``frame_to_csv``) and the class charts' tables."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from workshop.tables import csv_safe, frame_to_csv

SNEAKY = ["\r=1+2", "\n=1+2", "a\r\n=HYPERLINK(1)", "＝1+2", "＋1", "－1", "＠SUM(A1)",
          "   =1+2", "\t=1+2", "\u200b=1+2", "\ufeff=1+2", "\u2028=1", "\x0b=1", "=1+2", "+1",
          "-1", "@SUM(A1)"]


def _lines_start_safely(text: str) -> None:
    for line in text.splitlines():
        for cell in next(csv.reader([line]), []):
            stripped = cell.lstrip(" \t\u200b\ufeff")
            assert not stripped.startswith(("=", "+", "-", "@", "＝", "＋", "－", "＠")), line


@pytest.mark.parametrize("value", SNEAKY)
def test_no_cell_or_line_starts_a_formula(value):
    """Line breaks inside a cell, full-width signs, leading spaces and zero-width characters
    before = never give a cell or a line a spreadsheet runs as a formula."""
    safe = csv_safe(value)

    assert safe.startswith("'") or not value.startswith(("\r", "\n", "=", "＝"))
    assert "\r" not in safe and "\n" not in safe
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(["x", safe])
    _lines_start_safely(buffer.getvalue())


@pytest.mark.parametrize("value", ["plain text", "x=1", "café", "", 5, 2.5, None])
def test_ordinary_values_pass_unchanged(value):
    """Text that does not start a formula, and numbers, are left as they are."""
    assert csv_safe(value) == value


def test_frame_to_csv_uses_the_same_neutraliser():
    """The roles table's CSV neutralises the same sneaky cells, index and headers included."""
    frame = pd.DataFrame({"title": SNEAKY, "\r=h": range(len(SNEAKY))},
                         index=pd.Index([f"\n=i{i}" for i in range(len(SNEAKY))], name="id"))

    text = frame_to_csv(frame)

    _lines_start_safely(text)
    assert len(text.splitlines()) == len(SNEAKY) + 1
