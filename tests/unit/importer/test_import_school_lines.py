"""School entries as JSON Resume themes print them: a line of dates alone between the school and the degree, the
school after "at", a grade in brackets after the school."""

from __future__ import annotations

from resume_autofix.importer import import_resume


def _education(text: str) -> list[dict[str, str]]:
    return import_resume(f"Jane Roe\njane@example.com\n\n{text}".encode(), "cv.txt").resume["education"]


def test_a_degree_under_a_line_of_dates_alone_is_no_wrap_of_the_school() -> None:
    [school] = _education("Education\nUniversity of Oklahoma\nJun 2011 - Jan 2014\nBachelor - Information Technology\n")
    assert school["institution"] == "University of Oklahoma"
    assert (school["studyType"], school.get("area")) == ("Bachelor", "Information Technology")


def test_a_school_after_at_loses_the_at() -> None:
    [school] = _education("Education\nBachelor in Information Technology\nat University of Oklahoma  2011 - 2014\n")
    assert school["institution"] == "University of Oklahoma"


def test_a_grade_in_brackets_after_the_school_is_its_score() -> None:
    [school] = _education(
        "Education\nStanford University (3.9)\nMaster of Science (M.S.) (Computer Science)  2010 - 2012\n"
    )
    assert (school["institution"], school.get("score")) == ("Stanford University", "3.9")


def test_a_field_with_its_degree_in_brackets() -> None:
    [school] = _education("Education\nTU München  2015 - 2018\nInformatik (M.Sc.)\n")
    assert (school.get("studyType"), school.get("area")) == ("M.Sc.", "Informatik")


def test_a_field_then_its_degree_word_and_a_school_in_brackets() -> None:
    [school] = _education("Education\n2010 - 2014  (Université Bordeaux 1)\nComputer Science BSc\n")
    assert school["institution"] == "Université Bordeaux 1"
    assert (school.get("studyType"), school.get("area")) == ("BSc", "Computer Science")
