"""A bold run that opens a title line ("**B.A. in Marketing** New York University") is a cell of its own, in
Markdown, in Word and in a PDF (where only the fonts tell the run from the rest)."""

from __future__ import annotations

import io

import docx
import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.lines import styled_head
from tests.cases import pdf_with_header

_MD = """# Jane Doe
jane@example.com

## Education

**Bachelor of Arts in Marketing** New York University, New York, NY | Graduated 2018

## Experience

**Marketing Analyst** Acme Corp, Boston, MA | 2018 - 2020

## Skills

**Languages:** Python, SQL
"""


def _check(resume: dict) -> None:
    _check_entries(resume)
    assert resume["skills"] == [{"name": "Languages", "keywords": ["Python", "SQL"]}]


def _check_entries(resume: dict) -> None:
    edu, work = resume["education"][0], resume["work"][0]
    assert (edu["institution"], edu["studyType"], edu["area"]) == (
        "New York University",
        "Bachelor of Arts",
        "Marketing",
    )
    assert (work["name"], work["position"]) == ("Acme Corp", "Marketing Analyst")


def test_a_bold_run_opening_a_markdown_title_line_is_its_own_cell() -> None:
    _check(import_resume(_MD.encode(), "cv.md").resume)


def test_a_bold_run_opening_a_word_paragraph_is_its_own_cell() -> None:
    document = docx.Document()
    for line in _MD.splitlines():
        if line.startswith("#"):
            document.add_heading(line.lstrip("# "), level=line.count("#"))
        elif line.startswith("**"):
            bold, _, rest = line[2:].partition("**")
            paragraph = document.add_paragraph()
            paragraph.add_run(bold).bold = True
            paragraph.add_run(rest)
        elif line:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    _check(import_resume(buffer.getvalue(), "cv.docx").resume)


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        ("Skills:", "Python, SQL"),  # a label
        ("Acme", "is a company that builds rockets"),  # a sentence
        ("Firma 2", "(Ort)"),  # a bracket belongs to the run
        ("Engineer", "| Acme | 2019"),  # a separator parts the line already
        ("Engineer", "/ Acme / Berlin"),
        ("Programming", "Lorem ipsum dolor sit amet, consectetur adipiscing elit"),  # a description
        ("Engineer", "Acme Corp, " + "a very long line of words " * 4),  # as long as a paragraph
    ],
)
def test_no_cell_where_the_run_is_a_label_a_sentence_or_already_parted(head: str, rest: str) -> None:
    assert not styled_head(head, rest)


def test_a_bold_run_opening_a_pdf_title_line_is_its_own_cell() -> None:
    pdf = pdf_with_header("Jane Doe", "jane@example.com")
    for heading, bold, rest in (
        ("Education", "Bachelor of Arts in Marketing", "New York University, New York, NY | 2014 - 2018"),
        ("Experience", "Marketing Analyst", "Acme Corp, Boston, MA | 2018 - 2020"),
    ):
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 9, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(pdf.get_string_width(bold + " "), 6, bold + " ")
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
    _check_entries(import_resume(bytes(pdf.output()), "cv.pdf").resume)


def test_a_heading_in_larger_capitals_on_its_first_lines_baseline_opens_the_section() -> None:
    # GIVEN LaTeX's run-in sections: "EDUCATION" (12 pt) then "University of Texas at Austin" (10 pt) on one
    # baseline, and "EXPERIENCE Acme Cloud" the same way
    pdf = pdf_with_header("Jane Doe", "jane@example.com")
    y = pdf.get_y() + 8
    for heading, first, below in (
        ("EDUCATION", "University of Texas at Austin", "B.S. in Computer Science | 2023 - 2027"),
        ("EXPERIENCE", "Acme Cloud", "Backend Engineering Intern | Jun 2025 - Aug 2025"),
    ):
        pdf.set_font("Helvetica", "", 12)
        pdf.text(pdf.l_margin, y, heading)
        x = pdf.l_margin + pdf.get_string_width(heading + " ")
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(x, y, first)  # on the heading's baseline
        pdf.set_font("Helvetica", "", 10)
        pdf.text(pdf.l_margin, y + 6, below)
        y += 16
    resume = import_resume(bytes(pdf.output()), "cv.pdf").resume
    # THEN the heading opens its section and the rest of its line is the section's first title line
    [edu], [work] = resume["education"], resume["work"]
    assert (edu["institution"], edu["studyType"]) == ("University of Texas at Austin", "B.S.")
    assert (work["name"], work["position"]) == ("Acme Cloud", "Backend Engineering Intern")
