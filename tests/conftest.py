"""Fixtures shared by the tests (the nbval set-up lives in the repository's root conftest.py).

Helpers for tests are plain modules beside the tests (``fuzzing.py``, ``helpers_*.py``), imported
by name: two modules both called ``conftest`` must never be imported by name.
"""

import functools
import os

import pytest


@pytest.fixture(autouse=True)
def _own_share_folder(tmp_path, monkeypatch):
    """Every test shares into its own folder: a share button pressed in a widget test must not
    drop an export where the class-dashboard notebook (run under nbval) looks."""
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(tmp_path / "share_exports"))


_CACHES = (  # (module, attribute): data read once per process, keyed by the settings in force
    ("workshop.resources", "_load_json_cached"),
    ("workshop.goal_meanings", "_read"),
    ("workshop.goal_measures", "_read"),
    ("workshop.check_learned", "_model_at"),
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


# (module, attribute, how to build it): the two costliest builds from the data files, the
# check's rules (every phrase list compiled: about 0.3 s of CPU on an idle core) and the number
# reader's vocabulary. Built from the kit's own data folder once per test process, before any
# test, and handed to every test; any other folder's build stays per test (see _BuiltOnce).
_BUILT_ONCE = (
    ("workshop.check_rules", "_rules_for", "rules"),
    ("workshop.number_words", "_vocabulary_at", "vocabulary"),
)


class _BuiltOnce:
    """A module's cached builder (an ``lru_cache`` function of a data file's path), standing in
    for it: what it built from the kit's own data folder, with the default settings, before any
    test ran, is handed out again (the kit's data files are never written by a test, and the
    rules are a frozen dataclass); every other path (a test's ``WORKSHOP_DATA`` copy) is built
    afresh in each test, as before. A test that clears the cache itself gets fresh builds for
    the rest of that test, the kit's own included (a test counting what a build does)."""

    def __init__(self, cached):
        functools.update_wrapper(self, cached)
        self.cached = cached
        self.kept: dict = {}
        self.recording = False
        self.in_use = True

    def __call__(self, *args):
        if self.in_use and args in self.kept:
            return self.kept[args]
        value = self.cached(*args)
        if self.recording:
            self.kept[args] = value
        return value

    def cache_clear(self) -> None:
        self.in_use = False
        self.cached.cache_clear()

    def cache_info(self):
        return self.cached.cache_info()

    def fresh(self) -> None:
        """Between tests: the per-test cache emptied, the kit's own builds handed out again."""
        self.in_use = True
        self.cached.cache_clear()


@pytest.fixture(scope="session", autouse=True)
def _kit_data_built_once():
    """The builds of ``_BUILT_ONCE`` from the kit's own data folder, made once per test process
    with the settings of a fresh kernel (no ``WORKSHOP_DATA``) before any test runs."""
    import importlib

    from workshop import config

    if os.environ.get("WORKSHOP_DATA"):  # a developer's own data folder: nothing is kept
        yield
        return
    wrapped = []
    config.reset()
    for module_name, name, build in _BUILT_ONCE:
        module = importlib.import_module(module_name)
        once = _BuiltOnce(getattr(module, name))
        setattr(module, name, once)
        once.recording = True
        try:
            getattr(module, build)()
        finally:
            once.recording = False
        wrapped.append((module, name, once))
    config.reset()
    yield
    for module, name, once in wrapped:
        setattr(module, name, once.cached)


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Every test starts with the settings read afresh and no cached data or shared sessions from
    an earlier test: ``workshop.config`` is reset, and so are the package's caches and
    registries (only those of modules already imported); what ``_BUILT_ONCE`` built from the
    kit's own data before any test is the one thing handed from test to test."""
    import sys

    def reset():
        config = sys.modules.get("workshop.config")
        if config is not None:
            config.reset()
        for module, name in (*_CACHES, *((m, n) for m, n, _ in _BUILT_ONCE)):
            cached = getattr(sys.modules.get(module), name, None)
            if cached is not None:
                getattr(cached, "fresh", cached.cache_clear)()
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
