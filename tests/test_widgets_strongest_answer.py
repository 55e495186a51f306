"""The widgets of notebooks 04 and 05, driven headless: set values, click buttons, read results."""

from __future__ import annotations

import base64
import json
import re
import shutil
from dataclasses import replace

import pytest
from helpers_hostile import SCRIPT as HOSTILE

from workshop.edits import add_roles, rate, with_role
from workshop.model import Answer, Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.resources import persona_paths
from workshop.session import Session
from workshop.store import dumps, read_workspace
from workshop.widgets import _base as widgets_base
from workshop.widgets import downloads
from workshop.widgets._base import LATE_KEYS
from workshop.widgets.answer import (
    CARD_NAMES,
    AnswerDriver,
    AnswerStudio,
    answer_studio,
)
from workshop.widgets.downloads import GET_WORKSPACE
from workshop.widgets.strongest import SLIDER_LABELS, StrongestRoleView, strongest_role_view

DRAFT = AnswerDriver.DRAFT  # the draft button, by its tooltip (its label changes to confirm)

# --- helpers ----------------------------------------------------------------------------------


def _all_html(view) -> str:
    """Every HTML string the view shows, its children's included."""
    return "\n".join(view.driver.html_values())


def _session_with(tmp_path, ws: Workspace) -> Session:
    session = Session.open(tmp_path / "ws.json")
    session.replace(ws, "test set-up")
    return session


def _persona(tmp_path, name: str) -> Session:
    path = tmp_path / "ws.json"
    shutil.copyfile(persona_paths()[name], path)
    return Session.open(path)


def _role(title, sg, cr, rel, *, number=False, used=False, enjoyment=None, org="Acme",
          role_id=None):
    extra = {"id": role_id} if role_id else {}
    return Role(title=title, organization=org, ratings=Ratings(sg, cr, rel), enjoyment=enjoyment,
                results=[Result("I helped the company to cut overtime",
                                value=12 if number else None, unit="%")],
                skills=[Skill("planning", "novice", "proficient",
                              "at my next job I planned rosters" if used else "")],
                **extra)


def _close_call() -> Workspace:
    """A wins with the usual weights (72 to 70); with pillars at 0, B wins."""
    return Workspace(target_role=TargetRole("Operations Manager", ["reduce costs"]),
                     roles=[_role("Alpha Lead", 5, 5, 3, role_id="ra"),
                            _role("Beta Analyst", 3, 3, 5, number=True, used=True,
                                  role_id="rb")])


# --- notebook 04: StrongestRoleView ----------------------------------------------------------


def test_view_shows_chart_table_and_explanation(tmp_path):
    """The view shows a PNG chart, the ranking table strongest first under it, and the plain
    explanation naming the winner."""
    view = StrongestRoleView(_session_with(tmp_path, _close_call()))
    assert view.driver.picture.startswith(b"\x89PNG")
    table = view.driver.table
    assert "<table" in table and table.index("Alpha Lead") < table.index("Beta Analyst")
    assert "72.0" in table and "70.0" in table
    assert "Your strongest answer is Alpha Lead, Acme" in view.driver.explanation
    blocks = view.driver.blocks()
    assert blocks.index("chart") < blocks.index("table")


def test_view_lists_unranked_roles_with_where_to_rate_them(tmp_path):
    """A role missing ratings is listed apart, with what is missing and the notebooks to use."""
    ws = _close_call()
    ws = add_roles(ws, Role(title="Night Porter", ratings=Ratings(skill_growth=3)))
    view = StrongestRoleView(_session_with(tmp_path, ws))
    text = view.driver.unranked
    assert "Night Porter" in text and "company results, relevance" in text
    assert "rate them in notebooks 02 and 03" in text
    assert "–" in view.driver.table  # its rank and score cells are empty, not <NA>
    assert "&lt;NA&gt;" not in view.driver.table


def test_weights_that_change_the_winner_say_so_and_save_nothing(tmp_path):
    """Moving a slider re-ranks at once and says the strongest role changes from A to B; the
    saved workspace file is not touched and there is nothing new to undo."""
    session = _session_with(tmp_path, _close_call())
    before = (tmp_path / "ws.json").read_bytes()
    undo_label = session.undo_label
    view = StrongestRoleView(session)
    view.driver.weigh("pillars", 0)
    verdict = view.driver.verdict
    assert "changes from Alpha Lead, Acme to Beta Analyst, Acme" in verdict
    assert view.ranking.strongest.role.id == "rb"
    assert view.driver.table.index("Beta Analyst") < view.driver.table.index("Alpha Lead")
    assert "not saved" in view.driver.heading
    assert (tmp_path / "ws.json").read_bytes() == before
    assert session.undo_label == undo_label


def test_weights_that_keep_the_winner_say_still(tmp_path):
    """When the winner stays, the view says "still" and names it."""
    view = StrongestRoleView(_session_with(tmp_path, _close_call()))
    view.driver.weigh("pillars", 90)
    assert "With these weights the strongest role is still Alpha Lead, Acme." in \
        view.driver.verdict


def test_reset_puts_the_usual_weights_back(tmp_path):
    """Reset returns every slider to its default and the ranking to the usual one."""
    view = StrongestRoleView(_session_with(tmp_path, _close_call()))
    view.driver.weigh("pillars", 0)
    view.driver.weigh("used_later", 50)
    view.driver.press("Reset to the usual weights")
    assert view.weights.to_dict() == {"pillars": 60.0, "relevance": 24.0, "quantified": 8.0,
                                      "used_later": 8.0}
    assert view.ranking.strongest.role.id == "ra"
    assert "usual weights" in view.driver.verdict


def test_all_weights_zero_is_refused_in_words_and_sliders_keep_their_values(tmp_path):
    """Setting every weight to 0 shows what to fix; the sliders stay where they were put and the
    last working ranking stays on screen."""
    view = StrongestRoleView(_session_with(tmp_path, _close_call()))
    for part in SLIDER_LABELS:
        view.driver.weigh(part, 0)
    assert view.driver.message_kind == "warning"
    assert "give at least one part a weight" in view.driver.message
    assert all(value == 0 for value in view.driver.weights_shown.values())
    assert view.ranking is not None and view.ranking.ranked


def test_rating_change_elsewhere_refreshes_table_and_charts(tmp_path):
    """A rating changed through the session (another widget) redraws the table and charts."""
    session = _session_with(tmp_path, _close_call())
    view = StrongestRoleView(session)
    renders, picture = view.renders, view.driver.picture

    def lower(ws):
        return rate(ws, "ra", "company_results", 1)

    session.change(lower, "rate company results")
    assert view.renders == renders + 1 and view.driver.picture != picture
    assert view.driver.table.index("Beta Analyst") < view.driver.table.index("Alpha Lead")
    assert "Beta Analyst" in view.driver.explanation.split("</p>")[0]


def test_charts_are_not_redrawn_when_nothing_they_show_changed(tmp_path):
    """Editing the answer text does not redraw the charts (no flicker, no wasted time)."""
    session = _session_with(tmp_path, _close_call())
    view = StrongestRoleView(session)
    renders = view.renders
    session.change(
        lambda ws: replace(ws, answer=replace(ws.answer, text="A new answer.")), "edit the answer")
    assert view.renders == renders


def test_view_escapes_participant_text_everywhere(tmp_path):
    """A title and organisation holding markup are shown escaped in every HTML value."""
    ws = Workspace(roles=[_role(HOSTILE, 4, 4, 4, org=HOSTILE, enjoyment=5),
                          _role("Plain", 3, 3, 3, enjoyment=1),
                          Role(title=HOSTILE, organization=HOSTILE)])
    view = StrongestRoleView(_session_with(tmp_path, ws))
    view.driver.weigh("pillars", 10)
    html = _all_html(view)
    assert "<script>" not in html
    assert '& "q"' not in html  # the ampersand is escaped (quotes in text content are harmless)
    assert "&lt;script&gt;" in view.driver.table
    assert "&lt;script&gt;" in view.driver.explanation
    assert "&lt;script&gt;" in view.driver.unranked
    assert "&lt;script&gt;" in view.driver.verdict


def test_view_repr_is_short_and_stable(tmp_path):
    """The repr (what nbval compares) names the counts and the strongest role, then lists the
    ranking and the explanation, and does not change between two views of the same
    workspace."""
    ws = _close_call()
    ws = add_roles(ws, Role(title="Unrated"))
    session = _session_with(tmp_path, ws)
    first, second = repr(StrongestRoleView(session)), repr(StrongestRoleView(session))
    assert first == second
    lines = first.splitlines()
    assert lines[0] == ("StrongestRoleView: 2 ranked, 1 not fully rated; strongest: "
                        "Alpha Lead, Acme, score 72.0")
    assert lines[1] == "1. Alpha Lead, Acme: 72.0"
    assert "Your strongest answer is Alpha Lead, Acme (score 72.0 of 100)" in first


def test_view_of_an_empty_workspace_says_what_to_do(tmp_path):
    """With no roles, the view says to add jobs in notebook 01 and still draws."""
    view = StrongestRoleView(Session.open(tmp_path / "ws.json"))
    assert "notebook 01" in view.driver.table
    assert "notebook 01" in view.driver.explanation
    assert repr(view) == "StrongestRoleView: no roles yet"


@pytest.mark.parametrize("name", sorted(persona_paths()))
def test_view_works_for_every_persona(tmp_path, name):
    """Each sample persona's view ranks its roles and draws without a message."""
    view = StrongestRoleView(_persona(tmp_path, name))
    assert view.driver.message_kind == ""
    assert view.driver.picture.startswith(b"\x89PNG")
    assert view.ranking.ranked


def test_view_factory_opens_the_default_workspace(tmp_path, monkeypatch):
    """``strongest_role_view()`` with no session opens WORKSHOP_WORKSPACE and returns the view
    without displaying it."""
    path = tmp_path / "default.json"
    path.write_bytes(dumps(_close_call()))
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(path))
    view = strongest_role_view()
    assert isinstance(view, StrongestRoleView)
    assert view.session.path == path.resolve() or view.session.path == path
    assert view.ranking.strongest.role.id == "ra"


def test_closed_view_stops_listening(tmp_path):
    """After close() the view no longer reacts to the session."""
    session = _session_with(tmp_path, _close_call())
    view = StrongestRoleView(session)
    view.close()
    renders = view.renders
    session.change(lambda ws: rate(ws, "ra", "relevance", 1), "rate relevance")
    assert view.renders == renders


# --- notebook 05: AnswerStudio -----------------------------------------------------------------


def test_role_defaults_to_strongest_then_to_the_saved_choice(tmp_path):
    """The role list starts on the strongest role, or on the role the answer was saved for."""
    session = _session_with(tmp_path, _close_call())
    assert AnswerStudio(session).role_id == "ra"
    session.change(lambda ws: replace(ws, answer=replace(ws.answer, role_id="rb")), "choose")
    studio = AnswerStudio(session)
    assert studio.role_id == "rb"
    labels = [label for label, _ in studio.driver.control("The role:").options]
    assert "Alpha Lead, Acme (your strongest)" in labels


def test_draft_fills_the_box_and_is_saved(tmp_path):
    """"Draft from my entries" writes a draft for the picked role into the box and saves it to
    the workspace and its file."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.press(DRAFT)
    assert "Alpha Lead" in studio.text
    assert session.workspace.answer.text == studio.text.strip()
    saved = read_workspace(tmp_path / "ws.json")
    assert saved.answer.text == studio.text.strip() and saved.answer.role_id == "ra"
    assert studio.driver.message_kind == "ok"


def test_the_participant_picks_a_30_or_a_90_second_draft(tmp_path):
    """The length list offers the full (90-second) draft first and the short one; the draft
    written is the one picked, and the message says its length."""
    from workshop.draft import draft_answer

    session = _persona(tmp_path, "senior_professional")
    session.change(lambda ws: replace(ws, answer=replace(ws.answer, text="")), "empty the answer")
    studio = AnswerStudio(session)
    role = studio.role_id
    labels = [label for label, _ in studio.driver.control("Length:").options]
    assert labels == ["about 90 seconds: the full answer", "about 30 seconds: a short one"]
    studio.driver.press(DRAFT)
    long = studio.text.strip()
    assert long == draft_answer(session.workspace, role, 90).strip()
    studio.driver.pick("Length:", "about 30 seconds: a short one")
    studio.driver.press(DRAFT)  # a kit draft in the box: replaced without asking
    assert studio.text.strip() == draft_answer(session.workspace, role, 30).strip()
    assert len(studio.text.split()) < len(long.split())
    assert f"about {studio.check.seconds} seconds" in studio.driver.message  # the check's time


def test_a_draft_far_short_of_the_length_picked_says_its_time_and_what_to_add(tmp_path):
    """Where the entries hold too little for 90 seconds, the message says the draft's true
    time against the length picked and points to the coach's questions; a draft that fills
    most of its length does not."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.press(DRAFT)
    seconds = studio.check.seconds
    assert seconds < 63, studio.text  # a thin role: one skill, one result
    assert f"Your entries hold about {seconds} of the 90 seconds you chose" in \
        studio.driver.message
    assert "coach's questions above say what to add" in studio.driver.message
    (tmp_path / "full").mkdir()
    full = _persona(tmp_path / "full", "senior_professional")
    full.change(lambda ws: replace(ws, answer=replace(ws.answer, text="")), "empty the answer")
    rich = AnswerStudio(full)
    rich.driver.pick("Length:", "about 30 seconds: a short one")
    rich.driver.press(DRAFT)
    assert rich.check.seconds >= 21 and "seconds you chose" not in rich.driver.message


def test_draft_over_own_text_needs_a_second_click_and_can_be_undone(tmp_path):
    """With the participant's own text in the box, the first click only asks; the second
    replaces it; Undo brings the own text back."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.write("My own careful words about the job.")
    studio.driver.press(DRAFT)
    assert studio.text == "My own careful words about the job."
    assert studio.driver.message_kind == "warning" and "again" in studio.driver.message
    studio.driver.press(DRAFT)
    assert "Alpha Lead" in studio.text
    studio.driver.undo()
    assert studio.text == "My own careful words about the job."
    assert session.workspace.answer.text == "My own careful words about the job."


def test_redrafting_a_kit_draft_needs_no_confirmation(tmp_path):
    """A box holding an untouched draft is replaced on the first click (for another role,
    once the participant makes the answer about it)."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.press(DRAFT)
    studio.driver.control("The role:").value = "rb"
    studio.driver.press("Answer about this role instead")
    assert "Beta Analyst" in studio.text
    assert session.workspace.answer.role_id == "rb"
    studio.driver.pick("Length:", "about 30 seconds: a short one")
    studio.driver.press(DRAFT)
    assert "Beta Analyst" in studio.text and studio.driver.message_kind == "ok"


def test_typing_autosaves_and_save_button_saves(tmp_path):
    """A changed box is saved into workspace.answer and the file; Save says so."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.write("First words.")
    assert read_workspace(tmp_path / "ws.json").answer.text == "First words."
    studio.driver.press("Save")
    assert studio.driver.message == "Saved."
    assert session.undo_label == "edit the answer"


def test_too_long_answer_is_refused_and_the_text_stays(tmp_path):
    """An answer over the limit shows what to fix, stays in the box, and the saved answer is
    unchanged; a later change from elsewhere does not wipe the kept text."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.write("Saved words.")
    too_long = "word " * 4001
    studio.driver.write(too_long)
    assert studio.driver.message_kind == "error"
    assert "keep it under 20000" in studio.driver.message
    assert studio.text == too_long
    assert read_workspace(tmp_path / "ws.json").answer.text == "Saved words."
    session.change(
        lambda ws: replace(ws, target_role=replace(ws.target_role, title="Ops Lead")),
        "name the target")
    assert studio.text == too_long


def test_check_feedback_uses_symbols_and_words(tmp_path):
    """The live check lists each finding with ✔ Done or ☐ To do, plus words and seconds."""
    studio = AnswerStudio(_session_with(tmp_path, _close_call()))
    studio.driver.write("I loved the fun and the great team.")
    html = studio.driver.feedback
    assert "☐ To do: No pitfalls" in html
    assert "✔ Done" not in html or "☐ To do" in html
    assert re.search(r"\d+ words, about \d+ seconds spoken", html)
    assert "great team" in html
    studio.driver.press(DRAFT)
    studio.driver.press(DRAFT)
    assert "✔ Done: A result for the organisation" in studio.driver.feedback


def test_check_follows_the_hiring_managers_goals(tmp_path):
    """The goals finding reflects the target role's goals from the workspace."""
    studio = AnswerStudio(_session_with(tmp_path, _close_call()))
    studio.driver.write("I helped the company to reduce costs by 12%.")
    assert studio.check.finding("goals_match").ok
    assert "✔ Done: The hiring manager&#x27;s goals" in studio.driver.feedback


class _Clock:
    """A stand-in for the views' clock (``workshop.widgets._base.clock``) that moves only when
    told."""

    def __init__(self, monkeypatch) -> None:
        self.now = 1000.0
        monkeypatch.setattr(widgets_base, "clock", lambda: self.now)

    def wait(self, seconds: float) -> None:
        self.now += seconds


def test_answer_card_is_written_beside_the_workspace_and_offered(tmp_path, monkeypatch):
    """The card button writes answer_card.md and answer_card.html next to the workspace file and
    shows download links for both and for the workspace file. The card files are written only
    when the button is clicked: later typing leaves them alone until the next click."""
    clock = _Clock(monkeypatch)
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.write("I helped the company to reduce costs by 12%.")
    studio.driver.press("Make my answer card")
    md = (tmp_path / CARD_NAMES["markdown"]).read_text(encoding="utf-8")
    page = (tmp_path / CARD_NAMES["html"]).read_text(encoding="utf-8")
    assert "reduce costs by 12%" in md and page.startswith("<!DOCTYPE html>")
    studio.driver.press(GET_WORKSPACE)
    links = studio.driver.downloads
    for name in ("ws.json", "answer_card.md", "answer_card.html"):
        assert f'download="{name}"' in links
    payload = re.search(r'download="ws.json" href="data:application/json;base64,([^"]+)"',
                        links).group(1)
    assert json.loads(base64.b64decode(payload))["answer"]["text"].startswith("I helped")
    clock.wait(LATE_KEYS + 1)
    studio.driver.write("I helped the company to reduce costs by 15%.")
    assert "15%" not in (tmp_path / CARD_NAMES["markdown"]).read_text(encoding="utf-8")
    studio.driver.press("Make my answer card")
    assert "15%" in (tmp_path / CARD_NAMES["markdown"]).read_text(encoding="utf-8")


def test_keys_that_reach_the_kernel_just_after_the_card_click_go_into_the_card(tmp_path,
                                                                               monkeypatch):
    """ipywidgets sends a click ahead of the keys it holds back while the kernel is busy, so
    "type, Tab, Enter" can reach the kernel as click first, last keys after. Keys arriving
    within LATE_KEYS of the card make it again: file and download hold the whole sentence."""
    clock = _Clock(monkeypatch)
    studio = AnswerStudio(_session_with(tmp_path, _close_call()))
    studio.driver.write("I helped the company to cut overtime by 1")
    studio.driver.press("Make my answer card")
    clock.wait(0.3)
    studio.driver.write("I helped the company to cut overtime by 18%.")  # the keys held back
    md = (tmp_path / CARD_NAMES["markdown"]).read_text(encoding="utf-8")
    assert "cut overtime by 18%." in md
    payload = re.search(r'download="answer_card.md" href="data:text/markdown;base64,([^"]+)"',
                        studio.driver.downloads).group(1)
    assert "cut overtime by 18%." in base64.b64decode(payload).decode("utf-8")
    assert "Your answer card is saved" in studio.driver.message
    assert read_workspace(tmp_path / "ws.json").answer.text.endswith("by 18%.")


def test_a_change_after_the_card_takes_the_old_cards_download_away(tmp_path, monkeypatch):
    """Once the late keys are in, a change to the box or to the saved workspace (a rating in
    notebook 03, an undo) means the card on offer is no longer the answer's: its download goes
    and the note says to make it again; the workspace download stays and follows."""
    clock = _Clock(monkeypatch)
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.write("I helped the company to reduce costs by 12%.")
    studio.driver.press("Make my answer card")
    assert 'download="answer_card.html"' in studio.driver.downloads
    clock.wait(LATE_KEYS + 0.5)
    other = Session.open(tmp_path / "ws.json")  # another notebook changes a rating
    other.change(lambda ws: rate(ws, ws.roles[0].id, "relevance", 1), "rate relevance")
    session.refresh()
    assert 'download="answer_card.html"' not in studio.driver.downloads
    studio.driver.press(GET_WORKSPACE)  # the workspace file's link is made from the file now
    assert 'download="ws.json"' in studio.driver.downloads
    # the answer's text did not change: the message says what did
    assert studio.driver.message.startswith("Your entries changed after the card was made")
    assert "your answer's text did not change" in studio.driver.message
    assert "Your entries changed after the last card" in "\n".join(studio.driver.html_values())
    assert "still the earlier card" in "\n".join(studio.driver.html_values())
    studio.driver.press("Make my answer card")
    assert 'download="answer_card.html"' in studio.driver.downloads
    clock.wait(LATE_KEYS + 0.5)
    studio.driver.write("I helped the company to reduce costs by 14%.")  # typing, not saved yet
    assert 'download="answer_card.md"' not in studio.driver.downloads
    assert "The answer changed after the last card" in "\n".join(studio.driver.html_values())
    assert "12%" in (tmp_path / CARD_NAMES["markdown"]).read_text(encoding="utf-8")


def test_workspace_download_is_made_when_asked_and_goes_after_a_change(tmp_path):
    """The workspace file can be downloaded before anything else is done, once asked for; its
    link holds the file as saved then (the box saved first), and a change made afterwards (a
    rating in another notebook) takes it away and says to ask again: no old file is handed
    over, and no link is built on a change nobody asked for."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    assert "workshop-download" not in studio.driver.downloads  # nothing built until asked
    studio.driver.write("I helped the team to cut waiting times by 12%.")
    studio.driver.press(GET_WORKSPACE)
    payload = re.search(r'download="ws.json" href="data:application/json;base64,([^"]+)"',
                        studio.driver.downloads).group(1)
    assert base64.b64decode(payload) == session.path.read_bytes()
    assert json.loads(base64.b64decode(payload))["answer"]["text"].endswith("by 12%.")
    assert not (tmp_path / CARD_NAMES["markdown"]).exists()  # nothing written until asked
    other = Session.open(tmp_path / "ws.json")  # another notebook changes a rating
    other.change(lambda ws: rate(ws, ws.roles[0].id, "relevance", 1), "rate relevance")
    session.refresh()
    assert "workshop-download" not in studio.driver.downloads
    assert f"press {GET_WORKSPACE}" in _all_html(studio).replace("<b>", "").replace("</b>", "")
    studio.driver.press(GET_WORKSPACE)
    payload = re.search(r'base64,([^"]+)"', studio.driver.downloads).group(1)
    assert base64.b64decode(payload) == (tmp_path / "ws.json").read_bytes()


def test_the_workspace_download_never_waits_on_a_file_swapped_for_a_pipe(tmp_path):
    """When the saved file is replaced by a FIFO meanwhile, the download link is made at once
    from the session's workspace: the kernel does not wait forever for a writer."""
    import os
    import threading

    session = _session_with(tmp_path, _close_call())
    session.path.unlink()
    os.mkfifo(session.path)
    got = []
    reader = threading.Thread(target=lambda: got.append(downloads.workspace_bytes(session)),
                              daemon=True)  # a blocked read must not keep pytest from ending
    reader.start()
    reader.join(5)

    assert got == [dumps(session.workspace)]


def test_share_writes_an_anonymised_export_to_the_class_folder(tmp_path, monkeypatch):
    """Share writes the export into WORKSHOP_SHARE_DIR, says where, holds none of the typed
    text, and a second click updates the same file."""
    folder = tmp_path / "class"
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(folder))
    studio = AnswerStudio(_session_with(tmp_path, _close_call()))
    studio.driver.write("I helped the company to reduce costs by 12% at Acme.")
    share = studio.share_panel.driver
    share.share()
    files = list(folder.glob("*.json"))
    assert len(files) == 1
    assert files[0].name in share.message and str(folder) not in share.message
    assert files[0].name in studio.driver.text()  # the confirmation sits under the button
    raw = files[0].read_text(encoding="utf-8")
    for secret in ("Alpha Lead", "Acme", "reduce costs by 12%", "Operations Manager"):
        assert secret not in raw
    share.share()
    assert list(folder.glob("*.json")) == files
    assert "Updated" in share.message


def test_the_shared_file_takes_late_keys_and_says_when_it_is_older(tmp_path, monkeypatch):
    """Keys reaching the kernel just after the share click go into the shared file (rewritten
    in place, the message unchanged); a change after that is said beside the button, and the
    next press updates the same file and clears the note."""
    clock = _Clock(monkeypatch)
    folder = tmp_path / "class"
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(folder))
    studio = AnswerStudio(_session_with(tmp_path, _close_call()))
    share = studio.share_panel.driver
    studio.driver.write("I helped the company to reduce costs by")
    share.share()
    (shared,) = folder.glob("*.json")
    assert json.loads(shared.read_text(encoding="utf-8"))["answer"]["findings"][
        "quantified"] is False
    clock.wait(0.4)
    studio.driver.write("I helped the company to reduce costs by 12%.")  # the keys held back
    assert list(folder.glob("*.json")) == [shared]
    assert json.loads(shared.read_text(encoding="utf-8"))["answer"]["findings"][
        "quantified"] is True
    assert share.message.startswith("Shared") and "changed after you shared" not in share.text()
    clock.wait(LATE_KEYS + 1)
    studio.driver.write("I helped the company to reduce costs. It was fun.")
    assert json.loads(shared.read_text(encoding="utf-8"))["answer"]["findings"][
        "quantified"] is True
    assert "changed after you shared" in share.text()
    share.share()
    assert "changed after you shared" not in share.text() and "Updated" in share.message
    assert json.loads(shared.read_text(encoding="utf-8"))["answer"]["findings"][
        "quantified"] is False


def test_share_defaults_to_a_folder_beside_the_workspace(tmp_path, monkeypatch):
    """Without WORKSHOP_SHARE_DIR the export goes to share_exports/ next to the workspace."""
    monkeypatch.delenv("WORKSHOP_SHARE_DIR", raising=False)
    studio = AnswerStudio(_session_with(tmp_path, _close_call()))
    studio.share_panel.driver.share()
    assert len(list((tmp_path / "share_exports").glob("*.json"))) == 1


def test_changes_elsewhere_reach_the_studio(tmp_path):
    """A role renamed and an answer saved by another notebook show up in the studio."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)

    def rename(ws):
        return with_role(ws, "ra", lambda r: replace(r, title="Alpha Director"))

    session.change(rename, "rename")
    assert any(label.startswith("Alpha Director") for label in studio.driver.options("The role:"))
    session.change(lambda ws: replace(ws, answer=Answer("rb", "Text from elsewhere.")),
                   "answer elsewhere")
    assert studio.text == "Text from elsewhere." and studio.role_id == "rb"


def test_undo_button_names_the_last_change(tmp_path):
    """The undo button says what it would take back, and is off when there is nothing."""
    session = Session.open(tmp_path / "ws.json")
    studio = AnswerStudio(session)
    undo = studio.driver.undo_button
    assert undo.disabled and undo.description == "Nothing to undo"
    session.replace(_close_call(), "load a persona")
    assert not undo.disabled and undo.description == "Undo: load a persona"


def test_studio_without_roles_explains_instead_of_drafting(tmp_path):
    """With no roles the draft button is off and a click explains where to add jobs."""
    studio = AnswerStudio(Session.open(tmp_path / "ws.json"))
    assert studio.driver.button(DRAFT).disabled
    studio.driver.press(DRAFT, even_if_disabled=True)  # a click from a page not yet updated
    assert "notebook 01" in studio.driver.message
    assert repr(studio) == "AnswerStudio: no roles yet"


def test_studio_escapes_participant_text_everywhere(tmp_path):
    """A role title, goal and answer holding markup are escaped in every HTML value, including
    the check's quotes of the text."""
    ws = Workspace(target_role=TargetRole(HOSTILE, [HOSTILE]),
                   roles=[_role(HOSTILE, 4, 4, 4, org=HOSTILE, number=True)])
    session = _session_with(tmp_path, ws)
    studio = AnswerStudio(session)
    studio.driver.write(HOSTILE + " I loved the fun.")
    studio.driver.press("Make my answer card")
    studio.share_panel.driver.share()
    html = _all_html(studio)
    assert "<script>" not in html
    assert "&lt;script&gt;" in studio.driver.feedback or "script" not in studio.driver.feedback
    message = studio.driver.message_html
    assert "&lt;script&gt;" in message or "<script>" not in message
    assert "<script>" not in (tmp_path / CARD_NAMES["html"]).read_text(encoding="utf-8")


def test_studio_repr_is_short_and_stable(tmp_path):
    """The repr names the role, the length and how much of the check is done."""
    session = _session_with(tmp_path, _close_call())
    assert repr(AnswerStudio(session)) == ("AnswerStudio: answer about Alpha Lead, Acme; "
                                           "no text yet")
    studio = AnswerStudio(session)
    studio.driver.write("I helped the company to reduce costs by 12%.")
    again = AnswerStudio(session)
    assert repr(studio) == repr(again)
    first, text, *checks = repr(studio).splitlines()
    assert re.fullmatch(r"AnswerStudio: answer about Alpha Lead, Acme; \d+ words, about \d+ "
                        r"seconds; check \d of 7 done", first)
    assert text == "I helped the company to reduce costs by 12%."
    assert len(checks) == 7 and all(c.startswith(("done: ", "to do: ")) for c in checks)


def test_studio_factory_opens_the_default_workspace(tmp_path, monkeypatch):
    """``answer_studio()`` with no session opens WORKSHOP_WORKSPACE and returns the studio."""
    path = tmp_path / "default.json"
    path.write_bytes(dumps(_close_call()))
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(path))
    studio = answer_studio()
    assert isinstance(studio, AnswerStudio)
    assert studio.role_id == "ra"


@pytest.mark.parametrize("name", sorted(persona_paths()))
def test_studio_drafts_for_every_persona(tmp_path, name):
    """For each sample persona the studio drafts, checks and makes the card without an error."""
    session = _persona(tmp_path, name)
    studio = AnswerStudio(session)
    if session.workspace.answer.text:
        studio.driver.press(DRAFT)
    studio.driver.press(DRAFT)
    studio.driver.press("Make my answer card")
    assert studio.driver.message_kind == "ok", studio.driver.message
    assert studio.text.strip()
    assert (tmp_path / CARD_NAMES["html"]).exists()


def test_undo_asks_before_it_replaces_a_refused_text_in_the_answer_box(tmp_path):
    """A text refused for its length stays in the box; Undo first says the box holds unsaved
    text and only a second click replaces it with the saved answer."""
    session = _session_with(tmp_path, _close_call())
    studio = AnswerStudio(session)
    studio.driver.write("I helped the company to cut costs by 12%.")
    studio.driver.press("Save")
    long_text = "I helped the team to plan rosters for 40 staff. " * 500  # over 20,000 characters
    studio.driver.write(long_text)
    assert studio.text == long_text and studio.unsaved
    undo = studio.driver.button(studio.driver.undo_button.description)
    undo.click()
    assert studio.text == long_text, "the first click must not empty the box"
    assert "not saved yet" in studio.message
    # it names the step the undo takes back, which is not the paste (participant trial: a
    # coach's reply was taken back by a click that spoke only of the unsaved text)
    assert f"({session.undo_label})" in studio.message
    studio.driver.press("Yes, undo and drop my unsaved text")
    assert studio.text != long_text and "Undone" in studio.message


def test_the_check_follows_each_change_of_the_box_without_leaving_it(tmp_path):
    """The box sends every key (no wait for the box to lose focus) and the check follows."""
    studio = AnswerStudio(_session_with(tmp_path, _close_call()))
    assert studio.driver.answer_box.continuous_update
    studio.driver.write("I helped the company to reduce costs by 12%.")
    first = studio.driver.text()
    studio.driver.write("It was fun and I loved the great team.")
    assert "fun" in studio.driver.text() and first != studio.driver.text()


# --- notebook 04 at the floor: rows to the browser, a plain table --------------------------


@pytest.mark.parametrize("name", ["career_changer", "enjoyed_trap", "senior_professional"])
def test_ranking_table_is_the_html_pandas_gave(tmp_path, name):
    """The plain template writes the same table, byte for byte, as the pandas frame it replaces
    (``tables.roles_frame`` with its parts, rendered by ``to_html``), hostile titles included."""
    import pandas as pd

    from workshop.scoring import rank
    from workshop.tables import PART_COLUMNS, roles_frame
    from workshop.widgets._base import table_html
    from workshop.widgets.strongest import TABLE_HEADERS, ranking_table_html

    ws = _persona(tmp_path, name).workspace
    ws = with_role(ws, ws.roles[0].id, lambda r: replace(r, title='<b>x</b> & "y" \\u2028'))
    for part in (ws, Workspace(roles=ws.roles[:1])):
        ranking = rank(part)
        frame = roles_frame(part, parts=True, ranking=ranking)
        frame["role"] = [r.label for r in (s.role for s in ranking.ranked + ranking.unranked)]
        frame = frame[list(TABLE_HEADERS)]
        shown = frame.astype(object)
        for col in frame.columns:
            decimals = col == "score" or col in PART_COLUMNS.values()
            shown[col] = [("–" if pd.isna(v) else f"{float(v):.1f}" if decimals else str(v))
                          for v in frame[col]]
        old = table_html(shown.rename(columns=TABLE_HEADERS), name="workshop-ranking")
        assert ranking_table_html(ranking) == old


def test_a_rating_change_sends_rows_not_a_picture(tmp_path, monkeypatch):
    """A rating change saved by another notebook reaches notebook 04's live chart as rows (the
    changed rating in them) with no matplotlib figure drawn in the kernel; moving a weight
    slider re-ranks the rows; a change that shows nothing new sends nothing."""
    import workshop.charts

    drawn = []
    real = workshop.charts.figure_strongest
    monkeypatch.setattr(workshop.charts, "figure_strongest",
                        lambda *a, **k: drawn.append(1) or real(*a, **k))
    session = _session_with(tmp_path, _close_call())
    view = StrongestRoleView(session)
    chart = view.driver.chart
    before = [dict(r) for r in chart.rows]
    sent = []
    chart.observe(lambda c: sent.append(c["name"]), names=["rows", "verdict", "alt"])
    role = session.workspace.roles[0]
    new = 1 if role.ratings.relevance != 1 else 2
    session.change(lambda ws: rate(ws, ws.roles[0].id, "relevance", new), "rate")
    assert "rows" in sent and chart.rows != before
    assert [r["relevance"] for r in chart.rows if r["label"] == role.label] == [new]
    assert chart.alt.startswith("Charts of your")
    sent.clear()
    session.change(
        lambda ws: replace(ws, target_role=replace(ws.target_role, title="Team lead")),
        "not in the chart")
    assert sent == []
    view.driver.weigh("pillars", 0)
    assert chart.rows[0]["score"] == view.ranking.strongest.score
    assert drawn == []  # no matplotlib figure for any of it


def test_make_a_picture_hands_over_a_matplotlib_png(tmp_path):
    """"Make a picture of the charts (PNG)" draws the charts as shown with matplotlib and offers
    them as a download link; a later change takes the old link away."""
    session = _session_with(tmp_path, _close_call())
    view = StrongestRoleView(session)
    view.driver.press("Make a picture of the charts (PNG)")
    links = [h for h in view.driver.html_values() if "strongest-role-charts.png" in h]
    assert len(links) == 1 and "data:image/png;base64,iVBOR" in links[0]
    session.change(lambda ws: rate(ws, ws.roles[0].id, "relevance",
                                   1 if ws.roles[0].ratings.relevance != 1 else 2), "rate")
    assert not [h for h in view.driver.html_values() if "strongest-role-charts.png" in h]


def test_a_session_opened_at_another_path_shares_where_the_class_folder_says(
        monkeypatch, tmp_path):
    """One function decides the class folder: for a session opened at a path other than the
    default, the share button writes to ``class_folder`` of that session's file, with
    WORKSHOP_SHARE_DIR and without."""
    from workshop.session import open_session
    from workshop.share import class_folder
    from workshop.widgets.answer import share_folder

    monkeypatch.delenv("WORKSHOP_SHARE_DIR", raising=False)
    session = open_session(tmp_path / "elsewhere" / "ws.json")
    assert share_folder(session) == class_folder(session.path) \
        == tmp_path / "elsewhere" / "share_exports"

    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(tmp_path / "class"))
    assert share_folder(session) == class_folder(session.path) == class_folder() \
        == tmp_path / "class"
