"""Start fresh in notebook 00 takes the last person's answer card away with their workspace: on a
shared computer the next participant must not find it in the file browser. Only the kit's own
card files go; a file the participant wrote under that name, or a link, stays."""

from __future__ import annotations

import os

import pytest

from workshop.model import Ratings, Role, Skill, TargetRole, Workspace
from workshop.report import build_report, render
from workshop.session import Session
from workshop.store import read_workspace
from workshop.widgets.start import StartDriver, StartPanel
from workshop.widgets.take_home import CARD_NAMES, remove_cards

FRESH = StartDriver.FRESH
MD, HTML = CARD_NAMES["markdown"], CARD_NAMES["html"]


def _workspace() -> Workspace:
    return Workspace(
        target_role=TargetRole(title="Depot Supervisor", goals=["cut missed drops"]),
        roles=[Role(id="r1", title="Van Driver", organization="Swiftline Parcels",
                    start="2019-01", summary="120 drops a day",
                    skills=[Skill(name="route planning", before="novice", after="competent")],
                    ratings=Ratings(skill_growth=4, company_results=3, relevance=4))])


@pytest.fixture
def filled(tmp_path) -> Session:
    session = Session.open(tmp_path / "ws.json")
    session.replace(_workspace(), "load")
    return session


def _write_cards(folder, ws: Workspace) -> None:
    """The card files as 05's 'Make my answer card' writes them (the same renderer)."""
    report = build_report(ws)
    (folder / MD).write_text(render(report, "markdown"), encoding="utf-8")
    (folder / HTML).write_text(render(report, "html"), encoding="utf-8")


def _start_fresh(session: Session) -> StartPanel:
    panel = StartPanel(session, on_binder=False)
    panel.driver.press(FRESH)
    panel.driver.press(FRESH)  # the confirming second click
    return panel


def test_start_fresh_removes_the_kits_answer_card_and_says_so(filled):
    folder = filled.path.parent
    _write_cards(folder, filled.workspace)
    panel = _start_fresh(filled)
    assert read_workspace(filled.path).roles == ()
    assert not (folder / MD).exists() and not (folder / HTML).exists()
    assert MD in panel.driver.message and HTML in panel.driver.message
    panel.driver.undo()  # the workspace comes back; the card is made again from it in 05
    assert [r.title for r in read_workspace(filled.path).roles] == ["Van Driver"]


def test_start_fresh_without_a_card_says_nothing_about_one(filled):
    panel = _start_fresh(filled)
    assert "answer card" not in panel.driver.message
    assert read_workspace(filled.path).roles == ()


@pytest.mark.parametrize("text", [
    "# My answer notes\n\nMy own words, typed in JupyterLab.\n",
    "# my answer card: draft I typed myself\n",  # not the kit's heading, word for word
    "",
])
def test_a_file_the_participant_wrote_under_the_cards_name_stays(filled, text):
    folder = filled.path.parent
    (folder / MD).write_text(text, encoding="utf-8")
    (folder / HTML).write_text("<!DOCTYPE html><title>My page</title>", encoding="utf-8")
    _start_fresh(filled)
    assert (folder / MD).read_text(encoding="utf-8") == text
    assert (folder / HTML).exists()


def test_a_link_or_a_second_name_is_never_removed(tmp_path, filled):
    folder = filled.path.parent
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _write_cards(elsewhere, filled.workspace)
    (folder / MD).symlink_to(elsewhere / MD)
    os.link(elsewhere / HTML, folder / HTML)
    assert remove_cards(folder) == []
    assert (folder / MD).is_symlink() and (elsewhere / MD).exists()
    assert (folder / HTML).exists() and (elsewhere / HTML).exists()


def test_a_folder_under_the_cards_name_stays(tmp_path):
    (tmp_path / MD).mkdir()
    assert remove_cards(tmp_path) == []
    assert (tmp_path / MD).is_dir()
