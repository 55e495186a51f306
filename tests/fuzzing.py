"""Fuzz sizes and the one fuzz decorator for the property tests: small in `make test`, 10,000
examples in `make test-long`."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

FUZZ_ENV = "WORKSHOP_FUZZ_EXAMPLES"


def fuzz_examples(default: int = 200) -> int:
    """``max_examples`` for a property test: ``default``, or more when WORKSHOP_FUZZ_EXAMPLES says.

    The everyday run uses the default; ``make test-long`` sets WORKSHOP_FUZZ_EXAMPLES=10000.
    """
    raw = os.environ.get(FUZZ_ENV, "").strip()
    if not raw:
        return default
    try:
        wanted = int(raw)
    except ValueError:
        raise pytest.UsageError(f"{FUZZ_ENV}={raw!r}: give a whole number of examples, "
                                "such as 10000.") from None
    return max(default, wanted)


def long_fuzz_run() -> bool:
    """True in the long run (WORKSHOP_FUZZ_EXAMPLES set), whose ``-m slow`` picks the fuzz tests.

    Fuzz tests carry the ``slow`` marker only then, so the everyday run keeps them even if it
    deselects slow tests.
    """
    return bool(os.environ.get(FUZZ_ENV, "").strip())


def fuzz(test=None, *, examples: int = 200, **settings_kwargs):
    """The one fuzz decorator for property tests: hypothesis ``settings`` with
    ``fuzz_examples(examples)`` and no deadline, and the ``slow`` marker in the long run.

    Use it bare (``@fuzz``: 200 examples) or with arguments (``@fuzz(examples=300,
    suppress_health_check=[...])``); extra keywords go to ``hypothesis.settings``.
    """
    def decorate(func):
        func = settings(max_examples=fuzz_examples(examples), deadline=None,
                        **settings_kwargs)(func)
        return pytest.mark.slow(func) if long_fuzz_run() else func

    return decorate(test) if test is not None else decorate
