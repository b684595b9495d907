"""What a review of this stop's rules found they caught by mistake, each kept out now."""

from __future__ import annotations

import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.bidi import unmirror
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.lines import Line
from resume_autofix.importer.phones import find_phone
from resume_autofix.importer.rawentry import _placed_stop
from resume_autofix.importer.roles import degree_score, position_score
from resume_autofix.importer.vocabulary import vocabulary_key


def test_an_icon_fonts_glyph_before_a_heading_is_no_bullet() -> None:
    assert not Line("\uf0b1 EXPERIENCE").bullet  # Font Awesome's briefcase
    assert Line("\uf0fe Developed a CRM web application in C#").bullet  # Wingdings' checkbox before an item


def test_a_labelled_degree_with_an_abbreviation_keeps_its_field() -> None:
    text = "Jane Roe\njane@example.com\n\nEducation\nUni Bremen  2015 - 2018\nDegree: M.Sc. in Informatik\n"
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["studyType"], school["area"]) == ("M.Sc.", "Informatik")


def test_an_award_label_names_no_degree() -> None:
    text = "Jane Roe\njane@example.com\n\nEducation\nUni Bremen  2015 - 2018\nAward: Dean's List\n"
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert "studyType" not in school


def test_real_estate_is_no_italian_summer() -> None:
    text = "Sales Agent, Keller Williams Real Estate  2015 – 2019"
    [span] = find_dates(text)
    assert text[span.begin : span.stop] == "2015 – 2019"


def test_the_label_before_a_phone_among_other_pieces_is_no_place() -> None:
    text = "John Doe\nphone +1 (312) 555-0198 · john@example.com\n\nExperience\nEngineer, Acme  2019\n"
    basics = import_resume(text.encode(), "cv.txt").resume["basics"]
    assert basics["phone"] == "+1 (312) 555-0198"
    assert "location" not in basics


@pytest.mark.parametrize(
    "text",
    [
        "Social Media Manager",
        "Speech/Image Recognition",
        "Certificate in Data Science",
        "Reference Architecture",
        "Bahasa Indonesia",
        "Praktikum Softwareentwicklung",
        "项目经理",  # project manager: a job, not the projects heading
        "外语学院",
    ],
)
def test_words_inside_a_title_name_no_section(text: str) -> None:
    assert vocabulary_key(text) is None


def test_french_school_headings_are_education() -> None:
    assert vocabulary_key("Parcours scolaire/universitaire") == "education"


def test_words_that_pull_the_wrong_way_are_out_of_the_lexicons() -> None:
    assert degree_score("Project Mgr") <= 0
    assert degree_score("AWS S3") <= 0
    assert degree_score("Undergraduate Research Assistant") <= 0
    assert position_score("SAS Programmer") > 0
    assert position_score("Bureau Chief") > 0
    assert position_score("Halbleiter") == 0  # a semiconductor, no "Leiter"


def test_a_line_of_numbers_on_a_mirrored_page_keeps_its_order() -> None:
    assert unmirror([Line("2019 – 2021")])[0].text == "2019 – 2021"


def test_a_short_sentence_ending_in_a_name_is_no_employer_and_place() -> None:
    assert not _placed_stop("Built dashboards with Python, SQL.")
    assert _placed_stop("Acme Corp, Berlin.")


def test_a_number_before_a_colon_is_still_a_phone_and_a_clock_is_none() -> None:
    assert find_phone("Tel: +49 30 1234567: mobil", labelled=True) == "+49 30 1234567"
    assert find_phone("15.04.2015 14:57", labelled=True) is None
