"""The kit's settings: every WORKSHOP_* variable read in workshop.config, nowhere else."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

import workshop
from workshop import config
from workshop.clock import this_month
from workshop.errors import SettingError
from workshop.model import Workspace
from workshop.scoring import Weights, configured_weights, rank

PACKAGE = Path(workshop.__file__).parent


def test_no_module_but_config_reads_the_environment():
    """No module of the package but config.py calls os.environ or os.getenv: one place for
    every setting (the grep the design review asked for)."""
    readers = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "config.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"os\.environ|os\.getenv|getenv\(", text):
            readers.append(path.name)
    assert readers == []


def test_every_setting_the_package_names_is_declared_in_config():
    """Each WORKSHOP_* name written anywhere in the package is one of config.SETTINGS."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        names |= set(re.findall(r"WORKSHOP_[A-Z_]+", path.read_text(encoding="utf-8")))
    assert names <= set(config.SETTINGS), names - set(config.SETTINGS)


def two_roles() -> Workspace:
    return Workspace.from_dict({"roles": [
        {"title": "Night-shift nurse", "id": "a",
         "ratings": {"skill_growth": 5, "company_results": 1, "relevance": 5}},
        {"title": "Ward coordinator", "id": "b",
         "ratings": {"skill_growth": 4, "company_results": 4, "relevance": 1}},
    ]})


def test_rank_takes_the_weights_it_is_given_and_the_configured_ones_by_default(monkeypatch):
    """rank(ws, weights) uses the caller's weights; without them, scoring's configured ones."""
    ws = two_roles()
    monkeypatch.setenv("WORKSHOP_WEIGHTS", "pillars=0,relevance=100,quantified=0,used_later=0")

    assert rank(ws).strongest.role.id == "a"
    assert rank(ws, Weights()).strongest.role.id == "b"


def test_a_bad_weights_setting_is_said_once_in_plain_words_and_the_defaults_used(
        monkeypatch, capsys):
    """WORKSHOP_WEIGHTS=pillars=lots is not ignored without a word: one line on stderr, once,
    however often the weights are asked for; the defaults are used."""
    monkeypatch.setenv("WORKSHOP_WEIGHTS", "pillars=lots")

    for _ in range(3):
        assert configured_weights() == Weights()
        rank(two_roles())

    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "WORKSHOP_WEIGHTS is 'pillars=lots'" in err and "default weights" in err
    assert config.problems() and "Traceback" not in err


def test_the_settings_are_read_once_and_reset_forgets_them(monkeypatch):
    """A setting is read when first asked for and kept; config.reset() reads it again."""
    monkeypatch.setenv("WORKSHOP_WEIGHTS", "pillars=50")
    assert configured_weights().pillars == 50
    monkeypatch.setenv("WORKSHOP_WEIGHTS", "pillars=40")
    assert configured_weights().pillars == 50

    config.reset()

    assert configured_weights().pillars == 40


def test_a_setting_left_by_one_test_is_forgotten_by_the_next_part_one(monkeypatch):
    """(With the next test.) This test leaves config holding weights of 10 for the pillars."""
    monkeypatch.setenv("WORKSHOP_WEIGHTS", "pillars=10")
    assert configured_weights().pillars == 10


def test_a_setting_left_by_one_test_is_forgotten_by_the_next_part_two():
    """The fixture in tests/conftest.py reset config: the previous test's weights are gone."""
    assert configured_weights() == Weights()


def test_paths_expand_the_home_folder_and_a_missing_user_is_said_plainly(monkeypatch, tmp_path):
    """~ in a path setting is the home folder; ~nosuchuser raises a SettingError that names the
    setting and says what to write instead (not a RuntimeError from pathlib)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", "~/class")
    assert config.share_dir() == tmp_path / "class"

    monkeypatch.setenv("WORKSHOP_WORKSPACE", "~nosuchuser-4711/ws.json")
    with pytest.raises(SettingError) as info:
        config.workspace_path()
    assert "WORKSHOP_WORKSPACE" in str(info.value) and "nosuchuser-4711" in str(info.value)


def test_a_bad_today_is_said_once_and_the_real_month_used(monkeypatch, capsys):
    """WORKSHOP_TODAY=soon gives the real month and one plain line."""
    monkeypatch.setenv("WORKSHOP_TODAY", "soon")
    today = datetime.date.today()
    assert this_month() == this_month() == (today.year, today.month)
    assert capsys.readouterr().err.count("WORKSHOP_TODAY") == 1


def test_a_pinned_today_is_this_month(monkeypatch):
    """WORKSHOP_TODAY=2024-03 is this month for every caller that asks the clock."""
    monkeypatch.setenv("WORKSHOP_TODAY", "2024-03")
    assert this_month() == (2024, 3)


def test_config_knows_no_other_module_of_the_kit():
    """config.py returns raw values: it imports nothing of the kit but the error family, so
    the modules that own a rule (scoring, clock) can read it without a loop."""
    from test_layout import imports

    assert {n for n in imports("workshop/config.py") if n.startswith("workshop")} \
        == {"workshop.errors"}
