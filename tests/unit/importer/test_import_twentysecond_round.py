"""Twenty-second round (a grade beside an entry's dates is its score, not the next entry's title)."""

from __future__ import annotations

import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.dateline import only_dates
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.keptlines import score_from_courses
from resume_autofix.importer.lines import Line
from resume_autofix.importer.titles import split_title
from resume_autofix.importer.vocabulary import vocabulary_key
from tests.unit.importer.texts import section_resume


def test_a_grade_beside_the_dates_under_each_school_is_its_score_not_the_next_school() -> None:
    # GIVEN schools written degree, school, then the dates with the percentage the school gave (an Indian résumé)
    resume = section_resume(
        "Electrical and Electronics Engineering\n"
        "Chennai Institute of Technology\n"
        "08/2017 - Present  81.14%\n"
        "Higher Secondary Certificate\n"
        "Chennai Higher Secondary School\n"
        "06/2015 – 04/2017  90.41%\n",
        "Education",
    )
    # THEN each school keeps its own degree and dates, and the grade is its score, not an institution
    first, second = resume["education"]
    assert (first["institution"], first["startDate"], first["score"]) == (
        "Chennai Institute of Technology",
        "2017-08",
        "81.14%",
    )
    assert (second["institution"], second["endDate"], second["score"]) == (
        "Chennai Higher Secondary School",
        "2017-04",
        "90.41%",
    )


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("06/2015 – 04/2017  90.41%", True),
        ("2019 – 2023  CGPA: 8.6/10", True),
        ("2019 – 2023  (3.8/4.0)", True),
        ("2019 – 2023  Acme Corp", False),
        ("2019 – 2023  B.Sc. Physics", False),
    ],
)
def test_a_date_line_with_a_grade_beside_its_dates_holds_only_dates(text: str, alone: bool) -> None:
    assert only_dates(Line(text)) is alone


@pytest.mark.parametrize(
    ("courses", "score", "kept"),
    [
        (["90.41%"], "90.41%", None),
        (["Virugambakkam", "97.40%"], "97.40%", ["Virugambakkam"]),
        (["18.62"], "18.62", None),  # out of 20, as Iran's and France's grades are
        (["GPA: 3.8/4.0"], "3.8/4.0", None),  # a named grade keeps its number only, as before
        (["2018"], None, ["2018"]),
    ],
)
def test_a_grade_alone_among_the_lines_kept_under_a_degree_is_its_score(
    courses: list[str], score: str | None, kept: list[str] | None
) -> None:
    item: dict = {"institution": "Chennai Institute of Technology", "courses": list(courses)}
    score_from_courses(item)
    assert item.get("score") == score
    assert item.get("courses") == kept


def test_schools_written_as_a_form_with_a_school_year_label_keep_their_names_and_years() -> None:
    # GIVEN schools as a Philippine résumé writes them: a label and its value on each line, the years as "SY …"
    resume = section_resume(
        "Tertiary Education\n"
        "School:  Davao Del Sur State College\n"
        "Degree:  Bachelor of Science in Information Technology\n"
        "School year:  SY 2020-2021\n"
        "Vocational Education\n"
        "School:  Matanao National High School\n"
        "Course:  Information Communication Technology (I.C.T)\n"
        "School Year:  SY 2015-2016\n",
        "EDUCATIONAL ATTAINMENT",
    )
    # THEN each school is its own entry with its years, and no "School year" is taken for a school
    college, vocational = resume["education"]
    assert (college["institution"], college["startDate"], college["endDate"]) == (
        "Davao Del Sur State College",
        "2020",
        "2021",
    )
    assert vocational["institution"] == "Matanao National High School"
    assert "Information Communication Technology" in vocational.get("area", vocational.get("studyType", ""))


def test_a_table_of_exams_passed_under_educational_qualification_gives_each_school() -> None:
    # GIVEN an Indian résumé's table: a header row naming the exam, its board and the institute, a row under it
    resume = section_resume(
        "Exam Passed  Board  Institute\nS.S.C  Pune  Scottish Academy\nH.S.C  Mumbai  Royal College\n",
        "EDUCATIONAL QUALIFICATION",
    )
    # THEN each row is a school with its exam as the degree, and the header row is no school
    assert [(e["institution"], e["studyType"]) for e in resume["education"]] == [
        ("Scottish Academy", "S.S.C"),
        ("Royal College", "H.S.C"),
    ]


def test_labelled_skill_lists_after_the_last_school_join_the_skills_even_when_one_wraps() -> None:
    # GIVEN a résumé with no skills heading: two labelled lists after the last school, the second wrapped
    resume = section_resume(
        "University of California, Berkeley  2017 – 2021\n"
        "B.A. Data Science  GPA: 3.24\n"
        "Languages: C, Java, R, Python, Go\n"
        "Frameworks: Spring Boot, Kubernetes, Minikube, Next.Js,\n"
        "PostgreSQL, GraphQL, Grafana, NLTK\n",
        "Education",
    )
    # THEN both lists are skill groups, the wrapped line's items with their label's
    groups = {g["name"]: g["keywords"] for g in resume["skills"]}
    assert groups["Languages"] == ["C", "Java", "R", "Python", "Go"]
    assert groups["Frameworks"][-4:] == ["PostgreSQL", "GraphQL", "Grafana", "NLTK"]
    assert "courses" not in resume["education"][0]


@pytest.mark.parametrize("honours", ["(1st Class Hons.)", "(2nd Class Honours)", "(First Class Honours)"])
def test_a_degree_class_in_brackets_after_the_school_is_no_field(honours: str) -> None:
    # GIVEN "degree @ school (class)" as a British CV writes it
    resume = section_resume(f"BSc Computer Science @ Durham University {honours}  2016 — 2019\n", "Education")
    # THEN the class is not read as the degree's field
    (school,) = resume["education"]
    assert school["institution"] == "Durham University"
    assert f"{school.get('studyType', '')} {school.get('area', '')}".split() == ["BSc", "Computer", "Science"]


@pytest.mark.parametrize(
    ("text", "start"),
    [("June  2003", "2003-06"), ("Juin  2011", "2011-06"), ("Déc.  2013", "2013-12"), ("2012 年 09 月", "2012-09")],
)
def test_a_month_and_its_year_two_spaces_apart_are_one_date(text: str, start: str) -> None:
    # GIVEN a month parted from its year by a justified line's wider gap (Google Docs), or a Chinese date
    (span,) = find_dates(text)
    # THEN the date keeps its month
    assert span.start == start


def test_a_schools_date_line_of_a_month_and_year_apart_is_no_degree() -> None:
    resume = section_resume(
        "University of Washington, Seattle WA\nJuly  2022\nFull-Stack Web Development Bootcamp Program\n", "Education"
    )
    (school,) = resume["education"]
    assert school["endDate"] == "2022-07"
    assert "July" not in f"{school.get('studyType')} {school.get('area')}"


@pytest.mark.parametrize("place", ["New York, USA", "Tianjin, PRC"])
def test_a_place_before_the_school_on_its_line_is_its_location_not_its_degree(place: str) -> None:
    # GIVEN a school's line as a LaTeX résumé sets it: the place, the school, the dates
    resume = section_resume(f"{place}  New York University  Fall 2019 – May 2021\n", "Education")
    # THEN the place is the school's location, and no degree is made of it
    (school,) = resume["education"]
    assert (school["institution"], school.get("location"), school.get("studyType")) == (
        "New York University",
        place,
        None,
    )


@pytest.mark.parametrize(
    ("title", "role", "employer"),
    [
        ("SOFTWARE ENGINEER CHEZ NX_ACADEMY", "SOFTWARE ENGINEER", "NX_ACADEMY"),
        ("STAGIAIRE DATA ENGINEER CHEZ I-CARE", "STAGIAIRE DATA ENGINEER", "I-CARE"),
        ("DATA ANALYST AT ACME CORP", "DATA ANALYST", "ACME CORP"),
    ],
)
def test_a_title_in_capitals_parts_at_its_at_word(title: str, role: str, employer: str) -> None:
    resume = section_resume(f"{title}\nNOVEMBRE 2023 - JUIN 2024\n", "EXPÉRIENCES PROFESSIONNELLES")
    (job,) = resume["work"]
    assert (job["position"], job["name"]) == (role, employer)


def test_a_parted_school_title_closed_by_a_stop_after_its_place_is_a_title() -> None:
    # GIVEN a Canva résumé's school line closed by a full stop, its grade and dates under it
    resume = section_resume(
        "B.E. in Computer Engineering | Anjuman-I-Islam’s Kalsekar Technical Campus, New Panvel.\n"
        "CGPA - 9.46  2023 - 2027\n",
        "EDUCATION",
    )
    # THEN the line is the school's title, not a line about it
    (school,) = resume["education"]
    assert (school["studyType"], school["area"], school["startDate"], school["score"]) == (
        "B.E.",
        "Computer Engineering",
        "2023",
        "9.46",
    )
    assert school["institution"].startswith("Anjuman-I-Islam’s Kalsekar Technical Campus")


def test_a_list_of_roles_at_employers_under_a_plural_marked_heading_is_a_job_each() -> None:
    # GIVEN a Markdown page's jobs: undated list items, each a role at its employer, under "position(s)"
    markdown = (
        "# Anxhelo Lushka\n\n## Current work position(s)\n\n"
        "- UI/UX Developer and system administrator at [Ura Design](https://ura.design)\n"
        "- DevOps Engineer at [GlobaLeaks](https://globaleaks.org)\n"
    )
    resume = import_resume(markdown.encode(), "resume.md").resume
    # THEN each item is a job, its role and its employer apart
    assert [(w["position"], w["name"]) for w in resume["work"]] == [
        ("UI/UX Developer and system administrator", "Ura Design"),
        ("DevOps Engineer", "GlobaLeaks"),
    ]


def test_a_jobs_duties_are_not_read_as_jobs_of_their_own() -> None:
    # GIVEN one undated job whose list says what was done, one item with "at" in it
    resume = section_resume(
        "Software Engineer, Acme Corp\n- Spoke at PyCon about testing\n- Built the billing service\n", "Experience"
    )
    # THEN it stays one job with its two duties
    (job,) = resume["work"]
    assert job["name"] == "Acme Corp"


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Current work position(s)", "work"),
        ("Award(s)", "awards"),
        ("Langue(s) maternelle(s)", None),
        ("idioma(s)", None),
    ],
)
def test_a_plural_written_as_a_choice_names_its_section(heading: str, key: str | None) -> None:
    assert vocabulary_key(heading) == key


# The review's regressions, each mended (inputs a job seeker writes, read no worse than before this round)


@pytest.mark.parametrize("title", ["ATTORNEY AT LAW", "Member at Large", "DIRECTOR AT LARGE"])
def test_a_title_whose_at_is_part_of_it_keeps_its_employer(title: str) -> None:
    resume = section_resume(f"{title}\nSmith & Jones LLP\n2015 – 2020\n", "Experience")
    (job,) = resume["work"]
    assert (job["position"], job["name"]) == (title, "Smith & Jones LLP")


def test_schools_with_their_dates_and_grade_first_keep_their_own_dates() -> None:
    resume = section_resume(
        "2015 – 2019  8.6/10\nB.Tech, IIT Bombay\n2013 – 2015  92%\nClass XII, Delhi Public School\n", "Education"
    )
    first = resume["education"][0]
    assert (first["institution"], first["startDate"], first["score"]) == ("IIT Bombay", "2015", "8.6/10")
    assert resume["education"][1]["institution"] == "Delhi Public School"


def test_a_place_beside_the_school_leaves_the_field_after_it_the_field() -> None:
    resume = section_resume("Ann Arbor, MI  University of Michigan  Political Science  2014 – 2018\n", "Education")
    (school,) = resume["education"]
    assert (school["area"], school["location"]) == ("Political Science", "Ann Arbor, MI")
    assert "studyType" not in school


def test_wrapped_coursework_before_a_skills_line_stays_the_schools() -> None:
    resume = section_resume(
        "University of Texas\nB.S. Computer Science\n2016 – 2020\n"
        "Relevant Coursework: Data Structures, Algorithms, Operating Systems,\n"
        "Computer Networks, Databases, Machine Learning\n"
        "Skills: Python, Java, SQL\n",
        "Education",
    )
    assert "Relevant Coursework" not in [g.get("name") for g in resume.get("skills", [])]


def test_a_sentence_with_a_dash_and_a_place_list_is_no_title() -> None:
    resume = section_resume(
        "Consultant\nMcKinsey\n2018 – 2021\nEngagements across Europe — Germany, France.\n", "Experience"
    )
    (job,) = resume["work"]
    assert job.get("location") != "Germany"


def test_a_form_with_a_degree_and_a_course_is_one_school_with_its_dates() -> None:
    resume = section_resume(
        "Degree: MBA\nUniversity: IIM Bangalore\nCourse: Finance and Marketing\nDuration: 2019 – 2021\n", "Education"
    )
    (school,) = resume["education"]
    assert (school["institution"], school["studyType"], school["area"], school["startDate"]) == (
        "IIM Bangalore",
        "MBA",
        "Finance and Marketing",
        "2019",
    )


def test_a_course_a_job_gave_makes_no_form_of_the_jobs_lines() -> None:
    resume = section_resume(
        "Company: Acme Corp\nPosition: Trainer\nCourse: Excel for Beginners\nDuration: 2019 – 2020\n", "Experience"
    )
    (job,) = resume["work"]
    assert job["startDate"] == "2019"


def test_a_qualification_among_personal_details_is_no_education_heading() -> None:
    resume = section_resume(
        "Date of Birth: 01/01/1990\nEducational Qualification: B.Com\nMarital Status: Single\n", "Personal Details"
    )
    assert "education" not in resume


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        (
            "University of Washington — Full Stack Certification",
            ["University of Washington", "Full Stack Certification"],
        ),
        ("Université Toulouse III - Paul Sabatier", ["Université Toulouse III - Paul Sabatier"]),  # named for him
    ],
)
def test_what_a_school_gave_after_a_dash_is_no_name_it_bears(title: str, parts: list[str]) -> None:
    assert split_title(title) == parts
