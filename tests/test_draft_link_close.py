"""The link from a grown skill to its result, and the end of a draft, said the way a person says
them, with the skill named once (issue 20, blind raters r17): no causal frame carrying the
skill's name ("Because of my X skills, ...", "Thanks to my skills in X, ...", "With my X skills,
...", "Once I had got good at X, ...", "With what I learned about X, ..."), the linked result
right after the growth line as one told step in the grammar of its own sentence, "that skill"
only where the sentence before names it, no close made from a goal's or a skill's name, and no
"In my next job" for a place that is no job. The workspaces are written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers_links import RIDE
from helpers_sample import one_role_workspace
from helpers_scripts import load_script

from workshop.check import check_answer
from workshop.draft import plan_draft
from workshop.draft_links import references_kept
from workshop.model import Skill
from workshop.skill_story import later_use_sentence, later_when, said_note, short_name
from workshop.spoken import wording_data

STOCK = re.compile(r"(?:^|[.!?]\s)(?:(?:Because of|Thanks to|With|Using) (?:my|what I learned "
                   r"about) |(?:Once|Because) I had (?:learned|got good at) )")
ROOT = Path(__file__).resolve().parent.parent
CLOSE = re.compile(r"familiar ground|not only read about|part of my week|already done|"
                   r"would not be new to me")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)


def _draft(skill: dict, result: dict, *, reason: str = "It gave me the nerve to lead.",
           current: bool = False, goals: tuple[str, ...] = (), seconds: int = 90,
           more: tuple[dict, ...] = ()) -> str:
    ws = one_role_workspace({"title": "Stores Clerk", "organization": "Tamworth Tiles",
                             "personal_value": reason, "skills": [skill, *more],
                             "results": [result]},
                            "Stores Supervisor", goals, start="2017-03",
                            end=None if current else "2021-08")
    return plan_draft(ws, "r1", seconds).text


GROWN = {"name": "goods-in checks", "before": "novice", "after": "proficient"}


@pytest.mark.parametrize(("statement", "tail"), [
    # the speaker's one past verb: it shares the growth's "I"
    ("I cut delivery shortfalls from 9% to 2%", " and cut delivery shortfalls from 9% to 2%."),
    ("I raised first-time put-away accuracy from 80% to 97%",
     " and raised first-time put-away accuracy from 80% to 97%."),
    # the team's, and a sentence with its own subject: after ", and", as they are
    ("We cut returns to suppliers from 40 to 12 a month",
     ", and we cut returns to suppliers from 40 to 12 a month."),
    ("Supplier disputes went down from 30 to 6 a quarter",
     ", and supplier disputes went down from 30 to 6 a quarter."),
])
def test_a_linked_result_is_said_in_its_growth_s_sentence_in_its_own_grammar(statement, tail):
    """The growth and the result the participant linked to it are one sentence, in time
    order (blind hiring managers, r22: a sentence of its own round the skill's name, "That job
    is where I learned X.", was the worst sentence in most drafts; "That is what let me ..."
    after it a stock link), the skill named once, no frame before it."""
    text = _draft(GROWN, {"statement": statement, "enabled_by": ["goods-in checks"]})
    said = [s for s in _sentences(text) if s.endswith(tail)]
    assert len(said) == 1 and re.match(RIDE, said[0]) and "goods-in checks" in said[0], text
    assert text.count("goods-in checks") == 1 and not STOCK.search(text), text
    assert check_answer(text).verdict.strong, text


def test_a_result_not_linked_or_away_from_its_growth_has_no_link():
    """No link without the participant's link; none after an opening that already said the
    skill grew there (the result follows plainly: the listener knows the skill)."""
    leads = tuple(form.split("{")[0] for key, forms in wording_data()["links"].items()
                  if key != "about" for form in forms)
    result = {"statement": "I cut delivery shortfalls from 9% to 2%"}
    unlinked = _draft(GROWN, result)
    opening = _draft(GROWN, {**result, "enabled_by": ["goods-in checks"]}, reason="")
    for text in (unlinked, opening):
        assert not any(s.startswith(leads) for s in _sentences(text)), text
        assert "cut delivery shortfalls from 9% to 2%." in text and not STOCK.search(text)
    assert "I cut delivery shortfalls from 9% to 2%." in unlinked, unlinked


def test_the_participants_own_how_is_said_instead_of_a_frame():
    """Where their own words say how the skill was used, they are the link."""
    text = _draft(GROWN, {"statement": "I cut delivery shortfalls from 9% to 2% by using my "
                                       "goods-in checks on every pallet",
                          "enabled_by": ["goods-in checks"]})
    assert "by using my goods-in checks on every pallet" in text, text
    assert "That is what let me" not in text and not STOCK.search(text), text


@pytest.mark.parametrize("goals", [("Cut delivery shortfalls",), ("stock accuracy",),
                                   ("Recruit, train and retain warehouse staff",),
                                   ("Supervise and support the goods-in team",)])
@pytest.mark.parametrize("current", [False, True])
def test_no_draft_ends_on_a_close_made_from_a_goal_or_a_skill(goals, current):
    """The close family ("So X is familiar ground for me.", "... something I have done, not
    only read about.", "... already part of my week.") is gone from the data and from every
    draft; the draft ends on a sentence of the participant's story."""
    assert "bridges" not in wording_data()
    more = ({"name": "stock accuracy", "before": "novice", "after": "competent"},)
    for seconds in (90, 30):
        text = _draft(GROWN, {"statement": "I cut delivery shortfalls from 9% to 2%",
                              "enabled_by": ["goods-in checks"]},
                      current=current, goals=goals, seconds=seconds, more=more)
        last = _sentences(text)[-1]
        assert not CLOSE.search(text) and not last.startswith("So "), text
        assert re.search(r"\d", last), text  # the story's strongest piece: its result


def test_that_skill_is_said_only_right_after_the_sentence_that_names_it():
    skills = [Skill(name="account reconciliations", before="novice", after="proficient"),
              Skill(name="Power Query", before="novice", after="competent")]
    near = ("I got good at account reconciliations in that job. I used that skill to close "
            "the books in four days.")
    assert references_kept(near, skills) == near
    far = ("I got good at account reconciliations in that job. I cut the close from 10 to 6 "
           "days. I used that skill at my next firm. That skill also helped the auditors.")
    said = references_kept(far, skills)
    assert "I used my reconciliation skills at my next firm." in said, said
    # the sentence before names nothing either: the skill named last is said by its short name
    assert "My reconciliation skills also helped" in said, said
    # a second skill named last is the one a listener takes
    second = ("I got good at account reconciliations. I also picked up Power Query. Our team "
              "grew. I used that skill for the month-end pack.")
    # a tool is said by its name, nothing glued on (blind raters, s17)
    assert "I used Power Query for" in references_kept(second, skills)


@pytest.mark.parametrize(("name", "short"), [
    ("account reconciliations", "my reconciliation skills"),
    ("inventory and ordering", "my ordering skills"),
    ("negotiation with carriers", "my negotiation skills"),
    ("earned value and cost control", "my cost control skills"),
    ("claims knowledge", "my claims knowledge"),
    ("training new guys", "what I learned about training new guys"),
    ("building dashboards for the sales floor", "what I learned about building dashboards"),
    ("training for new staff on the tills", "that skill"),
])
def test_a_skill_said_again_is_said_by_its_head(name, short):
    assert short_name(Skill(name=name, before="novice", after="proficient")) == short


def _later_roles(note: str, later_title: str):
    from workshop.model import Role
    skill = Skill(name="bookkeeping", before="novice", after="proficient", used_later=note)
    role = Role(id="r1", title="Office Manager", organization="Ashdown Lettings",
                start="2012-01", end="2018-06", skills=(skill,))
    later = Role(id="r2", title=later_title, organization="Brook Lane Primary PTA",
                 start="2019-09", end=None)
    return skill, role, (role, later)


@pytest.mark.parametrize(("note", "title", "no_job"), [
    ("I kept the same ledger habits as treasurer at Brook Lane Primary PTA", "Treasurer", True),
    ("I ran the books for the Brook Lane Primary PTA fair", "Volunteer treasurer", True),
    ("I volunteered to run the books for the Brook Lane Primary PTA", "Parent", True),
    ("I ran the books at Brook Lane Primary PTA", "Finance Officer", False),
])
def test_a_later_place_that_is_no_job_is_never_my_next_job(note, title, no_job):
    skill, role, roles = _later_roles(note, title)
    when = later_when(skill, role, roles)
    said = later_use_sentence(skill, 0, False, named=True, when=when)
    assert ("next job" not in said) is no_job, said
    if no_job:
        assert when == "after" and said.startswith("Later"), said


@pytest.mark.parametrize(("note", "said"), [
    ("in Leeds I do the same for the export desk now", "in Leeds I use it for the export desk now"),
    ("At Quayside I use it to do the same for import", "At Quayside I use it for import"),
    ("I use the same checklist at the depot", "I use the same checklist at the depot"),
    ("I set up the same way of working at my next site",
     "I set up the same way of working at my next site"),
])
def test_a_note_pointing_back_at_a_doing_is_said_as_the_skills_use(note, said):
    """"Do the same" points at a doing the story never told: it is said as the skill's use;
    "the same" before a noun of its own is the participant's and stays."""
    skill = Skill(name="customs paperwork", before="novice", after="proficient",
                  used_later=note, how_far="At first I only filed the forms. By the end I "
                                           "signed off every declaration myself.")
    assert said_note(skill) == said


@pytest.fixture(scope="module")
def draft_eval():
    return load_script(ROOT / "benchmarks" / "draft_eval.py", "workshop_draft_eval_links")


def test_the_benchmark_counts_the_stock_link_the_repeated_name_and_the_stock_close(draft_eval):
    ws = one_role_workspace({"title": "Stores Clerk", "organization": "Tamworth Tiles",
                             "skills": [GROWN], "results": [
                                 {"statement": "I cut delivery shortfalls from 9% to 2%",
                                  "enabled_by": ["goods-in checks"]}]},
                            "Stores Supervisor", start="2017-03", end="2021-08")
    stock = ("I knew nothing about goods-in checks at first. Because of my goods-in checks "
             "skills, I cut delivery shortfalls. Thanks to what I learned about goods-in "
             "checks, I cut it again. So goods-in checks is familiar ground for me.")
    told = ("I knew nothing about goods-in checks at first. That is what let me cut delivery "
            "shortfalls. With that behind me, I cut them again.")
    assert draft_eval._stock_links(stock, ws, "r1") == 2
    assert draft_eval._skill_named(stock, ws, "r1") == 4
    assert draft_eval._stock_close(stock)
    assert draft_eval._stock_links(told, ws, "r1") == 0
    assert draft_eval._skill_named(told, ws, "r1") == 1
    assert not draft_eval._stock_close(told)

