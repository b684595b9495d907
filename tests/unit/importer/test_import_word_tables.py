"""Word résumé templates laid out as one big table: a section name in a cell merged down the rows of its section,
each job a row whose cell holds its title, dates and bullets as paragraphs of their own."""

from __future__ import annotations

import io

import docx
from docx.shared import Pt

from resume_autofix.importer import import_resume


def _template() -> bytes:
    document = docx.Document()
    document.add_paragraph("Sebastian Example")
    contacts = document.add_paragraph().add_run("Los Angeles, CA  sebastian@example.com  +1 (214) 585-9986")
    contacts.font.size = Pt(16)  # set larger than the name
    table = document.add_table(rows=3, cols=3)
    heading = table.cell(0, 0).merge(table.cell(2, 0))  # "WORK EXPERIENCE" down all three rows
    heading.text = "WORK EXPERIENCE"
    table.cell(0, 1).text = "Beckhoff Automation LLC, Savage, Minnesota"
    table.cell(0, 2).text = "Jun 2022 – Present"
    jobs = table.cell(1, 1).merge(table.cell(1, 2))
    jobs.text = "Associate Application Engineer, Los Angeles, CA, Jan 2024 – Present"
    jobs.add_paragraph("Supporting customers with controls solutions", style="List Bullet")
    jobs.add_paragraph("Talent Development Associate, Savage, MN, Jun 2023 – Dec 2023")
    jobs.add_paragraph("1 of 6 engineers in the sales rotation program", style="List Bullet")
    skills = table.cell(2, 1).merge(table.cell(2, 2))
    skills.text = "Skills: Python, C++, TwinCAT"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_cell_merged_down_its_rows_is_read_once_and_a_cells_paragraphs_stay_lines() -> None:
    result = import_resume(_template(), "cv.docx")
    # THEN the section name is read once, not once per row it spans
    assert result.source_text.count("WORK EXPERIENCE") == 1
    # AND each paragraph of a cell is a line of its own: titles, dates and bullets are not run together
    assert "Associate Application Engineer, Los Angeles, CA, Jan 2024 – Present\n" in result.source_text
    work = result.resume["work"]
    assert [w.get("position") for w in work][-2:] == ["Associate Application Engineer", "Talent Development Associate"]
    assert work[-1]["highlights"] == ["1 of 6 engineers in the sales rotation program"]


def test_a_place_set_larger_than_the_name_is_no_name() -> None:
    basics = import_resume(_template(), "cv.docx").resume["basics"]
    assert basics["name"] == "Sebastian Example"
