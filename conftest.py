"""Test set-up shared by the pytest tests and the notebooks run under nbval.

Notebooks run on a fresh kernel against a copy of one persona (``NOTEBOOK_PERSONA``), with the
month pinned so that durations in stored outputs stay true. The kernel inherits these variables.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

NOTEBOOK_PERSONA = "career_changer"
NOTEBOOK_TODAY = "2026-11"
ROOT = Path(__file__).resolve().parent
# The notebooks built by tools/build_notebooks.py are committed without outputs; nbval runs their
# golden copies (outputs on NOTEBOOK_PERSONA) in tests/golden/ instead.
collect_ignore_glob = ["notebooks/0*.ipynb", "notebooks/facilitator/demo.ipynb"]


def pytest_configure(config):
    if os.environ.get("WORKSHOP_KEEP_ENV"):
        return
    tmp = Path(tempfile.mkdtemp(prefix="workshop-nbval-"))
    workspace = tmp / "my_workspace.json"
    persona = ROOT / "data" / "personas" / f"{NOTEBOOK_PERSONA}.json"
    if persona.exists():
        shutil.copyfile(persona, workspace)
    os.environ["WORKSHOP_WORKSPACE"] = str(workspace)
    os.environ["WORKSHOP_TODAY"] = NOTEBOOK_TODAY
    os.environ["WORKSHOP_SHARE_DIR"] = str(tmp / "share")
    # Notebooks must draw inline; Agg from the environment would silence plt.show() in a kernel.
    os.environ.pop("MPLBACKEND", None)


@pytest.fixture(autouse=True)
def _one_browser_at_a_time(request):
    """Tests that drive a real browser run one at a time, whichever pytest-xdist worker runs
    them: two JupyterLab servers and Chromiums at once on a two-core machine push their steps
    past the time-outs, which are set for one at a time."""
    if request.node.get_closest_marker("browser") is None:
        yield
        return
    import fcntl

    lock = ROOT / "test-artifacts" / ".browser.lock"
    lock.parent.mkdir(exist_ok=True)
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        yield
