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


_CACHES = (  # (module, attribute): data read once per process, keyed by the settings in force
    ("workshop.resources", "_load_json_cached"),
    ("workshop.check_rules", "_rules_for"),
    ("workshop.goal_meanings", "_read"),
    ("workshop.goal_measures", "_read"),
    ("workshop.check_learned", "_model_at"),
    ("workshop.number_words", "_vocabulary_at"),
    ("workshop.skills", "_vocabulary"),
    ("workshop.skills", "phrase_key"),
    ("workshop.skills", "_known"),
    ("workshop.skills", "_match"),
    ("workshop.wording", "is_qualification"),
)
_REGISTRIES = (  # (module, attribute): dicts the kernel keeps between cells
    ("workshop.session", "_open_sessions"),
    ("workshop.widgets._base", "_shown"),
    ("workshop.result_number", "_numbers"),
    ("workshop.drafts", "_files"),
)


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Every test starts with the settings read afresh and no cached data or shared sessions from
    an earlier test: ``workshop.config`` is reset, and so are the package's caches and
    registries (only those of modules already imported)."""
    import sys

    def reset():
        config = sys.modules.get("workshop.config")
        if config is not None:
            config.reset()
        for module, name in _CACHES:
            cached = getattr(sys.modules.get(module), name, None)
            if cached is not None:
                cached.cache_clear()
        for module, name in _REGISTRIES:
            registry = getattr(sys.modules.get(module), name, None)
            if registry is not None:
                registry.clear()

    reset()
    yield
    reset()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright, one per test module (the browser tests'
    pages are opened in it with ``test_browser.page_of``); skipped without Playwright."""
    from servers import CHROMIUM, CHROMIUM_ARGS

    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
