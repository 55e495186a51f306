"""The local check on real exports (tools/check_real_imports.py): it skips in one line where the
folder of real files is absent (every user's clone), and where it is present, 53 of the 58 files
import and the 5 with no job are refused in one line each."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "check_real_imports.py"
REAL = ROOT.parent / "shared" / "real-imports"


def load_tool():
    return load_script(TOOL, "check_real_imports")


def test_the_check_skips_in_one_line_without_the_folder(tmp_path):
    """Without the real files the script prints one line and exits 0."""
    run = subprocess.run([sys.executable, str(TOOL), str(tmp_path / "absent")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0
    assert len(run.stdout.strip().splitlines()) == 1 and "nothing to check" in run.stdout


@pytest.mark.skipif(not REAL.is_dir(), reason="the real import files are not on this machine")
def test_the_real_files_import_and_the_five_without_a_job_are_refused(capsys):
    """53 of the 58 real files import; j07, j08, j09, j18 and j37 are refused in one line."""
    counts = load_tool().check(REAL)
    out = capsys.readouterr().out.splitlines()
    assert (counts["files"], counts["imported"], counts["refused"]) == (58, 53, 5)
    assert sorted(n[:3] for n in counts["refused_files"]) == ["j07", "j08", "j09", "j18", "j37"]
    assert counts["multiline_refusals"] == 0
    assert len(out) == 59  # a line per file and the summary
    assert counts["longest"] < 1000  # no list run together into one result
