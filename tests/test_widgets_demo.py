"""The facilitator demo app: a persona in a temporary workspace, ranking, charts, drafted answer."""

from __future__ import annotations

import json
import shutil

import pytest
from helpers_hostile import SCRIPT as HOSTILE
from helpers_hostile import SCRIPT_ESCAPED

from workshop.errors import WorkshopError
from workshop.resources import persona_paths
from workshop.scoring import rank
from workshop.store import read_workspace
from workshop.widgets.demo import DEFAULT_PERSONA, DemoApp, demo_app


@pytest.fixture
def own_workspace(tmp_path, monkeypatch):
    """A participant's own workspace file as the default workspace (the demo must not touch it)."""
    path = tmp_path / "my_workspace.json"
    shutil.copyfile(persona_paths()["new_graduate"], path)
    monkeypatch.setenv("WORKSHOP_WORKSPACE", str(path))
    return path


def strongest_label(name: str) -> str:
    top = rank(read_workspace(persona_paths()[name])).strongest.role
    return top.title


def html_values(widget) -> list[str]:
    """Every HTML value under ``widget`` (recursively through its children)."""
    out = []
    stack = [widget]
    while stack:
        node = stack.pop()
        if type(node).__name__ in ("HTML", "Message"):
            out.append(node.value)
        stack.extend(getattr(node, "children", ()))
    return out


def test_opens_on_the_enjoyment_trap_persona(tmp_path):
    """By default the demo shows the persona whose favourite job is not the strongest answer."""
    app = DemoApp(folder=tmp_path)

    assert app.persona == DEFAULT_PERSONA
    assert f"strongest: {strongest_label(DEFAULT_PERSONA)}" in repr(app)
    assert "Not</b> their strongest answer" in app.driver.who


def test_shows_ranking_table_chart_and_explanation(tmp_path):
    """The page holds the ranking table, a chart image and the plain explanation."""
    app = DemoApp(folder=tmp_path)
    ranking = app.driver.ranking  # the notebook 04 view on the page, through its driver

    assert "workshop-ranking" in ranking.table
    assert ranking.picture.startswith(b"\x89PNG")
    assert "Your strongest answer is" in ranking.explanation
    assert strongest_label(DEFAULT_PERSONA) in ranking.table


def test_shows_a_drafted_and_checked_answer(tmp_path):
    """The answer box holds a draft for the strongest role, and the check lists every finding."""
    app = DemoApp(folder=tmp_path)

    assert len(app.answer_text.split()) > 50
    assert "drafted by the kit" in app.driver.answer_heading
    assert "Check of the answer:" in app.driver.check
    assert app.driver.check.count("<li") == 7


def test_picking_another_persona_changes_the_strongest_role(tmp_path):
    """Choosing another persona in the picker loads it: the strongest role and the answer change."""
    app = DemoApp(folder=tmp_path)
    before = repr(app)
    answer_before = app.answer_text

    app.driver.show("senior_professional")

    assert app.persona == "senior_professional"
    assert repr(app) != before
    assert f"strongest: {strongest_label('senior_professional')}" in repr(app)
    assert strongest_label("senior_professional") in app.driver.ranking.table
    assert app.answer_text != answer_before
    assert json.loads(app.path.read_text())["participant"]["name"] == \
        read_workspace(persona_paths()["senior_professional"]).participant["name"]


def test_every_persona_can_be_shown(tmp_path):
    """Each sample persona loads without a message and ranks at least one role."""
    app = DemoApp(folder=tmp_path)
    for name in persona_paths():
        app.driver.show(name)
        assert app.driver.message == ""
        assert "ranked, strongest:" in repr(app)


def test_never_touches_the_participants_workspace(own_workspace):
    """The demo works in a temporary file: the participant's own workspace stays byte for byte."""
    before = own_workspace.read_bytes()

    app = demo_app()
    app.driver.show("career_changer")
    app.driver.write("An edited answer.")

    assert app.path != own_workspace
    assert app.path.parent != own_workspace.parent
    assert own_workspace.read_bytes() == before


def test_editing_the_answer_rechecks_it(tmp_path):
    """Typing in the answer box updates the check at once."""
    app = DemoApp(folder=tmp_path)

    app.driver.write("It was fun and the team was great.")

    assert "Pitfalls found" in app.driver.check
    assert app.driver.answer == "It was fun and the team was great."
    assert "answer 8 words" in repr(app)


def test_a_broken_persona_file_shows_a_message_and_keeps_the_page(tmp_path, monkeypatch):
    """A persona file that can't be read gives a plain message; the page keeps the last persona."""
    broken = tmp_path / "personas"
    broken.mkdir()
    for name, path in persona_paths().items():
        shutil.copyfile(path, broken / f"{name}.json")
    (broken / "zz_broken.json").write_text("{not json", encoding="utf-8")
    import workshop.widgets.demo as demo_module

    monkeypatch.setattr(demo_module, "persona_paths",
                        lambda: {p.stem: p for p in sorted(broken.glob("*.json"))})
    app = DemoApp(folder=tmp_path / "ws")
    before = repr(app)

    app.driver.show("zz_broken")

    assert app.driver.message_kind == "error"
    assert "Nothing was changed" in app.driver.message
    assert "Traceback" not in app.driver.message_html
    assert app.persona == DEFAULT_PERSONA
    assert repr(app).split(";")[1:] == before.split(";")[1:]


def test_unknown_persona_is_refused_with_the_names():
    """Asking for a persona that does not exist names the ones there are."""
    with pytest.raises(WorkshopError) as info:
        DemoApp("nobody")
    for name in persona_paths():
        assert name in info.value.message


def test_participant_text_is_escaped_everywhere(tmp_path, monkeypatch):
    """Hostile text in a persona (name, target, goals, roles, answer) is escaped in every HTML."""
    data = json.loads(persona_paths()[DEFAULT_PERSONA].read_text(encoding="utf-8"))
    data["participant"]["name"] = HOSTILE
    data["target_role"]["title"] = HOSTILE
    data["target_role"]["goals"] = [HOSTILE]
    data["roles"][0]["title"] = HOSTILE
    data["roles"][1]["organization"] = HOSTILE
    data["answer"] = {"role_id": data["roles"][1]["id"], "text": HOSTILE + " " * 3 + "words"}
    folder = tmp_path / "personas"
    folder.mkdir()
    (folder / "hostile.json").write_text(json.dumps(data), encoding="utf-8")
    import workshop.widgets.demo as demo_module

    monkeypatch.setattr(demo_module, "persona_paths", lambda: {"hostile": folder / "hostile.json"})
    app = DemoApp("hostile", folder=tmp_path / "ws")
    values = html_values(app)

    assert any(SCRIPT_ESCAPED in v for v in values)
    for value in values:
        assert "<script>" not in value
        assert "& \"q\"" not in value  # the bare ampersand never reaches the page
    assert app.answer_text.startswith(HOSTILE)  # a Textarea shows text, not HTML


def test_repr_is_short_and_stable(tmp_path):
    """The repr names the persona, the strongest role and the check, the same on every build."""
    first, second = DemoApp(folder=tmp_path / "a"), DemoApp(folder=tmp_path / "b")

    assert repr(first) == repr(second)
    assert repr(first).startswith("DemoApp: Enjoyed trap")
    assert "\n" not in repr(first) and len(repr(first)) < 250


def test_running_the_cell_again_closes_the_earlier_app(own_workspace):
    """Building the demo again closes the one built before and removes its temporary files."""
    first = demo_app()
    folder = first.path.parent

    second = demo_app()

    assert not folder.exists()
    assert second.path.exists()
    assert first.comm is None  # closed: no longer on the page
    second.close()
    assert not second.path.parent.exists()


def test_the_app_has_one_introduction_and_counts_in_words(tmp_path):
    """The app adds no introduction of its own (the notebook's Markdown is the one), counts
    jobs without "(s)", names each favourite job apart ("2 jobs: <b>A, Org</b> and <b>B</b>"),
    and titles the ranking as what a participant sees in notebook 04."""
    app = DemoApp(folder=tmp_path)
    shown = "".join(html_values(app))
    ws = read_workspace(persona_paths()[DEFAULT_PERSONA])

    assert "<h2" not in shown and "The whole workshop" not in shown
    assert "(s)" not in shown
    assert f"has had {len(ws.roles)} jobs and" in app.driver.who
    assert ("Enjoyed most (5/5): 2 jobs: <b>Festival Events Assistant, Sunfield Music "
            "Festival</b> and <b>Tour Guide</b>.") in app.driver.who
    assert "Jonas's ranking, as notebook 04 shows it" in shown


def test_the_demo_notebook_keeps_its_jupyterlab_line_apart():
    """The demo notebook's "run the cell below" is a cell of its own, tagged lab-only (the kit's
    Voila template leaves it out of the app); the introduction cell says nothing of JupyterLab."""
    import nbformat

    from workshop.cli import notebooks_dir

    nb = nbformat.read(notebooks_dir() / "facilitator" / "demo.ipynb", as_version=4)
    md = [c for c in nb.cells if c.cell_type == "markdown"]
    tagged = [c for c in md if "lab-only" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and "run the cell below" in tagged[0].source
    assert all("JupyterLab" not in c.source for c in md if c not in tagged)


def test_the_answer_and_its_check_follow_the_workspace(tmp_path):
    """A new answer saved in the demo's workspace fills the box and is checked; new goals with
    the same answer check it again against them; the facilitator's own edit is checked."""
    from workshop.edits import with_answer, with_target

    app = DemoApp(folder=tmp_path)
    session = app.session
    session.change(lambda ws: with_answer(ws, "I helped the company to cut costs by 18%.",
                                          ws.answer.role_id), "answer")
    assert app.driver.answer == "I helped the company to cut costs by 18%."
    assert "answer 9 words" in repr(app)
    before = app.driver.check
    session.change(lambda ws: with_target(ws, ws.target_role.title, ["cut costs"]), "goals")
    assert app.driver.answer == "I helped the company to cut costs by 18%."
    assert app.driver.check != before and "cut costs" in app.driver.check
    app.driver.write("It was fun.")
    assert "answer 3 words" in repr(app) and "Pitfalls found" in app.driver.check
    app.close()
