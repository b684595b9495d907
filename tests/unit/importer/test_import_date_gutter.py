"""Right-aligned dates and places beside each title (two short lines at the right margin per entry) are the
entries' details, read across, not a second column."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from tests.cases import pdf_with_header

_ENTRIES = [
    ("Experience", "Acme Corp", "Software Engineer", "Sep 2021 - Present", "Gotham, Philippines"),
    ("", "Globex Inc", "Junior Developer", "Jun 2019 - Aug 2021", "Metro City, Philippines"),
    ("", "Initech", "Intern", "Jan 2018 - May 2019", "Austin, TX"),
    (
        "Education",
        "Batman University",
        "Bachelor of Science in Computer Science",
        "Sep 2014 - Jun 2018",
        "Gotham, Philippines",
    ),
]


def _pdf() -> bytes:
    pdf = pdf_with_header("Bruce Wayne", "bruce@example.com")
    for heading, title, second, dates, place in _ENTRIES:
        if heading:
            pdf.set_font("Helvetica", "B", 13)
            pdf.cell(0, 10, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(120, 6, title)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, dates, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(120, 6, second)
        pdf.cell(0, 6, place, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "Built things that mattered to the people who used them.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_dates_and_places_at_the_right_margin_are_no_column() -> None:
    result = import_resume(_pdf(), "cv.pdf")
    assert not any(w.startswith("Two-column") for w in result.warnings)
    work = result.resume["work"]
    assert [(w["name"], w["startDate"]) for w in work] == [
        ("Acme Corp", "2021-09"),
        ("Globex Inc", "2019-06"),
        ("Initech", "2018-01"),
    ]
    assert result.resume["education"][0]["institution"] == "Batman University"


def test_a_left_margin_of_dates_with_a_note_under_each_is_read_across() -> None:
    pdf = pdf_with_header("Pouya Example", "pouya@example.com")
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_x(60)
    pdf.cell(0, 9, "Experience", new_x="LMARGIN", new_y="NEXT")
    jobs = [
        ("Dec 2015 - Jun 2022", "Part-time", "Product designer at ManaSky"),
        ("Apr 2014 - Jun 2020", "Self-employed", "Front-end developer at Atbox"),
        ("Jan 2012 - Sep 2013", "Full-time", "UI designer at Dowuz Startup"),
        ("Mar 2010 - Jan 2012", "Remote contractor", "Web developer at Mark It Done"),
    ]
    for dates, note, title in jobs:
        top = pdf.get_y()
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(45, 5, dates, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(45, 5, note)
        pdf.set_xy(60, top)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        for _ in range(2):
            pdf.set_x(60)
            pdf.set_font("Helvetica", "", 9)
            pdf.cell(0, 5, "Designed and built things that many people used every day.", new_x="LMARGIN", new_y="NEXT")
    result = import_resume(bytes(pdf.output()), "cv.pdf")
    assert not any(w.startswith("Two-column") for w in result.warnings)
    assert [(w.get("name"), w.get("startDate")) for w in result.resume["work"]] == [
        ("ManaSky", "2015-12"),
        ("Atbox", "2014-04"),
        ("Dowuz Startup", "2012-01"),
        ("Mark It Done", "2010-03"),
    ]


def test_section_names_level_with_the_middle_of_their_first_lines_open_their_sections() -> None:
    """JSON Resume themes that print "Work" in a left margin beside its first job's title and dates."""
    pdf = pdf_with_header("Richard Hendriks", "richard@example.com")
    sections = [
        ("Work", [("Pied Piper", "2013-12-01 - 2014-12-01"), ("CEO/President", "")]),
        ("Volunteer", [("CoderDojo", "2012-01-01 - 2013-01-01"), ("Teacher", "")]),
        ("Education", [("University of Oklahoma", "2011-06-01 - 2014-01-01"), ("Information Technology", "")]),
    ]
    y = pdf.get_y() + 10
    for heading, rows in sections:
        pdf.set_font("Helvetica", "", 9)
        for k, (left, right) in enumerate(rows):
            pdf.set_xy(60, y + 6 * k)
            pdf.cell(80, 5, left)
            pdf.cell(0, 5, right, align="R")
        pdf.set_xy(60, y + 14)
        pdf.cell(0, 5, "Built a compression platform that many people came to rely on.")
        pdf.set_font("Helvetica", "", 16)
        pdf.set_xy(15, y + 3)  # level with the middle of the two lines above the body
        pdf.cell(40, 7, heading, align="R")
        y += 30
    resume = import_resume(bytes(pdf.output()), "cv.pdf").resume
    assert [(w.get("name"), w.get("position")) for w in resume["work"]] == [("Pied Piper", "CEO/President")]
    assert resume["volunteer"][0]["organization"] == "CoderDojo"
    assert resume["education"][0]["institution"] == "University of Oklahoma"
