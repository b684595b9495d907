"""What belongs to an entry's title block: how long a post lasted is derived, never a title part, and a sentence
under the dates is the body."""

from __future__ import annotations

import pytest

from resume_autofix.importer import import_resume
from resume_autofix.importer.assemble import build
from resume_autofix.importer.dates import DURATION
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.lines import CELL_SEP, Document, Line
from resume_autofix.importer.titles import split_title


@pytest.mark.parametrize(
    "text", ["a year", "2 yrs", "1 yr 9 mos", "2 years, 10 months", "3 Jahre", "less than a year", "6 mois"]
)
def test_a_duration_is_known(text: str) -> None:
    assert DURATION.fullmatch(text)


@pytest.mark.parametrize("text", ["Amazon", "Ayr", "Yearbook Inc", "a"])
def test_a_name_is_no_duration(text: str) -> None:
    assert not DURATION.fullmatch(text)


def test_the_duration_beside_the_dates_and_the_sentence_under_them_are_no_employer() -> None:
    # GIVEN a bold role, its dates with how long they lasted, then a paragraph whose first line wraps on
    lines = [
        Line("CEO/President", size=12, bold=True, x0=48),
        Line(f"December 2013 — December 2014{CELL_SEP}a year", size=10, x0=48),
        Line("Pied Piper is a multi-platform technology based on a proprietary universal", size=12, x0=48),
        Line("compression algorithm that approaches the theoretical limit.", size=12, x0=48),
    ]
    # WHEN the section is split into entries
    (entry,) = split_entries(lines, 12, True)
    # THEN the role is the only title part, and the paragraph is the body
    assert entry.parts == ["CEO/President"]
    assert entry.paragraphs == [
        "Pied Piper is a multi-platform technology based on a proprietary universal compression algorithm that "
        "approaches the theoretical limit."
    ]


def test_an_employer_and_city_in_brackets_after_the_role_are_two_parts() -> None:
    # "*Internship* (_SAP, Walldorf_)": the comma inside the brackets parts employer and city, not the role
    assert split_title("Internship (SAP, Walldorf)") == ["Internship", "SAP", "Walldorf"]


def test_two_roles_before_an_employer_in_brackets_are_one_position() -> None:
    assert split_title("Research Assistant - Tutor (University of Freiburg)") == [
        "Research Assistant - Tutor",
        "University of Freiburg",
    ]
    # AND a company before the role is still its own part
    assert split_title("Acme - Engineer (Cloud Team)") == ["Acme", "Engineer", "Cloud Team"]
    # AND a place or a date in brackets is no employer
    assert split_title("Engineer (Berlin, Germany)")[0] == "Engineer"


def test_an_expected_end_in_brackets_after_a_range_is_no_date_of_its_own() -> None:
    from resume_autofix.importer.dateline import line_span  # noqa: PLC0415

    span = line_span(Line(f"Software developer intern{CELL_SEP}May 2021 – Present (→ Dec 2021)"))
    assert (span.start, span.end, span.present) == ("2021-05", None, True)
    # AND a range after a single date is still the line's date
    later = line_span(Line(f"Certified Decent Grades{CELL_SEP}Award (Jun 2019){CELL_SEP}Sep 2019 – Apr 2021"))
    assert (later.start, later.end) == ("2019-09", "2021-04")


def test_a_role_word_before_an_em_dash_is_a_role_word() -> None:
    from resume_autofix.importer.roles import job_score  # noqa: PLC0415

    assert job_score('Team leader—"The Education Application"') > 0


def test_a_list_item_of_title_dates_and_what_was_done_is_an_entry() -> None:
    from resume_autofix.importer import import_resume  # noqa: PLC0415

    text = (
        "# Jane Doe\n\njane@example.com\n\n## Experience\n\n"
        "- **Acme Corp · Backend Engineer** (2023–present): Maintained the order API.\n"
        "- **Beta Startup · Intern Engineer** (2022): Wrote scrapers.\n"
    )
    work = import_resume(text.encode(), "cv.md").resume["work"]
    assert [(w["name"], w["position"], w["startDate"], w.get("highlights")) for w in work] == [
        ("Acme Corp", "Backend Engineer", "2023", ["Maintained the order API."]),
        ("Beta Startup", "Intern Engineer", "2022", ["Wrote scrapers."]),
    ]
    # AND a traditional-Chinese one, full-width brackets and colon, under 經歷
    zh = (
        "# 王小明\n\n## 經歷\n\n"
        "- 某某科技 · 後端工程師(2023–現在):維護訂單系統的 API。\n"
        "- 某某新創 · 實習工程師(2022):寫爬蟲。\n"
    )
    jobs = import_resume(zh.encode(), "cv.md").resume["work"]
    assert [(w["name"], w["position"]) for w in jobs] == [("某某科技", "後端工程師"), ("某某新創", "實習工程師")]
    # AND a plain list of achievements with a year in them stays a list
    plain = (
        "# Jane Doe\n\n## Experience\n\n### Engineer, Acme (2019 – 2021)\n\n"
        "- Won the 2020 award: best team.\n- Cut costs.\n"
    )
    (job,) = import_resume(plain.encode(), "cv.md").resume["work"]
    assert job["highlights"] == ["Won the 2020 award: best team.", "Cut costs."]


def test_cjk_roles_and_employers() -> None:
    from resume_autofix.importer.roles import job_score  # noqa: PLC0415

    # a chair of a committee is a chair: the head of a CJK noun is where it ends
    assert job_score("委员会主席") > 0
    assert job_score("教授") > 0
    assert job_score("清华大学社会科学院") < 0
    assert job_score("地球文明博物馆") < 0
    assert job_score("(주) 예시회사") < 0
    assert job_score("엔지니어") > 0


def test_a_month_glued_to_its_year_after_a_stop() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates("Apr.2007-Sept.2009")
    assert (span.start, span.end) == ("2007-04", "2009-09")
    (ongoing,) = find_dates("Jun.2015-Present")
    assert (ongoing.start, ongoing.present) == ("2015-06", True)


def test_a_comma_with_no_space_between_two_names_parts_them() -> None:
    assert split_title("Company,Location") == ["Company", "Location"]
    assert split_title("Acme, Inc.") == ["Acme, Inc."]


def test_a_plain_line_under_a_bold_title_is_no_wrap_of_it() -> None:
    # GIVEN a bold role with its dates, over its employer in plain type of the same size
    lines = [
        Line(f"Assistant to the Traveling Secretary{CELL_SEP}Apr 1995 - Aug 1996", size=10.5, bold=True, x0=23),
        Line("New York Yankees", size=10.5, x0=23),
        Line("Supported team travel logistics and executive communications.", size=10, x0=23),
    ]
    (entry,) = split_entries(lines, 10, True)
    # THEN the employer is a part of its own, not the end of the role
    assert entry.parts == ["Assistant to the Traveling Secretary", "New York Yankees"]


def test_a_link_between_a_styled_title_and_its_dates_is_passed_over() -> None:
    # GIVEN PDFKit's layout: a large title, the employer's address, then "From 2014-02" alone
    lines = [
        Line("Software Developer at Example Inc.", size=16, bold=True),
        Line("http://www.example.org", size=12),
        Line("From 2014-02", size=12),
        Line("Lorem ipsum", size=12),
        Line("Software Developer at Example Inc.", size=16, bold=True),
        Line("http://www.example.org", size=12),
        Line("From 2012-11 to 2014-01", size=12),
        Line("Lorem ipsum", size=12),
    ]
    entries = split_entries(lines, 12, True)
    # THEN the title above is the title, and the word "From" is no part of it
    assert [e.parts[:2] for e in entries] == [["Software Developer", "Example Inc."]] * 2
    assert [(e.date.start, e.date.end) for e in entries if e.date] == [("2014-02", None), ("2012-11", "2014-01")]


def test_word_headings_smaller_than_the_sections_styled_by_size_are_entry_titles() -> None:
    from resume_autofix.importer.sections import _demote_entry_headings  # noqa: PLC0415

    # GIVEN sections in a 26 pt style of no outline level, each job a "Heading 1" in 14 pt
    lines = [
        Line("Experience", size=26, heading=True),
        Line("Senior Software Engineer", size=14, bold=True, heading=True, level=1),
        Line("Tech Innovations Inc. | Jan 2020 - Present", size=11),
        Line("Education", size=26, heading=True),
        Line("Personal Projects", size=14, bold=True, heading=True, level=1),
    ]
    _demote_entry_headings(lines)
    # THEN the jobs' headings are bold title lines, the sections stay headings
    assert [line.heading for line in lines] == [True, False, False, True, False]
    assert lines[1].bold


def test_korean_dates_and_a_detail_row_repeating_them() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates("(2025. 03 - 2025.10)")
    assert (span.start, span.end) == ("2025-03", "2025-10")
    assert DURATION.fullmatch("7개월")
    # GIVEN an employer, its place and dates, then a detail table whose first row repeats the dates
    lines = [
        Line("(주) 예시회사", size=12, bold=True),
        Line("Seoul - (2025. 03 - 2025.10)", size=10),
        Line(f"기간{CELL_SEP}2025. 03 ~ 2025.10 (7개월)", size=10),
        Line(f"담당업무{CELL_SEP}챗봇 서비스 백엔드 개발", size=10),
    ]
    # THEN the row is the entry's, not a second entry
    (entry,) = split_entries(lines, 10, True)
    assert entry.parts[0] == "(주) 예시회사"


def test_a_space_between_chinese_words_parts_a_title_but_not_between_korean_words() -> None:
    assert split_title("字节跳动科技有限公司 后端开发实习生") == ["字节跳动科技有限公司", "后端开发实习生"]
    assert split_title("(주) 예시회사") == ["(주) 예시회사"]
    assert split_title("XXX 大学") == ["XXX 大学"]


def test_a_title_that_ends_in_a_comma_goes_on_in_the_next_line() -> None:
    lines = [
        Line("Bachelor of Arts in History, Queens College,", size=9.2, bold=True),
        Line("City University of New York", size=9.2),
        Line("• American Urban History", size=9.2),
    ]
    (entry,) = split_entries(lines, 9.2, True)
    assert entry.parts[-1] == "Queens College, City University of New York"
    assert entry.bullets == ["American Urban History"]


@pytest.mark.parametrize("place", ["Seoul", "Berlin", "Brac University, Dhaka"[len("Brac University, ") :], "北京"])
def test_a_large_city_alone_is_a_place(place: str) -> None:
    from resume_autofix.importer.places import LOCATION  # noqa: PLC0415

    assert LOCATION.match(place)


@pytest.mark.parametrize("name", ["Berliner Sparkasse", "Acme", "Parisa Tabriz"])
def test_a_name_that_starts_like_a_city_is_no_place(name: str) -> None:
    from resume_autofix.importer.places import LOCATION  # noqa: PLC0415

    assert not LOCATION.match(name)


def test_a_sidebars_small_entries_each_a_title_over_its_school_and_dates() -> None:
    # GIVEN a sidebar in 10 pt beside a 12 pt body: degree over "School (years)", twice
    lines = [
        Line("MBA, Business Administration", size=10, x0=20, x1=146, gap_before=1.0),  # under the heading
        Line("Business School (2015-2017)", size=10, x0=20, x1=134),
        Line("BA, International Relations", size=10, x0=20, x1=131),
        Line("State University (2010-2014)", size=10, x0=20, x1=134),
    ]
    first, second = split_entries(lines, 12, True)
    # THEN each degree heads its own school, not the school above it
    assert first.parts == ["MBA", "Business Administration", "Business School"]
    assert second.parts == ["BA", "International Relations", "State University"]


def test_a_row_of_small_tags_that_starts_with_a_section_name_is_no_heading() -> None:
    from resume_autofix.importer.assemble import _side_headings  # noqa: PLC0415

    lines = [Line("Body text of the page in twelve points", size=12) for _ in range(5)]
    tags = Line(f"Education{CELL_SEP}Real Estate", size=10, x0=28)
    assert _side_headings([*lines, tags])[-1] is tags
    # AND a margin heading in body type still heads its section
    margin = Line(f"Experience{CELL_SEP}Creative Solutions Inc.{CELL_SEP}January 2019", size=12)
    assert [line.text for line in _side_headings([*lines, margin])[-2:]] == [
        "Experience",
        f"Creative Solutions Inc.{CELL_SEP}January 2019",
    ]


def test_an_employer_over_its_tenure_owns_the_roles_below_it() -> None:
    # GIVEN LinkedIn's layout: the employer, its whole tenure, then each role with its dates and a product line
    lines = [
        Line("OpenAI", size=10, bold=True, x0=63),
        Line("1 yr 9 mos", size=8, x0=63),
        Line(f"International Startups Lead{CELL_SEP}May 2025 — current", size=11, bold=True, x0=59),
        Line("Sora", size=10, bold=True, x0=59),
        Line("• Deployed global scale infrastructure.", size=10, x0=59),
        Line(f"Software Engineering Lead{CELL_SEP}Jan 2025 — May 2025", size=11, bold=True, x0=59),
        Line("GPT-4", size=10, bold=True, x0=59),
        Line("• Developed a testing framework.", size=10, x0=59),
        Line("Palantir", size=10, bold=True, x0=63),
        Line("5 mos", size=8, x0=63),
        Line(f"Forward Deployed Engineer{CELL_SEP}Sep 2023 — Feb 2024", size=11, bold=True, x0=59),
        Line("• Built dashboards.", size=10, x0=59),
    ]
    entries = split_entries(lines, 10, True)
    # THEN each role is its employer's, and neither the next employer nor its tenure is in a role's body
    assert [e.parts for e in entries] == [
        ["International Startups Lead", "OpenAI"],
        ["Software Engineering Lead", "OpenAI"],
        ["Forward Deployed Engineer", "Palantir"],
    ]
    assert entries[1].paragraphs == ["GPT-4"]


def test_linkedins_export_layout_title_above_dates_with_their_duration() -> None:
    # GIVEN a LinkedIn profile PDF: employer, tenure, then per role its title, "dates (duration)" and place
    lines = [
        Line("Acme Corp", size=12, bold=True),
        Line("3 years 2 months", size=10),
        Line("Senior Engineer", size=11, bold=True),
        Line("January 2022 - Present (2 years 3 months)", size=10),
        Line("Berlin, Germany", size=10),
        Line("Built things.", size=10),
        Line("Engineer", size=11, bold=True),
        Line("November 2020 - December 2021 (1 year 2 months)", size=10),
        Line("Berlin, Germany", size=10),
        Line("Did stuff.", size=10),
    ]
    entries = split_entries(lines, 10, True)
    # THEN each role is the employer's, and the duration in brackets is no part of any title
    assert [e.parts for e in entries] == [["Senior Engineer", "Acme Corp"], ["Engineer", "Acme Corp"]]
    assert [e.location for e in entries] == ["Berlin, Germany"] * 2
    assert [e.paragraphs for e in entries] == [["Built things."], ["Did stuff."]]


def test_roles_dated_inside_their_employers_span_are_the_employers() -> None:
    lines = [
        Line(f"Beckhoff Automation LLC, Savage, Minnesota{CELL_SEP}Jun 2022 – Present", bold=True),
        Line("Associate Application Engineer, Jan 2024 – Present"),
        Line("• Supporting customers with controls solutions"),
        Line("Industrial Automation Engineering Internship, Jun 2022 – Aug 2022"),
        Line("• Shadowing application engineers"),
    ]
    entries = split_entries(lines, 10, True)
    assert [e.parts for e in entries] == [
        ["Associate Application Engineer", "Beckhoff Automation LLC"],
        ["Industrial Automation Engineering Internship", "Beckhoff Automation LLC"],
    ]
    # AND a role that is dated outside the span above it stays an entry of its own
    apart = split_entries(
        [Line(f"Acme Corp{CELL_SEP}2019 – 2020", bold=True), Line("Engineer, Jan 2021 – Dec 2021")], 10, True
    )
    assert len(apart) == 2


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("June - Aug 2019", "2019-06", "2019-08"),
        ("Mar-Jun 2018", "2018-03", "2018-06"),
        ("May – Aug 2020", "2020-05", "2020-08"),
    ],
)
def test_two_months_share_the_year_written_once(text: str, start: str, end: str) -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates(text)
    assert (span.start, span.end, span.begin) == (start, end, 0)


def test_a_word_before_a_dash_and_a_date_is_no_month() -> None:
    from resume_autofix.importer.dates import find_dates  # noqa: PLC0415

    (span,) = find_dates("Senior Engineer - May 2019")
    assert (span.start, span.end) == ("2019-05", None)


def test_a_long_role_line_under_an_employer_a_place_and_dates_is_the_role() -> None:
    # GIVEN "Washington State University,  Pullman, Washington, United States  Jan 2024 – May 2025" (bold) over
    # "Undergraduate Research Assistant, Advised by Janardhan Rao (Jana) Doppa" and a sentence
    lines = [
        Line(
            "Washington State University,  Pullman, Washington, United States  Jan 2024 – May 2025",
            10,
            bold=True,
            x0=129.6,
            x1=561.6,
        ),
        Line("Undergraduate Research Assistant, Advised by Janardhan Rao (Jana) Doppa", 10, x0=129.6, x1=465.6),
        Line("Implemented evaluation code and reproducible benchmarks for a Bayesian method.", 10, x0=129.6, x1=558),
    ]
    [entry] = split_entries(lines, 10, True)
    # THEN the role is a title part, the place the place, and the sentence the body
    assert entry.parts[:2] == ["Washington State University", "Undergraduate Research Assistant"]
    assert entry.location == "Pullman, Washington, United States"
    assert entry.paragraphs == ["Implemented evaluation code and reproducible benchmarks for a Bayesian method."]


def test_two_roles_parted_by_a_bar_are_one_position_over_the_employer_line() -> None:
    # GIVEN a date margin: "2023 - Now  Senior Software Engineer | Full-Stack Developer" over "The Knot Worldwide"
    text = (
        "Joaquín Ocón\njq@example.com\n\nExperience\n"
        "2023 - Now  Senior Software Engineer | Full-Stack Developer\nThe Knot Worldwide\n\n"
        "2017 - 2018  Application Development Senior Analyst\nAccenture Outsourcing Services SA\n"
    )
    first, second = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (first["position"], first["name"]) == (
        "Senior Software Engineer | Full-Stack Developer",
        "The Knot Worldwide",
    )
    assert (second["position"], second["name"]) == (
        "Application Development Senior Analyst",
        "Accenture Outsourcing Services SA",
    )


def test_a_workload_in_brackets_after_the_employer_is_a_note_not_part_of_its_name() -> None:
    text = "Jean Dupont\njean@example.com\n\nExpérience\nDéveloppeur, Macworks Sàrl (20-50%)  2010 - 2012\n"
    [job] = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["name"], job["position"]) == ("Macworks Sàrl", "Développeur")
    assert "(20-50%)" in job.get("summary", "")


def test_a_mexican_company_ending_in_s_a_de_c_v_is_a_title_line_not_a_sentence() -> None:
    lines = [
        Line("Kernotek S.A. de C.V.", 9.8, bold=True, x0=68, x1=192),
        Line("2013 – Presente", 8.4, x0=68, x1=144),
        Line("Desarrollador Web", 9.1, bold=True, x0=68, x1=232),
    ]
    [entry] = split_entries(lines, 9.8, True)
    assert entry.parts[:2] == ["Kernotek S.A. de C.V.", "Desarrollador Web"]


def test_a_role_in_sub_heading_type_over_a_date_margin_line_is_the_entrys_role() -> None:
    # GIVEN a German moderncv CV: "Berufserfahrung" (14.3 pt), each role in 12 pt over "seit 9.2020   Telespazio
    # Germany GmbH" (10 pt, the dates in a left margin), and 12 pt sub-headings elsewhere ("Sprachkenntnisse")
    def line(text: str, size: float, x0: float, x1: float) -> Line:
        return Line(text, size, x0=x0, x1=x1)

    lines = [
        line("Helge Eichhorn", 24.8, 59.5, 206.1),
        line("helge@example.com", 9.0, 453.9, 533.0),
        line("Berufserfahrung", 14.3, 156.0, 248.6),
        line("Principal Software Engineer", 12.0, 156.0, 290.1),
        line("seit 9.2020  Telespazio Germany GmbH", 10.0, 102.2, 268.8),
        line("Technische Leitung der Entwicklung des Lunar Service Volume Simulator innerhalb", 10.0, 156.0, 535.3),
        line("Head of Mission Operations", 12.0, 156.0, 291.6),
        line("7.2018 – 2.2020  Planetary Transportation Systems GmbH", 10.0, 80.4, 454.8),
        line("Leitung des Missionsanalyse- und Flugdynamikteams", 10.0, 156.0, 384.8),
        line("Sprachkenntnisse", 12.0, 156.0, 240.0),
        line("Deutsch  Muttersprache", 10.0, 102.0, 260.0),
        line("IT-Kenntnisse", 12.0, 156.0, 230.0),
        line("OS  Linux, Windows, macOS", 10.0, 102.0, 260.0),
    ]
    resume, _warnings, _confidence = build(Document(kind="pdf", lines=lines))
    assert [(job["position"], job["name"]) for job in resume["work"]] == [
        ("Principal Software Engineer", "Telespazio Germany GmbH"),
        ("Head of Mission Operations", "Planetary Transportation Systems GmbH"),
    ]
