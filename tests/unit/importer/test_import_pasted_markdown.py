"""A résumé written in Markdown (or by a chat assistant) and pasted into Word or a text file: its "**" marks go,
a strong run opening a title line is a cell of its own, and a section written wholly as one list is read as lines."""

from __future__ import annotations

import io

import docx

from resume_autofix.importer import import_resume

_LINES = [
    ("p", "**Andrew Bailey**"),
    ("p", "WR11 5PU | 07700 900900 | andrew.bailey@example.com"),
    ("h", "**Experience**"),
    ("li", "**Data Assistant, Evesham Vale Growers** Evesham, UK"),
    ("li", "*July 2017 – December 2017*"),
    ("li", "Supported the operations team by collecting and organising agricultural data."),
    ("li", "**Warehouse Operative, Westland Horticulture** Evesham, UK"),
    ("li", "*January 2018 – Present*"),
    ("li", "Responsible for picking, packing, and shipping orders."),
    ("h", "**Skills**"),
    ("li", "**Programming Languages:** Python (Basic), SQL (Intermediate)"),
]


def _docx() -> bytes:
    document = docx.Document()
    for kind, text in _LINES:
        document.add_paragraph(text, style="List Bullet" if kind == "li" else None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_markdown_pasted_into_word_is_read_without_its_marks() -> None:
    result = import_resume(_docx(), "cv.docx")
    resume = result.resume
    assert resume["basics"]["name"] == "Andrew Bailey"
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in resume["work"]] == [
        ("Evesham Vale Growers", "Data Assistant", "2017-07"),
        ("Westland Horticulture", "Warehouse Operative", "2018-01"),
    ]
    assert resume["skills"][0]["name"] == "Programming Languages"
    assert "**" not in result.source_text


def test_a_text_file_loses_the_marks_too() -> None:
    text = "\n".join(t for _k, t in _LINES).replace("**Experience**", "EXPERIENCE").replace("**Skills**", "SKILLS")
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["name"] == "Andrew Bailey"
    assert resume["work"][0]["name"] == "Evesham Vale Growers"


def test_emphasis_marks_go_but_a_list_mark_and_arithmetic_stay() -> None:
    from resume_autofix.importer.lines import Line  # noqa: PLC0415
    from resume_autofix.importer.marks import unmarked  # noqa: PLC0415

    lines = unmarked([Line("*Languages* – Python, SQL"), Line("x = a*b*c"), Line("Go, Rust")])
    assert [line.text for line in lines] == ["Languages – Python, SQL", "x = a*b*c", "Go, Rust"]
