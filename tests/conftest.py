"""Fixtures shared by the tests (the nbval set-up lives in the repository's root conftest.py).

Helpers for tests are plain modules beside the tests (``fuzzing.py``, ``helpers_*.py``), imported
by name: two modules both called ``conftest`` must never be imported by name.
"""

import pytest


@pytest.fixture(autouse=True)
def _own_share_folder(tmp_path, monkeypatch):
    """Every test shares into its own folder: a share button pressed in a widget test must not
    drop an export where the class-dashboard notebook (run under nbval) looks."""
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(tmp_path / "share_exports"))
