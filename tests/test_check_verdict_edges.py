"""The verdict's hard edges (issue 21, check24): claims a careful reader reads differently from
a keyword reader. Every sentence here is written for these tests, in other words than the
eval sets that showed the classes (``tests/eval/verdict_own/``)."""

import pytest

from workshop.check import check_answer


def _ok(text: str, code: str) -> bool:
    return check_answer(text).finding(code).ok


def test_a_thing_picked_up_by_others_is_no_learning():
    """"Got picked up" in the passive tells that others took a thing up, not that the speaker
    picked up a skill."""
    for text in ("The rota template I designed got picked up by head office as the standard "
                 "for every branch.",
                 "Our handover sheet was picked up by the night team and they still use it."):
        assert not _ok(text, "skill_growth"), text


def test_picking_up_a_skill_still_counts():
    """The active "picked up" is still growth when it names the skill."""
    assert _ok("I picked up forklift driving in my first month and by the end I was loading "
               "the trailers on my own.", "skill_growth")


def test_a_result_told_with_a_pronoun_after_its_thing():
    """Speech names the thing, then takes it up with a pronoun: "the bookings, they
    went up". The thing named before the comma is what changed."""
    for answer, thing in (("I redid the booking page. The bookings, they went up a lot.",
                           "bookings"),
                          ("I set up the reading corner. And the book loans, they went up, I "
                           "reckon by a third.", "book loans")):
        finding = check_answer(answer).finding("company_result")
        assert finding.ok, answer
        assert thing in finding.message


def test_a_pronoun_with_nothing_before_it_names_nothing():
    """A pronoun that takes up nothing named in its clause stays empty."""
    assert not _ok("I did my shifts. It went up.", "company_result")


def test_an_arc_told_end_first_counts_when_the_end_reads_as_growth():
    """The end of an arc told before its start ("By my third season I was ... At first I could
    barely ...") is joined by neither rule; the end counts as growth when the learned second
    opinion reads it as growth more likely than not, and the finding quotes it."""
    answer = ("By my third season I was mending the nets on my own and showing the new deckhands "
              "how. At first I could barely tie a proper knot. We lost far fewer days at sea to "
              "torn nets after I set up a repair rota.")
    check = check_answer(answer)
    growth = check.finding("skill_growth")
    assert growth.ok
    assert "mending the nets" in growth.message
    assert check.verdict.strong


def test_arc_halves_the_model_does_not_read_as_growth_stay_out():
    """Both halves found apart are not enough on their own: "By the end the shop was busy"
    says where the shop got to, not a skill."""
    answer = ("By the end the shop was busy every Saturday. At first I didn't know anyone in "
              "the town.")
    assert not _ok(answer, "skill_growth")


@pytest.mark.parametrize("name, size", [("verdict_own", 96), ("growth_own", 96),
                                        ("verdict_own2", 87), ("growth_own2", 88),
                                        ("growth_own3", 70)])
def test_an_own_set_keeps_its_split_and_label_rules(name, size):
    """``tests/eval/verdict_own/``, ``growth_own/`` and ``verdict_own2/``: odd ids in half A,
    even ids in half B, unique ids, and the labelling guide's ties (a number needs a result,
    later use needs growth, strong is growth and a result and no pitfall)."""
    import json
    from pathlib import Path

    folder = Path(__file__).parent / "eval" / name
    ids = set()
    for half in "ab":
        for line in (folder / f"answers_{half}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            number = int(row["id"][1:])
            assert row["half"] == ("A" if number % 2 else "B") == half.upper()
            assert row["id"] not in ids
            ids.add(row["id"])
            lab = row["labels"]
            assert not lab["quantified"] or lab["company_result"]
            assert not lab["used_later"] or lab["skill_growth"]
            assert lab["pitfalls"] == bool(row["pitfall_kinds"])
            strong = lab["skill_growth"] and lab["company_result"] and not lab["pitfalls"]
            assert lab["verdict"] == ("strong" if strong else "weak")
    assert len(ids) == size
