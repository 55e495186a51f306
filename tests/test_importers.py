"""Importing roles from a JSON Resume file and from LinkedIn's Positions.csv."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzzing import fuzz
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from workshop import importers
from workshop.errors import ImportFormatError, ValidationError, WorkshopError
from workshop.importers import (
    MAX_IMPORT_BYTES,
    import_file,
    parse_json_resume,
    parse_linkedin_csv,
)
from workshop.model import Workspace

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
HEADER = "Company Name,Title,Description,Location,Started On,Finished On"
FUZZ = fuzz(examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                 HealthCheck.too_slow])


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def csv_text(*rows: str, header: str = HEADER, newline: str = "\n") -> str:
    return newline.join([header, *rows]) + newline


def one_job(**entry) -> dict:
    return {"work": [{"position": "Shift Supervisor", **entry}]}


def refused(call, *args, **kwargs) -> ImportFormatError:
    with pytest.raises(ImportFormatError) as info:
        call(*args, **kwargs)
    return info.value


def assert_valid(workspace: Workspace) -> None:
    """The workspace is saved and loaded again unchanged, as its file would be."""
    data = workspace.to_dict()
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    assert Workspace.from_dict(data).to_dict() == data


# --- the sample files -----------------------------------------------------------------------


def test_json_resume_sample_gives_every_job_in_file_order():
    """The JSON Resume sample gives one unrated role per work entry, numbered r1, r2, ..."""
    ws = import_file(SAMPLES / "json_resume.json")
    assert [r.id for r in ws.roles] == ["r1", "r2", "r3", "r4"]
    assert [r.title for r in ws.roles] == ["Shift Supervisor", "Customer Service Team Leader",
                                           "Sales Assistant", "Volunteer Reading Coach"]
    assert ws.roles[0].organization == "Northwind Logistics"
    assert ws.participant == {"name": "Priya Vantongeren"}
    assert ws.target_role.title == "" and ws.target_role.goals == ()
    assert all(not r.ratings.to_dict() and r.skills == () for r in ws.roles)
    assert_valid(ws)


def test_json_resume_missing_end_date_is_the_current_role():
    """A work entry without endDate is imported as a current role (end None)."""
    ws = import_file(SAMPLES / "json_resume.json")
    assert ws.roles[0].start == "2021-03" and ws.roles[0].end is None
    assert ws.roles[0].current
    assert [r.current for r in ws.roles[1:]] == [False, False, False]


def test_json_resume_full_dates_are_kept_to_the_month():
    """YYYY-MM-DD dates become YYYY-MM; bare years stay years."""
    ws = import_file(SAMPLES / "json_resume.json")
    assert (ws.roles[1].start, ws.roles[1].end) == ("2018-09", "2021-02")
    assert (ws.roles[3].start, ws.roles[3].end) == ("2015", "2016")


def test_json_resume_summary_is_the_prose_of_summary_or_description():
    """The role summary is every prose line of summary (or of description when there is none),
    as one line: nothing in it is lost."""
    ws = import_file(SAMPLES / "json_resume.json")
    assert ws.roles[0].summary == ("Run the night shift of a 40-person cross-dock warehouse. "
                                   "Report to the site manager.")
    assert ws.roles[2].summary == "Outdoor clothing shop with two branches."


def test_highlights_become_results_with_their_numbers():
    """Each highlight is a result; 18%, $40k and 3 hours fill value and unit; scope is guessed."""
    ws = import_file(SAMPLES / "json_resume.json")
    first = ws.roles[0].results
    assert first[0].statement == "Cut overtime by 18% by rebuilding the night-shift rota"
    assert (first[0].value, first[0].unit, first[0].metric, first[0].scope) == \
        (18, "%", "overtime", "team")
    assert (first[1].value, first[1].scope) == (30, "company")
    assert (first[2].value, first[2].unit) == (12, "starters")
    hours = ws.roles[1].results[0]
    assert (hours.value, hours.unit, hours.scope) == (3, "hours", "customers")
    money = ws.roles[2].results[0]
    assert (money.value, money.unit, money.scope) == (40000, "USD", "customers")
    plain = ws.roles[2].results[1]
    assert plain.value is None and plain.unit == "" and not plain.quantified
    assert ws.roles[3].results == ()


def test_old_json_resume_field_names_company_and_website():
    """Older files name the employer "company" (and its address "website"): still imported."""
    ws = import_file(SAMPLES / "json_resume_old.json")
    assert [r.organization for r in ws.roles] == ["Greyfield Water Board", "Kestrel Bikes"]
    assert ws.roles[0].end is None, "an empty endDate is a current role"
    assert (ws.roles[1].start, ws.roles[1].end) == ("2021-06", "2021-09")
    assert (ws.roles[0].results[0].value, ws.roles[0].results[0].unit) == (2500, "litres")
    assert ws.roles[0].results[1].scope == "department"
    assert_valid(ws)


def test_positions_csv_sample_with_bom_crlf_and_a_multiline_description():
    """The LinkedIn sample (BOM, CRLF, a four-line quoted description) gives three roles."""
    raw = (SAMPLES / "Positions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    ws = import_file(SAMPLES / "Positions.csv")
    assert [(r.id, r.title, r.organization) for r in ws.roles] == [
        ("r1", "Care Coordinator", "Lindqvist Home Care"),
        ("r2", "Care Assistant", "Lindqvist Home Care"),
        ("r3", "Barista", "Café Sol & Salt"),
    ]
    coordinator = ws.roles[0]
    assert (coordinator.start, coordinator.end) == ("2021-11", None)
    assert coordinator.summary == ("Coordinate visits for 120 clients across three districts. "
                                   "Attend the weekly team meeting.")
    assert [r.statement for r in coordinator.results] == [
        "Cut missed visits by 35% with a shared schedule board",
        "Led the switch from paper rotas to a scheduling app for the whole company",
    ]
    assert (coordinator.results[0].value, coordinator.results[0].unit) == (35, "%")
    assert coordinator.results[1].scope == "company"
    assert (ws.roles[2].start, ws.roles[2].end) == ("2016-09", "2019-02")
    assert ws.participant == {}
    assert_valid(ws)


# --- JSON Resume details --------------------------------------------------------------------


@pytest.mark.parametrize(("given_date", "kept"), [
    ("2019", "2019"), ("2019-11", "2019-11"), ("2019-11-05", "2019-11"), (2019, "2019"),
    (" 2019-11 ", "2019-11"),
])
def test_json_resume_date_forms(given_date, kept):
    """startDate as YYYY, YYYY-MM or YYYY-MM-DD is kept as YYYY or YYYY-MM."""
    ws = parse_json_resume(one_job(startDate=given_date))
    assert ws.roles[0].start == kept


@pytest.mark.parametrize("current", [None, "", "Present", "present"])
def test_json_resume_empty_or_present_end_date_is_current(current):
    """An endDate that is null, empty or "Present" means the job is current."""
    ws = parse_json_resume(one_job(startDate="2020-01", endDate=current))
    assert ws.roles[0].end is None and ws.roles[0].current


def test_json_resume_extra_properties_are_ignored():
    """Properties the kit does not know, at any level, don't stop the import."""
    data = {"$schema": "x", "meta": {"theme": "flat"}, "basics": {"name": "Ana", "x-y": [1]},
            "work": [{"position": "Clerk", "name": "Acme", "url": "https://a.example",
                      "location": "Porto", "keywords": ["a"], "startDate": "2020"}],
            "education": [{"institution": "A"}]}
    ws = parse_json_resume(data)
    assert ws.roles[0].title == "Clerk" and ws.participant == {"name": "Ana"}


def test_json_resume_end_year_in_the_start_year_is_not_before_the_start():
    """"2019-05 to 2019" is not an end before the start: a bare year compares by year."""
    ws = parse_json_resume(one_job(startDate="2019-05", endDate="2019"))
    assert (ws.roles[0].start, ws.roles[0].end) == ("2019-05", "2019")


def test_json_resume_long_summary_is_cut_to_2000_characters():
    """A summary's first line longer than 2000 characters is shortened, not refused."""
    ws = parse_json_resume(one_job(summary="word " * 1000 + "\nsecond line"))
    assert len(ws.roles[0].summary) <= 2000 and ws.roles[0].summary.endswith("…")


@pytest.mark.parametrize(("highlight", "value", "unit", "scope"), [
    ("Increased sales by 5 percent", 5, "%", "team"),
    ("Grew revenue by €1.2M company-wide", 1200000, "EUR", "company"),
    ("Cut costs by 40k EUR for the department", 40000, "EUR", "department"),
    ("Handled 2,500 orders a day", 2500, "orders", "team"),
    ("Launched the client portal in 2019", None, "", "customers"),
    ("Built version 2 of the booking app", None, "", "team"),
    ("- Trained 12 new starters", 12, "starters", "team"),
])
def test_numbers_and_scope_read_from_a_highlight(highlight, value, unit, scope):
    """Percentages, money, counts with units are read; years and version numbers are not."""
    result = parse_json_resume(one_job(highlights=[highlight])).roles[0].results[0]
    assert (result.value, result.unit, result.scope) == (value, unit, scope)
    assert not result.statement.startswith("-"), "the bullet is cleaned off"


def test_empty_highlights_are_skipped():
    """Blank highlights don't become empty results."""
    ws = parse_json_resume(one_job(highlights=["", "   ", "Cut waste by 10%"]))
    assert [r.value for r in ws.roles[0].results] == [10]


# --- LinkedIn details -----------------------------------------------------------------------


@pytest.mark.parametrize(("given_date", "kept"), [
    ("Nov 2019", "2019-11"), ("November 2019", "2019-11"), ("2019", "2019"),
    ("2019-11", "2019-11"), ("Sept. 2019", "2019-09"), ("Nov-19", "2019-11"),
    ("1-Nov-19", "2019-11"), ("11/1/2019", "2019-11"), ("01/11/2019", "2019-11"),
    ("11/15/2019", "2019-11"), ("15/11/2019", "2019-11"), ("1/1/2019", "2019-01"),
    ("11/2019", "2019-11"),
])
def test_linkedin_date_forms_including_what_spreadsheets_write(given_date, kept):
    """LinkedIn's "Nov 2019" and the forms a spreadsheet saves it as all give 2019-11."""
    ws = parse_linkedin_csv(csv_text(f"Acme,Clerk,,,{given_date},"))
    assert ws.roles[0].start == kept and ws.roles[0].end is None


def test_bom_and_crlf_written_by_a_spreadsheet(tmp_path):
    """A BOM and CRLF line ends, also inside a quoted description, are read as plain text."""
    text = csv_text('Acme,Clerk,"Front desk.\r\n- Cut queues by 20%",Porto,Jan 2020,Mar 2021',
                    newline="\r\n")
    path = write(tmp_path, "Positions.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))
    ws = import_file(path)
    role = ws.roles[0]
    assert (role.organization, role.title, role.start, role.end) == \
        ("Acme", "Clerk", "2020-01", "2021-03")
    assert role.summary == "Front desk."
    assert [(r.statement, r.value) for r in role.results] == [("Cut queues by 20%", 20)]


def test_multiline_description_splits_into_summary_and_accomplishments():
    """Bullets and later sentences with numbers or verbs are results; the other prose is the
    summary, so no sentence is lost."""
    description = ("Ran the night shift for a 40-person warehouse. Rebuilt the rota and cut "
                   "overtime by 18%.\n\n• Led the scanner rollout\n* Answered the phone\n"
                   "Attended meetings.")
    ws = parse_linkedin_csv(csv_text(f'Northwind,Supervisor,"{description}",,Nov 2019,'))
    role = ws.roles[0]
    assert role.summary == "Ran the night shift for a 40-person warehouse. Attended meetings."
    assert [r.statement for r in role.results] == [
        "Rebuilt the rota and cut overtime by 18%.", "Led the scanner rollout",
        "Answered the phone"]


def test_semicolon_separated_file_from_a_spreadsheet():
    """A spreadsheet in a comma-decimal locale saves with ";": the columns are still found."""
    text = "Company Name;Title;Description;Location;Started On;Finished On\n" \
           "Acme;Clerk;Filing, phones;Porto;Nov 2019;Dec 2020\n"
    ws = parse_linkedin_csv(text)
    assert (ws.roles[0].title, ws.roles[0].end) == ("Clerk", "2020-12")


def test_columns_in_any_order_and_blank_rows_are_skipped():
    """Columns are found by name; blank and all-empty rows between positions are skipped."""
    text = ("Title,Started On,Finished On,Company Name\nClerk,2019,,Acme\n\n,,,\n"
            "Cook,2017,2018,Inn\n")
    ws = parse_linkedin_csv(text)
    assert [(r.id, r.title, r.organization) for r in ws.roles] == \
        [("r1", "Clerk", "Acme"), ("r2", "Cook", "Inn")]


def test_import_file_picks_the_format_by_extension_in_any_case(tmp_path):
    """.JSON and .CSV, in any letter case, go to the right importer."""
    a = write(tmp_path, "resume.JSON", json.dumps(one_job(name="Acme")))
    b = write(tmp_path, "export.Csv", csv_text("Acme,Clerk,,,2019,"))
    assert import_file(a).roles[0].title == "Shift Supervisor"
    assert import_file(str(b)).roles[0].title == "Clerk"


# --- refusing bad files ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["jobs.txt", "jobs", "resume.json.bak"])
def test_unsupported_extension_names_the_supported_ones(tmp_path, name):
    """A .txt file, or one without extension, is refused with a message naming .json and .csv."""
    path = write(tmp_path, name, "Clerk at Acme")
    err = refused(import_file, path)
    assert str(path) in str(err) and ".json" in str(err) and ".csv" in str(err)


def test_missing_file_and_folder_are_refused(tmp_path):
    """A path that is not there, or is a folder, is refused in plain words."""
    assert "no such file" in str(refused(import_file, tmp_path / "nope.json"))
    folder = tmp_path / "export.csv"
    folder.mkdir()
    assert "folder" in str(refused(import_file, folder))


@pytest.mark.parametrize(("name", "content", "words"), [
    ("a.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("a.csv", b"PK\x03\x04\x14\x00\x06\x00", "zip archive is damaged"),
    ("a.json", b"", "empty"),
    ("a.csv", b"  \r\n\r\n", "empty"),
    ("a.json", b"\xef\xbb\xbf", "empty"),
])
def test_unreadable_bytes_are_refused(tmp_path, name, content, words):
    """Binary, a broken zip, or empty: refused, naming the file."""
    path = write(tmp_path, name, content)
    err = refused(import_file, path)
    assert str(path) in str(err) and words in str(err)


def test_a_windows_code_page_csv_is_read_and_the_report_says_so(tmp_path):
    """A CSV saved in Windows-1252 (Excel's plain "CSV") is read, its accents intact, and the
    report names the encoding it was read in."""
    path = write(tmp_path, "Positions.csv",
                 HEADER.encode() + b"\nCaf\xe9 Sol,Barista,,,2019,\n")
    assert import_file(path).roles[0].organization == "Café Sol"
    report = importers.import_with_report(path).report
    assert any("Windows-1252" in line for line in report.lines())


def test_not_json_says_where(tmp_path):
    """A .json file that is not JSON is refused with the line and column of the problem."""
    path = write(tmp_path, "resume.json", '{"work": [\n  {"position": "Clerk",}\n]}')
    err = refused(import_file, path)
    assert "not valid JSON" in str(err) and "line 2" in str(err) and str(path) in str(err)


@pytest.mark.parametrize(("data", "field", "words"), [
    ([1, 2], None, "object with a \"work\" list"),
    ({"basics": {"name": "Ana"}}, "work", "no \"work\" list"),
    ({"work": {"position": "Clerk"}}, "work", "should be a list"),
    ({"work": []}, "work", "empty"),
    ({"schema_version": 1, "roles": []}, "work", "workshop file"),
    ({"basics": "Ana", "work": [{"position": "x"}]}, "basics", "object"),
])
def test_json_without_a_usable_work_list_is_refused(data, field, words):
    """JSON that is not a resume with jobs is refused, naming the field."""
    err = refused(parse_json_resume, data, source="resume.json")
    assert err.file == "resume.json" and err.field == field and words in str(err)


@pytest.mark.parametrize(("text", "words"), [
    ("[" * 100_000, "nested too deeply"),
    ('{"work": [{"position": "Clerk", "startDate": ' + "1" * 5000 + "}]}", "digits long"),
])
def test_json_python_cannot_read_is_refused(tmp_path, text, words):
    """Deep nesting and a 5000-digit number are refused, not a RecursionError or ValueError."""
    err = refused(import_file, write(tmp_path, "resume.json", text))
    assert words in str(err)


def test_huge_numbers_in_parsed_json_are_shown_without_failing():
    """A 5000-digit integer where text belongs is refused with a short description of it."""
    err = refused(parse_json_resume, one_job(startDate=10**5000), source="r.json")
    assert err.field == "work[0].startDate" and "a very long number" in str(err)


def test_work_entry_that_is_not_an_object_names_its_position():
    """A work entry that is a string is refused at its position in work, counting from 1."""
    err = refused(parse_json_resume, {"work": [{"position": "A"}, "Clerk at Acme"]},
                  source="r.json")
    assert (err.row, err.field) == (2, "work[1]")
    assert str(err).startswith("r.json, row 2, field 'work[1]':")


@pytest.mark.parametrize("entry", [{"name": "Acme"}, {"name": "Acme", "position": ""},
                                   {"position": "  ", "startDate": "2019"}])
def test_missing_position_says_what_to_type(entry):
    """A job without a position is refused, naming the field and showing what to add."""
    err = refused(parse_json_resume, {"work": [{"position": "A"}, entry]}, source="r.json")
    assert (err.row, err.field) == (2, "work[1].position")
    assert '"position": "Shift Supervisor"' in str(err)


@pytest.mark.parametrize(("entry", "field"), [
    ({"position": 7}, "work[0].position"),
    ({"position": "A", "name": ["Acme"]}, "work[0].name"),
    ({"position": "A", "highlights": "Cut costs"}, "work[0].highlights"),
    ({"position": "A", "highlights": ["ok", {"text": "x"}]}, "work[0].highlights[1]"),
    ({"position": "A", "startDate": 2019.5}, "work[0].startDate"),
    ({"position": "A", "startDate": True}, "work[0].startDate"),
])
def test_wrong_types_in_a_job_name_the_field(entry, field):
    """A property of the wrong type is refused with its path, not a TypeError."""
    err = refused(parse_json_resume, {"work": [entry]}, source="r.json")
    assert (err.row, err.field) == (1, field)


def test_unparseable_json_date_is_quoted_with_the_expected_form():
    """A startDate like "spring 2019" is quoted back with the form to use."""
    data = {"work": [{"position": "A"}, {"position": "B"}, {"position": "C",
                                                            "startDate": "spring 2019"}]}
    err = refused(parse_json_resume, data, source="r.json")
    assert (err.row, err.field) == (3, "work[2].startDate")
    assert "'spring 2019'" in str(err) and "YYYY-MM" in str(err)
    assert str(err).startswith("r.json, row 3, field 'work[2].startDate':")


@pytest.mark.parametrize(("bad", "why"), [("2019-13", "no month 13"),
                                          ("2019-02-32", "no day 32"),
                                          ("1850", "between 1900 and 2100")])
def test_impossible_json_dates_say_why(bad, why):
    """A date that has the form but can't exist says what is wrong with it."""
    err = refused(parse_json_resume, one_job(endDate=bad), source="r.json")
    assert err.field == "work[0].endDate" and why in str(err) and f"'{bad}'" in str(err)


def test_json_end_before_start_is_refused():
    """An endDate before the startDate is refused on the endDate."""
    err = refused(parse_json_resume, one_job(startDate="2020-05", endDate="2019-11"),
                  source="r.json")
    assert (err.row, err.field) == (1, "work[0].endDate")
    assert "2019-11" in str(err) and "2020-05" in str(err)


def test_model_validation_error_is_re_raised_with_file_row_and_field():
    """A title the model refuses (over 200 characters) comes back as an ImportFormatError."""
    err = refused(parse_json_resume, {"work": [{"position": "A"}, {"position": "x" * 250}]},
                  source="r.json")
    assert isinstance(err.__cause__, ValidationError)
    assert (err.file, err.row, err.field) == ("r.json", 2, "work[1].position")
    assert "250 characters" in str(err)
    err = refused(parse_linkedin_csv, csv_text("y" * 300 + ",Clerk,,,2019,"), source="P.csv")
    assert isinstance(err.__cause__, ValidationError)
    assert str(err).startswith("P.csv, row 2, field 'Company Name':")


def test_csv_missing_columns_are_named(tmp_path):
    """A CSV without Started On and Finished On columns says which columns are missing."""
    path = write(tmp_path, "Positions.csv", "Company Name,Title,Description\nAcme,Clerk,x\n")
    err = refused(import_file, path)
    assert err.row == 1 and "Started On" in str(err) and "Finished On" in str(err)
    assert "Company Name,Title,Description,Location,Started On,Finished On" in str(err)


def test_csv_empty_title_says_what_to_type():
    """A position without a title is refused on its spreadsheet row, in the Title column."""
    err = refused(parse_linkedin_csv, csv_text("Acme,Clerk,,,2019,", "Acme,,,,2018,2019"),
                  source="P.csv")
    assert (err.row, err.field) == (3, "Title")
    assert str(err).startswith("P.csv, row 3, field 'Title':") and "type the job title" in str(err)


def test_csv_row_numbers_count_multiline_cells_as_one_row():
    """A description spanning lines is one spreadsheet row, so later rows keep their numbers."""
    err = refused(parse_linkedin_csv,
                  csv_text('Acme,Clerk,"line one\nline two\nline three",,2019,',
                           "Inn,Cook,,,last spring,"), source="P.csv")
    assert (err.row, err.field) == (3, "Started On")
    assert "'last spring'" in str(err) and "Nov 2019" in str(err)


def test_csv_ambiguous_day_month_date_is_refused():
    """05/11/2019 could be May or November: the participant is asked to write the month."""
    err = refused(parse_linkedin_csv, csv_text("Acme,Clerk,,,05/11/2019,"), source="P.csv")
    assert err.field == "Started On" and "could be day/month" in str(err)


def test_csv_end_before_start_is_refused():
    """A Finished On before Started On is refused on that row's Finished On."""
    err = refused(parse_linkedin_csv, csv_text("Acme,Clerk,,,Nov 2019,Jan 2018"), source="P.csv")
    assert (err.row, err.field) == (2, "Finished On") and "before it starts" in str(err)


def test_csv_with_a_header_and_no_positions_is_refused():
    """A header row alone is refused: there is nothing to import."""
    err = refused(parse_linkedin_csv, HEADER + "\r\n", source="P.csv")
    assert err.row == 2 and "no positions" in str(err)


def test_csv_quote_that_never_closes_names_its_row():
    """An opening quote without its closing quote would swallow the file: refused at its row."""
    err = refused(parse_linkedin_csv,
                  csv_text("Acme,Clerk,,,2019,", 'Inn,Cook,"Breakfast shift,,2017,2018',
                           "Cafe,Barista,,,2015,2016"), source="P.csv")
    assert err.row == 3 and "never closes" in str(err)


def test_csv_cell_over_the_csv_limit_is_refused_with_its_row():
    """A cell longer than the csv module accepts is refused, not a csv.Error."""
    err = refused(parse_linkedin_csv, csv_text("Acme,Clerk,\"" + "x" * 140_000 + "\",,2019,"),
                  source="P.csv")
    assert err.row == 2 and "can't be read as CSV" in str(err)


def test_too_many_csv_rows_are_refused():
    """More than 200 positions are refused at the first row over the limit (row 202)."""
    rows = [f"Acme,Clerk {i},,,2019," for i in range(201)]
    err = refused(parse_linkedin_csv, csv_text(*rows), source="P.csv")
    assert err.row == 202 and "200" in str(err)
    assert len(parse_linkedin_csv(csv_text(*rows[:200])).roles) == 200


def test_too_many_json_jobs_are_refused():
    """More than 200 work entries are refused, naming the work list."""
    err = refused(parse_json_resume, {"work": [{"position": "A"}] * 201}, source="r.json")
    assert (err.row, err.field) == (201, "work") and "200" in str(err)


@pytest.mark.parametrize("name", ["big.json", "big.csv"])
def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch, name):
    """A file over MAX_IMPORT_BYTES is refused from its size, without opening it."""
    path = tmp_path / name
    with open(path, "wb") as fh:
        fh.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(importers.files, "open", no_open, raising=False)
    err = refused(import_file, path)
    assert str(path) in str(err) and "5 MB" in str(err)


def test_error_messages_are_one_line():
    """Every refusal renders as one line, even when the bad value holds line breaks."""
    err = refused(parse_json_resume, one_job(startDate="20\n19"), source="r.json")
    assert "\n" not in str(err)


# --- properties: nothing but a Workspace or an ImportFormatError ----------------------------


def import_or_refuse(call, *args, **kwargs) -> None:
    """Calling the importer gives a valid workspace or an ImportFormatError, nothing else."""
    try:
        workspace = call(*args, **kwargs)
    except ImportFormatError as err:
        assert isinstance(err, WorkshopError)
        assert str(err) and "\n" not in str(err)
        return
    assert isinstance(workspace, Workspace)
    assert workspace.roles
    assert_valid(workspace)


GOOD_DATES = st.sampled_from(["", "2019", "2019-11", "2019-11-05", "Nov 2019", "November 2019",
                              "Nov-19", "11/1/2019", "2021-03", "2016", "Present"])
BAD_DATES = st.sampled_from(["05/11/2019", "2019-13", "spring", "0000", "2100-12-31", "١٢٣٤",
                             "2019-02-30", "Nov 19 2019"])
DATES = st.one_of(GOOD_DATES, GOOD_DATES, BAD_DATES)
WORDS = st.sampled_from(["Cut overtime by 18%", "$40k", "3 hours", "customers", "company-wide",
                         "- Led 12", "• x", "in 2019", "version 2", "1,000", "9" * 40, "\u2028",
                         "\r\n", "\n", '"', '""', ",", ";", "\t", "\ud800", "\ufeff", "é",
                         "𝟘", "=1+1", "1e999", "½", "  ", ". ", "Reduced costs by ", "€1.2M"])
NO_NUL = st.text(alphabet=st.characters(exclude_characters="\x00"), max_size=60)
TEXTS = st.one_of(NO_NUL, DATES, st.lists(WORDS, max_size=8).map("".join),
                  st.text(max_size=30))  # the last may hold NUL
TITLES = st.one_of(st.sampled_from(["Clerk", "Shift Supervisor", "Data Analyst, Intern", "é"]),
                   TEXTS)
HUGE = st.just(5000).map(lambda digits: 10**digits)  # str() of it raises ValueError
JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), HUGE,
                        st.floats(allow_nan=True, allow_infinity=True), TEXTS)
JSON_ANY = st.recursive(JSON_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=5),
    st.dictionaries(st.one_of(st.text(max_size=10), st.sampled_from(
        ["work", "basics", "name", "position", "company", "startDate", "endDate", "summary",
         "description", "highlights"])), inner, max_size=6)), max_leaves=30)
JOB = st.fixed_dictionaries({"position": st.one_of(TITLES, TITLES, TITLES, JSON_LEAVES)},
                            optional={
    "name": TEXTS, "company": TEXTS, "startDate": st.one_of(DATES, DATES, JSON_LEAVES),
    "endDate": st.one_of(DATES, DATES, JSON_LEAVES), "summary": TEXTS, "description": TEXTS,
    "highlights": st.one_of(st.lists(TEXTS, max_size=4), st.lists(TEXTS, max_size=4), JSON_ANY),
    "url": JSON_ANY, "website": TEXTS})
RESUMES = st.fixed_dictionaries(
    {"work": st.one_of(st.lists(JOB, min_size=1, max_size=4),
                       st.lists(st.one_of(JOB, JOB, JSON_ANY), max_size=4), JSON_ANY)},
    optional={"basics": st.one_of(st.fixed_dictionaries({}, optional={"name": TITLES}),
                                  st.fixed_dictionaries({}, optional={"name": JSON_LEAVES}),
                                  JSON_ANY)})
COLUMNS = st.lists(st.sampled_from(["Company Name", "Title", "Description", "Location",
                                    "Started On", "Finished On", "title", " Title ", "Other",
                                    ""]), min_size=0, max_size=8)


@st.composite
def csv_files(draw) -> str:
    """Text shaped like a Positions.csv, with the quirks of spreadsheets and broken files."""
    delimiter = draw(st.sampled_from([",", ";", "\t", ",", ","]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    header = draw(st.one_of(st.just(HEADER.split(",")), st.just(HEADER.split(",")), COLUMNS))
    good_row = st.builds(lambda *cells: list(cells), TEXTS, TITLES, TEXTS, TEXTS, DATES, DATES)
    any_row = st.lists(st.one_of(TEXTS, DATES), max_size=8)
    rows = draw(st.lists(st.one_of(good_row, good_row, any_row), min_size=draw(st.sampled_from(
        [0, 1, 1])), max_size=6))

    def cell(value: str) -> str:
        if draw(st.booleans()):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(cell(c) for c in header)]
    lines += [delimiter.join(cell(c) for c in row) for row in rows]
    bom = draw(st.sampled_from(["", "\ufeff"]))
    return bom + newline.join(lines) + draw(st.sampled_from(["", newline]))


def json_bytes(data: object) -> bytes:
    try:
        return json.dumps(data).encode("utf-8", "surrogatepass")
    except ValueError:  # a 5000-digit integer: write one as a file could hold it
        return b'{"work": [{"position": "a", "startDate": ' + b"1" * 5000 + b"}]}"


@FUZZ
@given(raw=st.one_of(st.binary(max_size=400),
                     csv_files().map(lambda t: t.encode("utf-8", "surrogatepass")),
                     RESUMES.map(json_bytes)),
       name=st.sampled_from(["x.json", "x.csv", "x.JSON", "Positions.csv", "x.txt"]))
def test_any_bytes_give_a_workspace_or_an_import_error(tmp_path, raw, name):
    """Whatever bytes a file holds, importing it gives a valid workspace or an ImportFormatError."""
    path = tmp_path / name
    path.write_bytes(raw)
    import_or_refuse(import_file, path)


@FUZZ
@given(data=st.one_of(RESUMES, JSON_ANY))
def test_any_json_structure_gives_a_workspace_or_an_import_error(data):
    """Any parsed JSON, resume-shaped or not, gives a valid workspace or an ImportFormatError."""
    import_or_refuse(parse_json_resume, data, source="fuzz.json")


@FUZZ
@given(text=st.one_of(csv_files(), st.text(max_size=300),
                      st.text(alphabet=st.sampled_from(list(',"\r\n;\tTitle 2019-ab\ufeff')),
                              max_size=200).map(lambda t: HEADER + "\n" + t)))
def test_any_csv_text_gives_a_workspace_or_an_import_error(text):
    """Any text, CSV-shaped or not, gives a valid workspace or an ImportFormatError."""
    import_or_refuse(parse_linkedin_csv, text, source="fuzz.csv")


@FUZZ
@given(highlights=st.lists(TEXTS, min_size=1, max_size=5),
       description=st.lists(st.one_of(TEXTS, WORDS), max_size=10).map("\n".join))
def test_any_accomplishment_text_gives_valid_results(highlights, description):
    """Whatever a highlight or a description says, its results are valid ones."""
    import_or_refuse(parse_json_resume, one_job(highlights=highlights, summary=description),
                     source="fuzz.json")
    import_or_refuse(parse_linkedin_csv,
                     csv_text('Acme,Clerk,"' + description.replace('"', '""') + '",,2019,'),
                     source="fuzz.csv")


@pytest.mark.parametrize(("line", "period"), [
    ("Cut first-response time from 9 hours to 2 hours in six months.", "in six months"),
    ("Grew sales 20% over the first year", "over the first year"),
    ("Cut costs by 10% within 3 weeks", "within 3 weeks"),
    ("Led 5 people in the support team", ""),
    ("Answered tickets in a team of 4 for years", ""),
])
def test_an_imported_result_keeps_the_time_its_number_took(line, period):
    """"in six months" beside a result's number is its period (03's "in what time"); a line
    with no such time, or no number, has none (issue 24: the imported result showed an empty
    "in what time" although its sentence said it)."""
    from workshop.importers.results import result

    assert result(line).period == period
