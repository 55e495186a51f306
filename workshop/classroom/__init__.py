"""The class dashboard: read a folder of anonymised exports and show the class what it did.

One idea per module, layers pointing down:

- ``exports``: which files of the class folder are read (regular files inside it only), and the
  one check of the export format (``read_export``);
- ``summary``: ``ClassSummary`` and ``summarise_folder``: the class in figures, own answers
  apart from the kit's drafts, skills shown only when enough participants share them;
- ``signals``: the teaching signals, each with a suggestion from ``data/teaching_signals.json``;
- ``render``: the summary as terminal-safe text, escaped HTML and a pandas table;
- ``charts``: the charts (matplotlib, every text drawn literally) and their tables;
- ``files``: the charts written as PNG files, each with its CSV;
- ``live``: the dashboard view that refreshes itself as exports arrive (ipywidgets, so it is
  imported as ``workshop.classroom.live``, never from here: this package is logic).

Everything else public is importable from ``workshop.classroom``.
"""

from __future__ import annotations

from ..skills import OTHER_SKILL
from .charts import (
    CHART_FILES,
    CHART_TITLES,
    chart_frames,
    chart_tables,
    class_figures,
    plot_answer_gaps,
    plot_families_grown,
    plot_pitfalls,
    plot_progress,
    plot_score_distribution,
    plot_shares,
    plot_skills_grown,
)
from .exports import (
    EXPORT_KIND,
    EXPORT_VERSION,
    MAX_EXPORT_BYTES,
    ExportRecord,
    check_export,
    folder_listing,
    read_export,
    read_folder,
)
from .files import write_class_charts
from .render import (
    key_figures,
    render_signals_html,
    render_summary_html,
    render_summary_text,
    skills_note,
    summary_frame,
    summary_to_dict,
)
from .signals import TeachingSignal, teaching_signals
from .summary import (
    MIN_PARTICIPANTS_PER_SKILL,
    SCORE_BINS,
    STAGES,
    ClassSummary,
    dashboard_summary,
    sample_summary,
    summarise_exports,
    summarise_folder,
)

__all__ = [
    "EXPORT_KIND", "EXPORT_VERSION", "MAX_EXPORT_BYTES", "SCORE_BINS", "STAGES", "OTHER_SKILL",
    "MIN_PARTICIPANTS_PER_SKILL", "CHART_FILES", "CHART_TITLES",
    "ClassSummary", "ExportRecord", "TeachingSignal",
    "check_export", "read_export", "read_folder", "folder_listing",
    "summarise_exports", "summarise_folder", "sample_summary", "dashboard_summary",
    "summary_to_dict", "teaching_signals",
    "key_figures", "summary_frame", "render_summary_text", "render_summary_html",
    "render_signals_html", "skills_note",
    "chart_tables", "chart_frames", "class_figures", "plot_progress", "plot_score_distribution",
    "plot_answer_gaps", "plot_pitfalls", "plot_skills_grown", "plot_families_grown", "plot_shares",
    "write_class_charts",
]

