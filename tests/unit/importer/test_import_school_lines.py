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


def test_honours_after_the_degree_or_its_field_are_kept_but_no_part_of_them() -> None:
    # GIVEN honours written after the degree ("with Distinction") and after the field ("- Magna Cum Laude")
    first, second = _education(
        "Education\n"
        "Bachelor of Battlestar Commandering with Distinction\n"
        "Colonial Fleet Academy  2001 - 2005\n\n"
        "B.S. Computer Science, University of California, Berkeley, 2008 - Magna Cum Laude\n"
    )
    # THEN the degree and the field are the degree's own words, and the honours stay with the entry
    assert first["studyType"] == "Bachelor of Battlestar Commandering"
    assert "with Distinction" in first["courses"]
    assert " ".join(filter(None, (second["studyType"], second.get("area")))) == "B.S. Computer Science"
    assert second["institution"] == "University of California, Berkeley"
    assert "Magna Cum Laude" in second["courses"]


def test_a_labelled_major_under_the_school_is_the_field() -> None:
    [school] = _education(
        "Education\nBachelor of Science, Bellevue University  2018 - 2022\nMajor: Accounting\nGPA: 3.95/4.00\n"
    )
    assert (school["studyType"], school["area"], school["institution"]) == (
        "Bachelor of Science",
        "Accounting",
        "Bellevue University",
    )


def test_a_degree_joined_to_its_field_by_en_or_em_is_parted_like_in() -> None:
    first, second = _education(
        "Educación\nMáster en Ingeniería del Software, Universidad Politécnica de Madrid  2015 - 2017\n\n"
        "Mestrado em Ciência da Computação, Universidade de São Paulo  2012 - 2014\n"
    )
    assert (first["studyType"], first["area"]) == ("Máster", "Ingeniería del Software")
    assert (second["studyType"], second["area"]) == ("Mestrado", "Ciência da Computação")


def test_a_long_degree_line_under_the_school_is_the_degree_and_its_specialisation_a_note() -> None:
    [school] = _education(
        "Education\nArasaka Academy of Cyberwarfare  2073–2077\n"
        "Bachelor of Science in Cyber Engineering with a Specialization in Autonomous Systems\n"
    )
    assert (school["studyType"], school["area"]) == ("Bachelor of Science", "Cyber Engineering")
    assert "with a Specialization in Autonomous Systems" in school["courses"]
