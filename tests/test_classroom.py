"""The class dashboard's logic: reading a folder of anonymised exports and summing up the class."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from fuzzing import fuzz
from helpers_hostile import SCRIPT as HOSTILE
from helpers_hostile import SCRIPT_ESCAPED
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from workshop.classroom import (
    CHART_FILES,
    EXPORT_KIND,
    MAX_EXPORT_BYTES,
    OTHER_SKILL,
    ClassSummary,
    chart_frames,
    chart_tables,
    class_figures,
    dashboard_summary,
    render_summary_html,
    render_summary_text,
    summarise_exports,
    summarise_folder,
    summary_frame,
    summary_to_dict,
    write_class_charts,
)
from workshop.errors import ExportFormatError
from workshop.resources import persona_paths
from workshop.scoring import rank
from workshop.share import class_folder as folder_of_the_class
from workshop.share import export_dict, write_export
from workshop.store import default_workspace_path, read_workspace


@pytest.fixture(scope="module")
def persona_exports() -> dict[str, dict]:
    """One export per sample persona, by persona name (computed once: drafting takes a moment)."""
    return {name: export_dict(read_workspace(path)) for name, path in persona_paths().items()}


@pytest.fixture
def class_folder(tmp_path, persona_exports) -> Path:
    """A folder holding the export of every persona, written as the share button writes it."""
    folder = tmp_path / "share_exports"
    folder.mkdir()
    for name, path in persona_paths().items():
        write_export(read_workspace(path), folder / f"{name}.json")
    return folder


def minimal_export(**overrides) -> dict:
    """A small valid export; ``overrides`` replace top-level fields."""
    data = {
        "kind": EXPORT_KIND,
        "export_version": 1,
        "export_id": overrides.pop("export_id", "a" * 32),
        "roles": [{"rank": 1, "score": 55.5, "enjoyment": 5,
                   "skills": [{"skill": "scheduling", "levels_grown": 2},
                              {"skill": OTHER_SKILL, "levels_grown": 3}],
                   "results": [{"quantified": True, "scope": "team"}]}],
        "strongest_is_most_enjoyed": True,
        "strongest_has_quantified_result": True,
        "answer": {"source": "participant", "words": 120, "seconds": 51, "passed": False,
                   "findings": {}, "pitfall_categories": ["fun", "team"]},
    }
    data.update(overrides)
    return data


def write(folder: Path, name: str, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def test_every_persona_counts_as_one_participant(class_folder, persona_exports):
    """A folder with one export per persona gives one participant each and skips nothing."""
    summary = summarise_folder(class_folder)

    assert summary.participants == len(persona_paths()) >= 4
    assert summary.skipped == []
    assert summary.ranked_participants == summary.participants


def test_strongest_scores_are_the_personas_own(class_folder):
    """The score distribution holds each participant's strongest-role score, as scoring gives it."""
    expected = sorted(rank(read_workspace(p)).strongest.score for p in persona_paths().values())

    summary = summarise_folder(class_folder)

    assert sorted(summary.strongest_scores) == expected
    assert sum(summary.score_histogram) == len(expected)
    assert summary.mean_score == round(sum(expected) / len(expected), 1)


def test_enjoyment_trap_is_counted(class_folder, persona_exports):
    """The share whose strongest role was not the most enjoyed job matches the exports."""
    flags = [e["strongest_is_most_enjoyed"] for e in persona_exports.values()]
    known = [f for f in flags if f is not None]

    summary = summarise_folder(class_folder)

    assert summary.enjoyment_known == len(known)
    assert summary.not_most_enjoyed == known.count(False) >= 1  # the enjoyed_trap persona
    assert summary.share_not_most_enjoyed == pytest.approx(known.count(False) / len(known),
                                                           abs=1e-4)


def test_skills_grown_by_canonical_name_with_other_apart(class_folder, persona_exports):
    """Skills are summed by canonical name over all roles; "other" is counted apart, not ranked."""
    expected: dict[str, int] = {}
    for export in persona_exports.values():
        for role in export["roles"]:
            for skill in role["skills"]:
                expected[skill["skill"]] = expected.get(skill["skill"], 0) + skill["levels_grown"]
    other = expected.pop(OTHER_SKILL, 0)

    summary = summarise_folder(class_folder)

    assert OTHER_SKILL not in summary.skills_grown
    assert summary.other_levels_grown == other
    # the four personas share no skill three times: every skill is pooled, none named
    assert summary.skills_grown == {}
    assert summary.rare_levels_grown == sum(expected.values())
    assert summary.levels_grown == sum(expected.values()) + other


def test_quantified_passed_and_words(class_folder, persona_exports):
    """Quantified-result share, passed share and mean words are read from the exports."""
    exports = list(persona_exports.values())

    summary = summarise_folder(class_folder)

    assert summary.quantified == sum(e["strongest_has_quantified_result"] for e in exports)
    own = [e for e in exports if e["answer"]["source"] == "participant"]
    assert summary.own_answers == len(own)
    assert summary.draft_answers == sum(e["answer"]["source"] == "draft" for e in exports)
    assert summary.passed == sum(e["answer"]["passed"] for e in own)
    assert summary.mean_words == (round(sum(e["answer"]["words"] for e in own) / len(own), 1)
                                  if own else None)


def test_pitfalls_counted_by_category(tmp_path):
    """Each participant whose answer falls into a pitfall category counts once for it."""
    path = persona_paths()["career_changer"]
    workspace = read_workspace(path)
    workspace = replace(workspace, answer=replace(workspace.answer, text=(
        "It was so much fun and the team was great. I helped the company to "
        "cut costs by 10%. The perks were amazing.")))
    folder = tmp_path / "exports"
    write_export(workspace, folder / "a.json")
    write_export(workspace, folder / "b.json")  # a second participant, a new export id

    summary = summarise_folder(folder)

    assert summary.participants == 2
    assert summary.pitfalls["fun"] == 2
    assert summary.pitfalls["team"] == 2
    assert summary.passed == 0


def test_bad_files_are_skipped_and_named(tmp_path):
    """Files that are not valid exports are skipped with a reason; the good ones still count."""
    write(tmp_path, "good.json", minimal_export())
    write(tmp_path, "broken.json", b'{"kind": "job-value')
    write(tmp_path, "workspace.json", {"schema_version": 1, "roles": []})
    write(tmp_path, "list.json", [1, 2, 3])
    write(tmp_path, "score_text.json", minimal_export(
        export_id="b" * 32, roles=[{"rank": 1, "score": "high", "skills": []}]))
    write(tmp_path, "newer.json", minimal_export(export_id="c" * 32, export_version=2))
    write(tmp_path, "binary.json", b"\xff\xfe\x00\x01garbage")
    write(tmp_path, "huge.json", b" " * (MAX_EXPORT_BYTES + 1))
    write(tmp_path, "good_copy.json", minimal_export())  # same export id as good.json
    write(tmp_path, "answer_missing.json", minimal_export(export_id="d" * 32, answer=None))
    (tmp_path / "folder.json").mkdir()
    (tmp_path / "notes.txt").write_text("not read at all")

    summary = summarise_folder(tmp_path)

    assert summary.participants == 1
    reasons = dict(summary.skipped)
    assert set(reasons) == {"broken.json", "workspace.json", "list.json", "score_text.json",
                            "newer.json", "binary.json", "huge.json", "good_copy.json",
                            "answer_missing.json", "folder.json"}
    assert "not valid JSON" in reasons["broken.json"]
    assert "not a class export" in reasons["workspace.json"]
    assert "roles[0].score" in reasons["score_text.json"]
    assert "version 2" in reasons["newer.json"]
    assert "UTF-8" in reasons["binary.json"] or "JSON" in reasons["binary.json"]
    assert "too large" in reasons["huge.json"]
    assert "a copy of good.json" in reasons["good_copy.json"]
    assert "answer" in reasons["answer_missing.json"]
    text = render_summary_text(summary)
    for name in reasons:
        assert name in text


@pytest.mark.parametrize("field, value", [
    ("strongest_is_most_enjoyed", "yes"),
    ("strongest_has_quantified_result", 1),
    ("roles", {"rank": 1}),
    ("export_version", True),
    ("export_version", "1"),
])
def test_wrong_types_are_refused(tmp_path, field, value):
    """A field of the wrong type makes the file skipped, with the field named."""
    write(tmp_path, "x.json", minimal_export(**{field: value}))

    summary = summarise_folder(tmp_path)

    assert summary.participants == 0
    assert field in summary.skipped[0][1]


def test_nested_wrong_types_are_refused(tmp_path):
    """Wrong types inside roles, skills and the answer are refused and located."""
    bad_skill = minimal_export(roles=[{"rank": 1, "score": 50,
                                       "skills": [{"skill": "x" * 500, "levels_grown": 1}]}])
    bad_grown = minimal_export(roles=[{"rank": 1, "score": 50,
                                       "skills": [{"skill": "sql", "levels_grown": 9}]}])
    bad_words = minimal_export(answer={"words": -1, "passed": True})
    bad_pitfalls = minimal_export(answer={"words": 3, "passed": True,
                                          "pitfall_categories": "fun"})
    for i, data in enumerate((bad_skill, bad_grown, bad_words, bad_pitfalls)):
        write(tmp_path, f"{i}.json", data)

    reasons = dict(summarise_folder(tmp_path).skipped)

    assert "roles[0].skills[0].skill" in reasons["0.json"]
    assert "roles[0].skills[0].levels_grown" in reasons["1.json"]
    assert "answer.words" in reasons["2.json"]
    assert "answer.pitfall_categories" in reasons["3.json"]


def test_unranked_participant_and_no_answer(tmp_path):
    """A participant with nothing rated and no answer counts, but not in scores or answers."""
    write(tmp_path, "empty.json", minimal_export(
        roles=[{"rank": None, "score": None, "skills": []}], strongest_is_most_enjoyed=None,
        strongest_has_quantified_result=False,
        answer={"source": "none", "words": 0, "passed": False, "pitfall_categories": []}))

    summary = summarise_folder(tmp_path)

    assert summary.participants == 1
    assert summary.unranked_participants == 1
    assert summary.strongest_scores == []
    assert summary.own_answers == summary.draft_answers == 0
    assert summary.no_answer == 1
    assert summary.share_quantified is None
    assert summary.mean_words is None


def test_missing_folder_is_an_error_unless_allowed(tmp_path):
    """A missing folder raises an error naming it; with missing_ok it is an empty summary."""
    with pytest.raises(ExportFormatError) as info:
        summarise_folder(tmp_path / "nowhere")
    assert "nowhere" in str(info.value)

    summary = summarise_folder(tmp_path / "nowhere", missing_ok=True)
    assert summary.participants == 0
    assert "No exports read yet" in render_summary_text(summary)


def test_summary_to_dict_is_json_with_the_figures(class_folder):
    """The JSON summary carries participants, the histogram, the shares, pitfalls and skills."""
    summary = summarise_folder(class_folder)

    data = json.loads(json.dumps(summary_to_dict(summary)))

    assert data["participants"] == summary.participants
    assert data["skipped"] == []
    assert sum(b["count"] for b in data["score_histogram"]) == summary.participants
    assert [b["from"] for b in data["score_histogram"]] == list(range(0, 100, 10))
    assert data["strongest_not_most_enjoyed"]["count"] == summary.not_most_enjoyed
    assert data["quantified_result"]["share"] == summary.share_quantified
    assert data["own_answers_passed_all_checks"]["of"] == summary.own_answers
    assert data["answers"] == {"own": summary.own_answers, "draft": summary.draft_answers,
                               "none": summary.no_answer}
    assert data["skills_grown"] == summary.skills_grown
    assert data["other_levels_grown"] == summary.other_levels_grown
    assert data["own_answers_mean_words"] == summary.mean_words
    assert [s["key"] for s in data["teaching_signals"]][:2] == ["progress", "pillar_growth"]
    assert "own_answers_pitfalls" in data


def test_text_and_table_say_the_key_figures(class_folder):
    """The text summary and the table name the participants and the shares in plain words."""
    summary = summarise_folder(class_folder)

    text = render_summary_text(summary)
    frame = summary_frame(summary)

    assert f"Participants (exports read): {summary.participants}" in text
    assert "not the job enjoyed most" in text
    assert frame.loc["Participants (exports read)", "value"] == str(summary.participants)
    assert repr(summary).startswith(f"ClassSummary: {summary.participants} participant(s)")


def test_charts_are_written_with_their_tables(class_folder, tmp_path):
    """Every chart is written as a PNG, each non-empty and with a CSV of its data beside it."""
    summary = summarise_folder(class_folder)
    out = tmp_path / "charts"

    written = write_class_charts(summary, out)

    assert [p.name for p in written] == [f"{stem}.png" for stem in CHART_FILES.values()]
    for png in written:
        raw = png.read_bytes()
        assert raw.startswith(b"\x89PNG") and len(raw) > 5000
        rows = list(csv.reader(png.with_suffix(".csv").open(encoding="utf-8")))
        assert rows and all(len(r) == len(rows[0]) for r in rows)  # a header, then its rows
    hist = list(csv.reader((out / "score_distribution.csv").open(encoding="utf-8")))
    assert sum(int(r[2]) for r in hist[1:]) == summary.participants


def test_charts_of_an_empty_class_still_draw(tmp_path):
    """With no exports, every chart is still written and says there is no data yet."""
    summary = summarise_folder(tmp_path)
    figures = class_figures(summary)

    written = write_class_charts(summary, tmp_path / "out")

    assert len(written) == len(CHART_FILES) and all(p.stat().st_size > 0 for p in written)
    for fig in figures.values():
        texts = " ".join(t.get_text() for t in fig.axes[0].texts)
        assert "No data yet" in texts or "No own answers yet" in texts


def test_chart_csv_neutralises_formulas(tmp_path):
    """A name starting with = in an export reaches the CSV as text, not as a formula."""
    write(tmp_path, "x.json", minimal_export(answer={
        "source": "participant", "words": 100, "passed": False,
        "pitfall_categories": ["=HYPERLINK(1)"]}))
    summary = summarise_folder(tmp_path)

    write_class_charts(summary, tmp_path / "out")

    rows = list(csv.reader((tmp_path / "out" / "pitfalls.csv").open(encoding="utf-8")))
    assert rows[1][0] == "'=HYPERLINK(1)"


def test_html_summary_escapes_file_names_and_reasons(tmp_path):
    """A hostile file name is escaped in the HTML summary."""
    name = 'x<script>alert(1)&"q".json'  # a file name can't hold "/"
    write(tmp_path, name, b"not json")
    summary = summarise_folder(tmp_path)

    html = render_summary_html(summary)

    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp;&quot;q&quot;.json" in html


def test_html_summary_escapes_a_hostile_folder(tmp_path):
    """The folder path shown in the HTML summary is escaped too."""
    html = render_summary_html(ClassSummary(folder=HOSTILE))

    assert HOSTILE not in html
    assert SCRIPT_ESCAPED in html


def test_default_folder_follows_the_environment(monkeypatch, tmp_path):
    """WORKSHOP_SHARE_DIR names the dashboard's folder; otherwise it is share_exports/ beside
    the default workspace file."""
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(tmp_path))
    assert folder_of_the_class() == tmp_path

    monkeypatch.delenv("WORKSHOP_SHARE_DIR")
    assert folder_of_the_class() == default_workspace_path().parent / "share_exports"


def test_dashboard_shows_the_folder_when_it_has_exports(class_folder):
    """With exports in the folder, the dashboard summary is the folder's, with no note."""
    summary = dashboard_summary(class_folder)

    assert summary.folder == str(class_folder)
    assert summary.note == ""


def test_dashboard_falls_back_to_the_sample_class_and_says_so(tmp_path):
    """An empty or missing folder shows the sample class, clearly labelled as a sample."""
    (tmp_path / "stray.json").write_text("[]", encoding="utf-8")

    summary = dashboard_summary(tmp_path)

    assert summary.participants == len(persona_paths())
    assert "SAMPLE" in summary.note and str(tmp_path) in summary.note
    assert summary.skipped and summary.skipped[0][0] == "stray.json"  # still named
    assert "SAMPLE" in render_summary_text(summary)
    assert summary_frame(summary).loc["Read from", "value"] == "the kit's sample personas"
    assert dashboard_summary(tmp_path / "missing").note


def test_chart_frames_match_the_charts(class_folder):
    """Each chart has a table of its numbers, the same as the CSV written beside it."""
    summary = summarise_folder(class_folder)

    frames = chart_frames(summary)

    assert set(frames) == set(CHART_FILES)
    assert frames["score_distribution"]["participants"].sum() == summary.participants
    assert list(frames["skills_grown"]["skill"])[: len(summary.skills_grown)] == \
        list(summary.skills_grown)


def test_dashboard_tables_speak_words_and_percentages(class_folder):
    """The tables beside the charts have headings in words and shares as percentages, like the
    charts (the CSV files keep their column names and fractions for spreadsheets)."""
    summary = summarise_folder(class_folder)
    frames = chart_frames(summary)
    for name, frame in frames.items():
        assert all("_" not in str(c) for c in frame.columns), (name, list(frame.columns))
    assert {"score from", "score to"} <= set(frames["score_distribution"].columns)
    assert "own answers missing it" in frames["answer_gaps"].columns
    shares = frames["shares"]
    for _, row in shares.iterrows():
        if row["of"]:
            assert row["share"] == f"{row['count'] / row['of'] * 100:.0f}%"
        else:
            assert row["share"] == "–"
    header, rows = chart_tables(summary)["shares"]
    assert "share" in header and all(isinstance(r[-1], float | str) for r in rows)


# --- the dashboard notebook --------------------------------------------------------------------


def _run_dashboard(share_dir: Path, tmp_path: Path, monkeypatch) -> list[dict]:
    """Run the dashboard notebook on a fresh kernel reading ``share_dir``; its code outputs."""
    import nbformat
    from nbclient import NotebookClient

    path = Path(__file__).resolve().parent.parent / "notebooks" / "facilitator" / \
        "class_dashboard.ipynb"
    nb = nbformat.read(path, as_version=4)
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(share_dir))  # the kernel inherits it
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def _texts(outputs) -> str:
    return "".join(o.get("text", "") + o.get("data", {}).get("text/plain", "")
                   for o in outputs)


def test_dashboard_notebook_shows_the_class(class_folder, tmp_path, monkeypatch):
    """The dashboard notebook, run on a folder of exports, shows the live view of its
    participants and the summary in words with the teaching signals."""
    outputs = _run_dashboard(class_folder, tmp_path, monkeypatch)

    text = _texts(outputs)
    assert str(class_folder) in text
    assert f"ClassDashboard: {len(persona_paths())} participant(s)" in text
    assert f"Participants (exports read): {len(persona_paths())}" in text
    assert "Teaching signals" in text and "SAMPLE" not in text
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    assert not [o for o in outputs if o["output_type"] == "error"]


def test_dashboard_notebook_on_an_empty_folder_shows_the_sample(tmp_path, monkeypatch):
    """On a folder with no exports, the notebook shows the sample class and says so."""
    outputs = _run_dashboard(tmp_path / "nothing-yet", tmp_path, monkeypatch)

    assert "SAMPLE class made of the kit's" in _texts(outputs)


def test_dashboard_notebook_survives_a_hostile_export(class_folder, tmp_path, monkeypatch):
    """One export with math markup in a name and a 400-digit word count never stops the
    notebook: the class is shown and the bad file named with its reason."""
    hostile = minimal_export(export_id="e" * 32)
    hostile["answer"]["pitfall_categories"] = ["$\\frac{1}{$"]
    write(class_folder, "math.json", hostile)
    big = minimal_export(export_id="f" * 32)
    big["answer"]["words"] = 10**400
    write(class_folder, "huge_words.json", big)

    outputs = _run_dashboard(class_folder, tmp_path, monkeypatch)

    text = _texts(outputs)
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert "huge_words.json" in text and "answer.words" in text
    assert f"Participants (exports read): {len(persona_paths()) + 1}" in text


# --- own answers, teaching signals, privacy of rare skills --------------------------------------


def _persona(name: str):
    return read_workspace(persona_paths()[name])


def test_own_answers_are_counted_apart_from_drafts(tmp_path):
    """An untouched draft never counts in the answer figures: the pass share, the missing checks
    and the pitfalls are over own answers only, and the summary says how many."""
    folder = tmp_path / "class"
    for i in range(3):  # three on the kit's draft (passing its own check)
        write_export(_persona("career_changer"), folder / f"draft{i}.json")
    own = _persona("enjoyed_trap")
    own = replace(own, answer=replace(own.answer, text=(
        "Honestly it was so much fun, the team was great and I loved the perks. "
        "I learned a lot about people.")))
    write_export(own, folder / "own.json")

    summary = summarise_folder(folder)

    assert (summary.own_answers, summary.draft_answers) == (1, 3)
    assert summary.passed == 0 and summary.share_passed == 0
    assert summary.pitfalls and set(summary.pitfalls.values()) == {1}
    assert "quantified" in summary.missing
    text = render_summary_text(summary)
    assert "own (written or edited) / still the kit's draft / none: 1 / 3 / 0" in text
    assert "Own answers that passed every check (of 1 own answers): 0% (0 of 1)" in text


def test_teaching_signals_say_what_to_discuss_from_the_data_file(tmp_path, monkeypatch):
    """Each teaching signal is a share with a suggestion read from the facilitator's data file:
    with everyone on the draft, the class-progress signal says to edit the answers."""
    import shutil

    from workshop.classroom import teaching_signals
    from workshop.resources import data_dir

    folder = tmp_path / "class"
    for i in range(4):
        write_export(_persona("new_graduate"), folder / f"{i}.json")
    signals = {s.key: s for s in teaching_signals(summarise_folder(folder))}

    assert list(signals) == ["progress", "pillar_growth", "pillar_number", "pillar_used_later",
                             "missing_finding", "enjoyment_trap", "rating_spread"]
    assert signals["progress"].discuss and "own words" in signals["progress"].suggestion
    assert signals["missing_finding"].value.startswith("no own answers yet (4 on the draft)")
    assert signals["rating_spread"].share is not None

    own = tmp_path / "data"
    shutil.copytree(data_dir(), own)
    spec = json.loads((own / "teaching_signals.json").read_text(encoding="utf-8"))
    spec["signals"]["progress"]["stages"]["edited"] = "Pairs: swap drafts and rewrite."
    (own / "teaching_signals.json").write_text(json.dumps(spec), encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_DATA", str(own))
    progress = teaching_signals(summarise_folder(folder))[0]
    assert progress.suggestion == "Pairs: swap drafts and rewrite."


def test_teaching_signals_count_what_strongest_roles_lack(tmp_path):
    """Per pillar, the share whose strongest role lacks a grown skill, a number, a later use."""
    lacking = minimal_export(export_id="1" * 32, strongest_has_quantified_result=False)
    lacking["roles"][0]["skills"] = [{"skill": "sql", "levels_grown": 0, "used_later": False}]
    lacking["roles"][0]["results"] = [{"quantified": False, "scope": "team"}]
    good = minimal_export(export_id="2" * 32)
    good["roles"][0]["skills"] = [{"skill": "sql", "levels_grown": 2, "used_later": True}]
    write(tmp_path, "a.json", lacking)
    write(tmp_path, "b.json", good)

    summary = summarise_folder(tmp_path)

    assert (summary.lacks_growth, summary.lacks_used_later, summary.quantified) == (1, 1, 1)
    from workshop.classroom import teaching_signals
    values = {s.key: s.value for s in teaching_signals(summary)}
    assert values["pillar_growth"] == values["pillar_number"] == "50% (1 of 2)"


def test_rating_spread_shows_a_class_rating_everything_five(tmp_path):
    """When every rating is 5 the rating-spread signal says to discuss the rubric."""
    from workshop.classroom import teaching_signals

    for i in range(3):
        data = minimal_export(export_id=str(i) * 32)
        data["roles"][0]["ratings"] = {"skill_growth": 5, "company_results": 5, "relevance": 5}
        write(tmp_path, f"{i}.json", data)

    summary = summarise_folder(tmp_path)
    spread = {s.key: s for s in teaching_signals(summary)}["rating_spread"]

    assert summary.ratings["skill_growth"] == [0, 0, 0, 0, 3]
    assert summary.all_top_ratings == 3
    assert spread.discuss and spread.value.startswith("100% (9 of 9)")
    assert "rubric" in spread.suggestion


def test_a_skill_is_named_only_when_three_participants_grew_it(tmp_path):
    """The skills chart names a skill only when at least three participants grew it; rarer
    ones are pooled, and the chart says so under it."""
    for i, skills in enumerate((["sql", "budgeting"], ["sql"], ["sql", "budgeting"],
                                ["coaching"])):
        data = minimal_export(export_id=str(i) * 32)
        data["roles"][0]["skills"] = [{"skill": s, "levels_grown": 1} for s in skills]
        write(tmp_path, f"{i}.json", data)

    summary = summarise_folder(tmp_path)

    assert summary.skills_grown == {"sql": 3}
    assert summary.skill_participants == {"sql": 3}
    assert summary.rare_levels_grown == 3  # budgeting twice, coaching once
    fig = class_figures(summary)["skills_grown"]
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "budgeting" not in " ".join(labels) and "coaching" not in " ".join(labels)
    assert "at least 3 participants" in fig.axes[0].get_xlabel()
    rows = list(csv.reader(io.StringIO(chart_csv(summary, "skills_grown"))))
    assert [r[0] for r in rows[1:]] == ["sql", "listed, fewer than 3 participants"]


def chart_csv(summary, name: str) -> str:
    from workshop.classroom.charts import chart_tables
    from workshop.classroom.files import csv_text

    return csv_text(*chart_tables(summary)[name])


def test_a_skill_name_outside_the_vocabulary_is_read_as_other(tmp_path):
    """A crafted export naming a skill the kit does not list can't put its words on a chart."""
    for i in range(3):
        data = minimal_export(export_id=str(i) * 32)
        data["roles"][0]["skills"] = [{"skill": "Jane Doe at Acme", "levels_grown": 2}]
        write(tmp_path, f"{i}.json", data)

    summary = summarise_folder(tmp_path)

    assert summary.skills_grown == {} and summary.other_levels_grown == 6


# --- hostile files and values ------------------------------------------------------------------


def test_a_link_in_the_class_folder_is_never_followed(tmp_path):
    """Only regular files inside the folder are read: a link to an export outside it, or to a
    pipe, and a hard link, are skipped and named, never read."""
    folder = tmp_path / "class"
    folder.mkdir()
    outside = tmp_path / "elsewhere.json"
    outside.write_text(json.dumps(minimal_export(export_id="9" * 32)), encoding="utf-8")
    (folder / "link.json").symlink_to(outside)
    os.mkfifo(tmp_path / "pipe")
    (folder / "pipe_link.json").symlink_to(tmp_path / "pipe")
    os.link(outside, folder / "hard.json")
    write(folder, "good.json", minimal_export())

    summary = summarise_folder(folder)

    assert summary.participants == 1
    reasons = dict(summary.skipped)
    assert reasons["link.json"].startswith("a link")
    assert reasons["pipe_link.json"].startswith("a link")
    assert "hard link" in reasons["hard.json"]


def test_participant_folders_one_level_down_are_read_and_nothing_deeper(tmp_path):
    """On a hub each participant's exports sit in ``class/<name>/``: the dashboard reads the
    folder's own exports and those one level down (named ``<name>/<file>``), never a hidden
    folder nor anything two levels down."""
    from workshop.classroom import read_folder

    folder = tmp_path / "class"
    write(folder, "laptop.json", minimal_export(export_id="1" * 32))
    write(folder / "ana-4kq9tz", "share-a.json", minimal_export(export_id="2" * 32))
    write(folder / "ben-7m2pqx", "share-b.json", minimal_export(export_id="3" * 32))
    write(folder / "ben-7m2pqx" / "old", "deep.json", minimal_export(export_id="4" * 32))
    write(folder / ".hidden", "h.json", minimal_export(export_id="5" * 32))
    (folder / "ben-7m2pqx" / "notes.txt").write_text("not an export", encoding="utf-8")

    names = [name for name, _ in read_folder(folder)]
    summary = summarise_folder(folder)

    assert names == ["laptop.json", "ana-4kq9tz/share-a.json", "ben-7m2pqx/share-b.json"]
    assert summary.participants == 3 and summary.skipped == []


def test_a_link_in_or_to_a_participant_folder_is_never_followed(tmp_path):
    """A participant can plant a link in their own folder (to a classmate's export, which the
    facilitator's view holds): it is skipped and named, never read; a linked folder is not
    entered, and is named; a hard link is refused as at the top."""
    folder = tmp_path / "class"
    theirs = write(folder / "p002", "share-b.json", minimal_export(export_id="2" * 32))
    write(folder / "p001", "share-a.json", minimal_export(export_id="1" * 32))
    (folder / "p001" / "planted.json").symlink_to(theirs)
    os.link(theirs, folder / "p001" / "hard.json")
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere, "x.json", minimal_export(export_id="9" * 32))
    (folder / "p003").symlink_to(elsewhere, target_is_directory=True)
    (folder / "p004").symlink_to(theirs)  # a link to a file, not named .json: not an export

    summary = summarise_folder(folder)

    reasons = dict(summary.skipped)
    assert summary.participants == 1, reasons  # p002's export has two names now: refused
    assert reasons["p001/planted.json"].startswith("a link")
    assert "hard link" in reasons["p001/hard.json"] and "hard link" in reasons["p002/share-b.json"]
    assert reasons["p003/"].startswith("a link to a folder")
    assert set(reasons) == {"p001/planted.json", "p001/hard.json", "p002/share-b.json", "p003/"}


def test_participant_folders_past_the_limit_are_named_not_read(tmp_path, monkeypatch):
    """At most ``MAX_FOLDERS`` participant folders are read; the rest are named."""
    from workshop.classroom import exports

    monkeypatch.setattr(exports, "MAX_FOLDERS", 2)
    for i in range(3):
        write(tmp_path / f"p{i}", "share.json", minimal_export(export_id=str(i) * 32))

    summary = summarise_folder(tmp_path)

    assert summary.participants == 2
    assert [name for name, _ in summary.skipped] == ["p2/"]
    assert "past the first 2 participant folders" in summary.skipped[0][1]


def test_the_listing_changes_when_an_export_arrives_in_a_participant_folder(tmp_path):
    """The live dashboard's fingerprint sees an export land one level down."""
    from workshop.classroom import folder_listing

    (tmp_path / "ana").mkdir()
    before = folder_listing(tmp_path)
    write(tmp_path / "ana", "share.json", minimal_export())
    after = folder_listing(tmp_path)
    assert before == () and [entry[0] for entry in after] == ["ana/share.json"]


def test_file_names_printed_to_a_terminal_cannot_forge_lines(tmp_path):
    """File names with a newline, an escape sequence or a direction override are printed with
    those characters shown visibly: no forged summary line, no cleared screen."""
    names = ["x\nParticipants (exports read): 999.json", "\x1b[2Jclear.json", "\u202egnp.json"]
    for name in names:
        write(tmp_path, name, b"not json")

    text = render_summary_text(summarise_folder(tmp_path))

    assert "\x1b" not in text and "\u202e" not in text
    assert not any(line.startswith("Participants (exports read): 999") for line in
                   text.splitlines())
    assert "x\\nParticipants (exports read): 999.json" in text
    assert "\\x1b[2Jclear.json" in text and "\\u202egnp.json" in text


def test_math_markup_and_huge_numbers_never_stop_the_charts(tmp_path):
    """A name holding math markup is drawn literally; a 400-digit count is skipped with its
    field named; NaN and infinite scores are refused; the charts of the rest are written."""
    math = minimal_export(export_id="1" * 32)
    math["answer"]["pitfall_categories"] = ["$\\frac{1}{$", "\\alpha$"]
    write(tmp_path, "math.json", math)
    big = minimal_export(export_id="2" * 32)
    big["answer"]["words"] = 10**400
    write(tmp_path, "big.json", big)
    write(tmp_path, "nan.json", b'{"kind": "job-value-workshop/class-export", '
                                b'"export_version": 1, "roles": [{"rank": 1, "score": NaN}]}')
    inf = minimal_export(export_id="3" * 32, roles=[{"rank": 1, "score": 1e999}])
    write(tmp_path, "inf.json", json.dumps(inf).replace("Infinity", "1e999").encode())

    summary = summarise_folder(tmp_path)
    written = write_class_charts(summary, tmp_path / "out")

    assert summary.participants == 1
    reasons = dict(summary.skipped)
    assert "answer.words" in reasons["big.json"]
    assert "roles[0].score" in reasons["nan.json"] and "roles[0].score" in reasons["inf.json"]
    assert len(written) == len(CHART_FILES)
    labels = [t.get_text() for t in class_figures(summary)["pitfalls"].axes[0]
              .get_yticklabels()]
    assert "$\\frac{1}{$" in labels


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.just(10**400)
    | st.floats(allow_nan=True) | st.text(max_size=70)
    | st.sampled_from(["$\\frac{1}{$", "$x", "\\", "=1+2", "\r=1", "sql", "other"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                   max_size=3),
    max_leaves=8)


def _paths(value, prefix=()):
    """Every (path, value) inside a JSON value, the value itself included."""
    yield prefix, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, prefix + (i,))


@fuzz(examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_hostile_value_never_stops_the_dashboard(persona_exports, tmp_path, data):
    """Replacing any field of a real export by any JSON value (math markup, 10**400, NaN, a
    formula): the summary, its text, HTML and every chart are made; the file is either read or
    skipped with a reason."""
    export = copy.deepcopy(data.draw(st.sampled_from(sorted(persona_exports.items())))[1])
    paths = [p for p, _ in _paths(export) if p]
    path = data.draw(st.sampled_from(paths))
    target = export
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(JSON_VALUES)
    raw = json.dumps(export).encode()

    summary = summarise_exports([("x.json", raw)])

    assert summary.participants + len(summary.skipped) == 1
    render_summary_text(summary)
    render_summary_html(summary)
    for fig in class_figures(summary).values():
        fig.savefig(io.BytesIO(), format="png", dpi=20)


def test_workshop_class_prints_hostile_file_names_safely(tmp_path, capsys):
    """`workshop class` on a folder whose file names hold escape sequences and newlines prints
    them visibly: nothing reaches the terminal raw."""
    from workshop.cli import main

    write(tmp_path, "\x1b[2J\x1b]0;owned\x07.json", b"not json")
    write(tmp_path, "a\nFiles skipped: 0.json", b"not json")

    assert main(["class", str(tmp_path)]) == 0

    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "Files skipped: 2" in out
    assert not any(line == "Files skipped: 0.json: not valid JSON." for line in out.splitlines())


def test_the_commonest_gap_says_what_own_answers_lack_or_hold(tmp_path):
    """The teaching signal names the gap itself ("pitfalls found"), never a check's name that
    reads as its opposite ("no pitfalls: 100%"), and its suggestion speaks of every pitfall kind,
    not of an enjoyment sentence the answers may not hold (participant trial s17: one own answer
    whose only fault was what the speaker wanted)."""
    from workshop.classroom import teaching_signals

    folder = tmp_path / "class"
    own = _persona("career_changer")
    own = replace(own, answer=replace(own.answer, text=(
        "I want a job where I can finally be promoted and earn more, that is what I want.")))
    write_export(own, folder / "own.json")
    signals = {s.key: s for s in teaching_signals(summarise_folder(folder))}
    gap = signals["missing_finding"]
    assert "no pitfalls" not in gap.value
    if gap.value.startswith("pitfalls"):
        assert "enjoyment sentence" not in gap.suggestion
    assert gap.value.split(":")[0] in {"no skill growth", "no result for the organisation",
                                       "no number in a result", "no skill used later",
                                       "no evidence for the hiring manager's goals",
                                       "pitfalls found", "too short or too long"}
