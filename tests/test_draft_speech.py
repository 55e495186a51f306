"""The draft reads as speech a hiring manager believes: notes said as sentences, never pasted in
note grammar; no fact told twice; growth told without rubric levels; spoken links, not labels;
why the job mattered; the entries read once per draft; the number 04 counts kept.

Each rule is tested on workspaces of its own (a dental nurse, a bakery shift lead, a museum
educator, a payroll clerk, an IT support technician), none of them from the eval sets."""

from __future__ import annotations

import re

import pytest
from helpers_sample import one_role_workspace

import workshop.result_number as result_number
from workshop.check import check_answer
from workshop.draft import coach_questions, draft_versions, plan_draft
from workshop.model import Workspace
from workshop.wording import speech


def workspace(role: dict, title: str = "Practice Manager",
              goals: tuple[str, ...] = ()) -> Workspace:
    return one_role_workspace(role, title, goals, start="2018-03", end="2022-09")


DENTAL = {"title": "Dental Nurse", "organization": "Brookside Dental Practice",
          "organization_kind": "company",
          "skills": [{"name": "decontamination", "before": "novice", "after": "proficient",
                      "used_later": "set up the sterilisation room at my next practice, "
                                    "audits passed first time"}],
          "results": [{"statement": "cut instrument turnaround", "metric": "turnaround minutes",
                       "value": 25, "from_value": 40, "unit": "minutes", "scope": "company",
                       "enabled_by": ["decontamination"]}]}
BAKERY = {"title": "Shift Lead", "organization": "Crumb & Co Bakery",
          "organization_kind": "company",
          "skills": [{"name": "production planning", "before": "advanced beginner",
                      "after": "competent",
                      "used_later": "I plan the bake for two shops now, waste is down"}],
          "results": [{"statement": "we reduced end-of-day waste a lot", "metric": "waste",
                       "value": 9, "from_value": 20, "unit": "%", "scope": "company",
                       "enabled_by": ["production planning"]}]}
MUSEUM = {"title": "Learning Officer", "organization": "Harbour Museum",
          "organization_kind": "non-profit",
          "skills": [{"name": "workshop design", "before": "novice", "after": "expert",
                      "used_later": "school programme at the archive, bookings doubled"}],
          "results": [{"statement": "school visits grew", "metric": "school visits a year",
                       "value": 180, "from_value": 60, "unit": "", "scope": "company"}]}
PAYROLL = {"title": "Payroll Clerk", "organization": "Hartwell Foods",
           "organization_kind": "company",
           "skills": [{"name": "payroll reconciliation", "before": "novice",
                       "after": "proficient"}],
           "results": [{"statement": "ran payroll; fixed errors", "metric": "", "value": None,
                        "unit": "", "scope": "company"},
                       {"statement": "I cut payroll errors", "metric": "errors a month",
                        "value": 2, "from_value": 15, "unit": "", "scope": "company",
                        "enabled_by": ["payroll reconciliation"]}]}
IT = {"title": "IT Support Technician", "organization": "Fairlight College",
      "organization_kind": "school",
      "skills": [{"name": "scripting in PowerShell", "before": "advanced beginner",
                  "after": "proficient",
                  "used_later": "at my current job I automated laptop setup with it"}],
      "results": [{"statement": "I managed a fleet of 900 laptops", "metric": "laptops",
                   "value": 900, "unit": "laptops", "scope": "company", "kind": "count",
                   "enabled_by": ["scripting in PowerShell"]},
                  {"statement": "I cut laptop setup time", "metric": "setup minutes",
                   "value": 15, "from_value": 90, "unit": "minutes", "scope": "company"}]}
ROLES = {"dental": DENTAL, "bakery": BAKERY, "museum": MUSEUM, "payroll": PAYROLL, "it": IT}


def drafts(role: dict, **kw) -> list[str]:
    return list(draft_versions(workspace(role, **kw)).values())


# --- (a) note grammar said as speech, or asked for ------------------------------------------------


@pytest.mark.parametrize("note, said", [
    ("I automated the bank rec template, everyone in the team uses it now",
     "I automated the bank rec template, and everyone in the team uses it now"),
    ("I plan the bake for two shops now, waste is down",
     "I plan the bake for two shops now, and waste is down"),
    ("at first I could not read a sterilisation log; by the end I trained the new nurses",
     "at first I could not read a sterilisation log. By the end I trained the new nurses"),
    ("at first I only reset passwords, by the end I wrote the scripts",
     "at first I only reset passwords. By the end I wrote the scripts"),
    ("I did the checks every shift, logged the results and trained the juniors",
     "I did the checks every shift, logged the results and trained the juniors"),
])
def test_a_note_is_said_as_sentences(note, said):
    """A semicolon's parts become sentences; two clauses run together with a comma are joined
    with "and"; a list of doings of one subject stays as it is."""
    assert speech(note) == said


@pytest.mark.parametrize("note", ["led rota; cut overtime", "ran payroll; fixed errors",
                                  "school programme at the archive, bookings doubled",
                                  "stock control at my next job, we went to weekly counts"])
def test_note_grammar_the_draft_cannot_say_is_empty(note):
    """Fragments with no verb, or of one or two words, are note grammar: not said."""
    assert speech(note) == ""


@pytest.mark.parametrize("name", ["payroll", "museum", "bakery"])
def test_no_draft_pastes_note_grammar(name):
    """No semicolon, no verbless fragment before a comma, in any version of the draft; a note
    that cannot be said is asked for as a sentence instead."""
    ws = workspace(ROLES[name])
    for text in draft_versions(ws).values():
        assert ";" not in text, text
        assert "ran payroll" not in text and "school programme at the archive" not in text, text
        assert "waste is down" not in text or ", and waste is down" in text, text
    codes = {q.code for q in coach_questions(ws)}
    if name == "payroll":
        assert "statement" in codes  # "ran payroll; fixed errors" asked for as a sentence
    if name == "museum":
        assert "used_later" in codes  # the fragment later use asked for as a sentence


# --- (b) no fact told twice -----------------------------------------------------------------------


def _figures(text: str) -> list[str]:
    return re.findall(r"\d[\d,.]*%?", text)


@pytest.mark.parametrize("name", list(ROLES))
def test_no_figure_is_said_twice(name):
    """Within one version, every figure is said once."""
    for text in drafts(ROLES[name]):
        figures = _figures(text)
        assert len(figures) == len(set(figures)), text


def test_a_vague_change_and_its_figures_are_one_sentence():
    """"we reduced waste a lot" with its numbers is said once, the numbers beside "a lot"
    (s20: the participant's own degree word is kept, never dropped as if the note had been
    exact), not as the vague sentence and then the figures again."""
    for text in drafts(BAKERY):
        assert text.count("a lot") <= 1 and "from 20% to 9%" in text, text
        assert "a lot" not in text or "a lot, from 20% to 9%" in text, text
        assert text.lower().count("waste") <= 2, text


def test_a_later_use_that_repeats_the_growth_words_is_not_told_again():
    """Growth words that already tell where the skill went are not followed by the same later
    use."""
    role = {**DENTAL, "skills": [{**DENTAL["skills"][0],
                                  "how_far": "At first I only loaded the washer; by the end I "
                                             "set up the sterilisation room at my next practice",
                                  "used_later": "I set up the sterilisation room at my next "
                                                "practice"}]}
    for text in drafts(role):
        assert text.count("sterilisation room") == 1, text


# --- (c) growth without rubric levels -------------------------------------------------------------

_LEVEL_WORDS = re.compile(r"\b(?:novice|advanced beginner|competent|proficient|expert|"
                          r"went from (?:knowing|never|doing)|when I started, I|"
                          r"hard cases|tricky cases|people brought me|the one (?:people|others))",
                          re.IGNORECASE)


@pytest.mark.parametrize("name", ["dental", "bakery", "museum", "it"])
def test_growth_without_how_far_has_no_level_phrases_and_is_asked(name):
    """Without the participant's words the growth is told as where the skill was learned (the
    result and the later use show how far), never in the rubric's level phrases; the coach asks
    for how far in the participant's words; the check still reads the growth."""
    ws = workspace(ROLES[name])
    for text in draft_versions(ws).values():
        assert not _LEVEL_WORDS.search(text), text
        assert check_answer(text).finding("skill_growth").ok, text
    assert "how_far" in {q.code for q in coach_questions(ws)}


def test_growth_in_own_words_is_told_and_not_asked():
    role = {**MUSEUM, "skills": [{**MUSEUM["skills"][0],
                                  "how_far": "at first I read from a script; now I design the "
                                             "whole schools offer"}]}
    ws = workspace(role)
    text = plan_draft(ws).text
    assert "At first I read from a script. Now I design the whole schools offer." in text, text
    assert "how_far" not in {q.code for q in coach_questions(ws)}


# --- (d) spoken links, not labels -----------------------------------------------------------------

_LABELS = re.compile(r"(?:^|\. )(?:[A-Z][\w' ]{0,40}): [a-z]|My own part:|It showed:|made the "
                     r"difference:|paid off:|Take [\w ]+:")


@pytest.mark.parametrize("name", list(ROLES))
def test_no_label_like_link_phrases(name):
    """No sentence starts with a label and a colon ("That skill made the difference: ...",
    "My own part: ...", "I have kept using that skill since: ...")."""
    for text in drafts(ROLES[name]):
        assert not _LABELS.search(text), text
        assert ":" not in text, text


def test_a_shared_result_tells_the_own_part_as_a_sentence():
    role = {**BAKERY, "results": [{**BAKERY["results"][0],
                                   "my_part": "it was my idea to bake to the till data"}]}
    text = plan_draft(workspace(role)).text
    assert "It was my idea to bake to the till data." in text, text
    assert "My own part" not in text


# --- (e) why it mattered --------------------------------------------------------------------------

_WHY = re.compile(r"The reason is that|What makes it stand out for me is that|What I value most "
                  r"is that")


@pytest.mark.parametrize("name", list(ROLES))
def test_no_stock_line_stands_in_for_why_the_job_mattered(name):
    """No template sentence says why the job mattered (blind raters read "The reason is that
    what I learned there showed up in results" as robotic and empty): the why is the story's
    own link to the role applied for, or the coach asks for it."""
    for text in drafts(ROLES[name], title="Practice Manager", goals=("reduce costs",)):
        assert not _WHY.search(text), text
        assert "showed up in results" not in text and "came in the same job" not in text, text


@pytest.mark.parametrize("start, end, said", [("2005-01", "2017-06", "twelve and a half years"),
                                              ("1998", "2021", "twenty-three years"),
                                              ("2021-01", "2021-10", "nine months")])
def test_a_long_or_short_tenure_is_said_in_words(start, end, said):
    """A tenure is not a figure of the entries: never written in digits."""
    text = plan_draft(workspace({**DENTAL, "start": start, "end": end})).text
    assert f"my {said} as" in text.lower(), text


def test_a_goal_the_story_backs_is_not_recited_and_the_one_it_does_not_is_asked():
    """The story is the evidence for a goal: no close says the goal back as a tagline ("So
    cutting instrument turnaround times is familiar ground for me.": blind raters, r17)."""
    ws = workspace(DENTAL, title="Lead Dental Nurse",
                   goals=("cut instrument turnaround times", "lead a team of 6 nurses"))
    text = plan_draft(ws).text
    assert "instrument turnaround" in text and "turnaround times" not in text.lower(), text
    # the coach asks only about the goal the check finds no evidence for in the draft
    q = next(q for q in coach_questions(ws) if q.code == "goal_evidence")
    assert "'lead a team of 6 nurses'" in q.text and "turnaround" not in q.text, q.text


def test_goals_the_story_does_not_back_are_asked_about_not_recited():
    ws = workspace(PAYROLL, title="Payroll Manager",
                   goals=("implement a new HR system", "manage a budget of £2m"))
    text = plan_draft(ws).text
    assert "HR system" not in text and "budget" not in text, text
    q = next(q for q in coach_questions(ws) if q.code == "goal_evidence")
    assert "'implement a new HR system'" in q.text and q.where == "03"


def test_no_goals_asks_for_them():
    assert "goals" in {q.code for q in coach_questions(workspace(MUSEUM))}


# --- one reading per draft ---------------------------------------------------------------------


@pytest.mark.parametrize("name", list(ROLES))
def test_each_result_is_read_once_per_draft(name, monkeypatch):
    """plan_draft reads each result's sentence and number once, for the ranking, the story and
    the coach's questions alike (a hot path in notebook 05): at most twice for a result told
    as a doing, whose reading falls back to the 03 form's frame where the check reads a
    result only there (``result_number._read``), and never more."""
    calls = {"statement": 0, "number": 0}
    real_statement, real_number = result_number.statement_sentence, result_number.number_reading
    result_number._read.cache_clear()  # the reading is kept per distinct entry: read afresh

    def statement(*a, **k):
        calls["statement"] += 1
        return real_statement(*a, **k)

    def number(*a, **k):
        calls["number"] += 1
        return real_number(*a, **k)

    monkeypatch.setattr(result_number, "statement_sentence", statement)
    monkeypatch.setattr(result_number, "number_reading", number)
    ws = workspace(ROLES[name])
    plan_draft(ws)
    results = len(ws.roles[0].results)
    assert calls["statement"] <= 2 * results and calls["number"] <= 2 * results, calls
    calls.update(statement=0, number=0)
    plan_draft(ws, seconds=30)  # read once: the second draft reads nothing again
    assert calls == {"statement": 0, "number": 0}, calls


# --- the number 04 counts is kept -------------------------------------------------------------


@pytest.mark.parametrize("name", ["it", "payroll", "dental"])
def test_a_result_number_the_check_counts_is_in_every_version(name):
    """When a result has a number the check counts, every version of the draft keeps one, so
    04 ("a result with a number") and 05's check agree; a count of things looked after (900
    laptops) does not push the change out."""
    for text in drafts(ROLES[name]):
        assert check_answer(text).finding("quantified").ok, text
    texts = drafts(IT)
    assert all("from 90 to 15 minutes" in t for t in texts), texts
