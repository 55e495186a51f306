"""How one sentence made from the entries is said (issue 20, blind hiring managers, s17): a
skill's growth by what its name is and how far it moved, a statement with its own subject
kept as the participant's, and a name said as typed. The examples here are other words than
the workspaces that showed each class."""

from __future__ import annotations

import pytest

from workshop.check import check_answer
from workshop.draft_frame import spoken_title
from workshop.growth_said import gave_clause, gave_shape, level_growth
from workshop.model import Result, Role, Skill
from workshop.result_number import read_result
from workshop.skill_story import also_grew_sentence, growth_parts, later_use_sentence, short_name
from workshop.wording import org_spoken, skill_words


@pytest.mark.parametrize("before", ["advanced beginner"])
def test_a_skill_they_had_some_of_is_never_said_as_learned(before):
    """"taught me"/"learned"/"picked up" only for a skill set novice before the job; one they
    started with some of (advanced beginner included) is one they got better at, in every
    line the kit makes of the levels, and the check still reads it as growth."""
    skill = Skill(name="pastry lamination", before=before, after="expert")
    for variant in range(4):
        lines = [level_growth(skill, False, variant), gave_clause(skill, False, variant),
                 also_grew_sentence(skill, False, variant)]
        for line in lines:
            assert "better at pastry lamination" in line, line
            assert not any(w in line for w in ("learned", "taught", "picked up")), line
        said = f"Looking back, it was my two years as a Baker at Crumb, {lines[1]}."
        assert check_answer(said).finding("skill_growth").ok, said


@pytest.mark.parametrize("name, shape, said", [
    ("boiler services", "task", "learned to do boiler services"),
    ("smoke alarm fits", "task", "learned to do smoke alarm fits"),
    ("Xero", "tool", "learned to use Xero"),
    ("Oracle Fusion", "tool", "learned to use Oracle Fusion"),
    ("front desk", "place", "learned how the front desk works"),
    ("Portuguese", "language", "learned Portuguese"),
])
def test_a_new_skill_is_said_by_what_its_name_is(name, shape, said):
    """A task said as a plural noun is learned "to do", a system "to use", a place "how it
    works", a language as itself; never "taught me <a plural task>" or "learned <a place>"."""
    skill = Skill(name=name, before="novice", after="proficient")
    assert gave_shape(skill)[0] == shape
    for variant in range(3):
        line = level_growth(skill, True, variant)
        assert said in line and "taught me" not in line, line
        assert check_answer(line).finding("skill_growth").ok, line
        assert said in gave_clause(skill, True, variant)


def test_a_language_they_had_some_of_is_improved_not_learned():
    skill = Skill(name="Portuguese", before="advanced beginner", after="proficient")
    line = level_growth(skill, False, 0)
    assert "improved my Portuguese" in line and "learned" not in line, line
    assert check_answer(line).finding("skill_growth").ok


@pytest.mark.parametrize("name", ["boiler services", "CRM (Salesforce) migration",
                                  "payroll rollout"])
def test_no_skills_glued_onto_a_noun_that_names_no_skill(name):
    """Said again after its growth line, a task or a piece of work is "that experience",
    never "my service skills" or "my migration skills"; a piece of work is learned as how one
    is run (never "learned CRM migration"), and a bracket inside a name never cuts it."""
    skill = Skill(name=name, before="novice", after="competent")
    assert "skills" not in short_name(skill)
    if gave_shape(skill)[0] == "project":
        assert skill_words(skill).topic in ("CRM migration", "payroll rollout")
        line = level_growth(skill, False, 0)
        assert f"how a {skill_words(skill).topic} is run" in line, line
        assert check_answer(line).finding("skill_growth").ok, line


def test_a_tool_is_said_again_by_its_name():
    assert short_name(Skill(name="Xero", before="novice", after="competent")) == "Xero"


def test_the_line_before_the_participant_s_growth_words_glues_nothing_on():
    """Before their own words of a start and an end, the skill is named as typed, never
    "growing my X skills" or "I grew what I learned about X most"."""
    skill = Skill(name="supervision of apprentices", before="novice", after="proficient",
                  how_far="At first I left them to it. By the end I ran their weekly reviews.")
    for variant in range(2):
        line, own = growth_parts(skill, False, variant)
        assert "supervision of apprentices" in line and own, line
        assert "what I learned about" not in line and "skills" not in line, line
        assert check_answer(line).finding("skill_growth").ok, line


@pytest.mark.parametrize("typed", ["Head Gardener", "Head Sommelier", "Lead Baker"])
def test_a_title_is_said_with_no_word_put_in(typed):
    assert spoken_title(typed) == typed


@pytest.mark.parametrize("typed, said", [("Birch & Co.", "Birch & Co"),
                                         ("Rowan & Co Ltd", "Rowan & Co")])
def test_an_organisation_is_never_cut_at_a_joining_word(typed, said):
    assert org_spoken(typed) == said


@pytest.mark.parametrize("statement, said", [
    ("coach the new cashiers", "I coached the new cashiers."),
    ("run a crew of 5", "I ran a crew of 5."),
])
def test_a_doing_of_the_speaker_stays_theirs(statement, said):
    """A statement whose verb is the speaker's own act is said as theirs, never "I helped
    my team <do it>"; a level the organisation reached still may be."""
    role = Role(id="r", title="Supervisor", organization="Pine Foods")
    assert read_result(Result(statement=statement), role).told == said


def test_a_statement_with_its_own_subject_gets_no_i_before_it():
    role = Role(id="r", title="Planner", organization="Pine Foods")
    told = read_result(Result(statement="forecast error fell from 15% to 6%"), role).told
    assert told.startswith("Forecast error fell from 15% to 6%"), told


# --- a later-use note said by its own structure (class D: splices) ---------------------------


def _later(note: str, when: str = "next", current: bool = False) -> str:
    skill = Skill(name="rota planning", before="novice", after="proficient", used_later=note)
    return later_use_sentence(skill, 0, current, when=when)


@pytest.mark.parametrize("note", ["I now run the archive at Holt Museum",
                                  "I also plan the shifts for the whole depot"])
def test_a_word_between_i_and_the_verb_is_no_doing(note):
    """"I now run ..." is said as its own sentence, never "to now run" or "when I also plan"
    (a present told as a past time)."""
    said = _later(note)
    assert said == note + ".", said


def test_a_use_told_now_is_said_in_the_present():
    said = _later("used it now to plan every bank holiday")
    assert said.startswith("Now I use") and "now to" not in said, said


@pytest.mark.parametrize("note, said", [
    ("At Birch Hall, planned their open days", "plan"),
    ("covered the front desk, planned their open days",
     "covered the front desk and planned their open days"),
])
def test_a_doing_after_a_comma_gets_its_subject_or_its_and(note, said):
    """Never a clause with no subject after a comma (", planned their open days")."""
    told = _later(note, when="")
    assert said in told and ", planned" not in told, told


def test_a_place_before_words_with_no_verb_is_asked_not_said():
    assert _later("in my next role at Birch Hall, the staff rotas to show how cover works") == ""
    assert _later("At Birch Hall, the staff use my rota every week") != ""


def test_a_past_doing_joined_to_another_is_not_made_a_to_clause():
    said = _later("later at Birch Hall, planned their open days and ran the fete")
    assert "to plan" not in said and "I planned their open days and ran the fete" in said, said
