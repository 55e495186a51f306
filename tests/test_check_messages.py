"""The answer check's messages and verdict (issue 21, classes 6 and 7): quotes cut only between
words and keep what they are about in view; a telegram is not strong; reciting the goals backs
none of them; the suggestions' examples are plain speech."""

from __future__ import annotations

import re

import pytest

from workshop.check import check_answer
from workshop.check_rules import rules
from workshop.phrases import Match
from workshop.reading import read

LONG = ("I spent most of my two years there on the planning desk, where I learned how the "
        "dispatch board worked and how the drivers liked their routes planned, and in my second "
        "year the plan I wrote for the winter rota ended up saving about $120k in overtime "
        "across the depot network.")


def _words(text: str) -> set[str]:
    return set(text.split())


def test_a_long_quote_is_cut_between_words_only():
    for finding in check_answer(LONG).findings:
        quote = re.findall(r"\u201c(.*?)\u201d", finding.message)
        for q in quote:
            for piece in q.split(" ... "):
                assert _words(piece) <= _words(LONG) | {"..."}, piece


def test_a_quote_keeps_the_number_and_the_claim_it_is_about_in_view():
    check = check_answer(LONG)
    assert "$120k" in check.finding("quantified").message.split(":", 1)[1]
    assert "saving" in check.finding("company_result").message


def test_a_short_sentence_is_quoted_whole():
    reading = read("I cut costs by 12%.", rules().grammar)
    assert reading.quote(reading.sentences[0]) == "I cut costs by 12%."


def test_every_quote_of_a_long_sentence_stays_near_the_limit():
    reading = read(LONG, rules().grammar)
    for start in range(0, len(reading.words), 5):
        m = Match(start, min(start + 2, len(reading.words)), "x")
        said = reading.quote(reading.sentences[0], keep=m)
        assert len(said) <= 150
        assert reading.words[start].text in said


@pytest.mark.parametrize("text", [
    "Learned rota planning. Cut overtime costs 20%. Still use it.",
    "Forecasting grew. Helped cut overstock 18%. Still use it daily.",
])
def test_a_telegram_is_not_strong_and_is_told_to_speak_in_sentences(text):
    verdict = check_answer(text).verdict
    assert not verdict.strong and "telegram" in verdict.missing
    assert "full sentences" in verdict.message


def test_a_short_answer_in_a_full_sentence_can_be_strong():
    assert check_answer("At the depot I learned to plan routes, and we cut fuel use by "
                        "10%.").verdict.strong


def test_reciting_the_goals_backs_none_of_them():
    goals = ["reduce support costs", "manage inventory", "improve customer satisfaction"]
    recital = ("I cut support costs, managed inventory and improved customer satisfaction.")
    finding = check_answer(recital, goals).finding("goals_match")
    assert not finding.ok
    story = ("At the depot I learned to count stock by cycle, and I cut our stock write-offs by "
             "a third, which managed inventory far better.")
    assert check_answer(story, goals).finding("goals_match").ok


def test_a_knowledge_base_backs_a_goal_of_self_service_help_content():
    answer = ("At the software firm I learned to write clear help articles, and I built a "
              "knowledge base of 120 answers that cut support calls by a third.")
    finding = check_answer(answer, ["build self-service help content"]).finding("goals_match")
    assert finding.ok


def test_the_suggested_examples_are_plain_speech_not_rubric_talk():
    suggestions = rules().suggestions
    for code in ("skill_growth", "company_result"):
        text = suggestions[code].lower()
        for rubric in ("novice", "proficient", "i helped the company to"):
            assert rubric not in text, (code, text)
