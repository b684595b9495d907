"""Twenty-first round (grades kept under a degree become its score; Portuguese months that are English words)."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from resume_autofix.importer import import_resume
from resume_autofix.importer.contacts import EMAIL
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.degreemarks import without_grades
from resume_autofix.importer.implied import implied_sections
from resume_autofix.importer.jobs import _speciality_beside_role
from resume_autofix.importer.keptlines import end_from_courses, score_from_courses
from resume_autofix.importer.ligatures import mended_glyphs
from resume_autofix.importer.lines import Line
from resume_autofix.importer.pdf import Glyph
from resume_autofix.importer.rawentry import RawEntry
from resume_autofix.importer.schoolrows import education_labels
from resume_autofix.importer.schools import _major_after_school
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.titleblock import _aside, _unbracketed
from tests.unit.importer.texts import section_resume, text_resume


def test_a_grade_line_under_a_degree_is_its_score_not_a_course() -> None:
    # GIVEN a degree with its grade alone on the line under it, then a line of coursework
    resume = section_resume(
        "Georgia Institute of Technology, Atlanta, GA    Aug 2018 – May 2022\n"
        "Bachelor of Science in Computer Science\n"
        "Cumulative GPA: 3.7 / 4.0\n"
        "Relevant Coursework: Algorithms, Databases\n",
        "Education",
    )
    # THEN the grade is the entry's score, and the courses are the coursework listed
    (school,) = resume["education"]
    assert school["score"] == "3.7 / 4.0"
    assert school["courses"] == ["Algorithms", "Databases"]


@pytest.mark.parametrize(
    ("courses", "score", "kept"),
    [
        (["GPA: 3.97/4.00, Valedictorian"], "3.97/4.00", ["Valedictorian"]),
        (["Final grade: 1.0 · Valedictorian"], "1.0", ["Valedictorian"]),
        (["Note: 1,3 (mit Auszeichnung)"], "1,3", ["(mit Auszeichnung)"]),
        (["CGPA (Major): 4.18/4.3"], "4.18/4.3", None),
        (["Final Grade: 18/20."], "18/20", None),
        (["Cum. GPA: 3.83 / 4.0", "Major GPA: 3.9 / 4.0"], "3.83 / 4.0", ["Major GPA: 3.9 / 4.0"]),
    ],
)
def test_the_first_grade_line_gives_the_score_and_the_rest_of_its_line_stays(
    courses: list[str], score: str, kept: list[str] | None
) -> None:
    item: dict = {"institution": "HTW Berlin", "courses": list(courses)}
    score_from_courses(item)
    assert item["score"] == score
    assert item.get("courses") == kept


@pytest.mark.parametrize(
    "line",
    [
        "GPA (4.0 Scale): Early Childhood Development – 3.8, Overall 3.4.",  # the scale, not a grade
        "GPA:_._/4.0",  # a template's blank to fill in
        "Grade 12",  # a school year
        "Ranking: 3/120",  # a rank is no grade
        "Honors: 4.0 / 4.0 GPA",  # the grade after its label: left as printed
    ],
)
def test_a_line_that_only_looks_like_a_grade_is_no_score(line: str) -> None:
    item: dict = {"institution": "Virginia Tech", "courses": [line]}
    score_from_courses(item)
    assert "score" not in item
    assert item["courses"] == [line]


def test_a_score_read_already_is_not_replaced() -> None:
    item: dict = {"institution": "Virginia Tech", "score": "3.9", "courses": ["GPA: 3.5/4.0"]}
    score_from_courses(item)
    assert item == {"institution": "Virginia Tech", "score": "3.9", "courses": ["GPA: 3.5/4.0"]}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mai 2022 – Set 2024", "2022-05", "2024-09"),  # Portuguese: "Set" ends a range that opens with a month
        ("Out 2020 – Dez 2021", "2020-10", "2021-12"),  # "Out" opens one that ends with a month
        ("jan 2020 - out 2021", "2020-01", "2021-10"),
        ("Set/2022", "2022-09", None),
    ],
)
def test_set_and_out_are_months_beside_a_named_month(text: str, start: str, end: str | None) -> None:
    (span,) = find_dates(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["Set 2024", "Sold Out 2020", "Set 2022 – Out 2023"])
def test_set_and_out_alone_are_english_words_before_a_year(text: str) -> None:
    assert all(span.start is not None and "-" not in span.start for span in find_dates(text))


def test_a_portuguese_degree_range_with_set_is_read_whole() -> None:
    resume = section_resume(
        "Unicesumar, Tecnólogo em Análise e Desenvolvimento de Sistemas\nMai 2022 – Set 2024\n", "Educação"
    )
    (school,) = resume["education"]
    assert (school.get("startDate"), school.get("endDate"), school.get("courses")) == ("2022-05", "2024-09", None)


def test_a_plain_text_heading_set_apart_by_blank_lines_opens_its_section() -> None:
    # GIVEN plain text whose experience heading has words around its section's name, alone between blank lines
    resume = text_resume(
        "Anton Malofeev\nanton@example.com\n\n"
        "Commercial Full-time/Half-time work experience\n\n"
        "Senior Flutter Mobile Developer, 2V Modules    Feb 2023 – Jan 2024\n"
        "- Built a marketplace app\n"
    )
    # THEN it is the work section's heading, and the job under it is read
    (job,) = resume["work"]
    assert (job.get("position"), job.get("name"), job.get("startDate")) == (
        "Senior Flutter Mobile Developer",
        "2V Modules",
        "2023-02",
    )


def test_a_line_of_a_job_between_blank_lines_is_no_heading() -> None:
    # a line with a section's word that is a sentence or a labelled value stays in its entry
    resume = text_resume(
        "Jane Doe\njane@example.com\n\nExperience\n\n"
        "Data Engineer, Acme Corp    2019 – 2021\n\n"
        "Led the education outreach program.\n\n"
        "Analyst, Globex    2017 – 2019\n"
    )
    assert [job.get("name") for job in resume["work"]] == ["Acme Corp", "Globex"]
    assert "education" not in resume


def _line(text: str, level: int = 0, size: float = 11.0) -> Line:
    return Line(text=text, bold=True, size=size, level=level, heading=level > 0)


def test_the_skills_heading_after_jobs_with_skills_labels_opens_the_skills_section() -> None:
    # GIVEN jobs that each end with a bold "Skills" label, then "Education" and "Skills" set as Word headings
    body = [_line("Jane Doe", 1, 20.0), _line("Professional Experience", 3, 12.0)]
    for year in (2020, 2018):
        body += [Line(text=f"Jan {year} → Dec {year + 1}"), Line(text="DevOps Lead, Acme"), _line("Skills")]
        body += [Line(text="Terraform, Python")]
    body += [_line("Education", 3, 12.0), Line(text="BSc Computer Networks, Sheffield Hallam University")]
    body += [_line("Skills", 3, 12.0), Line(text="Cloud: AWS, Kubernetes")]
    _, sections, _ = split_sections(body)
    # THEN the labels stay in the jobs, and the heading set as the others are opens the skills section
    assert [s.key for s in sections] == ["work", "education", "skills"]
    assert [line.text for line in sections[-1].lines] == ["Cloud: AWS, Kubernetes"]


def _row(*cells: str) -> Line:
    return Line(text="  ".join(cells), cells=list(cells))


def test_a_rirekisho_header_row_with_no_school_or_job_row_under_it_parts_schools_from_jobs() -> None:
    # GIVEN a 履歴書's "年 | 月 | 学歴・職歴" header row over the events, with no "学歴" or "職歴" row among them
    lines = [
        Line(text="猫 太郎"),
        _row("年", "月", "学歴・職歴（各別にまとめて書く）"),
        _row("2014", "4", "東京動物大学 工学部 入学"),
        _row("2018", "3", "東京動物大学 工学部 卒業"),
        _row("2018", "4", "株式会社キャット 入社"),
        _row("2020", "3", "株式会社キャット 退社"),
    ]
    header, sections, _ = split_sections(lines)
    _, sections = implied_sections(header, sections)
    # THEN the header row is the heading, the school's rows are education and the rows from the first job on work
    assert [(s.key, len(s.lines)) for s in sections] == [("education", 2), ("work", 2)]


def test_a_rirekisho_header_row_over_school_and_job_rows_keeps_them() -> None:
    lines = [
        Line(text="猫 太郎"),
        _row("年", "月", "学歴・職歴"),
        Line(text="学歴"),
        _row("2014", "4", "東京動物大学 入学"),
        Line(text="職歴"),
        _row("2018", "4", "株式会社キャット 入社"),
    ]
    _, sections, _ = split_sections(lines)
    assert [(s.key, [line.text for line in s.lines]) for s in sections if s.lines] == [
        ("education", ["2014  4  東京動物大学 入学"]),
        ("work", ["2018  4  株式会社キャット 入社"]),
    ]


def test_a_graduation_expected_ends_the_school_it_began() -> None:
    resume = section_resume("2022  4  武蔵野美術大学 入学\n2026  3  武蔵野美術大学 卒業見込み\n", "学歴")
    (school,) = resume["education"]
    assert (school["institution"], school.get("startDate"), school.get("endDate")) == (
        "武蔵野美術大学",
        "2022-04",
        "2026-03",
    )


def test_a_trades_job_after_the_employer_and_its_place_is_the_position() -> None:
    # GIVEN a Google Docs template's "Employer, Place — Role" titles, the roles trades' words
    resume = section_resume(
        "Bothma Signs, Gauteng — Installer\n2017 - 2018\n• Installed signs\n"
        "Butterfly, Johannesburg — Loader\n2018 - 2019\n• Offloaded containers\n",
        "Experience",
    )
    # THEN the trade is the position and the firm the employer
    assert [(job.get("name"), job.get("position")) for job in resume["work"]] == [
        ("Bothma Signs", "Installer"),
        ("Butterfly", "Loader"),
    ]


def _bold_titled_pdf(entries: list[tuple[str, str, str]]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(20, 20, "Ndumiso Fanti")
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(20, 34, "EXPERIENCE")
    y = 44
    for title, dates, bullet in entries:
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(20, y, title)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(20, y + 6, dates)
        pdf.text(24, y + 12, bullet)
        y += 22
    return bytes(pdf.output())


def test_an_undated_last_job_whose_title_names_a_firm_and_a_role_is_its_own_entry() -> None:
    # GIVEN two dated jobs, then a last one in the same bold type whose dates are a typo ("219 - Present")
    data = _bold_titled_pdf(
        [
            ("Bothma Signs, Gauteng - Installer", "2017 - 2018", "- Installed signs across the country"),
            ("Butterfly, Johannesburg - Loader", "2018 - 2019", "- Offloaded stationery from containers"),
            ("Standard Bank, Johannesburg - Learner", "219 - Present", "- Studied Java for the OCA exam"),
        ]
    )
    work = import_resume(data, "cv.pdf").resume["work"]
    # THEN the last is an entry of its own, not the body of the one before
    assert [(job.get("name"), job.get("position")) for job in work][-1] == ("Standard Bank", "Learner")


def test_a_division_after_the_employer_and_a_comma_is_no_place() -> None:
    # a review's case: "Amazon, AWS — Software Development Engineer" names a division, which no list tells from a town
    (job,) = section_resume(
        "Amazon, AWS — Software Development Engineer  2019 – 2021\n• Built services\n", "Experience"
    )["work"]
    assert (job.get("name"), job.get("location")) == ("Amazon, AWS", None)


def test_a_campus_or_a_speciality_after_the_comma_is_no_place() -> None:
    (school,) = section_resume(
        "University of California, Santa Barbara — B.S. Computer Science\n2015 - 2019\n", "Education"
    )["education"]
    assert school["institution"] == "University of California, Santa Barbara"
    (job,) = section_resume(
        "Clinical Nurse Specialist, Respiratory — St Brendan's NHS\n2016 - 2020\n• Ran the ward\n", "Experience"
    )["work"]
    assert "location" not in job


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [
        ("2020  2025  Principal Architect at Devoteam", "2020", "2025", False),
        ("2025  Now  Principal Platform & AI Engineer at Aeven", "2025", None, True),
        ("2018  2020", "2018", "2020", False),
    ],
)
def test_two_dates_in_cells_of_their_own_at_a_lines_start_are_a_range(
    text: str, start: str, end: str | None, present: bool
) -> None:
    span = find_dates(text)[0]
    assert (span.start, span.end, span.present) == (start, end, present)


@pytest.mark.parametrize("text", ["2019  2020  2021", "2021  2019  Award", "2019 2020 Award"])
def test_a_run_of_years_or_years_backwards_are_no_range(text: str) -> None:
    assert all(span.end is None for span in find_dates(text))


def test_a_job_dated_by_two_cells_reads_its_dates_and_its_title() -> None:
    resume = section_resume(
        "2025  Now  Principal Platform & AI Engineer at Aeven\nDesigning a hybrid-cloud platform.\n"
        "2020  2025  Principal Architect at Devoteam\nBuilt Azure platforms.\n",
        "Experience",
    )
    assert [(j.get("name"), j.get("startDate"), j.get("endDate")) for j in resume["work"]] == [
        ("Aeven", "2025", None),
        ("Devoteam", "2020", "2025"),
    ]


def test_a_role_line_under_an_employer_and_its_trade_is_the_position() -> None:
    # GIVEN "Employer | Trade  dates" over a short line of a job's words, neither title part a job
    resume = section_resume(
        "Pyramid Developers | IT Product & Services  23 Feb, 2024 - 10 May, 2024\nWeb developer Intern\n"
        "• Developed software products using NextJS.\n",
        "Internships",
    )
    (job,) = resume["work"]
    # THEN the line is the position, the first part the employer, the trade stays with the entry's lines
    assert (job["name"], job["position"]) == ("Pyramid Developers", "Web developer Intern")
    assert "IT Product & Services" in job["summary"]


def test_a_role_line_under_an_employer_and_a_town_is_the_position_and_a_school_is_the_employer() -> None:
    (job,) = section_resume(
        "Sils-Maria | Universität Basel  1869 - 1879\nProfessor für klassische Philologie\n• Lehrte Griechisch.\n",
        "Berufserfahrung",
    )["work"]
    assert (job["name"], job["position"]) == ("Universität Basel", "Professor für klassische Philologie")


def test_a_sentence_under_the_title_is_no_role() -> None:
    (job,) = section_resume(
        "Pyramid Developers | IT Product & Services  2024 - 2025\nLed the developer team for two years.\n",
        "Experience",
    )["work"]
    assert job.get("position") != "Led the developer team for two years."


def test_a_major_under_the_schools_name_is_the_field() -> None:
    # GIVEN a degree over its school, the major on the line under the school
    resume = section_resume(
        "Bachelor Of Computer Science  09.2019 - 09.2023\nUniversity Of Information Technology\n"
        "Major in Computer Science\n",
        "Education",
    )
    (school,) = resume["education"]
    # THEN the school is its name alone and the major its field
    assert (school["institution"], school.get("area")) == ("University Of Information Technology", "Computer Science")


def test_the_major_after_a_schools_name_is_taken_off_it() -> None:
    item: dict = {"institution": "University Of Information Technology Major in Infomation System"}
    _major_after_school(item)
    assert item == {"institution": "University Of Information Technology", "area": "Infomation System"}
    kept: dict = {"institution": "Major in Hacking"}  # no school's name before it: left to the rules for majors
    _major_after_school(kept)
    assert kept == {"institution": "Major in Hacking"}


def test_an_employers_street_and_phone_under_its_name_are_no_title_parts() -> None:
    # GIVEN an old-style résumé: the dates beside the employer's street, its town and phone under it
    resume = section_resume(
        "Davie County Public Library\nMay 2018-Present  371 N Main St\nMocksville, NC 27028\n(336) 753-6030\n",
        "Work Experience",
    )
    (job,) = resume["work"]
    # THEN the employer is the library, the street no position
    assert job["name"] == "Davie County Public Library"
    assert job.get("position") != "371 N Main St"


@pytest.mark.parametrize(
    ("piece", "aside"),
    [
        ("1525 Falcon Road", True),
        ("371 N Main St", True),
        ("(336) 961-4644", True),
        ("2 Place", False),
        ("Forsyth Technical", False),
    ],
)
def test_a_street_or_a_phone_is_aside_from_the_title(piece: str, aside: bool) -> None:
    assert _aside(piece) is aside


def test_industry_is_a_label_not_a_heading() -> None:
    # a review's case: "Industry" over "Internet" in a job, or over "Fintech" in the header, labels a value
    resume = text_resume(
        "Jane Doe\njane@example.com\nProduct Manager\nIndustry\nFintech\n\nExperience\n"
        "Google  2019 – 2021\nSoftware Engineer\nIndustry\nInternet\n- Built search\n"
    )
    assert [job.get("name") for job in resume["work"]] == ["Google"]


def test_a_degree_wrapped_before_its_field_drops_the_joining_word_and_keeps_its_honours_apart() -> None:
    item: dict = {"studyType": "Diploma with Merit in", "area": "Information Technology"}
    without_grades(item)
    assert item == {"studyType": "Diploma", "area": "Information Technology", "courses": ["with Merit"]}
    alone: dict = {"studyType": "Master of Arts in"}  # no field read apart: left as printed
    without_grades(alone)
    assert alone == {"studyType": "Master of Arts in"}


def test_small_capitals_read_with_a_lower_case_i_are_read_in_capitals() -> None:
    # GIVEN a page's words in a small-capitals font that maps all letters but the "i" to capitals
    words = ("RESEARCH", "SCiENTiST", "MACHiNE", "ENGiNEERiNG", "TiDB")
    glyphs = [Glyph(text, 50 * k, 50 * k + 40, 100, 10, False) for k, text in enumerate(words)]
    # THEN the English words are read in capitals, a name that is no word ("TiDB") as printed
    assert [g.text for g in mended_glyphs(glyphs)] == ["RESEARCH", "SCIENTIST", "MACHINE", "ENGINEERING", "TiDB"]


def test_a_name_or_two_written_with_a_lower_case_i_stay_as_printed() -> None:
    # a review's case: "GiST" and "BiOS" in a line of text are how those names are written, no small capitals
    words = ("Built", "GiST", "indexes", "and", "BiOS", "updates")
    glyphs = [Glyph(text, 50 * k, 50 * k + 40, 100, 10, False) for k, text in enumerate(words)]
    assert [g.text for g in mended_glyphs(glyphs)] == list(words)


@pytest.mark.parametrize(
    ("cell", "bare"),
    [("(Manhattan, NY)", "Manhattan, NY"), ("[CALGARY, AB]", "CALGARY, AB"), ("Austin, TX", "Austin, TX")],
)
def test_a_place_in_brackets_of_either_kind_is_read_without_them(cell: str, bare: str) -> None:
    assert _unbracketed(cell) == bare


def test_the_employer_beside_its_place_in_brackets_is_the_employer() -> None:
    # GIVEN a role, its department, and the employer with its place in round brackets in a cell of its own
    resume = section_resume(
        "2012–2013\nResearch Assistant Professor\nDepartment of Psychiatry and Behavioral Science\n"
        "Stony Brook University  (Stony Brook, NY)\n• Co-taught brain imaging courses\n",
        "Employment",
    )
    (job,) = resume["work"]
    assert (job.get("name"), job.get("position"), job.get("location")) == (
        "Stony Brook University",
        "Research Assistant Professor",
        "Stony Brook, NY",
    )


@pytest.mark.parametrize(
    ("item", "after"),
    [
        (
            {"studyType": "Bachelor of Science, Honours", "area": "Computer Science"},
            {"studyType": "Bachelor of Science", "area": "Computer Science", "courses": ["Honours"]},
        ),
        (
            {"studyType": "Bachelor of Science, Major", "area": "Computer Science"},
            {"studyType": "Bachelor of Science", "area": "Computer Science"},
        ),
        (
            {"studyType": "B.S Computer Science", "area": "Cum Laude"},
            {"studyType": "B.S Computer Science", "courses": ["Cum Laude"]},
        ),
    ],
)
def test_honours_and_labels_beside_a_degree_are_no_part_of_it_nor_its_field(item: dict, after: dict) -> None:
    without_grades(item)
    assert item == after


def test_the_honours_read_first_stay_when_the_coursework_label_is_read() -> None:
    # GIVEN a degree whose honours were read as its field, then a "Relevant Coursework:" row under it
    item: dict = {"studyType": "B.A.Sc.", "area": "Dean's Honours List"}
    without_grades(item)
    education_labels(item, RawEntry([], [], None, labelled={"relevant coursework": "Compilers, Databases"}))
    # THEN the honours and the courses are both kept
    assert item["courses"] == ["Dean's Honours List", "Compilers", "Databases"]


def test_a_role_and_its_speciality_after_a_comma_over_the_employer_and_its_place_are_the_position() -> None:
    # GIVEN "Software Engineer, Big Data" over "Charles Schwab, San Francisco, CA" (a PDF's two title lines)
    entry = RawEntry(["Software Engineer", "Big Data", "Charles Schwab"], [0, 0, 1], None)
    entry.cells = ["Software Engineer, Big Data", "Charles Schwab, San Francisco, CA"]
    _speciality_beside_role(entry)
    # THEN the role and its speciality are one part, the employer the other
    assert entry.parts == ["Software Engineer, Big Data", "Charles Schwab"]
    # and where the employer's line gives no place, the comma parts the role from the employer
    bare = RawEntry(["Software Engineer", "Big Data", "Charles Schwab"], [0, 0, 1], None)
    bare.cells = ["Software Engineer, Big Data", "Charles Schwab"]
    _speciality_beside_role(bare)
    assert bare.parts == ["Software Engineer", "Big Data", "Charles Schwab"]


def test_a_role_and_its_employer_after_a_comma_stay_apart() -> None:
    # the line under the title gives no employer with a place: the part after the comma is the employer
    (job,) = section_resume(
        "Software Engineer, Google  Jan 2021 - Present\nBuilt search infrastructure for ads.\n", "Experience"
    )["work"]
    assert (job["position"], job["name"]) == ("Software Engineer", "Google")


def test_a_flattened_tables_column_labels_are_no_entry() -> None:
    # GIVEN a table exported to text, its header row a label a line ("Years" / "Project" / "Title" / "Description")
    lines = [Line(text="Anton Malofeev"), Line(text="Experience", heading=True)]
    lines += [Line(text=label) for label in ("Years", "Project", "Title", "Description")]
    lines += [Line(text="April 2021 - March 2023"), Line(text="2D strategy game"), Line(text="Game Developer")]
    _, sections, _ = split_sections(lines)
    # THEN the labels are read as the table's header, not as the section's first lines
    (work,) = sections
    assert [line.text for line in work.lines] == ["April 2021 - March 2023", "2D strategy game", "Game Developer"]


def test_jobs_under_no_heading_titled_over_their_dates_are_the_work() -> None:
    # GIVEN a résumé whose jobs follow the summary under no heading, each "Role | Employer" over its dates
    resume = text_resume(
        "Terrel Brinkley\nTerrelBrinkley@gmail.com\n\nMy goal is to provide proficient skills in IT.\n\n"
        "IT Support Engineer | Amazon (Amazon Web Services)\nJune 2022 to Present\nNew Hire Onboarding\n\n"
        "IT Service Delivery Specialist | Net Health\nOctober 2018 to May 2022\nSupporting clients via chat.\n\n"
        "Education\nSouthwest Edgecombe HS, High School Diploma  2008 - 2012\n"
    )
    # THEN they are read as the work section's jobs
    assert [(job.get("position"), job.get("startDate")) for job in resume["work"]] == [
        ("IT Support Engineer", "2022-06"),
        ("IT Service Delivery Specialist", "2018-10"),
    ]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Email:-sprince123ap@gmail.com", "sprince123ap@gmail.com"),  # a label's colon and hyphen before it
        ("foo-bar@example.com", "foo-bar@example.com"),
        ("x -jane@example.com", "jane@example.com"),
    ],
)
def test_a_hyphen_after_a_label_is_no_part_of_the_address(text: str, email: str) -> None:
    m = EMAIL.search(text)
    assert m is not None
    assert m.group() == email


@pytest.mark.parametrize(
    ("courses", "end", "kept"),
    [
        (["expected March 2016"], "2016-03", None),
        (["May 2022", "Concentration: Networking & Graphics"], "2022-05", ["Concentration: Networking & Graphics"]),
        (["Dean's List 2014"], None, ["Dean's List 2014"]),  # a date inside a line is no end
        (["May 2012"], None, ["May 2012"]),  # before the start: no end
    ],
)
def test_a_lone_date_under_a_degree_begun_is_its_end(
    courses: list[str], end: str | None, kept: list[str] | None
) -> None:
    item: dict = {"institution": "Georgia Institute of Technology", "startDate": "2013", "courses": list(courses)}
    end_from_courses(item)
    assert (item.get("endDate"), item.get("courses")) == (end, kept)


def test_a_role_and_its_employer_after_a_comma_over_a_unit_and_its_place_stay_apart() -> None:
    # a review's case: "Software Engineer, Google" over "Cloud Platform Team, Seattle, WA"
    entry = RawEntry(["Software Engineer", "Google", "Cloud Platform Team"], [0, 0, 1], None)
    entry.cells = ["Software Engineer, Google", "Cloud Platform Team, Seattle, WA"]
    _speciality_beside_role(entry)
    assert entry.parts == ["Software Engineer", "Google", "Cloud Platform Team"]


def test_a_short_line_of_what_was_done_under_the_title_is_no_role() -> None:
    # a review's case: "Amazon | SDE II" over "Worked with product managers"
    (job,) = section_resume("Amazon | SDE II    2019 – 2021\nWorked with product managers\n", "Experience")["work"]
    assert job.get("position") != "Worked with product managers"
    assert "Worked with product managers" in job["summary"]


def test_certifications_over_their_dates_in_the_skills_are_no_jobs() -> None:
    # a review's case: "Certification | Issuer" over its date under SKILLS
    resume = text_resume(
        "Jane Doe\njane@example.com\n\nSkills\nPython, Java, SQL\n"
        "AWS Certified Solutions Architect | Amazon Web Services\nMarch 2021\n"
        "Google Cloud Professional Data Engineer | Google\n2020\n"
    )
    assert "work" not in resume


def test_the_role_under_an_employer_and_its_street_is_the_position() -> None:
    # a review's case: the street set aside from the title must not stand between the employer and its role
    (job,) = section_resume("Acme Corp    2019 – 2021\n371 N Main St\nSenior Developer\n- Built\n", "Experience")[
        "work"
    ]
    assert (job["name"], job.get("position")) == ("Acme Corp", "Senior Developer")
