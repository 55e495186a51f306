"""The answer check: each finding passes and fails on hand-written answers, word boundaries hold,
and no string makes it raise."""

from __future__ import annotations

import json
import time

import pytest
from fuzzing import fuzz
from hypothesis import given
from hypothesis import strategies as st

from workshop.check import (
    CODES,
    MAX_SECONDS,
    MIN_SECONDS,
    WORDS_PER_MINUTE,
    AnswerCheck,
    Finding,
    check_answer,
    count_words,
    pitfall_phrases,
    speaking_seconds,
)
from workshop.resources import load_json

GOALS = ["reduce operating costs", "lead a team of 40", "improve on-time delivery"]

GOOD = (
    "The job that gave me the most value was shift supervisor at Northwind Logistics. "
    "There I grew my scheduling skills from novice to proficient and learned to read a budget. "
    "I helped the company to cut overtime by 18%, which saved about 40,000 euros a year in "
    "operating costs. At my next job I used the same scheduling method to plan rosters for "
    "40 staff, and on-time delivery improved within a quarter. That is what I would bring to "
    "your operations team: lower costs and deliveries that arrive when promised."
)

BAD = (
    "My favourite job was at a festival. It was so much fun and we had a great team, free "
    "tickets, and I got promoted after one summer. It was what I wanted at the time, unlike "
    "my last place, where my terrible boss micromanaged everything."
)




def words(n: int) -> str:
    return " ".join(["word"] * n)


# --- the shape --------------------------------------------------------------------------------


def test_findings_come_in_codes_order():
    """Every check reports one finding per code, in the order of CODES."""
    result = check_answer(GOOD, GOALS)
    assert [f.code for f in result.findings] == list(CODES)
    assert CODES == ("skill_growth", "company_result", "quantified", "used_later",
                     "goals_match", "pitfalls", "length")


def test_good_answer_passes_every_finding():
    """A two-pillar answer with a number, later use and the goals' words passes every finding."""
    result = check_answer(GOOD, GOALS)
    assert result.passed, [f.message for f in result.findings if not f.ok]
    assert all(f.message.strip() for f in result.findings)


def test_to_dict_matches_the_cli_contract():
    """to_dict gives words, seconds, passed and findings; only the pitfalls finding has phrases."""
    data = check_answer(BAD, GOALS).to_dict()
    assert set(data) == {"words", "seconds", "passed", "findings"}
    assert data["passed"] is False
    for f in data["findings"]:
        expected = {"code", "ok", "message"} | ({"phrases"} if f["code"] == "pitfalls" else set())
        assert set(f) == expected
    pitfalls = next(f for f in data["findings"] if f["code"] == "pitfalls")
    assert isinstance(pitfalls["phrases"], list) and pitfalls["phrases"]


def test_finding_looks_up_by_code():
    """finding(code) returns that finding and raises KeyError for a code that does not exist."""
    result = check_answer(GOOD)
    assert result.finding("quantified").code == "quantified"
    with pytest.raises(KeyError):
        result.finding("nonsense")


def test_finding_is_frozen_and_passed_follows_findings():
    """A Finding can't be changed, and passed is True only when every finding is ok."""
    f = Finding("length", True, "fine")
    with pytest.raises(AttributeError):
        f.ok = False  # type: ignore[misc]
    assert AnswerCheck(1, 0, [f]).passed
    assert not AnswerCheck(1, 0, [f, Finding("pitfalls", False, "no", ("fun",))]).passed


# --- skill growth and results -----------------------------------------------------------------


def test_missing_skill_growth_gets_a_suggestion():
    """An answer that never says how a skill grew fails skill_growth with a concrete suggestion."""
    f = check_answer("I helped the company to cut costs by 10%.").finding("skill_growth")
    assert not f.ok
    assert "novice" in f.message


@pytest.mark.parametrize("text", [
    "I moved from novice to proficient in scheduling.",
    "The job grew my negotiation skills.",
    "I mastered SQL there.",
    "I learned how to run a budget.",
])
def test_skill_growth_phrases_are_found(text):
    """Phrases that show a skill growing pass skill_growth and are quoted in the message."""
    f = check_answer(text).finding("skill_growth")
    assert f.ok
    assert '"' in f.message


def test_result_statement_is_found():
    """An "I helped the company to ..." sentence passes company_result."""
    f = check_answer("I helped the company to open two new stores.").finding("company_result")
    assert f.ok
    assert "I helped the company to" in f.message


def test_no_result_statement_fails_company_result():
    """An answer about duties only fails company_result and is told to start "I helped"."""
    f = check_answer("I answered phones and filed reports every day.").finding("company_result")
    assert not f.ok
    assert "I helped the company to" in f.message


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I helped the company to cut overtime by 18%.",
    "I helped the team to save £40k a year.",
    "I helped the department to halve waiting times.",
    "I helped the clinic to see twice as many patients.",
    "Our new process cut returns by 3.5 percent.",
    "I helped the store to win back customers. Repeat visits rose 12%.",
])
def test_number_in_a_result_counts(text):
    """A number in a result sentence, or in the sentence right after one, passes quantified."""
    assert check_answer(text).finding("quantified").ok


def test_number_outside_a_result_does_not_count():
    """A number that is not in a result sentence fails quantified, and the message says why."""
    text = "I worked there for 3 years. I helped the company to improve its reporting."
    f = check_answer(text).finding("quantified")
    assert not f.ok
    assert "not in a result sentence" in f.message


def test_years_and_dates_are_not_numbers():
    """Years and dates ("in 2019", "2019-11", "from 2019 to 2021") do not quantify a result."""
    text = ("In 2019 I helped the company to reduce waste. From 2019 to 2021 I helped the team "
            "to improve stock control, starting 2019-11.")
    assert not check_answer(text).finding("quantified").ok


def test_a_number_that_looks_like_a_year_still_counts_when_it_is_not_one():
    """A four-digit amount that no date word introduces ("saved 2000 euros") still counts."""
    assert check_answer("I helped the company to save 2000 euros.").finding("quantified").ok


def test_no_number_at_all_fails_quantified():
    """An answer without any number fails quantified with the suggestion to add one."""
    f = check_answer("I helped the company to cut costs.").finding("quantified")
    assert not f.ok
    assert "number" in f.message


# --- used later -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "At my next job I planned rosters for 40 staff.",
    "I still use that method today.",
    "Since then I have run every budget review.",
    "The skill carried over into my current role.",
])
def test_used_later_is_found(text):
    """Saying where a grown skill was used later passes used_later."""
    assert check_answer(text).finding("used_later").ok


def test_used_later_missing():
    """An answer that stays inside one job fails used_later with a suggestion."""
    f = check_answer("I grew my skills and helped the company to grow.").finding("used_later")
    assert not f.ok
    assert "later" in f.message


# --- goals ------------------------------------------------------------------------------------


def test_no_goals_means_not_checked():
    """With no goals, goals_match is ok and says that the match was not checked."""
    f = check_answer(GOOD).finding("goals_match")
    assert f.ok
    assert "No goals were given" in f.message
    assert "not checked" in f.message


def test_goals_matched_and_missing_are_named():
    """goals_match names the goals the answer addresses and the ones it misses."""
    f = check_answer("I helped the company to reduce its operating costs by 8%.",
                     ["reduce operating costs", "hire a new sales team"]).finding("goals_match")
    assert f.ok
    assert "reduce operating costs" in f.message
    assert "hire a new sales team" in f.message
    assert f.message.index("reduce operating costs") < f.message.index("Not yet addressed")


def test_goal_words_are_stemmed():
    """A goal's words are found in other forms: "reducing costs" addresses "reduce cost"."""
    assert check_answer("I kept reducing costs.", ["reduce cost"]).finding("goals_match").ok
    assert check_answer("Deliveries arrived sooner.",
                        ["improve delivery"]).finding("goals_match").ok


def test_no_goal_addressed_fails():
    """An answer sharing no content words with any goal fails goals_match and names the goals."""
    f = check_answer("I painted fences.", ["reduce operating costs"]).finding("goals_match")
    assert not f.ok
    assert "reduce operating costs" in f.message


def test_stopwords_alone_do_not_match_a_goal():
    """Shared little words ("the", "a", "of") do not make a goal addressed."""
    f = check_answer("The end of a day.", ["lead the design of a product"]).finding("goals_match")
    assert not f.ok


# --- pitfalls ---------------------------------------------------------------------------------


def test_fun_and_great_team_are_flagged_with_both_phrases():
    """An answer about fun and the great team is flagged with both phrases."""
    f = check_answer("It was so much fun and I had a great team.").finding("pitfalls")
    assert not f.ok
    assert f.phrases == ("so much fun", "great team")
    assert "fun" in f.message and "team" in f.message


def test_bad_answer_flags_every_category():
    """The tempting answer is flagged for enjoyment, fun, team, perks, promotion, wants and
    complaints."""
    found = pitfall_phrases(BAD)
    assert set(found) == {"fun", "enjoyment", "team", "perks", "promotion", "wanted",
                          "complaints"}
    f = check_answer(BAD).finding("pitfalls")
    assert "micromanaged" in f.phrases
    assert "terrible boss" in f.phrases


def test_phrases_are_reported_as_typed():
    """Matched phrases keep the participant's capitals and curly apostrophes."""
    f = check_answer("I’d always wanted this. It was FUN.").finding("pitfalls")
    assert f.phrases == ("I’d always wanted", "FUN")


@pytest.mark.parametrize("text", [
    "I ran the fundraising drive and wrote functional tests for the fund.",
    "I mapped every function of the finance team.",
    "We ran a product promotion campaign that doubled sales.",
    "I handled toxic chemicals safely and cleared a terrible backlog.",
    "We negotiated contracts with third parties and a 10% discount from suppliers.",
    "Whatever the hatchback needed, the garage fixed it.",
    "I managed the Perkins account and the hateley road depot.",
])
def test_word_boundaries_prevent_false_positives(text):
    """Words that merely contain a pitfall ("fundraising", "functional") are not flagged."""
    f = check_answer(text).finding("pitfalls")
    assert f.ok, f.phrases


@pytest.mark.parametrize("text, phrase", [
    ("I really enjoyed it.", "enjoyed"),
    ("It was an enjoyable place.", "enjoyable"),
    ("My manager was always micromanaging.", "micromanaging"),
    ("I hated the rota.", "hated"),
    ("The free   lunch was good.", "free lunch"),
    ("I got promoted within a year.", "got promoted"),
    ("It was my dream job.", "my dream"),
])
def test_pitfall_word_endings_and_spacing(text, phrase):
    """A trailing * matches any word ending, and any run of spaces joins a phrase's words."""
    f = check_answer(text).finding("pitfalls")
    assert not f.ok
    assert phrase in f.phrases


def test_every_pitfall_phrase_is_found_in_a_sentence():
    """Each phrase in every pitfall list is flagged when it appears in a sentence."""
    data = load_json("phrases.json")
    for category, phrases in data["pitfalls"].items():
        for phrase in phrases:
            written = phrase.replace("*", "ed")
            found = pitfall_phrases(f"Honestly, {written} there.")
            assert category in found, (category, phrase)


def test_good_answer_has_no_pitfalls_and_says_so():
    """An answer without pitfall talk passes pitfalls with an empty phrase list."""
    f = check_answer(GOOD).finding("pitfalls")
    assert f.ok and f.phrases == ()
    assert "No pitfalls" in f.message


def test_draft_placeholders_are_not_read():
    """Bracketed prompts left by the draft do not count as a result or a skill."""
    text = '[add a result with a number: "I helped the company to ..."] [grew my skills]'
    result = check_answer(text)
    assert not result.finding("company_result").ok
    assert not result.finding("skill_growth").ok


# --- length -----------------------------------------------------------------------------------


def test_length_message_names_words_and_seconds():
    """95 words read as 41 seconds, within the aim, and the message says so in one sentence."""
    f = check_answer(words(95)).finding("length")
    assert f.ok
    assert f.message == "95 words, about 41 seconds spoken: within 30 to 120 seconds."


@pytest.mark.parametrize("n, ok", [(0, False), (69, True), (70, True), (280, True),
                                   (281, True), (282, False), (60, False), (1000, False)])
def test_length_limits(n, ok):
    """Length is ok from 30 to 120 seconds at 140 words a minute (about 70 to 280 words)."""
    result = check_answer(words(n))
    assert result.words == n
    assert result.seconds == round(n / WORDS_PER_MINUTE * 60)
    assert result.finding("length").ok is ok
    assert (MIN_SECONDS <= result.seconds <= MAX_SECONDS) is ok


def test_short_and_long_answers_get_different_advice():
    """A short answer is told to add a sentence; a long one is told to cut it down."""
    assert "under 30 seconds" in check_answer(words(20)).finding("length").message
    assert "over 120 seconds" in check_answer(words(400)).finding("length").message


def test_word_counting_skips_lone_punctuation():
    """Dashes and emoji alone are not words; numbers and contractions are one word each."""
    assert count_words("I cut costs — by 18% 🎉 and didn't stop.") == 8
    assert speaking_seconds(words(140)) == 60


# --- awkward input ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_reports_every_finding(text):
    """Empty or blank text gives all seven findings, none raising, and fails where it applies."""
    result = check_answer(text, GOALS)
    assert result.words == 0 and result.seconds == 0
    assert [f.code for f in result.findings] == list(CODES)
    failed = {f.code for f in result.findings if not f.ok}
    assert failed == {"skill_growth", "company_result", "quantified", "used_later",
                      "goals_match", "length"}
    assert result.finding("pitfalls").ok


def test_huge_text_is_checked_quickly():
    """A text of several megabytes is checked in a few seconds and fails on length."""
    text = (GOOD + " " + BAD + "\n") * 8000
    start = time.perf_counter()
    result = check_answer(text, GOALS * 30)
    assert time.perf_counter() - start < 5
    assert result.words == count_words(text)
    assert not result.finding("length").ok
    assert not result.finding("pitfalls").ok


def test_many_ordinary_checks_are_fast():
    """Patterns are compiled once, so checking a normal answer takes about a millisecond."""
    check_answer(GOOD, GOALS)
    start = time.perf_counter()
    for _ in range(200):
        check_answer(GOOD, GOALS)
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize("text", [
    "عملت مديرا للعمليات وساعدت الشركة على خفض التكاليف بنسبة 18٪",
    "שיפרתי את התהליך ב-20%",
    "🎉🎉🎉 " * 50,
    "\u202egreat team\u202c",
    "a\x00b\ud7ffc\U0010ffff",
    "[" * 5000 + "]" * 5000,
    "1." * 20000,
    "fun " + " " * 100000 + "and games",
])
def test_unusual_text_never_raises(text):
    """Right-to-left scripts, emoji, control characters and odd punctuation are checked calmly."""
    result = check_answer(text, ["reduce costs", "", "   "])
    assert len(result.findings) == len(CODES)


def test_non_string_goals_are_ignored():
    """Goals that are not text, or a single goal given as a string, don't break the check."""
    odd = [None, 3, "reduce costs"]
    assert check_answer(GOOD, odd).finding("goals_match").ok  # type: ignore[arg-type]
    assert check_answer(GOOD, "reduce costs").finding("goals_match").ok  # type: ignore[arg-type]


@fuzz(examples=300)
@given(text=st.text(), goals=st.lists(st.text(max_size=40), max_size=5))
def test_check_never_raises_and_counts_consistently(text, goals):
    """For any text and goals, the check returns all findings and consistent words and seconds."""
    result = check_answer(text, goals)
    assert [f.code for f in result.findings] == list(CODES)
    assert result.words == count_words(text) >= 0
    assert result.seconds == round(result.words / WORDS_PER_MINUTE * 60)
    assert result.finding("length").ok == (MIN_SECONDS <= result.seconds <= MAX_SECONDS)
    assert result.finding("pitfalls").ok == (result.finding("pitfalls").phrases == ())
    assert result.to_dict()["passed"] == result.passed


# --- the data file ----------------------------------------------------------------------------


def test_phrase_file_has_a_suggestion_for_every_code_and_category():
    """phrases.json suggests something for each finding and each pitfall category."""
    data = load_json("phrases.json")
    suggestions = data["suggestions"]
    for code in ("skill_growth", "company_result", "quantified", "used_later", "goals_match",
                 "length"):
        assert suggestions[code].strip()
    for category in data["pitfalls"]:
        assert suggestions[category].strip()
        assert data["pitfall_labels"][category].strip()


def test_phrase_lists_are_substantial_and_lowercase():
    """Each list has at least 15 plain lowercase phrases, a * only at the end."""
    data = load_json("phrases.json")
    lists = {k: data[k] for k in ("skill_growth", "company_result", "used_later",
                                  "number_words", "stopwords")}
    lists.update({f"pitfalls.{k}": v for k, v in data["pitfalls"].items()})
    for name, phrases in lists.items():
        assert len(phrases) >= 15, name
        assert len(set(phrases)) == len(phrases), name
        for p in phrases:
            assert p == p.lower() == p.strip() and "*" not in p[:-1], (name, p)


# --- how phrases are matched ------------------------------------------------------------------


def test_punctuation_inside_a_phrase_must_touch_its_words():
    """A phrase with a hyphen or an apostrophe is found only when they touch the words as in the
    phrase; a non-breaking hyphen and a curly apostrophe count as the plain ones."""
    found = pitfall_phrases("My great co-workers, great co\u2011workers, I\u2019d always wanted.")
    assert found["team"] == ["great co-workers", "great co\u2011workers"]
    assert found["wanted"] == ["I\u2019d always wanted"]
    assert "team" not in pitfall_phrases("My great co - workers.")
    assert "wanted" not in pitfall_phrases("I 'd always wanted it.")


def test_a_line_break_inside_a_phrase_still_matches():
    """The words of a phrase may be split by a line break or several spaces; the message shows
    the phrase with single spaces."""
    f = check_answer("I helped the\ncompany  to cut costs.").finding("company_result")
    assert f.ok
    assert '"I helped the company to"' in f.message


def test_the_longer_phrase_is_reported():
    """Where a short phrase and a longer one start at the same word, the longer one is reported
    ("I helped the company to", not "I helped")."""
    f = check_answer("I helped the company to grow and I helped.").finding("company_result")
    assert f.message.startswith('A result for the organisation is there: '
                                '"I helped the company to", "I helped".')


def test_a_facilitators_phrase_file_is_used(tmp_path, monkeypatch):
    """A facilitator's own phrases.json in WORKSHOP_DATA is read instead of the kit's, with its
    phrases matched by the same rules (a trailing * for any ending)."""
    data = load_json("phrases.json")
    data = {**data, "pitfalls": {**data["pitfalls"], "perks": ["pizza part*", "free lunch"]}}
    (tmp_path / "phrases.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(tmp_path))
    assert pitfall_phrases("We had Pizza parties on Fridays.") == {"perks": ["Pizza parties"]}
    monkeypatch.delenv("WORKSHOP_DATA")
    assert pitfall_phrases("We had Pizza parties on Fridays.") == {}
