"""Importing files in the shapes real users hand in (issue 11), each from an invented sample in
data/samples/, and the import report the command line and notebook 01 show."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.errors import ImportFormatError
from workshop.importers import (
    ImportReport,
    import_bytes_with_report,
    import_file,
    import_with_report,
    parse_json_resume,
    parse_linkedin_csv,
)
from workshop.importers.text import pieces

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
HEADER = "Company Name,Title,Description,Location,Started On,Finished On"


def csv_text(*rows: str) -> str:
    return HEADER + "\n" + "\n".join(rows) + "\n"


def statements(role) -> list[str]:
    return [r.statement for r in role.results]


def refused(func, *args, **kwargs) -> ImportFormatError:
    with pytest.raises(ImportFormatError) as info:
        func(*args, **kwargs)
    assert "\n" not in str(info.value), "a refusal is one line"
    return info.value


# --- bullets run together ---------------------------------------------------------------------


BULLETS = ["Cut waste by 9%", "Trained 4 bakers", "Opened at 6am"]


@pytest.mark.parametrize(("description", "summary", "results"), [
    ("• Cut waste by 9% • Trained 4 bakers • Opened at 6am", "", BULLETS),
    (" - Cut waste by 9% - Trained 4 bakers - Opened at 6am", "", BULLETS),
    (" * Cut waste by 9% * Trained 4 bakers * Opened at 6am", "", BULLETS),
    ("● Cut waste by 9% ● Trained 4 bakers ● Opened at 6am", "", BULLETS),
    ("Early shift. • Cut waste by 9% • Trained 4 bakers • Opened at 6am", "Early shift.",
     BULLETS),
    ("Early shift\n- Cut waste by 9%\n- Trained 4 bakers\n- Opened at 6am", "Early shift",
     BULLETS),
])
def test_bullets_on_one_line_become_one_result_each(description, summary, results):
    """A LinkedIn description's list, however its bullets are run together, gives each bullet
    its own result statement, with its own number; the lead-in is the summary."""
    role = parse_linkedin_csv(csv_text(f'Crumb & Co,Baker,"{description}",,Nov 2019,')).roles[0]
    assert (role.summary, statements(role)) == (summary, results)
    assert [r.value for r in role.results] == [9, 4, None]


def test_the_inline_bullets_sample_gives_every_bullet_with_its_real_number():
    """In the invented export, each bullet is a result with the number it really carries:
    never a version, a year or a list label; a tools list stays in the summary."""
    roles = import_file(SAMPLES / "Positions_inline_bullets.csv").roles
    lead, dispatcher, sales, barista = roles
    assert lead.summary == "Ran dispatch for a 30-van fleet. Tech stack: Excel, Routific, Slack"
    change = lead.results[0]
    assert (change.value, change.unit, change.from_value, change.kind) == (5, "%", 14, "change")
    assert statements(dispatcher) == ["Answered 120 driver calls a day",
                                      "Rebuilt the returns log in Excel 2016",
                                      "Moved the depot to Windows 10 without a missed shift"]
    assert [r.value for r in dispatcher.results] == [120, None, None]
    assert [(r.value, r.unit) for r in sales.results] == [(3, "x"), (400000, "visitors"),
                                                         (None, "")]
    assert [(r.value, r.unit) for r in barista.results] == [(0.5, "x"), (1200000, ""),
                                                           (None, "")]
    assert max(len(s) for role in roles for s in statements(role)) < 120


def test_a_lead_in_and_its_list_stay_one_bullet():
    """"for: • A, B, • C" is one bullet (its lead-in and its list), then the next bullet."""
    found = pieces("• Built sets for: • Harbour Nights (2021 TV Series), Tide (film), "
                   "• Cut rigging time from 40 to 25 minutes")
    assert [p.text for p in found] == [
        "Built sets for: Harbour Nights (2021 TV Series), Tide (film)",
        "Cut rigging time from 40 to 25 minutes"]


def test_a_one_line_export_keeps_its_paragraphs_and_headings_out_of_results():
    """Runs of spaces before a capital are line breaks; a heading ("Custom work:") is summary."""
    role = parse_linkedin_csv(csv_text(
        'Lumen,Developer,"Custom work:  * Wrote the billing module * Tuned the search  '
        'Support work:  * Ran the help desk",,2015,2016')).roles[0]
    assert statements(role) == ["Wrote the billing module", "Tuned the search",
                                "Ran the help desk"]
    assert role.summary == "Custom work: Support work:"


def test_version_ranges_are_not_read_as_a_dash_list():
    """"PHP 8.2 - 8.5, Symfony 5.4 - 7.4" is a list of ranges, not bullets."""
    role = parse_linkedin_csv(csv_text(
        'Lumen,Developer,"Tools: PHP 8.2 - 8.5, Symfony 5.4 - 7.4, React 18 - 19",,2015,')).roles[0]
    assert role.results == () and role.summary.startswith("Tools: PHP 8.2 - 8.5")


def test_a_multiline_json_summary_gives_its_bullets_as_results():
    """"Portal\\n- Cut ... by 40%\\n- Automated 12 feeds": the first line is the summary and each
    "- " line a result with its number."""
    summary = "Portal\n- Cut processing time by 40%\n- Automated 12 feeds"
    ws = parse_json_resume({"work": [{"position": "Analyst", "summary": summary}]})
    role = ws.roles[0]
    assert role.summary == "Portal"
    assert [(r.statement, r.value, r.unit) for r in role.results] == [
        ("Cut processing time by 40%", 40, "%"), ("Automated 12 feeds", 12, "feeds")]


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(("highlight", "value", "unit"), [
    ("Built the intranet in ASP.NET 3.5", None, ""),
    ("Ran the FIM 2010 directory", None, ""),
    ("Lit the 2021 TV Series set", None, ""),
    ("Rebuilt the app in Angular 2+", None, ""),
    ("Served 400.000 users", 400000, "users"),
    ("Raised coverage from 6% to 33%", 33, "%"),
    ("Grew to 1.2 Million players", 1200000, "players"),
    ("Saved €1,5 million a year", 1500000, "EUR"),
    ("Made the checkout three times faster", 3, "x"),
    ("Led a team of 8", 8, "people"),
    ("Worked there for two years", None, ""),
])
def test_a_result_carries_the_number_it_really_states(highlight, value, unit):
    """Versions, years and tenures are never a result's value; thousands, multipliers,
    changes and multiples are read as meant."""
    result = parse_json_resume({"work": [{"position": "x", "highlights": [highlight]}]}) \
        .roles[0].results[0]
    assert (result.value, result.unit) == (value, unit)


# --- dates ------------------------------------------------------------------------------------


def test_an_impossible_day_reads_as_its_month_and_the_report_says_so():
    """"2024-09-31" (a 12-job file's typo) is September 2024, with a note naming job and field."""
    imported = import_with_report(SAMPLES / "json_resume_real_shapes.json")
    assert imported.workspace.roles[0].end == "2024-09"
    note = imported.report.notes[0]
    assert (note.kind, note.row, note.field) == ("fixed", 1, "work[0].endDate")
    assert "2024-09-31" in note.line and note.line.startswith("Job 1")


@pytest.mark.parametrize(("start", "month"), [
    ("Dez 2017", "2017-12"), ("janv.-18", "2018-01"), ("Déc 2019", "2019-12"),
    ("März 2020", "2020-03"), ("févr. 2021", "2021-02"), ("ene 2015", "2015-01"),
    ("set 2013", "2013-09"), ("ott 2014", "2014-10"), ("fev 2012", "2012-02"),
    ("out 2019", "2019-10"), ("mrt 2010", "2010-03"), ("mei 2011", "2011-05"),
    ("juil. 2016", "2016-07"), ("Mai 2019", "2019-05"), ("dic 2016", "2016-12"),
])
def test_month_names_in_seven_languages(start, month):
    """LinkedIn writes months in the account's language: all seven are read."""
    assert parse_linkedin_csv(csv_text(f"Acme,Clerk,,,{start},")).roles[0].start == month


def test_a_range_in_a_date_field_and_bullets_field_are_used_and_named():
    """A non-standard "date" range and "bullets" list give dates and results, each noted."""
    imported = import_with_report(SAMPLES / "json_resume_date_and_bullets_fields.json")
    first, second = imported.workspace.roles
    assert (first.start, first.end, second.start, second.end) == (
        "2019-06", "2020-08", "2018-10", None)
    assert (first.results[0].value, first.results[0].unit) == (1.1, "seconds")
    fields = [n.field for n in imported.report.notes]
    assert fields == ["work[0].date", "work[0].bullets", "work[1].date", "work[1].bullets"]


# --- encodings and the zip --------------------------------------------------------------------


@pytest.mark.parametrize(("name", "said"), [("Positions_windows1252.csv", "Windows-1252"),
                                            ("Positions_utf16.csv", "UTF-16")])
def test_spreadsheet_encodings_are_read_and_named(name, said):
    """A CSV saved as Windows-1252 or UTF-16 (tab-separated) imports with its accents, and the
    report names the encoding."""
    imported = import_with_report(SAMPLES / name)
    roles = imported.workspace.roles
    assert [r.organization for r in roles][:2] == ["Bäckerei Sonnenkorn", "Café Lumière"]
    assert [r.start for r in roles] == ["2017-12", "2018-01", "2015-01", "2013-09", "2012-02",
                                        "2010-03"]
    assert said in imported.report.lines()[1]


def test_the_linkedin_export_zip_is_read_from_its_positions_csv():
    """The zip LinkedIn hands out imports as its Positions.csv would; errors name the member."""
    from_zip = import_file(SAMPLES / "Basic_LinkedInDataExport_invented.zip")
    alone = import_file(SAMPLES / "Positions_inline_bullets.csv")
    assert from_zip.to_dict()["roles"] == alone.to_dict()["roles"]


def zipped(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(("raw", "words"), [
    (zipped({"Profile.csv": b"First Name\nAna\n"}), "no Positions.csv"),
    (zipped({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}), "Excel workbook"),
    (b"PK\x03\x04broken", "damaged"),
    (b"not a zip at all", "not a zip archive"),
])
def test_a_zip_that_is_not_an_export_is_refused_in_one_line(raw, words):
    """A zip without Positions.csv, a workbook, a broken zip: one line saying what to do."""
    err = refused(import_bytes_with_report, "export.zip", raw)
    assert words in str(err) and "export.zip" in str(err)


def test_a_zip_with_damaged_compressed_data_is_refused_in_one_line():
    """Positions.csv whose compressed bytes are damaged: one line, never a zlib error."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Positions.csv", csv_text("Acme,Clerk,,,Nov 2019,") * 50)
    raw = bytearray(buf.getvalue())
    for i in range(40, 80):
        raw[i] ^= 0xFF
    assert "damaged" in str(refused(import_bytes_with_report, "export.zip", bytes(raw)))


def test_a_bad_row_inside_the_zip_names_the_member_and_row():
    """A refusal from inside the zip names the archive's Positions.csv, the row and field."""
    raw = zipped({"export/Positions.csv": csv_text("Acme,,,,Nov 2019,").encode()})
    err = refused(import_bytes_with_report, "export.zip", raw)
    assert (err.row, err.field) == (2, "Title") and "export.zip/export/Positions.csv" in str(err)


# --- sections and fields --------------------------------------------------------------------


def test_volunteer_keywords_employer_and_unread_fields_are_offered_and_reported():
    """Volunteer entries become roles, keywords skills (no growth claimed), "employer" the
    organisation; an unknown list and the projects are named, never dropped in silence."""
    imported = import_with_report(SAMPLES / "json_resume_real_shapes.json")
    clinic, pharmacy, food_bank = imported.workspace.roles
    assert clinic.organization == "Fjordline Clinics"
    assert [(s.name, s.levels_grown) for s in clinic.skills] == [
        ("Scheduling", 0), ("Budgeting", 0), ("Team leadership", 0)]
    assert (food_bank.title, food_bank.organization) == ("Shift Coordinator",
                                                         "Riverside Food Bank")
    report = imported.report
    assert (report.roles, report.results, report.skills) == (3, 7, 3)
    assert [n.kind for n in report.notes] == ["fixed", "added", "skipped", "added", "skipped"]
    text = report.text()
    assert "\"other\" (2 lines) not imported" in text and "Volunteer entry 1" in text
    assert "1 entry in \"projects\" not imported" in text
    assert pharmacy.results == ()


def test_a_broken_volunteer_entry_is_skipped_not_the_file():
    """A volunteer entry with an unreadable date is skipped with a note; the jobs import."""
    imported = import_bytes_with_report("r.json", json.dumps({
        "work": [{"position": "Clerk"}],
        "volunteer": [{"position": "Helper", "startDate": "someday"}]}).encode())
    assert [r.title for r in imported.workspace.roles] == ["Clerk"]
    assert imported.report.notes[0].kind == "skipped"
    assert imported.report.notes[0].field == "volunteer[0].startDate"


def test_volunteer_entries_alone_are_imported():
    """A resume with no "work" but volunteer entries imports them as roles."""
    ws = parse_json_resume({"volunteer": [{"organization": "Food Bank", "position": "Driver"}]})
    assert [(r.title, r.organization) for r in ws.roles] == [("Driver", "Food Bank")]


@pytest.mark.parametrize(("name", "words", "field"), [
    ("json_resume_blank_template.json", "every field empty", "work[0]"),
    ("json_resume_per_language.json", "one copy per language", "work[0]"),
    ("json_resume_projects_only.json", "\"projects\" is not read as a job", "work"),
])
def test_files_with_no_job_are_refused_saying_what_they_hold(name, words, field):
    """A blank template, a per-language wrapper or projects only: one line naming the field."""
    err = refused(import_file, SAMPLES / name)
    assert words in str(err) and err.field == field and name in str(err)


# --- the report in the CLI and notebook 01 ----------------------------------------------------


def test_the_cli_prints_the_report_to_stdout(tmp_path, capsys):
    """`workshop import` prints the report lines on stdout and keeps its stderr line and 0."""
    target = tmp_path / "ws.json"
    assert main(["import", str(SAMPLES / "json_resume_real_shapes.json"), "-o",
                 str(target)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("Imported 3 roles from ") and lines[0].endswith(
        "with 7 results and 3 skills.")
    assert len(lines) == 6 and lines[1].startswith("Job 1 (work[0].endDate)")
    assert "Imported 3 role(s)" in err and target.exists()


def test_the_cli_refusal_stays_one_line_on_stderr(tmp_path, capsys):
    """A refused import prints one line on stderr, nothing on stdout, and exits 2."""
    assert main(["import", str(SAMPLES / "json_resume_per_language.json"), "-o",
                 str(tmp_path / "ws.json")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "ws.json").exists()


def test_notebook_01_shows_the_same_report_lines_escaped(tmp_path):
    """The role editor's upload shows the report the CLI prints, escaped in the message."""
    from workshop.session import Session
    from workshop.widgets.roles import RoleEditor

    editor = RoleEditor(Session.open(tmp_path / "ws.json"))
    raw = (SAMPLES / "json_resume_real_shapes.json").read_bytes()
    report = import_bytes_with_report("resume.json", raw).report
    editor._upload.value = ({"name": "resume.json", "content": memoryview(raw),
                             "type": "application/json", "size": len(raw),
                             "last_modified": dt.datetime.now(dt.UTC)},)
    assert editor._message.kind == "ok"
    for line in report.lines():
        assert line in editor._message.text
    assert "&quot;other&quot;" in editor._message.value  # escaped in the HTML


def test_the_report_is_data():
    """The report is a frozen dataclass with counts and notes, not only text."""
    report = import_with_report(SAMPLES / "json_resume.json").report
    assert isinstance(report, ImportReport)
    assert (report.roles, report.results) == (4, sum(
        len(r.results) for r in import_file(SAMPLES / "json_resume.json").roles))
    with pytest.raises(AttributeError):
        report.roles = 0  # type: ignore[misc]


def test_highlights_that_only_name_tools_become_skills():
    """Highlights such as ["Java", "React", "Angular 2+"] are tools, not results: they are
    offered as skills, with a note, and no result is made of them."""
    imported = import_bytes_with_report("r.json", json.dumps({"work": [{
        "position": "Developer", "highlights": ["Java", "React", "Angular 2+"],
        "keywords": ["react", "Docker"]}]}).encode())
    role = imported.workspace.roles[0]
    assert role.results == ()
    assert [s.name for s in role.skills] == ["Java", "React", "Angular 2+", "Docker"]
    assert [n.field for n in imported.report.notes] == ["work[0].highlights", "work[0].keywords"]
    assert "1 keyword added" in imported.report.notes[1].message


def test_a_single_short_highlight_is_still_a_result():
    """One short highlight ("Won Techcrunch Disrupt") stays a result."""
    role = parse_json_resume({"work": [{"position": "CEO",
                                        "highlights": ["Won Disrupt"]}]}).roles[0]
    assert statements(role) == ["Won Disrupt"] and role.skills == ()
