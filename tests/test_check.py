"""The answer check: each finding passes and fails on hand-written answers, word boundaries hold,
and no string makes it raise."""

from __future__ import annotations

import json
import re

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
    """to_dict gives words, seconds, passed, findings and the verdict; only the pitfalls finding
    has phrases, and a finding about a sentence quotes it as "sentence"."""
    data = check_answer(BAD, GOALS).to_dict()
    assert set(data) == {"words", "seconds", "passed", "findings", "verdict"}
    assert set(data["verdict"]) == {"strong", "label", "message", "missing", "stronger_with"}
    assert data["passed"] is False
    for f in data["findings"]:
        expected = {"code", "ok", "message"} | ({"phrases"} if f["code"] == "pitfalls" else set())
        assert set(f) - {"sentence"} == expected
        assert f.get("sentence", "") in f["message"]
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


# --- skill growth -----------------------------------------------------------------------------


def test_missing_skill_growth_gets_a_suggestion():
    """An answer that never says how a skill grew fails skill_growth with a concrete suggestion."""
    f = check_answer("I helped the company to cut costs by 10%.").finding("skill_growth")
    assert not f.ok
    assert "which job skill grew and how far" in f.message and "by my second year" in f.message


@pytest.mark.parametrize("text", [
    "I moved from novice to proficient in scheduling.",
    "The job grew my negotiation skills.",
    "I mastered SQL there.",
    "I learned how to run a budget.",
    "I trained hard until I became a quick and careful bookkeeper.",
    "Over those two years I've built up a number of useful skills, mainly pricing.",
    "In the end I became a highly confident presenter.",
    "When I arrived I was green and had never led a meeting. By spring I could chair the "
    "weekly review on my own.",
    "The night shift taught me to plan labour against the forecast.",
])
def test_skill_growth_in_other_words_is_found(text):
    """Growth said in other words ("became a quick and careful bookkeeper", "built up a number
    of useful skills", "I was green ... by spring I could ...") passes, quoting the sentence."""
    f = check_answer(text).finding("skill_growth")
    assert f.ok, f.message
    assert f.sentence and f.sentence in f.message


@pytest.mark.parametrize("text", [
    "I learned a lot.",
    "I learned so much about life there.",
    "I learned from it and moved on.",
    "It was a chance to learn new skills.",
    "I want a place where I can grow my skill set.",
    "That summer I grew up a lot.",
])
def test_bare_learning_and_wishes_are_not_growth(text):
    """A learning that names no job skill, and a wish to learn, do not count as growth."""
    assert not check_answer(text).finding("skill_growth").ok


def test_a_wish_is_called_a_wish():
    """When the only growth is wished for, the message says it is a wish and quotes it."""
    f = check_answer("What I hope for is a chance to develop my leadership skills.").finding(
        "skill_growth")
    assert not f.ok
    assert "wish" in f.message and "leadership skills" in f.message


# --- results ----------------------------------------------------------------------------------


def test_result_statement_is_found():
    """An "I helped the company to ..." sentence passes company_result and is quoted."""
    f = check_answer("I helped the company to open two new stores.").finding("company_result")
    assert f.ok
    assert "I helped the company to open two new stores." in f.message


@pytest.mark.parametrize("text", [
    "Reworking the rota saved the depot about $12,000 that year.",
    "That campaign increased our bookings by 30 percent.",
    "I increased their repeat orders by 24%.",
    "We have grown newsletter sign-ups by 40%.",
    "My team answered three times as many tickets.",
    "After the refit the shop saw a real boost in sales.",
    "Waiting times at the front desk fell from 25 to 10 minutes.",
])
def test_results_without_helped_count_whatever_the_subject(text):
    """A result verb with what changed for the organisation is a result, whoever the subject
    is (I, we, my team, the shop, the waiting times)."""
    assert check_answer(text).finding("company_result").ok


@pytest.mark.parametrize("text", [
    "If I had stayed longer I would have cut the approval time.",
    "I think the firm could save a lot if they trained everyone.",
    "I'm looking to help you grow your sales.",
    "I answered phones and filed reports every day.",
    "I managed a team of 22 pickers across two shifts.",
    "The company grew revenue 300 percent while I was there, and I got to see it happen.",
])
def test_plans_duties_and_watched_changes_are_not_results(text):
    """A conditional, a plan, a list of duties, a team size and a change the participant only
    watched are not results for the organisation."""
    assert not check_answer(text).finding("company_result").ok


def test_no_result_statement_fails_company_result():
    """An answer about duties only fails company_result and is told to say what changed, with
    an example in plain speech."""
    f = check_answer("I answered phones and filed reports every day.").finding("company_result")
    assert not f.ok
    assert "what changed for the organisation" in f.message and "stopped running out" in f.message


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I helped the company to cut overtime by 18%.",
    "I helped the team to save £40k a year.",
    "I helped the clinic to see twice as many patients.",
    "Our new process cut returns by 3.5 percent.",
    "We published three times as often once I ran the desk.",
    "I helped the team to hit a one-week deadline for the launch.",
    "The night crew finished two hours earlier.",
])
def test_number_in_a_result_counts(text):
    """A number inside a result clause passes quantified and is named in the message."""
    f = check_answer(text).finding("quantified")
    assert f.ok, f.message


@pytest.mark.parametrize("text", [
    "I worked there for 3 years. I helped the company to improve its reporting.",
    "I led a team of 8 and helped the company to improve its reporting.",
    "The doors opened at 9:30 and I helped the store to win back customers.",
    "Lesson #3 was patience; I helped the store to win back customers.",
    "In 2019 I helped the company to reduce waste.",
    "I won't pretend it was easy, but I helped the company to reduce waste.",
    "Within six months I helped the company to reduce waste.",
])
def test_numbers_outside_a_result_do_not_count(text):
    """Tenure, a team size alone, a time of day, a list label, a year, a contraction ("won't")
    and a time frame ("within six months") are not a result's number."""
    f = check_answer(text).finding("quantified")
    assert not f.ok, f.message


def test_one_definition_of_a_result_serves_both_findings():
    """An answer is never told both that a result has a number and that it has no result."""
    for text in ("The team's error rate fell by 12%.", "My region's renewals went from 60 to "
                 "78 percent.", "I worked there for 3 years.", "We cut the queue."):
        check = check_answer(text)
        if check.finding("quantified").ok:
            assert check.finding("company_result").ok, text


def test_no_number_at_all_fails_quantified():
    """A result without a number fails quantified, quoting the result and asking for one."""
    f = check_answer("I helped the company to cut its delivery costs.").finding("quantified")
    assert not f.ok
    assert "number" in f.message
    assert "I helped the company to cut its delivery costs." in f.message


# --- used later -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "At my next job I used the same rota method for 40 staff.",
    "I still use that method today.",
    "Those are the Excel skills I use today.",
    "In my last role I used the same chasing routine with suppliers.",
    "I am now a successful grant writer because of what I learned there.",
    "The skill carried over into my current role.",
])
def test_used_later_is_found(text):
    """Saying where a grown skill was used later passes used_later."""
    assert check_answer("I learned to plan rotas there. " + text).finding("used_later").ok


def test_later_use_needs_a_grown_skill():
    """Using a skill later counts only when the answer says the skill grew: "In my last role I
    used my negotiation skills" alone is an existing skill at work."""
    text = "In my last role I used my negotiation skills to close deals with suppliers."
    assert not check_answer(text).finding("used_later").ok


@pytest.mark.parametrize("text", [
    "Later I moved to the finance office.",
    "Since then I have moved to a new city.",
    "It hasn't happened since then.",
    "I'm looking to apply my experience in a bigger company.",
    "I'm sure I will use those skills in this role too.",
    "I made friends I still have.",
])
def test_a_bare_later_or_a_plan_is_not_later_use(text):
    """A bare "later" or "since then", a plan for the new job, and "still" about friends are
    not a grown skill used later."""
    assert not check_answer("I learned to plan rotas there. " + text).finding("used_later").ok


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
    """goals_match names the goals a result backs and the ones nothing backs."""
    f = check_answer("I helped the company to reduce its operating costs by 8%.",
                     ["reduce operating costs", "hire a new sales team"]).finding("goals_match")
    assert f.ok
    assert "reduce operating costs" in f.message
    assert "hire a new sales team" in f.message
    assert f.message.index("reduce operating costs") < f.message.index("Not yet backed")


def test_goal_words_are_found_in_other_forms_and_words():
    """A goal's words are found in other forms and in their listed synonyms: "cut" and
    "spending" back the goal "reduce costs". (A result that says only the goal, "I helped the
    team to keep reducing costs.", is the goal recited: tests/test_check_goal_evidence.py.)"""
    assert check_answer("I helped the team to keep reducing costs, by about £4,000 a quarter.",
                        ["reduce cost"]).finding("goals_match").ok
    assert check_answer("We cut spending on agency staff by a quarter.",
                        ["reduce costs"]).finding("goals_match").ok


def test_a_recital_of_the_goals_is_no_evidence():
    """Naming the goals without a skill or result sentence that speaks to them does not match."""
    text = ("I know you are looking for someone who can reduce costs and train new staff, and "
            "I am that person. I am a hard worker.")
    f = check_answer(text, ["reduce costs", "train new staff"]).finding("goals_match")
    assert not f.ok


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


@pytest.mark.parametrize("text, category", [
    ("My last supervisor was rude and disorganised.", "complaints"),
    ("Honestly I can't stand my old manager.", "complaints"),
    ("I kept butting heads with the owner, which was exhausting.", "complaints"),
    ("That agency was a mess from top to bottom.", "complaints"),
    ("I was frustrated by how badly the office was run.", "complaints"),
    ("I've always loved cooking.", "enjoyment"),
    ("It was a wonderful way to escape reality for a while.", "enjoyment"),
    ("I love how we all pull together as a team.", "enjoyment"),
    ("I really wanted a job close to home.", "wanted"),
    ("I just wanted to get out of retail.", "wanted"),
    ("I'm looking for a company that offers growth.", "wanted"),
    ("The people there were the best I've ever worked with.", "team"),
    ("Everyone there felt like a second family.", "team"),
    ("After a year I was promoted to shift lead.", "promotion"),
    ("We had free lunch on Fridays and a company car.", "perks"),
    ("Fun is the word I would use for that summer.", "fun"),
])
def test_pitfalls_are_caught_in_any_wording_and_order(text, category):
    """Complaints, enjoyment, wants, the team, the promotion, perks and fun are caught in
    other words, with adverbs inside, and in either word order."""
    assert category in pitfall_phrases(text), pitfall_phrases(text)


@pytest.mark.parametrize("text", [
    "I hated having to leave, but they had to downsize.",
    "What I liked most was learning to price a job properly.",
    "It wasn't about the fun, and it wasn't the free snacks either.",
    "The salary wasn't the reason.",
    "I have nothing bad to say about my last employer.",
    "I cleared a terrible backlog and handled toxic chemicals safely.",
    "Customers were frustrated by the queues, so I redesigned the counter.",
    "We ran a spring promotion that doubled sales.",
    "I won't pretend the warehouse was glamorous.",
])
def test_what_only_looks_like_a_pitfall_is_not_one(text):
    """Leaving regretfully, liking the learning, negation, a backlog or a customer's
    frustration, and a product promotion are not pitfalls."""
    assert pitfall_phrases(text) == {}, pitfall_phrases(text)


def test_phrases_are_reported_as_typed():
    """Matched phrases keep the participant's capitals and curly apostrophes."""
    f = check_answer("I’d always wanted this. It was FUN.").finding("pitfalls")
    assert f.phrases == ("I’d always wanted", "FUN")


@pytest.mark.parametrize("text", [
    "I ran the fundraising drive and wrote functional tests for the fund.",
    "I mapped every function of the finance team.",
    "We ran a product promotion campaign that doubled sales.",
    "We negotiated contracts with third parties and a 10% discount from suppliers.",
    "Whatever the hatchback needed, the garage fixed it.",
    "I managed the Perkins account and the Hateley Road depot.",
])
def test_word_boundaries_prevent_false_positives(text):
    """Words that merely contain a pitfall ("fundraising", "functional") are not flagged."""
    f = check_answer(text).finding("pitfalls")
    assert f.ok, f.phrases


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


# --- the verdict ------------------------------------------------------------------------------


def test_both_pillars_and_no_pitfall_make_a_strong_answer():
    """An answer with growth and a result and no pitfall is strong; a missing number or later
    use is named as what would make it stronger."""
    text = ("At the print shop I learned to run the colour press myself, and I helped the "
            "company to take on jobs we used to send out.")
    verdict = check_answer(text).verdict
    assert verdict.strong
    assert verdict.stronger_with == ("quantified", "used_later")
    assert "Even better" in verdict.message


def test_one_pillar_or_a_pitfall_is_not_strong():
    """A result without growth, or a strong answer with a complaint, is not strong, and the
    verdict says what is missing."""
    result_only = check_answer("I helped the company to cut costs by 10%.").verdict
    assert not result_only.strong and result_only.missing == ("skill_growth",)
    with_complaint = check_answer(GOOD + " My old boss was terrible, though.").verdict
    assert not with_complaint.strong and with_complaint.missing == ("pitfalls",)
    assert "pitfall" in with_complaint.message


def test_the_good_answer_is_strong_with_nothing_to_add():
    """The example answer meets both pillars, has a number and later use: strong, nothing more."""
    verdict = check_answer(GOOD, GOALS).verdict
    assert verdict.strong and verdict.stronger_with == () and verdict.missing == ()


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


def test_huge_text_is_checked_and_fails_on_length():
    """A text of several megabytes is read up to MAX_CHECKED_CHARS, counted in full, fails on
    length, and says that only its start was read."""
    text = (GOOD + " " + BAD + "\n") * 8000
    result = check_answer(text, GOALS * 30)
    assert result.words == count_words(text)
    assert not result.finding("length").ok
    assert "were read" in result.finding("length").message
    assert not result.finding("pitfalls").ok


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
    """Each list has at least 15 distinct lowercase patterns."""
    data = load_json("phrases.json")
    lists = {k: data[k] for k in ("skill_growth", "company_result", "used_later", "stopwords",
                                  "not_result", "pitfall_exceptions")}
    lists.update({f"pitfalls.{k}": v for k, v in data["pitfalls"].items()})
    for name, phrases in lists.items():
        assert len(phrases) >= 15, name
        assert len(set(phrases)) == len(phrases), name
        for p in phrases:
            assert p == p.lower() == p.strip(), (name, p)


def test_a_line_break_inside_a_sentence_still_matches():
    """The words of a pattern may be split by a line break or several spaces."""
    f = check_answer("I helped the\ncompany  to cut its delivery costs.").finding("company_result")
    assert f.ok


def test_a_facilitators_phrase_file_is_used(tmp_path, monkeypatch):
    """A facilitator's own phrases.json in WORKSHOP_DATA is read instead of the kit's, with its
    phrases matched by the same rules (a trailing * for any ending)."""
    data = load_json("phrases.json")
    data = {**data, "pitfalls": {**data["pitfalls"], "perks": ["pizza part*", "free lunch"],
                                 "fun": []}}
    (tmp_path / "phrases.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(tmp_path))
    assert pitfall_phrases("We had Pizza parties on Fridays.") == {"perks": ["Pizza parties"]}
    monkeypatch.delenv("WORKSHOP_DATA")
    assert pitfall_phrases("We had Pizza parties on Fridays.") == {}


@pytest.mark.parametrize("text", [
    "I loved the great team and the fun parties. I helped the company to grow.",
    "I hope to learn SQL one day. I want to help the company to grow.",
    "I helped the company to grow! It was fun?",
])
def test_a_quoted_sentence_never_ends_in_two_full_stops(text):
    """A message quoting a sentence that ends with its own stop adds none after the closing
    quote (issue 24: a pitfall message ended in .”.)."""
    for finding in check_answer(text).findings:
        assert not re.search(r"[.!?]\u201d\.", finding.message), finding.message
