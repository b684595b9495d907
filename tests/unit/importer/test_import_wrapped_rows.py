"""Rules for text a narrow column or cell wraps: headings, titles and rows cut across lines."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.assemble import _unbracketed, build
from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.contacts import parse_contacts
from resume_autofix.importer.dateline import line_span, title_text
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.implied import implied_sections
from resume_autofix.importer.items import two_roles
from resume_autofix.importer.lines import Document, Line
from resume_autofix.importer.lists import skills
from resume_autofix.importer.places import place_tail
from resume_autofix.importer.rawentry import RawEntry, is_short
from resume_autofix.importer.roles import job_score
from resume_autofix.importer.schools import education_items
from resume_autofix.importer.sections import Section, split_sections
from resume_autofix.importer.titles import split_title
from resume_autofix.importer.vocabulary import vocabulary_key


def test_a_heading_wrapped_at_and_in_a_narrow_column_is_one_heading() -> None:
    # GIVEN a Word table's left cell: "HONORS" over "AND EXPERIENCE", Europass "Personal skills and" / "competences"
    lines = [
        Line("WORK EXPERIENCE", 12, bold=True),
        Line("Acme Corp  2020 – 2022", 11),
        Line("HONORS", 12, bold=True),
        Line("AND EXPERIENCE", 12, bold=True),
        Line("Dean's Honor Award  2021", 11),
        Line("PERSONAL SKILLS AND", 12, bold=True),
        Line("COMPETENCES", 12, bold=True),
        Line("Python, Go", 11),
    ]
    _header, sections, _warnings = split_sections(lines)
    # THEN each wrapped heading opens one section, named by its whole text
    assert [(s.key, s.heading) for s in sections] == [
        ("work", "WORK EXPERIENCE"),
        ("awards", "HONORS AND EXPERIENCE"),
        ("skills", "PERSONAL SKILLS AND COMPETENCES"),
    ]


def test_two_headings_in_a_row_stay_two_when_no_and_joins_them() -> None:
    lines = [
        Line("EDUCATION", 12, bold=True),
        Line("SKILLS", 12, bold=True),
        Line("Python", 11),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["education", "skills"]


def test_a_comma_inside_brackets_parts_no_title_and_a_place_in_them_is_the_place() -> None:
    # GIVEN French Markdown: "Business Developer — DataViz Pro (Lyon, 40 salariés)"
    assert split_title("Account Executive Senior — CloudSoft (Paris, 120 salariés)") == [
        "Account Executive Senior",
        "CloudSoft",
        "Paris",
    ]
    parts = split_title("Business Developer — DataViz Pro (Lyon, 40 salariés)")
    assert parts[:2] == ["Business Developer", "DataViz Pro"]
    # a bracket of other parts still parts them
    assert split_title("Internship (SAP, Walldorf)") == ["Internship", "SAP", "Walldorf"]


def test_the_french_abbreviation_fev_is_february() -> None:
    (span,) = find_dates("Sept. 2019 – Fév. 2022")
    assert (span.start, span.end) == ("2019-09", "2022-02")


def test_the_habit_learnt_from_one_entry_decides_every_entry_the_words_leave_open() -> None:
    # GIVEN react-pdf's example: only the first entry's role is a known job word, and it comes after the employer
    entries = [
        RawEntry(["Jedi Temple", "Coruseant", "Head Jedi Master"], [0, 0, 0], None),
        RawEntry(["Rebel Alliance", "General"], [1, 1], None),
        RawEntry(["Rebel Alliance", "Lieutenant Commander"], [2, 2], None),
        RawEntry(["Tatooine Moisture Refinery", "Moisture Farmer"], [3, 3], None),
    ]
    roles = [(wanted, other) for wanted, other, _rest in two_roles(entries, job_score, 0)]
    # THEN every entry is read the same way round: the employer first, then the job
    assert roles == [
        ("Head Jedi Master", "Jedi Temple"),
        ("General", "Rebel Alliance"),
        ("Lieutenant Commander", "Rebel Alliance"),
        ("Moisture Farmer", "Tatooine Moisture Refinery"),
    ]


def test_markdown_front_matter_gives_the_person_and_not_the_theme() -> None:
    # GIVEN a Markdown résumé whose contact details live in YAML front matter (Quillmark, cv-check)
    source = (
        "---\nQUILL: classic_resume@2.1\nname: Jane Doe\nemail: jane.doe@example.com\nphone: (555) 123-4567\n"
        "location: San Francisco, CA\nfont_theme: modern\n---\n\n# Experience\n\n## Engineer | Tech Corp\n"
        "*2020 - Present*\n"
    )
    basics = import_resume(source.encode(), "cv.md").resume["basics"]
    assert (basics["name"], basics["email"], basics["phone"]) == ("Jane Doe", "jane.doe@example.com", "(555) 123-4567")
    assert "modern" not in str(basics)
    # a page's own title is no person, and front matter that is no mapping is passed over
    plain = import_resume(b"---\ntitle: Lebenslauf\nlayout: cv\n---\n\n# Max Muster\n\nmax@example.com\n", "cv.md")
    assert plain.resume["basics"]["name"] == "Max Muster"
    broken = import_resume(b"---\n- a\n- [b\n---\n# Max Muster\n\nmax@example.com\n", "cv.md")
    assert broken.resume["basics"]["name"] == "Max Muster"


def test_a_black_circle_parts_contact_pieces() -> None:
    header, _sections, _warnings = split_sections(
        [Line("John Doe", 20), Line("johndoe@example.com ● +1 (555) 101-1001 ● http://www.example.com/~johndoe", 9)]
    )
    basics: dict = {}
    parse_contacts(header[1:], basics, [])
    assert (basics["email"], basics["phone"]) == ("johndoe@example.com", "+1 (555) 101-1001")


def test_a_name_cut_into_cells_a_monogram_before_it_and_a_given_name_above_it() -> None:
    # a monogram in the name's line ("JD  Jane Doe"): the name is what follows
    basics, _rest, _prose = parse_header([Line("JD  Jane Doe", 24, bold=True), Line("jane.doe@example.com", 10)])
    assert basics["name"] == "Jane Doe"
    # a family name and a given name set far apart in the largest type ("猫  太郎")
    basics, _rest, _prose = parse_header([Line("猫  太郎", 16), Line("neko@example.jp", 8)])
    assert basics["name"] == "猫 太郎"
    # a name's words are joined, a name beside a job title is not
    basics, _rest, _prose = parse_header([Line("Jane Doe  Engineer", 20), Line("jane@example.com", 9)])
    assert (basics["name"], basics["label"]) == ("Jane Doe", "Engineer")
    # the given name in small type over the family name in the largest, on one left edge ("Paul" / "Dupont")
    lines = [
        Line("Paul", 12, x0=26.0, x1=52.7),
        Line("Dupont", 26, x0=26.0, x1=128.8),
        Line("SOFTWARE ENGINEER", 8, x0=26.0, x1=117.8),
        Line("paul@example.com", 8, x0=26.0, x1=100.0),
    ]
    basics, _rest, _prose = parse_header(lines)
    assert (basics["name"], basics["label"]) == ("Paul Dupont", "SOFTWARE ENGINEER")


def test_a_dates_line_that_goes_on_with_what_the_job_used_is_no_title() -> None:
    # GIVEN spiffy's layout, plain (LibreOffice DOCX) or bold (Markdown): the title, then its dates and its tools
    for title in (
        Line("Commander at Battlestar Galactica", 11),
        Line("Commander at Battlestar Galactica", 11, bold=True),
    ):
        lines = [
            title,
            Line("Mar 2000 – Present • Skill D, Skill E, Skill F", 11),
            Line("Kicked lots of Cylon butt.", 11, bullet=True),
        ]
        (entry,) = split_entries(lines, 11.0, True)
        # THEN the title above names the job and the employer, and the tools are the entry's first paragraph
        assert entry.parts == ["Commander", "Battlestar Galactica"]
        assert entry.paragraphs[0] == "Skill D, Skill E, Skill F"
        assert (entry.date.start, entry.date.present) == ("2000-03", True)


def test_ranks_and_trades_are_jobs_and_capabilities_are_skills() -> None:
    assert split_title("Commander at Battlestar Galactica") == ["Commander", "Battlestar Galactica"]
    assert job_score("Lieutenant Commander") > 0
    assert job_score("Plumber") > 0
    assert vocabulary_key("Key Capabilities") == "skills"
    assert vocabulary_key("TECHNOLOGY") == "skills"
    # "Technical" alone heads the skills (a LibreOffice CV's grid of tools); "Technical Experience" is work, and so is
    # the heading wrapped in two lines in a narrow column
    assert vocabulary_key("Technical") == "skills"
    assert vocabulary_key("Technical Experience") == "work"
    wrapped = [Line("Technical", 14, bold=True), Line("Experience", 14, bold=True), Line("Engineer  2019 - 2020", 10)]
    assert [(s.key, s.heading) for s in split_sections(wrapped)[1]] == [("work", "Technical Experience")]


def test_a_full_width_bar_parts_a_title_and_skills_and_certificates_is_skills() -> None:
    # GIVEN a Chinese plain-text résumé: "某咨询公司｜运营助理｜2025.07—2025.08" under 工作经历
    text = (
        "张三\n13800000000\n工作经历\n某咨询公司｜运营助理｜2025.07—2025.08\n参与资料整理。\n技能证书\nExcel、Python\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    (job,) = resume["work"]
    assert (job["name"], job["position"], job["startDate"], job["endDate"]) == (
        "某咨询公司",
        "运营助理",
        "2025-07",
        "2025-08",
    )
    assert [k for group in resume["skills"] for k in group.get("keywords", [group["name"]])] == ["Excel", "Python"]


def test_a_skills_table_gives_each_row_a_skill_and_its_level_not_its_notes() -> None:
    lines = [
        Line("Skill / Tool  Proficiency  Notes"),
        Line("AsciiDoc  Expert  Automated workflows, PDF pipelines, modular docs"),
        Line("CI/CD (GitHub Actions, Jenkins)  Advanced  Automated testing, deployment"),
        Line("Languages: Python, Go"),
    ]
    found = skills(lines)
    assert found[:2] == [
        {"name": "AsciiDoc", "level": "Expert"},
        {"name": "CI/CD (GitHub Actions, Jenkins)", "level": "Advanced"},
    ]
    assert found[2]["keywords"] == ["Python", "Go"]


def test_a_title_and_dates_run_into_their_description_are_a_title_and_items() -> None:
    # GIVEN pandoc's DOCX of an AsciiDoc list, flattened into one paragraph per job
    line = Line(
        "Senior Software Engineer, RocketTech Inc. (2020 – Present) - Led the migration to AsciiDoc-based "
        "workflows across the engineering team - Developed internal tooling for documentation"
    )
    (entry,) = split_entries([line], 11.0, False)
    assert entry.parts == ["Senior Software Engineer", "RocketTech Inc."]
    assert entry.bullets == [
        "Led the migration to AsciiDoc-based workflows across the engineering team",
        "Developed internal tooling for documentation",
    ]


def test_a_degree_run_into_the_school_that_starts_with_its_head_word_is_two_parts() -> None:
    assert split_title("Bachelor of Science in Computer Science University of Illinois, Urbana-Champaign") == [
        "Bachelor of Science in Computer Science",
        "University of Illinois, Urbana-Champaign",
    ]
    assert split_title("University of Illinois") == ["University of Illinois"]


def test_a_level_said_before_a_list_of_skills_is_its_level() -> None:
    found = skills(
        [
            Line("Proficient in MS Office (Word, Excel, PowerPoint, Outlook), QuickBooks", bullet=True),
            Line("Basic Knowledge of MS Access, SQL, Visual Basic, C++", bullet=True),
        ]
    )
    assert found == [
        {"level": "Proficient in", "keywords": ["MS Office (Word, Excel, PowerPoint, Outlook)", "QuickBooks"]},
        {"level": "Basic Knowledge of", "keywords": ["MS Access", "SQL", "Visual Basic", "C++"]},
    ]


def test_a_status_after_a_place_leaves_the_place_a_place() -> None:
    assert place_tail("Bachelor of Science, Bellevue University, Bellevue, NE (In Progress)") == (
        "Bachelor of Science, Bellevue University",
        "Bellevue, NE (In Progress)",
    )


def test_a_section_that_leads_with_its_dates_has_each_title_below_them() -> None:
    # GIVEN a Word résumé's education: dates, school, [place], degree; then the next entry's dates
    lines = [
        Line("2021(in progress)", 8, bold=True),
        Line("BOW VALLEY COLLEGE", 8),
        Line("[CALGARY, AB]", 8),
        Line("BI Analytics & Database Mgt", 9, bold=True),
        Line("2021", 8, bold=True),
        Line("SIMPLILEARN", 8),
        Line("[ONLINE BOOTCAMP]", 8),
        Line("Data Science Master’s Program", 9, bold=True),
    ]
    first, second = split_entries(lines, 8.0, True)
    # THEN the degree under a school is that school's, not the next entry's title; a bracketed place is the place
    assert (first.parts, first.location) == (["BOW VALLEY COLLEGE", "BI Analytics & Database Mgt"], "CALGARY, AB")
    assert second.parts == ["SIMPLILEARN", "[ONLINE BOOTCAMP]", "Data Science Master’s Program"]


def test_jobs_read_into_the_skills_each_under_its_dates_line_are_work_again() -> None:
    # GIVEN a two-column Word file whose experience goes on after the sidebar's skills in reading order
    skills_section = Section(
        "skills",
        "Technical Skills & Tools",
        [
            Line("Python, R, SQL", bullet=True),
            Line("AUG 2018–MAR 2020", 8, bold=True),
            Line("Field Specialist/HSE Support | Precise Downhole Services Ltd", 10),
            Line("Ran safety audits on site", bullet=True),
            Line("JUL 2015–MAR 2016", 8, bold=True),
            Line("Field Specialist | Schlumberger", 10),
        ],
    )
    _header, sections = implied_sections([], [skills_section])
    assert [s.key for s in sections] == ["skills", "work"]
    assert [line.text for line in sections[0].lines] == ["Python, R, SQL"]
    assert sections[1].lines[1].text == "Field Specialist/HSE Support | Precise Downhole Services Ltd"


def test_a_semicolon_parts_a_title_and_city_county_is_a_placeholder_place() -> None:
    assert split_title("Job Title, Company Name; City, County")[:2] == ["Job Title", "Company Name"]
    assert place_tail("University of Somewhere, City, County") == ("University of Somewhere", "City, County")


def test_a_long_title_of_parts_is_a_title_and_a_minor_is_no_field() -> None:
    # GIVEN ats_safe_resume's education line, thirteen words in three parts, with no dates
    text = (
        "Jane Doe\njane@example.com\n\nEDUCATION\n\n"
        "The University of California, Berkeley -- B.S. Business Administration, Minor in Computer Science\n"
    )
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert school["institution"] == "The University of California, Berkeley"
    assert (school["studyType"], school.get("area")) == ("B.S. Business Administration", None)
    # a sentence of as many words is still no title
    assert not is_short(Line("Led the migration of twelve services to Kubernetes and cut the cloud bill by a third."))


def test_russian_phone_label_field_of_study_and_a_name_hyphened_from_its_title() -> None:
    text = (
        "Иван Петров\nТелефон: +7-999-123-4567\n\nОБРАЗОВАНИЕ\n"
        "Бакалавр наук в области компьютерных наук\nМосковский государственный университет\n2014 - 2018\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["phone"] == "+7-999-123-4567"
    (school,) = resume["education"]
    assert (school["studyType"], school["area"]) == ("Бакалавр наук", "компьютерных наук")
    basics, _rest, _prose = parse_header([Line("Zhao Liu - AI Engineer", 16), Line("zhao@example.com", 10)])
    assert (basics["name"], basics["label"]) == ("Zhao Liu", "AI Engineer")


def test_a_phone_label_with_a_word_before_it() -> None:
    basics: dict = {}
    parse_contacts([Line("Personal Phone: +91 6369805834")], basics, [])
    assert basics["phone"] == "+91 6369805834"


def test_titles_over_their_dated_lines_with_no_body_between_pair_up() -> None:
    lines = [
        Line("B.Tech in Computer Science", 11),
        Line("Stanford University, 2020", 11),
        Line("Master of Science in Artificial Intelligence", 11),
        Line("MIT, 2022", 11),
    ]
    first, second = split_entries(lines, 11.0, True)
    assert first.parts == ["B.Tech in Computer Science", "Stanford University"]
    assert second.parts == ["Master of Science in Artificial Intelligence", "MIT"]


def test_word_template_placeholders_lose_their_square_brackets() -> None:
    # GIVEN an Office template's fields, each in square brackets, filled in or not
    text = (
        "[Jane Roe]\njane@example.com\n\nEmployment History\n"
        "[Courier, Consolidated Messenger]  [Start Date] — [End Date]\n[Rochester, NY]\n"
        "• [Logged 7,000 miles with no accidents.]\n"
    )
    job = import_resume(text.encode(), "cv.txt").resume["work"][0]
    assert (job["position"], job["name"]) == ("Courier", "Consolidated Messenger")
    assert "summary" not in job  # "Start Date — End Date" is a template's placeholder, no text of the job
    # a bracket that is no whole cell stays ("Python [3.12]")
    assert _unbracketed(Line("Python [3.12]")).text == "Python [3.12]"


def test_the_largest_name_read_after_a_section_heading_is_the_name() -> None:
    # GIVEN a Word template whose "Objective" sits in a text box anchored before the name
    lines = [
        Line("Objective", 11),
        Line("James Hetfield", 36),
        Line("Guitarist", 13),
        Line("867-5309", 11),
        Line("Getting the perfect job might be challenging, but a great-looking résumé does not have to be.", 11),
        Line("Experience", 11),
        Line("Metallica", 9, bold=True),
        Line("Guitarist", 13),
    ]
    resume, _warnings, _confidence = build(Document(kind="docx", lines=lines))
    assert (resume["basics"]["name"], resume["basics"]["label"]) == ("James Hetfield", "Guitarist")
    assert (resume["work"][0]["name"], resume["work"][0]["position"]) == ("Metallica", "Guitarist")


def test_expected_and_anticipated_dates_leave_no_word_in_the_title() -> None:
    for text, title in (
        ("BSc Physics (Expected July 2025)", "BSc Physics"),
        (
            "University of Springfield, Springfield – Anticipated in Summer of 2019",
            "University of Springfield, Springfield",
        ),
    ):
        line = Line(text)
        assert title_text(line, line_span(line)) == title


def test_a_sample_resume_title_is_no_name_and_a_place_cell_of_an_undated_entry_is_its_place() -> None:
    basics, _rest, _prose = parse_header(
        [Line("Functional Resume Sample", 16, bold=True), Line("John W. Smith", 14, bold=True), Line("j@x.edu", 12)]
    )
    assert basics["name"] == "John W. Smith"
    (entry,) = split_entries(
        [Line("University of Engineering &Technology  Lahore, Pakistan", 12), Line("B.Sc. of Computer Sciences", 12)],
        12.0,
        True,
    )
    assert (entry.parts[0], entry.location) == ("University of Engineering &Technology", "Lahore, Pakistan")


def test_a_degree_or_a_grade_under_a_long_dated_line_is_no_wrap_of_it() -> None:
    lines = [
        Line("University of Springfield, Springfield – Anticipated in Summer of 2019", 12, x0=72.0, x1=416.9),
        Line("Bachelor of Business Administration – Accounting Focus", 12, x0=72.0, x1=349.1),
        Line("GPA – 3.5", 12, x0=72.0, x1=122.8),
        Line("A much longer line of the body that sets the right edge of this column of text", 12, x0=72.0, x1=540.0),
    ]
    (entry,) = split_entries(lines, 12.0, True)
    # the town after the school is part of the title block; assembling the school makes it the place
    assert entry.parts[:2] == ["University of Springfield, Springfield", "Bachelor of Business Administration"]
    [item] = education_items([entry])
    assert (item["institution"], item["location"]) == ("University of Springfield", "Springfield")


def test_list_items_ending_in_their_dates_over_their_employers_are_entries() -> None:
    # GIVEN Word's "Teacher resume": each job a list item ending in its dates, its employer in a plain line below
    lines = [
        Line("Workshop Presenter, November 1995", 11, bullet=True),
        Line("First combined International Reading Association Regional Conference, Nashville, TN", 11),
        Line("Information Services Assistant, May 1994 to August 1995", 11, bullet=True),
        Line("Elm College, Flushing, NY", 11),
    ]
    first, second = split_entries(lines, 11.0, True)
    assert first.parts[0] == "Workshop Presenter"
    assert (second.parts, second.location) == (["Information Services Assistant", "Elm College"], "Flushing, NY")
    assert (second.date.start, second.date.end) == ("1994-05", "1995-08")


def test_a_heading_repeated_under_each_job_is_a_label_and_a_square_bullet_parts_the_dates() -> None:
    # GIVEN Word's "Apothecary" résumé: "Skills" over each job's duties, in the sections' own style
    lines = [
        Line("Experience", 12, bold=True),
        Line("Glock & Grill ▪ June 2012 - Current", 14, bold=True),
        Line("Pittsburgh, Pennsylvania", 14, bold=True),
        Line("Skills", 12, bold=True),
        Line("Created unique menu of grilled foods", 10.5, bullet=True),
        Line("The Nicholson Hotel ▪ April 2005 – June 2012", 14, bold=True),
        Line("Lancaster, Pennsylvania", 14, bold=True),
        Line("Skills", 12, bold=True),
        Line("Managed production to minimize waste", 10.5, bullet=True),
        Line("Education", 12, bold=True),
        Line("Baylin School of Culinary Design", 10.5),
    ]
    resume, _warnings, _confidence = build(Document(kind="docx", lines=lines))
    assert [(job["name"], job["startDate"]) for job in resume["work"]] == [
        ("Glock & Grill", "2012-06"),
        ("The Nicholson Hotel", "2005-04"),
    ]
    assert "skills" not in resume
    assert resume["education"][0]["institution"] == "Baylin School of Culinary Design"


def test_in_one_type_style_a_title_and_the_line_under_it_are_one_entry() -> None:
    # GIVEN Word's "Recent College Grad" template: every line in one style, each job two lines over placeholder dates
    lines = [
        Line("[Advertising Manager]", 8.5),
        Line("[State College Student News]", 8.5),
        Line("[Start Date]to [End Date]", 8.5),
        Line("[Responsible for page and classified advertising sales and promotions.]", 8.5),
        Line("[Server]", 8.5),
        Line("[Oakhill Pub]", 8.5),
        Line("[Start Date] to [End Date]", 8.5),
    ]
    first, second = split_entries([_unbracketed(line) for line in lines], 8.5, False)
    assert first.parts == ["Advertising Manager", "State College Student News"]
    assert second.parts == ["Server", "Oakhill Pub"]


def test_a_templates_bracketed_instruction_is_no_text_of_the_resume() -> None:
    lines = [
        Line("Jane Roe", 14),
        Line("jane@example.com", 9),
        Line("Experience", 12, bold=True),
        Line("Glock & Grill ▪ 6/2012 - Current", 10.5),
        Line("Pittsburgh, Pennsylvania", 10.5),
        Line("[Type the job responsibilities]", 10.5),
    ]
    resume, _warnings, _confidence = build(Document(kind="docx", lines=lines))
    (job,) = resume["work"]
    assert (job["name"], job["location"], job["startDate"]) == ("Glock & Grill", "Pittsburgh, Pennsylvania", "2012-06")
    assert "Type the job" not in str(resume)


def test_a_place_line_under_an_undated_title_is_its_place() -> None:
    lines = [
        Line("Courier, Consolidated Messenger", 8),
        Line("Rochester, NY", 8),
        Line("Logged 7,000 miles with no accidents.", 8, bullet=True),
        Line("Equipment Operator, Contoso, Ltd.", 8),
        Line("Buffalo,NY", 8),
    ]
    first, second = split_entries(lines, 8.0, False)
    assert (first.parts, first.location) == (["Courier", "Consolidated Messenger"], "Rochester, NY")
    assert (second.parts, second.location) == (["Equipment Operator", "Contoso, Ltd."], "Buffalo,NY")
    assert vocabulary_key("Skills Profile") == "skills"


def test_a_capital_heading_broken_inside_its_words_is_read_whole() -> None:
    assert vocabulary_key("EX PERIENCE") == "work"
    assert vocabulary_key("E DUCATION") == "education"
    assert vocabulary_key("TEA M LEADER") is None
    assert vocabulary_key("APPOIN TMEN TS") == "work"
    assert vocabulary_key("RESEARCH IN TERESTS") == "interests"


def test_a_dash_parts_job_and_employer_where_the_job_holds_a_comma() -> None:
    assert split_title("Clinical Nurse Specialist, Respiratory – St Brendan's NHS") == [
        "Clinical Nurse Specialist, Respiratory",
        "St Brendan's NHS",
    ]
    assert split_title("Acme, Inc. – Engineer") == ["Acme, Inc.", "Engineer"]
    assert split_title("Chief Cartographer / Whizzlewick Data / Moonbeam, Cloudland") == [
        "Chief Cartographer",
        "Whizzlewick Data",
        "Moonbeam, Cloudland",
    ]
    assert split_title("Scientific Employee / PhD Student") == ["Scientific Employee / PhD Student"]
    assert split_title("Research Fellow – Population Health Sciences, University of Bristol") == [
        "Research Fellow",
        "Population Health Sciences, University of Bristol",
    ]


def test_right_aligned_dates_floated_above_their_section_heading_follow_it() -> None:
    def at(text: str, size: float, x0: float, x1: float, bold: bool = False) -> Line:
        return Line(text, size, bold=bold, x0=x0, x1=x1)

    lines = [
        at("Richard Hendriks", 26, 80, 297, bold=True),
        at("richard@example.com", 10, 80, 200),
        at("He could tell you about it, but that would not be a short conversation at all, he says.", 10.8, 80, 533),
        at("June 2011 - January 2014", 7.6, 449, 533),
        at("Education", 13, 80, 144, bold=True),
        at("University of Oklahoma", 10.8, 193, 318, bold=True),
        at("Information Technology / Bachelor", 9.7, 193, 355),
        at("December 2013 - December 2014", 7.6, 423, 533),
        at("Work", 13, 80, 112, bold=True),
        at("Pied Piper", 10.8, 193, 248, bold=True),
        at("CEO/President", 9.7, 193, 261),
    ]
    resume, _warnings, _confidence = build(Document(kind="pdf", lines=lines))
    (job,) = resume["work"]
    assert (job["name"], job["startDate"], job["endDate"]) == ("Pied Piper", "2013-12", "2014-12")
    (school,) = resume["education"]
    assert (school["institution"], school["startDate"]) == ("University of Oklahoma", "2011-06")


def test_a_spaced_slash_before_a_place_parts_the_place() -> None:
    assert place_tail("Pied Piper / Palo Alto") == ("Pied Piper", "Palo Alto")
    assert split_title("University of Oklahoma /") == ["University of Oklahoma"]


def test_a_link_between_the_employer_and_the_job_is_passed_over() -> None:
    lines = [
        Line("Google  September 2017 — Now", 9),
        Line("https://google.com", 9, bold=True),
        Line("Software Engineer 1", 9),
        Line("Help building components of the Foo system", 9),
    ]
    (entry,) = split_entries(lines, 9.0, True)
    assert entry.parts[:2] == ["Google", "Software Engineer 1"]


def test_one_clause_with_a_comma_list_inside_stays_one_skill() -> None:
    found = skills(
        [
            Line("Planned, prepared, coordinated, supervised and implemented stages of food production", bullet=True),
            Line("Excellent driving, safety, and attendance record.", bullet=True),
            Line("Git, Docker, Kubernetes and Helm charts for deployment", bullet=True),
        ]
    )
    names = [f.get("name") for f in found]
    assert names[:2] == [
        "Planned, prepared, coordinated, supervised and implemented stages of food production",
        "Excellent driving, safety, and attendance record.",
    ]
    assert "Docker" in names  # a list of names in capitals is still cut into its items


def test_a_title_ending_in_at_goes_on_in_the_next_line() -> None:
    lines = [
        Line("Product Designer @"),
        Line("Creatix Labs"),
        Line("Remote, 01/2023 – Present"),
        Line("Designed the onboarding flow.", bullet=True),
    ]
    (entry,) = split_entries(lines, 10.0, False)
    assert entry.parts[:2] == ["Product Designer", "Creatix Labs"]
    assert (entry.date.start, entry.date.present) == ("2023-01", True)


def test_an_outer_list_item_over_its_dates_and_deeper_items_is_the_entry_title() -> None:
    # GIVEN a genpdf résumé: each job an outer list item, its dates right under it, its achievements deeper
    lines = [
        Line("Senior IT Technician at Bay Area Tech Solutions", 12, bullet=True, x0=46.8, x1=330.7),
        Line("June 2020 - present", 12, x0=460.2, x1=566.9),
        Line("Increased API throughput by 40%", 12, bullet=True, x0=72.7, x1=455.7),
        Line("IT Support Specialist at Golden Gate University", 12, bullet=True, x0=46.8, x1=325.8),
        Line("Jan 2017 - Feb 2020", 12, x0=456.2, x1=566.8),
        Line("Reduced ticket resolution time by 25%", 12, bullet=True, x0=72.7, x1=522.7),
    ]
    first, second = split_entries(lines, 12.0, True)
    assert (first.parts, first.date.start) == (["Senior IT Technician", "Bay Area Tech Solutions"], "2020-06")
    assert (second.parts, second.date.end) == (["IT Support Specialist", "Golden Gate University"], "2020-02")
