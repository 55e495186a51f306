"""The live class dashboard: one view that redraws itself as exports arrive in the class folder.

``class_dashboard(folder)`` builds a ``ClassDashboard`` (an ipywidgets ``VBox``; it does not
display itself). It shows the key figures, the teaching signals and every chart with its table,
then watches the folder from the kernel: a light background thread lists the folder's ``*.json``
entries every ``interval`` seconds (names, sizes and change times only, no file is read) and
redraws when that listing changes, so a participant's share appears within a few seconds without
re-running anything, in JupyterLab and in its Voila view alike. Figures are drawn without pyplot,
so drawing from the thread is safe. The thread stops when the view is closed (``close()``, or
its page going away) and when the kernel ends. A problem while redrawing is shown as a plain
message in the view, the previous figures kept.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import threading
import time
from html import escape
from pathlib import Path

import ipywidgets as w

from ..share import class_folder
from .charts import CHART_TITLES, chart_frames, class_figures
from .exports import folder_listing
from .render import render_summary_html, skills_note
from .summary import ClassSummary, dashboard_summary

__all__ = ["ClassDashboard", "class_dashboard", "DEFAULT_INTERVAL"]

log = logging.getLogger("workshop.classroom")
DEFAULT_INTERVAL = 2.0


def _png_html(fig, alt: str) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'<img src="data:image/png;base64,{data}" alt="{escape(alt, quote=True)}" '
            'style="max-width:100%">')


def _table_html(frame) -> str:
    return frame.to_html(index=False, escape=True, border=1, na_rep="")


class ClassDashboard(w.VBox):
    """The class dashboard for a folder of exports, refreshing itself while it is shown."""

    def __init__(self, folder: str | os.PathLike, *, interval: float = DEFAULT_INTERVAL,
                 watch: bool = True) -> None:
        self._folder = Path(folder)
        self._interval = max(0.05, float(interval))
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._listing: tuple | None = None
        self._summary: ClassSummary | None = None
        self._refreshes = 0
        self._status = w.HTML()
        self._figures = w.HTML()
        self._charts = {name: w.HTML() for name in CHART_TITLES}
        self._tables = {name: w.HTML() for name in CHART_TITLES}
        chart_boxes = []
        for name, title in CHART_TITLES.items():
            chart_boxes.append(w.VBox([w.HTML(f"<h3>{escape(title)}</h3>"), self._charts[name],
                                       self._tables[name]]))
        super().__init__([self._status, self._figures, *chart_boxes],
                         layout=w.Layout(max_width="900px"))
        # the figures now, the charts from the watch's first turn: building the view stays quick
        self.refresh(charts=not watch)
        self._thread = None
        if watch:
            self._thread = threading.Thread(target=self._watch, name="class-dashboard",
                                            daemon=True)
            self._thread.start()

    # public surface ----------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return self._folder

    @property
    def summary(self) -> ClassSummary | None:
        """The summary shown now."""
        return self._summary

    @property
    def refreshes(self) -> int:
        """How many times the charts have been drawn."""
        return self._refreshes

    @property
    def watching(self) -> bool:
        """True while the background watch runs."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def status(self) -> str:
        """The status line's HTML (when it was drawn, or the problem met)."""
        return self._status.value

    def refresh(self, *, charts: bool = True) -> None:
        """Read the folder and redraw now (the watch calls this on a change). ``charts=False``
        redraws the figures and signals only (fast; the charts follow from the watch)."""
        with self._lock:
            listing = folder_listing(self._folder)
            try:
                summary = dashboard_summary(self._folder)
                drawn = self._draw(summary) if charts else None
            except Exception as exc:  # never a traceback in the view; the last figures stay
                log.exception("class dashboard refresh failed")
                self._status.value = ("<p role='status'><b>The dashboard could not redraw</b>: "
                                      f"{escape(str(exc))}. The figures below are from the last "
                                      "good read; it tries again on the next change.</p>")
                self._listing = listing
                return
            self._figures.value = render_summary_html(summary)
            if drawn is not None:
                for name, (chart, table) in drawn.items():
                    self._charts[name].value = chart
                    self._tables[name].value = table
                self._listing = listing
                self._refreshes += 1
            self._summary = summary
            stamp = time.strftime("%H:%M:%S")
            self._status.value = (
                f"<p role='status'>Live: {summary.participants} participant(s); "
                + (f"redrawn at {stamp}." if drawn is not None else "drawing the charts...")
                + " It redraws by itself within a few seconds of a new share.</p>")

    @staticmethod
    def _draw(summary: ClassSummary) -> dict[str, tuple[str, str]]:
        figures = class_figures(summary)
        frames = chart_frames(summary)
        out = {}
        for name, fig in figures.items():
            alt = f"{CHART_TITLES[name]}: chart; its numbers are in the table under it"
            note = f"<p>{escape(skills_note(summary))}</p>" if name == "skills_grown" else ""
            out[name] = (_png_html(fig, alt), note + _table_html(frames[name]))
        return out

    def close(self) -> None:
        """Stop watching the folder and close the view."""
        self._stop.set()
        super().close()

    def __repr__(self) -> str:
        s = self._summary
        shown = "nothing read yet" if s is None else (
            f"{s.participants} participant(s) from {s.folder}, {len(s.skipped)} file(s) "
            "skipped")
        return f"ClassDashboard: {shown}; watching {self._folder} for new exports"

    # the watch ---------------------------------------------------------------------------------

    def _closed(self) -> bool:
        return self._stop.is_set() or getattr(self, "comm", None) is None

    def _watch(self) -> None:
        try:
            self.refresh()
        except Exception:
            log.exception("class dashboard first drawing failed")
        while not self._stop.wait(self._interval):
            if self._closed():
                return
            try:
                if folder_listing(self._folder) != self._listing:
                    self.refresh()
            except Exception:  # the watch never dies of one bad read
                log.exception("class dashboard watch failed")


def class_dashboard(folder: str | os.PathLike | None = None, *,
                    interval: float = DEFAULT_INTERVAL) -> ClassDashboard:
    """The live dashboard of ``folder`` (by default ``share.class_folder()``), for the
    dashboard notebook to display."""
    return ClassDashboard(folder if folder is not None else class_folder(),
                          interval=interval)
