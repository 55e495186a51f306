"""One test per rule a participant can see, driving every caller of the rule on the same edge
cases, so that no two views can disagree again.

- the enjoyment trap (``scoring.enjoyment_trap``): the explanation, the chart, the facilitator
  demo and the class export;
- a role's display name (``Role.label``): the explanation, the ranking table, the role list,
  the rating editors, the answer studio and the demo;
- a typed number (the model's ``Result``): the results editor of notebook 03 and the model.
"""

from __future__ import annotations

from dataclasses import replace

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from workshop.edits import rated
from workshop.errors import ValidationError  # noqa: E402
from workshop.model import Ratings, Result, Role, Skill, Workspace  # noqa: E402
from workshop.scoring import enjoyment_trap, explain, rank  # noqa: E402
from workshop.session import Session  # noqa: E402
from workshop.share import export_dict  # noqa: E402
from workshop.widgets import (  # noqa: E402
    AnswerStudio,
    DemoApp,
    Driver,
    ResultsEditor,
    RoleEditor,
    SkillGrowthEditor,
    StrongestRoleView,
)


def _role(rid, title, org, ratings=None, enjoyment=None) -> Role:
    return Role(id=rid, title=title, organization=org, start="2019", end="2021",
                skills=[Skill(name="scheduling", before="novice", after="proficient",
                              used_later="planned rosters for 40 staff")],
                results=[Result(statement="I helped the company to cut overtime", value=18,
                                unit="%")],
                ratings=Ratings(**(ratings or {})), enjoyment=enjoyment)


def _unrated_favourite() -> Workspace:
    """The strongest rated role is liked little; the job liked most is not rated at all."""
    return Workspace(roles=[
        _role("r1", "Shift Supervisor", "Northwind Logistics",
              {"skill_growth": 4, "company_results": 4, "relevance": 4}, enjoyment=2),
        _role("r2", "Barista", "Corner Cafe", {"skill_growth": 2, "company_results": 2,
                                               "relevance": 2}, enjoyment=3),
        _role("r3", "Festival Volunteer", "", {}, enjoyment=5),
    ])


def _favourite_is_strongest() -> Workspace:
    ws = _unrated_favourite()
    return replace(ws, roles=(rated(ws.roles[0], "enjoyment", 5), ws.roles[1],
                              rated(ws.roles[2], "enjoyment", 1), *ws.roles[3:]))


def _chart_title(ws: Workspace) -> str:
    from workshop.charts import enjoyment_vs_strength

    fig, ax = plt.subplots()
    try:
        enjoyment_vs_strength(rank(ws), ax)
        return ax.get_title().replace("\n", " ")
    finally:
        plt.close(fig)


def _demo_text(ws: Workspace, tmp_path) -> str:
    app = DemoApp(folder=tmp_path / "demo")
    try:
        app.session.replace(ws, "the case")
        return Driver(app).text()
    finally:
        app.close()


@pytest.mark.parametrize("case, trapped", [(_unrated_favourite, True),
                                           (_favourite_is_strongest, False)])
def test_every_view_agrees_on_the_enjoyment_trap(case, trapped, tmp_path):
    """With the favourite job unrated, the explanation, the chart, the demo and the export all
    say the job liked most is not the strongest answer; when the strongest is the favourite,
    all four say so."""
    ws = case()
    assert enjoyment_trap(rank(ws)).trapped is trapped
    notice = "Notice: the job you enjoyed most" in explain(rank(ws))
    chart = _chart_title(ws)
    demo = _demo_text(ws, tmp_path)
    export = export_dict(ws)["strongest_is_most_enjoyed"]
    if trapped:
        assert notice and "Festival Volunteer" in explain(rank(ws))
        assert "not rated yet" in chart
        assert "Not their strongest answer" in demo
        assert export is False
    else:
        assert not notice
        assert "also the one you liked most" in chart
        assert "Their strongest answer is one of the jobs they enjoyed most" in demo
        assert export is True


def test_nothing_enjoyed_means_no_trap_anywhere(tmp_path):
    """Without any enjoyment, no view speaks of a trap and the export says it can't tell."""
    ws = _unrated_favourite()
    ws = replace(ws, roles=tuple(rated(r, "enjoyment", None) for r in ws.roles))
    assert "Notice" not in explain(rank(ws))
    assert "No enjoyment given yet" in _chart_title(ws)
    assert "Enjoyed most" not in _demo_text(ws, tmp_path)
    assert export_dict(ws)["strongest_is_most_enjoyed"] is None


def _session(tmp_path, ws: Workspace) -> Session:
    session = Session.open(tmp_path / "ws.json")
    session.replace(ws, "set up")
    return session


def test_a_role_has_one_display_name_in_every_view(tmp_path):
    """'Title, Organisation' (the title alone without one) is how the explanation, the
    ranking table, the role list, both rating editors, the answer studio and the demo name a
    role; the other form 'Title (Organisation)' appears nowhere."""
    ws = _unrated_favourite()
    session = _session(tmp_path, ws)
    shown = {
        "explanation": explain(rank(ws)),
        "ranking": Driver(StrongestRoleView(session)).text(),
        "role list": " ".join(label for label, _ in RoleEditor(session)._list.options),
        "skills editor": " ".join(label for label, _ in SkillGrowthEditor(session)
                                  ._role.options),
        "results editor": " ".join(label for label, _ in ResultsEditor(session)._role.options),
        "answer studio": " ".join(label for label, _ in AnswerStudio(session)._role.options),
        "demo": _demo_text(ws, tmp_path),
    }
    for where, text in shown.items():
        if where != "demo":
            assert "Shift Supervisor, Northwind Logistics" in text, where
        assert "Shift Supervisor (Northwind Logistics)" not in text, where
        assert "Barista (Corner Cafe)" not in text, where


@pytest.mark.parametrize("typed, saved", [("1,200", 1200), ("  12 ", 12), ("2.5", 2.5),
                                          ("1,5", None), ("18%", None), ("nan", None),
                                          ("1e400", None), ("about twelve", None)])
def test_a_typed_number_is_read_the_same_by_the_form_and_the_model(typed, saved, tmp_path):
    """The value box of notebook 03 saves exactly what the model reads from the same text, and
    refuses (keeping the text) exactly what the model refuses."""
    try:
        expected = Result(statement="I helped the company to cut costs", value=typed).value
    except ValidationError:
        expected = None
    assert expected == saved
    ws = _unrated_favourite()
    session = _session(tmp_path, ws)
    editor = ResultsEditor(session)
    editor.driver.type("e.g. 18", typed)
    editor.driver.press("Save results")
    stored = session.workspace.role("r1").results[0].value
    if saved is None:
        assert stored == 18 and editor._message.kind == "error"
        assert editor.driver.box("e.g. 18").value == typed
    else:
        assert stored == saved


def test_the_answer_card_and_report_name_each_check_in_plain_words(tmp_path):
    """The Markdown card, the printable card and the text report give each check its plain
    title (\"A grown skill used later\"), never an internal code such as skill_growth."""
    from workshop.check import CODES
    from workshop.report import build_report, render

    ws = _unrated_favourite()
    report = build_report(ws)
    for fmt in ("text", "markdown", "html"):
        shown = render(report, fmt)
        assert "A grown skill used later" in shown, fmt
        for code in CODES:
            if "_" in code:
                assert code not in shown, (fmt, code)
