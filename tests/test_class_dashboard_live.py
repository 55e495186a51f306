"""The live class dashboard (``workshop.classroom.live``): it redraws by itself as exports
arrive, says what went wrong without a traceback, and stops watching when closed."""

from __future__ import annotations

import time

from workshop.classroom.live import ClassDashboard, class_dashboard
from workshop.resources import persona_paths
from workshop.share import write_export
from workshop.store import read_workspace


def _wait(predicate, timeout: float = 90.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def test_a_new_export_appears_without_re_running(tmp_path):
    """Dropping an export into the watched folder updates the figures, the charts and the repr
    within a few seconds; a second one too."""
    folder = tmp_path / "class"
    folder.mkdir()
    write_export(read_workspace(persona_paths()["career_changer"]), folder / "a.json")
    view = class_dashboard(folder, interval=0.1)
    try:
        assert _wait(lambda: view.refreshes >= 1)
        assert view.summary.participants == 1 and view.watching

        write_export(read_workspace(persona_paths()["new_graduate"]), folder / "b.json")

        assert _wait(lambda: view.summary.participants == 2)
        assert _wait(lambda: "Live: 2 participant(s); redrawn" in view.status)
        assert "ClassDashboard: 2 participant(s)" in repr(view)
    finally:
        view.close()


def test_an_empty_folder_shows_the_sample_then_the_class(tmp_path):
    """While the folder is empty the view shows the sample class; the first share replaces it."""
    folder = tmp_path / "class"
    view = class_dashboard(folder, interval=0.1)
    try:
        assert "SAMPLE" in view.summary.note
        write_export(read_workspace(persona_paths()["enjoyed_trap"]), folder / "x.json")
        assert _wait(lambda: view.summary.participants == 1 and not view.summary.note)
    finally:
        view.close()


def test_a_bad_file_arriving_is_named_not_a_crash(tmp_path):
    """A broken file dropped into the folder is listed as skipped in the live view."""
    folder = tmp_path / "class"
    folder.mkdir()
    write_export(read_workspace(persona_paths()["career_changer"]), folder / "a.json")
    view = class_dashboard(folder, interval=0.1)
    try:
        (folder / "half-copied.json").write_bytes(b'{"kind": "job-value')
        assert _wait(lambda: view.summary.skipped != [])
        assert "half-copied.json" in view._figures.value
        assert view.summary.participants == 1
    finally:
        view.close()


def test_closing_the_view_stops_the_watch(tmp_path):
    """After close() the background watch ends and no longer reads the folder."""
    view = class_dashboard(tmp_path, interval=0.05)
    assert _wait(lambda: view.refreshes >= 1, timeout=120) and view.watching

    view.close()

    assert _wait(lambda: not view.watching)


def test_without_watching_it_draws_at_once(tmp_path):
    """Built with watch=False, the view draws everything at once and starts no thread."""
    view = ClassDashboard(tmp_path, watch=False)
    try:
        assert view.refreshes == 1 and not view.watching
        assert "<img" in view._charts["skills_grown"].value
        assert "at least 3 participants" in view._tables["skills_grown"].value
    finally:
        view.close()
