"""Rules of the tenth round: margin headings in small type, Arabic set left to right, Arabic and Hebrew dates."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.assemble import _side_headings
from resume_autofix.importer.bidi import direction, mirrored
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.lines import Line
from resume_autofix.importer.pdf import Glyph, PdfPage
from resume_autofix.importer.titles import split_title

WIDTH = 600.0


def _drawn(*words: tuple[str, float], top: float, size: float = 10.0) -> list[Glyph]:
    return [Glyph(text, x, x + 6 * len(text), top, size, False) for text, x in words]


def test_a_section_name_in_small_type_in_the_margin_heads_its_section() -> None:
    # GIVEN a LaTeX CV's margin headings in 10 pt beside an 11 pt body that starts 108 pt to the right
    body = [
        Line("Highborn education", size=11, x0=145.5),
        Line("Additionally received martial training", size=11, x0=145.5),
    ]
    lines = [Line("Education  Maester Luwin's Tutelage  285 AL - 298 AL", size=10, x0=37.5), *body] + [
        Line("More body text in the body's type", size=11, x0=145.5) for _ in range(4)
    ]
    # WHEN the margin headings are read THEN the heading is a line of its own
    assert [line.text for line in _side_headings(lines)][:2] == [
        "Education",
        "Maester Luwin's Tutelage  285 AL - 298 AL",
    ]


def test_a_row_of_small_tags_that_starts_where_the_next_row_does_names_no_section() -> None:
    lines = [Line("Education  Real Estate", size=8, x0=400), Line("Finance  Retail", size=8, x0=400)] + [
        Line("The body of the resume in its own type", size=11, x0=40) for _ in range(4)
    ]
    assert _side_headings(lines)[0].text == "Education  Real Estate"


def test_arabic_set_left_to_right_is_read_as_it_stands_not_mirrored() -> None:
    # GIVEN Arabic headings and titles flush left (a LaTeX class with no right-to-left support), words in order
    glyphs = [
        *_drawn(("الملخص", 34.0), ("المهني", 96.0), top=100.0),
        *_drawn(("الخبرة", 34.0), ("المهنية", 90.0), top=200.0),
        *_drawn(("مطور", 34.0), ("الويب", 70.0), top=300.0),
        *_drawn(("التعليم", 34.0), top=400.0),
    ]
    page = PdfPage(WIDTH, 800.0, glyphs)
    # THEN the page is laid left to right and is not mirrored
    assert direction(page) == "rtl-set-ltr"
    assert mirrored(page) is None


def test_a_hebrew_page_set_flush_right_is_mirrored() -> None:
    glyphs = [
        *_drawn(("השכלה", 520.0), top=100.0),
        *_drawn(("ניסיון", 470.0), ("תעסוקתי", 510.0), top=200.0),
        *_drawn(("כישורים", 518.0), top=300.0),
    ]
    page = PdfPage(WIDTH, 800.0, glyphs)
    assert direction(page) == "rtl"
    assert mirrored(page) is not None


def test_arabic_and_hebrew_month_names_and_present() -> None:
    [oct_now] = find_dates("أكتوبر 2024 – الحاضر")
    assert (oct_now.start, oct_now.present) == ("2024-10", True)
    [span] = find_dates("يناير 2024 – أغسطس 2024")
    assert (span.start, span.end) == ("2024-01", "2024-08")
    [hebrew] = find_dates("ינואר 2020 - היום")
    assert (hebrew.start, hebrew.present) == ("2020-01", True)


def test_a_focus_in_brackets_after_a_degree_field_stays_with_the_field() -> None:
    assert split_title("Master of Science, Computer Science (Intelligent Systems)") == [
        "Master of Science",
        "Computer Science (Intelligent Systems)",
    ]
    assert split_title("M.A. in Musicology (Performance Practice)") == ["M.A. in Musicology (Performance Practice)"]
    assert split_title("B.S. Existential Science (Double Major)") == ["B.S. Existential Science (Double Major)"]
    # a school, a state or a degree in brackets is still a part of its own
    assert split_title("M.Sc. in Informatics (University of Bremen)") == [
        "M.Sc. in Informatics",
        "University of Bremen",
    ]
    assert split_title("Bachelor of Software Engineering (Not Completed)")[0] == "Bachelor of Software Engineering"
    # with no field before it, the bracket is the field
    assert split_title("Doctor of Philosophy (Astronomy & Astrophysics)") == [
        "Doctor of Philosophy",
        "Astronomy & Astrophysics",
    ]


def test_honours_and_a_state_in_brackets_after_a_degree_are_no_part_of_it() -> None:
    text = """Jane Doe
jane@example.com

EDUCATION
University of Lyon, Lyon, France    2011 - 2014
Master of Science in Earth Science (with honours)

Christelijk College, Nijmegen    2005 - 2011
HAVO (completed)
"""
    lyon, college = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (lyon["studyType"], lyon["area"], lyon["courses"]) == (
        "Master of Science",
        "Earth Science",
        ["with honours"],
    )
    assert college["studyType"] == "HAVO"


def test_a_short_line_over_a_longer_one_is_no_wrapped_paragraph() -> None:
    from resume_autofix.importer.rawentry import RawEntry, add_body  # noqa: PLC0415

    entry = RawEntry(parts=["Liberty University"], part_lines=[0], date=None)
    add_body(
        [
            Line("M.S., Humane Letters", size=12, x0=30, x1=150),
            Line("Awarded an honorary doctorate recognizing his contributions to", size=12, x0=54, x1=560),
            Line("philanthropy and public service.", size=12, x0=54, x1=300),
        ],
        entry,
    )
    # THEN the degree line is a paragraph of its own; the sentence that wraps is one paragraph
    assert entry.paragraphs == [
        "M.S., Humane Letters",
        "Awarded an honorary doctorate recognizing his contributions to philanthropy and public service.",
    ]


def test_an_education_list_with_no_titles_or_dates_is_one_entry_per_item() -> None:
    text = """Jane Doe
jane@example.com

Education
- B.S. Honors Computational Mathematics, Washington State University.
- Microsoft Test Apprentice Program, Microsoft Corporation.

Skills
Python, Go
"""
    education = import_resume(text.encode(), "cv.txt").resume["education"]
    assert [(e["institution"], e["studyType"]) for e in education] == [
        ("Washington State University", "B.S. Honors Computational Mathematics"),
        ("Microsoft Corporation", "Microsoft Test Apprentice Program"),
    ]


def test_a_line_that_held_the_school_keeps_what_else_it_said() -> None:
    from resume_autofix.importer.schools import _more_than  # noqa: PLC0415

    assert _more_than("B.A. Political Science Texas A&M University", ["Texas A&M University"])
    assert not _more_than("Texas A&M University.", ["Texas A&M University"])
    assert _more_than("MS", ["Master of Science"])  # nothing taken from it: kept whole


def test_an_employer_cell_gives_up_its_link_its_place_and_its_country_code() -> None:
    text = """Jane Doe
jane@example.com

Experience
Preschool Teacher    2021 - Present
Little Stars Academy, New York, NY

Full Stack Developer    2022 - Present
idea2App ∙ https://idea2.app

Software Engineer    2012 - 2013
Software United (NL)

Engineer    2010 - 2012
Hewlett Packard (HP)
"""
    work = import_resume(text.encode(), "cv.txt").resume["work"]
    assert [(w["name"], w.get("location"), w.get("url")) for w in work] == [
        ("Little Stars Academy", "New York, NY", None),
        ("idea2App", None, "https://idea2.app"),
        ("Software United", "NL", None),
        ("Hewlett Packard (HP)", None, None),
    ]


def test_tex_accents_drawn_before_their_letters_are_put_on_them() -> None:
    from resume_autofix.importer.lines import clean  # noqa: PLC0415

    assert clean("Boğazi\u00b8ci") == "Boğaziçi"
    assert clean("\u02d9Istanbul") == "İstanbul"
    assert clean("I\u00b4m") == "I\u00b4m"  # an apostrophe typed as an accent stays


def test_a_faculty_whose_subjects_are_listed_and_wrapped_after_a_comma_is_one_school() -> None:
    assert split_title("Facultad de Ciencias Exactas, Físicas y Naturales, Universidad Nacional de San Juan") == [
        "Facultad de Ciencias Exactas, Físicas y Naturales, Universidad Nacional de San Juan"
    ]
    text = """Jane Doe
jane@example.com

Education
2017 - 2022    PhD in Geophysics
Facultad de Ciencias Exactas, Físicas y Naturales,
Universidad Nacional de San Juan, San Juan, Argentina
"""
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (
        school["institution"] == "Facultad de Ciencias Exactas, Físicas y Naturales, Universidad Nacional de San Juan"
    )
    assert school["location"] == "San Juan, Argentina"


def test_markdown_employers_as_headings_over_roles_with_their_dates_are_work() -> None:
    text = """# David Doe

An agile developer. dave@example.com

## [Saltpay](https://www.saltpay.co/)

### *Senior Developer / Tech Lead (May 2022 - April 2023)*

- Responsible for the integration of dependencies

## [Triptease](https://www.triptease.com/)

### *Senior Developer (July 2021 - April 2022)*

- Worked in the team responsible for display advertising

## Education

University of Warwick, BA Philosophy, 2000 - 2005
"""
    work = import_resume(text.encode(), "cv.md").resume["work"]
    assert [(w["name"], w["position"], w["startDate"]) for w in work] == [
        ("Saltpay", "Senior Developer / Tech Lead", "2022-05"),
        ("Triptease", "Senior Developer", "2021-07"),
    ]


def test_technical_alone_heads_the_skills_and_a_state_before_a_degree_is_no_part_of_it() -> None:
    from resume_autofix.importer.vocabulary import vocabulary_key  # noqa: PLC0415

    assert vocabulary_key("Technical") == "skills"
    assert vocabulary_key("TECHNICAL PROJECTS") != "skills"
    text = """Jane Doe
jane@example.com

Education
University of Bremen    2008 - 2010
Graduated as M.Sc. Digital Media
"""
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert school["studyType"] == "M.Sc. Digital Media"


def test_a_title_written_as_sentences_parts_at_its_full_stops() -> None:
    assert split_title("Video Game Development tutor. Chalkle.") == ["Video Game Development tutor", "Chalkle"]
    assert split_title("Bsc. Computer Science") == ["Bsc. Computer Science"]  # an abbreviation's stop


def test_a_summary_of_paragraphs_the_file_holds_apart_is_kept() -> None:
    from resume_autofix.importer.guard import Guard  # noqa: PLC0415

    source = "Battle of Hardhome  302 AL\nWeapon: steel\nFaced an army of White Walkers\nBattle of Castle Black"
    guard = Guard(source)
    assert guard.allows("summary", "Battle of Hardhome  302 AL\nFaced an army of White Walkers")
    assert not guard.allows("summary", "Battle of Hardhome\nFaced an army of dragons")  # each paragraph is checked


def test_a_labelled_network_keeps_the_name_the_file_writes() -> None:
    text = "Jane Doe\njane@example.com\nGITHUB: janedoe\n\nSkills\nPython\n"
    basics = import_resume(text.encode(), "cv.txt").resume["basics"]
    assert basics["profiles"] == [{"network": "GITHUB", "username": "janedoe"}]


def test_months_in_numbers_with_two_digit_years_as_a_range() -> None:
    [span] = find_dates("09/18-12/21")
    assert (span.start, span.end) == ("2018-09", "2021-12")
    [ongoing] = find_dates("10/12 - present")
    assert (ongoing.start, ongoing.present) == ("2012-10", True)
    assert find_dates("Voto: 100/110") == []
    assert find_dates("3/4 of the team") == []  # a fraction alone is no date


def test_a_column_of_labels_set_flush_right_is_read_across_with_its_values() -> None:
    from resume_autofix.importer.grid import reading_order  # noqa: PLC0415
    from resume_autofix.importer.segments import Segment  # noqa: PLC0415

    labels = [("Lingue", 197), ("Linguaggi di Programmazione", 106), ("Framework", 179), ("Strumenti", 185)]
    segments = []
    for k, (label, x0) in enumerate(labels):
        top = 430.0 + 13 * k
        segments.append(Segment(label, x0, 225.0, top, 10.0, False, len(label)))
        segments.append(Segment("Python, Java, Kotlin", 241.0, 470.0, top, 10.0, False, 20))
    # THEN one group: the rows are read across, not the labels first and then the values
    assert len(reading_order(segments)) == 1


def test_a_table_whose_first_row_names_its_columns_is_one_entry_a_row() -> None:
    text = """# 職務経歴書

## 職務経歴

在籍期間 | 企業名 | ポジション | ロール
--- | --- | --- | ---
2024-08 / Now | [freee](https://corp.freee.co.jp/) | SRE | TL
2022-07 / 2024-07 | [Mercari](https://about.mercari.com/) | Platform Engineer | Member
"""
    work = import_resume(text.encode(), "cv.md").resume["work"]
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in work] == [
        ("freee", "SRE", "2024-08", None),
        ("Mercari", "Platform Engineer", "2022-07", "2024-07"),
    ]
    [span] = find_dates("2022-07 / 2024-07")
    assert (span.start, span.end) == ("2022-07", "2024-07")


def test_an_odt_title_line_that_opens_with_a_bold_run_parts_there() -> None:
    import sys  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    sys.path.insert(0, str(Path(__file__).parent))
    from test_import_odt import _CONTENT, _odt  # noqa: PLC0415

    content = _CONTENT.replace(
        '<text:span text:style-name="B">Data Engineer, Acme Corp</text:span><text:tab/>Jan 2020 – Present',
        '<text:span text:style-name="B">Co-Founder</text:span> VisualQ AI | 2019 – Present',
    )
    [job] = import_resume(_odt(content), "cv.odt").resume["work"]
    assert (job["position"], job["name"], job["startDate"]) == ("Co-Founder", "VisualQ AI", "2019")


def test_a_grade_after_the_school_and_a_framework_level_are_no_title_parts() -> None:
    text = """Jane Doe
jane@example.com

Education
Bennett University CGPA: 8    Greater Noida
Bachelor of Technology in Computer Science    Aug 2020 – Jun 2024

Nov 2016 – Dec 2017    PhD in Smart Computing    ISCED 8
University of Florence
"""
    bennett, florence = import_resume(text.encode(), "cv.txt").resume["education"]
    assert bennett["institution"] == "Bennett University"
    assert (florence["studyType"], florence["area"], florence["institution"]) == (
        "PhD",
        "Smart Computing",
        "University of Florence",
    )
    assert florence["courses"] == ["ISCED 8"]


def test_a_grade_word_ending_the_school_part_takes_the_number_after_it() -> None:
    from resume_autofix.importer.rawentry import RawEntry  # noqa: PLC0415
    from resume_autofix.importer.schools import education_items  # noqa: PLC0415

    entry = RawEntry(
        parts=["Bennett University CGPA", "8", "Bachelor of Technology in Computer Science"],
        part_lines=[0, 0, 1],
        date=None,
    )
    [item] = education_items([entry])
    assert (item["institution"], item["score"], item["studyType"]) == (
        "Bennett University",
        "8",
        "Bachelor of Technology",
    )


def test_czech_present_legal_forms_and_a_degree_in_brackets_after_a_school() -> None:
    [span] = find_dates("2024 - AKTUÁLNÍ")
    assert (span.start, span.present) == ("2024", True)
    assert split_title("SHERLOG Technology, a.s.") == ["SHERLOG Technology, a.s."]
    assert split_title("FEL ČVUT (Bc.)") == ["FEL ČVUT", "Bc."]
    # a field with its degree in brackets stays whole, for the degree reader
    assert split_title("Инфокоммуникационные технологии и системы связи (бакалавр)")[0].startswith("Инфоком")


def test_a_range_left_open_with_on_is_ongoing() -> None:
    [span] = find_dates("2022–on")
    assert (span.start, span.present) == ("2022", True)
    assert not any(s.present for s in find_dates("2019 on campus"))


def test_studied_before_a_field_names_the_field_not_a_degree() -> None:
    text = """Jane Doe
jane@example.com

Education
Palmerston North School Of Design    2008 - 2010
Studied Drawing and Design
"""
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert school["area"] == "Drawing and Design"
    assert "studyType" not in school


def test_a_title_in_body_type_over_its_dates_and_duration_after_the_last_bullets_body() -> None:
    from resume_autofix.importer.entries import split_entries  # noqa: PLC0415

    lines = [
        Line("Senior Delivery Engineer, World Wide Technology", 12, x0=48, x1=400),
        Line("January 2021 — Present  a year", 10.2, x0=48, x1=280, gap_before=0.4),
        Line("Performed validation of hundreds of devices a day.", 12, x0=48, x1=510, bullet=True),
        Line("Now used by 11 teams, it reduced the requests to developers from", 12, x0=60, x1=515),
        Line("3 a day to once a week or less.", 12, x0=60, x1=280),
        Line("Automation Engineer @ Comcast Applied AI, Turnberry Solutions", 12, x0=48, x1=515, gap_before=1.1),
        Line("May 2019 — September 2020  a year", 10.2, x0=48, x1=280, gap_before=0.4),
        Line("Inherited an AngularJS web application.", 12, x0=48, x1=510, gap_before=0.3),
    ]
    first, second = split_entries(lines, 12.0, True)
    assert first.parts[0] == "Senior Delivery Engineer"
    # THEN the second title, set apart by a gap, is its entry's (no wrap of the last bullet)
    assert second.parts[0] == "Automation Engineer"
    assert (second.date.start, second.date.end) == ("2019-05", "2020-09")


def test_how_long_a_skill_was_used_is_its_level_and_keywords_in_the_header_are_skills() -> None:
    text = """Jane Doe
jane@example.com
Keywords: Common Lisp, Blockchain, Go, Erlang

Skills
Source Control 7 years, Unreal & Unity 3 years
"""
    assert import_resume(text.encode(), "cv.txt").resume["skills"] == [
        {"name": "Keywords", "keywords": ["Common Lisp", "Blockchain", "Go", "Erlang"]},
        {"name": "Source Control", "level": "7 years"},
        {"name": "Unreal & Unity", "level": "3 years"},
    ]


def test_a_section_word_with_a_colon_in_a_job_titles_type_is_a_label_inside_the_job() -> None:
    from resume_autofix.importer.sections import split_sections  # noqa: PLC0415

    lines = [
        Line("Radan Skorić", 16, bold=True),
        Line("Work Experience", 14),
        Line("November 2011 – now  Freelancer developer", 12, bold=True),
        Line("Projects:", 12, bold=True),
        Line("February 2024 – now  Lead developer at Halalbooking", 12, bold=True),
        Line("Leading migration of legacy frontend.", 12),
        Line("Education", 14),
        Line("2001 – 2003  Forest School", 12, bold=True),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["work", "education"]


def test_a_job_told_in_the_first_sentence_under_its_dates_and_a_name_before_the_documents_title() -> None:
    text = """Nimrod Adar - Resume (April 2021)
nimrod@example.com

Employment
2017-2018
DevOps in Dojo labs. Reduced time to production with CI/CD pipelines.
2008-2013
Technical director of Haifa's Cinematheque. Set up a ticketing system.
"""
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["name"] == "Nimrod Adar"
    assert [(w.get("position"), w.get("name")) for w in resume["work"]] == [
        ("DevOps", "Dojo labs"),
        ("Technical director", "Haifa's Cinematheque"),
    ]


def test_a_larger_line_that_ends_in_bracketed_dates_opens_an_unheaded_work_run() -> None:
    from resume_autofix.importer.implied import implied_sections  # noqa: PLC0415

    header = [
        Line("Mikhail Glukhov", 20, bold=True),
        Line("Solution Architect at Insolar [Jan 2020 - Jan 2021]", 14.3),
        Line("Enterprise blockchain startup. Technology stack: Go + React", 10.9),
        Line("Insolar's architecture is complex.", 10.9),
        Line("Blockchain researcher at Waves [Sep 2018 - Dec 2019]", 14.3),
        Line("Waves is an open blockchain protocol.", 10.9),
    ]
    rest, sections = implied_sections(header, [])
    assert [line.text for line in rest] == ["Mikhail Glukhov"]
    assert [(s.key, len(s.lines)) for s in sections] == [("work", 5)]


def test_a_place_after_a_spaced_hyphen_is_the_place_and_no_place_holds_one() -> None:
    from resume_autofix.importer.places import LOCATION, place_tail  # noqa: PLC0415

    assert place_tail("HeadNap GmbH - Monheim am Rhein, Germany") == ("HeadNap GmbH", "Monheim am Rhein, Germany")
    assert not LOCATION.match("Mediadesign Hochschule - Düsseldorf, Germany")
    assert LOCATION.match("Remote - New York, NY")
    assert LOCATION.match("Stratford-upon-Avon, UK")


def test_a_name_in_decorative_brackets_or_linked_to_a_home_page() -> None:
    linked = "# [Abhishek Keshri](https://2kabhishek.github.io)\n\nabhishek@example.com\n\n## Skills\n\nPython\n"
    basics = import_resume(linked.encode(), "cv.md").resume["basics"]
    assert (basics["name"], basics["url"]) == ("Abhishek Keshri", "https://2kabhishek.github.io")
    framed = "‹Nate Tangsurat›\nnate@example.com\n\nSkills\nPython\n"
    assert import_resume(framed.encode(), "cv.txt").resume["basics"]["name"] == "Nate Tangsurat"


def test_the_guard_reads_a_break_beside_a_cell_and_a_templates_placeholders() -> None:
    from resume_autofix.importer.guard import Guard  # noqa: PLC0415

    guard = Guard(
        "• Co-authored paper accepted at NeurIPS (top 5% of submis-  4 months\nsions)\n• [Volunteer], [Baldwin Museum]"
    )
    assert guard.allows("highlights", "Co-authored paper accepted at NeurIPS (top 5% of submissions)")
    assert guard.allows("highlights", "Volunteer, Baldwin Museum")
    assert not guard.allows("highlights", "Volunteer, Baldwin Museum of Art")


def test_a_roles_team_or_kind_written_after_it_stays_in_the_position() -> None:
    from resume_autofix.importer.employers import role_qualified as _role_qualified  # noqa: PLC0415
    from resume_autofix.importer.rawentry import RawEntry  # noqa: PLC0415

    entry = RawEntry(
        parts=[], part_lines=[], date=None, cells=["Software Engineering Intern, Azure Networking", "Microsoft"]
    )
    assert _role_qualified(entry, "Software Engineering Intern", "Microsoft", ["Azure Networking"]) == (
        "Software Engineering Intern, Azure Networking",
        [],
    )
    # an adviser's note, or the employer itself, is no part of the role
    noted = RawEntry(parts=[], part_lines=[], date=None, cells=["Research Assistant, Advised by Prof. Ng", "Stanford"])
    assert _role_qualified(noted, "Research Assistant", "Stanford", ["Advised by Prof. Ng"])[0] == "Research Assistant"


def test_how_a_job_was_held_and_a_russian_city_after_the_employer_are_no_part_of_it() -> None:
    text = """Jane Doe
jane@example.com

Experience
Software Engineer    2020 - 2022
Manasky Part-time

Developer    2018 - 2020
Желтый банк / Санкт-Петербург
"""
    first, second = import_resume(text.encode(), "cv.txt").resume["work"]
    assert first["name"] == "Manasky"
    assert (second["name"], second["location"]) == ("Желтый банк", "Санкт-Петербург")


def test_a_spaced_colon_parts_a_title() -> None:
    assert split_title("Unsuccessful Technologies LLC : Consultant") == ["Unsuccessful Technologies LLC", "Consultant"]


def test_a_schools_town_run_on_in_brackets_or_in_its_own_cell_is_the_place() -> None:
    from resume_autofix.importer.items import school_place  # noqa: PLC0415

    assert school_place("Jabir ibn Hayyan University Rasht, Iran") == ("Jabir ibn Hayyan University", "Rasht, Iran")
    # the name goes on after "Universität": the state after the comma is the place, not "Oregano, Oregon"
    assert school_place("Pastafari Universität Oregano, Oregon") == ("Pastafari Universität Oregano", "Oregon")
    text = """Jane Doe
jane@example.com

Education
Southern Alberta Institute of Technology [Calgary, AB]    2018 - 2021
B. Applied Tech Petroleum Engineering
"""
    [school] = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["institution"], school["location"]) == ("Southern Alberta Institute of Technology", "Calgary, AB")


def test_a_grade_written_inside_the_degree_or_in_brackets_after_the_school_is_the_score() -> None:
    from resume_autofix.importer.rawentry import RawEntry  # noqa: PLC0415
    from resume_autofix.importer.schools import education_items  # noqa: PLC0415

    [bachelor] = education_items(
        [RawEntry(parts=["University of Oklahoma", "Bachelor GPA 4.0"], part_lines=[0, 1], date=None)]
    )
    assert (bachelor["studyType"], bachelor["score"]) == ("Bachelor", "4.0")
    iit = RawEntry(parts=["Indian Institute of Technology", "9.2/10", "B.Tech."], part_lines=[0, 0, 1], date=None)
    [school] = education_items([iit])
    assert (school["institution"], school["score"]) == ("Indian Institute of Technology", "9.2/10")


def test_a_languages_section_of_programming_languages_is_skills() -> None:
    text = "Jane Doe\njane@example.com\n\nLanguages\nPython, Java\nC++\nJavaScript\n\nEducation\nMIT  2010 - 2014\n"
    resume = import_resume(text.encode(), "cv.txt").resume
    assert "languages" not in resume
    names = {s.get("name") for s in resume["skills"]} | {k for s in resume["skills"] for k in s.get("keywords", [])}
    assert {"Python", "Java", "C++", "JavaScript"} <= names
    spoken = "Jane Doe\njane@example.com\n\nLanguages\nEnglish, German\nFrench\n"
    assert [x["language"] for x in import_resume(spoken.encode(), "cv.txt").resume["languages"]] == [
        "English",
        "German",
        "French",
    ]


def test_a_uk_degree_classification_in_brackets_is_the_grade() -> None:
    from resume_autofix.importer.rawentry import RawEntry  # noqa: PLC0415
    from resume_autofix.importer.schools import education_items  # noqa: PLC0415

    [york] = education_items(
        [RawEntry(parts=["University of York", "BSc (Hons) Mathematics (2:2)"], part_lines=[0, 1], date=None)]
    )
    assert "(2:2)" not in york["studyType"] + york.get("area", "")
    assert york["score"] == "2:2"


def test_a_role_in_a_sub_headings_type_over_employer_bar_dates_stays_the_title() -> None:
    from resume_autofix.importer.sections import split_sections  # noqa: PLC0415

    lines = [
        Line("Jane Doe", 24, bold=True),
        Line("Experience", 16, bold=True),
        Line("Senior Developer", 12, bold=True),
        Line("Uber | 2013 - 2014", 9),
        Line("Role description goes here.", 10.5),
        Line("Backend Developer", 12, bold=True),
        Line("Amazon | 2014 - 2016", 9),
        Line("Role description goes here.", 10.5),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [line.text for line in sections[0].lines][:2] == ["Senior Developer", "Uber | 2013 - 2014"]


def test_a_year_like_number_with_decimals_is_no_date() -> None:
    assert find_dates("arXiv: 1904.06398 [cs.CV].") == []
    [iso] = find_dates("2001.07-2020.06")
    assert (iso.start, iso.end) == ("2001-07", "2020-06")
