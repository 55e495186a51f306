"""A claim counts only when it names something (issue 21, class 1; ``workshop/specific.py``):
hollow claims, duties and a job's dates do not pass; the same shapes filled with a skill, a
change or a later place do."""

from __future__ import annotations

import re

import pytest
from helpers_check import finding_ok as _ok

from workshop.check import check_answer

HOLLOW = ("I helped the business to expand. I helped the business to get better. I went from "
          "beginner to expert in my skills. I applied them afterwards.")



def test_an_answer_of_hollow_claims_is_not_strong_and_each_claim_is_told_why():
    check = check_answer(HOLLOW)
    assert not check.verdict.strong
    assert set(check.verdict.missing) == {"skill_growth", "company_result"}
    assert "no job skill is named" in check.finding("skill_growth").message
    assert re.search(r"names no (?:change|measure of what changed)",
                     check.finding("company_result").message)
    used = check.finding("used_later")
    assert not used.ok


@pytest.mark.parametrize("text", [
    "I helped the business to expand.",
    "I helped the company get better.",
    "I helped my team to grow.",
])
def test_a_result_that_names_no_change_does_not_count(text):
    assert not _ok(text, "company_result")


@pytest.mark.parametrize("text", [
    "I helped the firm to answer phone enquiries.",
    "I helped the clinic handle patient bookings.",
])
def test_a_duty_told_as_help_is_not_a_result(text):
    finding = check_answer(text).finding("company_result")
    assert not finding.ok and "duty" in finding.message


@pytest.mark.parametrize("text", [
    "I helped the warehouse to process 30% more orders.",
    "I helped the business to expand into two new towns.",
    "I helped the company cut its fuel costs.",
    "I helped the clinic handle bookings faster, so patients waited less.",
])
def test_the_same_shapes_naming_a_change_are_results(text):
    assert _ok(text, "company_result")


def test_a_job_and_its_dates_are_not_a_result():
    finding = check_answer("I was a lab assistant at the university library from 2021 to "
                           "2023.").finding("company_result")
    assert not finding.ok and "dates" in finding.message
    assert _ok("Our orders went from 40 to 95 a day.", "company_result")


@pytest.mark.parametrize("text", ["I learned a ton.", "I went from beginner to expert in my "
                                                      "skills.", "I developed my skills."])
def test_growth_that_names_no_skill_is_not_growth(text):
    assert not _ok(text, "skill_growth")


@pytest.mark.parametrize("text", ["I went from beginner to expert in stock forecasting.",
                                  "I learned to plan the dock schedule."])
def test_growth_that_names_a_skill_is_growth(text):
    assert _ok(text, "skill_growth")


def test_later_use_names_what_or_where():
    grown = "I learned to plan the dock schedule. "
    assert not _ok(grown + "I applied them afterwards.", "used_later")
    assert _ok(grown + "I applied that planning at my next job.", "used_later")
    assert _ok(grown + "I applied it afterwards to the rota of a 40-bed ward.", "used_later")


def test_the_empty_words_are_a_list_a_facilitator_can_edit(tmp_path, monkeypatch):
    """Taking "expand" off the list makes "I helped the business to expand" a result again:
    the rule is the data, not the code."""
    import json
    import shutil

    from workshop import check_rules, resources

    folder = tmp_path / "data"
    shutil.copytree(resources.data_dir(), folder)
    data = json.loads((folder / "phrases.json").read_text(encoding="utf-8"))
    data["specific"]["empty_words"].remove("expand")
    (folder / "phrases.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(folder))
    check_rules._rules_for.cache_clear()
    try:
        assert _ok("I helped the business to expand.", "company_result")
    finally:
        monkeypatch.delenv("WORKSHOP_DATA")
        check_rules._rules_for.cache_clear()
    assert not _ok("I helped the business to expand.", "company_result")
