"""The answer check's agreement with the labelled development corpus does not fall.

``make eval`` prints the full table (benchmarks/eval.py). This test runs the same evaluation on
tests/eval/answers_dev.jsonl and holds each code at or above the figures the check reached when
it was tuned, and at the targets (95% agreement, kappa 0.8). The check is deterministic, so a
drop means a change to the rules or the phrase lists made some answer read worse.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
# Agreement and kappa per code on the 240-answer development set when the check was tuned
# (issue 21: d221-d240 added for growth arcs, results without a change verb, later use in the
# present and hollow answers; check5 reads d149's refunded shortfall and d099's trainee arc).
FLOOR = {
    "skill_growth": (0.995, 0.99),  # issue 21, check5: a trainee start, an end by the year
    "company_result": (1.0, 1.0),  # issue 21, check5: money refunded, work once turned away
    "quantified": (0.991, 0.98),  # issue 21, check5: a shortfall told in the clause before
    "used_later": (0.996, 0.99),
    "goals_match": (0.989, 0.97),
    "pitfalls": (0.979, 0.95),  # issue 21: the customers' fun and a customer's shouting
    "verdict": (0.995, 0.99),
}


def _evaluation():
    return load_script(ROOT / "benchmarks" / "eval.py", "workshop_eval")


@pytest.fixture(scope="module")
def figures():
    ev = _evaluation()
    if not ev.DEV.exists():
        pytest.skip("no development corpus")
    return ev.evaluate(ev.read_corpus(ev.DEV))["figures"]


@pytest.mark.parametrize("code", sorted(FLOOR))
def test_dev_agreement_and_kappa_hold(figures, code):
    """Each code keeps its agreement and kappa on the development set, and meets the targets."""
    agreement, kappa = FLOOR[code]
    got = figures[code]
    assert got["agreement"] >= min(agreement, 0.95) - 1e-9, got
    assert got["kappa"] >= min(kappa, 0.8) - 1e-9, got
    assert got["agreement"] >= agreement - 0.005 and got["kappa"] >= kappa - 0.01, got


def test_kappa_is_one_for_perfect_agreement_and_zero_for_chance():
    """Cohen's kappa as eval.py computes it: 1 for identical raters, 0 when agreement is what
    chance gives."""
    ev = _evaluation()
    assert ev.kappa(10, 0, 0, 10) == 1.0
    assert abs(ev.kappa(25, 25, 25, 25)) < 1e-9


def test_the_published_answers_are_read_in_place_with_pitfalls_turned_over(tmp_path):
    """eval.py reads a real-answers folder (texts NNN.txt, labels.json whose ``pitfalls: true``
    means *fine*) as corpus rows; a missing folder is None, so make eval says so and skips."""
    ev = _evaluation()
    assert ev.read_real_answers(tmp_path / "absent") is None
    (tmp_path / "001.txt").write_text("I learned to plan the rota.", encoding="utf-8")
    (tmp_path / "002.txt").write_text("I loved the team.", encoding="utf-8")
    labels = {"labels": {
        "001": {"skill_growth": True, "company_result": False, "quantified": False,
                "used_later": False, "pitfalls": True, "overall": "weak"},
        "002": {"skill_growth": False, "company_result": False, "quantified": False,
                "used_later": False, "pitfalls": False, "overall": "weak"},
        "003": {"skill_growth": True, "pitfalls": True, "overall": "strong"}}}  # no text: skipped
    import json

    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    rows = ev.read_real_answers(tmp_path)
    assert [r["id"] for r in rows] == ["001", "002"]
    assert rows[0]["labels"]["pitfalls"] is False and rows[1]["labels"]["pitfalls"] is True
    result = ev.evaluate(rows)
    assert result["figures"]["pitfalls"]["agreement"] == 1.0
    assert result["verdicts"] == {"weak_judged_strong": 0, "strong_judged_not": 0, "hollow": 0,
                                  "hollow_judged_strong": 0}


def test_the_side_by_side_table_counts_hollow_answers_judged_strong():
    ev = _evaluation()
    rows = [{"id": "p1", "kind": "hollow", "goals": [],
             "text": "I loved my team and the free lunches.",
             "labels": {"skill_growth": False, "company_result": False, "verdict": "weak"}}]
    result = ev.evaluate(rows)
    assert result["verdicts"]["hollow"] == 1
    assert result["verdicts"]["hollow_judged_strong"] == 0
    table = ev.side_by_side({"probe": result})
    assert "hollow -> Strong" in table and "0/1" in table


def test_the_draft_agreement_counts_04_and_05_on_the_draft_workspaces():
    """make eval prints how often 04's score (a result with a value) and 05's check (a number
    in a result of the kit's own draft) agree; the count covers both lengths of every draft."""
    ev = _evaluation()
    folders = [ev.EVAL_DIR / "drafts_dev"]
    if not folders[0].is_dir():
        pytest.skip("no draft workspaces")
    got = ev.draft_agreement(folders)
    assert got["drafts"] == 2 * len(list(folders[0].glob("*.json")))
    assert got["agree"] + len(got["score_only"]) + len(got["check_only"]) == got["drafts"]


def test_the_first_blind_probe_set_keeps_its_verdicts():
    """probe_blind is development material since issue 21: the verdict holds where the classes
    of speech read from it brought it (every strong answer strong, no hollow one), with room
    for one miss either way."""
    ev = _evaluation()
    if not ev.PROBE.exists():
        pytest.skip("no probe set")
    result = ev.evaluate(ev.read_corpus(ev.PROBE))
    assert result["verdicts"]["hollow_judged_strong"] <= 1
    assert result["verdicts"]["strong_judged_not"] <= 1
    assert result["figures"]["verdict"]["agreement"] >= 0.95


def test_the_third_blind_probe_set_keeps_its_verdicts():
    """probe_blind3 is development material since it was measured blind (its README): the
    classes read from it keep its verdicts (no hollow answer strong, at most one strong answer
    missed) and its goals backed by meaning."""
    ev = _evaluation()
    if not ev.PROBE3.exists():
        pytest.skip("no third probe set")
    result = ev.evaluate(ev.read_corpus(ev.PROBE3))
    assert result["verdicts"]["hollow_judged_strong"] == 0
    assert result["verdicts"]["strong_judged_not"] <= 1
    assert result["figures"]["verdict"]["agreement"] >= 0.95
    assert result["figures"]["goals_match"]["agreement"] >= 0.95
    assert result["figures"]["quantified"]["agreement"] >= 0.93  # check4: a backlog's size
    assert result["figures"]["used_later"]["agreement"] >= 0.99  # check4: "used to"


def _only(ev, tmp_path, monkeypatch, given: dict[str, Path], extra: list[str]) -> list[str]:
    """eval.py's command line reading only the sets ``given`` (and a one-answer development
    set): every other set points at a missing file, which eval.py skips, and the drafts'
    04/05 agreement (tested on its own above) is left out. Each of these tests then reads a
    line or two, where running every corpus twice per test took minutes of ``make test``."""
    monkeypatch.setattr(ev, "_print_draft_agreement", lambda: None)
    absent = tmp_path / "absent"
    dev = tmp_path / "dev.jsonl"
    dev.write_text(_one_row("dev-only-1", "I learned to plan the delivery rota."),
                   encoding="utf-8")
    argv = ["--dev", str(dev)]
    for name in ["holdout", "real"] + [n for n, _, _ in ev.PROBES]:
        argv += [f"--{name}", str(given.get(name, absent))]
    return argv + extra


def test_every_probe_set_is_either_studied_or_held_out():
    """A set moved from held out to studied is printed with the studied ones (round 32 moved
    two and left them in neither list, so make eval printed them nowhere)."""
    ev = _evaluation()
    names = [n for n, _, _ in ev.PROBES]
    both = set(ev.DEVELOPMENT) & set(ev.HELD_OUT_PROBES)
    neither = [n for n in names if n not in ev.DEVELOPMENT and n not in ev.HELD_OUT_PROBES
               and n not in ("holdout", "real")]
    assert both == set() and neither == []


@pytest.mark.parametrize("name", ["probe2", "probe4", "probe6", "probe8", "probe9", "probe10",
                                  "probe15",
                                  "probe16", "probe17", "probe18", "probe19",
                                  "probe21", "probe22",
                                  "probe26", "probe27"])
def test_the_held_out_probe_set_shows_figures_only(tmp_path, capsys, monkeypatch, name):
    """make eval prints the held-out blind probe sets' figures (the second, fourth and sixth),
    never their ids, texts or what the check said about them (in the table and in --json)."""
    import json

    ev = _evaluation()
    probe2 = tmp_path / "answers.jsonl"
    row = {"id": "zz-secret-id", "kind": "hollow", "goals": [],
           "text": "Quokka zebra sentence: I loved the free lunches.",
           "labels": {"skill_growth": True, "company_result": False, "quantified": False,
                      "used_later": False, "goals_match": None, "pitfalls": False,
                      "verdict": "weak"}}
    probe2.write_text(json.dumps(row) + "\n", encoding="utf-8")
    for extra in ([], ["--json"]):
        ev.main(_only(ev, tmp_path, monkeypatch, {name: probe2}, extra))
        out = capsys.readouterr().out
        if extra:
            assert name in json.loads(out)
        else:
            side = out[out.index("Side by side"):]
            assert name in side.splitlines()[1].split()
        assert "zz-secret-id" not in out and "Quokka" not in out and "lunches" not in out


def _one_row(secret_id: str, text: str) -> str:
    import json

    row = {"id": secret_id, "goals": [], "text": text,
           "labels": {"skill_growth": True, "company_result": False, "quantified": False,
                      "used_later": False, "goals_match": None, "pitfalls": False,
                      "verdict": "weak"}}
    return json.dumps(row) + "\n"


def test_the_held_out_answers_show_figures_and_a_count_only(tmp_path, capsys, monkeypatch):
    """The held-out answers' disagreements are counted, never named: no id, no text, in the
    table or in --json (what is measured there is not studied)."""
    ev = _evaluation()
    holdout = tmp_path / "holdout.jsonl"
    holdout.write_text(_one_row("h-secret-7", "Wombat line: I loved the free lunches."),
                       encoding="utf-8")
    for extra in ([], ["--json"]):
        ev.main(_only(ev, tmp_path, monkeypatch, {"holdout": holdout}, extra))
        out = capsys.readouterr().out
        assert "holdout" in out.lower() or "held-out" in out
        assert "h-secret-7" not in out and "Wombat" not in out


def test_the_third_probe_set_is_development_material(tmp_path, capsys, monkeypatch):
    """probe_blind3 is read as development material: its figures sit in the side-by-side
    table, and each disagreement is printed with what the check said."""
    ev = _evaluation()
    probe3 = tmp_path / "answers.jsonl"
    probe3.write_text(_one_row("p3-001", "I loved the free lunches."), encoding="utf-8")
    ev.main(_only(ev, tmp_path, monkeypatch, {"probe3": probe3}, []))
    out = capsys.readouterr().out
    side = out[out.index("Side by side"):]
    assert "probe3" in side.splitlines()[1]
    assert "p3-001 skill_growth: label yes, check no" in out
