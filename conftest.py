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
# make test's unit of work that holds every browser file (see pytest_xdist_make_scheduler)
BROWSER_UNIT = "browser tests"
# The notebooks built by tools/build_notebooks.py are committed without outputs; nbval runs their
# golden copies (outputs on NOTEBOOK_PERSONA) in tests/golden/ instead, the class dashboard's too
# (tests/test_notebook_sources.py: each golden copy holds the committed notebook's cells).
collect_ignore_glob = ["notebooks/0*.ipynb", "notebooks/facilitator/*.ipynb"]


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


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """``make test`` (``--dist loadfile``): the browser files, ``tests/test_browser*.py``, are
    one unit of work, handed first to one worker, which runs them one after another (they run
    one at a time anyway, see above) while the other worker takes the other files, most tests
    first. xdist alone orders files by their number of tests, so the browser files (one to
    three tests, 30 to 150 s each) came last, and the two workers took turns waiting for the
    browser lock while the rest of the suite had finished: minutes on one core."""
    if config.getoption("dist", "no") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class BrowserFilesFirst(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return BROWSER_UNIT if Path(path).name.startswith("test_browser") else path

        def _assign_work_unit(self, node) -> None:
            if BROWSER_UNIT in self.workqueue:
                self.workqueue.move_to_end(BROWSER_UNIT, last=False)
            super()._assign_work_unit(node)

    return BrowserFilesFirst(config, log)
