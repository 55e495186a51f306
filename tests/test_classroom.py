"""The class dashboard's logic: reading a folder of anonymised exports and summing up the class."""

from __future__ import annotations

import copy
import csv
import json
import os
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
    class_figures,
    dashboard_summary,
    default_class_folder,
    render_summary_html,
    render_summary_text,
    summarise_folder,
    summary_frame,
    summary_to_dict,
    write_class_charts,
)
from workshop.errors import ExportFormatError
from workshop.resources import persona_paths
from workshop.scoring import rank
from workshop.share import export_dict, write_export
from workshop.store import read_workspace


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
    assert summary.skills_grown == {k: v for k, v in expected.items() if v}
    values = list(summary.skills_grown.values())
    assert values == sorted(values, reverse=True)


def test_quantified_passed_and_words(class_folder, persona_exports):
    """Quantified-result share, passed share and mean words are read from the exports."""
    exports = list(persona_exports.values())

    summary = summarise_folder(class_folder)

    assert summary.quantified == sum(e["strongest_has_quantified_result"] for e in exports)
    assert summary.passed == sum(e["answer"]["passed"] for e in exports)
    words = [e["answer"]["words"] for e in exports]
    assert summary.mean_words == round(sum(words) / len(words), 1)


def test_pitfalls_counted_by_category(tmp_path):
    """Each participant whose answer falls into a pitfall category counts once for it."""
    path = persona_paths()["career_changer"]
    workspace = read_workspace(path)
    workspace.answer.text = ("It was so much fun and the team was great. I helped the company to "
                             "cut costs by 10%. The perks were amazing.")
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
    assert summary.answers == 0
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
    assert data["passed_all_checks"]["of"] == summary.answers
    assert data["skills_grown"] == summary.skills_grown
    assert data["other_levels_grown"] == summary.other_levels_grown
    assert data["mean_words"] == summary.mean_words
    assert "pitfalls" in data


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
    """Four PNG charts are written, each non-empty and with a CSV of its data beside it."""
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

    assert len(written) == 4 and all(p.stat().st_size > 0 for p in written)
    for fig in figures.values():
        texts = [t.get_text() for t in fig.axes[0].texts]
        assert "No data yet" in texts


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
    """WORKSHOP_SHARE_DIR names the dashboard's folder; otherwise it is share_exports/."""
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(tmp_path))
    assert default_class_folder() == tmp_path

    monkeypatch.delenv("WORKSHOP_SHARE_DIR")
    assert default_class_folder().name == "share_exports"


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


def _run_dashboard(share_dir: Path, tmp_path: Path, monkeypatch) -> list[dict]:
    """Run the dashboard notebook on a fresh kernel reading ``share_dir``; its code outputs."""
    import nbformat
    from nbclient import NotebookClient

    path = Path(__file__).resolve().parent.parent / "notebooks" / "facilitator" / \
        "class_dashboard.ipynb"
    nb = nbformat.read(path, as_version=4)
    monkeypatch.setenv("WORKSHOP_SHARE_DIR", str(share_dir))  # the kernel inherits it
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def test_dashboard_notebook_shows_the_class(class_folder, tmp_path, monkeypatch):
    """The dashboard notebook, run on a folder of exports, shows its participants, the summary
    in words, four charts and a table beside each."""
    outputs = _run_dashboard(class_folder, tmp_path, monkeypatch)

    text = "".join(o.get("text", "") for o in outputs if o["output_type"] == "stream")
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    tables = [o for o in outputs if "text/html" in o.get("data", {})]
    assert str(class_folder) in text
    assert f"Participants (exports read): {len(persona_paths())}" in text
    assert "SAMPLE" not in text
    assert len(images) == 4
    assert len(tables) == 5  # the key figures, then one table per chart
    assert not [o for o in outputs if o["output_type"] == "error"]


def test_dashboard_notebook_on_an_empty_folder_shows_the_sample(tmp_path, monkeypatch):
    """On a folder with no exports, the notebook shows the sample class and says so."""
    outputs = _run_dashboard(tmp_path / "nothing-yet", tmp_path, monkeypatch)

    text = "".join(o.get("text", "") for o in outputs if o["output_type"] == "stream")
    assert "SAMPLE class made of the kit's" in text
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 4


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 200) | st.floats(allow_nan=True)
    | st.text(max_size=70),
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


@fuzz(examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fast_check_never_accepts_what_the_careful_check_refuses(persona_exports, data):
    """Replacing any field of a real export by any JSON value: the fast check either agrees
    with the careful, field-naming check or hands the file over to it."""
    from workshop import classroom

    export = copy.deepcopy(data.draw(st.sampled_from(sorted(persona_exports.items())))[1])
    paths = [p for p, _ in _paths(export) if p]
    path = data.draw(st.sampled_from(paths))
    target = export
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(JSON_VALUES)

    try:
        fast = classroom._check_fast(export)
    except (classroom._Odd, AttributeError, KeyError, TypeError):
        return  # handed over: the careful check decides
    careful = classroom._check_carefully(export)  # must not raise
    assert vars_of(fast) == vars_of(careful)


def vars_of(record) -> dict:
    return {name: getattr(record, name) for name in record.__slots__}


def test_a_pipe_named_json_is_skipped_without_blocking(tmp_path):
    """A named pipe in the folder is skipped, never opened (opening it would wait forever)."""
    os.mkfifo(tmp_path / "pipe.json")
    write(tmp_path, "good.json", minimal_export())

    summary = summarise_folder(tmp_path)

    assert summary.participants == 1
    assert dict(summary.skipped)["pipe.json"].startswith("not a file")
