"""The kit's own later-use sentences pass its own check: where the entries place a use after
a job that is over (``later_when`` says "next" or "since"), every form the draft can say for
it is read by the answer check as a later use, so 04's points for the used-later entry and
05's check agree on the kit's draft; and the lead agrees with the skill as said ("my rota
planning skills have", never "has")."""

from __future__ import annotations

import re

import pytest

from workshop.check import check_answer
from workshop.model import Skill
from workshop.skill_story import later_use_sentence

GROWTH = "At first I could only follow a rota, but by the end I planned it for 40 staff."
NOTES = [
    "at the food bank I plan the volunteer shifts for 30 people",
    "at my next job I planned rosters for 40 staff and overtime fell by a third",
    "used it to set up the rota at the care home, and agency shifts went down",
    "planned the rota for two shops at the garden centre",
    "built the rota at the new site, which cut overtime by 20%",
]


def _sentences(current: bool, whens: tuple[str, ...]):
    for note in NOTES:
        skill = Skill(name="rota planning", before="novice", after="proficient",
                      used_later=note)
        for named in (False, True):
            for when in whens:
                for variant in range(4):
                    said = later_use_sentence(skill, variant, current, named=named, when=when)
                    if said:
                        yield said


@pytest.mark.parametrize("when", ["next", "since"])
def test_a_use_after_the_job_is_read_as_a_later_use(when):
    said = sorted(set(_sentences(False, (when,))))
    assert len(said) >= 5
    missed = [s for s in said
              if not next(f for f in check_answer(f"{GROWTH} {s}").findings
                          if f.code == "used_later").ok]
    assert missed == []


def test_the_lead_agrees_with_the_skill_as_said():
    said = set(_sentences(True, ("", "next", "since", "same"))) | \
        set(_sentences(False, ("", "next", "since", "same")))
    assert said
    # (the lead "my X skills have kept showing" is gone with the bare leads, draft13: no
    # sentence has the skill as its subject any more, so none may disagree with it)
    assert not [s for s in said if re.search(r"\bskills (?:has|is|was)\b", s)]
