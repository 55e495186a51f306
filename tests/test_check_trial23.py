"""What a participant's trial in a real browser found (check23), each as a class, in other
words than the trial's own material."""

from __future__ import annotations

from workshop.check import FAR_SECONDS, MAX_SECONDS, check_answer, spoken_time
from workshop.check_render import check_html, check_text

STRONG = ("At the depot I learned to plan delivery routes: at first I could barely read the "
          "map software, and by my second winter I was planning the routes for all twelve "
          "drivers. I helped the depot to cut fuel costs by 15% in one year. I still use that "
          "route planning in my current job.")


def test_a_strong_spoken_answer_stays_strong():
    result = check_answer(STRONG)
    assert result.verdict.strong, result.verdict.message


def test_an_answer_far_past_any_spoken_length_is_not_strong_and_says_minutes():
    """A pasted essay (the strong story told again and again for pages) takes many minutes to
    say: its length is said in minutes, the verdict is not "Strong" and says to cut it to the
    one story, whatever pillars its sentences hold."""
    text = " ".join([STRONG] * 40)
    result = check_answer(text)
    assert result.seconds > FAR_SECONDS
    length = result.finding("length")
    assert not length.ok
    assert "minutes" in length.message and f"{result.seconds} seconds" not in length.message
    assert "one story" in length.message
    assert not result.verdict.strong
    assert "length" in result.verdict.missing
    assert "one story" in result.verdict.message
    assert f"{result.seconds} seconds" not in check_text(result)
    html = check_html(result)
    assert "Strong answer" not in html and "minutes spoken" in html


def test_a_little_over_two_minutes_is_still_told_in_seconds_and_can_be_strong():
    """Past the aim but no essay: the count stays in seconds, and the verdict reads the
    pillars (the length finding asks for a cut)."""
    text = " ".join([STRONG] * 6)
    result = check_answer(text)
    assert MAX_SECONDS < result.seconds <= FAR_SECONDS
    assert f"about {result.seconds} seconds" in result.finding("length").message
    assert result.verdict.strong


def test_spoken_time_units():
    assert spoken_time(75) == "about 75 seconds"
    assert spoken_time(FAR_SECONDS) == f"about {FAR_SECONDS} seconds"
    assert spoken_time(1807) == "about 30 minutes"


# --- 04: only a result's own number counts as the role's result number ----------------------

def _role_with_note(how_far="", used=""):
    from workshop.model import Ratings, Result, Role, Skill

    return Role(id="r", title="Dispatcher", organization="Northway Freight", start="2015-01",
                end="2019-06",
                skills=[Skill("load planning", "novice", "proficient", used, how_far)],
                results=[Result(statement="I helped the depot to run smoother shifts")],
                ratings=Ratings(4, 4, 4))


def test_a_number_setting_the_scene_of_a_skills_use_is_no_result_number():
    """A skill's note that tells when it was used ("when the fleet doubled", "while our orders
    rose by 40%") holds the circumstance's number, not a result of the role: only a result's
    own number, or what the skill itself produced, counts for "a result with a number"."""
    from workshop.scoring import has_number

    for used in ("I coached the new planners when the fleet doubled",
                 "at my next depot I used it, while our orders rose by 40%",
                 "I used it again after the company tripled its routes"):
        assert not has_number(_role_with_note(used=used)), used


def test_a_number_the_grown_skill_produced_still_counts():
    from workshop.scoring import has_number

    assert has_number(_role_with_note(
        used="at my next depot I used it to cut empty miles by 15%"))
    assert has_number(_role_with_note(
        how_far="At first I only loaded vans; by the end I cut empty miles by 15%"))


# --- a skill's family is decided by its phrase, not by one word with other senses ---------------

def test_a_word_with_other_senses_does_not_decide_a_skill_of_a_longer_name():
    from workshop.skills import canonical_skill, nearest_skill, skills_named

    for name in ("incident triage", "bug triage", "support queue triage"):
        assert canonical_skill(name) == "other"
        assert nearest_skill(name) != "healthcare", name
        assert "healthcare" not in skills_named(name), name
        assert "healthcare" not in skills_named(f"I learned {name} at the service desk")
    assert "healthcare" not in skills_named("I sorted the field observations for the survey")


def test_the_same_word_in_its_own_sense_still_names_its_skill():
    from workshop.skills import canonical_skill, nearest_skill, skills_named

    assert canonical_skill("triage") == "healthcare"
    assert nearest_skill("clinical triage") == "healthcare"
    assert "healthcare" in skills_named("I learned triage in a busy casualty department")
    assert "healthcare" in skills_named("taking patients' observations on the night shift")
