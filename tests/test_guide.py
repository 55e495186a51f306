"""The facilitator guide (docs/facilitator_guide.md): written by tools/build_guide.py with every
figure from the code, in the Carpentries shape, with no placeholder left."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import build_guide

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "facilitator_guide.md"


def test_the_committed_guide_is_what_the_code_gives():
    """A changed weight, pace, persona or template without `tools/build_guide.py` fails here."""
    assert GUIDE.read_text(encoding="utf-8") == build_guide.build(), \
        "docs/facilitator_guide.md is stale: run .venv/bin/python tools/build_guide.py"


def test_build_guide_check_says_up_to_date():
    """`tools/build_guide.py --check` exits 0 on the committed guide (what CI or a hook runs)."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "build_guide.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_episode_has_minutes_questions_objectives_and_key_points():
    """Each notebook 00 to 05 has an episode with its minutes, questions, objectives and key
    points, and both schedules add up to their length."""
    text = GUIDE.read_text(encoding="utf-8")
    episodes = re.split(r"^### ", text.split("## Episodes", 1)[1].split("\n## ", 1)[0],
                        flags=re.M)[1:]
    notebooks = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    named = [n for n in notebooks if any(f"`notebooks/{n}.ipynb`" in e for e in episodes)]
    assert named == notebooks
    for episode in episodes:
        for part in ("Teaching ", "**Questions**", "**Objectives**", "**Key points**"):
            assert part in episode, (episode.splitlines()[0], part)
    assert "| **total** | | | 60 min | | | 90 min |" in text


def test_the_guide_has_the_carpentries_sections_and_no_placeholder():
    """Learner profiles, instructor notes, common problems, accessibility, the dashboard, and
    a model answer labelled as an example; no `{{name}}` or `<owner>` left, and the stale row
    about moving a damaged file aside is gone."""
    text = GUIDE.read_text(encoding="utf-8")
    for heading in ("## Schedule", "## Learner profiles", "## Instructor notes",
                    "## Common problems", "## Accessibility", "## Reading the class dashboard",
                    "## A model answer (an example)"):
        assert f"\n{heading}\n" in text, heading
    assert "*An example:*" in text
    assert "{{" not in text and "<owner>" not in text and "<repo>" not in text
    assert "moved aside" not in text and "my_workspace-new.json" in text


def test_the_guide_states_the_weights_and_pace_the_code_uses():
    """The weights and the spoken-length limits in the guide are the scoring's and the check's."""
    from workshop.check import MAX_SECONDS, MIN_SECONDS, WORDS_PER_MINUTE
    from workshop.scoring import DEFAULT_WEIGHTS

    text = GUIDE.read_text(encoding="utf-8")
    w = DEFAULT_WEIGHTS
    assert (f"together ({w['pillars']:g} points by default), relevance to the hiring manager's "
            f"goals\n({w['relevance']:g})") in text
    assert f"counts {WORDS_PER_MINUTE} spoken words a minute" in text
    assert f"{MIN_SECONDS} to {MAX_SECONDS} seconds" in text
