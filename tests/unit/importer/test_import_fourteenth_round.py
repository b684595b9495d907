"""Rules of the fourteenth round: the degree field, and what a held-out wave of CVs showed."""

from __future__ import annotations

import io
import zipfile

from resume_autofix.importer import import_resume, layout
from resume_autofix.importer.bidi import letters_reversed, letters_turned
from resume_autofix.importer.codelangs import technology
from resume_autofix.importer.contacts import wrapped_emails
from resume_autofix.importer.dates import DURATION, find_dates
from resume_autofix.importer.employer_en import employer_after_en
from resume_autofix.importer.items import school_place
from resume_autofix.importer.jobs import work_items
from resume_autofix.importer.layout import continued_column
from resume_autofix.importer.lines import Line
from resume_autofix.importer.pdf import Glyph, PdfPage
from resume_autofix.importer.places import LOCATION, place_tail
from resume_autofix.importer.rawentry import RawEntry
from resume_autofix.importer.roles import degree_score, job_score
from resume_autofix.importer.schools import education_items
from resume_autofix.importer.sections import split_sections
from resume_autofix.importer.segments import Segment, band_segments
from resume_autofix.importer.service import read_document
from resume_autofix.importer.titles import split_title
from resume_autofix.importer.vocabulary import exact_key
from resume_autofix.importer.wraps import wraps_title
from tests.unit.importer.rawpdf import one_page_pdf


def _school(parts: list[str], paragraphs: list[str] | None = None) -> dict[str, object]:
    entry = RawEntry(parts=parts, part_lines=list(range(len(parts))), date=None)
    entry.paragraphs.extend(paragraphs or [])
    (item,) = education_items([entry])
    return item


def test_degrees_dotted_letter_by_letter_and_national_qualifications_are_degrees() -> None:
    # GIVEN an MBA written "M.B.A." and France's, Switzerland's and the Netherlands' own qualifications
    for degree in ("M.B.A.", "B.B.A", "CAPES Mathématiques", "CPGE Scientifique MP", "CFC d’horloger", "VWO Bèta"):
        # THEN each is a degree
        assert degree_score(degree) > 0, degree
    # AND a title that is one of them alone is the degree, not the school
    assert _school(["CAPES Mathématiques"]) == {"studyType": "CAPES Mathématiques"}
    # BUT a word with one dot is no abbreviation spelled out ("Inc.", "e.g")
    assert degree_score("Acme Inc.") <= 0


def test_a_degree_type_joined_to_its_field_by_of_or_de_is_split() -> None:
    # GIVEN degrees whose type is whole without the "of" or "de" that joins the field
    master = _school(["Instituto Tecnológico de Orizaba", "Master Degree of Computer Systems"])
    licence = _school(["Université Bordeaux 1", "Licence de Mathématiques pures"])
    # THEN the type is the studyType and the field the area
    assert (master["studyType"], master["area"]) == ("Master Degree", "Computer Systems")
    assert (licence["studyType"], licence["area"]) == ("Licence", "Mathématiques pures")
    # BUT a degree's own name keeps its "of", and so does a template's placeholder degree
    assert _school(["MIT", "Bachelor of Science"])["studyType"] == "Bachelor of Science"
    assert _school(["Lorem University", "Degree of Lorem Ipsum"])["studyType"] == "Degree of Lorem Ipsum"
    assert _school(["ECE Paris", "Diplôme d’Ingénieur"])["studyType"] == "Diplôme d’Ingénieur"


def test_a_school_in_brackets_after_its_degree_even_across_a_line_break() -> None:
    # GIVEN "Licence de Mathématiques pures (Université" over "Bordeaux 1)" in a narrow column
    item = _school(["Licence de Mathématiques pures (Université", "Bordeaux 1)"])
    # THEN the bracket is one part: the school in it, the degree before it
    assert item["institution"] == "Université Bordeaux 1"
    assert (item["studyType"], item["area"]) == ("Licence", "Mathématiques pures")
    # BUT a field in brackets after a school is no school ("Stanford University (Computer Science)")
    assert (
        _school(["Stanford University (Computer Science)"])["institution"] == "Stanford University (Computer Science)"
    )


def test_a_state_or_an_exchange_in_brackets_is_no_part_of_the_degree() -> None:
    # GIVEN a degree broken off, a semester abroad and an exchange written in brackets inside the degree or after it
    interrupted = _school(["UFSC", "Master’s (interrupted) in Transportation Engineering"])
    erasmus = _school(["Polytechnic University of Madrid", "Bachelor’s degree", "Computer Engineering (Erasmus)"])
    exchange = _school(["Технический университет Мюнхена", "Магистр информатики (академический обмен)"])
    # THEN the degree and its field are without it, and the note is kept with the entry's lines
    assert (interrupted["studyType"], interrupted["area"]) == ("Master’s", "Transportation Engineering")
    assert interrupted["courses"] == ["(interrupted)"]
    assert erasmus["area"] == "Computer Engineering"
    assert exchange["studyType"] == "Магистр информатики"
    # BUT the degree's letters in brackets stay what they were
    assert _school(["MIT", "Master of Science (M.S.)"]).get("studyType", "").startswith("Master of Science")


def test_a_name_with_a_degree_after_a_comma_is_the_name_not_a_place() -> None:
    # GIVEN an academic vita that opens "Dale T. Smith, Ph.D." (a comma, as "Town, ST" has)
    text = "Dale T. Smith, Ph.D.\ndtsmith@example.com\n\nEXPERIENCE\nData Scientist, FraudScope LLC, 2017 - 2018\n"
    basics = import_resume(text.encode(), "vita.txt").resume["basics"]
    # THEN the name is the person's, without the degree, and no place is made of it
    assert basics["name"] == "Dale T. Smith"
    assert "location" not in basics


def _pdf_with_matrices(lines: list[tuple[str, str]]) -> bytes:
    """A one-page PDF whose lines are each drawn under its own text matrix ("a b c d e f", as ``Tm`` takes it)."""
    return one_page_pdf("".join(f"BT /F1 11 Tf {matrix} Tm ({text}) Tj ET\n" for text, matrix in lines).encode())


def test_text_a_tool_slanted_to_make_an_italic_is_read_and_turned_text_is_not() -> None:
    # GIVEN Google Docs' italics (an upright face slanted by the text matrix), a line turned a quarter, one mirrored
    data = _pdf_with_matrices(
        [
            ("Jane Doe", "1 0 0 1 72 700"),
            ("Lead Developer, Acme", "1 0 0.1875 1 72 680"),
            ("DRAFT", "0 1 -1 0 300 400"),
            ("Mirrored", "-1 0 0 1 400 600"),
        ]
    )
    # WHEN the PDF is read
    text = "\n".join(line.text for line in read_document(data, "cv.pdf").lines)
    # THEN the slanted line is read, and the turned and mirrored ones are not
    assert "Lead Developer, Acme" in text
    assert "DRAFT" not in text
    assert "Mirrored" not in text


def test_a_place_and_how_the_job_was_held_after_a_bar_is_the_place() -> None:
    # GIVEN the employer's line "Major League Hacking Fellowship   USA | Remote" under the role and its dates
    text = (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
        "Software Engineer                          Oct 2020 - Dec 2020\n"
        "Major League Hacking Fellowship            USA | Remote\n"
        "• Built tools.\n"
    )
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    # THEN the employer is the name and the whole cell the place
    assert (job["name"], job["position"], job["location"]) == (
        "Major League Hacking Fellowship",
        "Software Engineer",
        "USA | Remote",
    )


def test_a_skill_its_chinese_level_and_its_keywords_on_one_line() -> None:
    # GIVEN a JSON Resume theme's skills: the name, the level "精通" and the keywords, no mark between them
    text = "Jane Doe\njane@example.com\n\nSKILLS\nWeb 开发 精通 HTML CSS Javascript\n压缩算法 精通 Mpeg MP4 GIF\n"
    skills = import_resume(text.encode(), "cv.txt").resume["skills"]
    # THEN each is a skill with its level and keywords
    assert skills[0] == {"name": "Web 开发", "level": "精通", "keywords": ["HTML", "CSS", "Javascript"]}
    assert skills[1]["keywords"] == ["Mpeg", "MP4", "GIF"]


def test_french_ranges_open_with_de_and_days_are_joined_by_et() -> None:
    # GIVEN "De Novembre 2018 à Février 2023", "D’Octobre 2015 à Juin 2018" and "Les 02 et 03 Octobre 2014"
    (span,) = find_dates("SCIFORMA - MARSEILLE – De Novembre 2018 à Février 2023")
    (elided,) = find_dates("FRAUDBUSTER – D’Octobre 2015 à Juin 2018")
    (days,) = find_dates("Les 02 et 03 Octobre 2014")
    # THEN the range's opening word is part of the dates, and the two days one date
    assert (span.start, span.end, span.begin) == ("2018-11", "2023-02", len("SCIFORMA - MARSEILLE – "))
    assert (elided.start, elided.end) == ("2015-10", "2018-06")
    assert elided.begin == len("FRAUDBUSTER – ")
    assert days.start == "2014-10"
    assert days.begin == len("Les ")
    # BUT "de" inside a name or a web address stays there
    (web,) = find_dates("otulea.uni-bremen.de 2013 - 2015")
    assert web.begin == len("otulea.uni-bremen.de ")
    # AND a duration joins its years and months with "et", "and", "und", "y"
    for said in (
        "4 ans et 3 mois",
        "1 an et 7 mois",
        "3 Jahre und 2 Monate",
        "1 año y 2 meses",
        "2 years and 5 months",
    ):
        assert DURATION.fullmatch(said), said


def _job(text: str) -> dict[str, object]:
    (job,) = import_resume(f"Jane Doe\njane@example.com\n\nEXPÉRIENCES\n{text}".encode(), "cv.txt").resume["work"]
    return job


def test_a_contract_in_brackets_and_the_technologies_after_a_role_over_its_employer() -> None:
    # GIVEN a French CV's role, the technologies it used and its contract in brackets, over "EMPLOYER - TOWN – dates"
    job = _job(
        "Lead Développeur Python, React, AWS (CDI – En poste)\nSCIFORMA - MARSEILLE – Depuis Février 2023\n"
        "• Équipe de six.\n"
    )
    # THEN the role keeps its technologies, the contract is no part, and the town is the place
    assert (job["position"], job["name"], job["location"]) == (
        "Lead Développeur Python, React, AWS",
        "SCIFORMA",
        "MARSEILLE",
    )
    assert job["startDate"] == "2023-02"
    assert "endDate" not in job
    internship = _job("Développeur Web (Stage - 6 mois)\nSARL DODET - Lyon - D’Avril 2010 à Septembre 2010\n")
    assert (internship["position"], internship["name"]) == ("Développeur Web", "SARL DODET")
    # BUT an internship written as part of the role stays ("Stage - Ingénieur iOS"), and an employer after a
    # role on one line, the town on the next, is no technology
    assert _job("Stage - Ingénieur iOS, Apple\nParis\n2019 - 2020\n")["position"] == "Stage - Ingénieur iOS"
    assert technology("Perl")
    assert technology("React")
    assert not technology("SCIFORMA")


def test_a_school_named_in_brackets_outranks_letters_that_only_look_like_one() -> None:
    # GIVEN "Bac S - SI (Lycée Denis Diderot - Marseille)": the degree, its stream's letters, the school and its town
    item = _school(["Bac S", "SI", "Lycée Denis Diderot - Marseille"])
    # THEN the school is the one its words name, and the letters stay with the entry
    assert (item["institution"], item["studyType"]) == ("Lycée Denis Diderot", "Bac S")
    assert "SI" in item.get("courses", [item.get("area")])


def test_a_column_that_runs_over_a_page_goes_on_with_its_section() -> None:
    # GIVEN page two of a two-column CV: the left column opens with a heading, the right with skills that ran over
    def line(text: str, column: int, top: float) -> Line:
        return Line(text=text, page=1, column=column, top=top, x0=30.0 if column == 1 else 420.0)

    page = [
        line("FORMATIONS", 1, 90),
        line("DUT Réseaux (IUT Béziers)", 1, 120),
        line("Intérêts", 1, 300),
        line("Cinéma", 1, 320),
        line("DevOps", 2, 100),
        line("Maîtrise Docker", 2, 120),
        line("Langues", 2, 400),
        line("Anglais", 2, 420),
    ]
    # THEN the run above the right column's first heading is read first, and the rest keeps its order
    assert [x.text for x in continued_column(page)] == [
        "DevOps",
        "Maîtrise Docker",
        "FORMATIONS",
        "DUT Réseaux (IUT Béziers)",
        "Intérêts",
        "Cinéma",
        "Langues",
        "Anglais",
    ]
    # BUT a right column that opens with a heading, or a left one that does not, is read as it was
    headed = [line("Compétences", 2, 80), *page]
    assert continued_column(headed) == headed
    assert continued_column([page[1], page[4]]) == [page[1], page[4]]


def test_a_sidebar_heading_beside_the_body_heading_is_two_cells_across_the_gutter() -> None:
    # GIVEN "contact" (a sidebar's heading, set right, 24 pt) and "Scolarité" (the body's) on one baseline, a little
    # more than half an em apart, across the gutter at x = 168
    band = [Glyph("contact", 82.0, 160.0, 200.0, 24.0, True), Glyph("Scolarité", 184.0, 285.0, 200.0, 24.0, True)]
    # THEN across the gutter they are two cells, and without one they stay one (the gap is no cell's gap)
    assert [s.text for s in band_segments(band, (), 168.0)] == ["contact", "Scolarité"]
    assert [s.text for s in band_segments(band)] == ["contact Scolarité"]
    # AND a word's space across the gutter parts nothing
    words = [Glyph("Software", 120.0, 165.0, 200.0, 12.0, False), Glyph("Engineer", 168.5, 215.0, 200.0, 12.0, False)]
    assert [s.text for s in band_segments(words, (), 167.0)] == ["Software Engineer"]


def test_a_title_line_that_ends_in_a_comma_over_its_place_and_year_is_the_title() -> None:
    # GIVEN "M.S. Engineering, Omni University, Berlin," wrapped over "Germany, 2022" in a narrow column
    text = "Jane Doe\njane@example.com\n\nEducation\nM.S. Engineering, Omni University, Berlin,\n  Germany, 2022\n"
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    # THEN the long first line is the title, however long
    assert (school["institution"], school["studyType"], school["endDate"]) == (
        "Omni University",
        "M.S. Engineering",
        "2022",
    )
    # AND the town the line's end cut from its country is the place's
    assert school["location"] == "Berlin, Germany"


def test_french_headings_and_towns_of_joined_words() -> None:
    # GIVEN the headings "Scolarité" and "Centre d'intérets" (its accent lost), and a town "Bagnols-sur-Cèze"
    assert exact_key("Scolarité") == "education"
    assert exact_key("Centre d'intérets") == "interests"
    for town in ("Bagnols-sur-Cèze", "Plan-les-Ouates", "Aix-en-Provence"):
        assert LOCATION.match(town), town
    # BUT a name joined by a hyphen is no town
    assert not LOCATION.match("Jean-Pierre")
    assert not LOCATION.match("Hewlett-Packard")


def _styled(text: str, size: float = 11.0, bold: bool = False) -> Line:
    """A laid-out line of one cell in the given type (a heading's 16.5 pt, a bold employer, the body's 11 pt)."""
    return Line(text=text, size=size, bold=bold, x0=57.0, x1=300.0)


def test_a_role_in_the_headings_type_over_its_employer_and_dates_is_no_section() -> None:
    # GIVEN Apple Pages' CV: "Expériences" and each role in the same 16.5 pt, the employer bold, the dates under it
    lines = [
        _styled("Expériences", 16.5),
        _styled("CTO", 16.5),
        _styled("Flâneur", bold=True),
        _styled("depuis janvier 2017"),
        _styled("App iOS d’échange d’adresses."),
        _styled("Founder CEO/CTO", 16.5),
        _styled("Statium", bold=True),
        _styled("depuis septembre 2014"),
        _styled("Une plateforme de statistiques."),
        _styled("Compétences", 16.5),
        _styled("Ruby on Rails"),
    ]
    _, sections, _ = split_sections(lines)
    # THEN the second role is a line of the work section, not a section of its own
    assert [s.key for s in sections] == ["work", "skills"]
    assert "Founder CEO/CTO" in [x.text for x in sections[0].lines]


def test_dutch_roles_at_their_employer_and_labels_in_a_margin() -> None:
    # GIVEN "Hogeschooldocent bij de Hogeschool Utrecht" (a compound lecturer "at the" employer)
    assert split_title("Hogeschooldocent bij de Hogeschool Utrecht") == ["Hogeschooldocent", "Hogeschool Utrecht"]
    assert job_score("Hogeschooldocent") > 0
    assert job_score("Hochschuldozent") > 0
    # AND a school's name followed by its country's code
    text = "Jane Doe\njane@example.com\n\nOpleiding\n2019: Open Universiteit, NL, PhD\n"
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["institution"], school["location"]) == ("Open Universiteit", "NL")


def test_a_margin_of_years_headings_and_labels_beside_the_body_is_read_across() -> None:
    # GIVEN page two of a CV with its years, a heading and "Italiaans:"-style labels in a left margin
    def seg(text: str, x0: float, x1: float, top: float) -> Segment:
        return Segment(text, x0, x1, top, 12.0, False, len(text))

    left = ["2017:", "2006:", "Talenkennis", "Italiaans:", "Nederlands:", "Frans:", "Engels:"]
    right = [
        "Hogeschool van Amsterdam, NL, SKE",
        "Senior Kwalificatie Examinering",
        "Universiteit Utrecht, NL",
        "Toelating Academische Master Wijsbegeerte",
        "moedertaal",
        "vergelijkbaar met moedertaal",
        "uitstekend",
        "zeer goed",
    ]
    segments = [seg(t, 18.0, 80.0, 40.0 + 30 * k) for k, t in enumerate(left)]
    segments += [seg(t, 139.0, 139.0 + 6 * len(t), 40.0 + 25 * k) for k, t in enumerate(right)]
    # THEN it is no column of its own: each label is read beside its value
    assert layout._gutter(segments) is None


def test_a_town_set_apart_by_the_same_bar_before_its_country_is_the_place() -> None:
    # GIVEN a German Lebenslauf's title rows: "Employer | Town | Country", the country in German
    assert place_tail("Dubai Internet City | Dubai | VAE") == ("Dubai Internet City", "Dubai | VAE")
    assert place_tail("Aljabr Talke Ltd | Jubail Port | Saudi-Arabien") == (
        "Aljabr Talke Ltd",
        "Jubail Port | Saudi-Arabien",
    )
    # BUT a role before the country, or a town that is no country's, stays where it was
    assert place_tail("Acme GmbH | Software Engineer | Germany") == ("Acme GmbH | Software Engineer", "Germany")
    assert place_tail("Senior Engineer | CloudKart Retail | Bengaluru") == (
        "Senior Engineer | CloudKart Retail",
        "Bengaluru",
    )


_ODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
 <office:body><office:text>
  <text:p>Jane Doe</text:p><text:p>jane@example.com</text:p>
  <text:h text:outline-level="1">Kenntnisse und Interessen</text:h>
  <table:table>"""


def _odt(rows: list[tuple[str, str]]) -> bytes:
    cells = "".join(
        f"<table:table-row><table:table-cell><text:p>{a}</text:p></table:table-cell>"
        f"<table:table-cell><text:p>{b}</text:p></table:table-cell></table:table-row>"
        for a, b in rows
    )
    content = f"{_ODT_HEAD}{cells}</table:table></office:text></office:body></office:document-content>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return out.getvalue()


def test_a_skills_and_interests_table_reads_each_row_into_its_section() -> None:
    # GIVEN "Kenntnisse und Interessen" over a table of a label cell and its list per row (a German Lebenslauf)
    data = _odt(
        [
            ("Fremdsprachen", "Deutsch (A1), Englisch (C1)"),
            ("Hobbys", "Fußball und Basketball"),
            ("Programmierung und Webentwicklung", "JavaScript, HTML 5, PHP, MySQL"),
            ("Cloud und DevOps", "Google Cloud, AWS, CI/CD"),
        ]
    )
    resume = import_resume(data, "cv.odt").resume
    # THEN the languages and the hobbies are theirs, and the groups of technologies the skills
    assert [x["language"] for x in resume["languages"]] == ["Deutsch", "Englisch"]
    assert resume["interests"] == [{"name": "Fußball und Basketball"}]
    assert resume["skills"] == [
        {"name": "Programmierung und Webentwicklung", "keywords": ["JavaScript", "HTML 5", "PHP", "MySQL"]},
        {"name": "Cloud und DevOps", "keywords": ["Google Cloud", "AWS", "CI/CD"]},
    ]
    # BUT a row of pastimes after the hobbies stays with them ("Sports  Distance running, Climbing, Chess")
    sports = import_resume(
        _odt([("Hobbys", "Fußball"), ("Sports", "Distance running, Climbing, Chess")]), "cv.odt"
    ).resume
    assert "skills" not in sports


def test_a_degree_that_a_word_of_names_a_section_by_is_the_first_entry_under_its_heading() -> None:
    # GIVEN "Formation" over "Ingénieur informatique" (computing: a skills heading's word), the school and its date
    lines = [
        _styled("Formation", 16.5),
        _styled("Ingénieur informatique", 16.5),
        _styled("ENSEIRB (Bordeaux)", bold=True),
        _styled("Diplômé en septembre 2004"),
        _styled("Loisirs", 16.5),
        _styled("Foot à 5 et Vélo"),
    ]
    _, sections, _ = split_sections(lines)
    # THEN the degree is the education section's first line, not a skills section
    assert [s.key for s in sections] == ["education", "interests"]
    assert sections[0].lines[0].text == "Ingénieur informatique"
    # AND "Diplômé en" is the date's word, and "Ingénieur" France's engineering degree
    assert degree_score("Ingénieur informatique") > 0
    text = "Jane Doe\njane@example.com\n\nFormation\nIngénieur informatique, ENSEIRB\nDiplômé en septembre 2004\n"
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    assert (school["institution"], school["endDate"]) == ("ENSEIRB", "2004-09")
    assert "courses" not in school


def test_a_label_over_the_entrys_list_is_no_wrap_of_its_title() -> None:
    # GIVEN "Master of Science in Biology" in the title's type, and "Courses" in the same type over the courses
    title = Line(text="Master of Science in Biology", size=11.0, x0=47.0, x1=300.0)
    label = Line(text="Courses", size=11.0, x0=47.0, x1=90.0)
    # THEN the label is no part of the title, where one more word of it would be
    assert not wraps_title(title, label, 10.1)
    assert wraps_title(title, Line(text="and Ecology", size=11.0, x0=47.0, x1=110.0), 10.1)


def test_french_dates_abridged_a_season_alone_and_a_month_cell_apart_from_its_year() -> None:
    # GIVEN "2021 - Auj." (today, abridged), "Été 2015" (a season and its year) and "Déc.  2013 - Déc. 2014"
    (today,) = find_dates("Ingénieur logiciel senior  2021 - Auj.")
    (summer,) = find_dates("Ingénieur logiciel stagiaire  Été 2015")
    (december,) = find_dates("Déc.  2013 - Déc. 2014")
    # THEN each is the whole date, no word of it left for a title part
    assert (today.start, today.present) == ("2021", True)
    assert summer.begin == len("Ingénieur logiciel stagiaire  ")
    assert (december.start, december.end, december.begin) == ("2013-12", "2014-12", 0)
    # BUT a name's word before a year is no season
    (year,) = find_dates("Real Estate 2015")
    assert year.begin == len("Real Estate ")


def test_an_address_a_narrow_sidebar_wrapped_at_its_at_sign_is_one_address() -> None:
    # GIVEN a sidebar's contact lines: "mushfiqul.anwarsiraji" over "@monash.edu"
    lines = [Line(text="mushfiqul.anwarsiraji"), Line(text="@monash.edu"), Line(text="@handle")]
    # THEN the two are one address, and a handle alone stays where it was
    assert [x.text for x in wrapped_emails(lines)] == ["mushfiqul.anwarsiraji@monash.edu", "@handle"]


def test_a_sentence_that_says_the_role_in_the_employer_between_two_dates() -> None:
    # GIVEN a CV written in sentences: "Developer in Treasy between Oct/2019 and Nov/2019 (2 months)."
    text = (
        "Jane Doe\njane@example.com\n\nProfessional Experience\n"
        "Developer in Treasy between Oct/2019 and Nov/2019 (2 months).\n\n"
        "Lecturer in Cognitive Systems, 2015 - 2018\n"
    )
    treasy, lecturer = import_resume(text.encode(), "cv.txt").resume["work"]
    # THEN the role, the employer after "in" and the range after "between" are read, the duration no part
    assert (treasy["position"], treasy["name"]) == ("Developer", "Treasy")
    assert (treasy["startDate"], treasy["endDate"]) == ("2019-10", "2019-11")
    # BUT a lecturer "in" a subject names no employer, and "2016 and 2018" without "between" is two years
    assert lecturer["position"] == "Lecturer in Cognitive Systems"
    assert "name" not in lecturer
    assert len(find_dates("Summer School on Logic 2016 and 2018")) == 2


def test_an_organisation_under_the_unit_a_job_was_held_in_is_the_employer() -> None:
    # GIVEN R pagedown's entries: the role and its dates, the school of the university, the university under it
    text = (
        "Jane Doe\njane@example.com\n\nResearch Experience\n"
        "2023 - Current  Visiting fellow\nSchool of Biotechnology and Biomolecular Sciences\n"
        "The University of New South Wales\n\n"
        "2011 - 2015  PhD in Environmental Engineering\nThe University of New South Wales\n"
    )
    fellow = import_resume(text.encode(), "cv.txt").resume["work"][0]
    # THEN the university is the employer, and the school a line of the entry
    assert (fellow["position"], fellow["name"]) == ("Visiting fellow", "The University of New South Wales")
    assert fellow["summary"] == "School of Biotechnology and Biomolecular Sciences"
    # AND "Licenciate" is a degree
    assert degree_score("Licenciate in Biology") > 0


def _page(words: list[str]) -> PdfPage:
    glyphs = [
        Glyph(w, 400.0 - 40 * (k % 8), 430.0 - 40 * (k % 8), 100.0 + 14 * (k // 8), 11.0, False)
        for k, w in enumerate(words)
    ]
    return PdfPage(612.0, 792.0, glyphs)


def test_a_persian_text_layer_with_its_letters_last_first_is_turned_round() -> None:
    # GIVEN Firefox's print of a Persian CV: each word's letters last first ("یاه" for "های", "زا" for "از")
    logical = " ".join(
        (
            "تجربه های کاری مشکلات کاربران داخل شرکت از بيرون",
            "و بر طرف کردن های سرور در به که را با این",
        )
    ).split()
    page = _page([w.replace("لا", "\0")[::-1].replace("\0", "لا") for w in logical])
    # THEN the page is told, and its words read in their letters' order, the lam-alef ligature kept whole
    assert letters_reversed(page)
    assert [g.text for g in letters_turned(page).glyphs] == logical
    # BUT a page spelt forwards is left as it is, and so is a page of a few words
    assert not letters_reversed(_page(logical))
    assert not letters_reversed(_page(["یاه", "زا"]))


def test_a_degree_after_a_slash_is_whole_and_turkish_headings_and_rated_skills() -> None:
    # GIVEN "集成电路工艺 / 工程硕士" (a field, a slash, a Master of Engineering) and "İlk Ve Acil Yardım (Önlisans)"
    master = _school(["中国科学院大学", "集成电路工艺 / 工程硕士"])
    associate = _school(["Sakarya Üniversitesi", "İlk Ve Acil Yardım (Önlisans)"])
    # THEN the degree after the slash is whole, and Turkey's associate degree is a degree
    assert (master["studyType"], master["area"]) == ("工程硕士", "集成电路工艺")
    assert (associate["studyType"], associate["area"]) == ("Önlisans", "İlk Ve Acil Yardım")
    # AND Turkish headings with their possessive ending are known, and a skill rated in percent keeps its rating
    assert exact_key("İş Deneyimlerim") == "work"
    assert exact_key("Yazılım Dilleri") == "skills"
    text = "Jane Doe\njane@example.com\n\nYazılım Dilleri\nReact TS    %95\nPython    80%\n"
    skills = import_resume(text.encode(), "cv.txt").resume["skills"]
    assert skills == [{"name": "React TS", "level": "%95"}, {"name": "Python", "level": "80%"}]


def test_a_university_and_its_country_under_the_degree_is_the_school_not_a_place() -> None:
    # GIVEN "Ph.D. in Computer Science (Artificial Intelligence)  2023" over "Technical University Munich, Germany"
    text = (
        "Jane Doe\njane@example.com\n\nEducation\n"
        "Ph.D. in Computer Science (Artificial Intelligence)     2023\nTechnical University Munich, Germany\n"
    )
    (school,) = import_resume(text.encode(), "cv.txt").resume["education"]
    # THEN the university is the institution, its town part of its name, and the country the place
    assert (school["institution"], school["location"]) == ("Technical University Munich", "Germany")
    # BUT a town after another university's name is still its place
    assert school_place("Jabir ibn Hayyan University Rasht, Iran") == ("Jabir ibn Hayyan University", "Rasht, Iran")


def test_a_department_run_into_its_university_under_the_degree_gives_the_university() -> None:
    # GIVEN R pagedown's degree over its department and its university, the two lines run into one
    dhaka = _school(["MSc.", "Psychology"], ["|  Department of Psychology University of Dhaka"])
    monash = _school(
        ["PhD. Candidate", "Psychology"], ["Jeffrey Cheah School of Medicine and Health Sciences Monash University"]
    )
    # THEN the university is the institution, and the line stays with the entry
    assert dhaka["institution"] == "University of Dhaka"
    assert monash["institution"] == "Monash University"
    assert dhaka["courses"] == ["|  Department of Psychology University of Dhaka"]


def test_an_undated_role_over_its_organisation_and_a_prefixed_role() -> None:
    # GIVEN an academic's appointments, undated: each role over the organisation it was held at
    text = (
        "Jane Doe\njane@example.com\n\nProfessional Appointments\n"
        "Associate Professor\nSimon Fraser University\n\nCo-Director\nScholarly Communications Lab\n\n"
        "Adjunct Associate Professor\nUniversity of Ottawa\n"
    )
    jobs = import_resume(text.encode(), "cv.txt").resume["work"]
    # THEN each organisation is the employer, and "Co-Director" a role
    assert [(j["position"], j.get("name")) for j in jobs] == [
        ("Associate Professor", "Simon Fraser University"),
        ("Co-Director", "Scholarly Communications Lab"),
        ("Adjunct Associate Professor", "University of Ottawa"),
    ]
    # BUT a sentence under a role is no employer
    said = "Jane Doe\njane@example.com\n\nExperience\nSoftware Engineer\nBuilt the data platform for Acme.\n"
    assert "name" not in import_resume(said.encode(), "cv.txt").resume["work"][0]
    # AND neither is a label over the entry's list
    for label in ("Key Achievements", "Projects", "Tech Stack"):
        listed = f"Jane Doe\njane@example.com\n\nExperience\nSoftware Engineer\n{label}\n• Built the platform.\n"
        assert "name" not in import_resume(listed.encode(), "cv.txt").resume["work"][0], label


def test_one_role_in_two_languages_over_its_employer() -> None:
    # GIVEN "Chargé de Recherche - Associate Researcher" over "Inria  January 2024 - today"
    text = (
        "Jane Doe\njane@example.com\n\nExperience\n"
        "Chargé de Recherche - Associate Researcher     Grenoble, France\nInria     January 2024 - today\n"
    )
    (job,) = import_resume(text.encode(), "cv.txt").resume["work"]
    # THEN the two roles are one position as printed, and the employer the line below
    assert (job["position"], job["name"]) == ("Chargé de Recherche - Associate Researcher", "Inria")


def test_the_words_before_a_date_are_looked_for_only_just_before_it() -> None:
    # GIVEN a line of many dates, each "since" or "between" far from most of them
    text = "since " + " ".join(f"{2000 + k % 20}" for k in range(400))
    # THEN only the first date is said to be ongoing: the word belongs to the date right after it
    spans = find_dates(text)
    assert spans[0].present
    assert not any(s.present for s in spans[1:])


def _work(title: str) -> list[dict[str, object]]:
    return import_resume(f"Jane Doe\njane@example.com\n\nExperience\n{title}\n• Built it.\n".encode(), "cv.txt").resume[
        "work"
    ]


def test_review_mends_keep_ordinary_titles_as_they_were() -> None:
    # a role, its employer and a country behind one bar: the employer stays the employer
    assert _work("Software Engineer | Google | USA    2019 - 2021")[0]["name"] == "Google"
    assert _work("Data Analyst – Accenture – India    2016 - 2019")[0]["name"] == "Accenture"
    # "tra" and "entre" inside a word open no range ("Orchestra 2015 and 2017")
    assert find_dates("Principal Violin, National Youth Orchestra 2015 and 2017")[0].begin == len(
        "Principal Violin, National Youth Orchestra "
    )
    # English "in" before a subject, a place, a region, a technology or an industry names no employer
    for title in ("Consultant in Financial Services", "Software Developer in Berlin", "Volunteer in Haiti"):
        assert "name" not in _work(f"{title}    Jan 2015 - Dec 2017")[0], title
    for title in ("Software Engineer in Java", "Sales Manager in EMEA", "Nurse in Intensive Care"):
        assert employer_after_en(title) is None, title
    # a town and its state's code is no name with a degree after it
    header = b"Contact Information\nLong Beach, MS\njane.doe@example.com\n\nExperience\nEngineer, Acme 2019 - 2020\n"
    assert "name" not in import_resume(header, "cv.txt").resume["basics"]
    # "Auj." ends a range of a month and a two-digit year too
    assert find_dates("Jan 19 - Auj. Paris")[0].present


def test_a_firm_named_group_is_no_unit_and_a_technology_line_no_employer() -> None:
    firm = RawEntry(parts=["Senior Consultant", "Boston Consulting Group"], part_lines=[0, 0], date=None)
    firm.paragraphs.append("University Recruiting Program")
    stack = RawEntry(parts=["Backend Developer"], part_lines=[0], date=None)
    stack.paragraphs.append("Python Django PostgreSQL")
    first, second = work_items([firm, stack], "name")
    assert first["name"] == "Boston Consulting Group"
    assert "name" not in second
