"""The reason and the opening (issue 20, blind raters r28), as classes:

- the employer the entries name is said in the opening even where its name alone holds words
  the answer check reads as a pitfall in what a participant says ("Fun Factory"): a name is a
  name; the opening is still read whole as the check reads it;
- a reason said in the grammar a speaker gives its kind: a clause whose subject is people
  ("people ...") is a clause, never "It gave me people ..."; a person or a memory named,
  then a clause that points back at it, says both, in that order;
- a story told to its end or not started: a set-up is never said without the sentence that
  tells how it ended, nor that sentence's pointer without whom it points at; a pitfall at a
  story's end leaves out only the pitfall;
- after a pitfall (perks, the pay), a sentence of what the speaker liked doing is a reason;
- where no reason is typed, the opening says what made the job stand out from a fact the
  entries state (the first job whose title put them in charge), and no draft states a feeling
  the entries don't hold (``benchmarks/draft_feeling.py``);
- the job held now is told in the present: a growth line never places it in a job that is
  over ("This was the job where ...", "Over my time there ...", "It was in this job that").

The workspaces here are the engineer's own, not the eval set's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from helpers_sample import one_role_workspace

from workshop.check import pitfall_phrases
from workshop.draft import draft_versions
from workshop.growth_said import level_growth
from workshop.model import Skill, Workspace
from workshop.personal_value import say_value

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_feeling import feeling_unsaid  # noqa: E402


def _role(**more) -> dict:
    role = {"title": "Claims Handler", "organization": "Harbourview Health Insurance",
            "organization_kind": "company", "summary": "",
            "skills": [{"name": "claims triage", "before": "novice", "after": "proficient"}],
            "results": [{"statement": "I cut the claims backlog from 900 to 200",
                         "scope": "team", "enabled_by": ["claims triage"]}]}
    role.update(more)
    return role


def test_an_employer_whose_name_holds_a_pitfall_word_is_still_named():
    """"Fun" in a name is the employer, not the speaker's perks."""
    for org in ("Fun Factory", "Little Fun Nursery"):
        assert pitfall_phrases(org)  # the name alone reads as a pitfall
        ws = one_role_workspace(_role(organization=org), "Claims Team Lead",
                                start="2019-01", end=None)
        for text in draft_versions(ws, "r1").values():
            assert org in text.split(".")[0], text


def test_a_clause_about_people_is_said_as_a_clause():
    said = say_value("people thank me at the end of every course", True)
    assert "gave me people" not in said.sentence and "given me people" not in said.sentence
    assert "people thank me at the end of every course" in said.sentence


def test_a_person_named_then_a_clause_about_them_says_both_in_order():
    typed = "the first patient I discharged on my own, I still remember her name"
    for current in (True, False):
        said = say_value(typed, current)
        assert said.sentence.index("the first patient I discharged on my own") < \
            said.sentence.index("I still remember her name"), said.sentence
        assert "gave me the first patient" not in said.sentence
        assert "given me the first patient" not in said.sentence


_STORY = ("On my second night shift a trainee froze at a cardiac arrest. She got through it "
          "with me beside her, and she runs that ward now.")


def test_a_story_is_said_to_its_end_in_every_version():
    said = say_value(_STORY, False)
    for part in (said.sentence, said.short, said.brief):
        assert "a trainee froze" in part and "She got through it" in part, part


def test_a_pitfall_at_a_story_end_leaves_out_only_the_pitfall():
    typed = ("A student came to me in tears the night before her exam. She passed with a "
             "merit and sent me a card, and that is when I knew I wanted to teach.")
    said = say_value(typed, False)
    assert "She passed with a merit and sent me a card" in said.sentence, said
    assert "wanted to" not in said.sentence


def test_after_a_perk_what_the_speaker_liked_doing_is_the_reason():
    for typed in ("The free parking was great. I liked training the apprentices as well.",
                  "Free parking, decent pay. I enjoyed training the apprentices too, "
                  "that's the fun bit."):
        said = say_value(typed, False)
        assert "training the apprentices" in said.sentence, (typed, said)
        assert not said.sentence.rstrip(".").endswith(("as well", "too")), said.sentence



def _career(first_title: str, reason: str = "", end: str | None = "2023-04") -> Workspace:
    """Two roles: ``first_title`` (2015-2018), then a Dispatch Supervisor (2018 on)."""
    later = _role(title="Dispatch Supervisor", organization="Greyline Freight",
                  personal_value=reason, id="r2", start="2018-05", end=end)
    earlier = _role(title=first_title, organization="Greyline Freight", id="r1",
                    start="2015-02", end="2018-05")
    return Workspace.from_dict({
        "schema_version": one_role_workspace(_role(), "x", start="2019-01", end=None).to_dict()[
            "schema_version"],
        "target_role": {"title": "Transport Manager", "goals": []},
        "roles": [earlier, later], "answer": {"role_id": "r2", "text": ""}})


def test_no_opening_claims_a_first_time_in_charge_the_entries_do_not_state():
    """A title alone does not say the job was the first in charge (blind raters, r29: "the
    first time I was put in charge" where nobody wrote it, marked down in 20 of 20 drafts):
    without a typed reason the opening names the job plainly and the coach asks why."""
    for ws in (_career("Warehouse Associate"), _career("Warehouse Associate", end=None),
               _career("Yard Team Leader"),
               _career("Warehouse Associate", "It showed me I could keep a depot calm")):
        for text in draft_versions(ws, "r2").values():
            assert "put in charge" not in text, text


def test_a_feeling_the_entries_do_not_hold_is_counted():
    entries = '{"summary": "ran the night dispatch desk", "results": ["cut late loads"]}'
    assert feeling_unsaid("I loved the night desk.", entries)
    assert feeling_unsaid("It was rewarding work.", entries)
    assert not feeling_unsaid("I loved the night desk.", entries + " I love nights")
    assert not feeling_unsaid("I cut late loads from 12 to 3 a week.", entries)


def test_the_kit_states_no_feeling_the_entries_do_not_hold():
    for ws in (_career("Warehouse Associate"), _career("Yard Team Leader", end=None)):
        entries = str(ws.to_dict())
        for text in draft_versions(ws, "r2").values():
            assert not feeling_unsaid(text, entries), text


def test_a_growth_line_of_the_job_held_now_is_in_the_present():
    past = ("was the job", "my time there", "It was in", "That job", "that job")
    for name in ("forklift driving", "route planning", "Sage", "the night desk", "Spanish"):
        for before in ("novice", "advanced beginner", "competent"):
            skill = Skill(name=name, before=before, after="expert")
            for variant in range(6):
                said = level_growth(skill, True, variant)
                assert not any(p in said for p in past), said
