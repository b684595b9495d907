"""A bold run that opens a title line ("**B.A. in Marketing** New York University") is a cell of its own, in
Markdown and in Word, as a PDF's bold title before its regular text is."""

from __future__ import annotations

import io

import docx
import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.lines import styled_head

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
    edu, work = resume["education"][0], resume["work"][0]
    assert (edu["institution"], edu["studyType"], edu["area"]) == (
        "New York University",
        "Bachelor of Arts",
        "Marketing",
    )
    assert (work["name"], work["position"]) == ("Acme Corp", "Marketing Analyst")
    assert resume["skills"] == [{"name": "Languages", "keywords": ["Python", "SQL"]}]


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
        ("Engineer", "Acme Corp, " + "a very long line of words " * 4),  # as long as a paragraph
    ],
)
def test_no_cell_where_the_run_is_a_label_a_sentence_or_already_parted(head: str, rest: str) -> None:
    assert not styled_head(head, rest)
