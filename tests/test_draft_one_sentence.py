"""How one sentence made from a result, a number, a title or a later-use note is said (issue
20, draft25), as classes, in other words than the drafts the blind raters quoted:

- a result statement keeps its own subject and verb: "I" is never put before a clause that has
  a subject of its own ("I planned routes were shorter"), and a change verb typed in its base
  form is read as the verb it is ("parcel volume rise from ..." -> "rose"), never half
  inflected ("rise went");
- a number is said once, in the clause it belongs to, as what it is: "by" after the verb that
  changed it ("... raises repeat orders by 9%", a verb in its "-s" form read as one), what
  changed as a clause of its own where the sentence does not name it ("..., and overtime went
  down by 18%"), never the kit's arithmetic tacked on ("a change of 9%", "a drop of 18%");
- a title is said as typed up to the word that names the person, a field glued on after it
  left out ("a night supervisor at ...", not "a night supervisor goods inwards at ...");
- "<name> skills" is never glued onto a name of two words or more ("my soil chemistry
  skills"); a later use that names the skill's doing does not name the skill again ("Now I
  teach wound dressing to students", not "I use my wound dressing skills to teach ... wound
  dressing").
"""

from __future__ import annotations

from workshop.draft import plan_draft
from workshop.draft_frame import spoken_title
from workshop.draft_later import unglued
from workshop.draft_links import references_kept
from workshop.model import Ratings, Result, Role, Skill, TargetRole, Workspace
from workshop.note_grammar import own_subject
from workshop.skill_story import later_use_sentence
from workshop.wording import number_reading, org_words, statement_sentence

ORG = org_words(Role(id="r", title="Dispatcher", organization="Kestrel Freight"))


def _said(result: Result) -> str:
    reading = number_reading(result, result.statement)
    return reading.whole or result.statement + reading.inline


def test_a_clause_with_its_own_subject_gets_no_i():
    for note in ("planned routes were shorter by 3 miles a day",
                 "printed labels were wrong on 1 parcel in 50"):
        sentence, _shape = statement_sentence(Result(note), ORG)
        assert not sentence.startswith("I "), sentence
        assert own_subject(note)


def test_a_verb_and_its_object_are_still_the_speakers_doing():
    for note in ("planned the routes so drivers were home by six", "found sales went up",
                 "cut the waiting list"):
        assert not own_subject(note), note
    assert statement_sentence(Result("cut the waiting list"), ORG)[0] == "I cut the waiting list."


def test_a_change_verb_typed_in_its_base_form_is_read_as_a_verb():
    sentence, shape = statement_sentence(Result("parcel volume rise from 400 to 650 a day"), ORG)
    assert sentence == "Parcel volume rose from 400 to 650 a day.", sentence
    assert shape == "clause"
    sentence, _shape = statement_sentence(Result("complaints drop from 30 to 12"), ORG)
    assert "drop went" not in sentence and "dropped from 30 to 12" in sentence, sentence


def test_a_change_is_said_by_the_verb_that_made_it():
    said = _said(Result("I showed that a loyalty card raises repeat orders",
                        metric="repeat orders", value=9, unit="%"))
    assert said == "I showed that a loyalty card raises repeat orders by 9%", said


def test_what_changed_is_a_clause_of_its_own_never_the_kits_arithmetic():
    said = _said(Result("I rebuilt the weekend rota", metric="overtime", value=-18, unit="%",
                        kind="change"))
    assert said == "I rebuilt the weekend rota, and overtime went down by 18%", said
    for result in (Result("I rebuilt the weekend rota", metric="overtime", value=18, unit="%",
                          kind="change"),
                   Result("I ran the loyalty scheme", value=12, unit="%", kind="change")):
        said = _said(result)
        assert not any(f"{a} of" in said for a in ("a change", "a drop", "a rise")), said


def test_a_field_glued_after_the_title_is_left_out():
    assert spoken_title("night supervisor goods inwards") == "night supervisor"
    assert spoken_title("senior buyer fresh produce") == "senior buyer"
    for typed in ("Head of Geography", "Chef de Rang", "Nurse Practitioner",
                  "care assistant"):
        assert spoken_title(typed) == typed


def _skill(name: str, note: str) -> Skill:
    return Skill(name, "novice", "proficient", note)


def test_a_name_of_two_words_is_never_glued_onto_skills():
    skill = _skill("soil chemistry", "used it on the river survey")
    sentence = unglued("Later, I used my soil chemistry skills on the river survey.", skill)
    assert sentence == "Later, I used my skills in soil chemistry on the river survey."


def test_a_later_use_that_names_the_skill_does_not_name_it_again():
    skill = _skill("wound dressing", "now I teach wound dressing to the students")
    for named in (False, True):
        sentence = unglued(later_use_sentence(skill, 0, False, named=named), skill)
        assert sentence == "Now I teach wound dressing to the students.", sentence
    past = _skill("stock rotation", "I used it to rotate stock at the farm shop")
    said = unglued("In my next job, I used that skill to rotate stock at the farm shop.", past)
    assert said == "In my next job, I rotated stock at the farm shop.", said


def test_the_draft_says_the_title_and_the_later_use_plainly():
    role = Role(title="night supervisor goods inwards", organization="Kestrel Freight",
                id="r1", start="2017-03", end="2022-01", ratings=Ratings(5, 4, 4),
                skills=[Skill("load planning", "novice", "expert",
                              "now I teach load planning to new supervisors")],
                results=[Result("I cut damaged pallets from 40 to 9 a month",
                                metric="damaged pallets", value=9, from_value=40,
                                kind="change", enabled_by=["load planning"])])
    ws = Workspace(target_role=TargetRole("Warehouse Manager", []), roles=[role])
    text = plan_draft(ws, "r1", 90).text
    assert "goods inwards at" not in text, text
    assert "night supervisor at Kestrel Freight" in text, text
    assert "load planning skills" not in text and "that skill to teach" not in text, text


def test_a_change_with_its_how_keeps_the_number_beside_what_changed():
    said = _said(Result("I cut missed pickups by moving the cut-off with the depot team",
                        metric="missed pickups", value=-25, unit="%", kind="change"))
    assert said == "I cut missed pickups by 25% by moving the cut-off with the depot team.", said


def test_that_skill_said_by_its_name_is_not_glued_either():
    text = ("I was a site engineer. Where I grew most was budget control. I cut rework by "
            "20%. Later, I used that skill on the bridge refit.")
    said = references_kept(text, [_skill("budget control", "used it on the bridge refit")])
    assert "budget control skills" not in said, said
    assert "I used my skills in budget control on the bridge refit" in said, said
