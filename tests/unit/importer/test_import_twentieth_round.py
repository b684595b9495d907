"""Twentieth round (the long tail of degrees and schools; held-out sets 123-125 measured after it)."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.assemble import _header_atop_column
from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.dateline import dated
from resume_autofix.importer.degreemarks import before_grade
from resume_autofix.importer.layout import _centred_beside
from resume_autofix.importer.ligatures import mended_glyphs
from resume_autofix.importer.lines import Line
from resume_autofix.importer.pdf import LIGATURE_MARK, Glyph, _ligature_marks
from resume_autofix.importer.rawentry import Marks
from resume_autofix.importer.sections import Section
from resume_autofix.importer.titleblock import entry_of_block
from tests.unit.importer.texts import section_resume, text_resume


def _resume(body: str, heading: str = "Education") -> dict:
    return section_resume(body, heading)


def test_a_degree_line_keeps_its_name_apart_from_when_it_is_expected() -> None:
    # GIVEN a school over a degree line that ends with the date the degree is expected
    resume = _resume(
        "Shanghai Jiao Tong University, Shanghai, China    2013 – Present\n"
        "Master student in Electronics Engineering (EE), expected March 2016\n"
    )
    # THEN the degree and its field are read without the expected date
    (school,) = resume["education"]
    assert (school.get("studyType"), school.get("area")) == ("Master student", "Electronics Engineering (EE)")


def test_a_rank_after_a_degree_is_no_part_of_it() -> None:
    assert before_grade("Bachelor student in Computer Science & Technology, Rank: 4th/124") == (
        "Bachelor student in Computer Science & Technology",
        "Rank: 4th/124",
    )
    assert before_grade("Master of Science, expected May 2025") == ("Master of Science", "expected May 2025")
    assert before_grade("Bachelor of Science in Frankly Expected Outcomes") == (
        "Bachelor of Science in Frankly Expected Outcomes",
        "",
    )


def test_a_chinese_schools_line_names_its_field_then_its_degree() -> None:
    # GIVEN a Chinese school over its line "field degree college", and another whose degree is still being studied
    resume = _resume(
        "上海交通大学    2018.09 - 2022.06\n计算机科学与技术 本科 电子信息与电气工程学院    上海\n\n"
        "哈尔滨工业大学    哈尔滨    2018.09 – 至今\n数据科学与大数据技术    本科在读，预计 2022.06 毕业\n",
        "教育经历",
    )
    # THEN each degree is the degree word and the field the words before it
    assert [(s.get("institution"), s.get("studyType"), s.get("area")) for s in resume["education"]] == [
        ("上海交通大学", "本科", "计算机科学与技术"),
        ("哈尔滨工业大学", "本科", "数据科学与大数据技术"),
    ]


def test_capitals_then_a_word_a_wide_space_parts_are_no_word_a_ligature_broke() -> None:
    # GIVEN Word's "BA in Computer Science": "BA" and "in" half an em apart ("Ba" + "ffi" + "n" is "Baffin")
    glyphs = [Glyph("BA", 72.8, 84.4, 622.5, 10.0, False), Glyph("in", 89.1, 96.1, 622.5, 10.0, False)]
    # THEN they stay two words
    assert [g.text for g in mended_glyphs(glyphs)] == ["BA", "in"]


def test_a_grade_before_its_name_and_a_minor_after_a_comma_are_no_part_of_the_field() -> None:
    # GIVEN a school over "BA in Computer Science, Minor in Web Programming and Applications, 3.61 GPA"
    resume = _resume(
        "New York University    May 2016\nBA in Computer Science, Minor in Web Programming and Applications, 3.61 GPA\n"
    )
    # THEN the field is the major alone
    (school,) = resume["education"]
    assert (school.get("studyType"), school.get("area")) == ("BA", "Computer Science")


def test_a_column_of_dates_read_before_its_entries_goes_to_them_in_order() -> None:
    # GIVEN Word's floating text box of dates, read before the entries it stands beside
    resume = _resume(
        "Fall 2024 – Present\nFall 2021 – Spring 2024\n"
        "• Tennessee Technological University, Cookeville, TN\nBachelor of Science in Electrical Engineering\n"
        "• Pellissippi State Community College, Knoxville, TN\nAssociate of Science – GPA 3.8\n\n"
        "Work Experience\nNovember 2018 – May 2024\nOctober 2017 – November 2018\n"
        "• Device Repair Technician – William’s Batteries LLC\n"
        "• This role gave me the opportunity to express my passion\n"
        "• for electronics by repairing a wide range of devices, computers, smart phones, tablets, etc.\n"
        "• Sales Associate (Computers) – Best Buy\n"
    )
    # THEN each school and each job has its own dates
    assert [(s.get("institution"), s.get("startDate"), s.get("endDate")) for s in resume["education"]] == [
        ("Tennessee Technological University", "2024", None),
        ("Pellissippi State Community College", "2021", "2024"),
    ]
    assert [(j.get("name"), j.get("position"), j.get("startDate")) for j in resume["work"]] == [
        ("William’s Batteries LLC", "Device Repair Technician", "2018-11"),
        ("Best Buy", "Sales Associate (Computers)", "2017-10"),
    ]


def test_a_column_of_dates_pairs_nothing_when_the_entries_are_not_as_many() -> None:
    # GIVEN two dates and three names under them: which goes with which cannot be told
    resume = _resume("2020 – 2024\n2016 – 2020\n• Alpha University\n• Beta College\n• Gamma Institute\n")
    # THEN no school is given a date it may not have
    assert not any("startDate" in s for s in resume.get("education", []) if s.get("institution") == "Gamma Institute")


def test_a_list_item_naming_a_firm_its_dates_in_brackets_and_a_role_is_a_job() -> None:
    # GIVEN a Google Docs list of work: a project, then "Firm (dates): role"; and duties written the same way
    resume = _resume(
        "• GitHub project: KPEG - Kotlin PEG parser with Kotlin DSL\n"
        "• Sixhands (Nov 2021 - Jan 2022): Junior Android developer\n",
        "Work Experience and Projects",
    )
    # THEN the item is a job with its employer, role and dates
    assert [(j.get("name"), j.get("position"), j.get("startDate"), j.get("endDate")) for j in resume["work"]] == [
        ("Sixhands", "Junior Android developer", "2021-11", "2022-01")
    ]
    # AND a duty that reads on as a sentence after its bracketed year is no job
    duty = _resume(
        "Backend Engineer, Foo Inc, 2019 - 2023\n• Payments (2023): moved the nightly batch to a queue.\n", "Experience"
    )
    assert len(duty["work"]) == 1


def test_a_glyph_pdfium_could_not_read_inside_a_word_is_the_ligature_that_makes_it_whole() -> None:
    # GIVEN PDFium's text "So\ufffeware Engineer" where a web font's "ft" glyph had no text, the next letter right
    # after it on the line; and "high\ufffeimpact", a hyphen at a line's end with the word going on below
    boxes = {2: (62.0, 68.2, 690.9), 3: (68.6, 75.5, 690.8), 19: (300.0, 303.0, 700.0), 20: (51.0, 56.0, 688.0)}
    text = _ligature_marks("So\ufffeware Engine high\ufffeimpact", lambda i: i, lambda k: boxes[k])
    # THEN the first is marked a lost ligature and the line-end hyphen stays as it was
    assert text == f"So{LIGATURE_MARK}ware Engine high\ufffeimpact"
    # AND the word is made whole with the ligature its letters need; one no ligature makes whole is hyphenated
    glyphs = [
        Glyph(f"So{LIGATURE_MARK}ware", 51.6, 75.5, 690.0, 9.5, True),
        Glyph(f"e{LIGATURE_MARK}qzx", 80, 99, 690.0, 9.5, True),
    ]
    assert [g.text for g in mended_glyphs(glyphs)] == ["Software", "e-qzx"]


def test_a_site_beside_the_name_is_no_name() -> None:
    # GIVEN a header whose first name-sized cell is the person's site, the name in the cell beside it
    resume = import_resume(
        b"Oxford, UK\ncharlesjwilson.com    Charles Wilson\ncharles@example.com\n\nSkills\nPython\n", "cv.txt"
    ).resume
    # THEN the name is the person's and the site their url
    assert resume["basics"]["name"] == "Charles Wilson"
    assert resume["basics"]["url"] == "https://charlesjwilson.com"


def test_europass_personal_information_read_as_one_cell_with_the_name_is_no_part_of_it() -> None:
    resume = import_resume(
        b"PERSONAL INFORMATION Ivanov Georgi\nGeorgi Benkovski 19, 8600 Yambol (Bulgaria)\n(+359) 883 900 220\n"
        b"joroz95@example.com\n\nSkills\nPHP\n",
        "cv.txt",
    ).resume
    assert resume["basics"]["name"] == "Ivanov Georgi"


def test_a_light_given_name_over_its_bold_family_name_is_one_name() -> None:
    # GIVEN a sidebar's "Alex" over a bold "Doe", one size, one left edge
    lines = [
        Line("RESUME", size=6.0, bold=True, x0=106, x1=130, top=33),
        Line("Alex", size=19.5, x0=106, x1=150, top=56),
        Line("Doe", size=19.5, bold=True, x0=106, x1=145, top=75),
        Line("hola@example.com", size=8.6, x0=20, x1=120, top=138),
    ]
    basics, _rest, _prose = parse_header(lines)
    # THEN the name is both lines
    assert basics["name"] == "Alex Doe"


def test_a_grade_line_between_a_schools_title_and_its_dates_keeps_the_title_on_the_school() -> None:
    # GIVEN "School — Degree" / "Current GPA: 3.76" / "dates, place", each school so
    resume = _resume(
        "Virginia Tech — Bachelor of Science\nCurrent GPA: 3.76\nAugust 2019 - May 2023, Blacksburg, VA\n\n"
        "Atlee High School — Advanced Diploma\nSeptember 2015 - June 2019, Mechanicsville, VA\n"
    )
    # THEN the school is its name, not the place after its dates; "Advanced Diploma" is one degree's name
    assert [(s.get("institution"), s.get("studyType"), s.get("area")) for s in resume["education"]] == [
        ("Virginia Tech", "Bachelor of Science", None),
        ("Atlee High School", "Advanced Diploma", None),
    ]


def test_a_legal_form_wrapped_onto_a_line_of_its_own_stays_with_the_firms_name() -> None:
    # GIVEN a narrow column: "03/18 - 09/18   Panasonic Industrial Devices Slovakia" / "s.r.o." / the role
    lines = [
        Line("03/18 - 09/18  Panasonic Industrial Devices Slovakia", size=11.3, bold=True, x0=249, x1=520),
        Line("s.r.o.", size=11.3, bold=True, x0=341, x1=370),
        Line("Warehouseman", size=10.5, x0=341, x1=420),
    ]
    entry = entry_of_block(lines, (0, 0, 1), 3, Marks(edge={}, column_edge={}))
    # THEN the firm's name ends with its legal form
    assert entry.parts[0] == "Panasonic Industrial Devices Slovakia s.r.o."


def test_a_range_flush_right_at_the_end_of_a_long_first_line_dates_the_job_above() -> None:
    # GIVEN a title, then a description's first line with the job's dates set at its right end, read as one cell
    resume = _resume(
        "Software Developer, Mind Treat Studios\n"
        "I have developed most of the studio creative projects, from mobile application, games, web applications, "
        "up 2018-07 — Present\n"
        "to electronic circuits and projection mapping.\n",
        "Employment",
    )
    # THEN the job has its dates
    (job,) = resume["work"]
    assert (job.get("name"), job.get("position"), job.get("startDate")) == (
        "Mind Treat Studios",
        "Software Developer",
        "2018-07",
    )
    # AND a sentence that ends on its own dates ("… since 2018 – 2020") stays a sentence
    assert (
        dated(
            Line(
                "I led the team of twelve engineers that rebuilt the billing platform for the company since 2018 – 2020"
            )
        )
        is None
    )


def test_calibris_ti_glyph_written_as_a_greater_than_sign_is_read_as_its_letters() -> None:
    glyphs = [Glyph("crea>ve", 10, 40, 100, 8.4, False), Glyph("applica>ons", 45, 90, 100, 8.4, False)]
    assert [g.text for g in mended_glyphs(glyphs)] == ["creative", "applications"]
    assert [g.text for g in mended_glyphs([Glyph("a>b", 10, 20, 100, 8.4, False)])] == ["a>b"]


def test_a_school_boards_initials_after_a_degree_and_a_grade_line_above_a_title_are_no_part_of_it() -> None:
    resume = _resume(
        "M.Sc. in Autonomous Systems    04/2018 – 09/2022\nHochschule Bonn-Rhein-Sieg, Germany\nGerman GPA 1.1\n"
        "B.E. in Electronics and Communications    08/2009 – 06/2013\nVisvesvaraya Technological University, India\n\n"
        "Army Public School    2020 – 2021\nHigher Secondary (CBSE)\n"
    )
    assert [(s.get("studyType"), s.get("area")) for s in resume["education"]] == [
        ("M.Sc.", "Autonomous Systems"),
        ("B.E.", "Electronics and Communications"),
        ("Higher Secondary", None),
    ]


def test_a_header_atop_the_main_column_read_after_a_sidebar_is_the_header() -> None:
    # GIVEN a sidebar read first (its last section "LANGUAGES"), then the main column's top: name, title, contacts
    sidebar = [Line("French: Native language", size=12, column=1, top=563), Line("English", size=12, column=1, top=585)]
    top = [
        Line("Lyncold Stephensky CHERY", size=10.5, bold=True, column=2, top=74),
        Line("Junior Cybersecurity Analyst | Computer Scientist", size=10.5, bold=True, column=2, top=87),
        Line("(+509) 4149 4349 | lync@example.com | LinkedIn", size=10.5, bold=True, column=2, top=116),
    ]
    objective = Section("summary", "Professional Objective", [Line("Young computer scientist", column=1, top=94)])
    languages = Section("languages", "LANGUAGES", [*sidebar, *top])
    header = _header_atop_column([], [objective, languages], [*objective.lines, *languages.lines])
    # THEN the main column's top is the header, and no longer the sidebar's languages
    assert [line.text for line in header] == [line.text for line in top]
    assert languages.lines == sidebar


# the review of the twentieth round: each rule's false positives, now tests


def test_a_grade_line_under_a_titled_school_stays_that_schools() -> None:
    resume = _resume(
        "Virginia Tech    August 2019 - May 2023\nBachelor of Science in Computer Science\nMinor in Mathematics\n"
        "GPA: 3.76\nAtlee High School    September 2015 - June 2019\n"
    )
    assert resume["education"][0]["score"] == "3.76"
    assert "studyType" not in resume["education"][1]


def test_a_schools_own_line_with_its_grade_stays_its_title() -> None:
    resume = _resume(
        "Stanford University, GPA: 3.9/4.0\nMaster of Science in Computer Science\nSep 2018 – Jun 2020\n"
        "University of Michigan, GPA: 3.8/4.0\nBachelor of Science in Computer Engineering\nSep 2014 – May 2018\n"
    )
    assert [s.get("institution") for s in resume["education"]] == ["Stanford University", "University of Michigan"]


def test_personal_details_after_a_name_already_found_are_no_name() -> None:
    resume = text_resume(
        "Max Mustermann\nmax@example.com\nPersönliche Angaben: ledig, deutsch\n\n"
        "Berufserfahrung\nSoftwareentwickler, Acme GmbH    2019 - 2023\n"
    )
    assert resume["basics"]["name"] == "Max Mustermann"


def test_a_description_that_ends_on_a_closed_range_is_no_job() -> None:
    resume = _resume(
        "Database Administrator, Acme Corp    2019 - Present\n"
        "Responsible for upgrading all of the company's on-premises database servers and reporting services from "
        "SQL Server 2008 – 2019\nAutomated backups and monitoring with PowerShell scripts.\n"
        "Junior DBA, Beta LLC    2016 - 2019\nMaintained the reporting servers.\n",
        "Experience",
    )
    assert [j.get("name") for j in resume["work"]] == ["Acme Corp", "Beta LLC"]


def test_duties_and_projects_with_a_bracketed_date_are_no_jobs() -> None:
    work = _resume(
        "Sales Associate, Best Buy    2019 - 2023\n• Employee of the Month (March 2022) - highest sales in region\n"
        "• Payments (2023): migrated nightly batch to a queue\n• Served 50+ customers a day\n",
        "Experience",
    )["work"]
    assert len(work) == 1
    assert len(work[0]["highlights"]) == 3


def test_a_college_first_in_a_chinese_schools_line_is_no_field() -> None:
    resume = text_resume(
        "张伟\nzhangwei@example.com\n\n教育经历\n上海交通大学    2018.09 - 2022.06\n"
        "电子信息与电气工程学院 本科 计算机科学与技术专业 GPA 3.8/4.0\n"
    )
    assert resume["education"][0].get("area") != "电子信息与电气工程学院"


def test_a_range_and_a_single_date_over_one_school_are_its_dates_not_two_schools() -> None:
    resume = _resume(
        "Sep 2018 – May 2022\nGraduated May 2022\nUniversity of Michigan\nBachelor of Science in Computer Science\n"
    )
    assert resume["education"][0].get("startDate") == "2018-09"


def test_a_kind_of_job_alone_over_the_role_at_its_employer_is_neither() -> None:
    # GIVEN Canva's "Job étudiant   2022" over "Assistant point de vente chez Trafic"
    work = _resume("Job étudiant    2022\nAssistant point de vente chez Trafic\n", "Expérience professionnelle")["work"]
    # THEN the employer and the role come from the line under it
    assert [(j.get("name"), j.get("position")) for j in work] == [("Trafic", "Assistant point de vente")]
    # AND "Internship" over the employer, in a line of its own, is the role
    work = _resume("Internship    2015 - 2016\nSome IT Company\n", "Experience")["work"]
    assert work[0].get("position") == "Internship"


def test_a_title_wrapped_beside_a_centred_employer_and_dates_is_one_line() -> None:
    # GIVEN Chromium's flex row: "Software Development" / "Engineer" on the left, the employer and dates centred
    # between their baselines on the right
    lines = [
        Line("Software Development", size=9.5, bold=True, top=158, x0=51, x1=150),
        Line("Amazon Development Centre London  February 2016 — Present", size=9.5, bold=True, top=164, x0=225, x1=560),
        Line("Engineer", size=9.5, bold=True, top=170, x0=51, x1=90),
        Line("Video Commerce Experience Clients Team", size=9.5, bold=True, top=186, x0=61, x1=260),
    ]
    # THEN the title is whole on one line with the row's other cells
    merged = _centred_beside(lines)
    assert merged[0].cells == [
        "Software Development Engineer",
        "Amazon Development Centre London",
        "February 2016 — Present",
    ]
    assert [line.text for line in merged[1:]] == ["Video Commerce Experience Clients Team"]


def test_a_role_and_its_speciality_before_a_bar_or_dash_and_the_employer_are_one_position() -> None:
    work = _resume(
        "Software Developer, Gen AI Co-op | IFS Copperleaf    Sep 2025 – Apr 2026\n"
        "Internal Tools Engineer (Full Stack) - Community Life Help    Nov 2022 – Dec 2024\n"
        "Global Intern, Data Analytics | Takenmind Technologies    Projects    Jan 2021 – Present\n",
        "Experience",
    )["work"]
    assert [(j.get("name"), j.get("position")) for j in work] == [
        ("IFS Copperleaf", "Software Developer, Gen AI Co-op"),
        ("Community Life Help", "Internal Tools Engineer (Full Stack)"),
        ("Takenmind Technologies", "Global Intern, Data Analytics"),
    ]
