"""Education titles that carry a grade beside the school, and rows of "Label | value" under them (Typst résumé
templates set them so)."""

from __future__ import annotations

from resume_autofix.importer.lines import CELL_SEP, Line
from resume_autofix.importer.rawentry import RawEntry, add_body
from resume_autofix.importer.schools import education_items


def entry_of_block(*parts: str, paragraphs: list[str] | None = None) -> RawEntry:
    return RawEntry(list(parts), [0] * len(parts), None, paragraphs=list(paragraphs or []))


def test_a_grade_beside_the_school_is_the_score_and_the_degree_comes_from_the_line_below() -> None:
    # GIVEN "Carnegie Mellon University | GPA: 3.81" over "M.S. | Computer Systems   Pittsburgh, PA"
    entry = entry_of_block(
        "Carnegie Mellon University", "GPA", "3.81", paragraphs=[f"M.S. | Computer Systems{CELL_SEP}Pittsburgh, PA"]
    )
    # WHEN the education is named
    [item] = education_items([entry])
    # THEN the grade is no degree: it is the score, and the line below gives degree, field and place
    assert (item["institution"], item["studyType"], item["area"], item["location"], item["score"]) == (
        "Carnegie Mellon University",
        "M.S.",
        "Computer Systems",
        "Pittsburgh, PA",
        "3.81",
    )
    assert "courses" not in item


def test_honours_after_the_grade_are_kept_but_are_no_degree() -> None:
    entry = entry_of_block(
        "University of Colombia",
        "GPA: 3.9 of 4.0",
        "Summa Cum Laude",
        paragraphs=["Bachelor's of Science | Nuclear Engineering"],
    )
    [item] = education_items([entry])
    assert (item["studyType"], item["area"], item["score"]) == (
        "Bachelor's of Science",
        "Nuclear Engineering",
        "3.9 of 4.0",
    )
    assert item["courses"] == ["Summa Cum Laude"]


def test_a_title_part_that_only_looks_like_a_grade_label_stays() -> None:
    # a school called "Media Academy" is no grade: only a label with a number after it is
    [item] = education_items([entry_of_block("Media Academy", "B.A. Film")])
    assert (item["institution"], item["studyType"]) == ("Media Academy", "B.A. Film")


def test_label_bar_value_lines_are_rows_not_one_wrapped_paragraph() -> None:
    # GIVEN "Bachelor's of Science | Nuclear Engineering" / "Minors | Automobile Design, Arabic" (no end punctuation)
    entry = entry_of_block("University of Colombia")
    lines = [Line("Bachelor's of Science | Nuclear Engineering"), Line("Minors | Automobile Design, Arabic")]
    # WHEN the body is read
    add_body(lines, entry)
    # THEN each row is a paragraph of its own
    assert entry.paragraphs == ["Bachelor's of Science | Nuclear Engineering", "Minors | Automobile Design, Arabic"]
    # AND a wrapped sentence still joins
    other = entry_of_block("Acme")
    add_body([Line("Built the billing system and the"), Line("reporting pipeline")], other)
    assert other.paragraphs == ["Built the billing system and the reporting pipeline"]


def test_a_grade_or_a_state_in_brackets_after_the_degree_is_no_part_of_it() -> None:
    [msc, phd] = education_items(
        [
            entry_of_block("Msc Statistics (1.6)", "Earth University"),
            entry_of_block("PhD Data Science (forthcoming)", "University of Earth"),
        ]
    )
    assert (msc["studyType"], msc["score"], msc["institution"]) == ("Msc Statistics", "1.6", "Earth University")
    assert (phd["studyType"], phd["institution"]) == ("PhD Data Science", "University of Earth")
    assert "score" not in phd


def test_a_level_beside_each_keyword_is_no_part_of_it() -> None:
    from resume_autofix.importer.lists import skills  # noqa: PLC0415

    [web] = skills([Line("Web Development: HTML (expert), CSS (expert), Javascript (novice)")])
    assert web["keywords"] == ["HTML", "CSS", "Javascript"]
    [lang] = skills([Line("语言: Go(精通), Python(精通)")])
    assert (lang["keywords"], lang["level"]) == (["Go", "Python"], "精通")
    # AND a bracket that is no level stays ("AWS (EC2, S3)")
    [cloud] = skills([Line("Cloud: AWS (EC2), Docker")])
    assert cloud["keywords"] == ["AWS (EC2)", "Docker"]


def test_a_chinese_level_word_before_the_items() -> None:
    from resume_autofix.importer.lists import skills  # noqa: PLC0415

    [skill] = skills([Line("熟练掌握 Python、Java、MySQL")])
    assert (skill["level"], skill["keywords"]) == ("熟练掌握", ["Python", "Java", "MySQL"])
    # AND a sentence that opens with one stays a sentence
    long = "熟练掌握多种编程语言，包括 Octolang，OctoScript 等，对面向对象的编程范式有很好的理解、专注于编写清晰的代码"
    assert all("level" not in s for s in skills([Line(long)]))


def test_a_degree_as_the_first_bullet_under_the_school() -> None:
    entry = entry_of_block("Hartford University")
    entry.bullets = ["B.A. summa cum laude, Economics", "Extensive coursework in Astrophysics, Statistics"]
    [item] = education_items([entry])
    assert (item["studyType"], item["area"]) == ("B.A.", "Economics")
    assert item["courses"] == ["summa cum laude", "Extensive coursework in Astrophysics, Statistics"]
    # AND a bullet that is a sentence stays a bullet
    other = entry_of_block("Hartford University")
    other.bullets = ["Bachelor thesis on the orbits of comets, graded with distinction."]
    [kept] = education_items([other])
    assert "studyType" not in kept


def test_a_field_then_its_degree_in_the_title() -> None:
    [item] = education_items([entry_of_block("University of Oklahoma", "Information Technology", "Bachelor")])
    assert (item["studyType"], item["area"]) == ("Bachelor", "Information Technology")


def test_linkedins_degree_with_its_abbreviation_then_the_field() -> None:
    # "Master of Science - MS, Computer Science · (2016 - 2018)" under "Stanford University"
    [item] = education_items([entry_of_block("Stanford University", "Master of Science", "MS", "Computer Science")])
    assert (item["studyType"], item["area"], item["courses"]) == ("Master of Science", "Computer Science", ["MS"])


def test_a_line_of_levels_under_a_line_of_skill_names_gives_each_its_level() -> None:
    from resume_autofix.importer.lists import skills  # noqa: PLC0415

    found = skills([Line(f"Web Development{CELL_SEP}Compression"), Line(f"Master{CELL_SEP}Advanced")])
    assert found == [{"name": "Web Development", "level": "Master"}, {"name": "Compression", "level": "Advanced"}]
    # AND a level word among real items is still an item where it pairs with nothing
    assert [s["name"] for s in skills([Line("Python, Go"), Line("Master, Rust, C")])] == [
        "Python",
        "Go",
        "Master",
        "Rust",
        "C",
    ]


def test_labelled_employer_and_school_lines_under_a_dated_title() -> None:
    from resume_autofix.importer.jobs import work_items  # noqa: PLC0415

    job = entry_of_block("Priester")
    job.labelled = {"einrichtung": "Church of the Flying Spaghetti Monster, Oregon"}
    [item] = work_items([job], "name")
    assert (item["position"], item["name"], item["location"]) == (
        "Priester",
        "Church of the Flying Spaghetti Monster",
        "Oregon",
    )
    school = entry_of_block("Pastafarismus-Wirtschaft", "Dipl.-Ing.")
    school.labelled = {"bildungseinrichtung": "Pastafari Universität Oregano, Oregon"}
    [study] = education_items([school])
    assert (study["institution"], study["area"], study["location"]) == (
        "Pastafari Universität Oregano",
        "Pastafarismus-Wirtschaft",
        "Oregon",
    )


def test_a_line_ending_in_a_closing_bracket_ends_its_paragraph() -> None:
    entry = entry_of_block("University of Texas")
    add_body([Line("B.S. Computer Science - Cyber Security (3.2 / 4.0)"), Line("Minor Game Development")], entry)
    assert entry.paragraphs == ["B.S. Computer Science - Cyber Security (3.2 / 4.0)", "Minor Game Development"]
    [item] = education_items([entry])
    assert item["studyType"] == "B.S. Computer Science - Cyber Security"


def test_a_level_in_brackets_before_the_first_keyword_is_the_lists_level() -> None:
    from resume_autofix.importer.lists import skills  # noqa: PLC0415

    [skill] = skills([Line("Programming: (Beginner) Python, Java, HTML, CSS")])
    assert (skill["level"], skill["keywords"]) == ("Beginner", ["Python", "Java", "HTML", "CSS"])
