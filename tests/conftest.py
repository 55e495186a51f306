"""Fixtures shared by the tests (the nbval set-up lives in the repository's root conftest.py).

Helpers for tests are plain modules beside the tests (``fuzzing.py``, ``helpers_*.py``), imported
by name: two modules both called ``conftest`` must never be imported by name.
"""
