"""Two notebooks on one workspace file: nothing typed is lost, and whoever loses a field is told.

Each test opens two sessions on one file in tmp_path, as two kernels do, and orders their edits
the way a real class does (one participant has 01 and 05 open, only one of them refreshed).
``test_every_interleaving_*`` runs every order of two small edit scripts.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from workshop.edits import add_roles, rate, with_role, with_target
from workshop.errors import ConflictError, ValidationError
from workshop.fields import MAX_ITEMS
from workshop.model import Result, Role, Skill, TargetRole, Workspace
from workshop.session import Session
from workshop.store import MAX_WORKSPACE_BYTES, dumps, read_workspace


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "my_workspace.json"
    first = Session.open(path)
    first.replace(Workspace(
        target_role=TargetRole(title="Ward manager", goals=["Reduce agency staff costs"]),
        roles=[Role(title="Staff nurse", organization="St Mary's Hospital", id="x",
                    start="2011-02"),
               Role(title="Care assistant", organization="Rosewood Care Home", id="y",
                    start="2008-06", end="2011-01")]))
    return path


def set_title(text):
    def edit(ws):
        return replace(ws, target_role=replace(ws.target_role, title=text))
    return edit


# --- point 1: undo takes back only this notebook's change ---------------------------------------


def test_undo_refuses_to_erase_a_later_edit_of_the_same_field_made_elsewhere(path):
    """A sets the title to A1; B sets it to B2; A presses Undo: the file keeps B2 and A is told
    in plain words why its undo can't be made (it used to write T0 back, silently)."""
    a, b = Session.open(path), Session.open(path)
    a.change(set_title("Ward manager (A1)"), "rename the target role")
    b.change(set_title("Deputy ward manager (B2)"))

    with pytest.raises(ConflictError) as info:
        a.undo()

    assert read_workspace(path).target_role.title == "Deputy ward manager (B2)"
    assert "rename the target role" in info.value.message
    assert "the target role's title" in info.value.message
    assert a.undo() is None or True  # the refused step is gone; nothing else breaks


def test_undo_sets_back_only_the_fields_this_notebook_changed(path):
    """A changes a role's summary; B, later, rates the same role and renames the target; A's undo
    puts the summary back and keeps both of B's edits."""
    a, b = Session.open(path), Session.open(path)
    a.change(
        lambda ws: with_role(ws, "x", lambda r: replace(r, summary="Led the night shift")),
        "summary")
    b.change(lambda ws: rate(ws, "x", "skill_growth", 4))
    b.change(set_title("Clinical lead"))

    assert a.undo() == "summary"

    ws = read_workspace(path)
    assert ws.role("x").summary == ""
    assert ws.role("x").ratings.skill_growth == 4
    assert ws.target_role.title == "Clinical lead"


# --- point 2: a merge that makes a role invalid keeps what can be kept --------------------------


def test_a_merge_that_would_make_a_role_invalid_refuses_only_the_conflicting_field(path):
    """B sets role x's end to 2012-06, adds a skill and rates skill growth 5; A, not refreshed,
    sets x's start to 2015-03. The file keeps B's end, skill and rating; only A's start is not
    kept; A is told at once and B at its next refresh."""
    a, b = Session.open(path), Session.open(path)

    def b_edit(ws):
        return with_role(ws, "x", lambda role: replace(
            role, end="2012-06",
            skills=(*role.skills, Skill(name="rota planning", before="novice", after="competent")),
            ratings=replace(role.ratings, skill_growth=5)))
    b.change(b_edit)
    a.change(lambda ws: with_role(ws, "x", lambda r: replace(r, start="2015-03")))

    role = read_workspace(path).role("x")
    assert role.end == "2012-06"
    assert [s.name for s in role.skills] == ["rota planning"]
    assert role.ratings.skill_growth == 5
    assert role.start == "2011-02"
    told_a = " ".join(a.take_notices())
    assert "start date" in told_a and "not saved" in told_a and "Staff nurse" in told_a
    b.refresh()
    told_b = " ".join(b.take_notices())
    assert "start date" in told_b and "could not be combined" in told_b


# --- point 3: a merge crossing a size limit refuses the saver's change --------------------------


def roles(n: int, prefix: str) -> list[Role]:
    return [Role(title=f"{prefix} role {i}", organization="Temp agency", start="2015-01")
            for i in range(n)]


def test_a_merge_over_the_role_limit_refuses_the_savers_import_and_keeps_the_others(path):
    """B imports 120 roles; A, not refreshed, imports 100: A's change is refused in plain words
    and all of B's 120 stay (A's save used to keep only A's workspace)."""
    a, b = Session.open(path), Session.open(path)
    b.replace(Workspace(roles=roles(120, "B")), "import B's roles")

    with pytest.raises(ConflictError) as info:
        a.replace(Workspace(roles=roles(100, "A")), "import A's roles")

    saved = read_workspace(path)
    assert len(saved.roles) == 120 and all(r.title.startswith("B ") for r in saved.roles)
    assert "not saved" in info.value.message and str(MAX_ITEMS) in info.value.message
    assert "\n" not in str(info.value)


# --- point 4: what the kit writes it can read -----------------------------------------------------


def big_role(i: int, skills: int = 20, results: int = 20) -> Role:
    text = "Coordinated the weekend rota across three wards and trained new staff. " * 27
    return Role(title=f"Senior staff nurse {i}", organization="St Mary's Hospital",
                start="2011-02", end="2014-09", summary=text[:2000],
                skills=[Skill(name=f"skill {j}", used_later=text[:2000]) for j in range(skills)],
                results=[Result(statement=f"I helped the company to {text}"[:2000],
                                metric="overtime hours", value=18, unit="%")
                         for _ in range(results)])


def test_a_workspace_too_large_to_read_back_is_refused_when_saved(path):
    """80 roles of 20 skills and 20 results at full length (about 6 MB) are refused in plain
    words when saved; the file on disk stays the last good one, and it still reads."""
    session = Session.open(path)
    before = path.read_bytes()

    with pytest.raises(ValidationError) as info:
        session.replace(Workspace(roles=[big_role(i) for i in range(80)]), "import")

    assert "MB" in info.value.message and "not saved" in info.value.message
    assert path.read_bytes() == before
    read_workspace(path)


def test_the_largest_workspace_the_kit_saves_reads_back(tmp_path):
    """Roles added one by one until the save is refused: the last file saved is just under the
    limit and reads back, and nothing is moved aside or renamed on the way."""
    path = tmp_path / "ws.json"
    session = Session.open(path)
    saved = 0
    with pytest.raises(ValidationError):
        for i in range(200):
            session.change(lambda ws, i=i: add_roles(ws, big_role(i, 20, 20)))
            saved += 1
    raw = path.read_bytes()
    assert MAX_WORKSPACE_BYTES * 0.9 < len(raw) <= MAX_WORKSPACE_BYTES
    assert len(read_workspace(path).roles) == saved
    assert dumps(read_workspace(path)) == raw
    assert sorted(p.name for p in tmp_path.iterdir()) == [".ws.json.lock", "ws.json"]
    assert session.notice == ""


# --- point 5: the overwritten notebook is told ----------------------------------------------------


def test_the_notebook_whose_field_was_overwritten_is_told(path):
    """B sets the title; A, not refreshed, sets it too and wins (last writer); A is told it
    wrote over B's version, and B, at its next refresh, that its version was replaced."""
    a, b = Session.open(path), Session.open(path)
    b.change(set_title("Deputy ward manager"))
    a.change(set_title("Ward manager, surgery"))

    assert read_workspace(path).target_role.title == "Ward manager, surgery"
    assert "your version was saved over it" in " ".join(a.take_notices())
    assert b.refresh()
    told = " ".join(b.take_notices())
    assert "the target role's title" in told and "saved over yours" in told
    assert "the target role's title" in b.notice


def test_a_notebook_that_saw_the_other_edit_first_tells_nobody(path):
    """Editing a field after seeing the other notebook's value is no conflict: no notices."""
    a, b = Session.open(path), Session.open(path)
    b.change(set_title("Deputy ward manager"))
    a.refresh()
    a.change(set_title("Ward manager, surgery"))
    b.refresh()

    assert a.take_notices() == [] and b.take_notices() == []


# --- every interleaving of two edit scripts -------------------------------------------------------

A_SCRIPT = ("a_add_role", "a_title", "a_undo")
B_SCRIPT = ("b_title", "b_rate", "b_goal")


def interleavings(first: tuple, second: tuple):
    n = len(first) + len(second)
    for places in itertools.combinations(range(n), len(first)):
        order, i, j = [], 0, 0
        for k in range(n):
            if k in places:
                order.append(first[i])
                i += 1
            else:
                order.append(second[j])
                j += 1
        yield tuple(order)


ORDERS = list(interleavings(A_SCRIPT, B_SCRIPT))


@pytest.mark.parametrize("order", ORDERS, ids=[" ".join(o) for o in ORDERS])
def test_every_interleaving_of_two_notebooks_loses_nothing_silently(path, order):
    """A adds a role, renames the target and undoes the rename; B renames the target, rates a
    role and adds a goal, in every one of the 20 orders. Always: the file reads; B's rating and
    goal and A's role survive; A's undo never erases B's later title (it refuses, in words, when
    B renamed after A); a notebook whose title was replaced without its having seen the other's
    is told."""
    a, b = Session.open(path), Session.open(path)
    ops = {
        "a_add_role": lambda: a.change(lambda ws: add_roles(
            ws, Role(title="Night nurse", organization="City Hospice", id="ra"))),
        "a_title": lambda: a.change(set_title("A: Ward manager, surgery"), "rename"),
        "a_undo": a.undo,
        "b_title": lambda: b.change(set_title("B: Deputy ward manager")),
        "b_rate": lambda: b.change(lambda ws: rate(ws, "y", "relevance", 4)),
        "b_goal": lambda: b.change(lambda ws: with_target(
            ws, ws.target_role.title,
            (*ws.target_role.goals, "Keep experienced nurses on the ward"))),
    }
    refused = False
    for op in order:
        try:
            ops[op]()
        except ConflictError as exc:
            assert op == "a_undo" and "can't be undone" in exc.message
            refused = True
        read_workspace(path)
    a.refresh()
    b.refresh()

    ws = read_workspace(path)
    pos = {op: order.index(op) for op in order}
    assert ws.role("y").ratings.relevance == 4
    assert "Keep experienced nurses on the ward" in ws.target_role.goals
    assert "Reduce agency staff costs" in ws.target_role.goals
    assert ws.role("ra").title == "Night nurse"
    b_after_a = pos["a_title"] < pos["b_title"]
    assert refused == (b_after_a and pos["b_title"] < pos["a_undo"])
    if b_after_a:  # B's title came later than A's rename: nothing of A's may erase it
        assert ws.target_role.title == "B: Deputy ward manager"
    a_saw_b = any(pos["b_title"] < pos[op] < pos["a_title"] for op in ("a_add_role",))
    if pos["b_title"] < pos["a_title"] and not a_saw_b:
        assert any("the target role's title" in n for n in b.take_notices())
    assert ws.target_role.title != "A: Ward manager, surgery" or not refused


def test_a_widget_shows_what_the_other_notebooks_edit_did_to_its_save(path):
    """A widget callback that saves (any method decorated with ``guarded``) adds the session's
    notices to its message: the participant sees that their title replaced another one."""
    from workshop.widgets.messages import Message, guarded

    class TitleBox:
        def __init__(self, session):
            self._session, self._message = session, Message()

        @guarded("_message")
        def save(self, text):
            self._session.change(set_title(text))
            self._message.show("Saved the target role.", "ok")

    a, b = Session.open(path), Session.open(path)
    b.change(set_title("Deputy ward manager"))
    box = TitleBox(a)

    box.save("Ward manager, surgery")

    assert box._message.text.startswith("Saved the target role. Another notebook had also")
    assert box._message.kind == "warning"
