"""Section headings in the languages job seekers write in, and CJK headings that name their section inside.

The words come from what CVs in each language call their sections, not from one document: a heading the
vocabulary does not know loses its whole section ("is not a JSON Resume section").
"""

from __future__ import annotations

import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.lines import Line
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.vocabulary import vocabulary_key


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        # work
        ("Occupation", "work"),
        ("Praktyki, staże", "work"),
        ("Työkokemus", "work"),
        ("Pracovní zkušenosti", "work"),
        ("Pengalaman Kerja", "work"),
        ("Szakmai tapasztalat", "work"),
        ("Experiență profesională", "work"),
        ("Досвід роботи", "work"),
        ("Επαγγελματική εμπειρία", "work"),
        ("İş Tecrübesi", "work"),
        ("Loopbaan", "work"),
        ("Trayectoria profesional", "work"),
        # education
        ("Koulutus", "education"),
        ("Vzdělání", "education"),
        ("Pendidikan", "education"),
        ("Освіта", "education"),
        ("Tanulmányok", "education"),
        ("Εκπαίδευση", "education"),
        ("Academic Qualifications", "education"),
        # skills, languages, awards, publications, interests, volunteer, contact, references
        ("Keahlian", "skills"),
        ("Dovednosti", "skills"),
        ("Kielitaito", "languages"),
        ("Fremdsprachen", "languages"),
        ("Récompenses", "awards"),
        ("Onderscheidingen", "awards"),
        ("Utmerkelser", "awards"),
        ("Publikasjoner", "publications"),
        ("Publikacje", "publications"),
        ("Intérêts personnels", "interests"),
        ("Frivillig arbeid", "volunteer"),
        ("Contatto", "contact"),
        ("Links", "contact"),
        ("Referees", "references"),
    ],
)
def test_a_heading_in_another_language_names_its_section(heading: str, key: str) -> None:
    assert vocabulary_key(heading) == key


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("获奖荣誉", "awards"),  # ends in 荣誉
        ("奖项和荣誉", "awards"),
        ("兴趣、规划等", "interests"),  # opens with 兴趣
        ("实践经历", "work"),
        ("技能证书", "skills"),  # the longest word it opens with
    ],
)
def test_a_cjk_heading_names_its_section_by_the_word_it_opens_or_ends_with(heading: str, key: str) -> None:
    assert vocabulary_key(heading) == key


@pytest.mark.parametrize(
    "text",
    [
        "清华大学教育学院",  # a school: 教育 inside, not at an end
        "科研经历",  # research and campus experience are not jobs
        "校园经历",
        "Project",  # a bold "Project" or "Internship" over an entry is its title, not a section
        "Internship",
    ],
)
def test_words_that_name_no_section(text: str) -> None:
    assert vocabulary_key(text) is None


def test_a_heading_written_with_an_emoji_code_still_names_its_section() -> None:
    assert vocabulary_key(":mortar_board: 教育经历") == "education"


def test_a_skills_group_called_programming_languages_stays_a_group() -> None:
    text = "Jane Roe\njane@example.com\n\nSkills\nProgramming Languages: Python, Go\nTools: Git, Docker\n"
    resume = import_resume(text.encode(), "cv.txt").resume
    assert [group.get("name") for group in resume["skills"]] == ["Programming Languages", "Tools"]


def test_an_internship_section_in_polish_is_imported_as_work() -> None:
    text = (
        "Jan Kowalski\njan@example.com\n\n"
        "Praktyki, staże\n"
        "Staż w Studio Nord  2016 – 2017\nPraktykant\n\n"
        "Edukacja\nUniwersytet Warszawski  2013 – 2016\nInformatyka, studia licencjackie\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    assert [job.get("startDate") for job in resume["work"]] == ["2016"]
    assert "Studio Nord" in " ".join(str(v) for v in resume["work"][0].values())


def test_a_familiarity_heading_is_skills() -> None:
    assert vocabulary_key("FAMILIARITY OF THE FOLLOWING SOFTWARE") == "skills"


def test_a_portuguese_work_heading_with_a_note_in_brackets() -> None:
    assert vocabulary_key("Atuação profissional (seleção)") == "work"


def test_a_heading_that_lost_its_space_in_the_text_layer() -> None:
    assert vocabulary_key("Expériencesprofessionnelles") == "work"
    assert vocabulary_key("WORKEXPERIENCE") == "work"


def test_programming_languages_is_a_skills_heading_and_a_group_under_skills() -> None:
    assert vocabulary_key("Programming Languages") == "skills"
    text = "Jane Roe\njane@example.com\n\nSkills\nProgramming Languages: Python, Go\n\nLanguages\nEnglish\n"
    resume = import_resume(text.encode(), "cv.txt").resume
    assert [g.get("name") for g in resume["skills"]] == ["Programming Languages"]
    assert [lang.get("language") for lang in resume["languages"]] == ["English"]


@pytest.mark.parametrize(
    ("heading", "key"),
    [("Formacion", "education"), ("Educacion", "education"), ("Expèriences", "work"), ("EXPERIENCIA", "work")],
)
def test_a_heading_typed_without_its_accents_or_with_the_wrong_one_is_known(heading: str, key: str) -> None:
    assert vocabulary_key(heading) == key


def test_a_document_title_resume_is_still_no_heading_without_its_accents() -> None:
    from resume_autofix.importer.vocabulary import exact_key  # noqa: PLC0415

    assert exact_key("RESUME") is None


def test_an_education_heading_run_into_its_line_opens_the_section() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme  2019 – 2021\n\n"
        "EDUCATION: Mid-State University | B.S. Computer Science | 2014 – 2018\n"
    )
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["institution"], school["endDate"]) == ("Mid-State University", "2018")
    assert school["studyType"].startswith("B.S.")


def test_a_profile_line_naming_the_education_above_its_own_section_is_no_second_school() -> None:
    text = (
        "Jane Doe\nEducation: 2017.09~2021.06 Beijing University Computer Science Master\n\n"
        "Education\nBeijing University  2019.09 - 2021.06\nMaster, Computer Science\n"
    )
    assert len(import_resume(text.encode(), "cv.txt").resume["education"]) == 1


def test_one_school_with_its_degrees_listed_under_it_is_one_entry_per_degree() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEDUCATION\nUniversity of Arkansas at Little Rock, Little Rock, AR\n"
        "• BS in Early Childhood Development (1999)\n• BA in Elementary Education (1998)\n"
        "• Dean’s List, Chancellor’s List\n"
    )
    schools = import_resume(text.encode(), "cv.txt").resume["education"]
    assert [(s["institution"], s["studyType"], s["area"], s["endDate"]) for s in schools] == [
        ("University of Arkansas at Little Rock", "BS", "Early Childhood Development", "1999"),
        ("University of Arkansas at Little Rock", "BA", "Elementary Education", "1998"),
    ]
    assert schools[0]["courses"] == ["Dean’s List, Chancellor’s List"]


def test_headings_in_latex_large_over_an_eleven_point_body_open_their_sections() -> None:
    # GIVEN an 11 pt LaTeX CV (10.95 pt body) whose headings are \large (11.955 pt, 1.09 times the body), not bold
    body = [Line(f"Line {k} of the body text, long enough to be running text.", 10.95) for k in range(6)]
    lines = [
        Line("Education", 11.955),
        Line("Purdue University  West Lafayette, Indiana USA", 10.95, bold=True),
        Line("Ph.D. Electrical and Computer Engineering  Dec. 2014", 10.0),
        *body[:3],
        Line("Journal publications", 11.955),
        *body[3:],
        Line("Teaching Experience", 11.955),
        Line("Instructor, Purdue University  2012", 10.95),
    ]
    _header, sections, _warnings = split_sections(lines)
    # THEN each heading opens a section: the publications are not read as schools
    assert [s.key for s in sections] == ["education", "publications", "work"]


def test_a_career_summary_that_lists_jobs_by_their_dates_is_the_work_section() -> None:
    # GIVEN a UK CV: "Career Summary" over "2018 – present   Job title" / "Company name", with "Achievements" under
    # each job in body type
    text = (
        "Jane Jobseeker\njane@example.com\n\nCareer Summary\n"
        "2018 – present  Data Analyst\nNorthwind Traders\nAchievements\n- Cut reporting time by half\n"
        "2007 – 2018  Junior Analyst\nContoso Ltd\nAchievements\n- Built the sales dashboard\n"
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert [(job["position"], job["name"], job["startDate"]) for job in work] == [
        ("Data Analyst", "Northwind Traders", "2018"),
        ("Junior Analyst", "Contoso Ltd", "2007"),
    ]


def test_a_career_summary_in_sentences_stays_the_summary() -> None:
    text = "Jane Jobseeker\njane@example.com\n\nCareer Summary\nAnalyst with ten years in retail data.\n"
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["summary"] == "Analyst with ten years in retail data."
