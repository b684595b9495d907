"""Eighteenth round (held-out sets 109-111: random samples, one of them of résumés not in English)."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.lines import Line
from resume_autofix.importer.margin import margin_order
from tests.unit.importer.texts import text_resume


def test_a_month_the_date_reader_did_not_take_is_no_role_and_no_degree() -> None:
    # GIVEN a Japanese rirekisho's rows: an unwritten year, the month in a cell of its own, then the entry
    resume = text_resume(
        "山田 太郎\nhoge@example.org\n\n学歴\n20XX  4  履歴書大学履歴書学部 入学\n20XX  3  同 卒業\n\n"
        "職歴\n20XX  4  株式会社履歴書入社\n20XX  10  株式会社XXX 入社\n"
    )
    # THEN the bare months are kept with the entries' lines, never given as a position or a degree
    assert [job.get("position") for job in resume["work"]] == [None, None]
    assert [school.get("studyType") for school in resume["education"]] == [None, None]
    assert resume["work"][1]["summary"] == "10"


def test_a_grade_alone_under_the_school_is_its_score_not_its_degree() -> None:
    resume = text_resume(
        "Jane Doe\njane@example.com\n\nEducation\nDavis Senior High School  2020\nGPA (unweighted): 3.96\n"
    )
    (school,) = resume["education"]
    assert "studyType" not in school
    assert (school["institution"], school["score"]) == ("Davis Senior High School", "3.96")


def test_a_school_year_is_no_grade() -> None:
    resume = text_resume("Jane Doe\njane@example.com\n\nEducation\nDavis Senior High School  2020\nGrade 12\n")
    (school,) = resume["education"]
    assert "score" not in school


def test_a_deans_list_under_the_degree_is_an_honour_not_its_field() -> None:
    resume = text_resume(
        "Jane Doe\njane@example.com\n\nEducation\nB.A.Sc. Computer Engineering\nUniversity of Waterloo\n"
        "2017-09 — 2022-05\nDean's Honours List\nRelevant coursework: Database Systems, Compilers\n"
    )
    (school,) = resume["education"]
    assert school.get("area") != "Dean's Honours List"
    assert "Dean's Honours List" in school["courses"]


def _sidebar_and_body(body_heading: str) -> tuple[list[Line], list[Line]]:
    """A sidebar of skill groups on the left; on the right a body headed by a larger heading, its jobs below."""
    left = [Line("Skills", 10, top=100), Line("HTML, Javascript", 8, top=112), Line("React, VueJS", 8, top=124)]
    left += [Line("Tools", 10, top=150), Line("Git, Mercurial, SVN", 8, top=162), Line("Trello, Slack", 8, top=174)]
    right = [Line(body_heading, 14, top=100)]
    right += [
        Line(f"Line {i} of a long description of the job and what was built there", 9, top=115 + 12 * i)
        for i in range(8)
    ]
    return left, right


def test_a_body_under_a_heading_the_vocabulary_knows_loosely_is_a_column_not_a_margins_content() -> None:
    # GIVEN a sidebar with section names beside a body whose larger heading is no exact section name
    left, right = _sidebar_and_body("Applicable Experience")
    # THEN the two are read as columns (None), not block by block as a margin of titles
    assert margin_order(left, right) is None


def test_a_margin_of_section_names_beside_unheaded_text_is_still_read_block_by_block() -> None:
    left, right = _sidebar_and_body("Line before the description, set no larger")
    right[0].size = 9
    assert margin_order(left, right) is not None


def test_an_employers_registered_name_in_brackets_is_part_of_its_name() -> None:
    from resume_autofix.importer.titles import split_title  # noqa: PLC0415

    assert split_title("Qoneqt (Human Quotient Pvt Ltd)") == ["Qoneqt (Human Quotient Pvt Ltd)"]
    assert split_title("Engineer (Acme GmbH)") == ["Engineer", "Acme GmbH"]  # a role, then its employer


def test_present_day_is_the_present() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates("2021 - present day")
    assert (span.start, span.end, span.present, span.stop) == ("2021", None, True, len("2021 - present day"))
    resume = text_resume("Jane Doe\njane@example.com\n\nExperience\nAcme Corp\nSoftware Engineer\n2021 - present day\n")
    (job,) = resume["work"]
    assert (job["name"], job["position"], job["startDate"]) == ("Acme Corp", "Software Engineer", "2021")
    assert "endDate" not in job


def test_a_date_set_against_chinese_text_with_no_space_still_ends_there() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates("2016.02 ~ 2019.04谷歌新加坡研发中心")
    assert (span.start, span.end, span.stop) == ("2016-02", "2019-04", len("2016.02 ~ 2019.04"))
    (year,) = find_dates("研发中心2012年暑假")
    assert year.start == "2012"
    assert find_dates("1904.06398") == []  # an arXiv number is still no date


def test_an_rnd_centre_is_an_employer_not_a_role() -> None:
    from resume_autofix.importer.roles import job_score  # noqa: PLC0415

    assert job_score("谷歌新加坡研发中心") < 0 < job_score("研发工程师")


def test_a_title_wrapped_inside_a_name_goes_on_on_the_next_line() -> None:
    from resume_autofix.importer.wraps import goes_on  # noqa: PLC0415

    title = Line("2021–2024  Diplôme d’Ingénieur en Sciences des Données, École Nationale", 10, x0=50, x1=500)
    assert goes_on(title, Line("des Sciences Appliquées, Safi, Maroc.", 10, x0=120, x1=300))
    assert goes_on(Line("Maîtrise, Université de", 10, x0=50, x1=500), Line("Moncton, Canada.", 10, x0=120, x1=200))
    # a sentence that breaks after "for" is no name: its next line is the body's
    sentence = Line("Oversaw the development of accelerated math curriculum for", 10, x0=50, x1=500)
    assert not goes_on(sentence, Line("early college program.", 10, x0=50, x1=200))
    assert not goes_on(Line("Research Lab, University", 10), Line("of the body text starts lower case", 10))


def test_a_year_glued_to_a_name_by_a_hyphen_is_no_date() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    assert find_dates("Analyse du dataset CICDarknet-2020 et développement") == []
    assert [s.start for s in find_dates("Jan-2020")] == ["2020-01"]
    assert [s.start for s in find_dates("Summer-2020")] == ["2020"]  # a season is a date's word


def test_a_document_title_level_with_the_given_name_leaves_the_family_name_below() -> None:
    from resume_autofix.importer.basics import _surname_below  # noqa: PLC0415

    lines = [
        Line("Evsin", 24, bold=True, top=40, x0=100, x1=170),
        Line("Lebenslauf", 10, top=42, x0=420, x1=480),
        Line("Rahmiev", 24, bold=True, top=70, x0=100, x1=200),
        Line("Fähigkeiten", 12, bold=True, top=120, x0=20, x1=90),
    ]
    assert _surname_below(lines, 0) == 2


def test_the_tail_of_a_link_broken_at_a_hyphen_is_no_phone() -> None:
    resume = text_resume(
        "Jihye Park\nJihye.Park@unige.ch\n\nPublications\n"
        "Park, Jihye (2026). Aid, Lending, and TRIPS. https://doi.org/10.1007/s11558-\n026-09633-7\n"
    )
    assert "phone" not in resume["basics"]


_PROMOTED = (
    "Dennis Mott\ndennis@example.com\n\nProfessional Experience\nMold Design Engineer III  July 2018 - current\n"
    "DENSO Manufacturing Michigan, Inc.  Battle Creek, MI\n+  Mold Design Engineer II (Jul 2016 – Jul 2018)\n"
    "+  Mold Design Engineer I (Dec 2014 – Jul 2016)\n+  Mold Design Intern (Apr 2013 – Dec 2014)\n"
    "• Achieved cost savings on cooling fan mold tuning.\n\nFreelance Designer  Jan 2012 - Apr 2012\n"
)


def test_earlier_roles_that_end_when_the_role_above_began_are_the_same_employers() -> None:
    jobs = text_resume(_PROMOTED)["work"]
    assert [(j.get("name"), j["position"]) for j in jobs] == [
        ("DENSO Manufacturing Michigan, Inc.", "Mold Design Engineer III"),
        ("DENSO Manufacturing Michigan, Inc.", "Mold Design Engineer II"),
        ("DENSO Manufacturing Michigan, Inc.", "Mold Design Engineer I"),
        ("DENSO Manufacturing Michigan, Inc.", "Mold Design Intern"),
        # a gap before the role above: no promotion, no employer given
        (None, "Freelance Designer"),
    ]


def test_awesome_cv_small_capitals_are_capitals() -> None:
    assert Line("PROGRAMMiNG LANGUAGES AND TECHNOLOGiES", 8).caps
    assert not Line("Mini Projects", 8).caps
    assert Line("SKILLS", 8).caps


def test_a_skills_label_in_capitals_under_the_summary_opens_the_skills() -> None:
    from resume_autofix.importer.sections import split_sections  # noqa: PLC0415

    lines = [
        Line("Parham Alvani", 32),
        Line("Summary", 16, bold=True),
        Line("Backend engineer at a ride hailing company, interested in networking.", 9),
        Line("PROGRAMMiNG LANGUAGES AND TECHNOLOGiES", 8),
        Line("• Golang & C (Expert)", 9),
        Line("• Rust (Beginner)", 9),
        Line("Work Experience", 16, bold=True),
        Line("Snapp!  Tehran, Iran", 10, bold=True),
    ]
    _, sections, _ = split_sections(lines)
    assert [s.key for s in sections] == ["summary", "skills", "work"]
    assert [line.text for line in sections[1].lines] == ["Golang & C (Expert)", "Rust (Beginner)"]


def test_a_bare_name_before_a_registered_one_stays_the_employer() -> None:
    # "role, employer, client", as Indian résumés write it: no town before the employer (a rule that read it so,
    # where two titles had that shape, made Apple the employer of an Infosys engineer; no list tells a town here)
    resume = text_resume(
        "Asha Rao\nasha@example.com\n\nExperience\n2019 - 2021  Senior Software Engineer, Infosys, Apple Inc.\n"
        "Built the store.\n\n2017 - 2019  Software Engineer, Wipro, Walmart Inc.\nBuilt the app.\n"
    )
    assert [job["name"] for job in resume["work"]] == ["Infosys", "Wipro"]


def test_a_field_with_no_degree_word_is_the_field_not_the_degree() -> None:
    resume = text_resume(
        "Léo Le Lonquer\nleo@example.com\n\nFormation\n"
        "2017 INSA de Toulouse, Informatique et Réseaux, spécialité Systèmes Distribués Big Data (SDBD)\n"
    )
    (school,) = resume["education"]
    assert "studyType" not in school
    assert (school["institution"], school["area"]) == ("INSA de Toulouse", "Informatique et Réseaux")


def test_a_degree_opening_the_first_item_under_a_school_is_its_degree() -> None:
    text = (
        "# Abel Jansma\n\nabel@example.com\n\n## Education\n\n**2012 - 2015**\n\n**University of Amsterdam**\n\n"
        "- BSc Physics and Astronomy. Graduated with honours and a minor in computational science.\n\n"
        "**Feb - Aug 2016**\n\n**University of Copenhagen**\n\n"
        "- Visiting graduate student at the Niels Bohr Institute.\n"
    )
    amsterdam, copenhagen = import_resume(text.encode(), "cv.md").resume["education"]
    assert amsterdam["studyType"] == "BSc Physics and Astronomy"
    assert amsterdam["courses"] == ["Graduated with honours and a minor in computational science."]
    assert "studyType" not in copenhagen  # a visit, no degree


def test_the_name_after_the_documents_title_and_a_dash_is_the_name() -> None:
    text = "# Curriculum Vitae — Wonpyo Han\n\n**Email:** pk102h@example.org\n\n## Working Papers\n\nHan, W. (2026).\n"
    assert import_resume(text.encode(), "cv.md").resume["basics"]["name"] == "Wonpyo Han"
    # a page's title that only starts with the document's title is no name
    page = "CV — Example Developer d index.htmleveloper\nExample Developer\nalex@example.com\n"
    assert import_resume(page.encode(), "cv.txt").resume["basics"]["name"] == "Example Developer"


def test_a_networks_name_in_the_cell_before_the_name_is_a_link_not_the_name() -> None:
    from resume_autofix.importer.basics import _name_cells  # noqa: PLC0415

    assert _name_cells(Line("GitHub  Juan Reyes  Portfolio", 24)).cells[0] == "Juan Reyes"


def test_what_the_review_of_this_rounds_rules_found_stays_read_as_before() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415
    from resume_autofix.importer.titles import split_title  # noqa: PLC0415

    # a part of the year before it ("Mid-2019"), and a count glued to Chinese, Japanese or Korean text, are as before
    assert [(s.start, s.present) for s in find_dates("Mid-2019 – Present")] == [("2019", True)]
    assert [s.start for s in find_dates("Anfang-2017")] == ["2017"]
    for count in (
        "负责日活2000万的推荐系统",
        "管理1800台服务器",
        "売上2000万円を達成",
        "매출 2000억원 달성",
        "引用2000次",
    ):
        assert find_dates(count) == [], count
    # a role and its employer's registered name in brackets stay two parts
    assert split_title("Ingeniero de Software (Globant S.A.)") == ["Ingeniero de Software", "Globant S.A."]
    # work on one's own account that ended as the next job began is no promotion there
    jobs = text_resume(
        "Jane Doe\njane@example.com\n\nExperience\nSenior Developer, Acme Corp\nMar 2019 - Present\n- Led a team\n\n"
        "Freelance Web Developer\nJun 2016 - Mar 2019\n- Built sites\n"
    )["work"]
    assert [j.get("name") for j in jobs] == ["Acme Corp", None]


def test_what_the_review_found_in_the_education_rules_stays_read_as_before() -> None:
    from resume_autofix.importer.degreemarks import grade_parts  # noqa: PLC0415
    from resume_autofix.importer.rawentry import RawEntry  # noqa: PLC0415

    def school(text: str) -> dict:
        return text_resume(f"Jane Doe\njane@example.com\n\nEducation\n{text}")["education"][0]

    assert school("Delhi Public School, New Delhi\nHSC Science\n2014 - 2016\n").get("studyType") == "HSC Science"
    assert school("10+2, Delhi Public School\n2014 - 2016\n").get("studyType") == "10+2"
    exchange = school("ETH Zürich, Exchange Semester  2019\n- Master courses in Robotics and Control\n")
    assert "Master courses" not in str(exchange.get("studyType", ""))
    # "Grade 12" after a degree is its grade (the Danish scale's top mark), alone a school year
    entry = RawEntry(["MSc Economics", "University of Copenhagen", "Grade 12"], [0, 0, 0], None)
    grade_parts(entry)
    assert entry.labelled.get("gpa") == "12"


def test_a_role_set_larger_over_its_jobs_lines_is_no_heading_of_a_body_column() -> None:
    left, right = _sidebar_and_body("Research Engineer")
    assert margin_order(left, right) is not None  # still a margin of titles, read block by block


def test_a_college_in_french_or_spanish_is_a_school() -> None:
    from resume_autofix.importer.roles import school_score  # noqa: PLC0415

    for name in ("Collège Montmorency", "Cégep de Sherbrooke", "Colegio San Ignacio"):
        assert school_score(name) > 0, name


def test_a_job_dated_by_one_date_alone_was_held_then_unless_it_is_the_newest() -> None:
    # GIVEN jobs listed oldest first, each but the last dated by a year alone
    jobs = text_resume(
        "Jane Doe\njane@example.com\n\nExperience\nIntern, Acme Corp  2018\n- Tested\n\n"
        "Engineer, Beta Ltd  2019 - 2021\n- Built\n\nLead, Gamma GmbH  2022\n- Leads\n"
    )["work"]
    # THEN the older single year is both start and end; the newest may go on, so it has no end
    assert [(j["startDate"], j.get("endDate")) for j in jobs] == [("2018", "2018"), ("2019", "2021"), ("2022", None)]


def test_skills_sections_in_a_row_are_groups_named_by_their_headings() -> None:
    def skills(first: str) -> list:
        text = (
            "Jane Doe\njane@example.com\n\nExperience\nEngineer, Acme  2019 - 2021\n- Built\n\n"
            f"{first}\nGolang, Rust, Python\n\nTools\nGit, Docker\n"
        )
        return text_resume(text)["skills"]

    assert skills("Technologies") == [
        {"name": "Technologies", "keywords": ["Golang", "Rust", "Python"]},
        {"name": "Tools", "keywords": ["Git", "Docker"]},
    ]
    # "Technical Skills" is the section's own name, no group's
    assert skills("Technical Skills")[:3] == [{"name": "Golang"}, {"name": "Rust"}, {"name": "Python"}]
    # a skills section alone keeps its items as they were
    alone = text_resume(
        "Jane Doe\njane@example.com\n\nSkills\nGolang, Rust\n\nExperience\nEngineer, Acme  2019 - 2021\n"
    )
    assert alone["skills"] == [{"name": "Golang"}, {"name": "Rust"}]
