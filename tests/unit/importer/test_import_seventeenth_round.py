"""Seventeenth round (held-out sets 102-105: a random sample, résumés printed from HTML, LaTeX sidebars)."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.layout import _gutter
from resume_autofix.importer.lines import Line
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.segments import Segment


def _seg(text: str, x0: float, top: float, width: float | None = None) -> Segment:
    return Segment(text, x0, x0 + (width or 6 * len(text)), top, 10, False, len(text))


def _sidebar_page(footer_at: float) -> list[Segment]:
    """A name and a four-line summary across the page, a body and a sidebar, and a print note across the foot."""
    segs = [_seg("Your name here", 170, 40, width=250)]
    segs += [_seg(f"Summary line {i}", 85, 70 + 12 * i, width=400) for i in range(4)]
    segs += [_seg(f"Body line {i} of the job", 85, 140 + 14 * i) for i in range(14)]
    segs += [_seg(f"Skill {i}", 360, 140 + 14 * i) for i in range(8)]
    segs += [_seg(f"Print note {i}", 170, footer_at + 12 * i, width=250) for i in range(3)]
    return segs


def test_a_header_and_a_footer_across_a_short_two_column_page_leave_its_gutter() -> None:
    # GIVEN a short page whose header and footer cross the gutter (8 segments of 30: more than the 12% allowed)
    page = _sidebar_page(footer_at=400)
    # THEN the gutter between body and sidebar is found, for nothing crosses it between the first and last rows
    gutter = _gutter(page)
    assert gutter is not None
    assert 85 + 6 * len("Body line 13 of the job") <= gutter <= 360


def test_lines_across_the_gutter_among_the_columns_rows_still_make_one_column() -> None:
    # GIVEN the same crossings, but the "footer" sits among the body's rows (a full-width bullet under a school)
    page = _sidebar_page(footer_at=200)
    # THEN no gutter: the page is read across, as before
    assert _gutter(page) is None


def _line(text: str, size: float = 10.0, bold: bool = False) -> Line:
    return Line(text=text, size=size, bold=bold, page=1)


def test_a_heading_with_a_long_aside_in_brackets_is_still_a_heading() -> None:
    # GIVEN an unknown heading in the known headings' style whose bracketed aside makes it seven words long
    lines = [
        _line("Jesús González", size=20, bold=True),
        _line("Work Experience", size=13, bold=True),
        _line("Software Engineer  2018-current"),
        _line("Wrote games in Unity for mobile players and the web."),
        _line("Other Games (and Game Jams and Experiments)", size=13, bold=True),
        _line("Graveyard Bones  2019"),
        _line("A top down open exploration game made with Unity."),
        _line("Skills", size=13, bold=True),
        _line("Unity, Python"),
    ]
    _, sections, _ = split_sections(lines)
    # THEN it opens a section of its own: its games are not the last job's lines
    assert [s.heading for s in sections] == ["Work Experience", "Other Games (and Game Jams and Experiments)", "Skills"]


def test_a_field_that_did_not_graduate_leaves_the_note_out() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEducation\nUniversidad Nacional de Asunción\n"
        "B.S. in Mechatronics Engineering (didn't graduate)\n2008 - 2012\n"
    )
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["studyType"], school["area"]) == ("B.S.", "Mechatronics Engineering")


def _jobs(text: str) -> list[dict[str, object]]:
    return import_resume(f"Jane Doe\njane@example.com\n\nExperience\n{text}".encode(), "cv.txt").resume["work"]


def test_a_bracketed_duration_under_the_title_leaves_the_employer_below_it_and_in_sets_its_town_apart() -> None:
    (job,) = _jobs(
        "Software Developer  January 2010 - November 2015\n(5 years and 10 months)\nSome Big Corp in Paris, France\n"
        "Developed back-end services for a social network with many users.\n"
    )
    assert (job["name"], job["position"], job["location"]) == ("Some Big Corp", "Software Developer", "Paris, France")
    assert (job["startDate"], job["endDate"]) == ("2010-01", "2015-11")


def test_in_before_a_word_that_is_no_town_and_country_stays_in_the_name() -> None:
    from resume_autofix.importer.places import place_tail  # noqa: PLC0415

    assert place_tail("Some Big Corp in Paris, France") == ("Some Big Corp", "Paris, France")
    assert place_tail("Master of Science in Computer Science") is None
    assert place_tail("Centre for Research in Ecology") is None


def test_a_tilde_before_each_item_parts_a_list() -> None:
    from resume_autofix.importer.listitems import items_of  # noqa: PLC0415

    assert items_of("~ AspectJ ~ Hibernate ~ Gradle ~ JUnit") == ["AspectJ", "Hibernate", "Gradle", "JUnit"]
    assert items_of("~5 years of Python") == ["~5 years of Python"]  # an approximate number is no list


def test_a_section_no_vocabulary_names_that_lists_technologies_is_a_group_of_skills() -> None:
    from resume_autofix.importer.lists import technology_group  # noqa: PLC0415

    lines = [Line(t) for t in ("Kafka, Docker", "Spring, Spring Boot", "React, Redux")]
    assert technology_group(lines, "Libraries and Frameworks") == {
        "name": "Libraries and Frameworks",
        "keywords": ["Kafka", "Docker", "Spring", "Spring Boot", "React", "Redux"],
    }
    # one line of them under a heading naming no kind of technology is a project's stack, not a group
    assert technology_group([Line("JS, PHP, MySQL, Bootstrap")], "GOTAWA") is None
    assert technology_group([Line("JS, PHP, MySQL, Bootstrap")], "FRAMEWORKS") is not None
    # nor are sentences, or items the vocabulary mostly does not know
    assert technology_group([Line("Led a team of five."), Line("Shipped the app, the site, the docs.")], "X") is None
    assert technology_group([Line("Pottery, Hiking"), Line("Chess, Cooking, Piano")], "Pastimes") is None


def test_a_bold_heading_wrapped_in_a_narrow_sidebar_is_one_heading() -> None:
    from resume_autofix.importer.sections import _join_wrapped  # noqa: PLC0415

    def bold(text: str) -> Line:
        return Line(text, size=14.3, bold=True)

    assert [line.text for line in _join_wrapped([bold("Libraries and"), bold("Frameworks")])] == [
        "Libraries and Frameworks"
    ]
    # two headings one under the other stay two, and so do a bold title over a bold employer in lower case
    for top, below in (("Tools", "Methodologies"), ("Software Engineer", "eBay"), ("Mobile Developer", "iRobot")):
        assert len(_join_wrapped([bold(top), bold(below)])) == 2


def test_under_a_heading_naming_a_kind_of_technology_short_items_are_its_group() -> None:
    from resume_autofix.importer.lists import technology_group  # noqa: PLC0415

    lines = [Line(t) for t in ("Agile (Scrum, Kanban)", "Software craftsmanship", "Pair programming")]
    assert technology_group(lines, "Methodologies") == {
        "name": "Methodologies",
        "keywords": ["Agile (Scrum, Kanban)", "Software craftsmanship", "Pair programming"],
    }
    # a spoken language's section is no technology's
    assert technology_group([Line("CET-4, 491"), Line("English, reading and writing")], "Language") is None


def test_degrees_over_their_schools_and_dates_with_a_long_degree_first_and_spanish_personal_skills() -> None:
    text = (
        "Pablo Cru\npablo@example.com\n\nFormación Académica\n"
        "Curso de especialización (CE) en Administración de Recursos y Servicios en la Nube\n"
        "IES Juan de Garay (Valencia)  sept 2024 - may 2025\n"
        "Grado en Marketing e Investigación de Mercados\n"
        "Universidad de Málaga (UMA)  sept 2014 - sept 2019\n\n"
        "Capacidades Personales\nTrabajo en equipo y liderazgo\nPensamiento crítico\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    first, second = resume["education"]
    assert (first["institution"], first["studyType"]) == ("IES Juan de Garay", "Curso de especialización (CE)")
    assert (second["institution"], second["studyType"]) == ("Universidad de Málaga (UMA)", "Grado")
    assert [s["name"] for s in resume["skills"]] == ["Trabajo en equipo y liderazgo", "Pensamiento crítico"]


def test_a_field_with_its_degree_in_brackets_in_a_headings_type_is_the_schools_line_not_a_section() -> None:
    lines = [
        _line("张三", size=20, bold=True),
        _line("教育经历", size=13, bold=True),
        _line("2014-2018"),
        _line("南昌大学"),
        _line("人力资源管理（本科）", size=13, bold=True),
        _line("项目与工作经验", size=13, bold=True),
        _line("淘系前端团队  2021.08 - 至今"),
    ]
    _, sections, _ = split_sections(lines)
    assert [s.heading for s in sections] == ["教育经历", "项目与工作经验"]


def test_a_comma_between_thousands_parts_no_items() -> None:
    from resume_autofix.importer.listitems import items_of  # noqa: PLC0415

    assert items_of("> 20,000 SLoC, LaTeX, Shell") == ["> 20,000 SLoC", "LaTeX", "Shell"]
    assert items_of("Python, 3,5") == ["Python", "3", "5"]  # no thousands: two digits after the comma


def test_a_two_word_name_wrapped_over_its_last_name_in_a_sidebar_is_one_name() -> None:
    from resume_autofix.importer.basics import parse_header  # noqa: PLC0415

    def header(second: str) -> list[Line]:
        return [
            Line("Jovial Joe", size=24.8, x0=11, x1=118),
            Line(second, size=24.8, x0=11, x1=110),
            Line("+91 94975 69512", size=10, x0=15, x1=116),
            Line("jovial7joe@hotmail.com", size=10, x0=15, x1=116),
        ]

    assert parse_header(header("Jayarson"))[0]["name"] == "Jovial Joe Jayarson"
    # a link under the name in its type is no part of it
    assert parse_header(header("linkedin.com/in/jj"))[0]["name"] == "Jovial Joe"


def test_a_degree_alone_under_the_dates_with_the_field_over_them_json_resume_even() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEducation\nUniversidade Federal de Juiz de Fora\nComputational Engineering\n"
        "Mar 2014 – Mar 2018\nD.Sc.\nUniversidade Federal do Espírito Santo\nMathematics\nMar 2008 – Dec 2011\n"
        "Bachelor\n"
    )
    first, second = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (first["studyType"], first["area"]) == ("D.Sc.", "Computational Engineering")
    assert (second["studyType"], second["area"]) == ("Bachelor", "Mathematics")


def test_a_given_name_centred_over_the_family_name_in_larger_type_is_the_names_start() -> None:
    from resume_autofix.importer.basics import parse_header  # noqa: PLC0415

    lines = [
        Line("Jøhñ Döè", size=20.7, x0=76.2, x1=155.8),
        Line("Şmïth", size=24.8, x0=86.5, x1=145.9),
        Line("Web Specialist", size=14.3, x0=71.0, x1=161.2),
        Line("john.smith@example.test", size=10, x0=60, x1=170),
    ]
    assert parse_header(lines)[0]["name"] == "Jøhñ Döè Şmïth"


def test_a_sidebars_contacts_read_after_the_references_beside_it_are_the_persons() -> None:
    from resume_autofix.importer.sections import Section  # noqa: PLC0415
    from resume_autofix.importer.strays import stray_contacts, stray_phone  # noqa: PLC0415

    def references() -> list[Section]:
        return [
            Section(
                "references",
                "REFERENCES",
                [
                    Line("Prof. Shmave Shmohen", column=1),
                    Line("shamve@rhul.ac.uk", column=1),
                    Line("+44 1784 434455", column=1),
                    Line("kaloianbch@gmail.com", column=2),
                    Line("+44 6666 666666", column=2),
                ],
            )
        ]

    sections = references()
    assert [line.text for line in stray_contacts(sections, footer=True)] == ["kaloianbch@gmail.com"]
    assert [line.text for line in stray_phone(sections)] == ["+44 6666 666666"]
    # the referee's own address and number, in the references' column, stay the referee's
    assert [line.text for line in sections[0].lines] == ["Prof. Shmave Shmohen", "shamve@rhul.ac.uk", "+44 1784 434455"]


def test_ce_jour_is_the_present_and_an_employers_former_name_after_a_comma_is_its_own() -> None:
    (job,) = _jobs(
        "2020 - Ce jour\nSogeti, ex-Altran, Dijon\nConsultant technique junior\n"
        "• Développement fullstack : IHM + APIs en C# pour l'autoroute\n"
    )
    assert (job["name"], job["position"], job["startDate"]) == (
        "Sogeti, ex-Altran",
        "Consultant technique junior",
        "2020",
    )
    assert "endDate" not in job
    from resume_autofix.importer.titles import split_title  # noqa: PLC0415

    assert split_title("Vonage, formerly NewVoiceMedia") == ["Vonage, formerly NewVoiceMedia"]
    assert split_title("Software Engineer, Example Corp") == ["Software Engineer", "Example Corp"]


def test_a_job_with_its_own_duties_is_no_employer_over_the_next_job_inside_its_dates() -> None:
    jobs = _jobs(
        "Rustwood Technologies  Jan 2025 - Present | Ottawa, ON\nFounder\n"
        "• Developed an interactive presentation platform for classrooms\n• Led two contractors\n"
        "Recall.ai  Jan 2025 - Jun 2025 | Remote\nSoftware Engineer\n• Migrated Slack meeting bots\n"
    )
    assert [(j["name"], j["position"]) for j in jobs] == [
        ("Rustwood Technologies", "Founder"),
        ("Recall.ai", "Software Engineer"),
    ]


def test_moderncv_german_role_standing_town_and_firm_since_a_two_digit_year() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (since,) = find_dates("seit 03/23  Senior Expert")
    assert (since.start, since.end, since.present) == ("2023-03", None, True)
    assert find_dates("Version 3/12 ok") == []  # a month in numbers alone is still no date
    (job,) = _jobs(
        "seit 03/23  Senior Expert,  Angestellter, Erlangen, Elektrobit Automotive GmbH\n"
        "Aufbau und Betrieb von Entwicklungshardware für Fernzugriff (Embedded Linux)\n"
    )
    assert (job["name"], job["position"], job["startDate"]) == (
        "Elektrobit Automotive GmbH",
        "Senior Expert",
        "2023-03",
    )


def test_tables_headed_date_occupation_employer_and_date_title_institution() -> None:
    from resume_autofix.importer.fieldrows import header_rows  # noqa: PLC0415

    jobs = header_rows(
        [
            Line("Date  Occupation  Employer"),
            Line("11/2021 – now  CTO & Co-Founder: Neptune Finance, Smart Contracts in Rust  Cryptech, Canada"),
            Line("12/2017 – 11/2018  Software Engineer: Rendering and skeleton animation.  Ososim, UK"),
        ]
    )
    assert jobs is not None
    assert [(j.parts, j.location) for j in jobs] == [
        (["CTO & Co-Founder", "Cryptech"], "Canada"),
        (["Software Engineer", "Ososim"], "UK"),
    ]
    assert "Neptune Finance, Smart Contracts in Rust" in jobs[0].paragraphs
    schools = header_rows(
        [
            Line("Date  Title  Institution  Results"),
            Line("2012-2017  PhD in Interactive Computer Graphics  University of Hull, UK  Finished"),
            Line("• “Reducing Geometry-Processing Overhead for Novel Viewpoint Creation” SIGGRAPH 2015"),
            Line("2011-2012  MSc in Games Programming  University of Hull, UK  Distinction"),
        ]
    )
    assert schools is not None
    # the bulleted line under a row belongs to it; the next row is the next school; "Title" names the degree
    assert [s.parts for s in schools] == [
        ["University of Hull", "PhD in Interactive Computer Graphics"],
        ["University of Hull", "MSc in Games Programming"],
    ]


def test_more_chinese_cities_are_places_and_jineng_zhuanchang_heads_the_skills() -> None:
    text = (
        "郭炼\ncycleke@example.com\n\n教育经历\n哈尔滨工业大学  哈尔滨  2018.09 – 至今\n\n"
        "技能专长\n• 编程语言: C, C++, Python\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    (school,) = resume["education"]
    assert (school["institution"], school["location"]) == ("哈尔滨工业大学", "哈尔滨")
    assert "studyType" not in school  # the town is no degree
    assert resume["skills"] == [{"name": "编程语言", "keywords": ["C", "C++", "Python"]}]


def test_remote_in_chinese_japanese_and_korean_is_how_the_job_was_held_not_the_role() -> None:
    (job,) = _jobs("捷并思研究院，远程  2020 年 1 月 – 2020 年 12 月\n数据库开发，实习\n• 实现了一些语言特性。\n")
    assert (job["name"], job["location"], job["position"]) == ("捷并思研究院", "远程", "数据库开发，实习")
    from resume_autofix.importer.places import LOCATION  # noqa: PLC0415

    assert all(LOCATION.match(mode) for mode in ("远程", "リモート", "원격"))


def test_a_schools_unit_after_its_name_is_no_degree() -> None:
    text = (
        "Edwin Chang\nedwin@example.com\n\nEducation\n"
        "University of California, Santa Barbara — College of Creative Studies  September 2024 — June 2027\n"
        "• Major: Computing, GPA: 3.93\n"
    )
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert school["institution"] == "University of California, Santa Barbara"
    assert school.get("studyType") != "College of Creative Studies"


def test_a_british_awarding_body_is_the_school() -> None:
    from resume_autofix.importer.roles import institution_score  # noqa: PLC0415

    assert institution_score("Awarding body") > 0
    assert institution_score("Course title") <= 0


def test_a_word_under_a_name_that_would_have_fitted_beside_it_or_small_type_over_it_is_no_part_of_it() -> None:
    from resume_autofix.importer.basics import parse_header  # noqa: PLC0415

    page = [
        Line("Jane Doe", size=22, bold=True, x0=72, x1=170),
        Line("Resume", size=22, bold=True, x0=72, x1=150),
        Line("jane@example.com · +1 406 555 0100 · 12 Main Street, Springfield", size=10, x0=72, x1=420),
    ]
    assert parse_header(page)[0]["name"] == "Jane Doe"
    small_over = [
        Line("Portfolio", size=10, x0=270, x1=320),
        Line("Zendaya", size=24, bold=True, x0=250, x1=340),
        Line("zendaya@example.com", size=10, x0=240, x1=350),
    ]
    assert parse_header(small_over)[0]["name"] == "Zendaya"


def test_what_the_review_of_this_rounds_rules_found_stays_read_as_before() -> None:
    # an employer line with a duty of its own still groups the roles under it
    jobs = _jobs(
        "Google  Jan 2015 - Present\n- Promoted twice; led hiring for the platform org\n"
        "Senior Engineer  Jan 2019 - Present\n- Led the platform team\n"
        "Engineer  Jan 2015 - Dec 2018\n- Built the ads pipeline\n"
    )
    assert [(j.get("name"), j.get("position")) for j in jobs] == [
        ("Google", "Senior Engineer"),
        ("Google", "Engineer"),
    ]
    # a parent company with a legal form after the employer is no reason to swap them
    (alphabet,) = _jobs("Software Engineer, Google, Alphabet Inc.  2018 - 2020\n- Built search\n")
    assert alphabet["name"] == "Google"
    # "ex-" after a role is the employer's former name, no part of the role
    (former,) = _jobs("Engineer, ex-Google  2018 - Present\n- Built search\n")
    assert former["position"] == "Engineer"
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415
    from resume_autofix.importer.fieldrows import _ROLE_SAID  # noqa: PLC0415
    from resume_autofix.importer.listitems import items_of  # noqa: PLC0415
    from resume_autofix.importer.lists import technology_group  # noqa: PLC0415

    assert find_dates("Volunteer since 9/11") == []
    assert items_of("Team of ~ 10 engineers ~ 3 countries") == ["Team of ~ 10 engineers ~ 3 countries"]
    assert _ROLE_SAID.match("Consultant: SAP FI/CO") is None
    lines = [Line("Montessori, Waldorf"), Line("Toolpath setup, Fixture design")]
    assert technology_group(lines, "Toolmaking Apprenticeship") is None


def test_a_referees_contacts_continued_in_the_other_column_stay_the_referees() -> None:
    from resume_autofix.importer.sections import Section  # noqa: PLC0415
    from resume_autofix.importer.strays import stray_phone  # noqa: PLC0415

    sections = [
        Section(
            "references",
            "References",
            [
                Line("Dr. Alan Grant", column=1),
                Line("+1 406 555 0101", column=1),
                Line("Ellie Sattler", column=2),
                Line("+1 406 555 0199", column=2),
            ],
        )
    ]
    assert stray_phone(sections) == []


def test_a_label_a_networks_name_or_a_title_in_the_contacts_is_no_town() -> None:
    from resume_autofix.importer.contacts import parse_contacts  # noqa: PLC0415
    from resume_autofix.importer.lines import CELL_SEP  # noqa: PLC0415

    def location(*texts: str) -> object:
        basics: dict[str, object] = {}
        parse_contacts([Line(t.replace("  ", CELL_SEP)) for t in texts], basics, [])
        return basics.get("location")

    # "Email" in a cell of its own had been taken for the town; the postal address under "Address" is the place
    assert location("Email  pub@example.net", "Address  1 Rue des Trois Frères", "75018 Paris, France") == {
        "postalCode": "75018",
        "city": "Paris",
        "region": "France",
    }
    for word in ("GitHub", "Portfolio", "Software Engineer", "Python, Django", "Married, two children"):
        assert location(word) is None, word
    for place in ("Berlin", "Hill Valley, CA", "Marseille – France", "San Francisco Bay Area", "成都 中国", "上海市"):
        assert location(place) is not None, place
