"""General rules that unseen templates (latexcv, best-resume-ever) showed missing: each stated without a template."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.assemble import build
from resume_autofix.importer.basics import parse_header
from resume_autofix.importer.contacts import cut_address, parse_contacts, postal_address
from resume_autofix.importer.dates import find_dates
from resume_autofix.importer.entries import split_entries
from resume_autofix.importer.implied import header_skills, implied_sections
from resume_autofix.importer.lines import CELL_SEP, Document, Line, clean
from resume_autofix.importer.lists import items_of, skills
from resume_autofix.importer.rawentry import RawEntry
from resume_autofix.importer.schools import education_items
from resume_autofix.importer.sections import Section, split_sections
from resume_autofix.importer.titles import split_title
from resume_autofix.importer.vocabulary import vocabulary_key


def _line(*cells: str, size: float = 10, bold: bool = False) -> Line:
    return Line(CELL_SEP.join(cells), size=size, bold=bold, cells=list(cells))


def test_a_run_of_dated_titles_under_no_heading_is_work_then_education() -> None:
    # GIVEN section names drawn as graphics: the dated entries follow the skills with no heading of their own
    skills = Section("skills", "Skills", [_line("Python, Go, SQL")])
    lines = [
        _line("Fullstack Engineer (University of Bremen)", "2016 - now", bold=True),
        _line("Built a classroom app"),
        _line("Student Assistant (Acme GmbH)", "2010 - 2011", bold=True),
        _line("M.Sc. Digital Media (University of Bremen)", "2015 / 07", bold=True),
        _line("Semester Abroad (University of Melbourne)", "2009 - 2010", bold=True),
    ]
    skills.lines.extend(lines)
    # WHEN the sections are completed
    _header, sections = implied_sections([], [skills])
    # THEN the skills keep their list and two sections of their own hold the entries
    assert [s.key for s in sections] == ["skills", "work", "education"]
    assert [line.text for line in sections[0].lines] == ["Python, Go, SQL"]
    assert len(sections[1].lines) == 3
    assert len(sections[2].lines) == 2


def test_one_dated_line_is_not_a_section() -> None:
    summary = Section("summary", "Profile", [_line("Speaker at PyCon", "2019")])
    assert [s.key for s in implied_sections([], [summary])[1]] == ["summary"]


def test_a_labelled_skill_list_in_the_header_is_a_skill_category_and_its_neighbour_stays() -> None:
    header = [_line("Techs: Meteor, Mongo, Bash", "jan@example.com"), _line("Stack:", "React, Mocha")]
    sections: list[Section] = []
    rest = header_skills(header, sections)
    assert [line.text for line in rest] == ["jan@example.com"]
    assert [line.text for line in sections[0].lines] == ["Techs: Meteor, Mongo, Bash", f"Stack:{CELL_SEP}React, Mocha"]


def test_a_bracketed_name_after_a_title_is_its_other_part() -> None:
    assert split_title("Fullstack Engineer (University of Bremen)") == ["Fullstack Engineer", "University of Bremen"]
    assert split_title("Programmer (otulea.uni-bremen.de)") == ["Programmer", "otulea.uni-bremen.de"]
    assert split_title("Software Engineer (Contract)") == ["Software Engineer (Contract)"]
    assert split_title("Engineer (2019)") == ["Engineer (2019)"]


def test_a_year_and_month_parted_by_a_spaced_slash() -> None:
    [span] = find_dates("University of Bremen, 2015 / 07")
    assert span.start == "2015-07"


def test_resume_beside_a_name_is_the_title_not_a_summary_heading() -> None:
    assert vocabulary_key("JAN KÜSTER RESUME") is None
    assert vocabulary_key("Résumé") == "summary"
    basics, _, _ = parse_header([_line("JAN KÜSTER RESUME", size=30), _line("jan@example.com")])
    assert basics["name"] == "JAN KÜSTER"


def test_a_family_name_on_the_line_below_in_the_same_type_is_part_of_the_name() -> None:
    lines = [_line("JOHN", size=37.5, bold=True), _line("DOE", size=37.5, bold=True), _line("Developer", size=15)]
    basics, _, _ = parse_header(lines)
    assert (basics["name"], basics["label"]) == ("JOHN DOE", "Developer")


def test_the_school_and_major_written_under_the_degree() -> None:
    entry = RawEntry(parts=["BACHELOR OF SCIENCE"], part_lines=[0], date=None)
    entry.paragraphs = ["Major in Engineering, University B, Los Angeles, USA."]
    [item] = education_items([entry])
    assert (item["institution"], item["studyType"], item["area"]) == (
        "University B",
        "BACHELOR OF SCIENCE",
        "Engineering",
    )


def test_the_plain_line_above_a_whole_styled_title_is_the_last_entry_body() -> None:
    lines = [
        _line("Fullstack Engineer", "University of Bremen, 2016 - now", bold=True),
        _line("Invent a classroom app"),
        _line("Design the architecture"),
        _line("Scientific Employee", "University of Bremen, 2012 - 2014", bold=True),
        _line("Invented an assessment framework"),
    ]
    first, second = split_entries(lines, body=10, typography=True)
    assert first.parts == ["Fullstack Engineer", "University of Bremen"]
    assert second.parts == ["Scientific Employee", "University of Bremen"]
    assert "Design the architecture" in " ".join(first.paragraphs)


def test_contacts_parted_by_semicolons_and_a_trunk_prefixed_number() -> None:
    basics: dict = {}
    rest: list[str] = []
    parse_contacts([Line("john.doe@email.com; 0123 456789; 1234 Broadway, New York;")], basics, rest)
    assert (basics["email"], basics["phone"]) == ("john.doe@email.com", "0123 456789")


def test_a_month_set_flush_against_the_word_before_it_is_still_a_month() -> None:
    # GIVEN a text layer that holds no space between a degree and its dates (Jake's-style résumés)
    span = find_dates("Bachelor of Science in Computer ScienceAug. 2016 – May 2019")
    # THEN the range starts at the month, and the words before it stay whole
    assert [(s.start, s.end, s.begin) for s in span] == [("2016-08", "2019-05", 39)]
    # a capital inside a word that is no month leaves the year alone ("McDonald 2019", "iPhone 2019")
    assert [s.start for s in find_dates("McDonald 2019")] == ["2019"]
    assert [s.begin for s in find_dates("iPhone 2019")] == [7]


def test_a_templates_placeholder_place_is_a_place_not_the_degree() -> None:
    text = "Jane Roe\njane@example.com\n\nEducation\nExample University\n2015 - 2019    City, Country\nB.Sc. in Physics"
    (entry,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (entry["studyType"], entry["area"], entry.get("location")) == ("B.Sc.", "Physics", "City, Country")


def test_the_degree_on_its_own_line_under_the_school_and_its_place() -> None:
    # GIVEN dates and the school on one line, the place under it, then the degree (Reactive Resume "nosepass")
    text = "Jane Roe\njane@example.com\n\nEducation\nAug 2012 - May 2016    University of California\n"
    for between in ("Berkeley, CA\n", ""):
        (entry,) = import_resume(f"{text}{between}Bachelor's in Computer Science\n".encode(), "cv.txt").resume[
            "education"
        ]
        # THEN the degree is the degree, whether the place stands between or not
        assert (entry["institution"], entry["studyType"], entry["area"]) == (
            "University of California",
            "Bachelor's",
            "Computer Science",
        )
    # AND a degree written in the body (no degree in the title) is taken, its neighbouring cell kept apart
    lines = [_line("University of Example", "2012 – 2016", bold=True), _line("BSc Chemistry", "Rank 1/36")]
    (raw,) = split_entries(lines, 10, True)
    (item,) = education_items([raw])
    assert (item["studyType"], item["institution"]) == ("BSc Chemistry", "University of Example")


def test_the_name_beside_a_document_title_cell_and_under_a_larger_line_of_job_titles() -> None:
    # GIVEN "Curriculum Vitae" in a cell of its own before the name, and a label row repeating the name below
    basics, _rest, _prose = parse_header(
        [_line("Curriculum Vitae", "John Doe"), _line("Personal Information John Doe"), _line("(555) 123-4567")]
    )
    assert basics["name"] == "John Doe"
    # GIVEN the job titles set larger than the name (markdown-resume's "modern" theme)
    basics, _rest, _prose = parse_header(
        [
            _line("CRAIG DAVIS", "craig@example.com", size=8.6, bold=True),
            _line("SENIOR PHP DEVELOPER, UX DIRECTOR", size=9.6, bold=True),
        ]
    )
    assert (basics["name"], basics["email"]) == ("CRAIG DAVIS", "craig@example.com")
    # a name that holds one role-like word stays the name ("Tim Cook")
    basics, _rest, _prose = parse_header([_line("Tim Cook", size=20), _line("Chief Executive Officer", size=12)])
    assert basics["name"] == "Tim Cook"


def test_a_postal_address_in_the_header_is_the_location_not_the_label() -> None:
    # GIVEN a plain-text résumé's header: the name, the street address, then phone and e-mail
    basics, rest, _prose = parse_header(
        [_line("JOHN SMITH"), _line("123 Main Street, Springfield, IL 62701"), _line("(217) 555-0198")]
    )
    # THEN the address fills JSON Resume's location fields, each as written, and nothing is left over
    assert "label" not in basics
    assert basics["location"] == {
        "address": "123 Main Street",
        "postalCode": "62701",
        "city": "Springfield",
        "region": "IL",
    }
    assert (basics["phone"], rest) == ("(217) 555-0198", [])
    # a European address puts the postal code first; a phone or a date range is no address
    assert postal_address("Hauptstraße 5, 10115 Berlin") == {
        "address": "Hauptstraße 5",
        "postalCode": "10115",
        "city": "Berlin",
    }
    assert postal_address("(217) 555-0198") is None
    assert postal_address("2019 - 2020") is None


def test_contacts_parted_by_spaced_commas() -> None:
    # Resume-Matcher's header: "mail , phone , place , links" on one line
    basics: dict = {}
    parse_contacts(
        [_line("john.doe@email.com , +1 (415) 555-0142 , San Francisco, CA , github.com/johndoe")], basics, []
    )
    assert (basics["email"], basics["phone"], basics["location"]["city"]) == (
        "john.doe@email.com",
        "+1 (415) 555-0142",
        "San Francisco",
    )


def test_a_schools_single_date_is_its_end_and_its_grade_is_not_its_name() -> None:
    text = (
        "Jane Roe\njane@example.com\n\nEducation\n"
        "Facultad de Estudios Superiores Acatlán  Promedio: 8.5/10.0    Mayo 2021\nLicenciatura en Matemáticas\n"
    )
    (entry,) = import_resume(text.encode(), "cv.txt").resume["education"]
    # THEN the one date is when she graduated (JSON Resume's endDate), and the average stays out of the name
    assert (entry["institution"], entry.get("startDate"), entry["endDate"]) == (
        "Facultad de Estudios Superiores Acatlán",
        None,
        "2021-05",
    )
    # a range still starts and ends, and "since" still starts
    text = "Jane Roe\n\nEducation\nUniversity of Oslo    since 2022\nPhD Physics\n"
    (entry,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (entry["startDate"], entry.get("endDate")) == ("2022", None)


def test_a_faculty_and_its_university_are_one_institution() -> None:
    assert split_title("Faculty of Fake Studies, Fake University") == ["Faculty of Fake Studies, Fake University"]
    assert split_title("University Name, College of Engineering") == ["University Name, College of Engineering"]
    assert split_title("Princeton University, Computer Science") == ["Princeton University", "Computer Science"]
    assert split_title("Stanford University, M.S. in Statistics") == ["Stanford University", "M.S. in Statistics"]


def test_month_slash_year_dates_and_a_remote_place_in_portuguese() -> None:
    # "Jul/2025 – Atual", "Set/2022 – Jun/2025": month/year, with the Portuguese months that are English words too
    assert [(s.start, s.end, s.present) for s in find_dates("Set/2022 – Out/2025")] == [("2022-09", "2025-10", False)]
    assert [(s.start, s.present) for s in find_dates("Jul/2025 – Atual")] == [("2025-07", True)]
    assert [s.start for s in find_dates("set 2022")] == ["2022"]  # "set" before a year is an English word there
    # the employer's line under the title carries a remote place: the employer is the other part
    text = (
        "Ana Lima\nana@example.com\n\nExperiência\nDesenvolvedor de Software Pleno    Jul/2025 – Atual\n"
        "Vetta Tecnologia    Remoto – Belo Horizonte, MG, Brasil\n"
    )
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["name"], job["position"], job["location"]) == (
        "Vetta Tecnologia",
        "Desenvolvedor de Software Pleno",
        "Belo Horizonte, MG, Brasil",
    )


def test_a_text_resume_with_headings_framed_by_drawn_rules_and_arrow_ranges() -> None:
    # GIVEN a résumé printed for a terminal (ancv): headings between box-drawing rules, "➔" for ranges and bullets
    text = (
        "──────── Jane A. Cooper ────────\n\njane@example.com • +44 113 496 4389\n\n"
        "──────── Education ────────\n\n"
        "Massachusetts Institute of Technology: Bachelor of Science      October 2012 ➔ January 2016\n\n"
        "    ➔ 6.1600: Foundations of Computer Security\n"
        "────────────────────────\n"
    )
    resume = import_resume(text.encode(), "cv.txt").resume
    assert resume["basics"]["name"] == "Jane A. Cooper"
    (school,) = resume["education"]
    assert (school["institution"], school["startDate"], school["endDate"]) == (
        "Massachusetts Institute of Technology",
        "2012-10",
        "2016-01",
    )
    assert school["courses"] == ["6.1600: Foundations of Computer Security"]


def test_list_items_keep_their_brackets_whole_and_lose_an_oxford_and() -> None:
    assert items_of("Python (pandas, NumPy, matplotlib), SQL, and Git") == [
        "Python (pandas, NumPy, matplotlib)",
        "SQL",
        "Git",
    ]
    assert items_of("Python（pandas、NumPy）、SQL、Git") == ["Python（pandas、NumPy）", "SQL", "Git"]
    # a name that begins with a capital "And" after a bar stays whole
    assert items_of("My Top | Technical | And Buzzwords") == ["My Top", "Technical", "And Buzzwords"]


def test_a_cjk_sentence_is_no_title_line_and_ltda_is_a_legal_form() -> None:
    # GIVEN a Chinese entry whose last body sentence sits right above the next entry's bold title
    lines = [
        _line("北辰数据实验室 | 数据分析师", bold=True),
        _line("上海 | 2024.07 - 至今", bold=True),
        _line("与项目经理共同维护指标口径说明和交付检查清单，确保分析结论能够回溯至原始数据与业务假设。"),
        _line("澄川科技 | 商业分析实习生", bold=True),
        _line("杭州 | 2023.06 - 2024.06", bold=True),
    ]
    second = split_entries(lines, 10, True)[1]
    # THEN the sentence stays in the first entry's body, and the second entry's title is its own
    assert second.parts[:2] == ["澄川科技", "商业分析实习生"]
    # "Varejo Exemplo Ltda." ends with a legal form, not a sentence's full stop
    assert split_title("Analytics Engineer | Varejo Exemplo Ltda.") == ["Analytics Engineer", "Varejo Exemplo Ltda."]


def test_sub_headings_of_a_heading_that_names_several_sections_are_those_sections() -> None:
    # GIVEN Word headings: "Skills, Achievements and Interests" (level 1) over "Skills", "Achievements" (level 2)
    def heading(text: str, level: int) -> Line:
        return Line(text, 14.0, True, heading=True, level=level)

    lines = [
        Line("Dolan Miu", 28.0, True),
        heading("Experience", 1),
        Line("Acme  2019 - 2020"),
        heading("Technical Skills", 2),  # inside a job, under a heading that names one section: stays in it
        Line("Go, Rust"),
        heading("Skills, Achievements and Interests", 1),
        heading("Skills", 2),
        Line("Angular, TypeScript"),
        heading("Interests", 2),
        Line("Dancing"),
    ]
    _header, sections, _warnings = split_sections(lines)
    assert [s.key for s in sections] == ["work", "skills", "skills", "interests"]


def test_scandinavian_polish_and_turkish_headings_months_and_present() -> None:
    assert [vocabulary_key(h) for h in ("Arbeidserfaring", "Utdanning", "Ferdigheter", "Språk")] == [
        "work",
        "education",
        "skills",
        "languages",
    ]
    assert [vocabulary_key(h) for h in ("Doświadczenie zawodowe", "Wykształcenie", "İş Deneyimi", "Eğitim")] == [
        "work",
        "education",
        "work",
        "education",
    ]
    assert [(s.start, s.present) for s in find_dates("des. 2022–Nå")] == [("2022-12", True)]
    assert [(s.start, s.end) for s in find_dates("wrzesień 2016 – lipiec 2020")] == [("2016-09", "2020-07")]
    assert [(s.start, s.end) for s in find_dates("Eylül 2016 - Temmuz 2020")] == [("2016-09", "2020-07")]


def test_a_degree_at_a_school_is_two_parts() -> None:
    assert split_title("Msc. Lorem Ipsum at LID University of Applied Sciences") == [
        "Msc. Lorem Ipsum",
        "LID University of Applied Sciences",
    ]
    assert split_title("Meet me at Acme") == ["Meet me at Acme"]


def test_french_month_abbreviations_a_wrapped_margin_range_and_skill_levels_in_the_list() -> None:
    # moderncv in French: the range's end on the margin line below, beside the first line of the entry's text
    lines = [
        _line("Déc. 2023—", "Développeur full-stack, Resilio, Paris (télétravail)"),
        _line("Aujourd’hui", "Investigation sur la performance dans l’infrastructure de Resilio"),
    ]
    (entry,) = split_entries(lines, 10, False)
    assert (entry.date.start, entry.date.present) == ("2023-12", True)
    assert entry.paragraphs == ["Investigation sur la performance dans l’infrastructure de Resilio"]
    # YAMLResume: "Web Development : Expert, Mots-clés : Python, Ruby"
    (skill,) = skills([_line("Web Development : Expert, Mots-clés : Python, Ruby")])
    assert skill == {"name": "Web Development", "level": "Expert", "keywords": ["Python", "Ruby"]}


def test_the_date_memo_lives_for_one_import_only() -> None:
    from resume_autofix.importer import dates  # noqa: PLC0415

    assert dates._MEMO.get() is None
    with dates.remembered():
        first = find_dates("Acme  Jan 2020 – Mar 2021")
        first.clear()  # a caller's list is its own: the memo keeps the answer
        assert [(s.start, s.end) for s in find_dates("Acme  Jan 2020 – Mar 2021")] == [("2020-01", "2021-03")]
        assert "Acme  Jan 2020 – Mar 2021" in (dates._MEMO.get() or {})
    assert dates._MEMO.get() is None


def test_counts_after_headings_typeset_hyphens_at_signs_and_a_page_artifact_before_the_name() -> None:
    # "Work Experience(1)": the count is no part of the heading
    assert vocabulary_key("Work Experience(1)") == "work"
    # Typst's non-breaking hyphen in "2023 ‑ Today" is a hyphen
    assert clean("2023 \u2011 Today") == "2023 - Today"
    # "Datenanalyst @BetaSoft Technologies": the sign alone parts the title, whatever the job's words
    assert split_title("Datenanalyst @BetaSoft Technologies") == ["Datenanalyst", "BetaSoft Technologies"]
    assert split_title("Data Analyst @ BetaSoft") == ["Data Analyst", "BetaSoft"]
    # a web page saved as text starts with "Skip to content": the name is the line in capitals below
    basics, _rest, _prose = parse_header([_line("Skip to content"), _line("Richard Hendriks"), _line("Programmer")])
    assert basics["name"] == "Richard Hendriks"


def test_a_smaller_unnamed_heading_inside_a_section_is_a_group_not_a_section() -> None:
    # GIVEN friggeri-cv: "experience" (17 pt) over "Full Time" and "Part Time" (14 pt), headings the vocabulary
    # does not know, each over some of the jobs; the sidebar's own headings are 14 pt too
    def heading(text: str, size: float) -> Line:
        return Line(text, size, True)

    lines = [
        Line("john smith", 40.0),
        heading("contact", 14.3),
        Line("john@smith.com", 10.0),
        heading("experience", 17.2),
        heading("Full Time", 14.3),
        Line("2012–Now  LEHMAN BROTHERS  Los Angeles, California", 8.0),
        heading("Part Time", 14.3),
        Line("2010–2011  LEHMAN BROTHERS  London, United Kingdom", 8.0),
        heading("research reports", 14.3),
    ]
    _header, sections, _warnings = split_sections(lines)
    # THEN the jobs stay in one work section, and research reports are publications, not research work
    assert [(s.key, len(s.lines)) for s in sections] == [("contact", 1), ("work", 2), ("publications", 0)]


def test_an_address_cut_inside_its_last_part_is_joined_and_makes_a_contact_block() -> None:
    # GIVEN a narrow sidebar under "About" (JSON Resume macchiato): "richard.hendriks@mail.c" / "om"
    assert cut_address("richard.hendriks@mail.c", "om")
    assert not cut_address("john@acme.com", "GitHub")  # a whole address followed by a word stays apart
    basics: dict = {}
    parse_contacts([_line("richard.hendriks@mail.c"), _line("om"), _line("(912) 555-4321")], basics, [])
    assert (basics["email"], basics["phone"]) == ("richard.hendriks@mail.com", "(912) 555-4321")


def test_a_bracketed_place_is_the_location_and_a_dates_only_line_takes_the_titles_above_it() -> None:
    text = "Jane Roe\njane@example.com\n\nExperience\nSenior Engineer    2019 - 2021\nAcme Corp (Berlin, Germany)\n"
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    assert (job["name"], job["location"]) == ("Acme Corp", "Berlin, Germany")
    # JSON Resume orbit: a bold degree wrapped over two lines, the school, then a line of dates alone
    lines = [
        _line("MSc in Computer Science", bold=True),
        _line("University of London"),
        _line("2011 - 2012"),
        _line("MSc in Applied", bold=True),
        _line("Mathematics", bold=True),
        _line("Bristol University"),
        _line("2007 - 2011"),
    ]
    first, second = split_entries(lines, 10, True)
    assert "MSc in Applied" not in first.parts
    assert "Bristol University" in second.parts


def test_a_skill_written_as_a_sentence_stays_whole_and_a_list_ending_in_a_stop_is_still_a_list() -> None:
    sentence = (
        "Proficient in multiple programming languages, including Octolang, OctoScript, and more, with a strong grasp "
        "of object-oriented and functional programming paradigms."
    )
    assert skills([_line(sentence)]) == [{"name": sentence}]
    listed = skills([_line("TeX, LaTeX, MATLAB, Mathematica, Maple, R, Tableau.")])
    assert [s["name"] for s in listed] == ["TeX", "LaTeX", "MATLAB", "Mathematica", "Maple", "R", "Tableau"]


def test_a_docx_title_ending_in_an_italic_run_makes_that_run_a_cell() -> None:
    import io  # noqa: PLC0415

    import docx  # noqa: PLC0415

    document = docx.Document()
    document.add_heading("Jane Roe", 0)
    document.add_paragraph("jane@example.com")
    document.add_heading("Experience", 1)
    title = document.add_heading("", 3)
    title.add_run("Acme Corp ")
    title.add_run("Remote").italic = True
    role = document.add_heading("", 4)
    role.add_run("Principal Software Engineer ")
    role.add_run("(01/2020 - present)").italic = True
    out = io.BytesIO()
    document.save(out)
    (job,) = import_resume(out.getvalue(), "cv.docx").resume["work"]
    assert (job["name"], job["position"], job["startDate"]) == ("Acme Corp", "Principal Software Engineer", "2020-01")


def test_a_line_with_a_place_cell_above_a_dated_line_is_its_title() -> None:
    # resumecraft (python-docx): "Company Name   City, Country" in body type over "Your Title   JAN 2023 - PRESENT"
    lines = [
        Line("Acme Corp  Berlin, Germany", 10.5),
        Line("Data Engineer  JAN 2023 - PRESENT", 10.0),
        Line("• Built pipelines", 10.0),
    ]
    (entry,) = split_entries(lines, body=10.0, typography=True)
    assert (entry.parts, entry.location) == (["Acme Corp", "Data Engineer"], "Berlin, Germany")


def test_a_link_in_a_title_block_is_no_part_of_the_title_and_is_kept() -> None:
    lines = [Line("HackerOne  2022 - Present"), Line("hackerone.com/product/code-security-audit"), Line("• Audits")]
    (entry,) = split_entries(lines, body=10.0, typography=False)
    assert entry.parts == ["HackerOne"]
    assert entry.paragraphs[0] == "hackerone.com/product/code-security-audit"


def test_a_line_set_in_the_title_lines_frame_is_its_other_part_and_place() -> None:
    """ "Title   Dates" over "Company   Place", flush with the title line at both edges: the company and its place,
    whatever the place says; a place written on the left is still the place."""

    def at(*cells: str, bold: bool = False, x1: float = 576.0) -> Line:
        return Line(CELL_SEP.join(cells), size=10, bold=bold, x0=36.0, x1=x1, cells=list(cells))

    entries = split_entries(
        [
            at("Digital Playground Architect", "Jun 2020 — May 2023", bold=True),
            at("Pixels & Profit Interactive", "The Cloud", x1=576.5),
            at("Scaled the user base tenfold", x1=400.0),
            at("University of California", "August 2012 to May 2016"),
            at("Berkeley, CA", "Bachelor's in Computer Science"),
        ],
        10,
        True,
    )
    assert [(e.parts, e.location) for e in entries] == [
        (["Digital Playground Architect", "Pixels & Profit Interactive"], "The Cloud"),
        (["University of California", "Bachelor's in Computer Science"], "Berkeley, CA"),
    ]
    assert entries[0].paragraphs == ["Scaled the user base tenfold"]


def test_a_field_of_study_beside_the_degree_is_the_area_and_the_school_comes_from_the_line_below() -> None:
    entry = RawEntry(parts=["Master", "Computer Science"], part_lines=[0, 0], date=None)
    entry.paragraphs = ["University of Stanford"]
    [item] = education_items([entry])
    assert (item["institution"], item["studyType"], item["area"]) == (
        "University of Stanford",
        "Master",
        "Computer Science",
    )
    assert "courses" not in item


def test_a_dated_line_of_running_text_goes_on_below_where_its_next_word_would_not_fit() -> None:
    def at(text: str, x1: float, size: float = 10.5, bold: bool = False) -> Line:
        return Line(text, size=size, bold=bold, x0=232.0, x1=x1)

    lines = [
        at("Master of Arts", 303.0, 11.3),
        at("March 2012 - December 2013, Major in Hacking and Computer", 520.0),
        at("Penetration, University A, New York, USA.", 421.0),
        at("Bachelor of Science", 329.0, 11.3),
        at("March 2009 - December 2011, Major in Engineering, University B, Los", 548.0),
        at("Angeles, USA.", 295.0),
    ]
    [master, bachelor] = education_items(split_entries(lines, 10.5, True))
    assert (master["institution"], master["studyType"], master["area"]) == (
        "University A",
        "Master of Arts",
        "Hacking and Computer Penetration",
    )
    assert (bachelor["institution"], bachelor["area"], bachelor["location"]) == (
        "University B",
        "Engineering",
        "Los Angeles, USA",
    )


def test_a_short_dated_line_does_not_take_the_line_below_as_its_wrap() -> None:
    def at(text: str, x1: float, bold: bool = False) -> Line:
        return Line(text, size=11, bold=bold, x0=224.0, x1=x1)

    lines = [
        at("PhD in Egg Engineering", 338.0, True),
        at("University of Eggington, May 2010", 381.0),
        at("Cumulative GPA: 2.89", 324.0),
        at("BS in Hamology", 300.0, True),
        at("Hammsworth College, May 2007", 371.0),
    ]
    first, second = education_items(split_entries(lines, 11, True))
    assert (first["institution"], first["studyType"], first["area"]) == (
        "University of Eggington",
        "PhD",
        "Egg Engineering",
    )
    assert second["institution"] == "Hammsworth College"


def test_a_form_of_labelled_school_lines_is_one_entry_without_its_labels() -> None:
    lines = [
        Line("Education Degree: Master of Science in Computer Science", 11),
        Line("University Name: Stanford University", 11),
        Line("Graduation Year: 2020", 11),
    ]
    [item] = education_items(split_entries(lines, 11, True))
    assert (item["institution"], item["studyType"], item["area"], item["endDate"]) == (
        "Stanford University",
        "Master of Science",
        "Computer Science",
        "2020",
    )


def test_a_school_named_like_a_label_keeps_its_name() -> None:
    [entry] = split_entries(
        [Line("Fairwarden High School: Maths Track (High School Diploma)  2007 - 2011", 10)], 10, False
    )
    assert entry.parts[0] == "Fairwarden High School"


def test_a_labelled_keyword_line_under_the_last_bullet_is_its_own_line() -> None:
    lines = [
        Line("Tech Corp  2020 - Present", 11, True),
        Line("- Optimized database queries improving response time by 40%", 11),
        Line("Skills: Python, AWS, Docker", 10),
    ]
    [entry] = split_entries(lines, 11, True)
    assert entry.bullets == ["Optimized database queries improving response time by 40%"]
    assert entry.paragraphs == ["Skills: Python, AWS, Docker"]


def test_years_before_1900_are_dates() -> None:
    # Euler's, Newton's and Ada Lovelace's sample CVs: a historical figure's years are still a range
    [span] = find_dates("1741 - 1766  Mathematiker  Königlich Preußischen Akademie")
    assert (span.start, span.end) == ("1741", "1766")
    [span] = find_dates("June 1661 - now")
    assert (span.start, span.present) == ("1661-06", True)
    assert find_dates("Led a team of 12 across 1500 km") == []


def test_a_short_cell_beside_opening_dates_is_the_place_when_the_title_follows_flush_below() -> None:
    def at(*cells: str, x0: float = 108.4, x1: float = 421.8) -> Line:
        return Line(CELL_SEP.join(cells), size=7.5, x0=x0, x1=x1, cells=list(cells))

    lines = [
        at("Apr 2019–Current", "NYC"),
        at("Python Developer, Coroutine", x1=216.5),
        at("Lead Python Django dev", x0=126.9, x1=225.8),
        at("Jan 2018–Mar 2019", "Castle Black, WS"),
        at("Steward, The Night's Watch", x1=261.7),
    ]
    first, second = split_entries(lines, 7.5, True)
    assert (first.parts, first.location) == (["Python Developer", "Coroutine"], "NYC")
    assert (second.parts, second.location) == (["Steward", "The Night's Watch"], "Castle Black, WS")
    # a date margin: the title starts where the cell beside the dates does, and the line below is the company
    margin = [
        at("October 2013 – present", "Fake senior position", x0=75.2, x1=285.4),
        at("Fake Company 2, Fake Town", x0=178.6, x1=303.1),
    ]
    (entry,) = split_entries(margin, 10, True)
    assert entry.parts[0] == "Fake senior position"


def test_a_comma_list_in_larger_type_is_not_the_name_and_contacts_at_the_foot_are_the_persons() -> None:
    def at(text: str, size: float, bold: bool = False) -> Line:
        return Line(text, size=size, bold=bold)

    lines = [
        at("Jon Snow  Python Developer  NYC", 6.9, True),
        at("Bravery, Brooding, Knowing-Nothing, Leadership, SQL, Swordsmanship", 7.5),
        at("Work", 8.6, True),
        at("Apr 2019–Current  NYC", 7.5),
        at("Python Developer, Coroutine", 7.5),
        at("jon.snow@coroutine.co  555 123 4567", 6.9),
    ]
    resume, _, _ = build(Document(lines=lines, kind="pdf"))
    assert resume["basics"]["name"] == "Jon Snow"
    assert (resume["basics"]["email"], resume["basics"]["phone"]) == ("jon.snow@coroutine.co", "555 123 4567")


def test_undated_entries_keep_wrapped_bullets_whole_and_a_title_may_end_in_an_ellipsis() -> None:
    def at(text: str, x0: float, size: float = 10.0, bold: bool = False, bullet: bool = False) -> Line:
        return Line(text, size=size, bold=bold, x0=x0, x1=565.0, bullet=bullet)

    lines = [
        at("Rebel Alliance | General  A long time ago...", 215.0, 11.0, True),
        at("Lead legions of troops into battle while demonstrating bravery, competence and", 215.0, bullet=True),
        at("honor", 225.0),
        at("Tatooine Moisture Refinery | Moisture Farmer  A long time ago...", 215.0, 11.0, True),
        at("Replaced damaged power converters", 215.0, bullet=True),
    ]
    first, second = split_entries(lines, 10.0, True)
    assert first.parts[:2] == ["Rebel Alliance", "General"]
    assert first.bullets == ["Lead legions of troops into battle while demonstrating bravery, competence and honor"]
    assert second.parts[:2] == ["Tatooine Moisture Refinery", "Moisture Farmer"]


def test_an_email_alone_atop_the_second_column_is_the_persons() -> None:
    lines = [
        Line("LUKE SKYWALKER", 24.0, True),
        Line("JEDI MASTER", 10.0),
        Line("SKILLS", 14.0, True),
        Line("Piloting", 10.0),
        Line("luke@theforce.com", 10.0),
        Line("EXPERIENCE", 14.0, True),
        Line("Rebel Alliance | General", 11.0, True),
    ]
    resume, _, _ = build(Document(lines=lines, kind="pdf"))
    assert resume["basics"]["email"] == "luke@theforce.com"
    assert all("luke@theforce.com" not in str(s) for s in resume["skills"])


def test_europass_and_latex_form_headers() -> None:
    # the name beside Europass's "personal information" label, not the larger-looking "desired job" row
    basics, _, _ = parse_header(
        [
            _line("Curriculum vitae"),
            _line("Informazioni personali", "Mario Rossi", size=9),
            _line("OCCUPAZIONE DESIDERATA", "Getione risorse umane", size=9),
        ]
    )
    assert basics["name"] == "Mario Rossi"
    # a name set in brackets after the document's title; a number written in pairs after its country code
    basics, _, _ = parse_header([_line("Curriculum Vitae [Leonhard Euler]", size=20), _line("+41 53 669 25 91")])
    assert (basics["name"], basics["phone"]) == ("Leonhard Euler", "+41 53 669 25 91")
    [span] = find_dates("gennaio 2005 - alla data attuale")
    assert (span.start, span.present) == ("2005-01", True)


def test_a_double_hyphen_parts_a_title_as_a_dash_does() -> None:
    assert split_title("Senior Software Engineer -- TechCorp GmbH") == ["Senior Software Engineer", "TechCorp GmbH"]


def test_a_grade_beside_a_schools_dates_and_a_place_after_a_bar() -> None:
    lines = [
        _line("Gazi University", size=12, bold=True),
        _line("Bsc. Industrial Engineering", size=10.6),
        _line("2013 - 2017 | GPA: 3.35 / 4.00", size=10.6),
        _line("攻城大学", size=10.8),
        _line("2007/08 - 2011/06 | 南京", size=9),
        _line("工学学士，计算机科学与技术", size=9),
    ]
    first, second = education_items(split_entries(lines, 9.0, True))
    assert (first["institution"], first["studyType"], first["startDate"], first["score"]) == (
        "Gazi University",
        "Bsc. Industrial Engineering",
        "2013",
        "3.35 / 4.00",
    )
    assert (second["institution"], second["studyType"], second["location"]) == ("攻城大学", "工学学士", "南京")


def test_more_headings_in_spanish_portuguese_italian_and_polish() -> None:
    assert vocabulary_key("Habilidades Técnicas") == "skills"
    assert vocabulary_key("Resumo Profissional") == "summary"
    assert vocabulary_key("Esperienze lavorative") == "work"
    assert vocabulary_key("Istruzione e formazione") == "education"
    assert vocabulary_key("Języki obce") == "languages"
    assert vocabulary_key("Logros") == "awards"


def test_one_phone_label_vocabulary_for_labels_before_numbers_and_form_cells() -> None:
    basics: dict = {}
    parse_contacts([Line("Telephone: +1 555 123 4567")], basics, [])
    assert basics["phone"] == "+1 555 123 4567"  # not "ephone: ..." from a "Tel" prefix


def test_a_spaced_hyphen_parts_short_skill_items_when_it_runs_through_the_line() -> None:
    assert items_of("python - r - sql, excel - minitab") == ["python", "r", "sql", "excel", "minitab"]
    assert items_of("Python - Expert, SQL") == ["Python - Expert", "SQL"]  # one dash: a level, kept for the reader
    assert items_of("Machine learning - building models for fraud - 2019") == [
        "Machine learning - building models for fraud - 2019"
    ]


def test_roles_parted_by_a_comma_an_at_sign_before_the_employer_and_a_duration() -> None:
    assert split_title("Co-Founder, CTO") == ["Co-Founder, CTO"]
    assert split_title("NVIDIA Research, Research Intern") == ["NVIDIA Research", "Research Intern"]
    lines = [
        _line("2018 - now", "Co-Founder, CTO", "@Supersoft – Seattle, US"),
        _line("2013, 2 yrs", "Teaching Assistant", "@MIT – Cambridge, US"),
    ]
    first, second = split_entries(lines, 10, True)
    assert (first.parts, first.location) == (["Co-Founder, CTO", "Supersoft"], "Seattle, US")
    assert second.parts == ["Teaching Assistant", "MIT"]
    assert vocabulary_key("Educational Background") == "education"
    assert vocabulary_key("Technology Stack") == "skills"


def test_chinese_role_words_name_the_job_not_the_employer() -> None:
    from resume_autofix.importer.roles import position_score  # noqa: PLC0415

    assert position_score("高级技术专家 & 智能物流算法负责人") > 0
    assert position_score("联合创始人 & 首席技术官") > 0
    assert position_score("美团") == 0


def test_bold_group_names_under_a_skills_heading_are_groups_not_sections() -> None:
    def at(text: str, size: float, bold: bool = True) -> Line:
        return Line(text, size, bold)

    lines = [
        at("EXPERIENCE", 9.6),
        at("Acme  2019 - 2020", 11.4, False),
        at("SKILLS", 9.6),
        at("Languages", 11.4),
        at("Python, Go, SQL", 11.4, False),
        at("Tools", 11.4),
        at("Git, Linux, Docker", 11.4, False),
        at("PROJECTS", 9.6),
    ]
    _, sections, _ = split_sections(lines)
    assert [s.key for s in sections] == ["work", "skills", "projects"]
    assert [line.text for line in sections[1].lines] == ["Languages", "Python, Go, SQL", "Tools", "Git, Linux, Docker"]
    # a margin label in body type stays what it was: German "Sprachen" beside its languages is no group name
    plain = [at("Besondere Kenntnisse", 17.2), at("Sprachen", 12, False), at("Englisch: sehr gut", 12, False)]
    _, sections, _ = split_sections(plain)
    assert [s.key for s in sections] == ["skills", "languages"]


def test_a_word_title_over_smaller_dates_after_the_last_jobs_list_items() -> None:
    def at(text: str, size: float, bullet: bool = False) -> Line:
        return Line(text, size, bullet=bullet)

    lines = [
        at("Acme Inc.", 12),
        at("Senior Frontend Developer", 10),
        at("January 2020 - Present", 8),
        at("Developed and maintained a high-traffic e-commerce platform", 12, bullet=True),
        at("Tech Solutions Ltd.", 12),
        at("Full Stack Developer", 10),
        at("March 2017 - December 2019", 8),
        at("Built RESTful APIs using Node.js and Express", 12, bullet=True),
    ]
    first, second = split_entries(lines, 12, True)
    assert first.parts == ["Acme Inc.", "Senior Frontend Developer"]
    assert second.parts == ["Tech Solutions Ltd.", "Full Stack Developer"]


def test_a_projects_label_in_small_type_inside_a_job_and_a_year_with_a_full_stop() -> None:
    def at(text: str, size: float, bold: bool = False) -> Line:
        return Line(text, size, bold)

    lines = [
        at("Employment History:", 18, True),
        at("Software developer", 14),
        at("Workplace number 1 (Jul. 2015. - present)", 11),
        at("Projects:", 12, True),
        at("Testing automation", 11),
        at("Web developer", 14),
        at("Workplace number 2 (Nov. 2014. - Jul 2015)", 11),
        at("Education:", 18, True),
    ]
    _, sections, _ = split_sections(lines)
    assert [s.key for s in sections] == ["work", "education"]
    [span] = find_dates("Workplace number 2 (Nov. 2014. - Jul 2015)")
    assert (span.start, span.end) == ("2014-11", "2015-07")


def test_a_company_and_place_line_right_over_the_next_dated_line_starts_the_next_entry() -> None:
    lines = [
        _line("Danggeun Market Inc.", "Seoul, S.Korea", size=10, bold=True),
        _line("Site Reliability Engineer", "Feb. 2021 - Mar. 2021", size=8),
        _line("Kasa", "Seoul, S.Korea", size=9, bold=True),
        _line("Director of Infrastructure Division", "Jun. 2018 - Jan. 2021", size=8),
        _line("Migrated the orchestration system from DC/OS to Kubernetes.", size=9),
    ]
    first, second = split_entries(lines, 9, True)
    assert first.parts == ["Danggeun Market Inc.", "Site Reliability Engineer"]
    assert (second.parts, second.location) == (["Kasa", "Director of Infrastructure Division"], "Seoul, S.Korea")


def test_a_role_stacked_under_the_last_employer_is_that_employers_but_a_role_after_a_plain_title_is_not() -> None:
    lines = [
        _line("Google", "Mountain View, CA", size=12, bold=True),
        _line("Data Source", "Jan 2014 – Dec 2016", size=10.9, bold=True),
        Line("Troubleshoot Calendar sync issues.", 10.9, bullet=True),
        _line("Intern", "Jun 2013 – Dec 2013", size=10.9, bold=True),
        Line("Ensured timely operation of the coffee machine.", 10.9, bullet=True),
    ]
    _, intern = split_entries(lines, 10.9, True)
    assert (intern.parts, intern.location) == (["Google", "Intern"], "Mountain View, CA")
    plain = [_line("Data Source", "2014 – 2016", bold=True), _line("Intern", "2013", bold=True)]
    assert split_entries(plain, 10, True)[1].parts == ["Intern"]


def test_a_schools_name_ending_in_its_state_gives_the_place() -> None:
    entry = RawEntry(parts=["Stanford University, California:", "Master of Science"], part_lines=[0, 0], date=None)
    [item] = education_items([entry])
    assert (item["institution"], item["location"]) == ("Stanford University", "California")
    entry = RawEntry(parts=["University of California, Los Angeles", "BS"], part_lines=[0, 0], date=None)
    assert education_items([entry])[0]["institution"] == "University of California, Los Angeles"


def test_the_head_noun_decides_which_title_part_is_the_job() -> None:
    from resume_autofix.importer.roles import job_score  # noqa: PLC0415

    assert job_score("Social Media Lead") > 0  # a lead, although "media" is a company word
    assert job_score("Freelance") == 1  # one word: no second opinion
    assert job_score("Software Engineer") > 0 > job_score("Acme Software")


def test_a_german_placeholder_employment_history() -> None:
    from resume_autofix.importer.places import LOCATION  # noqa: PLC0415
    from resume_autofix.importer.roles import job_score  # noqa: PLC0415

    assert vocabulary_key("Berufstätigkeit") == "work"
    assert job_score("Firma 2") < 0  # "Firma" is a company word
    assert LOCATION.match("Ort")  # a template's place, in brackets after a name
    assert LOCATION.match("City")
    (entry,) = split_entries([_line("06/2011 - 07/2015", "Firma 1 (Ort)"), _line("Titel")], 10, False)
    assert (entry.parts, entry.location) == (["Firma 1", "Titel"], "Ort")


def test_markup_a_theme_printed_as_text_is_no_part_of_the_words() -> None:
    assert clean("<p>HTML</p>  <p>CSS</p>") == "HTML  CSS"
    assert clean("<b>Acme</b> Corp") == "Acme Corp"
    assert clean("x < y and y > z") == "x < y and y > z"  # not a tag: kept


def test_a_phone_with_its_area_code_in_brackets_after_the_country_code() -> None:
    basics: dict = {}
    parse_contacts([Line("+0 (000) 111 1111"), Line("john@smith.com")], basics, [])
    assert basics["phone"] == "+0 (000) 111 1111"


def test_a_skill_item_wraps_onto_lines_indented_under_it() -> None:
    lines = [
        Line("Completed Jedi Master training", 10, x0=30.0, x1=177.0, bullet=True),
        Line("and built a lightsaber from scratch", 10, x0=40.0, x1=185.0),
        Line("Empire", 10, x0=40.0, x1=71.0),
        Line("Defeated the Rancor", 10, x0=30.0, x1=185.0, bullet=True),
    ]
    found = skills(lines)
    names = [g.get("name") or "" for g in found] + [k for g in found for k in g.get("keywords", [])]
    assert "Completed Jedi Master training and built a lightsaber from scratch Empire" in names
    assert "Empire" not in names


def test_how_one_was_employed_is_no_title_part_and_an_at_line_is_the_employer() -> None:
    lines = [
        _line("Software Engineer", "Full-time", "01/2021 – Current", size=12, bold=True),
        _line("@ Google", size=12),
        _line("Built the search index.", size=8),
        _line("Sr. Software Engineer", "Contractor", "10/2017 – 12/2020", size=12, bold=True),
        _line("@ MarketSmart", size=12),
    ]
    first, second = split_entries(lines, 8, True)
    assert first.parts == ["Software Engineer", "Google"]
    assert second.parts == ["Sr. Software Engineer", "MarketSmart"]
    (alone,) = split_entries([_line("Freelance — Data Analyst (Contract)", "2019 - 2020")], 10, False)
    assert alone.parts[0] == "Freelance"  # an employer here, not how one was employed
