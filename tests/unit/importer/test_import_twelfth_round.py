"""Rules of the twelfth round: what a held-out wave of people's own CVs and the education fields showed."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.jobs import work_items
from resume_autofix.importer.lines import CELL_SEP, Line, clean
from resume_autofix.importer.pdf import Glyph
from resume_autofix.importer.phones import find_phone, whole_phone, written_phone
from resume_autofix.importer.rawentry import RawEntry, add_body
from resume_autofix.importer.roles import job_score
from resume_autofix.importer.schools import education_items
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.segments import glyph_bands
from resume_autofix.importer.stacked import stacked_dates
from resume_autofix.importer.titles import split_title
from resume_autofix.importer.vocabulary import exact_key, vocabulary_key


def _school(*parts: str) -> dict[str, object]:
    (item,) = education_items([RawEntry(parts=list(parts), part_lines=[0, 0, 1], date=None)])
    return item


def test_a_town_beside_the_school_is_not_the_field_of_a_degree_that_names_its_own() -> None:
    # GIVEN "Bennett University  Greater Noida" over "Bachelor of Technology in Computer Science"
    item = _school("Bennett University", "Greater Noida", "Bachelor of Technology in Computer Science")
    # THEN the degree and its field are the degree line's, and the town is no field
    assert (item["studyType"], item["area"]) == ("Bachelor of Technology", "Computer Science")
    # AND a town the place list knows is the entry's location
    beijing = _school("Qingcha University", "Beijing", "B.Eng. in Software Engineering")
    assert (beijing["studyType"], beijing["area"], beijing["location"]) == ("B.Eng.", "Software Engineering", "Beijing")
    # BUT a field written before its degree ("Information Technology, Bachelor") is still the field
    assert _school("University of Oklahoma", "Information Technology", "Bachelor")["area"] == "Information Technology"


def test_a_school_after_the_work_done_there_or_its_degree_is_the_school() -> None:
    # GIVEN "Doktorarbeit an der Freien Universität Berlin:" beside the degree
    item = _school("Doktorarbeit an der Freien Universität Berlin:", "Doktor der Veterinärmedizin")
    # THEN the school is what follows "an der"; the work done there is a line of the entry
    assert item["institution"] == "Freien Universität Berlin"
    assert item["courses"] == ["Doktorarbeit"]
    # AND "an der" that opens the part is no part of the school's name
    assert _school("an der Freien Universität Berlin", "Studium Diplom")["institution"] == "Freien Universität Berlin"
    # AND a degree run into a school whose head word has a word before "do" parts from it
    assert split_title("Bacharelado em Engenharia de Software Universidade Federal do Amazonas") == [
        "Bacharelado em Engenharia de Software",
        "Universidade Federal do Amazonas",
    ]


_LEBENSLAUF = """Helga Muster
helga@example.org

Akademische Laufbahn

Master of Science in Mechanical Engineering“
”
10.2011 – 10.2013  Technische Universität Darmstadt
21.10.2013  Masterthesis – Knowledge-Based Simulation Models

Zivildienst

10.2006 – 6.2007  Rettungssanitäter – DRK Rettungsdienst, Mainz
"""


def test_a_german_academic_career_its_thesis_and_civilian_service() -> None:
    # GIVEN a Lebenslauf whose degree ends in a quote mark set apart, a thesis dated under the degree and a
    # Zivildienst section
    resume = import_resume(_LEBENSLAUF.encode(), "lebenslauf.txt").resume
    # THEN "Akademische Laufbahn" is the education, the degree has no quote mark and the thesis is one of its lines
    (degree,) = resume["education"]
    assert (degree["institution"], degree["studyType"], degree["area"]) == (
        "Technische Universität Darmstadt",
        "Master of Science",
        "Mechanical Engineering",
    )
    assert degree["courses"] == ["Masterthesis – Knowledge-Based Simulation Models"]
    # AND the civilian service is volunteering, not a degree or a job
    assert [v["organization"] for v in resume["volunteer"]] == ["DRK Rettungsdienst"]
    assert "work" not in resume


def test_a_school_leaving_diploma_is_a_degree_not_a_school() -> None:
    item = _school("Plain Text High School", "Highschool diploma")
    assert (item["institution"], item["studyType"]) == ("Plain Text High School", "Highschool diploma")
    assert _school("High School Diploma", "Lincoln High School")["institution"] == "Lincoln High School"


def test_a_labelled_line_no_field_takes_is_kept_not_lost() -> None:
    # GIVEN a job and a degree with labelled lines the importer has no field for
    text = """Helga Muster
helga@example.org

Experience

2019 – 2021  Software Engineer, Acme GmbH
Client: Deutsche Bahn
Team size: 8
Built the booking engine.

Education

10.2011 – 10.2013  Technische Universität Darmstadt
Master of Science in Mechanical Engineering
Betreuer: Prof. Dr. Anderl
GPA: 3.9
"""
    resume = import_resume(text.encode(), "cv.txt").resume
    # THEN they stay with their entry as printed
    (job,) = resume["work"]
    assert "Client: Deutsche Bahn" in job["summary"]
    assert "Team size: 8" in job["summary"]
    (school,) = resume["education"]
    assert school["courses"] == ["Betreuer: Prof. Dr. Anderl"]
    # AND a label a field took is not said twice
    assert school["score"] == "3.9"


def test_a_field_over_its_degree_printed_apart_is_the_area_and_the_degree() -> None:
    # GIVEN a JSON Resume theme's school: "University of Oklahoma", "Information Technology", "Bachelor" under it
    entry = RawEntry(parts=["University of Oklahoma", "Information Technology"], part_lines=[0, 0], date=None)
    entry.paragraphs = ["Bachelor", "DB1101 - Basic SQL"]
    (item,) = education_items([entry])
    # THEN the field is the area and the short line under it the degree; the course stays a course
    assert (item["studyType"], item["area"]) == ("Bachelor", "Information Technology")
    assert item["courses"] == ["DB1101 - Basic SQL"]
    # AND a degree in the place's cell ("Licencjat") is the degree, not a place
    placed = RawEntry(
        parts=["Uniwersytet", "Rozwój oprogramowania"], part_lines=[0, 0], date=None, location="Licencjat"
    )
    (item,) = education_items([placed])
    assert (item["studyType"], item["area"]) == ("Licencjat", "Rozwój oprogramowania")
    assert "location" not in item


def test_a_separator_left_at_the_end_of_a_field_is_dropped() -> None:
    item = _school("University of Oklahoma", "Information Technology / Bachelor")
    assert (item["studyType"], item["area"]) == ("Bachelor", "Information Technology")
    assert _school("Stanford University,", "Bachelor of Science")["institution"] == "Stanford University"


def test_korean_dates_with_their_day_across_a_horizontal_bar_are_one_range() -> None:
    (span,) = find_dates("2023년 5월 30일 ― 2025년 12월 3일 (2년 6개월)")
    assert (span.start, span.end) == ("2023-05", "2025-12")
    (japanese,) = find_dates("2019年4月1日～2021年3月31日")
    assert (japanese.start, japanese.end) == ("2019-04", "2021-03")
    # BUT a licence's number is no year
    assert find_dates("전자금융업 라이센스 #2022-483 취득을 위한") == []


def test_employers_in_the_section_headings_own_style_are_its_entries() -> None:
    # GIVEN "Experience" and each employer in the same 12 pt bold, each employer over its role and dates
    def bold(text: str, top: float) -> Line:
        return Line(text, 12, x0=58, x1=300, top=top, bold=True)

    def dated(role: str, dates: str, top: float) -> Line:
        return Line(f"{role}{CELL_SEP}{dates}", 10.2, x0=58, x1=500, top=top, cells=[role, dates])

    def body(text: str, top: float) -> Line:
        return Line(text, 10.8, x0=71, x1=500, top=top)

    lines = [
        bold("Experience", 123),
        bold("Musinsa Payments", 142),
        dated("DevOps Engineer, L5", "2025년 12월 8일 ― 현재", 156),
        body("Built the autoresizer and the SLO system for forty-five services.", 173),
        bold("Coinone", 449),
        dated("DevOps Engineer", "2023년 5월 30일 ― 2025년 12월 3일", 463),
        body("Moved the deployments to GitHub Actions and Argo CD across six clusters.", 480),
    ]
    _, sections, _ = split_sections(lines)
    # THEN there is one section, the work, and the employers are its lines
    assert [s.key for s in sections] == ["work"]
    assert [line.text for line in sections[0].lines if line.bold] == ["Musinsa Payments", "Coinone"]


def test_a_chinese_school_its_faculty_and_its_major() -> None:
    # GIVEN "2020.09-至今  哈尔滨工业大学（威海）  汽车工程学院  智能车辆工程专业": the university, its faculty,
    # the major
    item = _school("哈尔滨工业大学（威海）", "汽车工程学院", "智能车辆工程专业")
    # THEN the university is the school, the major the field; the faculty is no degree (it stays a line)
    assert (item["institution"], item["area"]) == ("哈尔滨工业大学（威海）", "智能车辆工程专业")
    assert "studyType" not in item
    assert item["courses"] == ["汽车工程学院"]


def test_chinese_headings_of_research_awards_and_student_posts() -> None:
    text = "\n".join(
        [
            *["王志豪", "邮箱：wang@example.com", "", "教育背景", "2020.09-至今  哈尔滨工业大学  智能车辆工程专业", ""],
            *["科创经历", "2021.03-2022.06  无人方程式赛车队视觉模块  负责人", "分析对比各大主流目标检测算法。", ""],
            *["奖项称号", "2022.06：全国一等奖", "", "组织任职", "2022.09-至今  班级学习委员", ""],
        ]
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    assert [e["institution"] for e in resume["education"]] == ["哈尔滨工业大学"]
    assert len(resume["projects"]) == 1
    assert "awards" in resume
    assert "volunteer" in resume


def test_dated_sentences_inside_a_jobs_span_are_its_phases_not_jobs() -> None:
    text = "\n".join(
        [
            "潘峰",
            "电话：137-6513-1032",
            "",
            "工作经历",
            "美丽说  研发工程师  2014.8 - 至今",
            "2015.5-至今  负责办公系统、财务系统等前端，带领2名RD完成各版本迭代，开发框架优化",
            "2014.8-2015.1  负责线上品牌活动，与运营沟通并根据需求开发相关功能，确保活动稳定进行",
            "水果生鲜创业  技术负责人  2013.10 - 2014.8",
        ]
    )
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    # THEN two jobs; the dated sentences are the first job's lines, as printed
    assert [(w["name"], w["position"]) for w in work] == [("美丽说", "研发工程师"), ("水果生鲜创业", "技术负责人")]
    assert "2015.5-至今  负责办公系统" in work[0]["summary"]


def test_a_name_beside_a_bio_in_the_largest_type_is_the_name() -> None:
    line = Line("程序猿、伪极客，比较宅，兴趣爱好广泛，包括但不限于" + CELL_SEP + "潘峰", 14, x0=40, x1=500, top=40)
    basics, _, _ = parse_header([line, Line("137-6513-1032", 10, x0=40, x1=200, top=60)])
    assert basics["name"] == "潘峰"


def test_a_tex_accent_drawn_as_a_word_of_its_own_goes_on_its_letter() -> None:
    # GIVEN pdfTeX's "Daniken" with "¨" drawn over its "a", and "Z" / "¨urich" cut at the accent
    band = [
        Glyph("Daniken", 194.9, 288.2, 104.4, 17.0, False),
        Glyph("¨", 216.2, 224.4, 104.3, 17.0, False),
        Glyph("Z", 300.0, 306.6, 104.4, 10.0, False),
        Glyph("¨urich", 307.9, 330.4, 104.4, 10.0, False),
    ]
    (bands,) = glyph_bands(band)
    assert [clean(g.text) for g in bands] == ["Däniken", "Zürich"]


def test_a_dutch_personalia_block_names_the_person_and_a_number_cut_into_cells_is_one() -> None:
    lines = [
        Line("CURRICULUM VITAE", 16, x0=40, x1=300, top=40, bold=True),
        Line(f"Naam:{CELL_SEP}Joeri Abbo", 11, x0=40, x1=300, top=70, cells=["Naam:", "Joeri Abbo"]),
        Line(
            f"Telefoon:{CELL_SEP}06 -{CELL_SEP}86 296 031",
            11,
            x0=40,
            x1=300,
            top=85,
            cells=["Telefoon:", "06 -", "86 296 031"],
        ),
    ]
    basics, _, _ = parse_header(lines)
    assert (basics["name"], basics["phone"]) == ("Joeri Abbo", "06 - 86 296 031")


def test_a_name_after_the_documents_title_is_the_name_in_any_type() -> None:
    # GIVEN a Korean career description: "경력기술서  김기환 — 소프트웨어 엔지니어" in 9 pt, the body in 10.5 pt
    lines = [
        Line(
            f"경력기술서{CELL_SEP}김기환 — 소프트웨어 엔지니어",
            9,
            x0=45,
            x1=300,
            top=61,
            cells=["경력기술서", "김기환 — 소프트웨어 엔지니어"],
        ),
        Line("juljin1875@gmail.com · github.com/simulacre7", 9, x0=325, x1=500, top=76),
        Line(
            "LLM 스트리밍 UI — 진행 중 응답과 저장된 대화의 분리, 상태 머신 설계 (Levvels AI",
            10.5,
            x0=69,
            x1=500,
            top=178,
        ),
        Line("캐릭터 챗)", 10.5, x0=69, x1=120, top=193),
    ]
    basics, _, _ = parse_header(lines)
    # THEN the name is the one after the title, not a wrapped sentence's last words in larger type
    assert basics["name"] == "김기환"
    assert basics["label"] == "소프트웨어 엔지니어"


def test_a_degree_line_under_a_department_line_is_the_degree_and_a_campus_stays_with_the_school() -> None:
    # GIVEN "Swiss Federal Institute of Technology, Zürich (ETHZ)   2015" over the department's line and the degree's
    lines = [
        Line(f"Swiss Federal Institute of Technology, Zürich (ETHZ){CELL_SEP}2015", 10, x0=78, x1=426, top=168),
        Line("Department of Computer Science · inf.ethz.ch", 10, x0=78, x1=290, top=180),
        Line("MSc Computer Science", 10, x0=78, x1=180, top=192),
    ]
    entry = RawEntry(parts=["Swiss Federal Institute of Technology", "Zürich (ETHZ)"], part_lines=[0, 0], date=None)
    add_body(lines[1:], entry)
    # THEN the degree's line is no wrapped end of the department's
    assert entry.paragraphs == ["Department of Computer Science · inf.ethz.ch", "MSc Computer Science"]
    (item,) = education_items([entry])
    # AND it is the degree; the campus and its acronym stay with the school's name
    assert item["institution"] == "Swiss Federal Institute of Technology, Zürich (ETHZ)"
    assert item["studyType"] == "MSc Computer Science"
    assert "area" not in item


def test_a_grade_written_before_its_label_is_the_score_not_the_school() -> None:
    entry = RawEntry(
        parts=["Bachelor of Science in Informatics and Cybersecurity", "3.7 GPA"], part_lines=[0, 0], date=None
    )
    entry.paragraphs = ["University of Washington"]
    (item,) = education_items([entry])
    assert (item["institution"], item["studyType"], item["score"]) == (
        "University of Washington",
        "Bachelor of Science",
        "3.7",
    )


def test_a_chinese_degree_over_its_school_in_a_bullet_and_a_bracketed_english_name() -> None:
    # GIVEN "软件工程本科  2015/09 – 2019/06" over "• 重庆理工大学": the field glued to its degree, the school listed
    entry = RawEntry(parts=["软件工程本科"], part_lines=[0], date=None)
    entry.bullets = ["重庆理工大学"]
    (item,) = education_items([entry])
    assert (item["institution"], item["studyType"], item["area"]) == ("重庆理工大学", "本科", "软件工程")
    # AND a comma inside full-width brackets parts nothing; a dash right after them parts the title
    assert split_title("晨星资讯（Morningstar, Inc.）- 金融服务 - 前后端开发工程师（Java/JS）") == [
        "晨星资讯（Morningstar, Inc.）",
        "金融服务",
        "前后端开发工程师（Java/JS）",
    ]


def test_a_roles_field_after_a_dash_over_a_firm_by_its_legal_form() -> None:
    # GIVEN "Working Student - Quality Assurance   08/2024 - Present" over "TOI TOI & DIXI Group GmbH   Ratingen,
    # Germany"
    entry = RawEntry(
        parts=["Working Student", "Quality Assurance"],
        part_lines=[0, 0],
        date=None,
        cells=["Working Student - Quality Assurance"],
    )
    entry.paragraphs = [f"TOI TOI & DIXI Group GmbH{CELL_SEP}Ratingen, Germany"]
    (job,) = work_items([entry], "name")
    # THEN the title line whole is the position and the firm the employer, its place the location
    assert (job["position"], job["name"]) == ("Working Student - Quality Assurance", "TOI TOI & DIXI Group GmbH")
    assert job["location"] == "Ratingen, Germany"


def test_a_range_stacked_in_the_margin_beside_the_bodys_first_sentence() -> None:
    # GIVEN developercv's margin: "Nov 2017" beside the role and employer, "Jun 2019" beside the body's first line
    def row(cells: list[str], top: float, x0: float = 37, x1: float = 575) -> Line:
        return Line(CELL_SEP.join(cells), 9, x0=x0, x1=x1, top=top, cells=cells)

    lines = [
        row(["Nov 2017", "Desarrollador", "Sistemas y Computadores- SYC"], 100),
        row(["Jun 2019", "Mantener y mejorar la aplicación de generación de informes usada por la compañía"], 111),
        row([".NET Framework / JavaScript / ADO.NET / Bootstrap"], 122, x0=131, x1=359),
    ]
    out = stacked_dates(lines)
    # THEN the title line holds the range and the body line keeps its sentence
    assert out[0].cells[0] == "Nov 2017 – Jun 2019"
    assert out[1].cells == ["Mantener y mejorar la aplicación de generación de informes usada por la compañía"]
    # BUT two one-line entries each with their own year are no range
    listed = [row(["2019", "B.Sc. Physics, MIT"], 100), row(["2017", "High School Diploma, Lincoln High"], 111)]
    assert [line.cells[0] for line in stacked_dates(listed)] == ["2019", "2017"]


def test_a_months_number_before_a_dash_shares_the_year_of_the_month_after_it() -> None:
    (span,) = find_dates("SBERBANK TECHNOLOGIES (06 – 08.2018)")
    assert (span.start, span.end) == ("2018-06", "2018-08")
    # BUT a number after which the month comes earlier is no month of the range
    (single,) = find_dates("Room 12 - 08.2018")
    assert (single.start, single.end) == ("2018-08", None)


def test_skill_groups_run_on_one_line_are_groups_of_their_own() -> None:
    text = "\n".join(
        [
            "Jane Doe",
            "jane@example.org",
            "",
            "Skills",
            "",
            "Frontend: JavaScript, React, CSS3, Backend: Node.js (Express), PHP, Cloud & Platforms: Cloud Computing",
            "Web Development: Expert, Keywords: Python, Ruby",
            "Typing Speed: 33 WPM, Accuracy: 100%",
        ]
    )
    skills = import_resume(text.encode(), "cv.txt").resume["skills"]
    assert [(s["name"], s["keywords"]) for s in skills[:3]] == [
        ("Frontend", ["JavaScript", "React", "CSS3"]),
        ("Backend", ["Node.js (Express)", "PHP"]),
        ("Cloud & Platforms", ["Cloud Computing"]),
    ]
    # BUT a list's own "Keywords:" label and a measure open no group
    assert skills[3] == {"name": "Web Development", "level": "Expert", "keywords": ["Python", "Ruby"]}
    assert [s["name"] for s in skills[4:]] == ["Typing Speed"]


def test_a_level_over_the_degree_a_field_after_a_colon_and_a_french_mention() -> None:
    # GIVEN "Undergraduate Degree" beside the school and the degree after it
    level = _school("Kennesaw State University", "Undergraduate Degree", "Bachelor of Science in Computer Science")
    assert (level["studyType"], level["area"]) == ("Bachelor of Science", "Computer Science")
    assert level["courses"] == ["Undergraduate Degree"]
    # AND "Some College (No Degree): Computer Programming": the field after a colon
    colon = _school("Clackamas Community College", "Some College (No Degree): Computer Programming")
    assert (colon["studyType"], colon["area"]) == ("Some College (No Degree)", "Computer Programming")
    # AND "ICT Applied" after "BSE" is the field; "mention Assez Bien" is honours, no field
    assert _school("Chosun University", "BSE", "ICT Applied")["area"] == "ICT Applied"
    bac = _school("Lycée Vincent Van Gogh", "Baccalauréat S", "mention Assez Bien")
    assert "area" not in bac


def test_a_year_inside_a_bullets_wrapped_text_opens_no_entry() -> None:
    def at(text: str, x0: float, top: float, bullet: bool = False, cells: list[str] | None = None) -> Line:
        return Line(text, 10, x0=x0, x1=540, top=top, bullet=bullet, cells=cells or [text])

    lines = [
        at(
            f"Associate Systems Engineer{CELL_SEP}Jan. 2023 – May 2025",
            48,
            100,
            cells=["Associate Systems Engineer", "Jan. 2023 – May 2025"],
        ),
        at(
            "Led the migration of 79 on-prem web apps from IIS on Windows Server 2012 R2 to Windows Server",
            52,
            112,
            True,
        ),
        at("(upgrading all to .NET Framework 4.8) and 60+ SQL Server 2014/2016 databases to cloud-hosted", 62, 124),
        at("2022 — ahead of deadline with no serious production issues.", 62, 136),
        at(
            f"Co-op Web Developer{CELL_SEP}Jan. 2021 – Aug. 2022",
            48,
            150,
            cells=["Co-op Web Developer", "Jan. 2021 – Aug. 2022"],
        ),
    ]
    entries = split_entries(lines, 10.0, True)
    assert [e.parts[0] for e in entries] == ["Associate Systems Engineer", "Co-op Web Developer"]


def test_open_source_headings_in_korean_japanese_and_chinese_are_projects() -> None:
    for heading in ("오픈소스", "オープンソース", "开源项目"):
        assert vocabulary_key(heading) == "projects", heading


def test_a_grade_after_a_job_title_is_not_its_head() -> None:
    assert job_score("Software Engineer II") > job_score("Frontend") - 1
    assert job_score("Software Engineer II") == job_score("Software Engineer")
    assert job_score("Acme Software") < 0


def test_degrees_dated_under_one_school_on_its_own_line_share_it() -> None:
    # GIVEN "Moscow Institute of Physics and Technology" over two dated degree lines
    first = RawEntry(
        parts=["Moscow Institute of Physics and Technology", "Master of Science, Applied Mathematics and Physics"],
        part_lines=[0, 1],
        date=None,
    )
    second = RawEntry(parts=["Bachelor’s degree, Applied Mathematics and Physics"], part_lines=[2], date=None)
    items = education_items([first, second])
    assert [i.get("institution") for i in items] == ["Moscow Institute of Physics and Technology"] * 2
    # BUT a degree after a school written on its degree's own line names no school
    same_line = RawEntry(parts=["Stanford University", "B.S. Physics"], part_lines=[0, 0], date=None)
    alone = RawEntry(parts=["Certificate in Data Science"], part_lines=[1], date=None)
    assert "institution" not in education_items([same_line, alone])[1]


def test_a_long_line_of_capitals_is_no_written_phone_and_is_read_at_once() -> None:
    # GIVEN an employer in capitals that ends in a comma (a Word CV's "… PRIVATE LIMITED,"): the phone pattern once
    # tried every way to cut its words into digit groups, holding the import for minutes
    employer = "AMAZON DEVELOPMENT CENTRE (INDIA) PRIVATE LIMITED,"
    assert not written_phone(employer * 3, labelled=True)
    # AND real written numbers still are
    assert written_phone("+1 (555) EAT-SHORTS")
    assert written_phone("+1 (xxx) xxx-xxxx")


def test_a_labelled_name_on_a_line_of_its_own_names_the_person_and_nowadays_is_present() -> None:
    lines = [
        Line("Basic Information", 14, x0=40, x1=300, top=40, bold=True),
        Line("Name: Zhihua Zhong", 11, x0=40, x1=300, top=60),
        Line("Email: zhong@example.org", 11, x0=40, x1=300, top=75),
    ]
    basics, _, _ = parse_header(lines)
    assert basics["name"] == "Zhihua Zhong"
    (span,) = find_dates("Sep. 2022 - Nowadays")
    assert (span.start, span.present) == ("2022-09", True)


def test_dates_in_the_margin_beside_a_blocks_second_line_and_a_completion_line() -> None:
    # GIVEN a Google Docs CV: each school in bold, its degree under it, the range in the margin beside the degree's
    # line and a "Concluído em 2020" under them
    def at(text: str, x0: float, top: float, bold: bool = False, size: float = 11) -> Line:
        return Line(text, 12 if bold else size, x0=x0, x1=x0 + 6 * len(text), top=top, bold=bold)

    lines = [
        at("Universidade do Vale do Itajaí (Univali)", 133, 572, True),
        at("Ciência da Computação", 133, 586),
        at("2021 - 2026", 44, 594),
        at("Cursando - 3º Período", 133, 599),
        at("(Fizemos uso da linguagem C++ para aprender a lógica da programação)", 133, 612, size=9),
        at("Colégio Salesiano Itajaí", 133, 659, True),
        at("Ensino Médio", 133, 673),
        at("2018 - 2020", 44, 678),
        at("Concluído em 2020", 133, 686),
    ]
    items = education_items(split_entries(lines, 11.0, True))
    # THEN each school has its range, and the completion line is no entry of its own
    assert [(i["institution"], i["startDate"], i["endDate"]) for i in items] == [
        ("Universidade do Vale do Itajaí (Univali)", "2021", "2026"),
        ("Colégio Salesiano Itajaí", "2018", "2020"),
    ]


def test_how_a_job_was_held_in_brackets_after_the_role_is_no_part_of_it() -> None:
    entry = RawEntry(parts=["Application Developer (Remoto)", "IBM"], part_lines=[0, 0], date=None)
    (job,) = work_items([entry], "name")
    assert (job["position"], job["name"]) == ("Application Developer", "IBM")
    assert "Remoto" in job["summary"]


def test_a_kind_of_job_in_brackets_after_the_role_is_no_employer() -> None:
    entry = RawEntry(
        parts=["Work Floor Assistant", "Work Experience", "HM Revenue & Customs"],
        part_lines=[0, 0, 1],
        date=None,
        cells=["Work Floor Assistant (Work Experience)", "HM Revenue & Customs"],
    )
    (job,) = work_items([entry], "name")
    # the employer is the next line's; the school's work-experience note is a line of the job (thirteenth round)
    assert (job["position"], job["name"]) == ("Work Floor Assistant", "HM Revenue & Customs")
    assert "Work Experience" in job["summary"]


def test_a_sections_first_line_over_its_dated_line_is_the_title_in_plain_type() -> None:
    def plain(text: str, top: float, cells: list[str] | None = None) -> Line:
        return Line(CELL_SEP.join(cells) if cells else text, 11, x0=40, x1=400, top=top, cells=cells or [text])

    lines = [
        plain("Work Floor Assistant", 100),
        plain("", 112, cells=["HM Revenue & Customs, Bathgate", "(March 2014)"]),
        plain("Shadowing other existing employees in their daily tasks.", 124),
    ]
    (entry,) = split_entries(lines, 11.0, True)
    assert entry.parts[0] == "Work Floor Assistant"


def test_a_prefix_cut_from_its_word_by_a_spaced_dash_stays_one_name() -> None:
    assert split_title("ST. JOSEPH’S PRE – UNIVERSITY COLLEGE") == ["ST. JOSEPH’S PRE – UNIVERSITY COLLEGE"]
    assert split_title("Acme – Software Engineer") == ["Acme", "Software Engineer"]


def test_a_labelled_number_keeps_its_area_code() -> None:
    assert whole_phone("Telefone: 42 967259965") == "42 967259965"
    assert whole_phone("Phone: +31 6 1234 5678") == "+31 6 1234 5678"


def test_a_titles_abbreviation_ends_no_sentence_and_spanish_tool_headings_are_skills() -> None:
    assert split_title("Escuela Politécnica Ing. Jorge Matute Remus") == ["Escuela Politécnica Ing. Jorge Matute Remus"]
    assert vocabulary_key("TECNOLOGÍAS Y HERRAMIENTAS") == "skills"
    assert vocabulary_key("Habilidades blandas") == "skills"


def test_a_societys_posts_are_jobs() -> None:
    assert job_score("Technology Chair") > job_score("Phi Kappa Sigma Delta Phi Chapter")
    assert job_score("Student Ambassador") > 0


def test_how_long_a_job_lasted_after_the_employer_is_no_part_of_its_name_and_teamlead_is_a_role() -> None:
    entry = RawEntry(parts=["Selfemployee 1 год 3 месяца", "Developer"], part_lines=[0, 0], date=None)
    (job,) = work_items([entry], "name")
    assert job["name"] == "Selfemployee"
    assert "1 год 3 месяца" in job["summary"]
    assert split_title("Teamlead at Trend") == ["Teamlead", "Trend"]


def test_hostile_lines_are_read_without_trying_every_candidate() -> None:
    # GIVEN a line of a thousand number-like runs and a line far longer than any heading: the phone matcher tried
    # every run in 18 regions (12 s) and the heading typo check made every one-letter variant (4 s)
    assert find_phone("+1 (555) 0100 " * 1000) is None
    assert exact_key("https://" + "a/" * 5000) is None
    # AND a real number and a typed heading are still found
    assert find_phone("Phone: +1 415 555 0132") == "+1 415 555 0132"
    assert exact_key("Experiance") == "work"


def test_a_state_after_the_degree_and_the_title_cell_read_again_as_the_degree() -> None:
    # GIVEN "BA Computer Science (CS) Expected": the state is no part of the degree
    expected = _school("New York University", "BA Computer Science (CS) Expected")
    assert expected["studyType"] == "BA Computer Science (CS)"
    # AND "Auckland University of Technology; Auckland, NZ." read whole as the degree beside its school, the degree
    # on the line under the title
    entry = RawEntry(
        parts=["Auckland University of Technology", "Auckland University of Technology; Auckland, NZ."],
        part_lines=[0, 0],
        date=None,
    )
    entry.paragraphs = ["MCS - Masters in Computer and Information Science"]
    (item,) = education_items([entry])
    assert item["institution"] == "Auckland University of Technology"
    assert item["studyType"].startswith("MCS - Masters")


def test_a_part_holding_only_a_schools_word_gives_way_to_the_school_named_below() -> None:
    entry = RawEntry(parts=["General College Coursework", "San Luis Obispo CA"], part_lines=[0, 0], date=None)
    entry.paragraphs = ["Cuesta College"]
    (item,) = education_items([entry])
    assert (item["institution"], item["studyType"]) == ("Cuesta College", "General College Coursework")
    # BUT a school named with "of" stays the school
    named = RawEntry(parts=["College of Engineering", "B.S. Physics"], part_lines=[0, 0], date=None)
    named.paragraphs = ["Cuesta College"]
    assert education_items([named])[0]["institution"] == "College of Engineering"
