"""Details real Word files showed: a labelled degree, a date stamp that is no phone, Wingdings bullets, and an
English "Resume" title that is no summary heading."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.lines import CELL_SEP, Line
from resume_autofix.importer.phones import find_phone
from resume_autofix.importer.places import place_tail
from resume_autofix.importer.vocabulary import vocabulary_key


def test_a_labelled_degree_line_is_the_degree() -> None:
    text = (
        "Jane Roe\njane@example.com\n\nEducation\n2005 – 2008  Birmingham University\nDegree: BSc Hons. 2:1 Attained.\n"
    )
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["institution"], school["studyType"]) == ("Birmingham University", "BSc Hons")


def test_a_labelled_degree_in_a_field_keeps_the_field() -> None:
    text = "Jane Roe\njane@example.com\n\nEducation\n2005 – 2008  Birmingham University\nDegree: MSc in Physics\n"
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["studyType"], school["area"]) == ("MSc", "Physics")


def test_a_date_and_a_time_are_no_phone() -> None:
    assert find_phone("Generated at: 15.04.2015 14:57") is None
    assert find_phone("630-384-2975,") == "630-384-2975"


def test_a_wingdings_glyph_before_a_line_is_a_bullet() -> None:
    line = Line("\uf0fe Developed CRM web application using SQL Server 2008.")
    assert line.bullet
    assert line.text == "Developed CRM web application using SQL Server 2008."


def test_an_english_resume_title_is_no_summary_heading() -> None:
    assert vocabulary_key("Resume") is None
    assert vocabulary_key("Résumé") == "summary"  # French for summary
    text = "Resume\nRonald Anderson\nron@example.com\n\nSkills\nJava, Ruby\n"
    basics = import_resume(text.encode(), "cv.txt").resume["basics"]
    assert basics["name"] == "Ronald Anderson"


def test_a_name_set_between_contact_pieces_is_the_name() -> None:
    cells = ["10080 New York,", "Jane Q Public", "(123)123-1234"]
    header = [Line(CELL_SEP.join(cells), size=14, cells=cells), Line("jane@example.com", size=11)]
    basics, _, _ = parse_header(header)
    assert (basics["name"], basics["phone"]) == ("Jane Q Public", "(123)123-1234")


def test_a_comma_before_a_lone_job_word_stays_inside_the_job_when_cells_part_the_title() -> None:
    text = (
        "Jane Roe\njane@example.com\n\nExperience\n"
        "Software Developer, Intern  XYZ Inc  May 2009 - Nov 2009\nBuilt a thing for the team.\n"
    )
    [job] = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["position"], job["name"]) == ("Software Developer, Intern", "XYZ Inc")


def test_a_long_school_name_before_its_state_is_no_place() -> None:
    assert place_tail("MS Computer Science, Massachusetts Institute of Technology, MA") is None
    assert place_tail("Texas A&M University, College Station, TX") == ("Texas A&M University", "College Station, TX")


def test_an_orcid_id_is_no_phone() -> None:
    assert find_phone("0000-0002-1825-0097") is None
    assert find_phone("ORCID 0000-0002-1825-0097 · +1 (312) 555-0198", labelled=True) == "+1 (312) 555-0198"


def test_a_portuguese_document_title_is_no_name_and_a_split_name_beside_contacts_is_whole() -> None:
    cells = [["Momo", "momo.github.io"], ["0000-0000-0000-0000"], ["Mustermensch", "1234567891234567"]]
    header = [Line(CELL_SEP.join(c), size=11, cells=c) for c in cells] + [Line("Currículo", size=24)]
    basics, _, _ = parse_header(header)
    assert basics["name"] == "Momo Mustermensch"


def test_a_european_number_in_short_groups_is_a_phone_on_its_own_line() -> None:
    text = "Jane Roe\njane@example.com\n+39 123 45 67\n\nExperience\nEngineer, Acme  2019\n"
    assert import_resume(text.encode(), "cv.txt").resume["basics"]["phone"] == "+39 123 45 67"


def test_a_name_at_the_top_beats_a_larger_job_title() -> None:
    header = [
        Line(CELL_SEP.join(["Jean DUPONT", "37 ans"]), size=10, cells=["Jean DUPONT", "37 ans"]),
        Line("contact@example.fr", size=10),
        Line("Enseignant en Mathématiques", size=24.8),
    ]
    basics, _, _ = parse_header(header)
    assert basics["name"] == "Jean DUPONT"


def test_a_name_under_a_contact_heading_at_the_top() -> None:
    text = "CONTACT INFORMATION\nMolly A. Adams\n930 Via Mil Cumbres\nPhone: (858) 555-1001\nmolly@example.com\n"
    text += "\nEXPERIENCE\nDeveloper, Acme  2019 - 2021\n"
    basics = import_resume(text.encode(), "cv.txt").resume["basics"]
    assert (basics["name"], basics["phone"]) == ("Molly A. Adams", "(858) 555-1001")


def test_a_country_code_then_a_long_last_group_is_shaped_like_a_phone() -> None:
    text = "Jane Roe\njane@example.com\n+49 123 45678\n\nExperience\nEngineer, Acme  2019\n"
    assert import_resume(text.encode(), "cv.txt").resume["basics"]["phone"] == "+49 123 45678"


def test_a_font_size_written_as_a_decimal_does_not_fail_the_file() -> None:
    """Some exporters write half-point sizes as "40.0", which python-docx cannot read as an integer."""
    import io  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    import docx  # noqa: PLC0415
    from docx.shared import Pt  # noqa: PLC0415

    document = docx.Document()
    document.add_paragraph().add_run("Jordan Reyes").font.size = Pt(20)
    document.add_paragraph("jordan@example.com")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Engineer, Acme  2019 – 2021")
    raw = io.BytesIO()
    document.save(raw)
    patched = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b'<w:sz w:val="40"/>', b'<w:sz w:val="40.0"/>')
                assert b'w:val="40.0"' in data
            dst.writestr(item, data)
    resume = import_resume(patched.getvalue(), "cv.docx").resume
    assert resume["basics"]["name"] == "Jordan Reyes"
