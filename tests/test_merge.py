"""Two notebooks writing one workspace file: no edit is lost, and a true conflict has one rule.

The rule, as ``workshop/merge.py`` states it: whatever only one side changed is kept; roles are
merged one by one by their id; where both sides changed the same value differently, the later
writer (the one saving now) wins; a role deleted on one side and edited on the other comes back
with the edit (a deletion is easier to redo than lost typing).
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from workshop.edits import add_roles, rate, remove_role, with_role
from workshop.merge import merge3
from workshop.model import Ratings, Role, Workspace
from workshop.session import Session
from workshop.store import WorkspaceStore, read_workspace


def on_disk(path) -> Workspace:
    return read_workspace(path)


def titles(ws: Workspace) -> list[str]:
    return [r.title for r in ws.roles]


def role_of(ws: Workspace, title: str) -> Role:
    [role] = [r for r in ws.roles if r.title == title]
    return role


@pytest.fixture
def two_sessions(tmp_path):
    """Two notebooks (02 and 03, say) that opened the same workspace with one role in it."""
    path = tmp_path / "ws.json"
    first = Session.open(path)
    first.change(lambda ws: add_roles(ws, Role(title="Shift Supervisor", id="r1", start="2019-11",
             ratings=Ratings(skill_growth=3, company_results=3, relevance=3))))
    second = Session.open(path)
    return path, first, second


# --- merge3 on plain JSON -------------------------------------------------------------------


def test_a_value_changed_on_one_side_only_is_kept():
    """Whichever side changed a value, the change survives."""
    base = {"a": 1, "b": 1}

    assert merge3(base, {"a": 2, "b": 1}, {"a": 1, "b": 3}) == {"a": 2, "b": 3}


def test_the_same_change_on_both_sides_is_kept_once():
    """Equal edits merge to that edit."""
    assert merge3({"a": 1}, {"a": 2}, {"a": 2}) == {"a": 2}


def test_a_true_conflict_goes_to_the_later_writer():
    """Both sides changed one value differently: ours (the writer saving now) wins."""
    assert merge3({"a": 1}, {"a": "ours"}, {"a": "theirs"}) == {"a": "ours"}


def test_keys_added_on_either_side_are_kept():
    """New fields from both sides survive."""
    assert merge3({}, {"x": 1}, {"y": 2}) == {"x": 1, "y": 2}


def test_a_key_removed_on_one_side_and_untouched_on_the_other_is_removed():
    """A deletion that nobody disagrees with stands."""
    assert merge3({"a": 1, "b": 2}, {"a": 1}, {"a": 1, "b": 2}) == {"a": 1}
    assert merge3({"a": 1, "b": 2}, {"a": 1, "b": 2}, {"a": 1}) == {"a": 1}


def test_records_with_ids_are_merged_one_by_one():
    """Roles added on both sides, and edits to different roles, all survive."""
    base = [{"id": "a", "v": 1}, {"id": "b", "v": 1}]
    ours = [{"id": "a", "v": 2}, {"id": "b", "v": 1}, {"id": "o", "v": 0}]
    theirs = [{"id": "a", "v": 1}, {"id": "b", "v": 3}, {"id": "t", "v": 0}]

    merged = merge3(base, ours, theirs)

    assert {r["id"]: r["v"] for r in merged} == {"a": 2, "b": 3, "o": 0, "t": 0}
    assert [r["id"] for r in merged][:2] == ["a", "b"]


def test_a_new_record_keeps_its_place_after_its_neighbour():
    """A role inserted after 'a' on one side stays after 'a' in the merge."""
    base = [{"id": "a"}, {"id": "b"}]
    ours = [{"id": "a"}, {"id": "new"}, {"id": "b"}]
    theirs = [{"id": "a"}, {"id": "b"}, {"id": "c"}]

    assert [r["id"] for r in merge3(base, ours, theirs)] == ["a", "new", "b", "c"]


def test_a_reorder_on_our_side_is_kept():
    """When we reordered the roles, our order of the shared roles stands."""
    base = [{"id": "a"}, {"id": "b"}]
    ours = [{"id": "b"}, {"id": "a"}]
    theirs = [{"id": "a"}, {"id": "b", "x": 1}]

    assert merge3(base, ours, theirs) == [{"id": "b", "x": 1}, {"id": "a"}]


def test_a_record_deleted_on_one_side_and_edited_on_the_other_comes_back_edited():
    """Deleting a role another notebook was editing keeps the edited role (the documented rule)."""
    base = [{"id": "a", "v": 1}]

    assert merge3(base, [], [{"id": "a", "v": 2}]) == [{"id": "a", "v": 2}]
    assert merge3(base, [{"id": "a", "v": 2}], []) == [{"id": "a", "v": 2}]


def test_a_record_deleted_on_one_side_and_untouched_on_the_other_stays_deleted():
    """A plain deletion survives the merge."""
    base = [{"id": "a"}, {"id": "b"}]

    assert merge3(base, [{"id": "a"}], base) == [{"id": "a"}]
    assert merge3(base, base, [{"id": "b"}]) == [{"id": "b"}]


def test_lists_without_ids_keep_what_each_side_added_and_drop_what_either_removed():
    """Goals (a plain list) changed on both sides: both additions survive, removals stand."""
    assert merge3(["a"], ["a", "ours"], ["a", "theirs"]) == ["a", "ours", "theirs"]
    assert merge3(["a", "b"], ["a"], ["a", "b", "c"]) == ["a", "c"]


def test_two_tabs_each_adding_a_skill_to_one_role_keep_both():
    """Skills have no id; two notebooks adding one each at the same time keep both."""
    base = {"skills": [{"name": "a"}]}
    merged = merge3(base, {"skills": [{"name": "a"}, {"name": "mine"}]},
                    {"skills": [{"name": "a"}, {"name": "theirs"}]})
    assert merged == {"skills": [{"name": "a"}, {"name": "mine"}, {"name": "theirs"}]}


def test_merging_with_no_base_keeps_both_sides_roles():
    """A store that found no file (base {}) still merges the roles another kernel created."""
    ours = {"roles": [{"id": "o"}]}
    theirs = {"roles": [{"id": "t"}]}

    assert {r["id"] for r in merge3({}, ours, theirs)["roles"]} == {"o", "t"}


# --- two stores on one file -----------------------------------------------------------------


def test_two_stores_saving_in_turn_keep_both_edits(tmp_path):
    """The second store notices the first one's save and merges instead of overwriting."""
    path = tmp_path / "ws.json"
    WorkspaceStore(path).save(Workspace(roles=[Role(title="Shared", id="r1")]))
    a, b = WorkspaceStore(path), WorkspaceStore(path)
    ws_a, ws_b = a.open().workspace, b.open().workspace

    ws_a = add_roles(ws_a, Role(title="From A", id="ra"))
    _, merged_a = a.save(ws_a)
    ws_b = with_role(ws_b, ws_b.roles[0].id, lambda r: replace(r, summary="edited by B"))
    written, merged_b = b.save(ws_b)

    assert not merged_a and merged_b
    assert written.to_dict() == on_disk(path).to_dict()
    assert titles(on_disk(path)) == ["Shared", "From A"]
    assert on_disk(path).role("r1").summary == "edited by B"


# --- two sessions on one file ---------------------------------------------------------------


def test_one_adds_roles_while_the_other_rates_an_existing_one(two_sessions):
    """New roles from one notebook and ratings from the other both reach the file."""
    path, first, second = two_sessions

    first.change(lambda ws: add_roles(ws, Role(title="Barista")))
    second.change(lambda ws: rate(ws, "r1", "skill_growth", 5))
    first.change(lambda ws: add_roles(ws, Role(title="Tutor")))

    ws = on_disk(path)
    assert titles(ws) == ["Shift Supervisor", "Barista", "Tutor"]
    assert ws.role("r1").ratings.skill_growth == 5


def test_one_deletes_a_role_while_the_other_rates_another(two_sessions):
    """A deletion in one notebook and a rating in the other both stand."""
    path, first, second = two_sessions
    first.change(lambda ws: add_roles(ws, Role(title="Barista", id="r2")))
    second.refresh()

    first.change(lambda ws: remove_role(ws, "r2"))
    second.change(lambda ws: rate(ws, "r1", "relevance", 5))

    ws = on_disk(path)
    assert titles(ws) == ["Shift Supervisor"]
    assert ws.role("r1").ratings.relevance == 5


def test_both_edit_different_fields_of_the_same_role(two_sessions):
    """Skill growth set in 02 and company results set in 03 on one role: both kept."""
    path, first, second = two_sessions

    first.change(lambda ws: rate(ws, "r1", "skill_growth", 4))
    second.change(lambda ws: rate(ws, "r1", "company_results", 5))
    first.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, summary="Night shift lead")))

    role = on_disk(path).role("r1")
    assert (role.ratings.skill_growth, role.ratings.company_results) == (4, 5)
    assert role.summary == "Night shift lead"


def test_both_add_roles_at_the_same_time(two_sessions):
    """Roles added in two notebooks without refreshing all survive, with distinct ids."""
    path, first, second = two_sessions

    first.change(lambda ws: add_roles(ws, Role(title="From first")))
    second.change(lambda ws: add_roles(ws, Role(title="From second")))

    ws = on_disk(path)
    assert sorted(titles(ws)) == ["From first", "From second", "Shift Supervisor"]
    assert len({r.id for r in ws.roles}) == 3


def test_a_session_shows_the_merged_workspace_after_saving(two_sessions):
    """After a merge, the saving session holds what is on disk, including the other's edits."""
    path, first, second = two_sessions
    first.change(lambda ws: add_roles(ws, Role(title="Barista")))

    second.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, summary="x")))

    assert second.workspace.to_dict() == on_disk(path).to_dict()
    assert "Barista" in titles(second.workspace)


def test_a_true_conflict_on_one_field_goes_to_the_later_writer(two_sessions):
    """Both notebooks set the same rating: the one saved last is what the file keeps."""
    path, first, second = two_sessions

    first.change(lambda ws: rate(ws, "r1", "skill_growth", 2))
    second.change(lambda ws: rate(ws, "r1", "skill_growth", 5))

    assert on_disk(path).role("r1").ratings.skill_growth == 5


def test_a_role_deleted_here_but_edited_there_comes_back_with_the_edit(two_sessions):
    """Deleting a role that another notebook has just rated keeps the rated role."""
    path, first, second = two_sessions

    second.change(lambda ws: rate(ws, "r1", "relevance", 5))
    first.change(lambda ws: replace(ws, roles=()))

    assert on_disk(path).role("r1").ratings.relevance == 5


def test_target_role_and_roles_edited_in_two_notebooks_both_survive(two_sessions):
    """Goals typed in notebook 00 and a role added in 01 both reach the file."""
    path, first, second = two_sessions

    first.change(
        lambda ws: replace(ws,
            target_role=replace(ws.target_role, goals=(*ws.target_role.goals, "reduce costs"))))
    second.change(lambda ws: add_roles(ws, Role(title="Barista")))

    ws = on_disk(path)
    assert ws.target_role.goals == ("reduce costs",)
    assert "Barista" in titles(ws)


def test_two_hundred_interleaved_edits_lose_none(tmp_path):
    """Two notebooks making 200 edits in random turns, never refreshing, lose no edit.

    Each notebook adds, renames, rates and deletes its own roles, and both rate a shared
    role, each in its own rating field; at the end the file holds exactly what each made last.
    """
    path = tmp_path / "ws.json"
    sessions = {"A": Session.open(path), "B": Session.open(path)}
    sessions["A"].change(lambda ws: add_roles(ws, Role(title="shared", id="shared")))
    sessions["B"].refresh()
    field = {"A": "skill_growth", "B": "company_results"}
    expected_roles: dict[str, str] = {}  # id -> title, for the roles each side owns
    owned = {"A": [], "B": []}
    shared_ratings: dict[str, int] = {}
    rng = random.Random(20240601)

    for step in range(200):
        who = rng.choice("AB")
        session = sessions[who]
        action = rng.choice(["add", "add", "rename", "rate", "delete"])
        if action == "add" or not owned[who]:
            rid = f"{who}{step}"
            owned[who].append(rid)
            expected_roles[rid] = f"{who} role {step}"
            session.change(
                lambda ws, rid=rid: add_roles(ws, Role(title=expected_roles[rid], id=rid)))
        elif action == "rename":
            rid = rng.choice(owned[who])
            expected_roles[rid] = f"{who} renamed at {step}"
            session.change(lambda ws, rid=rid: with_role(
                ws, rid, lambda r: replace(r, title=expected_roles[rid])))
        elif action == "rate":
            value = rng.randint(1, 5)
            shared_ratings[field[who]] = value
            session.change(lambda ws, f=field[who], v=value: rate(ws, "shared", f, v))
        else:
            rid = owned[who].pop(rng.randrange(len(owned[who])))
            del expected_roles[rid]
            session.change(lambda ws, rid=rid: remove_role(ws, rid))

    ws = on_disk(path)
    assert {r.id: r.title for r in ws.roles if r.id != "shared"} == expected_roles
    assert ws.role("shared").ratings.to_dict() == shared_ratings
    for session in sessions.values():
        session.refresh()
        assert session.workspace.to_dict() == ws.to_dict()


# --- bugs -------------------------------------------------------------------------------------


def test_a_conflict_that_makes_one_role_invalid_keeps_the_other_notebooks_new_role(two_sessions):
    """Edits that clash only in combination never cost the other notebook its unrelated work."""
    path, first, second = two_sessions
    first.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, end="2021")))
    second.refresh()

    second.change(lambda ws: add_roles(with_role(ws, "r1", lambda r: replace(r, end="2019-12")),
                                       Role(title="Added in second", id="r9")))
    first.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, start="2020-06")))

    ws = on_disk(path)
    assert "Added in second" in titles(ws)



def test_a_link_to_a_skill_removed_in_the_other_notebook_is_not_saved_and_said(two_sessions):
    """02 removes a skill while 03, in another kernel, links a result to it: the two can't be
    combined (the result would name a skill the role lacks), so that part of the later save is
    not made, the notebook says so naming the skill, and the file keeps the removal."""
    from workshop.model import Result, Skill

    path, first, second = two_sessions
    first.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, skills=(Skill(name="scheduling"),), results=(Result(statement="cut overtime"),))))
    second.refresh()
    first.change(lambda ws: with_role(ws, "r1", lambda r: replace(r, skills=())))
    second.change(lambda ws: with_role(ws, "r1", lambda r: replace(
        r, results=(replace(r.results[0], enabled_by=("scheduling",)),))), "link a skill")
    assert "was not saved" in second.notice and "'scheduling'" in second.notice
    saved = on_disk(path).role("r1")
    assert saved.skills == () and saved.results[0].enabled_by == ()
    assert second.workspace.role("r1").results[0].enabled_by == ()
