"""Entry titles in a heading's type, and a job with its employer's web address after a slash."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.datemargin import prepare
from resume_autofix.importer.lines import Line
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.titles import split_title


def test_a_job_and_its_employers_web_address_parted_by_a_slash() -> None:
    assert split_title("Web Developer / something.com") == ["Web Developer", "something.com"]
    assert split_title("w3schools.com / Front End Developer") == ["w3schools.com", "Front End Developer"]
    assert split_title("Designer / Illustrator") == ["Designer / Illustrator"]  # no address: one job


def test_a_title_in_a_sidebar_headings_type_over_its_dates_is_no_section() -> None:
    # the sidebar's "Skills" and the title share 13.5 pt bold; "Work Experience" is larger and regular
    lines = [
        Line("Skills", size=13.5, bold=True),
        Line("Photoshop", size=11.2),
        Line("Languages", size=13.5, bold=True),
        Line("English", size=11.2),
        Line("Work Experience", size=22.5),
        Line("Front End Developer / w3schools.com", size=13.5, bold=True),
        Line("Jan 2015 - Current", size=12),
        Line("Built web pages for a large audience across many countries.", size=11.2),
        Line("Web Developer / something.com", size=13.5, bold=True),
        Line("Mar 2012 - Dec 2014", size=12),
        Line("Built more web pages for a smaller audience.", size=11.2),
    ]
    _, sections, _ = split_sections(lines)
    assert [s.key for s in sections] == ["skills", "languages", "work"]


def test_both_jobs_are_read_with_their_employers() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nWork Experience\n"
        "Front End Developer / w3schools.com\nJan 2015 - Current\nBuilt web pages.\n\n"
        "Web Developer / something.com\nMar 2012 - Dec 2014\nBuilt more web pages.\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert [(j.get("position"), j.get("name")) for j in work] == [
        ("Front End Developer", "w3schools.com"),
        ("Web Developer", "something.com"),
    ]


def test_a_role_in_brackets_after_the_employer() -> None:
    assert split_title("Acme Corp (Intern)") == ["Acme Corp", "Intern"]
    assert split_title("百度飞桨框架开发-动转静小组（线上实习）") == ["百度飞桨框架开发-动转静小组", "线上实习"]
    assert split_title("Software Engineer (Backend)") == ["Software Engineer (Backend)"]  # a note on the job


def test_a_unit_and_its_organisation_after_the_job_the_organisation_is_the_employer() -> None:
    text = (
        "Momo Muster\nmomo@example.com\n\nExperience\n"
        "since 02/2023  Researcher, Chair of Joy, University of Excellence\nTaught a seminar.\n"
    )
    [job] = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["position"], job["name"]) == ("Researcher", "University of Excellence")


def test_a_languages_row_under_a_skills_heading_is_a_group_of_skills() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nTechnologies and Tools\n"
        "Languages  TypeScript, JavaScript, Python\nDatabases  PostgreSQL, SQLite\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    assert "languages" not in resume  # no spoken languages: the row stays with the skills
    words = {g.get("name") for g in resume["skills"]} | {k for g in resume["skills"] for k in g.get("keywords", [])}
    assert {"TypeScript", "PostgreSQL"} <= words


def test_a_range_down_a_margin_beside_the_entry_lines() -> None:
    lines = [
        Line("01/2010  Dog University", cells=["01/2010", "Dog University"]),
        Line("-"),
        Line("05/2014  Master of Arts", cells=["05/2014", "Master of Arts"]),
    ]
    assert [line.cells for line in prepare(lines)][:2] == [["01/2010 – 05/2014", "Dog University"], ["Master of Arts"]]


def test_a_list_item_of_title_parts_and_dates_parted_by_bars_is_an_entry() -> None:
    text = (
        "Ana Lima\nana@example.com\n\nExperiência\n"
        "- Analista de Dados | ABC Enterprises | Novembro 2022 - Abril 2024\n"
        "- Desenvolveu dashboards interativos usando Tableau e Power BI para métricas de negócio.\n"
    )
    [job] = import_resume(text.encode(), "cv.md").resume["work"]
    assert (job["position"], job["name"], job["startDate"]) == ("Analista de Dados", "ABC Enterprises", "2022-11")


def test_a_note_on_the_job_in_brackets_stays_with_the_job() -> None:
    assert split_title("Research Intern (Mentored by Dr. Cache Miss)") == [
        "Research Intern (Mentored by Dr. Cache Miss)"
    ]
    assert split_title("Fullstack Engineer (University of Bremen)") == ["Fullstack Engineer", "University of Bremen"]
