"""Markdown through a CommonMark parser: what real Markdown résumés use beyond headings and bullets."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.limits import ImportLimits
from resume_autofix.importer.markdown import read_markdown

PANDOC = """\
---
layout: cv
title: John Doe's CV
---

John Doe
========

> <john@example.com> • +1 415 555 0132

Education
---------

2010-2014
:   **PhD, Computer Science**; Awesome University

Experience
----------

2015-2019
:   *Consultant* at **ACME Inc.** (Mytown)

    * Helped clients ship
"""


def _cells(source: str) -> list[list[str]]:
    return [line.cells for line in read_markdown(source).lines]


def test_front_matter_goes_and_definition_terms_are_margin_labels() -> None:
    doc = read_markdown(PANDOC)
    texts = [line.text for line in doc.lines]
    # GIVEN Jekyll front matter: metadata, not résumé text
    assert not any("layout" in t or "John Doe's CV" in t for t in texts)
    # THEN a term and its definition's first line are one row, the term a label (like a PDF's date column)
    row = next(line for line in doc.lines if line.text.startswith("2015-2019"))
    assert row.cells == ["2015-2019", "Consultant at ACME Inc. (Mytown)"]
    assert row.labelled() == [("2015-2019", "Consultant at ACME Inc. (Mytown)")]
    # AND the definition's list stays a bullet under it; the autolink is the address
    assert "• Helped clients ship" in doc.source_text
    assert "john@example.com • +1 415 555 0132" in texts


def test_a_pandoc_resume_imports_its_entries_and_contacts() -> None:
    resume = import_resume(PANDOC.encode(), "cv.md").resume
    assert (resume["basics"]["name"], resume["basics"]["email"]) == ("John Doe", "john@example.com")
    (job,) = resume["work"]
    assert (job["position"], job["startDate"], job["endDate"]) == ("Consultant", "2015", "2019")
    assert job["name"].startswith("ACME Inc.")
    (school,) = resume["education"]
    assert (school["startDate"], school["endDate"]) == ("2010", "2014")


def test_wrapped_paragraph_lines_stay_lines_and_headings_keep_their_level() -> None:
    doc = read_markdown("# Jane Roe\n\n## Experience\n\n### Engineer, Acme\nJan 2020 – Present\nBerlin, Germany\n")
    assert [(line.text, line.level, line.heading) for line in doc.lines] == [
        ("Jane Roe", 1, True),
        ("Experience", 2, True),
        ("Engineer, Acme", 3, True),
        ("Jan 2020 – Present", 0, False),
        ("Berlin, Germany", 0, False),
    ]


def test_raw_html_becomes_its_text_and_a_script_never_runs_or_shows() -> None:
    source = (
        '<div align="center"><h1>Jane Roe</h1><p>Engineer<br>'
        '<a href="mailto:jane@example.com">jane@example.com</a> · '
        '<a href="https://github.com/jane">GitHub</a></p></div>\n\n'
        "<script>alert('x')</script>\n\n"
        "## Skills\n\nPython, <b>Go</b>\n"
    )
    doc = read_markdown(source)
    assert [(line.text, line.level) for line in doc.lines] == [
        ("Jane Roe", 1),
        ("Engineer", 0),
        ("jane@example.com · GitHub: https://github.com/jane", 0),
        ("Skills", 2),
        ("Python, Go", 0),
    ]
    assert "alert" not in doc.source_text


def test_tables_links_and_code_spans() -> None:
    source = "| Skill | Level |\n|---|---|\n| Python | Expert |\n\n[My site](https://jane.dev) and `2019–2021`\n"
    assert _cells(source) == [["Skill", "Level"], ["Python", "Expert"], ["My site: https://jane.dev and 2019–2021"]]


def test_a_markdown_file_far_longer_than_a_resume_is_read_as_plain_text() -> None:
    # "[" repeated: the CommonMark parser is linear but slow on bracket runs, so it reads only a résumé's length
    data = ("# Name\nname@example.com\n\n" + "[a " * 30_000).encode()
    result = import_resume(data, "cv.md", limits=ImportLimits(max_markdown_chars=10_000))
    assert any("read as plain text" in w for w in result.warnings)
    assert result.resume["basics"]["email"] == "name@example.com"


def test_side_by_side_spans_are_cells_and_a_double_hyphen_is_a_range() -> None:
    # resume.md's entry headings: the left and right halves in spans, the range written with "--"
    source = "# Jane Roe\n\n## Experience\n\n### <span>CEO, Pied Piper</span> <span>Dec 2013 -- Dec 2014</span>\n"
    (title,) = [line for line in read_markdown(source).lines if line.level == 3]
    assert title.cells == ["CEO, Pied Piper", "Dec 2013 -- Dec 2014"]
    (job,) = import_resume(source.encode(), "cv.md").resume["work"]
    assert (job["name"], job["position"], job["startDate"], job["endDate"]) == (
        "Pied Piper",
        "CEO",
        "2013-12",
        "2014-12",
    )


def test_the_level_one_heading_is_the_name_even_under_contact_lines() -> None:
    # an HTML contact block floated above the "# Name" heading: the heading is set largest, so it is the name
    source = "<span>\n  someone@email.com <br> mobile: +852 xxxxxxxx\n</span>\n\n# Casualwriter\n\n## Summary\n\nHi.\n"
    basics = import_resume(source.encode(), "cv.md").resume["basics"]
    assert (basics["name"], basics["email"]) == ("Casualwriter", "someone@email.com")


def test_list_items_that_open_with_their_dates_are_entries() -> None:
    source = (
        "# Jane Roe\n\n## Education\n\n"
        "- 2019 - 2021\n  MSc Physics, University of Oslo\n- 2016 - 2019\n  BSc Physics, University of Bergen\n"
    )
    education = import_resume(source.encode(), "cv.md").resume["education"]
    assert [(e["institution"], e["startDate"], e["endDate"]) for e in education] == [
        ("University of Oslo", "2019", "2021"),
        ("University of Bergen", "2016", "2019"),
    ]


def test_a_trailing_emphasised_run_is_a_cell_and_a_list_of_dated_two_part_titles_is_entries() -> None:
    source = (
        "# John Doe\n\njohn@example.com\n\n## Experience\n\n### Acme Corp *Remote*\n\n"
        "#### Principal Software Engineer *(01/2020 - present)*\n\n- Built things\n\n"
        "## Education\n\n- **B.S. Computer Science - University of Texas** - 05/2000\n"
    )
    titles = [line.cells for line in read_markdown(source).lines if line.level >= 3]
    assert titles == [["Acme Corp", "Remote"], ["Principal Software Engineer", "(01/2020 - present)"]]
    resume = import_resume(source.encode(), "cv.md").resume
    (job,) = resume["work"]
    assert (job["name"], job["position"], job["startDate"]) == ("Acme Corp", "Principal Software Engineer", "2020-01")
    (school,) = resume["education"]
    assert (school["institution"], school["endDate"]) == ("University of Texas", "2000-05")
    # a list of single-part items with dates stays a list, and no item is lost (certificates under Education)
    source = "# Jo Roe\n\njo@example.com\n\n## Education\n\n- AWS Certification (2021/12)\n- PMP (2018/10)\n"
    assert import_resume(source.encode(), "cv.md").resume["education"] == [
        {"courses": ["AWS Certification (2021/12)", "PMP (2018/10)"]}
    ]


def test_pandoc_heading_attributes_go_and_their_values_are_cells() -> None:
    source = (
        '# Jane Doe {photo="me.png"}\njane@example.com\n\n## Experience {.hidden}\n\n'
        '### Senior Engineer, Example Corp {date="2022 - Present" location="Remote"}\n\n- Built things\n'
    )
    assert _cells(source)[0] == ["Jane Doe"]  # a photo is no text
    assert ["Experience"] in _cells(source)
    assert ["Senior Engineer, Example Corp", "2022 - Present", "Remote"] in _cells(source)
    work = import_resume(source.encode(), "cv.md").resume["work"][0]
    assert (work["name"], work["position"], work["startDate"]) == ("Example Corp", "Senior Engineer", "2022")
