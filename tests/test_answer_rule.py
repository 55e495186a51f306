"""One rule decides which answer text, about which role, from where: ``answer_for``. Every
view that shows or checks the answer (the report and answer card, the class export, notebook
05's studio, the facilitator demo, the draft itself) follows it on the same edge cases: nothing
rated, a chosen role with an empty box, an edited answer, an untouched draft."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from workshop.answer_choice import answer_for
from workshop.draft import draft_answer, offered_draft
from workshop.edits import with_answer
from workshop.model import Ratings, Workspace
from workshop.report import build_report
from workshop.resources import persona_paths
from workshop.session import Session
from workshop.share import export_dict
from workshop.store import dumps


def persona(name: str = "senior_professional") -> Workspace:
    with open(persona_paths()[name], encoding="utf-8") as fh:
        return Workspace.from_dict(json.load(fh))


def unrated() -> Workspace:
    ws = persona()
    return replace(ws, roles=tuple(replace(role, ratings=Ratings()) for role in ws.roles))


def chosen_empty() -> Workspace:
    return with_answer(persona(), "", "r2")


def edited() -> Workspace:
    ws = persona()
    return with_answer(ws, draft_answer(ws, "r3") + " I also ran the site's first safety week.",
                       "r3")


def untouched() -> Workspace:
    ws = persona()
    return with_answer(ws, draft_answer(ws, "r4"), "r4")


CASES = {
    # name: (workspace, role, source)
    "nothing rated": (unrated, "r1", "draft"),
    "chosen role, empty box": (chosen_empty, "r2", "draft"),
    "edited answer": (edited, "r3", "participant"),
    "untouched draft": (untouched, "r4", "draft"),
}


def _views(tmp_path, ws: Workspace) -> dict[str, tuple[str, str | None]]:
    """(text, role id) as each caller shows it."""
    from workshop.widgets.answer import AnswerStudio
    from workshop.widgets.demo import DemoApp

    report = build_report(ws)["answer"]
    path = tmp_path / "ws.json"
    path.write_bytes(dumps(ws))
    studio = AnswerStudio(Session.open(path))
    demo = DemoApp(folder=tmp_path / "demo")
    demo.session.replace(Workspace.from_dict(ws.to_dict()), "load the case")
    out = {
        "report": (report["text"], report["role_id"]),
        # the draft a view offers: one draft at both lengths for entries too thin for 90 s
        "draft": (offered_draft(ws).text if not ws.answer.text.strip() else ws.answer.text,
                  answer_for(ws).role_id),
        "studio": (studio.text or offered_draft(ws, studio.role_id).text, studio.role_id),
        "demo": (demo.answer_text, answer_for(demo.session.workspace).role_id),
    }
    studio.close()
    demo.close()
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_view_shows_the_same_answer_about_the_same_role(tmp_path, case):
    """Report, class export, studio, demo and draft agree on text, role and source."""
    make, role_id, source = CASES[case]
    ws = make()
    choice = answer_for(ws)
    assert (choice.role_id, choice.source) == (role_id, source)
    for view, (text, shown_role) in _views(tmp_path, ws).items():
        assert shown_role == role_id, view
        assert text.strip() == choice.text.strip(), view
    assert build_report(ws)["answer"]["source"] == source
    assert export_dict(ws)["answer"]["source"] == source


def test_no_roles_means_no_answer_anywhere():
    """With no roles there is no text, no role and the source is "none" for every caller."""
    ws = Workspace()
    assert answer_for(ws) == answer_for(ws)
    assert (answer_for(ws).text, answer_for(ws).role_id, answer_for(ws).source) == ("", None,
                                                                                     "none")
    assert build_report(ws)["answer"]["source"] == "none"
    assert export_dict(ws)["answer"]["source"] == "none"


def test_an_untouched_draft_is_replaced_without_asking(tmp_path):
    """The studio treats a saved, untouched draft as the kit's: a new draft replaces it at once."""
    from workshop.widgets.answer import AnswerStudio

    ws = untouched()
    path = tmp_path / "ws.json"
    path.write_bytes(dumps(ws))
    studio = AnswerStudio(Session.open(path))
    studio._draft.click()
    assert studio._message.kind == "ok"
    studio.close()
