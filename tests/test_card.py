"""The answer card: about the role the answer is about, each check named once, quotes cut on
whole words, one A5 page when printed, and a PDF made offline by Chromium."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from workshop import report as R
from workshop.check_render import CHECK_TITLES
from workshop.cli import main
from workshop.model import Workspace
from workshop.store import dumps, read_workspace

ROOT = Path(__file__).resolve().parent.parent
PERSONAS = sorted((ROOT / "data" / "personas").glob("*.json"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import card_pdf as bench  # noqa: E402  (the benchmark's cases: the personas and two that push)

FORMATS = ("text", "markdown", "html")


def _about_runner_up() -> tuple[Workspace, dict]:
    ws = bench.other_role_case()
    return ws, R.build_report(ws)


def test_a_card_about_another_role_speaks_of_that_role():
    """The participant chose the runner-up: every card names it as the job, says where it
    ranks, and never says "Your strongest answer is" the first role beside it."""
    ws, report = _about_runner_up()
    chosen = ws.role(ws.answer.role_id)
    first = report["ranking"][0]
    assert first["role_id"] != chosen.id
    assert report["answer"]["role"]["label"] == chosen.label
    for fmt in FORMATS:
        shown = R.render(report, fmt)
        assert "Your strongest answer is" not in shown, fmt
        assert "strongest answer" not in report["answer"]["why"]
        assert chosen.title in shown.split("Ranking")[0] or fmt == "text", fmt
    why = report["answer"]["why"]
    assert why.startswith(f"This answer is about {chosen.label}, a job you chose yourself: "
                          "it ranks 2 of 3")
    assert f"The ranking puts {first['title']}, {first['organization']} first" in why
    assert f"The job: {chosen.label}" in R.render(report, "markdown")


def test_a_card_about_the_strongest_role_keeps_the_ranking_explanation():
    """When the answer is about the first role, the card's why is the ranking's explanation."""
    ws = read_workspace(PERSONAS[0])
    report = R.build_report(ws)
    assert report["answer"]["role_id"] == report["strongest"]
    assert report["answer"]["why"] == report["explanation"]
    assert report["answer"]["why"].startswith("Your strongest answer is ")


def test_a_card_for_an_unranked_chosen_role_says_it_needs_ratings():
    """A chosen role with a rating missing: the card says so and names the notebooks to rate
    it in, instead of a rank it does not have."""
    data = read_workspace(bench.PERSONAS / "enjoyed_trap.json").to_dict()
    report = R.build_report(Workspace.from_dict(data))
    unranked = report["unranked"][0]
    data["answer"] = {"role_id": unranked, "text": ""}
    report = R.build_report(Workspace.from_dict(data))
    assert "It is not ranked yet: rate its skill growth" in report["answer"]["why"]
    assert report["answer"]["role"]["rank"] is None


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_no_check_is_named_twice(path):
    """"Skill growth: Skill growth:" and "No pitfalls: No pitfalls:" never appear."""
    report = R.build_report(read_workspace(path))
    for fmt in FORMATS:
        shown = R.render(report, fmt)
        for title in CHECK_TITLES.values():
            assert not re.search(rf"{re.escape(title)}\W+{re.escape(title)}", shown, re.I), \
                (fmt, title)


def test_a_shortened_quote_starts_and_ends_on_whole_words():
    """A long sentence the check quotes shortened in the middle is cut between whole words of
    the answer on both sides of the ellipsis (never " ... ith the difficult cases")."""
    long = ("I learned the most about data visualisation there: I started with no experience of "
            "it, and by the time I left I was trusted with the difficult cases across the "
            "whole trust's reporting.")
    ws = Workspace.from_dict({
        "target_role": {"title": "Analyst", "goals": []},
        "roles": [{"id": "r1", "title": "Clerk", "ratings": {"skill_growth": 4,
                                                              "company_results": 4,
                                                              "relevance": 4}}],
        "answer": {"role_id": "r1", "text": long + " I helped the company to cut costs by 5%."},
    })
    report = R.build_report(ws)
    raw = [f["message"] for f in report["answer"]["check"]["findings"]]
    assert any(" ... " in m for m in raw), "the check no longer shortens: use a longer sentence"
    words = set(re.findall(r"[\w']+", long))
    quotes = [q for _, _, text in R.card_findings(report) for q in re.findall("“([^”]*)”", text)]
    cut = [q for q in quotes if "…" in q]
    assert cut
    for quote in cut:
        for side in quote.split("…"):
            for word in re.findall(r"[\w']+", side):
                assert word in words, (word, quote)
    for fmt in FORMATS:
        assert " ... " not in R.render(report, fmt).split("Check")[-1], fmt


def test_the_printed_size_steps_down_as_the_card_grows():
    """A longer card prints smaller, never below the smallest size."""
    sizes = [R.print_size(R.build_report(ws)) for _, ws in bench.cases()]
    small = R.build_report(bench.long_case())
    assert R.print_size(small) < max(sizes)
    assert min(sizes) >= R._SMALLEST
    page = R.render_html(small)
    assert f"font-size: {R.print_size(small):g}pt" in page
    assert "@page { size: 148mm 210mm" in page


def test_pdf_needs_an_output_file(tmp_path, capsys):
    """`report --format pdf` without -o says to add one (exit 2), and writes nothing."""
    path = tmp_path / "ws.json"
    path.write_bytes(dumps(read_workspace(PERSONAS[0])))
    assert main(["report", str(path), "--format", "pdf"]) == 2
    assert "add -o CARD.pdf" in capsys.readouterr().err


def test_pdf_without_a_browser_says_what_to_do_instead(tmp_path, capsys, monkeypatch):
    """No Chromium on the computer: one line saying to print the HTML card from a browser."""
    import workshop.card_pdf as card_pdf

    monkeypatch.setattr(card_pdf.shutil, "which", lambda name: None)
    path = tmp_path / "ws.json"
    path.write_bytes(dumps(read_workspace(PERSONAS[0])))
    assert main(["report", str(path), "--format", "pdf", "-o", str(tmp_path / "c.pdf")]) == 1
    err = capsys.readouterr().err
    assert "no Chromium or Chrome" in err and "print it to PDF" in err
    assert not (tmp_path / "c.pdf").exists()


needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None,
                                    reason="needs Debian's chromium (make test installs it)")


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("name", [n for n, _ in bench.cases()])
def test_every_card_prints_on_one_a5_page(name, tmp_path):
    """Each sample card, a 120-second answer with 8 ranked roles among them, printed by
    Chromium through `workshop report --format pdf`, is one A5 page."""
    ws = dict(bench.cases())[name]
    path = tmp_path / "ws.json"
    path.write_bytes(dumps(ws))
    out = tmp_path / "card.pdf"
    assert main(["report", str(path), "--format", "pdf", "-o", str(out)]) == 0
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert bench.pages(pdf) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box and (round(float(box[1])), round(float(box[2]))) == (420, 595)  # A5 in points
