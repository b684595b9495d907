"""Entries written as rows of field labels (leancv and form-like generators)."""

from __future__ import annotations

from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.fieldrows import field_rows
from resume_autofix.importer.jobs import work_items
from resume_autofix.importer.lines import CELL_SEP, Line
from resume_autofix.importer.schools import education_items


def _row(*cells: str, bold: bool = False) -> Line:
    return Line(CELL_SEP.join(cells), 10.4, bold, cells=list(cells))


def test_rows_of_field_labels_are_entries_and_a_repeated_label_starts_the_next() -> None:
    lines = [
        _row("I", "Position", "Senior Developer - 2012/Aug to Current"),
        _row("Employer", "Bogus Company"),
        _row("Description", "Nullam nec fringilla ante, a aliquam diam."),
        _row("cilisis lorem non, dignissim sem."),
        _row("I", "Position", "Software Architect - 2008/Apr to 2012/May"),
        _row("Employer", "Awesome Startup"),
    ]
    entries = field_rows(lines)
    assert entries is not None
    jobs = work_items(entries, "name")
    assert [(j["position"], j["name"], j["startDate"], j.get("endDate")) for j in jobs] == [
        ("Senior Developer", "Bogus Company", "2012-08", None),
        ("Software Architect", "Awesome Startup", "2008-04", "2012-05"),
    ]
    assert jobs[0]["summary"] == "Nullam nec fringilla ante, a aliquam diam. cilisis lorem non, dignissim sem."


def test_a_schools_rows_give_school_degree_field_and_place() -> None:
    lines = [
        _row("I", "Study Field", "Computer Science"),
        _row("Institution", "Massachusetts Institute of Technology - Cambridge, Massachusetts"),
        _row("Degree Title", "Master of Science – 2003/Sep to 2005/May"),
    ]
    entries = field_rows(lines)
    assert entries is not None
    [school] = education_items(entries)
    assert (school["institution"], school["studyType"], school["area"], school["location"], school["startDate"]) == (
        "Massachusetts Institute of Technology",
        "Master of Science",
        "Computer Science",
        "Cambridge, Massachusetts",
        "2003-09",
    )


def test_a_templates_bold_title_over_a_plain_line_is_no_form() -> None:
    lines = [_row("Employer", "City", bold=True), _row("Job title", "year--year"), _row("Employer", "City", bold=True)]
    assert field_rows(lines) is None
    assert field_rows([_row("Position", "Engineer"), _row("Employer", "Acme")]) is None  # too few rows to tell


def test_a_year_then_a_month_name_after_a_slash() -> None:
    [span] = find_dates("2003/Sep to 2005/May")
    assert (span.start, span.end) == ("2003-09", "2005-05")
