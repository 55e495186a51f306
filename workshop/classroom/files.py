"""Writing the class charts: each chart as a PNG with its numbers as a CSV beside it.

The CSV cells go through the kit's one formula neutraliser (``workshop.tables.csv_safe``); files
are written with ``workshop.fileio.write_output``: never through a link planted in the folder,
never into anything but a regular file.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from ..fileio import write_output
from ..tables import csv_safe
from .charts import CHART_FILES, chart_tables, class_figures
from .summary import ClassSummary

__all__ = ["csv_text", "write_class_charts"]


def csv_text(header: list[str], rows: list[list]) -> str:
    """A chart's table as CSV text, every cell made formula-safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([csv_safe(h) for h in header])
    writer.writerows([[csv_safe(c) for c in row] for row in rows])
    return buffer.getvalue()


def write_class_charts(summary: ClassSummary, out_dir: str | os.PathLike) -> list[Path]:
    """Write each chart as a PNG with its data as a CSV beside it; returns the PNG paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tables = chart_tables(summary)
    written = []
    for name, fig in class_figures(summary).items():
        stem = CHART_FILES[name]
        png = out / f"{stem}.png"
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100)
        write_output(png, buffer.getvalue())
        header, rows = tables[name]
        write_output(out / f"{stem}.csv", csv_text(header, rows).encode("utf-8"))
        written.append(png)
    return written
