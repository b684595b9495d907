"""Right-aligned dates and places beside each title (two short lines at the right margin per entry) are the
entries' details, read across, not a second column."""

from __future__ import annotations

from fpdf import FPDF

from resume_autofix.importer import import_resume

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
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Bruce Wayne", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "bruce@example.com", new_x="LMARGIN", new_y="NEXT")
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
