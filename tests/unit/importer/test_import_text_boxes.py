"""Word text boxes: a template's sidebar or banner drawn in a text box is read, once."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from resume_autofix.importer import import_resume

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _paragraphs(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)


def _box_run(*texts: str) -> str:
    """A run holding a text box as Word writes it: a DrawingML shape, and the same box again as a VML fallback."""
    content = f"<w:txbxContent>{_paragraphs(*texts)}</w:txbxContent>"
    return (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        f"</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _docx_with_sidebar() -> bytes:
    document = docx.Document()
    anchor = document.add_paragraph("Jane Roe")
    anchor._p.append(parse_xml(_box_run("jane.roe@example.com", "+1 415 555 2671", "SKILLS", "Python, Go, SQL")))
    document.add_paragraph("EXPERIENCE")
    document.add_paragraph("Data Engineer, Acme Corp  Jan 2020 – Present")
    document.add_paragraph("Built the data platform.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_sidebar_in_a_text_box_is_read_once() -> None:
    # GIVEN a Word template whose contacts and skills sit in a floating text box anchored to the name
    result = import_resume(_docx_with_sidebar(), "cv.docx")
    # THEN the box's text is read, and only once (Word's VML copy of the same box is passed over)
    assert result.source_text.count("Python, Go, SQL") == 1
    basics = result.resume["basics"]
    assert (basics["name"], basics["email"]) == ("Jane Roe", "jane.roe@example.com")
    keywords = [k for group in result.resume["skills"] for k in group.get("keywords", [group["name"]])]
    assert {"Python", "Go", "SQL"} <= set(keywords)
    assert result.resume["work"][0]["name"] == "Acme Corp"


def test_an_old_vml_text_box_alone_is_read() -> None:
    document = docx.Document()
    anchor = document.add_paragraph("Jane Roe")
    vml = f"<w:r {_NS}><w:pict><v:shape><v:textbox><w:txbxContent>{_paragraphs('jane.roe@example.com')}"
    anchor._p.append(parse_xml(vml + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
    document.add_paragraph("EDUCATION")
    document.add_paragraph("B.Sc. Computer Science, University of Leeds  2015 – 2018")
    out = io.BytesIO()
    document.save(out)
    result = import_resume(out.getvalue(), "cv.docx")
    assert result.resume["basics"]["email"] == "jane.roe@example.com"


def test_content_controls_and_tracked_insertions_are_read() -> None:
    # GIVEN a Word résumé template: the name in a block content control, the email in an inline one, a job title
    # typed with track changes on, and a table row inside a content control
    document = docx.Document()
    body = document.element.body
    name = f'<w:sdt {_NS}><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent>{_paragraphs("Jane Roe")}'
    body.insert(0, parse_xml(name + "</w:sdtContent></w:sdt>"))
    contact = document.add_paragraph("Email: ")
    contact._p.append(
        parse_xml(
            f"<w:sdt {_NS}><w:sdtPr/><w:sdtContent><w:r><w:t>jane.roe@example.com</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    document.add_paragraph("EXPERIENCE")
    job = document.add_paragraph("Acme Corp  Jan 2020 – Present")
    job = document.add_paragraph()
    job._p.append(
        parse_xml(
            f'<w:ins {_NS} w:id="1" w:author="Jane" w:date="2026-01-01T00:00:00Z"><w:r><w:t>Data Engineer</w:t></w:r>'
            "</w:ins>"
        )
    )
    job._p.append(parse_xml(f'<w:del {_NS} w:id="2" w:author="Jane"><w:r><w:delText>Intern</w:delText></w:r></w:del>'))
    document.add_paragraph("SKILLS")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Languages"
    table.rows[0].cells[1].text = "Python, Go"
    row = f"<w:tr><w:tc>{_paragraphs('Tools')}</w:tc><w:tc>{_paragraphs('Git, Docker')}</w:tc></w:tr>"
    table._tbl.append(parse_xml(f"<w:sdt {_NS}><w:sdtPr/><w:sdtContent>{row}</w:sdtContent></w:sdt>"))
    out = io.BytesIO()
    document.save(out)
    result = import_resume(out.getvalue(), "cv.docx")
    # THEN every control's text is read, the inserted title too, and the deleted word is not
    basics = result.resume["basics"]
    assert (basics["name"], basics["email"]) == ("Jane Roe", "jane.roe@example.com")
    assert result.resume["work"][0]["position"] == "Data Engineer"
    assert "Intern" not in result.source_text
    assert "Git, Docker" in result.source_text


def _placed_box(x_pt: int, y_pt: int, *texts: str) -> str:
    content = f"<w:txbxContent>{_paragraphs(*texts)}</w:txbxContent>"
    return (
        f"<w:r {_NS}><w:drawing><wp:anchor>"
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x_pt * 12700}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y_pt * 12700}</wp:posOffset></wp:positionV>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def test_text_boxes_drawn_out_of_order_are_read_column_by_column_top_to_bottom() -> None:
    # GIVEN a template of boxes, drawn in the order the designer made them, not the order they are read in
    document = docx.Document()
    anchor = document.add_paragraph()
    for box in (
        _placed_box(200, 300, "Acme Corp | From May 2013 to May 2015"),
        _placed_box(10, 40, "SKILLS"),
        _placed_box(200, 280, "Senior Developer"),
        _placed_box(10, 0, "Jane Roe", "jane.roe@example.com"),
        _placed_box(200, 250, "EXPERIENCE"),
        _placed_box(10, 60, "Python, Go"),
    ):
        anchor._p.append(parse_xml(box))
    out = io.BytesIO()
    document.save(out)
    result = import_resume(out.getvalue(), "cv.docx")
    # THEN the left column comes first, each column top to bottom
    order = [result.source_text.index(t) for t in ("Jane Roe", "SKILLS", "Python", "EXPERIENCE", "Senior", "Acme")]
    assert order == sorted(order)
    (job,) = result.resume["work"]
    assert (job["name"], job["position"], job["startDate"]) == ("Acme Corp", "Senior Developer", "2013-05")
